# Mirrors pytorch/tutorials recipes_source/compiling_optimizer_lr_scheduler.py ("(beta) Running the
# compiled optimizer with an LR Scheduler"), pasted as written. Adapted: torch.manual_seed(0); the CPU
# and 16x16 layers instead of device="cuda" and 1024x1024 (the CUDA capability check dropped). Adam's
# Tensor lr is updated in place by LinearLR (fill_), so the printed rates are the tutorial's sample
# output; the step runs eagerly after the playground's graph break on param.grad. Added: the first weights at the end.
import torch
torch.manual_seed(0)

# Create simple model
model = torch.nn.Sequential(
    *[torch.nn.Linear(16, 16, False, device="cpu") for _ in range(10)]
)
input = torch.rand(16, device="cpu")

# run forward pass
output = model(input)

# run backward to populate the grads for our optimizer below
output.sum().backward()

opt = torch.optim.Adam(model.parameters(), lr=torch.tensor(0.01))
sched = torch.optim.lr_scheduler.LinearLR(opt, total_iters=5)

@torch.compile(fullgraph=False)
def fn():
    opt.step()
    sched.step()


# Warmup runs to compile the function
for _ in range(5):
    fn()
    print(opt.param_groups[0]["lr"])

# No longer wrap the LR in a tensor here
opt = torch.optim.Adam(model.parameters(), lr=0.01)
sched = torch.optim.lr_scheduler.LinearLR(opt, total_iters=5)

@torch.compile(fullgraph=False)
def fn():
    opt.step()
    sched.step()

# Setup logging to view recompiles
torch._logging.set_logs(recompiles=True)

# Warmup runs to compile the function
# We will now recompile on each iteration
# as the value of the lr is mutated.
for _ in range(5):
    fn()
print(model[0].weight[0, :4])
