# torch.backends.cpu: the CPU capability the playground's kernels are compared with.


def get_cpu_capability():
    return "DEFAULT"
