# functorch: PyTorch's functorch package (functorch/__init__.py), of which the playground has the
# functorch.compile helpers that custom backends use.
from functorch import compile
