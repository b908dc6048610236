# In-place op errors: broadcast into a smaller tensor, dtype casts, leaves, views.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


t("add_ shape", lambda: torch.zeros(3).add_(torch.ones(2, 3)))
t("mul_ shape", lambda: torch.zeros(2, 1).mul_(torch.ones(2, 4)))
t("copy_ shape", lambda: torch.zeros(2).copy_(torch.ones(3)))
t("copy_ bcast ok", lambda: torch.zeros(2, 2).copy_(torch.tensor([1., 2.])))
t("int add_ float", lambda: torch.zeros(2, dtype=torch.int64).add_(0.5))
t("bool sub_", lambda: torch.zeros(2, dtype=torch.bool).sub_(True))
t("leaf add_", lambda: torch.zeros(2, requires_grad=True).add_(1))
t("leaf view add_", lambda: torch.zeros(2, requires_grad=True)[0].add_(1))
t("no_grad leaf ok", lambda: (lambda x: (torch.no_grad().__enter__(), x.add_(1))[1])(torch.zeros(2, requires_grad=True)))
t("fill_ tensor", lambda: torch.zeros(2).fill_(torch.tensor(3.)))
t("fill_ 1d", lambda: torch.zeros(2).fill_(torch.tensor([3.])))
t("zero_", lambda: torch.ones(2, dtype=torch.int32).zero_())
t("clamp_ int", lambda: torch.tensor([5, -5]).clamp_(-1, 1))
t("masked_fill_ shape", lambda: torch.zeros(2).masked_fill_(torch.ones(2, 2, dtype=torch.bool), 1))
t("expand add_", lambda: torch.zeros(1, 3).expand(2, 3).add_(1))
t("uniform_ int", lambda: torch.zeros(2, dtype=torch.int64).uniform_())
t("normal_ int", lambda: torch.zeros(2, dtype=torch.int64).normal_())
t("pow_", lambda: torch.tensor([2., 3.]).pow_(2))
t("abs_", lambda: torch.tensor([-2, 3]).abs_())
