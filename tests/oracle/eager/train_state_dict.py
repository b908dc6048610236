# Module.state_dict is an OrderedDict of detached tensors (buffers included, PyTorch's keys);
# load_state_dict copies them and reports mismatches.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.ReLU(), nn.Linear(3, 1))
sd = model.state_dict()
print(type(sd).__name__, list(sd.keys()))
print(sd["0.weight"].requires_grad, sd["0.weight"].grad_fn, sd["1.num_batches_tracked"])
print([n for n, _ in model.named_parameters()])
print([n for n, _ in model.named_buffers()])
print(len(list(model.parameters())), len(list(model.buffers())))
torch.manual_seed(1)
other = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.ReLU(), nn.Linear(3, 1))
print(other.load_state_dict(sd))
print(torch.equal(other[0].weight, model[0].weight), other[0].weight.requires_grad)
bad = dict(sd)
del bad["3.bias"]
bad["extra"] = torch.zeros(1)
try:
    other.load_state_dict(bad)
except RuntimeError as e:
    print(type(e).__name__, e)
print(other.load_state_dict(bad, strict=False))
bad2 = dict(sd)
bad2["0.weight"] = torch.zeros(4, 2)
try:
    other.load_state_dict(bad2)
except RuntimeError as e:
    print(type(e).__name__, e)
model.train()
print(model.training, model[1].training)
model.eval()
print(model.training, model[1].training)
model.zero_grad()
model(torch.randn(4, 2)).sum().backward()
print(model[0].weight.grad is not None)
model.zero_grad(set_to_none=True)
print(model[0].weight.grad)
