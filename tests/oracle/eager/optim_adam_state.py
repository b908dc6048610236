# Adam's state after steps: step, exp_avg, exp_avg_sq (and max_exp_avg_sq with amsgrad); printing
# the optimizer.
import torch

w = torch.tensor([0.5, -1.5, 2.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1, betas=(0.8, 0.99), amsgrad=True)
for i in range(3):
    opt.zero_grad(set_to_none=True)
    (w ** 3).sum().backward()
    opt.step()
    st = opt.state[w]
    print(i, w.detach(), st["step"], st["exp_avg"], st["exp_avg_sq"], st["max_exp_avg_sq"])
print(type(opt).__name__, opt.param_groups[0]["betas"], opt.param_groups[0]["amsgrad"])
