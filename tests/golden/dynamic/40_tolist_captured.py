# logs: graph_code
# Spec: docs/dynamic-shapes.md §.item() — PyTorch's test_tensor_to_list_closure (P18), without the
# wrap higher-order op: x.tolist() on an int16 tensor is one `getitem` + `item` per element (u0,
# u1, u2); only li[0] is used, so the graph keeps `getitem = l_x_[0]` (no annotation: PyTorch
# indexes the proxy directly) and `item: "Sym(u0)"`.
import torch

torch._dynamo.config.capture_scalar_outputs = True


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    li = x.tolist()
    return li[0] + x


print(f(torch.tensor([1, 2, 3], dtype=torch.int16)))
print(f(torch.tensor([5, 2, 3], dtype=torch.int16)))
