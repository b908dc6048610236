# Mirrors torch/_higher_order_ops/while_loop.py's eager semantics: body_fn runs on the carried
# inputs while cond_fn, called on them, returns True (a bool or a one-element bool tensor); the
# result is the final carried inputs as a tuple. PyTorch runs it through torch.compile(backend=
# "eager", fullgraph=True); the playground runs the Python loop (a compiled caller traces it as
# a loop, unrolled, not as the while_loop operator: not supported by the playground yet).
import torch


def while_loop(cond_fn, body_fn, carried_inputs):
    if not isinstance(carried_inputs, (tuple, list)):
        raise RuntimeError(
            f"carried_inputs must be a tuple or list but got {type(carried_inputs)}")
    carried = tuple(carried_inputs)
    while True:
        pred = cond_fn(*carried)
        if isinstance(pred, torch.Tensor):
            if pred.numel() != 1 or pred.dtype != torch.bool:
                raise RuntimeError(
                    f"cond_fn must return a boolean scalar tensor or a boolean but got {pred}")
            pred = bool(pred)
        if not pred:
            return carried
        out = body_fn(*carried)
        carried = tuple(out) if isinstance(out, (tuple, list)) else (out,)
