# logs: dynamo,trace_bytecode,graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from", docs/dynamo-formats.md §2 —
# the analysis restarts: "torchdynamo start tracing" is logged again (InstructionTranslator.__init__
# runs for every attempt) and the TRACE lines run a second time up to the checkpoint, whose own
# TRACE line is not printed (step() stops there before logging it: step_graph_break). The graph
# break itself is logged once, by the first trace.
import torch


def f(x, n):
    y = x + 1
    y = y * 2
    k = y[0:n]
    return k


print(torch.compile(f, backend="eager")(torch.ones(3), torch.tensor(1)))
