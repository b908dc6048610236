# torch.functional: the Python-level torch functions of PyTorch's torch/functional.py that the
# playground has. torch.einsum is one of them: Dynamo records it as `torch.functional.einsum`
# (its __module__), one call_function node. The contraction mirrors ATen's einsum (Linear.cpp):
# operands are permuted so that their labels line up (output labels first, then the contracted
# ones), each pair is contracted with permute / reshape / bmm (sumproduct_pair), and the summed
# dims, kept as size 1, are viewed away at the end. docs/models.md ("einsum") has the details.
import torch


def _einsum_labels(term, ndim, index, ell_dims, have_ellipsis):
    """The labels of one operand term: letters, and '.k' for the k-th ellipsis dim counted from
    the right of the broadcast ellipsis (so operands with fewer ellipsis dims line up)."""
    labels = []
    i = 0
    ellipsis = False
    while i < len(term):
        ch = term[i]
        if ch == ".":
            if ellipsis or term[i:i + 3] != "...":
                raise RuntimeError("einsum(): found '.' for operand " + str(index) +
                                   " that is not part of any ellipsis")
            ellipsis = True
            labels.append("...")
            i += 3
            continue
        if not (("a" <= ch <= "z") or ("A" <= ch <= "Z")):
            raise RuntimeError("einsum(): invalid subscript given at index " + str(i) +
                               " in the equation string, subscripts must be in [a-zA-Z]")
        labels.append(ch)
        i += 1
    letters = len(labels) - (1 if ellipsis else 0)
    if ellipsis:
        if letters > ndim:
            raise RuntimeError("einsum(): the number of subscripts in the equation (" + str(letters) +
                               ") is more than the number of dimensions (" + str(ndim) + ") for operand " +
                               str(index))
        n_ell = ndim - letters
        out = []
        for lab in labels:
            if lab == "...":
                for k in range(n_ell):
                    out.append("." + str(n_ell - 1 - k))
            else:
                out.append(lab)
        return out, n_ell
    if letters != ndim:
        raise RuntimeError("einsum(): the number of subscripts in the equation (" + str(letters) +
                           ") does not match the number of dimensions (" + str(ndim) + ") for operand " +
                           str(index) + " and no ellipsis was given")
    return labels, 0


def _sum_keep(t, dims):
    if len(dims) == 0:
        return t
    return t.sum(dims, keepdim=True)


def _sumproduct_pair(left, right, sum_dims):
    """(left * right).sum(sum_dims, keepdim=True) for two aligned operands, as one bmm:
    batch dims (in both), left-only dims, right-only dims and the summed dims."""
    nd = left.dim()
    lro, lo, ro, sums = [], [], [], []
    lsum, rsum = [], []
    for d in range(nd):
        ls = left.size(d)
        rs = right.size(d)
        if d in sum_dims:
            if ls != 1 and rs != 1:
                sums.append(d)
            elif ls != 1:
                lsum.append(d)
            elif rs != 1:
                rsum.append(d)
        elif ls != 1 and rs != 1:
            lro.append(d)
        elif ls != 1:
            lo.append(d)
        elif rs != 1:
            ro.append(d)
        else:
            lro.append(d)
    left = _sum_keep(left, lsum)
    right = _sum_keep(right, rsum)
    # Dims summed in one operand only are size 1 now: they become size-1 output dims.
    ones = [d for d in range(nd) if d in sum_dims and d not in sums]
    lro_size = 1
    for d in lro:
        lro_size *= left.size(d)
    lo_size = 1
    for d in lo:
        lo_size *= left.size(d)
    ro_size = 1
    for d in ro:
        ro_size *= right.size(d)
    sum_size = 1
    for d in sums:
        sum_size *= left.size(d)
    out_order = lro + lo + ro + sums + ones
    lp = left.permute(lro + lo + sums + ro + ones).reshape(lro_size, lo_size, sum_size)
    rp = right.permute(lro + sums + ro + lo + ones).reshape(lro_size, sum_size, ro_size)
    result = torch.bmm(lp, rp)
    out_sizes = [left.size(d) for d in lro] + [left.size(d) for d in lo] + [right.size(d) for d in ro]
    out_sizes = out_sizes + [1 for d in sums] + [1 for d in ones]
    result = result.view(out_sizes)
    inverse = [0] * nd
    for i in range(nd):
        inverse[out_order[i]] = i
    return result.permute(inverse)


def einsum(*args):
    if len(args) < 2:
        raise ValueError("einsum(): must specify the equation string and at least one operand, "
                         "or at least one operand and its subscripts list")
    equation = args[0]
    operands = args[1:]
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = operands[0]
    if not isinstance(equation, str):
        raise NotImplementedError("not supported by the playground yet: einsum in the sublist format")
    eq = equation.replace(" ", "")
    arrow = eq.find("->")
    lhs = eq if arrow < 0 else eq[:arrow]
    terms = lhs.split(",")
    if len(operands) > len(terms):
        raise RuntimeError("einsum(): more operands were provided than specified in the equation")
    if len(operands) < len(terms):
        raise RuntimeError("einsum(): fewer operands were provided than specified in the equation")
    op_labels = []
    n_ell = 0
    label_size = {}
    for i in range(len(terms)):
        labels, k = _einsum_labels(terms[i], operands[i].dim(), i, 0, False)
        seen = []
        for j in range(len(labels)):
            lab = labels[j]
            if lab in seen:
                raise NotImplementedError("not supported by the playground yet: einsum with a subscript repeated "
                                          "in one operand ('" + terms[i] + "')")
            seen.append(lab)
            size = operands[i].size(j)
            if not lab.startswith(".") and lab in label_size and label_size[lab] != size:
                if label_size[lab] != 1 and size != 1:
                    raise RuntimeError("einsum(): subscript " + lab + " has size " + str(size) + " for operand " +
                                       str(i) + " which does not broadcast with previously seen size " +
                                       str(label_size[lab]))
            if lab not in label_size or label_size[lab] == 1:
                label_size[lab] = size
        op_labels.append(labels)
        n_ell = max(n_ell, k)
    ell = ["." + str(n_ell - 1 - k) for k in range(n_ell)]
    counts = {}
    for labels in op_labels:
        for lab in labels:
            counts[lab] = counts.get(lab, 0) + 1
    if arrow < 0:
        # Implicit output: the ellipsis dims, then the labels seen exactly once, in sorted order.
        output = ell + sorted([lab for lab in counts if counts[lab] == 1 and not lab.startswith(".")])
    else:
        rhs = eq[arrow + 2:]
        output = []
        i = 0
        while i < len(rhs):
            ch = rhs[i]
            if ch == ".":
                if rhs[i:i + 3] != "..." or "..." in output:
                    raise RuntimeError("einsum(): found '.' for output but an ellipsis (...) was already found")
                output.append("...")
                i += 3
                continue
            if not (("a" <= ch <= "z") or ("A" <= ch <= "Z")):
                raise RuntimeError("einsum(): invalid subscript given at index " + str(len(lhs) + 2 + i) +
                                   " in the equation string, subscripts must be in [a-zA-Z]")
            if ch in output:
                raise RuntimeError("einsum(): output subscript " + ch + " appears more than once in the output")
            if ch not in counts:
                raise RuntimeError("einsum(): output subscript " + ch +
                                   " does not appear in the equation for any input operand")
            output.append(ch)
            i += 1
        expanded = []
        for lab in output:
            if lab == "...":
                expanded = expanded + ell
            else:
                expanded.append(lab)
        if "..." not in output:
            # Without an ellipsis in the output, the ellipsis dims are summed.
            pass
        output = expanded
    contracted = []
    for labels in op_labels:
        for lab in labels:
            if lab not in output and lab not in contracted:
                contracted.append(lab)
    for lab in ell:
        if lab not in output and lab not in contracted:
            contracted.append(lab)
    order = output + contracted
    # Align every operand to `order` (size 1 where it has no such label).
    aligned = []
    for i in range(len(operands)):
        t = operands[i]
        labels = op_labels[i]
        perm = [labels.index(lab) for lab in order if lab in labels]
        t = t.permute(perm)
        sizes = []
        j = 0
        for lab in order:
            if lab in labels:
                sizes.append(t.size(j))
                j += 1
            else:
                sizes.append(1)
        aligned.append(t.reshape(sizes))
    n_out = len(output)
    for d in range(len(order)):
        size = 1
        for t in aligned:
            s = t.size(d)
            if s != 1:
                if size != 1 and s != size:
                    shapes = " ".join([str(list(operands[k].shape)) + "->" + str(list(aligned[k].shape))
                                       for k in range(len(operands))])
                    raise RuntimeError("einsum(): operands do not broadcast with remapped shapes (original->remapped): "
                                       + shapes)
                size = s
    if len(aligned) == 1:
        result = aligned[0]
        if len(order) > n_out:
            return result.sum(list(range(n_out, len(order))))
        return result
    # Contracted dims present in one operand only are summed in it first.
    first_sum = []
    for d in range(n_out, len(order)):
        if aligned[0].size(d) != 1 and all(aligned[k].size(d) == 1 for k in range(1, len(aligned))):
            first_sum.append(d)
    result = _sum_keep(aligned[0], first_sum)
    for k in range(1, len(aligned)):
        right = aligned[k]
        sum_dims = []
        for d in range(n_out, len(order)):
            later = any(aligned[j].size(d) != 1 for j in range(k + 1, len(aligned)))
            if not later:
                sum_dims.append(d)
        result = _sumproduct_pair(result, right, sum_dims)
    if len(order) > n_out:
        sizes = [result.size(d) for d in range(n_out)]
        return result.view(sizes)
    return result

