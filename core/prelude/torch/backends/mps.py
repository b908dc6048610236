# torch.backends.mps on a machine that is not a Mac with Metal.


def is_available():
    return False


def is_built():
    return False


def is_macos_or_newer(major, minor):
    return False
