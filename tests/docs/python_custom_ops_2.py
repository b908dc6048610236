# Mirrors pytorch/tutorials advanced_source/python_custom_ops.py, "Mutable Python Custom
# operators" (and python_custom_ops_mutable.py): an operator that writes into its `output`
# argument (mutates_args={"output"}) and returns None, so it needs no fake kernel; compiled with
# fullgraph=True and checked with opcheck. Adapted: NumPy is not in the playground, so the kernel
# writes input.sin() with Tensor.copy_ instead of np.sin(input_np, out=output_np); graph_code is
# logged around the compiled call; torch.manual_seed(0) for the random inputs, and the result printed.
import torch


@torch.library.custom_op("mylib::numpy_sin", mutates_args={"output"}, device_types="cpu")
def numpy_sin(input: torch.Tensor, output: torch.Tensor) -> None:
    assert input.device == output.device
    assert input.device.type == "cpu"
    output.copy_(input.sin())


@torch.compile(fullgraph=True)
def f(x):
    out = torch.empty(3)
    numpy_sin(x, out)
    return out


torch.manual_seed(0)
x = torch.randn(3)
torch._logging.set_logs(graph_code=True)
y = f(x)
torch._logging.set_logs()
assert torch.allclose(y, x.sin())
print(y)

example_inputs = [
    [torch.randn(3), torch.empty(3)],
    [torch.randn(0, 3), torch.empty(0, 3)],
    [torch.randn(1, 2, 3, 4, dtype=torch.double), torch.empty(1, 2, 3, 4, dtype=torch.double)],
]

for example in example_inputs:
    torch.library.opcheck(numpy_sin, example)
print("opcheck passed")
