# torch.backends.openmp: a CPU build has OpenMP.


def is_available():
    return True
