# torch.backends as a CPU-only build of PyTorch 2.9 answers (torch/backends/): no cuDNN, CUDA or MPS,
# the CPU libraries available. The flags scripts set (`torch.backends.cudnn.benchmark = True`,
# `torch.backends.cuda.matmul.allow_tf32 = True`) are plain attributes and change nothing on the
# CPU, as in PyTorch.
from torch.backends import cpu, cuda, cudnn, mha, mkl, mkldnn, mps, openmp
