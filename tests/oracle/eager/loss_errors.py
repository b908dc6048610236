# Loss argument errors: shapes, dtypes, reductions, target ranges.
import torch
import torch.nn as nn
import torch.nn.functional as F

cases = [
    lambda: F.cross_entropy(torch.randn(2, 3), torch.tensor([0, 1, 2])),
    lambda: F.cross_entropy(torch.randn(2, 3), torch.tensor([0.0, 1.0])),
    lambda: F.cross_entropy(torch.randn(2, 3), torch.tensor([0, 5])),
    lambda: F.nll_loss(torch.randn(2, 3), torch.tensor([0, 1]), reduction="bad"),
    lambda: F.nll_loss(torch.randn(2, 3), torch.tensor([0, 1]), weight=torch.ones(2)),
    lambda: nn.MSELoss(reduction="x")(torch.ones(1), torch.ones(1)),
    lambda: F.cross_entropy(torch.randn(3), torch.tensor([1])),
    lambda: F.l1_loss(torch.ones(2, 2), torch.ones(3, 2)),
    lambda: F.binary_cross_entropy_with_logits(torch.ones(2), torch.ones(3)),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__, e)
