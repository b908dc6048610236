# Model zoo: an MLP-Mixer block (token mixing across patches through transpose(1, 2), channel
# mixing, LayerNorm, GELU, residuals) with a mean-pooled classifier head. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class MlpBlock(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class MixerBlock(nn.Module):
    def __init__(self, num_patches, dim):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.token_mix = MlpBlock(num_patches, 2 * num_patches)
        self.norm2 = nn.LayerNorm(dim)
        self.channel_mix = MlpBlock(dim, 4 * dim)

    def forward(self, x):
        x = x + self.token_mix(self.norm1(x).transpose(1, 2)).transpose(1, 2)
        return x + self.channel_mix(self.norm2(x))


class Mixer(nn.Module):
    def __init__(self, num_patches=4, dim=6, depth=2, num_classes=3):
        super().__init__()
        self.blocks = nn.Sequential(*[MixerBlock(num_patches, dim) for _ in range(depth)])
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, x):
        x = self.norm(self.blocks(x))
        return self.head(x.mean(dim=1))


torch.manual_seed(0)
model = Mixer()
x = torch.randn(2, 4, 6)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(actual.shape)
