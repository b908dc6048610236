# torch._VF: the recurrent functions of ATen that torch/nn/modules/rnn.py calls (_VF.lstm, gru,
# rnn_tanh, rnn_relu and lstm_cell, gru_cell, rnn_tanh_cell, rnn_relu_cell), written after
# aten/src/ATen/native/RNN.cpp's CPU path with the same tensor ops in the same order, so that
# values and gradients are PyTorch's bit for bit (docs/eager-semantics.md "Recurrent layers").
# Dynamo records a call of one of them as one torch.NAME node, as it does for PyTorch's C
# functions (core/dynamo/variables/builder.cpp in_graph_python_function).
import torch
from torch.nn import functional as F


# SimpleCell / LSTMCell / GRUCell with pre_compute_input: `input` is the step's slice of
# linear_ih(whole sequence); otherwise linear_ih(input) is computed here (the *_cell functions).
def _simple_cell(nonlinearity, input, hidden, w_ih, w_hh, b_ih, b_hh, pre_compute_input):
    igates = input if pre_compute_input else F.linear(input, w_ih, b_ih)
    return nonlinearity(F.linear(hidden, w_hh, b_hh) + igates)


def _lstm_cell(input, hidden, w_ih, w_hh, b_ih, b_hh, pre_compute_input):
    hx, cx = hidden
    igates = input if pre_compute_input else F.linear(input, w_ih, b_ih)
    gates = F.linear(hx, w_hh, b_hh) + igates
    ingate, forgetgate, cellgate, outgate = gates.chunk(4, 1)
    ingate = ingate.sigmoid()
    forgetgate = forgetgate.sigmoid()
    cellgate = cellgate.tanh()
    outgate = outgate.sigmoid()
    cy = (forgetgate * cx) + (ingate * cellgate)
    hy = outgate * cy.tanh()
    return (hy, cy)


def _gru_cell(input, hidden, w_ih, w_hh, b_ih, b_hh, pre_compute_input):
    chunked_igates = (input if pre_compute_input else F.linear(input, w_ih, b_ih)).chunk(3, 1)
    chunked_hgates = F.linear(hidden, w_hh, b_hh).chunk(3, 1)
    reset_gate = (chunked_hgates[0] + chunked_igates[0]).sigmoid()
    input_gate = (chunked_hgates[1] + chunked_igates[1]).sigmoid()
    new_gate = chunked_igates[2].add(chunked_hgates[2] * reset_gate).tanh()
    return (hidden - new_gate) * input_gate + new_gate


def _cell_fn(mode):
    if mode == "LSTM":
        return _lstm_cell
    if mode == "GRU":
        return _gru_cell
    if mode == "RNN_RELU":
        return lambda *a: _simple_cell(torch.relu, *a)
    return lambda *a: _simple_cell(torch.tanh, *a)


def _hidden_as_output(hidden):
    return hidden[0] if isinstance(hidden, tuple) else hidden


# FullLayer: the input projection of the whole sequence at once, then one cell call per step.
def _full_layer(cell, input, hidden, params, reverse):
    w_ih, w_hh, b_ih, b_hh = params
    step_inputs = list(F.linear(input, w_ih, b_ih).unbind(0))
    if reverse:
        step_inputs.reverse()
    step_outputs = []
    for step in step_inputs:
        hidden = cell(step, hidden, w_ih, w_hh, b_ih, b_hh, True)
        step_outputs.append(_hidden_as_output(hidden))
    if not step_outputs:
        raise RuntimeError("Expected sequence length to be larger than 0 in RNN")
    if reverse:
        step_outputs.reverse()
    return torch.stack(step_outputs, 0), hidden


# hidden_slice / hidden_concat of a hidden state (a tensor, or LSTM's (h, c) pair).
def _hidden_slice(t, start, end):
    if isinstance(t, tuple):
        return (t[0].narrow(0, start, end - start), t[1].narrow(0, start, end - start))
    return t.narrow(0, start, end - start)


def _hidden_concat(hiddens):
    if isinstance(hiddens[0], tuple):
        return (torch.cat([h[0] for h in hiddens], 0), torch.cat([h[1] for h in hiddens], 0))
    return torch.cat(hiddens, 0)


# PackedLayer: the input projection of all packed rows at once, then one cell call per time step
# over the first batch_sizes[i] rows; the states of sequences that ended are set aside and put
# back in batch order at the end.
def _packed_layer(cell, data, batch_sizes, input_hidden, params):
    w_ih, w_hh, b_ih, b_hh = params
    step_outputs = []
    hiddens = []
    input_offset = 0
    num_steps = len(batch_sizes)
    last_batch_size = batch_sizes[0]
    input_w = F.linear(data, w_ih, b_ih)
    hidden = input_hidden
    for i in range(num_steps):
        batch_size = batch_sizes[i]
        step_input = input_w.narrow(0, input_offset, batch_size)
        input_offset += batch_size
        dec = last_batch_size - batch_size
        if dec > 0:
            hiddens.append(_hidden_slice(hidden, last_batch_size - dec, last_batch_size))
            hidden = _hidden_slice(hidden, 0, last_batch_size - dec)
        last_batch_size = batch_size
        hidden = cell(step_input, hidden, w_ih, w_hh, b_ih, b_hh, True)
        step_outputs.append(_hidden_as_output(hidden))
    hiddens.append(hidden)
    hiddens.reverse()
    return torch.cat(step_outputs, 0), _hidden_concat(hiddens)


# ReversedPackedLayer: from the last time step back, adding the initial states of the sequences
# that start taking part.
def _reversed_packed_layer(cell, data, batch_sizes, input_hidden, params):
    w_ih, w_hh, b_ih, b_hh = params
    step_outputs = []
    input_offset = data.size(0)
    num_steps = len(batch_sizes)
    last_batch_size = batch_sizes[num_steps - 1]
    input_w = F.linear(data, w_ih, b_ih)
    hidden = _hidden_slice(input_hidden, 0, batch_sizes[num_steps - 1])
    for i in range(num_steps - 1, -1, -1):
        batch_size = batch_sizes[i]
        inc = batch_size - last_batch_size
        if inc > 0:
            hidden = _hidden_concat([hidden, _hidden_slice(input_hidden, last_batch_size, batch_size)])
        step_input = input_w.narrow(0, input_offset - batch_size, batch_size)
        input_offset -= batch_size
        last_batch_size = batch_size
        hidden = cell(step_input, hidden, w_ih, w_hh, b_ih, b_hh, True)
        step_outputs.append(_hidden_as_output(hidden))
    step_outputs.reverse()
    return torch.cat(step_outputs, 0), hidden


# _rnn_impl over PackedLayer / PackedBidirectionalLayer.
def _packed_rnn_impl(mode, data, batch_sizes, params, hiddens, num_layers, dropout_p, train, bidirectional):
    cell = _cell_fn(mode)
    batch_sizes = batch_sizes.tolist()
    final_hiddens = []
    layer_input = data
    for layer in range(num_layers):
        if bidirectional:
            fw_output, fw_hidden = _packed_layer(cell, layer_input, batch_sizes, hiddens[2 * layer], params[2 * layer])
            rev_output, rev_hidden = _reversed_packed_layer(cell, layer_input, batch_sizes, hiddens[2 * layer + 1],
                                                            params[2 * layer + 1])
            layer_output = torch.cat([fw_output, rev_output], -1)
            final_hiddens.append(fw_hidden)
            final_hiddens.append(rev_hidden)
        else:
            layer_output, hidden = _packed_layer(cell, layer_input, batch_sizes, hiddens[layer], params[layer])
            final_hiddens.append(hidden)
        layer_input = layer_output
        if dropout_p != 0 and train and layer < num_layers - 1:
            layer_input = F.dropout(layer_input, dropout_p, True)
    return layer_input, final_hiddens


# _rnn_impl: apply_layer_stack over FullLayer or FullBidirectionalLayer; dropout between layers.
def _rnn_impl(mode, input, params, hiddens, num_layers, dropout_p, train, bidirectional):
    cell = _cell_fn(mode)
    final_hiddens = []
    layer_input = input
    d = 2 if bidirectional else 1
    for layer in range(num_layers):
        if bidirectional:
            fw_output, fw_hidden = _full_layer(cell, layer_input, hiddens[2 * layer], params[2 * layer], False)
            rev_output, rev_hidden = _full_layer(cell, layer_input, hiddens[2 * layer + 1], params[2 * layer + 1],
                                                 True)
            layer_output = torch.cat([fw_output, rev_output], fw_output.dim() - 1)
            final_hiddens.append(fw_hidden)
            final_hiddens.append(rev_hidden)
        else:
            layer_output, hidden = _full_layer(cell, layer_input, hiddens[layer], params[layer], False)
            final_hiddens.append(hidden)
        layer_input = layer_output
        if dropout_p != 0 and train and layer < num_layers - 1:
            layer_input = F.dropout(layer_input, dropout_p, True)
    return layer_input, final_hiddens


def _gather_params(flat, has_biases):
    result = []
    step = 4 if has_biases else 2
    for i in range(0, len(flat), step):
        if has_biases:
            result.append((flat[i], flat[i + 1], flat[i + 2], flat[i + 3]))
        else:
            result.append((flat[i], flat[i + 1], None, None))
    return result


# ONE_HIDDEN_RNN(rnn_tanh / rnn_relu / gru): the (input, hx, params, ...) overload.
def _one_hidden_rnn(mode, _input, hx, flat_params, has_biases, num_layers, dropout_p, train, bidirectional,
                    batch_first):
    input = _input.transpose(0, 1) if batch_first else _input
    params = _gather_params(flat_params, has_biases)
    output, final_hiddens = _rnn_impl(mode, input, params, list(hx.unbind(0)), num_layers, dropout_p, train,
                                      bidirectional)
    hy = torch.stack(final_hiddens, 0)
    if batch_first:
        output.transpose_(0, 1)
    return output, hy


# lstm(input, hx, params, ...) through _lstm_impl.
def _lstm(_input, hx, flat_params, has_biases, num_layers, dropout_p, train, bidirectional, batch_first):
    input = _input.transpose(0, 1) if batch_first else _input
    params = _gather_params(flat_params, has_biases)
    layer_hx = hx[0].unbind(0)
    layer_cx = hx[1].unbind(0)
    hiddens = [(layer_hx[i], layer_cx[i]) for i in range(len(layer_hx))]
    output, final_hiddens = _rnn_impl("LSTM", input, params, hiddens, num_layers, dropout_p, train, bidirectional)
    hy = torch.stack([h[0] for h in final_hiddens], 0)
    cy = torch.stack([h[1] for h in final_hiddens], 0)
    if batch_first:
        output = output.transpose(0, 1)
    return output, hy, cy


def _check_rnn_cell_forward_input(input, input_size):
    if input.size(1) != input_size:
        raise RuntimeError("input has inconsistent input_size: got " + str(input.size(1)) + " expected " +
                           str(input_size))


def _check_rnn_cell_forward_hidden(input, hx, hidden_size, hidden_label):
    if input.size(0) != hx.size(0):
        raise RuntimeError("Input batch size " + str(input.size(0)) + " doesn't match hidden" + str(hidden_label) +
                           " batch size " + str(hx.size(0)))
    if hx.size(1) != hidden_size:
        raise RuntimeError("hidden" + str(hidden_label) + " has inconsistent hidden_size: got " + str(hx.size(1)) +
                           ", expected " + str(hidden_size))




# ---- the functions of native_functions.yaml (the `input, hx, params, ...` overloads) ----

# Each has two overloads: (input, hx, params, has_biases, num_layers, dropout, train, bidirectional,
# batch_first) and, for a PackedSequence, (data, batch_sizes, hx, params, has_biases, num_layers,
# dropout, train, bidirectional); the third argument tells them apart (params or hx).
def _one_hidden_dispatch(mode, args):
    if isinstance(args[2], torch.Tensor):
        data, batch_sizes, hx, params, has_biases, num_layers, dropout_p, train, bidirectional = args
        output, final_hiddens = _packed_rnn_impl(mode, data, batch_sizes, _gather_params(params, has_biases),
                                                 list(hx.unbind(0)), num_layers, dropout_p, train, bidirectional)
        return output, torch.stack(final_hiddens, 0)
    return _one_hidden_rnn(mode, *args)


def rnn_tanh(*args):
    return _one_hidden_dispatch("RNN_TANH", args)


def rnn_relu(*args):
    return _one_hidden_dispatch("RNN_RELU", args)


def gru(*args):
    return _one_hidden_dispatch("GRU", args)


def lstm(*args):
    if isinstance(args[1], torch.Tensor):
        data, batch_sizes, hx, params, has_biases, num_layers, dropout_p, train, bidirectional = args
        if len(hx) != 2:
            raise RuntimeError("lstm expects two hidden states")
        layer_hx = hx[0].unbind(0)
        layer_cx = hx[1].unbind(0)
        hiddens = [(layer_hx[i], layer_cx[i]) for i in range(len(layer_hx))]
        output, final_hiddens = _packed_rnn_impl("LSTM", data, batch_sizes, _gather_params(params, has_biases),
                                                 hiddens, num_layers, dropout_p, train, bidirectional)
        return (output, torch.stack([h[0] for h in final_hiddens], 0), torch.stack([h[1] for h in final_hiddens], 0))
    if len(args[1]) != 2:
        raise RuntimeError("lstm expects two hidden states")
    return _lstm(*args)


def rnn_tanh_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    _check_rnn_cell_forward_input(input, w_ih.size(1))
    _check_rnn_cell_forward_hidden(input, hx, w_hh.size(1), 0)
    return _simple_cell(torch.tanh, input, hx, w_ih, w_hh, b_ih, b_hh, False)


def rnn_relu_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    _check_rnn_cell_forward_input(input, w_ih.size(1))
    _check_rnn_cell_forward_hidden(input, hx, w_hh.size(1), 0)
    return _simple_cell(torch.relu, input, hx, w_ih, w_hh, b_ih, b_hh, False)


def lstm_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    if len(hx) != 2:
        raise RuntimeError("lstm_cell expects two hidden states")
    hidden_size = w_hh.size(1)
    _check_rnn_cell_forward_input(input, w_ih.size(1))
    _check_rnn_cell_forward_hidden(input, hx[0], hidden_size, 0)
    _check_rnn_cell_forward_hidden(input, hx[1], hidden_size, 1)
    return _lstm_cell(input, (hx[0], hx[1]), w_ih, w_hh, b_ih, b_hh, False)


def gru_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    _check_rnn_cell_forward_input(input, w_ih.size(1))
    _check_rnn_cell_forward_hidden(input, hx, w_hh.size(1), 0)
    return _gru_cell(input, hx, w_ih, w_hh, b_ih, b_hh, False)
