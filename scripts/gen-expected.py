#!/usr/bin/env python3
"""Expected values for the op table, computed with numpy independently of webtorch.

Writes test/fixtures/op-cases.json: for each case the inputs, the expected output
(float64 math on the float32 inputs) and the expected gradient of
sum(output * cotangent) with respect to each float input, by central finite
differences in float64 (or an analytic formula where the op has a kink and
PyTorch picks a convention, e.g. relu'(0) = 0).

Run: python3 scripts/gen-expected.py   (numpy only; the output is committed)
"""
import json
import math
import os

import numpy as np

from expected_common import as64, enc, numeric_grad

rng = np.random.default_rng(20261129)
np.seterr(divide="ignore", invalid="ignore")
CASES = []


def R(*shape, lo=-2.0, hi=2.0):
    return rng.uniform(lo, hi, size=shape).astype(np.float32)


def P(*shape, lo=0.2, hi=3.0):
    return R(*shape, lo=lo, hi=hi)


def I(*shape, lo=0, hi=5):
    return rng.integers(lo, hi, size=shape).astype(np.int32)


def with_zero(a):
    a = a.copy()
    a.flat[0] = 0.0
    if a.size > 3:
        a.flat[3] = -0.0
    return a








def case(name, op, inputs, fn, kwargs=None, grad=True, analytic=None, atol=1e-5, rtol=1e-4, grad_atol=2e-4, grad_rtol=2e-3):
    """analytic: optional fn(inputs64, cot) -> {name: grad} for ops with kinks."""
    out = np.asarray(fn(as64(inputs)))
    entry = {
        "name": name,
        "op": op,
        "kwargs": kwargs or {},
        "inputs": {k: enc(v) for k, v in inputs.items()},
        "inputOrder": list(inputs.keys()),
        "expected": enc(out if out.dtype != np.float64 else out.astype(np.float64)),
        "atol": atol,
        "rtol": rtol,
    }
    if out.dtype == np.float64:
        entry["expected"]["dtype"] = "float32"
    float_inputs = [k for k, v in inputs.items() if v.dtype == np.float32]
    if grad and float_inputs and out.dtype == np.float64:
        cot = rng.uniform(-1, 1, size=out.shape)
        entry["cotangent"] = enc(cot.astype(np.float32))
        cot = cot.astype(np.float32).astype(np.float64)
        grads = analytic(as64(inputs), cot) if analytic else {k: numeric_grad(fn, inputs, k, cot) for k in float_inputs}
        entry["grads"] = {k: enc(v) for k, v in grads.items()}
        entry["gradAtol"] = grad_atol
        entry["gradRtol"] = grad_rtol
    CASES.append(entry)


def erf(x):
    return np.vectorize(math.erf)(x)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


# ---------------------------------------------------------------- unary
x = with_zero(R(3, 4))
case("neg", "neg", {"x": x}, lambda i: -i["x"])
case("abs", "abs", {"x": x}, lambda i: np.abs(i["x"]),
     analytic=lambda i, c: {"x": np.sign(i["x"]) * c})
case("exp", "exp", {"x": x}, lambda i: np.exp(i["x"]))
case("log", "log", {"x": P(3, 4)}, lambda i: np.log(i["x"]))
case("log_special", "log", {"x": np.array([0.0, -1.0, 1.0, np.inf], dtype=np.float32)}, lambda i: np.log(i["x"]), grad=False)
case("sqrt", "sqrt", {"x": P(3, 4)}, lambda i: np.sqrt(i["x"]))
case("rsqrt", "rsqrt", {"x": P(3, 4)}, lambda i: 1 / np.sqrt(i["x"]))
case("sin", "sin", {"x": R(3, 4, lo=-6, hi=6)}, lambda i: np.sin(i["x"]))
case("cos", "cos", {"x": R(3, 4, lo=-6, hi=6)}, lambda i: np.cos(i["x"]))
case("tanh", "tanh", {"x": R(3, 4, lo=-4, hi=4)}, lambda i: np.tanh(i["x"]))
case("tanh_large", "tanh", {"x": np.array([-100.0, -20.0, 20.0, 100.0, 0.0], dtype=np.float32)}, lambda i: np.tanh(i["x"]), grad=False)
case("sigmoid", "sigmoid", {"x": R(3, 4, lo=-6, hi=6)}, lambda i: sigmoid(i["x"]))
case("sigmoid_large", "sigmoid", {"x": np.array([-100.0, -30.0, 30.0, 100.0], dtype=np.float32)}, lambda i: sigmoid(i["x"]), grad=False, atol=1e-7)
case("relu", "relu", {"x": x}, lambda i: np.maximum(i["x"], 0),
     analytic=lambda i, c: {"x": (i["x"] > 0) * c})
case("gelu", "gelu", {"x": R(3, 4, lo=-4, hi=4)}, lambda i: 0.5 * i["x"] * (1 + erf(i["x"] / math.sqrt(2))))
case("gelu_tanh", "gelu_tanh", {"x": R(3, 4, lo=-4, hi=4)},
     lambda i: 0.5 * i["x"] * (1 + np.tanh(math.sqrt(2 / math.pi) * (i["x"] + 0.044715 * i["x"] ** 3))))
case("silu", "silu", {"x": R(3, 4, lo=-6, hi=6)}, lambda i: i["x"] * sigmoid(i["x"]))
case("square", "square", {"x": x}, lambda i: i["x"] ** 2)
cl = np.array([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5, 0.3], dtype=np.float32)
case("clamp", "clamp", {"x": cl}, lambda i: np.clip(i["x"], -1, 1), kwargs={"min": -1, "max": 1},
     analytic=lambda i, c: {"x": ((i["x"] >= -1) & (i["x"] <= 1)) * c})
case("clamp_min_only", "clamp", {"x": cl}, lambda i: np.maximum(i["x"], 0.25), kwargs={"min": 0.25},
     analytic=lambda i, c: {"x": (i["x"] >= 0.25) * c})
case("neg_int", "neg", {"x": I(2, 3, lo=-5, hi=5)}, lambda i: -i["x"])
case("abs_int", "abs", {"x": I(2, 3, lo=-5, hi=5)}, lambda i: np.abs(i["x"]))
case("exp_transposed", "exp_t", {"x": R(4, 3)}, lambda i: np.exp(i["x"].T))

# ---------------------------------------------------------------- binary
a, b = R(3, 4), R(3, 4)
case("add", "add", {"a": a, "b": b}, lambda i: i["a"] + i["b"])
case("add_broadcast", "add", {"a": R(2, 3, 4), "b": R(4)}, lambda i: i["a"] + i["b"])
case("add_broadcast_both", "add", {"a": R(3, 1), "b": R(1, 4)}, lambda i: i["a"] + i["b"])
case("add_scalar", "add_scalar", {"a": a}, lambda i: i["a"] + 2.5, kwargs={"value": 2.5})
case("add_alpha", "add_alpha", {"a": a, "b": b}, lambda i: i["a"] + 0.5 * i["b"], kwargs={"alpha": 0.5})
case("sub", "sub", {"a": a, "b": R(1, 4)}, lambda i: i["a"] - i["b"])
case("rsub_scalar", "rsub_scalar", {"a": a}, lambda i: 1.0 - i["a"], kwargs={"value": 1.0})
case("mul", "mul", {"a": a, "b": R(3, 1)}, lambda i: i["a"] * i["b"])
case("mul_scalar", "mul_scalar", {"a": a}, lambda i: i["a"] * -3.0, kwargs={"value": -3.0})
case("div", "div", {"a": a, "b": P(3, 4)}, lambda i: i["a"] / i["b"])
case("div_neg_broadcast", "div", {"a": a, "b": -P(4)}, lambda i: i["a"] / i["b"])
case("pow", "pow", {"a": P(3, 4), "b": R(3, 4)}, lambda i: i["a"] ** i["b"])
case("pow_scalar", "pow_scalar", {"a": R(3, 4)}, lambda i: i["a"] ** 2.0, kwargs={"value": 2.0})
case("pow_scalar_frac", "pow_scalar", {"a": P(3, 4)}, lambda i: i["a"] ** 0.5, kwargs={"value": 0.5})
m1 = R(3, 4)
m2 = m1.copy()
m2[0, :2] = m1[0, :2]  # ties
m2[1:] = R(2, 4)
case("maximum", "maximum", {"a": m1, "b": m2}, lambda i: np.maximum(i["a"], i["b"]),
     analytic=lambda i, c: {"a": c * ((i["a"] > i["b"]) + 0.5 * (i["a"] == i["b"])),
                            "b": c * ((i["b"] > i["a"]) + 0.5 * (i["a"] == i["b"]))})
case("minimum", "minimum", {"a": m1, "b": m2}, lambda i: np.minimum(i["a"], i["b"]),
     analytic=lambda i, c: {"a": c * ((i["a"] < i["b"]) + 0.5 * (i["a"] == i["b"])),
                            "b": c * ((i["b"] < i["a"]) + 0.5 * (i["a"] == i["b"]))})
ca = np.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 5.0]], dtype=np.float32)
cb = np.array([[1.0, 3.0, 2.0], [-1.0, -0.0, 4.0]], dtype=np.float32)
for cmp, f in [("eq", np.equal), ("ne", np.not_equal), ("lt", np.less), ("le", np.less_equal), ("gt", np.greater), ("ge", np.greater_equal)]:
    case(cmp, cmp, {"a": ca, "b": cb}, lambda i, f=f: f(i["a"], i["b"]), grad=False)
case("gt_scalar_broadcast", "gt_scalar", {"a": ca}, lambda i: i["a"] > 0.5, kwargs={"value": 0.5}, grad=False)
case("eq_int", "eq", {"a": I(2, 3), "b": I(2, 3)}, lambda i: i["a"] == i["b"], grad=False)
case("add_int", "add", {"a": I(2, 3, lo=-9, hi=9), "b": I(2, 3, lo=-9, hi=9)}, lambda i: i["a"] + i["b"])
case("mul_int_float_promotes", "mul", {"a": I(2, 3, lo=-9, hi=9), "b": R(2, 3)}, lambda i: i["a"] * i["b"])
case("div_int_true_division", "div", {"a": np.array([7, -7, 1], dtype=np.int32), "b": np.array([2, 2, 3], dtype=np.int32)},
     lambda i: i["a"] / i["b"], grad=False)
cond = np.array([[True, False, True, False], [False, False, True, True], [True, True, True, False]])
case("where", "where", {"c": cond, "a": a, "b": R(1, 4)}, lambda i: np.where(i["c"], i["a"], i["b"]))
case("where_scalar", "where_scalar", {"c": cond, "a": a}, lambda i: np.where(i["c"], i["a"], 0.0), kwargs={"value": 0.0})
case("masked_fill", "masked_fill", {"x": a, "m": cond[:, :1].copy()}, lambda i: np.where(i["m"], -1e9, i["x"]), kwargs={"value": -1e9},
     analytic=lambda i, c: {"x": np.where(i["m"], 0.0, c)})

# ---------------------------------------------------------------- matmul
case("matmul_2d", "matmul", {"a": R(3, 5), "b": R(5, 4)}, lambda i: i["a"] @ i["b"])
case("matmul_odd", "matmul", {"a": R(7, 13), "b": R(13, 9)}, lambda i: i["a"] @ i["b"])
case("matmul_1d_1d", "matmul", {"a": R(5), "b": R(5)}, lambda i: i["a"] @ i["b"])
case("matmul_1d_2d", "matmul", {"a": R(5), "b": R(5, 3)}, lambda i: i["a"] @ i["b"])
case("matmul_2d_1d", "matmul", {"a": R(3, 5), "b": R(5)}, lambda i: i["a"] @ i["b"])
case("matmul_batched", "matmul", {"a": R(2, 3, 5), "b": R(2, 5, 4)}, lambda i: i["a"] @ i["b"])
case("matmul_broadcast_batch", "matmul", {"a": R(2, 1, 3, 5), "b": R(3, 5, 2)}, lambda i: i["a"] @ i["b"])
case("matmul_batch_2d", "matmul", {"a": R(2, 3, 5), "b": R(5, 4)}, lambda i: i["a"] @ i["b"])
case("matmul_transposed", "matmul_tt", {"a": R(5, 3), "b": R(4, 5)}, lambda i: i["a"].T @ i["b"].T)
case("bmm", "bmm", {"a": R(3, 2, 4), "b": R(3, 4, 5)}, lambda i: i["a"] @ i["b"])
big_a, big_b = R(33, 70), R(70, 65)
case("matmul_tiles", "matmul", {"a": big_a, "b": big_b}, lambda i: i["a"] @ i["b"], atol=1e-4, grad=False)

# ---------------------------------------------------------------- reductions
r = R(3, 4, 5)
case("sum_all", "sum", {"x": r}, lambda i: np.sum(i["x"]))
case("sum_dim", "sum", {"x": r}, lambda i: np.sum(i["x"], axis=1), kwargs={"dim": 1})
case("sum_dims_keepdim", "sum", {"x": r}, lambda i: np.sum(i["x"], axis=(0, 2), keepdims=True), kwargs={"dim": [0, 2], "keepdim": True})
case("sum_neg_dim", "sum", {"x": r}, lambda i: np.sum(i["x"], axis=-1), kwargs={"dim": -1})
case("sum_int", "sum", {"x": I(3, 4, lo=-5, hi=5)}, lambda i: np.sum(i["x"], axis=0).astype(np.int32), kwargs={"dim": 0})
case("sum_transposed", "sum_t", {"x": R(4, 3)}, lambda i: np.sum(i["x"].T, axis=1), kwargs={"dim": 1})
case("mean_all", "mean", {"x": r}, lambda i: np.mean(i["x"]))
case("mean_dim", "mean", {"x": r}, lambda i: np.mean(i["x"], axis=2, keepdims=True), kwargs={"dim": 2, "keepdim": True})
mx = R(3, 5)
mx[1, 3] = mx[1, 1] = 5.0  # ties: first index wins
case("max_all", "max", {"x": R(3, 5)}, lambda i: np.max(i["x"]))


def grad_to_first_argmax(i, c, axis, pick=np.argmax):
    g = np.zeros_like(i["x"])
    idx = np.expand_dims(pick(i["x"], axis=axis), axis)
    np.put_along_axis(g, idx, np.expand_dims(c, axis), axis=axis)
    return {"x": g}


# With dim, PyTorch sends the whole gradient to the returned (first) index, even on ties.
case("max_dim_values", "max_dim_values", {"x": mx}, lambda i: np.max(i["x"], axis=1), kwargs={"dim": 1},
     analytic=lambda i, c: grad_to_first_argmax(i, c, 1))
case("max_dim_indices", "max_dim_indices", {"x": mx}, lambda i: np.argmax(i["x"], axis=1).astype(np.int32), kwargs={"dim": 1}, grad=False)
case("min_dim_values", "min_dim_values", {"x": R(3, 5)}, lambda i: np.min(i["x"], axis=0), kwargs={"dim": 0})
case("min_all", "min", {"x": R(4, 2)}, lambda i: np.min(i["x"]))
case("argmax", "argmax", {"x": mx}, lambda i: np.argmax(i["x"], axis=1).astype(np.int32), kwargs={"dim": 1}, grad=False)
case("argmax_flat", "argmax", {"x": mx}, lambda i: np.int32(np.argmax(i["x"])), grad=False)
case("argmin", "argmin", {"x": mx}, lambda i: np.argmin(i["x"], axis=0).astype(np.int32), kwargs={"dim": 0}, grad=False)
case("var_all", "var", {"x": r}, lambda i: np.var(i["x"], ddof=1))
case("var_dim", "var", {"x": r}, lambda i: np.var(i["x"], axis=1, ddof=1), kwargs={"dim": 1})
case("var_biased", "var", {"x": r}, lambda i: np.var(i["x"], axis=2, ddof=0), kwargs={"dim": 2, "correction": 0})
case("std_dim", "std", {"x": r}, lambda i: np.std(i["x"], axis=0, ddof=1), kwargs={"dim": 0})
lse = R(3, 4, lo=-3, hi=3)
lse[0] = [1000.0, 1000.0, 999.0, -1000.0]
case("logsumexp", "logsumexp", {"x": lse}, lambda i: np.log(np.sum(np.exp(i["x"] - np.max(i["x"], axis=1, keepdims=True)), axis=1)) + np.max(i["x"], axis=1), kwargs={"dim": 1})


def np_softmax(x, axis):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


sm = R(3, 5, lo=-4, hi=4)
sm[0, 0] = 80.0
case("softmax_last", "softmax", {"x": sm}, lambda i: np_softmax(i["x"], 1), kwargs={"dim": -1})
case("softmax_dim0", "softmax", {"x": R(4, 3)}, lambda i: np_softmax(i["x"], 0), kwargs={"dim": 0})
case("log_softmax", "log_softmax", {"x": sm}, lambda i: np.log(np_softmax(i["x"], 1)), kwargs={"dim": 1})
case("log_softmax_3d_mid", "log_softmax", {"x": R(2, 4, 3)}, lambda i: np.log(np_softmax(i["x"], 1)), kwargs={"dim": 1})

# ---------------------------------------------------------------- shape and views
v = R(2, 3, 4)
case("reshape", "reshape", {"x": v}, lambda i: i["x"].reshape(4, 6), kwargs={"shape": [4, -1]})
case("reshape_noncontig", "reshape_t", {"x": R(3, 4)}, lambda i: i["x"].T.reshape(12), kwargs={"shape": [12]})
case("view", "view", {"x": v}, lambda i: i["x"].reshape(6, 4), kwargs={"shape": [6, 4]})
case("transpose", "transpose", {"x": v}, lambda i: np.swapaxes(i["x"], 0, 2), kwargs={"dim0": 0, "dim1": 2})
case("permute", "permute", {"x": v}, lambda i: np.transpose(i["x"], (2, 0, 1)), kwargs={"dims": [2, 0, 1]})
case("flatten", "flatten", {"x": v}, lambda i: i["x"].reshape(2, 12), kwargs={"startDim": 1})
case("squeeze", "squeeze", {"x": R(2, 1, 3)}, lambda i: i["x"].reshape(2, 3), kwargs={"dim": 1})
case("unsqueeze", "unsqueeze", {"x": R(2, 3)}, lambda i: i["x"].reshape(2, 1, 3), kwargs={"dim": 1})
case("expand", "expand", {"x": R(3, 1)}, lambda i: np.broadcast_to(i["x"], (2, 3, 4)), kwargs={"shape": [2, 3, 4]})
case("contiguous_of_permute", "contiguous_p", {"x": v}, lambda i: np.transpose(i["x"], (1, 2, 0)).copy())
case("narrow", "narrow", {"x": v}, lambda i: i["x"][:, 1:3, :], kwargs={"dim": 1, "start": 1, "length": 2})
case("slice_step", "slice", {"x": R(7, 3)}, lambda i: i["x"][1:6:2], kwargs={"dim": 0, "start": 1, "end": 6, "step": 2})
case("cat", "cat", {"a": R(2, 3), "b": R(2, 2)}, lambda i: np.concatenate([i["a"], i["b"]], axis=1), kwargs={"dim": 1})
case("cat_dim0", "cat", {"a": R(1, 3), "b": R(2, 3)}, lambda i: np.concatenate([i["a"], i["b"]], axis=0), kwargs={"dim": 0})
case("stack", "stack", {"a": R(2, 3), "b": R(2, 3)}, lambda i: np.stack([i["a"], i["b"]], axis=1), kwargs={"dim": 1})
case("split_second", "split_at", {"x": R(5, 2)}, lambda i: i["x"][2:4], kwargs={"size": 2, "dim": 0, "index": 1})
case("chunk_last", "chunk_at", {"x": R(2, 7)}, lambda i: i["x"][:, 6:], kwargs={"chunks": 3, "dim": 1, "index": 2})

# ---------------------------------------------------------------- indexing
src = R(4, 3)
case("index_select", "index_select", {"x": src, "i": np.array([3, 0, 3], dtype=np.int32)}, lambda i: i["x"][i["i"]], kwargs={"dim": 0})
case("index_select_dim1", "index_select", {"x": src, "i": np.array([2, 1], dtype=np.int32)}, lambda i: i["x"][:, i["i"]], kwargs={"dim": 1})
gi = np.array([[0, 0], [1, 0], [2, 2], [1, 1]], dtype=np.int32)
case("gather", "gather", {"x": src, "i": gi}, lambda i: np.take_along_axis(i["x"], i["i"], axis=1), kwargs={"dim": 1})
si = np.array([[0, 1, 2], [0, 0, 1]], dtype=np.int32)


def np_scatter_add(x, idx, s, dim):
    out = x.copy()
    for p in np.ndindex(*idx.shape):
        q = list(p)
        q[dim] = idx[p]
        out[tuple(q)] += s[p]
    return out


case("scatter_add", "scatter_add", {"x": R(3, 3), "i": si, "s": R(2, 3)}, lambda i: np_scatter_add(i["x"], i["i"], i["s"], 0), kwargs={"dim": 0})
case("cast_float_to_int", "to_int", {"x": np.array([1.7, -1.7, 0.0, 2.0], dtype=np.float32)}, lambda i: np.trunc(i["x"]).astype(np.int32), grad=False)
case("cast_int_to_float", "to_float", {"x": np.array([3, -2, 0], dtype=np.int32)}, lambda i: i["x"].astype(np.float64), grad=False)
case("cast_float_to_bool", "to_bool", {"x": np.array([0.5, 0.0, -2.0], dtype=np.float32)}, lambda i: i["x"] != 0, grad=False)

os.makedirs("test/fixtures", exist_ok=True)
with open("test/fixtures/op-cases.json", "w") as f:
    json.dump({"generator": "scripts/gen-expected.py (numpy " + np.__version__ + ")", "cases": CASES}, f, indent=None, separators=(",", ":"))
print(f"wrote {len(CASES)} cases")
