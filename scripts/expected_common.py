"""Helpers shared by the scripts that compute the op tables' expected values with numpy."""
import math

import numpy as np


def enc(a):
    """A numpy array as the JSON the test harness decodes (test/support/op-table.ts)."""
    a = np.asarray(a)
    if a.dtype == np.bool_:
        return {"dtype": "bool", "shape": list(a.shape), "data": [bool(x) for x in a.reshape(-1)]}
    if np.issubdtype(a.dtype, np.integer):
        return {"dtype": "int32", "shape": list(a.shape), "data": [int(x) for x in a.reshape(-1)]}
    data = []
    for x in a.reshape(-1).astype(np.float64):
        if math.isnan(x):
            data.append("nan")
        elif math.isinf(x):
            data.append("inf" if x > 0 else "-inf")
        else:
            data.append(float(x))
    return {"dtype": "float32", "shape": list(a.shape), "data": data}


def as64(inputs):
    """float32 inputs widened to float64, so the reference math runs in double precision."""
    return {k: (v.astype(np.float64) if v.dtype == np.float32 else v) for k, v in inputs.items()}


def numeric_grad(fn, inputs, name, cot, eps=1e-6):
    """d sum(fn(inputs) * cot) / d inputs[name] by central differences in float64."""
    base = as64(inputs)
    x = base[name]
    g = np.zeros_like(x)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + eps
        plus = np.sum(np.asarray(fn(base), dtype=np.float64) * cot)
        x.flat[i] = old - eps
        minus = np.sum(np.asarray(fn(base), dtype=np.float64) * cot)
        x.flat[i] = old
        g.flat[i] = (plus - minus) / (2 * eps)
    return g
