# In-place ops that cannot cast their result to the tensor's dtype.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


i = torch.tensor([1, 2, 3])
b = torch.tensor([True, False, True])
u = torch.tensor([250, 5, 6], dtype=torch.uint8)
t("int add_ float", lambda: i.clone().add_(1.5))
t("int mul_ float tensor", lambda: i.clone().mul_(torch.tensor([1.5, 2., 3.])))
t("int += float", lambda: (lambda x: (x.__iadd__(0.5)))(i.clone()))
t("int div_", lambda: i.clone().div_(2))
t("int div_ floor", lambda: i.clone().div_(2, rounding_mode="floor"))
t("int true_divide_", lambda: i.clone().true_divide_(2))
t("true_divide", lambda: (torch.true_divide(i, 2), i.true_divide(torch.tensor(4.0))))
t("float add_ int", lambda: torch.ones(3).add_(i))
t("bool add_", lambda: b.clone().add_(b))
t("bool add_ int", lambda: b.clone().add_(1))
t("bool mul_", lambda: b.clone().mul_(b))
t("uint8 add_ wrap", lambda: u.clone().add_(10))
t("uint8 sub_", lambda: u.clone().sub_(7))
t("int sqrt_", lambda: i.clone().sqrt_())
t("int exp_", lambda: i.clone().exp_())
t("int neg_", lambda: i.clone().neg_())
t("bool neg", lambda: -b)
t("bool sub", lambda: b - b)
t("int pow_ float", lambda: i.clone().pow_(0.5))
t("int pow_ int", lambda: i.clone().pow_(2))
t("float32 add_ f64", lambda: torch.ones(2).add_(torch.ones(2, dtype=torch.float64)).dtype)
t("copy_ cast", lambda: torch.zeros(3, dtype=torch.int32).copy_(torch.tensor([1.7, -2.7, 3.2])))
t("int clamp_ float", lambda: i.clone().clamp_(0.5, 2.5))
t("int mul_ bool", lambda: i.clone().mul_(b))


def iadd(x, v):
    x += v
    return x


def imul(x, v):
    x *= v
    return x


t("int += float", lambda: iadd(i.clone(), 0.5))
t("int += int", lambda: iadd(i.clone(), 2))
t("float += int tensor", lambda: iadd(torch.ones(3), i))
t("int *= bool", lambda: imul(i.clone(), True))
t("bool *= float", lambda: imul(b.clone(), 2.0))
t("uint8 += -1", lambda: iadd(u.clone(), -1))
