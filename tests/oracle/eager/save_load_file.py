# torch.save / torch.load with file names: overwrite, a model's state dict, optimizer state, and
# a missing file's error.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Linear(3, 1)
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
net(torch.ones(1, 3)).sum().backward()
opt.step()
torch.save({"model": net.state_dict(), "opt": opt.state_dict(), "epoch": 4}, "ckpt.pt")
ck = torch.load("ckpt.pt")
print(sorted(ck.keys()), ck["epoch"])
print(ck["model"]["bias"], ck["opt"]["state"][0]["momentum_buffer"])
torch.manual_seed(5)
net2 = nn.Linear(3, 1)
net2.load_state_dict(ck["model"])
opt2 = torch.optim.SGD(net2.parameters(), lr=0.1, momentum=0.9)
opt2.load_state_dict(ck["opt"])
print(torch.equal(net2.weight, net.weight), opt2.state_dict()["state"][1])
torch.save(torch.zeros(2), "ckpt.pt")
print(torch.load("ckpt.pt"))
try:
    torch.load("missing_file.pt")
except Exception as e:
    print(type(e).__name__, e)
import os
os.remove("ckpt.pt")
print(os.path.exists("ckpt.pt"))
