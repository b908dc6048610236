# torch.xpu on a machine without an Intel GPU.


def is_available():
    return False


def device_count():
    return 0


def manual_seed(seed):
    pass
