# Strides, storage offsets and contiguity of views.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(24).view(2, 3, 4)
t("stride", lambda: x.stride())
t("stride dim", lambda: (x.stride(0), x.stride(-1)))
t("stride bad dim", lambda: x.stride(3))
t("permute stride", lambda: x.permute(2, 0, 1).stride())
t("permute contig", lambda: x.permute(2, 0, 1).is_contiguous())
t("transpose", lambda: x.transpose(0, 2).stride())
t("t 2d", lambda: x[0].t().stride())
t("expand stride", lambda: torch.ones(3, 1).expand(3, 4).stride())
t("expand contig", lambda: torch.ones(3, 1).expand(3, 4).is_contiguous())
t("expand new dim", lambda: torch.ones(4).expand(2, 3, 4).stride())
t("unsqueeze stride", lambda: x.unsqueeze(1).stride())
t("unsqueeze -1", lambda: x.unsqueeze(-1).stride())
t("squeeze stride", lambda: torch.ones(3, 1, 2).squeeze(1).stride())
t("slice stride", lambda: x[:, 1:, ::2].stride())
t("slice offset", lambda: x[1, 1:, 2:].storage_offset())
t("select offset", lambda: x.select(2, 3).storage_offset())
t("contiguous copy", lambda: x.permute(1, 0, 2).contiguous().stride())
t("contiguous same", lambda: (lambda v: v.contiguous() is v)(x))
t("view on permuted", lambda: x.permute(1, 0, 2).view(6, 4))
t("view compat", lambda: x.transpose(1, 2).view(2, 12).shape)
t("view merge", lambda: x[:, :, :2].view(2, 6))
t("view split", lambda: x[:, 1:].view(2, 2, 2, 4).stride())
t("reshape shares", lambda: x.reshape(6, 4).data_ptr() == x.data_ptr())
t("reshape copies", lambda: x.transpose(0, 1).reshape(6, 4).data_ptr() == x.data_ptr())
t("size 1 contig", lambda: torch.ones(1, 3).t().is_contiguous())
t("empty stride", lambda: torch.ones(0, 3).stride())
t("0d stride", lambda: (torch.tensor(1.).stride(), torch.tensor(1.).dim()))
t("numel", lambda: (x.numel(), x.nelement(), x.dim(), x.ndim, x.ndimension()))
t("size", lambda: (x.size(), x.size(1), x.size(-1), x.shape[0]))
t("size bad", lambda: x.size(3))
t("as_strided", lambda: torch.arange(9).as_strided((2, 2), (3, 1), 1))
t("unfold", lambda: torch.arange(7).unfold(0, 3, 2))
