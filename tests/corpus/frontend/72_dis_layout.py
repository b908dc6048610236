# Layout details of `python3 -m dis` that the compiler reproduces (docs/dis-conformance.md):
# equal frozenset constants share the first one's order across the module, a frozenset is rebuilt
# when one of its strings is also an identifier of the module (interned by the parser), None's
# slot, MAP_ADD's line in a call with 16+ keyword arguments, and the line of a format spec in an
# implicitly concatenated multi-line f-string.
def member(x):
    return x in {0, 3, 64}, x in {None, 0}, x in {8, 16, 0, 24}


def member_again(x):
    return x in {64, 3, 0}


def names(name):
    return name in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}, name in {'if', 'else', 'endif'}


class Hashes:
    sha3_256 = 1


def many(**kw):
    return len(kw)


n = many(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15,
         p=16,
         q=17)
x, y = 7, 4
s = (f'a{x:>{y}}'
     f'b{x:{y}d}'
     f'{x!r:^{y}}')
print(member(3), member(1), member_again(64), names('sha3_256'), names('else'), n, s)
