# torch.mps on a machine that is not a Mac with Metal.


def is_available():
    return False


def device_count():
    return 0


def manual_seed(seed):
    pass
