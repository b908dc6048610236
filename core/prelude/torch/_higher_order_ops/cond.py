# torch._higher_order_ops.cond: `cond` is torch.cond (core/prelude/torch/__init__.py; traced by
# CondHigherOrderVariable, docs/compiler-api.md "torch.cond").
from torch import cond  # noqa: F401
