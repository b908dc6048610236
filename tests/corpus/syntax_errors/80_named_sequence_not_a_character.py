# non-ASCII characters before the escape count 10 bytes each in the reported position
s = "été \N{KEYCAP NUMBER SIGN}" + "x"
