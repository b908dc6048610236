# An overlong encoding of "/" (0xC0 0xAF).
s = "À¯"
