# From pytorch/tutorials intermediate_source/torch_controlflow_tutorial.py ("Tutorial of control flow
# operators"), its Part 1 (cond, while_loop, scan, map) and the value-clamping cond of Part 2, pasted
# as written; its associative_scan example calls xs.cuda() (no CUDA: left out; the playground's
# associative_scan says "not supported by the playground yet") and its LSTM/autograd parts time
# runs. Adapted: torch.manual_seed(0). The "Native PyTorch" lines and the clamped tensor equal
# PyTorch 1.13's output (which has no control flow operators); each operator's result equals them,
# as the tutorial's assert_close checks.
import torch
from torch._higher_order_ops.map import map
from torch._higher_order_ops.cond import cond
from torch._higher_order_ops.scan import scan
from torch._higher_order_ops.associative_scan import associative_scan
from torch._higher_order_ops.while_loop import while_loop
torch._dynamo.config.capture_scalar_outputs = True
torch.manual_seed(0)

class CondExample(torch.nn.Module):
    def forward(self, x: torch.Tensor):
        
        # Define the branch prediction function
        pred = (x.sum() > 0).unsqueeze(0)

        # Define the function for the true branch
        def true_fn(t: torch.Tensor):
            return (t.cos(),)

        # Define the function for the false branch
        def false_fn(t: torch.Tensor):
            return (t.sin(),)

        out = cond(pred, true_fn, false_fn, (x,))
        return out[0]

# Define the input
xs = torch.randn(3, 3)

# Compute the results using cond
model = CondExample()
result = model(xs)

# Compute the results with pure PyTorch
result_pytorch = xs.cos() if xs.sum() > 0 else xs.sin()

print('='*80)
print('Example: cond')
print("Native PyTorch:\n", result_pytorch)
print("Result with cond:\n", result)
torch.testing.assert_close(result_pytorch, result)
print('-'*80)

class CumulativeSumWithWhileLoopExample(torch.nn.Module):
    def forward(self, cnt: torch.Tensor, s: torch.Tensor):
        def cond_fn(i, s):
            return i < 5

        def body_fn(i, s):
            return (i + 1, s + i)

        cnt_final, cumsum_final = while_loop(cond_fn, body_fn, (cnt, s))
        return cumsum_final

# Define the inputs
cnt = torch.tensor(0)
s = torch.tensor(0)

# Compute ground truth
result_pytorch = torch.cumsum(torch.arange(5), 0)[-1]

model = CumulativeSumWithWhileLoopExample()
result = model(cnt, s)

print('='*80)
print('Example: while_loop')
print("Native PyTorch:\n", result_pytorch)
print("Cumulative sum with while_loop result:\n", result)
torch.testing.assert_close(result_pytorch, result)
print('-'*80)

class ScanExample(torch.nn.Module):
    def forward(self, init: torch.Tensor, xs: torch.Tensor):
        def combine(carry, x):
            new_carry = carry + x
            return new_carry, new_carry * 2.

        cumsum_final, _ = scan(combine, init, xs, dim=0)
        return cumsum_final

# Define the inputs
xs = torch.arange(1, 5)
init = torch.tensor(0)

# Compute ground truth
result_pytorch = torch.cumsum(torch.arange(5), 0)[-1]

model = ScanExample()
result = model(init, xs)

print('='*80)
print('Example: scan')
print("Native PyTorch:\n", result_pytorch)
print("Cumulative sum with scan:\n", result)
torch.testing.assert_close(result_pytorch, result)
print('-'*80)

class MapExample(torch.nn.Module):
    def forward(self, xs: torch.Tensor, y: torch.Tensor):
        def body_fn(x, y):
            return x ** y
        
        result = map(body_fn, xs, y)
        return result

# Define the inputs
xs = torch.arange(5)
y = torch.tensor(2)

# Compute ground truth
result_pytorch = xs ** y

model = MapExample()
result = model(xs, y)

print('='*80)
print('Example: map')
print("Native PyTorch result:\n", result_pytorch)
print("map result:\n", result)
torch.testing.assert_close(result_pytorch, result)
print('-'*80)

class AdvancedCondExample(torch.nn.Module):
    def forward(self, xs: torch.Tensor):
        def pred(x):
            return torch.isinf(x).any() or torch.isnan(x).any()

        def true_fn(x):
            no_nans_and_infs = torch.nan_to_num(x, nan=0.0, posinf=100, neginf=-100)
            clamped = torch.clamp(no_nans_and_infs, min=min_allowed_value, max=max_allowed_value)
            return clamped

        def false_fn(x):
            return x.clone()

        xs_filtered = cond(pred(xs),
                        true_fn,
                        false_fn,
                        (xs,)
                        )
        
        return xs_filtered

# Define the input with large values and NaNs
xs = torch.tensor([-10., -4, torch.nan, 1, torch.inf])
max_allowed_value = 4
min_allowed_value = -7

model = AdvancedCondExample()
xs_filtered = model(xs)

print('='*80)
print('Example: Value clamping')
print("Unfiltered tensort:\n", xs)
print("Filtered tensor:\n", xs_filtered)
print('-'*80)
