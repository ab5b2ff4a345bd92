#!/usr/bin/env python3
"""Expected values for the nn.functional op table, computed with numpy independently of webtorch.

Writes test/fixtures/nn-cases.json in the OpCase format of scripts/gen-expected.py:
inputs, the expected output (float64 math on the float32 inputs) and the expected
gradient of sum(output * cotangent) for each float input, by central finite
differences in float64 (or analytically where the op has a kink, e.g. max
pooling routes the gradient to the first maximum of each window).

The references below are written from PyTorch's documented formulas with
explicit loops, not from webtorch's algorithms (no im2col, no bin matrices).

Run: python3 scripts/gen-expected-nn.py   (numpy only; the output is committed)
"""
import json
import math
import os

import numpy as np

from expected_common import as64, enc, numeric_grad

rng = np.random.default_rng(20261130)
CASES = []


# ---------------------------------------------------------------- helpers (as in gen-expected.py)
def R(*shape, lo=-2.0, hi=2.0):
    return rng.uniform(lo, hi, size=shape).astype(np.float32)








def case(name, op, inputs, fn, kwargs=None, grad=True, grad_names=None, analytic=None,
         atol=1e-5, rtol=1e-4, grad_atol=2e-4, grad_rtol=2e-3):
    """grad_names: the float inputs to check gradients for (default: all of them)."""
    out = np.asarray(fn(as64(inputs)), dtype=np.float64)
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
    names = grad_names if grad_names is not None else [k for k, v in inputs.items() if v.dtype == np.float32]
    if grad and names:
        cot = rng.uniform(-1, 1, size=out.shape).astype(np.float32)
        entry["cotangent"] = enc(cot)
        cot = cot.astype(np.float64)
        grads = analytic(as64(inputs), cot) if analytic else {k: numeric_grad(fn, inputs, k, cot) for k in names}
        entry["grads"] = {k: enc(v) for k, v in grads.items()}
        entry["gradAtol"] = grad_atol
        entry["gradRtol"] = grad_rtol
    CASES.append(entry)


def pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


# ---------------------------------------------------------------- conv2d
def conv2d(x, w, b=None, stride=1, padding=0, dilation=1, groups=1):
    """Direct loops over output positions and kernel taps (PyTorch's cross-correlation)."""
    if x.ndim == 3:  # unbatched [C, H, W]
        return conv2d(x[None], w, b, stride, padding, dilation, groups)[0]
    (sh, sw), (dh, dw) = pair(stride), pair(dilation)
    N, C, H, W = x.shape
    O, Cg, KH, KW = w.shape
    if padding == "same":
        th, tw = dh * (KH - 1), dw * (KW - 1)
        pads = ((th // 2, th - th // 2), (tw // 2, tw - tw // 2))
    else:
        ph, pw = pair(padding)
        pads = ((ph, ph), (pw, pw))
    xp = np.pad(x, ((0, 0), (0, 0), pads[0], pads[1]))
    Hp, Wp = xp.shape[2], xp.shape[3]
    OH = (Hp - dh * (KH - 1) - 1) // sh + 1
    OW = (Wp - dw * (KW - 1) - 1) // sw + 1
    og = O // groups
    out = np.zeros((N, O, OH, OW))
    for n in range(N):
        for o in range(O):
            g = o // og
            for oy in range(OH):
                for ox in range(OW):
                    acc = 0.0
                    for c in range(Cg):
                        for i in range(KH):
                            for j in range(KW):
                                acc += w[o, c, i, j] * xp[n, g * Cg + c, oy * sh + i * dh, ox * sw + j * dw]
                    out[n, o, oy, ox] = acc + (b[o] if b is not None else 0.0)
    return out


def conv_case(name, xs, ws, bias=True, **kw):
    inputs = {"x": R(*xs), "w": R(*ws, lo=-1, hi=1)}
    if bias:
        inputs["b"] = R(ws[0])
    case(name, "conv2d", inputs, lambda i: conv2d(i["x"], i["w"], i.get("b"), **kw), kwargs=kw, atol=1e-4, grad_atol=1e-3)


conv_case("conv2d_basic", (2, 3, 5, 5), (4, 3, 3, 3))
conv_case("conv2d_no_bias", (1, 2, 4, 4), (3, 2, 2, 2), bias=False)
conv_case("conv2d_stride_padding", (1, 2, 6, 7), (3, 2, 3, 3), stride=2, padding=1)
conv_case("conv2d_dilation", (1, 2, 7, 7), (2, 2, 3, 3), bias=False, dilation=2, padding=2)
conv_case("conv2d_groups", (2, 4, 5, 5), (6, 2, 3, 3), groups=2)
conv_case("conv2d_depthwise", (1, 3, 5, 5), (3, 1, 3, 3), padding=1, groups=3)
conv_case("conv2d_depthwise_multiplier", (1, 2, 4, 4), (4, 1, 2, 2), bias=False, groups=2)
conv_case("conv2d_nonsquare", (1, 2, 6, 5), (2, 2, 2, 3), stride=[2, 1], padding=[1, 0], dilation=[1, 2])
conv_case("conv2d_1x1", (2, 3, 3, 3), (2, 3, 1, 1))
conv_case("conv2d_same_even_kernel", (1, 2, 5, 6), (2, 2, 2, 4), padding="same")
conv_case("conv2d_unbatched", (2, 4, 4), (3, 2, 3, 3), bias=True)


# ---------------------------------------------------------------- pooling
def pool_out(size, k, s, p, d, ceil):
    out = (size + 2 * p - d * (k - 1) - 1 + (s - 1 if ceil else 0)) // s + 1
    if ceil and (out - 1) * s >= size + p:
        out -= 1
    return out


def max_pool(x, kernel, stride=None, padding=0, dilation=1, ceil_mode=False):
    """Returns (values, flat argmax h*W+w); the first maximum in window scan order wins, padding never does."""
    (kh, kw), (ph, pw), (dh, dw) = pair(kernel), pair(padding), pair(dilation)
    sh, sw = pair(stride if stride is not None else kernel)
    N, C, H, W = x.shape
    OH, OW = pool_out(H, kh, sh, ph, dh, ceil_mode), pool_out(W, kw, sw, pw, dw, ceil_mode)
    out = np.zeros((N, C, OH, OW))
    arg = np.zeros((N, C, OH, OW), dtype=np.int64)
    for n, c, oy, ox in np.ndindex(N, C, OH, OW):
        best, where = -np.inf, None
        for i in range(kh):
            for j in range(kw):
                y, xx = oy * sh - ph + i * dh, ox * sw - pw + j * dw
                if 0 <= y < H and 0 <= xx < W and (where is None or x[n, c, y, xx] > best):
                    best, where = x[n, c, y, xx], y * W + xx
        out[n, c, oy, ox], arg[n, c, oy, ox] = best, where
    return out, arg


def max_pool_grad(x, cot, **kw):
    _, arg = max_pool(x, **kw)
    N, C, H, W = x.shape
    g = np.zeros((N, C, H * W))
    for n, c, oy, ox in np.ndindex(*arg.shape):
        g[n, c, arg[n, c, oy, ox]] += cot[n, c, oy, ox]
    return g.reshape(x.shape)


def mp_case(name, x, **kw):
    case(name, "max_pool2d", {"x": x}, lambda i: max_pool(i["x"], **kw)[0], kwargs=kw,
         analytic=lambda i, c: {"x": max_pool_grad(i["x"], c, **kw)})


mp_case("max_pool2d_basic", R(1, 2, 4, 4), kernel=2)
mp_case("max_pool2d_stride", R(1, 1, 7, 7), kernel=3, stride=2)
mp_case("max_pool2d_padding_negative", R(2, 2, 6, 5, lo=-3, hi=-0.5), kernel=3, stride=2, padding=1)
mp_case("max_pool2d_ties_overlapping", rng.integers(0, 3, size=(1, 2, 5, 5)).astype(np.float32), kernel=2, stride=1)
mp_case("max_pool2d_dilation", R(1, 1, 6, 6), kernel=2, stride=1, dilation=2)
mp_case("max_pool2d_ceil_mode", R(1, 1, 5, 5), kernel=2, stride=2, ceil_mode=True)
mp_case("max_pool2d_rect", R(1, 2, 4, 6), kernel=[2, 3], stride=[1, 2])


def avg_pool(x, kernel, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    """PyTorch's divisor: the window clipped to the padded input (include pad) or to the real input."""
    (kh, kw), (ph, pw) = pair(kernel), pair(padding)
    sh, sw = pair(stride if stride is not None else kernel)
    N, C, H, W = x.shape
    OH, OW = pool_out(H, kh, sh, ph, 1, ceil_mode), pool_out(W, kw, sw, pw, 1, ceil_mode)
    out = np.zeros((N, C, OH, OW))
    for n, c, oy, ox in np.ndindex(N, C, OH, OW):
        h0, w0 = oy * sh - ph, ox * sw - pw
        h1, w1 = min(h0 + kh, H + ph), min(w0 + kw, W + pw)
        size = (h1 - h0) * (w1 - w0)
        a0, a1, b0, b1 = max(h0, 0), min(h1, H), max(w0, 0), min(w1, W)
        total = sum(x[n, c, y, xx] for y in range(a0, a1) for xx in range(b0, b1))
        out[n, c, oy, ox] = total / (size if count_include_pad else (a1 - a0) * (b1 - b0))
    return out


def ap_case(name, x, **kw):
    case(name, "avg_pool2d", {"x": x}, lambda i: avg_pool(i["x"], **kw), kwargs=kw)


ap_case("avg_pool2d_basic", R(1, 2, 4, 4), kernel=2)
ap_case("avg_pool2d_pad_include", R(1, 2, 5, 6), kernel=3, stride=2, padding=1)
ap_case("avg_pool2d_pad_exclude", R(1, 2, 5, 6), kernel=3, stride=2, padding=1, count_include_pad=False)
ap_case("avg_pool2d_ceil_mode", R(1, 1, 6, 6), kernel=3, stride=2, padding=1, ceil_mode=True)
ap_case("avg_pool2d_rect_stride", R(2, 1, 5, 7), kernel=[2, 3], stride=[1, 2])


def adaptive_avg(x, out):
    oh, ow = pair(out)
    N, C, H, W = x.shape
    res = np.zeros((N, C, oh, ow))
    for i in range(oh):
        h0, h1 = (i * H) // oh, -((-(i + 1) * H) // oh)
        for j in range(ow):
            w0, w1 = (j * W) // ow, -((-(j + 1) * W) // ow)
            res[:, :, i, j] = x[:, :, h0:h1, w0:w1].mean(axis=(2, 3))
    return res


for nm, shp, o in [("even", (1, 2, 4, 6), [2, 3]), ("uneven", (2, 2, 5, 7), [3, 4]), ("global", (1, 3, 5, 7), 1), ("upsample", (1, 1, 2, 3), [3, 4])]:
    case(f"adaptive_avg_pool2d_{nm}", "adaptive_avg_pool2d", {"x": R(*shp)}, lambda i, o=o: adaptive_avg(i["x"], o), kwargs={"outputSize": o})


# ---------------------------------------------------------------- losses
def log_softmax(x, axis):
    m = x.max(axis=axis, keepdims=True)
    return x - m - np.log(np.exp(x - m).sum(axis=axis, keepdims=True))


def cross_entropy(x, t, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0, log_probs=False):
    """PyTorch's formulas (nll_loss_nd + the label smoothing term of cross_entropy_loss)."""
    C = x.shape[1]
    logp = x if log_probs else log_softmax(x, 1)
    logp = np.moveaxis(logp, 1, -1).reshape(-1, C)
    tf = t.reshape(-1)
    w = np.ones(C) if weight is None else weight
    keep = tf != ignore_index
    safe = np.where(keep, tf, 0)
    wt = w[safe] * keep
    nll = -logp[np.arange(len(tf)), safe] * wt
    smooth = -(logp * w[None, :]).sum(axis=1) * keep
    if reduction == "none":
        return ((1 - label_smoothing) * nll + label_smoothing / C * smooth).reshape(t.shape)
    if reduction == "sum":
        return (1 - label_smoothing) * nll.sum() + label_smoothing / C * smooth.sum()
    return (1 - label_smoothing) * nll.sum() / wt.sum() + label_smoothing / C * smooth.sum() / wt.sum()


def ce_case(name, x, t, op="cross_entropy", w=None, **kw):
    inputs = {"x": x, "t": t}
    if w is not None:
        inputs["w"] = w
    case(name, op, inputs, lambda i: cross_entropy(i["x"], i["t"], weight=i.get("w"), log_probs=op == "nll_loss", **kw),
         kwargs=kw, grad_names=["x"])


logits = R(4, 5, lo=-3, hi=3)
labels = np.array([1, 0, 4, 1], dtype=np.int32)
ce_case("cross_entropy_mean", logits, labels)
ce_case("cross_entropy_sum", logits, labels, reduction="sum")
ce_case("cross_entropy_none", logits, labels, reduction="none")
ce_case("cross_entropy_ignore_default", logits, np.array([1, -100, 4, -100], dtype=np.int32))
ce_case("cross_entropy_ignore_custom_sum", logits, labels, ignore_index=1, reduction="sum")
ce_case("cross_entropy_weight_mean", logits, labels, w=R(5, lo=0.2, hi=2))
ce_case("cross_entropy_label_smoothing", logits, labels, label_smoothing=0.1)
ce_case("cross_entropy_label_smoothing_none", logits, labels, label_smoothing=0.25, reduction="none")
ce_case("cross_entropy_label_smoothing_ignore_weight", logits, np.array([1, 0, -100, 3], dtype=np.int32),
        w=R(5, lo=0.2, hi=2), label_smoothing=0.2)
ce_case("cross_entropy_nd", R(2, 3, 2, 2), rng.integers(0, 3, size=(2, 2, 2)).astype(np.int32))
ce_case("cross_entropy_nd_ls_none", R(2, 3, 2, 2), rng.integers(0, 3, size=(2, 2, 2)).astype(np.int32), reduction="none", label_smoothing=0.1)
ce_case("cross_entropy_large_logits", np.array([[100, -100, 0], [-80, 90, 90], [1000, 0, -1000]], dtype=np.float32),
        np.array([1, 2, 0], dtype=np.int32), reduction="none")
probs = R(3, 4, lo=0, hi=1)
probs /= probs.sum(axis=1, keepdims=True)
case("cross_entropy_probs_ls", "cross_entropy", {"x": R(3, 4), "t": probs},
     lambda i: (-(log_softmax(i["x"], 1) * (i["t"] * 0.9 + 0.1 / 4)).sum(axis=1)).mean(), kwargs={"label_smoothing": 0.1}, grad_names=["x"])
ce_case("nll_loss_mean", log_softmax(R(4, 5), 1).astype(np.float32), labels, op="nll_loss")
ce_case("nll_loss_weight_ignore", log_softmax(R(4, 5), 1).astype(np.float32), np.array([2, -100, 4, 0], dtype=np.int32),
        op="nll_loss", w=R(5, lo=0.2, hi=2))

a, b = R(3, 4), R(3, 4)
for red in ["mean", "sum", "none"]:
    r = {"mean": np.mean, "sum": np.sum, "none": lambda v: v}[red]
    case(f"mse_loss_{red}", "mse_loss", {"a": a, "b": b}, lambda i, r=r: r((i["a"] - i["b"]) ** 2), kwargs={"reduction": red})


def bce_logits(x, t, weight=None, pos_weight=None, reduction="mean"):
    # -log(sigmoid(x)) written as logaddexp(0, -x): exact in float64, no overflow
    lw = 1 + (pos_weight - 1) * t if pos_weight is not None else 1.0
    loss = (1 - t) * x + lw * np.logaddexp(0, -x)
    if weight is not None:
        loss = loss * weight
    return {"mean": np.mean, "sum": np.sum, "none": lambda v: v}[reduction](loss)


bx = R(3, 4, lo=-4, hi=4)
bx.flat[0] = 0.0  # the kink of the stable form's max/abs pieces
bt = R(3, 4, lo=0, hi=1)
case("bce_with_logits_mean", "bce_with_logits", {"x": bx, "t": bt}, lambda i: bce_logits(i["x"], i["t"]))
case("bce_with_logits_none", "bce_with_logits", {"x": bx, "t": bt}, lambda i: bce_logits(i["x"], i["t"], reduction="none"), kwargs={"reduction": "none"})
case("bce_with_logits_large", "bce_with_logits",
     {"x": np.array([100, -100, 50, -50, 0, 30], dtype=np.float32), "t": np.array([1, 0, 0, 1, 0.5, 0.3], dtype=np.float32)},
     lambda i: bce_logits(i["x"], i["t"], reduction="none"), kwargs={"reduction": "none"}, grad_names=["x"])
case("bce_with_logits_pos_weight_weight_sum", "bce_with_logits_pw",
     {"x": bx, "t": bt, "pw": R(4, lo=0.5, hi=3), "w": R(3, 4, lo=0.1, hi=2)},
     lambda i: bce_logits(i["x"], i["t"], weight=i["w"], pos_weight=i["pw"], reduction="sum"), kwargs={"reduction": "sum"})


# ---------------------------------------------------------------- normalisation
def batch_norm_train(x, rm, rv, w, b, momentum=0.1, eps=1e-5):
    axes = tuple(i for i in range(x.ndim) if i != 1)
    shape = [1] * x.ndim
    shape[1] = x.shape[1]
    n = x.size // x.shape[1]
    mu, var = x.mean(axis=axes), x.var(axis=axes)
    y = (x - mu.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if w is not None:
        y = y * w.reshape(shape) + b.reshape(shape)
    return y, (1 - momentum) * rm + momentum * mu, (1 - momentum) * rv + momentum * var * n / (n - 1)


def batch_norm_eval(x, rm, rv, w, b, eps=1e-5):
    shape = [1] * x.ndim
    shape[1] = x.shape[1]
    y = (x - rm.reshape(shape)) / np.sqrt(rv.reshape(shape) + eps)
    return y * w.reshape(shape) + b.reshape(shape)


bn = {"x": R(3, 2, 2, 2), "rm": R(2), "rv": R(2, lo=0.5, hi=2), "w": R(2), "b": R(2)}
case("batch_norm_train", "batch_norm_train", bn, lambda i: batch_norm_train(i["x"], i["rm"], i["rv"], i["w"], i["b"])[0],
     grad_names=["x", "w", "b"], atol=1e-4, grad_atol=1e-3)
case("batch_norm_train_running_mean", "batch_norm_running_mean", bn,
     lambda i: batch_norm_train(i["x"], i["rm"], i["rv"], i["w"], i["b"], momentum=0.3)[1], kwargs={"momentum": 0.3}, grad=False)
case("batch_norm_train_running_var", "batch_norm_running_var", bn,
     lambda i: batch_norm_train(i["x"], i["rm"], i["rv"], i["w"], i["b"], momentum=0.3)[2], kwargs={"momentum": 0.3}, grad=False)
bn2 = {"x": R(5, 3), "rm": np.zeros(3, np.float32), "rv": np.ones(3, np.float32)}
case("batch_norm_train_2d_no_affine", "batch_norm_train", bn2, lambda i: batch_norm_train(i["x"], i["rm"], i["rv"], None, None)[0],
     grad_names=["x"], atol=1e-4, grad_atol=1e-3)
case("batch_norm_train_2d_running_var", "batch_norm_running_var", bn2,
     lambda i: batch_norm_train(i["x"], i["rm"], i["rv"], None, None)[2], grad=False)
case("batch_norm_eval", "batch_norm_eval", bn, lambda i: batch_norm_eval(i["x"], i["rm"], i["rv"], i["w"], i["b"]), grad_names=["x", "w", "b"])


def layer_norm(x, k, w=None, b=None, eps=1e-5):
    axes = tuple(range(x.ndim - k, x.ndim))
    y = (x - x.mean(axis=axes, keepdims=True)) / np.sqrt(x.var(axis=axes, keepdims=True) + eps)
    return y * w + b if w is not None else y


case("layer_norm_affine", "layer_norm", {"x": R(2, 3, 4), "w": R(4), "b": R(4)},
     lambda i: layer_norm(i["x"], 1, i["w"], i["b"]), kwargs={"normalizedShape": [4]}, atol=1e-4, grad_atol=1e-3)
case("layer_norm_2dims_plain", "layer_norm", {"x": R(2, 3, 4)}, lambda i: layer_norm(i["x"], 2, eps=1e-3),
     kwargs={"normalizedShape": [3, 4], "eps": 1e-3}, atol=1e-4, grad_atol=1e-3)

# ---------------------------------------------------------------- embedding / linear
emb_idx = np.array([[1, 3, 1], [0, 1, 4]], dtype=np.int32)
case("embedding_repeated_index", "embedding", {"i": emb_idx, "w": R(5, 3)}, lambda i: i["w"][i["i"]])
case("linear_bias", "linear", {"x": R(2, 3, 4), "w": R(5, 4), "b": R(5)}, lambda i: i["x"] @ i["w"].T + i["b"])
case("linear_no_bias", "linear", {"x": R(3, 4), "w": R(2, 4)}, lambda i: i["x"] @ i["w"].T)

os.makedirs("test/fixtures", exist_ok=True)
with open("test/fixtures/nn-cases.json", "w") as f:
    json.dump({"generator": "scripts/gen-expected-nn.py (numpy " + np.__version__ + ")", "cases": CASES}, f, indent=None, separators=(",", ":"))
print(f"wrote {len(CASES)} cases")
