# The loss modules and their gradients: MSELoss, L1Loss, BCELoss, BCEWithLogitsLoss, NLLLoss,
# CrossEntropyLoss.
import torch
import torch.nn as nn

x0 = torch.tensor([[0.2, -1.0, 2.0], [1.5, 0.3, -0.7]])
t = torch.tensor([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]])
for name, loss in [("MSELoss", nn.MSELoss()), ("L1Loss", nn.L1Loss()), ("L1Loss sum", nn.L1Loss(reduction="sum")),
                   ("BCEWithLogitsLoss", nn.BCEWithLogitsLoss()),
                   ("BCEWithLogitsLoss pos_weight", nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 0.5])))]:
    x = x0.clone().requires_grad_()
    out = loss(x, t)
    out.backward()
    print(name, "%.4f" % out.item(), x.grad)
x = torch.sigmoid(x0).detach().requires_grad_()
out = nn.BCELoss()(x, t)
out.backward()
print("BCELoss", "%.4f" % out.item(), x.grad)
logits = x0.clone().requires_grad_()
target = torch.tensor([2, 0])
out = nn.NLLLoss()(torch.log_softmax(logits, 1), target)
out.backward()
print("NLLLoss", "%.4f" % out.item(), logits.grad)
logits.grad = None
out = nn.CrossEntropyLoss(reduction="sum")(logits, target)
out.backward()
print("CrossEntropyLoss", "%.4f" % out.item(), logits.grad)
