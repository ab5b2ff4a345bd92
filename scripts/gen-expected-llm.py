#!/usr/bin/env python3
"""Expected values for the large-model op table (tril/triu, cumsum, topk,
scaled dot-product attention, 4-D batched matmul), computed with numpy
independently of webtorch.

Writes test/fixtures/llm-cases.json in the format of scripts/gen-expected.py:
inputs, expected output (float64 math on the float32 inputs) and the gradient
of sum(output * cotangent) for each float input by central finite differences.

Run: python3 scripts/gen-expected-llm.py   (numpy only; the output is committed)
"""
import json
import math
import os

import numpy as np

from expected_common import as64, enc, numeric_grad

rng = np.random.default_rng(20261130)
np.seterr(divide="ignore", invalid="ignore", over="ignore")
CASES = []


def R(*shape, lo=-2.0, hi=2.0):
    return rng.uniform(lo, hi, size=shape).astype(np.float32)


def I(*shape, lo=-5, hi=5):
    return rng.integers(lo, hi, size=shape).astype(np.int32)








def case(name, op, inputs, fn, kwargs=None, grad=True, atol=1e-5, rtol=1e-4, grad_atol=2e-4, grad_rtol=2e-3, grad_inputs=None):
    """grad_inputs: the float inputs to check gradients for (default all; modules load the rest as weights)."""
    out = np.asarray(fn(as64(inputs)))
    entry = {
        "name": name,
        "op": op,
        "kwargs": kwargs or {},
        "inputs": {k: enc(v) for k, v in inputs.items()},
        "inputOrder": list(inputs.keys()),
        "expected": enc(out),
        "atol": atol,
        "rtol": rtol,
    }
    float_inputs = grad_inputs or [k for k, v in inputs.items() if v.dtype == np.float32]
    if grad and float_inputs and out.dtype == np.float64:
        cot = rng.uniform(-1, 1, size=out.shape).astype(np.float32).astype(np.float64)
        entry["cotangent"] = enc(cot.astype(np.float32))
        entry["grads"] = {k: enc(numeric_grad(fn, inputs, k, cot)) for k in float_inputs}
        entry["gradAtol"] = grad_atol
        entry["gradRtol"] = grad_rtol
    CASES.append(entry)


# ---------------------------------------------------------------- tril / triu
for d in (0, 1, -1, 3):
    case(f"tril_d{d}", "tril", {"x": R(3, 4)}, lambda i, d=d: np.tril(i["x"], d), kwargs={"diagonal": d})
    case(f"triu_d{d}", "triu", {"x": R(3, 4)}, lambda i, d=d: np.triu(i["x"], d), kwargs={"diagonal": d})
case("tril_batched", "tril", {"x": R(2, 3, 3)}, lambda i: np.tril(i["x"]), kwargs={"diagonal": 0})
case("triu_wide_batched", "triu", {"x": R(2, 2, 5)}, lambda i: np.triu(i["x"], 2), kwargs={"diagonal": 2})
case("tril_int", "tril", {"x": I(3, 3)}, lambda i: np.tril(i["x"]), kwargs={"diagonal": 0})

# ---------------------------------------------------------------- cumsum
case("cumsum_dim1", "cumsum", {"x": R(3, 5)}, lambda i: np.cumsum(i["x"], 1), kwargs={"dim": 1})
case("cumsum_dim0", "cumsum", {"x": R(4, 3)}, lambda i: np.cumsum(i["x"], 0), kwargs={"dim": 0})
case("cumsum_3d_mid", "cumsum", {"x": R(2, 7, 3)}, lambda i: np.cumsum(i["x"], 1), kwargs={"dim": 1})
case("cumsum_neg_dim", "cumsum", {"x": R(2, 9)}, lambda i: np.cumsum(i["x"], -1), kwargs={"dim": -1})
case("cumsum_len1", "cumsum", {"x": R(3, 1)}, lambda i: np.cumsum(i["x"], 1), kwargs={"dim": 1})
case("cumsum_int", "cumsum", {"x": I(2, 6)}, lambda i: np.cumsum(i["x"], 1).astype(np.int32), kwargs={"dim": 1})


# ---------------------------------------------------------------- topk
def np_topk(x, k, dim, largest):
    # Stable sort by key; descending for largest with NaN first (PyTorch treats NaN as largest).
    key = -x if largest else x
    key = np.where(np.isnan(x), -np.inf, key)
    idx = np.argsort(key, axis=dim, kind="stable")
    idx = np.take(idx, np.arange(k), axis=dim)
    return np.take_along_axis(x, idx, axis=dim), idx.astype(np.int32)


tk = R(3, 6)
case("topk_values", "topk_values", {"x": tk}, lambda i: np_topk(i["x"], 3, -1, True)[0], kwargs={"k": 3, "dim": -1})
case("topk_indices", "topk_indices", {"x": tk}, lambda i: np_topk(i["x"], 3, -1, True)[1], kwargs={"k": 3, "dim": -1})
tk0 = R(5, 4)
case("topk_dim0_values", "topk_values", {"x": tk0}, lambda i: np_topk(i["x"], 2, 0, True)[0], kwargs={"k": 2, "dim": 0})
case("topk_dim0_indices", "topk_indices", {"x": tk0}, lambda i: np_topk(i["x"], 2, 0, True)[1], kwargs={"k": 2, "dim": 0})
case("topk_smallest_values", "topk_values", {"x": tk}, lambda i: np_topk(i["x"], 2, 1, False)[0], kwargs={"k": 2, "dim": 1, "largest": False})
case("topk_smallest_indices", "topk_indices", {"x": tk}, lambda i: np_topk(i["x"], 2, 1, False)[1], kwargs={"k": 2, "dim": 1, "largest": False})
case("topk_all", "topk_values", {"x": R(2, 4)}, lambda i: np_topk(i["x"], 4, 1, True)[0], kwargs={"k": 4, "dim": 1})
special = np.array([[1.0, -np.inf, np.nan, -np.inf, 2.0]], dtype=np.float32)
case("topk_nan_inf_indices", "topk_indices", {"x": special}, lambda i: np_topk(i["x"], 5, 1, True)[1], kwargs={"k": 5, "dim": 1}, grad=False)
case("topk_int_values", "topk_values", {"x": np.array([[3, 9, -1, 4]], dtype=np.int32)},
     lambda i: np_topk(i["x"], 2, 1, True)[0], kwargs={"k": 2, "dim": 1})


# ---------------------------------------------------------------- attention
def softmax(x):
    m = np.max(x, axis=-1, keepdims=True)
    m = np.where(np.isneginf(m), 0, m)
    e = np.exp(x - m)
    s = np.sum(e, axis=-1, keepdims=True)
    return np.where(s == 0, 0, e / np.where(s == 0, 1, s))


def sdpa(q, k, v, mask=None, causal=False, scale=None):
    L, S = q.shape[-2], k.shape[-2]
    scale = 1 / math.sqrt(q.shape[-1]) if scale is None else scale
    scores = q @ np.swapaxes(k, -1, -2) * scale
    if causal:
        scores = np.where(np.tril(np.ones((L, S), dtype=bool)), scores, -np.inf)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf) if mask.dtype == np.bool_ else scores + mask
    return softmax(scores) @ v


q, k, v = R(2, 3, 4), R(2, 5, 4), R(2, 5, 3)
case("sdpa_basic", "sdpa", {"q": q, "k": k, "v": v}, lambda i: sdpa(i["q"], i["k"], i["v"]))
case("sdpa_scale", "sdpa", {"q": q, "k": k, "v": v}, lambda i: sdpa(i["q"], i["k"], i["v"], scale=0.3), kwargs={"scale": 0.3})
qc, kc, vc = R(1, 2, 4, 3), R(1, 2, 4, 3), R(1, 2, 4, 2)
case("sdpa_causal_4d", "sdpa", {"q": qc, "k": kc, "v": vc}, lambda i: sdpa(i["q"], i["k"], i["v"], causal=True), kwargs={"isCausal": True})
qr, kr, vr = R(1, 5, 2), R(1, 3, 2), R(1, 3, 2)
case("sdpa_causal_rect", "sdpa", {"q": qr, "k": kr, "v": vr}, lambda i: sdpa(i["q"], i["k"], i["v"], causal=True), kwargs={"isCausal": True})
bm = np.array([[True, True, False, True, False], [True, False, False, False, True], [False, True, True, True, True]])
case("sdpa_bool_mask", "sdpa_mask", {"q": q, "k": k, "v": v, "m": bm}, lambda i: sdpa(i["q"], i["k"], i["v"], mask=i["m"]))
# Key padding as a [B, 1, S] mask, one query row fully masked out in batch 1 via a [B, L, S] mask.
pad = np.ones((2, 3, 5), dtype=bool)
pad[0, :, 3:] = False
pad[1, 1, :] = False
case("sdpa_padding_fully_masked_row", "sdpa_mask", {"q": q, "k": k, "v": v, "m": pad}, lambda i: sdpa(i["q"], i["k"], i["v"], mask=i["m"]))
fm = R(3, 5, lo=-1, hi=1)
case("sdpa_float_mask", "sdpa_mask", {"q": q, "k": k, "v": v, "m": fm}, lambda i: sdpa(i["q"], i["k"], i["v"], mask=i["m"]))

# ---------------------------------------------------------------- batched matmul over 4-D operands
case("matmul_4d", "matmul", {"a": R(2, 3, 4, 5), "b": R(2, 3, 5, 2)}, lambda i: i["a"] @ i["b"])
case("matmul_4d_broadcast", "matmul", {"a": R(2, 1, 4, 5), "b": R(3, 5, 2)}, lambda i: i["a"] @ i["b"])
case("matmul_4d_transposed", "matmul_kt", {"a": R(2, 2, 3, 4), "b": R(2, 2, 5, 4)}, lambda i: i["a"] @ np.swapaxes(i["b"], -1, -2))


# ---------------------------------------------------------------- nn modules (weights by PyTorch state-dict key)
def lin(x, w, b=None):
    y = x @ w.T
    return y if b is None else y + b


def layer_norm(x, w, b, eps=1e-5):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def mha(i, p, q, k, v, H, attn_mask=None, kpm=None, batch_first=False):
    """PyTorch's multi_head_attention_forward (no dropout). Returns (out, head-averaged weights)."""
    if not batch_first:
        q, k, v = (np.swapaxes(t, 0, 1) for t in (q, k, v))
    N, L, E = q.shape
    S = k.shape[1]
    B = i[p + "in_proj_bias"]
    if p + "in_proj_weight" in i:
        W = i[p + "in_proj_weight"]
        Wq, Wk, Wv = W[:E], W[E:2 * E], W[2 * E:]
    else:
        Wq, Wk, Wv = i[p + "q_proj_weight"], i[p + "k_proj_weight"], i[p + "v_proj_weight"]
    qp, kp, vp = lin(q, Wq, B[:E]), lin(k, Wk, B[E:2 * E]), lin(v, Wv, B[2 * E:])
    hd = E // H
    heads = lambda t, n: t.reshape(N, n, H, hd).transpose(0, 2, 1, 3)
    scores = heads(qp, L) @ np.swapaxes(heads(kp, S), -1, -2) / math.sqrt(hd)
    if attn_mask is not None:
        scores = scores + np.where(attn_mask, -np.inf, 0) if attn_mask.dtype == np.bool_ else scores + attn_mask
    if kpm is not None:
        scores = scores + np.where(kpm, -np.inf, 0)[:, None, None, :]
    w = softmax(scores)
    out = (w @ heads(vp, S)).transpose(0, 2, 1, 3).reshape(N, L, E)
    out = lin(out, i[p + "out_proj.weight"], i[p + "out_proj.bias"])
    if not batch_first:
        out = np.swapaxes(out, 0, 1)
    return out, w.mean(1)


def mha_params(prefix, E):
    b = 1 / math.sqrt(E)
    return {prefix + "in_proj_weight": R(3 * E, E, lo=-b * 2, hi=b * 2), prefix + "in_proj_bias": R(3 * E, lo=-0.5, hi=0.5),
            prefix + "out_proj.weight": R(E, E, lo=-b, hi=b), prefix + "out_proj.bias": R(E, lo=-0.5, hi=0.5)}


E, H = 4, 2
xq, xk = R(3, 2, E), R(5, 2, E)
pm = mha_params("", E)
case("mha_self", "mha", {"q": xq, **pm}, lambda i: mha(i, "", i["q"], i["q"], i["q"], H)[0],
     kwargs={"E": E, "H": H}, grad_inputs=["q"])
case("mha_self_weights", "mha_weights", {"q": xq, **pm}, lambda i: mha(i, "", i["q"], i["q"], i["q"], H)[1],
     kwargs={"E": E, "H": H}, grad_inputs=["q"])
causal = ~np.tril(np.ones((3, 3), dtype=bool))
case("mha_causal_mask", "mha", {"q": xq, "am": causal, **pm}, lambda i: mha(i, "", i["q"], i["q"], i["q"], H, attn_mask=i["am"])[0],
     kwargs={"E": E, "H": H, "isCausal": True}, grad_inputs=["q"])
kpm = np.array([[False, False, False, True, True], [False, True, False, False, False]])
case("mha_cross_padding", "mha_cross", {"q": xq, "k": xk, "kpm": kpm, **pm},
     lambda i: mha(i, "", i["q"], i["k"], i["k"], H, kpm=i["kpm"])[0], kwargs={"E": E, "H": H}, grad_inputs=["q", "k"])
case("mha_cross_padding_weights", "mha_cross_weights", {"q": xq, "k": xk, "kpm": kpm, **pm},
     lambda i: mha(i, "", i["q"], i["k"], i["k"], H, kpm=i["kpm"])[1], kwargs={"E": E, "H": H}, grad_inputs=["q"])
xb = R(2, 3, E)
case("mha_batch_first_float_mask", "mha", {"q": xb, "am": R(3, 3, lo=-1, hi=1), **pm},
     lambda i: mha(i, "", i["q"], i["q"], i["q"], H, attn_mask=i["am"], batch_first=True)[0],
     kwargs={"E": E, "H": H, "batchFirst": True}, grad_inputs=["q"])

pkv = {"q_proj_weight": R(E, E, lo=-0.7, hi=0.7), "k_proj_weight": R(E, 3, lo=-0.7, hi=0.7), "v_proj_weight": R(E, 5, lo=-0.7, hi=0.7),
       "in_proj_bias": R(3 * E, lo=-0.5, hi=0.5), "out_proj.weight": R(E, E, lo=-0.5, hi=0.5), "out_proj.bias": R(E, lo=-0.5, hi=0.5)}
case("mha_kdim_vdim", "mha_kv", {"q": xq, "k": R(5, 2, 3), "v": R(5, 2, 5), **pkv},
     lambda i: mha(i, "", i["q"], i["k"], i["v"], H)[0], kwargs={"E": E, "H": H, "kdim": 3, "vdim": 5}, grad_inputs=["q", "k", "v"])


def ln_params(prefix, E):
    return {prefix + "weight": R(E, lo=0.5, hi=1.5), prefix + "bias": R(E, lo=-0.5, hi=0.5)}


def lin_params(prefix, o, n):
    b = 1 / math.sqrt(n)
    return {prefix + "weight": R(o, n, lo=-b, hi=b), prefix + "bias": R(o, lo=-b, hi=b)}


FF = 6
enc_p = {**mha_params("self_attn.", E), **lin_params("linear1.", FF, E), **lin_params("linear2.", E, FF), **ln_params("norm1.", E), **ln_params("norm2.", E)}


def encoder(i, x, norm_first, mask=None, act=lambda t: np.maximum(t, 0), kpm=None):
    sa = lambda t: mha(i, "self_attn.", t, t, t, H, attn_mask=mask, kpm=kpm)[0]
    ff = lambda t: lin(act(lin(t, i["linear1.weight"], i["linear1.bias"])), i["linear2.weight"], i["linear2.bias"])
    n1 = lambda t: layer_norm(t, i["norm1.weight"], i["norm1.bias"])
    n2 = lambda t: layer_norm(t, i["norm2.weight"], i["norm2.bias"])
    if norm_first:
        x = x + sa(n1(x))
        return x + ff(n2(x))
    x = n1(x + sa(x))
    return n2(x + ff(x))


gelu_np = lambda t: 0.5 * t * (1 + np.vectorize(math.erf)(t / math.sqrt(2)))
case("encoder_post_norm", "encoder", {"x": xq, **enc_p}, lambda i: encoder(i, i["x"], False), kwargs={"E": E, "H": H, "FF": FF}, grad_inputs=["x"])
case("encoder_pre_norm_causal_gelu", "encoder", {"x": xq, "am": causal, **enc_p}, lambda i: encoder(i, i["x"], True, i["am"], gelu_np),
     kwargs={"E": E, "H": H, "FF": FF, "normFirst": True, "gelu": True, "isCausal": True}, grad_inputs=["x"])

case("encoder_padding_mask", "encoder_kpm", {"x": xq, "kpm": kpm[:, :3], **enc_p}, lambda i: encoder(i, i["x"], False, kpm=i["kpm"]),
     kwargs={"E": E, "H": H, "FF": FF}, grad_inputs=["x"])

dec_p = {**mha_params("self_attn.", E), **mha_params("multihead_attn.", E), **lin_params("linear1.", FF, E), **lin_params("linear2.", E, FF),
         **ln_params("norm1.", E), **ln_params("norm2.", E), **ln_params("norm3.", E)}


def decoder(i, x, mem, norm_first, mask=None):
    sa = lambda t: mha(i, "self_attn.", t, t, t, H, attn_mask=mask)[0]
    ca = lambda t: mha(i, "multihead_attn.", t, mem, mem, H)[0]
    ff = lambda t: lin(np.maximum(lin(t, i["linear1.weight"], i["linear1.bias"]), 0), i["linear2.weight"], i["linear2.bias"])
    n = lambda k, t: layer_norm(t, i[f"norm{k}.weight"], i[f"norm{k}.bias"])
    if norm_first:
        x = x + sa(n(1, x))
        x = x + ca(n(2, x))
        return x + ff(n(3, x))
    x = n(1, x + sa(x))
    x = n(2, x + ca(x))
    return n(3, x + ff(x))


case("decoder_post_norm_causal", "decoder", {"x": xq, "mem": xk, "am": causal, **dec_p}, lambda i: decoder(i, i["x"], i["mem"], False, i["am"]),
     kwargs={"E": E, "H": H, "FF": FF, "isCausal": True}, grad_inputs=["x", "mem"])
case("decoder_pre_norm", "decoder", {"x": xq, "mem": xk, **dec_p}, lambda i: decoder(i, i["x"], i["mem"], True),
     kwargs={"E": E, "H": H, "FF": FF, "normFirst": True}, grad_inputs=["x", "mem"])


# ---------------------------------------------------------------- recurrent layers (PyTorch's documented equations)
def sig(t):
    return 1 / (1 + np.exp(-t))


def rnn_cell(mode, x, state, w_ih, w_hh, b_ih, b_hh):
    gi, gh = lin(x, w_ih, b_ih), lin(state[0], w_hh, b_hh)
    if mode == "RNN":
        return [np.tanh(gi + gh)]
    if mode == "RNN_RELU":
        return [np.maximum(gi + gh, 0)]
    if mode == "LSTM":
        i_, f_, g_, o_ = np.split(gi + gh, 4, -1)
        c = sig(f_) * state[1] + sig(i_) * np.tanh(g_)
        return [sig(o_) * np.tanh(c), c]
    r_i, z_i, n_i = np.split(gi, 3, -1)
    r_h, z_h, n_h = np.split(gh, 3, -1)
    r, z = sig(r_i + r_h), sig(z_i + z_h)
    n = np.tanh(n_i + r * n_h)
    return [(1 - z) * n + z * state[0]]


def rnn_params(mode, In, Hd, layers, bidir):
    g = {"RNN": 1, "LSTM": 4, "GRU": 3}[mode] * Hd
    b = 1 / math.sqrt(Hd)
    out = {}
    for l in range(layers):
        for sfx in (["", "_reverse"] if bidir else [""]):
            n_in = In if l == 0 else Hd * (2 if bidir else 1)
            out[f"weight_ih_l{l}{sfx}"] = R(g, n_in, lo=-b, hi=b)
            out[f"weight_hh_l{l}{sfx}"] = R(g, Hd, lo=-b, hi=b)
            out[f"bias_ih_l{l}{sfx}"] = R(g, lo=-b, hi=b)
            out[f"bias_hh_l{l}{sfx}"] = R(g, lo=-b, hi=b)
    return out


def run_rnn(mode, i, x, Hd, layers, bidir, pick, h0=None):
    L, N, _ = x.shape
    D = 2 if bidir else 1
    finals = []
    inp = x
    for l in range(layers):
        outs = []
        for d in range(D):
            sfx = "_reverse" if d else ""
            state = [np.zeros((N, Hd))] * (2 if mode == "LSTM" else 1)
            if h0 is not None:
                state = [h0[l * D + d]]
            hs = [None] * L
            for step in range(L):
                t = step if d == 0 else L - 1 - step
                state = rnn_cell(mode, inp[t], state, i[f"weight_ih_l{l}{sfx}"], i[f"weight_hh_l{l}{sfx}"], i[f"bias_ih_l{l}{sfx}"], i[f"bias_hh_l{l}{sfx}"])
                hs[t] = state[0]
            outs.append(np.stack(hs))
            finals.append(state)
        inp = np.concatenate(outs, -1)
    if pick == "output":
        return inp
    return np.stack([s[0 if pick == "h" else 1] for s in finals])


for mode in ("RNN", "LSTM", "GRU"):
    xs = R(4, 2, 3, lo=-1, hi=1)
    for layers, bidir in ((1, False), (2, True)):
        pr = rnn_params(mode, 3, 5, layers, bidir)
        tag = f"{mode.lower()}_l{layers}{'_bi' if bidir else ''}"
        kw = {"mode": mode, "In": 3, "Hd": 5, "layers": layers, "bidir": bidir}
        case(f"{tag}_output", "rnn", {"x": xs, **pr}, lambda i, m=mode, l=layers, b=bidir: run_rnn(m, i, i["x"], 5, l, b, "output"),
             kwargs={**kw, "pick": "output"}, grad_inputs=["x"])
        case(f"{tag}_h_n", "rnn", {"x": xs, **pr}, lambda i, m=mode, l=layers, b=bidir: run_rnn(m, i, i["x"], 5, l, b, "h"),
             kwargs={**kw, "pick": "h"}, grad_inputs=["x"])
        if mode == "LSTM":
            case(f"{tag}_c_n", "rnn", {"x": xs, **pr}, lambda i, l=layers, b=bidir: run_rnn("LSTM", i, i["x"], 5, l, b, "c"),
                 kwargs={**kw, "pick": "c"}, grad_inputs=["x"])

xs = R(4, 2, 3, lo=-1, hi=1)
pr = rnn_params("RNN", 3, 5, 2, False)
h0 = R(2, 2, 5, lo=-1, hi=1)
case("rnn_relu_h0_batch_first", "rnn_relu_h0", {"x": np.swapaxes(xs, 0, 1).copy(), "h0": h0, **pr},
     lambda i: np.swapaxes(run_rnn("RNN_RELU", i, np.swapaxes(i["x"], 0, 1), 5, 2, False, "output", h0=i["h0"]), 0, 1),
     kwargs={"In": 3, "Hd": 5, "layers": 2}, grad_inputs=["x", "h0"])

os.makedirs("test/fixtures", exist_ok=True)
with open("test/fixtures/llm-cases.json", "w") as f:
    json.dump({"generator": "scripts/gen-expected-llm.py (numpy " + np.__version__ + ")", "cases": CASES}, f, indent=None, separators=(",", ":"))
print(f"wrote {len(CASES)} cases")
