#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# PEP 263 on line 2 (line 1 is a comment): Windows-1252's euro sign, dashes and quotes.
price = "€ 5 – “quoted” — ‘single’ … ™"
print(price, len(price), [hex(ord(c)) for c in price if ord(c) > 127])
