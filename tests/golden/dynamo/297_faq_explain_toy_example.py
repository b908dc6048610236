# The torch._dynamo.explain example of PyTorch 2.9 docs/source/user_guide/torch_compiler/
# torch.compiler_faq.md ("Identifying the cause of a graph break"), pasted as written with
# torch.manual_seed(0): print() and the data-dependent branch break toy_example into 3 graphs (the
# page's sample output predates the 2.x graph-break texts; the format is docs/dynamo-formats.md §4).
import torch
import torch._dynamo as dynamo

torch.manual_seed(0)

def toy_example(a, b):
    x = a / (torch.abs(a) + 1)
    print("woo")
    if b.sum() < 0:
        b = b * -1
    return x * b
explanation = dynamo.explain(toy_example)(torch.randn(10), torch.randn(10))
print(explanation)
