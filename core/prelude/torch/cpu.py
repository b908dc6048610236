# torch.cpu (torch/cpu/__init__.py): the CPU device module, always available.


def is_available():
    return True


def device_count():
    return 1


def current_device():
    return "cpu"


def synchronize(device=None):
    pass


def is_initialized():
    return True
