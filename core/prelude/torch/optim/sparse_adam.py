# torch/optim/sparse_adam.py: SparseAdam updates only the rows of sparse gradients; the playground
# has no sparse tensors, so constructing it says so.
from torch.optim.optimizer import Optimizer


class SparseAdam(Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, maximize=False):
        raise NotImplementedError("not supported by the playground yet: torch.optim.SparseAdam (sparse gradients)")
