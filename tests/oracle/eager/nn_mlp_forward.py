# A small MLP forward pass: printed outputs, argmax, softmax probabilities, no_grad, eval.
import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(5, 8)
        self.fc2 = nn.Linear(8, 8)
        self.out = nn.Linear(8, 3)
        self.act = nn.GELU()

    def forward(self, x):
        return self.out(self.act(self.fc2(self.act(self.fc1(x)))))


torch.manual_seed(0)
model = MLP()
x = torch.randn(4, 5)
with torch.no_grad():
    logits = model(x)
print(logits)
print(logits.argmax(dim=1), logits.softmax(dim=1))
print(torch.softmax(logits, 1).sum(1))
y = model(x)
print(y.requires_grad, y.grad_fn.name())
print(sum(p.numel() for p in model.parameters()))
print(model)
