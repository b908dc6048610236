# repeat / repeat_interleave / tile / expand / flip / roll / rot90.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([[1, 2], [3, 4]])
t("repeat", lambda: x.repeat(2, 3))
t("repeat more dims", lambda: x.repeat(2, 1, 1).shape)
t("repeat fewer", lambda: x.repeat(2))
t("repeat 0", lambda: x.repeat(0, 1))
t("repeat_interleave", lambda: torch.tensor([1, 2, 3]).repeat_interleave(2))
t("repeat_interleave dim", lambda: x.repeat_interleave(2, dim=0))
t("repeat_interleave tensor", lambda: x.repeat_interleave(torch.tensor([1, 2]), dim=1))
t("tile", lambda: torch.tile(x, (2,)))
t("tile 2d", lambda: x.tile((2, 2)))
t("flip", lambda: x.flip(0))
t("flip both", lambda: torch.flip(x, [0, 1]))
t("fliplr", lambda: torch.fliplr(x))
t("flipud", lambda: torch.flipud(x))
t("roll", lambda: torch.roll(x, 1))
t("roll dim", lambda: x.roll(1, 1))
t("roll dims", lambda: x.roll((1, 1), (0, 1)))
t("roll neg", lambda: torch.arange(5).roll(-2))
t("rot90", lambda: torch.rot90(x))
t("rot90 k2", lambda: torch.rot90(x, 2))
t("rot90 -1", lambda: torch.rot90(x, -1, [0, 1]))
t("expand", lambda: torch.tensor([[1], [2]]).expand(-1, 3))
