# torch/_subclasses: FakeTensorMode (fake_tensor.py), the mode torch.library's docs use to run
# fake kernels outside torch.compile.
from torch._subclasses import fake_tensor
from torch._subclasses.fake_tensor import FakeTensorMode
