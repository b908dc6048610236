# torch.tensor / as_tensor / Tensor constructors and the dtypes they infer.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


t("int list", lambda: torch.tensor([1, 2, 3]).dtype)
t("float list", lambda: torch.tensor([1.0, 2]).dtype)
t("bool list", lambda: torch.tensor([True, 1]).dtype)
t("bool only", lambda: torch.tensor([True, False]).dtype)
t("mixed bool float", lambda: torch.tensor([True, 2.5]))
t("nested 3d", lambda: torch.tensor([[[1], [2]], [[3], [4]]]).shape)
t("tuple", lambda: torch.tensor(((1, 2), (3, 4))))
t("int scalar", lambda: torch.tensor(7))
t("bool scalar", lambda: torch.tensor(True))
t("big int", lambda: torch.tensor(2 ** 40))
t("too big", lambda: torch.tensor(2 ** 64))
t("neg big", lambda: torch.tensor([-2 ** 63]))
t("float dtype from int", lambda: torch.tensor([1, 2], dtype=torch.float32))
t("int dtype from float", lambda: torch.tensor([1.9, -1.9], dtype=torch.int64))
t("bool dtype", lambda: torch.tensor([0, 2, -1], dtype=torch.bool))
t("uint8 from neg", lambda: torch.tensor([-1, 256], dtype=torch.uint8))
t("tensor of tensors", lambda: torch.tensor([torch.tensor(1.), torch.tensor(2.)]))
t("as_tensor float", lambda: torch.as_tensor([1.5, 2.5], dtype=torch.float64))
t("as_tensor same", lambda: (lambda x: torch.as_tensor(x) is x)(torch.ones(2)))
t("as_tensor dtype copy", lambda: (lambda x: torch.as_tensor(x, dtype=torch.float64) is x)(torch.ones(2)))
t("Tensor list", lambda: torch.Tensor([1, 2]))
t("Tensor sizes", lambda: torch.Tensor(2, 3).shape)
t("empty nested", lambda: torch.tensor([[], []]).shape)
t("ragged", lambda: torch.tensor([[1, 2], [3, 4, 5]]))
t("none", lambda: torch.tensor(None))
t("string", lambda: torch.tensor("abc"))
t("nan inf", lambda: torch.tensor([float("nan"), float("inf"), -float("inf")]))
t("neg zero", lambda: torch.tensor([-0.0, 0.0]))
