# From the PyTorch docs page compile/programming_model.reducing_guard_overhead.md, sections 1, 2, 3 and 4:
# install_free_tensors, a guard_filter_fn from torch.compiler, recursive dict tags and
# set_stance(skip_guard_eval_unsafe=True), with the page's `...` bodies filled in by a small
# module and its call (the playground accepts these knobs; results are eager's)
import torch
import torch._dynamo

torch.manual_seed(0)
mod = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU())
x = torch.randn(2, 4)

with torch._dynamo.config.patch(install_free_tensors=True):
    # torch.compile your model / call the compiled function here
    opt_mod = torch.compile(
        mod,
        options={"guard_filter_fn": torch.compiler.skip_guard_on_all_nn_modules_unsafe},
    )
    print(opt_mod(x))

with torch._dynamo.config.patch(use_recursive_dict_tags_for_guards=False):
    # Disable the optimization while investigating a guard issue.
    print(opt_mod(x))

# 1. Warm up: run the compiled model with a sufficient variety of inputs until
#    no further recompilation occurs.
# 2. Then switch stance to run only the minimal set of differentiating guards.
with torch.compiler.set_stance(skip_guard_eval_unsafe=True):
    # steady-state inference / training iterations
    print(opt_mod(x))
