# A CUDA device on a CPU-only build (what the playground answers as, docs/eager-semantics.md "Device and
# build queries"): Tensor.cuda(), .to("cuda"), factories with device="cuda", Module.cuda() / .to("cuda")
# raise torch.cuda._lazy_init's AssertionError; modules without parameters come back; the CPU works.
# Code that moves data to "cuda" unconditionally fails here as it does on a CPU machine.
import torch
def t(f):
    try:
        r = f()
        print(type(r).__name__, r if not isinstance(r, torch.nn.Module) else "")
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: torch.cuda.synchronize())
t(lambda: torch.ones(2).cuda())
t(lambda: torch.ones(2).to("cuda"))
t(lambda: torch.ones(2).to(torch.device("cuda:0")))
t(lambda: torch.ones(2).to(device="cuda", dtype=torch.float64))
t(lambda: torch.ones(2, device="cuda"))
t(lambda: torch.zeros(2, 2, device=torch.device("cuda")))
t(lambda: torch.tensor([1.0], device="cuda"))
t(lambda: torch.randn(2, device="cuda"))
t(lambda: torch.nn.Linear(2, 2).cuda())
t(lambda: torch.nn.Linear(2, 2).to("cuda"))
t(lambda: torch.nn.ReLU().cuda())
t(lambda: torch.nn.ReLU().to("cuda"))
t(lambda: torch.nn.Linear(2, 2).cpu())
t(lambda: torch.ones(2).to("cpu"))
t(lambda: torch.ones(2, device="cpu"))
t(lambda: torch.ones(2).to(torch.float64))
