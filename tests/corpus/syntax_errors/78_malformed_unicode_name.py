# a \N escape without a name: malformed
x = ("ok \N{LATIN SMALL LETTER A}"
     "\N{}")
