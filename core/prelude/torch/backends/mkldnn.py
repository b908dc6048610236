# torch.backends.mkldnn: a CPU build has oneDNN.
enabled = True


def is_available():
    return True
