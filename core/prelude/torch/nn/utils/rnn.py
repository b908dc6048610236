# torch.nn.utils.rnn: PackedSequence, pack_padded_sequence, pad_packed_sequence, pad_sequence,
# pack_sequence, unpad_sequence, unpack_sequence. Mirrors torch/nn/utils/rnn.py (PyTorch 2.9), with
# ATen's _pack_padded_sequence / _pad_packed_sequence / pad_sequence (aten/src/ATen/native/
# PackedSequence.cpp) written in Python with the same slicing and copies.
# Differences: packed.data made by pack_padded_sequence has grad_fn CatBackward0 (PyTorch:
# PackPaddedSequenceBackward0, same gradients).
from collections import namedtuple
import torch
from torch import _VF


PackedSequence_ = namedtuple("PackedSequence_", ["data", "batch_sizes", "sorted_indices", "unsorted_indices"])


def bind(optional, fn):
    if optional is None:
        return None
    return fn(optional)


class PackedSequence(PackedSequence_):
    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        return super().__new__(cls, *_packed_sequence_init_args(data, batch_sizes, sorted_indices, unsorted_indices))

    def to(self, *args, **kwargs):
        data = self.data.to(*args, **kwargs)
        if data is self.data:
            return self
        kwargs = dict(filter(lambda t: t[0] != "device" and t[0] != "dtype", kwargs.items()))
        sorted_indices = bind(self.sorted_indices, lambda t: t.to(data.device, **kwargs))
        unsorted_indices = bind(self.unsorted_indices, lambda t: t.to(data.device, **kwargs))
        return type(self)(data, self.batch_sizes, sorted_indices, unsorted_indices)

    def cpu(self, *args, **kwargs):
        return self.to(*args, device="cpu", **kwargs)

    def double(self):
        return self.to(dtype=torch.double)

    def float(self):
        return self.to(dtype=torch.float)

    def half(self):
        return self.to(dtype=torch.half)

    def long(self):
        return self.to(dtype=torch.long)

    def int(self):
        return self.to(dtype=torch.int)

    @property
    def is_cuda(self):
        return self.data.is_cuda

    def is_pinned(self):
        return False


def _packed_sequence_init_args(data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
    if unsorted_indices is None:
        unsorted_indices = invert_permutation(sorted_indices)
    if batch_sizes is not None:
        if batch_sizes.device.type != "cpu":
            raise ValueError(
                "batch_sizes should always be on CPU. Instances of PackedSequence should never be created manually. "
                "They should be instantiated by functions like pack_sequence and pack_padded_sequences in "
                "nn.utils.rnn. https://pytorch.org/docs/stable/nn.html#torch.nn.utils.rnn.pack_sequence")
        return data, batch_sizes, sorted_indices, unsorted_indices
    else:
        assert isinstance(data, (list, tuple)) and len(data) == 2
        return data[0], data[1], sorted_indices, unsorted_indices


def _packed_sequence_init(data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
    data, batch_sizes, sorted_indices, unsorted_indices = _packed_sequence_init_args(
        data, batch_sizes, sorted_indices, unsorted_indices)
    return PackedSequence(data, batch_sizes, sorted_indices, unsorted_indices)


def invert_permutation(permutation):
    if permutation is None:
        return None
    output = torch.empty_like(permutation)
    output.scatter_(0, permutation, torch.arange(0, permutation.numel(), device=permutation.device))
    return output


# ---- aten/src/ATen/native/PackedSequence.cpp ----

def _pack_padded_sequence(_input, _lengths, batch_first):
    if _input.numel() <= 0:
        raise RuntimeError("Cannot pack empty tensors.")
    input = _input.transpose(0, 1) if batch_first else _input
    lengths = _lengths.tolist()
    batch_size = input.size(1)
    if len(lengths) != batch_size:
        raise RuntimeError("Expected `len(lengths)` to be equal to batch_size, but got " + str(len(lengths)) +
                           " (batch_size=" + str(batch_size) + ")")
    if lengths[batch_size - 1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' "
                           "that is <= 0")
    for i in range(batch_size - 1):
        if lengths[batch_size - 1 - i] > lengths[batch_size - 2 - i]:
            raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. "
                               "You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence "
                               "to sidestep this requirement if you do not need ONNX exportability.")
    steps = []
    batch_sizes = []
    step_shape = [-1] + list(input.shape[2:])
    prev_l = 0
    for i in range(batch_size):
        l = lengths[batch_size - 1 - i]
        if l > prev_l:
            current_batch_size = batch_size - i
            steps.append(input[prev_l:l, 0:current_batch_size].contiguous().view(step_shape))
            for _ in range(l - prev_l):
                batch_sizes.append(current_batch_size)
            prev_l = l
    return torch.cat(steps), torch.tensor(batch_sizes, dtype=torch.int64)


def _pad_packed_sequence(data, _batch_sizes, batch_first, padding_value, total_length):
    batch_sizes = _batch_sizes.tolist()
    max_batch_size = batch_sizes[0]
    max_real_seq_length = len(batch_sizes)
    max_seq_length = max_real_seq_length
    if total_length > 0:
        if total_length < max_seq_length:
            raise RuntimeError("Expected total_length to be at least the length of the longest sequence in input, "
                               "but got total_length=" + str(total_length) + " and max sequence length being " +
                               str(max_seq_length))
        max_seq_length = total_length
    output_size = [max_seq_length, max_batch_size] + list(data.shape[1:])
    output = torch.full(output_size, padding_value, dtype=data.dtype, device=data.device)
    lengths = [0] * max_batch_size
    pos = max_batch_size - 1
    data_offset = 0
    prev_batch_size = max_batch_size
    prev_i = 0
    for i in range(max_real_seq_length + 1):
        batch_size = batch_sizes[i] if i != max_real_seq_length else 0
        if batch_size != prev_batch_size:
            l = prev_batch_size * (i - prev_i)
            tmp = data[data_offset:data_offset + l]
            view_size = [i - prev_i, prev_batch_size] + list(data.shape[1:])
            output[prev_i:i, 0:prev_batch_size].copy_(tmp.view(view_size))
            data_offset += l
            prev_i = i
        dec = prev_batch_size - batch_size
        for _ in range(dec):
            lengths[pos] = i
            pos -= 1
        prev_batch_size = batch_size
    if batch_first:
        output = output.transpose(0, 1)
    return output, torch.tensor(lengths, dtype=torch.int64)


def _pad_sequence(sequences, batch_first, padding_value, padding_side):
    sequences_size = len(sequences)
    if sequences_size <= 0:
        raise RuntimeError("received an empty list of sequences")
    trailing_dims = list(sequences[0].shape[1:])
    max_len = max(s.size(0) for s in sequences)
    out_dims = [sequences_size, max_len] if batch_first else [max_len, sequences_size]
    out = torch.full(out_dims + trailing_dims, padding_value, dtype=sequences[0].dtype,
                     device=sequences[0].device)
    if padding_side != "left" and padding_side != "right":
        raise RuntimeError("Expected padding_side to be one of left or right, but got " + str(padding_side) + ".")
    for i in range(sequences_size):
        currseq = sequences[i]
        length_i = currseq.size(0)
        start = max_len - length_i if padding_side == "left" else 0
        if batch_first:
            out.select(0, i).narrow(0, start, length_i).copy_(currseq)
        else:
            out.narrow(0, start, length_i).select(1, i).copy_(currseq)
    return out


# ---- torch/nn/utils/rnn.py ----

def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    if not isinstance(lengths, torch.Tensor):
        lengths = torch.as_tensor(lengths, dtype=torch.int64, device="cpu")
    else:
        lengths = lengths.to(dtype=torch.int64)
    if enforce_sorted:
        sorted_indices = None
    else:
        lengths, sorted_indices = torch.sort(lengths, descending=True)
        sorted_indices = sorted_indices.to(input.device)
        batch_dim = 0 if batch_first else 1
        input = input.index_select(batch_dim, sorted_indices)
    data, batch_sizes = _pack_padded_sequence(input, lengths, batch_first)
    return _packed_sequence_init(data, batch_sizes, sorted_indices, None)


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    max_seq_length = sequence.batch_sizes.size(0)
    if total_length is not None:
        if total_length < max_seq_length:
            raise ValueError("Expected total_length to be at least the length of the longest sequence in input, but "
                             "got total_length=" + str(total_length) + " and max sequence length being " +
                             str(max_seq_length))
    else:
        total_length = max_seq_length
    padded_output, lengths = _pad_packed_sequence(sequence.data, sequence.batch_sizes, batch_first, padding_value,
                                                  total_length)
    unsorted_indices = sequence.unsorted_indices
    if unsorted_indices is not None:
        batch_dim = 0 if batch_first else 1
        return padded_output.index_select(batch_dim, unsorted_indices), lengths[unsorted_indices.cpu()]
    return padded_output, lengths


def pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side="right"):
    # (PyTorch: `isinstance(sequences, collections.abc.Iterable)`, then tuple(sequences).)
    if isinstance(sequences, torch.Tensor):
        sequences = sequences.unbind(0)
    elif not isinstance(sequences, (list, tuple)) and not hasattr(type(sequences), "__iter__"):
        raise RuntimeError("pad_sequence: Expected iterable for input sequences, but got arg of type: " +
                           str(type(sequences)))
    sequences = tuple(sequences)
    return _pad_sequence(sequences, batch_first, padding_value, padding_side)


def unpad_sequence(padded_sequences, lengths, batch_first=False):
    unpadded_sequences = []
    if not batch_first:
        padded_sequences.transpose_(0, 1)
    max_length = padded_sequences.shape[1]
    idx = torch.arange(max_length, device=lengths.device)
    for seq, length in zip(padded_sequences, lengths):
        mask = idx < length
        unpacked_seq = seq[mask]
        unpadded_sequences.append(unpacked_seq)
    return unpadded_sequences


def pack_sequence(sequences, enforce_sorted=True):
    lengths = torch.as_tensor([v.size(0) for v in sequences])
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences):
    padded_sequences, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    unpacked_sequences = unpad_sequence(padded_sequences, lengths, batch_first=True)
    return unpacked_sequences
