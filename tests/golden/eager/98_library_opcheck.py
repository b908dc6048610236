# torch.library.opcheck (torch/library.py -> torch/testing/_internal/optests/generate_tests.py opcheck)
# on registrations that are wrong: an input mutated that mutates_args does not name and an output
# that is a view of an input (SchemaCheckMode: "Argument x is not defined as mutable but was
# mutated", "... is not defined to alias output but was aliasing"), a missing fake kernel, with
# raise_exception=False the results dict holding the exceptions; test_utils and op checks.
# The inputs are not changed by opcheck (the testers work on copies). Expected output reviewed
# against those files (PyTorch 1.13 has no torch.library.custom_op).
import torch

@torch.library.custom_op("mylib::bad_add", mutates_args=())
def bad_add(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    x.add_(y)
    return x.clone()

@bad_add.register_fake
def _(x, y):
    return torch.empty_like(x)

print(torch.library.opcheck(bad_add, (torch.ones(2), torch.ones(2)), raise_exception=False))
try:
    torch.library.opcheck(bad_add, (torch.ones(2), torch.ones(2)))
except Exception as e:
    print(type(e).__name__, e)

@torch.library.custom_op("mylib::alias", mutates_args=())
def alias(x: torch.Tensor) -> torch.Tensor:
    return x.view(-1)

@alias.register_fake
def _(x):
    return torch.empty_like(x).view(-1)

try:
    torch.library.opcheck(alias, (torch.ones(2, 2),))
except Exception as e:
    print(type(e).__name__, e)

@torch.library.custom_op("mylib::nofake", mutates_args=())
def nofake(x: torch.Tensor) -> torch.Tensor:
    return x + 1

try:
    torch.library.opcheck(nofake, (torch.ones(2),), test_utils="test_faketensor")
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.library.opcheck(nofake, (torch.ones(2),), test_utils=["test_bogus"])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.library.opcheck(len, (torch.ones(2),))
except Exception as e:
    print(type(e).__name__, e)
a = torch.ones(2)
torch.library.opcheck(bad_add, (a, torch.ones(2)), raise_exception=False)
print(a)
