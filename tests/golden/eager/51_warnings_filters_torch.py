# PyTorch's warnings go through the warnings module: catch_warnings(record=True) records the
# non-leaf .grad UserWarning, filterwarnings("ignore") silences it, and the default filter shows
# it once per line (docs/stdlib.md, warnings). Expected output: real PyTorch 1.13 on CPython 3.11.
import sys
import warnings

import torch

sys.stderr = sys.stdout  # the default filter's text is compared too
x = torch.ones(2, requires_grad=True)
y = x * 2
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(y.grad, y.grad)
print(len(w), [r.category.__name__ for r in w], ["non-leaf Tensor" in str(r.message) for r in w])
print(w[0].filename == __file__, w[0].lineno)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="The .grad attribute")
    print(y.grad)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("error", category=UserWarning)
    try:
        y.grad
    except UserWarning as e:
        print("raised:", type(e).__name__, "non-leaf Tensor" in str(e))
print(len(w))
