# Module introspection: named_modules, named_parameters, named_buffers, children, parameters count,
# prefix/recurse arguments, and the printed module tree.
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.bn = nn.BatchNorm1d(3)
        self.register_buffer("steps", torch.zeros(1))
        self.register_buffer("tmp", torch.ones(2), persistent=False)


net = nn.Sequential(Block(), nn.ReLU(), nn.ModuleList([nn.Linear(3, 2), nn.Tanh()]))
print(net)
for name, m in net.named_modules():
    print(repr(name), type(m).__name__)
for name, p in net.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
for name, b in net.named_buffers():
    print(name, b)
print([n for n, _ in net.named_children()])
print(sum(p.numel() for p in net.parameters()))
print([n for n, _ in net[0].named_parameters(prefix="blk", recurse=False)])
print([n for n, _ in net.named_buffers(recurse=False)])
print(list(net.state_dict().keys()))
print(len(list(net.modules())), len(list(net.children())))
print(net[0].lin is net[0]._modules["lin"], net[-1][0])
