# A Latin-1 byte in a comment: CPython rejects the file before tokenizing.
x = 1
# café
print(x)
