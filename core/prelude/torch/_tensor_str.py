# torch/_tensor_str.py: set_printoptions (the profiles and the options it sets). The options
# themselves live natively (core/torch/tensor_str.h), which prints every tensor.
import torch


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None):
    if profile is not None:
        if profile == "default":
            torch._set_printoptions(4, 1000, 3, 80, None)
        elif profile == "short":
            torch._set_printoptions(2, 1000, 2, 80, None)
        elif profile == "full":
            torch._set_printoptions(4, float("inf"), 3, 80, None)
    torch._set_printoptions(precision, threshold, edgeitems, linewidth, sci_mode)
