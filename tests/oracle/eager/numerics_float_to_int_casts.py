# Float -> integer casts of out-of-range, negative and NaN values, as PyTorch on x86 (issue 16: the
# uint8 cast of a negative value was undefined behaviour and differed between native and wasm).
import torch
x = torch.tensor([-1.5, 300.7, 1e10, float('nan'), -129.0, 70000.5, 3e9, -3e9, float('inf'), 1e20])
for dt in [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]:
    print(dt, x.to(dt).tolist())
    print(dt, x.double().to(dt).tolist())
