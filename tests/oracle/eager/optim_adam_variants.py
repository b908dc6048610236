# Adam and AdamW variants: betas, eps, weight_decay, amsgrad, maximize; state after steps.
import torch


def run(cls, **kw):
    torch.manual_seed(0)
    w = torch.randn(4, requires_grad=True)
    opt = cls([w], lr=0.05, **kw)
    for _ in range(6):
        opt.zero_grad(set_to_none=True)
        loss = (w ** 4).sum() - w.sum()
        loss.backward()
        opt.step()
    st = opt.state[w]
    print(cls.__name__, sorted(kw.items()), w.detach(), sorted(st.keys()), st["step"])


for cls in (torch.optim.Adam, torch.optim.AdamW):
    run(cls)
    run(cls, amsgrad=True)
    run(cls, weight_decay=0.1)
    run(cls, betas=(0.5, 0.9), eps=1e-3)
    run(cls, maximize=True)
    run(cls, amsgrad=True, weight_decay=0.05)
try:
    torch.optim.Adam([torch.zeros(1, requires_grad=True)], betas=(1.0, 0.9))
except Exception as e:
    print(type(e).__name__, e)
