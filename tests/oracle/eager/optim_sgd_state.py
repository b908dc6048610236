# SGD momentum buffers in optimizer.state after steps, zero_grad(set_to_none=False/True), and a
# parameter without a gradient being skipped.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
u = torch.tensor([5.0], requires_grad=True)
opt = torch.optim.SGD([w, u], lr=0.1, momentum=0.9, dampening=0.1)
for i in range(3):
    opt.zero_grad(set_to_none=True)
    (w ** 2).sum().backward()
    opt.step()
    print(i, w.detach(), opt.state[w]["momentum_buffer"])
print(u, len(opt.state), u in opt.state)
opt.zero_grad(set_to_none=False)
print(w.grad, u.grad)
opt.zero_grad(set_to_none=True)
print(w.grad)
print(type(opt).__name__, opt.param_groups[0]["dampening"])
