# bfloat16 nn functions that compute in float32 (ATen's opmath type) and round once to bfloat16:
# softmax over the last dim, log_softmax over another dim, cross_entropy, batch_norm in eval mode,
# gelu; float16 mse_loss. (PyTorch 1.13 has no float16 CPU kernels for softmax, layer_norm,
# batch_norm, gelu or silu, and its bfloat16 layer_norm, training batch_norm, silu and
# log_softmax-over-the-last-dim kernels round intermediates to bfloat16: those stay out.)
import torch
import torch.nn.functional as F


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


bf = torch.bfloat16
x = torch.tensor([[0.3, -1.2, 2.5, 0.7, 1.9], [1.1, 0.0, -0.4, 3.3, -2.6], [0.05, 0.2, -0.7, 1.3, 0.9]], dtype=bf)
t("softmax last", lambda: F.softmax(x, 1))
t("log_softmax dim0", lambda: F.log_softmax(x, 0))
t("softmax f32 out", lambda: F.softmax(x, 1, dtype=torch.float32))
t("softmax big", lambda: F.softmax(torch.arange(40, dtype=bf) / 7, 0))
t("cross_entropy", lambda: F.cross_entropy(x, torch.tensor([1, 3, 0])))
w = torch.tensor([0.5, 1.5, -1.0, 2.0, 0.3], dtype=bf)
b = torch.tensor([0.1, -0.2, 0.3, 0.0, 1.0], dtype=bf)
t("batch_norm eval", lambda: F.batch_norm(x, torch.tensor([0.1, 0.2, 0.3, 0.4, 0.5], dtype=bf),
                                          torch.tensor([1.5, 0.7, 2.0, 0.9, 1.1], dtype=bf), w, b, training=False))
x4 = (torch.arange(48, dtype=bf).reshape(2, 3, 2, 4) - 20) / 9
t("batch_norm 4d eval", lambda: F.batch_norm(x4, torch.tensor([0.5, -0.5, 1.0], dtype=bf),
                                             torch.tensor([2.0, 0.5, 1.0], dtype=bf), training=False))
bn = torch.nn.BatchNorm1d(5).to(bf).eval()
t("BatchNorm1d eval", lambda: bn(x * 7))
t("gelu", lambda: F.gelu(x))
t("f16 mse_loss", lambda: F.mse_loss(x.half(), x.flip(0).half()))
