# F.binary_cross_entropy_with_logits: broadcast pos_weight over columns, weight broadcast, extreme
# logits, soft targets; F.binary_cross_entropy on probabilities from sigmoid.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(3, 4)
t = torch.rand(3, 4)
print(F.binary_cross_entropy_with_logits(z, t))
print(F.binary_cross_entropy_with_logits(z, t, pos_weight=torch.tensor([1.0, 2.0, 3.0, 4.0])))
print(F.binary_cross_entropy_with_logits(z, t, weight=torch.tensor([[1.0], [0.0], [2.0]]), reduction="sum"))
print(F.binary_cross_entropy_with_logits(torch.tensor([50.0, -50.0]), torch.tensor([0.0, 1.0])))
print(F.binary_cross_entropy(torch.sigmoid(z), t))
print(F.binary_cross_entropy(torch.sigmoid(z), t, reduction="none")[0])
