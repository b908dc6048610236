# From PyTorch 2.9 docs/source/compile/programming_model.where_to_apply_compile.md, cell 2
# ("training"): compile the train step with the optimizer, without the loop. Adapted: the page's
# `...` are a small classifier, N_ITERS = 5 and batches of 4; the same steps run eagerly from the
# same initial weights must give the same losses and weights.
import copy

import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 3))
eager_model = copy.deepcopy(model)
N_ITERS = 5

# training
opt = torch.optim.Adam(model.parameters())


@torch.compile
def train(mod, data):
    opt.zero_grad(True)
    pred = mod(data[0])
    loss = torch.nn.CrossEntropyLoss()(pred, data[1])
    loss.backward()
    opt.step()


batches = [(torch.randn(4, 4), torch.randint(0, 3, (4,))) for _ in range(N_ITERS)]

for inp in batches:
    train(model, inp)

# The same steps, eagerly.
eager_opt = torch.optim.Adam(eager_model.parameters())
for data in batches:
    eager_opt.zero_grad(True)
    loss = torch.nn.CrossEntropyLoss()(eager_model(data[0]), data[1])
    loss.backward()
    eager_opt.step()

for (name, p), q in zip(model.named_parameters(), eager_model.parameters()):
    print(name, tuple(p.shape), torch.allclose(p, q))
print(model[0].bias)
