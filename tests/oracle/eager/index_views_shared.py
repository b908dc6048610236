# Writes through views (slices, select, view, transpose, expand) reach the base tensor.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


base = torch.zeros(3, 4)
v = base[1]
v[2] = 5
print(base)
s = base[:, 1:3]
s.fill_(7)
print(base)
t_ = base.t()
t_[0, 2] = -1
print(base)
flat = base.view(12)
flat[0] = 9
print(base[0, 0], base.is_contiguous(), t_.is_contiguous())
d = base.diagonal()
d.zero_()
print(base)
col = base[:, 3]
col += 100
print(base)
n = base.narrow(0, 2, 1)
n.mul_(2)
print(base)
c = base.clone()
c[0] = 1
print(base[0], c[0])
u = base[0].unsqueeze(0)
u[0, 0] = 42
print(base[0, 0], u.shape)
m = base[base > 50]
m[0] = -5
print(base.max())
print(base.data_ptr() == base[0].data_ptr(), base[1].storage_offset())
