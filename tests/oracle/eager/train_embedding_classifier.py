# An Embedding + mean pooling + Linear text classifier trained for 15 steps with Adam, eager and
# compiled; padding_idx rows stay zero.
import torch
import torch.nn as nn


class Bag(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4, padding_idx=0)
        self.fc = nn.Linear(4, 2)

    def forward(self, idx):
        return self.fc(self.emb(idx).mean(dim=1))


tokens = torch.tensor([[1, 2, 3, 0], [4, 5, 0, 0], [6, 7, 8, 9], [2, 4, 6, 0]])
labels = torch.tensor([0, 1, 1, 0])
for compiled in (False, True):
    torch.manual_seed(0)
    model = Bag()
    run = torch.compile(model) if compiled else model
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    out = []
    for step in range(15):
        opt.zero_grad(set_to_none=True)
        loss = nn.functional.cross_entropy(run(tokens), labels)
        loss.backward()
        opt.step()
        out.append("%.4f" % loss.item())
    print("compiled" if compiled else "eager", " ".join(out))
    print(model.emb.weight[0], model.emb.weight.grad[0])
