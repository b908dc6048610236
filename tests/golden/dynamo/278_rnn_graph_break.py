# logs: graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "Recurrent layers": with torch._dynamo.config.allow_rnn False (the
# default) Dynamo's VariableBuilder.wrap_module refuses nn.RNN, nn.GRU and nn.LSTM (graph break
# "Attempted to wrap RNN, GRU, or LSTM", context str(module)). Calling one from a compiled forward
# breaks the graph at the call: the embedding before it is one graph, the module runs eagerly,
# the rest of the forward is a resume function's graph. Results equal eager's.
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(10, 4)
        self.lstm = nn.LSTM(4, 3, batch_first=True)
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        e = self.embedding(x)
        out, (h, c) = self.lstm(e)
        return self.fc(out[:, -1]), h


torch.manual_seed(0)
model = Tagger()
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
compiled = torch.compile(model, backend="eager")
y, h = compiled(x)
print(y)
print(h)
print(torch._dynamo.config.allow_rnn)

