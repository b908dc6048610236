# Parts of torch/nn/functional.py (PyTorch 2.x) that the prelude keeps in their own file:
# multi_head_attention_forward (with _canonical_mask, _none_or_dtype, _in_projection_packed,
# _in_projection, _mha_shape_check), embedding_bag, pixel_shuffle and pixel_unshuffle.
# torch.nn.functional re-exports them. Dynamo treats this module's public functions as
# torch.nn.functional's (variables/builder.cpp in_graph_python_function): PyTorch's trace_rules list
# multi_head_attention_forward and embedding_bag as in-graph functions (one node each), and
# F.pixel_shuffle / F.pixel_unshuffle are the C builtins torch.pixel_shuffle / torch.pixel_unshuffle.
# The underscore helpers are inlined, as in PyTorch. docs/models.md ("Transformer layers") explains
# the numerics.
import math
import warnings
import torch


def _none_or_dtype(input):
    if input is None:
        return None
    elif isinstance(input, torch.Tensor):
        return input.dtype
    raise RuntimeError("input to _none_or_dtype() must be None or torch.Tensor")


def _canonical_mask(mask, mask_name, other_type, other_name, target_type, check_other=True):
    # A boolean mask becomes a float mask of 0 (keep) / -inf (masked) in the target dtype.
    if mask is not None:
        _mask_dtype = mask.dtype
        _mask_is_float = torch.is_floating_point(mask)
        if _mask_dtype != torch.bool and not _mask_is_float:
            raise AssertionError(f"only bool and floating types of {mask_name} are supported")
        if check_other and other_type is not None:
            if _mask_dtype != other_type:
                warnings.warn(f"Support for mismatched {mask_name} and {other_name} "
                              "is deprecated. Use same type for both instead.")
        if not _mask_is_float:
            mask = torch.zeros_like(mask, dtype=target_type).masked_fill_(mask, float("-inf"))
    return mask


def _in_projection_packed(q, k, v, w, b=None):
    E = q.size(-1)
    linear = torch.nn.functional.linear
    if k is v:
        if q is k:
            # self-attention: one projection, split in three (unflatten/transpose/contiguous as in 2.x)
            proj = linear(q, w, b)
            proj = proj.unflatten(-1, (3, E)).unsqueeze(0).transpose(0, -2).squeeze(-2).contiguous()
            return proj[0], proj[1], proj[2]
        else:
            # encoder-decoder attention
            w_q, w_kv = w.split([E, E * 2])
            if b is None:
                b_q = b_kv = None
            else:
                b_q, b_kv = b.split([E, E * 2])
            q_proj = linear(q, w_q, b_q)
            kv_proj = linear(k, w_kv, b_kv)
            kv_proj = kv_proj.unflatten(-1, (2, E)).unsqueeze(0).transpose(0, -2).squeeze(-2).contiguous()
            return q_proj, kv_proj[0], kv_proj[1]
    else:
        w_q, w_k, w_v = w.chunk(3)
        if b is None:
            b_q = b_k = b_v = None
        else:
            b_q, b_k, b_v = b.chunk(3)
        return linear(q, w_q, b_q), linear(k, w_k, b_k), linear(v, w_v, b_v)


def _in_projection(q, k, v, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    Eq, Ek, Ev = q.size(-1), k.size(-1), v.size(-1)
    assert w_q.shape == (Eq, Eq), f"expecting query weights shape of {(Eq, Eq)}, but got {w_q.shape}"
    assert w_k.shape == (Eq, Ek), f"expecting key weights shape of {(Eq, Ek)}, but got {w_k.shape}"
    assert w_v.shape == (Eq, Ev), f"expecting value weights shape of {(Eq, Ev)}, but got {w_v.shape}"
    assert b_q is None or b_q.shape == (Eq,), f"expecting query bias shape of {(Eq,)}, but got {b_q.shape}"
    assert b_k is None or b_k.shape == (Eq,), f"expecting key bias shape of {(Eq,)}, but got {b_k.shape}"
    assert b_v is None or b_v.shape == (Eq,), f"expecting value bias shape of {(Eq,)}, but got {b_v.shape}"
    linear = torch.nn.functional.linear
    return linear(q, w_q, b_q), linear(k, w_k, b_k), linear(v, w_v, b_v)


def _mha_shape_check(query, key, value, key_padding_mask, attn_mask, num_heads):
    if query.dim() == 3:
        is_batched = True
        assert key.dim() == 3 and value.dim() == 3, \
            ("For batched (3-D) `query`, expected `key` and `value` to be 3-D"
             f" but found {key.dim()}-D and {value.dim()}-D tensors respectively")
        if key_padding_mask is not None:
            assert key_padding_mask.dim() == 2, \
                ("For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D"
                 f" but found {key_padding_mask.dim()}-D tensor instead")
        if attn_mask is not None:
            assert attn_mask.dim() in (2, 3), \
                ("For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D"
                 f" but found {attn_mask.dim()}-D tensor instead")
    elif query.dim() == 2:
        is_batched = False
        assert key.dim() == 2 and value.dim() == 2, \
            ("For unbatched (2-D) `query`, expected `key` and `value` to be 2-D"
             f" but found {key.dim()}-D and {value.dim()}-D tensors respectively")
        if key_padding_mask is not None:
            assert key_padding_mask.dim() == 1, \
                ("For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D"
                 f" but found {key_padding_mask.dim()}-D tensor instead")
        if attn_mask is not None:
            assert attn_mask.dim() in (2, 3), \
                ("For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D"
                 f" but found {attn_mask.dim()}-D tensor instead")
            if attn_mask.dim() == 3:
                expected_shape = (num_heads, query.shape[0], key.shape[0])
                assert attn_mask.shape == expected_shape, \
                    (f"Expected `attn_mask` shape to be {expected_shape} but got {attn_mask.shape}")
    else:
        raise AssertionError(
            f"query should be unbatched 2D or batched 3D tensor but received {query.dim()}-D query tensor")
    return is_batched


def _pad_last(t):
    # F.pad(t, (0, 1)): one zero column appended on the last dim.
    return torch.cat([t, torch.zeros(list(t.shape[:-1]) + [1], dtype=t.dtype)], -1)


def _baddbmm(mask, b1, b2):
    # torch.baddbmm(mask, b1, b2) with beta = alpha = 1: ATen's CPU kernel adds the mask to each
    # product row computed from zero (baddbmm_cpu_kernel), i.e. bmm then the sum.
    baddbmm = getattr(torch, "baddbmm", None)
    if baddbmm is not None:
        return baddbmm(mask, b1, b2)
    return mask + torch.bmm(b1, b2)


def multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight, in_proj_bias,
                                 bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight, out_proj_bias,
                                 training=True, key_padding_mask=None, need_weights=True, attn_mask=None,
                                 use_separate_proj_weight=False, q_proj_weight=None, k_proj_weight=None,
                                 v_proj_weight=None, static_k=None, static_v=None, average_attn_weights=True,
                                 is_causal=False):
    F = torch.nn.functional
    is_batched = _mha_shape_check(query, key, value, key_padding_mask, attn_mask, num_heads)

    # For unbatched input, unsqueeze at the expected batch dim to pretend the input is batched.
    if not is_batched:
        query = query.unsqueeze(1)
        key = key.unsqueeze(1)
        value = value.unsqueeze(1)
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask.unsqueeze(0)

    tgt_len, bsz, embed_dim = query.shape
    src_len, _, _ = key.shape

    key_padding_mask = _canonical_mask(mask=key_padding_mask, mask_name="key_padding_mask",
                                       other_type=_none_or_dtype(attn_mask), other_name="attn_mask",
                                       target_type=query.dtype)

    if is_causal and attn_mask is None:
        raise RuntimeError("Need attn_mask if specifying the is_causal hint. "
                           "You may use the Transformer module method "
                           "`generate_square_subsequent_mask` to create this mask.")

    if is_causal and key_padding_mask is None and not need_weights:
        # The is_causal hint goes to scaled_dot_product_attention instead of the mask.
        attn_mask = None
    else:
        attn_mask = _canonical_mask(mask=attn_mask, mask_name="attn_mask", other_type=None, other_name="",
                                    target_type=query.dtype, check_other=False)
        if key_padding_mask is not None:
            # The merged mask is no longer causal.
            is_causal = False

    assert embed_dim == embed_dim_to_check, \
        f"was expecting embedding dimension of {embed_dim_to_check}, but got {embed_dim}"
    if isinstance(embed_dim, torch.Tensor):
        head_dim = embed_dim.div(num_heads, rounding_mode="trunc")
    else:
        head_dim = embed_dim // num_heads
    assert head_dim * num_heads == embed_dim, f"embed_dim {embed_dim} not divisible by num_heads {num_heads}"
    if use_separate_proj_weight:
        assert key.shape[:2] == value.shape[:2], \
            f"key's sequence and batch dims {key.shape[:2]} do not match value's {value.shape[:2]}"
    else:
        assert key.shape == value.shape, f"key shape {key.shape} does not match value shape {value.shape}"

    # in-projection
    if not use_separate_proj_weight:
        assert in_proj_weight is not None, "use_separate_proj_weight is False but in_proj_weight is None"
        q, k, v = _in_projection_packed(query, key, value, in_proj_weight, in_proj_bias)
    else:
        assert q_proj_weight is not None, "use_separate_proj_weight is True but q_proj_weight is None"
        assert k_proj_weight is not None, "use_separate_proj_weight is True but k_proj_weight is None"
        assert v_proj_weight is not None, "use_separate_proj_weight is True but v_proj_weight is None"
        if in_proj_bias is None:
            b_q = b_k = b_v = None
        else:
            b_q, b_k, b_v = in_proj_bias.chunk(3)
        q, k, v = _in_projection(query, key, value, q_proj_weight, k_proj_weight, v_proj_weight, b_q, b_k, b_v)

    # attention mask: 3-D
    if attn_mask is not None:
        if attn_mask.dim() == 2:
            correct_2d_size = (tgt_len, src_len)
            if attn_mask.shape != correct_2d_size:
                raise RuntimeError(f"The shape of the 2D attn_mask is {attn_mask.shape}, "
                                   f"but should be {correct_2d_size}.")
            attn_mask = attn_mask.unsqueeze(0)
        elif attn_mask.dim() == 3:
            correct_3d_size = (bsz * num_heads, tgt_len, src_len)
            if attn_mask.shape != correct_3d_size:
                raise RuntimeError(f"The shape of the 3D attn_mask is {attn_mask.shape}, "
                                   f"but should be {correct_3d_size}.")
        else:
            raise RuntimeError(f"attn_mask's dimension {attn_mask.dim()} is not supported")

    # bias along the batch dimension (currently second)
    if bias_k is not None and bias_v is not None:
        assert static_k is None, "bias cannot be added to static key."
        assert static_v is None, "bias cannot be added to static value."
        k = torch.cat([k, bias_k.repeat(1, bsz, 1)])
        v = torch.cat([v, bias_v.repeat(1, bsz, 1)])
        if attn_mask is not None:
            attn_mask = _pad_last(attn_mask)
        if key_padding_mask is not None:
            key_padding_mask = _pad_last(key_padding_mask)
    else:
        assert bias_k is None
        assert bias_v is None

    # reshape q, k, v for multi-head attention and make them batch first
    q = q.view(tgt_len, bsz * num_heads, head_dim).transpose(0, 1)
    if static_k is None:
        k = k.view(k.shape[0], bsz * num_heads, head_dim).transpose(0, 1)
    else:
        assert static_k.size(0) == bsz * num_heads, \
            f"expecting static_k.size(0) of {bsz * num_heads}, but got {static_k.size(0)}"
        assert static_k.size(2) == head_dim, f"expecting static_k.size(2) of {head_dim}, but got {static_k.size(2)}"
        k = static_k
    if static_v is None:
        v = v.view(v.shape[0], bsz * num_heads, head_dim).transpose(0, 1)
    else:
        assert static_v.size(0) == bsz * num_heads, \
            f"expecting static_v.size(0) of {bsz * num_heads}, but got {static_v.size(0)}"
        assert static_v.size(2) == head_dim, f"expecting static_v.size(2) of {head_dim}, but got {static_v.size(2)}"
        v = static_v

    # zero attention along the batch dimension (now first)
    if add_zero_attn:
        zero_attn_shape = (bsz * num_heads, 1, head_dim)
        k = torch.cat([k, torch.zeros(zero_attn_shape, dtype=k.dtype)], dim=1)
        v = torch.cat([v, torch.zeros(zero_attn_shape, dtype=v.dtype)], dim=1)
        if attn_mask is not None:
            attn_mask = _pad_last(attn_mask)
        if key_padding_mask is not None:
            key_padding_mask = _pad_last(key_padding_mask)

    src_len = k.size(1)

    # merge key padding and attention masks
    if key_padding_mask is not None:
        assert key_padding_mask.shape == (bsz, src_len), \
            f"expecting key_padding_mask shape of {(bsz, src_len)}, but got {key_padding_mask.shape}"
        key_padding_mask = key_padding_mask.view(bsz, 1, 1, src_len).expand(-1, num_heads, -1, -1).reshape(
            bsz * num_heads, 1, src_len)
        if attn_mask is None:
            attn_mask = key_padding_mask
        else:
            attn_mask = attn_mask + key_padding_mask

    if not training:
        dropout_p = 0.0

    if need_weights:
        B, Nt, E = q.shape
        q_scaled = q * math.sqrt(1.0 / float(E))
        assert not (is_causal and attn_mask is None), "FIXME: is_causal not implemented for need_weights"
        if attn_mask is not None:
            attn_output_weights = _baddbmm(attn_mask, q_scaled, k.transpose(-2, -1))
        else:
            attn_output_weights = torch.bmm(q_scaled, k.transpose(-2, -1))
        attn_output_weights = F.softmax(attn_output_weights, dim=-1)
        if dropout_p > 0.0:
            attn_output_weights = F.dropout(attn_output_weights, p=dropout_p)
        attn_output = torch.bmm(attn_output_weights, v)
        attn_output = attn_output.transpose(0, 1).contiguous().view(tgt_len * bsz, embed_dim)
        attn_output = F.linear(attn_output, out_proj_weight, out_proj_bias)
        attn_output = attn_output.view(tgt_len, bsz, attn_output.size(1))
        # optionally average attention weights over heads
        attn_output_weights = attn_output_weights.view(bsz, num_heads, tgt_len, src_len)
        if average_attn_weights:
            attn_output_weights = attn_output_weights.mean(dim=1)
        if not is_batched:
            attn_output = attn_output.squeeze(1)
            attn_output_weights = attn_output_weights.squeeze(0)
        return attn_output, attn_output_weights
    else:
        # attn_mask is (1, L, S) or (N * num_heads, L, S): broadcastable to SDPA's (N, num_heads, L, S)
        if attn_mask is not None:
            if attn_mask.size(0) == 1 and attn_mask.dim() == 3:
                attn_mask = attn_mask.unsqueeze(0)
            else:
                attn_mask = attn_mask.view(bsz, num_heads, -1, src_len)
        q = q.view(bsz, num_heads, tgt_len, head_dim)
        k = k.view(bsz, num_heads, src_len, head_dim)
        v = v.view(bsz, num_heads, src_len, head_dim)
        attn_output = F.scaled_dot_product_attention(q, k, v, attn_mask, dropout_p, is_causal)
        attn_output = attn_output.permute(2, 0, 1, 3).contiguous().view(bsz * tgt_len, embed_dim)
        attn_output = F.linear(attn_output, out_proj_weight, out_proj_bias)
        attn_output = attn_output.view(tgt_len, bsz, attn_output.size(1))
        if not is_batched:
            attn_output = attn_output.squeeze(1)
        return attn_output, None


# --- pixel_shuffle / pixel_unshuffle (aten/src/ATen/native/PixelShuffle.cpp) ---
# The CPU kernels write a new contiguous tensor; autograd records PixelShuffleBackward0
# (grad: pixel_unshuffle(grad, r)) and PixelUnshuffleBackward0 (grad: pixel_shuffle(grad, r)).

def _record(name, backward, args, out):
    if not torch.is_grad_enabled() or not any(isinstance(a, torch.Tensor) and a.requires_grad for a in args):
        return out
    return torch._autograd_function_record(name, backward, args, (out,), (), ())[0]


def pixel_shuffle(input, upscale_factor):
    if input.dim() < 3:
        raise RuntimeError("pixel_shuffle expects input to have at least 3 dimensions, but got input with " +
                           str(input.dim()) + " dimension(s)")
    r = int(upscale_factor)
    if r <= 0:
        raise RuntimeError("pixel_shuffle expects a positive upscale_factor, but got " + str(r))
    c, h, w = input.size(-3), input.size(-2), input.size(-1)
    if c % (r * r) != 0:
        raise RuntimeError("pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of "
                           "upscale_factor, but input.size(-3)=" + str(c) + " is not divisible by " + str(r * r))
    batch = list(input.shape[:-3])
    oc = c // (r * r)
    n = len(batch)
    with torch.no_grad():
        x = input.reshape(batch + [oc, r, r, h, w])
        perm = list(range(n)) + [n, n + 3, n + 1, n + 4, n + 2]
        out = x.permute(perm).contiguous().view(batch + [oc, h * r, w * r])
    return _record("PixelShuffleBackward0", lambda g: (pixel_unshuffle(g, r), None), (input, upscale_factor), out)


def pixel_unshuffle(input, downscale_factor):
    if input.dim() < 3:
        raise RuntimeError("pixel_unshuffle expects input to have at least 3 dimensions, but got input with " +
                           str(input.dim()) + " dimension(s)")
    r = int(downscale_factor)
    if r <= 0:
        raise RuntimeError("pixel_unshuffle expects a positive downscale_factor, but got " + str(r))
    c, h, w = input.size(-3), input.size(-2), input.size(-1)
    if h % r != 0:
        raise RuntimeError("pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)=" +
                           str(h) + " is not divisible by " + str(r))
    if w % r != 0:
        raise RuntimeError("pixel_unshuffle expects width to be divisible by downscale_factor, but input.size(-1)=" +
                           str(w) + " is not divisible by " + str(r))
    batch = list(input.shape[:-3])
    n = len(batch)
    with torch.no_grad():
        x = input.reshape(batch + [c, h // r, r, w // r, r])
        perm = list(range(n)) + [n, n + 2, n + 4, n + 1, n + 3]
        out = x.permute(perm).contiguous().view(batch + [c * r * r, h // r, w // r])
    return _record("PixelUnshuffleBackward0", lambda g: (pixel_shuffle(g, r), None), (input, downscale_factor), out)


# --- embedding_bag (torch/nn/functional.py; ATen's EmbeddingBag.cpp on CPU) ---
# Each bag's rows are added in index order into a zero row in the weight's dtype (index_add_),
# "mean" divides by the number of non-padding indices (empty bags give 0), "max" keeps the first
# maximum per column. grad_fn EmbeddingBagBackward0.

def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode="mean",
                  sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None):
    if weight.dtype == torch.long and input.is_floating_point():
        warnings.warn("Argument order of nn.functional.embedding_bag was changed. "
                      "Usage `embedding_bag(weight, input, ...)` is deprecated, "
                      "and should now be `embedding_bag(input, weight, ...)`.")
        weight, input = input, weight
    if per_sample_weights is not None and input.size() != per_sample_weights.size():
        raise ValueError(f"embedding_bag: If per_sample_weights ({per_sample_weights.shape}) is not None, "
                         f"then it must have the same shape as the input ({input.shape})")
    if not weight.dim() == 2:
        raise ValueError(f"weight has to be a 2D Tensor, but got Tensor of dimension {weight.dim()}")
    if input.dim() == 2:
        if offsets is not None:
            type_str = str(type(offsets))
            raise ValueError("if input is 2D, then offsets has to be None"
                             ", as input is treated is a mini-batch of"
                             " fixed length sequences. However, found "
                             f"offsets of type {type_str}")
        offsets = torch.arange(0, input.numel(), input.size(1), dtype=input.dtype)
        input = input.reshape(-1)
        if per_sample_weights is not None:
            per_sample_weights = per_sample_weights.reshape(-1)
    elif input.dim() == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        if offsets.dim() != 1:
            raise ValueError("offsets has to be a 1D Tensor")
    else:
        raise ValueError(f"input has to be 1D or 2D Tensor, but got Tensor of dimension {input.dim()}")
    if mode == "sum":
        pass
    elif mode == "mean":
        pass
    elif mode == "max":
        if scale_grad_by_freq:
            raise ValueError("max mode does not support scaling the gradient by the frequency")
        if sparse:
            raise ValueError("max mode does not support sparse weights")
    else:
        raise ValueError("mode has to be one of sum, mean or max")
    if max_norm is not None:
        raise NotImplementedError("not supported by the playground yet: embedding_bag(max_norm=...)")
    if per_sample_weights is not None and mode != "sum":
        raise NotImplementedError("embedding_bag: per_sample_weights was not None. "
                                  "per_sample_weights is only supported for mode='sum' "
                                  f"(got mode='{mode}'). Please open a feature request on GitHub.")
    if scale_grad_by_freq or sparse:
        raise NotImplementedError("not supported by the playground yet: embedding_bag(scale_grad_by_freq=True or "
                                  "sparse=True)")
    return _embedding_bag(weight, input, offsets, mode, per_sample_weights, include_last_offset, padding_idx)


def _embedding_bag(weight, indices, offsets, mode, per_sample_weights, include_last_offset, padding_idx):
    # at::embedding_bag's checks (EmbeddingBag.cpp check_arguments), then the bags.
    if indices.dtype not in (torch.int64, torch.int32):
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                           "Long, Int; but got " + _tensor_type_name(indices) + " instead (while checking arguments "
                           "for embedding_bag)")
    if offsets.dtype not in (torch.int64, torch.int32):
        raise RuntimeError("Expected tensor for argument #1 'offsets' to have one of the following scalar types: "
                           "Long, Int; but got " + _tensor_type_name(offsets) + " instead (while checking arguments "
                           "for embedding_bag)")
    if indices.dtype != offsets.dtype:
        # promoteIndicesAndOffsets: both become int64
        indices = indices.long()
        offsets = offsets.long()
    n = indices.numel()
    if torch._C._dynamo.in_fake_mode():
        # Dynamo's propagation: the shape only (the bags depend on the values of offsets).
        num_bags = offsets.numel() - 1 if include_last_offset else offsets.numel()
        return torch.empty(max(num_bags, 0), weight.size(1), dtype=weight.dtype)
    offs = [int(o) for o in offsets.tolist()]
    if len(offs) > 0:
        # check_arguments: the first message streams the 0-d tensor offsets[0] (its value, then
        # "[ torch.LongTensor{} ]"), the second the int64 offset.
        if offs[0] != 0:
            raise RuntimeError("offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from "
                               "position 0. However, got " + str(offs[0]) + "\n[ " + _tensor_type_name(offsets) +
                               "{} ]")
        if offs[-1] > n:
            raise RuntimeError("offsets[-1] can not be greater than input's length " + str(n) +
                               " but got offsets[-1] of " + str(offs[-1]))
    num_bags = len(offs) - 1 if include_last_offset else len(offs)
    if num_bags < 0:
        num_bags = 0
    idx = [int(i) for i in indices.tolist()]
    num_weights = weight.size(0)
    for i in idx:
        if not (0 <= i < num_weights):
            raise RuntimeError("embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be " +
                               str(i))
    if padding_idx is not None and padding_idx < 0:
        padding_idx = num_weights + padding_idx
    ends = offs[1:] + ([] if include_last_offset else [n])
    bag_of = []     # the bag of each kept index position
    kept = []       # the kept index positions (padding_idx dropped)
    counts = [0] * num_bags
    for b in range(num_bags):
        for j in range(offs[b], min(ends[b], n)):
            if padding_idx is not None and idx[j] == padding_idx:
                continue
            bag_of.append(b)
            kept.append(j)
            counts[b] += 1
    dim = weight.size(1)
    with torch.no_grad():
        kept_t = torch.tensor(kept, dtype=torch.long)
        rows_idx = indices.reshape(-1).long().index_select(0, kept_t)
        rows = weight.index_select(0, rows_idx)
        bag_t = torch.tensor(bag_of, dtype=torch.long)
        if mode == "max":
            out = torch.zeros(num_bags, dim, dtype=weight.dtype)
            arg = torch.full((num_bags, dim), -1, dtype=torch.long)
            for b in range(num_bags):
                if counts[b] == 0:
                    continue
                sel = (bag_t == b).nonzero().reshape(-1)
                block = rows.index_select(0, sel)
                best, pos = block.max(0)
                # the first maximum per column (ATen replaces only on a strictly greater value)
                out[b] = best
                arg[b] = rows_idx.index_select(0, sel).index_select(0, _first_max(block, best))
            out_max_idx = arg
        else:
            if per_sample_weights is not None:
                rows = rows * per_sample_weights.reshape(-1).index_select(0, kept_t).unsqueeze(1)
            out = torch.zeros(num_bags, dim, dtype=weight.dtype).index_add_(0, bag_t, rows)
            if mode == "mean":
                div = torch.tensor([max(c, 1) for c in counts], dtype=weight.dtype).unsqueeze(1)
                out = out / div

    def backward(grad):
        gw = torch.zeros_like(weight)
        if mode == "max":
            for b in range(num_bags):
                for d in range(dim):
                    k = int(out_max_idx[b, d])
                    if k >= 0:
                        gw[k, d] += grad[b, d]
            return (gw, None, None, None)
        g = grad
        if mode == "mean":
            g = g / div
        g_rows = g.index_select(0, bag_t)
        gp = None
        if per_sample_weights is not None:
            if per_sample_weights.requires_grad:
                gp = torch.zeros(per_sample_weights.numel(), dtype=per_sample_weights.dtype)
                gp = gp.index_add_(0, kept_t, (g_rows * weight.index_select(0, rows_idx)).sum(1)).view(
                    per_sample_weights.shape)
            g_rows = g_rows * per_sample_weights.reshape(-1).index_select(0, kept_t).unsqueeze(1)
        gw = gw.index_add_(0, rows_idx, g_rows)
        return (gw, None, None, gp)

    return _record("EmbeddingBagBackward0", backward, (weight, indices, offsets, per_sample_weights), out)


def _first_max(block, best):
    # Row index of the first maximum of each column.
    n = block.size(0)
    pos = torch.arange(n).unsqueeze(1).expand(block.shape)
    big = torch.full(block.shape, n, dtype=torch.long)
    return torch.where(block == best.unsqueeze(0), pos, big).min(0)[0]


def _tensor_type_name(t):
    names = {torch.float32: "torch.FloatTensor", torch.float64: "torch.DoubleTensor", torch.int64: "torch.LongTensor",
             torch.int32: "torch.IntTensor", torch.int16: "torch.ShortTensor", torch.int8: "torch.CharTensor",
             torch.uint8: "torch.ByteTensor", torch.bool: "torch.BoolTensor", torch.float16: "torch.HalfTensor"}
    return names.get(t.dtype, str(t.dtype))
