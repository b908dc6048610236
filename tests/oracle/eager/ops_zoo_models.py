# The model zoo's new models (tests/models/16-22 but the SDPA one, which 1.13 lacks) run through
# torch.compile: their seeded init (Conv1d, ConvTranspose2d, Linear, Embedding), the kernels in
# composition and the compiled graphs give the values real PyTorch computes eagerly.
import math
import torch
import torch.nn as nn
import torch.nn.functional as F

# ---- 16_unet_step
class DoubleConv(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(cin, cout, 3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(cout, cout, 3, padding=1),
            nn.ReLU(inplace=True),
        )

    def forward(self, x):
        return self.net(x)


class UNetStep(nn.Module):
    def __init__(self, cin=2, base=4, classes=3):
        super().__init__()
        self.enc1 = DoubleConv(cin, base)
        self.enc2 = DoubleConv(base, base * 2)
        self.bottom = DoubleConv(base * 2, base * 4)
        self.pool = nn.MaxPool2d(2)
        self.up2 = nn.ConvTranspose2d(base * 4, base * 2, kernel_size=2, stride=2)
        self.dec2 = DoubleConv(base * 4, base * 2)
        self.reduce1 = nn.Conv2d(base * 2, base, 1)
        self.dec1 = DoubleConv(base * 2, base)
        self.head = nn.Conv2d(base, classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        b = self.bottom(self.pool(s2))
        d2 = self.dec2(torch.cat([self.up2(b), s2], dim=1))
        u1 = F.interpolate(self.reduce1(d2), scale_factor=2, mode="nearest")
        d1 = self.dec1(torch.cat((u1, s1), 1))
        return self.head(d1)


# ---- 17_text_cnn
class TextCNN(nn.Module):
    def __init__(self, vocab=20, dim=6, channels=4, sizes=(2, 3, 4), classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.convs = nn.ModuleList([nn.Conv1d(dim, channels, k, padding=k // 2) for k in sizes])
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(channels * len(sizes), classes)

    def forward(self, tokens):
        x = self.embed(tokens).transpose(1, 2)
        feats = [F.relu(conv(x)).amax(dim=2) for conv in self.convs]
        return self.fc(self.dropout(torch.cat(feats, dim=1)))


class AudioCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(1, 4, kernel_size=5, stride=2, padding=2),
            nn.ReLU(),
            nn.Conv1d(4, 8, kernel_size=3, dilation=2, groups=2),
            nn.ReLU(),
        )
        self.head = nn.Linear(8, 2)

    def forward(self, wave):
        h = self.features(wave.unsqueeze(1))
        return self.head(h.mean(-1))


# ---- 19_einsum_attention
class EinsumAttention(nn.Module):
    def __init__(self, dim=8, heads=2):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.wq = nn.Parameter(torch.randn(heads, dim, self.head_dim) / math.sqrt(dim))
        self.wk = nn.Parameter(torch.randn(heads, dim, self.head_dim) / math.sqrt(dim))
        self.wv = nn.Parameter(torch.randn(heads, dim, self.head_dim) / math.sqrt(dim))
        self.wo = nn.Parameter(torch.randn(heads, self.head_dim, dim) / math.sqrt(dim))

    def forward(self, x):
        q = torch.einsum("bnd,hde->bhne", x, self.wq)
        k = torch.einsum("bnd,hde->bhne", x, self.wk)
        v = torch.einsum("bnd,hde->bhne", x, self.wv)
        scores = torch.einsum("bhqd,bhkd->bhqk", q, k) / math.sqrt(self.head_dim)
        attn = scores.softmax(dim=-1)
        mixed = torch.einsum("bhqk,bhkd->bhqd", attn, v)
        return torch.einsum("bhnd,hde->bne", mixed, self.wo) + x


# ---- 20_lenet
class LeNet5(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 6, kernel_size=5, padding=2),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2),
            nn.Conv2d(6, 16, kernel_size=5),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2, stride=2),
        )
        self.classifier = nn.Sequential(
            nn.Linear(16 * 5 * 5, 120),
            nn.Tanh(),
            nn.Linear(120, 84),
            nn.Tanh(),
            nn.Linear(84, classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


# ---- 21_moe_scatter_add
class MoE(nn.Module):
    def __init__(self, dim=6, hidden=8, num_experts=4, top_k=2):
        super().__init__()
        self.top_k = top_k
        self.gate = nn.Linear(dim, num_experts, bias=False)
        self.experts = nn.ModuleList(
            [nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim)) for _ in range(num_experts)]
        )

    def forward(self, x):
        B, T, D = x.shape
        tokens = x.reshape(-1, D)
        n = tokens.size(0)
        probs = F.softmax(self.gate(tokens), dim=-1)
        weights, experts = probs.topk(self.top_k, dim=-1)
        weights = weights / weights.sum(dim=-1, keepdim=True)
        token_ids = torch.arange(n).repeat_interleave(self.top_k)
        all_out = torch.stack([expert(tokens) for expert in self.experts], dim=0)
        flat_expert = experts.reshape(-1)
        picked = all_out[flat_expert, token_ids]
        contrib = picked * weights.reshape(-1, 1)
        index = token_ids.unsqueeze(1).expand(-1, D)
        out = torch.zeros_like(tokens).scatter_add(0, index, contrib)
        return out.view(B, T, D)


# ---- 22_fpn_upsample
class TinyFPN(nn.Module):
    def __init__(self, out=4):
        super().__init__()
        self.c1 = nn.Conv2d(3, 4, 3, stride=2, padding=1)
        self.c2 = nn.Conv2d(4, 8, 3, stride=2, padding=1)
        self.c3 = nn.Conv2d(8, 16, 3, stride=2, padding=1)
        self.lat = nn.ModuleList([nn.Conv2d(c, out, 1) for c in (4, 8, 16)])
        self.smooth = nn.Conv2d(out, out, 3, padding=1)
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)
        self.up_to = nn.Upsample(size=(8, 8), mode="nearest")

    def forward(self, x):
        f1 = torch.relu(self.c1(x))
        f2 = torch.relu(self.c2(f1))
        f3 = torch.relu(self.c3(f2))
        p3 = self.lat[2](f3)
        p2 = self.lat[1](f2) + self.up(p3)
        p1 = self.lat[0](f1) + self.up_to(p2)
        return self.smooth(p1), p2, p3


# ---- runs: each model compiled (the identity under PyTorch 1.13), outputs printed
def run(name, model, *inputs):
    compiled = torch.compile(model, backend="eager")
    out = compiled(*inputs)
    outs = out if isinstance(out, tuple) else (out,)
    with torch.no_grad():
        for o in outs:
            print(name, tuple(o.shape), o.detach().reshape(-1)[:12])


torch.manual_seed(0)
run("unet", UNetStep(), torch.randn(1, 2, 8, 8))
torch.manual_seed(1)
run("text_cnn", TextCNN().eval(), torch.randint(0, 20, (2, 7)))
run("audio_cnn", AudioCNN(), torch.randn(3, 16))
torch.manual_seed(2)
run("einsum_attention", EinsumAttention(), torch.randn(2, 4, 8))
torch.manual_seed(3)
run("lenet", LeNet5(), torch.randn(1, 1, 28, 28))
torch.manual_seed(4)
run("moe", MoE(), torch.randn(2, 3, 6))
torch.manual_seed(5)
run("fpn", TinyFPN(), torch.randn(1, 3, 16, 16))
