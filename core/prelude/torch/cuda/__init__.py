# torch.cuda as seen on a machine without a GPU (the playground runs on the CPU only): mirrors the
# answers of torch/cuda/__init__.py there, so `device = "cuda" if torch.cuda.is_available() else
# "cpu"` picks the CPU as it does under PyTorch.


def is_available():
    return False


def device_count():
    return 0


def is_initialized():
    return False


def manual_seed(seed):
    # PyTorch silently ignores CUDA seeding without a GPU.
    pass


def manual_seed_all(seed):
    pass


def synchronize(device=None):
    raise AssertionError("Torch not compiled with CUDA enabled")


def current_device():
    raise AssertionError("Torch not compiled with CUDA enabled")
