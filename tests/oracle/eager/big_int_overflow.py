# Python ints beyond 64 bits given to torch (tensor data, scalars, indices, fill values) raise
# RuntimeError "Overflow when unpacking long"; they never wrap. Ints that fit still work.
import torch

cases = [
    lambda: torch.tensor(2**64),
    lambda: torch.tensor([1, 2**63]),
    lambda: torch.ones(2) * 2**64,
    lambda: torch.ones(2) + 2**63,
    lambda: torch.ones(2)[2**64],
    lambda: torch.full((2,), 2**70),
    lambda: torch.tensor(2**63 - 1),
    lambda: torch.tensor([-(2**63)]),
    lambda: torch.ones(2, dtype=torch.int64) * (2**62),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
