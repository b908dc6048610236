# Empty bodies with pass and ellipsis; class without body statements.
class Empty:
    pass


class Proto:
    ...


def stub():
    ...


def documented():
    """Only a docstring."""


print(Empty.__name__, Proto.__name__, stub(), documented(), documented.__doc__)
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
print("end")
