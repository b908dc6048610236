# split / chunk / unbind / tensor_split and their edge cases.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(10)
m = torch.arange(12).view(3, 4)
t("split 3", lambda: x.split(3))
t("split 4", lambda: torch.split(x, 4))
t("split sizes", lambda: x.split([2, 3, 5]))
t("split bad sizes", lambda: x.split([2, 3]))
t("split dim1", lambda: m.split(3, dim=1))
t("split big", lambda: x.split(20))
t("split 0", lambda: x.split(0))
t("chunk 3", lambda: x.chunk(3))
t("chunk 4", lambda: x.chunk(4))
t("chunk 6", lambda: torch.arange(6).chunk(4))
t("chunk more", lambda: torch.arange(3).chunk(5))
t("chunk dim", lambda: m.chunk(2, 1))
t("chunk 0", lambda: x.chunk(0))
t("unbind", lambda: m.unbind())
t("unbind 1", lambda: torch.unbind(m, 1))
t("unbind 0d", lambda: torch.tensor(1).unbind())
t("tensor_split", lambda: x.tensor_split(3))
t("tensor_split idx", lambda: x.tensor_split([1, 4]))
t("hsplit", lambda: m.hsplit(2))
t("vsplit", lambda: torch.arange(8).view(4, 2).vsplit([1]))
t("split views", lambda: x.split(5)[1].storage_offset())
t("split len", lambda: len(m.split(1)))
t("split_with_sizes", lambda: x.split_with_sizes([4, 6]))
