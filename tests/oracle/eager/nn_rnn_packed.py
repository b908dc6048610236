# torch.nn.utils.rnn and recurrent layers over a PackedSequence: pad_sequence (both layouts,
# padding_value), pack_padded_sequence (sorted and enforce_sorted=False),
# pack_sequence, the PackedSequence fields, LSTM / GRU / RNN over packed input (bidirectional,
# two layers, a given state permuted by sorted_indices), pad_packed_sequence (batch_first,
# total_length), values bit for bit and gradients, unpad_sequence / unpack_sequence, errors.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import (pack_padded_sequence, pad_packed_sequence, pad_sequence, pack_sequence,
                                unpad_sequence, unpack_sequence, PackedSequence)

torch.manual_seed(0)
a = torch.randn(4, 3)
b = torch.randn(2, 3)
c = torch.randn(3, 3)
padded = pad_sequence([a, b, c])
print(padded.shape, padded[:, 1])
print(pad_sequence([a, b, c], batch_first=True, padding_value=-1.0)[1])

lengths = [4, 2, 3]
packed = pack_padded_sequence(padded, lengths, enforce_sorted=False)
print(type(packed).__name__, packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
print(packed.data.shape, torch.equal(packed.data[:3], torch.stack([a[0], c[0], b[0]])))
seq = torch.tensor([[1, 2, 0], [3, 0, 0], [4, 5, 6]])
p2 = pack_padded_sequence(seq, [2, 1, 3], batch_first=True, enforce_sorted=False)
print(p2)
print(pad_packed_sequence(p2, batch_first=True))
print(pad_packed_sequence(p2, batch_first=True, total_length=5)[0])
ps = pack_sequence([torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])])
print(ps)
print(unpack_sequence(pack_sequence([torch.tensor([1, 2]), torch.tensor([3, 4, 5])], enforce_sorted=False)))
print(unpad_sequence(pad_sequence([torch.tensor([1, 2]), torch.tensor([3, 4, 5])]), torch.tensor([2, 3])))

lstm = nn.LSTM(3, 2, num_layers=2, bidirectional=True)
x = padded.clone().requires_grad_()
out, (h, cc) = lstm(pack_padded_sequence(x, lengths, enforce_sorted=False))
print(type(out).__name__, out.data.shape, h.shape, cc.shape)
print(out.data.detach().flatten().tolist())
print(h.detach().flatten().tolist())
print(cc.detach().flatten().tolist())
unpacked, lens = pad_packed_sequence(out)
print(unpacked.shape, lens)
print(unpacked.detach().flatten().tolist())
(unpacked.pow(2).sum() + h.sum()).backward()
print(x.grad.flatten().tolist())
print(lstm.weight_hh_l0_reverse.grad.flatten().tolist())
print(lstm.bias_ih_l1.grad.flatten().tolist())

gru = nn.GRU(3, 4, batch_first=True)
h0 = torch.randn(1, 3, 4, requires_grad=True)
xs = pad_sequence([a, b, c], batch_first=True)
og, hg = gru(pack_padded_sequence(xs, torch.tensor(lengths), batch_first=True, enforce_sorted=False), h0)
print(og.data.flatten().tolist())
print(hg.flatten().tolist())
padded_out, _ = pad_packed_sequence(og, batch_first=True, padding_value=9.0)
print(padded_out[1])
(padded_out.sum() + hg.sum()).backward()
print(h0.grad.flatten().tolist())
print(gru.weight_ih_l0.grad.flatten().tolist())

rnn = nn.RNN(3, 2, nonlinearity="relu")
sorted_packed = pack_sequence([a, c, b])
orr, hr = rnn(sorted_packed)
print(orr.sorted_indices, orr.batch_sizes, hr)
print(orr.data)


def attempt(fn):
    try:
        r = fn()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: pack_padded_sequence(padded, [2, 4, 3]))
attempt(lambda: pack_padded_sequence(padded, [4, 2]))
attempt(lambda: pack_padded_sequence(padded, [4, 2, 0]))
attempt(lambda: pad_packed_sequence(p2, total_length=2))
attempt(lambda: pad_sequence([]))
attempt(lambda: gru(pack_padded_sequence(xs, lengths, batch_first=True, enforce_sorted=False), torch.zeros(1, 2, 4)))
