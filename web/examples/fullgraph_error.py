# Title: fullgraph=True turns a graph break into an error
# Group: Graph breaks
#
# Branching on a tensor's value is data-dependent control flow: Dynamo cannot know which way it
# goes while tracing. Normally that is a graph break. With fullgraph=True a break is not allowed,
# so torch.compile raises torch._dynamo.exc.Unsupported with the graph-break message instead.
import torch


def f(x):
    if x.sum() > 0:
        return x.sin()
    return x.cos()


try:
    torch.compile(f, backend="eager", fullgraph=True)(torch.ones(3))
except torch._dynamo.exc.Unsupported as e:
    print(type(e).__name__)
    print(str(e).replace(__file__, __file__.split("/")[-1]))

# Without fullgraph the same program runs: it breaks at the `if` and resumes in the branch taken.
print(torch.compile(f, backend="eager")(torch.ones(3)))
