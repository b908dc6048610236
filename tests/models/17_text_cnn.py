# Model zoo: a Conv1d text classifier (Kim-style CNN): token embeddings transposed to
# (batch, channels, length), three Conv1d branches with different kernel sizes in an nn.ModuleList,
# ReLU, max over time (amax), torch.cat of the branches, dropout in eval mode and a Linear head.
# The same layers read a 1-channel "audio" signal. PyTorch 2.9: one graph per model.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch._dynamo.testing import CompileCounter


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


torch.manual_seed(0)
for model, x in [(TextCNN().eval(), torch.randint(0, 20, (2, 7))), (AudioCNN(), torch.randn(3, 16))]:
    cnt = CompileCounter()
    compiled = torch.compile(model, backend=cnt)
    expected = model(x)
    actual = compiled(x)
    print("graphs:", cnt.frame_count)
    print("same as eager:", torch.equal(actual, expected))
    print(actual.shape)
print(model.features)
