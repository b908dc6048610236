# Basic indexing: ints, slices, steps, None, Ellipsis, negative indices.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(24).view(2, 3, 4)
t("int", lambda: x[1])
t("two ints", lambda: x[1, 2])
t("three ints", lambda: x[1, 2, 3])
t("neg", lambda: x[-1, -1])
t("slice", lambda: x[:, 1:])
t("slice step", lambda: x[..., ::2])
t("slice neg", lambda: x[0, -2:, -3:-1])
t("slice empty", lambda: x[:, 3:].shape)
t("slice beyond", lambda: x[0, 1:100])
t("None", lambda: x[None].shape)
t("None mid", lambda: x[:, None, 1].shape)
t("Ellipsis", lambda: x[..., 1])
t("Ellipsis mid", lambda: x[0, ..., 2])
t("two Ellipsis", lambda: x[..., 0, ...])
t("int oob", lambda: x[2])
t("int oob neg", lambda: x[0, -4])
t("too many", lambda: x[0, 0, 0, 0])
t("0d index", lambda: torch.tensor(5)[()])
t("0d int", lambda: torch.tensor(5)[0])
t("tensor int idx", lambda: x[torch.tensor(1)].shape)
t("bool True", lambda: x[True].shape)
t("bool False", lambda: x[False].shape)
t("view shares", lambda: x[0].data_ptr() == x.data_ptr())
t("storage_offset", lambda: x[1, 1:].storage_offset())
t("stride", lambda: x[:, ::2, 1::3].stride())
t("neg step", lambda: x[::-1])
t("shape slice", lambda: x[:, :2, :1].shape)
t("item", lambda: x[1, 2, 3].item())
