# torch._logging: set_logs, the in-program equivalent of TORCH_LOGS. Mirrors torch/_logging/_internal.py
# set_logs: each call replaces the whole logging configuration; True enables an artifact (or a log
# at INFO), a logging level at or below DEBUG (10) enables the "+name" form.
import torch


def set_logs(**kwargs):
    spec = []
    for name, value in kwargs.items():
        if value is None or value is False:
            continue
        if value is True:
            spec.append(name)
        elif isinstance(value, int):
            spec.append(("+" if value <= 10 else "") + name)
        else:
            raise ValueError("Unrecognized log level for log " + name + ": " + repr(value))
    torch._C._dynamo.set_logs(",".join(spec))
