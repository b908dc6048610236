# torch.optim: the optimizers and learning-rate schedulers, as PyTorch writes them in Python
# (torch/optim/*.py), with their single-tensor (foreach=False) update order so that float32
# results round like PyTorch's (docs/autograd.md, "torch.optim").
from torch.optim.optimizer import Optimizer
from torch.optim.adadelta import Adadelta
from torch.optim.adagrad import Adagrad
from torch.optim.adam import Adam
from torch.optim.adamax import Adamax
from torch.optim.adamw import AdamW
from torch.optim.asgd import ASGD
from torch.optim.lbfgs import LBFGS
from torch.optim.nadam import NAdam
from torch.optim.radam import RAdam
from torch.optim.rmsprop import RMSprop
from torch.optim.rprop import Rprop
from torch.optim.sgd import SGD
from torch.optim.sparse_adam import SparseAdam
from torch.optim import lr_scheduler
