# Tensor surface tutorials use (issue 16): torch.Size(...), the legacy constructors, mT/mH/H,
# .cpu(), torch.cuda on a CPU-only machine, nn.Sequential(OrderedDict(...)), index errors naming
# the indexed tensor's dimension.
import torch
from collections import OrderedDict


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: torch.Size([1, 2]))
t(lambda: torch.Size((3,)))
t(lambda: torch.Size())
t(lambda: torch.Size([2, torch.tensor(3)]))
t(lambda: torch.Size([1.5]))
t(lambda: torch.Size([2, "a"]))
t(lambda: torch.Size([1, 2]) == (1, 2))
t(lambda: torch.Size([2, 3]).numel())
t(lambda: isinstance(torch.ones(2).shape, tuple))
t(lambda: torch.Tensor([1, 2]))
t(lambda: torch.Tensor((1.5, 2)))
t(lambda: torch.Tensor(2, 3).shape)
t(lambda: torch.Tensor(torch.Size([4])).shape)
t(lambda: torch.Tensor())
t(lambda: torch.Tensor(3.5))
t(lambda: torch.FloatTensor([1, 2]))
t(lambda: torch.DoubleTensor([1, 2]))
t(lambda: torch.LongTensor([1, 2]))
t(lambda: torch.IntTensor([[1], [2]]))
t(lambda: torch.BoolTensor([1, 0]))
t(lambda: torch.ByteTensor([1, 255]))
t(lambda: torch.LongTensor(2).shape)
t(lambda: isinstance(torch.ones(2), torch.FloatTensor))
t(lambda: isinstance(torch.ones(2), torch.LongTensor))
t(lambda: isinstance(torch.arange(2), torch.LongTensor))
t(lambda: type(torch.FloatTensor([1])))
t(lambda: torch.ones(2, 3).mT.shape)
t(lambda: torch.ones(2, 3, 4).mT.shape)
t(lambda: torch.ones(2, 3, 4).mH.shape)
t(lambda: torch.arange(6.).reshape(2, 3).H)
t(lambda: torch.tensor(3.).H)
t(lambda: torch.ones(3).mT)
t(lambda: torch.ones(2, 3, 4).H)
t(lambda: torch.ones(2, 3, requires_grad=True).mT)
t(lambda: torch.ones(2, 3)[0, 5])
t(lambda: torch.ones(2, 3)[5])
t(lambda: torch.ones(2, 3, 4)[:, 1, 7])
t(lambda: torch.ones(2, 3, 4)[..., 9])
t(lambda: torch.ones(2, 3, 4)[None, 1, -4])
t(lambda: torch.nn.Sequential(OrderedDict([("fc", torch.nn.Linear(2, 3)), ("act", torch.nn.ReLU())])))
t(lambda: torch.ones(2).device)
t(lambda: torch.ones(2).to("cpu"))
t(lambda: torch.ones(2).cpu())
t(lambda: torch.cuda.is_available())
t(lambda: torch.cuda.device_count())
t(lambda: "cuda" if torch.cuda.is_available() else "cpu")
t(lambda: torch.tensor([-1.5]).to(torch.uint8))
