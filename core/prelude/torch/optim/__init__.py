# torch.optim: the optimizers and learning-rate schedulers, as PyTorch writes them in Python
# (torch/optim/*.py), with their single-tensor (foreach=False) update order so that float32
# results round like PyTorch's (docs/autograd.md, "torch.optim").
from torch.optim.optimizer import Optimizer
from torch.optim.sgd import SGD
from torch.optim.adam import Adam
from torch.optim.adamw import AdamW
from torch.optim.rmsprop import RMSprop
from torch.optim import lr_scheduler
