# Spec: docs/eager-semantics.md — torch.device parses a device string as c10/core/Device.cpp does:
# "type" or "type:index" ([a-zA-Z_]+ and [1-9][0-9]*|0), the type one of PyTorch 2.9's device types
# ("Expected one of cpu, cuda, ..., privateuseone device type at start of device string: gpu"),
# type and index as attributes; a factory's device= string is parsed the same way before anything
# is drawn from the generator, and a CUDA device fails as in a CPU-only build.
import torch
for s in ["gpu", "cuda:0", "cpu", "cpu:0", "meta", "xla", "foo:1", "cuda:x", "cuda:01", "CPU", "cuda:1"]:
    try:
        d = torch.device(s)
        print(d, repr(d), d.type, d.index)
    except Exception as e:
        print(type(e).__name__, e)
print(torch.device("cuda", 1), torch.device(torch.device("cpu")), torch.device("cpu") == torch.device("cpu"))
try:
    torch.device("cuda:0", 1)
except Exception as e:
    print(type(e).__name__, e)
torch.manual_seed(0)
try:
    torch.rand(2, device="gpu")
except Exception as e:
    print(type(e).__name__, e)
print(torch.rand(2))
