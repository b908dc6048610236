# Title: torch._dynamo.explain: graphs, breaks and ops
# Group: Graph breaks
#
# explain() runs the function under Dynamo and reports what happened instead of returning the
# result: how many graphs were captured, how many graph breaks there were and why, and which
# operators each graph holds.
import torch


def toy_example(a, b):
    x = a / (a + 1)
    if b.sum() < 0:
        b = b * -1
    return x * b


explanation = torch._dynamo.explain(toy_example)(torch.ones(2), -torch.ones(2))
print("graphs:", explanation.graph_count)
print("graph breaks:", explanation.graph_break_count)
print("ops:", explanation.op_count)
for reason in explanation.break_reasons:
    print(reason.reason.splitlines()[0], "at line", reason.user_stack[-1].lineno)
print(str(explanation).split("Ops per Graph:\n")[1].split("Out Guards")[0], end="")
