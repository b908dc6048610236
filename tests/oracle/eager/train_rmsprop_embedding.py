# A tiny bag-of-embeddings classifier trained with RMSprop (Embedding, mean pooling, Linear).
import torch
import torch.nn as nn

torch.manual_seed(0)
tokens = torch.randint(0, 10, (6, 4))
labels = torch.tensor([0, 1, 0, 1, 1, 0])
emb = nn.Embedding(10, 5)
fc = nn.Linear(5, 2)
opt = torch.optim.RMSprop(list(emb.parameters()) + list(fc.parameters()), lr=0.01)
for step in range(15):
    opt.zero_grad()
    logits = fc(emb(tokens).mean(1))
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    opt.step()
    print(step, "%.4f" % loss.item())
