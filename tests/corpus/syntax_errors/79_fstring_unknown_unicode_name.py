# an unknown name in the literal part of an f-string, located at the token after the strings
value = 1
text = (f"{value}\N{BULLET}"
        f"{value}\N{NOT A NAME}"
)
