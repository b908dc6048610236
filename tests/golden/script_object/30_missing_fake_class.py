# Spec: docs/torchbind.md §3.1 step 5 (no fake class registered: RuntimeError with a leading
# space, " ScriptObject's ... haven't registered a fake class. ..."), §4.1 (an unexpected exception
# during tracing is rewrapped by convert_frame as InternalTorchDynamoError("RuntimeError: ...")).
import torch


def f(obj, x):
    return obj.get() + x


obj = torch.classes._TorchScriptTesting._FlattenWithTensorOp(torch.zeros(2))
try:
    torch.compile(f, backend="eager")(obj, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
