# Expected output derived from: the extra_repr methods of torch/nn/modules/{dropout,activation,
# normalization,sparse,loss}.py (e.g. Dropout: f"p={self.p}, inplace={self.inplace}", LeakyReLU:
# f"negative_slope={self.negative_slope}{inplace_str}", LayerNorm: "{normalized_shape}, eps={eps},
# elementwise_affine={elementwise_affine}", Embedding: "{num_embeddings}, {embedding_dim}", losses:
# no extra repr), Module.__repr__ nesting, and values computed by hand: layer_norm([1, 2, 3]) =
# (x - 2) / sqrt(2/3 + 1e-5) = [-1.2247, 0, 1.2247]; mse_loss([1, 2], [1, 4]) = (0 + 4) / 2 = 2;
# cross_entropy([[2, 1]], [0]) = log(1 + e^-1) = 0.3133; leaky_relu(-2) = -0.02; elu(-1) = e^-1 - 1;
# softplus(0) = log 2; hardtanh clamps to [-1, 1]; relu6 to [0, 6]; silu(1) = 1 / (1 + e^-1).
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(
    nn.Embedding(10, 3),
    nn.LayerNorm(3),
    nn.Dropout(0.1),
    nn.LeakyReLU(),
    nn.Linear(3, 2),
    nn.LogSoftmax(dim=-1),
)
print(model)
print(nn.ELU(), nn.Softplus(), nn.Hardtanh(), nn.ReLU6(), nn.SiLU(), nn.ReLU(inplace=True), nn.Dropout())
print(nn.MSELoss(), nn.CrossEntropyLoss(), nn.NLLLoss(), nn.Embedding(5, 2, padding_idx=0), nn.LayerNorm([2, 3]))
model.eval()
print(model(torch.tensor([1, 2])).shape, model.training, model[2].training)
ln = nn.LayerNorm(3)
print(ln(torch.tensor([[1.0, 2.0, 3.0]])))
print(F.layer_norm(torch.tensor([1.0, 2.0, 3.0]), (3,)))
print(nn.MSELoss()(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 4.0])), F.mse_loss(torch.tensor([1.0]), torch.tensor([3.0])))
print(nn.CrossEntropyLoss()(torch.tensor([[2.0, 1.0]]), torch.tensor([0])))
x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 7.0])
print(F.leaky_relu(x), F.elu(x))
print(F.softplus(x), F.hardtanh(x))
print(F.relu6(x), F.silu(x))
print(nn.Dropout(0.5).eval()(x), F.dropout(x, 0.5, training=False), F.dropout(x, 0.0))
y = torch.tensor([-3.0, 3.0])
nn.ReLU(inplace=True)(y)
print(y)
