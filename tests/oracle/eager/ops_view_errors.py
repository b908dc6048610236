# view / reshape / permute / expand argument errors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(12).view(3, 4)
t("view two -1", lambda: x.view(-1, -1))
t("view bad numel", lambda: x.view(5))
t("view bad -1", lambda: x.view(-1, 5))
t("view neg", lambda: x.view(-2, 6))
t("view 0", lambda: torch.ones(0, 3).view(-1, 0))
t("view 0 ok", lambda: torch.ones(0, 3).view(0, -1).shape)
t("view noncontig", lambda: x.t().view(-1))
t("view dtype", lambda: x.view(torch.int32).shape)
t("reshape bad", lambda: x.reshape(7, -1))
t("reshape tuple", lambda: x.reshape((2, 6)).shape)
t("reshape list", lambda: x.reshape([4, 3]).shape)
t("permute dup", lambda: x.permute(0, 0))
t("permute few", lambda: x.permute(0))
t("permute oob", lambda: x.permute(0, 2))
t("permute neg", lambda: x.permute(-1, -2).shape)
t("transpose oob", lambda: x.transpose(0, 2))
t("expand fewer", lambda: x.expand(4))
t("expand -1", lambda: x.expand(2, -1, -1).shape)
t("expand -1 new", lambda: x.expand(-1, 3, 4))
t("expand bad", lambda: x.expand(3, 5))
t("expand_as", lambda: torch.tensor([1, 2, 3, 4]).expand_as(x).shape)
t("squeeze bad", lambda: x.squeeze(2))
t("squeeze non1", lambda: x.squeeze(0).shape)
t("unsqueeze bad", lambda: x.unsqueeze(3))
t("unsqueeze end", lambda: x.unsqueeze(2).shape)
t("flatten range", lambda: torch.ones(2, 3, 4, 5).flatten(1, 2).shape)
t("flatten bad", lambda: x.flatten(1, 0))
t("movedim", lambda: torch.ones(2, 3, 4).movedim(0, -1).shape)
t("swapaxes", lambda: torch.ones(2, 3, 4).swapaxes(0, 1).shape)
t("view_as", lambda: torch.arange(12).view_as(x).shape)
