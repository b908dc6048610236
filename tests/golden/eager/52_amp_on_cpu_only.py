# Spec: docs/eager-semantics.md §Mixed precision — torch.amp on a machine without a GPU, as PyTorch
# 2.9 behaves there: CUDA autocast and a CUDA GradScaler disable themselves with a UserWarning
# (torch.cuda.amp's spellings first warn that they are deprecated), so a training loop written
# with `enabled=use_amp` runs unchanged; a CPU GradScaler really scales, unscales, skips a step
# with inf gradients and grows / backs off its scale; CPU autocast enabled is a playground limit.
import warnings

import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scaler = torch.cuda.amp.GradScaler()
    with torch.autocast(device_type="cuda", dtype=torch.float16):
        loss = model(torch.randn(4, 3)).pow(2).mean()
    with torch.cuda.amp.autocast():
        pass
for w in caught:
    print(w.category.__name__, "|", w.message)
scaler.scale(loss).backward()
print(scaler.step(opt), scaler.update(), scaler.get_scale(), scaler.is_enabled(), scaler.state_dict())

cpu_scaler = torch.amp.GradScaler("cpu", init_scale=1024.0, growth_interval=2)
for i in range(4):
    opt.zero_grad()
    loss = model(torch.randn(4, 3)).pow(2).mean()
    scaled = cpu_scaler.scale(loss)
    scaled.backward()
    if i == 2:
        model.bias.grad.fill_(float("inf"))
    cpu_scaler.unscale_(opt)
    print(i, f"{scaled.item() / loss.item():.1f}", model.weight.grad.abs().max().item() < 100)
    cpu_scaler.step(opt)
    cpu_scaler.update()
    print(" ", cpu_scaler.get_scale(), cpu_scaler.state_dict()["_growth_tracker"], model.bias.isfinite().item())
try:
    cpu_scaler.unscale_(opt)
    cpu_scaler.unscale_(opt)
except RuntimeError as e:
    print("RuntimeError:", e)

with torch.autocast("cpu", enabled=False):
    print(model(torch.ones(1, 3)).dtype, torch.is_autocast_enabled("cpu"))
for bad in [("tpu",), (3,)]:
    try:
        torch.autocast(*bad)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    with torch.autocast("cpu"):
        pass
except NotImplementedError as e:
    print("NotImplementedError:", e)
