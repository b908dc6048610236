# From PyTorch 2.9 docs/source/compile/programming_model.where_to_apply_compile.md, cell 3
# ("DistributedDataParallel"): compile the inner module, then wrap it. Adapted: the page's `...`
# are a small module, a one-process "gloo" group (what a single-machine run of the page's code
# needs) and N_ITERS = 2. The playground has no torch.distributed backend: it stops at
# init_process_group with "not supported by the playground yet" (tests/docs/known_failures.txt).
import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel

dist.init_process_group("gloo", init_method="tcp://127.0.0.1:29500", rank=0, world_size=1)
torch.manual_seed(0)
model = torch.nn.Linear(4, 2)
N_ITERS = 2

# DistributedDataParallel
opt_model = torch.compile(model)
model_ddp = DistributedDataParallel(opt_model)

for _ in range(N_ITERS):
    inp = torch.randn(3, 4)
    out = model_ddp(inp)
    print(out.shape)
dist.destroy_process_group()
