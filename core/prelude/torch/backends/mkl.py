# torch.backends.mkl: an x86 CPU build has MKL.


def is_available():
    return True
