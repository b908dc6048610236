# A SimCLR-style contrastive step and a WaveNet-style causal audio block, as popular code writes
# them: F.normalize'd embeddings, a cosine-similarity matrix from broadcasting
# (F.cosine_similarity(z[:, None], z[None, :], dim=-1)), F.one_hot targets for a soft-label loss,
# torch.cdist for a nearest-prototype head, torch.baddbmm for a scaled attention score, and
# left (causal) padding with F.pad / nn.ConstantPad1d / reflect padding before Conv1d, then
# F.interpolate(mode='linear') back to the input length. PyTorch 2.9 traces each into one graph
# (F.pad is inlined to torch._C._nn.pad; the others are single in-graph calls).
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch._dynamo.testing import CompileCounter


class Contrastive(nn.Module):
    def __init__(self, d=6, n_proto=3, temperature=0.5):
        super().__init__()
        self.proj = nn.Linear(8, d)
        self.protos = nn.Parameter(torch.randn(n_proto, d))
        self.temperature = temperature
        self.n_proto = n_proto

    def forward(self, x, labels):
        z = F.normalize(self.proj(x), dim=-1)
        sim = F.cosine_similarity(z[:, None, :], z[None, :, :], dim=-1) / self.temperature
        targets = F.one_hot(labels, self.n_proto).float()
        dist = torch.cdist(z, F.normalize(self.protos, dim=-1))
        logits = -dist
        loss = -(targets * F.log_softmax(logits, dim=-1)).sum(-1).mean()
        scores = torch.baddbmm(sim[None], z[None], z.t()[None], beta=0.5, alpha=0.5)
        return loss + scores.softmax(-1).amax(-1).mean()


class CausalBlock(nn.Module):
    def __init__(self, ch=4, k=3, dilation=2):
        super().__init__()
        self.left = (k - 1) * dilation
        self.conv = nn.Conv1d(ch, ch, k, dilation=dilation)
        self.pad = nn.ConstantPad1d((1, 1), 0.0)
        self.smooth = nn.Conv1d(ch, ch, 3)
        self.down = nn.Conv1d(ch, ch, 2, stride=2)

    def forward(self, x):
        h = torch.tanh(self.conv(F.pad(x, (self.left, 0))))
        h = self.smooth(self.pad(h)) + x
        d = self.down(F.pad(h, (1, 1), mode="reflect"))
        return F.interpolate(d, size=x.size(-1), mode="linear", align_corners=False) + h


torch.manual_seed(0)
model = Contrastive()
x = torch.randn(5, 8)
labels = torch.tensor([0, 2, 1, 1, 0])
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x, labels)
actual = compiled(x, labels)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected), actual.shape)
actual.backward()
grad = model.proj.weight.grad.clone()
model.zero_grad()
expected.backward()
print("same grads:", torch.equal(grad, model.proj.weight.grad))

block = CausalBlock()
print(block.pad)
audio = torch.randn(2, 4, 16)
cnt = CompileCounter()
compiled = torch.compile(block, backend=cnt)
expected = block(audio)
actual = compiled(audio)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected), actual.shape)
