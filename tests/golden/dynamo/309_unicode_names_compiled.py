# Spec: docs/unicode-names.md, docs/dynamo-formats.md — \N{...} escapes are constants of the code
# Dynamo traces; unicodedata's functions are C builtins in CPython, so calling one in compiled code
# is the graph break for an unknown builtin ("Dynamo does not know how to trace the builtin ...")
# and the call runs eagerly: the compiled function returns what eager returns.
import unicodedata

import torch


def f(x, ch):
    label = "\N{GREEK SMALL LETTER ALPHA}=" + f"{x.shape[0]}\N{EM DASH}"
    y = x + 1
    name = unicodedata.name(ch)
    return y * len(name), label, name


compiled = torch.compile(f, backend="eager")
x = torch.arange(3.0)
print(ascii(f(x, "\u00e9")))
print(ascii(compiled(x, "\u00e9")))
torch._dynamo.reset()
explanation = torch._dynamo.explain(f)(x, "\u00e9")
print(explanation.graph_count, explanation.graph_break_count)
print(explanation.break_reasons[0].reason)
