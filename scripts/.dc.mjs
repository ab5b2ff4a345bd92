var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/backend/cpu/capability.ts
function setCpuCapabilityDefault(capability) {
  defaultWanted = capability;
}
function setRelaxedSimdEnabler(enable) {
  enableRelaxedSimd = enable;
}
function validates() {
  try {
    return WebAssembly.validate(RELAXED_SIMD_PROBE);
  } catch {
    return false;
  }
}
function relaxedSimdAvailable() {
  if (validates()) return true;
  if (!enableRelaxedSimd) return false;
  enableRelaxedSimd();
  enableRelaxedSimd = void 0;
  return validates();
}
function chooseCpuCapability(wanted = defaultWanted) {
  if (wanted !== void 0 && !CPU_CAPABILITIES.includes(wanted)) {
    throw new RangeError(`init: cpuCapability must be one of ${CPU_CAPABILITIES.map((c) => `'${c}'`).join(", ")}, got '${String(wanted)}'`);
  }
  if (chosen) return chosen;
  if (wanted === "simd128") return chosen = "simd128";
  const relaxed = relaxedSimdAvailable();
  if (wanted === "relaxed-simd" && !relaxed) {
    throw new Error("init: cpuCapability 'relaxed-simd' is unavailable: this WebAssembly engine does not validate relaxed SIMD (f32x4.relaxed_madd); leave cpuCapability unset to use plain SIMD ('simd128')");
  }
  return chosen = relaxed ? "relaxed-simd" : "simd128";
}
function getCpuCapability() {
  return chosen ?? chooseCpuCapability();
}
var CPU_CAPABILITIES, CPU_CAPABILITY_NAMES, RELAXED_SIMD_PROBE, enableRelaxedSimd, chosen, defaultWanted;
var init_capability = __esm({
  "src/backend/cpu/capability.ts"() {
    "use strict";
    CPU_CAPABILITIES = ["relaxed-simd", "simd128"];
    CPU_CAPABILITY_NAMES = {
      "relaxed-simd": "WebAssembly relaxed SIMD (fused multiply-add)",
      simd128: "WebAssembly SIMD"
    };
    RELAXED_SIMD_PROBE = new Uint8Array([
      0,
      97,
      115,
      109,
      1,
      0,
      0,
      0,
      1,
      8,
      1,
      96,
      3,
      123,
      123,
      123,
      1,
      123,
      3,
      2,
      1,
      0,
      10,
      13,
      1,
      11,
      0,
      32,
      0,
      32,
      1,
      32,
      2,
      253,
      133,
      2,
      11
    ]);
  }
});

// src/backend/cpu/allocator.ts
function sizeClass(byteLength) {
  if (byteLength <= MIN_CLASS) return MIN_CLASS;
  const p = 2 ** Math.floor(Math.log2(byteLength - 1));
  const step = Math.max(p / 4, ALIGN);
  return Math.ceil(byteLength / step) * step;
}
var ALIGN, PAGE, MIN_CLASS, Allocator;
var init_allocator = __esm({
  "src/backend/cpu/allocator.ts"() {
    "use strict";
    ALIGN = 16;
    PAGE = 65536;
    MIN_CLASS = 64;
    Allocator = class {
      constructor(memory2, base) {
        this.memory = memory2;
        this.top = Math.ceil(base / ALIGN) * ALIGN;
      }
      memory;
      top;
      freeLists = /* @__PURE__ */ new Map();
      /** Returns a 16-byte aligned address of a block of at least `size(byteLength)` bytes. */
      alloc(byteLength) {
        const cls = sizeClass(byteLength);
        const reused = this.freeLists.get(cls)?.pop();
        if (reused !== void 0) return reused;
        const ptr = this.top;
        const end = ptr + cls;
        const have = this.memory.buffer.byteLength;
        if (end > have) {
          const pages = Math.ceil((end - have) / PAGE);
          try {
            this.memory.grow(pages);
          } catch (e) {
            throw new Error(`cpu alloc: cannot grow wasm memory to ${end} bytes for a ${byteLength}-byte buffer (${String(e)})`);
          }
        }
        this.top = end;
        return ptr;
      }
      free(ptr, byteLength) {
        const cls = sizeClass(byteLength);
        let list = this.freeLists.get(cls);
        if (!list) {
          list = [];
          this.freeLists.set(cls, list);
        }
        list.push(ptr);
      }
    };
  }
});

// src/backend/cpu/choices.ts
function usesDirectConv(g) {
  const taps = g.channels * g.kernelH * g.kernelW;
  return taps <= 256 && g.strideH === 1 && g.strideW === 1 && g.dilationH === 1 && g.dilationW === 1;
}
function laneUse(n) {
  return n / (8 * Math.ceil(n / 8));
}
function usesBatchedConv(g) {
  return laneUse(g.batch) >= laneUse(g.outW);
}
function usesDirectInputGrad(g, outC) {
  const rest = g.channels % 4;
  const lanes = g.channels - rest + (rest === 0 ? 0 : rest <= 2 ? 2 : 4);
  const fillsLanes = g.channels === 1 ? g.kernelW >= 3 : g.channels / lanes >= 0.75;
  return outC * g.kernelH * g.kernelW <= 512 && laneUse(g.batch) >= 0.75 && fillsLanes && g.strideH === 1 && g.strideW === 1 && g.dilationH === 1 && g.dilationW === 1 && g.padH < g.kernelH && g.padW < g.kernelW;
}
var FUSED_ATTENTION_MIN_BYTES;
var init_choices = __esm({
  "src/backend/cpu/choices.ts"() {
    "use strict";
    FUSED_ATTENTION_MIN_BYTES = 64 * 1024 * 1024;
  }
});

// src/shape.ts
function numel(shape) {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
function contiguousStrides(shape) {
  const strides = new Array(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}
function isContiguous(shape, strides) {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] !== 1 && strides[i] !== expected) return false;
    expected *= shape[i];
  }
  return true;
}
function formatShape(shape) {
  return `[${shape.join(", ")}]`;
}
function shapesEqual(a2, b2) {
  return a2.length === b2.length && a2.every((d, i) => d === b2[i]);
}
function normalizeDim(op, dim, ndim) {
  const rank = Math.max(ndim, 1);
  if (!Number.isInteger(dim) || dim < -rank || dim >= rank) {
    throw new RangeError(`${op}: dim ${dim} is out of range for a tensor with ${ndim} dims (expected -${rank}..${rank - 1})`);
  }
  return dim < 0 ? dim + rank : dim;
}
function normalizeDims(op, dims, ndim) {
  if (dims === void 0) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof dims === "number" ? [dims] : [...dims];
  const out = list.map((d) => normalizeDim(op, d, ndim));
  if (new Set(out).size !== out.length) throw new Error(`${op}: dim ${formatShape(list)} appears more than once`);
  return out.sort((a2, b2) => a2 - b2);
}
function broadcastShapes(op, ...shapes) {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out = new Array(rank).fill(1);
  for (let i = 0; i < rank; i++) {
    for (const s of shapes) {
      const d = s[s.length - rank + i] ?? 1;
      if (d === 1) continue;
      if (out[i] !== 1 && out[i] !== d) {
        throw new Error(`${op}: shapes ${shapes.map(formatShape).join(" and ")} cannot be broadcast together`);
      }
      out[i] = d;
    }
  }
  return out;
}
function broadcastStrides(shape, strides, target) {
  const out = new Array(target.length).fill(0);
  const lead = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) out[lead + i] = shape[i] === 1 ? 0 : strides[i];
  return out;
}
function inferShape(op, requested2, total, from) {
  const out = [...requested2];
  const minus = out.indexOf(-1);
  if (out.lastIndexOf(-1) !== minus) throw new Error(`${op}: only one dimension can be inferred (-1) in ${formatShape(requested2)}`);
  for (const d of out) {
    if (d !== -1 && (!Number.isInteger(d) || d < 0)) throw new Error(`${op}: invalid size ${d} in shape ${formatShape(requested2)}`);
  }
  if (minus >= 0) {
    const known = out.reduce((p, d) => d === -1 ? p : p * d, 1);
    if (known === 0 || total % known !== 0) {
      throw new Error(`${op}: shape ${formatShape(requested2)} is invalid for input of size ${total} (shape ${formatShape(from)})`);
    }
    out[minus] = total / known;
  }
  if (numel(out) !== total) {
    throw new Error(`${op}: shape ${formatShape(requested2)} is invalid for input of size ${total} (shape ${formatShape(from)})`);
  }
  return out;
}
var init_shape = __esm({
  "src/shape.ts"() {
    "use strict";
  }
});

// src/backend/layout.ts
function collapseDims(shape, strides) {
  const outShape = [];
  const outStrides = strides.map(() => []);
  for (let d = 0; d < shape.length; d++) {
    const size = shape[d];
    if (size === 1) continue;
    const last = outShape.length - 1;
    const mergeable = last >= 0 && strides.every((s, i) => outStrides[i][last] === s[d] * size);
    if (mergeable) {
      outShape[last] = outShape[last] * size;
      strides.forEach((s, i) => {
        outStrides[i][last] = s[d];
      });
    } else {
      outShape.push(size);
      strides.forEach((s, i) => outStrides[i].push(s[d]));
    }
  }
  if (outShape.length === 0) return { shape: [1], strides: strides.map(() => [0]) };
  return { shape: outShape, strides: outStrides };
}
var init_layout = __esm({
  "src/backend/layout.ts"() {
    "use strict";
    init_shape();
  }
});

// src/backend/cpu/opcodes.ts
var UNARY_CODES, INT_UNARY, BINARY_CODES, REDUCE_CODES, CONVERT_COPY, CONVERT_F32_I32, CONVERT_I32_F32, CONVERT_F32_BOOL, CONVERT_I32_BOOL, SGD_MOMENTUM, SGD_FIRST, SGD_NESTEROV, SGD_MAXIMIZE;
var init_opcodes = __esm({
  "src/backend/cpu/opcodes.ts"() {
    "use strict";
    UNARY_CODES = {
      neg: 0,
      abs: 1,
      exp: 2,
      log: 3,
      sqrt: 4,
      rsqrt: 5,
      sin: 6,
      cos: 7,
      tanh: 8,
      sigmoid: 9,
      relu: 10,
      gelu: 11,
      gelu_tanh: 12,
      silu: 13,
      erf: 14,
      sign: 15,
      floor: 16,
      ceil: 17,
      round: 18,
      square: 19,
      reciprocal: 20,
      log1p: 21,
      expm1: 22,
      logical_not: 23
    };
    INT_UNARY = /* @__PURE__ */ new Set(["neg", "abs", "sign", "square", "logical_not"]);
    BINARY_CODES = {
      add: 0,
      sub: 1,
      mul: 2,
      div: 3,
      pow: 4,
      maximum: 5,
      minimum: 6,
      eq: 7,
      ne: 8,
      lt: 9,
      le: 10,
      gt: 11,
      ge: 12,
      logical_and: 13,
      logical_or: 14,
      relu_backward: 15
    };
    REDUCE_CODES = {
      sum: 0,
      prod: 1,
      max: 2,
      min: 3,
      argmax: 4,
      argmin: 5
    };
    CONVERT_COPY = 0;
    CONVERT_F32_I32 = 1;
    CONVERT_I32_F32 = 2;
    CONVERT_F32_BOOL = 3;
    CONVERT_I32_BOOL = 4;
    SGD_MOMENTUM = 1;
    SGD_FIRST = 2;
    SGD_NESTEROV = 4;
    SGD_MAXIMIZE = 8;
  }
});

// src/backend/cpu/thread-worker-source.ts
var THREAD_ENTRY, THREAD_WORKER_SOURCE;
var init_thread_worker_source = __esm({
  "src/backend/cpu/thread-worker-source.ts"() {
    "use strict";
    THREAD_ENTRY = "__webtorchServeThread";
    THREAD_WORKER_SOURCE = `'use strict';
function __webtorchServeThread(_post, listen) {
  listen((m) => {
    const L = m.layout;
    const ctl = new Int32Array(m.control);
    const args = new Float64Array(m.control, L.argsByte, L.maxArgs * 64);
    let fns;
    try {
      const instance = new WebAssembly.Instance(m.module, { env: { memory: m.memory } });
      const k = instance.exports;
      k.set_thread_scratch(m.scratch);
      fns = m.kernels.map((name) => k[name]);
    } catch (e) {
      Atomics.store(ctl, L.ready + m.slot, -1);
      Atomics.notify(ctl, L.ready + m.slot);
      throw e;
    }
    Atomics.store(ctl, L.ready + m.slot, 1);
    Atomics.notify(ctl, L.ready + m.slot);
    const claim = () => {
      for (;;) {
        const t = Atomics.load(ctl, L.next);
        const i = t & 0xff;
        if (i >= ((t >> 8) & 0xff)) return -1;
        if (Atomics.compareExchange(ctl, L.next, t, t + 1) === t) return i;
      }
    };
    let seen = Atomics.load(ctl, L.wake);
    for (;;) {
      for (let i = claim(); i >= 0; i = claim()) {
        // The part is ours: the caller posts no new job until it is done, so kernel and arguments are this job's.
        try {
          const n = ctl[L.argc + i];
          const a = new Array(n);
          for (let j = 0; j < n; j++) a[j] = args[i * L.maxArgs + j];
          const t0 = performance.now();
          fns[Atomics.load(ctl, L.kernel)].apply(null, a);
          Atomics.add(ctl, 6, Math.round((performance.now() - t0) * 1000)); Atomics.add(ctl, 7, 1);
        } catch (e) {
          Atomics.store(ctl, L.error, i + 1);
        }
        if (Atomics.sub(ctl, L.pending, 1) === 1) Atomics.notify(ctl, L.pending);
      }
      // Idle: poll briefly (the next kernel usually comes soon), then sleep.
      let w = Atomics.load(ctl, L.wake);
      const until = performance.now() + L.spinMs;
      while (w === seen) {
        for (let s = 0; s < 256 && w === seen; s++) w = Atomics.load(ctl, L.wake);
        if (performance.now() > until) break;
      }
      while (w === seen) {
        Atomics.wait(ctl, L.wake, seen);
        w = Atomics.load(ctl, L.wake);
      }
      seen = w;
      if (Atomics.load(ctl, L.stop)) return;
    }
  });
}
`;
  }
});

// src/backend/cpu/thread-pool.ts
function canBlock(ctl) {
  try {
    Atomics.wait(ctl, LAYOUT.error, 1, 0);
    return true;
  } catch {
    return false;
  }
}
var MAX_THREADS, MAX_ARGS, LAYOUT, ThreadPool;
var init_thread_pool = __esm({
  "src/backend/cpu/thread-pool.ts"() {
    "use strict";
    init_thread_worker_source();
    MAX_THREADS = 64;
    MAX_ARGS = 24;
    LAYOUT = {
      /** Parts not finished yet; the caller waits on it. */
      pending: 0,
      /** 1 + the index of a part that threw, or 0. */
      error: 1,
      /** The job's kernel index. */
      kernel: 2,
      /** gen << 16 | parts << 8 | next part to claim: one word, so a claim (compareExchange) is checked against its own job. */
      next: 3,
      /** Bumped to wake idle helpers; they wait on it. */
      wake: 4,
      stop: 5,
      /** A ready flag per helper slot: 1 running, -1 failed to start. */
      ready: 16,
      argc: 16 + MAX_THREADS,
      argsByte: (16 + 2 * MAX_THREADS) * 4,
      maxArgs: MAX_ARGS,
      /**
       * How long an idle helper polls for work before it sleeps: waking a sleeping
       * thread costs about 0.1 ms, more than a small kernel, and in a training step
       * the next kernel comes within tens of microseconds. Short, because on a
       * machine with more runnable threads than cores a spinning helper takes time
       * from the thread it would help.
       */
      spinMs: 0.5,
      /** How long the caller polls for running parts before it sleeps (Node; a browser page cannot sleep). */
      joinSpinMs: 0.05
    };
    ThreadPool = class {
      constructor(setup, spawn) {
        this.setup = setup;
        this.spawn = spawn;
        this.blocking = canBlock(this.ctl);
      }
      setup;
      spawn;
      control = new SharedArrayBuffer(LAYOUT.argsByte + MAX_THREADS * MAX_ARGS * 8);
      ctl = new Int32Array(this.control);
      args = new Float64Array(this.control, LAYOUT.argsByte);
      helpers = [];
      blocking;
      gen = 0;
      closed = false;
      /** Starts helpers until there are `count` (never fewer: unused ones just sleep). */
      ensureHelpers(count) {
        if (this.closed) throw new Error("cpu threads: the pool was shut down");
        while (this.helpers.length < Math.min(count, MAX_THREADS - 1)) {
          const slot = this.helpers.length + 1;
          const { module, memory: memory2, kernels } = this.setup;
          const message = { module, memory: memory2, control: this.control, slot, scratch: this.setup.allocScratch(slot), kernels, layout: LAYOUT };
          this.helpers.push(this.spawn(THREAD_WORKER_SOURCE, message));
        }
      }
      /**
       * Waits (up to `timeoutMs`) until helpers 1..count are running; returns how many are.
       * Only where this thread may block: elsewhere it answers at once.
       */
      waitReady(count, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        for (let slot = 1; slot <= count && slot <= this.helpers.length; slot++) {
          while (this.blocking && Atomics.load(this.ctl, LAYOUT.ready + slot) === 0) {
            const left = deadline - Date.now();
            if (left <= 0) break;
            Atomics.wait(this.ctl, LAYOUT.ready + slot, 0, left);
          }
        }
        return this.readyHelpers(count);
      }
      /** Polls until helpers 1..count are running or failed (browsers: helpers start only once the page's thread yields). */
      async whenReady(count, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        const settled = () => {
          for (let slot = 1; slot <= count && slot <= this.helpers.length; slot++) {
            if (Atomics.load(this.ctl, LAYOUT.ready + slot) === 0) return false;
          }
          return true;
        };
        while (!settled() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
        return this.readyHelpers(count);
      }
      /** Helpers among the first `count` that are running, counted from slot 1 up to the first that is not. */
      readyHelpers(count) {
        let n = 0;
        while (n < count && n < this.helpers.length && Atomics.load(this.ctl, LAYOUT.ready + n + 1) === 1) n++;
        return n;
      }
      /** Whether a helper reported that it could not start (bad module, no memory). */
      failedHelper() {
        for (let slot = 1; slot <= this.helpers.length; slot++) if (Atomics.load(this.ctl, LAYOUT.ready + slot) === -1) return true;
        return false;
      }
      /**
       * Runs `kernel` once per argument list, each list on whichever thread claims
       * it first (this one through `runHere`), returning when all are done. Every
       * part must write its own outputs and use its own scratch.
       */
      run(kernel, parts, runHere) {
        const { ctl, args } = this;
        const n = parts.length;
        if (n > MAX_THREADS) throw new Error(`cpu threads: ${n} parts exceed ${MAX_THREADS}`);
        parts.forEach((p, i) => {
          if (p.length > MAX_ARGS) throw new Error(`cpu threads: ${p.length} arguments exceed ${MAX_ARGS}`);
          args.set(p, i * MAX_ARGS);
          ctl[LAYOUT.argc + i] = p.length;
        });
        Atomics.store(ctl, LAYOUT.error, 0);
        Atomics.store(ctl, LAYOUT.kernel, kernel);
        Atomics.store(ctl, LAYOUT.pending, n);
        this.gen = this.gen + 1 & 32767;
        Atomics.store(ctl, LAYOUT.next, this.gen << 16 | n << 8);
        Atomics.add(ctl, LAYOUT.wake, 1);
        globalThis.__woken = (globalThis.__woken ?? 0) + Atomics.notify(ctl, LAYOUT.wake, n - 1);
        let failure;
        for (let i = this.claim(); i >= 0; i = this.claim()) {
          try {
            runHere(parts[i]);
          } catch (e) {
            failure ??= e;
          }
          Atomics.sub(ctl, LAYOUT.pending, 1);
        }
        this.join();
        if (failure !== void 0) throw failure;
        const failed = Atomics.load(ctl, LAYOUT.error);
        if (failed !== 0) throw new Error(`cpu threads: ${this.setup.kernels[kernel] ?? "?"} (part ${failed - 1}) failed in a helper thread`);
      }
      /** Claims the next part of the current job; -1 when none is left. */
      claim() {
        const { ctl } = this;
        for (; ; ) {
          const t2 = Atomics.load(ctl, LAYOUT.next);
          const i = t2 & 255;
          if (i >= (t2 >> 8 & 255)) return -1;
          if (Atomics.compareExchange(ctl, LAYOUT.next, t2, t2 + 1) === t2) return i;
        }
      }
      join() {
        const { ctl } = this;
        let left = Atomics.load(ctl, LAYOUT.pending);
        const until = performance.now() + LAYOUT.joinSpinMs;
        while (left !== 0 && performance.now() < until) {
          for (let s = 0; s < 256 && left !== 0; s++) left = Atomics.load(ctl, LAYOUT.pending);
        }
        while (left !== 0) {
          if (this.blocking) Atomics.wait(ctl, LAYOUT.pending, left);
          left = Atomics.load(ctl, LAYOUT.pending);
        }
      }
      /** Ends every helper; the pool cannot run jobs afterwards. */
      close() {
        if (this.closed) return;
        this.closed = true;
        Atomics.store(this.ctl, LAYOUT.stop, 1);
        Atomics.add(this.ctl, LAYOUT.wake, 1);
        Atomics.notify(this.ctl, LAYOUT.wake);
        for (const h of this.helpers) h.terminate();
        this.helpers.length = 0;
      }
    };
  }
});

// src/backend/worker/spawn.ts
var spawn_exports = {};
__export(spawn_exports, {
  browserSpawner: () => browserSpawner,
  getWorkerSpawner: () => getWorkerSpawner,
  setWorkerSpawner: () => setWorkerSpawner
});
function setWorkerSpawner(s) {
  spawner = s;
}
function getWorkerSpawner() {
  return spawner;
}
var browserSpawner, spawner;
var init_spawn = __esm({
  "src/backend/worker/spawn.ts"() {
    "use strict";
    browserSpawner = (source, entry) => {
      const bootstrap = `
${entry}((m, t) => self.postMessage(m, t), (h) => { self.onmessage = (e) => h(e.data); });
`;
      const url = URL.createObjectURL(new Blob([source, bootstrap], { type: "text/javascript" }));
      const worker = new Worker(url);
      URL.revokeObjectURL(url);
      return {
        postMessage: (m, t2) => worker.postMessage(m, t2),
        onMessage: (h) => worker.addEventListener("message", (e) => h(e.data)),
        onFailure: (h) => worker.addEventListener("error", (e) => h(e.message || "the worker failed")),
        terminate: () => worker.terminate()
      };
    };
    spawner = typeof Worker === "function" && typeof Blob === "function" ? browserSpawner : void 0;
  }
});

// src/backend/cpu/thread-support.ts
function threadSupport(spawner2, cores) {
  return {
    spawn: (source, message) => {
      const port = spawner2(source, THREAD_ENTRY);
      port.postMessage(message, []);
      return { terminate: () => port.terminate() };
    },
    cores
  };
}
function setThreadSupport(s) {
  support = s;
}
function getThreadSupport() {
  return support;
}
function requestedThreads() {
  return requested;
}
var browserSupport, support, requested;
var init_thread_support = __esm({
  "src/backend/cpu/thread-support.ts"() {
    "use strict";
    init_spawn();
    init_thread_worker_source();
    browserSupport = threadSupport(browserSpawner, () => typeof navigator !== "undefined" && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 1);
    support = typeof Worker === "function" && typeof Blob === "function" ? browserSupport : void 0;
  }
});

// src/backend/cpu/cpu-threads.ts
function defaultThreads(cores) {
  return Math.max(1, Math.min(cores, DEFAULT_MAX_THREADS));
}
function splitRange(total, parts, align = 1) {
  const units = Math.ceil(total / align);
  const n = Math.max(1, Math.min(parts, units));
  const out = [];
  let unit = 0;
  for (let i = 0; i < n; i++) {
    const take = Math.floor(units / n) + (i < units % n ? 1 : 0);
    const start = unit * align;
    const end = Math.min(total, (unit + take) * align);
    if (end > start) out.push({ start, count: end - start });
    unit += take;
  }
  return out;
}
var THREAD_KERNELS, MIN_WORK_PER_THREAD, PARTS_PER_THREAD, MACS_PER_ELEMENT, DEFAULT_MAX_THREADS, SLOT_BYTES, SLOTS, MATMUL_NR, G_BATCH, CpuThreads;
var init_cpu_threads = __esm({
  "src/backend/cpu/cpu-threads.ts"() {
    "use strict";
    init_capability();
    init_thread_pool();
    init_thread_support();
    THREAD_KERNELS = [
      "matmul_f32",
      "im2col_f32",
      "col2im_f32",
      "conv2d_direct_f32",
      "conv2d_batched_f32",
      "conv2d_weight_grad_pack_f32",
      "conv2d_weight_grad_f32",
      "maxpool2d_f32",
      "maxpool2d_backward_f32",
      "avgpool2d_f32",
      "avgpool2d_backward_f32",
      "softmax_f32",
      "reduce_f32",
      "reduce_i32",
      "unary_f32",
      "unary_i32",
      "binary_f32",
      "binary_i32",
      "where_32",
      "clamp_f32",
      "clamp_i32",
      "convert"
    ];
    MIN_WORK_PER_THREAD = 1 << 15;
    PARTS_PER_THREAD = 4;
    MACS_PER_ELEMENT = 8;
    DEFAULT_MAX_THREADS = 8;
    SLOT_BYTES = 128;
    SLOTS = 8;
    MATMUL_NR = 8;
    G_BATCH = 0;
    CpuThreads = class {
      constructor(k, alloc, threading, unavailableReason) {
        this.k = k;
        this.alloc = alloc;
        this.threading = threading;
        this.unavailableReason = unavailableReason;
        k.set_thread_scratch(alloc(k.thread_scratch_bytes()));
        this.requested = threading ? requestedThreads() ?? defaultThreads(threading.cores) : 1;
        this.startHelpers();
      }
      k;
      alloc;
      threading;
      unavailableReason;
      pool;
      requested;
      /** See MIN_WORK_PER_THREAD. Tests set 1 to split small problems. */
      minWorkPerThread = MIN_WORK_PER_THREAD;
      /** Per part index: pack buffers for matmul and argument slots (allocated when first needed). */
      packA = [];
      packB = [];
      slots = [];
      /** Helper scratch blocks by slot, kept across a release so restarted helpers reuse them. */
      helperScratch = [];
      /** Threads kernels may use: what was asked for (setNumThreads), 1 without shared memory. */
      get numThreads() {
        return this.threading ? this.requested : 1;
      }
      /** Threads running now: helpers start in the background, and a kernel uses only those already up. */
      get running() {
        if (!this.threading || this.requested === 1) return 1;
        this.startHelpers();
        return 1 + this.pool.readyHelpers(this.requested - 1);
      }
      setNumThreads(n) {
        if (!this.threading) return;
        this.requested = Math.min(n, MAX_THREADS);
        this.startHelpers();
        this.pool?.waitReady(this.requested - 1, 5e3);
      }
      /** Resolves when the requested helpers run (or failed, or 10 s passed). */
      async ready() {
        await this.pool?.whenReady(this.requested - 1, 1e4);
      }
      /** Ends the helpers (torch.shutdown); the next kernel that wants them starts them again. */
      release() {
        this.pool?.close();
        this.pool = void 0;
      }
      /** A line for deviceInfo(). */
      describe() {
        const kernels = CPU_CAPABILITY_NAMES[getCpuCapability()];
        if (!this.threading) return `${kernels}, 1 thread (${this.unavailableReason ?? "no shared memory"})`;
        const failed = this.pool?.failedHelper() ? "; a helper thread failed to start" : "";
        return `${kernels}, ${this.requested} thread${this.requested === 1 ? "" : "s"} (shared memory${failed})`;
      }
      startHelpers() {
        if (!this.threading || this.requested === 1) return;
        this.pool ??= new ThreadPool({
          module: this.threading.module,
          memory: this.k.memory,
          kernels: THREAD_KERNELS,
          allocScratch: (slot) => this.helperScratch[slot] ??= this.alloc(this.k.thread_scratch_bytes())
        }, this.threading.spawn);
        this.pool.ensureHelpers(this.requested - 1);
      }
      /** See PARTS_PER_THREAD; a field, as minWorkPerThread, so one process can compare settings. */
      partsPerThread = PARTS_PER_THREAD;
      /**
       * Number of parts worth running `work` (multiply-adds or elements) in: up
       * to `perThread` per running thread, each at least minWorkPerThread.
       */
      partsFor(work, perThread = this.partsPerThread) {
        const running = this.running;
        if (running === 1) return 1;
        return Math.max(1, Math.min(running * perThread, Math.floor(work / this.minWorkPerThread)));
      }
      /**
       * Runs one call of `kernel` per argument list, each on whichever thread
       * claims it: a list's resources (pack buffers, argument slots, scratch) are
       * indexed by the list, never by a thread.
       */
      run(kernel, argLists) {
        const fn = this.k[kernel];
        if (argLists.length === 1) {
          fn(...argLists[0]);
          return;
        }
        this.pool.run(THREAD_KERNELS.indexOf(kernel), argLists, (args) => fn(...args));
      }
      /** Address of argument slot `slot` of part `part` (its own, so parts never share one). */
      slot(part, slot) {
        if (slot >= SLOTS) throw new Error(`cpu threads: argument slot ${slot} out of range`);
        this.slots[part] ??= this.alloc(SLOTS * SLOT_BYTES);
        return this.slots[part] + slot * SLOT_BYTES;
      }
      /** Writes an i32 array into a part's argument slot; returns its address. */
      writeSlot(part, slot, values) {
        if (values.length * 4 > SLOT_BYTES) throw new Error(`cpu threads: ${values.length} values overflow an argument slot`);
        const ptr = this.slot(part, slot);
        new Int32Array(this.k.memory.buffer, ptr, values.length).set(values);
        return ptr;
      }
      /**
       * Runs a kernel that reads a geometry array over batch slices: `args(range,
       * geometryPtr, part)` gives one part's arguments for the geometry written
       * with batch = range.count. `workPerImage` decides how many parts pay.
       */
      byBatch(kernel, geometry2, workPerImage, args, align = 1) {
        const batch = geometry2[G_BATCH];
        const ranges = splitRange(batch, this.partsFor(batch * workPerImage), align);
        this.run(kernel, ranges.map((r, t2) => {
          const g = [...geometry2];
          g[G_BATCH] = r.count;
          return args(r, this.writeSlot(t2, 0, g), t2);
        }));
      }
      /** Runs a kernel over rows [0, rows) split into ranges; `args(range, part)` gives a part's arguments. */
      byRows(kernel, rows, workPerRow, args) {
        this.run(kernel, splitRange(rows, this.partsFor(rows * workPerRow)).map((r, t2) => args(r, t2)));
      }
      /**
       * out = a @ b (see matmul_f32 in assembly/matmul.ts), split over threads by
       * batch where that balances (and the batch is not summed), else by output
       * rows or columns, whichever is longer: the other operand's packing is what
       * every thread repeats, so those take one part per thread. A batch split
       * repeats nothing and takes up to partsPerThread parts per thread: a helper
       * whose core is taken then leaves the caller less to wait for.
       */
      matmul(out, a2, b2, batch, m, n, kk, sa, sb, sumBatch) {
        const work = batch * m * n * kk / MACS_PER_ELEMENT;
        const parts = this.partsFor(work, 1);
        const lists = [];
        const call = (t2, o, pa, pb, nb, m0, m1, n0, n1) => {
          lists.push([
            o,
            pa,
            pb,
            nb,
            m,
            n,
            kk,
            sa[0],
            sa[1],
            sa[2],
            sb[0],
            sb[1],
            sb[2],
            this.pack(t2, "a"),
            this.pack(t2, "b"),
            sumBatch ? 1 : 0,
            m0,
            m1,
            n0,
            n1
          ]);
        };
        const batchParts = sumBatch ? void 0 : [this.partsFor(work), parts].find((p) => p > 1 && (batch % p === 0 || batch >= 4 * p));
        if (batchParts !== void 0) {
          splitRange(batch, batchParts).forEach((r, t2) => {
            call(t2, out + r.start * m * n * 4, a2 + r.start * sa[0] * 4, b2 + r.start * sb[0] * 4, r.count, 0, m, 0, n);
          });
        } else if (m >= n) {
          splitRange(m, parts, this.k.matmul_mr()).forEach((r, t2) => call(t2, out, a2, b2, batch, r.start, r.start + r.count, 0, n));
        } else {
          splitRange(n, parts, MATMUL_NR).forEach((r, t2) => call(t2, out, a2, b2, batch, 0, m, r.start, r.start + r.count));
        }
        this.run("matmul_f32", lists);
      }
      pack(part, which) {
        const list = which === "a" ? this.packA : this.packB;
        list[part] ??= this.alloc(which === "a" ? this.k.matmul_pack_a_bytes() : this.k.matmul_pack_b_bytes());
        return list[part];
      }
    };
  }
});

// src/backend/cpu/kernels.gen.ts
var KERNELS_WASM_BASE64, KERNELS_THREADS_WASM_BASE64, KERNELS_RELAXED_WASM_BASE64, KERNELS_THREADS_RELAXED_WASM_BASE64;
var init_kernels_gen = __esm({
  "src/backend/cpu/kernels.gen.ts"() {
    "use strict";
    KERNELS_WASM_BASE64 = "AGFzbQEAAAAB9gEYYAd/f39/f39/AGAGf39/f39/AGABewF7YAABf2AEf39/fwBgCn9/f39/f39/f38AYAV/f39/fwBgA39/fwBgAn9/AX9gC39/f39/f39/f39/AGACfX0BfWACf38BfWABfwBgA39/fwF/YAN/f38BfWAJf39/f319fX1/AGAJf39/f39/f39/AGAUf39/f39/f39/f39/f39/f39/f38AYAh/f39/f39/fwBgDn9/f39/f39/f39/f39/AGAHf399fX9/fwBgCn9/f399fX9/f38AYA1/f39/f39/f39/fX9/AGAQf39/f39/f39/f39/f399fwADR0YKCQICAgICAgICAgsGAQMMBg0OAAABAQQEAQQEDwEQAwMDEQUAAAAAAAAJEgEBAAATAwcGAQAUBRUFBQcIAAEIAQgABxYXBQQBAIACBgYBfwFBAAsH2QUqFHRocmVhZF9zY3JhdGNoX2J5dGVzAA4Sc2V0X3RocmVhZF9zY3JhdGNoAA8JaGVhcF9iYXNlADEJdW5hcnlfZjMyAC0JdW5hcnlfaTMyACwKYmluYXJ5X2YzMgA4CmJpbmFyeV9pMzIANwh3aGVyZV8zMgAqCWNsYW1wX2YzMgA2CWNsYW1wX2kzMgA1B2NvbnZlcnQANAdmaWxsXzMyADIKcmVkdWNlX2YzMgAUCnJlZHVjZV9pMzIAEwtzb2Z0bWF4X2YzMgAQCW1hdG11bF9tcgAhE21hdG11bF9wYWNrX2FfYnl0ZXMAIBNtYXRtdWxfcGFja19iX2J5dGVzAB8KbWF0bXVsX2YzMgAiD2luZGV4X3NlbGVjdF8zMgAmDWluZGV4X2FkZF9mMzIAKA1pbmRleF9hZGRfaTMyACcJZ2F0aGVyXzMyACkPc2NhdHRlcl9hZGRfZjMyACUPc2NhdHRlcl9hZGRfaTMyACQKaW0yY29sX2YzMgA7CmNvbDJpbV9mMzIAQxtjb252MmRfZGlyZWN0X3NjcmF0Y2hfYnl0ZXMAPxFjb252MmRfZGlyZWN0X2YzMgBAHGNvbnYyZF9iYXRjaGVkX3NjcmF0Y2hfYnl0ZXMAQRJjb252MmRfYmF0Y2hlZF9mMzIAQiBjb252MmRfd2VpZ2h0X2dyYWRfc2NyYXRjaF9ieXRlcwA8G2NvbnYyZF93ZWlnaHRfZ3JhZF9wYWNrX2YzMgA9FmNvbnYyZF93ZWlnaHRfZ3JhZF9mMzIAPg1tYXhwb29sMmRfZjMyABcWbWF4cG9vbDJkX2JhY2t3YXJkX2YzMgAYDWF2Z3Bvb2wyZF9mMzIAGhZhdmdwb29sMmRfYmFja3dhcmRfZjMyABsNYXR0ZW50aW9uX2YzMgBEFmF0dGVudGlvbl9iYWNrd2FyZF9mMzIARQdzZ2RfZjMyABwGbWVtb3J5AgAMAQQKmYEGRo8HBBF/CXwBfgN9IAGLQwAAAEBfBEAgAUMAAABAWwRAIAAgAJQPCyABQwAAAD9bBEAgAJGLQwAAgH8gAEMAAID/XBsPCyABQwAAgL9bBEBDAACAPyAAlQ8LIAFDAACAP1sEQCAADwsgAUMAAAAAWwRAQwAAgD8PCwsCfSABvCIHQQF0IghBAWtB////d08iBiAAvCICQYCAgARrQYCAgPgHT3IEQCAGBEBDAACAPyAIRQ0CGkMAAMB/IAJBgICA/ANGDQIaIAAgAZIgB0EBdEGAgIB4SyACQQF0QYCAgHhLcg0CGkMAAMB/IAJBAXQiCUGAgID4B0YNAhpDAAAAACAHQR92RSAJQYCAgPgHSUYNAhogASABlAwCCyACQQF0QQFrQf///3dPBEAgACAAlCEeQwAAgD8gHowgHiACQR92BH8Cf0EAIAdBF3ZB/wFxIgpB/wBJDQAaQQIgCkGWAUsNABpBAEEBQZYBIAprdCILQQFrIAdxDQAaQQEgByALcQ0AGkECC0EBRgVBAAsbIh+VIB8gB0EASBsMAgsgAkEASARAIAAgAJMiHSAdlQJ/QQAgB0EXdkH/AXEiDEH/AEkNABpBAiAMQZYBSw0AGkEAQQFBlgEgDGt0Ig1BAWsgB3ENABpBASAHIA1xDQAaQQILIg5FDQIaQYCABEEAIA5BAUYbIQUgAkH/////B3EhAgsgAkGAgIAESQRAIABDAAAAS5S8Qf////8HcUGAgIDcAGshAgsLIAJBgIDM+QNrIg9BE3ZBD3EhECACIA9BgICAfHEiEWu+uyAQQQR0QaiCBGoiEisDAKJEAAAAAAAA8L+gIhZEC25JyRZ20j+iRHrGdaBpGde/oCEXIBZEK7gqZUcV9z+iIBIrAwggEUEXdbegoCAWRN26p2wKx94/okTI9r5IRxXnv6AgFiAWoiIYoqAhFSABuyAXIBggGKKiIBWgoiIZvUIviEL//wODQr+BAloEQEMAAID/QwAAgH8gBRsgGURx1dH///9fQGQNARpDAAAAgEMAAAAAIAUbIBlEAAAAAADAYsBlDQEaCyAZRAAAAAAAAOhCoCIavSEcIBkgGkQAAAAAAADowqChIhtE1lIM/0Iu5j+iRAAAAAAAAPA/oCAbRJQjkUv4aqw/okTzxPpQzr/OP6AgGyAboqKgIBynQR9xQQN0QaiEBGopAwAgBa0gHHxCL4Z8v6K2CwvfAwEafyADIARBAWtBAnQiIGooAgAhFCAGICBqKAIAIR0gCAR/IAggIGooAgAFQQALIR4gCgR/IAogIGooAgAFQQALIR9BASEQIARBAk4EQCADICBBBGsiIWooAgAhECAGICFqKAIAIRUgCAR/IAggIWooAgAFQQALIRYgCgR/IAogIWooAgAFQQALIRELIwAhDiAEQQJrIRdBASESQQAhBANAIAQgF0gEQCAEQQJ0IiIgA2ooAgAgEmwhEiAOICJqQQA2AgAgBEEBaiEEDAELCwNAIBIgE0oEQCAAIAEgAiAFIAtqIBUgHSAHIAxqIBYgHiAJIA1qIBEgHyAQIBQQMCAQIBRsQQJ0IAJqIQIgF0EBayEPA0AgD0EATgRAAkAgAyAPQQJ0IiNqKAIAIRggDiAjaigCAEEBaiEZIAYgI2ooAgBBAnQhGiAIBH8gCCAjaigCAEECdAVBAAshGyAKBH8gCiAjaigCAEECdAVBAAshHCAYIBlKBEAgDiAjaiAZNgIAIAsgGmohCyAMIBtqIQwgDSAcaiENDAELIA4gI2pBADYCACALIBhBAWsiJCAabGshCyAMIBsgJGxrIQwgDSAcICRsayENIA9BAWshDwwCCwsLIBNBAWohEwwBCwsLwgMBDHsgAEG4gAT9CQIA/eYBIAAgAEG0gAT9CQIA/UMiBP1SIgVBF/2tAf0MfgAAAH4AAAB+AAAAfgAAAP2xASAE/QwXAAAAFwAAABcAAAAXAAAA/U79sQEgBf0M//9/AP//fwD//38A//9/AP1O/QwAAAA/AAAAPwAAAD8AAAA//VAiBkG8gAT9CQIA/UMiB/2uASEIIAYgBiAH/U795AFBsIAE/QkCAP3lASIJIAn95gEhCiAAIABB8IAE/QkCAEHogAT9CQIAIAlB4IAE/QkCAEHcgAT9CQIAQdiABP0JAgBB1IAE/QkCAEHQgAT9CQIAQcyABP0JAgBByIAE/QkCAEHEgAT9CQIAQcCABP0JAgAgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAn95gEgCv3mASAI/foBIgtBlIAE/QkCAP3mAf3kASAKQeSABP0JAgD95gH95AH95AEgC0GQgAT9CQIA/eYB/eQBIABB7IAE/QkCACIM/UH9UiAAIAz9Q/1SIABB9IAE/QkCAP1B/VIgACAA/UL9UgvdAwENeyAA/eABIgMgA/3kAUGAgAT9CQIA/esBQYSABP0JAgD96gEiB0GIgAT9CQIA/eYBQYyABP0JAgAiCP3kASIFIAj95QEhCUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACAHIAlBkIAE/QkCAP3mAf3lASAJQZSABP0JAgD95gH95QEiCv3mAf3kASAK/eYB/eQBIAr95gH95AEgCv3mAf3kASAK/eYB/eQBIQsgAEGMgQT9CQIAQYiBBP0JAgBBhIEE/QkCAEGAgQT9CQIAQfyABP0JAgAgACAA/eYBIgb95gH95AEgBv3mAf3kASAG/eYB/eQBIAb95gH95AEgBv3mASAA/eYB/eQBQbCABP0JAgAiBEGQgQT9CQIAIAogCyAK/eYBIAr95gH95AEgBP3kASAF/QwAAEBLAABASwAAQEsAAEBL/bEBIgxBAf2sASIN/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgDCAN/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgBP3kAf3nAf3lASAA/QwAAACAAAAAgAAAAIAAAACA/U79UCADQZSBBP0JAgD9Q/1SC9QCAQV7QeSBBP0JAgBB4IEE/QkCAEHcgQT9CQIAIAAgAEHsgQT9CQIA/eYB/WoiAUHwgQT9CQIA/eYB/eUBIAFB9IEE/QkCAP3mAf3lASABQfiBBP0JAgD95gH95QEiAiAC/eYBIgT95gH95AEgBP3mAf3kASEDQbCABP0JAgAgBEHogQT9CQIA/eYB/eUBIAMgBP3mASAE/eYB/eQBIAJB2IEE/QkCAEHUgQT9CQIAQdCBBP0JAgAgBP3mAf3kASAE/eYB/eQBIAT95gEgAv3mAf3kASABQYyABP0JAgD95AH9DAAAQEsAAEBLAABASwAAQEv9sQH9DAAAAAAAAAAAAAAAAAAAAAD9rgEiBf0MAQAAAAEAAAABAAAAAQAAAP1O/QwBAAAAAQAAAAEAAAABAAAA/Tf9UiAF/QwCAAAAAgAAAAIAAAACAAAA/U5BHv2rAf1RC8cCAQp7IAD94QFBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIgRBiIAE/QkCAP3mAUGMgAT9CQIAIgX95AEiAyAF/eUBIQZBrIAE/QkCAEGogAT9CQIAQaSABP0JAgBBoIAE/QkCAEGcgAT9CQIAQZiABP0JAgAgBCAGQZCABP0JAgD95gH95QEgBkGUgAT9CQIA/eYB/eUBIgf95gH95AEgB/3mAf3kASAH/eYB/eQBIAf95gH95AEgB/3mAf3kASEIQbCABP0JAgAiAiACIAcgCCAH/eYBIAf95gH95AEgAv3kASAD/QwAAEBLAABASwAAQEsAAEBL/bEBIglBAf2sASIK/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgCSAK/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH95AH95wELSgEEeyAAQbCABP0JAgAiA/3kASICIAP95QEhBCACIAAgAhACIAD95gEgBP3nASAEQeyABP0JAgD9Qf1SIAJB9IAE/QkCAP1B/VILhQMBEHsgAEGAgAT9CQIA/esBQYSABP0JAgD96gEiBUGIgAT9CQIA/eYBQYyABP0JAgAiBv3kASIHIAb95QEhCEGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACAFIAhBkIAE/QkCAP3mAf3lASAIQZSABP0JAgD95gH95QEiCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIQogACAJIAogCf3mASAJ/eYB/eQBQbCABP0JAgAiBP3kASAH/QwAAEBLAABASwAAQEsAAEBL/bEBIgtBAf2sASIM/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgCyAM/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEiDSAE/eUBIg4gAP3mASANEAL95wEgDkHsgAT9CQIA/UH9UiEPIA1B+IAE/QkCACIQIA8gDiAQ/UH9UiANQfSABP0JAgD9Qf1SC+AEARB7QZyBBP0JAgBBmIEE/QkCACAA/eABIgQiB/3mAf3kASEIIAf94QFBsIEE/QkCAEGsgQT9CQIAQaiBBP0JAgBBpIEE/QkCAEGggQT9CQIAIAf95gH95AEgCCAAIAD95gEiCf3mAf3kASAH/eYB/eQBIAf95gH95AEgB/3mAf3kASAH/eYB/eQBQYCABP0JAgD96wFBhIAE/QkCAP3qASIKQYiABP0JAgD95gFBjIAE/QkCACIL/eQBIgUgC/3lASEMQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIAogDEGQgAT9CQIA/eYB/eUBIAxBlIAE/QkCAP3mAf3lASIN/eYB/eQBIA395gH95AEgDf3mAf3kASAN/eYB/eQBIA395gH95AEhDkGwgAT9CQIAIgYgDSAOIA395gEgDf3mAf3kASAG/eQBIAX9DAAAQEsAAEBLAABASwAAQEv9sQEiD0EB/awBIhD9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASAPIBD9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf3lAf0M////f////3////9/////f/1OIAD9DAAAAIAAAACAAAAAgAAAAID9Tv1QIABByIEE/QkCAEHEgQT9CQIAQcCBBP0JAgBBvIEE/QkCAEG4gQT9CQIAQbSBBP0JAgAgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAD95gH95AEgBEHMgQT9CQIA/UT9UgvUAgEFe0HkgQT9CQIAQeCBBP0JAgBB3IEE/QkCACAAIABB7IEE/QkCAP3mAf1qIgFB8IEE/QkCAP3mAf3lASABQfSBBP0JAgD95gH95QEgAUH4gQT9CQIA/eYB/eUBIgIgAv3mASIE/eYB/eQBIAT95gH95AEhA0GwgAT9CQIAIARB6IEE/QkCAP3mAf3lASADIAT95gEgBP3mAf3kASACQdiBBP0JAgBB1IEE/QkCAEHQgQT9CQIAIAT95gH95AEgBP3mAf3kASAE/eYBIAL95gH95AEgAUGMgAT9CQIA/eQB/QwAAEBLAABASwAAQEsAAEBL/bEB/QwBAAAAAQAAAAEAAAABAAAA/a4BIgX9DAEAAAABAAAAAQAAAAEAAAD9Tv0MAQAAAAEAAAABAAAAAQAAAP03/VIgBf0MAgAAAAIAAAACAAAAAgAAAP1OQR79qwH9UQvRBAERe0GcgQT9CQIAQZiBBP0JAgAgAP3gASIEIgf95gH95AEhCCAH/eEBQbCBBP0JAgBBrIEE/QkCAEGogQT9CQIAQaSBBP0JAgBBoIEE/QkCACAH/eYB/eQBIAggACAA/eYBIgn95gH95AEgB/3mAf3kASAH/eYB/eQBIAf95gH95AEgB/3mAf3kAUGAgAT9CQIA/esBQYSABP0JAgD96gEiCkGIgAT9CQIA/eYBQYyABP0JAgAiC/3kASIFIAv95QEhDEGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACAKIAxBkIAE/QkCAP3mAf3lASAMQZSABP0JAgD95gH95QEiDf3mAf3kASAN/eYB/eQBIA395gH95AEgDf3mAf3kASAN/eYB/eQBIQ4gDSAOIA395gEgDf3mAf3kAUGwgAT9CQIAIgb95AEgBf0MAABASwAAQEsAAEBLAABAS/2xASIPQQH9rAEiEP0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIA8gEP2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIhFBkIEE/QkCACAR/eUBIABB7IAE/QkCAP1D/VIgBiAAQciBBP0JAgBBxIEE/QkCAEHAgQT9CQIAQbyBBP0JAgBBuIEE/QkCAEG0gQT9CQIAIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAA/eYB/eQB/eQBIARBzIEE/QkCAP1E/VILyAICEXsEfyABQYAITARAA0AgASATQRBqTgRAIBNBAnQgAGoiFf0ABAAhByACIAf95AEhAiAV/QAEECEIIAUgCP3kASEFIBX9AAQgIQkgBCAJ/eQBIQQgFf0ABDAhCiAGIAr95AEhBiATQRBqIRMMAQsLA0AgASATQQRqTgRAIBNBAnQgAGr9AAQAIQsgAiAL/eQBIQIgE0EEaiETDAELCyACIAX95AEhDCAEIAb95AEhDSAMIA395AEiDiAO/Q0ICQoLDA0ODwABAgMEBQYHIQ8gDiAP/eQBIhAgEP0NBAUGBwABAgMMDQ4PCAkKCyERIBAgEf3kASECA0AgASATSgRAIBNBAnQgAGr9XAIAIRIgAiAS/eQBIQIgE0EBaiETDAELCyAC/R8ADwsgACABQQF1QXBxIhYQCyAWQQJ0IABqIAEgFmsQC5ILnAEDBX8BewF9A0AgAyAFQQRqIgdOBEAgCiAFQQJ0IgggAWr9AAQAIAIgCGr9AAQA/eYB/eQBIQogByEFDAELCyAK/R8AIAr9HwGSIAr9HwIgCv0fA5KSIQsDQCADIAVKBEAgCyAFQQJ0IgkgAWoqAgAgAiAJaioCAJSSIQsgBUEBaiEFDAELCyAAIAQEfSAAKgIAIAuSBSALCzgCAAvxBgIPfxZ7A0AgBSAJSgRAIAMgCWwgAWohCiADQQRGQQggBSAJayIMIAxBCEobIg1BCEZxBEBBACEHA0AgBCAHSgRAIAAgAiAHbCAKaiIO/QAEAP0LBAAgACAO/QAEEP0LBBAgAEEgaiEAIAdBAWohBwwBCwsFIAJBBEYgDUEIRnEEQEEAIQcDQCAEIAdBBGoiD04EQCAAIAdBAnQgCmoiEP0ABAAiGyADIBBq/QAEACIc/Q0AAQIDEBESEwQFBgcUFRYXIh0gA0EBdCAQav0ABAAiHiADQQNsIBBq/QAEACIf/Q0AAQIDEBESEwQFBgcUFRYXIiD9DQABAgMEBQYHEBESExQVFhf9CwQAIABBIGogHSAg/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAQUBrIBsgHP0NCAkKCxgZGhsMDQ4PHB0eHyIhIB4gH/0NCAkKCxgZGhsMDQ4PHB0eHyIi/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQeAAaiAhICL9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBEGoiESADQQJ0IBBqIhL9AAQAIiMgAyASav0ABAAiJP0NAAECAxAREhMEBQYHFBUWFyIlIANBAXQgEmr9AAQAIiYgA0EDbCASav0ABAAiJ/0NAAECAxAREhMEBQYHFBUWFyIo/Q0AAQIDBAUGBxAREhMUFRYX/QsEACARQSBqICUgKP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgEUFAayAjICT9DQgJCgsYGRobDA0ODxwdHh8iKSAmICf9DQgJCgsYGRobDA0ODxwdHh8iKv0NAAECAwQFBgcQERITFBUWF/0LBAAgEUHgAGogKSAq/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAQYABaiEAIA8hBwwBCwsDQCAEIAdKBEAgB0ECdCAKaiETQQAhBgNAIAZBCEgEQCAGQQJ0IABqIAMgBmwgE2oqAgA4AgAgBkEBaiEGDAELCyAAQSBqIQAgB0EBaiEHDAELCwVBACEGA0AgBCAGSgRAIAIgBmwgCmohFEEAIQcDQCAHQQhIBEAgB0ECdCAAaiAHIA1IBH0gAyAHbCAUaioCAAVDAAAAAAs4AgAgB0EBaiEHDAELCyAAQSBqIQAgBkEBaiEGDAELCwsLIAlBCGohCQwBCwsLBQBB4AILBgAgACQAC+4NA0J7E38FfSADQQJ0IUwDQCACIEtKBEAgSyBMbCJOIABqIUkgASBOaiFK/QwAAID/AACA/wAAgP8AAID/IQb9DAAAAAAAAAAAAAAAAAAAAAAhCEEAIUcDQCADIEdBBGoiT04EQCAGIEdBAnQgSmr9AAQAIhf96wEhBiAIIBcgF/1C/VAhCCBPIUcMAQsLQwAAwH8gBv0fACAG/R8BlyAG/R8CIAb9HwOXlyAI/VMbIVoDQCADIEdKBEAgR0ECdCBKaioCACBalyFaIEdBAWohRwwBCwsgWiJb/RMhGP0MAAAAAAAAAAAAAAAAAAAAACIGIQlBACFHA0AgAyBHQRBqTgRAQYCCBP0JAgAiGSBHQQJ0Ik0gSmoiUP0ABAAgGP3lASIaQfyBBP0JAgAiD/3mAf3kASIbQRf9qwEhHEGcggT9CQIAIhBBmIIE/QkCACIRQZSCBP0JAgAiEkGQggT9CQIAIhNBjIIE/QkCACIUIBogGyAZ/eUBIh1BhIIE/QkCACIV/eYB/eQBIB1BiIIE/QkCAP3mAf3kASIe/eYB/eQBIB795gH95AEgHv3mAf3kASAe/eYB/eQBIR8gHCAeIBz95gEgH/3mAf3kASAaQaCCBP0JAgAiFv1D/U8hICAZIFD9AAQQIBj95QEiISAP/eYB/eQBIiJBF/2rASEjIBAgESASIBMgFCAhICJBgIIE/QkCAP3lASIkIBX95gH95AEgJEGIggT9CQIA/eYB/eQBIiX95gH95AEgJf3mAf3kASAl/eYB/eQBICX95gH95AEhJiAjICUgI/3mASAm/eYB/eQBICEgFv1D/U8hJyAZIFD9AAQgIBj95QEiKCAP/eYB/eQBIilBF/2rASEqIBAgESASIBMgFCAoIClBgIIE/QkCAP3lASIrIBX95gH95AEgK0GIggT9CQIA/eYB/eQBIiz95gH95AEgLP3mAf3kASAs/eYB/eQBICz95gH95AEhLSAqICwgKv3mASAt/eYB/eQBICggFv1D/U8hLiAZIFD9AAQwIBj95QEiLyAP/eYB/eQBIjBBF/2rASExIBAgESASIBMgFCAvIDBBgIIE/QkCAP3lASIyIBX95gH95AEgMkGIggT9CQIA/eYB/eQBIjP95gH95AEgM/3mAf3kASAz/eYB/eQBIDP95gH95AEhNCAxIDMgMf3mASA0/eYB/eQBIC8gFv1D/U8hNSAERQRAIEkgTWoiUSAg/QsEACBRICf9CwQQIFEgLv0LBCAgUSA1/QsEMAsgBiAgICf95AH95AEhBiAJIC4gNf3kAf3kASEJIEdBEGohRwwBCwsgBiAJ/eQBIQYDQCADIEdBBGpOBEBBgIIE/QkCACI2IEdBAnQiUiBKav0ABAAgGP3lASI3QfyBBP0JAgD95gH95AEiOEEX/asBITlBnIIE/QkCAEGYggT9CQIAQZSCBP0JAgBBkIIE/QkCAEGMggT9CQIAIDcgOCA2/eUBIjpBhIIE/QkCAP3mAf3kASA6QYiCBP0JAgD95gH95AEiO/3mAf3kASA7/eYB/eQBIDv95gH95AEgO/3mAf3kASE8IDkgOyA5/eYBIDz95gH95AEgN0GgggT9CQIA/UP9TyE9IARFBEAgSSBSaiA9/QsEAAsgBiA9/eQBIQYgR0EEaiFHDAELCyAG/R8AIAb9HwGSIAb9HwIgBv0fA5KSIVoDQCADIEdKBEBBgIIE/QkCACI+IEdBAnQiUyBKaioCACBbk/0TIj9B/IEE/QkCAP3mAf3kASJAQRf9qwEhQUGcggT9CQIAQZiCBP0JAgBBlIIE/QkCAEGQggT9CQIAQYyCBP0JAgAgPyBAID795QEiQkGEggT9CQIA/eYB/eQBIEJBiIIE/QkCAP3mAf3kASJD/eYB/eQBIEP95gH95AEgQ/3mAf3kASBD/eYB/eQBIUQgQSBDIEH95gEgRP3mAf3kASA/QaCCBP0JAgD9Q/1P/R8AIVwgBEUEQCBJIFNqIFw4AgALIFogXJIhWiBHQQFqIUcMAQsLIAQEQCBa/RMQAiFFQQAhRwNAIAMgR0EEaiJUTgRAIEdBAnQiVSBJaiBKIFVq/QAEACAY/eUBIEX95QH9CwQAIFQhRwwBCwsgRf0fACFdA0AgAyBHSgRAIEdBAnQiViBJaiBKIFZqKgIAIFuTIF2TOAIAIEdBAWohRwwBCwsFQwAAgD8gWpX9EyFGQQAhRwNAIAMgR0EEaiJXTgRAIEdBAnQgSWoiWCBY/QAEACBG/eYB/QsEACBXIUcMAQsLIEb9HwAhXgNAIAMgR0oEQCBHQQJ0IElqIlkgWSoCACBelDgCACBHQQFqIUcMAQsLCyBLQQFqIUsMAQsLC5QKAjV7CX8CQAJAAkACQAJAIAAOBAECAwQACwALIAIhOQNAIDkgOEEQak4EQCADIDhBAnQgAWoiOv0ABAAiCP2uASEDIAYgOv0ABBAiCf2uASEGIAQgOv0ABCAiCv2uASEEIAcgOv0ABDAiC/2uASEHIDhBEGohOAwBCwsDQCA5IDhBBGpOBEAgAyA4QQJ0IAFq/QAEACIM/a4BIQMgOEEEaiE4DAELCyADIAb9rgEiDSAEIAf9rgEiDv2uASIPIA/9DQgJCgsMDQ4PAAECAwQFBgchECAPIBD9rgEiESAR/Q0EBQYHAAECAwwNDg8ICQoLIRIgESAS/a4BIQMDQCA4IDlIBEAgAyA4QQJ0IAFq/VwCACIT/a4BIQMgOEEBaiE4DAELCyAD/RsADwsgAiE7/QwBAAAAAQAAAAEAAAABAAAAIgMhBv0MAQAAAAEAAAABAAAAAQAAACEE/QwBAAAAAQAAAAEAAAABAAAAIQcDQCA7IDhBEGpOBEAgAyA4QQJ0IAFqIjz9AAQAIhT9tQEhAyAGIDz9AAQQIhX9tQEhBiAEIDz9AAQgIhb9tQEhBCAHIDz9AAQwIhf9tQEhByA4QRBqITgMAQsLA0AgOyA4QQRqTgRAIAMgOEECdCABav0ABAAiGP21ASEDIDhBBGohOAwBCwsgAyAG/bUBIhkgBCAH/bUBIhr9tQEiGyAb/Q0ICQoLDA0ODwABAgMEBQYHIRwgGyAc/bUBIh0gHf0NBAUGBwABAgMMDQ4PCAkKCyEeIB0gHv21ASEDA0AgOCA7SARAIAMgOEECdCABav1cAgAiH/21ASEDIDhBAWohOAwBCwsgA/0bAA8LIAIhPf0MAAAAgAAAAIAAAACAAAAAgCIDIQb9DAAAAIAAAACAAAAAgAAAAIAhBP0MAAAAgAAAAIAAAACAAAAAgCEHA0AgPSA4QRBqTgRAIAMgOEECdCABaiI+/QAEACIg/bgBIQMgBiA+/QAEECIh/bgBIQYgBCA+/QAEICIi/bgBIQQgByA+/QAEMCIj/bgBIQcgOEEQaiE4DAELCwNAID0gOEEEak4EQCADIDhBAnQgAWr9AAQAIiT9uAEhAyA4QQRqITgMAQsLIAMgBv24ASIlIAQgB/24ASIm/bgBIicgJ/0NCAkKCwwNDg8AAQIDBAUGByEoICcgKP24ASIpICn9DQQFBgcAAQIDDA0ODwgJCgshKiApICr9uAEhAwNAIDggPUgEQCADIDhBAnQgAWr9XAIAIiv9uAEhAyA4QQFqITgMAQsLIAP9GwAPCyACIT/9DP///3////9/////f////38iAyEG/Qz///9/////f////3////9/IQT9DP///3////9/////f////38hBwNAID8gOEEQak4EQCADIDhBAnQgAWoiQP0ABAAiLP22ASEDIAYgQP0ABBAiLf22ASEGIAQgQP0ABCAiLv22ASEEIAcgQP0ABDAiL/22ASEHIDhBEGohOAwBCwsDQCA/IDhBBGpOBEAgAyA4QQJ0IAFq/QAEACIw/bYBIQMgOEEEaiE4DAELCyADIAb9tgEiMSAEIAf9tgEiMv22ASIzIDP9DQgJCgsMDQ4PAAECAwQFBgchNCAzIDT9tgEiNSA1/Q0EBQYHAAECAwwNDg8ICQoLITYgNSA2/bYBIQMDQCA4ID9IBEAgAyA4QQJ0IAFq/VwCACI3/bYBIQMgOEEBaiE4DAELCyAD/RsAC7wIAil7B38CQAJAAkACQAJAIAAOBAECAwQACwALIAEgAhALDwsgAiEt/QwAAIA/AACAPwAAgD8AAIA/IgMhBv0MAACAPwAAgD8AAIA/AACAPyEE/QwAAIA/AACAPwAAgD8AAIA/IQcDQCAtICxBEGpOBEAgLEECdCABaiIu/QAEACEIIAMgCP3mASEDIC79AAQQIQkgBiAJ/eYBIQYgLv0ABCAhCiAEIAr95gEhBCAu/QAEMCELIAcgC/3mASEHICxBEGohLAwBCwsDQCAtICxBBGpOBEAgLEECdCABav0ABAAhDCADIAz95gEhAyAsQQRqISwMAQsLIAMgBv3mASENIAQgB/3mASEOIA0gDv3mASIPIA/9DQgJCgsMDQ4PAAECAwQFBgchECAPIBD95gEiESAR/Q0EBQYHAAECAwwNDg8ICQoLIRIgESAS/eYBIQMDQCAsIC1IBEAgLEECdCABav1cAgAhEyADIBP95gEhAyAsQQFqISwMAQsLIAP9HwAPCyACIS/9DAAAgP8AAID/AACA/wAAgP8iAyEG/QwAAID/AACA/wAAgP8AAID/IQT9DAAAgP8AAID/AACA/wAAgP8hBwNAIC8gLEEQak4EQCAsQQJ0IAFqIjD9AAQAIRQgAyAU/ekBIQMgMP0ABBAhFSAGIBX96QEhBiAw/QAEICEWIAQgFv3pASEEIDD9AAQwIRcgByAX/ekBIQcgLEEQaiEsDAELCwNAIC8gLEEEak4EQCAsQQJ0IAFq/QAEACEYIAMgGP3pASEDICxBBGohLAwBCwsgAyAG/ekBIRkgBCAH/ekBIRogGSAa/ekBIhsgG/0NCAkKCwwNDg8AAQIDBAUGByEcIBsgHP3pASIdIB39DQQFBgcAAQIDDA0ODwgJCgshHiAdIB796QEhAwNAICwgL0gEQCAsQQJ0IAFq/VwCACEfIAMgH/3pASEDICxBAWohLAwBCwsgA/0fAA8LIAIhMf0MAACAfwAAgH8AAIB/AACAfyIDIQb9DAAAgH8AAIB/AACAfwAAgH8hBP0MAACAfwAAgH8AAIB/AACAfyEHA0AgMSAsQRBqTgRAICxBAnQgAWoiMv0ABAAhICADICD96AEhAyAy/QAEECEhIAYgIf3oASEGIDL9AAQgISIgBCAi/egBIQQgMv0ABDAhIyAHICP96AEhByAsQRBqISwMAQsLA0AgMSAsQQRqTgRAICxBAnQgAWr9AAQAISQgAyAk/egBIQMgLEEEaiEsDAELCyADIAb96AEhJSAEIAf96AEhJiAlICb96AEiJyAn/Q0ICQoLDA0ODwABAgMEBQYHISggJyAo/egBIikgKf0NBAUGBwABAgMMDQ4PCAkKCyEqICkgKv3oASEDA0AgLCAxSARAICxBAnQgAWr9XAIAISsgAyAr/egBIQMgLEEBaiEsDAELCyAD/R8AC7QDARJ/AkAgBiEOIABBBEYEQCABIQkgDkECdCEPQQAhBgNAIAMgBkoEQCAPIAQgBmxsIAJqIRBBACEKA0AgBSAKSgRAQQAhACAKQQJ0IBBqIhEoAgAhC0EBIQcDQCAEIAdKBEAgByAPbCARaigCACISIAtKBEAgEiELIAchAAsgB0EBaiEHDAELCyAJIAA2AgAgCUEEaiEJIApBAWohCgwBCwsgBkEBaiEGDAELCwwBCyAAQQVGBEAgASEJIA5BAnQhE0EAIQYDQCADIAZKBEAgEyAEIAZsbCACaiEUQQAhCgNAIAUgCkoEQEEAIQAgCkECdCAUaiIVKAIAIQtBASEHA0AgBCAHSgRAIAcgE2wgFWooAgAhFiALIBZKBEAgFiELIAchAAsgB0EBaiEHDAELCyAJIAA2AgAgCUEEaiEJIApBAWohCgwBCwsgBkEBaiEGDAELCwwBCyAEIA5sQQJ0IRcDQCADIAdKBEAgByAXbCACaiEYIA5BAUYEQCAHQQJ0IAFqIAAgGCAEEBE2AgAFIAAgBSAHbEECdCABaiAYIAQgBSAOEBULIAdBAWohBwwBCwsLC+IDAg5/BH0CQCAGIQwgAEEERgRAIAEhCSAMQQJ0IQ1BACEGA0AgAyAGSgRAIA0gBCAGbGwgAmohDkEAIQcDQCAFIAdKBEAgCQJ/QQAhAEEAIAdBAnQgDmoiDyoCACIVIBVcDQAaQQEhAQNAIAEgBEgEQCABIA1sIA9qKgIAIhcgFV4EQCAXIRUgASEABSABIBcgF1wNAxoLIAFBAWohAQwBCwsgAAs2AgAgCUEEaiEJIAdBAWohBwwBCwsgBkEBaiEGDAELCwwBCyAAQQVGBEAgASEJIAxBAnQhEEEAIQYDQCADIAZKBEAgECAEIAZsbCACaiERQQAhBwNAIAUgB0oEQCAJAn9BACEAQQAgB0ECdCARaiISKgIAIhUgFVwNABpBASEBA0AgASAESARAIAEgEGwgEmoqAgAhGCAVIBheBEAgGCEVIAEhAAUgASAYIBhcDQMaCyABQQFqIQEMAQsLIAALNgIAIAlBBGohCSAHQQFqIQcMAQsLIAZBAWohBgwBCwsMAQsgBCAMbEECdCETA0AgAyAHSgRAIAcgE2wgAmohFCAMQQFGBEAgB0ECdCABaiAAIBQgBBASOAIABSAAIAUgB2xBAnQgAWogFCAEIAUgDBAWCyAHQQFqIQcMAQsLCwuQDAILeyR/AkACQAJAAkACQAJAIAAOBAECAwQACwALIAEhFSAFQQJ0IRYDQCAEIBFBBGpOBEAgEUECdCACaiEX/QwAAAAAAAAAAAAAAAAAAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiGCADIBhIGyEZ/QwAAAAAAAAAAAAAAAAAAAAAIQYgACEFA0AgBSAZSARAIAYgBSAWbCAXav0ABAAiCf2uASEGIAVBAWohBQwBCwsgByAG/a4BIQcgAEGAAmohAAwBCwsgEUECdCAVaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohGv0MAAAAAAAAAAAAAAAAAAAAACEHQQAhAANAIAAgA0gEQCADIABBgAJqIhsgAyAbSBshHP0MAAAAAAAAAAAAAAAAAAAAACEGIAAhBQNAIAUgHEgEQCAGIAUgFmwgGmr9XAIAIgr9rgEhBiAFQQFqIQUMAQsLIAcgBv2uASEHIABBgAJqIQAMAQsLIBFBAnQgFWogB/0bADYCACARQQFqIREMAQsLDAMLIAEhHSAFQQJ0IR4DQCAEIBFBBGpOBEAgEUECdCACaiEf/QwBAAAAAQAAAAEAAAABAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiICADICBIGyEh/QwBAAAAAQAAAAEAAAABAAAAIQYgACEFA0AgBSAhSARAIAYgBSAebCAfav0ABAAiC/21ASEGIAVBAWohBQwBCwsgByAG/bUBIQcgAEGAAmohAAwBCwsgEUECdCAdaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohIv0MAQAAAAEAAAABAAAAAQAAACEHQQAhAANAIAAgA0gEQCADIABBgAJqIiMgAyAjSBshJP0MAQAAAAEAAAABAAAAAQAAACEGIAAhBQNAIAUgJEgEQCAGIAUgHmwgImr9XAIAIgz9tQEhBiAFQQFqIQUMAQsLIAcgBv21ASEHIABBgAJqIQAMAQsLIBFBAnQgHWogB/0bADYCACARQQFqIREMAQsLDAILIAEhJSAFQQJ0ISYDQCAEIBFBBGpOBEAgEUECdCACaiEn/QwAAACAAAAAgAAAAIAAAACAIQdBACEAA0AgACADSARAIAMgAEGAAmoiKCADIChIGyEp/QwAAACAAAAAgAAAAIAAAACAIQYgACEFA0AgBSApSARAIAYgBSAmbCAnav0ABAAiDf24ASEGIAVBAWohBQwBCwsgByAG/bgBIQcgAEGAAmohAAwBCwsgEUECdCAlaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohKv0MAAAAgAAAAIAAAACAAAAAgCEHQQAhAANAIAAgA0gEQCADIABBgAJqIisgAyArSBshLP0MAAAAgAAAAIAAAACAAAAAgCEGIAAhBQNAIAUgLEgEQCAGIAUgJmwgKmr9XAIAIg79uAEhBiAFQQFqIQUMAQsLIAcgBv24ASEHIABBgAJqIQAMAQsLIBFBAnQgJWogB/0bADYCACARQQFqIREMAQsLDAELIAEhLSAFQQJ0IS4DQCAEIBFBBGpOBEAgEUECdCACaiEv/Qz///9/////f////3////9/IQdBACEAA0AgACADSARAIAMgAEGAAmoiMCADIDBIGyEx/Qz///9/////f////3////9/IQYgACEFA0AgBSAxSARAIAYgBSAubCAvav0ABAAiD/22ASEGIAVBAWohBQwBCwsgByAG/bYBIQcgAEGAAmohAAwBCwsgEUECdCAtaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohMv0M////f////3////9/////fyEHQQAhAANAIAAgA0gEQCADIABBgAJqIjMgAyAzSBshNP0M////f////3////9/////fyEGIAAhBQNAIAUgNEgEQCAGIAUgLmwgMmr9XAIAIhD9tgEhBiAFQQFqIQUMAQsLIAcgBv22ASEHIABBgAJqIQAMAQsLIBFBAnQgLWogB/0bADYCACARQQFqIREMAQsLCwv2DAIQeyR/AkACQAJAAkACQAJAIAAOBAECAwQACwALIAEhGiAFQQJ0IRsDQCAEIBZBBGpOBEAgFkECdCACaiEc/QwAAAAAAAAAAAAAAAAAAAAAIQf9DAAAAAAAAAAAAAAAAAAAAAAhCUEAIQADQCAAIANIBEAgAyAAQYACaiIdIAMgHUgbIR79DAAAAAAAAAAAAAAAAAAAAAAhBiAAIQUDQCAFIB5IBEAgBSAbbCAcav0ABAAhCiAGIAr95AEhBiAFQQFqIQUMAQsLIAcgBiAJ/eUBIgv95AEiDCAH/eUBIAv95QEhCSAMIQcgAEGAAmohAAwBCwsgFkECdCAaaiAH/QsEACAWQQRqIRYMAQsLA0AgBCAWSgRAIBZBAnQgAmohH/0MAAAAAAAAAAAAAAAAAAAAACEH/QwAAAAAAAAAAAAAAAAAAAAAIQlBACEAA0AgACADSARAIAMgAEGAAmoiICADICBIGyEh/QwAAAAAAAAAAAAAAAAAAAAAIQYgACEFA0AgBSAhSARAIAUgG2wgH2r9XAIAIQ0gBiAN/eQBIQYgBUEBaiEFDAELCyAHIAYgCf3lASIO/eQBIg8gB/3lASAO/eUBIQkgDyEHIABBgAJqIQAMAQsLIBZBAnQgGmogB/0bADYCACAWQQFqIRYMAQsLDAMLIAEhIiAFQQJ0ISMDQCAEIBZBBGpOBEAgFkECdCACaiEk/QwAAIA/AACAPwAAgD8AAIA/IQdBACEAA0AgACADSARAIAMgAEGAAmoiJSADICVIGyEm/QwAAIA/AACAPwAAgD8AAIA/IQYgACEFA0AgBSAmSARAIAUgI2wgJGr9AAQAIRAgBiAQ/eYBIQYgBUEBaiEFDAELCyAHIAb95gEhByAAQYACaiEADAELCyAWQQJ0ICJqIAf9CwQAIBZBBGohFgwBCwsDQCAEIBZKBEAgFkECdCACaiEn/QwAAIA/AACAPwAAgD8AAIA/IQdBACEAA0AgACADSARAIAMgAEGAAmoiKCADIChIGyEp/QwAAIA/AACAPwAAgD8AAIA/IQYgACEFA0AgBSApSARAIAUgI2wgJ2r9XAIAIREgBiAR/eYBIQYgBUEBaiEFDAELCyAHIAb95gEhByAAQYACaiEADAELCyAWQQJ0ICJqIAf9GwA2AgAgFkEBaiEWDAELCwwCCyABISogBUECdCErA0AgBCAWQQRqTgRAIBZBAnQgAmohLP0MAACA/wAAgP8AAID/AACA/yEHQQAhAANAIAAgA0gEQCADIABBgAJqIi0gAyAtSBshLv0MAACA/wAAgP8AAID/AACA/yEGIAAhBQNAIAUgLkgEQCAFICtsICxq/QAEACESIAYgEv3pASEGIAVBAWohBQwBCwsgByAG/ekBIQcgAEGAAmohAAwBCwsgFkECdCAqaiAH/QsEACAWQQRqIRYMAQsLA0AgBCAWSgRAIBZBAnQgAmohL/0MAACA/wAAgP8AAID/AACA/yEHQQAhAANAIAAgA0gEQCADIABBgAJqIjAgAyAwSBshMf0MAACA/wAAgP8AAID/AACA/yEGIAAhBQNAIAUgMUgEQCAFICtsIC9q/VwCACETIAYgE/3pASEGIAVBAWohBQwBCwsgByAG/ekBIQcgAEGAAmohAAwBCwsgFkECdCAqaiAH/RsANgIAIBZBAWohFgwBCwsMAQsgASEyIAVBAnQhMwNAIAQgFkEEak4EQCAWQQJ0IAJqITT9DAAAgH8AAIB/AACAfwAAgH8hB0EAIQADQCAAIANIBEAgAyAAQYACaiI1IAMgNUgbITb9DAAAgH8AAIB/AACAfwAAgH8hBiAAIQUDQCAFIDZIBEAgBSAzbCA0av0ABAAhFCAGIBT96AEhBiAFQQFqIQUMAQsLIAcgBv3oASEHIABBgAJqIQAMAQsLIBZBAnQgMmogB/0LBAAgFkEEaiEWDAELCwNAIAQgFkoEQCAWQQJ0IAJqITf9DAAAgH8AAIB/AACAfwAAgH8hB0EAIQADQCAAIANIBEAgAyAAQYACaiI4IAMgOEgbITn9DAAAgH8AAIB/AACAfwAAgH8hBiAAIQUDQCAFIDlIBEAgBSAzbCA3av1cAgAhFSAGIBX96AEhBiAFQQFqIQUMAQsLIAcgBv3oASEHIABBgAJqIQAMAQsLIBZBAnQgMmogB/0bADYCACAWQQFqIRYMAQsLCwvZCAM4fwZ7An0gAygCACADQQRqKAIAbCEgIANBCGooAgAhEyADQQxqKAIAIQUgA0EQaigCACEbIANBGGooAgAhHCADQSBqKAIAIR0gA0EoaigCACEMIANBMGooAgAhDSADQSxqKAIAIg4gA0EUaigCACIXQQFrbCADQRxqKAIAIglBAkZqISMgA0E0aigCACIKIiQgA0EkaigCACIQQQBKBH8gCSAQakEBayAJbQVBAAsiJSAkICVIGyEUIBAgBSAja2oiJkEASgR/IBQgCiAmQQFrIAltQQFqIicgCiAnSBsiKCAUIChKGwUgFAshISAbQQJGIgMEQCAXQQJGIQMLIAMEQCAcQQJGIQMLIAMEQCAJQQJGIQMLIAMEQCAdRSEDCyADBEAgEEUhAwsgAwRAIAxBAUYhAwsgAwRAIA5BAUYhAwsgAwRAIBMgDUEBdE4hAwsgBSAKQQF0TiADIAMbISIDQCAVICBIBEAgBSATIBVsbEECdCACaiEpAkAgIgRAICkgACABIAUgDSAKEBkMAQtBACERA0AgDSARSgRAIBEgHGwgHWsiAyAMIBtBAWtsakEBaiIqIBMgEyAqShshKwNAIANBAEgEQCADIAxqIQMMAQsLIAogEWxBAnQiLCAAaiEeIAEgLGohH0EAIQYDQCAGIApIBEACQCAhIAZBBGpOIAYgFE5xBEAgBkECdCItIB5qIS4gHyAtaiEv/QwAAID/AACA/wAAgP8AAID/IT0gBiAJbCAQayIwIAMgBWxq/RH9DAAAAAABAAAAAgAAAAMAAAAgCf0R/bUBIj/9rgEhPiADIQcDQCAHICtIBEBBACEIA0AgCCAXSARAIAggDmwgMGoiMSAFIAdsakECdCApaiEyIAlBAUYEeyAy/QAEAAUgCUECRgR7IDL9AAQAIDL9AAQQ/Q0AAQIDCAkKCxAREhMYGRobBSAy/QkCACAyIAlBAnQiM2oqAgD9IAEgM0EBdCAyaioCAP0gAiAzQQNsIDJqKgIA/SADCwsiQCA9IEAgPf1EIEAgQP1C/VAiQf1SIT0gMSAFIAdsav0RID/9rgEgPiBB/VIhPiAIQQFqIQgMAQsLIAcgDGohBwwBCwsgLiA9/QsEACAvID79CwQAIAZBA2ohBgwBCyAGIAlsIBBrIgcgDiAXQQFrbGpBAWoiNCAFIAUgNEobITUDQCAHQQBIBEAgByAOaiEHDAELCyAGQQJ0IjYgHmohNyAfIDZqITggNSE5QwAAgP8hQiAHIAMgBWxqIRIgAyEEA0AgBCArSARAIAchCANAIAggOUgEQCAIIAQgBWxqIjpBAnQgKWoqAgAiQyBDXCBCIENdcgRAIEMhQiA6IRILIAggDmohCAwBCwsgBCAMaiEEDAELCyA3IEI4AgAgOCASNgIACyAGQQFqIQYMAQsLIBFBAWohEQwBCwsLIAogDWxBAnQiOyABaiEBIAAgO2ohACAVQQFqIRUMAQsLC6sBAQZ/IANBMGooAgAgA0E0aigCAGwhBSAAQQAgAygCACADQQRqKAIAbCIGIANBCGooAgAgA0EMaigCAGwiB2xBAnT8CwBBACEDA0AgAyAGSARAIAMgB2xBAnQgAGohCEEAIQQDQCAEIAVIBEAgAigCAEECdCAIaiIJIAkqAgAgASoCAJI4AgAgAUEEaiEBIAJBBGohAiAEQQFqIQQMAQsLIANBAWohAwwBCwsLxAUDHn8VewJ9A0AgBCALSgRAIAMgC0EBdGwiE0ECdCAAaiIUIANBAnRqIRUgBSALbEECdCIWIAFqIQ5BACEHIAVBBE4iBgRAIAMgBUEBdE4hBgsgAiAWaiEPA0AgBSAHSkEAIAYbBEAgBUEEayAHIAUgB0EEakgbIhdBA3QiGCAUaiEZIBUgGGoiGv0ABAAhKCAa/QAEECEpIBn9AAQAIiogGf0ABBAiK/0NAAECAwgJCgsQERITGBkaGyEsIBdBAXQiGyATaiIc/RH9DAAAAAACAAAABAAAAAYAAAD9rgEhLSAqICv9DQQFBgcMDQ4PFBUWFxwdHh8iLiAs/UQgLiAu/UL9UCEvIC4gLCAv/VIhMCAcQQFq/RH9DAAAAAACAAAABAAAAAYAAAD9rgEgLSAv/VIhMSAoICn9DQABAgMICQoLEBESExgZGhsiMiAw/UQgMiAy/UL9UCEzIDIgMCAz/VIhNCADIBNqIBtqIh39Ef0MAAAAAAIAAAAEAAAABgAAAP2uASAxIDP9UiE1IB1BAWr9Ef0MAAAAAAIAAAAEAAAABgAAAP2uASA1ICggKf0NBAUGBwwNDg8UFRYXHB0eHyI2IDT9RCA2IDb9Qv1QIjf9UiE4IBdBAnQiHiAOaiA2IDQgN/1S/QsEACAPIB5qIDj9CwQAIBdBBGohBwwBCwsDQCAFIAdKBEAgB0ECdCIfIA5qISAgDyAfaiEQIAtBAXQiBkECaiERIAdBAXQiISEiICFBAmohEkMAAID/ITkgIiADIAZsaiEIA0AgBiARSARAICIhCQNAIAkgEkgEQCAJIAMgBmxqIiNBAnQgAGoqAgAiOiA6XCA5IDpdcgRAICMhCCA6ITkLIAlBAWohCQwBCwsgBkEBaiEGDAELCyAgIDk4AgAgECAINgIAIAdBAWohBwwBCwsgC0EBaiELDAELCwveAwIefwJ9IAAhEiABIRMgAigCACACQQRqKAIAbCEUIAJBCGooAgAhCCACQQxqKAIAIQQgAkEQaigCACEVIAJBFGooAgAhFiACQRhqKAIAIRcgAkEcaigCACEYIAJBIGooAgAhCyACQSRqKAIAIQwgAkEwaigCACENIAJBNGooAgAhDgNAIAUgFEgEQCAEIAUgCGxsQQJ0IBNqIRlBACEGA0AgBiANSARAIBUgBiAXbCALayIJaiIaIAggC2oiGyAaIBtIGyEKQQAhBwNAIAcgDkgEQCAKIAlrIBYgByAYbCAMayIcaiIdIAQgDGoiHiAdIB5IGyIfIBxrbCEgIAcgDiAGIAUgDWxqbGpBAnQgEmohDwJAIBxBACAcQQBKGyIhIB8gBCAEIB9KGyIQTiAJQQAgCUEAShsiASAKIAggCCAKShsiEU5yBEAgD0MAAAAAOAIADAELICAgESABayAQICFrbCADG7IhI0MAAAAAISIDQCABIBFIBEAgISECA0AgAiAQSARAICIgAiABIARsakECdCAZaioCAJIhIiACQQFqIQIMAQsLIAFBAWohAQwBCwsgDyAiICOVOAIACyAHQQFqIQcMAQsLIAZBAWohBgwBCwsgBUEBaiEFDAELCwvWAwIgfwF9IAEhEiAAIRMgAkEQaigCACEUIAJBFGooAgAhFSACQRhqKAIAIRYgAkEcaigCACEXIAJBIGooAgAhDCACQSRqKAIAIQ0gAkEwaigCACEOIAJBNGooAgAhDyAAQQAgAkEMaigCACIEIAJBCGooAgAiCCACKAIAIAJBBGooAgBsIhhsbEECdPwLAANAIAUgGEgEQCAEIAUgCGxsQQJ0IBNqIRlBACEGA0AgBiAOSARAIBQgBiAWbCAMayIJaiIaIAggDGoiGyAaIBtIGyEKQQAhBwNAIAcgD0gEQCAKIAlrIBUgByAXbCANayIcaiIdIAQgDWoiHiAdIB5IGyIfIBxrbCEgIBxBACAcQQBKGyIiIB8gBCAEIB9KGyIQTiAJQQAgCUEAShsiASAKIAggCCAKShsiEU5yRQRAIAcgDyAGIAUgDmxqbGpBAnQgEmohISAhKgIAICAgESABayAQICJrbCADG7KVISQDQCABIBFIBEAgIiECA0AgAiAQSARAIAIgASAEbGpBAnQgGWoiIyAjKgIAICSSOAIAIAJBAWohAgwBCwsgAUEBaiEBDAELCwsgB0EBaiEHDAELCyAGQQFqIQYMAQsLIAVBAWohBQwBCwsLhAMDB38Lewd9IAhBAXEhCiAIQQJxQQBHIQsgCEEEcUEARyEMIAhBCHFBAEchDSAEjCIc/RMhEyAG/RMhFCAF/RMhEiAH/RMhFUEAIQgDQCADIAhBBGpOBEAgACAIQQJ0Ig5q/QAEACEWIAEgDmr9AAQAIhf94QEgFyANGyIYIBYgFf3mAf3kASAYIAdDAAAAAFwbIRkgACAOaiAWIAoEeyACIA5qIAsEeyAZBSACIA5q/QAEACAS/eYBIBkgFP3mAf3kAQsiGv0LBAAgGSAaIBL95gH95AEgGiAMGwUgGQsgE/3mAf3kAf0LBAAgCEEEaiEIDAELCwNAIAMgCEoEQCAAIAhBAnQiD2oqAgAhHSABIA9qKgIAIh6MIB4gDRsiHyAdIAeUkiAfIAdDAAAAAFwbISAgACAPaiAdIAoEfSACIA9qIAsEfSAgBSACIA9qKgIAIAWUICAgBpSSCyIhOAIAICAgISAFlJIgISAMGwUgIAsgHJSSOAIAIAhBAWohCAwBCwsLyQUCDH8KewNAIAQgCEoEQCACIAhsIAFqIQkgAkEERkEEIAQgCGsiDCAMQQRKGyIKQQRGcQRAQQAhBgNAIAUgBkoEQCAAIAMgBmwgCWr9AAQA/QsEACAAQRBqIQAgBkEBaiEGDAELCwUgA0EERiAKQQRGcQRAQQAhBgNAIAUgBkEEaiINTgRAIAAgBkECdCAJaiIO/QAEACIYIAIgDmr9AAQAIhn9DQABAgMQERITBAUGBxQVFhciFCACQQF0IA5q/QAEACIVIAJBA2wgDmr9AAQAIhb9DQABAgMQERITBAUGBxQVFhciF/0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiAUIBf9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBIGogGCAZ/Q0ICQoLGBkaGwwNDg8cHR4fIhogFSAW/Q0ICQoLGBkaGwwNDg8cHR4fIhv9DQABAgMEBQYHEBESExQVFhf9CwQAIABBMGogGiAb/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAQUBrIQAgDSEGDAELCwNAIAUgBkoEQCAAIAZBAnQgCWoiDyoCADgCACAAIAIgD2oqAgA4AgQgACACQQF0IA9qKgIAOAIIIAAgAkEDbCAPaioCADgCDCAAQRBqIQAgBkEBaiEGDAELCwUgCkEERgRAQQAhBgNAIAUgBkoEQCAAIAMgBmwgCWoiECoCADgCACAAIAIgEGoqAgA4AgQgACACQQF0IBBqKgIAOAIIIAAgAkEDbCAQaioCADgCDCAAQRBqIQAgBkEBaiEGDAELCwVBACEHA0AgBSAHSgRAIAMgB2wgCWohEUEAIQYDQCAGQQRIBEAgBkECdCAAaiAGIApIBH0gAiAGbCARaioCAAVDAAAAAAs4AgAgBkEBaiEGDAELCyAAQRBqIQAgB0EBaiEHDAELCwsLCyAIQQRqIQgMAQsLC6cFAxB7DX8BfQNAIAAgGUoEQCAPIAH9AAQAIgkgCf0NAAECAwABAgMAAQIDAAECAyIVIAL9AAQAIhP95gH95AEhDyALIBUgAv0ABBAiFP3mAf3kASELIBAgCSAJ/Q0EBQYHBAUGBwQFBgcEBQYHIhYgE/3mAf3kASEQIAwgFiAU/eYB/eQBIQwgESAJIAn9DQgJCgsICQoLCAkKCwgJCgsiFyAT/eYB/eQBIREgDSAXIBT95gH95AEhDSASIAkgCf0NDA0ODwwNDg8MDQ4PDA0ODyIYIBP95gH95AEhEiAOIBggFP3mAf3kASEOIAFBEGohASACIANqIQIgGUEBaiEZDAELCwJAIAdBCEYgBkEERnEEQCAEIAgEeyALIAT9AAQQ/eQBIQsgDyAE/QAEAP3kAQUgDwv9CwQAIAQgC/0LBBAgBCAFaiIbIAgEeyAMIBv9AAQQ/eQBIQwgECAb/QAEAP3kAQUgEAv9CwQAIBsgDP0LBBAgBUEBdCAEaiIcIAgEeyANIBz9AAQQ/eQBIQ0gESAc/QAEAP3kAQUgEQv9CwQAIBwgDf0LBBAgBUEDbCAEaiIdIAgEeyAOIB39AAQQ/eQBIQ4gEiAd/QAEAP3kAQUgEgv9CwQAIB0gDv0LBBAMAQsjAEGgAWoiHiAP/QsEACAeIAv9CwQQIB5BIGoiHyAQ/QsEACAfIAz9CwQQIB5BQGsiICAR/QsEACAgIA39CwQQIB5B4ABqIiEgEv0LBAAgISAO/QsEEEEAIQIDQCACIAZIBEAgAiAFbCAEaiEiIAJBBXQgHmohI0EAIQEDQCABIAdIBEAgAUECdCIkICNqKgIAISYgIiAkaiIlIAgEfSAlKgIAICaSBSAmCzgCACABQQFqIQEMAQsLIAJBAWohAgwBCwsLCwcAQYCAgAELBgBBgIAICwQAQQQL6QUBHH8gEyASayIbQQBMIBEgEGsiGUEATHIEQA8LIAVBAnQhFSALQQFGIAlBAUZxIAZBwABOcSAEQSBMcSAEIAVsQYDAAExxISMgDEEBRiIFBEAgGUEgTCEFCyAIQQJ0IRogCUECdCEgIAtBAnQhFiAMQQJ0IRdBACELA0AgAyALSgRAIAcgC2xBAnQgAWogECAabGohISAKIAtsQQJ0IAJqIBIgF2xqIRwgDwR/IAAFIBUgBCALbGwgAGoLIBAgFWxqIBJBAnRqIR0gC0EASkEAIA8bIR4CQCAGRQRAIB5FBEBBACEIA0AgCCAZSARAIAggFWwgHWpBACAbQQJ0/AsAIAhBAWohCAwBCwsLDAELICMEQCAdIBUgISAaIBwgFyAZIBsgBiAeECMMAQtBACEJA0AgCSAbSARAQYAQIBsgCWsiJyAnQYAQShshKEEAIQgDQCAGIAhKBEBBgAIgBiAIayIpIClBgAJKGyEqIAUEQCAoIChBCG9rISsgKCArSgRAIA4gCCAWbCAcaiAXIAkgK2psaiAWIBcgKiAoICtrEA0LBSAOIAggFmwgHGogCSAXbGogFiAXICogKBANC0EAIRgDQCAYIBlIBEAgDSAYIBpsICFqIAggIGxqIBogIEGAASAZIBhrIiwgLEGAAUobIiIgKhAdQQAhEQNAIBEgKEgEQEEIICggEWsiLSAtQQhKGyIuQQhGIAUgBRsiLwR/IAggFmwgHGogCSARakECdGoFIAUEfyAOBSARICpsQQJ0IA5qCwshJCAWQSAgLxshJUEAIRQDQCAUICJIBEAgKiAUICpsQQJ0IA1qICQgJSAVIBQgGGpsIB1qIAkgEWpBAnRqIBVBBCAiIBRrIiYgJkEEShsgLkEBIB4gCEEAShsQHiAUQQRqIRQMAQsLIBFBCGohEQwBCwsgGEGAAWohGAwBCwsgCEGAAmohCAwBCwsgCUGAEGohCQwBCwsLIAtBAWohCwwBCwsLuAkDFnsYfw99IAhBfHEhJwNAIAYgIkECak4EQCADIAMgImwgAmoiJWohJkEAISMDQCAHICNBBGpOBEAgBSAFIAUgBSAjbCAEaiIraiIoaiIpaiEq/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhD/0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRH9DAAAAAAAAAAAAAAAAAAAAAAhEkEAISEDQCAhICdIBEAgCiAlICFBAnQiLGr9AAQAIhMgKyAsav0ABAAiFf3mAf3kASEKIA8gJiAsav0ABAAiFCAV/eYB/eQBIQ8gDCATICggLGr9AAQAIhb95gH95AEhDCAQIBQgFv3mAf3kASEQIA0gEyApICxq/QAEACIX/eYB/eQBIQ0gESAUIBf95gH95AEhESAOIBMgKiAsav0ABAAiGP3mAf3kASEOIBIgFCAY/eYB/eQBIRIgIUEEaiEhDAELCyAK/R8AIAr9HwGSIAr9HwIgCv0fA5KSITkgDCIZ/R8AIBn9HwGSIBn9HwIgGf0fA5KSITogDSIa/R8AIBr9HwGSIBr9HwIgGv0fA5KSITsgDiIb/R8AIBv9HwGSIBv9HwIgG/0fA5KSITwgDyIc/R8AIBz9HwGSIBz9HwIgHP0fA5KSIT0gECId/R8AIB39HwGSIB39HwIgHf0fA5KSIT4gESIe/R8AIB79HwGSIB79HwIgHv0fA5KSIT8gEiIf/R8AIB/9HwGSIB/9HwIgH/0fA5KSIUAgJyEgA0AgCCAgSgRAIDkgJSAgQQJ0Ii1qKgIAIkUgKyAtaioCACJBlJIhOSA6IEUgKCAtaioCACJClJIhOiA7IEUgKSAtaioCACJDlJIhOyA8IEUgKiAtaioCACJElJIhPCA9ICYgLWoqAgAiRiBBlJIhPSA+IEYgQpSSIT4gPyBGIEOUkiE/IEAgRiBElJIhQCAgQQFqISAMAQsLIAEgASAibCAAaiAjQQJ0aiIuaiEvIC4gCQR9IC4qAgAgOZIFIDkLOAIAIC5BBGoiMCAJBH0gMCoCACA6kgUgOgs4AgAgLkEIaiIxIAkEfSAxKgIAIDuSBSA7CzgCACAuQQxqIjIgCQR9IDIqAgAgPJIFIDwLOAIAIC8gCQR9IC8qAgAgPZIFID0LOAIAIC9BBGoiMyAJBH0gMyoCACA+kgUgPgs4AgAgL0EIaiI0IAkEfSA0KgIAID+SBSA/CzgCACAvQQxqIjUgCQR9IDUqAgAgQJIFIEALOAIAICNBBGohIwwBCwsDQCAHICNKBEAgI0ECdCI2IAEgImwgAGpqICUgBSAjbCAEaiI3IAggCRAMIAEgIkEBamwgAGogNmogJiA3IAggCRAMICNBAWohIwwBCwsgIkECaiEiDAELCwNAIAYgIkoEQEEAISADQCAHICBKBEAgASAibCAAaiAgQQJ0aiADICJsIAJqIAUgIGwgBGogCCAJEAwgIEEBaiEgDAELCyAiQQFqISIMAQsLC44CAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAAIA8gCkECdCITIAJqKAIAbCAHamoiFCAUKAIAIAEgE2ooAgBqNgIAIAVBAWshCQNAIAlBAE4EQAJAIAMgCUECdCIVaigCACENIAYgCUYEf0EABSAEIBVqKAIAQQJ0CyEOIA0gCyAVaiIQKAIAQQFqIhFKBEAgECARNgIAIAcgDmohBwwBCyALIBVqQQA2AgAgByANQQFrIA5sayEHIAlBAWshCQwCCwsLIApBAWohCgwBCwsLjgIBD38jACELQQEhDANAIAUgB0oEQCAHQQJ0IhIgA2ooAgAgDGwhDCALIBJqQQA2AgAgB0EBaiEHDAELCyAGQQJ0IARqKAIAQQJ0IQ9BACEHA0AgCiAMSARAIAAgDyAKQQJ0IhMgAmooAgBsIAdqaiIUIBQqAgAgASATaioCAJI4AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtkAQR/IAVBAnQhCgNAIAMgB0oEQCAKIAQgB2xsIAFqIQlBACEIA0AgBiAISgRAIAAgCiAIQQJ0IAJqKAIAbCAJaiAK/AoAACAAIApqIQAgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/a4B/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMoAgAgASASaigCAGo2AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/eQB/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMqAgAgASASaioCAJI4AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC4oCAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAPIApBAnQiEyACaigCAGwgB2ohFCAAIBNqIAEgFGooAgA2AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtHAQJ/IwBBgAFqIQtBBEEAIAAgBiAKIAEgByACBH8gAgUgCyAENgIAIAsLIAggAwR/IAMFIAtBBGoiDCAFNgIAIAwLIAkQAQuKCAIWfwx7IAZBASAEQQFGIAJBAUZxIgwbBEAgDCAGQQFGcQRAIAX9CQIAGgNAIAcgCEEQaiINTgRAIAEgCEECdCIOav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEgIAAgDmogAyAOav0ABAAgBSIPIA5q/QAEACAg/VL9CwQAIAEgDkEQaiIQav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEhIAAgEGogAyAQav0ABAAgDyAQav0ABAAgIf1S/QsEACABIA5BIGoiEWr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TghIiAAIBFqIAMgEWr9AAQAIA8gEWr9AAQAICL9Uv0LBAAgASAOQTBqIhJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISMgACASaiADIBJq/QAEACAPIBJq/QAEACAj/VL9CwQAIA0hCAwBCwsLBSAF/QkCACEkA0AgByAIQRBqIhNOBEAgASAIQQJ0IhRq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISUgACAUaiADIBRq/QAEACAkICX9Uv0LBAAgASAUQRBqIhVq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISYgACAVaiADIBVq/QAEACAkICb9Uv0LBAAgASAUQSBqIhZq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IScgACAWaiADIBZq/QAEACAkICf9Uv0LBAAgASAUQTBqIhdq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISggACAXaiADIBdq/QAEACAkICj9Uv0LBAAgEyEIDAELCwsDQCAHIAhBBGpOBEACeyACQQJ0IAhsIAFqIRggAkEBRgRAIBj9AAQADAELIAJFBEAgGP0JAgAMAQsgGCgCAP0RIBggAkECdCIZaigCAP0cASAZQQF0IBhqKAIA/RwCIBlBA2wgGGooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TghKSAIQQJ0IABqAnsgBEECdCAIbCADaiEaIARBAUYEQCAa/QAEAAwBCyAERQRAIBr9CQIADAELIBooAgD9ESAaIARBAnQiG2ooAgD9HAEgG0EBdCAaaigCAP0cAiAbQQNsIBpqKAIA/RwDCwJ7IAZBAnQgCGwgBWohHCAGQQFGBEAgHP0ABAAMAQsgBkUEQCAc/QkCAAwBCyAcKAIA/REgHCAGQQJ0Ih1qKAIA/RwBIB1BAXQgHGooAgD9HAIgHUEDbCAcaigCAP0cAwsgKf1S/QsEACAIQQRqIQgMAQsLA0AgByAISgRAIAhBAnQgAGogBEECdCAIbCADaigCACAGQQJ0IAhsIAVqKAIAIAJBAnQgCGwgAWooAgAbNgIAIAhBAWohCAwBCwsLGgBBASAAIAEgAyAFIAIgBEEAQQBBAEEAEAELGgBBACAAIAEgAyAFIAIgBEEAQQBBAEEAEAELxRUCigF7Hn8CQAJAAkACQAJAIAAEQCAAQQFGDQEgAEEPRg0CIABBE0YNAyAAQRdGDQQACwNAIAUglAFKBEBBACGRASAEQQFGBEADQCAGIJEBQRBqTgRAIAEgkQFBAnQilQFqIAIglQFq/QAEAP2hAf0LBAAgASCVAWogAiCVAWr9AAQQ/aEB/QsEECABIJUBaiACIJUBav0ABCD9oQH9CwQgIAEglQFqIAIglQFq/QAEMP2hAf0LBDAgkQFBEGohkQEMAQsLA0AgBiCRAUEEak4EQCCRAUECdCKWASACav0ABAAhCiABIJYBaiAK/aEB/QsEACCRAUEEaiGRAQwBCwsFIARBAnQhlwEDQCAGIJEBQQRqTgRAIJEBQQJ0IAFqIJEBIJcBbCACaiKYASgCAP0RIJcBIJgBaigCAP0cASCXAUEBdCCYAWooAgD9HAIglwFBA2wgmAFqKAIA/RwD/aEB/QsEACCRAUEEaiGRAQwBCwsLA0AgBiCRAUoEQCCRAUECdCABaiAEQQJ0IJEBbCACav0JAgD9oQH9GwA2AgAgkQFBAWohkQEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIglAFBAWohlAEMAQsLDAQLQQEhmQEDQCAFIJQBSgRAQQAhkQEgBEEBRgRAA0AgBiCRAUEQak4EQCABIJEBQQJ0IpoBaiACIJoBav0ABAAhCyAL/aAB/QsEACACIJoBav0ABBAhHCABIJoBaiAc/aAB/QsEECACIJoBav0ABCAhLSABIJoBaiAt/aAB/QsEICACIJoBav0ABDAhPiABIJoBaiA+/aAB/QsEMCCRAUEQaiGRAQwBCwsDQCAGIJEBQQRqTgRAIJEBQQJ0IpsBIAJq/QAEACFPIAEgmwFqIE/9oAH9CwQAIJEBQQRqIZEBDAELCwUgBEECdCGcAQNAIAYgkQFBBGpOBEAgkQEgnAFsIAJqIp0BKAIA/REgnAEgnQFqKAIA/RwBIJwBQQF0IJ0BaigCAP0cAiCcAUEDbCCdAWooAgD9HAMhYCCRAUECdCABaiBg/aAB/QsEACCRAUEEaiGRAQwBCwsLA0AgBiCRAUoEQCAEQQJ0IJEBbCACav0JAgAhcSCRAUECdCABaiBx/aAB/RsANgIAIJEBQQFqIZEBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIJQBQQFqIZQBDAELCwwDCwNAIAUglAFKBEBBACGRASAEQQFGBEADQCAGIJEBQRBqTgRAIAEgkQFBAnQingFqIAIgngFq/QAEACKCAf0MAAAAAAAAAAAAAAAAAAAAAP05IIIB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQAIAEgngFqIAIgngFq/QAEECKDAf0MAAAAAAAAAAAAAAAAAAAAAP05IIMB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQQIAEgngFqIAIgngFq/QAEICKEAf0MAAAAAAAAAAAAAAAAAAAAAP05IIQB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQgIAEgngFqIAIgngFq/QAEMCKFAf0MAAAAAAAAAAAAAAAAAAAAAP05IIUB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQwIJEBQRBqIZEBDAELCwNAIAYgkQFBBGpOBEAgkQFBAnQinwEgAmr9AAQAIYYBIAEgnwFqIIYB/QwAAAAAAAAAAAAAAAAAAAAA/TkghgH9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0LBAAgkQFBBGohkQEMAQsLBSAEQQJ0IaABA0AgBiCRAUEEak4EQCCRAUECdCABaiCRASCgAWwgAmoioQEoAgD9ESCgASChAWooAgD9HAEgoAFBAXQgoQFqKAIA/RwCIKABQQNsIKEBaigCAP0cAyKHAf0MAAAAAAAAAAAAAAAAAAAAAP05IIcB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQAIJEBQQRqIZEBDAELCwsDQCAGIJEBSgRAIJEBQQJ0IAFqIARBAnQgkQFsIAJq/QkCACKIAf0MAAAAAAAAAAAAAAAAAAAAAP05IIgB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9GwA2AgAgkQFBAWohkQEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIglAFBAWohlAEMAQsLDAILA0AgBSCUAUoEQEEAIZEBIARBAUYEQANAIAYgkQFBEGpOBEAgASCRAUECdCKiAWogAiCiAWr9AAQAIokBIIkB/bUB/QsEACABIKIBaiACIKIBav0ABBAiigEgigH9tQH9CwQQIAEgogFqIAIgogFq/QAEICKLASCLAf21Af0LBCAgASCiAWogAiCiAWr9AAQwIowBIIwB/bUB/QsEMCCRAUEQaiGRAQwBCwsDQCAGIJEBQQRqTgRAIJEBQQJ0IqMBIAJq/QAEACGNASABIKMBaiCNASCNAf21Af0LBAAgkQFBBGohkQEMAQsLBSAEQQJ0IaQBA0AgBiCRAUEEak4EQCCRAUECdCABaiCRASCkAWwgAmoipQEoAgD9ESCkASClAWooAgD9HAEgpAFBAXQgpQFqKAIA/RwCIKQBQQNsIKUBaigCAP0cAyKOASCOAf21Af0LBAAgkQFBBGohkQEMAQsLCwNAIAYgkQFKBEAgkQFBAnQgAWogBEECdCCRAWwgAmr9CQIAIo8BII8B/bUB/RsANgIAIJEBQQFqIZEBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIJQBQQFqIZQBDAELCwwBCwNAIAUglAFKBEBBACGRASAEQQFGBEADQCAGIJEBQRBqIqYBTgRAIAEgkQFBAnQipwFqIAIgpwFqIqgB/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgpwFqIqkBIKgB/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIKkBIKgB/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIKkBIKgB/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIKYBIZEBDAELCwNAIAYgkQFBBGoiqgFOBEAgkQFBAnQiqwEgAmr9AAQAIZABIAEgqwFqIJAB/QwAAAAAAAAAAAAAAAAAAAAA/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgqgEhkQEMAQsLBSAEQQJ0IawBA0AgBiCRAUEEaiKtAU4EQCCRAUECdCABaiCRASCsAWwgAmoirgEoAgD9ESCsASCuAWooAgD9HAEgrAFBAXQgrgFqKAIA/RwCIKwBQQNsIK4BaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIK0BIZEBDAELCwsDQCAGIJEBSgRAIJEBQQJ0IAFqIARBAnQgkQFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgkQFBAWohkQEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIglAFBAWohlAEMAQsLCwumXgLTAXtWfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4YAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYAAsACwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQRBqTgRAIAEg2gFBAnQi3wFqIAIg3wFq/QAEACEKIAr94QH9CwQAIAIg3wFq/QAEECEbIAEg3wFqIBv94QH9CwQQIAIg3wFq/QAEICEsIAEg3wFqICz94QH9CwQgIAIg3wFq/QAEMCE9IAEg3wFqID394QH9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQi4AEgAmr9AAQAIU4gASDgAWogTv3hAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IeEBA0AgBiDaAUEEak4EQCDaASDhAWwgAmoi4gEoAgD9ESDhASDiAWooAgD9HAEg4QFBAXQg4gFqKAIA/RwCIOEBQQNsIOIBaigCAP0cAyFfINoBQQJ0IAFqIF/94QH9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAIARBAnQg2gFsIAJq/QkCACFwINoBQQJ0IAFqIHD94QH9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDBcLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCLjAWogAiDjAWr9AAQA/eAB/QsEACABIOMBaiACIOMBav0ABBD94AH9CwQQIAEg4wFqIAIg4wFq/QAEIP3gAf0LBCAgASDjAWogAiDjAWr9AAQw/eAB/QsEMCDaAUEQaiHaAQwBCwsDQCAGINoBQQRqTgRAINoBQQJ0IuQBIAJq/QAEACGBASABIOQBaiCBAf3gAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IeUBA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASDlAWwgAmoi5gEoAgD9ESDlASDmAWooAgD9HAEg5QFBAXQg5gFqKAIA/RwCIOUBQQNsIOYBaigCAP0cA/3gAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/eAB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwWCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IucBIAJq/QAEACGCASCCAUGAgAT9CQIA/esBQYSABP0JAgD96gEigwFBiIAE/QkCAP3mAUGMgAT9CQIAIoQB/eQBIoUBIIQB/eUBIYYBQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIIMBIIYBQZCABP0JAgD95gH95QEghgFBlIAE/QkCAP3mAf3lASKHAf3mAf3kASCHAf3mAf3kASCHAf3mAf3kASCHAf3mAf3kASCHAf3mAf3kASGIASABIOcBaiCHASCIASCHAf3mASCHAf3mAf3kAUGwgAT9CQIA/eQBIIUB/QwAAEBLAABASwAAQEsAAEBL/bEBIokBQQH9rAEiigH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCJASCKAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh6AEDQCAGINoBQQRqTgRAINoBIOgBbCACaiLpASgCAP0RIOgBIOkBaigCAP0cASDoAUEBdCDpAWooAgD9HAIg6AFBA2wg6QFqKAIA/RwDQYCABP0JAgD96wFBhIAE/QkCAP3qASKLAUGIgAT9CQIA/eYBQYyABP0JAgAijAH95AEijQEgjAH95QEhjgFBrIAE/QkCAEGogAT9CQIAQaSABP0JAgBBoIAE/QkCAEGcgAT9CQIAQZiABP0JAgAgiwEgjgFBkIAE/QkCAP3mAf3lASCOAUGUgAT9CQIA/eYB/eUBIo8B/eYB/eQBII8B/eYB/eQBII8B/eYB/eQBII8B/eYB/eQBII8B/eYB/eQBIZABINoBQQJ0IAFqII8BIJABII8B/eYBII8B/eYB/eQBQbCABP0JAgD95AEgjQH9DAAAQEsAAEBLAABASwAAQEv9sQEikQFBAf2sASKSAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIJEBIJIB/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAIARBAnQg2gFsIAJq/QkCAEGAgAT9CQIA/esBQYSABP0JAgD96gEikwFBiIAE/QkCAP3mAUGMgAT9CQIAIpQB/eQBIpUBIJQB/eUBIZYBQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIJMBIJYBQZCABP0JAgD95gH95QEglgFBlIAE/QkCAP3mAf3lASKXAf3mAf3kASCXAf3mAf3kASCXAf3mAf3kASCXAf3mAf3kASCXAf3mAf3kASGYASDaAUECdCABaiCXASCYASCXAf3mASCXAf3mAf3kAUGwgAT9CQIA/eQBIJUB/QwAAEBLAABASwAAQEsAAEBL/bEBIpkBQQH9rAEimgH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCZASCaAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwVCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IuoBIAJq/QAEACGbASABIOoBaiCbARAC/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh6wEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIOsBbCACaiLsASgCAP0RIOsBIOwBaigCAP0cASDrAUEBdCDsAWooAgD9HAIg6wFBA2wg7AFqKAIA/RwDEAL9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAC/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwUCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0Iu0BIAJq/QAEACGcASABIO0BaiCcAf3jAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0Ie4BA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASDuAWwgAmoi7wEoAgD9ESDuASDvAWooAgD9HAEg7gFBAXQg7wFqKAIA/RwCIO4BQQNsIO8BaigCAP0cA/3jAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/eMB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwTCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvABIAJq/QAEACGdASABIPABav0MAACAPwAAgD8AAIA/AACAPyCdAf3jAf3nAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IfEBA0AgBiDaAUEEak4EQCDaAUECdCABav0MAACAPwAAgD8AAIA/AACAPyDaASDxAWwgAmoi8gEoAgD9ESDxASDyAWooAgD9HAEg8QFBAXQg8gFqKAIA/RwCIPEBQQNsIPIBaigCAP0cA/3jAf3nAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWr9DAAAgD8AAIA/AACAPwAAgD8gBEECdCDaAWwgAmr9CQIA/eMB/ecB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwSCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvMBIAJq/QAEACGeASABIPMBaiCeARAE/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh9AEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIPQBbCACaiL1ASgCAP0RIPQBIPUBaigCAP0cASD0AUEBdCD1AWooAgD9HAIg9AFBA2wg9QFqKAIA/RwDEAT9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAE/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwRCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvYBIAJq/QAEACGfASABIPYBaiCfARAJ/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh9wEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIPcBbCACaiL4ASgCAP0RIPcBIPgBaigCAP0cASD3AUEBdCD4AWooAgD9HAIg9wFBA2wg+AFqKAIA/RwDEAn9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAJ/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwQCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvkBIAJq/QAEACGgASABIPkBaiCgARAD/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh+gEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIPoBbCACaiL7ASgCAP0RIPoBIPsBaigCAP0cASD6AUEBdCD7AWooAgD9HAIg+gFBA2wg+wFqKAIA/RwDEAP9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAD/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwPCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvwBIAJq/QAEACGhASABIPwBaiChARAF/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh/QEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIP0BbCACaiL+ASgCAP0RIP0BIP4BaigCAP0cASD9AUEBdCD+AWooAgD9HAIg/QFBA2wg/gFqKAIA/RwDEAX9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAF/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwOCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQRBqTgRAIAEg2gFBAnQi/wFqIAIg/wFq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBAAgASD/AWogAiD/AWr9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/QsEECABIP8BaiACIP8Bav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQgIAEg/wFqIAIg/wFq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBDAg2gFBEGoh2gEMAQsLA0AgBiDaAUEEak4EQCDaAUECdCKAAiACav0ABAAhogEgASCAAmogogH9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQAINoBQQRqIdoBDAELCwUgBEECdCGBAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEggQJsIAJqIoICKAIA/REggQIgggJqKAIA/RwBIIECQQF0IIICaigCAP0cAiCBAkEDbCCCAmooAgD9HAP9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMDQsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKDAiACav0ABAAhowEgASCDAmogowH9DAAAAD8AAAA/AAAAPwAAAD/95gEgowH9DPMENT/zBDU/8wQ1P/MENT/95gEQCv3mAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IYQCA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCEAmwgAmoihQIoAgD9ESCEAiCFAmooAgD9HAEghAJBAXQghQJqKAIA/RwCIIQCQQNsIIUCaigCAP0cAyKkAf0MAAAAPwAAAD8AAAA/AAAAP/3mASCkAf0M8wQ1P/MENT/zBDU/8wQ1P/3mARAK/eYB/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAipQH9DAAAAD8AAAA/AAAAPwAAAD/95gEgpQH9DPMENT/zBDU/8wQ1P/MENT/95gEQCv3mAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMDAsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKGAiACav0ABAAhpgEgASCGAmogpgH9DAAAAD8AAAA/AAAAPwAAAD/95gH9DCpCTD8qQkw/KkJMPypCTD8gpgEgpgEgpgH95gEgpgH95gH9DBMnNz0TJzc9Eyc3PRMnNz395gH95AH95gEQA/0MAACAPwAAgD8AAIA/AACAP/3kAf3mAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IYcCA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCHAmwgAmoiiAIoAgD9ESCHAiCIAmooAgD9HAEghwJBAXQgiAJqKAIA/RwCIIcCQQNsIIgCaigCAP0cAyKnAf0MAAAAPwAAAD8AAAA/AAAAP/3mAf0MKkJMPypCTD8qQkw/KkJMPyCnASCnASCnAf3mASCnAf3mAf0MEyc3PRMnNz0TJzc9Eyc3Pf3mAf3kAf3mARAD/QwAAIA/AACAPwAAgD8AAIA//eQB/eYB/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAiqAH9DAAAAD8AAAA/AAAAPwAAAD/95gH9DCpCTD8qQkw/KkJMPypCTD8gqAEgqAEgqAH95gEgqAH95gH9DBMnNz0TJzc9Eyc3PRMnNz395gH95AH95gEQA/0MAACAPwAAgD8AAIA/AACAP/3kAf3mAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMCwsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKJAiACav0ABAAhqQEgqQH94QFBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIqoBQYiABP0JAgD95gFBjIAE/QkCACKrAf3kASKsASCrAf3lASGtAUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACCqASCtAUGQgAT9CQIA/eYB/eUBIK0BQZSABP0JAgD95gH95QEirgH95gH95AEgrgH95gH95AEgrgH95gH95AEgrgH95gH95AEgrgH95gH95AEhrwEgASCJAmogqQH9DAAAgD8AAIA/AACAPwAAgD8grgEgrwEgrgH95gEgrgH95gH95AFBsIAE/QkCAP3kASCsAf0MAABASwAAQEsAAEBLAABAS/2xASKwAUEB/awBIrEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgsAEgsQH9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf3kAf3nAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IYoCA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCKAmwgAmoiiwIoAgD9ESCKAiCLAmooAgD9HAEgigJBAXQgiwJqKAIA/RwCIIoCQQNsIIsCaigCAP0cAyKyASCyAf3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEiswFBiIAE/QkCAP3mAUGMgAT9CQIAIrQB/eQBIrUBILQB/eUBIbYBQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAILMBILYBQZCABP0JAgD95gH95QEgtgFBlIAE/QkCAP3mAf3lASK3Af3mAf3kASC3Af3mAf3kASC3Af3mAf3kASC3Af3mAf3kASC3Af3mAf3kASG4Af0MAACAPwAAgD8AAIA/AACAPyC3ASC4ASC3Af3mASC3Af3mAf3kAUGwgAT9CQIA/eQBILUB/QwAAEBLAABASwAAQEsAAEBL/bEBIrkBQQH9rAEiugH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASC5ASC6Af2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecB/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAiuwEguwH94QFBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIrwBQYiABP0JAgD95gFBjIAE/QkCACK9Af3kASK+ASC9Af3lASG/AUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACC8ASC/AUGQgAT9CQIA/eYB/eUBIL8BQZSABP0JAgD95gH95QEiwAH95gH95AEgwAH95gH95AEgwAH95gH95AEgwAH95gH95AEgwAH95gH95AEhwQH9DAAAgD8AAIA/AACAPwAAgD8gwAEgwQEgwAH95gEgwAH95gH95AFBsIAE/QkCAP3kASC+Af0MAABASwAAQEsAAEBLAABAS/2xASLCAUEB/awBIsMB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgwgEgwwH9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf3kAf3nAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMCgsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKMAiACav0ABAAhxAEgASCMAmogxAEQCP0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IY0CA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCNAmwgAmoijgIoAgD9ESCNAiCOAmooAgD9HAEgjQJBAXQgjgJqKAIA/RwCII0CQQNsII4CaigCAP0cAxAI/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAQCP0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMCQsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEQak4EQCABINoBQQJ0Io8CaiACII8Cav0ABAAixQEgxQH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIMUB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASDFASDFAf1C/VL9CwQAIAEgjwJqIAIgjwJq/QAEECLGASDGAf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gxgH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBIMYBIMYB/UL9Uv0LBBAgASCPAmogAiCPAmr9AAQgIscBIMcB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiDHAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgxwEgxwH9Qv1S/QsEICABII8CaiACII8Cav0ABDAiyAEgyAH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIMgB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASDIASDIAf1C/VL9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQikAIgAmr9AAQAIckBIAEgkAJqIMkBIMkB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiDJAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgyQEgyQH9Qv1S/QsEACDaAUEEaiHaAQwBCwsFIARBAnQhkQIDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIJECbCACaiKSAigCAP0RIJECIJICaigCAP0cASCRAkEBdCCSAmooAgD9HAIgkQJBA2wgkgJqKAIA/RwDIsoBIMoB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiDKAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgygEgygH9Qv1S/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAiywEgywH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIMsB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASDLASDLAf1C/VL9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAgLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKTAmogAiCTAmr9AAQA/Wj9CwQAIAEgkwJqIAIgkwJq/QAEEP1o/QsEECABIJMCaiACIJMCav0ABCD9aP0LBCAgASCTAmogAiCTAmr9AAQw/Wj9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQilAIgAmr9AAQAIcwBIAEglAJqIMwB/Wj9CwQAINoBQQRqIdoBDAELCwUgBEECdCGVAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEglQJsIAJqIpYCKAIA/REglQIglgJqKAIA/RwBIJUCQQF0IJYCaigCAP0cAiCVAkEDbCCWAmooAgD9HAP9aP0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/Wj9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAcLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKXAmogAiCXAmr9AAQA/Wf9CwQAIAEglwJqIAIglwJq/QAEEP1n/QsEECABIJcCaiACIJcCav0ABCD9Z/0LBCAgASCXAmogAiCXAmr9AAQw/Wf9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQimAIgAmr9AAQAIc0BIAEgmAJqIM0B/Wf9CwQAINoBQQRqIdoBDAELCwUgBEECdCGZAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEgmQJsIAJqIpoCKAIA/REgmQIgmgJqKAIA/RwBIJkCQQF0IJoCaigCAP0cAiCZAkEDbCCaAmooAgD9HAP9Z/0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/Wf9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAYLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKbAmogAiCbAmr9AAQA/Wr9CwQAIAEgmwJqIAIgmwJq/QAEEP1q/QsEECABIJsCaiACIJsCav0ABCD9av0LBCAgASCbAmogAiCbAmr9AAQw/Wr9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQinAIgAmr9AAQAIc4BIAEgnAJqIM4B/Wr9CwQAINoBQQRqIdoBDAELCwUgBEECdCGdAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEgnQJsIAJqIp4CKAIA/REgnQIgngJqKAIA/RwBIJ0CQQF0IJ4CaigCAP0cAiCdAkEDbCCeAmooAgD9HAP9av0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/Wr9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAULA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKfAmogAiCfAmr9AAQAIs8BIM8B/eYB/QsEACABIJ8CaiACIJ8Cav0ABBAi0AEg0AH95gH9CwQQIAEgnwJqIAIgnwJq/QAEICLRASDRAf3mAf0LBCAgASCfAmogAiCfAmr9AAQwItIBINIB/eYB/QsEMCDaAUEQaiHaAQwBCwsDQCAGINoBQQRqTgRAINoBQQJ0IqACIAJq/QAEACHTASABIKACaiDTASDTAf3mAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IaECA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASChAmwgAmoiogIoAgD9ESChAiCiAmooAgD9HAEgoQJBAXQgogJqKAIA/RwCIKECQQNsIKICaigCAP0cAyLUASDUAf3mAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIAItUBINUB/eYB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwECwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IqMCIAJq/QAEACHWASABIKMCav0MAACAPwAAgD8AAIA/AACAPyDWAf3nAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IaQCA0AgBiDaAUEEak4EQCDaAUECdCABav0MAACAPwAAgD8AAIA/AACAPyDaASCkAmwgAmoipQIoAgD9ESCkAiClAmooAgD9HAEgpAJBAXQgpQJqKAIA/RwCIKQCQQNsIKUCaigCAP0cA/3nAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWr9DAAAgD8AAIA/AACAPwAAgD8gBEECdCDaAWwgAmr9CQIA/ecB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwDCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IqYCIAJq/QAEACHXASABIKYCaiDXARAG/QsEACDaAUEEaiHaAQwBCwsFIARBAnQhpwIDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIKcCbCACaiKoAigCAP0RIKcCIKgCaigCAP0cASCnAkEBdCCoAmooAgD9HAIgpwJBA2wgqAJqKAIA/RwDEAb9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAG/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwCCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IqkCIAJq/QAEACHYASABIKkCaiDYARAH/QsEACDaAUEEaiHaAQwBCwsFIARBAnQhqgIDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIKoCbCACaiKrAigCAP0RIKoCIKsCaigCAP0cASCqAkEBdCCrAmooAgD9HAIgqgJBA2wgqwJqKAIA/RwDEAf9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAH/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwBCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQRBqTgRAIAEg2gFBAnQirAJqIAIgrAJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgrAJqIAIgrAJq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgrAJqIAIgrAJq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgrAJqIAIgrAJq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQirQIgAmr9AAQAIdkBIAEgrQJqINkB/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0Ia4CA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCuAmwgAmoirwIoAgD9ESCuAiCvAmooAgD9HAEgrgJBAXQgrwJqKAIA/RwCIK4CQQNsIK8CaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLCwvJBQIMfwt7AkACQAJAAkACQCAADgQAAQIDBAsgASACIAMgBCAFIAwgDRAvDwsgASACIAMgBCAFIAwgDRAuDwsgASACIAMgBCAFIAYgByAIIAwgDRA6DwsgASACIAMgBCAFIAYgByAIIAwgDRA5DwsDQCAMIBFKBEACQAJAAkACQAJAAkAgAEEEaw4EAQIDBAALAAsgAiADIAUgBiAIIAkgCyANECsMAwsjAEGQAWoiEv0JAgAhHSASQQRq/QkCACEeQQAhDgNAIA0gDkEEak4EQAJ7IAVBAnQgDmwgA2ohEyAFIhRBAUYEQCAT/QAEAAwBCyAURQRAIBP9CQIADAELIBMoAgD9ESATIBRBAnQiFWooAgD9HAEgFUEBdCATaigCAP0cAiAVQQNsIBNqKAIA/RwDCyEfIA5BAnQgAmogHyAd/esBIB796gH9CwQAIA5BBGohDgwBCwsDQCANIA5KBEAgBUECdCAObCADav0JAgAhICAOQQJ0IAJqICAgHf3rASAe/eoB/RsANgIAIA5BAWohDgwBCwsMAgsjAEGQAWoiFv0JAgAhISAWQQRq/QkCACEiQQAhDgNAIA0gDkEEak4EQCAOQQJ0IAJqAnsgBUECdCAObCADaiEXIAUiGEEBRgRAIBf9AAQADAELIBhFBEAgF/0JAgAMAQsgFygCAP0RIBcgGEECdCIZaigCAP0cASAZQQF0IBdqKAIA/RwCIBlBA2wgF2ooAgD9HAMLIiMgIf24ASAi/bYB/QsEACAOQQRqIQ4MAQsLA0AgDSAOSgRAIA5BAnQgAmogBUECdCAObCADav0JAgAiJCAh/bgBICL9tgH9GwA2AgAgDkEBaiEODAELCwwBCyABIAIgAyAFIA0QMwsgDUECdCACaiECIARBAnQgA2ohAyAHQQJ0IAZqIQYgCkECdCAJaiEJIBFBAWohEQwBCwsLBgBBqIYEC1ECAn8BeyAC/REhBQNAIAEgA0EEaiIETgRAIANBAnQgAGogBf0LBAAgBCEDDAELCwNAIAEgA0oEQCADQQJ0IABqIAI2AgAgA0EBaiEDDAELCwvCCwEQfwJAAkACQAJAAkACQAJAIAAOBQECAwQFAAsAC0EAIQACQCADQQFGBEAgASACIARBAnT8CgAADAEFA0AgBCAAQQRqTgRAIABBAnQgAWoCeyADQQJ0IABsIAJqIQcgA0EBRgRAIAf9AAQADAELIANFBEAgB/0JAgAMAQsgBygCAP0RIAcgA0ECdCIIaigCAP0cASAIQQF0IAdqKAIA/RwCIAhBA2wgB2ooAgD9HAML/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/RsANgIAIABBAWohAAwBCwsLDAQLQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCIJIAFqIAIgCWr9AAQA/fgB/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiEKIANBAUYEQCAK/QAEAAwBCyADRQRAIAr9CQIADAELIAooAgD9ESAKIANBAnQiC2ooAgD9HAEgC0EBdCAKaigCAP0cAiALQQNsIApqKAIA/RwDC/34Af0LBAAgAEEEaiEADAELCwsDQCAAIARIBEAgAEECdCABaiADQQJ0IABsIAJq/QkCAP34Af0bADYCACAAQQFqIQAMAQsLDAMLQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCIMIAFqIAIgDGr9AAQA/foB/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiENIANBAUYEQCAN/QAEAAwBCyADRQRAIA39CQIADAELIA0oAgD9ESANIANBAnQiDmooAgD9HAEgDkEBdCANaigCAP0cAiAOQQNsIA1qKAIA/RwDC/36Af0LBAAgAEEEaiEADAELCwsDQCAAIARIBEAgAEECdCABaiADQQJ0IABsIAJq/QkCAP36Af0bADYCACAAQQFqIQAMAQsLDAILQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCIPIAFqIAIgD2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgAEEEaiEADAELCwUDQCAEIABBBGpOBEAgAEECdCABagJ7IANBAnQgAGwgAmohECADQQFGBEAgEP0ABAAMAQsgA0UEQCAQ/QkCAAwBCyAQKAIA/REgECADQQJ0IhFqKAIA/RwBIBFBAXQgEGooAgD9HAIgEUEDbCAQaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACAAQQFqIQAMAQsLDAELQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCISIAFqIAIgEmr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgAEEEaiEADAELCwUDQCAEIABBBGpOBEAgAEECdCABagJ7IANBAnQgAGwgAmohEyADQQFGBEAgE/0ABAAMAQsgA0UEQCAT/QkCAAwBCyATKAIA/REgEyADQQJ0IhRqKAIA/RwBIBRBAXQgE2ooAgD9HAIgFEEDbCATaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACAAQQFqIQAMAQsLCwsaAEEHIAAgASADIAUgAiAEQQBBAEEAQQAQAQszAQF/IwBBkAFqIgcgAjYCACAHQQRqIAM2AgBBBkEAIAAgBCAGIAEgBUEAQQBBAEEAEAELMwEBfyMAQZABaiIHIAI4AgAgB0EEaiADOAIAQQVBACAAIAQgBiABIAVBAEEAQQBBABABC0cBAn8jAEGAAWohCkEDIAAgASAGIAkgAgR/IAIFIAogBDYCACAKCyAHIAMEfyADBSAKQQRqIgsgBTYCACALCyAIQQBBABABC0cBAn8jAEGAAWohCkECIAAgASAGIAkgAgR/IAIFIAogBDgCACAKCyAHIAMEfyADBSAKQQRqIgsgBTgCACALCyAIQQBBABABC7qVAQNOe/kCf4oBfQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAAODwECAwQABQYHCAkKCwwNDgALAAsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQiXmogAiBeav0ABAAgBSBeav0ABAD9rgH9CwQAIAEgXmogAiBeav0ABBAgBSBeav0ABBD9rgH9CwQQIAEgXmogAiBeav0ABCAgBSBeav0ABCD9rgH9CwQgIAEgXmogAiBeav0ABDAgBSBeav0ABDD9rgH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0Il9qIAIgX2r9AAQAIAUgX2r9AAQA/a4B/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIQ0DQCAJIFhBEGpOBEAgASBYQQJ0ImBqIAIgYGr9AAQAIA39rgH9CwQAIAEgYGogAiBgav0ABBAgDf2uAf0LBBAgASBgaiACIGBq/QAEICAN/a4B/QsEICABIGBqIAIgYGr9AAQwIA39rgH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0ImFqIAIgYWr9AAQAIA39rgH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhDgNAIAkgWEEQak4EQCABIFhBAnQiYmogDiAFIGJq/QAEAP2uAf0LBAAgASBiaiAOIAUgYmr9AAQQ/a4B/QsEECABIGJqIA4gBSBiav0ABCD9rgH9CwQgIAEgYmogDiAFIGJq/QAEMP2uAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiY2ogDiAFIGNq/QAEAP2uAf0LBAAgWEEEaiFYDAELCwUgBEECdCFkIAdBAnQhZQNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCBkbCACaiFmIAQiZ0EBRgRAIGb9AAQADAELIGdFBEAgZv0JAgAMAQsgZigCAP0RIGYgZ0ECdCJoaigCAP0cASBoQQF0IGZqKAIA/RwCIGhBA2wgZmooAgD9HAMLAnsgWCBlbCAFaiFpIAciakEBRgRAIGn9AAQADAELIGpFBEAgaf0JAgAMAQsgaSgCAP0RIGkgakECdCJraigCAP0cASBrQQF0IGlqKAIA/RwCIGtBA2wgaWooAgD9HAML/a4B/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9rgH9GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDA0LQQEhbANAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCJuaiACIG5q/QAEACEPIAUgbmr9AAQAIRAgDyAQ/bEB/QsEACACIG5q/QAEECERIAUgbmr9AAQQIRIgASBuaiARIBL9sQH9CwQQIAIgbmr9AAQgIRMgBSBuav0ABCAhFCABIG5qIBMgFP2xAf0LBCAgAiBuav0ABDAhFSAFIG5q/QAEMCEWIAEgbmogFSAW/bEB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKPAWogAiCPAWr9AAQAIRcgBSCPAWr9AAQAIRggFyAY/bEB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIRkDQCAJIFhBEGpOBEAgASBYQQJ0IpgBaiACIJgBav0ABAAhGiAaIBn9sQH9CwQAIAIgmAFq/QAEECEdIAEgmAFqIB0gGf2xAf0LBBAgAiCYAWr9AAQgISAgASCYAWogICAZ/bEB/QsEICACIJgBav0ABDAhIyABIJgBaiAjIBn9sQH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IrkBaiACILkBav0ABAAhJiAmIBn9sQH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhKQNAIAkgWEEQak4EQCABIFhBAnQiwgFqIAUgwgFq/QAEACEqICkgKv2xAf0LBAAgBSDCAWr9AAQQISwgASDCAWogKSAs/bEB/QsEECAFIMIBav0ABCAhLiABIMIBaiApIC79sQH9CwQgIAUgwgFq/QAEMCEwIAEgwgFqICkgMP2xAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi4wFqIAUg4wFq/QAEACEyICkgMv2xAf0LBAAgWEEEaiFYDAELCwUgBEECdCHsASAHQQJ0Ie0BA0AgCSBYQQRqTgRAAnsgWCDsAWwgAmoh7gEgBCLvAUEBRgRAIO4B/QAEAAwBCyDvAUUEQCDuAf0JAgAMAQsg7gEoAgD9ESDuASDvAUECdCLwAWooAgD9HAEg8AFBAXQg7gFqKAIA/RwCIPABQQNsIO4BaigCAP0cAwshNAJ7IFgg7QFsIAVqIfEBIAci8gFBAUYEQCDxAf0ABAAMAQsg8gFFBEAg8QH9CQIADAELIPEBKAIA/REg8QEg8gFBAnQi8wFqKAIA/RwBIPMBQQF0IPEBaigCAP0cAiDzAUEDbCDxAWooAgD9HAMLITUgWEECdCABaiA0IDX9sQH9CwQAIFhBBGohWAwBCwsLCwtBASFtA0AgCSBYSgRAIARBAnQgWGwgAmr9CQIAITYgB0ECdCBYbCAFav0JAgAhNyBYQQJ0IAFqIDYgN/2xAf0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMDAsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQihAJqIAIghAJq/QAEACAFIIQCav0ABAD9tQH9CwQAIAEghAJqIAIghAJq/QAEECAFIIQCav0ABBD9tQH9CwQQIAEghAJqIAIghAJq/QAEICAFIIQCav0ABCD9tQH9CwQgIAEghAJqIAIghAJq/QAEMCAFIIQCav0ABDD9tQH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IoUCaiACIIUCav0ABAAgBSCFAmr9AAQA/bUB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAITgDQCAJIFhBEGpOBEAgASBYQQJ0IoYCaiACIIYCav0ABAAgOP21Af0LBAAgASCGAmogAiCGAmr9AAQQIDj9tQH9CwQQIAEghgJqIAIghgJq/QAEICA4/bUB/QsEICABIIYCaiACIIYCav0ABDAgOP21Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQihwJqIAIghwJq/QAEACA4/bUB/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAITkDQCAJIFhBEGpOBEAgASBYQQJ0IogCaiA5IAUgiAJq/QAEAP21Af0LBAAgASCIAmogOSAFIIgCav0ABBD9tQH9CwQQIAEgiAJqIDkgBSCIAmr9AAQg/bUB/QsEICABIIgCaiA5IAUgiAJq/QAEMP21Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiiQJqIDkgBSCJAmr9AAQA/bUB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IYoCIAdBAnQhiwIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggigJsIAJqIYwCIAQijQJBAUYEQCCMAv0ABAAMAQsgjQJFBEAgjAL9CQIADAELIIwCKAIA/REgjAIgjQJBAnQijgJqKAIA/RwBII4CQQF0IIwCaigCAP0cAiCOAkEDbCCMAmooAgD9HAMLAnsgWCCLAmwgBWohjwIgByKQAkEBRgRAII8C/QAEAAwBCyCQAkUEQCCPAv0JAgAMAQsgjwIoAgD9ESCPAiCQAkECdCKRAmooAgD9HAEgkQJBAXQgjwJqKAIA/RwCIJECQQNsII8CaigCAP0cAwv9tQH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP21Af0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCwsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEEak4EQCABIFhBAnQikgJqAn8gAiCSAmr9AAQAIjr9GwAhkwJBACAFIJICav0ABAAiO/0bACKUAkUNABpBACCTAmsglAJBf0YNABogkwIglAJtC/0RAn9BACA7/RsBIpYCRQ0AGiA6/RsBIZUCQQAglQJrIJYCQX9GDQAaIJUCIJYCbQv9HAECf0EAIDv9GwIimAJFDQAaIDr9GwIhlwJBACCXAmsgmAJBf0YNABoglwIgmAJtC/0cAgJ/QQAgO/0bAyKaAkUNABogOv0bAyGZAkEAIJkCayCaAkF/Rg0AGiCZAiCaAm0L/RwD/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAITwDQCAJIFhBBGpOBEAgASBYQQJ0IpsCagJ/IAIgmwJq/QAEACI9/RsAIZwCQQAgPP0bACKdAkUNABpBACCcAmsgnQJBf0YNABognAIgnQJtC/0RAn9BACA8/RsBIp8CRQ0AGiA9/RsBIZ4CQQAgngJrIJ8CQX9GDQAaIJ4CIJ8CbQv9HAECf0EAIDz9GwIioQJFDQAaID39GwIhoAJBACCgAmsgoQJBf0YNABogoAIgoQJtC/0cAgJ/QQAgPP0bAyKjAkUNABogPf0bAyGiAkEAIKICayCjAkF/Rg0AGiCiAiCjAm0L/RwD/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIT4DQCAJIFhBBGpOBEAgASBYQQJ0IqQCagJ/QQAgBSCkAmr9AAQAIj/9GwAipgJFDQAaID79GwAhpQJBACClAmsgpgJBf0YNABogpQIgpgJtC/0RAn9BACA//RsBIqgCRQ0AGiA+/RsBIacCQQAgpwJrIKgCQX9GDQAaIKcCIKgCbQv9HAECf0EAID/9GwIiqgJFDQAaID79GwIhqQJBACCpAmsgqgJBf0YNABogqQIgqgJtC/0cAgJ/QQAgP/0bAyKsAkUNABogPv0bAyGrAkEAIKsCayCsAkF/Rg0AGiCrAiCsAm0L/RwD/QsEACBYQQRqIVgMAQsLBSAEQQJ0Ia0CIAdBAnQhrgIDQCAJIFhBBGpOBEACeyBYIK0CbCACaiGvAiAEIrACQQFGBEAgrwL9AAQADAELILACRQRAIK8C/QkCAAwBCyCvAigCAP0RIK8CILACQQJ0IrECaigCAP0cASCxAkEBdCCvAmooAgD9HAIgsQJBA2wgrwJqKAIA/RwDCyFAAnsgWCCuAmwgBWohsgIgByKzAkEBRgRAILIC/QAEAAwBCyCzAkUEQCCyAv0JAgAMAQsgsgIoAgD9ESCyAiCzAkECdCK0AmooAgD9HAEgtAJBAXQgsgJqKAIA/RwCILQCQQNsILICaigCAP0cAwshQSBYQQJ0IAFqAn9BACBB/RsAIrYCRQ0AGiBA/RsAIbUCQQAgtQJrILYCQX9GDQAaILUCILYCbQv9EQJ/QQAgQf0bASK4AkUNABogQP0bASG3AkEAILcCayC4AkF/Rg0AGiC3AiC4Am0L/RwBAn9BACBB/RsCIroCRQ0AGiBA/RsCIbkCQQAguQJrILoCQX9GDQAaILkCILoCbQv9HAICf0EAIEH9GwMivAJFDQAaIED9GwMhuwJBACC7AmsgvAJBf0YNABoguwIgvAJtC/0cA/0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqAn8gBEECdCBYbCACav0JAgAiQv0bACG9AkEAIAdBAnQgWGwgBWr9CQIAIkP9GwAivgJFDQAaQQAgvQJrIL4CQX9GDQAaIL0CIL4CbQv9EQJ/QQAgQ/0bASLAAkUNABogQv0bASG/AkEAIL8CayDAAkF/Rg0AGiC/AiDAAm0L/RwBAn9BACBD/RsCIsICRQ0AGiBC/RsCIcECQQAgwQJrIMICQX9GDQAaIMECIMICbQv9HAICf0EAIEP9GwMixAJFDQAaIEL9GwMhwwJBACDDAmsgxAJBf0YNABogwwIgxAJtC/0cA/0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCgsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQixQJqIAIgxQJq/QAEACAFIMUCav0ABAD9uAH9CwQAIAEgxQJqIAIgxQJq/QAEECAFIMUCav0ABBD9uAH9CwQQIAEgxQJqIAIgxQJq/QAEICAFIMUCav0ABCD9uAH9CwQgIAEgxQJqIAIgxQJq/QAEMCAFIMUCav0ABDD9uAH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsYCaiACIMYCav0ABAAgBSDGAmr9AAQA/bgB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUQDQCAJIFhBEGpOBEAgASBYQQJ0IscCaiACIMcCav0ABAAgRP24Af0LBAAgASDHAmogAiDHAmr9AAQQIET9uAH9CwQQIAEgxwJqIAIgxwJq/QAEICBE/bgB/QsEICABIMcCaiACIMcCav0ABDAgRP24Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiyAJqIAIgyAJq/QAEACBE/bgB/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUUDQCAJIFhBEGpOBEAgASBYQQJ0IskCaiBFIAUgyQJq/QAEAP24Af0LBAAgASDJAmogRSAFIMkCav0ABBD9uAH9CwQQIAEgyQJqIEUgBSDJAmr9AAQg/bgB/QsEICABIMkCaiBFIAUgyQJq/QAEMP24Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiygJqIEUgBSDKAmr9AAQA/bgB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IcsCIAdBAnQhzAIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggywJsIAJqIc0CIAQizgJBAUYEQCDNAv0ABAAMAQsgzgJFBEAgzQL9CQIADAELIM0CKAIA/REgzQIgzgJBAnQizwJqKAIA/RwBIM8CQQF0IM0CaigCAP0cAiDPAkEDbCDNAmooAgD9HAMLAnsgWCDMAmwgBWoh0AIgByLRAkEBRgRAINAC/QAEAAwBCyDRAkUEQCDQAv0JAgAMAQsg0AIoAgD9ESDQAiDRAkECdCLSAmooAgD9HAEg0gJBAXQg0AJqKAIA/RwCINICQQNsINACaigCAP0cAwv9uAH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP24Af0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCQsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQi0wJqIAIg0wJq/QAEACAFINMCav0ABAD9tgH9CwQAIAEg0wJqIAIg0wJq/QAEECAFINMCav0ABBD9tgH9CwQQIAEg0wJqIAIg0wJq/QAEICAFINMCav0ABCD9tgH9CwQgIAEg0wJqIAIg0wJq/QAEMCAFINMCav0ABDD9tgH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0ItQCaiACINQCav0ABAAgBSDUAmr9AAQA/bYB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUYDQCAJIFhBEGpOBEAgASBYQQJ0ItUCaiACINUCav0ABAAgRv22Af0LBAAgASDVAmogAiDVAmr9AAQQIEb9tgH9CwQQIAEg1QJqIAIg1QJq/QAEICBG/bYB/QsEICABINUCaiACINUCav0ABDAgRv22Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi1gJqIAIg1gJq/QAEACBG/bYB/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUcDQCAJIFhBEGpOBEAgASBYQQJ0ItcCaiBHIAUg1wJq/QAEAP22Af0LBAAgASDXAmogRyAFINcCav0ABBD9tgH9CwQQIAEg1wJqIEcgBSDXAmr9AAQg/bYB/QsEICABINcCaiBHIAUg1wJq/QAEMP22Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi2AJqIEcgBSDYAmr9AAQA/bYB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IdkCIAdBAnQh2gIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgg2QJsIAJqIdsCIAQi3AJBAUYEQCDbAv0ABAAMAQsg3AJFBEAg2wL9CQIADAELINsCKAIA/REg2wIg3AJBAnQi3QJqKAIA/RwBIN0CQQF0INsCaigCAP0cAiDdAkEDbCDbAmooAgD9HAMLAnsgWCDaAmwgBWoh3gIgByLfAkEBRgRAIN4C/QAEAAwBCyDfAkUEQCDeAv0JAgAMAQsg3gIoAgD9ESDeAiDfAkECdCLgAmooAgD9HAEg4AJBAXQg3gJqKAIA/RwCIOACQQNsIN4CaigCAP0cAwv9tgH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP22Af0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCAsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQi4QJqIAIg4QJq/QAEACAFIOECav0ABAD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOECaiACIOECav0ABBAgBSDhAmr9AAQQ/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDhAmogAiDhAmr9AAQgIAUg4QJq/QAEIP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg4QJqIAIg4QJq/QAEMCAFIOECav0ABDD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLiAmogAiDiAmr9AAQAIAUg4gJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhSANAIAkgWEEQak4EQCABIFhBAnQi4wJqIAIg4wJq/QAEACBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDjAmogAiDjAmr9AAQQIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOMCaiACIOMCav0ABCAgSP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg4wJqIAIg4wJq/QAEMCBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi5AJqIAIg5AJq/QAEACBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFJA0AgCSBYQRBqTgRAIAEgWEECdCLlAmogSSAFIOUCav0ABAD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOUCaiBJIAUg5QJq/QAEEP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg5QJqIEkgBSDlAmr9AAQg/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDlAmogSSAFIOUCav0ABDD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLmAmogSSAFIOYCav0ABAD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IecCIAdBAnQh6AIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgg5wJsIAJqIekCIAQi6gJBAUYEQCDpAv0ABAAMAQsg6gJFBEAg6QL9CQIADAELIOkCKAIA/REg6QIg6gJBAnQi6wJqKAIA/RwBIOsCQQF0IOkCaigCAP0cAiDrAkEDbCDpAmooAgD9HAMLAnsgWCDoAmwgBWoh7AIgByLtAkEBRgRAIOwC/QAEAAwBCyDtAkUEQCDsAv0JAgAMAQsg7AIoAgD9ESDsAiDtAkECdCLuAmooAgD9HAEg7gJBAXQg7AJqKAIA/RwCIO4CQQNsIOwCaigCAP0cAwv9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwHCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLvAmogAiDvAmr9AAQAIAUg7wJq/QAEAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg7wJqIAIg7wJq/QAEECAFIO8Cav0ABBD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIO8CaiACIO8Cav0ABCAgBSDvAmr9AAQg/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDvAmogAiDvAmr9AAQwIAUg7wJq/QAEMP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IvACaiACIPACav0ABAAgBSDwAmr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFKA0AgCSBYQRBqTgRAIAEgWEECdCLxAmogAiDxAmr9AAQAIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIPECaiACIPECav0ABBAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg8QJqIAIg8QJq/QAEICBK/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDxAmogAiDxAmr9AAQwIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLyAmogAiDyAmr9AAQAIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUsDQCAJIFhBEGpOBEAgASBYQQJ0IvMCaiBLIAUg8wJq/QAEAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg8wJqIEsgBSDzAmr9AAQQ/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDzAmogSyAFIPMCav0ABCD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPMCaiBLIAUg8wJq/QAEMP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IvQCaiBLIAUg9AJq/QAEAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQh9QIgB0ECdCH2AgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCD1AmwgAmoh9wIgBCL4AkEBRgRAIPcC/QAEAAwBCyD4AkUEQCD3Av0JAgAMAQsg9wIoAgD9ESD3AiD4AkECdCL5AmooAgD9HAEg+QJBAXQg9wJqKAIA/RwCIPkCQQNsIPcCaigCAP0cAwsCeyBYIPYCbCAFaiH6AiAHIvsCQQFGBEAg+gL9AAQADAELIPsCRQRAIPoC/QkCAAwBCyD6AigCAP0RIPoCIPsCQQJ0IvwCaigCAP0cASD8AkEBdCD6AmooAgD9HAIg/AJBA2wg+gJqKAIA/RwDC/04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP04/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAYLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0Iv0CaiACIP0Cav0ABAAgBSD9Amr9AAQA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD9AmogAiD9Amr9AAQQIAUg/QJq/QAEEP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg/QJqIAIg/QJq/QAEICAFIP0Cav0ABCD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIP0CaiACIP0Cav0ABDAgBSD9Amr9AAQw/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi/gJqIAIg/gJq/QAEACAFIP4Cav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUwDQCAJIFhBEGpOBEAgASBYQQJ0Iv8CaiACIP8Cav0ABAAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg/wJqIAIg/wJq/QAEECBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD/AmogAiD/Amr9AAQgIEz9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIP8CaiACIP8Cav0ABDAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IoADaiACIIADav0ABAAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhTQNAIAkgWEEQak4EQCABIFhBAnQigQNqIE0gBSCBA2r9AAQA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCBA2ogTSAFIIEDav0ABBD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIEDaiBNIAUggQNq/QAEIP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEggQNqIE0gBSCBA2r9AAQw/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiggNqIE0gBSCCA2r9AAQA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCGDAyAHQQJ0IYQDA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIIMDbCACaiGFAyAEIoYDQQFGBEAghQP9AAQADAELIIYDRQRAIIUD/QkCAAwBCyCFAygCAP0RIIUDIIYDQQJ0IocDaigCAP0cASCHA0EBdCCFA2ooAgD9HAIghwNBA2wghQNqKAIA/RwDCwJ7IFgghANsIAVqIYgDIAciiQNBAUYEQCCIA/0ABAAMAQsgiQNFBEAgiAP9CQIADAELIIgDKAIA/REgiAMgiQNBAnQiigNqKAIA/RwBIIoDQQF0IIgDaigCAP0cAiCKA0EDbCCIA2ooAgD9HAML/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMBQsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQiiwNqIAIgiwNq/QAEACAFIIsDav0ABAD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIsDaiACIIsDav0ABBAgBSCLA2r9AAQQ/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCLA2ogAiCLA2r9AAQgIAUgiwNq/QAEIP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgiwNqIAIgiwNq/QAEMCAFIIsDav0ABDD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKMA2ogAiCMA2r9AAQAIAUgjANq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhTgNAIAkgWEEQak4EQCABIFhBAnQijQNqIAIgjQNq/QAEACBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCNA2ogAiCNA2r9AAQQIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABII0DaiACII0Dav0ABCAgTv09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgjQNqIAIgjQNq/QAEMCBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQijgNqIAIgjgNq/QAEACBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFPA0AgCSBYQRBqTgRAIAEgWEECdCKPA2ogTyAFII8Dav0ABAD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABII8DaiBPIAUgjwNq/QAEEP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgjwNqIE8gBSCPA2r9AAQg/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCPA2ogTyAFII8Dav0ABDD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKQA2ogTyAFIJADav0ABAD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IZEDIAdBAnQhkgMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggkQNsIAJqIZMDIAQilANBAUYEQCCTA/0ABAAMAQsglANFBEAgkwP9CQIADAELIJMDKAIA/REgkwMglANBAnQilQNqKAIA/RwBIJUDQQF0IJMDaigCAP0cAiCVA0EDbCCTA2ooAgD9HAMLAnsgWCCSA2wgBWohlgMgByKXA0EBRgRAIJYD/QAEAAwBCyCXA0UEQCCWA/0JAgAMAQsglgMoAgD9ESCWAyCXA0ECdCKYA2ooAgD9HAEgmANBAXQglgNqKAIA/RwCIJgDQQNsIJYDaigCAP0cAwv9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwECwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCKZA2ogAiCZA2r9AAQAIAUgmQNq/QAEAP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgmQNqIAIgmQNq/QAEECAFIJkDav0ABBD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJkDaiACIJkDav0ABCAgBSCZA2r9AAQg/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCZA2ogAiCZA2r9AAQwIAUgmQNq/QAEMP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IpoDaiACIJoDav0ABAAgBSCaA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFQA0AgCSBYQRBqTgRAIAEgWEECdCKbA2ogAiCbA2r9AAQAIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJsDaiACIJsDav0ABBAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgmwNqIAIgmwNq/QAEICBQ/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCbA2ogAiCbA2r9AAQwIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKcA2ogAiCcA2r9AAQAIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIVEDQCAJIFhBEGpOBEAgASBYQQJ0Ip0DaiBRIAUgnQNq/QAEAP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgnQNqIFEgBSCdA2r9AAQQ/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCdA2ogUSAFIJ0Dav0ABCD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJ0DaiBRIAUgnQNq/QAEMP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0Ip4DaiBRIAUgngNq/QAEAP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQhnwMgB0ECdCGgAwNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCCfA2wgAmohoQMgBCKiA0EBRgRAIKED/QAEAAwBCyCiA0UEQCChA/0JAgAMAQsgoQMoAgD9ESChAyCiA0ECdCKjA2ooAgD9HAEgowNBAXQgoQNqKAIA/RwCIKMDQQNsIKEDaigCAP0cAwsCeyBYIKADbCAFaiGkAyAHIqUDQQFGBEAgpAP9AAQADAELIKUDRQRAIKQD/QkCAAwBCyCkAygCAP0RIKQDIKUDQQJ0IqYDaigCAP0cASCmA0EBdCCkA2ooAgD9HAIgpgNBA2wgpANqKAIA/RwDC/07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP07/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAMLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0IqcDaiACIKcDav0ABAAgBSCnA2r9AAQA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCnA2ogAiCnA2r9AAQQIAUgpwNq/QAEEP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgpwNqIAIgpwNq/QAEICAFIKcDav0ABCD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKcDaiACIKcDav0ABDAgBSCnA2r9AAQw/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiqANqIAIgqANq/QAEACAFIKgDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVIDQCAJIFhBEGpOBEAgASBYQQJ0IqkDaiACIKkDav0ABAAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgqQNqIAIgqQNq/QAEECBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCpA2ogAiCpA2r9AAQgIFL9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKkDaiACIKkDav0ABDAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IqoDaiACIKoDav0ABAAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhUwNAIAkgWEEQak4EQCABIFhBAnQiqwNqIFMgBSCrA2r9AAQA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCrA2ogUyAFIKsDav0ABBD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKsDaiBTIAUgqwNq/QAEIP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgqwNqIFMgBSCrA2r9AAQw/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQirANqIFMgBSCsA2r9AAQA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCGtAyAHQQJ0Ia4DA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIK0DbCACaiGvAyAEIrADQQFGBEAgrwP9AAQADAELILADRQRAIK8D/QkCAAwBCyCvAygCAP0RIK8DILADQQJ0IrEDaigCAP0cASCxA0EBdCCvA2ooAgD9HAIgsQNBA2wgrwNqKAIA/RwDCwJ7IFggrgNsIAVqIbIDIAciswNBAUYEQCCyA/0ABAAMAQsgswNFBEAgsgP9CQIADAELILIDKAIA/REgsgMgswNBAnQitANqKAIA/RwBILQDQQF0ILIDaigCAP0cAiC0A0EDbCCyA2ooAgD9HAML/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMAgsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQitQNqIAIgtQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASC1A2ogAiC1A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC1A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABILUDaiACILUDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILUDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgtQNqIAIgtQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQitgNqIAIgtgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFUA0AgCSBYQRBqTgRAIAEgWEECdCK3A2ogAiC3A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASC3A2ogAiC3A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASC3A2ogAiC3A2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASC3A2ogAiC3A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiuANqIAIguANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IFT9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhVQNAIAkgWEEQak4EQCABIFhBAnQiuQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEguQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEguQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEguQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IroDaiBV/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC6A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IbsDIAdBAnQhvAMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgguwNsIAJqIb0DIAQivgNBAUYEQCC9A/0ABAAMAQsgvgNFBEAgvQP9CQIADAELIL0DKAIA/REgvQMgvgNBAnQivwNqKAIA/RwBIL8DQQF0IL0DaigCAP0cAiC/A0EDbCC9A2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TgCeyBYILwDbCAFaiHAAyAHIsEDQQFGBEAgwAP9AAQADAELIMEDRQRAIMAD/QkCAAwBCyDAAygCAP0RIMADIMEDQQJ0IsIDaigCAP0cASDCA0EBdCDAA2ooAgD9HAIgwgNBA2wgwANqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/TggB0ECdCBYbCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAELA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0IsMDaiACIMMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgwwNqIAIgwwNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgwwNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDDA2ogAiDDA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDDA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIMMDaiACIMMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsQDaiACIMQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhVgNAIAkgWEEQak4EQCABIFhBAnQixQNqIAIgxQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgxQNqIAIgxQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgxQNqIAIgxQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgxQNqIAIgxQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsYDaiACIMYDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCBW/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIVcDQCAJIFhBEGpOBEAgASBYQQJ0IscDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIMcDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIMcDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIMcDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLIA2ogV/0MAAAAAAAAAAAAAAAAAAAAAP04IAUgyANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCHJAyAHQQJ0IcoDA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIMkDbCACaiHLAyAEIswDQQFGBEAgywP9AAQADAELIMwDRQRAIMsD/QkCAAwBCyDLAygCAP0RIMsDIMwDQQJ0Is0DaigCAP0cASDNA0EBdCDLA2ooAgD9HAIgzQNBA2wgywNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04AnsgWCDKA2wgBWohzgMgByLPA0EBRgRAIM4D/QAEAAwBCyDPA0UEQCDOA/0JAgAMAQsgzgMoAgD9ESDOAyDPA0ECdCLQA2ooAgD9HAEg0ANBAXQgzgNqKAIA/RwCINADQQNsIM4DaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP04IAdBAnQgWGwgBWr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwsLza8BA1R77QJ/sgF9AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAAOEAECAwQFBgcICQoLDA0ODxAACwALA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0ImZqIAIgZmr9AAQAIQ0gBSBmav0ABAAhDiANIA795AH9CwQAIAIgZmr9AAQQIQ8gBSBmav0ABBAhECABIGZqIA8gEP3kAf0LBBAgAiBmav0ABCAhESAFIGZq/QAEICESIAEgZmogESAS/eQB/QsEICACIGZq/QAEMCETIAUgZmr9AAQwIRQgASBmaiATIBT95AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IocBaiACIIcBav0ABAAhFSAFIIcBav0ABAAhFiAVIBb95AH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhFwNAIAkgXkEQak4EQCABIF5BAnQikAFqIAIgkAFq/QAEACEYIBghGSAXIRogGSAa/eQB/QsEACACIJABav0ABBAhGyABIJABaiAbIRwgFyEdIBwgHf3kAf0LBBAgAiCQAWr9AAQgIR4gASCQAWogHiEfIBchICAfICD95AH9CwQgIAIgkAFq/QAEMCEhIAEgkAFqICEhIiAXISMgIiAj/eQB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKxAWogAiCxAWr9AAQAISQgJCElIBchJiAlICb95AH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhJwNAIAkgXkEQak4EQCABIF5BAnQiugFqIAUgugFq/QAEACEoICchKSApICj95AH9CwQAIAUgugFq/QAEECEqIAEgugFqICchKyArICr95AH9CwQQIAUgugFq/QAEICEsIAEgugFqICchLSAtICz95AH9CwQgIAUgugFq/QAEMCEuIAEgugFqICchLyAvIC795AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0ItsBaiAFINsBav0ABAAhMCAnITEgMSAw/eQB/QsEACBeQQRqIV4MAQsLBSAEQQJ0IeQBIAdBAnQh5QEDQCAJIF5BBGpOBEACeyBeIOQBbCACaiHmASAEIucBQQFGBEAg5gH9AAQADAELIOcBRQRAIOYB/QkCAAwBCyDmASgCAP0RIOYBIOcBQQJ0IugBaigCAP0cASDoAUEBdCDmAWooAgD9HAIg6AFBA2wg5gFqKAIA/RwDCyEyAnsgXiDlAWwgBWoh6QEgByLqAUEBRgRAIOkB/QAEAAwBCyDqAUUEQCDpAf0JAgAMAQsg6QEoAgD9ESDpASDqAUECdCLrAWooAgD9HAEg6wFBAXQg6QFqKAIA/RwCIOsBQQNsIOkBaigCAP0cAwshMyBeQQJ0IAFqIDIgM/3kAf0LBAAgXkEEaiFeDAELCwsLC0EBIWUDQCAJIF5KBEAgBEECdCBebCACav0JAgAhNCAHQQJ0IF5sIAVq/QkCACE1IF5BAnQgAWogNCA1/eQB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwPCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCL8AWogAiD8AWr9AAQAIAUg/AFq/QAEAP3lAf0LBAAgASD8AWogAiD8AWr9AAQQIAUg/AFq/QAEEP3lAf0LBBAgASD8AWogAiD8AWr9AAQgIAUg/AFq/QAEIP3lAf0LBCAgASD8AWogAiD8AWr9AAQwIAUg/AFq/QAEMP3lAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi/QFqIAIg/QFq/QAEACAFIP0Bav0ABAD95QH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhNgNAIAkgXkEQak4EQCABIF5BAnQi/gFqIAIg/gFq/QAEACA2/eUB/QsEACABIP4BaiACIP4Bav0ABBAgNv3lAf0LBBAgASD+AWogAiD+AWr9AAQgIDb95QH9CwQgIAEg/gFqIAIg/gFq/QAEMCA2/eUB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCL/AWogAiD/AWr9AAQAIDb95QH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhNwNAIAkgXkEQak4EQCABIF5BAnQigAJqIDcgBSCAAmr9AAQA/eUB/QsEACABIIACaiA3IAUggAJq/QAEEP3lAf0LBBAgASCAAmogNyAFIIACav0ABCD95QH9CwQgIAEggAJqIDcgBSCAAmr9AAQw/eUB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKBAmogNyAFIIECav0ABAD95QH9CwQAIF5BBGohXgwBCwsFIARBAnQhggIgB0ECdCGDAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCCAmwgAmohhAIgBCKFAkEBRgRAIIQC/QAEAAwBCyCFAkUEQCCEAv0JAgAMAQsghAIoAgD9ESCEAiCFAkECdCKGAmooAgD9HAEghgJBAXQghAJqKAIA/RwCIIYCQQNsIIQCaigCAP0cAwsCeyBeIIMCbCAFaiGHAiAHIogCQQFGBEAghwL9AAQADAELIIgCRQRAIIcC/QkCAAwBCyCHAigCAP0RIIcCIIgCQQJ0IokCaigCAP0cASCJAkEBdCCHAmooAgD9HAIgiQJBA2wghwJqKAIA/RwDC/3lAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/eUB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwOCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKKAmogAiCKAmr9AAQAIAUgigJq/QAEAP3mAf0LBAAgASCKAmogAiCKAmr9AAQQIAUgigJq/QAEEP3mAf0LBBAgASCKAmogAiCKAmr9AAQgIAUgigJq/QAEIP3mAf0LBCAgASCKAmogAiCKAmr9AAQwIAUgigJq/QAEMP3mAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiiwJqIAIgiwJq/QAEACAFIIsCav0ABAD95gH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhOANAIAkgXkEQak4EQCABIF5BAnQijAJqIAIgjAJq/QAEACA4/eYB/QsEACABIIwCaiACIIwCav0ABBAgOP3mAf0LBBAgASCMAmogAiCMAmr9AAQgIDj95gH9CwQgIAEgjAJqIAIgjAJq/QAEMCA4/eYB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKNAmogAiCNAmr9AAQAIDj95gH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhOQNAIAkgXkEQak4EQCABIF5BAnQijgJqIDkgBSCOAmr9AAQA/eYB/QsEACABII4CaiA5IAUgjgJq/QAEEP3mAf0LBBAgASCOAmogOSAFII4Cav0ABCD95gH9CwQgIAEgjgJqIDkgBSCOAmr9AAQw/eYB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKPAmogOSAFII8Cav0ABAD95gH9CwQAIF5BBGohXgwBCwsFIARBAnQhkAIgB0ECdCGRAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCQAmwgAmohkgIgBCKTAkEBRgRAIJIC/QAEAAwBCyCTAkUEQCCSAv0JAgAMAQsgkgIoAgD9ESCSAiCTAkECdCKUAmooAgD9HAEglAJBAXQgkgJqKAIA/RwCIJQCQQNsIJICaigCAP0cAwsCeyBeIJECbCAFaiGVAiAHIpYCQQFGBEAglQL9AAQADAELIJYCRQRAIJUC/QkCAAwBCyCVAigCAP0RIJUCIJYCQQJ0IpcCaigCAP0cASCXAkEBdCCVAmooAgD9HAIglwJBA2wglQJqKAIA/RwDC/3mAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/eYB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwNCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKYAmogAiCYAmr9AAQAIAUgmAJq/QAEAP3nAf0LBAAgASCYAmogAiCYAmr9AAQQIAUgmAJq/QAEEP3nAf0LBBAgASCYAmogAiCYAmr9AAQgIAUgmAJq/QAEIP3nAf0LBCAgASCYAmogAiCYAmr9AAQwIAUgmAJq/QAEMP3nAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQimQJqIAIgmQJq/QAEACAFIJkCav0ABAD95wH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhOgNAIAkgXkEQak4EQCABIF5BAnQimgJqIAIgmgJq/QAEACA6/ecB/QsEACABIJoCaiACIJoCav0ABBAgOv3nAf0LBBAgASCaAmogAiCaAmr9AAQgIDr95wH9CwQgIAEgmgJqIAIgmgJq/QAEMCA6/ecB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKbAmogAiCbAmr9AAQAIDr95wH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhOwNAIAkgXkEQak4EQCABIF5BAnQinAJqIDsgBSCcAmr9AAQA/ecB/QsEACABIJwCaiA7IAUgnAJq/QAEEP3nAf0LBBAgASCcAmogOyAFIJwCav0ABCD95wH9CwQgIAEgnAJqIDsgBSCcAmr9AAQw/ecB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKdAmogOyAFIJ0Cav0ABAD95wH9CwQAIF5BBGohXgwBCwsFIARBAnQhngIgB0ECdCGfAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCeAmwgAmohoAIgBCKhAkEBRgRAIKAC/QAEAAwBCyChAkUEQCCgAv0JAgAMAQsgoAIoAgD9ESCgAiChAkECdCKiAmooAgD9HAEgogJBAXQgoAJqKAIA/RwCIKICQQNsIKACaigCAP0cAwsCeyBeIJ8CbCAFaiGjAiAHIqQCQQFGBEAgowL9AAQADAELIKQCRQRAIKMC/QkCAAwBCyCjAigCAP0RIKMCIKQCQQJ0IqUCaigCAP0cASClAkEBdCCjAmooAgD9HAIgpQJBA2wgowJqKAIA/RwDC/3nAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/ecB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwMCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQQRqTgRAIAEgXkECdCKmAmoCfSACIKYCav0ABAAiPP0fACHVBEMAAMB/IAUgpgJq/QAEACI9/R8AItYEINYEXA0AGkMAAIA/INYEQwAAAABbDQAaQwAAwH8g1QSLQwAAgD9bINYEINYEk0MAAAAAXHENABog1QQg1gQQAAv9EwJ9QwAAwH8gPf0fASLYBCDYBFwNABpDAACAPyDYBEMAAAAAWw0AGiA8/R8BIdcEQwAAwH8g1wSLQwAAgD9bINgEINgEk0MAAAAAXHENABog1wQg2AQQAAv9IAECfUMAAMB/ID39HwIi2gQg2gRcDQAaQwAAgD8g2gRDAAAAAFsNABogPP0fAiHZBEMAAMB/INkEi0MAAIA/WyDaBCDaBJNDAAAAAFxxDQAaINkEINoEEAAL/SACAn1DAADAfyA9/R8DItwEINwEXA0AGkMAAIA/INwEQwAAAABbDQAaIDz9HwMh2wRDAADAfyDbBItDAACAP1sg3AQg3ASTQwAAAABccQ0AGiDbBCDcBBAAC/0gA/0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE+A0AgCSBeQQRqTgRAIAEgXkECdCKnAmoCfSACIKcCav0ABAAiP/0fACHdBEMAAMB/ID4iQP0fACLeBCDeBFwNABpDAACAPyDeBEMAAAAAWw0AGkMAAMB/IN0Ei0MAAIA/WyDeBCDeBJNDAAAAAFxxDQAaIN0EIN4EEAAL/RMCfUMAAMB/IED9HwEi4AQg4ARcDQAaQwAAgD8g4ARDAAAAAFsNABogP/0fASHfBEMAAMB/IN8Ei0MAAIA/WyDgBCDgBJNDAAAAAFxxDQAaIN8EIOAEEAAL/SABAn1DAADAfyBA/R8CIuIEIOIEXA0AGkMAAIA/IOIEQwAAAABbDQAaID/9HwIh4QRDAADAfyDhBItDAACAP1sg4gQg4gSTQwAAAABccQ0AGiDhBCDiBBAAC/0gAgJ9QwAAwH8gQP0fAyLkBCDkBFwNABpDAACAPyDkBEMAAAAAWw0AGiA//R8DIeMEQwAAwH8g4wSLQwAAgD9bIOQEIOQEk0MAAAAAXHENABog4wQg5AQQAAv9IAP9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhQQNAIAkgXkEEak4EQCBBIUIgASBeQQJ0IqgCagJ9QwAAwH8gBSCoAmr9AAQAIkP9HwAi5gQg5gRcDQAaQwAAgD8g5gRDAAAAAFsNABogQf0fACHlBEMAAMB/IOUEi0MAAIA/WyDmBCDmBJNDAAAAAFxxDQAaIOUEIOYEEAAL/RMCfUMAAMB/IEP9HwEi6AQg6ARcDQAaQwAAgD8g6ARDAAAAAFsNABogQv0fASHnBEMAAMB/IOcEi0MAAIA/WyDoBCDoBJNDAAAAAFxxDQAaIOcEIOgEEAAL/SABAn1DAADAfyBD/R8CIuoEIOoEXA0AGkMAAIA/IOoEQwAAAABbDQAaIEL9HwIh6QRDAADAfyDpBItDAACAP1sg6gQg6gSTQwAAAABccQ0AGiDpBCDqBBAAC/0gAgJ9QwAAwH8gQ/0fAyLsBCDsBFwNABpDAACAPyDsBEMAAAAAWw0AGiBC/R8DIesEQwAAwH8g6wSLQwAAgD9bIOwEIOwEk0MAAAAAXHENABog6wQg7AQQAAv9IAP9CwQAIF5BBGohXgwBCwsFIARBAnQhqQIgB0ECdCGqAgNAIAkgXkEEak4EQCBeQQJ0IAFqAn0CeyBeIKkCbCACaiGrAiAEIqwCQQFGBEAgqwL9AAQADAELIKwCRQRAIKsC/QkCAAwBCyCrAigCAP0RIKsCIKwCQQJ0Iq0CaigCAP0cASCtAkEBdCCrAmooAgD9HAIgrQJBA2wgqwJqKAIA/RwDCyJE/R8AIe0EQwAAwH8CeyBeIKoCbCAFaiGuAiAHIq8CQQFGBEAgrgL9AAQADAELIK8CRQRAIK4C/QkCAAwBCyCuAigCAP0RIK4CIK8CQQJ0IrACaigCAP0cASCwAkEBdCCuAmooAgD9HAIgsAJBA2wgrgJqKAIA/RwDCyJF/R8AIu4EIO4EXA0AGkMAAIA/IO4EQwAAAABbDQAaQwAAwH8g7QSLQwAAgD9bIO4EIO4Ek0MAAAAAXHENABog7QQg7gQQAAv9EwJ9QwAAwH8gRf0fASLwBCDwBFwNABpDAACAPyDwBEMAAAAAWw0AGiBE/R8BIe8EQwAAwH8g7wSLQwAAgD9bIPAEIPAEk0MAAAAAXHENABog7wQg8AQQAAv9IAECfUMAAMB/IEX9HwIi8gQg8gRcDQAaQwAAgD8g8gRDAAAAAFsNABogRP0fAiHxBEMAAMB/IPEEi0MAAIA/WyDyBCDyBJNDAAAAAFxxDQAaIPEEIPIEEAAL/SACAn1DAADAfyBF/R8DIvQEIPQEXA0AGkMAAIA/IPQEQwAAAABbDQAaIET9HwMh8wRDAADAfyDzBItDAACAP1sg9AQg9ASTQwAAAABccQ0AGiDzBCD0BBAAC/0gA/0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqAn0gBEECdCBebCACav0JAgAiRv0fACH1BEMAAMB/IAdBAnQgXmwgBWr9CQIAIkf9HwAi9gQg9gRcDQAaQwAAgD8g9gRDAAAAAFsNABpDAADAfyD1BItDAACAP1sg9gQg9gSTQwAAAABccQ0AGiD1BCD2BBAAC/0TAn1DAADAfyBH/R8BIvgEIPgEXA0AGkMAAIA/IPgEQwAAAABbDQAaIEb9HwEh9wRDAADAfyD3BItDAACAP1sg+AQg+ASTQwAAAABccQ0AGiD3BCD4BBAAC/0gAQJ9QwAAwH8gR/0fAiL6BCD6BFwNABpDAACAPyD6BEMAAAAAWw0AGiBG/R8CIfkEQwAAwH8g+QSLQwAAgD9bIPoEIPoEk0MAAAAAXHENABog+QQg+gQQAAv9IAICfUMAAMB/IEf9HwMi/AQg/ARcDQAaQwAAgD8g/ARDAAAAAFsNABogRv0fAyH7BEMAAMB/IPsEi0MAAIA/WyD8BCD8BJNDAAAAAFxxDQAaIPsEIPwEEAAL/SAD/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwLCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKxAmogAiCxAmr9AAQAIAUgsQJq/QAEAP3pAf0LBAAgASCxAmogAiCxAmr9AAQQIAUgsQJq/QAEEP3pAf0LBBAgASCxAmogAiCxAmr9AAQgIAUgsQJq/QAEIP3pAf0LBCAgASCxAmogAiCxAmr9AAQwIAUgsQJq/QAEMP3pAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQisgJqIAIgsgJq/QAEACAFILICav0ABAD96QH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhSANAIAkgXkEQak4EQCABIF5BAnQiswJqIAIgswJq/QAEACBI/ekB/QsEACABILMCaiACILMCav0ABBAgSP3pAf0LBBAgASCzAmogAiCzAmr9AAQgIEj96QH9CwQgIAEgswJqIAIgswJq/QAEMCBI/ekB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCK0AmogAiC0Amr9AAQAIEj96QH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhSQNAIAkgXkEQak4EQCABIF5BAnQitQJqIEkgBSC1Amr9AAQA/ekB/QsEACABILUCaiBJIAUgtQJq/QAEEP3pAf0LBBAgASC1AmogSSAFILUCav0ABCD96QH9CwQgIAEgtQJqIEkgBSC1Amr9AAQw/ekB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCK2AmogSSAFILYCav0ABAD96QH9CwQAIF5BBGohXgwBCwsFIARBAnQhtwIgB0ECdCG4AgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiC3AmwgAmohuQIgBCK6AkEBRgRAILkC/QAEAAwBCyC6AkUEQCC5Av0JAgAMAQsguQIoAgD9ESC5AiC6AkECdCK7AmooAgD9HAEguwJBAXQguQJqKAIA/RwCILsCQQNsILkCaigCAP0cAwsCeyBeILgCbCAFaiG8AiAHIr0CQQFGBEAgvAL9AAQADAELIL0CRQRAILwC/QkCAAwBCyC8AigCAP0RILwCIL0CQQJ0Ir4CaigCAP0cASC+AkEBdCC8AmooAgD9HAIgvgJBA2wgvAJqKAIA/RwDC/3pAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/ekB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwKCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCK/AmogAiC/Amr9AAQAIAUgvwJq/QAEAP3oAf0LBAAgASC/AmogAiC/Amr9AAQQIAUgvwJq/QAEEP3oAf0LBBAgASC/AmogAiC/Amr9AAQgIAUgvwJq/QAEIP3oAf0LBCAgASC/AmogAiC/Amr9AAQwIAUgvwJq/QAEMP3oAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiwAJqIAIgwAJq/QAEACAFIMACav0ABAD96AH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhSgNAIAkgXkEQak4EQCABIF5BAnQiwQJqIAIgwQJq/QAEACBK/egB/QsEACABIMECaiACIMECav0ABBAgSv3oAf0LBBAgASDBAmogAiDBAmr9AAQgIEr96AH9CwQgIAEgwQJqIAIgwQJq/QAEMCBK/egB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLCAmogAiDCAmr9AAQAIEr96AH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhSwNAIAkgXkEQak4EQCABIF5BAnQiwwJqIEsgBSDDAmr9AAQA/egB/QsEACABIMMCaiBLIAUgwwJq/QAEEP3oAf0LBBAgASDDAmogSyAFIMMCav0ABCD96AH9CwQgIAEgwwJqIEsgBSDDAmr9AAQw/egB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLEAmogSyAFIMQCav0ABAD96AH9CwQAIF5BBGohXgwBCwsFIARBAnQhxQIgB0ECdCHGAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiDFAmwgAmohxwIgBCLIAkEBRgRAIMcC/QAEAAwBCyDIAkUEQCDHAv0JAgAMAQsgxwIoAgD9ESDHAiDIAkECdCLJAmooAgD9HAEgyQJBAXQgxwJqKAIA/RwCIMkCQQNsIMcCaigCAP0cAwsCeyBeIMYCbCAFaiHKAiAHIssCQQFGBEAgygL9AAQADAELIMsCRQRAIMoC/QkCAAwBCyDKAigCAP0RIMoCIMsCQQJ0IswCaigCAP0cASDMAkEBdCDKAmooAgD9HAIgzAJBA2wgygJqKAIA/RwDC/3oAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/egB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwJCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCLNAmogAiDNAmr9AAQAIAUgzQJq/QAEAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgzQJqIAIgzQJq/QAEECAFIM0Cav0ABBD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIM0CaiACIM0Cav0ABCAgBSDNAmr9AAQg/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDNAmogAiDNAmr9AAQwIAUgzQJq/QAEMP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Is4CaiACIM4Cav0ABAAgBSDOAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFMA0AgCSBeQRBqTgRAIAEgXkECdCLPAmogAiDPAmr9AAQAIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIM8CaiACIM8Cav0ABBAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgzwJqIAIgzwJq/QAEICBM/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDPAmogAiDPAmr9AAQwIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLQAmogAiDQAmr9AAQAIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIU0DQCAJIF5BEGpOBEAgASBeQQJ0ItECaiBNIAUg0QJq/QAEAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg0QJqIE0gBSDRAmr9AAQQ/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDRAmogTSAFINECav0ABCD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABINECaiBNIAUg0QJq/QAEMP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0ItICaiBNIAUg0gJq/QAEAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQh0wIgB0ECdCHUAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiDTAmwgAmoh1QIgBCLWAkEBRgRAINUC/QAEAAwBCyDWAkUEQCDVAv0JAgAMAQsg1QIoAgD9ESDVAiDWAkECdCLXAmooAgD9HAEg1wJBAXQg1QJqKAIA/RwCINcCQQNsINUCaigCAP0cAwsCeyBeINQCbCAFaiHYAiAHItkCQQFGBEAg2AL9AAQADAELINkCRQRAINgC/QkCAAwBCyDYAigCAP0RINgCINkCQQJ0ItoCaigCAP0cASDaAkEBdCDYAmooAgD9HAIg2gJBA2wg2AJqKAIA/RwDC/1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAgLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0ItsCaiACINsCav0ABAAgBSDbAmr9AAQA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDbAmogAiDbAmr9AAQQIAUg2wJq/QAEEP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg2wJqIAIg2wJq/QAEICAFINsCav0ABCD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABINsCaiACINsCav0ABDAgBSDbAmr9AAQw/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi3AJqIAIg3AJq/QAEACAFINwCav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIU4DQCAJIF5BEGpOBEAgASBeQQJ0It0CaiACIN0Cav0ABAAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg3QJqIAIg3QJq/QAEECBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDdAmogAiDdAmr9AAQgIE79Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIN0CaiACIN0Cav0ABDAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0It4CaiACIN4Cav0ABAAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhTwNAIAkgXkEQak4EQCABIF5BAnQi3wJqIE8gBSDfAmr9AAQA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDfAmogTyAFIN8Cav0ABBD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIN8CaiBPIAUg3wJq/QAEIP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg3wJqIE8gBSDfAmr9AAQw/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi4AJqIE8gBSDgAmr9AAQA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCHhAiAHQQJ0IeICA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIOECbCACaiHjAiAEIuQCQQFGBEAg4wL9AAQADAELIOQCRQRAIOMC/QkCAAwBCyDjAigCAP0RIOMCIOQCQQJ0IuUCaigCAP0cASDlAkEBdCDjAmooAgD9HAIg5QJBA2wg4wJqKAIA/RwDCwJ7IF4g4gJsIAVqIeYCIAci5wJBAUYEQCDmAv0ABAAMAQsg5wJFBEAg5gL9CQIADAELIOYCKAIA/REg5gIg5wJBAnQi6AJqKAIA/RwBIOgCQQF0IOYCaigCAP0cAiDoAkEDbCDmAmooAgD9HAML/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMBwsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQi6QJqIAIg6QJq/QAEACAFIOkCav0ABAD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOkCaiACIOkCav0ABBAgBSDpAmr9AAQQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDpAmogAiDpAmr9AAQgIAUg6QJq/QAEIP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg6QJqIAIg6QJq/QAEMCAFIOkCav0ABDD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLqAmogAiDqAmr9AAQAIAUg6gJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhUANAIAkgXkEQak4EQCABIF5BAnQi6wJqIAIg6wJq/QAEACBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDrAmogAiDrAmr9AAQQIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOsCaiACIOsCav0ABCAgUP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg6wJqIAIg6wJq/QAEMCBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi7AJqIAIg7AJq/QAEACBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFRA0AgCSBeQRBqTgRAIAEgXkECdCLtAmogUSAFIO0Cav0ABAD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIO0CaiBRIAUg7QJq/QAEEP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg7QJqIFEgBSDtAmr9AAQg/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDtAmogUSAFIO0Cav0ABDD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLuAmogUSAFIO4Cav0ABAD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0Ie8CIAdBAnQh8AIDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4g7wJsIAJqIfECIAQi8gJBAUYEQCDxAv0ABAAMAQsg8gJFBEAg8QL9CQIADAELIPECKAIA/REg8QIg8gJBAnQi8wJqKAIA/RwBIPMCQQF0IPECaigCAP0cAiDzAkEDbCDxAmooAgD9HAMLAnsgXiDwAmwgBWoh9AIgByL1AkEBRgRAIPQC/QAEAAwBCyD1AkUEQCD0Av0JAgAMAQsg9AIoAgD9ESD0AiD1AkECdCL2AmooAgD9HAEg9gJBAXQg9AJqKAIA/RwCIPYCQQNsIPQCaigCAP0cAwv9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwGCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCL3AmogAiD3Amr9AAQAIAUg9wJq/QAEAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg9wJqIAIg9wJq/QAEECAFIPcCav0ABBD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIPcCaiACIPcCav0ABCAgBSD3Amr9AAQg/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASD3AmogAiD3Amr9AAQwIAUg9wJq/QAEMP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IvgCaiACIPgCav0ABAAgBSD4Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFSA0AgCSBeQRBqTgRAIAEgXkECdCL5AmogAiD5Amr9AAQAIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIPkCaiACIPkCav0ABBAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg+QJqIAIg+QJq/QAEICBS/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASD5AmogAiD5Amr9AAQwIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCL6AmogAiD6Amr9AAQAIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVMDQCAJIF5BEGpOBEAgASBeQQJ0IvsCaiBTIAUg+wJq/QAEAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg+wJqIFMgBSD7Amr9AAQQ/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD7AmogUyAFIPsCav0ABCD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPsCaiBTIAUg+wJq/QAEMP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IvwCaiBTIAUg/AJq/QAEAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQh/QIgB0ECdCH+AgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiD9AmwgAmoh/wIgBCKAA0EBRgRAIP8C/QAEAAwBCyCAA0UEQCD/Av0JAgAMAQsg/wIoAgD9ESD/AiCAA0ECdCKBA2ooAgD9HAEggQNBAXQg/wJqKAIA/RwCIIEDQQNsIP8CaigCAP0cAwsCeyBeIP4CbCAFaiGCAyAHIoMDQQFGBEAgggP9AAQADAELIIMDRQRAIIID/QkCAAwBCyCCAygCAP0RIIIDIIMDQQJ0IoQDaigCAP0cASCEA0EBdCCCA2ooAgD9HAIghANBA2wgggNqKAIA/RwDC/1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAULA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IoUDaiACIIUDav0ABAAgBSCFA2r9AAQA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCFA2ogAiCFA2r9AAQQIAUghQNq/QAEEP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEghQNqIAIghQNq/QAEICAFIIUDav0ABCD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIIUDaiACIIUDav0ABDAgBSCFA2r9AAQw/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQihgNqIAIghgNq/QAEACAFIIYDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVQDQCAJIF5BEGpOBEAgASBeQQJ0IocDaiACIIcDav0ABAAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEghwNqIAIghwNq/QAEECBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCHA2ogAiCHA2r9AAQgIFT9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIIcDaiACIIcDav0ABDAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IogDaiACIIgDav0ABAAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhVQNAIAkgXkEQak4EQCABIF5BAnQiiQNqIFUgBSCJA2r9AAQA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCJA2ogVSAFIIkDav0ABBD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIkDaiBVIAUgiQNq/QAEIP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgiQNqIFUgBSCJA2r9AAQw/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiigNqIFUgBSCKA2r9AAQA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCGLAyAHQQJ0IYwDA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIIsDbCACaiGNAyAEIo4DQQFGBEAgjQP9AAQADAELII4DRQRAII0D/QkCAAwBCyCNAygCAP0RII0DII4DQQJ0Io8DaigCAP0cASCPA0EBdCCNA2ooAgD9HAIgjwNBA2wgjQNqKAIA/RwDCwJ7IF4gjANsIAVqIZADIAcikQNBAUYEQCCQA/0ABAAMAQsgkQNFBEAgkAP9CQIADAELIJADKAIA/REgkAMgkQNBAnQikgNqKAIA/RwBIJIDQQF0IJADaigCAP0cAiCSA0EDbCCQA2ooAgD9HAML/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMBAsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQikwNqIAIgkwNq/QAEACAFIJMDav0ABAD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJMDaiACIJMDav0ABBAgBSCTA2r9AAQQ/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCTA2ogAiCTA2r9AAQgIAUgkwNq/QAEIP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgkwNqIAIgkwNq/QAEMCAFIJMDav0ABDD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKUA2ogAiCUA2r9AAQAIAUglANq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhVgNAIAkgXkEQak4EQCABIF5BAnQilQNqIAIglQNq/QAEACBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCVA2ogAiCVA2r9AAQQIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJUDaiACIJUDav0ABCAgVv1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEglQNqIAIglQNq/QAEMCBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQilgNqIAIglgNq/QAEACBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFXA0AgCSBeQRBqTgRAIAEgXkECdCKXA2ogVyAFIJcDav0ABAD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJcDaiBXIAUglwNq/QAEEP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEglwNqIFcgBSCXA2r9AAQg/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCXA2ogVyAFIJcDav0ABDD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKYA2ogVyAFIJgDav0ABAD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IZkDIAdBAnQhmgMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4gmQNsIAJqIZsDIAQinANBAUYEQCCbA/0ABAAMAQsgnANFBEAgmwP9CQIADAELIJsDKAIA/REgmwMgnANBAnQinQNqKAIA/RwBIJ0DQQF0IJsDaigCAP0cAiCdA0EDbCCbA2ooAgD9HAMLAnsgXiCaA2wgBWohngMgByKfA0EBRgRAIJ4D/QAEAAwBCyCfA0UEQCCeA/0JAgAMAQsgngMoAgD9ESCeAyCfA0ECdCKgA2ooAgD9HAEgoANBAXQgngNqKAIA/RwCIKADQQNsIJ4DaigCAP0cAwv9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwDCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKhA2ogAiChA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSChA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKEDaiACIKEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgoQNqIAIgoQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgoQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASChA2ogAiChA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSChA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKiA2ogAiCiA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCiA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVgDQCAJIF5BEGpOBEAgASBeQQJ0IqMDaiACIKMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKMDaiACIKMDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKMDaiACIKMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKMDaiACIKMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKkA2ogAiCkA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgWP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFZA0AgCSBeQRBqTgRAIAEgXkECdCKlA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASClA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASClA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASClA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQipgNqIFn9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKYDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQhpwMgB0ECdCGoAwNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCnA2wgAmohqQMgBCKqA0EBRgRAIKkD/QAEAAwBCyCqA0UEQCCpA/0JAgAMAQsgqQMoAgD9ESCpAyCqA0ECdCKrA2ooAgD9HAEgqwNBAXQgqQNqKAIA/RwCIKsDQQNsIKkDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9QgJ7IF4gqANsIAVqIawDIAcirQNBAUYEQCCsA/0ABAAMAQsgrQNFBEAgrAP9CQIADAELIKwDKAIA/REgrAMgrQNBAnQirgNqKAIA/RwBIK4DQQF0IKwDaigCAP0cAiCuA0EDbCCsA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9QiAHQQJ0IF5sIAVq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMAgsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQirwNqIAIgrwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgrwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCvA2ogAiCvA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCvA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIK8DaiACIK8Dav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIK8Dav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgrwNqIAIgrwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgrwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQisANqIAIgsANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgsANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFaA0AgCSBeQRBqTgRAIAEgXkECdCKxA2ogAiCxA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCxA2ogAiCxA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCxA2ogAiCxA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCxA2ogAiCxA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQisgNqIAIgsgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIFr9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhWwNAIAkgXkEQak4EQCABIF5BAnQiswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrQDaiBb/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSC0A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IbUDIAdBAnQhtgMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4gtQNsIAJqIbcDIAQiuANBAUYEQCC3A/0ABAAMAQsguANFBEAgtwP9CQIADAELILcDKAIA/REgtwMguANBAnQiuQNqKAIA/RwBILkDQQF0ILcDaigCAP0cAiC5A0EDbCC3A2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UICeyBeILYDbCAFaiG6AyAHIrsDQQFGBEAgugP9AAQADAELILsDRQRAILoD/QkCAAwBCyC6AygCAP0RILoDILsDQQJ0IrwDaigCAP0cASC8A0EBdCC6A2ooAgD9HAIgvANBA2wgugNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UIgB0ECdCBebCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAELA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0Ir0DaiACIL0Dav0ABAAgBSC9A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgASC9A2ogAiC9A2r9AAQQIAUgvQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQQIAEgvQNqIAIgvQNq/QAEICAFIL0Dav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEICABIL0DaiACIL0Dav0ABDAgBSC9A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQivgNqIAIgvgNq/QAEACAFIL4Dav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVwDQCAJIF5BEGpOBEAgASBeQQJ0Ir8DaiACIL8Dav0ABAAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIAEgvwNqIAIgvwNq/QAEECBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBBAgASC/A2ogAiC/A2r9AAQgIFz9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEICABIL8DaiACIL8Dav0ABDAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IsADaiACIMADav0ABAAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhXQNAIAkgXkEQak4EQCABIF5BAnQiwQNqIF0gBSDBA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgASDBA2ogXSAFIMEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECABIMEDaiBdIAUgwQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQgIAEgwQNqIF0gBSDBA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiwgNqIF0gBSDCA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgXkEEaiFeDAELCwUgBEECdCHDAyAHQQJ0IcQDA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIMMDbCACaiHFAyAEIsYDQQFGBEAgxQP9AAQADAELIMYDRQRAIMUD/QkCAAwBCyDFAygCAP0RIMUDIMYDQQJ0IscDaigCAP0cASDHA0EBdCDFA2ooAgD9HAIgxwNBA2wgxQNqKAIA/RwDCwJ7IF4gxANsIAVqIcgDIAciyQNBAUYEQCDIA/0ABAAMAQsgyQNFBEAgyAP9CQIADAELIMgDKAIA/REgyAMgyQNBAnQiygNqKAIA/RwBIMoDQQF0IMgDaigCAP0cAiDKA0EDbCDIA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsLC7UHATB/IAEhFSACKAIAIRYgAkEEaigCACEQIAJBEGooAgAhFyACQRRqKAIAIRggAkEYaigCACEZIAJBHGooAgAhBiACQSBqKAIAIRogAkEkaigCACEJIAJBKGooAgAhGyACQSxqKAIAIRwgAkEwaigCACERIAJBNGooAgAhICACQQhqKAIAIh0gAkEMaigCACISbCEeIAAhDgNAIAogFkgEQEEAIQsDQCALIBBIBEAgHiALIAogEGxqbEECdCAVaiEfQQAhDANAIAwgF0gEQEEAIQ0DQCANIBhIBEAgICAJIA0gHGwiD2siIUEATAR/QQAFIAYgIWpBAWsgBm0LIiIgICAiSBsiIyAJIBJqIA9rIiRBAEwEf0EABSAgIAYgJGpBAWsgBm0iJSAgICVIGwsiJiAjICZKGyEHQQAhCANAIAggEUgEQCAIICBsQQJ0IA5qIScCQCAIIBlsIBprIAwgG2xqIihBAEggHSAoTHIEQEEAIQMDQCAgIANBBGoiKU4EQCADQQJ0ICdq/QwAAAAAAAAAAAAAAAAAAAAA/QsEACApIQMMAQsLA0AgAyAgSARAIANBAnQgJ2pDAAAAADgCACADQQFqIQMMAQsLDAELICNBAEoEQEEAIQMDQCAjIANBBGoiK04EQCADQQJ0ICdq/QwAAAAAAAAAAAAAAAAAAAAA/QsEACArIQMMAQsLA0AgAyAjSARAIANBAnQgJ2pDAAAAADgCACADQQFqIQMMAQsLCyASIChsQQJ0IB9qISogBkEBRgRAICNBAnQgJ2ohEyAPICMgCWtqQQJ0ICpqISwgByAjayEUQQAhAwNAIBQgA0EEaiItTgRAIANBAnQiLiATaiAsIC5q/QAEAP0LBAAgLSEDDAELCwNAIAMgFEgEQCADQQJ0Ii8gE2ogLCAvaioCADgCACADQQFqIQMMAQsLBSAjIQMDQCADIAdIBEAgA0ECdCAnaiAPIAMgBmwgCWtqQQJ0ICpqKgIAOAIAIANBAWohAwwBCwsLIAcgIEgEQCAHQQJ0ICdqITAgICAHayExQQAhAgNAIDEgAkEEaiIyTgRAIAJBAnQgMGr9DAAAAAAAAAAAAAAAAAAAAAD9CwQAIDIhAgwBCwsDQCACIDFIBEAgAkECdCAwakMAAAAAOAIAIAJBAWohAgwBCwsLCyAIQQFqIQgMAQsLIBEgIGxBAnQgDmohDiANQQFqIQ0MAQsLIAxBAWohDAwBCwsgC0EBaiELDAELCyAKQQFqIQoMAQsLC14AIABBDGooAgAgAEEkaigCAEEBdGogAEEEaigCACAAQQhqKAIAIABBIGooAgBBAXRqbGwgAEE0aigCACAAQTBqKAIAIAFBA2pBfHFsbGogACgCAEEHakEDdWxBBXQLwQkCMn8WeyACQQRqKAIAIiEhFSACQQhqKAIAIiIiEiACQSBqKAIAIiMiGkEBdGohGyACQQxqKAIAIiQiESACQSRqKAIAIiUiHEEBdGohHSACQTBqKAIAIAJBNGooAgBsIhYgA0EDakF8cWxBBXQhEyAGIh4gJCAlQQF0aiAhICIgI0EBdGpsbEEFdCIUIAIoAgAiH0EHakEDdWxqIRcgBCAUbCAGakEAIBQgBSAEayImbPwLACAEIBNsIBdqQQAgEyAmbPwLACARIBIgFWxsQQJ0IScgAyAWbEECdCEoA0AgBCAFSARAQQAhDANAIAxBAkgEQEEEIB8gBEEDdCIpayAMQQJ0IiprIisgK0EEShsiLEEASgRAICkgKmohLSAEIBRsIB5qIAxBBHRqISBBACEIA0AgCCAVSARAQQAhCgNAIAogEkgEQCAcIB0gGiAKIAggG2xqamxqQQV0ICBqIRggJyAtbCAAaiARIAogCCASbGpsQQJ0aiEZICchLkEAIQcgLEEERgRAA0AgESAHQQRqIi9OBEAgB0EFdCAYaiIwIAdBAnQgGWoiMf0ABAAiPyAuIDFq/QAEACJA/Q0AAQIDEBESEwQFBgcUFRYXIkEgLkEBdCAxav0ABAAiQiAuQQNsIDFq/QAEACJD/Q0AAQIDEBESEwQFBgcUFRYXIkT9DQABAgMEBQYHEBESExQVFhf9CwQAIDBBIGogQSBE/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAwQUBrID8gQP0NCAkKCxgZGhsMDQ4PHB0eHyJFIEIgQ/0NCAkKCxgZGhsMDQ4PHB0eHyJG/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAwQeAAaiBFIEb9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIC8hBwwBCwsLA0AgByARSARAQQAhCQNAIAkgLEgEQCAHQQV0IBhqIAlBAnRqIAkgLmwgGWogB0ECdGoqAgA4AgAgCUEBaiEJDAELCyAHQQFqIQcMAQsLIApBAWohCgwBCwsgCEEBaiEIDAELCyAEIBNsIBdqIAxBBHRqITIgKCAtbCABaiEzICghNCADIBZsITVBACEHICxBBEYEQANAIDUgB0EEaiI2TgRAIAdBBXQgMmoiNyAHQQJ0IDNqIjj9AAQAIkcgNCA4av0ABAAiSP0NAAECAxAREhMEBQYHFBUWFyJJIDRBAXQgOGr9AAQAIkogNEEDbCA4av0ABAAiS/0NAAECAxAREhMEBQYHFBUWFyJM/Q0AAQIDBAUGBxAREhMUFRYX/QsEACA3QSBqIEkgTP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgN0FAayBHIEj9DQgJCgsYGRobDA0ODxwdHh8iTSBKIEv9DQgJCgsYGRobDA0ODxwdHh8iTv0NAAECAwQFBgcQERITFBUWF/0LBAAgN0HgAGogTSBO/Q0ICQoLDA0ODxgZGhscHR4f/QsEACA2IQcMAQsLCwNAIAcgNUgEQEEAIQgDQCAIICxIBEAgB0EFdCAyaiAIQQJ0aiAIIDRsIDNqIAdBAnRqKgIAOAIAIAhBAWohCAwBCwsgB0EBaiEHDAELCyAMQQFqIQwMAgsLCyAEQQFqIQQMAQsLC7QIAil/D3sgAUEIaigCACABQSBqKAIAQQF0aiIfIREgAUEMaigCACABQSRqKAIAQQF0aiIgIQ0gAUEUaigCACIVIAFBEGooAgAiEiABQQRqKAIAIiFsbCIOQQFqQQF1IRMgAUEwaigCACIWIAFBNGooAgAiF2wiIiACQQNqQXxxbEEFdCEYIAEoAgBBB2pBA3UiGSAgIB8gIWxsQQV0IhpsIAVqIRsgIkEFdCELIA5BAnQhIwNAIAMgBEgEQEEEIAIgAyATbUECdCIUayIkICRBBEobIQ8gDiADIBNvQQF0IgxBAWpKISUgDCASIBUiJmxvIScgDSARIAwgEiAmbCIobWwgJyAmbWpsICcgJm9qQQV0IRAgJQR/IAxBAWoiKSAobyEqIA0gESApIChtbCAqICZtamwgKiAmb2pBBXQFIBALIBBrIRz9DAAAAAAAAAAAAAAAAAAAAAAiMCEx/QwAAAAAAAAAAAAAAAAAAAAAITL9DAAAAAAAAAAAAAAAAAAAAAAhM/0MAAAAAAAAAAAAAAAAAAAAACE0/QwAAAAAAAAAAAAAAAAAAAAAITX9DAAAAAAAAAAAAAAAAAAAAAAhNv0MAAAAAAAAAAAAAAAAAAAAACE3QQAhBgNAIAYgGUgEQCAGIBpsIAVqIR0gBiAYbCAbaiALIBRsaiEBQQAhCANAIAggFkgEQCAQIAggDWxBBXQgHWpqIQkgF0EFdCABaiEeA0AgASAeSQRAIDAgAf0ABAAiOiAJ/QAEACI4/eYB/eQBITAgNCA6IAkgHGr9AAQAIjn95gH95AEhNCAxIAEgC2r9AAQAIjsgOP3mAf3kASExIDUgOyA5/eYB/eQBITUgMiALQQF0IAFq/QAEACI8IDj95gH95AEhMiA2IDwgOf3mAf3kASE2IDMgC0EDbCABav0ABAAiPSA4/eYB/eQBITMgNyA9IDn95gH95AEhNyABQRBqIQEgCUEQaiEJDAELCyAIQQFqIQgMAQsLIAZBAWohBgwBCwsgDCAOIBRsakECdCAAaiIrIDD9HwAgMP0fAZIgMP0fAiAw/R8DkpI4AgAgJQRAICsgNP0fACA0/R8BkiA0/R8CIDT9HwOSkjgCBAsgD0EBSgRAICMgK2oiLCAx/R8AIDH9HwGSIDH9HwIgMf0fA5KSOAIAICUEQCAsIDX9HwAgNf0fAZIgNf0fAiA1/R8DkpI4AgQLCyAPQQJKBEAgI0EBdCAraiItIDL9HwAgMv0fAZIgMv0fAiAy/R8DkpI4AgAgJQRAIC0gNv0fACA2/R8BkiA2/R8CIDb9HwOSkjgCBAsLIA9BA0oEQCAjQQNsICtqIi4gM/0fACAz/R8BkiAz/R8CIDP9HwOSkjgCACAlBEAgLiA3/R8AIDf9HwGSIDf9HwIgN/0fA5KSOAIECwsgA0EBaiEDDAELCwtlAQF/IABBDGooAgAgAEEkaigCAEEBdGogAEEIaigCACAAQSBqKAIAQQF0aiAAQQRqKAIAIgIgACgCAGxsbEEIakECdCAAQRRqKAIAIABBEGooAgAgAmxsIAFBA2pBAnVsQQR0agv4DgI1fxB7IANBMGooAgAhEyADQTRqKAIAIQ8gA0EUaigCACIXIANBBGooAgAiECADQRBqKAIAIhhsbCERIAVBACADQQxqKAIAIh4gA0EkaigCACIfQQF0aiIUIANBCGooAgAiICADQSBqKAIAIiFBAXRqIhUgAygCACIWIBBsbGxBCGpBAnQiIvwLAANAIBAgFmwgB0oEQEEAIQkDQCAJICBIBEAgHyAUICEgCSAHIBVsampsakECdCAFaiEjIB4gCSAHICBsamxBAnQgAWohJEEAIQMDQCAeIANBBGoiJU4EQCADQQJ0IiYgI2ogJCAmav0ABAD9CwQAICUhAwwBCwsDQCADIB5IBEAgA0ECdCInICNqICQgJ2oqAgA4AgAgA0EBaiEDDAELCyAJQQFqIQkMAQsLIAdBAWohBwwBCwsgBEEDakECdSEoIAUgImohKUEAIQEDQCABIChIBEBBACEDA0AgAyARSARAQQAhCANAIAhBBEgEQCAIIAMgASARbGpBAnRqQQJ0IClqIAQgCCABQQJ0aiIqSgR9IAMgESAqbGpBAnQgAmoqAgAFQwAAAAALOAIAIAhBAWohCAwBCwsgA0EBaiEDDAELCyABQQFqIQEMAQsLIBRBAnQhGQNAIAsgFkgEQEEAIQkDQCAJIChIBEBBBCAEIAlBAnRrIisgK0EEShshLCAJIBFsQQR0IClqIS1BACEMA0AgDCATSARAIA8gDCATIAQgC2wgCUECdGpsamxBAnQgAGohGiAPIBNsQQJ0IS5BACEIA0AgCCAPSARA/QwAAAAAAAAAAAAAAAAAAAAAIjshQ/0MAAAAAAAAAAAAAAAAAAAAACE8/QwAAAAAAAAAAAAAAAAAAAAAIT39DAAAAAAAAAAAAAAAAAAAAAAhPv0MAAAAAAAAAAAAAAAAAAAAACE//QwAAAAAAAAAAAAAAAAAAAAAIUD9DAAAAAAAAAAAAAAAAAAAAAAhQSAtIQFBACEHA0AgByAQSARAIAggFCAMIBUgByALIBBsamxqbGpBAnQgBWohG0EAIQYDQCAGIBhIBEAgBiAZbCAbaiEcQQAhAgNAIAIgF0gEQCA7IAH9CQIAIkYgAkECdCAcaiId/QAEACJE/eYB/eQBITsgPiBGIB39AAQQIkX95gH95AEhPiBDIAH9CQIEIkcgRP3mAf3kASFDID8gRyBF/eYB/eQBIT8gPCAB/QkCCCJIIET95gH95AEhPCBAIEggRf3mAf3kASFAID0gAf0JAgwiSSBE/eYB/eQBIT0gQSBJIEX95gH95AEhQSABQRBqIQEgAkEBaiECDAELCyAGQQFqIQYMAQsLIAdBAWohBwwBCwtBBCAPIAhrIi9BBGsiMCAwQQRKGyExIAhBAnQgGmohMgJAQQQgLyAvQQRKGyIzQQROBEAgMiA7/QsEAAwBCyAyIDv9HwA4AgAgM0EBSgRAIDIgO/0fATgCBAsgM0ECSgRAIDIgO/0fAjgCCAsgM0EDSgRAIDIgO/0fAzgCDAsLIDFBAEoEQAJAIDJBEGohNCAxQQROBEAgNCA+/QsEAAwBCyA0ID79HwA4AgAgMUEBSgRAIDQgPv0fATgCBAsgMUECSgRAIDQgPv0fAjgCCAsgMUEDSgRAIDQgPv0fAzgCDAsLCyAsQQFKBEAgLiAyaiE1IEMhSgJAIDNBBE4EQCA1IEr9CwQADAELIDUgSv0fADgCACAzQQFKBEAgNSBK/R8BOAIECyAzQQJKBEAgNSBK/R8COAIICyAzQQNKBEAgNSBK/R8DOAIMCwsgMUEASgRAAkAgLiAyakEQaiE2IDFBBE4EQCA2ID/9CwQADAELIDYgP/0fADgCACAxQQFKBEAgNiA//R8BOAIECyAxQQJKBEAgNiA//R8COAIICyAxQQNKBEAgNiA//R8DOAIMCwsLCyAsQQJKBEAgLkEBdCAyaiE3AkAgM0EETgRAIDcgPP0LBAAMAQsgNyA8/R8AOAIAIDNBAUoEQCA3IDz9HwE4AgQLIDNBAkoEQCA3IDz9HwI4AggLIDNBA0oEQCA3IDz9HwM4AgwLCyAxQQBKBEACQCAuQQF0IDJqQRBqITggMUEETgRAIDggQP0LBAAMAQsgOCBA/R8AOAIAIDFBAUoEQCA4IED9HwE4AgQLIDFBAkoEQCA4IED9HwI4AggLIDFBA0oEQCA4IED9HwM4AgwLCwsLICxBA0oEQCAuQQNsIDJqITkCQCAzQQROBEAgOSA9/QsEAAwBCyA5ID39HwA4AgAgM0EBSgRAIDkgPf0fATgCBAsgM0ECSgRAIDkgPf0fAjgCCAsgM0EDSgRAIDkgPf0fAzgCDAsLIDFBAEoEQAJAIC5BA2wgMmpBEGohOiAxQQROBEAgOiBB/QsEAAwBCyA6IEH9HwA4AgAgMUEBSgRAIDogQf0fATgCBAsgMUECSgRAIDogQf0fAjgCCAsgMUEDSgRAIDogQf0fAzgCDAsLCwsgCEEIaiEIDAELCyAMQQFqIQwMAQsLIAlBAWohCQwBCwsgC0EBaiELDAELCwuMAQEDfyAAQRRqKAIAIABBBGooAgAiAyAAQRBqKAIAbGwhAiAAQQxqKAIAIABBJGooAgBBAXRqIAMgAEEIaigCACAAQSBqKAIAQQF0amxsIABBNGooAgAgAEEwaigCACABQQNqQQJ1IgRBAnRsbGogACgCAEEHakEDdWxBBXQgAiAEbEEEdGogAkECdGoL6TUCbnuUAX8gA0EIaigCACGdASADQQxqKAIAIZ4BIANBJGooAgAhnwEgA0EUaigCACKgASADQQRqKAIAIqEBIANBEGooAgAiogFsbCGTASADKAIAIpQBQQdqQQN1IZUBIANBMGooAgAiowEgA0E0aigCACKkAWwhiwEgBEEBRiKFAQRAIKABQQNOIYUBCyADQSBqKAIAIqUBQQAghQFBASAGGyKmARshpwEgnwFBACCmARsiqAFBAXQgngFqIakBIKkBIKEBIKcBQQF0IJ0BaiKsAWxsQQV0IZIBIKcBIKgBcgRAIAVBACCSASCVAWz8CwAFIJQBQQdxBEAgkgEglQFBAWtsIAVqQQAgkgH8CwALCyAEQQNqQQJ1IZEBIJ4BIJ0BIKEBbGxBAnQhrQEDQCCEASCVAUgEQEEAIYkBA0AgiQFBAkgEQEEEIJQBIIQBQQN0Iq4BayCJAUECdCKvAWsisAEgsAFBBEobIrEBQQBKBEAgrQEgrgEgrwFqbCABaiGyASCEASCSAWwgBWogiQFBBHRqIbMBAkAgpwEgqAFyRQRAIJ4BIJ0BIKEBbGwhtAFBACF1ILEBQQRGBEADQCC0ASB1QQRqIrUBTgRAIHVBBXQgswFqIrYBIHVBAnQgsgFqIrcB/QAEACITIK0BILcBav0ABAAiFP0NAAECAxAREhMEBQYHFBUWFyIVIK0BQQF0ILcBav0ABAAiFiCtAUEDbCC3AWr9AAQAIhf9DQABAgMQERITBAUGBxQVFhciGP0NAAECAwQFBgcQERITFBUWF/0LBAAgtgFBIGogFSAY/Q0ICQoLDA0ODxgZGhscHR4f/QsEACC2AUFAayATIBT9DQgJCgsYGRobDA0ODxwdHh8iGSAWIBf9DQgJCgsYGRobDA0ODxwdHh8iGv0NAAECAwQFBgcQERITFBUWF/0LBAAgtgFB4ABqIBkgGv0NCAkKCwwNDg8YGRobHB0eH/0LBAAgtQEhdQwBCwsLA0AgdSC0AUgEQEEAIYABA0AggAEgsQFIBEAgdUEFdCCzAWoggAFBAnRqIIABIK0BbCCyAWogdUECdGoqAgA4AgAggAFBAWohgAEMAQsLIHVBAWohdQwBCwsMAQtBACGAAQNAIIABIKEBSARAQQAhewNAIHsgnQFIBEAgqAEgqQEgpwEgeyCAASCsAWxqamxqQQV0ILMBaiG4ASCeASB7IIABIJ0BbGpsQQJ0ILIBaiG5AUEAIXUgsQFBBEYEQANAIJ4BIHVBBGoiugFOBEAgdUEFdCC4AWoiuwEgdUECdCC5AWoivAH9AAQAIhsgrQEgvAFq/QAEACIc/Q0AAQIDEBESEwQFBgcUFRYXIh0grQFBAXQgvAFq/QAEACIeIK0BQQNsILwBav0ABAAiH/0NAAECAxAREhMEBQYHFBUWFyIg/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC7AUEgaiAdICD9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAILsBQUBrIBsgHP0NCAkKCxgZGhsMDQ4PHB0eHyIhIB4gH/0NCAkKCxgZGhsMDQ4PHB0eHyIi/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC7AUHgAGogISAi/Q0ICQoLDA0ODxgZGhscHR4f/QsEACC6ASF1DAELCwsDQCB1IJ4BSARAQQAhfQNAIH0gsQFIBEAgdUEFdCC4AWogfUECdGogfSCtAWwguQFqIHVBAnRqKgIAOAIAIH1BAWohfQwBCwsgdUEBaiF1DAELCyB7QQFqIXsMAQsLIIABQQFqIYABDAELCwsgiQFBAWohiQEMAgsLCyCEAUEBaiGEAQwBCwsgkgEglQFsIAVqIb0BIIUBBEAgkQEgkwFsQQR0IL0BaiCTAUECdGohvgEgvQFBACCgAUEGaiK/ASChASCiAWxsQQJ0/AsAQQAhAQNAIAEgogFIBEBBACF5A0AgeSChAUgEQEEAIYIBA0AgggEgoAFIBEAgggEgvwEgeSABIKEBbGpsQQNqakECdCC9AWogBgR/IKABIKABIKIBIHkgogFsakEBayABa2xqQQFrIIIBawUgggEgoAEgASB5IKIBbGpsagtBAnQgAmoqAgA4AgAgggFBAWohggEMAQsLIHlBAWoheQwBCwsgAUEBaiEBDAELCyCpASCsAWxBBXQhwAEDQCCBASCVAUgEQCCBASCSAWwgBWohwQEgpAEgowEggQFBAnRsbEEFdCC+AWohwgFBACF5A0AgeSCjAUgEQCCnASB5ayLDAUEAIMMBQQBOGyHEASCiASCdASCnAWogeWsixQEgogEgxQFIGyHGAUEAIYIBA0AgggEgpAFIBED9DAAAAAAAAAAAAAAAAAAAAAAiCSES/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhC/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDv0MAAAAAAAAAAAAAAAAAAAAACERIMQBIQEDQCABIMYBSARAIIIBIKkBIAEgeWpsakEFdCDBAWohfCC/ASABIKEBbGxBAnQgvQFqIYwBQQAhdQNAIHUgoQFIBEAgCSCMAf0ABAAiIyAj/Q0MDQ4PDA0ODwwNDg8MDQ4PIiQgfP0ABAD95gH95AEhJSAMICQgfP0ABBD95gH95AEhJiAlIIwB/QAEBCInICf9DQwNDg8MDQ4PDA0ODwwNDg8iKCB8/QAEICIp/eYB/eQBISogJiAoIHz9AAQwIiv95gH95AEhLCASICcgJ/0NCAkKCwgJCgsICQoLCAkKCyItICn95gH95AEhLiANIC0gK/3mAf3kASEvICogjAH9AAQIIjAgMP0NDA0ODwwNDg8MDQ4PDA0ODyIxIHz9AARAIjL95gH95AEhCSAsIDEgfP0ABFAiM/3mAf3kASEMIC4gMCAw/Q0ICQoLCAkKCwgJCgsICQoLIjQgMv3mAf3kASESIC8gNCAz/eYB/eQBIQ0gCiAwIDD9DQQFBgcEBQYHBAUGBwQFBgciNSAy/eYB/eQBIQogDiA1IDP95gH95AEhDiB8QeAAaiEGIIwBQQxqIYUBQQMhhAEDQCCEASCgAUgEQCAJIIUB/QAEACI2IDb9DQwNDg8MDQ4PDA0ODwwNDg8iNyAG/QAEACI4/eYB/eQBIQkgDCA3IAb9AAQQIjn95gH95AEhDCASIDYgNv0NCAkKCwgJCgsICQoLCAkKCyI6IDj95gH95AEhEiANIDogOf3mAf3kASENIAogNiA2/Q0EBQYHBAUGBwQFBgcEBQYHIjsgOP3mAf3kASEKIA4gOyA5/eYB/eQBIQ4gCyA2IDb9DQABAgMAAQIDAAECAwABAgMiPCA4/eYB/eQBIQsgESA8IDn95gH95AEhESAGQSBqIQYghQFBBGohhQEghAFBAWohhAEMAQsLIBIghQH9AAQAIj0gPf0NCAkKCwgJCgsICQoLCAkKCyI+IAb9AAQAIj/95gH95AEhEiANID4gBv0ABBAiQP3mAf3kASENIAogPSA9/Q0EBQYHBAUGBwQFBgcEBQYHIkEgP/3mAf3kASFCIA4gQSBA/eYB/eQBIUMgCyA9ID39DQABAgMAAQIDAAECAwABAgMiRCA//eYB/eQBIUUgESBEIED95gH95AEhRiBCIIUB/QAEBCJHIEf9DQQFBgcEBQYHBAUGBwQFBgciSCAG/QAEICJJ/eYB/eQBIQogQyBIIAb9AAQwIkr95gH95AEhDiBFIEcgR/0NAAECAwABAgMAAQIDAAECAyJLIEn95gH95AEhTCBGIEsgSv3mAf3kASFNIEwghQH9AAQIIk4gTv0NAAECAwABAgMAAQIDAAECAyJPIAb9AARA/eYB/eQBIQsgTSBPIAb9AARQ/eYB/eQBIREgfCDAAWohfCC/AUECdCCMAWohjAEgdUEBaiF1DAELCyABQQFqIQEMAQsLIIIBIHkgpAFsakEFdCDCAWoixwEgCf0LBAAgxwEgDP0LBBBBBCCkASCCAWsiyAEgyAFBBEobIskBQQFKBEAgxwEgEv0LBCAgxwEgDf0LBDALIMkBQQJKBEAgxwEgCv0LBEAgxwEgDv0LBFALIMkBQQNKBEAgxwEgC/0LBGAgxwEgEf0LBHALIIIBQQRqIYIBDAELCyB5QQFqIXkMAQsLIIEBQQFqIYEBDAELCyAAIcoBIIsBQQV0IcsBIAQgiwFsQQJ0IcwBIJQBQQdqQQN1Ic0BQQAhBQNAIAUgzQFIBEBBACEGA0AgBkECSARAQQQglAEgBUEDdGsgBkECdGsizgEgzgFBBEobIs8BQQBKBEBBACF4A0AgBCB4SgRAIMwBIAVBA3QgBkECdGpsIMoBaiB4IIsBbEECdGoh0AEgywEgeCAFIJEBbEECdGpsIL4BaiAGQQR0aiHRAUEAIQMgzwFBBEYEQANAIIsBIANBBGoi0gFOBEAgA0ECdCDQAWoi0wEgA0EFdCDRAWoi1AH9AAQAIlAg1AH9AAQgIlH9DQABAgMQERITBAUGBxQVFhciUiDUAf0ABEAiUyDUAf0ABGAiVP0NAAECAxAREhMEBQYHFBUWFyJV/Q0AAQIDBAUGBxAREhMUFRYX/QsEACDMASDTAWogUiBV/Q0ICQoLDA0ODxgZGhscHR4f/QsEACDMAUEBdCDTAWogUCBR/Q0ICQoLGBkaGwwNDg8cHR4fIlYgUyBU/Q0ICQoLGBkaGwwNDg8cHR4fIlf9DQABAgMEBQYHEBESExQVFhf9CwQAIMwBQQNsINMBaiBWIFf9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAINIBIQMMAQsLCwNAIAMgiwFIBEBBACF2A0AgdiDPAUgEQCB2IMwBbCDQAWogA0ECdGogA0EFdCDRAWogdkECdGoqAgA4AgAgdkEBaiF2DAELCyADQQFqIQMMAQsLIHhBAWoheAwBCwsgBkEBaiEGDAILCwsgBUEBaiEFDAELCw8LIKUBIKcBayGqASCfASCoAWshqwFBACEBA0AgASCRAUgEQEEAIYMBQQAhhQEDQCCDASCiAUgEQEEAIXcDQCB3IKABSARAQQAhegNAIHogoQFIBEBBACF5A0AgeUEESARAIHkgAUECdGoh1QEgBgR/IKABIKABIKIBIKIBINUBIAQgemxqbGpBAWsggwFrbGpBAWsgd2sFIHcgoAEggwEgogEgeiChASDVAWxqbGpsagsh1gEgeSCFASABIJMBbGpBAnRqQQJ0IL0BaiAEINUBSgR9INYBQQJ0IAJqKgIABUMAAAAACzgCACB5QQFqIXkMAQsLIHpBAWoheiCFAUEBaiGFAQwBCwsgd0EBaiF3DAELCyCDAUEBaiGDAQwBCwsgAUEBaiEBDAELCyCRASCTAWxBBHQgvQFqIdcBQQAhAUEAIXcDQCABIKIBSARAQQAhAgNAIAIgoAFIBEBBACEGA0AgBiChAUgEQCB3QQJ0INcBaiACIKkBIAEgBiCsAWxqbGpBBXQ2AgAgBkEBaiEGIHdBAWohdwwBCwsgAkEBaiECDAELCyABQQFqIQEMAQsLIJMBQQJ0INcBaiHYASCLAUEFdCHZASCgASChAWwhlgEDQCCQASCVAUgEQCCQASCSAWwgBWoh2gFBACGPAQNAII8BIJEBSARAII8BIJMBbEEEdCC9AWoh2wEg2QEgjwEgkAEgkQFsakECdGwg2AFqIQECQCAEII8BQQJ0a0ECTARAIAEh3AEg2wEh3QEgqwEh3gEgoAEgoQFsIZoBQQAhiAEDQCCIASCjAUgEQCCqASCIAWsi3wFBACDfAUEAThsh4AEgogEgqgEgrAFqIIgBayLhASCiASDhAUgbIZcBQQAhfQNAIH0gpAFIBEAg3gEgfWsi4gEi4wFBACDjAUEAThsh5AEgoAEgqQEg3gFqIH1rIuUBIKABIOUBSBshnAEgpAEgfUEBakoimwEEfyDiAUEBayLmAUEAIOYBQQBOGwUg5AELIecBIJsBBH8goAEgqQEg3gFqIH1rQQFrIugBIKABIOgBSBsFIOQBCyHpAf0MAAAAAAAAAAAAAAAAAAAAACIJIQj9DAAAAAAAAAAAAAAAAAAAAAAhCv0MAAAAAAAAAAAAAAAAAAAAACEL/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIREg5AFFInUEQCCgASDpAUYhdQsgfSCpASCIASCqAWtsaiDeAWtBBXQg2gFqIZgBIOABIXcDQCB3IJcBSARAIHcgmgFsIuoBIKEBIOcBbCLrAWpBBHQg3QFqIXsg6gEg6wFqIXoDQCChASDkAWwg6gFqIHpKBEAgCiB7/QkCACJYIHpBAnQg1wFqKAIAIJgBQSBqaiLsAf0ABAAiWf3mAf3kASEKIA4gWCDsAf0ABBAiWv3mAf3kASEOIAsge/0JAgQiWyBZ/eYB/eQBIQsgESBbIFr95gH95AEhESB7QRBqIXsgekEBaiF6DAELCyCXASCaAWwgoQEg6QFsIOoBaiB1GyF6IKEBIOQBbCDqAWohhwEDQCB6IIcBSgRAIAkge/0JAgAiXCCHAUECdCDXAWooAgAgmAFqIpkB/QAEACJd/eYB/eQBIQkgDCBcIJkB/QAEECJe/eYB/eQBIQwgCCB7/QkCBCJfIF395gH95AEhCCANIF8gXv3mAf3kASENIAogXCCZAf0ABCAiYP3mAf3kASEKIA4gXCCZAf0ABDAiYf3mAf3kASEOIAsgXyBg/eYB/eQBIQsgESBfIGH95gH95AEhESB7QRBqIXsghwFBAWohhwEMAQsLA0AgnAEgoQFsIOoBaiB6SgRAIAkge/0JAgAiYiB6QQJ0INcBaigCACCYAWoi7QH9AAQAImP95gH95AEhCSAMIGIg7QH9AAQQImT95gH95AEhDCAIIHv9CQIEImUgY/3mAf3kASEIIA0gZSBk/eYB/eQBIQ0ge0EQaiF7IHpBAWohegwBCwsglwEgd0EBaiB1GyF3DAELCyB9IIgBIKQBbGpBBXQg3AFqIu4BIAn9CwQAIO4BIAz9CwQQINkBIO4BaiLvASAI/QsEACDvASAN/QsEECCbAQRAIO4BIAr9CwQgIO4BIA79CwQwIO8BIAv9CwQgIO8BIBH9CwQwCyB9QQJqIX0MAQsLIIgBQQFqIYgBDAELCwwBC0EAIXUDQCB1IKMBSARAIKoBIHVrIvABQQAg8AFBAE4bIfEBIKIBIKoBIKwBaiB1ayLyASCiASDyAUgbIfMBQQAhhAEDQCCEASCkAUgEQCCgASCpASCrAWoghAFrIvQBIKABIPQBSBsh9QH9DAAAAAAAAAAAAAAAAAAAAAAiCSEP/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhC/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDv0MAAAAAAAAAAAAAAAAAAAAACERIKsBIIQBayL3AUEAIPcBQQBOGyL4AUUigQEEQCCgASD1AUYhgQELIIQBIKkBIHUgqgFrbGogqwFrQQV0INoBaiH2ASDxASEGA0AgBiDzAUgEQCAGIJYBbCChASD4AWxqIXcggQEEfyCWASDzAWwFIAYglgFsIKEBIPUBbGoLIfkBIHdBBHQg2wFqIYABA0AgdyD5AUgEQCAJIIAB/QAEACJmIGb9DQABAgMAAQIDAAECAwABAgMiZyB3QQJ0INcBaigCACD2AWoi+gH9AAQAImj95gH95AEhCSAMIGcg+gH9AAQQImn95gH95AEhDCAPIGYgZv0NBAUGBwQFBgcEBQYHBAUGByJqIGj95gH95AEhDyANIGogaf3mAf3kASENIAogZiBm/Q0ICQoLCAkKCwgJCgsICQoLImsgaP3mAf3kASEKIA4gayBp/eYB/eQBIQ4gCyBmIGb9DQwNDg8MDQ4PDA0ODwwNDg8ibCBo/eYB/eQBIQsgESBsIGn95gH95AEhESCAAUEQaiGAASB3QQFqIXcMAQsLIPMBIAZBAWoggQEbIQYMAQsLIAEgCf0LBAAgASAM/QsEECABINkBaiL7ASAP/QsEACD7ASAN/QsEECDZAUEBdCABaiL8ASAK/QsEACD8ASAO/QsEECDZAUEDbCABaiL9ASAL/QsEACD9ASAR/QsEECABQSBqIQEghAFBAWohhAEMAQsLIHVBAWohdQwBCwsLII8BQQFqIY8BDAELCyCQAUEBaiGQAQwBCwsgACH+ASCLAUEFdCH/ASAEIIsBbEECdCGAAiCUAUEHakEDdSGBAkEAIQUDQCAFIIECSARAQQAhBgNAIAZBAkgEQEEEIJQBIAVBA3RrIAZBAnRrIoICIIICQQRKGyKDAkEASgRAQQAheANAIAQgeEoEQCCAAiAFQQN0IAZBAnRqbCD+AWogeCCLAWxBAnRqIYQCIP8BIHggBSCRAWxBAnRqbCDYAWogBkEEdGohhQJBACEDIIMCQQRGBEADQCCLASADQQRqIoYCTgRAIANBAnQghAJqIocCIANBBXQghQJqIogC/QAEACJtIIgC/QAEICJu/Q0AAQIDEBESEwQFBgcUFRYXIm8giAL9AARAInAgiAL9AARgInH9DQABAgMQERITBAUGBxQVFhcicv0NAAECAwQFBgcQERITFBUWF/0LBAAggAIghwJqIG8gcv0NCAkKCwwNDg8YGRobHB0eH/0LBAAggAJBAXQghwJqIG0gbv0NCAkKCxgZGhsMDQ4PHB0eHyJzIHAgcf0NCAkKCxgZGhsMDQ4PHB0eHyJ0/Q0AAQIDBAUGBxAREhMUFRYX/QsEACCAAkEDbCCHAmogcyB0/Q0ICQoLDA0ODxgZGhscHR4f/QsEACCGAiEDDAELCwsDQCADIIsBSARAQQAhdgNAIHYggwJIBEAgdiCAAmwghAJqIANBAnRqIANBBXQghQJqIHZBAnRqKgIAOAIAIHZBAWohdgwBCwsgA0EBaiEDDAELCyB4QQFqIXgMAQsLIAZBAWohBgwCCwsLIAVBAWohBQwBCwsLpwUBMX8gASEgIAAhFSACQRBqKAIAIRYgAkEUaigCACEXIAJBGGooAgAhGCACQRxqKAIAIQQgAkEgaigCACEZIAJBJGooAgAhByACQShqKAIAIRogAkEsaigCACEbIAJBMGooAgAhESACQTRqKAIAISEgAEEAIAJBCGooAgAiHCACQQxqKAIAIhJsIh0gAkEEaigCACITIAIoAgAiHmxsQQJ0/AsAICAhDQNAIAggHkgEQEEAIQkDQCAJIBNIBEAgHSAJIAggE2xqbEECdCAVaiEfQQAhCgNAIAogFkgEQEEAIQsDQCALIBdIBEAgISAHIAsgG2wiDmsiIkEATAR/QQAFIAQgImpBAWsgBG0LIiMgISAjSBsiJCAHIBJqIA5rIiVBAEwEf0EABSAhIAQgJWpBAWsgBG0iJiAhICZIGwsiJyAkICdKGyEUQQAhBQNAIAUgEUgEQCAFIBhsIBlrIAogGmxqIilBAEggHCApTHJFBEAgBSAhbEECdCANaiEoIBIgKWxBAnQgH2ohKiAEQQFGBEAgDiAkIAdrakECdCAqaiErICRBAnQgKGohLCAUICRrIS1BACECA0AgLSACQQRqIi5OBEAgAkECdCIvICtqIjAgMP0ABAAgLCAvav0ABAD95AH9CwQAIC4hAgwBCwsDQCACIC1IBEAgAkECdCIxICtqIjIgMioCACAsIDFqKgIAkjgCACACQQFqIQIMAQsLBSAkIQMDQCADIBRIBEAgDiADIARsIAdrakECdCAqaiIzIDMqAgAgA0ECdCAoaioCAJI4AgAgA0EBaiEDDAELCwsLIAVBAWohBQwBCwsgESAhbEECdCANaiENIAtBAWohCwwBCwsgCkEBaiEKDAELCyAJQQFqIQkMAQsLIAhBAWohCAwBCwsL1gcDC3scfwd9A0AgBSAdSgRAIAggBiAdbCIlbEECdCACaiEhIAggByAdbCImbEECdCADaiEiIAkgJmxBAnQgBGohIyAJICVsQQJ0IABqISRBACEbA0AgBiAbSgRAIAggG2xBAnQgIWohJyAJIBtsQQJ0ICRqIR8gCwR/IAcgG0EBaiIoIAcgKEgbBSAHCyEgQwAAgP8hNUEAIRoDQCAaICBIBEAgCCAabEECdCAiaiEp/QwAAAAAAAAAAAAAAAAAAAAAIQ1BACEYA0AgCCAYQQRqIipOBEAgDSAYQQJ0IisgJ2r9AAQAICkgK2r9AAQA/eYB/eQBIQ0gKiEYDAELCyAN/R8AIA39HwGSIA39HwIgDf0fA5KSITQDQCAIIBhKBEAgNCAYQQJ0IiwgJ2oqAgAgKSAsaioCAJSSITQgGEEBaiEYDAELCyAaQQJ0IAxqIDQgCpQiODgCACA1IDiXITUgGkEBaiEaDAELC0MAAAAAITRBACEZA0AgGSAgSARAIBlBAnQgDGoiLSoCACA1k/0TQYCABP0JAgD96wFBhIAE/QkCAP3qASIQQYiABP0JAgD95gFBjIAE/QkCACIR/eQBIg8gEf3lASESQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIBAgEkGQgAT9CQIA/eYB/eUBIBJBlIAE/QkCAP3mAf3lASIT/eYB/eQBIBP95gH95AEgE/3mAf3kASAT/eYB/eQBIBP95gH95AEhFCAtIBMgFCAT/eYBIBP95gH95AFBsIAE/QkCAP3kASAP/QwAAEBLAABASwAAQEsAAEBL/bEBIhVBAf2sASIW/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgFSAW/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9HwAiOTgCACA0IDmSITQgGUEBaiEZDAELCyAfQQAgCUECdPwLAEMAAIA/IDSVITpBACEYA0AgGCAgSARAIAkgGGxBAnQgI2ohLiAYQQJ0IAxqKgIAIDqUIjf9EyEXQQAhGQNAIAkgGUEEaiIvTgRAIBlBAnQiMCAfaiIxIDH9AAQAIBcgLiAwav0ABAD95gH95AH9CwQAIC8hGQwBCwsDQCAJIBlKBEAgGUECdCIyIB9qIjMgMyoCACA3IC4gMmoqAgCUkjgCACAZQQFqIRkMAQsLIBhBAWohGAwBCwsgGyAGIB1sakECdCABaiA1IDT9ExAC/R8AkjgCACAbQQFqIRsMAQsLIB1BAWohHQwBCwsL1wsDNH8NewV9IABBACAMIAkgCmxsQQJ0/AsAIAFBACAMIAkgC2wiIWxBAnT8CwAgAkEAIA0gIWxBAnT8CwADQCAJIBVKBEAgDCAKIBVsIiJsQQJ0IRogDCALIBVsIiNsQQJ0IRsgDSAjbEECdCEcIA0gImxBAnQhHUEAIRQDQCAKIBRKBEAgDCAUbEECdCIkIAMgGmpqIRggACAaaiAkaiEeIA0gFGxBAnQiJSAHIB1qaiEWIAYgHWogJWohJv0MAAAAAAAAAAAAAAAAAAAAACFEQQAhEQNAIA0gEUEEaiInTgRAIEQgEUECdCIoIBZq/QAEACAmIChq/QAEAP3mAf3kASFEICchEQwBCwsgRP0fACBE/R8BkiBE/R8CIET9HwOSkiFRA0AgDSARSgRAIFEgEUECdCIpIBZqKgIAICYgKWoqAgCUkiFRIBFBAWohEQwBCwsgUSFSIBQgCiAVbGpBAnQgCGoqAgAhUyAPBH8gCyAUQQFqIiogCyAqSBsFIAsLISBBACEXA0AgFyAgSARAIA0gF2xBAnQiKyAFIBxqaiEsIAIgHGogK2ohHyAEIBtqIAwgF2xBAnRqIS39DAAAAAAAAAAAAAAAAAAAAAAhREEAIRADQCAMIBBBBGoiLk4EQCBEIBBBAnQiLyAYav0ABAAgLSAvav0ABAD95gH95AEhRCAuIRAMAQsLIET9HwAgRP0fAZIgRP0fAiBE/R8DkpIhUQNAIAwgEEoEQCBRIBBBAnQiMCAYaioCACAtIDBqKgIAlJIhUSAQQQFqIRAMAQsLIFEgDpQgU5P9E0GAgAT9CQIA/esBQYSABP0JAgD96gEiR0GIgAT9CQIA/eYBQYyABP0JAgAiSP3kASJGIEj95QEhSUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACBHIElBkIAE/QkCAP3mAf3lASBJQZSABP0JAgD95gH95QEiSv3mAf3kASBK/eYB/eQBIEr95gH95AEgSv3mAf3kASBK/eYB/eQBIUsgSiBLIEr95gEgSv3mAf3kAUGwgAT9CQIA/eQBIEb9DAAAQEsAAEBLAABASwAAQEv9sQEiTEEB/awBIk39DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASBMIE39sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf0fACJU/RMhTkEAIRADQCANIBBBBGoiMU4EQCAQQQJ0IjIgH2oiMyAz/QAEACBOIBYgMmr9AAQA/eYB/eQB/QsEACAxIRAMAQsLA0AgDSAQSgRAIBBBAnQiNCAfaiI1IDUqAgAgVCAWIDRqKgIAlJI4AgAgEEEBaiEQDAELC/0MAAAAAAAAAAAAAAAAAAAAACFEQQAhEANAIA0gEEEEaiI2TgRAIEQgEEECdCI3IBZq/QAEACAsIDdq/QAEAP3mAf3kASFEIDYhEAwBCwsgRP0fACBE/R8BkiBE/R8CIET9HwOSkiFRA0AgDSAQSgRAIFEgEEECdCI4IBZqKgIAICwgOGoqAgCUkiFRIBBBAWohEAwBCwsgVCBRIFKTlCAOlCJV/RMhT0EAIRMDQCAMIBNBBGoiOU4EQCATQQJ0IjogHmoiOyA7/QAEACBPIC0gOmr9AAQA/eYB/eQB/QsEACA5IRMMAQsLA0AgDCATSgRAIBNBAnQiPCAeaiI9ID0qAgAgVSAtIDxqKgIAlJI4AgAgE0EBaiETDAELCyABIBtqIAwgF2xBAnRqIT4gVf0TIVBBACERA0AgDCARQQRqIj9OBEAgEUECdCJAID5qIkEgQf0ABAAgUCAYIEBq/QAEAP3mAf3kAf0LBAAgPyERDAELCwNAIAwgEUoEQCARQQJ0IkIgPmoiQyBDKgIAIFUgGCBCaioCAJSSOAIAIBFBAWohEQwBCwsgF0EBaiEXDAELCyAUQQFqIRQMAQsLIBVBAWohFQwBCwsLC7wGBABBgoAEC/oB0MIAALJCO6q4PwAAQEsAgDE/g4BeuWdpUDnOQ7c6CIkIPMGpKj2qqio+AAAAPwAAgD8AAIAAAAAAS/MENT+7IZA9uNHrvRol7z1PXf69v+kRPlCuKr6szkw+/P9/vqqqqj4AAAC/AACA/wAAAAAAAMB/AACAfwAAgL/q8Lq7ThOpPC0eXL2Tgwg+maqqvgAAAEAAACA/AACRt9nnyDkcin67obHGPFyu2r1QhSK/hs4DvgBwHLosjaM72UjbvCIO5z2Ak8C+1HUDPgCAbT/5oUy5noMIPKOqKr7O9cw3Gga2uqWqKj0AAAA/g/kiPwAAyT8AoP05aSGiMwBB/IEECyg7qrg/fwBASwByMb+Ovr+1zs8HPA2dKz1ArSo+4/7/Pvv/fz9PrK7CAEGoggQLgAK+8/h57GH2PxkwllvG/t6/PYivSu1x9T+k/NQyaAvbv7AQ8PA5lfQ/e7cfCotB17+FA7iwlcnzP3vPbRrpndO/pWSIDBkN8z8xtvLzmx3Qv6COC3siXvI/8Ho7Gx18yb8/NBpKSrvxP588r5Pj+cK/uuWK8Fgj8T9cjXi/y2C5v6cAmUE/lfA/zl9Htp1vqr8AAAAAAADwPwAAAAAAAAAArEea/Yxg7j899SSfyjizP6BqAh+zpOw/upE4VKl2xD/m/GpXNiDrP9LkxEoLhM4/LaqhY9HC6T8cZcbwRQbUP+1BeAPmhug/+J8bLJyO2D9iSFP13GfnP8x7sU6k4Nw/AEGuhAQL+gHwP3SFFdOw2e8/D4n5bFi17z9RWxLQAZPvP3tRfTy4cu8/qrloMYdU7z84YnVuejjvP+HeH/WdHu8/FbcxCv4G7z/LqTo3p/HuPyI0Ekym3u4/LYlhYAjO7j8nKjbV2r/uP4JPnVYrtO4/KVRI3Qer7j+FVTqwfqTuP807f2aeoO4/dF/s6HWf7j+HAetzFKHuPxPOTJmJpe4/26AqQuWs7j/lxc2wN7fuP5Dwo4KRxO4/XSU+sgPV7j+t01qZn+juP0de+/J2/+4/nFKF3ZsZ7z9pkO/cIDfvP4ek+9wYWO8/X5t7M5d87z/akKSir6TvP0BFblt20O8/";
    KERNELS_THREADS_WASM_BASE64 = "AGFzbQEAAAAB9gEYYAd/f39/f39/AGAGf39/f39/AGABewF7YAABf2AEf39/fwBgCn9/f39/f39/f38AYAV/f39/fwBgA39/fwBgAn9/AX9gC39/f39/f39/f39/AGACfX0BfWACf38BfWABfwBgA39/fwF/YAN/f38BfWAJf39/f319fX1/AGAJf39/f39/f39/AGAUf39/f39/f39/f39/f39/f39/f38AYAh/f39/f39/fwBgDn9/f39/f39/f39/f39/AGAHf399fX9/fwBgCn9/f399fX9/f38AYA1/f39/f39/f39/fX9/AGAQf39/f39/f39/f39/f399fwACEwEDZW52Bm1lbW9yeQIDgAKAgAQDR0YKCQICAgICAgICAgsGAQMMBg0OAAABAQQEAQQEDwEQAwMDEQUAAAAAAAAJEgEBAAATAwcGAQAUBRUFBQcIAAEIAQgABxYXBgYBfwFBAAsH2QUqFHRocmVhZF9zY3JhdGNoX2J5dGVzAA4Sc2V0X3RocmVhZF9zY3JhdGNoAA8JaGVhcF9iYXNlADEJdW5hcnlfZjMyAC0JdW5hcnlfaTMyACwKYmluYXJ5X2YzMgA4CmJpbmFyeV9pMzIANwh3aGVyZV8zMgAqCWNsYW1wX2YzMgA2CWNsYW1wX2kzMgA1B2NvbnZlcnQANAdmaWxsXzMyADIKcmVkdWNlX2YzMgAUCnJlZHVjZV9pMzIAEwtzb2Z0bWF4X2YzMgAQCW1hdG11bF9tcgAhE21hdG11bF9wYWNrX2FfYnl0ZXMAIBNtYXRtdWxfcGFja19iX2J5dGVzAB8KbWF0bXVsX2YzMgAiD2luZGV4X3NlbGVjdF8zMgAmDWluZGV4X2FkZF9mMzIAKA1pbmRleF9hZGRfaTMyACcJZ2F0aGVyXzMyACkPc2NhdHRlcl9hZGRfZjMyACUPc2NhdHRlcl9hZGRfaTMyACQKaW0yY29sX2YzMgA7CmNvbDJpbV9mMzIAQxtjb252MmRfZGlyZWN0X3NjcmF0Y2hfYnl0ZXMAPxFjb252MmRfZGlyZWN0X2YzMgBAHGNvbnYyZF9iYXRjaGVkX3NjcmF0Y2hfYnl0ZXMAQRJjb252MmRfYmF0Y2hlZF9mMzIAQiBjb252MmRfd2VpZ2h0X2dyYWRfc2NyYXRjaF9ieXRlcwA8G2NvbnYyZF93ZWlnaHRfZ3JhZF9wYWNrX2YzMgA9FmNvbnYyZF93ZWlnaHRfZ3JhZF9mMzIAPg1tYXhwb29sMmRfZjMyABcWbWF4cG9vbDJkX2JhY2t3YXJkX2YzMgAYDWF2Z3Bvb2wyZF9mMzIAGhZhdmdwb29sMmRfYmFja3dhcmRfZjMyABsNYXR0ZW50aW9uX2YzMgBEFmF0dGVudGlvbl9iYWNrd2FyZF9mMzIARQdzZ2RfZjMyABwGbWVtb3J5AgAMAQQKmYEGRo8HBBF/CXwBfgN9IAGLQwAAAEBfBEAgAUMAAABAWwRAIAAgAJQPCyABQwAAAD9bBEAgAJGLQwAAgH8gAEMAAID/XBsPCyABQwAAgL9bBEBDAACAPyAAlQ8LIAFDAACAP1sEQCAADwsgAUMAAAAAWwRAQwAAgD8PCwsCfSABvCIHQQF0IghBAWtB////d08iBiAAvCICQYCAgARrQYCAgPgHT3IEQCAGBEBDAACAPyAIRQ0CGkMAAMB/IAJBgICA/ANGDQIaIAAgAZIgB0EBdEGAgIB4SyACQQF0QYCAgHhLcg0CGkMAAMB/IAJBAXQiCUGAgID4B0YNAhpDAAAAACAHQR92RSAJQYCAgPgHSUYNAhogASABlAwCCyACQQF0QQFrQf///3dPBEAgACAAlCEeQwAAgD8gHowgHiACQR92BH8Cf0EAIAdBF3ZB/wFxIgpB/wBJDQAaQQIgCkGWAUsNABpBAEEBQZYBIAprdCILQQFrIAdxDQAaQQEgByALcQ0AGkECC0EBRgVBAAsbIh+VIB8gB0EASBsMAgsgAkEASARAIAAgAJMiHSAdlQJ/QQAgB0EXdkH/AXEiDEH/AEkNABpBAiAMQZYBSw0AGkEAQQFBlgEgDGt0Ig1BAWsgB3ENABpBASAHIA1xDQAaQQILIg5FDQIaQYCABEEAIA5BAUYbIQUgAkH/////B3EhAgsgAkGAgIAESQRAIABDAAAAS5S8Qf////8HcUGAgIDcAGshAgsLIAJBgIDM+QNrIg9BE3ZBD3EhECACIA9BgICAfHEiEWu+uyAQQQR0QaiCBGoiEisDAKJEAAAAAAAA8L+gIhZEC25JyRZ20j+iRHrGdaBpGde/oCEXIBZEK7gqZUcV9z+iIBIrAwggEUEXdbegoCAWRN26p2wKx94/okTI9r5IRxXnv6AgFiAWoiIYoqAhFSABuyAXIBggGKKiIBWgoiIZvUIviEL//wODQr+BAloEQEMAAID/QwAAgH8gBRsgGURx1dH///9fQGQNARpDAAAAgEMAAAAAIAUbIBlEAAAAAADAYsBlDQEaCyAZRAAAAAAAAOhCoCIavSEcIBkgGkQAAAAAAADowqChIhtE1lIM/0Iu5j+iRAAAAAAAAPA/oCAbRJQjkUv4aqw/okTzxPpQzr/OP6AgGyAboqKgIBynQR9xQQN0QaiEBGopAwAgBa0gHHxCL4Z8v6K2CwvfAwEafyADIARBAWtBAnQiIGooAgAhFCAGICBqKAIAIR0gCAR/IAggIGooAgAFQQALIR4gCgR/IAogIGooAgAFQQALIR9BASEQIARBAk4EQCADICBBBGsiIWooAgAhECAGICFqKAIAIRUgCAR/IAggIWooAgAFQQALIRYgCgR/IAogIWooAgAFQQALIRELIwAhDiAEQQJrIRdBASESQQAhBANAIAQgF0gEQCAEQQJ0IiIgA2ooAgAgEmwhEiAOICJqQQA2AgAgBEEBaiEEDAELCwNAIBIgE0oEQCAAIAEgAiAFIAtqIBUgHSAHIAxqIBYgHiAJIA1qIBEgHyAQIBQQMCAQIBRsQQJ0IAJqIQIgF0EBayEPA0AgD0EATgRAAkAgAyAPQQJ0IiNqKAIAIRggDiAjaigCAEEBaiEZIAYgI2ooAgBBAnQhGiAIBH8gCCAjaigCAEECdAVBAAshGyAKBH8gCiAjaigCAEECdAVBAAshHCAYIBlKBEAgDiAjaiAZNgIAIAsgGmohCyAMIBtqIQwgDSAcaiENDAELIA4gI2pBADYCACALIBhBAWsiJCAabGshCyAMIBsgJGxrIQwgDSAcICRsayENIA9BAWshDwwCCwsLIBNBAWohEwwBCwsLwgMBDHsgAEG4gAT9CQIA/eYBIAAgAEG0gAT9CQIA/UMiBP1SIgVBF/2tAf0MfgAAAH4AAAB+AAAAfgAAAP2xASAE/QwXAAAAFwAAABcAAAAXAAAA/U79sQEgBf0M//9/AP//fwD//38A//9/AP1O/QwAAAA/AAAAPwAAAD8AAAA//VAiBkG8gAT9CQIA/UMiB/2uASEIIAYgBiAH/U795AFBsIAE/QkCAP3lASIJIAn95gEhCiAAIABB8IAE/QkCAEHogAT9CQIAIAlB4IAE/QkCAEHcgAT9CQIAQdiABP0JAgBB1IAE/QkCAEHQgAT9CQIAQcyABP0JAgBByIAE/QkCAEHEgAT9CQIAQcCABP0JAgAgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAn95gEgCv3mASAI/foBIgtBlIAE/QkCAP3mAf3kASAKQeSABP0JAgD95gH95AH95AEgC0GQgAT9CQIA/eYB/eQBIABB7IAE/QkCACIM/UH9UiAAIAz9Q/1SIABB9IAE/QkCAP1B/VIgACAA/UL9UgvdAwENeyAA/eABIgMgA/3kAUGAgAT9CQIA/esBQYSABP0JAgD96gEiB0GIgAT9CQIA/eYBQYyABP0JAgAiCP3kASIFIAj95QEhCUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACAHIAlBkIAE/QkCAP3mAf3lASAJQZSABP0JAgD95gH95QEiCv3mAf3kASAK/eYB/eQBIAr95gH95AEgCv3mAf3kASAK/eYB/eQBIQsgAEGMgQT9CQIAQYiBBP0JAgBBhIEE/QkCAEGAgQT9CQIAQfyABP0JAgAgACAA/eYBIgb95gH95AEgBv3mAf3kASAG/eYB/eQBIAb95gH95AEgBv3mASAA/eYB/eQBQbCABP0JAgAiBEGQgQT9CQIAIAogCyAK/eYBIAr95gH95AEgBP3kASAF/QwAAEBLAABASwAAQEsAAEBL/bEBIgxBAf2sASIN/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgDCAN/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgBP3kAf3nAf3lASAA/QwAAACAAAAAgAAAAIAAAACA/U79UCADQZSBBP0JAgD9Q/1SC9QCAQV7QeSBBP0JAgBB4IEE/QkCAEHcgQT9CQIAIAAgAEHsgQT9CQIA/eYB/WoiAUHwgQT9CQIA/eYB/eUBIAFB9IEE/QkCAP3mAf3lASABQfiBBP0JAgD95gH95QEiAiAC/eYBIgT95gH95AEgBP3mAf3kASEDQbCABP0JAgAgBEHogQT9CQIA/eYB/eUBIAMgBP3mASAE/eYB/eQBIAJB2IEE/QkCAEHUgQT9CQIAQdCBBP0JAgAgBP3mAf3kASAE/eYB/eQBIAT95gEgAv3mAf3kASABQYyABP0JAgD95AH9DAAAQEsAAEBLAABASwAAQEv9sQH9DAAAAAAAAAAAAAAAAAAAAAD9rgEiBf0MAQAAAAEAAAABAAAAAQAAAP1O/QwBAAAAAQAAAAEAAAABAAAA/Tf9UiAF/QwCAAAAAgAAAAIAAAACAAAA/U5BHv2rAf1RC8cCAQp7IAD94QFBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIgRBiIAE/QkCAP3mAUGMgAT9CQIAIgX95AEiAyAF/eUBIQZBrIAE/QkCAEGogAT9CQIAQaSABP0JAgBBoIAE/QkCAEGcgAT9CQIAQZiABP0JAgAgBCAGQZCABP0JAgD95gH95QEgBkGUgAT9CQIA/eYB/eUBIgf95gH95AEgB/3mAf3kASAH/eYB/eQBIAf95gH95AEgB/3mAf3kASEIQbCABP0JAgAiAiACIAcgCCAH/eYBIAf95gH95AEgAv3kASAD/QwAAEBLAABASwAAQEsAAEBL/bEBIglBAf2sASIK/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgCSAK/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH95AH95wELSgEEeyAAQbCABP0JAgAiA/3kASICIAP95QEhBCACIAAgAhACIAD95gEgBP3nASAEQeyABP0JAgD9Qf1SIAJB9IAE/QkCAP1B/VILhQMBEHsgAEGAgAT9CQIA/esBQYSABP0JAgD96gEiBUGIgAT9CQIA/eYBQYyABP0JAgAiBv3kASIHIAb95QEhCEGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACAFIAhBkIAE/QkCAP3mAf3lASAIQZSABP0JAgD95gH95QEiCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIQogACAJIAogCf3mASAJ/eYB/eQBQbCABP0JAgAiBP3kASAH/QwAAEBLAABASwAAQEsAAEBL/bEBIgtBAf2sASIM/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgCyAM/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEiDSAE/eUBIg4gAP3mASANEAL95wEgDkHsgAT9CQIA/UH9UiEPIA1B+IAE/QkCACIQIA8gDiAQ/UH9UiANQfSABP0JAgD9Qf1SC+AEARB7QZyBBP0JAgBBmIEE/QkCACAA/eABIgQiB/3mAf3kASEIIAf94QFBsIEE/QkCAEGsgQT9CQIAQaiBBP0JAgBBpIEE/QkCAEGggQT9CQIAIAf95gH95AEgCCAAIAD95gEiCf3mAf3kASAH/eYB/eQBIAf95gH95AEgB/3mAf3kASAH/eYB/eQBQYCABP0JAgD96wFBhIAE/QkCAP3qASIKQYiABP0JAgD95gFBjIAE/QkCACIL/eQBIgUgC/3lASEMQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIAogDEGQgAT9CQIA/eYB/eUBIAxBlIAE/QkCAP3mAf3lASIN/eYB/eQBIA395gH95AEgDf3mAf3kASAN/eYB/eQBIA395gH95AEhDkGwgAT9CQIAIgYgDSAOIA395gEgDf3mAf3kASAG/eQBIAX9DAAAQEsAAEBLAABASwAAQEv9sQEiD0EB/awBIhD9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASAPIBD9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf3lAf0M////f////3////9/////f/1OIAD9DAAAAIAAAACAAAAAgAAAAID9Tv1QIABByIEE/QkCAEHEgQT9CQIAQcCBBP0JAgBBvIEE/QkCAEG4gQT9CQIAQbSBBP0JAgAgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAD95gH95AEgBEHMgQT9CQIA/UT9UgvUAgEFe0HkgQT9CQIAQeCBBP0JAgBB3IEE/QkCACAAIABB7IEE/QkCAP3mAf1qIgFB8IEE/QkCAP3mAf3lASABQfSBBP0JAgD95gH95QEgAUH4gQT9CQIA/eYB/eUBIgIgAv3mASIE/eYB/eQBIAT95gH95AEhA0GwgAT9CQIAIARB6IEE/QkCAP3mAf3lASADIAT95gEgBP3mAf3kASACQdiBBP0JAgBB1IEE/QkCAEHQgQT9CQIAIAT95gH95AEgBP3mAf3kASAE/eYBIAL95gH95AEgAUGMgAT9CQIA/eQB/QwAAEBLAABASwAAQEsAAEBL/bEB/QwBAAAAAQAAAAEAAAABAAAA/a4BIgX9DAEAAAABAAAAAQAAAAEAAAD9Tv0MAQAAAAEAAAABAAAAAQAAAP03/VIgBf0MAgAAAAIAAAACAAAAAgAAAP1OQR79qwH9UQvRBAERe0GcgQT9CQIAQZiBBP0JAgAgAP3gASIEIgf95gH95AEhCCAH/eEBQbCBBP0JAgBBrIEE/QkCAEGogQT9CQIAQaSBBP0JAgBBoIEE/QkCACAH/eYB/eQBIAggACAA/eYBIgn95gH95AEgB/3mAf3kASAH/eYB/eQBIAf95gH95AEgB/3mAf3kAUGAgAT9CQIA/esBQYSABP0JAgD96gEiCkGIgAT9CQIA/eYBQYyABP0JAgAiC/3kASIFIAv95QEhDEGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACAKIAxBkIAE/QkCAP3mAf3lASAMQZSABP0JAgD95gH95QEiDf3mAf3kASAN/eYB/eQBIA395gH95AEgDf3mAf3kASAN/eYB/eQBIQ4gDSAOIA395gEgDf3mAf3kAUGwgAT9CQIAIgb95AEgBf0MAABASwAAQEsAAEBLAABAS/2xASIPQQH9rAEiEP0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIA8gEP2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIhFBkIEE/QkCACAR/eUBIABB7IAE/QkCAP1D/VIgBiAAQciBBP0JAgBBxIEE/QkCAEHAgQT9CQIAQbyBBP0JAgBBuIEE/QkCAEG0gQT9CQIAIAn95gH95AEgCf3mAf3kASAJ/eYB/eQBIAn95gH95AEgCf3mAf3kASAA/eYB/eQB/eQBIARBzIEE/QkCAP1E/VILyAICEXsEfyABQYAITARAA0AgASATQRBqTgRAIBNBAnQgAGoiFf0ABAAhByACIAf95AEhAiAV/QAEECEIIAUgCP3kASEFIBX9AAQgIQkgBCAJ/eQBIQQgFf0ABDAhCiAGIAr95AEhBiATQRBqIRMMAQsLA0AgASATQQRqTgRAIBNBAnQgAGr9AAQAIQsgAiAL/eQBIQIgE0EEaiETDAELCyACIAX95AEhDCAEIAb95AEhDSAMIA395AEiDiAO/Q0ICQoLDA0ODwABAgMEBQYHIQ8gDiAP/eQBIhAgEP0NBAUGBwABAgMMDQ4PCAkKCyERIBAgEf3kASECA0AgASATSgRAIBNBAnQgAGr9XAIAIRIgAiAS/eQBIQIgE0EBaiETDAELCyAC/R8ADwsgACABQQF1QXBxIhYQCyAWQQJ0IABqIAEgFmsQC5ILnAEDBX8BewF9A0AgAyAFQQRqIgdOBEAgCiAFQQJ0IgggAWr9AAQAIAIgCGr9AAQA/eYB/eQBIQogByEFDAELCyAK/R8AIAr9HwGSIAr9HwIgCv0fA5KSIQsDQCADIAVKBEAgCyAFQQJ0IgkgAWoqAgAgAiAJaioCAJSSIQsgBUEBaiEFDAELCyAAIAQEfSAAKgIAIAuSBSALCzgCAAvxBgIPfxZ7A0AgBSAJSgRAIAMgCWwgAWohCiADQQRGQQggBSAJayIMIAxBCEobIg1BCEZxBEBBACEHA0AgBCAHSgRAIAAgAiAHbCAKaiIO/QAEAP0LBAAgACAO/QAEEP0LBBAgAEEgaiEAIAdBAWohBwwBCwsFIAJBBEYgDUEIRnEEQEEAIQcDQCAEIAdBBGoiD04EQCAAIAdBAnQgCmoiEP0ABAAiGyADIBBq/QAEACIc/Q0AAQIDEBESEwQFBgcUFRYXIh0gA0EBdCAQav0ABAAiHiADQQNsIBBq/QAEACIf/Q0AAQIDEBESEwQFBgcUFRYXIiD9DQABAgMEBQYHEBESExQVFhf9CwQAIABBIGogHSAg/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAQUBrIBsgHP0NCAkKCxgZGhsMDQ4PHB0eHyIhIB4gH/0NCAkKCxgZGhsMDQ4PHB0eHyIi/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQeAAaiAhICL9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBEGoiESADQQJ0IBBqIhL9AAQAIiMgAyASav0ABAAiJP0NAAECAxAREhMEBQYHFBUWFyIlIANBAXQgEmr9AAQAIiYgA0EDbCASav0ABAAiJ/0NAAECAxAREhMEBQYHFBUWFyIo/Q0AAQIDBAUGBxAREhMUFRYX/QsEACARQSBqICUgKP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgEUFAayAjICT9DQgJCgsYGRobDA0ODxwdHh8iKSAmICf9DQgJCgsYGRobDA0ODxwdHh8iKv0NAAECAwQFBgcQERITFBUWF/0LBAAgEUHgAGogKSAq/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAQYABaiEAIA8hBwwBCwsDQCAEIAdKBEAgB0ECdCAKaiETQQAhBgNAIAZBCEgEQCAGQQJ0IABqIAMgBmwgE2oqAgA4AgAgBkEBaiEGDAELCyAAQSBqIQAgB0EBaiEHDAELCwVBACEGA0AgBCAGSgRAIAIgBmwgCmohFEEAIQcDQCAHQQhIBEAgB0ECdCAAaiAHIA1IBH0gAyAHbCAUaioCAAVDAAAAAAs4AgAgB0EBaiEHDAELCyAAQSBqIQAgBkEBaiEGDAELCwsLIAlBCGohCQwBCwsLBQBB4AILBgAgACQAC+4NA0J7E38FfSADQQJ0IUwDQCACIEtKBEAgSyBMbCJOIABqIUkgASBOaiFK/QwAAID/AACA/wAAgP8AAID/IQb9DAAAAAAAAAAAAAAAAAAAAAAhCEEAIUcDQCADIEdBBGoiT04EQCAGIEdBAnQgSmr9AAQAIhf96wEhBiAIIBcgF/1C/VAhCCBPIUcMAQsLQwAAwH8gBv0fACAG/R8BlyAG/R8CIAb9HwOXlyAI/VMbIVoDQCADIEdKBEAgR0ECdCBKaioCACBalyFaIEdBAWohRwwBCwsgWiJb/RMhGP0MAAAAAAAAAAAAAAAAAAAAACIGIQlBACFHA0AgAyBHQRBqTgRAQYCCBP0JAgAiGSBHQQJ0Ik0gSmoiUP0ABAAgGP3lASIaQfyBBP0JAgAiD/3mAf3kASIbQRf9qwEhHEGcggT9CQIAIhBBmIIE/QkCACIRQZSCBP0JAgAiEkGQggT9CQIAIhNBjIIE/QkCACIUIBogGyAZ/eUBIh1BhIIE/QkCACIV/eYB/eQBIB1BiIIE/QkCAP3mAf3kASIe/eYB/eQBIB795gH95AEgHv3mAf3kASAe/eYB/eQBIR8gHCAeIBz95gEgH/3mAf3kASAaQaCCBP0JAgAiFv1D/U8hICAZIFD9AAQQIBj95QEiISAP/eYB/eQBIiJBF/2rASEjIBAgESASIBMgFCAhICJBgIIE/QkCAP3lASIkIBX95gH95AEgJEGIggT9CQIA/eYB/eQBIiX95gH95AEgJf3mAf3kASAl/eYB/eQBICX95gH95AEhJiAjICUgI/3mASAm/eYB/eQBICEgFv1D/U8hJyAZIFD9AAQgIBj95QEiKCAP/eYB/eQBIilBF/2rASEqIBAgESASIBMgFCAoIClBgIIE/QkCAP3lASIrIBX95gH95AEgK0GIggT9CQIA/eYB/eQBIiz95gH95AEgLP3mAf3kASAs/eYB/eQBICz95gH95AEhLSAqICwgKv3mASAt/eYB/eQBICggFv1D/U8hLiAZIFD9AAQwIBj95QEiLyAP/eYB/eQBIjBBF/2rASExIBAgESASIBMgFCAvIDBBgIIE/QkCAP3lASIyIBX95gH95AEgMkGIggT9CQIA/eYB/eQBIjP95gH95AEgM/3mAf3kASAz/eYB/eQBIDP95gH95AEhNCAxIDMgMf3mASA0/eYB/eQBIC8gFv1D/U8hNSAERQRAIEkgTWoiUSAg/QsEACBRICf9CwQQIFEgLv0LBCAgUSA1/QsEMAsgBiAgICf95AH95AEhBiAJIC4gNf3kAf3kASEJIEdBEGohRwwBCwsgBiAJ/eQBIQYDQCADIEdBBGpOBEBBgIIE/QkCACI2IEdBAnQiUiBKav0ABAAgGP3lASI3QfyBBP0JAgD95gH95AEiOEEX/asBITlBnIIE/QkCAEGYggT9CQIAQZSCBP0JAgBBkIIE/QkCAEGMggT9CQIAIDcgOCA2/eUBIjpBhIIE/QkCAP3mAf3kASA6QYiCBP0JAgD95gH95AEiO/3mAf3kASA7/eYB/eQBIDv95gH95AEgO/3mAf3kASE8IDkgOyA5/eYBIDz95gH95AEgN0GgggT9CQIA/UP9TyE9IARFBEAgSSBSaiA9/QsEAAsgBiA9/eQBIQYgR0EEaiFHDAELCyAG/R8AIAb9HwGSIAb9HwIgBv0fA5KSIVoDQCADIEdKBEBBgIIE/QkCACI+IEdBAnQiUyBKaioCACBbk/0TIj9B/IEE/QkCAP3mAf3kASJAQRf9qwEhQUGcggT9CQIAQZiCBP0JAgBBlIIE/QkCAEGQggT9CQIAQYyCBP0JAgAgPyBAID795QEiQkGEggT9CQIA/eYB/eQBIEJBiIIE/QkCAP3mAf3kASJD/eYB/eQBIEP95gH95AEgQ/3mAf3kASBD/eYB/eQBIUQgQSBDIEH95gEgRP3mAf3kASA/QaCCBP0JAgD9Q/1P/R8AIVwgBEUEQCBJIFNqIFw4AgALIFogXJIhWiBHQQFqIUcMAQsLIAQEQCBa/RMQAiFFQQAhRwNAIAMgR0EEaiJUTgRAIEdBAnQiVSBJaiBKIFVq/QAEACAY/eUBIEX95QH9CwQAIFQhRwwBCwsgRf0fACFdA0AgAyBHSgRAIEdBAnQiViBJaiBKIFZqKgIAIFuTIF2TOAIAIEdBAWohRwwBCwsFQwAAgD8gWpX9EyFGQQAhRwNAIAMgR0EEaiJXTgRAIEdBAnQgSWoiWCBY/QAEACBG/eYB/QsEACBXIUcMAQsLIEb9HwAhXgNAIAMgR0oEQCBHQQJ0IElqIlkgWSoCACBelDgCACBHQQFqIUcMAQsLCyBLQQFqIUsMAQsLC5QKAjV7CX8CQAJAAkACQAJAIAAOBAECAwQACwALIAIhOQNAIDkgOEEQak4EQCADIDhBAnQgAWoiOv0ABAAiCP2uASEDIAYgOv0ABBAiCf2uASEGIAQgOv0ABCAiCv2uASEEIAcgOv0ABDAiC/2uASEHIDhBEGohOAwBCwsDQCA5IDhBBGpOBEAgAyA4QQJ0IAFq/QAEACIM/a4BIQMgOEEEaiE4DAELCyADIAb9rgEiDSAEIAf9rgEiDv2uASIPIA/9DQgJCgsMDQ4PAAECAwQFBgchECAPIBD9rgEiESAR/Q0EBQYHAAECAwwNDg8ICQoLIRIgESAS/a4BIQMDQCA4IDlIBEAgAyA4QQJ0IAFq/VwCACIT/a4BIQMgOEEBaiE4DAELCyAD/RsADwsgAiE7/QwBAAAAAQAAAAEAAAABAAAAIgMhBv0MAQAAAAEAAAABAAAAAQAAACEE/QwBAAAAAQAAAAEAAAABAAAAIQcDQCA7IDhBEGpOBEAgAyA4QQJ0IAFqIjz9AAQAIhT9tQEhAyAGIDz9AAQQIhX9tQEhBiAEIDz9AAQgIhb9tQEhBCAHIDz9AAQwIhf9tQEhByA4QRBqITgMAQsLA0AgOyA4QQRqTgRAIAMgOEECdCABav0ABAAiGP21ASEDIDhBBGohOAwBCwsgAyAG/bUBIhkgBCAH/bUBIhr9tQEiGyAb/Q0ICQoLDA0ODwABAgMEBQYHIRwgGyAc/bUBIh0gHf0NBAUGBwABAgMMDQ4PCAkKCyEeIB0gHv21ASEDA0AgOCA7SARAIAMgOEECdCABav1cAgAiH/21ASEDIDhBAWohOAwBCwsgA/0bAA8LIAIhPf0MAAAAgAAAAIAAAACAAAAAgCIDIQb9DAAAAIAAAACAAAAAgAAAAIAhBP0MAAAAgAAAAIAAAACAAAAAgCEHA0AgPSA4QRBqTgRAIAMgOEECdCABaiI+/QAEACIg/bgBIQMgBiA+/QAEECIh/bgBIQYgBCA+/QAEICIi/bgBIQQgByA+/QAEMCIj/bgBIQcgOEEQaiE4DAELCwNAID0gOEEEak4EQCADIDhBAnQgAWr9AAQAIiT9uAEhAyA4QQRqITgMAQsLIAMgBv24ASIlIAQgB/24ASIm/bgBIicgJ/0NCAkKCwwNDg8AAQIDBAUGByEoICcgKP24ASIpICn9DQQFBgcAAQIDDA0ODwgJCgshKiApICr9uAEhAwNAIDggPUgEQCADIDhBAnQgAWr9XAIAIiv9uAEhAyA4QQFqITgMAQsLIAP9GwAPCyACIT/9DP///3////9/////f////38iAyEG/Qz///9/////f////3////9/IQT9DP///3////9/////f////38hBwNAID8gOEEQak4EQCADIDhBAnQgAWoiQP0ABAAiLP22ASEDIAYgQP0ABBAiLf22ASEGIAQgQP0ABCAiLv22ASEEIAcgQP0ABDAiL/22ASEHIDhBEGohOAwBCwsDQCA/IDhBBGpOBEAgAyA4QQJ0IAFq/QAEACIw/bYBIQMgOEEEaiE4DAELCyADIAb9tgEiMSAEIAf9tgEiMv22ASIzIDP9DQgJCgsMDQ4PAAECAwQFBgchNCAzIDT9tgEiNSA1/Q0EBQYHAAECAwwNDg8ICQoLITYgNSA2/bYBIQMDQCA4ID9IBEAgAyA4QQJ0IAFq/VwCACI3/bYBIQMgOEEBaiE4DAELCyAD/RsAC7wIAil7B38CQAJAAkACQAJAIAAOBAECAwQACwALIAEgAhALDwsgAiEt/QwAAIA/AACAPwAAgD8AAIA/IgMhBv0MAACAPwAAgD8AAIA/AACAPyEE/QwAAIA/AACAPwAAgD8AAIA/IQcDQCAtICxBEGpOBEAgLEECdCABaiIu/QAEACEIIAMgCP3mASEDIC79AAQQIQkgBiAJ/eYBIQYgLv0ABCAhCiAEIAr95gEhBCAu/QAEMCELIAcgC/3mASEHICxBEGohLAwBCwsDQCAtICxBBGpOBEAgLEECdCABav0ABAAhDCADIAz95gEhAyAsQQRqISwMAQsLIAMgBv3mASENIAQgB/3mASEOIA0gDv3mASIPIA/9DQgJCgsMDQ4PAAECAwQFBgchECAPIBD95gEiESAR/Q0EBQYHAAECAwwNDg8ICQoLIRIgESAS/eYBIQMDQCAsIC1IBEAgLEECdCABav1cAgAhEyADIBP95gEhAyAsQQFqISwMAQsLIAP9HwAPCyACIS/9DAAAgP8AAID/AACA/wAAgP8iAyEG/QwAAID/AACA/wAAgP8AAID/IQT9DAAAgP8AAID/AACA/wAAgP8hBwNAIC8gLEEQak4EQCAsQQJ0IAFqIjD9AAQAIRQgAyAU/ekBIQMgMP0ABBAhFSAGIBX96QEhBiAw/QAEICEWIAQgFv3pASEEIDD9AAQwIRcgByAX/ekBIQcgLEEQaiEsDAELCwNAIC8gLEEEak4EQCAsQQJ0IAFq/QAEACEYIAMgGP3pASEDICxBBGohLAwBCwsgAyAG/ekBIRkgBCAH/ekBIRogGSAa/ekBIhsgG/0NCAkKCwwNDg8AAQIDBAUGByEcIBsgHP3pASIdIB39DQQFBgcAAQIDDA0ODwgJCgshHiAdIB796QEhAwNAICwgL0gEQCAsQQJ0IAFq/VwCACEfIAMgH/3pASEDICxBAWohLAwBCwsgA/0fAA8LIAIhMf0MAACAfwAAgH8AAIB/AACAfyIDIQb9DAAAgH8AAIB/AACAfwAAgH8hBP0MAACAfwAAgH8AAIB/AACAfyEHA0AgMSAsQRBqTgRAICxBAnQgAWoiMv0ABAAhICADICD96AEhAyAy/QAEECEhIAYgIf3oASEGIDL9AAQgISIgBCAi/egBIQQgMv0ABDAhIyAHICP96AEhByAsQRBqISwMAQsLA0AgMSAsQQRqTgRAICxBAnQgAWr9AAQAISQgAyAk/egBIQMgLEEEaiEsDAELCyADIAb96AEhJSAEIAf96AEhJiAlICb96AEiJyAn/Q0ICQoLDA0ODwABAgMEBQYHISggJyAo/egBIikgKf0NBAUGBwABAgMMDQ4PCAkKCyEqICkgKv3oASEDA0AgLCAxSARAICxBAnQgAWr9XAIAISsgAyAr/egBIQMgLEEBaiEsDAELCyAD/R8AC7QDARJ/AkAgBiEOIABBBEYEQCABIQkgDkECdCEPQQAhBgNAIAMgBkoEQCAPIAQgBmxsIAJqIRBBACEKA0AgBSAKSgRAQQAhACAKQQJ0IBBqIhEoAgAhC0EBIQcDQCAEIAdKBEAgByAPbCARaigCACISIAtKBEAgEiELIAchAAsgB0EBaiEHDAELCyAJIAA2AgAgCUEEaiEJIApBAWohCgwBCwsgBkEBaiEGDAELCwwBCyAAQQVGBEAgASEJIA5BAnQhE0EAIQYDQCADIAZKBEAgEyAEIAZsbCACaiEUQQAhCgNAIAUgCkoEQEEAIQAgCkECdCAUaiIVKAIAIQtBASEHA0AgBCAHSgRAIAcgE2wgFWooAgAhFiALIBZKBEAgFiELIAchAAsgB0EBaiEHDAELCyAJIAA2AgAgCUEEaiEJIApBAWohCgwBCwsgBkEBaiEGDAELCwwBCyAEIA5sQQJ0IRcDQCADIAdKBEAgByAXbCACaiEYIA5BAUYEQCAHQQJ0IAFqIAAgGCAEEBE2AgAFIAAgBSAHbEECdCABaiAYIAQgBSAOEBULIAdBAWohBwwBCwsLC+IDAg5/BH0CQCAGIQwgAEEERgRAIAEhCSAMQQJ0IQ1BACEGA0AgAyAGSgRAIA0gBCAGbGwgAmohDkEAIQcDQCAFIAdKBEAgCQJ/QQAhAEEAIAdBAnQgDmoiDyoCACIVIBVcDQAaQQEhAQNAIAEgBEgEQCABIA1sIA9qKgIAIhcgFV4EQCAXIRUgASEABSABIBcgF1wNAxoLIAFBAWohAQwBCwsgAAs2AgAgCUEEaiEJIAdBAWohBwwBCwsgBkEBaiEGDAELCwwBCyAAQQVGBEAgASEJIAxBAnQhEEEAIQYDQCADIAZKBEAgECAEIAZsbCACaiERQQAhBwNAIAUgB0oEQCAJAn9BACEAQQAgB0ECdCARaiISKgIAIhUgFVwNABpBASEBA0AgASAESARAIAEgEGwgEmoqAgAhGCAVIBheBEAgGCEVIAEhAAUgASAYIBhcDQMaCyABQQFqIQEMAQsLIAALNgIAIAlBBGohCSAHQQFqIQcMAQsLIAZBAWohBgwBCwsMAQsgBCAMbEECdCETA0AgAyAHSgRAIAcgE2wgAmohFCAMQQFGBEAgB0ECdCABaiAAIBQgBBASOAIABSAAIAUgB2xBAnQgAWogFCAEIAUgDBAWCyAHQQFqIQcMAQsLCwuQDAILeyR/AkACQAJAAkACQAJAIAAOBAECAwQACwALIAEhFSAFQQJ0IRYDQCAEIBFBBGpOBEAgEUECdCACaiEX/QwAAAAAAAAAAAAAAAAAAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiGCADIBhIGyEZ/QwAAAAAAAAAAAAAAAAAAAAAIQYgACEFA0AgBSAZSARAIAYgBSAWbCAXav0ABAAiCf2uASEGIAVBAWohBQwBCwsgByAG/a4BIQcgAEGAAmohAAwBCwsgEUECdCAVaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohGv0MAAAAAAAAAAAAAAAAAAAAACEHQQAhAANAIAAgA0gEQCADIABBgAJqIhsgAyAbSBshHP0MAAAAAAAAAAAAAAAAAAAAACEGIAAhBQNAIAUgHEgEQCAGIAUgFmwgGmr9XAIAIgr9rgEhBiAFQQFqIQUMAQsLIAcgBv2uASEHIABBgAJqIQAMAQsLIBFBAnQgFWogB/0bADYCACARQQFqIREMAQsLDAMLIAEhHSAFQQJ0IR4DQCAEIBFBBGpOBEAgEUECdCACaiEf/QwBAAAAAQAAAAEAAAABAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiICADICBIGyEh/QwBAAAAAQAAAAEAAAABAAAAIQYgACEFA0AgBSAhSARAIAYgBSAebCAfav0ABAAiC/21ASEGIAVBAWohBQwBCwsgByAG/bUBIQcgAEGAAmohAAwBCwsgEUECdCAdaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohIv0MAQAAAAEAAAABAAAAAQAAACEHQQAhAANAIAAgA0gEQCADIABBgAJqIiMgAyAjSBshJP0MAQAAAAEAAAABAAAAAQAAACEGIAAhBQNAIAUgJEgEQCAGIAUgHmwgImr9XAIAIgz9tQEhBiAFQQFqIQUMAQsLIAcgBv21ASEHIABBgAJqIQAMAQsLIBFBAnQgHWogB/0bADYCACARQQFqIREMAQsLDAILIAEhJSAFQQJ0ISYDQCAEIBFBBGpOBEAgEUECdCACaiEn/QwAAACAAAAAgAAAAIAAAACAIQdBACEAA0AgACADSARAIAMgAEGAAmoiKCADIChIGyEp/QwAAACAAAAAgAAAAIAAAACAIQYgACEFA0AgBSApSARAIAYgBSAmbCAnav0ABAAiDf24ASEGIAVBAWohBQwBCwsgByAG/bgBIQcgAEGAAmohAAwBCwsgEUECdCAlaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohKv0MAAAAgAAAAIAAAACAAAAAgCEHQQAhAANAIAAgA0gEQCADIABBgAJqIisgAyArSBshLP0MAAAAgAAAAIAAAACAAAAAgCEGIAAhBQNAIAUgLEgEQCAGIAUgJmwgKmr9XAIAIg79uAEhBiAFQQFqIQUMAQsLIAcgBv24ASEHIABBgAJqIQAMAQsLIBFBAnQgJWogB/0bADYCACARQQFqIREMAQsLDAELIAEhLSAFQQJ0IS4DQCAEIBFBBGpOBEAgEUECdCACaiEv/Qz///9/////f////3////9/IQdBACEAA0AgACADSARAIAMgAEGAAmoiMCADIDBIGyEx/Qz///9/////f////3////9/IQYgACEFA0AgBSAxSARAIAYgBSAubCAvav0ABAAiD/22ASEGIAVBAWohBQwBCwsgByAG/bYBIQcgAEGAAmohAAwBCwsgEUECdCAtaiAH/QsEACARQQRqIREMAQsLA0AgBCARSgRAIBFBAnQgAmohMv0M////f////3////9/////fyEHQQAhAANAIAAgA0gEQCADIABBgAJqIjMgAyAzSBshNP0M////f////3////9/////fyEGIAAhBQNAIAUgNEgEQCAGIAUgLmwgMmr9XAIAIhD9tgEhBiAFQQFqIQUMAQsLIAcgBv22ASEHIABBgAJqIQAMAQsLIBFBAnQgLWogB/0bADYCACARQQFqIREMAQsLCwv2DAIQeyR/AkACQAJAAkACQAJAIAAOBAECAwQACwALIAEhGiAFQQJ0IRsDQCAEIBZBBGpOBEAgFkECdCACaiEc/QwAAAAAAAAAAAAAAAAAAAAAIQf9DAAAAAAAAAAAAAAAAAAAAAAhCUEAIQADQCAAIANIBEAgAyAAQYACaiIdIAMgHUgbIR79DAAAAAAAAAAAAAAAAAAAAAAhBiAAIQUDQCAFIB5IBEAgBSAbbCAcav0ABAAhCiAGIAr95AEhBiAFQQFqIQUMAQsLIAcgBiAJ/eUBIgv95AEiDCAH/eUBIAv95QEhCSAMIQcgAEGAAmohAAwBCwsgFkECdCAaaiAH/QsEACAWQQRqIRYMAQsLA0AgBCAWSgRAIBZBAnQgAmohH/0MAAAAAAAAAAAAAAAAAAAAACEH/QwAAAAAAAAAAAAAAAAAAAAAIQlBACEAA0AgACADSARAIAMgAEGAAmoiICADICBIGyEh/QwAAAAAAAAAAAAAAAAAAAAAIQYgACEFA0AgBSAhSARAIAUgG2wgH2r9XAIAIQ0gBiAN/eQBIQYgBUEBaiEFDAELCyAHIAYgCf3lASIO/eQBIg8gB/3lASAO/eUBIQkgDyEHIABBgAJqIQAMAQsLIBZBAnQgGmogB/0bADYCACAWQQFqIRYMAQsLDAMLIAEhIiAFQQJ0ISMDQCAEIBZBBGpOBEAgFkECdCACaiEk/QwAAIA/AACAPwAAgD8AAIA/IQdBACEAA0AgACADSARAIAMgAEGAAmoiJSADICVIGyEm/QwAAIA/AACAPwAAgD8AAIA/IQYgACEFA0AgBSAmSARAIAUgI2wgJGr9AAQAIRAgBiAQ/eYBIQYgBUEBaiEFDAELCyAHIAb95gEhByAAQYACaiEADAELCyAWQQJ0ICJqIAf9CwQAIBZBBGohFgwBCwsDQCAEIBZKBEAgFkECdCACaiEn/QwAAIA/AACAPwAAgD8AAIA/IQdBACEAA0AgACADSARAIAMgAEGAAmoiKCADIChIGyEp/QwAAIA/AACAPwAAgD8AAIA/IQYgACEFA0AgBSApSARAIAUgI2wgJ2r9XAIAIREgBiAR/eYBIQYgBUEBaiEFDAELCyAHIAb95gEhByAAQYACaiEADAELCyAWQQJ0ICJqIAf9GwA2AgAgFkEBaiEWDAELCwwCCyABISogBUECdCErA0AgBCAWQQRqTgRAIBZBAnQgAmohLP0MAACA/wAAgP8AAID/AACA/yEHQQAhAANAIAAgA0gEQCADIABBgAJqIi0gAyAtSBshLv0MAACA/wAAgP8AAID/AACA/yEGIAAhBQNAIAUgLkgEQCAFICtsICxq/QAEACESIAYgEv3pASEGIAVBAWohBQwBCwsgByAG/ekBIQcgAEGAAmohAAwBCwsgFkECdCAqaiAH/QsEACAWQQRqIRYMAQsLA0AgBCAWSgRAIBZBAnQgAmohL/0MAACA/wAAgP8AAID/AACA/yEHQQAhAANAIAAgA0gEQCADIABBgAJqIjAgAyAwSBshMf0MAACA/wAAgP8AAID/AACA/yEGIAAhBQNAIAUgMUgEQCAFICtsIC9q/VwCACETIAYgE/3pASEGIAVBAWohBQwBCwsgByAG/ekBIQcgAEGAAmohAAwBCwsgFkECdCAqaiAH/RsANgIAIBZBAWohFgwBCwsMAQsgASEyIAVBAnQhMwNAIAQgFkEEak4EQCAWQQJ0IAJqITT9DAAAgH8AAIB/AACAfwAAgH8hB0EAIQADQCAAIANIBEAgAyAAQYACaiI1IAMgNUgbITb9DAAAgH8AAIB/AACAfwAAgH8hBiAAIQUDQCAFIDZIBEAgBSAzbCA0av0ABAAhFCAGIBT96AEhBiAFQQFqIQUMAQsLIAcgBv3oASEHIABBgAJqIQAMAQsLIBZBAnQgMmogB/0LBAAgFkEEaiEWDAELCwNAIAQgFkoEQCAWQQJ0IAJqITf9DAAAgH8AAIB/AACAfwAAgH8hB0EAIQADQCAAIANIBEAgAyAAQYACaiI4IAMgOEgbITn9DAAAgH8AAIB/AACAfwAAgH8hBiAAIQUDQCAFIDlIBEAgBSAzbCA3av1cAgAhFSAGIBX96AEhBiAFQQFqIQUMAQsLIAcgBv3oASEHIABBgAJqIQAMAQsLIBZBAnQgMmogB/0bADYCACAWQQFqIRYMAQsLCwvZCAM4fwZ7An0gAygCACADQQRqKAIAbCEgIANBCGooAgAhEyADQQxqKAIAIQUgA0EQaigCACEbIANBGGooAgAhHCADQSBqKAIAIR0gA0EoaigCACEMIANBMGooAgAhDSADQSxqKAIAIg4gA0EUaigCACIXQQFrbCADQRxqKAIAIglBAkZqISMgA0E0aigCACIKIiQgA0EkaigCACIQQQBKBH8gCSAQakEBayAJbQVBAAsiJSAkICVIGyEUIBAgBSAja2oiJkEASgR/IBQgCiAmQQFrIAltQQFqIicgCiAnSBsiKCAUIChKGwUgFAshISAbQQJGIgMEQCAXQQJGIQMLIAMEQCAcQQJGIQMLIAMEQCAJQQJGIQMLIAMEQCAdRSEDCyADBEAgEEUhAwsgAwRAIAxBAUYhAwsgAwRAIA5BAUYhAwsgAwRAIBMgDUEBdE4hAwsgBSAKQQF0TiADIAMbISIDQCAVICBIBEAgBSATIBVsbEECdCACaiEpAkAgIgRAICkgACABIAUgDSAKEBkMAQtBACERA0AgDSARSgRAIBEgHGwgHWsiAyAMIBtBAWtsakEBaiIqIBMgEyAqShshKwNAIANBAEgEQCADIAxqIQMMAQsLIAogEWxBAnQiLCAAaiEeIAEgLGohH0EAIQYDQCAGIApIBEACQCAhIAZBBGpOIAYgFE5xBEAgBkECdCItIB5qIS4gHyAtaiEv/QwAAID/AACA/wAAgP8AAID/IT0gBiAJbCAQayIwIAMgBWxq/RH9DAAAAAABAAAAAgAAAAMAAAAgCf0R/bUBIj/9rgEhPiADIQcDQCAHICtIBEBBACEIA0AgCCAXSARAIAggDmwgMGoiMSAFIAdsakECdCApaiEyIAlBAUYEeyAy/QAEAAUgCUECRgR7IDL9AAQAIDL9AAQQ/Q0AAQIDCAkKCxAREhMYGRobBSAy/QkCACAyIAlBAnQiM2oqAgD9IAEgM0EBdCAyaioCAP0gAiAzQQNsIDJqKgIA/SADCwsiQCA9IEAgPf1EIEAgQP1C/VAiQf1SIT0gMSAFIAdsav0RID/9rgEgPiBB/VIhPiAIQQFqIQgMAQsLIAcgDGohBwwBCwsgLiA9/QsEACAvID79CwQAIAZBA2ohBgwBCyAGIAlsIBBrIgcgDiAXQQFrbGpBAWoiNCAFIAUgNEobITUDQCAHQQBIBEAgByAOaiEHDAELCyAGQQJ0IjYgHmohNyAfIDZqITggNSE5QwAAgP8hQiAHIAMgBWxqIRIgAyEEA0AgBCArSARAIAchCANAIAggOUgEQCAIIAQgBWxqIjpBAnQgKWoqAgAiQyBDXCBCIENdcgRAIEMhQiA6IRILIAggDmohCAwBCwsgBCAMaiEEDAELCyA3IEI4AgAgOCASNgIACyAGQQFqIQYMAQsLIBFBAWohEQwBCwsLIAogDWxBAnQiOyABaiEBIAAgO2ohACAVQQFqIRUMAQsLC6sBAQZ/IANBMGooAgAgA0E0aigCAGwhBSAAQQAgAygCACADQQRqKAIAbCIGIANBCGooAgAgA0EMaigCAGwiB2xBAnT8CwBBACEDA0AgAyAGSARAIAMgB2xBAnQgAGohCEEAIQQDQCAEIAVIBEAgAigCAEECdCAIaiIJIAkqAgAgASoCAJI4AgAgAUEEaiEBIAJBBGohAiAEQQFqIQQMAQsLIANBAWohAwwBCwsLxAUDHn8VewJ9A0AgBCALSgRAIAMgC0EBdGwiE0ECdCAAaiIUIANBAnRqIRUgBSALbEECdCIWIAFqIQ5BACEHIAVBBE4iBgRAIAMgBUEBdE4hBgsgAiAWaiEPA0AgBSAHSkEAIAYbBEAgBUEEayAHIAUgB0EEakgbIhdBA3QiGCAUaiEZIBUgGGoiGv0ABAAhKCAa/QAEECEpIBn9AAQAIiogGf0ABBAiK/0NAAECAwgJCgsQERITGBkaGyEsIBdBAXQiGyATaiIc/RH9DAAAAAACAAAABAAAAAYAAAD9rgEhLSAqICv9DQQFBgcMDQ4PFBUWFxwdHh8iLiAs/UQgLiAu/UL9UCEvIC4gLCAv/VIhMCAcQQFq/RH9DAAAAAACAAAABAAAAAYAAAD9rgEgLSAv/VIhMSAoICn9DQABAgMICQoLEBESExgZGhsiMiAw/UQgMiAy/UL9UCEzIDIgMCAz/VIhNCADIBNqIBtqIh39Ef0MAAAAAAIAAAAEAAAABgAAAP2uASAxIDP9UiE1IB1BAWr9Ef0MAAAAAAIAAAAEAAAABgAAAP2uASA1ICggKf0NBAUGBwwNDg8UFRYXHB0eHyI2IDT9RCA2IDb9Qv1QIjf9UiE4IBdBAnQiHiAOaiA2IDQgN/1S/QsEACAPIB5qIDj9CwQAIBdBBGohBwwBCwsDQCAFIAdKBEAgB0ECdCIfIA5qISAgDyAfaiEQIAtBAXQiBkECaiERIAdBAXQiISEiICFBAmohEkMAAID/ITkgIiADIAZsaiEIA0AgBiARSARAICIhCQNAIAkgEkgEQCAJIAMgBmxqIiNBAnQgAGoqAgAiOiA6XCA5IDpdcgRAICMhCCA6ITkLIAlBAWohCQwBCwsgBkEBaiEGDAELCyAgIDk4AgAgECAINgIAIAdBAWohBwwBCwsgC0EBaiELDAELCwveAwIefwJ9IAAhEiABIRMgAigCACACQQRqKAIAbCEUIAJBCGooAgAhCCACQQxqKAIAIQQgAkEQaigCACEVIAJBFGooAgAhFiACQRhqKAIAIRcgAkEcaigCACEYIAJBIGooAgAhCyACQSRqKAIAIQwgAkEwaigCACENIAJBNGooAgAhDgNAIAUgFEgEQCAEIAUgCGxsQQJ0IBNqIRlBACEGA0AgBiANSARAIBUgBiAXbCALayIJaiIaIAggC2oiGyAaIBtIGyEKQQAhBwNAIAcgDkgEQCAKIAlrIBYgByAYbCAMayIcaiIdIAQgDGoiHiAdIB5IGyIfIBxrbCEgIAcgDiAGIAUgDWxqbGpBAnQgEmohDwJAIBxBACAcQQBKGyIhIB8gBCAEIB9KGyIQTiAJQQAgCUEAShsiASAKIAggCCAKShsiEU5yBEAgD0MAAAAAOAIADAELICAgESABayAQICFrbCADG7IhI0MAAAAAISIDQCABIBFIBEAgISECA0AgAiAQSARAICIgAiABIARsakECdCAZaioCAJIhIiACQQFqIQIMAQsLIAFBAWohAQwBCwsgDyAiICOVOAIACyAHQQFqIQcMAQsLIAZBAWohBgwBCwsgBUEBaiEFDAELCwvWAwIgfwF9IAEhEiAAIRMgAkEQaigCACEUIAJBFGooAgAhFSACQRhqKAIAIRYgAkEcaigCACEXIAJBIGooAgAhDCACQSRqKAIAIQ0gAkEwaigCACEOIAJBNGooAgAhDyAAQQAgAkEMaigCACIEIAJBCGooAgAiCCACKAIAIAJBBGooAgBsIhhsbEECdPwLAANAIAUgGEgEQCAEIAUgCGxsQQJ0IBNqIRlBACEGA0AgBiAOSARAIBQgBiAWbCAMayIJaiIaIAggDGoiGyAaIBtIGyEKQQAhBwNAIAcgD0gEQCAKIAlrIBUgByAXbCANayIcaiIdIAQgDWoiHiAdIB5IGyIfIBxrbCEgIBxBACAcQQBKGyIiIB8gBCAEIB9KGyIQTiAJQQAgCUEAShsiASAKIAggCCAKShsiEU5yRQRAIAcgDyAGIAUgDmxqbGpBAnQgEmohISAhKgIAICAgESABayAQICJrbCADG7KVISQDQCABIBFIBEAgIiECA0AgAiAQSARAIAIgASAEbGpBAnQgGWoiIyAjKgIAICSSOAIAIAJBAWohAgwBCwsgAUEBaiEBDAELCwsgB0EBaiEHDAELCyAGQQFqIQYMAQsLIAVBAWohBQwBCwsLhAMDB38Lewd9IAhBAXEhCiAIQQJxQQBHIQsgCEEEcUEARyEMIAhBCHFBAEchDSAEjCIc/RMhEyAG/RMhFCAF/RMhEiAH/RMhFUEAIQgDQCADIAhBBGpOBEAgACAIQQJ0Ig5q/QAEACEWIAEgDmr9AAQAIhf94QEgFyANGyIYIBYgFf3mAf3kASAYIAdDAAAAAFwbIRkgACAOaiAWIAoEeyACIA5qIAsEeyAZBSACIA5q/QAEACAS/eYBIBkgFP3mAf3kAQsiGv0LBAAgGSAaIBL95gH95AEgGiAMGwUgGQsgE/3mAf3kAf0LBAAgCEEEaiEIDAELCwNAIAMgCEoEQCAAIAhBAnQiD2oqAgAhHSABIA9qKgIAIh6MIB4gDRsiHyAdIAeUkiAfIAdDAAAAAFwbISAgACAPaiAdIAoEfSACIA9qIAsEfSAgBSACIA9qKgIAIAWUICAgBpSSCyIhOAIAICAgISAFlJIgISAMGwUgIAsgHJSSOAIAIAhBAWohCAwBCwsLyQUCDH8KewNAIAQgCEoEQCACIAhsIAFqIQkgAkEERkEEIAQgCGsiDCAMQQRKGyIKQQRGcQRAQQAhBgNAIAUgBkoEQCAAIAMgBmwgCWr9AAQA/QsEACAAQRBqIQAgBkEBaiEGDAELCwUgA0EERiAKQQRGcQRAQQAhBgNAIAUgBkEEaiINTgRAIAAgBkECdCAJaiIO/QAEACIYIAIgDmr9AAQAIhn9DQABAgMQERITBAUGBxQVFhciFCACQQF0IA5q/QAEACIVIAJBA2wgDmr9AAQAIhb9DQABAgMQERITBAUGBxQVFhciF/0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEQaiAUIBf9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBIGogGCAZ/Q0ICQoLGBkaGwwNDg8cHR4fIhogFSAW/Q0ICQoLGBkaGwwNDg8cHR4fIhv9DQABAgMEBQYHEBESExQVFhf9CwQAIABBMGogGiAb/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAQUBrIQAgDSEGDAELCwNAIAUgBkoEQCAAIAZBAnQgCWoiDyoCADgCACAAIAIgD2oqAgA4AgQgACACQQF0IA9qKgIAOAIIIAAgAkEDbCAPaioCADgCDCAAQRBqIQAgBkEBaiEGDAELCwUgCkEERgRAQQAhBgNAIAUgBkoEQCAAIAMgBmwgCWoiECoCADgCACAAIAIgEGoqAgA4AgQgACACQQF0IBBqKgIAOAIIIAAgAkEDbCAQaioCADgCDCAAQRBqIQAgBkEBaiEGDAELCwVBACEHA0AgBSAHSgRAIAMgB2wgCWohEUEAIQYDQCAGQQRIBEAgBkECdCAAaiAGIApIBH0gAiAGbCARaioCAAVDAAAAAAs4AgAgBkEBaiEGDAELCyAAQRBqIQAgB0EBaiEHDAELCwsLCyAIQQRqIQgMAQsLC6cFAxB7DX8BfQNAIAAgGUoEQCAPIAH9AAQAIgkgCf0NAAECAwABAgMAAQIDAAECAyIVIAL9AAQAIhP95gH95AEhDyALIBUgAv0ABBAiFP3mAf3kASELIBAgCSAJ/Q0EBQYHBAUGBwQFBgcEBQYHIhYgE/3mAf3kASEQIAwgFiAU/eYB/eQBIQwgESAJIAn9DQgJCgsICQoLCAkKCwgJCgsiFyAT/eYB/eQBIREgDSAXIBT95gH95AEhDSASIAkgCf0NDA0ODwwNDg8MDQ4PDA0ODyIYIBP95gH95AEhEiAOIBggFP3mAf3kASEOIAFBEGohASACIANqIQIgGUEBaiEZDAELCwJAIAdBCEYgBkEERnEEQCAEIAgEeyALIAT9AAQQ/eQBIQsgDyAE/QAEAP3kAQUgDwv9CwQAIAQgC/0LBBAgBCAFaiIbIAgEeyAMIBv9AAQQ/eQBIQwgECAb/QAEAP3kAQUgEAv9CwQAIBsgDP0LBBAgBUEBdCAEaiIcIAgEeyANIBz9AAQQ/eQBIQ0gESAc/QAEAP3kAQUgEQv9CwQAIBwgDf0LBBAgBUEDbCAEaiIdIAgEeyAOIB39AAQQ/eQBIQ4gEiAd/QAEAP3kAQUgEgv9CwQAIB0gDv0LBBAMAQsjAEGgAWoiHiAP/QsEACAeIAv9CwQQIB5BIGoiHyAQ/QsEACAfIAz9CwQQIB5BQGsiICAR/QsEACAgIA39CwQQIB5B4ABqIiEgEv0LBAAgISAO/QsEEEEAIQIDQCACIAZIBEAgAiAFbCAEaiEiIAJBBXQgHmohI0EAIQEDQCABIAdIBEAgAUECdCIkICNqKgIAISYgIiAkaiIlIAgEfSAlKgIAICaSBSAmCzgCACABQQFqIQEMAQsLIAJBAWohAgwBCwsLCwcAQYCAgAELBgBBgIAICwQAQQQL6QUBHH8gEyASayIbQQBMIBEgEGsiGUEATHIEQA8LIAVBAnQhFSALQQFGIAlBAUZxIAZBwABOcSAEQSBMcSAEIAVsQYDAAExxISMgDEEBRiIFBEAgGUEgTCEFCyAIQQJ0IRogCUECdCEgIAtBAnQhFiAMQQJ0IRdBACELA0AgAyALSgRAIAcgC2xBAnQgAWogECAabGohISAKIAtsQQJ0IAJqIBIgF2xqIRwgDwR/IAAFIBUgBCALbGwgAGoLIBAgFWxqIBJBAnRqIR0gC0EASkEAIA8bIR4CQCAGRQRAIB5FBEBBACEIA0AgCCAZSARAIAggFWwgHWpBACAbQQJ0/AsAIAhBAWohCAwBCwsLDAELICMEQCAdIBUgISAaIBwgFyAZIBsgBiAeECMMAQtBACEJA0AgCSAbSARAQYAQIBsgCWsiJyAnQYAQShshKEEAIQgDQCAGIAhKBEBBgAIgBiAIayIpIClBgAJKGyEqIAUEQCAoIChBCG9rISsgKCArSgRAIA4gCCAWbCAcaiAXIAkgK2psaiAWIBcgKiAoICtrEA0LBSAOIAggFmwgHGogCSAXbGogFiAXICogKBANC0EAIRgDQCAYIBlIBEAgDSAYIBpsICFqIAggIGxqIBogIEGAASAZIBhrIiwgLEGAAUobIiIgKhAdQQAhEQNAIBEgKEgEQEEIICggEWsiLSAtQQhKGyIuQQhGIAUgBRsiLwR/IAggFmwgHGogCSARakECdGoFIAUEfyAOBSARICpsQQJ0IA5qCwshJCAWQSAgLxshJUEAIRQDQCAUICJIBEAgKiAUICpsQQJ0IA1qICQgJSAVIBQgGGpsIB1qIAkgEWpBAnRqIBVBBCAiIBRrIiYgJkEEShsgLkEBIB4gCEEAShsQHiAUQQRqIRQMAQsLIBFBCGohEQwBCwsgGEGAAWohGAwBCwsgCEGAAmohCAwBCwsgCUGAEGohCQwBCwsLIAtBAWohCwwBCwsLuAkDFnsYfw99IAhBfHEhJwNAIAYgIkECak4EQCADIAMgImwgAmoiJWohJkEAISMDQCAHICNBBGpOBEAgBSAFIAUgBSAjbCAEaiIraiIoaiIpaiEq/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhD/0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRH9DAAAAAAAAAAAAAAAAAAAAAAhEkEAISEDQCAhICdIBEAgCiAlICFBAnQiLGr9AAQAIhMgKyAsav0ABAAiFf3mAf3kASEKIA8gJiAsav0ABAAiFCAV/eYB/eQBIQ8gDCATICggLGr9AAQAIhb95gH95AEhDCAQIBQgFv3mAf3kASEQIA0gEyApICxq/QAEACIX/eYB/eQBIQ0gESAUIBf95gH95AEhESAOIBMgKiAsav0ABAAiGP3mAf3kASEOIBIgFCAY/eYB/eQBIRIgIUEEaiEhDAELCyAK/R8AIAr9HwGSIAr9HwIgCv0fA5KSITkgDCIZ/R8AIBn9HwGSIBn9HwIgGf0fA5KSITogDSIa/R8AIBr9HwGSIBr9HwIgGv0fA5KSITsgDiIb/R8AIBv9HwGSIBv9HwIgG/0fA5KSITwgDyIc/R8AIBz9HwGSIBz9HwIgHP0fA5KSIT0gECId/R8AIB39HwGSIB39HwIgHf0fA5KSIT4gESIe/R8AIB79HwGSIB79HwIgHv0fA5KSIT8gEiIf/R8AIB/9HwGSIB/9HwIgH/0fA5KSIUAgJyEgA0AgCCAgSgRAIDkgJSAgQQJ0Ii1qKgIAIkUgKyAtaioCACJBlJIhOSA6IEUgKCAtaioCACJClJIhOiA7IEUgKSAtaioCACJDlJIhOyA8IEUgKiAtaioCACJElJIhPCA9ICYgLWoqAgAiRiBBlJIhPSA+IEYgQpSSIT4gPyBGIEOUkiE/IEAgRiBElJIhQCAgQQFqISAMAQsLIAEgASAibCAAaiAjQQJ0aiIuaiEvIC4gCQR9IC4qAgAgOZIFIDkLOAIAIC5BBGoiMCAJBH0gMCoCACA6kgUgOgs4AgAgLkEIaiIxIAkEfSAxKgIAIDuSBSA7CzgCACAuQQxqIjIgCQR9IDIqAgAgPJIFIDwLOAIAIC8gCQR9IC8qAgAgPZIFID0LOAIAIC9BBGoiMyAJBH0gMyoCACA+kgUgPgs4AgAgL0EIaiI0IAkEfSA0KgIAID+SBSA/CzgCACAvQQxqIjUgCQR9IDUqAgAgQJIFIEALOAIAICNBBGohIwwBCwsDQCAHICNKBEAgI0ECdCI2IAEgImwgAGpqICUgBSAjbCAEaiI3IAggCRAMIAEgIkEBamwgAGogNmogJiA3IAggCRAMICNBAWohIwwBCwsgIkECaiEiDAELCwNAIAYgIkoEQEEAISADQCAHICBKBEAgASAibCAAaiAgQQJ0aiADICJsIAJqIAUgIGwgBGogCCAJEAwgIEEBaiEgDAELCyAiQQFqISIMAQsLC44CAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAAIA8gCkECdCITIAJqKAIAbCAHamoiFCAUKAIAIAEgE2ooAgBqNgIAIAVBAWshCQNAIAlBAE4EQAJAIAMgCUECdCIVaigCACENIAYgCUYEf0EABSAEIBVqKAIAQQJ0CyEOIA0gCyAVaiIQKAIAQQFqIhFKBEAgECARNgIAIAcgDmohBwwBCyALIBVqQQA2AgAgByANQQFrIA5sayEHIAlBAWshCQwCCwsLIApBAWohCgwBCwsLjgIBD38jACELQQEhDANAIAUgB0oEQCAHQQJ0IhIgA2ooAgAgDGwhDCALIBJqQQA2AgAgB0EBaiEHDAELCyAGQQJ0IARqKAIAQQJ0IQ9BACEHA0AgCiAMSARAIAAgDyAKQQJ0IhMgAmooAgBsIAdqaiIUIBQqAgAgASATaioCAJI4AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtkAQR/IAVBAnQhCgNAIAMgB0oEQCAKIAQgB2xsIAFqIQlBACEIA0AgBiAISgRAIAAgCiAIQQJ0IAJqKAIAbCAJaiAK/AoAACAAIApqIQAgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/a4B/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMoAgAgASASaigCAGo2AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/eQB/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMqAgAgASASaioCAJI4AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC4oCAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAPIApBAnQiEyACaigCAGwgB2ohFCAAIBNqIAEgFGooAgA2AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtHAQJ/IwBBgAFqIQtBBEEAIAAgBiAKIAEgByACBH8gAgUgCyAENgIAIAsLIAggAwR/IAMFIAtBBGoiDCAFNgIAIAwLIAkQAQuKCAIWfwx7IAZBASAEQQFGIAJBAUZxIgwbBEAgDCAGQQFGcQRAIAX9CQIAGgNAIAcgCEEQaiINTgRAIAEgCEECdCIOav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEgIAAgDmogAyAOav0ABAAgBSIPIA5q/QAEACAg/VL9CwQAIAEgDkEQaiIQav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEhIAAgEGogAyAQav0ABAAgDyAQav0ABAAgIf1S/QsEACABIA5BIGoiEWr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TghIiAAIBFqIAMgEWr9AAQAIA8gEWr9AAQAICL9Uv0LBAAgASAOQTBqIhJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISMgACASaiADIBJq/QAEACAPIBJq/QAEACAj/VL9CwQAIA0hCAwBCwsLBSAF/QkCACEkA0AgByAIQRBqIhNOBEAgASAIQQJ0IhRq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISUgACAUaiADIBRq/QAEACAkICX9Uv0LBAAgASAUQRBqIhVq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISYgACAVaiADIBVq/QAEACAkICb9Uv0LBAAgASAUQSBqIhZq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IScgACAWaiADIBZq/QAEACAkICf9Uv0LBAAgASAUQTBqIhdq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISggACAXaiADIBdq/QAEACAkICj9Uv0LBAAgEyEIDAELCwsDQCAHIAhBBGpOBEACeyACQQJ0IAhsIAFqIRggAkEBRgRAIBj9AAQADAELIAJFBEAgGP0JAgAMAQsgGCgCAP0RIBggAkECdCIZaigCAP0cASAZQQF0IBhqKAIA/RwCIBlBA2wgGGooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TghKSAIQQJ0IABqAnsgBEECdCAIbCADaiEaIARBAUYEQCAa/QAEAAwBCyAERQRAIBr9CQIADAELIBooAgD9ESAaIARBAnQiG2ooAgD9HAEgG0EBdCAaaigCAP0cAiAbQQNsIBpqKAIA/RwDCwJ7IAZBAnQgCGwgBWohHCAGQQFGBEAgHP0ABAAMAQsgBkUEQCAc/QkCAAwBCyAcKAIA/REgHCAGQQJ0Ih1qKAIA/RwBIB1BAXQgHGooAgD9HAIgHUEDbCAcaigCAP0cAwsgKf1S/QsEACAIQQRqIQgMAQsLA0AgByAISgRAIAhBAnQgAGogBEECdCAIbCADaigCACAGQQJ0IAhsIAVqKAIAIAJBAnQgCGwgAWooAgAbNgIAIAhBAWohCAwBCwsLGgBBASAAIAEgAyAFIAIgBEEAQQBBAEEAEAELGgBBACAAIAEgAyAFIAIgBEEAQQBBAEEAEAELxRUCigF7Hn8CQAJAAkACQAJAIAAEQCAAQQFGDQEgAEEPRg0CIABBE0YNAyAAQRdGDQQACwNAIAUglAFKBEBBACGRASAEQQFGBEADQCAGIJEBQRBqTgRAIAEgkQFBAnQilQFqIAIglQFq/QAEAP2hAf0LBAAgASCVAWogAiCVAWr9AAQQ/aEB/QsEECABIJUBaiACIJUBav0ABCD9oQH9CwQgIAEglQFqIAIglQFq/QAEMP2hAf0LBDAgkQFBEGohkQEMAQsLA0AgBiCRAUEEak4EQCCRAUECdCKWASACav0ABAAhCiABIJYBaiAK/aEB/QsEACCRAUEEaiGRAQwBCwsFIARBAnQhlwEDQCAGIJEBQQRqTgRAIJEBQQJ0IAFqIJEBIJcBbCACaiKYASgCAP0RIJcBIJgBaigCAP0cASCXAUEBdCCYAWooAgD9HAIglwFBA2wgmAFqKAIA/RwD/aEB/QsEACCRAUEEaiGRAQwBCwsLA0AgBiCRAUoEQCCRAUECdCABaiAEQQJ0IJEBbCACav0JAgD9oQH9GwA2AgAgkQFBAWohkQEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIglAFBAWohlAEMAQsLDAQLQQEhmQEDQCAFIJQBSgRAQQAhkQEgBEEBRgRAA0AgBiCRAUEQak4EQCABIJEBQQJ0IpoBaiACIJoBav0ABAAhCyAL/aAB/QsEACACIJoBav0ABBAhHCABIJoBaiAc/aAB/QsEECACIJoBav0ABCAhLSABIJoBaiAt/aAB/QsEICACIJoBav0ABDAhPiABIJoBaiA+/aAB/QsEMCCRAUEQaiGRAQwBCwsDQCAGIJEBQQRqTgRAIJEBQQJ0IpsBIAJq/QAEACFPIAEgmwFqIE/9oAH9CwQAIJEBQQRqIZEBDAELCwUgBEECdCGcAQNAIAYgkQFBBGpOBEAgkQEgnAFsIAJqIp0BKAIA/REgnAEgnQFqKAIA/RwBIJwBQQF0IJ0BaigCAP0cAiCcAUEDbCCdAWooAgD9HAMhYCCRAUECdCABaiBg/aAB/QsEACCRAUEEaiGRAQwBCwsLA0AgBiCRAUoEQCAEQQJ0IJEBbCACav0JAgAhcSCRAUECdCABaiBx/aAB/RsANgIAIJEBQQFqIZEBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIJQBQQFqIZQBDAELCwwDCwNAIAUglAFKBEBBACGRASAEQQFGBEADQCAGIJEBQRBqTgRAIAEgkQFBAnQingFqIAIgngFq/QAEACKCAf0MAAAAAAAAAAAAAAAAAAAAAP05IIIB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQAIAEgngFqIAIgngFq/QAEECKDAf0MAAAAAAAAAAAAAAAAAAAAAP05IIMB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQQIAEgngFqIAIgngFq/QAEICKEAf0MAAAAAAAAAAAAAAAAAAAAAP05IIQB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQgIAEgngFqIAIgngFq/QAEMCKFAf0MAAAAAAAAAAAAAAAAAAAAAP05IIUB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQwIJEBQRBqIZEBDAELCwNAIAYgkQFBBGpOBEAgkQFBAnQinwEgAmr9AAQAIYYBIAEgnwFqIIYB/QwAAAAAAAAAAAAAAAAAAAAA/TkghgH9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0LBAAgkQFBBGohkQEMAQsLBSAEQQJ0IaABA0AgBiCRAUEEak4EQCCRAUECdCABaiCRASCgAWwgAmoioQEoAgD9ESCgASChAWooAgD9HAEgoAFBAXQgoQFqKAIA/RwCIKABQQNsIKEBaigCAP0cAyKHAf0MAAAAAAAAAAAAAAAAAAAAAP05IIcB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQAIJEBQQRqIZEBDAELCwsDQCAGIJEBSgRAIJEBQQJ0IAFqIARBAnQgkQFsIAJq/QkCACKIAf0MAAAAAAAAAAAAAAAAAAAAAP05IIgB/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9GwA2AgAgkQFBAWohkQEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIglAFBAWohlAEMAQsLDAILA0AgBSCUAUoEQEEAIZEBIARBAUYEQANAIAYgkQFBEGpOBEAgASCRAUECdCKiAWogAiCiAWr9AAQAIokBIIkB/bUB/QsEACABIKIBaiACIKIBav0ABBAiigEgigH9tQH9CwQQIAEgogFqIAIgogFq/QAEICKLASCLAf21Af0LBCAgASCiAWogAiCiAWr9AAQwIowBIIwB/bUB/QsEMCCRAUEQaiGRAQwBCwsDQCAGIJEBQQRqTgRAIJEBQQJ0IqMBIAJq/QAEACGNASABIKMBaiCNASCNAf21Af0LBAAgkQFBBGohkQEMAQsLBSAEQQJ0IaQBA0AgBiCRAUEEak4EQCCRAUECdCABaiCRASCkAWwgAmoipQEoAgD9ESCkASClAWooAgD9HAEgpAFBAXQgpQFqKAIA/RwCIKQBQQNsIKUBaigCAP0cAyKOASCOAf21Af0LBAAgkQFBBGohkQEMAQsLCwNAIAYgkQFKBEAgkQFBAnQgAWogBEECdCCRAWwgAmr9CQIAIo8BII8B/bUB/RsANgIAIJEBQQFqIZEBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIJQBQQFqIZQBDAELCwwBCwNAIAUglAFKBEBBACGRASAEQQFGBEADQCAGIJEBQRBqIqYBTgRAIAEgkQFBAnQipwFqIAIgpwFqIqgB/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgpwFqIqkBIKgB/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIKkBIKgB/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIKkBIKgB/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIKYBIZEBDAELCwNAIAYgkQFBBGoiqgFOBEAgkQFBAnQiqwEgAmr9AAQAIZABIAEgqwFqIJAB/QwAAAAAAAAAAAAAAAAAAAAA/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgqgEhkQEMAQsLBSAEQQJ0IawBA0AgBiCRAUEEaiKtAU4EQCCRAUECdCABaiCRASCsAWwgAmoirgEoAgD9ESCsASCuAWooAgD9HAEgrAFBAXQgrgFqKAIA/RwCIKwBQQNsIK4BaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIK0BIZEBDAELCwsDQCAGIJEBSgRAIJEBQQJ0IAFqIARBAnQgkQFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgkQFBAWohkQEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIglAFBAWohlAEMAQsLCwumXgLTAXtWfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4YAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYAAsACwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQRBqTgRAIAEg2gFBAnQi3wFqIAIg3wFq/QAEACEKIAr94QH9CwQAIAIg3wFq/QAEECEbIAEg3wFqIBv94QH9CwQQIAIg3wFq/QAEICEsIAEg3wFqICz94QH9CwQgIAIg3wFq/QAEMCE9IAEg3wFqID394QH9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQi4AEgAmr9AAQAIU4gASDgAWogTv3hAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IeEBA0AgBiDaAUEEak4EQCDaASDhAWwgAmoi4gEoAgD9ESDhASDiAWooAgD9HAEg4QFBAXQg4gFqKAIA/RwCIOEBQQNsIOIBaigCAP0cAyFfINoBQQJ0IAFqIF/94QH9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAIARBAnQg2gFsIAJq/QkCACFwINoBQQJ0IAFqIHD94QH9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDBcLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCLjAWogAiDjAWr9AAQA/eAB/QsEACABIOMBaiACIOMBav0ABBD94AH9CwQQIAEg4wFqIAIg4wFq/QAEIP3gAf0LBCAgASDjAWogAiDjAWr9AAQw/eAB/QsEMCDaAUEQaiHaAQwBCwsDQCAGINoBQQRqTgRAINoBQQJ0IuQBIAJq/QAEACGBASABIOQBaiCBAf3gAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IeUBA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASDlAWwgAmoi5gEoAgD9ESDlASDmAWooAgD9HAEg5QFBAXQg5gFqKAIA/RwCIOUBQQNsIOYBaigCAP0cA/3gAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/eAB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwWCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IucBIAJq/QAEACGCASCCAUGAgAT9CQIA/esBQYSABP0JAgD96gEigwFBiIAE/QkCAP3mAUGMgAT9CQIAIoQB/eQBIoUBIIQB/eUBIYYBQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIIMBIIYBQZCABP0JAgD95gH95QEghgFBlIAE/QkCAP3mAf3lASKHAf3mAf3kASCHAf3mAf3kASCHAf3mAf3kASCHAf3mAf3kASCHAf3mAf3kASGIASABIOcBaiCHASCIASCHAf3mASCHAf3mAf3kAUGwgAT9CQIA/eQBIIUB/QwAAEBLAABASwAAQEsAAEBL/bEBIokBQQH9rAEiigH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCJASCKAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh6AEDQCAGINoBQQRqTgRAINoBIOgBbCACaiLpASgCAP0RIOgBIOkBaigCAP0cASDoAUEBdCDpAWooAgD9HAIg6AFBA2wg6QFqKAIA/RwDQYCABP0JAgD96wFBhIAE/QkCAP3qASKLAUGIgAT9CQIA/eYBQYyABP0JAgAijAH95AEijQEgjAH95QEhjgFBrIAE/QkCAEGogAT9CQIAQaSABP0JAgBBoIAE/QkCAEGcgAT9CQIAQZiABP0JAgAgiwEgjgFBkIAE/QkCAP3mAf3lASCOAUGUgAT9CQIA/eYB/eUBIo8B/eYB/eQBII8B/eYB/eQBII8B/eYB/eQBII8B/eYB/eQBII8B/eYB/eQBIZABINoBQQJ0IAFqII8BIJABII8B/eYBII8B/eYB/eQBQbCABP0JAgD95AEgjQH9DAAAQEsAAEBLAABASwAAQEv9sQEikQFBAf2sASKSAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIJEBIJIB/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAIARBAnQg2gFsIAJq/QkCAEGAgAT9CQIA/esBQYSABP0JAgD96gEikwFBiIAE/QkCAP3mAUGMgAT9CQIAIpQB/eQBIpUBIJQB/eUBIZYBQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIJMBIJYBQZCABP0JAgD95gH95QEglgFBlIAE/QkCAP3mAf3lASKXAf3mAf3kASCXAf3mAf3kASCXAf3mAf3kASCXAf3mAf3kASCXAf3mAf3kASGYASDaAUECdCABaiCXASCYASCXAf3mASCXAf3mAf3kAUGwgAT9CQIA/eQBIJUB/QwAAEBLAABASwAAQEsAAEBL/bEBIpkBQQH9rAEimgH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCZASCaAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwVCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IuoBIAJq/QAEACGbASABIOoBaiCbARAC/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh6wEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIOsBbCACaiLsASgCAP0RIOsBIOwBaigCAP0cASDrAUEBdCDsAWooAgD9HAIg6wFBA2wg7AFqKAIA/RwDEAL9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAC/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwUCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0Iu0BIAJq/QAEACGcASABIO0BaiCcAf3jAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0Ie4BA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASDuAWwgAmoi7wEoAgD9ESDuASDvAWooAgD9HAEg7gFBAXQg7wFqKAIA/RwCIO4BQQNsIO8BaigCAP0cA/3jAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/eMB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwTCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvABIAJq/QAEACGdASABIPABav0MAACAPwAAgD8AAIA/AACAPyCdAf3jAf3nAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IfEBA0AgBiDaAUEEak4EQCDaAUECdCABav0MAACAPwAAgD8AAIA/AACAPyDaASDxAWwgAmoi8gEoAgD9ESDxASDyAWooAgD9HAEg8QFBAXQg8gFqKAIA/RwCIPEBQQNsIPIBaigCAP0cA/3jAf3nAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWr9DAAAgD8AAIA/AACAPwAAgD8gBEECdCDaAWwgAmr9CQIA/eMB/ecB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwSCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvMBIAJq/QAEACGeASABIPMBaiCeARAE/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh9AEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIPQBbCACaiL1ASgCAP0RIPQBIPUBaigCAP0cASD0AUEBdCD1AWooAgD9HAIg9AFBA2wg9QFqKAIA/RwDEAT9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAE/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwRCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvYBIAJq/QAEACGfASABIPYBaiCfARAJ/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh9wEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIPcBbCACaiL4ASgCAP0RIPcBIPgBaigCAP0cASD3AUEBdCD4AWooAgD9HAIg9wFBA2wg+AFqKAIA/RwDEAn9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAJ/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwQCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvkBIAJq/QAEACGgASABIPkBaiCgARAD/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh+gEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIPoBbCACaiL7ASgCAP0RIPoBIPsBaigCAP0cASD6AUEBdCD7AWooAgD9HAIg+gFBA2wg+wFqKAIA/RwDEAP9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAD/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwPCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IvwBIAJq/QAEACGhASABIPwBaiChARAF/QsEACDaAUEEaiHaAQwBCwsFIARBAnQh/QEDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIP0BbCACaiL+ASgCAP0RIP0BIP4BaigCAP0cASD9AUEBdCD+AWooAgD9HAIg/QFBA2wg/gFqKAIA/RwDEAX9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAF/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwOCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQRBqTgRAIAEg2gFBAnQi/wFqIAIg/wFq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBAAgASD/AWogAiD/AWr9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/QsEECABIP8BaiACIP8Bav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQgIAEg/wFqIAIg/wFq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBDAg2gFBEGoh2gEMAQsLA0AgBiDaAUEEak4EQCDaAUECdCKAAiACav0ABAAhogEgASCAAmogogH9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQAINoBQQRqIdoBDAELCwUgBEECdCGBAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEggQJsIAJqIoICKAIA/REggQIgggJqKAIA/RwBIIECQQF0IIICaigCAP0cAiCBAkEDbCCCAmooAgD9HAP9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMDQsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKDAiACav0ABAAhowEgASCDAmogowH9DAAAAD8AAAA/AAAAPwAAAD/95gEgowH9DPMENT/zBDU/8wQ1P/MENT/95gEQCv3mAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IYQCA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCEAmwgAmoihQIoAgD9ESCEAiCFAmooAgD9HAEghAJBAXQghQJqKAIA/RwCIIQCQQNsIIUCaigCAP0cAyKkAf0MAAAAPwAAAD8AAAA/AAAAP/3mASCkAf0M8wQ1P/MENT/zBDU/8wQ1P/3mARAK/eYB/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAipQH9DAAAAD8AAAA/AAAAPwAAAD/95gEgpQH9DPMENT/zBDU/8wQ1P/MENT/95gEQCv3mAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMDAsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKGAiACav0ABAAhpgEgASCGAmogpgH9DAAAAD8AAAA/AAAAPwAAAD/95gH9DCpCTD8qQkw/KkJMPypCTD8gpgEgpgEgpgH95gEgpgH95gH9DBMnNz0TJzc9Eyc3PRMnNz395gH95AH95gEQA/0MAACAPwAAgD8AAIA/AACAP/3kAf3mAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IYcCA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCHAmwgAmoiiAIoAgD9ESCHAiCIAmooAgD9HAEghwJBAXQgiAJqKAIA/RwCIIcCQQNsIIgCaigCAP0cAyKnAf0MAAAAPwAAAD8AAAA/AAAAP/3mAf0MKkJMPypCTD8qQkw/KkJMPyCnASCnASCnAf3mASCnAf3mAf0MEyc3PRMnNz0TJzc9Eyc3Pf3mAf3kAf3mARAD/QwAAIA/AACAPwAAgD8AAIA//eQB/eYB/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAiqAH9DAAAAD8AAAA/AAAAPwAAAD/95gH9DCpCTD8qQkw/KkJMPypCTD8gqAEgqAEgqAH95gEgqAH95gH9DBMnNz0TJzc9Eyc3PRMnNz395gH95AH95gEQA/0MAACAPwAAgD8AAIA/AACAP/3kAf3mAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMCwsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKJAiACav0ABAAhqQEgqQH94QFBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIqoBQYiABP0JAgD95gFBjIAE/QkCACKrAf3kASKsASCrAf3lASGtAUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACCqASCtAUGQgAT9CQIA/eYB/eUBIK0BQZSABP0JAgD95gH95QEirgH95gH95AEgrgH95gH95AEgrgH95gH95AEgrgH95gH95AEgrgH95gH95AEhrwEgASCJAmogqQH9DAAAgD8AAIA/AACAPwAAgD8grgEgrwEgrgH95gEgrgH95gH95AFBsIAE/QkCAP3kASCsAf0MAABASwAAQEsAAEBLAABAS/2xASKwAUEB/awBIrEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgsAEgsQH9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf3kAf3nAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IYoCA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCKAmwgAmoiiwIoAgD9ESCKAiCLAmooAgD9HAEgigJBAXQgiwJqKAIA/RwCIIoCQQNsIIsCaigCAP0cAyKyASCyAf3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEiswFBiIAE/QkCAP3mAUGMgAT9CQIAIrQB/eQBIrUBILQB/eUBIbYBQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAILMBILYBQZCABP0JAgD95gH95QEgtgFBlIAE/QkCAP3mAf3lASK3Af3mAf3kASC3Af3mAf3kASC3Af3mAf3kASC3Af3mAf3kASC3Af3mAf3kASG4Af0MAACAPwAAgD8AAIA/AACAPyC3ASC4ASC3Af3mASC3Af3mAf3kAUGwgAT9CQIA/eQBILUB/QwAAEBLAABASwAAQEsAAEBL/bEBIrkBQQH9rAEiugH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASC5ASC6Af2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecB/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAiuwEguwH94QFBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIrwBQYiABP0JAgD95gFBjIAE/QkCACK9Af3kASK+ASC9Af3lASG/AUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACC8ASC/AUGQgAT9CQIA/eYB/eUBIL8BQZSABP0JAgD95gH95QEiwAH95gH95AEgwAH95gH95AEgwAH95gH95AEgwAH95gH95AEgwAH95gH95AEhwQH9DAAAgD8AAIA/AACAPwAAgD8gwAEgwQEgwAH95gEgwAH95gH95AFBsIAE/QkCAP3kASC+Af0MAABASwAAQEsAAEBLAABAS/2xASLCAUEB/awBIsMB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgwgEgwwH9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf3kAf3nAf0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMCgsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEEak4EQCDaAUECdCKMAiACav0ABAAhxAEgASCMAmogxAEQCP0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IY0CA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCNAmwgAmoijgIoAgD9ESCNAiCOAmooAgD9HAEgjQJBAXQgjgJqKAIA/RwCII0CQQNsII4CaigCAP0cAxAI/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAQCP0bADYCACDaAUEBaiHaAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDdAUEBaiHdAQwBCwsMCQsDQCAFIN0BSgRAQQAh2gEgBEEBRgRAA0AgBiDaAUEQak4EQCABINoBQQJ0Io8CaiACII8Cav0ABAAixQEgxQH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIMUB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASDFASDFAf1C/VL9CwQAIAEgjwJqIAIgjwJq/QAEECLGASDGAf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gxgH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBIMYBIMYB/UL9Uv0LBBAgASCPAmogAiCPAmr9AAQgIscBIMcB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiDHAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgxwEgxwH9Qv1S/QsEICABII8CaiACII8Cav0ABDAiyAEgyAH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIMgB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASDIASDIAf1C/VL9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQikAIgAmr9AAQAIckBIAEgkAJqIMkBIMkB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiDJAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgyQEgyQH9Qv1S/QsEACDaAUEEaiHaAQwBCwsFIARBAnQhkQIDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIJECbCACaiKSAigCAP0RIJECIJICaigCAP0cASCRAkEBdCCSAmooAgD9HAIgkQJBA2wgkgJqKAIA/RwDIsoBIMoB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiDKAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgygEgygH9Qv1S/QsEACDaAUEEaiHaAQwBCwsLA0AgBiDaAUoEQCDaAUECdCABaiAEQQJ0INoBbCACav0JAgAiywEgywH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIMsB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASDLASDLAf1C/VL9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAgLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKTAmogAiCTAmr9AAQA/Wj9CwQAIAEgkwJqIAIgkwJq/QAEEP1o/QsEECABIJMCaiACIJMCav0ABCD9aP0LBCAgASCTAmogAiCTAmr9AAQw/Wj9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQilAIgAmr9AAQAIcwBIAEglAJqIMwB/Wj9CwQAINoBQQRqIdoBDAELCwUgBEECdCGVAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEglQJsIAJqIpYCKAIA/REglQIglgJqKAIA/RwBIJUCQQF0IJYCaigCAP0cAiCVAkEDbCCWAmooAgD9HAP9aP0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/Wj9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAcLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKXAmogAiCXAmr9AAQA/Wf9CwQAIAEglwJqIAIglwJq/QAEEP1n/QsEECABIJcCaiACIJcCav0ABCD9Z/0LBCAgASCXAmogAiCXAmr9AAQw/Wf9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQimAIgAmr9AAQAIc0BIAEgmAJqIM0B/Wf9CwQAINoBQQRqIdoBDAELCwUgBEECdCGZAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEgmQJsIAJqIpoCKAIA/REgmQIgmgJqKAIA/RwBIJkCQQF0IJoCaigCAP0cAiCZAkEDbCCaAmooAgD9HAP9Z/0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/Wf9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAYLA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKbAmogAiCbAmr9AAQA/Wr9CwQAIAEgmwJqIAIgmwJq/QAEEP1q/QsEECABIJsCaiACIJsCav0ABCD9av0LBCAgASCbAmogAiCbAmr9AAQw/Wr9CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQinAIgAmr9AAQAIc4BIAEgnAJqIM4B/Wr9CwQAINoBQQRqIdoBDAELCwUgBEECdCGdAgNAIAYg2gFBBGpOBEAg2gFBAnQgAWog2gEgnQJsIAJqIp4CKAIA/REgnQIgngJqKAIA/RwBIJ0CQQF0IJ4CaigCAP0cAiCdAkEDbCCeAmooAgD9HAP9av0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIA/Wr9GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLDAULA0AgBSDdAUoEQEEAIdoBIARBAUYEQANAIAYg2gFBEGpOBEAgASDaAUECdCKfAmogAiCfAmr9AAQAIs8BIM8B/eYB/QsEACABIJ8CaiACIJ8Cav0ABBAi0AEg0AH95gH9CwQQIAEgnwJqIAIgnwJq/QAEICLRASDRAf3mAf0LBCAgASCfAmogAiCfAmr9AAQwItIBINIB/eYB/QsEMCDaAUEQaiHaAQwBCwsDQCAGINoBQQRqTgRAINoBQQJ0IqACIAJq/QAEACHTASABIKACaiDTASDTAf3mAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IaECA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASChAmwgAmoiogIoAgD9ESChAiCiAmooAgD9HAEgoQJBAXQgogJqKAIA/RwCIKECQQNsIKICaigCAP0cAyLUASDUAf3mAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWogBEECdCDaAWwgAmr9CQIAItUBINUB/eYB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwECwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IqMCIAJq/QAEACHWASABIKMCav0MAACAPwAAgD8AAIA/AACAPyDWAf3nAf0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0IaQCA0AgBiDaAUEEak4EQCDaAUECdCABav0MAACAPwAAgD8AAIA/AACAPyDaASCkAmwgAmoipQIoAgD9ESCkAiClAmooAgD9HAEgpAJBAXQgpQJqKAIA/RwCIKQCQQNsIKUCaigCAP0cA/3nAf0LBAAg2gFBBGoh2gEMAQsLCwNAIAYg2gFKBEAg2gFBAnQgAWr9DAAAgD8AAIA/AACAPwAAgD8gBEECdCDaAWwgAmr9CQIA/ecB/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwDCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IqYCIAJq/QAEACHXASABIKYCaiDXARAG/QsEACDaAUEEaiHaAQwBCwsFIARBAnQhpwIDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIKcCbCACaiKoAigCAP0RIKcCIKgCaigCAP0cASCnAkEBdCCoAmooAgD9HAIgpwJBA2wgqAJqKAIA/RwDEAb9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAG/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwCCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQQRqTgRAINoBQQJ0IqkCIAJq/QAEACHYASABIKkCaiDYARAH/QsEACDaAUEEaiHaAQwBCwsFIARBAnQhqgIDQCAGINoBQQRqTgRAINoBQQJ0IAFqINoBIKoCbCACaiKrAigCAP0RIKoCIKsCaigCAP0cASCqAkEBdCCrAmooAgD9HAIgqgJBA2wgqwJqKAIA/RwDEAf9CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCABAH/RsANgIAINoBQQFqIdoBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIN0BQQFqId0BDAELCwwBCwNAIAUg3QFKBEBBACHaASAEQQFGBEADQCAGINoBQRBqTgRAIAEg2gFBAnQirAJqIAIgrAJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgrAJqIAIgrAJq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgrAJqIAIgrAJq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgrAJqIAIgrAJq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwINoBQRBqIdoBDAELCwNAIAYg2gFBBGpOBEAg2gFBAnQirQIgAmr9AAQAIdkBIAEgrQJqINkB/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAg2gFBBGoh2gEMAQsLBSAEQQJ0Ia4CA0AgBiDaAUEEak4EQCDaAUECdCABaiDaASCuAmwgAmoirwIoAgD9ESCuAiCvAmooAgD9HAEgrgJBAXQgrwJqKAIA/RwCIK4CQQNsIK8CaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAINoBQQRqIdoBDAELCwsDQCAGINoBSgRAINoBQQJ0IAFqIARBAnQg2gFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAg2gFBAWoh2gEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIg3QFBAWoh3QEMAQsLCwvJBQIMfwt7AkACQAJAAkACQCAADgQAAQIDBAsgASACIAMgBCAFIAwgDRAvDwsgASACIAMgBCAFIAwgDRAuDwsgASACIAMgBCAFIAYgByAIIAwgDRA6DwsgASACIAMgBCAFIAYgByAIIAwgDRA5DwsDQCAMIBFKBEACQAJAAkACQAJAAkAgAEEEaw4EAQIDBAALAAsgAiADIAUgBiAIIAkgCyANECsMAwsjAEGQAWoiEv0JAgAhHSASQQRq/QkCACEeQQAhDgNAIA0gDkEEak4EQAJ7IAVBAnQgDmwgA2ohEyAFIhRBAUYEQCAT/QAEAAwBCyAURQRAIBP9CQIADAELIBMoAgD9ESATIBRBAnQiFWooAgD9HAEgFUEBdCATaigCAP0cAiAVQQNsIBNqKAIA/RwDCyEfIA5BAnQgAmogHyAd/esBIB796gH9CwQAIA5BBGohDgwBCwsDQCANIA5KBEAgBUECdCAObCADav0JAgAhICAOQQJ0IAJqICAgHf3rASAe/eoB/RsANgIAIA5BAWohDgwBCwsMAgsjAEGQAWoiFv0JAgAhISAWQQRq/QkCACEiQQAhDgNAIA0gDkEEak4EQCAOQQJ0IAJqAnsgBUECdCAObCADaiEXIAUiGEEBRgRAIBf9AAQADAELIBhFBEAgF/0JAgAMAQsgFygCAP0RIBcgGEECdCIZaigCAP0cASAZQQF0IBdqKAIA/RwCIBlBA2wgF2ooAgD9HAMLIiMgIf24ASAi/bYB/QsEACAOQQRqIQ4MAQsLA0AgDSAOSgRAIA5BAnQgAmogBUECdCAObCADav0JAgAiJCAh/bgBICL9tgH9GwA2AgAgDkEBaiEODAELCwwBCyABIAIgAyAFIA0QMwsgDUECdCACaiECIARBAnQgA2ohAyAHQQJ0IAZqIQYgCkECdCAJaiEJIBFBAWohEQwBCwsLBgBBqIYEC1ECAn8BeyAC/REhBQNAIAEgA0EEaiIETgRAIANBAnQgAGogBf0LBAAgBCEDDAELCwNAIAEgA0oEQCADQQJ0IABqIAI2AgAgA0EBaiEDDAELCwvCCwEQfwJAAkACQAJAAkACQAJAIAAOBQECAwQFAAsAC0EAIQACQCADQQFGBEAgASACIARBAnT8CgAADAEFA0AgBCAAQQRqTgRAIABBAnQgAWoCeyADQQJ0IABsIAJqIQcgA0EBRgRAIAf9AAQADAELIANFBEAgB/0JAgAMAQsgBygCAP0RIAcgA0ECdCIIaigCAP0cASAIQQF0IAdqKAIA/RwCIAhBA2wgB2ooAgD9HAML/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/RsANgIAIABBAWohAAwBCwsLDAQLQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCIJIAFqIAIgCWr9AAQA/fgB/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiEKIANBAUYEQCAK/QAEAAwBCyADRQRAIAr9CQIADAELIAooAgD9ESAKIANBAnQiC2ooAgD9HAEgC0EBdCAKaigCAP0cAiALQQNsIApqKAIA/RwDC/34Af0LBAAgAEEEaiEADAELCwsDQCAAIARIBEAgAEECdCABaiADQQJ0IABsIAJq/QkCAP34Af0bADYCACAAQQFqIQAMAQsLDAMLQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCIMIAFqIAIgDGr9AAQA/foB/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiENIANBAUYEQCAN/QAEAAwBCyADRQRAIA39CQIADAELIA0oAgD9ESANIANBAnQiDmooAgD9HAEgDkEBdCANaigCAP0cAiAOQQNsIA1qKAIA/RwDC/36Af0LBAAgAEEEaiEADAELCwsDQCAAIARIBEAgAEECdCABaiADQQJ0IABsIAJq/QkCAP36Af0bADYCACAAQQFqIQAMAQsLDAILQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCIPIAFqIAIgD2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgAEEEaiEADAELCwUDQCAEIABBBGpOBEAgAEECdCABagJ7IANBAnQgAGwgAmohECADQQFGBEAgEP0ABAAMAQsgA0UEQCAQ/QkCAAwBCyAQKAIA/REgECADQQJ0IhFqKAIA/RwBIBFBAXQgEGooAgD9HAIgEUEDbCAQaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACAAQQFqIQAMAQsLDAELQQAhACADQQFGBEADQCAEIABBBGpOBEAgAEECdCISIAFqIAIgEmr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgAEEEaiEADAELCwUDQCAEIABBBGpOBEAgAEECdCABagJ7IANBAnQgAGwgAmohEyADQQFGBEAgE/0ABAAMAQsgA0UEQCAT/QkCAAwBCyATKAIA/REgEyADQQJ0IhRqKAIA/RwBIBRBAXQgE2ooAgD9HAIgFEEDbCATaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACAAQQFqIQAMAQsLCwsaAEEHIAAgASADIAUgAiAEQQBBAEEAQQAQAQszAQF/IwBBkAFqIgcgAjYCACAHQQRqIAM2AgBBBkEAIAAgBCAGIAEgBUEAQQBBAEEAEAELMwEBfyMAQZABaiIHIAI4AgAgB0EEaiADOAIAQQVBACAAIAQgBiABIAVBAEEAQQBBABABC0cBAn8jAEGAAWohCkEDIAAgASAGIAkgAgR/IAIFIAogBDYCACAKCyAHIAMEfyADBSAKQQRqIgsgBTYCACALCyAIQQBBABABC0cBAn8jAEGAAWohCkECIAAgASAGIAkgAgR/IAIFIAogBDgCACAKCyAHIAMEfyADBSAKQQRqIgsgBTgCACALCyAIQQBBABABC7qVAQNOe/kCf4oBfQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAAODwECAwQABQYHCAkKCwwNDgALAAsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQiXmogAiBeav0ABAAgBSBeav0ABAD9rgH9CwQAIAEgXmogAiBeav0ABBAgBSBeav0ABBD9rgH9CwQQIAEgXmogAiBeav0ABCAgBSBeav0ABCD9rgH9CwQgIAEgXmogAiBeav0ABDAgBSBeav0ABDD9rgH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0Il9qIAIgX2r9AAQAIAUgX2r9AAQA/a4B/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIQ0DQCAJIFhBEGpOBEAgASBYQQJ0ImBqIAIgYGr9AAQAIA39rgH9CwQAIAEgYGogAiBgav0ABBAgDf2uAf0LBBAgASBgaiACIGBq/QAEICAN/a4B/QsEICABIGBqIAIgYGr9AAQwIA39rgH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0ImFqIAIgYWr9AAQAIA39rgH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhDgNAIAkgWEEQak4EQCABIFhBAnQiYmogDiAFIGJq/QAEAP2uAf0LBAAgASBiaiAOIAUgYmr9AAQQ/a4B/QsEECABIGJqIA4gBSBiav0ABCD9rgH9CwQgIAEgYmogDiAFIGJq/QAEMP2uAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiY2ogDiAFIGNq/QAEAP2uAf0LBAAgWEEEaiFYDAELCwUgBEECdCFkIAdBAnQhZQNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCBkbCACaiFmIAQiZ0EBRgRAIGb9AAQADAELIGdFBEAgZv0JAgAMAQsgZigCAP0RIGYgZ0ECdCJoaigCAP0cASBoQQF0IGZqKAIA/RwCIGhBA2wgZmooAgD9HAMLAnsgWCBlbCAFaiFpIAciakEBRgRAIGn9AAQADAELIGpFBEAgaf0JAgAMAQsgaSgCAP0RIGkgakECdCJraigCAP0cASBrQQF0IGlqKAIA/RwCIGtBA2wgaWooAgD9HAML/a4B/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9rgH9GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDA0LQQEhbANAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCJuaiACIG5q/QAEACEPIAUgbmr9AAQAIRAgDyAQ/bEB/QsEACACIG5q/QAEECERIAUgbmr9AAQQIRIgASBuaiARIBL9sQH9CwQQIAIgbmr9AAQgIRMgBSBuav0ABCAhFCABIG5qIBMgFP2xAf0LBCAgAiBuav0ABDAhFSAFIG5q/QAEMCEWIAEgbmogFSAW/bEB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKPAWogAiCPAWr9AAQAIRcgBSCPAWr9AAQAIRggFyAY/bEB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIRkDQCAJIFhBEGpOBEAgASBYQQJ0IpgBaiACIJgBav0ABAAhGiAaIBn9sQH9CwQAIAIgmAFq/QAEECEdIAEgmAFqIB0gGf2xAf0LBBAgAiCYAWr9AAQgISAgASCYAWogICAZ/bEB/QsEICACIJgBav0ABDAhIyABIJgBaiAjIBn9sQH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IrkBaiACILkBav0ABAAhJiAmIBn9sQH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhKQNAIAkgWEEQak4EQCABIFhBAnQiwgFqIAUgwgFq/QAEACEqICkgKv2xAf0LBAAgBSDCAWr9AAQQISwgASDCAWogKSAs/bEB/QsEECAFIMIBav0ABCAhLiABIMIBaiApIC79sQH9CwQgIAUgwgFq/QAEMCEwIAEgwgFqICkgMP2xAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi4wFqIAUg4wFq/QAEACEyICkgMv2xAf0LBAAgWEEEaiFYDAELCwUgBEECdCHsASAHQQJ0Ie0BA0AgCSBYQQRqTgRAAnsgWCDsAWwgAmoh7gEgBCLvAUEBRgRAIO4B/QAEAAwBCyDvAUUEQCDuAf0JAgAMAQsg7gEoAgD9ESDuASDvAUECdCLwAWooAgD9HAEg8AFBAXQg7gFqKAIA/RwCIPABQQNsIO4BaigCAP0cAwshNAJ7IFgg7QFsIAVqIfEBIAci8gFBAUYEQCDxAf0ABAAMAQsg8gFFBEAg8QH9CQIADAELIPEBKAIA/REg8QEg8gFBAnQi8wFqKAIA/RwBIPMBQQF0IPEBaigCAP0cAiDzAUEDbCDxAWooAgD9HAMLITUgWEECdCABaiA0IDX9sQH9CwQAIFhBBGohWAwBCwsLCwtBASFtA0AgCSBYSgRAIARBAnQgWGwgAmr9CQIAITYgB0ECdCBYbCAFav0JAgAhNyBYQQJ0IAFqIDYgN/2xAf0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMDAsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQihAJqIAIghAJq/QAEACAFIIQCav0ABAD9tQH9CwQAIAEghAJqIAIghAJq/QAEECAFIIQCav0ABBD9tQH9CwQQIAEghAJqIAIghAJq/QAEICAFIIQCav0ABCD9tQH9CwQgIAEghAJqIAIghAJq/QAEMCAFIIQCav0ABDD9tQH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IoUCaiACIIUCav0ABAAgBSCFAmr9AAQA/bUB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAITgDQCAJIFhBEGpOBEAgASBYQQJ0IoYCaiACIIYCav0ABAAgOP21Af0LBAAgASCGAmogAiCGAmr9AAQQIDj9tQH9CwQQIAEghgJqIAIghgJq/QAEICA4/bUB/QsEICABIIYCaiACIIYCav0ABDAgOP21Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQihwJqIAIghwJq/QAEACA4/bUB/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAITkDQCAJIFhBEGpOBEAgASBYQQJ0IogCaiA5IAUgiAJq/QAEAP21Af0LBAAgASCIAmogOSAFIIgCav0ABBD9tQH9CwQQIAEgiAJqIDkgBSCIAmr9AAQg/bUB/QsEICABIIgCaiA5IAUgiAJq/QAEMP21Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiiQJqIDkgBSCJAmr9AAQA/bUB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IYoCIAdBAnQhiwIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggigJsIAJqIYwCIAQijQJBAUYEQCCMAv0ABAAMAQsgjQJFBEAgjAL9CQIADAELIIwCKAIA/REgjAIgjQJBAnQijgJqKAIA/RwBII4CQQF0IIwCaigCAP0cAiCOAkEDbCCMAmooAgD9HAMLAnsgWCCLAmwgBWohjwIgByKQAkEBRgRAII8C/QAEAAwBCyCQAkUEQCCPAv0JAgAMAQsgjwIoAgD9ESCPAiCQAkECdCKRAmooAgD9HAEgkQJBAXQgjwJqKAIA/RwCIJECQQNsII8CaigCAP0cAwv9tQH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP21Af0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCwsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEEak4EQCABIFhBAnQikgJqAn8gAiCSAmr9AAQAIjr9GwAhkwJBACAFIJICav0ABAAiO/0bACKUAkUNABpBACCTAmsglAJBf0YNABogkwIglAJtC/0RAn9BACA7/RsBIpYCRQ0AGiA6/RsBIZUCQQAglQJrIJYCQX9GDQAaIJUCIJYCbQv9HAECf0EAIDv9GwIimAJFDQAaIDr9GwIhlwJBACCXAmsgmAJBf0YNABoglwIgmAJtC/0cAgJ/QQAgO/0bAyKaAkUNABogOv0bAyGZAkEAIJkCayCaAkF/Rg0AGiCZAiCaAm0L/RwD/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAITwDQCAJIFhBBGpOBEAgASBYQQJ0IpsCagJ/IAIgmwJq/QAEACI9/RsAIZwCQQAgPP0bACKdAkUNABpBACCcAmsgnQJBf0YNABognAIgnQJtC/0RAn9BACA8/RsBIp8CRQ0AGiA9/RsBIZ4CQQAgngJrIJ8CQX9GDQAaIJ4CIJ8CbQv9HAECf0EAIDz9GwIioQJFDQAaID39GwIhoAJBACCgAmsgoQJBf0YNABogoAIgoQJtC/0cAgJ/QQAgPP0bAyKjAkUNABogPf0bAyGiAkEAIKICayCjAkF/Rg0AGiCiAiCjAm0L/RwD/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIT4DQCAJIFhBBGpOBEAgASBYQQJ0IqQCagJ/QQAgBSCkAmr9AAQAIj/9GwAipgJFDQAaID79GwAhpQJBACClAmsgpgJBf0YNABogpQIgpgJtC/0RAn9BACA//RsBIqgCRQ0AGiA+/RsBIacCQQAgpwJrIKgCQX9GDQAaIKcCIKgCbQv9HAECf0EAID/9GwIiqgJFDQAaID79GwIhqQJBACCpAmsgqgJBf0YNABogqQIgqgJtC/0cAgJ/QQAgP/0bAyKsAkUNABogPv0bAyGrAkEAIKsCayCsAkF/Rg0AGiCrAiCsAm0L/RwD/QsEACBYQQRqIVgMAQsLBSAEQQJ0Ia0CIAdBAnQhrgIDQCAJIFhBBGpOBEACeyBYIK0CbCACaiGvAiAEIrACQQFGBEAgrwL9AAQADAELILACRQRAIK8C/QkCAAwBCyCvAigCAP0RIK8CILACQQJ0IrECaigCAP0cASCxAkEBdCCvAmooAgD9HAIgsQJBA2wgrwJqKAIA/RwDCyFAAnsgWCCuAmwgBWohsgIgByKzAkEBRgRAILIC/QAEAAwBCyCzAkUEQCCyAv0JAgAMAQsgsgIoAgD9ESCyAiCzAkECdCK0AmooAgD9HAEgtAJBAXQgsgJqKAIA/RwCILQCQQNsILICaigCAP0cAwshQSBYQQJ0IAFqAn9BACBB/RsAIrYCRQ0AGiBA/RsAIbUCQQAgtQJrILYCQX9GDQAaILUCILYCbQv9EQJ/QQAgQf0bASK4AkUNABogQP0bASG3AkEAILcCayC4AkF/Rg0AGiC3AiC4Am0L/RwBAn9BACBB/RsCIroCRQ0AGiBA/RsCIbkCQQAguQJrILoCQX9GDQAaILkCILoCbQv9HAICf0EAIEH9GwMivAJFDQAaIED9GwMhuwJBACC7AmsgvAJBf0YNABoguwIgvAJtC/0cA/0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqAn8gBEECdCBYbCACav0JAgAiQv0bACG9AkEAIAdBAnQgWGwgBWr9CQIAIkP9GwAivgJFDQAaQQAgvQJrIL4CQX9GDQAaIL0CIL4CbQv9EQJ/QQAgQ/0bASLAAkUNABogQv0bASG/AkEAIL8CayDAAkF/Rg0AGiC/AiDAAm0L/RwBAn9BACBD/RsCIsICRQ0AGiBC/RsCIcECQQAgwQJrIMICQX9GDQAaIMECIMICbQv9HAICf0EAIEP9GwMixAJFDQAaIEL9GwMhwwJBACDDAmsgxAJBf0YNABogwwIgxAJtC/0cA/0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCgsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQixQJqIAIgxQJq/QAEACAFIMUCav0ABAD9uAH9CwQAIAEgxQJqIAIgxQJq/QAEECAFIMUCav0ABBD9uAH9CwQQIAEgxQJqIAIgxQJq/QAEICAFIMUCav0ABCD9uAH9CwQgIAEgxQJqIAIgxQJq/QAEMCAFIMUCav0ABDD9uAH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsYCaiACIMYCav0ABAAgBSDGAmr9AAQA/bgB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUQDQCAJIFhBEGpOBEAgASBYQQJ0IscCaiACIMcCav0ABAAgRP24Af0LBAAgASDHAmogAiDHAmr9AAQQIET9uAH9CwQQIAEgxwJqIAIgxwJq/QAEICBE/bgB/QsEICABIMcCaiACIMcCav0ABDAgRP24Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiyAJqIAIgyAJq/QAEACBE/bgB/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUUDQCAJIFhBEGpOBEAgASBYQQJ0IskCaiBFIAUgyQJq/QAEAP24Af0LBAAgASDJAmogRSAFIMkCav0ABBD9uAH9CwQQIAEgyQJqIEUgBSDJAmr9AAQg/bgB/QsEICABIMkCaiBFIAUgyQJq/QAEMP24Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiygJqIEUgBSDKAmr9AAQA/bgB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IcsCIAdBAnQhzAIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggywJsIAJqIc0CIAQizgJBAUYEQCDNAv0ABAAMAQsgzgJFBEAgzQL9CQIADAELIM0CKAIA/REgzQIgzgJBAnQizwJqKAIA/RwBIM8CQQF0IM0CaigCAP0cAiDPAkEDbCDNAmooAgD9HAMLAnsgWCDMAmwgBWoh0AIgByLRAkEBRgRAINAC/QAEAAwBCyDRAkUEQCDQAv0JAgAMAQsg0AIoAgD9ESDQAiDRAkECdCLSAmooAgD9HAEg0gJBAXQg0AJqKAIA/RwCINICQQNsINACaigCAP0cAwv9uAH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP24Af0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCQsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQi0wJqIAIg0wJq/QAEACAFINMCav0ABAD9tgH9CwQAIAEg0wJqIAIg0wJq/QAEECAFINMCav0ABBD9tgH9CwQQIAEg0wJqIAIg0wJq/QAEICAFINMCav0ABCD9tgH9CwQgIAEg0wJqIAIg0wJq/QAEMCAFINMCav0ABDD9tgH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0ItQCaiACINQCav0ABAAgBSDUAmr9AAQA/bYB/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUYDQCAJIFhBEGpOBEAgASBYQQJ0ItUCaiACINUCav0ABAAgRv22Af0LBAAgASDVAmogAiDVAmr9AAQQIEb9tgH9CwQQIAEg1QJqIAIg1QJq/QAEICBG/bYB/QsEICABINUCaiACINUCav0ABDAgRv22Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi1gJqIAIg1gJq/QAEACBG/bYB/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUcDQCAJIFhBEGpOBEAgASBYQQJ0ItcCaiBHIAUg1wJq/QAEAP22Af0LBAAgASDXAmogRyAFINcCav0ABBD9tgH9CwQQIAEg1wJqIEcgBSDXAmr9AAQg/bYB/QsEICABINcCaiBHIAUg1wJq/QAEMP22Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi2AJqIEcgBSDYAmr9AAQA/bYB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IdkCIAdBAnQh2gIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgg2QJsIAJqIdsCIAQi3AJBAUYEQCDbAv0ABAAMAQsg3AJFBEAg2wL9CQIADAELINsCKAIA/REg2wIg3AJBAnQi3QJqKAIA/RwBIN0CQQF0INsCaigCAP0cAiDdAkEDbCDbAmooAgD9HAMLAnsgWCDaAmwgBWoh3gIgByLfAkEBRgRAIN4C/QAEAAwBCyDfAkUEQCDeAv0JAgAMAQsg3gIoAgD9ESDeAiDfAkECdCLgAmooAgD9HAEg4AJBAXQg3gJqKAIA/RwCIOACQQNsIN4CaigCAP0cAwv9tgH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP22Af0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMCAsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQi4QJqIAIg4QJq/QAEACAFIOECav0ABAD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOECaiACIOECav0ABBAgBSDhAmr9AAQQ/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDhAmogAiDhAmr9AAQgIAUg4QJq/QAEIP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg4QJqIAIg4QJq/QAEMCAFIOECav0ABDD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLiAmogAiDiAmr9AAQAIAUg4gJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhSANAIAkgWEEQak4EQCABIFhBAnQi4wJqIAIg4wJq/QAEACBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDjAmogAiDjAmr9AAQQIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOMCaiACIOMCav0ABCAgSP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg4wJqIAIg4wJq/QAEMCBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi5AJqIAIg5AJq/QAEACBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFJA0AgCSBYQRBqTgRAIAEgWEECdCLlAmogSSAFIOUCav0ABAD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOUCaiBJIAUg5QJq/QAEEP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg5QJqIEkgBSDlAmr9AAQg/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDlAmogSSAFIOUCav0ABDD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLmAmogSSAFIOYCav0ABAD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IecCIAdBAnQh6AIDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgg5wJsIAJqIekCIAQi6gJBAUYEQCDpAv0ABAAMAQsg6gJFBEAg6QL9CQIADAELIOkCKAIA/REg6QIg6gJBAnQi6wJqKAIA/RwBIOsCQQF0IOkCaigCAP0cAiDrAkEDbCDpAmooAgD9HAMLAnsgWCDoAmwgBWoh7AIgByLtAkEBRgRAIOwC/QAEAAwBCyDtAkUEQCDsAv0JAgAMAQsg7AIoAgD9ESDsAiDtAkECdCLuAmooAgD9HAEg7gJBAXQg7AJqKAIA/RwCIO4CQQNsIOwCaigCAP0cAwv9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwHCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLvAmogAiDvAmr9AAQAIAUg7wJq/QAEAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg7wJqIAIg7wJq/QAEECAFIO8Cav0ABBD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIO8CaiACIO8Cav0ABCAgBSDvAmr9AAQg/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDvAmogAiDvAmr9AAQwIAUg7wJq/QAEMP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IvACaiACIPACav0ABAAgBSDwAmr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFKA0AgCSBYQRBqTgRAIAEgWEECdCLxAmogAiDxAmr9AAQAIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIPECaiACIPECav0ABBAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg8QJqIAIg8QJq/QAEICBK/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDxAmogAiDxAmr9AAQwIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLyAmogAiDyAmr9AAQAIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUsDQCAJIFhBEGpOBEAgASBYQQJ0IvMCaiBLIAUg8wJq/QAEAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg8wJqIEsgBSDzAmr9AAQQ/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDzAmogSyAFIPMCav0ABCD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPMCaiBLIAUg8wJq/QAEMP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IvQCaiBLIAUg9AJq/QAEAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQh9QIgB0ECdCH2AgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCD1AmwgAmoh9wIgBCL4AkEBRgRAIPcC/QAEAAwBCyD4AkUEQCD3Av0JAgAMAQsg9wIoAgD9ESD3AiD4AkECdCL5AmooAgD9HAEg+QJBAXQg9wJqKAIA/RwCIPkCQQNsIPcCaigCAP0cAwsCeyBYIPYCbCAFaiH6AiAHIvsCQQFGBEAg+gL9AAQADAELIPsCRQRAIPoC/QkCAAwBCyD6AigCAP0RIPoCIPsCQQJ0IvwCaigCAP0cASD8AkEBdCD6AmooAgD9HAIg/AJBA2wg+gJqKAIA/RwDC/04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP04/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAYLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0Iv0CaiACIP0Cav0ABAAgBSD9Amr9AAQA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD9AmogAiD9Amr9AAQQIAUg/QJq/QAEEP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg/QJqIAIg/QJq/QAEICAFIP0Cav0ABCD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIP0CaiACIP0Cav0ABDAgBSD9Amr9AAQw/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi/gJqIAIg/gJq/QAEACAFIP4Cav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUwDQCAJIFhBEGpOBEAgASBYQQJ0Iv8CaiACIP8Cav0ABAAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg/wJqIAIg/wJq/QAEECBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD/AmogAiD/Amr9AAQgIEz9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIP8CaiACIP8Cav0ABDAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IoADaiACIIADav0ABAAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhTQNAIAkgWEEQak4EQCABIFhBAnQigQNqIE0gBSCBA2r9AAQA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCBA2ogTSAFIIEDav0ABBD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIEDaiBNIAUggQNq/QAEIP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEggQNqIE0gBSCBA2r9AAQw/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiggNqIE0gBSCCA2r9AAQA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCGDAyAHQQJ0IYQDA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIIMDbCACaiGFAyAEIoYDQQFGBEAghQP9AAQADAELIIYDRQRAIIUD/QkCAAwBCyCFAygCAP0RIIUDIIYDQQJ0IocDaigCAP0cASCHA0EBdCCFA2ooAgD9HAIghwNBA2wghQNqKAIA/RwDCwJ7IFgghANsIAVqIYgDIAciiQNBAUYEQCCIA/0ABAAMAQsgiQNFBEAgiAP9CQIADAELIIgDKAIA/REgiAMgiQNBAnQiigNqKAIA/RwBIIoDQQF0IIgDaigCAP0cAiCKA0EDbCCIA2ooAgD9HAML/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMBQsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQiiwNqIAIgiwNq/QAEACAFIIsDav0ABAD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIsDaiACIIsDav0ABBAgBSCLA2r9AAQQ/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCLA2ogAiCLA2r9AAQgIAUgiwNq/QAEIP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgiwNqIAIgiwNq/QAEMCAFIIsDav0ABDD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKMA2ogAiCMA2r9AAQAIAUgjANq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhTgNAIAkgWEEQak4EQCABIFhBAnQijQNqIAIgjQNq/QAEACBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCNA2ogAiCNA2r9AAQQIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABII0DaiACII0Dav0ABCAgTv09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgjQNqIAIgjQNq/QAEMCBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQijgNqIAIgjgNq/QAEACBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFPA0AgCSBYQRBqTgRAIAEgWEECdCKPA2ogTyAFII8Dav0ABAD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABII8DaiBPIAUgjwNq/QAEEP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgjwNqIE8gBSCPA2r9AAQg/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCPA2ogTyAFII8Dav0ABDD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKQA2ogTyAFIJADav0ABAD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IZEDIAdBAnQhkgMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggkQNsIAJqIZMDIAQilANBAUYEQCCTA/0ABAAMAQsglANFBEAgkwP9CQIADAELIJMDKAIA/REgkwMglANBAnQilQNqKAIA/RwBIJUDQQF0IJMDaigCAP0cAiCVA0EDbCCTA2ooAgD9HAMLAnsgWCCSA2wgBWohlgMgByKXA0EBRgRAIJYD/QAEAAwBCyCXA0UEQCCWA/0JAgAMAQsglgMoAgD9ESCWAyCXA0ECdCKYA2ooAgD9HAEgmANBAXQglgNqKAIA/RwCIJgDQQNsIJYDaigCAP0cAwv9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwECwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCKZA2ogAiCZA2r9AAQAIAUgmQNq/QAEAP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgmQNqIAIgmQNq/QAEECAFIJkDav0ABBD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJkDaiACIJkDav0ABCAgBSCZA2r9AAQg/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCZA2ogAiCZA2r9AAQwIAUgmQNq/QAEMP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IpoDaiACIJoDav0ABAAgBSCaA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFQA0AgCSBYQRBqTgRAIAEgWEECdCKbA2ogAiCbA2r9AAQAIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJsDaiACIJsDav0ABBAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgmwNqIAIgmwNq/QAEICBQ/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCbA2ogAiCbA2r9AAQwIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKcA2ogAiCcA2r9AAQAIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIVEDQCAJIFhBEGpOBEAgASBYQQJ0Ip0DaiBRIAUgnQNq/QAEAP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgnQNqIFEgBSCdA2r9AAQQ/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCdA2ogUSAFIJ0Dav0ABCD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJ0DaiBRIAUgnQNq/QAEMP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0Ip4DaiBRIAUgngNq/QAEAP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQhnwMgB0ECdCGgAwNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCCfA2wgAmohoQMgBCKiA0EBRgRAIKED/QAEAAwBCyCiA0UEQCChA/0JAgAMAQsgoQMoAgD9ESChAyCiA0ECdCKjA2ooAgD9HAEgowNBAXQgoQNqKAIA/RwCIKMDQQNsIKEDaigCAP0cAwsCeyBYIKADbCAFaiGkAyAHIqUDQQFGBEAgpAP9AAQADAELIKUDRQRAIKQD/QkCAAwBCyCkAygCAP0RIKQDIKUDQQJ0IqYDaigCAP0cASCmA0EBdCCkA2ooAgD9HAIgpgNBA2wgpANqKAIA/RwDC/07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP07/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAMLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0IqcDaiACIKcDav0ABAAgBSCnA2r9AAQA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCnA2ogAiCnA2r9AAQQIAUgpwNq/QAEEP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgpwNqIAIgpwNq/QAEICAFIKcDav0ABCD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKcDaiACIKcDav0ABDAgBSCnA2r9AAQw/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiqANqIAIgqANq/QAEACAFIKgDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVIDQCAJIFhBEGpOBEAgASBYQQJ0IqkDaiACIKkDav0ABAAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgqQNqIAIgqQNq/QAEECBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCpA2ogAiCpA2r9AAQgIFL9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKkDaiACIKkDav0ABDAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IqoDaiACIKoDav0ABAAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhUwNAIAkgWEEQak4EQCABIFhBAnQiqwNqIFMgBSCrA2r9AAQA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCrA2ogUyAFIKsDav0ABBD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKsDaiBTIAUgqwNq/QAEIP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgqwNqIFMgBSCrA2r9AAQw/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQirANqIFMgBSCsA2r9AAQA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCGtAyAHQQJ0Ia4DA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIK0DbCACaiGvAyAEIrADQQFGBEAgrwP9AAQADAELILADRQRAIK8D/QkCAAwBCyCvAygCAP0RIK8DILADQQJ0IrEDaigCAP0cASCxA0EBdCCvA2ooAgD9HAIgsQNBA2wgrwNqKAIA/RwDCwJ7IFggrgNsIAVqIbIDIAciswNBAUYEQCCyA/0ABAAMAQsgswNFBEAgsgP9CQIADAELILIDKAIA/REgsgMgswNBAnQitANqKAIA/RwBILQDQQF0ILIDaigCAP0cAiC0A0EDbCCyA2ooAgD9HAML/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMAgsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQitQNqIAIgtQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASC1A2ogAiC1A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC1A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABILUDaiACILUDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILUDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgtQNqIAIgtQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQitgNqIAIgtgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFUA0AgCSBYQRBqTgRAIAEgWEECdCK3A2ogAiC3A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASC3A2ogAiC3A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASC3A2ogAiC3A2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASC3A2ogAiC3A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiuANqIAIguANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IFT9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhVQNAIAkgWEEQak4EQCABIFhBAnQiuQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEguQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEguQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEguQNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILkDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IroDaiBV/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC6A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IbsDIAdBAnQhvAMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgguwNsIAJqIb0DIAQivgNBAUYEQCC9A/0ABAAMAQsgvgNFBEAgvQP9CQIADAELIL0DKAIA/REgvQMgvgNBAnQivwNqKAIA/RwBIL8DQQF0IL0DaigCAP0cAiC/A0EDbCC9A2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TgCeyBYILwDbCAFaiHAAyAHIsEDQQFGBEAgwAP9AAQADAELIMEDRQRAIMAD/QkCAAwBCyDAAygCAP0RIMADIMEDQQJ0IsIDaigCAP0cASDCA0EBdCDAA2ooAgD9HAIgwgNBA2wgwANqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/TggB0ECdCBYbCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAELA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0IsMDaiACIMMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgwwNqIAIgwwNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgwwNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDDA2ogAiDDA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDDA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIMMDaiACIMMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsQDaiACIMQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhVgNAIAkgWEEQak4EQCABIFhBAnQixQNqIAIgxQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgxQNqIAIgxQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgxQNqIAIgxQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgxQNqIAIgxQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsYDaiACIMYDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCBW/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIVcDQCAJIFhBEGpOBEAgASBYQQJ0IscDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIMcDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIMcDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIMcDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDHA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLIA2ogV/0MAAAAAAAAAAAAAAAAAAAAAP04IAUgyANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCHJAyAHQQJ0IcoDA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIMkDbCACaiHLAyAEIswDQQFGBEAgywP9AAQADAELIMwDRQRAIMsD/QkCAAwBCyDLAygCAP0RIMsDIMwDQQJ0Is0DaigCAP0cASDNA0EBdCDLA2ooAgD9HAIgzQNBA2wgywNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04AnsgWCDKA2wgBWohzgMgByLPA0EBRgRAIM4D/QAEAAwBCyDPA0UEQCDOA/0JAgAMAQsgzgMoAgD9ESDOAyDPA0ECdCLQA2ooAgD9HAEg0ANBAXQgzgNqKAIA/RwCINADQQNsIM4DaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP04IAdBAnQgWGwgBWr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwsLza8BA1R77QJ/sgF9AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAAOEAECAwQFBgcICQoLDA0ODxAACwALA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0ImZqIAIgZmr9AAQAIQ0gBSBmav0ABAAhDiANIA795AH9CwQAIAIgZmr9AAQQIQ8gBSBmav0ABBAhECABIGZqIA8gEP3kAf0LBBAgAiBmav0ABCAhESAFIGZq/QAEICESIAEgZmogESAS/eQB/QsEICACIGZq/QAEMCETIAUgZmr9AAQwIRQgASBmaiATIBT95AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IocBaiACIIcBav0ABAAhFSAFIIcBav0ABAAhFiAVIBb95AH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhFwNAIAkgXkEQak4EQCABIF5BAnQikAFqIAIgkAFq/QAEACEYIBghGSAXIRogGSAa/eQB/QsEACACIJABav0ABBAhGyABIJABaiAbIRwgFyEdIBwgHf3kAf0LBBAgAiCQAWr9AAQgIR4gASCQAWogHiEfIBchICAfICD95AH9CwQgIAIgkAFq/QAEMCEhIAEgkAFqICEhIiAXISMgIiAj/eQB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKxAWogAiCxAWr9AAQAISQgJCElIBchJiAlICb95AH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhJwNAIAkgXkEQak4EQCABIF5BAnQiugFqIAUgugFq/QAEACEoICchKSApICj95AH9CwQAIAUgugFq/QAEECEqIAEgugFqICchKyArICr95AH9CwQQIAUgugFq/QAEICEsIAEgugFqICchLSAtICz95AH9CwQgIAUgugFq/QAEMCEuIAEgugFqICchLyAvIC795AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0ItsBaiAFINsBav0ABAAhMCAnITEgMSAw/eQB/QsEACBeQQRqIV4MAQsLBSAEQQJ0IeQBIAdBAnQh5QEDQCAJIF5BBGpOBEACeyBeIOQBbCACaiHmASAEIucBQQFGBEAg5gH9AAQADAELIOcBRQRAIOYB/QkCAAwBCyDmASgCAP0RIOYBIOcBQQJ0IugBaigCAP0cASDoAUEBdCDmAWooAgD9HAIg6AFBA2wg5gFqKAIA/RwDCyEyAnsgXiDlAWwgBWoh6QEgByLqAUEBRgRAIOkB/QAEAAwBCyDqAUUEQCDpAf0JAgAMAQsg6QEoAgD9ESDpASDqAUECdCLrAWooAgD9HAEg6wFBAXQg6QFqKAIA/RwCIOsBQQNsIOkBaigCAP0cAwshMyBeQQJ0IAFqIDIgM/3kAf0LBAAgXkEEaiFeDAELCwsLC0EBIWUDQCAJIF5KBEAgBEECdCBebCACav0JAgAhNCAHQQJ0IF5sIAVq/QkCACE1IF5BAnQgAWogNCA1/eQB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwPCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCL8AWogAiD8AWr9AAQAIAUg/AFq/QAEAP3lAf0LBAAgASD8AWogAiD8AWr9AAQQIAUg/AFq/QAEEP3lAf0LBBAgASD8AWogAiD8AWr9AAQgIAUg/AFq/QAEIP3lAf0LBCAgASD8AWogAiD8AWr9AAQwIAUg/AFq/QAEMP3lAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi/QFqIAIg/QFq/QAEACAFIP0Bav0ABAD95QH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhNgNAIAkgXkEQak4EQCABIF5BAnQi/gFqIAIg/gFq/QAEACA2/eUB/QsEACABIP4BaiACIP4Bav0ABBAgNv3lAf0LBBAgASD+AWogAiD+AWr9AAQgIDb95QH9CwQgIAEg/gFqIAIg/gFq/QAEMCA2/eUB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCL/AWogAiD/AWr9AAQAIDb95QH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhNwNAIAkgXkEQak4EQCABIF5BAnQigAJqIDcgBSCAAmr9AAQA/eUB/QsEACABIIACaiA3IAUggAJq/QAEEP3lAf0LBBAgASCAAmogNyAFIIACav0ABCD95QH9CwQgIAEggAJqIDcgBSCAAmr9AAQw/eUB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKBAmogNyAFIIECav0ABAD95QH9CwQAIF5BBGohXgwBCwsFIARBAnQhggIgB0ECdCGDAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCCAmwgAmohhAIgBCKFAkEBRgRAIIQC/QAEAAwBCyCFAkUEQCCEAv0JAgAMAQsghAIoAgD9ESCEAiCFAkECdCKGAmooAgD9HAEghgJBAXQghAJqKAIA/RwCIIYCQQNsIIQCaigCAP0cAwsCeyBeIIMCbCAFaiGHAiAHIogCQQFGBEAghwL9AAQADAELIIgCRQRAIIcC/QkCAAwBCyCHAigCAP0RIIcCIIgCQQJ0IokCaigCAP0cASCJAkEBdCCHAmooAgD9HAIgiQJBA2wghwJqKAIA/RwDC/3lAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/eUB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwOCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKKAmogAiCKAmr9AAQAIAUgigJq/QAEAP3mAf0LBAAgASCKAmogAiCKAmr9AAQQIAUgigJq/QAEEP3mAf0LBBAgASCKAmogAiCKAmr9AAQgIAUgigJq/QAEIP3mAf0LBCAgASCKAmogAiCKAmr9AAQwIAUgigJq/QAEMP3mAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiiwJqIAIgiwJq/QAEACAFIIsCav0ABAD95gH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhOANAIAkgXkEQak4EQCABIF5BAnQijAJqIAIgjAJq/QAEACA4/eYB/QsEACABIIwCaiACIIwCav0ABBAgOP3mAf0LBBAgASCMAmogAiCMAmr9AAQgIDj95gH9CwQgIAEgjAJqIAIgjAJq/QAEMCA4/eYB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKNAmogAiCNAmr9AAQAIDj95gH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhOQNAIAkgXkEQak4EQCABIF5BAnQijgJqIDkgBSCOAmr9AAQA/eYB/QsEACABII4CaiA5IAUgjgJq/QAEEP3mAf0LBBAgASCOAmogOSAFII4Cav0ABCD95gH9CwQgIAEgjgJqIDkgBSCOAmr9AAQw/eYB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKPAmogOSAFII8Cav0ABAD95gH9CwQAIF5BBGohXgwBCwsFIARBAnQhkAIgB0ECdCGRAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCQAmwgAmohkgIgBCKTAkEBRgRAIJIC/QAEAAwBCyCTAkUEQCCSAv0JAgAMAQsgkgIoAgD9ESCSAiCTAkECdCKUAmooAgD9HAEglAJBAXQgkgJqKAIA/RwCIJQCQQNsIJICaigCAP0cAwsCeyBeIJECbCAFaiGVAiAHIpYCQQFGBEAglQL9AAQADAELIJYCRQRAIJUC/QkCAAwBCyCVAigCAP0RIJUCIJYCQQJ0IpcCaigCAP0cASCXAkEBdCCVAmooAgD9HAIglwJBA2wglQJqKAIA/RwDC/3mAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/eYB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwNCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKYAmogAiCYAmr9AAQAIAUgmAJq/QAEAP3nAf0LBAAgASCYAmogAiCYAmr9AAQQIAUgmAJq/QAEEP3nAf0LBBAgASCYAmogAiCYAmr9AAQgIAUgmAJq/QAEIP3nAf0LBCAgASCYAmogAiCYAmr9AAQwIAUgmAJq/QAEMP3nAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQimQJqIAIgmQJq/QAEACAFIJkCav0ABAD95wH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhOgNAIAkgXkEQak4EQCABIF5BAnQimgJqIAIgmgJq/QAEACA6/ecB/QsEACABIJoCaiACIJoCav0ABBAgOv3nAf0LBBAgASCaAmogAiCaAmr9AAQgIDr95wH9CwQgIAEgmgJqIAIgmgJq/QAEMCA6/ecB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKbAmogAiCbAmr9AAQAIDr95wH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhOwNAIAkgXkEQak4EQCABIF5BAnQinAJqIDsgBSCcAmr9AAQA/ecB/QsEACABIJwCaiA7IAUgnAJq/QAEEP3nAf0LBBAgASCcAmogOyAFIJwCav0ABCD95wH9CwQgIAEgnAJqIDsgBSCcAmr9AAQw/ecB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKdAmogOyAFIJ0Cav0ABAD95wH9CwQAIF5BBGohXgwBCwsFIARBAnQhngIgB0ECdCGfAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCeAmwgAmohoAIgBCKhAkEBRgRAIKAC/QAEAAwBCyChAkUEQCCgAv0JAgAMAQsgoAIoAgD9ESCgAiChAkECdCKiAmooAgD9HAEgogJBAXQgoAJqKAIA/RwCIKICQQNsIKACaigCAP0cAwsCeyBeIJ8CbCAFaiGjAiAHIqQCQQFGBEAgowL9AAQADAELIKQCRQRAIKMC/QkCAAwBCyCjAigCAP0RIKMCIKQCQQJ0IqUCaigCAP0cASClAkEBdCCjAmooAgD9HAIgpQJBA2wgowJqKAIA/RwDC/3nAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/ecB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwMCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQQRqTgRAIAEgXkECdCKmAmoCfSACIKYCav0ABAAiPP0fACHVBEMAAMB/IAUgpgJq/QAEACI9/R8AItYEINYEXA0AGkMAAIA/INYEQwAAAABbDQAaQwAAwH8g1QSLQwAAgD9bINYEINYEk0MAAAAAXHENABog1QQg1gQQAAv9EwJ9QwAAwH8gPf0fASLYBCDYBFwNABpDAACAPyDYBEMAAAAAWw0AGiA8/R8BIdcEQwAAwH8g1wSLQwAAgD9bINgEINgEk0MAAAAAXHENABog1wQg2AQQAAv9IAECfUMAAMB/ID39HwIi2gQg2gRcDQAaQwAAgD8g2gRDAAAAAFsNABogPP0fAiHZBEMAAMB/INkEi0MAAIA/WyDaBCDaBJNDAAAAAFxxDQAaINkEINoEEAAL/SACAn1DAADAfyA9/R8DItwEINwEXA0AGkMAAIA/INwEQwAAAABbDQAaIDz9HwMh2wRDAADAfyDbBItDAACAP1sg3AQg3ASTQwAAAABccQ0AGiDbBCDcBBAAC/0gA/0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE+A0AgCSBeQQRqTgRAIAEgXkECdCKnAmoCfSACIKcCav0ABAAiP/0fACHdBEMAAMB/ID4iQP0fACLeBCDeBFwNABpDAACAPyDeBEMAAAAAWw0AGkMAAMB/IN0Ei0MAAIA/WyDeBCDeBJNDAAAAAFxxDQAaIN0EIN4EEAAL/RMCfUMAAMB/IED9HwEi4AQg4ARcDQAaQwAAgD8g4ARDAAAAAFsNABogP/0fASHfBEMAAMB/IN8Ei0MAAIA/WyDgBCDgBJNDAAAAAFxxDQAaIN8EIOAEEAAL/SABAn1DAADAfyBA/R8CIuIEIOIEXA0AGkMAAIA/IOIEQwAAAABbDQAaID/9HwIh4QRDAADAfyDhBItDAACAP1sg4gQg4gSTQwAAAABccQ0AGiDhBCDiBBAAC/0gAgJ9QwAAwH8gQP0fAyLkBCDkBFwNABpDAACAPyDkBEMAAAAAWw0AGiA//R8DIeMEQwAAwH8g4wSLQwAAgD9bIOQEIOQEk0MAAAAAXHENABog4wQg5AQQAAv9IAP9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhQQNAIAkgXkEEak4EQCBBIUIgASBeQQJ0IqgCagJ9QwAAwH8gBSCoAmr9AAQAIkP9HwAi5gQg5gRcDQAaQwAAgD8g5gRDAAAAAFsNABogQf0fACHlBEMAAMB/IOUEi0MAAIA/WyDmBCDmBJNDAAAAAFxxDQAaIOUEIOYEEAAL/RMCfUMAAMB/IEP9HwEi6AQg6ARcDQAaQwAAgD8g6ARDAAAAAFsNABogQv0fASHnBEMAAMB/IOcEi0MAAIA/WyDoBCDoBJNDAAAAAFxxDQAaIOcEIOgEEAAL/SABAn1DAADAfyBD/R8CIuoEIOoEXA0AGkMAAIA/IOoEQwAAAABbDQAaIEL9HwIh6QRDAADAfyDpBItDAACAP1sg6gQg6gSTQwAAAABccQ0AGiDpBCDqBBAAC/0gAgJ9QwAAwH8gQ/0fAyLsBCDsBFwNABpDAACAPyDsBEMAAAAAWw0AGiBC/R8DIesEQwAAwH8g6wSLQwAAgD9bIOwEIOwEk0MAAAAAXHENABog6wQg7AQQAAv9IAP9CwQAIF5BBGohXgwBCwsFIARBAnQhqQIgB0ECdCGqAgNAIAkgXkEEak4EQCBeQQJ0IAFqAn0CeyBeIKkCbCACaiGrAiAEIqwCQQFGBEAgqwL9AAQADAELIKwCRQRAIKsC/QkCAAwBCyCrAigCAP0RIKsCIKwCQQJ0Iq0CaigCAP0cASCtAkEBdCCrAmooAgD9HAIgrQJBA2wgqwJqKAIA/RwDCyJE/R8AIe0EQwAAwH8CeyBeIKoCbCAFaiGuAiAHIq8CQQFGBEAgrgL9AAQADAELIK8CRQRAIK4C/QkCAAwBCyCuAigCAP0RIK4CIK8CQQJ0IrACaigCAP0cASCwAkEBdCCuAmooAgD9HAIgsAJBA2wgrgJqKAIA/RwDCyJF/R8AIu4EIO4EXA0AGkMAAIA/IO4EQwAAAABbDQAaQwAAwH8g7QSLQwAAgD9bIO4EIO4Ek0MAAAAAXHENABog7QQg7gQQAAv9EwJ9QwAAwH8gRf0fASLwBCDwBFwNABpDAACAPyDwBEMAAAAAWw0AGiBE/R8BIe8EQwAAwH8g7wSLQwAAgD9bIPAEIPAEk0MAAAAAXHENABog7wQg8AQQAAv9IAECfUMAAMB/IEX9HwIi8gQg8gRcDQAaQwAAgD8g8gRDAAAAAFsNABogRP0fAiHxBEMAAMB/IPEEi0MAAIA/WyDyBCDyBJNDAAAAAFxxDQAaIPEEIPIEEAAL/SACAn1DAADAfyBF/R8DIvQEIPQEXA0AGkMAAIA/IPQEQwAAAABbDQAaIET9HwMh8wRDAADAfyDzBItDAACAP1sg9AQg9ASTQwAAAABccQ0AGiDzBCD0BBAAC/0gA/0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqAn0gBEECdCBebCACav0JAgAiRv0fACH1BEMAAMB/IAdBAnQgXmwgBWr9CQIAIkf9HwAi9gQg9gRcDQAaQwAAgD8g9gRDAAAAAFsNABpDAADAfyD1BItDAACAP1sg9gQg9gSTQwAAAABccQ0AGiD1BCD2BBAAC/0TAn1DAADAfyBH/R8BIvgEIPgEXA0AGkMAAIA/IPgEQwAAAABbDQAaIEb9HwEh9wRDAADAfyD3BItDAACAP1sg+AQg+ASTQwAAAABccQ0AGiD3BCD4BBAAC/0gAQJ9QwAAwH8gR/0fAiL6BCD6BFwNABpDAACAPyD6BEMAAAAAWw0AGiBG/R8CIfkEQwAAwH8g+QSLQwAAgD9bIPoEIPoEk0MAAAAAXHENABog+QQg+gQQAAv9IAICfUMAAMB/IEf9HwMi/AQg/ARcDQAaQwAAgD8g/ARDAAAAAFsNABogRv0fAyH7BEMAAMB/IPsEi0MAAIA/WyD8BCD8BJNDAAAAAFxxDQAaIPsEIPwEEAAL/SAD/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwLCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKxAmogAiCxAmr9AAQAIAUgsQJq/QAEAP3pAf0LBAAgASCxAmogAiCxAmr9AAQQIAUgsQJq/QAEEP3pAf0LBBAgASCxAmogAiCxAmr9AAQgIAUgsQJq/QAEIP3pAf0LBCAgASCxAmogAiCxAmr9AAQwIAUgsQJq/QAEMP3pAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQisgJqIAIgsgJq/QAEACAFILICav0ABAD96QH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhSANAIAkgXkEQak4EQCABIF5BAnQiswJqIAIgswJq/QAEACBI/ekB/QsEACABILMCaiACILMCav0ABBAgSP3pAf0LBBAgASCzAmogAiCzAmr9AAQgIEj96QH9CwQgIAEgswJqIAIgswJq/QAEMCBI/ekB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCK0AmogAiC0Amr9AAQAIEj96QH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhSQNAIAkgXkEQak4EQCABIF5BAnQitQJqIEkgBSC1Amr9AAQA/ekB/QsEACABILUCaiBJIAUgtQJq/QAEEP3pAf0LBBAgASC1AmogSSAFILUCav0ABCD96QH9CwQgIAEgtQJqIEkgBSC1Amr9AAQw/ekB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCK2AmogSSAFILYCav0ABAD96QH9CwQAIF5BBGohXgwBCwsFIARBAnQhtwIgB0ECdCG4AgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiC3AmwgAmohuQIgBCK6AkEBRgRAILkC/QAEAAwBCyC6AkUEQCC5Av0JAgAMAQsguQIoAgD9ESC5AiC6AkECdCK7AmooAgD9HAEguwJBAXQguQJqKAIA/RwCILsCQQNsILkCaigCAP0cAwsCeyBeILgCbCAFaiG8AiAHIr0CQQFGBEAgvAL9AAQADAELIL0CRQRAILwC/QkCAAwBCyC8AigCAP0RILwCIL0CQQJ0Ir4CaigCAP0cASC+AkEBdCC8AmooAgD9HAIgvgJBA2wgvAJqKAIA/RwDC/3pAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/ekB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwKCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCK/AmogAiC/Amr9AAQAIAUgvwJq/QAEAP3oAf0LBAAgASC/AmogAiC/Amr9AAQQIAUgvwJq/QAEEP3oAf0LBBAgASC/AmogAiC/Amr9AAQgIAUgvwJq/QAEIP3oAf0LBCAgASC/AmogAiC/Amr9AAQwIAUgvwJq/QAEMP3oAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiwAJqIAIgwAJq/QAEACAFIMACav0ABAD96AH9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhSgNAIAkgXkEQak4EQCABIF5BAnQiwQJqIAIgwQJq/QAEACBK/egB/QsEACABIMECaiACIMECav0ABBAgSv3oAf0LBBAgASDBAmogAiDBAmr9AAQgIEr96AH9CwQgIAEgwQJqIAIgwQJq/QAEMCBK/egB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLCAmogAiDCAmr9AAQAIEr96AH9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhSwNAIAkgXkEQak4EQCABIF5BAnQiwwJqIEsgBSDDAmr9AAQA/egB/QsEACABIMMCaiBLIAUgwwJq/QAEEP3oAf0LBBAgASDDAmogSyAFIMMCav0ABCD96AH9CwQgIAEgwwJqIEsgBSDDAmr9AAQw/egB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLEAmogSyAFIMQCav0ABAD96AH9CwQAIF5BBGohXgwBCwsFIARBAnQhxQIgB0ECdCHGAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiDFAmwgAmohxwIgBCLIAkEBRgRAIMcC/QAEAAwBCyDIAkUEQCDHAv0JAgAMAQsgxwIoAgD9ESDHAiDIAkECdCLJAmooAgD9HAEgyQJBAXQgxwJqKAIA/RwCIMkCQQNsIMcCaigCAP0cAwsCeyBeIMYCbCAFaiHKAiAHIssCQQFGBEAgygL9AAQADAELIMsCRQRAIMoC/QkCAAwBCyDKAigCAP0RIMoCIMsCQQJ0IswCaigCAP0cASDMAkEBdCDKAmooAgD9HAIgzAJBA2wgygJqKAIA/RwDC/3oAf0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/egB/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwJCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCLNAmogAiDNAmr9AAQAIAUgzQJq/QAEAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgzQJqIAIgzQJq/QAEECAFIM0Cav0ABBD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIM0CaiACIM0Cav0ABCAgBSDNAmr9AAQg/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDNAmogAiDNAmr9AAQwIAUgzQJq/QAEMP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Is4CaiACIM4Cav0ABAAgBSDOAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFMA0AgCSBeQRBqTgRAIAEgXkECdCLPAmogAiDPAmr9AAQAIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIM8CaiACIM8Cav0ABBAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgzwJqIAIgzwJq/QAEICBM/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDPAmogAiDPAmr9AAQwIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLQAmogAiDQAmr9AAQAIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIU0DQCAJIF5BEGpOBEAgASBeQQJ0ItECaiBNIAUg0QJq/QAEAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg0QJqIE0gBSDRAmr9AAQQ/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDRAmogTSAFINECav0ABCD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABINECaiBNIAUg0QJq/QAEMP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0ItICaiBNIAUg0gJq/QAEAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQh0wIgB0ECdCHUAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiDTAmwgAmoh1QIgBCLWAkEBRgRAINUC/QAEAAwBCyDWAkUEQCDVAv0JAgAMAQsg1QIoAgD9ESDVAiDWAkECdCLXAmooAgD9HAEg1wJBAXQg1QJqKAIA/RwCINcCQQNsINUCaigCAP0cAwsCeyBeINQCbCAFaiHYAiAHItkCQQFGBEAg2AL9AAQADAELINkCRQRAINgC/QkCAAwBCyDYAigCAP0RINgCINkCQQJ0ItoCaigCAP0cASDaAkEBdCDYAmooAgD9HAIg2gJBA2wg2AJqKAIA/RwDC/1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1B/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAgLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0ItsCaiACINsCav0ABAAgBSDbAmr9AAQA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDbAmogAiDbAmr9AAQQIAUg2wJq/QAEEP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg2wJqIAIg2wJq/QAEICAFINsCav0ABCD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABINsCaiACINsCav0ABDAgBSDbAmr9AAQw/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi3AJqIAIg3AJq/QAEACAFINwCav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIU4DQCAJIF5BEGpOBEAgASBeQQJ0It0CaiACIN0Cav0ABAAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg3QJqIAIg3QJq/QAEECBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDdAmogAiDdAmr9AAQgIE79Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIN0CaiACIN0Cav0ABDAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0It4CaiACIN4Cav0ABAAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhTwNAIAkgXkEQak4EQCABIF5BAnQi3wJqIE8gBSDfAmr9AAQA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDfAmogTyAFIN8Cav0ABBD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIN8CaiBPIAUg3wJq/QAEIP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg3wJqIE8gBSDfAmr9AAQw/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi4AJqIE8gBSDgAmr9AAQA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCHhAiAHQQJ0IeICA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIOECbCACaiHjAiAEIuQCQQFGBEAg4wL9AAQADAELIOQCRQRAIOMC/QkCAAwBCyDjAigCAP0RIOMCIOQCQQJ0IuUCaigCAP0cASDlAkEBdCDjAmooAgD9HAIg5QJBA2wg4wJqKAIA/RwDCwJ7IF4g4gJsIAVqIeYCIAci5wJBAUYEQCDmAv0ABAAMAQsg5wJFBEAg5gL9CQIADAELIOYCKAIA/REg5gIg5wJBAnQi6AJqKAIA/RwBIOgCQQF0IOYCaigCAP0cAiDoAkEDbCDmAmooAgD9HAML/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMBwsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQi6QJqIAIg6QJq/QAEACAFIOkCav0ABAD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOkCaiACIOkCav0ABBAgBSDpAmr9AAQQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDpAmogAiDpAmr9AAQgIAUg6QJq/QAEIP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg6QJqIAIg6QJq/QAEMCAFIOkCav0ABDD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLqAmogAiDqAmr9AAQAIAUg6gJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhUANAIAkgXkEQak4EQCABIF5BAnQi6wJqIAIg6wJq/QAEACBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDrAmogAiDrAmr9AAQQIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOsCaiACIOsCav0ABCAgUP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg6wJqIAIg6wJq/QAEMCBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi7AJqIAIg7AJq/QAEACBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFRA0AgCSBeQRBqTgRAIAEgXkECdCLtAmogUSAFIO0Cav0ABAD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIO0CaiBRIAUg7QJq/QAEEP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg7QJqIFEgBSDtAmr9AAQg/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDtAmogUSAFIO0Cav0ABDD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLuAmogUSAFIO4Cav0ABAD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0Ie8CIAdBAnQh8AIDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4g7wJsIAJqIfECIAQi8gJBAUYEQCDxAv0ABAAMAQsg8gJFBEAg8QL9CQIADAELIPECKAIA/REg8QIg8gJBAnQi8wJqKAIA/RwBIPMCQQF0IPECaigCAP0cAiDzAkEDbCDxAmooAgD9HAMLAnsgXiDwAmwgBWoh9AIgByL1AkEBRgRAIPQC/QAEAAwBCyD1AkUEQCD0Av0JAgAMAQsg9AIoAgD9ESD0AiD1AkECdCL2AmooAgD9HAEg9gJBAXQg9AJqKAIA/RwCIPYCQQNsIPQCaigCAP0cAwv9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwGCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCL3AmogAiD3Amr9AAQAIAUg9wJq/QAEAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg9wJqIAIg9wJq/QAEECAFIPcCav0ABBD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIPcCaiACIPcCav0ABCAgBSD3Amr9AAQg/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASD3AmogAiD3Amr9AAQwIAUg9wJq/QAEMP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IvgCaiACIPgCav0ABAAgBSD4Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFSA0AgCSBeQRBqTgRAIAEgXkECdCL5AmogAiD5Amr9AAQAIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIPkCaiACIPkCav0ABBAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg+QJqIAIg+QJq/QAEICBS/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASD5AmogAiD5Amr9AAQwIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCL6AmogAiD6Amr9AAQAIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVMDQCAJIF5BEGpOBEAgASBeQQJ0IvsCaiBTIAUg+wJq/QAEAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg+wJqIFMgBSD7Amr9AAQQ/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD7AmogUyAFIPsCav0ABCD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPsCaiBTIAUg+wJq/QAEMP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IvwCaiBTIAUg/AJq/QAEAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQh/QIgB0ECdCH+AgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiD9AmwgAmoh/wIgBCKAA0EBRgRAIP8C/QAEAAwBCyCAA0UEQCD/Av0JAgAMAQsg/wIoAgD9ESD/AiCAA0ECdCKBA2ooAgD9HAEggQNBAXQg/wJqKAIA/RwCIIEDQQNsIP8CaigCAP0cAwsCeyBeIP4CbCAFaiGCAyAHIoMDQQFGBEAgggP9AAQADAELIIMDRQRAIIID/QkCAAwBCyCCAygCAP0RIIIDIIMDQQJ0IoQDaigCAP0cASCEA0EBdCCCA2ooAgD9HAIghANBA2wgggNqKAIA/RwDC/1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1F/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAULA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IoUDaiACIIUDav0ABAAgBSCFA2r9AAQA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCFA2ogAiCFA2r9AAQQIAUghQNq/QAEEP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEghQNqIAIghQNq/QAEICAFIIUDav0ABCD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIIUDaiACIIUDav0ABDAgBSCFA2r9AAQw/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQihgNqIAIghgNq/QAEACAFIIYDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVQDQCAJIF5BEGpOBEAgASBeQQJ0IocDaiACIIcDav0ABAAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEghwNqIAIghwNq/QAEECBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCHA2ogAiCHA2r9AAQgIFT9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIIcDaiACIIcDav0ABDAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IogDaiACIIgDav0ABAAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhVQNAIAkgXkEQak4EQCABIF5BAnQiiQNqIFUgBSCJA2r9AAQA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCJA2ogVSAFIIkDav0ABBD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIkDaiBVIAUgiQNq/QAEIP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgiQNqIFUgBSCJA2r9AAQw/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiigNqIFUgBSCKA2r9AAQA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCGLAyAHQQJ0IYwDA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIIsDbCACaiGNAyAEIo4DQQFGBEAgjQP9AAQADAELII4DRQRAII0D/QkCAAwBCyCNAygCAP0RII0DII4DQQJ0Io8DaigCAP0cASCPA0EBdCCNA2ooAgD9HAIgjwNBA2wgjQNqKAIA/RwDCwJ7IF4gjANsIAVqIZADIAcikQNBAUYEQCCQA/0ABAAMAQsgkQNFBEAgkAP9CQIADAELIJADKAIA/REgkAMgkQNBAnQikgNqKAIA/RwBIJIDQQF0IJADaigCAP0cAiCSA0EDbCCQA2ooAgD9HAML/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMBAsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQikwNqIAIgkwNq/QAEACAFIJMDav0ABAD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJMDaiACIJMDav0ABBAgBSCTA2r9AAQQ/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCTA2ogAiCTA2r9AAQgIAUgkwNq/QAEIP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgkwNqIAIgkwNq/QAEMCAFIJMDav0ABDD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKUA2ogAiCUA2r9AAQAIAUglANq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhVgNAIAkgXkEQak4EQCABIF5BAnQilQNqIAIglQNq/QAEACBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCVA2ogAiCVA2r9AAQQIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJUDaiACIJUDav0ABCAgVv1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEglQNqIAIglQNq/QAEMCBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQilgNqIAIglgNq/QAEACBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFXA0AgCSBeQRBqTgRAIAEgXkECdCKXA2ogVyAFIJcDav0ABAD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJcDaiBXIAUglwNq/QAEEP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEglwNqIFcgBSCXA2r9AAQg/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCXA2ogVyAFIJcDav0ABDD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKYA2ogVyAFIJgDav0ABAD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IZkDIAdBAnQhmgMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4gmQNsIAJqIZsDIAQinANBAUYEQCCbA/0ABAAMAQsgnANFBEAgmwP9CQIADAELIJsDKAIA/REgmwMgnANBAnQinQNqKAIA/RwBIJ0DQQF0IJsDaigCAP0cAiCdA0EDbCCbA2ooAgD9HAMLAnsgXiCaA2wgBWohngMgByKfA0EBRgRAIJ4D/QAEAAwBCyCfA0UEQCCeA/0JAgAMAQsgngMoAgD9ESCeAyCfA0ECdCKgA2ooAgD9HAEgoANBAXQgngNqKAIA/RwCIKADQQNsIJ4DaigCAP0cAwv9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwDCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKhA2ogAiChA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSChA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKEDaiACIKEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgoQNqIAIgoQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgoQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASChA2ogAiChA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSChA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKiA2ogAiCiA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCiA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVgDQCAJIF5BEGpOBEAgASBeQQJ0IqMDaiACIKMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKMDaiACIKMDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKMDaiACIKMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKMDaiACIKMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKkA2ogAiCkA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgWP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFZA0AgCSBeQRBqTgRAIAEgXkECdCKlA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASClA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASClA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASClA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQipgNqIFn9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKYDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQhpwMgB0ECdCGoAwNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCnA2wgAmohqQMgBCKqA0EBRgRAIKkD/QAEAAwBCyCqA0UEQCCpA/0JAgAMAQsgqQMoAgD9ESCpAyCqA0ECdCKrA2ooAgD9HAEgqwNBAXQgqQNqKAIA/RwCIKsDQQNsIKkDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9QgJ7IF4gqANsIAVqIawDIAcirQNBAUYEQCCsA/0ABAAMAQsgrQNFBEAgrAP9CQIADAELIKwDKAIA/REgrAMgrQNBAnQirgNqKAIA/RwBIK4DQQF0IKwDaigCAP0cAiCuA0EDbCCsA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9QiAHQQJ0IF5sIAVq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMAgsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQirwNqIAIgrwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgrwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCvA2ogAiCvA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCvA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIK8DaiACIK8Dav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIK8Dav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgrwNqIAIgrwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgrwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQisANqIAIgsANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgsANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFaA0AgCSBeQRBqTgRAIAEgXkECdCKxA2ogAiCxA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCxA2ogAiCxA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCxA2ogAiCxA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCxA2ogAiCxA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQisgNqIAIgsgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIFr9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhWwNAIAkgXkEQak4EQCABIF5BAnQiswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgswNqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILMDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrQDaiBb/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSC0A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IbUDIAdBAnQhtgMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4gtQNsIAJqIbcDIAQiuANBAUYEQCC3A/0ABAAMAQsguANFBEAgtwP9CQIADAELILcDKAIA/REgtwMguANBAnQiuQNqKAIA/RwBILkDQQF0ILcDaigCAP0cAiC5A0EDbCC3A2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UICeyBeILYDbCAFaiG6AyAHIrsDQQFGBEAgugP9AAQADAELILsDRQRAILoD/QkCAAwBCyC6AygCAP0RILoDILsDQQJ0IrwDaigCAP0cASC8A0EBdCC6A2ooAgD9HAIgvANBA2wgugNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UIgB0ECdCBebCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAELA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0Ir0DaiACIL0Dav0ABAAgBSC9A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgASC9A2ogAiC9A2r9AAQQIAUgvQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQQIAEgvQNqIAIgvQNq/QAEICAFIL0Dav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEICABIL0DaiACIL0Dav0ABDAgBSC9A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQivgNqIAIgvgNq/QAEACAFIL4Dav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVwDQCAJIF5BEGpOBEAgASBeQQJ0Ir8DaiACIL8Dav0ABAAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIAEgvwNqIAIgvwNq/QAEECBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBBAgASC/A2ogAiC/A2r9AAQgIFz9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEICABIL8DaiACIL8Dav0ABDAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IsADaiACIMADav0ABAAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhXQNAIAkgXkEQak4EQCABIF5BAnQiwQNqIF0gBSDBA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgASDBA2ogXSAFIMEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECABIMEDaiBdIAUgwQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQgIAEgwQNqIF0gBSDBA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiwgNqIF0gBSDCA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgXkEEaiFeDAELCwUgBEECdCHDAyAHQQJ0IcQDA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIMMDbCACaiHFAyAEIsYDQQFGBEAgxQP9AAQADAELIMYDRQRAIMUD/QkCAAwBCyDFAygCAP0RIMUDIMYDQQJ0IscDaigCAP0cASDHA0EBdCDFA2ooAgD9HAIgxwNBA2wgxQNqKAIA/RwDCwJ7IF4gxANsIAVqIcgDIAciyQNBAUYEQCDIA/0ABAAMAQsgyQNFBEAgyAP9CQIADAELIMgDKAIA/REgyAMgyQNBAnQiygNqKAIA/RwBIMoDQQF0IMgDaigCAP0cAiDKA0EDbCDIA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsLC7UHATB/IAEhFSACKAIAIRYgAkEEaigCACEQIAJBEGooAgAhFyACQRRqKAIAIRggAkEYaigCACEZIAJBHGooAgAhBiACQSBqKAIAIRogAkEkaigCACEJIAJBKGooAgAhGyACQSxqKAIAIRwgAkEwaigCACERIAJBNGooAgAhICACQQhqKAIAIh0gAkEMaigCACISbCEeIAAhDgNAIAogFkgEQEEAIQsDQCALIBBIBEAgHiALIAogEGxqbEECdCAVaiEfQQAhDANAIAwgF0gEQEEAIQ0DQCANIBhIBEAgICAJIA0gHGwiD2siIUEATAR/QQAFIAYgIWpBAWsgBm0LIiIgICAiSBsiIyAJIBJqIA9rIiRBAEwEf0EABSAgIAYgJGpBAWsgBm0iJSAgICVIGwsiJiAjICZKGyEHQQAhCANAIAggEUgEQCAIICBsQQJ0IA5qIScCQCAIIBlsIBprIAwgG2xqIihBAEggHSAoTHIEQEEAIQMDQCAgIANBBGoiKU4EQCADQQJ0ICdq/QwAAAAAAAAAAAAAAAAAAAAA/QsEACApIQMMAQsLA0AgAyAgSARAIANBAnQgJ2pDAAAAADgCACADQQFqIQMMAQsLDAELICNBAEoEQEEAIQMDQCAjIANBBGoiK04EQCADQQJ0ICdq/QwAAAAAAAAAAAAAAAAAAAAA/QsEACArIQMMAQsLA0AgAyAjSARAIANBAnQgJ2pDAAAAADgCACADQQFqIQMMAQsLCyASIChsQQJ0IB9qISogBkEBRgRAICNBAnQgJ2ohEyAPICMgCWtqQQJ0ICpqISwgByAjayEUQQAhAwNAIBQgA0EEaiItTgRAIANBAnQiLiATaiAsIC5q/QAEAP0LBAAgLSEDDAELCwNAIAMgFEgEQCADQQJ0Ii8gE2ogLCAvaioCADgCACADQQFqIQMMAQsLBSAjIQMDQCADIAdIBEAgA0ECdCAnaiAPIAMgBmwgCWtqQQJ0ICpqKgIAOAIAIANBAWohAwwBCwsLIAcgIEgEQCAHQQJ0ICdqITAgICAHayExQQAhAgNAIDEgAkEEaiIyTgRAIAJBAnQgMGr9DAAAAAAAAAAAAAAAAAAAAAD9CwQAIDIhAgwBCwsDQCACIDFIBEAgAkECdCAwakMAAAAAOAIAIAJBAWohAgwBCwsLCyAIQQFqIQgMAQsLIBEgIGxBAnQgDmohDiANQQFqIQ0MAQsLIAxBAWohDAwBCwsgC0EBaiELDAELCyAKQQFqIQoMAQsLC14AIABBDGooAgAgAEEkaigCAEEBdGogAEEEaigCACAAQQhqKAIAIABBIGooAgBBAXRqbGwgAEE0aigCACAAQTBqKAIAIAFBA2pBfHFsbGogACgCAEEHakEDdWxBBXQLwQkCMn8WeyACQQRqKAIAIiEhFSACQQhqKAIAIiIiEiACQSBqKAIAIiMiGkEBdGohGyACQQxqKAIAIiQiESACQSRqKAIAIiUiHEEBdGohHSACQTBqKAIAIAJBNGooAgBsIhYgA0EDakF8cWxBBXQhEyAGIh4gJCAlQQF0aiAhICIgI0EBdGpsbEEFdCIUIAIoAgAiH0EHakEDdWxqIRcgBCAUbCAGakEAIBQgBSAEayImbPwLACAEIBNsIBdqQQAgEyAmbPwLACARIBIgFWxsQQJ0IScgAyAWbEECdCEoA0AgBCAFSARAQQAhDANAIAxBAkgEQEEEIB8gBEEDdCIpayAMQQJ0IiprIisgK0EEShsiLEEASgRAICkgKmohLSAEIBRsIB5qIAxBBHRqISBBACEIA0AgCCAVSARAQQAhCgNAIAogEkgEQCAcIB0gGiAKIAggG2xqamxqQQV0ICBqIRggJyAtbCAAaiARIAogCCASbGpsQQJ0aiEZICchLkEAIQcgLEEERgRAA0AgESAHQQRqIi9OBEAgB0EFdCAYaiIwIAdBAnQgGWoiMf0ABAAiPyAuIDFq/QAEACJA/Q0AAQIDEBESEwQFBgcUFRYXIkEgLkEBdCAxav0ABAAiQiAuQQNsIDFq/QAEACJD/Q0AAQIDEBESEwQFBgcUFRYXIkT9DQABAgMEBQYHEBESExQVFhf9CwQAIDBBIGogQSBE/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAwQUBrID8gQP0NCAkKCxgZGhsMDQ4PHB0eHyJFIEIgQ/0NCAkKCxgZGhsMDQ4PHB0eHyJG/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAwQeAAaiBFIEb9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIC8hBwwBCwsLA0AgByARSARAQQAhCQNAIAkgLEgEQCAHQQV0IBhqIAlBAnRqIAkgLmwgGWogB0ECdGoqAgA4AgAgCUEBaiEJDAELCyAHQQFqIQcMAQsLIApBAWohCgwBCwsgCEEBaiEIDAELCyAEIBNsIBdqIAxBBHRqITIgKCAtbCABaiEzICghNCADIBZsITVBACEHICxBBEYEQANAIDUgB0EEaiI2TgRAIAdBBXQgMmoiNyAHQQJ0IDNqIjj9AAQAIkcgNCA4av0ABAAiSP0NAAECAxAREhMEBQYHFBUWFyJJIDRBAXQgOGr9AAQAIkogNEEDbCA4av0ABAAiS/0NAAECAxAREhMEBQYHFBUWFyJM/Q0AAQIDBAUGBxAREhMUFRYX/QsEACA3QSBqIEkgTP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgN0FAayBHIEj9DQgJCgsYGRobDA0ODxwdHh8iTSBKIEv9DQgJCgsYGRobDA0ODxwdHh8iTv0NAAECAwQFBgcQERITFBUWF/0LBAAgN0HgAGogTSBO/Q0ICQoLDA0ODxgZGhscHR4f/QsEACA2IQcMAQsLCwNAIAcgNUgEQEEAIQgDQCAIICxIBEAgB0EFdCAyaiAIQQJ0aiAIIDRsIDNqIAdBAnRqKgIAOAIAIAhBAWohCAwBCwsgB0EBaiEHDAELCyAMQQFqIQwMAgsLCyAEQQFqIQQMAQsLC7QIAil/D3sgAUEIaigCACABQSBqKAIAQQF0aiIfIREgAUEMaigCACABQSRqKAIAQQF0aiIgIQ0gAUEUaigCACIVIAFBEGooAgAiEiABQQRqKAIAIiFsbCIOQQFqQQF1IRMgAUEwaigCACIWIAFBNGooAgAiF2wiIiACQQNqQXxxbEEFdCEYIAEoAgBBB2pBA3UiGSAgIB8gIWxsQQV0IhpsIAVqIRsgIkEFdCELIA5BAnQhIwNAIAMgBEgEQEEEIAIgAyATbUECdCIUayIkICRBBEobIQ8gDiADIBNvQQF0IgxBAWpKISUgDCASIBUiJmxvIScgDSARIAwgEiAmbCIobWwgJyAmbWpsICcgJm9qQQV0IRAgJQR/IAxBAWoiKSAobyEqIA0gESApIChtbCAqICZtamwgKiAmb2pBBXQFIBALIBBrIRz9DAAAAAAAAAAAAAAAAAAAAAAiMCEx/QwAAAAAAAAAAAAAAAAAAAAAITL9DAAAAAAAAAAAAAAAAAAAAAAhM/0MAAAAAAAAAAAAAAAAAAAAACE0/QwAAAAAAAAAAAAAAAAAAAAAITX9DAAAAAAAAAAAAAAAAAAAAAAhNv0MAAAAAAAAAAAAAAAAAAAAACE3QQAhBgNAIAYgGUgEQCAGIBpsIAVqIR0gBiAYbCAbaiALIBRsaiEBQQAhCANAIAggFkgEQCAQIAggDWxBBXQgHWpqIQkgF0EFdCABaiEeA0AgASAeSQRAIDAgAf0ABAAiOiAJ/QAEACI4/eYB/eQBITAgNCA6IAkgHGr9AAQAIjn95gH95AEhNCAxIAEgC2r9AAQAIjsgOP3mAf3kASExIDUgOyA5/eYB/eQBITUgMiALQQF0IAFq/QAEACI8IDj95gH95AEhMiA2IDwgOf3mAf3kASE2IDMgC0EDbCABav0ABAAiPSA4/eYB/eQBITMgNyA9IDn95gH95AEhNyABQRBqIQEgCUEQaiEJDAELCyAIQQFqIQgMAQsLIAZBAWohBgwBCwsgDCAOIBRsakECdCAAaiIrIDD9HwAgMP0fAZIgMP0fAiAw/R8DkpI4AgAgJQRAICsgNP0fACA0/R8BkiA0/R8CIDT9HwOSkjgCBAsgD0EBSgRAICMgK2oiLCAx/R8AIDH9HwGSIDH9HwIgMf0fA5KSOAIAICUEQCAsIDX9HwAgNf0fAZIgNf0fAiA1/R8DkpI4AgQLCyAPQQJKBEAgI0EBdCAraiItIDL9HwAgMv0fAZIgMv0fAiAy/R8DkpI4AgAgJQRAIC0gNv0fACA2/R8BkiA2/R8CIDb9HwOSkjgCBAsLIA9BA0oEQCAjQQNsICtqIi4gM/0fACAz/R8BkiAz/R8CIDP9HwOSkjgCACAlBEAgLiA3/R8AIDf9HwGSIDf9HwIgN/0fA5KSOAIECwsgA0EBaiEDDAELCwtlAQF/IABBDGooAgAgAEEkaigCAEEBdGogAEEIaigCACAAQSBqKAIAQQF0aiAAQQRqKAIAIgIgACgCAGxsbEEIakECdCAAQRRqKAIAIABBEGooAgAgAmxsIAFBA2pBAnVsQQR0agv4DgI1fxB7IANBMGooAgAhEyADQTRqKAIAIQ8gA0EUaigCACIXIANBBGooAgAiECADQRBqKAIAIhhsbCERIAVBACADQQxqKAIAIh4gA0EkaigCACIfQQF0aiIUIANBCGooAgAiICADQSBqKAIAIiFBAXRqIhUgAygCACIWIBBsbGxBCGpBAnQiIvwLAANAIBAgFmwgB0oEQEEAIQkDQCAJICBIBEAgHyAUICEgCSAHIBVsampsakECdCAFaiEjIB4gCSAHICBsamxBAnQgAWohJEEAIQMDQCAeIANBBGoiJU4EQCADQQJ0IiYgI2ogJCAmav0ABAD9CwQAICUhAwwBCwsDQCADIB5IBEAgA0ECdCInICNqICQgJ2oqAgA4AgAgA0EBaiEDDAELCyAJQQFqIQkMAQsLIAdBAWohBwwBCwsgBEEDakECdSEoIAUgImohKUEAIQEDQCABIChIBEBBACEDA0AgAyARSARAQQAhCANAIAhBBEgEQCAIIAMgASARbGpBAnRqQQJ0IClqIAQgCCABQQJ0aiIqSgR9IAMgESAqbGpBAnQgAmoqAgAFQwAAAAALOAIAIAhBAWohCAwBCwsgA0EBaiEDDAELCyABQQFqIQEMAQsLIBRBAnQhGQNAIAsgFkgEQEEAIQkDQCAJIChIBEBBBCAEIAlBAnRrIisgK0EEShshLCAJIBFsQQR0IClqIS1BACEMA0AgDCATSARAIA8gDCATIAQgC2wgCUECdGpsamxBAnQgAGohGiAPIBNsQQJ0IS5BACEIA0AgCCAPSARA/QwAAAAAAAAAAAAAAAAAAAAAIjshQ/0MAAAAAAAAAAAAAAAAAAAAACE8/QwAAAAAAAAAAAAAAAAAAAAAIT39DAAAAAAAAAAAAAAAAAAAAAAhPv0MAAAAAAAAAAAAAAAAAAAAACE//QwAAAAAAAAAAAAAAAAAAAAAIUD9DAAAAAAAAAAAAAAAAAAAAAAhQSAtIQFBACEHA0AgByAQSARAIAggFCAMIBUgByALIBBsamxqbGpBAnQgBWohG0EAIQYDQCAGIBhIBEAgBiAZbCAbaiEcQQAhAgNAIAIgF0gEQCA7IAH9CQIAIkYgAkECdCAcaiId/QAEACJE/eYB/eQBITsgPiBGIB39AAQQIkX95gH95AEhPiBDIAH9CQIEIkcgRP3mAf3kASFDID8gRyBF/eYB/eQBIT8gPCAB/QkCCCJIIET95gH95AEhPCBAIEggRf3mAf3kASFAID0gAf0JAgwiSSBE/eYB/eQBIT0gQSBJIEX95gH95AEhQSABQRBqIQEgAkEBaiECDAELCyAGQQFqIQYMAQsLIAdBAWohBwwBCwtBBCAPIAhrIi9BBGsiMCAwQQRKGyExIAhBAnQgGmohMgJAQQQgLyAvQQRKGyIzQQROBEAgMiA7/QsEAAwBCyAyIDv9HwA4AgAgM0EBSgRAIDIgO/0fATgCBAsgM0ECSgRAIDIgO/0fAjgCCAsgM0EDSgRAIDIgO/0fAzgCDAsLIDFBAEoEQAJAIDJBEGohNCAxQQROBEAgNCA+/QsEAAwBCyA0ID79HwA4AgAgMUEBSgRAIDQgPv0fATgCBAsgMUECSgRAIDQgPv0fAjgCCAsgMUEDSgRAIDQgPv0fAzgCDAsLCyAsQQFKBEAgLiAyaiE1IEMhSgJAIDNBBE4EQCA1IEr9CwQADAELIDUgSv0fADgCACAzQQFKBEAgNSBK/R8BOAIECyAzQQJKBEAgNSBK/R8COAIICyAzQQNKBEAgNSBK/R8DOAIMCwsgMUEASgRAAkAgLiAyakEQaiE2IDFBBE4EQCA2ID/9CwQADAELIDYgP/0fADgCACAxQQFKBEAgNiA//R8BOAIECyAxQQJKBEAgNiA//R8COAIICyAxQQNKBEAgNiA//R8DOAIMCwsLCyAsQQJKBEAgLkEBdCAyaiE3AkAgM0EETgRAIDcgPP0LBAAMAQsgNyA8/R8AOAIAIDNBAUoEQCA3IDz9HwE4AgQLIDNBAkoEQCA3IDz9HwI4AggLIDNBA0oEQCA3IDz9HwM4AgwLCyAxQQBKBEACQCAuQQF0IDJqQRBqITggMUEETgRAIDggQP0LBAAMAQsgOCBA/R8AOAIAIDFBAUoEQCA4IED9HwE4AgQLIDFBAkoEQCA4IED9HwI4AggLIDFBA0oEQCA4IED9HwM4AgwLCwsLICxBA0oEQCAuQQNsIDJqITkCQCAzQQROBEAgOSA9/QsEAAwBCyA5ID39HwA4AgAgM0EBSgRAIDkgPf0fATgCBAsgM0ECSgRAIDkgPf0fAjgCCAsgM0EDSgRAIDkgPf0fAzgCDAsLIDFBAEoEQAJAIC5BA2wgMmpBEGohOiAxQQROBEAgOiBB/QsEAAwBCyA6IEH9HwA4AgAgMUEBSgRAIDogQf0fATgCBAsgMUECSgRAIDogQf0fAjgCCAsgMUEDSgRAIDogQf0fAzgCDAsLCwsgCEEIaiEIDAELCyAMQQFqIQwMAQsLIAlBAWohCQwBCwsgC0EBaiELDAELCwuMAQEDfyAAQRRqKAIAIABBBGooAgAiAyAAQRBqKAIAbGwhAiAAQQxqKAIAIABBJGooAgBBAXRqIAMgAEEIaigCACAAQSBqKAIAQQF0amxsIABBNGooAgAgAEEwaigCACABQQNqQQJ1IgRBAnRsbGogACgCAEEHakEDdWxBBXQgAiAEbEEEdGogAkECdGoL6TUCbnuUAX8gA0EIaigCACGdASADQQxqKAIAIZ4BIANBJGooAgAhnwEgA0EUaigCACKgASADQQRqKAIAIqEBIANBEGooAgAiogFsbCGTASADKAIAIpQBQQdqQQN1IZUBIANBMGooAgAiowEgA0E0aigCACKkAWwhiwEgBEEBRiKFAQRAIKABQQNOIYUBCyADQSBqKAIAIqUBQQAghQFBASAGGyKmARshpwEgnwFBACCmARsiqAFBAXQgngFqIakBIKkBIKEBIKcBQQF0IJ0BaiKsAWxsQQV0IZIBIKcBIKgBcgRAIAVBACCSASCVAWz8CwAFIJQBQQdxBEAgkgEglQFBAWtsIAVqQQAgkgH8CwALCyAEQQNqQQJ1IZEBIJ4BIJ0BIKEBbGxBAnQhrQEDQCCEASCVAUgEQEEAIYkBA0AgiQFBAkgEQEEEIJQBIIQBQQN0Iq4BayCJAUECdCKvAWsisAEgsAFBBEobIrEBQQBKBEAgrQEgrgEgrwFqbCABaiGyASCEASCSAWwgBWogiQFBBHRqIbMBAkAgpwEgqAFyRQRAIJ4BIJ0BIKEBbGwhtAFBACF1ILEBQQRGBEADQCC0ASB1QQRqIrUBTgRAIHVBBXQgswFqIrYBIHVBAnQgsgFqIrcB/QAEACITIK0BILcBav0ABAAiFP0NAAECAxAREhMEBQYHFBUWFyIVIK0BQQF0ILcBav0ABAAiFiCtAUEDbCC3AWr9AAQAIhf9DQABAgMQERITBAUGBxQVFhciGP0NAAECAwQFBgcQERITFBUWF/0LBAAgtgFBIGogFSAY/Q0ICQoLDA0ODxgZGhscHR4f/QsEACC2AUFAayATIBT9DQgJCgsYGRobDA0ODxwdHh8iGSAWIBf9DQgJCgsYGRobDA0ODxwdHh8iGv0NAAECAwQFBgcQERITFBUWF/0LBAAgtgFB4ABqIBkgGv0NCAkKCwwNDg8YGRobHB0eH/0LBAAgtQEhdQwBCwsLA0AgdSC0AUgEQEEAIYABA0AggAEgsQFIBEAgdUEFdCCzAWoggAFBAnRqIIABIK0BbCCyAWogdUECdGoqAgA4AgAggAFBAWohgAEMAQsLIHVBAWohdQwBCwsMAQtBACGAAQNAIIABIKEBSARAQQAhewNAIHsgnQFIBEAgqAEgqQEgpwEgeyCAASCsAWxqamxqQQV0ILMBaiG4ASCeASB7IIABIJ0BbGpsQQJ0ILIBaiG5AUEAIXUgsQFBBEYEQANAIJ4BIHVBBGoiugFOBEAgdUEFdCC4AWoiuwEgdUECdCC5AWoivAH9AAQAIhsgrQEgvAFq/QAEACIc/Q0AAQIDEBESEwQFBgcUFRYXIh0grQFBAXQgvAFq/QAEACIeIK0BQQNsILwBav0ABAAiH/0NAAECAxAREhMEBQYHFBUWFyIg/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC7AUEgaiAdICD9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAILsBQUBrIBsgHP0NCAkKCxgZGhsMDQ4PHB0eHyIhIB4gH/0NCAkKCxgZGhsMDQ4PHB0eHyIi/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC7AUHgAGogISAi/Q0ICQoLDA0ODxgZGhscHR4f/QsEACC6ASF1DAELCwsDQCB1IJ4BSARAQQAhfQNAIH0gsQFIBEAgdUEFdCC4AWogfUECdGogfSCtAWwguQFqIHVBAnRqKgIAOAIAIH1BAWohfQwBCwsgdUEBaiF1DAELCyB7QQFqIXsMAQsLIIABQQFqIYABDAELCwsgiQFBAWohiQEMAgsLCyCEAUEBaiGEAQwBCwsgkgEglQFsIAVqIb0BIIUBBEAgkQEgkwFsQQR0IL0BaiCTAUECdGohvgEgvQFBACCgAUEGaiK/ASChASCiAWxsQQJ0/AsAQQAhAQNAIAEgogFIBEBBACF5A0AgeSChAUgEQEEAIYIBA0AgggEgoAFIBEAgggEgvwEgeSABIKEBbGpsQQNqakECdCC9AWogBgR/IKABIKABIKIBIHkgogFsakEBayABa2xqQQFrIIIBawUgggEgoAEgASB5IKIBbGpsagtBAnQgAmoqAgA4AgAgggFBAWohggEMAQsLIHlBAWoheQwBCwsgAUEBaiEBDAELCyCpASCsAWxBBXQhwAEDQCCBASCVAUgEQCCBASCSAWwgBWohwQEgpAEgowEggQFBAnRsbEEFdCC+AWohwgFBACF5A0AgeSCjAUgEQCCnASB5ayLDAUEAIMMBQQBOGyHEASCiASCdASCnAWogeWsixQEgogEgxQFIGyHGAUEAIYIBA0AgggEgpAFIBED9DAAAAAAAAAAAAAAAAAAAAAAiCSES/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhC/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDv0MAAAAAAAAAAAAAAAAAAAAACERIMQBIQEDQCABIMYBSARAIIIBIKkBIAEgeWpsakEFdCDBAWohfCC/ASABIKEBbGxBAnQgvQFqIYwBQQAhdQNAIHUgoQFIBEAgCSCMAf0ABAAiIyAj/Q0MDQ4PDA0ODwwNDg8MDQ4PIiQgfP0ABAD95gH95AEhJSAMICQgfP0ABBD95gH95AEhJiAlIIwB/QAEBCInICf9DQwNDg8MDQ4PDA0ODwwNDg8iKCB8/QAEICIp/eYB/eQBISogJiAoIHz9AAQwIiv95gH95AEhLCASICcgJ/0NCAkKCwgJCgsICQoLCAkKCyItICn95gH95AEhLiANIC0gK/3mAf3kASEvICogjAH9AAQIIjAgMP0NDA0ODwwNDg8MDQ4PDA0ODyIxIHz9AARAIjL95gH95AEhCSAsIDEgfP0ABFAiM/3mAf3kASEMIC4gMCAw/Q0ICQoLCAkKCwgJCgsICQoLIjQgMv3mAf3kASESIC8gNCAz/eYB/eQBIQ0gCiAwIDD9DQQFBgcEBQYHBAUGBwQFBgciNSAy/eYB/eQBIQogDiA1IDP95gH95AEhDiB8QeAAaiEGIIwBQQxqIYUBQQMhhAEDQCCEASCgAUgEQCAJIIUB/QAEACI2IDb9DQwNDg8MDQ4PDA0ODwwNDg8iNyAG/QAEACI4/eYB/eQBIQkgDCA3IAb9AAQQIjn95gH95AEhDCASIDYgNv0NCAkKCwgJCgsICQoLCAkKCyI6IDj95gH95AEhEiANIDogOf3mAf3kASENIAogNiA2/Q0EBQYHBAUGBwQFBgcEBQYHIjsgOP3mAf3kASEKIA4gOyA5/eYB/eQBIQ4gCyA2IDb9DQABAgMAAQIDAAECAwABAgMiPCA4/eYB/eQBIQsgESA8IDn95gH95AEhESAGQSBqIQYghQFBBGohhQEghAFBAWohhAEMAQsLIBIghQH9AAQAIj0gPf0NCAkKCwgJCgsICQoLCAkKCyI+IAb9AAQAIj/95gH95AEhEiANID4gBv0ABBAiQP3mAf3kASENIAogPSA9/Q0EBQYHBAUGBwQFBgcEBQYHIkEgP/3mAf3kASFCIA4gQSBA/eYB/eQBIUMgCyA9ID39DQABAgMAAQIDAAECAwABAgMiRCA//eYB/eQBIUUgESBEIED95gH95AEhRiBCIIUB/QAEBCJHIEf9DQQFBgcEBQYHBAUGBwQFBgciSCAG/QAEICJJ/eYB/eQBIQogQyBIIAb9AAQwIkr95gH95AEhDiBFIEcgR/0NAAECAwABAgMAAQIDAAECAyJLIEn95gH95AEhTCBGIEsgSv3mAf3kASFNIEwghQH9AAQIIk4gTv0NAAECAwABAgMAAQIDAAECAyJPIAb9AARA/eYB/eQBIQsgTSBPIAb9AARQ/eYB/eQBIREgfCDAAWohfCC/AUECdCCMAWohjAEgdUEBaiF1DAELCyABQQFqIQEMAQsLIIIBIHkgpAFsakEFdCDCAWoixwEgCf0LBAAgxwEgDP0LBBBBBCCkASCCAWsiyAEgyAFBBEobIskBQQFKBEAgxwEgEv0LBCAgxwEgDf0LBDALIMkBQQJKBEAgxwEgCv0LBEAgxwEgDv0LBFALIMkBQQNKBEAgxwEgC/0LBGAgxwEgEf0LBHALIIIBQQRqIYIBDAELCyB5QQFqIXkMAQsLIIEBQQFqIYEBDAELCyAAIcoBIIsBQQV0IcsBIAQgiwFsQQJ0IcwBIJQBQQdqQQN1Ic0BQQAhBQNAIAUgzQFIBEBBACEGA0AgBkECSARAQQQglAEgBUEDdGsgBkECdGsizgEgzgFBBEobIs8BQQBKBEBBACF4A0AgBCB4SgRAIMwBIAVBA3QgBkECdGpsIMoBaiB4IIsBbEECdGoh0AEgywEgeCAFIJEBbEECdGpsIL4BaiAGQQR0aiHRAUEAIQMgzwFBBEYEQANAIIsBIANBBGoi0gFOBEAgA0ECdCDQAWoi0wEgA0EFdCDRAWoi1AH9AAQAIlAg1AH9AAQgIlH9DQABAgMQERITBAUGBxQVFhciUiDUAf0ABEAiUyDUAf0ABGAiVP0NAAECAxAREhMEBQYHFBUWFyJV/Q0AAQIDBAUGBxAREhMUFRYX/QsEACDMASDTAWogUiBV/Q0ICQoLDA0ODxgZGhscHR4f/QsEACDMAUEBdCDTAWogUCBR/Q0ICQoLGBkaGwwNDg8cHR4fIlYgUyBU/Q0ICQoLGBkaGwwNDg8cHR4fIlf9DQABAgMEBQYHEBESExQVFhf9CwQAIMwBQQNsINMBaiBWIFf9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAINIBIQMMAQsLCwNAIAMgiwFIBEBBACF2A0AgdiDPAUgEQCB2IMwBbCDQAWogA0ECdGogA0EFdCDRAWogdkECdGoqAgA4AgAgdkEBaiF2DAELCyADQQFqIQMMAQsLIHhBAWoheAwBCwsgBkEBaiEGDAILCwsgBUEBaiEFDAELCw8LIKUBIKcBayGqASCfASCoAWshqwFBACEBA0AgASCRAUgEQEEAIYMBQQAhhQEDQCCDASCiAUgEQEEAIXcDQCB3IKABSARAQQAhegNAIHogoQFIBEBBACF5A0AgeUEESARAIHkgAUECdGoh1QEgBgR/IKABIKABIKIBIKIBINUBIAQgemxqbGpBAWsggwFrbGpBAWsgd2sFIHcgoAEggwEgogEgeiChASDVAWxqbGpsagsh1gEgeSCFASABIJMBbGpBAnRqQQJ0IL0BaiAEINUBSgR9INYBQQJ0IAJqKgIABUMAAAAACzgCACB5QQFqIXkMAQsLIHpBAWoheiCFAUEBaiGFAQwBCwsgd0EBaiF3DAELCyCDAUEBaiGDAQwBCwsgAUEBaiEBDAELCyCRASCTAWxBBHQgvQFqIdcBQQAhAUEAIXcDQCABIKIBSARAQQAhAgNAIAIgoAFIBEBBACEGA0AgBiChAUgEQCB3QQJ0INcBaiACIKkBIAEgBiCsAWxqbGpBBXQ2AgAgBkEBaiEGIHdBAWohdwwBCwsgAkEBaiECDAELCyABQQFqIQEMAQsLIJMBQQJ0INcBaiHYASCLAUEFdCHZASCgASChAWwhlgEDQCCQASCVAUgEQCCQASCSAWwgBWoh2gFBACGPAQNAII8BIJEBSARAII8BIJMBbEEEdCC9AWoh2wEg2QEgjwEgkAEgkQFsakECdGwg2AFqIQECQCAEII8BQQJ0a0ECTARAIAEh3AEg2wEh3QEgqwEh3gEgoAEgoQFsIZoBQQAhiAEDQCCIASCjAUgEQCCqASCIAWsi3wFBACDfAUEAThsh4AEgogEgqgEgrAFqIIgBayLhASCiASDhAUgbIZcBQQAhfQNAIH0gpAFIBEAg3gEgfWsi4gEi4wFBACDjAUEAThsh5AEgoAEgqQEg3gFqIH1rIuUBIKABIOUBSBshnAEgpAEgfUEBakoimwEEfyDiAUEBayLmAUEAIOYBQQBOGwUg5AELIecBIJsBBH8goAEgqQEg3gFqIH1rQQFrIugBIKABIOgBSBsFIOQBCyHpAf0MAAAAAAAAAAAAAAAAAAAAACIJIQj9DAAAAAAAAAAAAAAAAAAAAAAhCv0MAAAAAAAAAAAAAAAAAAAAACEL/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIREg5AFFInUEQCCgASDpAUYhdQsgfSCpASCIASCqAWtsaiDeAWtBBXQg2gFqIZgBIOABIXcDQCB3IJcBSARAIHcgmgFsIuoBIKEBIOcBbCLrAWpBBHQg3QFqIXsg6gEg6wFqIXoDQCChASDkAWwg6gFqIHpKBEAgCiB7/QkCACJYIHpBAnQg1wFqKAIAIJgBQSBqaiLsAf0ABAAiWf3mAf3kASEKIA4gWCDsAf0ABBAiWv3mAf3kASEOIAsge/0JAgQiWyBZ/eYB/eQBIQsgESBbIFr95gH95AEhESB7QRBqIXsgekEBaiF6DAELCyCXASCaAWwgoQEg6QFsIOoBaiB1GyF6IKEBIOQBbCDqAWohhwEDQCB6IIcBSgRAIAkge/0JAgAiXCCHAUECdCDXAWooAgAgmAFqIpkB/QAEACJd/eYB/eQBIQkgDCBcIJkB/QAEECJe/eYB/eQBIQwgCCB7/QkCBCJfIF395gH95AEhCCANIF8gXv3mAf3kASENIAogXCCZAf0ABCAiYP3mAf3kASEKIA4gXCCZAf0ABDAiYf3mAf3kASEOIAsgXyBg/eYB/eQBIQsgESBfIGH95gH95AEhESB7QRBqIXsghwFBAWohhwEMAQsLA0AgnAEgoQFsIOoBaiB6SgRAIAkge/0JAgAiYiB6QQJ0INcBaigCACCYAWoi7QH9AAQAImP95gH95AEhCSAMIGIg7QH9AAQQImT95gH95AEhDCAIIHv9CQIEImUgY/3mAf3kASEIIA0gZSBk/eYB/eQBIQ0ge0EQaiF7IHpBAWohegwBCwsglwEgd0EBaiB1GyF3DAELCyB9IIgBIKQBbGpBBXQg3AFqIu4BIAn9CwQAIO4BIAz9CwQQINkBIO4BaiLvASAI/QsEACDvASAN/QsEECCbAQRAIO4BIAr9CwQgIO4BIA79CwQwIO8BIAv9CwQgIO8BIBH9CwQwCyB9QQJqIX0MAQsLIIgBQQFqIYgBDAELCwwBC0EAIXUDQCB1IKMBSARAIKoBIHVrIvABQQAg8AFBAE4bIfEBIKIBIKoBIKwBaiB1ayLyASCiASDyAUgbIfMBQQAhhAEDQCCEASCkAUgEQCCgASCpASCrAWoghAFrIvQBIKABIPQBSBsh9QH9DAAAAAAAAAAAAAAAAAAAAAAiCSEP/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhC/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDv0MAAAAAAAAAAAAAAAAAAAAACERIKsBIIQBayL3AUEAIPcBQQBOGyL4AUUigQEEQCCgASD1AUYhgQELIIQBIKkBIHUgqgFrbGogqwFrQQV0INoBaiH2ASDxASEGA0AgBiDzAUgEQCAGIJYBbCChASD4AWxqIXcggQEEfyCWASDzAWwFIAYglgFsIKEBIPUBbGoLIfkBIHdBBHQg2wFqIYABA0AgdyD5AUgEQCAJIIAB/QAEACJmIGb9DQABAgMAAQIDAAECAwABAgMiZyB3QQJ0INcBaigCACD2AWoi+gH9AAQAImj95gH95AEhCSAMIGcg+gH9AAQQImn95gH95AEhDCAPIGYgZv0NBAUGBwQFBgcEBQYHBAUGByJqIGj95gH95AEhDyANIGogaf3mAf3kASENIAogZiBm/Q0ICQoLCAkKCwgJCgsICQoLImsgaP3mAf3kASEKIA4gayBp/eYB/eQBIQ4gCyBmIGb9DQwNDg8MDQ4PDA0ODwwNDg8ibCBo/eYB/eQBIQsgESBsIGn95gH95AEhESCAAUEQaiGAASB3QQFqIXcMAQsLIPMBIAZBAWoggQEbIQYMAQsLIAEgCf0LBAAgASAM/QsEECABINkBaiL7ASAP/QsEACD7ASAN/QsEECDZAUEBdCABaiL8ASAK/QsEACD8ASAO/QsEECDZAUEDbCABaiL9ASAL/QsEACD9ASAR/QsEECABQSBqIQEghAFBAWohhAEMAQsLIHVBAWohdQwBCwsLII8BQQFqIY8BDAELCyCQAUEBaiGQAQwBCwsgACH+ASCLAUEFdCH/ASAEIIsBbEECdCGAAiCUAUEHakEDdSGBAkEAIQUDQCAFIIECSARAQQAhBgNAIAZBAkgEQEEEIJQBIAVBA3RrIAZBAnRrIoICIIICQQRKGyKDAkEASgRAQQAheANAIAQgeEoEQCCAAiAFQQN0IAZBAnRqbCD+AWogeCCLAWxBAnRqIYQCIP8BIHggBSCRAWxBAnRqbCDYAWogBkEEdGohhQJBACEDIIMCQQRGBEADQCCLASADQQRqIoYCTgRAIANBAnQghAJqIocCIANBBXQghQJqIogC/QAEACJtIIgC/QAEICJu/Q0AAQIDEBESEwQFBgcUFRYXIm8giAL9AARAInAgiAL9AARgInH9DQABAgMQERITBAUGBxQVFhcicv0NAAECAwQFBgcQERITFBUWF/0LBAAggAIghwJqIG8gcv0NCAkKCwwNDg8YGRobHB0eH/0LBAAggAJBAXQghwJqIG0gbv0NCAkKCxgZGhsMDQ4PHB0eHyJzIHAgcf0NCAkKCxgZGhsMDQ4PHB0eHyJ0/Q0AAQIDBAUGBxAREhMUFRYX/QsEACCAAkEDbCCHAmogcyB0/Q0ICQoLDA0ODxgZGhscHR4f/QsEACCGAiEDDAELCwsDQCADIIsBSARAQQAhdgNAIHYggwJIBEAgdiCAAmwghAJqIANBAnRqIANBBXQghQJqIHZBAnRqKgIAOAIAIHZBAWohdgwBCwsgA0EBaiEDDAELCyB4QQFqIXgMAQsLIAZBAWohBgwCCwsLIAVBAWohBQwBCwsLpwUBMX8gASEgIAAhFSACQRBqKAIAIRYgAkEUaigCACEXIAJBGGooAgAhGCACQRxqKAIAIQQgAkEgaigCACEZIAJBJGooAgAhByACQShqKAIAIRogAkEsaigCACEbIAJBMGooAgAhESACQTRqKAIAISEgAEEAIAJBCGooAgAiHCACQQxqKAIAIhJsIh0gAkEEaigCACITIAIoAgAiHmxsQQJ0/AsAICAhDQNAIAggHkgEQEEAIQkDQCAJIBNIBEAgHSAJIAggE2xqbEECdCAVaiEfQQAhCgNAIAogFkgEQEEAIQsDQCALIBdIBEAgISAHIAsgG2wiDmsiIkEATAR/QQAFIAQgImpBAWsgBG0LIiMgISAjSBsiJCAHIBJqIA5rIiVBAEwEf0EABSAhIAQgJWpBAWsgBG0iJiAhICZIGwsiJyAkICdKGyEUQQAhBQNAIAUgEUgEQCAFIBhsIBlrIAogGmxqIilBAEggHCApTHJFBEAgBSAhbEECdCANaiEoIBIgKWxBAnQgH2ohKiAEQQFGBEAgDiAkIAdrakECdCAqaiErICRBAnQgKGohLCAUICRrIS1BACECA0AgLSACQQRqIi5OBEAgAkECdCIvICtqIjAgMP0ABAAgLCAvav0ABAD95AH9CwQAIC4hAgwBCwsDQCACIC1IBEAgAkECdCIxICtqIjIgMioCACAsIDFqKgIAkjgCACACQQFqIQIMAQsLBSAkIQMDQCADIBRIBEAgDiADIARsIAdrakECdCAqaiIzIDMqAgAgA0ECdCAoaioCAJI4AgAgA0EBaiEDDAELCwsLIAVBAWohBQwBCwsgESAhbEECdCANaiENIAtBAWohCwwBCwsgCkEBaiEKDAELCyAJQQFqIQkMAQsLIAhBAWohCAwBCwsL1gcDC3scfwd9A0AgBSAdSgRAIAggBiAdbCIlbEECdCACaiEhIAggByAdbCImbEECdCADaiEiIAkgJmxBAnQgBGohIyAJICVsQQJ0IABqISRBACEbA0AgBiAbSgRAIAggG2xBAnQgIWohJyAJIBtsQQJ0ICRqIR8gCwR/IAcgG0EBaiIoIAcgKEgbBSAHCyEgQwAAgP8hNUEAIRoDQCAaICBIBEAgCCAabEECdCAiaiEp/QwAAAAAAAAAAAAAAAAAAAAAIQ1BACEYA0AgCCAYQQRqIipOBEAgDSAYQQJ0IisgJ2r9AAQAICkgK2r9AAQA/eYB/eQBIQ0gKiEYDAELCyAN/R8AIA39HwGSIA39HwIgDf0fA5KSITQDQCAIIBhKBEAgNCAYQQJ0IiwgJ2oqAgAgKSAsaioCAJSSITQgGEEBaiEYDAELCyAaQQJ0IAxqIDQgCpQiODgCACA1IDiXITUgGkEBaiEaDAELC0MAAAAAITRBACEZA0AgGSAgSARAIBlBAnQgDGoiLSoCACA1k/0TQYCABP0JAgD96wFBhIAE/QkCAP3qASIQQYiABP0JAgD95gFBjIAE/QkCACIR/eQBIg8gEf3lASESQayABP0JAgBBqIAE/QkCAEGkgAT9CQIAQaCABP0JAgBBnIAE/QkCAEGYgAT9CQIAIBAgEkGQgAT9CQIA/eYB/eUBIBJBlIAE/QkCAP3mAf3lASIT/eYB/eQBIBP95gH95AEgE/3mAf3kASAT/eYB/eQBIBP95gH95AEhFCAtIBMgFCAT/eYBIBP95gH95AFBsIAE/QkCAP3kASAP/QwAAEBLAABASwAAQEsAAEBL/bEBIhVBAf2sASIW/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgFSAW/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9HwAiOTgCACA0IDmSITQgGUEBaiEZDAELCyAfQQAgCUECdPwLAEMAAIA/IDSVITpBACEYA0AgGCAgSARAIAkgGGxBAnQgI2ohLiAYQQJ0IAxqKgIAIDqUIjf9EyEXQQAhGQNAIAkgGUEEaiIvTgRAIBlBAnQiMCAfaiIxIDH9AAQAIBcgLiAwav0ABAD95gH95AH9CwQAIC8hGQwBCwsDQCAJIBlKBEAgGUECdCIyIB9qIjMgMyoCACA3IC4gMmoqAgCUkjgCACAZQQFqIRkMAQsLIBhBAWohGAwBCwsgGyAGIB1sakECdCABaiA1IDT9ExAC/R8AkjgCACAbQQFqIRsMAQsLIB1BAWohHQwBCwsL1wsDNH8NewV9IABBACAMIAkgCmxsQQJ0/AsAIAFBACAMIAkgC2wiIWxBAnT8CwAgAkEAIA0gIWxBAnT8CwADQCAJIBVKBEAgDCAKIBVsIiJsQQJ0IRogDCALIBVsIiNsQQJ0IRsgDSAjbEECdCEcIA0gImxBAnQhHUEAIRQDQCAKIBRKBEAgDCAUbEECdCIkIAMgGmpqIRggACAaaiAkaiEeIA0gFGxBAnQiJSAHIB1qaiEWIAYgHWogJWohJv0MAAAAAAAAAAAAAAAAAAAAACFEQQAhEQNAIA0gEUEEaiInTgRAIEQgEUECdCIoIBZq/QAEACAmIChq/QAEAP3mAf3kASFEICchEQwBCwsgRP0fACBE/R8BkiBE/R8CIET9HwOSkiFRA0AgDSARSgRAIFEgEUECdCIpIBZqKgIAICYgKWoqAgCUkiFRIBFBAWohEQwBCwsgUSFSIBQgCiAVbGpBAnQgCGoqAgAhUyAPBH8gCyAUQQFqIiogCyAqSBsFIAsLISBBACEXA0AgFyAgSARAIA0gF2xBAnQiKyAFIBxqaiEsIAIgHGogK2ohHyAEIBtqIAwgF2xBAnRqIS39DAAAAAAAAAAAAAAAAAAAAAAhREEAIRADQCAMIBBBBGoiLk4EQCBEIBBBAnQiLyAYav0ABAAgLSAvav0ABAD95gH95AEhRCAuIRAMAQsLIET9HwAgRP0fAZIgRP0fAiBE/R8DkpIhUQNAIAwgEEoEQCBRIBBBAnQiMCAYaioCACAtIDBqKgIAlJIhUSAQQQFqIRAMAQsLIFEgDpQgU5P9E0GAgAT9CQIA/esBQYSABP0JAgD96gEiR0GIgAT9CQIA/eYBQYyABP0JAgAiSP3kASJGIEj95QEhSUGsgAT9CQIAQaiABP0JAgBBpIAE/QkCAEGggAT9CQIAQZyABP0JAgBBmIAE/QkCACBHIElBkIAE/QkCAP3mAf3lASBJQZSABP0JAgD95gH95QEiSv3mAf3kASBK/eYB/eQBIEr95gH95AEgSv3mAf3kASBK/eYB/eQBIUsgSiBLIEr95gEgSv3mAf3kAUGwgAT9CQIA/eQBIEb9DAAAQEsAAEBLAABASwAAQEv9sQEiTEEB/awBIk39DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASBMIE39sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf0fACJU/RMhTkEAIRADQCANIBBBBGoiMU4EQCAQQQJ0IjIgH2oiMyAz/QAEACBOIBYgMmr9AAQA/eYB/eQB/QsEACAxIRAMAQsLA0AgDSAQSgRAIBBBAnQiNCAfaiI1IDUqAgAgVCAWIDRqKgIAlJI4AgAgEEEBaiEQDAELC/0MAAAAAAAAAAAAAAAAAAAAACFEQQAhEANAIA0gEEEEaiI2TgRAIEQgEEECdCI3IBZq/QAEACAsIDdq/QAEAP3mAf3kASFEIDYhEAwBCwsgRP0fACBE/R8BkiBE/R8CIET9HwOSkiFRA0AgDSAQSgRAIFEgEEECdCI4IBZqKgIAICwgOGoqAgCUkiFRIBBBAWohEAwBCwsgVCBRIFKTlCAOlCJV/RMhT0EAIRMDQCAMIBNBBGoiOU4EQCATQQJ0IjogHmoiOyA7/QAEACBPIC0gOmr9AAQA/eYB/eQB/QsEACA5IRMMAQsLA0AgDCATSgRAIBNBAnQiPCAeaiI9ID0qAgAgVSAtIDxqKgIAlJI4AgAgE0EBaiETDAELCyABIBtqIAwgF2xBAnRqIT4gVf0TIVBBACERA0AgDCARQQRqIj9OBEAgEUECdCJAID5qIkEgQf0ABAAgUCAYIEBq/QAEAP3mAf3kAf0LBAAgPyERDAELCwNAIAwgEUoEQCARQQJ0IkIgPmoiQyBDKgIAIFUgGCBCaioCAJSSOAIAIBFBAWohEQwBCwsgF0EBaiEXDAELCyAUQQFqIRQMAQsLIBVBAWohFQwBCwsLC8QGBABBgIAEC/wBAADQwgAAskI7qrg/AABASwCAMT+DgF65Z2lQOc5DtzoIiQg8wakqPaqqKj4AAAA/AACAPwAAgAAAAABL8wQ1P7shkD240eu9GiXvPU9d/r2/6RE+UK4qvqzOTD78/3++qqqqPgAAAL8AAID/AAAAAAAAwH8AAIB/AACAv+rwurtOE6k8LR5cvZODCD6Zqqq+AAAAQAAAID8AAJG32efIORyKfruhscY8XK7avVCFIr+GzgO+AHAcuiyNozvZSNu8Ig7nPYCTwL7UdQM+AIBtP/mhTLmegwg8o6oqvs71zDcaBra6paoqPQAAAD+D+SI/AADJPwCg/TlpIaIzAEH8gQQLKDuquD9/AEBLAHIxv46+v7XOzwc8DZ0rPUCtKj7j/v8++/9/P0+srsIAQaiCBAuAAr7z+HnsYfY/GTCWW8b+3r89iK9K7XH1P6T81DJoC9u/sBDw8DmV9D97tx8Ki0HXv4UDuLCVyfM/e89tGumd07+lZIgMGQ3zPzG28vObHdC/oI4LeyJe8j/wejsbHXzJvz80GkpKu/E/nzyvk+P5wr+65YrwWCPxP1yNeL/LYLm/pwCZQT+V8D/OX0e2nW+qvwAAAAAAAPA/AAAAAAAAAACsR5r9jGDuPz31JJ/KOLM/oGoCH7Ok7D+6kThUqXbEP+b8alc2IOs/0uTESguEzj8tqqFj0cLpPxxlxvBFBtQ/7UF4A+aG6D/4nxssnI7YP2JIU/XcZ+c/zHuxTqTg3D8AQaiEBAuAAgAAAAAAAPA/dIUV07DZ7z8PiflsWLXvP1FbEtABk+8/e1F9PLhy7z+quWgxh1TvPzhidW56OO8/4d4f9Z0e7z8VtzEK/gbvP8upOjen8e4/IjQSTKbe7j8tiWFgCM7uPycqNtXav+4/gk+dViu07j8pVEjdB6vuP4VVOrB+pO4/zTt/Zp6g7j90X+zodZ/uP4cB63MUoe4/E85MmYml7j/boCpC5azuP+XFzbA3t+4/kPCjgpHE7j9dJT6yA9XuP63TWpmf6O4/R1778nb/7j+cUoXdmxnvP2mQ79wgN+8/h6T73BhY7z9fm3szl3zvP9qQpKKvpO8/QEVuW3bQ7z8=";
    KERNELS_RELAXED_WASM_BASE64 = "AGFzbQEAAAAB9gEYYAd/f39/f39/AGAGf39/f39/AGABewF7YAp/f39/f39/f39/AGAAAX9gBH9/f38AYAV/f39/fwBgA39/fwBgAn9/AX9gC39/f39/f39/f39/AGAJf39/f39/f39/AGACfX0BfWACf38BfWABfwBgA39/fwF/YAN/f38BfWAJf39/f319fX1/AGAUf39/f39/f39/f39/f39/f39/f38AYAh/f39/f39/fwBgDn9/f39/f39/f39/f39/AGAHf399fX9/fwBgCn9/f399fX9/f38AYA1/f39/f39/f39/fX9/AGAQf39/f39/f39/f39/f399fwADS0oLCQICAQICAgICAgIMBgEEDQYODwAAAQEFBQEFBRABAwoDCgQEBBEDAAAAAAAACRIBAQAAEwQHBgEAFAMVAwMHCAABCAEIAAcWFwUEAQCAAgYGAX8BQQALB9kFKhR0aHJlYWRfc2NyYXRjaF9ieXRlcwAPEnNldF90aHJlYWRfc2NyYXRjaAAQCWhlYXBfYmFzZQA1CXVuYXJ5X2YzMgAxCXVuYXJ5X2kzMgAwCmJpbmFyeV9mMzIAPApiaW5hcnlfaTMyADsId2hlcmVfMzIALgljbGFtcF9mMzIAOgljbGFtcF9pMzIAOQdjb252ZXJ0ADgHZmlsbF8zMgA2CnJlZHVjZV9mMzIAFQpyZWR1Y2VfaTMyABQLc29mdG1heF9mMzIAEQltYXRtdWxfbXIAJRNtYXRtdWxfcGFja19hX2J5dGVzACQTbWF0bXVsX3BhY2tfYl9ieXRlcwAjCm1hdG11bF9mMzIAJg9pbmRleF9zZWxlY3RfMzIAKg1pbmRleF9hZGRfZjMyACwNaW5kZXhfYWRkX2kzMgArCWdhdGhlcl8zMgAtD3NjYXR0ZXJfYWRkX2YzMgApD3NjYXR0ZXJfYWRkX2kzMgAoCmltMmNvbF9mMzIAPwpjb2wyaW1fZjMyAEcbY29udjJkX2RpcmVjdF9zY3JhdGNoX2J5dGVzAEMRY29udjJkX2RpcmVjdF9mMzIARBxjb252MmRfYmF0Y2hlZF9zY3JhdGNoX2J5dGVzAEUSY29udjJkX2JhdGNoZWRfZjMyAEYgY29udjJkX3dlaWdodF9ncmFkX3NjcmF0Y2hfYnl0ZXMAQBtjb252MmRfd2VpZ2h0X2dyYWRfcGFja19mMzIAQRZjb252MmRfd2VpZ2h0X2dyYWRfZjMyAEINbWF4cG9vbDJkX2YzMgAYFm1heHBvb2wyZF9iYWNrd2FyZF9mMzIAGQ1hdmdwb29sMmRfZjMyABsWYXZncG9vbDJkX2JhY2t3YXJkX2YzMgAcDWF0dGVudGlvbl9mMzIASBZhdHRlbnRpb25fYmFja3dhcmRfZjMyAEkHc2dkX2YzMgAdBm1lbW9yeQIADAEECtqQBkqPBwQRfwl8AX4DfSABi0MAAABAXwRAIAFDAAAAQFsEQCAAIACUDwsgAUMAAAA/WwRAIACRi0MAAIB/IABDAACA/1wbDwsgAUMAAIC/WwRAQwAAgD8gAJUPCyABQwAAgD9bBEAgAA8LIAFDAAAAAFsEQEMAAIA/DwsLAn0gAbwiB0EBdCIIQQFrQf///3dPIgYgALwiAkGAgIAEa0GAgID4B09yBEAgBgRAQwAAgD8gCEUNAhpDAADAfyACQYCAgPwDRg0CGiAAIAGSIAdBAXRBgICAeEsgAkEBdEGAgIB4S3INAhpDAADAfyACQQF0IglBgICA+AdGDQIaQwAAAAAgB0EfdkUgCUGAgID4B0lGDQIaIAEgAZQMAgsgAkEBdEEBa0H///93TwRAIAAgAJQhHkMAAIA/IB6MIB4gAkEfdgR/An9BACAHQRd2Qf8BcSIKQf8ASQ0AGkECIApBlgFLDQAaQQBBAUGWASAKa3QiC0EBayAHcQ0AGkEBIAcgC3ENABpBAgtBAUYFQQALGyIflSAfIAdBAEgbDAILIAJBAEgEQCAAIACTIh0gHZUCf0EAIAdBF3ZB/wFxIgxB/wBJDQAaQQIgDEGWAUsNABpBAEEBQZYBIAxrdCINQQFrIAdxDQAaQQEgByANcQ0AGkECCyIORQ0CGkGAgARBACAOQQFGGyEFIAJB/////wdxIQILIAJBgICABEkEQCAAQwAAAEuUvEH/////B3FBgICA3ABrIQILCyACQYCAzPkDayIPQRN2QQ9xIRAgAiAPQYCAgHxxIhFrvrsgEEEEdEGoggRqIhIrAwCiRAAAAAAAAPC/oCIWRAtuSckWdtI/okR6xnWgaRnXv6AhFyAWRCu4KmVHFfc/oiASKwMIIBFBF3W3oKAgFkTduqdsCsfeP6JEyPa+SEcV57+gIBYgFqIiGKKgIRUgAbsgFyAYIBiioiAVoKIiGb1CL4hC//8Dg0K/gQJaBEBDAACA/0MAAIB/IAUbIBlEcdXR////X0BkDQEaQwAAAIBDAAAAACAFGyAZRAAAAAAAwGLAZQ0BGgsgGUQAAAAAAADoQqAiGr0hHCAZIBpEAAAAAAAA6MKgoSIbRNZSDP9CLuY/okQAAAAAAADwP6AgG0SUI5FL+GqsP6JE88T6UM6/zj+gIBsgG6KioCAcp0EfcUEDdEGohARqKQMAIAWtIBx8Qi+GfL+itgsL3wMBGn8gAyAEQQFrQQJ0IiBqKAIAIRQgBiAgaigCACEdIAgEfyAIICBqKAIABUEACyEeIAoEfyAKICBqKAIABUEACyEfQQEhECAEQQJOBEAgAyAgQQRrIiFqKAIAIRAgBiAhaigCACEVIAgEfyAIICFqKAIABUEACyEWIAoEfyAKICFqKAIABUEACyERCyMAIQ4gBEECayEXQQEhEkEAIQQDQCAEIBdIBEAgBEECdCIiIANqKAIAIBJsIRIgDiAiakEANgIAIARBAWohBAwBCwsDQCASIBNKBEAgACABIAIgBSALaiAVIB0gByAMaiAWIB4gCSANaiARIB8gECAUEDQgECAUbEECdCACaiECIBdBAWshDwNAIA9BAE4EQAJAIAMgD0ECdCIjaigCACEYIA4gI2ooAgBBAWohGSAGICNqKAIAQQJ0IRogCAR/IAggI2ooAgBBAnQFQQALIRsgCgR/IAogI2ooAgBBAnQFQQALIRwgGCAZSgRAIA4gI2ogGTYCACALIBpqIQsgDCAbaiEMIA0gHGohDQwBCyAOICNqQQA2AgAgCyAYQQFrIiQgGmxrIQsgDCAbICRsayEMIA0gHCAkbGshDSAPQQFrIQ8MAgsLCyATQQFqIRMMAQsLC6UDAQ17IABBuIAE/QkCAP3mASAAIABBtIAE/QkCAP1DIgT9UiIFQRf9rQH9DH4AAAB+AAAAfgAAAH4AAAD9sQEgBP0MFwAAABcAAAAXAAAAFwAAAP1O/bEBIAX9DP//fwD//38A//9/AP//fwD9Tv0MAAAAPwAAAD8AAAA/AAAAP/1QIgZBvIAE/QkCAP1DIgf9rgEhCCAGIAYgB/1O/eQBQbCABP0JAgD95QEiCSAJ/eYBIQogCSAKQeSABP0JAgAgCP36ASILQZSABP0JAgBBwIAE/QkCACAJQcSABP0JAgD9hQIgCUHIgAT9CQIA/YUCIAlBzIAE/QkCAP2FAiAJQdCABP0JAgD9hQIgCUHUgAT9CQIA/YUCIAlB2IAE/QkCAP2FAiAJQdyABP0JAgD9hQIgCUHggAT9CQIA/YUCIAn95gEgCv3mAf2FAv2FAv3kASEMIAAgAEHwgAT9CQIAQeiABP0JAgAgC0GQgAT9CQIAIAz9hQIgAEHsgAT9CQIAIg39Qf1SIAAgDf1D/VIgAEH0gAT9CQIA/UH9UiAAIAD9Qv1SC7gDAQx7IAD94AEiAyAD/eQBQYCABP0JAgD96wFBhIAE/QkCAP3qASIHQYiABP0JAgD95gFBjIAE/QkCACII/eQBIgUgCP3lASEJQfyABP0JAgAgACAA/eYBIgZBgIEE/QkCAP2FAiAGQYSBBP0JAgD9hQIgBkGIgQT9CQIA/YUCIAZBjIEE/QkCAP2FAiAG/eYBIAAgAP2FAkGwgAT9CQIAIgRBkIEE/QkCAEGYgAT9CQIAIAcgCUGQgAT9CQIA/eYB/eUBIAlBlIAE/QkCAP3mAf3lASIKQZyABP0JAgD9hQIgCkGggAT9CQIA/YUCIApBpIAE/QkCAP2FAiAKQaiABP0JAgD9hQIgCkGsgAT9CQIA/YUCIAr95gEgCiAK/YUCIAT95AEgBf0MAABASwAAQEsAAEBLAABAS/2xASILQQH9rAEiDP0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIAsgDP2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIAT95AH95wH95QEgAP0MAAAAgAAAAIAAAACAAAAAgP1O/VAgA0GUgQT9CQIA/UP9UgtvAgd/AX0DQCADIAZKBEAgAiAGbCABaiEJIAZBBXQgAGohCkEAIQcDQCAEIAdKBEAgB0ECdCILIApqKgIAIQ0gCSALaiIMIAUEfSAMKgIAIA2SBSANCzgCACAHQQFqIQcMAQsLIAZBAWohBgwBCwsLxQIBBXtB3IEE/QkCACAAIABB7IEE/QkCAP3mAf1qIgFB8IEE/QkCAP3mAf3lASABQfSBBP0JAgD95gH95QEgAUH4gQT9CQIA/eYB/eUBIgIgAv3mASIEQeCBBP0JAgD9hQIgBEHkgQT9CQIA/YUCIQNBsIAE/QkCACAEQeiBBP0JAgD95gH95QEgAyAE/eYBIAT95gH95AFB0IEE/QkCACAEQdSBBP0JAgD9hQIgBEHYgQT9CQIA/YUCIAT95gEgAiAC/YUCIAFBjIAE/QkCAP3kAf0MAABASwAAQEsAAEBLAABAS/2xAf0MAAAAAAAAAAAAAAAAAAAAAP2uASIF/QwBAAAAAQAAAAEAAAABAAAA/U79DAEAAAABAAAAAQAAAAEAAAD9N/1SIAX9DAIAAAACAAAAAgAAAAIAAAD9TkEe/asB/VELsQIBCXsgAP3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEiBEGIgAT9CQIA/eYBQYyABP0JAgAiBf3kASIDIAX95QEhBkGwgAT9CQIAIgIgAkGYgAT9CQIAIAQgBkGQgAT9CQIA/eYB/eUBIAZBlIAE/QkCAP3mAf3lASIHQZyABP0JAgD9hQIgB0GggAT9CQIA/YUCIAdBpIAE/QkCAP2FAiAHQaiABP0JAgD9hQIgB0GsgAT9CQIA/YUCIAf95gEgByAH/YUCIAL95AEgA/0MAABASwAAQEsAAEBLAABAS/2xASIIQQH9rAEiCf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIAggCf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecBC0oBBHsgAEGwgAT9CQIAIgP95AEiAiAD/eUBIQQgAiAAIAIQAiAA/eYBIAT95wEgBEHsgAT9CQIA/UH9UiACQfSABP0JAgD9Qf1SC+8CAQ97IABBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIgVBiIAE/QkCAP3mAUGMgAT9CQIAIgb95AEiByAG/eUBIQggAEGYgAT9CQIAIAUgCEGQgAT9CQIA/eYB/eUBIAhBlIAE/QkCAP3mAf3lASIJQZyABP0JAgD9hQIgCUGggAT9CQIA/YUCIAlBpIAE/QkCAP2FAiAJQaiABP0JAgD9hQIgCUGsgAT9CQIA/YUCIAn95gEgCSAJ/YUCQbCABP0JAgAiBP3kASAH/QwAAEBLAABASwAAQEsAAEBL/bEBIgpBAf2sASIL/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgCiAL/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEiDCAE/eUBIg0gAP3mASAMEAL95wEgDUHsgAT9CQIA/UH9UiEOIAxB+IAE/QkCACIPIA4gDSAP/UH9UiAMQfSABP0JAgD9Qf1SC58EAQ17QZiBBP0JAgAgAP3gASIEIgdBnIEE/QkCAP2FAiAAIAD95gEiAkGggQT9CQIAIAdBpIEE/QkCAP2FAv2FAiAHQaiBBP0JAgD9hQIgB0GsgQT9CQIA/YUCIAdBsIEE/QkCAP2FAiAHIAf94QH9hQJBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIghBiIAE/QkCAP3mAUGMgAT9CQIAIgn95AEiBSAJ/eUBIQpBsIAE/QkCACIGQZiABP0JAgAgCCAKQZCABP0JAgD95gH95QEgCkGUgAT9CQIA/eYB/eUBIgtBnIAE/QkCAP2FAiALQaCABP0JAgD9hQIgC0GkgAT9CQIA/YUCIAtBqIAE/QkCAP2FAiALQayABP0JAgD9hQIgC/3mASALIAv9hQIgBv3kASAF/QwAAEBLAABASwAAQEsAAEBL/bEBIgxBAf2sASIN/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgDCAN/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH95QH9DP///3////9/////f////3/9TiAA/QwAAACAAAAAgAAAAIAAAACA/U79UEG0gQT9CQIAIAJBuIEE/QkCAP2FAiACQbyBBP0JAgD9hQIgAkHAgQT9CQIA/YUCIAJBxIEE/QkCAP2FAiACQciBBP0JAgD9hQIgACAA/YUCIARBzIEE/QkCAP1E/VILxQIBBXtB3IEE/QkCACAAIABB7IEE/QkCAP3mAf1qIgFB8IEE/QkCAP3mAf3lASABQfSBBP0JAgD95gH95QEgAUH4gQT9CQIA/eYB/eUBIgIgAv3mASIEQeCBBP0JAgD9hQIgBEHkgQT9CQIA/YUCIQNBsIAE/QkCACAEQeiBBP0JAgD95gH95QEgAyAE/eYBIAT95gH95AFB0IEE/QkCACAEQdSBBP0JAgD9hQIgBEHYgQT9CQIA/YUCIAT95gEgAiAC/YUCIAFBjIAE/QkCAP3kAf0MAABASwAAQEsAAEBLAABAS/2xAf0MAQAAAAEAAAABAAAAAQAAAP2uASIF/QwBAAAAAQAAAAEAAAABAAAA/U79DAEAAAABAAAAAQAAAAEAAAD9N/1SIAX9DAIAAAACAAAAAgAAAAIAAAD9TkEe/asB/VELkAQBDntBmIEE/QkCACAA/eABIgQiB0GcgQT9CQIA/YUCIAAgAP3mASICQaCBBP0JAgAgB0GkgQT9CQIA/YUC/YUCIAdBqIEE/QkCAP2FAiAHQayBBP0JAgD9hQIgB0GwgQT9CQIA/YUCIAcgB/3hAf2FAkGAgAT9CQIA/esBQYSABP0JAgD96gEiCEGIgAT9CQIA/eYBQYyABP0JAgAiCf3kASIFIAn95QEhCkGYgAT9CQIAIAggCkGQgAT9CQIA/eYB/eUBIApBlIAE/QkCAP3mAf3lASILQZyABP0JAgD9hQIgC0GggAT9CQIA/YUCIAtBpIAE/QkCAP2FAiALQaiABP0JAgD9hQIgC0GsgAT9CQIA/YUCIAv95gEgCyAL/YUCQbCABP0JAgAiBv3kASAF/QwAAEBLAABASwAAQEsAAEBL/bEBIgxBAf2sASIN/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgDCAN/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEiDkGQgQT9CQIAIA795QEgAEHsgAT9CQIA/UP9UiAGQbSBBP0JAgAgAkG4gQT9CQIA/YUCIAJBvIEE/QkCAP2FAiACQcCBBP0JAgD9hQIgAkHEgQT9CQIA/YUCIAJByIEE/QkCAP2FAiAAIAD9hQL95AEgBEHMgQT9CQIA/UT9UgvIAgIRewR/IAFBgAhMBEADQCABIBNBEGpOBEAgE0ECdCAAaiIV/QAEACEHIAIgB/3kASECIBX9AAQQIQggBSAI/eQBIQUgFf0ABCAhCSAEIAn95AEhBCAV/QAEMCEKIAYgCv3kASEGIBNBEGohEwwBCwsDQCABIBNBBGpOBEAgE0ECdCAAav0ABAAhCyACIAv95AEhAiATQQRqIRMMAQsLIAIgBf3kASEMIAQgBv3kASENIAwgDf3kASIOIA79DQgJCgsMDQ4PAAECAwQFBgchDyAOIA/95AEiECAQ/Q0EBQYHAAECAwwNDg8ICQoLIREgECAR/eQBIQIDQCABIBNKBEAgE0ECdCAAav1cAgAhEiACIBL95AEhAiATQQFqIRMMAQsLIAL9HwAPCyAAIAFBAXVBcHEiFhAMIBZBAnQgAGogASAWaxAMkguZAQMFfwF7AX0DQCADIAVBBGoiB04EQCAFQQJ0IgggAWr9AAQAIAIgCGr9AAQAIAr9hQIhCiAHIQUMAQsLIAr9HwAgCv0fAZIgCv0fAiAK/R8DkpIhCwNAIAMgBUoEQCALIAVBAnQiCSABaioCACACIAlqKgIAlJIhCyAFQQFqIQUMAQsLIAAgBAR9IAAqAgAgC5IFIAsLOAIAC4QIAhN/FnsgA0EERgRAIARBBXQhDANAIAUgCUEQak4EQCAJQQJ0IAFqIQYgDCAAIgdqIQ0DQCAHIA1JBEAgByAG/QAEAP0LBAAgByAG/QAEEP0LBBAgByAMaiIOIAb9AAQg/QsEACAOIAb9AAQw/QsEECACIAZqIQYgB0EgaiEHDAELCyAMQQF0IABqIQAgCUEQaiEJDAELCwsDQCAFIAlKBEAgAyAJbCABaiEPIANBBEZBCCAFIAlrIhAgEEEIShsiEUEIRnEEQEEAIQcDQCAEIAdKBEAgACACIAdsIA9qIhL9AAQA/QsEACAAIBL9AAQQ/QsEECAAQSBqIQAgB0EBaiEHDAELCwUgAkEERiARQQhGcQRAQQAhBwNAIAQgB0EEaiITTgRAIAAgB0ECdCAPaiIU/QAEACIfIAMgFGr9AAQAIiD9DQABAgMQERITBAUGBxQVFhciISADQQF0IBRq/QAEACIiIANBA2wgFGr9AAQAIiP9DQABAgMQERITBAUGBxQVFhciJP0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEgaiAhICT9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBQGsgHyAg/Q0ICQoLGBkaGwwNDg8cHR4fIiUgIiAj/Q0ICQoLGBkaGwwNDg8cHR4fIib9DQABAgMEBQYHEBESExQVFhf9CwQAIABB4ABqICUgJv0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAEEQaiIVIANBAnQgFGoiFv0ABAAiJyADIBZq/QAEACIo/Q0AAQIDEBESEwQFBgcUFRYXIikgA0EBdCAWav0ABAAiKiADQQNsIBZq/QAEACIr/Q0AAQIDEBESEwQFBgcUFRYXIiz9DQABAgMEBQYHEBESExQVFhf9CwQAIBVBIGogKSAs/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAVQUBrICcgKP0NCAkKCxgZGhsMDQ4PHB0eHyItICogK/0NCAkKCxgZGhsMDQ4PHB0eHyIu/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAVQeAAaiAtIC79DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBgAFqIQAgEyEHDAELCwNAIAQgB0oEQCAHQQJ0IA9qIRdBACEGA0AgBkEISARAIAZBAnQgAGogAyAGbCAXaioCADgCACAGQQFqIQYMAQsLIABBIGohACAHQQFqIQcMAQsLBUEAIQYDQCAEIAZKBEAgAiAGbCAPaiEYQQAhBwNAIAdBCEgEQCAHQQJ0IABqIAcgEUgEfSADIAdsIBhqKgIABUMAAAAACzgCACAHQQFqIQcMAQsLIABBIGohACAGQQFqIQYMAQsLCwsgCUEIaiEJDAELCwsFAEHgAgsGACAAJAAL9gwDSHsTfwV9IANBAnQhUgNAIAIgUUoEQCBRIFJsIlQgAGohTyABIFRqIVD9DAAAgP8AAID/AACA/wAAgP8hBv0MAAAAAAAAAAAAAAAAAAAAACEIQQAhTQNAIAMgTUEEaiJVTgRAIAYgTUECdCBQav0ABAAiF/3rASEGIAggFyAX/UL9UCEIIFUhTQwBCwtDAADAfyAG/R8AIAb9HwGXIAb9HwIgBv0fA5eXIAj9UxshYANAIAMgTUoEQCBNQQJ0IFBqKgIAIGCXIWAgTUEBaiFNDAELCyBgImH9EyEY/QwAAAAAAAAAAAAAAAAAAAAAIgYhCUEAIU0DQCADIE1BEGpOBEAgTUECdCJTIFBqIlb9AAQAIBj95QEiGUH8gQT9CQIAIg9BgIIE/QkCACIa/YUCIhtBF/2rASEcIBsgGv3lASIdQYSCBP0JAgAiECAZ/YUCIR5BjIIE/QkCACIRIB1BiIIE/QkCACAe/YUCIh9BkIIE/QkCACIS/YUCIB9BlIIE/QkCACIT/YUCIB9BmIIE/QkCACIU/YUCIB9BnIIE/QkCACIV/YUCISAgHyAc/eYBICAgHP2FAiAZQaCCBP0JAgAiFv1D/U8hISBW/QAEECAY/eUBIiIgDyAa/YUCIiNBF/2rASEkICNBgIIE/QkCAP3lASIlIBAgIv2FAiEmIBEgJUGIggT9CQIAICb9hQIiJyAS/YUCICcgE/2FAiAnIBT9hQIgJyAV/YUCISggJyAk/eYBICggJP2FAiAiIBb9Q/1PISkgVv0ABCAgGP3lASIqIA8gGv2FAiIrQRf9qwEhLCArQYCCBP0JAgD95QEiLSAQICr9hQIhLiARIC1BiIIE/QkCACAu/YUCIi8gEv2FAiAvIBP9hQIgLyAU/YUCIC8gFf2FAiEwIC8gLP3mASAwICz9hQIgKiAW/UP9TyExIFb9AAQwIBj95QEiMiAPIBr9hQIiM0EX/asBITQgM0GAggT9CQIA/eUBIjUgECAy/YUCITYgESA1QYiCBP0JAgAgNv2FAiI3IBL9hQIgNyAT/YUCIDcgFP2FAiA3IBX9hQIhOCA3IDT95gEgOCA0/YUCIDIgFv1D/U8hOSAERQRAIE8gU2oiVyAh/QsEACBXICn9CwQQIFcgMf0LBCAgVyA5/QsEMAsgBiAhICn95AH95AEhBiAJIDEgOf3kAf3kASEJIE1BEGohTQwBCwsgBiAJ/eQBIQYDQCADIE1BBGpOBEAgTUECdCJYIFBq/QAEACAY/eUBIjpB/IEE/QkCAEGAggT9CQIAIjv9hQIiPEEX/asBIT0gPCA7/eUBIj5BhIIE/QkCACA6/YUCIT9BjIIE/QkCACA+QYiCBP0JAgAgP/2FAiJAQZCCBP0JAgD9hQIgQEGUggT9CQIA/YUCIEBBmIIE/QkCAP2FAiBAQZyCBP0JAgD9hQIhQSBAID395gEgQSA9/YUCIDpBoIIE/QkCAP1D/U8hQiAERQRAIE8gWGogQv0LBAALIAYgQv3kASEGIE1BBGohTQwBCwsgBv0fACAG/R8BkiAG/R8CIAb9HwOSkiFgA0AgAyBNSgRAIE1BAnQiWSBQaioCACBhk/0TIkNB/IEE/QkCAEGAggT9CQIAIkT9hQIiRUEX/asBIUYgRSBE/eUBIkdBhIIE/QkCACBD/YUCIUhBjIIE/QkCACBHQYiCBP0JAgAgSP2FAiJJQZCCBP0JAgD9hQIgSUGUggT9CQIA/YUCIElBmIIE/QkCAP2FAiBJQZyCBP0JAgD9hQIhSiBJIEb95gEgSiBG/YUCIENBoIIE/QkCAP1D/U/9HwAhYiAERQRAIE8gWWogYjgCAAsgYCBikiFgIE1BAWohTQwBCwsgBARAIGD9ExACIUtBACFNA0AgAyBNQQRqIlpOBEAgTUECdCJbIE9qIFAgW2r9AAQAIBj95QEgS/3lAf0LBAAgWiFNDAELCyBL/R8AIWMDQCADIE1KBEAgTUECdCJcIE9qIFAgXGoqAgAgYZMgY5M4AgAgTUEBaiFNDAELCwVDAACAPyBglf0TIUxBACFNA0AgAyBNQQRqIl1OBEAgTUECdCBPaiJeIF79AAQAIEz95gH9CwQAIF0hTQwBCwsgTP0fACFkA0AgAyBNSgRAIE1BAnQgT2oiXyBfKgIAIGSUOAIAIE1BAWohTQwBCwsLIFFBAWohUQwBCwsLlAoCNXsJfwJAAkACQAJAAkAgAA4EAQIDBAALAAsgAiE5A0AgOSA4QRBqTgRAIAMgOEECdCABaiI6/QAEACII/a4BIQMgBiA6/QAEECIJ/a4BIQYgBCA6/QAEICIK/a4BIQQgByA6/QAEMCIL/a4BIQcgOEEQaiE4DAELCwNAIDkgOEEEak4EQCADIDhBAnQgAWr9AAQAIgz9rgEhAyA4QQRqITgMAQsLIAMgBv2uASINIAQgB/2uASIO/a4BIg8gD/0NCAkKCwwNDg8AAQIDBAUGByEQIA8gEP2uASIRIBH9DQQFBgcAAQIDDA0ODwgJCgshEiARIBL9rgEhAwNAIDggOUgEQCADIDhBAnQgAWr9XAIAIhP9rgEhAyA4QQFqITgMAQsLIAP9GwAPCyACITv9DAEAAAABAAAAAQAAAAEAAAAiAyEG/QwBAAAAAQAAAAEAAAABAAAAIQT9DAEAAAABAAAAAQAAAAEAAAAhBwNAIDsgOEEQak4EQCADIDhBAnQgAWoiPP0ABAAiFP21ASEDIAYgPP0ABBAiFf21ASEGIAQgPP0ABCAiFv21ASEEIAcgPP0ABDAiF/21ASEHIDhBEGohOAwBCwsDQCA7IDhBBGpOBEAgAyA4QQJ0IAFq/QAEACIY/bUBIQMgOEEEaiE4DAELCyADIAb9tQEiGSAEIAf9tQEiGv21ASIbIBv9DQgJCgsMDQ4PAAECAwQFBgchHCAbIBz9tQEiHSAd/Q0EBQYHAAECAwwNDg8ICQoLIR4gHSAe/bUBIQMDQCA4IDtIBEAgAyA4QQJ0IAFq/VwCACIf/bUBIQMgOEEBaiE4DAELCyAD/RsADwsgAiE9/QwAAACAAAAAgAAAAIAAAACAIgMhBv0MAAAAgAAAAIAAAACAAAAAgCEE/QwAAACAAAAAgAAAAIAAAACAIQcDQCA9IDhBEGpOBEAgAyA4QQJ0IAFqIj79AAQAIiD9uAEhAyAGID79AAQQIiH9uAEhBiAEID79AAQgIiL9uAEhBCAHID79AAQwIiP9uAEhByA4QRBqITgMAQsLA0AgPSA4QQRqTgRAIAMgOEECdCABav0ABAAiJP24ASEDIDhBBGohOAwBCwsgAyAG/bgBIiUgBCAH/bgBIib9uAEiJyAn/Q0ICQoLDA0ODwABAgMEBQYHISggJyAo/bgBIikgKf0NBAUGBwABAgMMDQ4PCAkKCyEqICkgKv24ASEDA0AgOCA9SARAIAMgOEECdCABav1cAgAiK/24ASEDIDhBAWohOAwBCwsgA/0bAA8LIAIhP/0M////f////3////9/////fyIDIQb9DP///3////9/////f////38hBP0M////f////3////9/////fyEHA0AgPyA4QRBqTgRAIAMgOEECdCABaiJA/QAEACIs/bYBIQMgBiBA/QAEECIt/bYBIQYgBCBA/QAEICIu/bYBIQQgByBA/QAEMCIv/bYBIQcgOEEQaiE4DAELCwNAID8gOEEEak4EQCADIDhBAnQgAWr9AAQAIjD9tgEhAyA4QQRqITgMAQsLIAMgBv22ASIxIAQgB/22ASIy/bYBIjMgM/0NCAkKCwwNDg8AAQIDBAUGByE0IDMgNP22ASI1IDX9DQQFBgcAAQIDDA0ODwgJCgshNiA1IDb9tgEhAwNAIDggP0gEQCADIDhBAnQgAWr9XAIAIjf9tgEhAyA4QQFqITgMAQsLIAP9GwALvAgCKXsHfwJAAkACQAJAAkAgAA4EAQIDBAALAAsgASACEAwPCyACIS39DAAAgD8AAIA/AACAPwAAgD8iAyEG/QwAAIA/AACAPwAAgD8AAIA/IQT9DAAAgD8AAIA/AACAPwAAgD8hBwNAIC0gLEEQak4EQCAsQQJ0IAFqIi79AAQAIQggAyAI/eYBIQMgLv0ABBAhCSAGIAn95gEhBiAu/QAEICEKIAQgCv3mASEEIC79AAQwIQsgByAL/eYBIQcgLEEQaiEsDAELCwNAIC0gLEEEak4EQCAsQQJ0IAFq/QAEACEMIAMgDP3mASEDICxBBGohLAwBCwsgAyAG/eYBIQ0gBCAH/eYBIQ4gDSAO/eYBIg8gD/0NCAkKCwwNDg8AAQIDBAUGByEQIA8gEP3mASIRIBH9DQQFBgcAAQIDDA0ODwgJCgshEiARIBL95gEhAwNAICwgLUgEQCAsQQJ0IAFq/VwCACETIAMgE/3mASEDICxBAWohLAwBCwsgA/0fAA8LIAIhL/0MAACA/wAAgP8AAID/AACA/yIDIQb9DAAAgP8AAID/AACA/wAAgP8hBP0MAACA/wAAgP8AAID/AACA/yEHA0AgLyAsQRBqTgRAICxBAnQgAWoiMP0ABAAhFCADIBT96QEhAyAw/QAEECEVIAYgFf3pASEGIDD9AAQgIRYgBCAW/ekBIQQgMP0ABDAhFyAHIBf96QEhByAsQRBqISwMAQsLA0AgLyAsQQRqTgRAICxBAnQgAWr9AAQAIRggAyAY/ekBIQMgLEEEaiEsDAELCyADIAb96QEhGSAEIAf96QEhGiAZIBr96QEiGyAb/Q0ICQoLDA0ODwABAgMEBQYHIRwgGyAc/ekBIh0gHf0NBAUGBwABAgMMDQ4PCAkKCyEeIB0gHv3pASEDA0AgLCAvSARAICxBAnQgAWr9XAIAIR8gAyAf/ekBIQMgLEEBaiEsDAELCyAD/R8ADwsgAiEx/QwAAIB/AACAfwAAgH8AAIB/IgMhBv0MAACAfwAAgH8AAIB/AACAfyEE/QwAAIB/AACAfwAAgH8AAIB/IQcDQCAxICxBEGpOBEAgLEECdCABaiIy/QAEACEgIAMgIP3oASEDIDL9AAQQISEgBiAh/egBIQYgMv0ABCAhIiAEICL96AEhBCAy/QAEMCEjIAcgI/3oASEHICxBEGohLAwBCwsDQCAxICxBBGpOBEAgLEECdCABav0ABAAhJCADICT96AEhAyAsQQRqISwMAQsLIAMgBv3oASElIAQgB/3oASEmICUgJv3oASInICf9DQgJCgsMDQ4PAAECAwQFBgchKCAnICj96AEiKSAp/Q0EBQYHAAECAwwNDg8ICQoLISogKSAq/egBIQMDQCAsIDFIBEAgLEECdCABav1cAgAhKyADICv96AEhAyAsQQFqISwMAQsLIAP9HwALtAMBEn8CQCAGIQ4gAEEERgRAIAEhCSAOQQJ0IQ9BACEGA0AgAyAGSgRAIA8gBCAGbGwgAmohEEEAIQoDQCAFIApKBEBBACEAIApBAnQgEGoiESgCACELQQEhBwNAIAQgB0oEQCAHIA9sIBFqKAIAIhIgC0oEQCASIQsgByEACyAHQQFqIQcMAQsLIAkgADYCACAJQQRqIQkgCkEBaiEKDAELCyAGQQFqIQYMAQsLDAELIABBBUYEQCABIQkgDkECdCETQQAhBgNAIAMgBkoEQCATIAQgBmxsIAJqIRRBACEKA0AgBSAKSgRAQQAhACAKQQJ0IBRqIhUoAgAhC0EBIQcDQCAEIAdKBEAgByATbCAVaigCACEWIAsgFkoEQCAWIQsgByEACyAHQQFqIQcMAQsLIAkgADYCACAJQQRqIQkgCkEBaiEKDAELCyAGQQFqIQYMAQsLDAELIAQgDmxBAnQhFwNAIAMgB0oEQCAHIBdsIAJqIRggDkEBRgRAIAdBAnQgAWogACAYIAQQEjYCAAUgACAFIAdsQQJ0IAFqIBggBCAFIA4QFgsgB0EBaiEHDAELCwsL4gMCDn8EfQJAIAYhDCAAQQRGBEAgASEJIAxBAnQhDUEAIQYDQCADIAZKBEAgDSAEIAZsbCACaiEOQQAhBwNAIAUgB0oEQCAJAn9BACEAQQAgB0ECdCAOaiIPKgIAIhUgFVwNABpBASEBA0AgASAESARAIAEgDWwgD2oqAgAiFyAVXgRAIBchFSABIQAFIAEgFyAXXA0DGgsgAUEBaiEBDAELCyAACzYCACAJQQRqIQkgB0EBaiEHDAELCyAGQQFqIQYMAQsLDAELIABBBUYEQCABIQkgDEECdCEQQQAhBgNAIAMgBkoEQCAQIAQgBmxsIAJqIRFBACEHA0AgBSAHSgRAIAkCf0EAIQBBACAHQQJ0IBFqIhIqAgAiFSAVXA0AGkEBIQEDQCABIARIBEAgASAQbCASaioCACEYIBUgGF4EQCAYIRUgASEABSABIBggGFwNAxoLIAFBAWohAQwBCwsgAAs2AgAgCUEEaiEJIAdBAWohBwwBCwsgBkEBaiEGDAELCwwBCyAEIAxsQQJ0IRMDQCADIAdKBEAgByATbCACaiEUIAxBAUYEQCAHQQJ0IAFqIAAgFCAEEBM4AgAFIAAgBSAHbEECdCABaiAUIAQgBSAMEBcLIAdBAWohBwwBCwsLC5AMAgt7JH8CQAJAAkACQAJAAkAgAA4EAQIDBAALAAsgASEVIAVBAnQhFgNAIAQgEUEEak4EQCARQQJ0IAJqIRf9DAAAAAAAAAAAAAAAAAAAAAAhB0EAIQADQCAAIANIBEAgAyAAQYACaiIYIAMgGEgbIRn9DAAAAAAAAAAAAAAAAAAAAAAhBiAAIQUDQCAFIBlIBEAgBiAFIBZsIBdq/QAEACIJ/a4BIQYgBUEBaiEFDAELCyAHIAb9rgEhByAAQYACaiEADAELCyARQQJ0IBVqIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEa/QwAAAAAAAAAAAAAAAAAAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiGyADIBtIGyEc/QwAAAAAAAAAAAAAAAAAAAAAIQYgACEFA0AgBSAcSARAIAYgBSAWbCAaav1cAgAiCv2uASEGIAVBAWohBQwBCwsgByAG/a4BIQcgAEGAAmohAAwBCwsgEUECdCAVaiAH/RsANgIAIBFBAWohEQwBCwsMAwsgASEdIAVBAnQhHgNAIAQgEUEEak4EQCARQQJ0IAJqIR/9DAEAAAABAAAAAQAAAAEAAAAhB0EAIQADQCAAIANIBEAgAyAAQYACaiIgIAMgIEgbISH9DAEAAAABAAAAAQAAAAEAAAAhBiAAIQUDQCAFICFIBEAgBiAFIB5sIB9q/QAEACIL/bUBIQYgBUEBaiEFDAELCyAHIAb9tQEhByAAQYACaiEADAELCyARQQJ0IB1qIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEi/QwBAAAAAQAAAAEAAAABAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiIyADICNIGyEk/QwBAAAAAQAAAAEAAAABAAAAIQYgACEFA0AgBSAkSARAIAYgBSAebCAiav1cAgAiDP21ASEGIAVBAWohBQwBCwsgByAG/bUBIQcgAEGAAmohAAwBCwsgEUECdCAdaiAH/RsANgIAIBFBAWohEQwBCwsMAgsgASElIAVBAnQhJgNAIAQgEUEEak4EQCARQQJ0IAJqISf9DAAAAIAAAACAAAAAgAAAAIAhB0EAIQADQCAAIANIBEAgAyAAQYACaiIoIAMgKEgbISn9DAAAAIAAAACAAAAAgAAAAIAhBiAAIQUDQCAFIClIBEAgBiAFICZsICdq/QAEACIN/bgBIQYgBUEBaiEFDAELCyAHIAb9uAEhByAAQYACaiEADAELCyARQQJ0ICVqIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEq/QwAAACAAAAAgAAAAIAAAACAIQdBACEAA0AgACADSARAIAMgAEGAAmoiKyADICtIGyEs/QwAAACAAAAAgAAAAIAAAACAIQYgACEFA0AgBSAsSARAIAYgBSAmbCAqav1cAgAiDv24ASEGIAVBAWohBQwBCwsgByAG/bgBIQcgAEGAAmohAAwBCwsgEUECdCAlaiAH/RsANgIAIBFBAWohEQwBCwsMAQsgASEtIAVBAnQhLgNAIAQgEUEEak4EQCARQQJ0IAJqIS/9DP///3////9/////f////38hB0EAIQADQCAAIANIBEAgAyAAQYACaiIwIAMgMEgbITH9DP///3////9/////f////38hBiAAIQUDQCAFIDFIBEAgBiAFIC5sIC9q/QAEACIP/bYBIQYgBUEBaiEFDAELCyAHIAb9tgEhByAAQYACaiEADAELCyARQQJ0IC1qIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEy/Qz///9/////f////3////9/IQdBACEAA0AgACADSARAIAMgAEGAAmoiMyADIDNIGyE0/Qz///9/////f////3////9/IQYgACEFA0AgBSA0SARAIAYgBSAubCAyav1cAgAiEP22ASEGIAVBAWohBQwBCwsgByAG/bYBIQcgAEGAAmohAAwBCwsgEUECdCAtaiAH/RsANgIAIBFBAWohEQwBCwsLC/YMAhB7JH8CQAJAAkACQAJAAkAgAA4EAQIDBAALAAsgASEaIAVBAnQhGwNAIAQgFkEEak4EQCAWQQJ0IAJqIRz9DAAAAAAAAAAAAAAAAAAAAAAhB/0MAAAAAAAAAAAAAAAAAAAAACEJQQAhAANAIAAgA0gEQCADIABBgAJqIh0gAyAdSBshHv0MAAAAAAAAAAAAAAAAAAAAACEGIAAhBQNAIAUgHkgEQCAFIBtsIBxq/QAEACEKIAYgCv3kASEGIAVBAWohBQwBCwsgByAGIAn95QEiC/3kASIMIAf95QEgC/3lASEJIAwhByAAQYACaiEADAELCyAWQQJ0IBpqIAf9CwQAIBZBBGohFgwBCwsDQCAEIBZKBEAgFkECdCACaiEf/QwAAAAAAAAAAAAAAAAAAAAAIQf9DAAAAAAAAAAAAAAAAAAAAAAhCUEAIQADQCAAIANIBEAgAyAAQYACaiIgIAMgIEgbISH9DAAAAAAAAAAAAAAAAAAAAAAhBiAAIQUDQCAFICFIBEAgBSAbbCAfav1cAgAhDSAGIA395AEhBiAFQQFqIQUMAQsLIAcgBiAJ/eUBIg795AEiDyAH/eUBIA795QEhCSAPIQcgAEGAAmohAAwBCwsgFkECdCAaaiAH/RsANgIAIBZBAWohFgwBCwsMAwsgASEiIAVBAnQhIwNAIAQgFkEEak4EQCAWQQJ0IAJqIST9DAAAgD8AAIA/AACAPwAAgD8hB0EAIQADQCAAIANIBEAgAyAAQYACaiIlIAMgJUgbISb9DAAAgD8AAIA/AACAPwAAgD8hBiAAIQUDQCAFICZIBEAgBSAjbCAkav0ABAAhECAGIBD95gEhBiAFQQFqIQUMAQsLIAcgBv3mASEHIABBgAJqIQAMAQsLIBZBAnQgImogB/0LBAAgFkEEaiEWDAELCwNAIAQgFkoEQCAWQQJ0IAJqISf9DAAAgD8AAIA/AACAPwAAgD8hB0EAIQADQCAAIANIBEAgAyAAQYACaiIoIAMgKEgbISn9DAAAgD8AAIA/AACAPwAAgD8hBiAAIQUDQCAFIClIBEAgBSAjbCAnav1cAgAhESAGIBH95gEhBiAFQQFqIQUMAQsLIAcgBv3mASEHIABBgAJqIQAMAQsLIBZBAnQgImogB/0bADYCACAWQQFqIRYMAQsLDAILIAEhKiAFQQJ0ISsDQCAEIBZBBGpOBEAgFkECdCACaiEs/QwAAID/AACA/wAAgP8AAID/IQdBACEAA0AgACADSARAIAMgAEGAAmoiLSADIC1IGyEu/QwAAID/AACA/wAAgP8AAID/IQYgACEFA0AgBSAuSARAIAUgK2wgLGr9AAQAIRIgBiAS/ekBIQYgBUEBaiEFDAELCyAHIAb96QEhByAAQYACaiEADAELCyAWQQJ0ICpqIAf9CwQAIBZBBGohFgwBCwsDQCAEIBZKBEAgFkECdCACaiEv/QwAAID/AACA/wAAgP8AAID/IQdBACEAA0AgACADSARAIAMgAEGAAmoiMCADIDBIGyEx/QwAAID/AACA/wAAgP8AAID/IQYgACEFA0AgBSAxSARAIAUgK2wgL2r9XAIAIRMgBiAT/ekBIQYgBUEBaiEFDAELCyAHIAb96QEhByAAQYACaiEADAELCyAWQQJ0ICpqIAf9GwA2AgAgFkEBaiEWDAELCwwBCyABITIgBUECdCEzA0AgBCAWQQRqTgRAIBZBAnQgAmohNP0MAACAfwAAgH8AAIB/AACAfyEHQQAhAANAIAAgA0gEQCADIABBgAJqIjUgAyA1SBshNv0MAACAfwAAgH8AAIB/AACAfyEGIAAhBQNAIAUgNkgEQCAFIDNsIDRq/QAEACEUIAYgFP3oASEGIAVBAWohBQwBCwsgByAG/egBIQcgAEGAAmohAAwBCwsgFkECdCAyaiAH/QsEACAWQQRqIRYMAQsLA0AgBCAWSgRAIBZBAnQgAmohN/0MAACAfwAAgH8AAIB/AACAfyEHQQAhAANAIAAgA0gEQCADIABBgAJqIjggAyA4SBshOf0MAACAfwAAgH8AAIB/AACAfyEGIAAhBQNAIAUgOUgEQCAFIDNsIDdq/VwCACEVIAYgFf3oASEGIAVBAWohBQwBCwsgByAG/egBIQcgAEGAAmohAAwBCwsgFkECdCAyaiAH/RsANgIAIBZBAWohFgwBCwsLC9kIAzh/BnsCfSADKAIAIANBBGooAgBsISAgA0EIaigCACETIANBDGooAgAhBSADQRBqKAIAIRsgA0EYaigCACEcIANBIGooAgAhHSADQShqKAIAIQwgA0EwaigCACENIANBLGooAgAiDiADQRRqKAIAIhdBAWtsIANBHGooAgAiCUECRmohIyADQTRqKAIAIgoiJCADQSRqKAIAIhBBAEoEfyAJIBBqQQFrIAltBUEACyIlICQgJUgbIRQgECAFICNraiImQQBKBH8gFCAKICZBAWsgCW1BAWoiJyAKICdIGyIoIBQgKEobBSAUCyEhIBtBAkYiAwRAIBdBAkYhAwsgAwRAIBxBAkYhAwsgAwRAIAlBAkYhAwsgAwRAIB1FIQMLIAMEQCAQRSEDCyADBEAgDEEBRiEDCyADBEAgDkEBRiEDCyADBEAgEyANQQF0TiEDCyAFIApBAXROIAMgAxshIgNAIBUgIEgEQCAFIBMgFWxsQQJ0IAJqISkCQCAiBEAgKSAAIAEgBSANIAoQGgwBC0EAIREDQCANIBFKBEAgESAcbCAdayIDIAwgG0EBa2xqQQFqIiogEyATICpKGyErA0AgA0EASARAIAMgDGohAwwBCwsgCiARbEECdCIsIABqIR4gASAsaiEfQQAhBgNAIAYgCkgEQAJAICEgBkEEak4gBiAUTnEEQCAGQQJ0Ii0gHmohLiAfIC1qIS/9DAAAgP8AAID/AACA/wAAgP8hPSAGIAlsIBBrIjAgAyAFbGr9Ef0MAAAAAAEAAAACAAAAAwAAACAJ/RH9tQEiP/2uASE+IAMhBwNAIAcgK0gEQEEAIQgDQCAIIBdIBEAgCCAObCAwaiIxIAUgB2xqQQJ0IClqITIgCUEBRgR7IDL9AAQABSAJQQJGBHsgMv0ABAAgMv0ABBD9DQABAgMICQoLEBESExgZGhsFIDL9CQIAIDIgCUECdCIzaioCAP0gASAzQQF0IDJqKgIA/SACIDNBA2wgMmoqAgD9IAMLCyJAID0gQCA9/UQgQCBA/UL9UCJB/VIhPSAxIAUgB2xq/REgP/2uASA+IEH9UiE+IAhBAWohCAwBCwsgByAMaiEHDAELCyAuID39CwQAIC8gPv0LBAAgBkEDaiEGDAELIAYgCWwgEGsiByAOIBdBAWtsakEBaiI0IAUgBSA0ShshNQNAIAdBAEgEQCAHIA5qIQcMAQsLIAZBAnQiNiAeaiE3IB8gNmohOCA1ITlDAACA/yFCIAcgAyAFbGohEiADIQQDQCAEICtIBEAgByEIA0AgCCA5SARAIAggBCAFbGoiOkECdCApaioCACJDIENcIEIgQ11yBEAgQyFCIDohEgsgCCAOaiEIDAELCyAEIAxqIQQMAQsLIDcgQjgCACA4IBI2AgALIAZBAWohBgwBCwsgEUEBaiERDAELCwsgCiANbEECdCI7IAFqIQEgACA7aiEAIBVBAWohFQwBCwsLqwEBBn8gA0EwaigCACADQTRqKAIAbCEFIABBACADKAIAIANBBGooAgBsIgYgA0EIaigCACADQQxqKAIAbCIHbEECdPwLAEEAIQMDQCADIAZIBEAgAyAHbEECdCAAaiEIQQAhBANAIAQgBUgEQCACKAIAQQJ0IAhqIgkgCSoCACABKgIAkjgCACABQQRqIQEgAkEEaiECIARBAWohBAwBCwsgA0EBaiEDDAELCwvEBQMefxV7An0DQCAEIAtKBEAgAyALQQF0bCITQQJ0IABqIhQgA0ECdGohFSAFIAtsQQJ0IhYgAWohDkEAIQcgBUEETiIGBEAgAyAFQQF0TiEGCyACIBZqIQ8DQCAFIAdKQQAgBhsEQCAFQQRrIAcgBSAHQQRqSBsiF0EDdCIYIBRqIRkgFSAYaiIa/QAEACEoIBr9AAQQISkgGf0ABAAiKiAZ/QAEECIr/Q0AAQIDCAkKCxAREhMYGRobISwgF0EBdCIbIBNqIhz9Ef0MAAAAAAIAAAAEAAAABgAAAP2uASEtICogK/0NBAUGBwwNDg8UFRYXHB0eHyIuICz9RCAuIC79Qv1QIS8gLiAsIC/9UiEwIBxBAWr9Ef0MAAAAAAIAAAAEAAAABgAAAP2uASAtIC/9UiExICggKf0NAAECAwgJCgsQERITGBkaGyIyIDD9RCAyIDL9Qv1QITMgMiAwIDP9UiE0IAMgE2ogG2oiHf0R/QwAAAAAAgAAAAQAAAAGAAAA/a4BIDEgM/1SITUgHUEBav0R/QwAAAAAAgAAAAQAAAAGAAAA/a4BIDUgKCAp/Q0EBQYHDA0ODxQVFhccHR4fIjYgNP1EIDYgNv1C/VAiN/1SITggF0ECdCIeIA5qIDYgNCA3/VL9CwQAIA8gHmogOP0LBAAgF0EEaiEHDAELCwNAIAUgB0oEQCAHQQJ0Ih8gDmohICAPIB9qIRAgC0EBdCIGQQJqIREgB0EBdCIhISIgIUECaiESQwAAgP8hOSAiIAMgBmxqIQgDQCAGIBFIBEAgIiEJA0AgCSASSARAIAkgAyAGbGoiI0ECdCAAaioCACI6IDpcIDkgOl1yBEAgIyEIIDohOQsgCUEBaiEJDAELCyAGQQFqIQYMAQsLICAgOTgCACAQIAg2AgAgB0EBaiEHDAELCyALQQFqIQsMAQsLC94DAh5/An0gACESIAEhEyACKAIAIAJBBGooAgBsIRQgAkEIaigCACEIIAJBDGooAgAhBCACQRBqKAIAIRUgAkEUaigCACEWIAJBGGooAgAhFyACQRxqKAIAIRggAkEgaigCACELIAJBJGooAgAhDCACQTBqKAIAIQ0gAkE0aigCACEOA0AgBSAUSARAIAQgBSAIbGxBAnQgE2ohGUEAIQYDQCAGIA1IBEAgFSAGIBdsIAtrIglqIhogCCALaiIbIBogG0gbIQpBACEHA0AgByAOSARAIAogCWsgFiAHIBhsIAxrIhxqIh0gBCAMaiIeIB0gHkgbIh8gHGtsISAgByAOIAYgBSANbGpsakECdCASaiEPAkAgHEEAIBxBAEobIiEgHyAEIAQgH0obIhBOIAlBACAJQQBKGyIBIAogCCAIIApKGyIRTnIEQCAPQwAAAAA4AgAMAQsgICARIAFrIBAgIWtsIAMbsiEjQwAAAAAhIgNAIAEgEUgEQCAhIQIDQCACIBBIBEAgIiACIAEgBGxqQQJ0IBlqKgIAkiEiIAJBAWohAgwBCwsgAUEBaiEBDAELCyAPICIgI5U4AgALIAdBAWohBwwBCwsgBkEBaiEGDAELCyAFQQFqIQUMAQsLC9YDAiB/AX0gASESIAAhEyACQRBqKAIAIRQgAkEUaigCACEVIAJBGGooAgAhFiACQRxqKAIAIRcgAkEgaigCACEMIAJBJGooAgAhDSACQTBqKAIAIQ4gAkE0aigCACEPIABBACACQQxqKAIAIgQgAkEIaigCACIIIAIoAgAgAkEEaigCAGwiGGxsQQJ0/AsAA0AgBSAYSARAIAQgBSAIbGxBAnQgE2ohGUEAIQYDQCAGIA5IBEAgFCAGIBZsIAxrIglqIhogCCAMaiIbIBogG0gbIQpBACEHA0AgByAPSARAIAogCWsgFSAHIBdsIA1rIhxqIh0gBCANaiIeIB0gHkgbIh8gHGtsISAgHEEAIBxBAEobIiIgHyAEIAQgH0obIhBOIAlBACAJQQBKGyIBIAogCCAIIApKGyIRTnJFBEAgByAPIAYgBSAObGpsakECdCASaiEhICEqAgAgICARIAFrIBAgImtsIAMbspUhJANAIAEgEUgEQCAiIQIDQCACIBBIBEAgAiABIARsakECdCAZaiIjICMqAgAgJJI4AgAgAkEBaiECDAELCyABQQFqIQEMAQsLCyAHQQFqIQcMAQsLIAZBAWohBgwBCwsgBUEBaiEFDAELCwuEAwMHfwt7B30gCEEBcSEKIAhBAnFBAEchCyAIQQRxQQBHIQwgCEEIcUEARyENIASMIhz9EyETIAb9EyEUIAX9EyESIAf9EyEVQQAhCANAIAMgCEEEak4EQCAAIAhBAnQiDmr9AAQAIRYgASAOav0ABAAiF/3hASAXIA0bIhggFiAV/eYB/eQBIBggB0MAAAAAXBshGSAAIA5qIBYgCgR7IAIgDmogCwR7IBkFIAIgDmr9AAQAIBL95gEgGSAU/eYB/eQBCyIa/QsEACAZIBogEv3mAf3kASAaIAwbBSAZCyAT/eYB/eQB/QsEACAIQQRqIQgMAQsLA0AgAyAISgRAIAAgCEECdCIPaioCACEdIAEgD2oqAgAiHowgHiANGyIfIB0gB5SSIB8gB0MAAAAAXBshICAAIA9qIB0gCgR9IAIgD2ogCwR9ICAFIAIgD2oqAgAgBZQgICAGlJILIiE4AgAgICAhIAWUkiAhIAwbBSAgCyAclJI4AgAgCEEBaiEIDAELCwvRBQINfw97A0AgBCAISgRAIAIgCGwgAWohCSACQQRGQQYgBCAIayIMIAxBBkobIg1BBkZxBEBBACEHA0AgBSAHSgRAIAAgAyAHbCAJaiIO/QAEAP0LBAAgACAOKQMQNwMQIABBGGohACAHQQFqIQcMAQsLBSADQQRGIA1BBkZxBEBBACEHA0AgBSAHQQRqIg9OBEAgACAHQQJ0IAlqIhD9AAQAIhkgAiAQav0ABAAiGv0NAAECAxAREhMEBQYHFBUWFyIbIAJBAXQgEGr9AAQAIhYgAkEDbCAQav0ABAAiF/0NAAECAxAREhMEBQYHFBUWFyIY/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRhqIBsgGP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAEEwaiAZIBr9DQgJCgsYGRobDA0ODxwdHh8iHCAWIBf9DQgJCgsYGRobDA0ODxwdHh8iHf0NAAECAwQFBgcQERITFBUWF/0LBAAgAEHIAGogHCAd/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAIAJBAnQgEGr9AAQAIh4gAkEFbCAQav0ABAAiH/0NAAECAxAREhMEBQYHFBUWFyIg/VsDEAAgACAg/VsDKAEgACAeIB/9DQgJCgsYGRobDA0ODxwdHh8iIf1bA0AAIAAgIf1bA1gBIABB4ABqIQAgDyEHDAELCwNAIAUgB0oEQCAHQQJ0IAlqIRFBACEGA0AgBkEGSARAIAZBAnQgAGogAiAGbCARaioCADgCACAGQQFqIQYMAQsLIABBGGohACAHQQFqIQcMAQsLBUEAIQYDQCAFIAZKBEAgAyAGbCAJaiESQQAhBwNAIAdBBkgEQCAHQQJ0IABqIAcgDUgEfSACIAdsIBJqKgIABUMAAAAACzgCACAHQQFqIQcMAQsLIABBGGohACAGQQFqIQYMAQsLCwsgCEEGaiEIDAELCwvKBgIVexZ/IAAhJCACIAIgB0EBa2wiHyACIB9JGyABaiEhIAJBAXQiJSAfIB8gJUsbIAFqISIgAkEDbCImIB8gHyAmSxsgAWohIyACQQJ0IicgHyAfICdLGyABaiEAIAJBBWwiKCAfIB8gKEsbIAFqIQIgJEECdCABaiEpA0AgASApSQRAIAH9CQIAIhkgA/0ABAAiFyAM/YUCIQwgGSAD/QAEECIYIAv9hQIhCyAh/QkCACIaIBcgEv2FAiESIBogGCAN/YUCIQ0gIv0JAgAiGyAXIBP9hQIhEyAbIBggDv2FAiEOICP9CQIAIhwgFyAU/YUCIRQgHCAYIA/9hQIhDyAA/QkCACIdIBcgFf2FAiEVIB0gGCAQ/YUCIRAgAv0JAgAiHiAXIBb9hQIhFiAeIBggEf2FAiERIAJBBGohAiAAQQRqIQAgAUEEaiEBICFBBGohISAiQQRqISIgI0EEaiEjIAMgBGohAwwBCwsCQCAIQQhGIAdBBkZxBEAgCQRAIAwgBf0ABAD95AEhDCALIAX9AAQQ/eQBIQsLIAUgDP0LBAAgBSAL/QsEECAFIAZqIiogCQR7IA0gKv0ABBD95AEhDSASICr9AAQA/eQBBSASC/0LBAAgKiAN/QsEECAGQQF0IAVqIisgCQR7IA4gK/0ABBD95AEhDiATICv9AAQA/eQBBSATC/0LBAAgKyAO/QsEECAGQQNsIAVqIiwgCQR7IA8gLP0ABBD95AEhDyAUICz9AAQA/eQBBSAUC/0LBAAgLCAP/QsEECAGQQJ0IAVqIi0gCQR7IBAgLf0ABBD95AEhECAVIC39AAQA/eQBBSAVC/0LBAAgLSAQ/QsEECAGQQVsIAVqIi4gCQR7IBEgLv0ABBD95AEhESAWIC79AAQA/eQBBSAWC/0LBAAgLiAR/QsEEAwBCyMAQaABaiIvIAz9CwQAIC8gC/0LBBAgL0EgaiIwIBL9CwQAIDAgDf0LBBAgL0FAayIxIBP9CwQAIDEgDv0LBBAgL0HgAGoiMiAU/QsEACAyIA/9CwQQIC9BgAFqIjMgFf0LBAAgMyAQ/QsEECAvQaABaiI0IBb9CwQAIDQgEf0LBBAgLyAFIAYgByAIIAkQBAsLvwgCH3sNfyAAQRhsIAFqISggAf0JAgAiGCAC/QAEACIZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRMgGCAC/QAEECIa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQ0gAf0JAgQiGyAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRQgGyAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQ4gAf0JAggiHCAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRUgHCAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQ8gAf0JAgwiHSAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRYgHSAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRAgAf0JAhAiHiAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRcgHiAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIREgAf0JAhQiHyAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQogHyAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRIgAUEYaiEBIAIgA2ohAgNAIAEgKEkEQCAB/QkCACIgIAL9AAQAIiEgE/2FAiETICAgAv0ABBAiIiAN/YUCIQ0gAf0JAgQiIyAhIBT9hQIhFCAjICIgDv2FAiEOIAH9CQIIIiQgISAV/YUCIRUgJCAiIA/9hQIhDyAB/QkCDCIlICEgFv2FAiEWICUgIiAQ/YUCIRAgAf0JAhAiJiAhIBf9hQIhFyAmICIgEf2FAiERIAH9CQIUIicgISAK/YUCIQogJyAiIBL9hQIhEiABQRhqIQEgAiADaiECDAELCwJAIAdBCEYgBkEGRnEEQCAEIAgEeyANIAT9AAQQ/eQBIQ0gEyAE/QAEAP3kAQUgEwv9CwQAIAQgDf0LBBAgBCAFaiIpIAgEeyAOICn9AAQQ/eQBIQ4gFCAp/QAEAP3kAQUgFAv9CwQAICkgDv0LBBAgBUEBdCAEaiIqIAgEeyAPICr9AAQQ/eQBIQ8gFSAq/QAEAP3kAQUgFQv9CwQAICogD/0LBBAgBUEDbCAEaiIrIAgEeyAQICv9AAQQ/eQBIRAgFiAr/QAEAP3kAQUgFgv9CwQAICsgEP0LBBAgBUECdCAEaiIsIAgEeyARICz9AAQQ/eQBIREgFyAs/QAEAP3kAQUgFwv9CwQAICwgEf0LBBAgBUEFbCAEaiItIAgEeyASIC39AAQQ/eQBIRIgCiAt/QAEAP3kAQUgCgv9CwQAIC0gEv0LBBAMAQsjAEGgAWoiLiIvIBP9CwQAIC8gDf0LBBAgLkEgaiIwIBT9CwQAIDAgDv0LBBAgLkFAayIxIBX9CwQAIDEgD/0LBBAgLkHgAGoiMiAW/QsEACAyIBD9CwQQIC5BgAFqIjMgF/0LBAAgMyAR/QsEECAuQaABaiI0IAr9CwQAIDQgEv0LBBAgLiAEIAUgBiAHIAgQBAsLxAQCD3sPfyAAIR0gAiACIAdBAWtsIhkgAiAZSRsgAWohGyACQQF0Ih4gGSAZIB5LGyABaiEcIAJBA2wiHyAZIBkgH0sbIAFqIQAgHUECdCABaiEgA0AgASAgSQRAIAH9CQIAIhUgA/0ABAAiEyAM/YUCIQwgFSAD/QAEECIUIAr9hQIhCiAb/QkCACIWIBMgEP2FAiEQIBYgFCAN/YUCIQ0gHP0JAgAiFyATIBH9hQIhESAXIBQgDv2FAiEOIAD9CQIAIhggEyAS/YUCIRIgGCAUIA/9hQIhDyABQQRqIQEgG0EEaiEbIBxBBGohHCAAQQRqIQAgAyAEaiEDDAELCwJAIAhBCEYgB0EERnEEQCAJBEAgDCAF/QAEAP3kASEMIAogBf0ABBD95AEhCgsgBSAM/QsEACAFIAr9CwQQIAUgBmoiISAJBHsgDSAh/QAEEP3kASENIBAgIf0ABAD95AEFIBAL/QsEACAhIA39CwQQIAZBAXQgBWoiIiAJBHsgDiAi/QAEEP3kASEOIBEgIv0ABAD95AEFIBEL/QsEACAiIA79CwQQIAZBA2wgBWoiIyAJBHsgDyAj/QAEEP3kASEPIBIgI/0ABAD95AEFIBIL/QsEACAjIA/9CwQQDAELIwBBoAFqIiQgDP0LBAAgJCAK/QsEECAkQSBqIiUgEP0LBAAgJSAN/QsEECAkQUBrIiYgEf0LBAAgJiAO/QsEECAkQeAAaiInIBL9CwQAICcgD/0LBBAgJCAFIAYgByAIIAkQBAsLrgQCEHsIfwNAIAAgGUoEQCAB/QAEACIJIAn9DQABAgMAAQIDAAECAwABAgMiFSAC/QAEACITIA/9hQIhDyAVIAL9AAQQIhQgC/2FAiELIAkgCf0NBAUGBwQFBgcEBQYHBAUGByIWIBMgEP2FAiEQIBYgFCAM/YUCIQwgCSAJ/Q0ICQoLCAkKCwgJCgsICQoLIhcgEyAR/YUCIREgFyAUIA39hQIhDSAJIAn9DQwNDg8MDQ4PDA0ODwwNDg8iGCATIBL9hQIhEiAYIBQgDv2FAiEOIAFBGGohASACIANqIQIgGUEBaiEZDAELCwJAIAdBCEYgBkEERnEEQCAEIAgEeyALIAT9AAQQ/eQBIQsgDyAE/QAEAP3kAQUgDwv9CwQAIAQgC/0LBBAgBCAFaiIaIAgEeyAMIBr9AAQQ/eQBIQwgECAa/QAEAP3kAQUgEAv9CwQAIBogDP0LBBAgBUEBdCAEaiIbIAgEeyANIBv9AAQQ/eQBIQ0gESAb/QAEAP3kAQUgEQv9CwQAIBsgDf0LBBAgBUEDbCAEaiIcIAgEeyAOIBz9AAQQ/eQBIQ4gEiAc/QAEAP3kAQUgEgv9CwQAIBwgDv0LBBAMAQsjAEGgAWoiHSAP/QsEACAdIAv9CwQQIB1BIGoiHiAQ/QsEACAeIAz9CwQQIB1BQGsiHyAR/QsEACAfIA39CwQQIB1B4ABqIiAgEv0LBAAgICAO/QsEECAdIAQgBSAGIAcgCBAECwsHAEGAgMgBCwYAQYDcCwsEAEEGC8MHASd/IBMgEmsiHkEATCARIBBrIh9BAExyBEAPCyAFQQJ0IRYgC0EBRiAJQQFGcSAGQcAATnEgBEEgTHEgBCAFbEGAwABMcSEqIAxBAUYiBQRAIB9BIEwhBQsgCEECdCEYIAlBAUYiCARAIB5BgAJMIQgLIAlBAnQhKSALQQJ0IRsgDEECdCEcQQEgBkEBIAZBjwNqQZADbSIsICxBAEwbIi1qQQFrIC1tQQNqQXxxIi4gLkEATBshJUEAIREDQCADIBFKBEAgByARbEECdCABaiAQIBhsaiEmIAogEWxBAnQgAmogEiAcbGohICAPBH8gAAUgFiAEIBFsbCAAagsgECAWbGogEkECdGohJyARQQBKQQAgDxshHQJAIAZFBEAgHUUEQEEAIQkDQCAJIB9IBEAgCSAWbCAnakEAIB5BAnT8CwAgCUEBaiEJDAELCwsMAQsgKgRAICcgFiAmIBggICAcIB8gHiAGIB0QJwwBC0EAIQwDQCAMIB5IBEBBgBAgHiAMayIvIC9BgBBKGyEwQQAhCQNAIAYgCUoEQCAlIAYgCWsiMSAlIDFIGyEyIAUEQCAwIDBBCG9rITMgMCAzSgRAIA4gCSAbbCAgaiAcIAwgM2psaiAbIBwgMiAwIDNrEA4LBSAOIAkgG2wgIGogDCAcbGogGyAcIDIgMBAOC0EAIRQDQCAUIB9IBEBB+AAgHyAUayI0IDRB+ABKGyEoIAhFBEAgDSAUIBhsICZqIAkgKWxqIBggKSAoIDIQHgtBACEZA0AgGSAwSARAQQggMCAZayI1IDVBCEobIiFBCEYgBSAFGyI2BH8gCSAbbCAgaiAMIBlqQQJ0agUgBQR/IA4FIBkgMmxBAnQgDmoLCyEiIBtBICA2GyEjQQAhFQNAIBUgKEgEQCAWIBQgFWoiK2wgJ2ogDCAZakECdGohJEEGICggFWsiNyA3QQZKGyE4AkAgCARAIBggK2wgJmogCUECdGohOSA4QQRMBEAgMiA5IBggIiAjICQgFiA4ICFBASAdIAlBAEobECEFIDIgOSAYICIgIyAkIBYgOCAhQQEgHSAJQQBKGxAfCwwBCyAVIDJsQQJ0IA1qITogOEEESgRAIDIgOiAiICMgJCAWIDggIUEBIB0gCUEAShsQIAUgMiA6ICIgIyAkIBYgOCAhQQEgHSAJQQBKGxAiCwsgFUEGaiEVDAELCyAZQQhqIRkMAQsLIBRB+ABqIRQMAQsLIAkgJWohCQwBCwsgDEGAEGohDAwBCwsLIBFBAWohEQwBCwsLoAkDFnsYfw99IAhBfHEhJwNAIAYgIkECak4EQCADIAMgImwgAmoiJWohJkEAISMDQCAHICNBBGpOBEAgBSAFIAUgBSAjbCAEaiIraiIoaiIpaiEq/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhD/0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRH9DAAAAAAAAAAAAAAAAAAAAAAhEkEAISEDQCAhICdIBEAgJSAhQQJ0Iixq/QAEACITICsgLGr9AAQAIhUgCv2FAiEKICYgLGr9AAQAIhQgFSAP/YUCIQ8gEyAoICxq/QAEACIWIAz9hQIhDCAUIBYgEP2FAiEQIBMgKSAsav0ABAAiFyAN/YUCIQ0gFCAXIBH9hQIhESATICogLGr9AAQAIhggDv2FAiEOIBQgGCAS/YUCIRIgIUEEaiEhDAELCyAK/R8AIAr9HwGSIAr9HwIgCv0fA5KSITkgDCIZ/R8AIBn9HwGSIBn9HwIgGf0fA5KSITogDSIa/R8AIBr9HwGSIBr9HwIgGv0fA5KSITsgDiIb/R8AIBv9HwGSIBv9HwIgG/0fA5KSITwgDyIc/R8AIBz9HwGSIBz9HwIgHP0fA5KSIT0gECId/R8AIB39HwGSIB39HwIgHf0fA5KSIT4gESIe/R8AIB79HwGSIB79HwIgHv0fA5KSIT8gEiIf/R8AIB/9HwGSIB/9HwIgH/0fA5KSIUAgJyEgA0AgCCAgSgRAIDkgJSAgQQJ0Ii1qKgIAIkUgKyAtaioCACJBlJIhOSA6IEUgKCAtaioCACJClJIhOiA7IEUgKSAtaioCACJDlJIhOyA8IEUgKiAtaioCACJElJIhPCA9ICYgLWoqAgAiRiBBlJIhPSA+IEYgQpSSIT4gPyBGIEOUkiE/IEAgRiBElJIhQCAgQQFqISAMAQsLIAEgASAibCAAaiAjQQJ0aiIuaiEvIC4gCQR9IC4qAgAgOZIFIDkLOAIAIC5BBGoiMCAJBH0gMCoCACA6kgUgOgs4AgAgLkEIaiIxIAkEfSAxKgIAIDuSBSA7CzgCACAuQQxqIjIgCQR9IDIqAgAgPJIFIDwLOAIAIC8gCQR9IC8qAgAgPZIFID0LOAIAIC9BBGoiMyAJBH0gMyoCACA+kgUgPgs4AgAgL0EIaiI0IAkEfSA0KgIAID+SBSA/CzgCACAvQQxqIjUgCQR9IDUqAgAgQJIFIEALOAIAICNBBGohIwwBCwsDQCAHICNKBEAgI0ECdCI2IAEgImwgAGpqICUgBSAjbCAEaiI3IAggCRANIAEgIkEBamwgAGogNmogJiA3IAggCRANICNBAWohIwwBCwsgIkECaiEiDAELCwNAIAYgIkoEQEEAISADQCAHICBKBEAgASAibCAAaiAgQQJ0aiADICJsIAJqIAUgIGwgBGogCCAJEA0gIEEBaiEgDAELCyAiQQFqISIMAQsLC44CAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAAIA8gCkECdCITIAJqKAIAbCAHamoiFCAUKAIAIAEgE2ooAgBqNgIAIAVBAWshCQNAIAlBAE4EQAJAIAMgCUECdCIVaigCACENIAYgCUYEf0EABSAEIBVqKAIAQQJ0CyEOIA0gCyAVaiIQKAIAQQFqIhFKBEAgECARNgIAIAcgDmohBwwBCyALIBVqQQA2AgAgByANQQFrIA5sayEHIAlBAWshCQwCCwsLIApBAWohCgwBCwsLjgIBD38jACELQQEhDANAIAUgB0oEQCAHQQJ0IhIgA2ooAgAgDGwhDCALIBJqQQA2AgAgB0EBaiEHDAELCyAGQQJ0IARqKAIAQQJ0IQ9BACEHA0AgCiAMSARAIAAgDyAKQQJ0IhMgAmooAgBsIAdqaiIUIBQqAgAgASATaioCAJI4AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtkAQR/IAVBAnQhCgNAIAMgB0oEQCAKIAQgB2xsIAFqIQlBACEIA0AgBiAISgRAIAAgCiAIQQJ0IAJqKAIAbCAJaiAK/AoAACAAIApqIQAgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/a4B/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMoAgAgASASaigCAGo2AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/eQB/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMqAgAgASASaioCAJI4AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC4oCAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAPIApBAnQiEyACaigCAGwgB2ohFCAAIBNqIAEgFGooAgA2AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtHAQJ/IwBBgAFqIQtBBEEAIAAgBiAKIAEgByACBH8gAgUgCyAENgIAIAsLIAggAwR/IAMFIAtBBGoiDCAFNgIAIAwLIAkQAQuKCAIWfwx7IAZBASAEQQFGIAJBAUZxIgwbBEAgDCAGQQFGcQRAIAX9CQIAGgNAIAcgCEEQaiINTgRAIAEgCEECdCIOav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEgIAAgDmogAyAOav0ABAAgBSIPIA5q/QAEACAg/VL9CwQAIAEgDkEQaiIQav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEhIAAgEGogAyAQav0ABAAgDyAQav0ABAAgIf1S/QsEACABIA5BIGoiEWr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TghIiAAIBFqIAMgEWr9AAQAIA8gEWr9AAQAICL9Uv0LBAAgASAOQTBqIhJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISMgACASaiADIBJq/QAEACAPIBJq/QAEACAj/VL9CwQAIA0hCAwBCwsLBSAF/QkCACEkA0AgByAIQRBqIhNOBEAgASAIQQJ0IhRq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISUgACAUaiADIBRq/QAEACAkICX9Uv0LBAAgASAUQRBqIhVq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISYgACAVaiADIBVq/QAEACAkICb9Uv0LBAAgASAUQSBqIhZq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IScgACAWaiADIBZq/QAEACAkICf9Uv0LBAAgASAUQTBqIhdq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISggACAXaiADIBdq/QAEACAkICj9Uv0LBAAgEyEIDAELCwsDQCAHIAhBBGpOBEACeyACQQJ0IAhsIAFqIRggAkEBRgRAIBj9AAQADAELIAJFBEAgGP0JAgAMAQsgGCgCAP0RIBggAkECdCIZaigCAP0cASAZQQF0IBhqKAIA/RwCIBlBA2wgGGooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TghKSAIQQJ0IABqAnsgBEECdCAIbCADaiEaIARBAUYEQCAa/QAEAAwBCyAERQRAIBr9CQIADAELIBooAgD9ESAaIARBAnQiG2ooAgD9HAEgG0EBdCAaaigCAP0cAiAbQQNsIBpqKAIA/RwDCwJ7IAZBAnQgCGwgBWohHCAGQQFGBEAgHP0ABAAMAQsgBkUEQCAc/QkCAAwBCyAcKAIA/REgHCAGQQJ0Ih1qKAIA/RwBIB1BAXQgHGooAgD9HAIgHUEDbCAcaigCAP0cAwsgKf1S/QsEACAIQQRqIQgMAQsLA0AgByAISgRAIAhBAnQgAGogBEECdCAIbCADaigCACAGQQJ0IAhsIAVqKAIAIAJBAnQgCGwgAWooAgAbNgIAIAhBAWohCAwBCwsLGgBBASAAIAEgAyAFIAIgBEEAQQBBAEEAEAELGgBBACAAIAEgAyAFIAIgBEEAQQBBAEEAEAELqhUCfHsefwJAAkACQAJAAkAgAARAIABBAUYNASAAQQ9GDQIgAEETRg0DIABBF0YNBAALA0AgBSCGAUoEQEEAIYMBIARBAUYEQANAIAYggwFBEGpOBEAgASCDAUECdCKHAWogAiCHAWr9AAQA/aEB/QsEACABIIcBaiACIIcBav0ABBD9oQH9CwQQIAEghwFqIAIghwFq/QAEIP2hAf0LBCAgASCHAWogAiCHAWr9AAQw/aEB/QsEMCCDAUEQaiGDAQwBCwsDQCAGIIMBQQRqTgRAIIMBQQJ0IogBIAJq/QAEACEKIAEgiAFqIAr9oQH9CwQAIIMBQQRqIYMBDAELCwUgBEECdCGJAQNAIAYggwFBBGpOBEAggwFBAnQgAWoggwEgiQFsIAJqIooBKAIA/REgiQEgigFqKAIA/RwBIIkBQQF0IIoBaigCAP0cAiCJAUEDbCCKAWooAgD9HAP9oQH9CwQAIIMBQQRqIYMBDAELCwsDQCAGIIMBSgRAIIMBQQJ0IAFqIARBAnQggwFsIAJq/QkCAP2hAf0bADYCACCDAUEBaiGDAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiCGAUEBaiGGAQwBCwsMBAtBASGLAQNAIAUghgFKBEBBACGDASAEQQFGBEADQCAGIIMBQRBqTgRAIAEggwFBAnQijAFqIAIgjAFq/QAEACELIAv9oAH9CwQAIAIgjAFq/QAEECEaIAEgjAFqIBr9oAH9CwQQIAIgjAFq/QAEICEpIAEgjAFqICn9oAH9CwQgIAIgjAFq/QAEMCE4IAEgjAFqIDj9oAH9CwQwIIMBQRBqIYMBDAELCwNAIAYggwFBBGpOBEAggwFBAnQijQEgAmr9AAQAIUcgASCNAWogR/2gAf0LBAAggwFBBGohgwEMAQsLBSAEQQJ0IY4BA0AgBiCDAUEEak4EQCCDASCOAWwgAmoijwEoAgD9ESCOASCPAWooAgD9HAEgjgFBAXQgjwFqKAIA/RwCII4BQQNsII8BaigCAP0cAyFWIIMBQQJ0IAFqIFb9oAH9CwQAIIMBQQRqIYMBDAELCwsDQCAGIIMBSgRAIARBAnQggwFsIAJq/QkCACFlIIMBQQJ0IAFqIGX9oAH9GwA2AgAggwFBAWohgwEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIghgFBAWohhgEMAQsLDAMLA0AgBSCGAUoEQEEAIYMBIARBAUYEQANAIAYggwFBEGpOBEAgASCDAUECdCKQAWogAiCQAWr9AAQAInT9DAAAAAAAAAAAAAAAAAAAAAD9OSB0/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQAIAEgkAFqIAIgkAFq/QAEECJ1/QwAAAAAAAAAAAAAAAAAAAAA/Tkgdf0MAAAAAAAAAAAAAAAAAAAAAP07/bEB/QsEECABIJABaiACIJABav0ABCAidv0MAAAAAAAAAAAAAAAAAAAAAP05IHb9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0LBCAgASCQAWogAiCQAWr9AAQwInf9DAAAAAAAAAAAAAAAAAAAAAD9OSB3/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQwIIMBQRBqIYMBDAELCwNAIAYggwFBBGpOBEAggwFBAnQikQEgAmr9AAQAIXggASCRAWogeP0MAAAAAAAAAAAAAAAAAAAAAP05IHj9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0LBAAggwFBBGohgwEMAQsLBSAEQQJ0IZIBA0AgBiCDAUEEak4EQCCDAUECdCABaiCDASCSAWwgAmoikwEoAgD9ESCSASCTAWooAgD9HAEgkgFBAXQgkwFqKAIA/RwCIJIBQQNsIJMBaigCAP0cAyJ5/QwAAAAAAAAAAAAAAAAAAAAA/Tkgef0MAAAAAAAAAAAAAAAAAAAAAP07/bEB/QsEACCDAUEEaiGDAQwBCwsLA0AgBiCDAUoEQCCDAUECdCABaiAEQQJ0IIMBbCACav0JAgAiev0MAAAAAAAAAAAAAAAAAAAAAP05IHr9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0bADYCACCDAUEBaiGDAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiCGAUEBaiGGAQwBCwsMAgsDQCAFIIYBSgRAQQAhgwEgBEEBRgRAA0AgBiCDAUEQak4EQCABIIMBQQJ0IpQBaiACIJQBav0ABAAieyB7/bUB/QsEACABIJQBaiACIJQBav0ABBAifCB8/bUB/QsEECABIJQBaiACIJQBav0ABCAifSB9/bUB/QsEICABIJQBaiACIJQBav0ABDAifiB+/bUB/QsEMCCDAUEQaiGDAQwBCwsDQCAGIIMBQQRqTgRAIIMBQQJ0IpUBIAJq/QAEACF/IAEglQFqIH8gf/21Af0LBAAggwFBBGohgwEMAQsLBSAEQQJ0IZYBA0AgBiCDAUEEak4EQCCDAUECdCABaiCDASCWAWwgAmoilwEoAgD9ESCWASCXAWooAgD9HAEglgFBAXQglwFqKAIA/RwCIJYBQQNsIJcBaigCAP0cAyKAASCAAf21Af0LBAAggwFBBGohgwEMAQsLCwNAIAYggwFKBEAggwFBAnQgAWogBEECdCCDAWwgAmr9CQIAIoEBIIEB/bUB/RsANgIAIIMBQQFqIYMBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIIYBQQFqIYYBDAELCwwBCwNAIAUghgFKBEBBACGDASAEQQFGBEADQCAGIIMBQRBqIpgBTgRAIAEggwFBAnQimQFqIAIgmQFqIpoB/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgmQFqIpsBIJoB/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIJsBIJoB/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIJsBIJoB/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIJgBIYMBDAELCwNAIAYggwFBBGoinAFOBEAggwFBAnQinQEgAmr9AAQAIYIBIAEgnQFqIIIB/QwAAAAAAAAAAAAAAAAAAAAA/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgnAEhgwEMAQsLBSAEQQJ0IZ4BA0AgBiCDAUEEaiKfAU4EQCCDAUECdCABaiCDASCeAWwgAmoioAEoAgD9ESCeASCgAWooAgD9HAEgngFBAXQgoAFqKAIA/RwCIJ4BQQNsIKABaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIJ8BIYMBDAELCwsDQCAGIIMBSgRAIIMBQQJ0IAFqIARBAnQggwFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAggwFBAWohgwEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIghgFBAWohhgEMAQsLCwv0XAK/AXtWfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4YAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYAAsACwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQRBqTgRAIAEgxgFBAnQiywFqIAIgywFq/QAEACEKIAr94QH9CwQAIAIgywFq/QAEECEZIAEgywFqIBn94QH9CwQQIAIgywFq/QAEICEoIAEgywFqICj94QH9CwQgIAIgywFq/QAEMCE3IAEgywFqIDf94QH9CwQwIMYBQRBqIcYBDAELCwNAIAYgxgFBBGpOBEAgxgFBAnQizAEgAmr9AAQAIUYgASDMAWogRv3hAf0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0Ic0BA0AgBiDGAUEEak4EQCDGASDNAWwgAmoizgEoAgD9ESDNASDOAWooAgD9HAEgzQFBAXQgzgFqKAIA/RwCIM0BQQNsIM4BaigCAP0cAyFVIMYBQQJ0IAFqIFX94QH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIARBAnQgxgFsIAJq/QkCACFkIMYBQQJ0IAFqIGT94QH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBcLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBEGpOBEAgASDGAUECdCLPAWogAiDPAWr9AAQA/eAB/QsEACABIM8BaiACIM8Bav0ABBD94AH9CwQQIAEgzwFqIAIgzwFq/QAEIP3gAf0LBCAgASDPAWogAiDPAWr9AAQw/eAB/QsEMCDGAUEQaiHGAQwBCwsDQCAGIMYBQQRqTgRAIMYBQQJ0ItABIAJq/QAEACFzIAEg0AFqIHP94AH9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHRAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg0QFsIAJqItIBKAIA/REg0QEg0gFqKAIA/RwBINEBQQF0INIBaigCAP0cAiDRAUEDbCDSAWooAgD9HAP94AH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCAP3gAf0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMFgsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEEak4EQCDGAUECdCLTASACav0ABAAhdCB0QYCABP0JAgD96wFBhIAE/QkCAP3qASJ1QYiABP0JAgD95gFBjIAE/QkCACJ2/eQBIncgdv3lASF4IAEg0wFqQZiABP0JAgAgdSB4QZCABP0JAgD95gH95QEgeEGUgAT9CQIA/eYB/eUBInlBnIAE/QkCAP2FAiB5QaCABP0JAgD9hQIgeUGkgAT9CQIA/YUCIHlBqIAE/QkCAP2FAiB5QayABP0JAgD9hQIgef3mASB5IHn9hQJBsIAE/QkCAP3kASB3/QwAAEBLAABASwAAQEsAAEBL/bEBInpBAf2sASJ7/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgeiB7/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHUAQNAIAYgxgFBBGpOBEAgxgEg1AFsIAJqItUBKAIA/REg1AEg1QFqKAIA/RwBINQBQQF0INUBaigCAP0cAiDUAUEDbCDVAWooAgD9HANBgIAE/QkCAP3rAUGEgAT9CQIA/eoBInxBiIAE/QkCAP3mAUGMgAT9CQIAIn395AEifiB9/eUBIX8gxgFBAnQgAWpBmIAE/QkCACB8IH9BkIAE/QkCAP3mAf3lASB/QZSABP0JAgD95gH95QEigAFBnIAE/QkCAP2FAiCAAUGggAT9CQIA/YUCIIABQaSABP0JAgD9hQIggAFBqIAE/QkCAP2FAiCAAUGsgAT9CQIA/YUCIIAB/eYBIIABIIAB/YUCQbCABP0JAgD95AEgfv0MAABASwAAQEsAAEBLAABAS/2xASKBAUEB/awBIoIB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEggQEgggH9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgBEECdCDGAWwgAmr9CQIAQYCABP0JAgD96wFBhIAE/QkCAP3qASKDAUGIgAT9CQIA/eYBQYyABP0JAgAihAH95AEihQEghAH95QEhhgEgxgFBAnQgAWpBmIAE/QkCACCDASCGAUGQgAT9CQIA/eYB/eUBIIYBQZSABP0JAgD95gH95QEihwFBnIAE/QkCAP2FAiCHAUGggAT9CQIA/YUCIIcBQaSABP0JAgD9hQIghwFBqIAE/QkCAP2FAiCHAUGsgAT9CQIA/YUCIIcB/eYBIIcBIIcB/YUCQbCABP0JAgD95AEghQH9DAAAQEsAAEBLAABASwAAQEv9sQEiiAFBAf2sASKJAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIIgBIIkB/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBULA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi1gEgAmr9AAQAIYoBIAEg1gFqIIoBEAL9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHXAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg1wFsIAJqItgBKAIA/REg1wEg2AFqKAIA/RwBINcBQQF0INgBaigCAP0cAiDXAUEDbCDYAWooAgD9HAMQAv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAL9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBQLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi2QEgAmr9AAQAIYsBIAEg2QFqIIsB/eMB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh2gEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBINoBbCACaiLbASgCAP0RINoBINsBaigCAP0cASDaAUEBdCDbAWooAgD9HAIg2gFBA2wg2wFqKAIA/RwD/eMB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD94wH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBMLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi3AEgAmr9AAQAIYwBIAEg3AFq/QwAAIA/AACAPwAAgD8AAIA/IIwB/eMB/ecB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh3QEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFq/QwAAIA/AACAPwAAgD8AAIA/IMYBIN0BbCACaiLeASgCAP0RIN0BIN4BaigCAP0cASDdAUEBdCDeAWooAgD9HAIg3QFBA2wg3gFqKAIA/RwD/eMB/ecB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABav0MAACAPwAAgD8AAIA/AACAPyAEQQJ0IMYBbCACav0JAgD94wH95wH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBILA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi3wEgAmr9AAQAIY0BIAEg3wFqII0BEAX9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHgAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg4AFsIAJqIuEBKAIA/REg4AEg4QFqKAIA/RwBIOABQQF0IOEBaigCAP0cAiDgAUEDbCDhAWooAgD9HAMQBf0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAX9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBELA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi4gEgAmr9AAQAIY4BIAEg4gFqII4BEAr9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHjAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg4wFsIAJqIuQBKAIA/REg4wEg5AFqKAIA/RwBIOMBQQF0IOQBaigCAP0cAiDjAUEDbCDkAWooAgD9HAMQCv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAr9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBALA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi5QEgAmr9AAQAIY8BIAEg5QFqII8BEAP9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHmAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg5gFsIAJqIucBKAIA/REg5gEg5wFqKAIA/RwBIOYBQQF0IOcBaigCAP0cAiDmAUEDbCDnAWooAgD9HAMQA/0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAP9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDA8LA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi6AEgAmr9AAQAIZABIAEg6AFqIJABEAb9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHpAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg6QFsIAJqIuoBKAIA/REg6QEg6gFqKAIA/RwBIOkBQQF0IOoBaigCAP0cAiDpAUEDbCDqAWooAgD9HAMQBv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAb9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDA4LA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBEGpOBEAgASDGAUECdCLrAWogAiDrAWr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/QsEACABIOsBaiACIOsBav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQQIAEg6wFqIAIg6wFq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBCAgASDrAWogAiDrAWr9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/QsEMCDGAUEQaiHGAQwBCwsDQCAGIMYBQQRqTgRAIMYBQQJ0IuwBIAJq/QAEACGRASABIOwBaiCRAf0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0Ie0BA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASDtAWwgAmoi7gEoAgD9ESDtASDuAWooAgD9HAEg7QFBAXQg7gFqKAIA/RwCIO0BQQNsIO4BaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwNCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0Iu8BIAJq/QAEACGSASABIO8BaiCSAf0MAAAAPwAAAD8AAAA/AAAAP/3mASCSAf0M8wQ1P/MENT/zBDU/8wQ1P/3mARAL/eYB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh8AEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPABbCACaiLxASgCAP0RIPABIPEBaigCAP0cASDwAUEBdCDxAWooAgD9HAIg8AFBA2wg8QFqKAIA/RwDIpMB/QwAAAA/AAAAPwAAAD8AAAA//eYBIJMB/QzzBDU/8wQ1P/MENT/zBDU//eYBEAv95gH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACKUAf0MAAAAPwAAAD8AAAA/AAAAP/3mASCUAf0M8wQ1P/MENT/zBDU/8wQ1P/3mARAL/eYB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwMCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0IvIBIAJq/QAEACGVASABIPIBaiCVAf0MAAAAPwAAAD8AAAA/AAAAP/3mAf0MKkJMPypCTD8qQkw/KkJMPyCVASCVASCVAf3mASCVAf3mAf0MEyc3PRMnNz0TJzc9Eyc3Pf3mAf3kAf3mARAD/QwAAIA/AACAPwAAgD8AAIA//eQB/eYB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh8wEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPMBbCACaiL0ASgCAP0RIPMBIPQBaigCAP0cASDzAUEBdCD0AWooAgD9HAIg8wFBA2wg9AFqKAIA/RwDIpYB/QwAAAA/AAAAPwAAAD8AAAA//eYB/QwqQkw/KkJMPypCTD8qQkw/IJYBIJYBIJYB/eYBIJYB/eYB/QwTJzc9Eyc3PRMnNz0TJzc9/eYB/eQB/eYBEAP9DAAAgD8AAIA/AACAPwAAgD/95AH95gH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACKXAf0MAAAAPwAAAD8AAAA/AAAAP/3mAf0MKkJMPypCTD8qQkw/KkJMPyCXASCXASCXAf3mASCXAf3mAf0MEyc3PRMnNz0TJzc9Eyc3Pf3mAf3kAf3mARAD/QwAAIA/AACAPwAAgD8AAIA//eQB/eYB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwLCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0IvUBIAJq/QAEACGYASCYAf3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEimQFBiIAE/QkCAP3mAUGMgAT9CQIAIpoB/eQBIpsBIJoB/eUBIZwBIAEg9QFqIJgB/QwAAIA/AACAPwAAgD8AAIA/QZiABP0JAgAgmQEgnAFBkIAE/QkCAP3mAf3lASCcAUGUgAT9CQIA/eYB/eUBIp0BQZyABP0JAgD9hQIgnQFBoIAE/QkCAP2FAiCdAUGkgAT9CQIA/YUCIJ0BQaiABP0JAgD9hQIgnQFBrIAE/QkCAP2FAiCdAf3mASCdASCdAf2FAkGwgAT9CQIA/eQBIJsB/QwAAEBLAABASwAAQEsAAEBL/bEBIp4BQQH9rAEinwH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCeASCfAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh9gEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPYBbCACaiL3ASgCAP0RIPYBIPcBaigCAP0cASD2AUEBdCD3AWooAgD9HAIg9gFBA2wg9wFqKAIA/RwDIqABIKAB/eEBQYCABP0JAgD96wFBhIAE/QkCAP3qASKhAUGIgAT9CQIA/eYBQYyABP0JAgAiogH95AEiowEgogH95QEhpAH9DAAAgD8AAIA/AACAPwAAgD9BmIAE/QkCACChASCkAUGQgAT9CQIA/eYB/eUBIKQBQZSABP0JAgD95gH95QEipQFBnIAE/QkCAP2FAiClAUGggAT9CQIA/YUCIKUBQaSABP0JAgD9hQIgpQFBqIAE/QkCAP2FAiClAUGsgAT9CQIA/YUCIKUB/eYBIKUBIKUB/YUCQbCABP0JAgD95AEgowH9DAAAQEsAAEBLAABASwAAQEv9sQEipgFBAf2sASKnAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIKYBIKcB/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH95AH95wH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACKoASCoAf3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEiqQFBiIAE/QkCAP3mAUGMgAT9CQIAIqoB/eQBIqsBIKoB/eUBIawB/QwAAIA/AACAPwAAgD8AAIA/QZiABP0JAgAgqQEgrAFBkIAE/QkCAP3mAf3lASCsAUGUgAT9CQIA/eYB/eUBIq0BQZyABP0JAgD9hQIgrQFBoIAE/QkCAP2FAiCtAUGkgAT9CQIA/YUCIK0BQaiABP0JAgD9hQIgrQFBrIAE/QkCAP2FAiCtAf3mASCtASCtAf2FAkGwgAT9CQIA/eQBIKsB/QwAAEBLAABASwAAQEsAAEBL/bEBIq4BQQH9rAEirwH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCuASCvAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwKCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0IvgBIAJq/QAEACGwASABIPgBaiCwARAJ/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh+QEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPkBbCACaiL6ASgCAP0RIPkBIPoBaigCAP0cASD5AUEBdCD6AWooAgD9HAIg+QFBA2wg+gFqKAIA/RwDEAn9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCABAJ/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwJCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQRBqTgRAIAEgxgFBAnQi+wFqIAIg+wFq/QAEACKxASCxAf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gsQH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBILEBILEB/UL9Uv0LBAAgASD7AWogAiD7AWr9AAQQIrIBILIB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiCyAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgsgEgsgH9Qv1S/QsEECABIPsBaiACIPsBav0ABCAiswEgswH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OILMB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASCzASCzAf1C/VL9CwQgIAEg+wFqIAIg+wFq/QAEMCK0ASC0Af0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gtAH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBILQBILQB/UL9Uv0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCL8ASACav0ABAAhtQEgASD8AWogtQEgtQH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OILUB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASC1ASC1Af1C/VL9CwQAIMYBQQRqIcYBDAELCwUgBEECdCH9AQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg/QFsIAJqIv4BKAIA/REg/QEg/gFqKAIA/RwBIP0BQQF0IP4BaigCAP0cAiD9AUEDbCD+AWooAgD9HAMitgEgtgH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OILYB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASC2ASC2Af1C/VL9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACK3ASC3Af0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gtwH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBILcBILcB/UL9Uv0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMCAsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0Iv8BaiACIP8Bav0ABAD9aP0LBAAgASD/AWogAiD/AWr9AAQQ/Wj9CwQQIAEg/wFqIAIg/wFq/QAEIP1o/QsEICABIP8BaiACIP8Bav0ABDD9aP0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKAAiACav0ABAAhuAEgASCAAmoguAH9aP0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0IYECA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASCBAmwgAmoiggIoAgD9ESCBAiCCAmooAgD9HAEggQJBAXQgggJqKAIA/RwCIIECQQNsIIICaigCAP0cA/1o/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD9aP0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMBwsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0IoMCaiACIIMCav0ABAD9Z/0LBAAgASCDAmogAiCDAmr9AAQQ/Wf9CwQQIAEggwJqIAIggwJq/QAEIP1n/QsEICABIIMCaiACIIMCav0ABDD9Z/0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKEAiACav0ABAAhuQEgASCEAmoguQH9Z/0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0IYUCA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASCFAmwgAmoihgIoAgD9ESCFAiCGAmooAgD9HAEghQJBAXQghgJqKAIA/RwCIIUCQQNsIIYCaigCAP0cA/1n/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD9Z/0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMBgsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0IocCaiACIIcCav0ABAD9av0LBAAgASCHAmogAiCHAmr9AAQQ/Wr9CwQQIAEghwJqIAIghwJq/QAEIP1q/QsEICABIIcCaiACIIcCav0ABDD9av0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKIAiACav0ABAAhugEgASCIAmogugH9av0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0IYkCA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASCJAmwgAmoiigIoAgD9ESCJAiCKAmooAgD9HAEgiQJBAXQgigJqKAIA/RwCIIkCQQNsIIoCaigCAP0cA/1q/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD9av0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMBQsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0IosCaiACIIsCav0ABAAiuwEguwH95gH9CwQAIAEgiwJqIAIgiwJq/QAEECK8ASC8Af3mAf0LBBAgASCLAmogAiCLAmr9AAQgIr0BIL0B/eYB/QsEICABIIsCaiACIIsCav0ABDAivgEgvgH95gH9CwQwIMYBQRBqIcYBDAELCwNAIAYgxgFBBGpOBEAgxgFBAnQijAIgAmr9AAQAIb8BIAEgjAJqIL8BIL8B/eYB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQhjQIDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBII0CbCACaiKOAigCAP0RII0CII4CaigCAP0cASCNAkEBdCCOAmooAgD9HAIgjQJBA2wgjgJqKAIA/RwDIsABIMAB/eYB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgAiwQEgwQH95gH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAQLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQijwIgAmr9AAQAIcIBIAEgjwJq/QwAAIA/AACAPwAAgD8AAIA/IMIB/ecB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQhkAIDQCAGIMYBQQRqTgRAIMYBQQJ0IAFq/QwAAIA/AACAPwAAgD8AAIA/IMYBIJACbCACaiKRAigCAP0RIJACIJECaigCAP0cASCQAkEBdCCRAmooAgD9HAIgkAJBA2wgkQJqKAIA/RwD/ecB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABav0MAACAPwAAgD8AAIA/AACAPyAEQQJ0IMYBbCACav0JAgD95wH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAMLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQikgIgAmr9AAQAIcMBIAEgkgJqIMMBEAf9CwQAIMYBQQRqIcYBDAELCwUgBEECdCGTAgNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEgkwJsIAJqIpQCKAIA/REgkwIglAJqKAIA/RwBIJMCQQF0IJQCaigCAP0cAiCTAkEDbCCUAmooAgD9HAMQB/0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAf9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAILA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQilQIgAmr9AAQAIcQBIAEglQJqIMQBEAj9CwQAIMYBQQRqIcYBDAELCwUgBEECdCGWAgNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEglgJsIAJqIpcCKAIA/REglgIglwJqKAIA/RwBIJYCQQF0IJcCaigCAP0cAiCWAkEDbCCXAmooAgD9HAMQCP0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAj9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAELA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBEGpOBEAgASDGAUECdCKYAmogAiCYAmr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCYAmogAiCYAmr9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCYAmogAiCYAmr9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCYAmogAiCYAmr9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKZAiACav0ABAAhxQEgASCZAmogxQH9DAAAAAAAAAAAAAAAAAAAAAD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACDGAUEEaiHGAQwBCwsFIARBAnQhmgIDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIJoCbCACaiKbAigCAP0RIJoCIJsCaigCAP0cASCaAkEBdCCbAmooAgD9HAIgmgJBA2wgmwJqKAIA/RwD/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsLC8kFAgx/C3sCQAJAAkACQAJAIAAOBAABAgMECyABIAIgAyAEIAUgDCANEDMPCyABIAIgAyAEIAUgDCANEDIPCyABIAIgAyAEIAUgBiAHIAggDCANED4PCyABIAIgAyAEIAUgBiAHIAggDCANED0PCwNAIAwgEUoEQAJAAkACQAJAAkACQCAAQQRrDgQBAgMEAAsACyACIAMgBSAGIAggCSALIA0QLwwDCyMAQZABaiIS/QkCACEdIBJBBGr9CQIAIR5BACEOA0AgDSAOQQRqTgRAAnsgBUECdCAObCADaiETIAUiFEEBRgRAIBP9AAQADAELIBRFBEAgE/0JAgAMAQsgEygCAP0RIBMgFEECdCIVaigCAP0cASAVQQF0IBNqKAIA/RwCIBVBA2wgE2ooAgD9HAMLIR8gDkECdCACaiAfIB396wEgHv3qAf0LBAAgDkEEaiEODAELCwNAIA0gDkoEQCAFQQJ0IA5sIANq/QkCACEgIA5BAnQgAmogICAd/esBIB796gH9GwA2AgAgDkEBaiEODAELCwwCCyMAQZABaiIW/QkCACEhIBZBBGr9CQIAISJBACEOA0AgDSAOQQRqTgRAIA5BAnQgAmoCeyAFQQJ0IA5sIANqIRcgBSIYQQFGBEAgF/0ABAAMAQsgGEUEQCAX/QkCAAwBCyAXKAIA/REgFyAYQQJ0IhlqKAIA/RwBIBlBAXQgF2ooAgD9HAIgGUEDbCAXaigCAP0cAwsiIyAh/bgBICL9tgH9CwQAIA5BBGohDgwBCwsDQCANIA5KBEAgDkECdCACaiAFQQJ0IA5sIANq/QkCACIkICH9uAEgIv22Af0bADYCACAOQQFqIQ4MAQsLDAELIAEgAiADIAUgDRA3CyANQQJ0IAJqIQIgBEECdCADaiEDIAdBAnQgBmohBiAKQQJ0IAlqIQkgEUEBaiERDAELCwsGAEGohgQLUQICfwF7IAL9ESEFA0AgASADQQRqIgROBEAgA0ECdCAAaiAF/QsEACAEIQMMAQsLA0AgASADSgRAIANBAnQgAGogAjYCACADQQFqIQMMAQsLC8ILARB/AkACQAJAAkACQAJAAkAgAA4FAQIDBAUACwALQQAhAAJAIANBAUYEQCABIAIgBEECdPwKAAAMAQUDQCAEIABBBGpOBEAgAEECdCABagJ7IANBAnQgAGwgAmohByADQQFGBEAgB/0ABAAMAQsgA0UEQCAH/QkCAAwBCyAHKAIA/REgByADQQJ0IghqKAIA/RwBIAhBAXQgB2ooAgD9HAIgCEEDbCAHaigCAP0cAwv9CwQAIABBBGohAAwBCwsLA0AgACAESARAIABBAnQgAWogA0ECdCAAbCACav0JAgD9GwA2AgAgAEEBaiEADAELCwsMBAtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0IgkgAWogAiAJav0ABAD9+AH9CwQAIABBBGohAAwBCwsFA0AgBCAAQQRqTgRAIABBAnQgAWoCeyADQQJ0IABsIAJqIQogA0EBRgRAIAr9AAQADAELIANFBEAgCv0JAgAMAQsgCigCAP0RIAogA0ECdCILaigCAP0cASALQQF0IApqKAIA/RwCIAtBA2wgCmooAgD9HAML/fgB/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/fgB/RsANgIAIABBAWohAAwBCwsMAwtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0IgwgAWogAiAMav0ABAD9+gH9CwQAIABBBGohAAwBCwsFA0AgBCAAQQRqTgRAIABBAnQgAWoCeyADQQJ0IABsIAJqIQ0gA0EBRgRAIA39AAQADAELIANFBEAgDf0JAgAMAQsgDSgCAP0RIA0gA0ECdCIOaigCAP0cASAOQQF0IA1qKAIA/RwCIA5BA2wgDWooAgD9HAML/foB/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/foB/RsANgIAIABBAWohAAwBCwsMAgtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0Ig8gAWogAiAPav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiEQIANBAUYEQCAQ/QAEAAwBCyADRQRAIBD9CQIADAELIBAoAgD9ESAQIANBAnQiEWooAgD9HAEgEUEBdCAQaigCAP0cAiARQQNsIBBqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIABBBGohAAwBCwsLA0AgACAESARAIABBAnQgAWogA0ECdCAAbCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIABBAWohAAwBCwsMAQtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0IhIgAWogAiASav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiETIANBAUYEQCAT/QAEAAwBCyADRQRAIBP9CQIADAELIBMoAgD9ESATIANBAnQiFGooAgD9HAEgFEEBdCATaigCAP0cAiAUQQNsIBNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIABBBGohAAwBCwsLA0AgACAESARAIABBAnQgAWogA0ECdCAAbCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIABBAWohAAwBCwsLCxoAQQcgACABIAMgBSACIARBAEEAQQBBABABCzMBAX8jAEGQAWoiByACNgIAIAdBBGogAzYCAEEGQQAgACAEIAYgASAFQQBBAEEAQQAQAQszAQF/IwBBkAFqIgcgAjgCACAHQQRqIAM4AgBBBUEAIAAgBCAGIAEgBUEAQQBBAEEAEAELRwECfyMAQYABaiEKQQMgACABIAYgCSACBH8gAgUgCiAENgIAIAoLIAcgAwR/IAMFIApBBGoiCyAFNgIAIAsLIAhBAEEAEAELRwECfyMAQYABaiEKQQIgACABIAYgCSACBH8gAgUgCiAEOAIAIAoLIAcgAwR/IAMFIApBBGoiCyAFOAIAIAsLIAhBAEEAEAELupUBA057+QJ/igF9AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4PAQIDBAAFBgcICQoLDA0OAAsACwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCJeaiACIF5q/QAEACAFIF5q/QAEAP2uAf0LBAAgASBeaiACIF5q/QAEECAFIF5q/QAEEP2uAf0LBBAgASBeaiACIF5q/QAEICAFIF5q/QAEIP2uAf0LBCAgASBeaiACIF5q/QAEMCAFIF5q/QAEMP2uAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiX2ogAiBfav0ABAAgBSBfav0ABAD9rgH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhDQNAIAkgWEEQak4EQCABIFhBAnQiYGogAiBgav0ABAAgDf2uAf0LBAAgASBgaiACIGBq/QAEECAN/a4B/QsEECABIGBqIAIgYGr9AAQgIA39rgH9CwQgIAEgYGogAiBgav0ABDAgDf2uAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiYWogAiBhav0ABAAgDf2uAf0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACEOA0AgCSBYQRBqTgRAIAEgWEECdCJiaiAOIAUgYmr9AAQA/a4B/QsEACABIGJqIA4gBSBiav0ABBD9rgH9CwQQIAEgYmogDiAFIGJq/QAEIP2uAf0LBCAgASBiaiAOIAUgYmr9AAQw/a4B/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCJjaiAOIAUgY2r9AAQA/a4B/QsEACBYQQRqIVgMAQsLBSAEQQJ0IWQgB0ECdCFlA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIGRsIAJqIWYgBCJnQQFGBEAgZv0ABAAMAQsgZ0UEQCBm/QkCAAwBCyBmKAIA/REgZiBnQQJ0ImhqKAIA/RwBIGhBAXQgZmooAgD9HAIgaEEDbCBmaigCAP0cAwsCeyBYIGVsIAVqIWkgByJqQQFGBEAgaf0ABAAMAQsgakUEQCBp/QkCAAwBCyBpKAIA/REgaSBqQQJ0ImtqKAIA/RwBIGtBAXQgaWooAgD9HAIga0EDbCBpaigCAP0cAwv9rgH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP2uAf0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMDQtBASFsA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0Im5qIAIgbmr9AAQAIQ8gBSBuav0ABAAhECAPIBD9sQH9CwQAIAIgbmr9AAQQIREgBSBuav0ABBAhEiABIG5qIBEgEv2xAf0LBBAgAiBuav0ABCAhEyAFIG5q/QAEICEUIAEgbmogEyAU/bEB/QsEICACIG5q/QAEMCEVIAUgbmr9AAQwIRYgASBuaiAVIBb9sQH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0Io8BaiACII8Bav0ABAAhFyAFII8Bav0ABAAhGCAXIBj9sQH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhGQNAIAkgWEEQak4EQCABIFhBAnQimAFqIAIgmAFq/QAEACEaIBogGf2xAf0LBAAgAiCYAWr9AAQQIR0gASCYAWogHSAZ/bEB/QsEECACIJgBav0ABCAhICABIJgBaiAgIBn9sQH9CwQgIAIgmAFq/QAEMCEjIAEgmAFqICMgGf2xAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiuQFqIAIguQFq/QAEACEmICYgGf2xAf0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACEpA0AgCSBYQRBqTgRAIAEgWEECdCLCAWogBSDCAWr9AAQAISogKSAq/bEB/QsEACAFIMIBav0ABBAhLCABIMIBaiApICz9sQH9CwQQIAUgwgFq/QAEICEuIAEgwgFqICkgLv2xAf0LBCAgBSDCAWr9AAQwITAgASDCAWogKSAw/bEB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLjAWogBSDjAWr9AAQAITIgKSAy/bEB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IewBIAdBAnQh7QEDQCAJIFhBBGpOBEACeyBYIOwBbCACaiHuASAEIu8BQQFGBEAg7gH9AAQADAELIO8BRQRAIO4B/QkCAAwBCyDuASgCAP0RIO4BIO8BQQJ0IvABaigCAP0cASDwAUEBdCDuAWooAgD9HAIg8AFBA2wg7gFqKAIA/RwDCyE0AnsgWCDtAWwgBWoh8QEgByLyAUEBRgRAIPEB/QAEAAwBCyDyAUUEQCDxAf0JAgAMAQsg8QEoAgD9ESDxASDyAUECdCLzAWooAgD9HAEg8wFBAXQg8QFqKAIA/RwCIPMBQQNsIPEBaigCAP0cAwshNSBYQQJ0IAFqIDQgNf2xAf0LBAAgWEEEaiFYDAELCwsLC0EBIW0DQCAJIFhKBEAgBEECdCBYbCACav0JAgAhNiAHQQJ0IFhsIAVq/QkCACE3IFhBAnQgAWogNiA3/bEB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwMCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCKEAmogAiCEAmr9AAQAIAUghAJq/QAEAP21Af0LBAAgASCEAmogAiCEAmr9AAQQIAUghAJq/QAEEP21Af0LBBAgASCEAmogAiCEAmr9AAQgIAUghAJq/QAEIP21Af0LBCAgASCEAmogAiCEAmr9AAQwIAUghAJq/QAEMP21Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQihQJqIAIghQJq/QAEACAFIIUCav0ABAD9tQH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhOANAIAkgWEEQak4EQCABIFhBAnQihgJqIAIghgJq/QAEACA4/bUB/QsEACABIIYCaiACIIYCav0ABBAgOP21Af0LBBAgASCGAmogAiCGAmr9AAQgIDj9tQH9CwQgIAEghgJqIAIghgJq/QAEMCA4/bUB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKHAmogAiCHAmr9AAQAIDj9tQH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhOQNAIAkgWEEQak4EQCABIFhBAnQiiAJqIDkgBSCIAmr9AAQA/bUB/QsEACABIIgCaiA5IAUgiAJq/QAEEP21Af0LBBAgASCIAmogOSAFIIgCav0ABCD9tQH9CwQgIAEgiAJqIDkgBSCIAmr9AAQw/bUB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKJAmogOSAFIIkCav0ABAD9tQH9CwQAIFhBBGohWAwBCwsFIARBAnQhigIgB0ECdCGLAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCCKAmwgAmohjAIgBCKNAkEBRgRAIIwC/QAEAAwBCyCNAkUEQCCMAv0JAgAMAQsgjAIoAgD9ESCMAiCNAkECdCKOAmooAgD9HAEgjgJBAXQgjAJqKAIA/RwCII4CQQNsIIwCaigCAP0cAwsCeyBYIIsCbCAFaiGPAiAHIpACQQFGBEAgjwL9AAQADAELIJACRQRAII8C/QkCAAwBCyCPAigCAP0RII8CIJACQQJ0IpECaigCAP0cASCRAkEBdCCPAmooAgD9HAIgkQJBA2wgjwJqKAIA/RwDC/21Af0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/bUB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwLCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQQRqTgRAIAEgWEECdCKSAmoCfyACIJICav0ABAAiOv0bACGTAkEAIAUgkgJq/QAEACI7/RsAIpQCRQ0AGkEAIJMCayCUAkF/Rg0AGiCTAiCUAm0L/RECf0EAIDv9GwEilgJFDQAaIDr9GwEhlQJBACCVAmsglgJBf0YNABoglQIglgJtC/0cAQJ/QQAgO/0bAiKYAkUNABogOv0bAiGXAkEAIJcCayCYAkF/Rg0AGiCXAiCYAm0L/RwCAn9BACA7/RsDIpoCRQ0AGiA6/RsDIZkCQQAgmQJrIJoCQX9GDQAaIJkCIJoCbQv9HAP9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhPANAIAkgWEEEak4EQCABIFhBAnQimwJqAn8gAiCbAmr9AAQAIj39GwAhnAJBACA8/RsAIp0CRQ0AGkEAIJwCayCdAkF/Rg0AGiCcAiCdAm0L/RECf0EAIDz9GwEinwJFDQAaID39GwEhngJBACCeAmsgnwJBf0YNABogngIgnwJtC/0cAQJ/QQAgPP0bAiKhAkUNABogPf0bAiGgAkEAIKACayChAkF/Rg0AGiCgAiChAm0L/RwCAn9BACA8/RsDIqMCRQ0AGiA9/RsDIaICQQAgogJrIKMCQX9GDQAaIKICIKMCbQv9HAP9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhPgNAIAkgWEEEak4EQCABIFhBAnQipAJqAn9BACAFIKQCav0ABAAiP/0bACKmAkUNABogPv0bACGlAkEAIKUCayCmAkF/Rg0AGiClAiCmAm0L/RECf0EAID/9GwEiqAJFDQAaID79GwEhpwJBACCnAmsgqAJBf0YNABogpwIgqAJtC/0cAQJ/QQAgP/0bAiKqAkUNABogPv0bAiGpAkEAIKkCayCqAkF/Rg0AGiCpAiCqAm0L/RwCAn9BACA//RsDIqwCRQ0AGiA+/RsDIasCQQAgqwJrIKwCQX9GDQAaIKsCIKwCbQv9HAP9CwQAIFhBBGohWAwBCwsFIARBAnQhrQIgB0ECdCGuAgNAIAkgWEEEak4EQAJ7IFggrQJsIAJqIa8CIAQisAJBAUYEQCCvAv0ABAAMAQsgsAJFBEAgrwL9CQIADAELIK8CKAIA/REgrwIgsAJBAnQisQJqKAIA/RwBILECQQF0IK8CaigCAP0cAiCxAkEDbCCvAmooAgD9HAMLIUACeyBYIK4CbCAFaiGyAiAHIrMCQQFGBEAgsgL9AAQADAELILMCRQRAILIC/QkCAAwBCyCyAigCAP0RILICILMCQQJ0IrQCaigCAP0cASC0AkEBdCCyAmooAgD9HAIgtAJBA2wgsgJqKAIA/RwDCyFBIFhBAnQgAWoCf0EAIEH9GwAitgJFDQAaIED9GwAhtQJBACC1AmsgtgJBf0YNABogtQIgtgJtC/0RAn9BACBB/RsBIrgCRQ0AGiBA/RsBIbcCQQAgtwJrILgCQX9GDQAaILcCILgCbQv9HAECf0EAIEH9GwIiugJFDQAaIED9GwIhuQJBACC5AmsgugJBf0YNABoguQIgugJtC/0cAgJ/QQAgQf0bAyK8AkUNABogQP0bAyG7AkEAILsCayC8AkF/Rg0AGiC7AiC8Am0L/RwD/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWoCfyAEQQJ0IFhsIAJq/QkCACJC/RsAIb0CQQAgB0ECdCBYbCAFav0JAgAiQ/0bACK+AkUNABpBACC9AmsgvgJBf0YNABogvQIgvgJtC/0RAn9BACBD/RsBIsACRQ0AGiBC/RsBIb8CQQAgvwJrIMACQX9GDQAaIL8CIMACbQv9HAECf0EAIEP9GwIiwgJFDQAaIEL9GwIhwQJBACDBAmsgwgJBf0YNABogwQIgwgJtC/0cAgJ/QQAgQ/0bAyLEAkUNABogQv0bAyHDAkEAIMMCayDEAkF/Rg0AGiDDAiDEAm0L/RwD/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwKCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLFAmogAiDFAmr9AAQAIAUgxQJq/QAEAP24Af0LBAAgASDFAmogAiDFAmr9AAQQIAUgxQJq/QAEEP24Af0LBBAgASDFAmogAiDFAmr9AAQgIAUgxQJq/QAEIP24Af0LBCAgASDFAmogAiDFAmr9AAQwIAUgxQJq/QAEMP24Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQixgJqIAIgxgJq/QAEACAFIMYCav0ABAD9uAH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhRANAIAkgWEEQak4EQCABIFhBAnQixwJqIAIgxwJq/QAEACBE/bgB/QsEACABIMcCaiACIMcCav0ABBAgRP24Af0LBBAgASDHAmogAiDHAmr9AAQgIET9uAH9CwQgIAEgxwJqIAIgxwJq/QAEMCBE/bgB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLIAmogAiDIAmr9AAQAIET9uAH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhRQNAIAkgWEEQak4EQCABIFhBAnQiyQJqIEUgBSDJAmr9AAQA/bgB/QsEACABIMkCaiBFIAUgyQJq/QAEEP24Af0LBBAgASDJAmogRSAFIMkCav0ABCD9uAH9CwQgIAEgyQJqIEUgBSDJAmr9AAQw/bgB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLKAmogRSAFIMoCav0ABAD9uAH9CwQAIFhBBGohWAwBCwsFIARBAnQhywIgB0ECdCHMAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCDLAmwgAmohzQIgBCLOAkEBRgRAIM0C/QAEAAwBCyDOAkUEQCDNAv0JAgAMAQsgzQIoAgD9ESDNAiDOAkECdCLPAmooAgD9HAEgzwJBAXQgzQJqKAIA/RwCIM8CQQNsIM0CaigCAP0cAwsCeyBYIMwCbCAFaiHQAiAHItECQQFGBEAg0AL9AAQADAELINECRQRAINAC/QkCAAwBCyDQAigCAP0RINACINECQQJ0ItICaigCAP0cASDSAkEBdCDQAmooAgD9HAIg0gJBA2wg0AJqKAIA/RwDC/24Af0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/bgB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwJCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLTAmogAiDTAmr9AAQAIAUg0wJq/QAEAP22Af0LBAAgASDTAmogAiDTAmr9AAQQIAUg0wJq/QAEEP22Af0LBBAgASDTAmogAiDTAmr9AAQgIAUg0wJq/QAEIP22Af0LBCAgASDTAmogAiDTAmr9AAQwIAUg0wJq/QAEMP22Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi1AJqIAIg1AJq/QAEACAFINQCav0ABAD9tgH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhRgNAIAkgWEEQak4EQCABIFhBAnQi1QJqIAIg1QJq/QAEACBG/bYB/QsEACABINUCaiACINUCav0ABBAgRv22Af0LBBAgASDVAmogAiDVAmr9AAQgIEb9tgH9CwQgIAEg1QJqIAIg1QJq/QAEMCBG/bYB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLWAmogAiDWAmr9AAQAIEb9tgH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhRwNAIAkgWEEQak4EQCABIFhBAnQi1wJqIEcgBSDXAmr9AAQA/bYB/QsEACABINcCaiBHIAUg1wJq/QAEEP22Af0LBBAgASDXAmogRyAFINcCav0ABCD9tgH9CwQgIAEg1wJqIEcgBSDXAmr9AAQw/bYB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLYAmogRyAFINgCav0ABAD9tgH9CwQAIFhBBGohWAwBCwsFIARBAnQh2QIgB0ECdCHaAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCDZAmwgAmoh2wIgBCLcAkEBRgRAINsC/QAEAAwBCyDcAkUEQCDbAv0JAgAMAQsg2wIoAgD9ESDbAiDcAkECdCLdAmooAgD9HAEg3QJBAXQg2wJqKAIA/RwCIN0CQQNsINsCaigCAP0cAwsCeyBYINoCbCAFaiHeAiAHIt8CQQFGBEAg3gL9AAQADAELIN8CRQRAIN4C/QkCAAwBCyDeAigCAP0RIN4CIN8CQQJ0IuACaigCAP0cASDgAkEBdCDeAmooAgD9HAIg4AJBA2wg3gJqKAIA/RwDC/22Af0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/bYB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwICwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLhAmogAiDhAmr9AAQAIAUg4QJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg4QJqIAIg4QJq/QAEECAFIOECav0ABBD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOECaiACIOECav0ABCAgBSDhAmr9AAQg/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDhAmogAiDhAmr9AAQwIAUg4QJq/QAEMP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IuICaiACIOICav0ABAAgBSDiAmr9AAQA/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFIA0AgCSBYQRBqTgRAIAEgWEECdCLjAmogAiDjAmr9AAQAIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOMCaiACIOMCav0ABBAgSP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg4wJqIAIg4wJq/QAEICBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDjAmogAiDjAmr9AAQwIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLkAmogAiDkAmr9AAQAIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUkDQCAJIFhBEGpOBEAgASBYQQJ0IuUCaiBJIAUg5QJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg5QJqIEkgBSDlAmr9AAQQ/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDlAmogSSAFIOUCav0ABCD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIOUCaiBJIAUg5QJq/QAEMP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IuYCaiBJIAUg5gJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQh5wIgB0ECdCHoAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCDnAmwgAmoh6QIgBCLqAkEBRgRAIOkC/QAEAAwBCyDqAkUEQCDpAv0JAgAMAQsg6QIoAgD9ESDpAiDqAkECdCLrAmooAgD9HAEg6wJBAXQg6QJqKAIA/RwCIOsCQQNsIOkCaigCAP0cAwsCeyBYIOgCbCAFaiHsAiAHIu0CQQFGBEAg7AL9AAQADAELIO0CRQRAIOwC/QkCAAwBCyDsAigCAP0RIOwCIO0CQQJ0Iu4CaigCAP0cASDuAkEBdCDsAmooAgD9HAIg7gJBA2wg7AJqKAIA/RwDC/03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP03/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAcLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0Iu8CaiACIO8Cav0ABAAgBSDvAmr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDvAmogAiDvAmr9AAQQIAUg7wJq/QAEEP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg7wJqIAIg7wJq/QAEICAFIO8Cav0ABCD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIO8CaiACIO8Cav0ABDAgBSDvAmr9AAQw/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi8AJqIAIg8AJq/QAEACAFIPACav0ABAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUoDQCAJIFhBEGpOBEAgASBYQQJ0IvECaiACIPECav0ABAAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg8QJqIAIg8QJq/QAEECBK/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDxAmogAiDxAmr9AAQgIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPECaiACIPECav0ABDAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IvICaiACIPICav0ABAAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhSwNAIAkgWEEQak4EQCABIFhBAnQi8wJqIEsgBSDzAmr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDzAmogSyAFIPMCav0ABBD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIPMCaiBLIAUg8wJq/QAEIP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg8wJqIEsgBSDzAmr9AAQw/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi9AJqIEsgBSD0Amr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCH1AiAHQQJ0IfYCA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIPUCbCACaiH3AiAEIvgCQQFGBEAg9wL9AAQADAELIPgCRQRAIPcC/QkCAAwBCyD3AigCAP0RIPcCIPgCQQJ0IvkCaigCAP0cASD5AkEBdCD3AmooAgD9HAIg+QJBA2wg9wJqKAIA/RwDCwJ7IFgg9gJsIAVqIfoCIAci+wJBAUYEQCD6Av0ABAAMAQsg+wJFBEAg+gL9CQIADAELIPoCKAIA/REg+gIg+wJBAnQi/AJqKAIA/RwBIPwCQQF0IPoCaigCAP0cAiD8AkEDbCD6AmooAgD9HAML/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMBgsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQi/QJqIAIg/QJq/QAEACAFIP0Cav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIP0CaiACIP0Cav0ABBAgBSD9Amr9AAQQ/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD9AmogAiD9Amr9AAQgIAUg/QJq/QAEIP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg/QJqIAIg/QJq/QAEMCAFIP0Cav0ABDD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCL+AmogAiD+Amr9AAQAIAUg/gJq/QAEAP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhTANAIAkgWEEQak4EQCABIFhBAnQi/wJqIAIg/wJq/QAEACBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD/AmogAiD/Amr9AAQQIEz9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIP8CaiACIP8Cav0ABCAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg/wJqIAIg/wJq/QAEMCBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQigANqIAIggANq/QAEACBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFNA0AgCSBYQRBqTgRAIAEgWEECdCKBA2ogTSAFIIEDav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIEDaiBNIAUggQNq/QAEEP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEggQNqIE0gBSCBA2r9AAQg/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCBA2ogTSAFIIEDav0ABDD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKCA2ogTSAFIIIDav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IYMDIAdBAnQhhAMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgggwNsIAJqIYUDIAQihgNBAUYEQCCFA/0ABAAMAQsghgNFBEAghQP9CQIADAELIIUDKAIA/REghQMghgNBAnQihwNqKAIA/RwBIIcDQQF0IIUDaigCAP0cAiCHA0EDbCCFA2ooAgD9HAMLAnsgWCCEA2wgBWohiAMgByKJA0EBRgRAIIgD/QAEAAwBCyCJA0UEQCCIA/0JAgAMAQsgiAMoAgD9ESCIAyCJA0ECdCKKA2ooAgD9HAEgigNBAXQgiANqKAIA/RwCIIoDQQNsIIgDaigCAP0cAwv9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwFCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCKLA2ogAiCLA2r9AAQAIAUgiwNq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgiwNqIAIgiwNq/QAEECAFIIsDav0ABBD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIsDaiACIIsDav0ABCAgBSCLA2r9AAQg/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCLA2ogAiCLA2r9AAQwIAUgiwNq/QAEMP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IowDaiACIIwDav0ABAAgBSCMA2r9AAQA/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFOA0AgCSBYQRBqTgRAIAEgWEECdCKNA2ogAiCNA2r9AAQAIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABII0DaiACII0Dav0ABBAgTv09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgjQNqIAIgjQNq/QAEICBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCNA2ogAiCNA2r9AAQwIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKOA2ogAiCOA2r9AAQAIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIU8DQCAJIFhBEGpOBEAgASBYQQJ0Io8DaiBPIAUgjwNq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgjwNqIE8gBSCPA2r9AAQQ/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCPA2ogTyAFII8Dav0ABCD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABII8DaiBPIAUgjwNq/QAEMP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IpADaiBPIAUgkANq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQhkQMgB0ECdCGSAwNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCCRA2wgAmohkwMgBCKUA0EBRgRAIJMD/QAEAAwBCyCUA0UEQCCTA/0JAgAMAQsgkwMoAgD9ESCTAyCUA0ECdCKVA2ooAgD9HAEglQNBAXQgkwNqKAIA/RwCIJUDQQNsIJMDaigCAP0cAwsCeyBYIJIDbCAFaiGWAyAHIpcDQQFGBEAglgP9AAQADAELIJcDRQRAIJYD/QkCAAwBCyCWAygCAP0RIJYDIJcDQQJ0IpgDaigCAP0cASCYA0EBdCCWA2ooAgD9HAIgmANBA2wglgNqKAIA/RwDC/09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP09/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAQLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0IpkDaiACIJkDav0ABAAgBSCZA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCZA2ogAiCZA2r9AAQQIAUgmQNq/QAEEP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgmQNqIAIgmQNq/QAEICAFIJkDav0ABCD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJkDaiACIJkDav0ABDAgBSCZA2r9AAQw/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQimgNqIAIgmgNq/QAEACAFIJoDav0ABAD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVADQCAJIFhBEGpOBEAgASBYQQJ0IpsDaiACIJsDav0ABAAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgmwNqIAIgmwNq/QAEECBQ/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCbA2ogAiCbA2r9AAQgIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJsDaiACIJsDav0ABDAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IpwDaiACIJwDav0ABAAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhUQNAIAkgWEEQak4EQCABIFhBAnQinQNqIFEgBSCdA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCdA2ogUSAFIJ0Dav0ABBD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJ0DaiBRIAUgnQNq/QAEIP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgnQNqIFEgBSCdA2r9AAQw/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQingNqIFEgBSCeA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCGfAyAHQQJ0IaADA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIJ8DbCACaiGhAyAEIqIDQQFGBEAgoQP9AAQADAELIKIDRQRAIKED/QkCAAwBCyChAygCAP0RIKEDIKIDQQJ0IqMDaigCAP0cASCjA0EBdCChA2ooAgD9HAIgowNBA2wgoQNqKAIA/RwDCwJ7IFggoANsIAVqIaQDIAcipQNBAUYEQCCkA/0ABAAMAQsgpQNFBEAgpAP9CQIADAELIKQDKAIA/REgpAMgpQNBAnQipgNqKAIA/RwBIKYDQQF0IKQDaigCAP0cAiCmA0EDbCCkA2ooAgD9HAML/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMAwsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQipwNqIAIgpwNq/QAEACAFIKcDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKcDaiACIKcDav0ABBAgBSCnA2r9AAQQ/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCnA2ogAiCnA2r9AAQgIAUgpwNq/QAEIP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgpwNqIAIgpwNq/QAEMCAFIKcDav0ABDD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKoA2ogAiCoA2r9AAQAIAUgqANq/QAEAP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhUgNAIAkgWEEQak4EQCABIFhBAnQiqQNqIAIgqQNq/QAEACBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCpA2ogAiCpA2r9AAQQIFL9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKkDaiACIKkDav0ABCAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgqQNqIAIgqQNq/QAEMCBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiqgNqIAIgqgNq/QAEACBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFTA0AgCSBYQRBqTgRAIAEgWEECdCKrA2ogUyAFIKsDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKsDaiBTIAUgqwNq/QAEEP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgqwNqIFMgBSCrA2r9AAQg/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCrA2ogUyAFIKsDav0ABDD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKsA2ogUyAFIKwDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0Ia0DIAdBAnQhrgMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggrQNsIAJqIa8DIAQisANBAUYEQCCvA/0ABAAMAQsgsANFBEAgrwP9CQIADAELIK8DKAIA/REgrwMgsANBAnQisQNqKAIA/RwBILEDQQF0IK8DaigCAP0cAiCxA0EDbCCvA2ooAgD9HAMLAnsgWCCuA2wgBWohsgMgByKzA0EBRgRAILID/QAEAAwBCyCzA0UEQCCyA/0JAgAMAQsgsgMoAgD9ESCyAyCzA0ECdCK0A2ooAgD9HAEgtANBAXQgsgNqKAIA/RwCILQDQQNsILIDaigCAP0cAwv9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwCCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCK1A2ogAiC1A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC1A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABILUDaiACILUDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILUDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgtQNqIAIgtQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASC1A2ogAiC1A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC1A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCK2A2ogAiC2A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC2A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVQDQCAJIFhBEGpOBEAgASBYQQJ0IrcDaiACILcDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABILcDaiACILcDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABILcDaiACILcDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABILcDaiACILcDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCK4A2ogAiC4A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFVA0AgCSBYQRBqTgRAIAEgWEECdCK5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASC5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASC5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASC5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiugNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILoDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQhuwMgB0ECdCG8AwNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCC7A2wgAmohvQMgBCK+A0EBRgRAIL0D/QAEAAwBCyC+A0UEQCC9A/0JAgAMAQsgvQMoAgD9ESC9AyC+A0ECdCK/A2ooAgD9HAEgvwNBAXQgvQNqKAIA/RwCIL8DQQNsIL0DaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9OAJ7IFggvANsIAVqIcADIAciwQNBAUYEQCDAA/0ABAAMAQsgwQNFBEAgwAP9CQIADAELIMADKAIA/REgwAMgwQNBAnQiwgNqKAIA/RwBIMIDQQF0IMADaigCAP0cAiDCA0EDbCDAA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OCAHQQJ0IFhsIAVq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMAQsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQiwwNqIAIgwwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgwwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDDA2ogAiDDA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDDA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIMMDaiACIMMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgwwNqIAIgwwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgwwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQixANqIAIgxANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgxANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFWA0AgCSBYQRBqTgRAIAEgWEECdCLFA2ogAiDFA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDFA2ogAiDFA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDFA2ogAiDFA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDFA2ogAiDFA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQixgNqIAIgxgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhVwNAIAkgWEEQak4EQCABIFhBAnQixwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgxwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgxwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgxwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsgDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDIA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IckDIAdBAnQhygMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggyQNsIAJqIcsDIAQizANBAUYEQCDLA/0ABAAMAQsgzANFBEAgywP9CQIADAELIMsDKAIA/REgywMgzANBAnQizQNqKAIA/RwBIM0DQQF0IMsDaigCAP0cAiDNA0EDbCDLA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TgCeyBYIMoDbCAFaiHOAyAHIs8DQQFGBEAgzgP9AAQADAELIM8DRQRAIM4D/QkCAAwBCyDOAygCAP0RIM4DIM8DQQJ0ItADaigCAP0cASDQA0EBdCDOA2ooAgD9HAIg0ANBA2wgzgNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/TggB0ECdCBYbCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLCwvNrwEDVHvtAn+yAX0CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4QAQIDBAUGBwgJCgsMDQ4PEAALAAsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQiZmogAiBmav0ABAAhDSAFIGZq/QAEACEOIA0gDv3kAf0LBAAgAiBmav0ABBAhDyAFIGZq/QAEECEQIAEgZmogDyAQ/eQB/QsEECACIGZq/QAEICERIAUgZmr9AAQgIRIgASBmaiARIBL95AH9CwQgIAIgZmr9AAQwIRMgBSBmav0ABDAhFCABIGZqIBMgFP3kAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQihwFqIAIghwFq/QAEACEVIAUghwFq/QAEACEWIBUgFv3kAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACEXA0AgCSBeQRBqTgRAIAEgXkECdCKQAWogAiCQAWr9AAQAIRggGCEZIBchGiAZIBr95AH9CwQAIAIgkAFq/QAEECEbIAEgkAFqIBshHCAXIR0gHCAd/eQB/QsEECACIJABav0ABCAhHiABIJABaiAeIR8gFyEgIB8gIP3kAf0LBCAgAiCQAWr9AAQwISEgASCQAWogISEiIBchIyAiICP95AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrEBaiACILEBav0ABAAhJCAkISUgFyEmICUgJv3kAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACEnA0AgCSBeQRBqTgRAIAEgXkECdCK6AWogBSC6AWr9AAQAISggJyEpICkgKP3kAf0LBAAgBSC6AWr9AAQQISogASC6AWogJyErICsgKv3kAf0LBBAgBSC6AWr9AAQgISwgASC6AWogJyEtIC0gLP3kAf0LBCAgBSC6AWr9AAQwIS4gASC6AWogJyEvIC8gLv3kAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi2wFqIAUg2wFq/QAEACEwICchMSAxIDD95AH9CwQAIF5BBGohXgwBCwsFIARBAnQh5AEgB0ECdCHlAQNAIAkgXkEEak4EQAJ7IF4g5AFsIAJqIeYBIAQi5wFBAUYEQCDmAf0ABAAMAQsg5wFFBEAg5gH9CQIADAELIOYBKAIA/REg5gEg5wFBAnQi6AFqKAIA/RwBIOgBQQF0IOYBaigCAP0cAiDoAUEDbCDmAWooAgD9HAMLITICeyBeIOUBbCAFaiHpASAHIuoBQQFGBEAg6QH9AAQADAELIOoBRQRAIOkB/QkCAAwBCyDpASgCAP0RIOkBIOoBQQJ0IusBaigCAP0cASDrAUEBdCDpAWooAgD9HAIg6wFBA2wg6QFqKAIA/RwDCyEzIF5BAnQgAWogMiAz/eQB/QsEACBeQQRqIV4MAQsLCwsLQQEhZQNAIAkgXkoEQCAEQQJ0IF5sIAJq/QkCACE0IAdBAnQgXmwgBWr9CQIAITUgXkECdCABaiA0IDX95AH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDA8LA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IvwBaiACIPwBav0ABAAgBSD8AWr9AAQA/eUB/QsEACABIPwBaiACIPwBav0ABBAgBSD8AWr9AAQQ/eUB/QsEECABIPwBaiACIPwBav0ABCAgBSD8AWr9AAQg/eUB/QsEICABIPwBaiACIPwBav0ABDAgBSD8AWr9AAQw/eUB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCL9AWogAiD9AWr9AAQAIAUg/QFq/QAEAP3lAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE2A0AgCSBeQRBqTgRAIAEgXkECdCL+AWogAiD+AWr9AAQAIDb95QH9CwQAIAEg/gFqIAIg/gFq/QAEECA2/eUB/QsEECABIP4BaiACIP4Bav0ABCAgNv3lAf0LBCAgASD+AWogAiD+AWr9AAQwIDb95QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Iv8BaiACIP8Bav0ABAAgNv3lAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACE3A0AgCSBeQRBqTgRAIAEgXkECdCKAAmogNyAFIIACav0ABAD95QH9CwQAIAEggAJqIDcgBSCAAmr9AAQQ/eUB/QsEECABIIACaiA3IAUggAJq/QAEIP3lAf0LBCAgASCAAmogNyAFIIACav0ABDD95QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IoECaiA3IAUggQJq/QAEAP3lAf0LBAAgXkEEaiFeDAELCwUgBEECdCGCAiAHQQJ0IYMCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIIICbCACaiGEAiAEIoUCQQFGBEAghAL9AAQADAELIIUCRQRAIIQC/QkCAAwBCyCEAigCAP0RIIQCIIUCQQJ0IoYCaigCAP0cASCGAkEBdCCEAmooAgD9HAIghgJBA2wghAJqKAIA/RwDCwJ7IF4ggwJsIAVqIYcCIAciiAJBAUYEQCCHAv0ABAAMAQsgiAJFBEAghwL9CQIADAELIIcCKAIA/REghwIgiAJBAnQiiQJqKAIA/RwBIIkCQQF0IIcCaigCAP0cAiCJAkEDbCCHAmooAgD9HAML/eUB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD95QH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDA4LA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IooCaiACIIoCav0ABAAgBSCKAmr9AAQA/eYB/QsEACABIIoCaiACIIoCav0ABBAgBSCKAmr9AAQQ/eYB/QsEECABIIoCaiACIIoCav0ABCAgBSCKAmr9AAQg/eYB/QsEICABIIoCaiACIIoCav0ABDAgBSCKAmr9AAQw/eYB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKLAmogAiCLAmr9AAQAIAUgiwJq/QAEAP3mAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE4A0AgCSBeQRBqTgRAIAEgXkECdCKMAmogAiCMAmr9AAQAIDj95gH9CwQAIAEgjAJqIAIgjAJq/QAEECA4/eYB/QsEECABIIwCaiACIIwCav0ABCAgOP3mAf0LBCAgASCMAmogAiCMAmr9AAQwIDj95gH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Io0CaiACII0Cav0ABAAgOP3mAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACE5A0AgCSBeQRBqTgRAIAEgXkECdCKOAmogOSAFII4Cav0ABAD95gH9CwQAIAEgjgJqIDkgBSCOAmr9AAQQ/eYB/QsEECABII4CaiA5IAUgjgJq/QAEIP3mAf0LBCAgASCOAmogOSAFII4Cav0ABDD95gH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Io8CaiA5IAUgjwJq/QAEAP3mAf0LBAAgXkEEaiFeDAELCwUgBEECdCGQAiAHQQJ0IZECA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIJACbCACaiGSAiAEIpMCQQFGBEAgkgL9AAQADAELIJMCRQRAIJIC/QkCAAwBCyCSAigCAP0RIJICIJMCQQJ0IpQCaigCAP0cASCUAkEBdCCSAmooAgD9HAIglAJBA2wgkgJqKAIA/RwDCwJ7IF4gkQJsIAVqIZUCIAcilgJBAUYEQCCVAv0ABAAMAQsglgJFBEAglQL9CQIADAELIJUCKAIA/REglQIglgJBAnQilwJqKAIA/RwBIJcCQQF0IJUCaigCAP0cAiCXAkEDbCCVAmooAgD9HAML/eYB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD95gH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDA0LA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IpgCaiACIJgCav0ABAAgBSCYAmr9AAQA/ecB/QsEACABIJgCaiACIJgCav0ABBAgBSCYAmr9AAQQ/ecB/QsEECABIJgCaiACIJgCav0ABCAgBSCYAmr9AAQg/ecB/QsEICABIJgCaiACIJgCav0ABDAgBSCYAmr9AAQw/ecB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKZAmogAiCZAmr9AAQAIAUgmQJq/QAEAP3nAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE6A0AgCSBeQRBqTgRAIAEgXkECdCKaAmogAiCaAmr9AAQAIDr95wH9CwQAIAEgmgJqIAIgmgJq/QAEECA6/ecB/QsEECABIJoCaiACIJoCav0ABCAgOv3nAf0LBCAgASCaAmogAiCaAmr9AAQwIDr95wH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IpsCaiACIJsCav0ABAAgOv3nAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACE7A0AgCSBeQRBqTgRAIAEgXkECdCKcAmogOyAFIJwCav0ABAD95wH9CwQAIAEgnAJqIDsgBSCcAmr9AAQQ/ecB/QsEECABIJwCaiA7IAUgnAJq/QAEIP3nAf0LBCAgASCcAmogOyAFIJwCav0ABDD95wH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Ip0CaiA7IAUgnQJq/QAEAP3nAf0LBAAgXkEEaiFeDAELCwUgBEECdCGeAiAHQQJ0IZ8CA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIJ4CbCACaiGgAiAEIqECQQFGBEAgoAL9AAQADAELIKECRQRAIKAC/QkCAAwBCyCgAigCAP0RIKACIKECQQJ0IqICaigCAP0cASCiAkEBdCCgAmooAgD9HAIgogJBA2wgoAJqKAIA/RwDCwJ7IF4gnwJsIAVqIaMCIAcipAJBAUYEQCCjAv0ABAAMAQsgpAJFBEAgowL9CQIADAELIKMCKAIA/REgowIgpAJBAnQipQJqKAIA/RwBIKUCQQF0IKMCaigCAP0cAiClAkEDbCCjAmooAgD9HAML/ecB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD95wH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAwLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BBGpOBEAgASBeQQJ0IqYCagJ9IAIgpgJq/QAEACI8/R8AIdUEQwAAwH8gBSCmAmr9AAQAIj39HwAi1gQg1gRcDQAaQwAAgD8g1gRDAAAAAFsNABpDAADAfyDVBItDAACAP1sg1gQg1gSTQwAAAABccQ0AGiDVBCDWBBAAC/0TAn1DAADAfyA9/R8BItgEINgEXA0AGkMAAIA/INgEQwAAAABbDQAaIDz9HwEh1wRDAADAfyDXBItDAACAP1sg2AQg2ASTQwAAAABccQ0AGiDXBCDYBBAAC/0gAQJ9QwAAwH8gPf0fAiLaBCDaBFwNABpDAACAPyDaBEMAAAAAWw0AGiA8/R8CIdkEQwAAwH8g2QSLQwAAgD9bINoEINoEk0MAAAAAXHENABog2QQg2gQQAAv9IAICfUMAAMB/ID39HwMi3AQg3ARcDQAaQwAAgD8g3ARDAAAAAFsNABogPP0fAyHbBEMAAMB/INsEi0MAAIA/WyDcBCDcBJNDAAAAAFxxDQAaINsEINwEEAAL/SAD/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIT4DQCAJIF5BBGpOBEAgASBeQQJ0IqcCagJ9IAIgpwJq/QAEACI//R8AId0EQwAAwH8gPiJA/R8AIt4EIN4EXA0AGkMAAIA/IN4EQwAAAABbDQAaQwAAwH8g3QSLQwAAgD9bIN4EIN4Ek0MAAAAAXHENABog3QQg3gQQAAv9EwJ9QwAAwH8gQP0fASLgBCDgBFwNABpDAACAPyDgBEMAAAAAWw0AGiA//R8BId8EQwAAwH8g3wSLQwAAgD9bIOAEIOAEk0MAAAAAXHENABog3wQg4AQQAAv9IAECfUMAAMB/IED9HwIi4gQg4gRcDQAaQwAAgD8g4gRDAAAAAFsNABogP/0fAiHhBEMAAMB/IOEEi0MAAIA/WyDiBCDiBJNDAAAAAFxxDQAaIOEEIOIEEAAL/SACAn1DAADAfyBA/R8DIuQEIOQEXA0AGkMAAIA/IOQEQwAAAABbDQAaID/9HwMh4wRDAADAfyDjBItDAACAP1sg5AQg5ASTQwAAAABccQ0AGiDjBCDkBBAAC/0gA/0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFBA0AgCSBeQQRqTgRAIEEhQiABIF5BAnQiqAJqAn1DAADAfyAFIKgCav0ABAAiQ/0fACLmBCDmBFwNABpDAACAPyDmBEMAAAAAWw0AGiBB/R8AIeUEQwAAwH8g5QSLQwAAgD9bIOYEIOYEk0MAAAAAXHENABog5QQg5gQQAAv9EwJ9QwAAwH8gQ/0fASLoBCDoBFwNABpDAACAPyDoBEMAAAAAWw0AGiBC/R8BIecEQwAAwH8g5wSLQwAAgD9bIOgEIOgEk0MAAAAAXHENABog5wQg6AQQAAv9IAECfUMAAMB/IEP9HwIi6gQg6gRcDQAaQwAAgD8g6gRDAAAAAFsNABogQv0fAiHpBEMAAMB/IOkEi0MAAIA/WyDqBCDqBJNDAAAAAFxxDQAaIOkEIOoEEAAL/SACAn1DAADAfyBD/R8DIuwEIOwEXA0AGkMAAIA/IOwEQwAAAABbDQAaIEL9HwMh6wRDAADAfyDrBItDAACAP1sg7AQg7ASTQwAAAABccQ0AGiDrBCDsBBAAC/0gA/0LBAAgXkEEaiFeDAELCwUgBEECdCGpAiAHQQJ0IaoCA0AgCSBeQQRqTgRAIF5BAnQgAWoCfQJ7IF4gqQJsIAJqIasCIAQirAJBAUYEQCCrAv0ABAAMAQsgrAJFBEAgqwL9CQIADAELIKsCKAIA/REgqwIgrAJBAnQirQJqKAIA/RwBIK0CQQF0IKsCaigCAP0cAiCtAkEDbCCrAmooAgD9HAMLIkT9HwAh7QRDAADAfwJ7IF4gqgJsIAVqIa4CIAcirwJBAUYEQCCuAv0ABAAMAQsgrwJFBEAgrgL9CQIADAELIK4CKAIA/REgrgIgrwJBAnQisAJqKAIA/RwBILACQQF0IK4CaigCAP0cAiCwAkEDbCCuAmooAgD9HAMLIkX9HwAi7gQg7gRcDQAaQwAAgD8g7gRDAAAAAFsNABpDAADAfyDtBItDAACAP1sg7gQg7gSTQwAAAABccQ0AGiDtBCDuBBAAC/0TAn1DAADAfyBF/R8BIvAEIPAEXA0AGkMAAIA/IPAEQwAAAABbDQAaIET9HwEh7wRDAADAfyDvBItDAACAP1sg8AQg8ASTQwAAAABccQ0AGiDvBCDwBBAAC/0gAQJ9QwAAwH8gRf0fAiLyBCDyBFwNABpDAACAPyDyBEMAAAAAWw0AGiBE/R8CIfEEQwAAwH8g8QSLQwAAgD9bIPIEIPIEk0MAAAAAXHENABog8QQg8gQQAAv9IAICfUMAAMB/IEX9HwMi9AQg9ARcDQAaQwAAgD8g9ARDAAAAAFsNABogRP0fAyHzBEMAAMB/IPMEi0MAAIA/WyD0BCD0BJNDAAAAAFxxDQAaIPMEIPQEEAAL/SAD/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWoCfSAEQQJ0IF5sIAJq/QkCACJG/R8AIfUEQwAAwH8gB0ECdCBebCAFav0JAgAiR/0fACL2BCD2BFwNABpDAACAPyD2BEMAAAAAWw0AGkMAAMB/IPUEi0MAAIA/WyD2BCD2BJNDAAAAAFxxDQAaIPUEIPYEEAAL/RMCfUMAAMB/IEf9HwEi+AQg+ARcDQAaQwAAgD8g+ARDAAAAAFsNABogRv0fASH3BEMAAMB/IPcEi0MAAIA/WyD4BCD4BJNDAAAAAFxxDQAaIPcEIPgEEAAL/SABAn1DAADAfyBH/R8CIvoEIPoEXA0AGkMAAIA/IPoEQwAAAABbDQAaIEb9HwIh+QRDAADAfyD5BItDAACAP1sg+gQg+gSTQwAAAABccQ0AGiD5BCD6BBAAC/0gAgJ9QwAAwH8gR/0fAyL8BCD8BFwNABpDAACAPyD8BEMAAAAAWw0AGiBG/R8DIfsEQwAAwH8g+wSLQwAAgD9bIPwEIPwEk0MAAAAAXHENABog+wQg/AQQAAv9IAP9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAsLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IrECaiACILECav0ABAAgBSCxAmr9AAQA/ekB/QsEACABILECaiACILECav0ABBAgBSCxAmr9AAQQ/ekB/QsEECABILECaiACILECav0ABCAgBSCxAmr9AAQg/ekB/QsEICABILECaiACILECav0ABDAgBSCxAmr9AAQw/ekB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKyAmogAiCyAmr9AAQAIAUgsgJq/QAEAP3pAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFIA0AgCSBeQRBqTgRAIAEgXkECdCKzAmogAiCzAmr9AAQAIEj96QH9CwQAIAEgswJqIAIgswJq/QAEECBI/ekB/QsEECABILMCaiACILMCav0ABCAgSP3pAf0LBCAgASCzAmogAiCzAmr9AAQwIEj96QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrQCaiACILQCav0ABAAgSP3pAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFJA0AgCSBeQRBqTgRAIAEgXkECdCK1AmogSSAFILUCav0ABAD96QH9CwQAIAEgtQJqIEkgBSC1Amr9AAQQ/ekB/QsEECABILUCaiBJIAUgtQJq/QAEIP3pAf0LBCAgASC1AmogSSAFILUCav0ABDD96QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrYCaiBJIAUgtgJq/QAEAP3pAf0LBAAgXkEEaiFeDAELCwUgBEECdCG3AiAHQQJ0IbgCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeILcCbCACaiG5AiAEIroCQQFGBEAguQL9AAQADAELILoCRQRAILkC/QkCAAwBCyC5AigCAP0RILkCILoCQQJ0IrsCaigCAP0cASC7AkEBdCC5AmooAgD9HAIguwJBA2wguQJqKAIA/RwDCwJ7IF4guAJsIAVqIbwCIAcivQJBAUYEQCC8Av0ABAAMAQsgvQJFBEAgvAL9CQIADAELILwCKAIA/REgvAIgvQJBAnQivgJqKAIA/RwBIL4CQQF0ILwCaigCAP0cAiC+AkEDbCC8AmooAgD9HAML/ekB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD96QH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAoLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0Ir8CaiACIL8Cav0ABAAgBSC/Amr9AAQA/egB/QsEACABIL8CaiACIL8Cav0ABBAgBSC/Amr9AAQQ/egB/QsEECABIL8CaiACIL8Cav0ABCAgBSC/Amr9AAQg/egB/QsEICABIL8CaiACIL8Cav0ABDAgBSC/Amr9AAQw/egB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLAAmogAiDAAmr9AAQAIAUgwAJq/QAEAP3oAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFKA0AgCSBeQRBqTgRAIAEgXkECdCLBAmogAiDBAmr9AAQAIEr96AH9CwQAIAEgwQJqIAIgwQJq/QAEECBK/egB/QsEECABIMECaiACIMECav0ABCAgSv3oAf0LBCAgASDBAmogAiDBAmr9AAQwIEr96AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IsICaiACIMICav0ABAAgSv3oAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFLA0AgCSBeQRBqTgRAIAEgXkECdCLDAmogSyAFIMMCav0ABAD96AH9CwQAIAEgwwJqIEsgBSDDAmr9AAQQ/egB/QsEECABIMMCaiBLIAUgwwJq/QAEIP3oAf0LBCAgASDDAmogSyAFIMMCav0ABDD96AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IsQCaiBLIAUgxAJq/QAEAP3oAf0LBAAgXkEEaiFeDAELCwUgBEECdCHFAiAHQQJ0IcYCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIMUCbCACaiHHAiAEIsgCQQFGBEAgxwL9AAQADAELIMgCRQRAIMcC/QkCAAwBCyDHAigCAP0RIMcCIMgCQQJ0IskCaigCAP0cASDJAkEBdCDHAmooAgD9HAIgyQJBA2wgxwJqKAIA/RwDCwJ7IF4gxgJsIAVqIcoCIAciywJBAUYEQCDKAv0ABAAMAQsgywJFBEAgygL9CQIADAELIMoCKAIA/REgygIgywJBAnQizAJqKAIA/RwBIMwCQQF0IMoCaigCAP0cAiDMAkEDbCDKAmooAgD9HAML/egB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD96AH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAkLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0Is0CaiACIM0Cav0ABAAgBSDNAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDNAmogAiDNAmr9AAQQIAUgzQJq/QAEEP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgzQJqIAIgzQJq/QAEICAFIM0Cav0ABCD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIM0CaiACIM0Cav0ABDAgBSDNAmr9AAQw/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQizgJqIAIgzgJq/QAEACAFIM4Cav0ABAD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUwDQCAJIF5BEGpOBEAgASBeQQJ0Is8CaiACIM8Cav0ABAAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgzwJqIAIgzwJq/QAEECBM/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDPAmogAiDPAmr9AAQgIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIM8CaiACIM8Cav0ABDAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0ItACaiACINACav0ABAAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhTQNAIAkgXkEQak4EQCABIF5BAnQi0QJqIE0gBSDRAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDRAmogTSAFINECav0ABBD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABINECaiBNIAUg0QJq/QAEIP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg0QJqIE0gBSDRAmr9AAQw/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi0gJqIE0gBSDSAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCHTAiAHQQJ0IdQCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeINMCbCACaiHVAiAEItYCQQFGBEAg1QL9AAQADAELINYCRQRAINUC/QkCAAwBCyDVAigCAP0RINUCINYCQQJ0ItcCaigCAP0cASDXAkEBdCDVAmooAgD9HAIg1wJBA2wg1QJqKAIA/RwDCwJ7IF4g1AJsIAVqIdgCIAci2QJBAUYEQCDYAv0ABAAMAQsg2QJFBEAg2AL9CQIADAELINgCKAIA/REg2AIg2QJBAnQi2gJqKAIA/RwBINoCQQF0INgCaigCAP0cAiDaAkEDbCDYAmooAgD9HAML/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMCAsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQi2wJqIAIg2wJq/QAEACAFINsCav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABINsCaiACINsCav0ABBAgBSDbAmr9AAQQ/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDbAmogAiDbAmr9AAQgIAUg2wJq/QAEIP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg2wJqIAIg2wJq/QAEMCAFINsCav0ABDD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLcAmogAiDcAmr9AAQAIAUg3AJq/QAEAP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhTgNAIAkgXkEQak4EQCABIF5BAnQi3QJqIAIg3QJq/QAEACBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDdAmogAiDdAmr9AAQQIE79Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIN0CaiACIN0Cav0ABCAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg3QJqIAIg3QJq/QAEMCBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi3gJqIAIg3gJq/QAEACBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFPA0AgCSBeQRBqTgRAIAEgXkECdCLfAmogTyAFIN8Cav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIN8CaiBPIAUg3wJq/QAEEP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg3wJqIE8gBSDfAmr9AAQg/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDfAmogTyAFIN8Cav0ABDD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLgAmogTyAFIOACav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IeECIAdBAnQh4gIDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4g4QJsIAJqIeMCIAQi5AJBAUYEQCDjAv0ABAAMAQsg5AJFBEAg4wL9CQIADAELIOMCKAIA/REg4wIg5AJBAnQi5QJqKAIA/RwBIOUCQQF0IOMCaigCAP0cAiDlAkEDbCDjAmooAgD9HAMLAnsgXiDiAmwgBWoh5gIgByLnAkEBRgRAIOYC/QAEAAwBCyDnAkUEQCDmAv0JAgAMAQsg5gIoAgD9ESDmAiDnAkECdCLoAmooAgD9HAEg6AJBAXQg5gJqKAIA/RwCIOgCQQNsIOYCaigCAP0cAwv9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwHCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCLpAmogAiDpAmr9AAQAIAUg6QJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg6QJqIAIg6QJq/QAEECAFIOkCav0ABBD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOkCaiACIOkCav0ABCAgBSDpAmr9AAQg/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDpAmogAiDpAmr9AAQwIAUg6QJq/QAEMP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IuoCaiACIOoCav0ABAAgBSDqAmr9AAQA/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFQA0AgCSBeQRBqTgRAIAEgXkECdCLrAmogAiDrAmr9AAQAIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOsCaiACIOsCav0ABBAgUP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg6wJqIAIg6wJq/QAEICBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDrAmogAiDrAmr9AAQwIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLsAmogAiDsAmr9AAQAIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVEDQCAJIF5BEGpOBEAgASBeQQJ0Iu0CaiBRIAUg7QJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg7QJqIFEgBSDtAmr9AAQQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDtAmogUSAFIO0Cav0ABCD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIO0CaiBRIAUg7QJq/QAEMP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Iu4CaiBRIAUg7gJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQh7wIgB0ECdCHwAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiDvAmwgAmoh8QIgBCLyAkEBRgRAIPEC/QAEAAwBCyDyAkUEQCDxAv0JAgAMAQsg8QIoAgD9ESDxAiDyAkECdCLzAmooAgD9HAEg8wJBAXQg8QJqKAIA/RwCIPMCQQNsIPECaigCAP0cAwsCeyBeIPACbCAFaiH0AiAHIvUCQQFGBEAg9AL9AAQADAELIPUCRQRAIPQC/QkCAAwBCyD0AigCAP0RIPQCIPUCQQJ0IvYCaigCAP0cASD2AkEBdCD0AmooAgD9HAIg9gJBA2wg9AJqKAIA/RwDC/1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAYLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IvcCaiACIPcCav0ABAAgBSD3Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD3AmogAiD3Amr9AAQQIAUg9wJq/QAEEP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg9wJqIAIg9wJq/QAEICAFIPcCav0ABCD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPcCaiACIPcCav0ABDAgBSD3Amr9AAQw/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi+AJqIAIg+AJq/QAEACAFIPgCav0ABAD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVIDQCAJIF5BEGpOBEAgASBeQQJ0IvkCaiACIPkCav0ABAAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg+QJqIAIg+QJq/QAEECBS/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD5AmogAiD5Amr9AAQgIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPkCaiACIPkCav0ABDAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IvoCaiACIPoCav0ABAAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhUwNAIAkgXkEQak4EQCABIF5BAnQi+wJqIFMgBSD7Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD7AmogUyAFIPsCav0ABBD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIPsCaiBTIAUg+wJq/QAEIP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg+wJqIFMgBSD7Amr9AAQw/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi/AJqIFMgBSD8Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCH9AiAHQQJ0If4CA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIP0CbCACaiH/AiAEIoADQQFGBEAg/wL9AAQADAELIIADRQRAIP8C/QkCAAwBCyD/AigCAP0RIP8CIIADQQJ0IoEDaigCAP0cASCBA0EBdCD/AmooAgD9HAIggQNBA2wg/wJqKAIA/RwDCwJ7IF4g/gJsIAVqIYIDIAcigwNBAUYEQCCCA/0ABAAMAQsggwNFBEAgggP9CQIADAELIIIDKAIA/REgggMggwNBAnQihANqKAIA/RwBIIQDQQF0IIIDaigCAP0cAiCEA0EDbCCCA2ooAgD9HAML/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMBQsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQihQNqIAIghQNq/QAEACAFIIUDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIUDaiACIIUDav0ABBAgBSCFA2r9AAQQ/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCFA2ogAiCFA2r9AAQgIAUghQNq/QAEIP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEghQNqIAIghQNq/QAEMCAFIIUDav0ABDD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKGA2ogAiCGA2r9AAQAIAUghgNq/QAEAP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhVANAIAkgXkEQak4EQCABIF5BAnQihwNqIAIghwNq/QAEACBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCHA2ogAiCHA2r9AAQQIFT9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIcDaiACIIcDav0ABCAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEghwNqIAIghwNq/QAEMCBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiiANqIAIgiANq/QAEACBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFVA0AgCSBeQRBqTgRAIAEgXkECdCKJA2ogVSAFIIkDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIkDaiBVIAUgiQNq/QAEEP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgiQNqIFUgBSCJA2r9AAQg/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCJA2ogVSAFIIkDav0ABDD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKKA2ogVSAFIIoDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IYsDIAdBAnQhjAMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4giwNsIAJqIY0DIAQijgNBAUYEQCCNA/0ABAAMAQsgjgNFBEAgjQP9CQIADAELII0DKAIA/REgjQMgjgNBAnQijwNqKAIA/RwBII8DQQF0II0DaigCAP0cAiCPA0EDbCCNA2ooAgD9HAMLAnsgXiCMA2wgBWohkAMgByKRA0EBRgRAIJAD/QAEAAwBCyCRA0UEQCCQA/0JAgAMAQsgkAMoAgD9ESCQAyCRA0ECdCKSA2ooAgD9HAEgkgNBAXQgkANqKAIA/RwCIJIDQQNsIJADaigCAP0cAwv9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwECwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKTA2ogAiCTA2r9AAQAIAUgkwNq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgkwNqIAIgkwNq/QAEECAFIJMDav0ABBD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJMDaiACIJMDav0ABCAgBSCTA2r9AAQg/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCTA2ogAiCTA2r9AAQwIAUgkwNq/QAEMP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IpQDaiACIJQDav0ABAAgBSCUA2r9AAQA/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFWA0AgCSBeQRBqTgRAIAEgXkECdCKVA2ogAiCVA2r9AAQAIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJUDaiACIJUDav0ABBAgVv1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEglQNqIAIglQNq/QAEICBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCVA2ogAiCVA2r9AAQwIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKWA2ogAiCWA2r9AAQAIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVcDQCAJIF5BEGpOBEAgASBeQQJ0IpcDaiBXIAUglwNq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEglwNqIFcgBSCXA2r9AAQQ/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCXA2ogVyAFIJcDav0ABCD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJcDaiBXIAUglwNq/QAEMP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IpgDaiBXIAUgmANq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQhmQMgB0ECdCGaAwNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCZA2wgAmohmwMgBCKcA0EBRgRAIJsD/QAEAAwBCyCcA0UEQCCbA/0JAgAMAQsgmwMoAgD9ESCbAyCcA0ECdCKdA2ooAgD9HAEgnQNBAXQgmwNqKAIA/RwCIJ0DQQNsIJsDaigCAP0cAwsCeyBeIJoDbCAFaiGeAyAHIp8DQQFGBEAgngP9AAQADAELIJ8DRQRAIJ4D/QkCAAwBCyCeAygCAP0RIJ4DIJ8DQQJ0IqADaigCAP0cASCgA0EBdCCeA2ooAgD9HAIgoANBA2wgngNqKAIA/RwDC/1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAMLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IqEDaiACIKEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgoQNqIAIgoQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgoQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASChA2ogAiChA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSChA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKEDaiACIKEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IqIDaiACIKIDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKIDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhWANAIAkgXkEQak4EQCABIF5BAnQiowNqIAIgowNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgowNqIAIgowNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgowNqIAIgowNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgowNqIAIgowNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IqQDaiACIKQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVkDQCAJIF5BEGpOBEAgASBeQQJ0IqUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKmA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCGnAyAHQQJ0IagDA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIKcDbCACaiGpAyAEIqoDQQFGBEAgqQP9AAQADAELIKoDRQRAIKkD/QkCAAwBCyCpAygCAP0RIKkDIKoDQQJ0IqsDaigCAP0cASCrA0EBdCCpA2ooAgD9HAIgqwNBA2wgqQNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP1CAnsgXiCoA2wgBWohrAMgByKtA0EBRgRAIKwD/QAEAAwBCyCtA0UEQCCsA/0JAgAMAQsgrAMoAgD9ESCsAyCtA0ECdCKuA2ooAgD9HAEgrgNBAXQgrANqKAIA/RwCIK4DQQNsIKwDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1CIAdBAnQgXmwgBWr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwCCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKvA2ogAiCvA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCvA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIK8DaiACIK8Dav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIK8Dav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgrwNqIAIgrwNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgrwNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCvA2ogAiCvA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCvA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKwA2ogAiCwA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCwA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVoDQCAJIF5BEGpOBEAgASBeQQJ0IrEDaiACILEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABILEDaiACILEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABILEDaiACILEDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABILEDaiACILEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKyA2ogAiCyA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFbA0AgCSBeQRBqTgRAIAEgXkECdCKzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQitANqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQhtQMgB0ECdCG2AwNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiC1A2wgAmohtwMgBCK4A0EBRgRAILcD/QAEAAwBCyC4A0UEQCC3A/0JAgAMAQsgtwMoAgD9ESC3AyC4A0ECdCK5A2ooAgD9HAEguQNBAXQgtwNqKAIA/RwCILkDQQNsILcDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9QgJ7IF4gtgNsIAVqIboDIAciuwNBAUYEQCC6A/0ABAAMAQsguwNFBEAgugP9CQIADAELILoDKAIA/REgugMguwNBAnQivANqKAIA/RwBILwDQQF0ILoDaigCAP0cAiC8A0EDbCC6A2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9QiAHQQJ0IF5sIAVq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMAQsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQivQNqIAIgvQNq/QAEACAFIL0Dav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACABIL0DaiACIL0Dav0ABBAgBSC9A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBBAgASC9A2ogAiC9A2r9AAQgIAUgvQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQgIAEgvQNqIAIgvQNq/QAEMCAFIL0Dav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCK+A2ogAiC+A2r9AAQAIAUgvgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhXANAIAkgXkEQak4EQCABIF5BAnQivwNqIAIgvwNq/QAEACBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgASC/A2ogAiC/A2r9AAQQIFz9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECABIL8DaiACIL8Dav0ABCAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQgIAEgvwNqIAIgvwNq/QAEMCBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiwANqIAIgwANq/QAEACBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFdA0AgCSBeQRBqTgRAIAEgXkECdCLBA2ogXSAFIMEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACABIMEDaiBdIAUgwQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQQIAEgwQNqIF0gBSDBA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBCAgASDBA2ogXSAFIMEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLCA2ogXSAFIMIDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACBeQQRqIV4MAQsLBSAEQQJ0IcMDIAdBAnQhxAMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4gwwNsIAJqIcUDIAQixgNBAUYEQCDFA/0ABAAMAQsgxgNFBEAgxQP9CQIADAELIMUDKAIA/REgxQMgxgNBAnQixwNqKAIA/RwBIMcDQQF0IMUDaigCAP0cAiDHA0EDbCDFA2ooAgD9HAMLAnsgXiDEA2wgBWohyAMgByLJA0EBRgRAIMgD/QAEAAwBCyDJA0UEQCDIA/0JAgAMAQsgyAMoAgD9ESDIAyDJA0ECdCLKA2ooAgD9HAEgygNBAXQgyANqKAIA/RwCIMoDQQNsIMgDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwsLtQcBMH8gASEVIAIoAgAhFiACQQRqKAIAIRAgAkEQaigCACEXIAJBFGooAgAhGCACQRhqKAIAIRkgAkEcaigCACEGIAJBIGooAgAhGiACQSRqKAIAIQkgAkEoaigCACEbIAJBLGooAgAhHCACQTBqKAIAIREgAkE0aigCACEgIAJBCGooAgAiHSACQQxqKAIAIhJsIR4gACEOA0AgCiAWSARAQQAhCwNAIAsgEEgEQCAeIAsgCiAQbGpsQQJ0IBVqIR9BACEMA0AgDCAXSARAQQAhDQNAIA0gGEgEQCAgIAkgDSAcbCIPayIhQQBMBH9BAAUgBiAhakEBayAGbQsiIiAgICJIGyIjIAkgEmogD2siJEEATAR/QQAFICAgBiAkakEBayAGbSIlICAgJUgbCyImICMgJkobIQdBACEIA0AgCCARSARAIAggIGxBAnQgDmohJwJAIAggGWwgGmsgDCAbbGoiKEEASCAdIChMcgRAQQAhAwNAICAgA0EEaiIpTgRAIANBAnQgJ2r9DAAAAAAAAAAAAAAAAAAAAAD9CwQAICkhAwwBCwsDQCADICBIBEAgA0ECdCAnakMAAAAAOAIAIANBAWohAwwBCwsMAQsgI0EASgRAQQAhAwNAICMgA0EEaiIrTgRAIANBAnQgJ2r9DAAAAAAAAAAAAAAAAAAAAAD9CwQAICshAwwBCwsDQCADICNIBEAgA0ECdCAnakMAAAAAOAIAIANBAWohAwwBCwsLIBIgKGxBAnQgH2ohKiAGQQFGBEAgI0ECdCAnaiETIA8gIyAJa2pBAnQgKmohLCAHICNrIRRBACEDA0AgFCADQQRqIi1OBEAgA0ECdCIuIBNqICwgLmr9AAQA/QsEACAtIQMMAQsLA0AgAyAUSARAIANBAnQiLyATaiAsIC9qKgIAOAIAIANBAWohAwwBCwsFICMhAwNAIAMgB0gEQCADQQJ0ICdqIA8gAyAGbCAJa2pBAnQgKmoqAgA4AgAgA0EBaiEDDAELCwsgByAgSARAIAdBAnQgJ2ohMCAgIAdrITFBACECA0AgMSACQQRqIjJOBEAgAkECdCAwav0MAAAAAAAAAAAAAAAAAAAAAP0LBAAgMiECDAELCwNAIAIgMUgEQCACQQJ0IDBqQwAAAAA4AgAgAkEBaiECDAELCwsLIAhBAWohCAwBCwsgESAgbEECdCAOaiEOIA1BAWohDQwBCwsgDEEBaiEMDAELCyALQQFqIQsMAQsLIApBAWohCgwBCwsLXgAgAEEMaigCACAAQSRqKAIAQQF0aiAAQQRqKAIAIABBCGooAgAgAEEgaigCAEEBdGpsbCAAQTRqKAIAIABBMGooAgAgAUEDakF8cWxsaiAAKAIAQQdqQQN1bEEFdAvBCQIyfxZ7IAJBBGooAgAiISEVIAJBCGooAgAiIiISIAJBIGooAgAiIyIaQQF0aiEbIAJBDGooAgAiJCIRIAJBJGooAgAiJSIcQQF0aiEdIAJBMGooAgAgAkE0aigCAGwiFiADQQNqQXxxbEEFdCETIAYiHiAkICVBAXRqICEgIiAjQQF0amxsQQV0IhQgAigCACIfQQdqQQN1bGohFyAEIBRsIAZqQQAgFCAFIARrIiZs/AsAIAQgE2wgF2pBACATICZs/AsAIBEgEiAVbGxBAnQhJyADIBZsQQJ0ISgDQCAEIAVIBEBBACEMA0AgDEECSARAQQQgHyAEQQN0IilrIAxBAnQiKmsiKyArQQRKGyIsQQBKBEAgKSAqaiEtIAQgFGwgHmogDEEEdGohIEEAIQgDQCAIIBVIBEBBACEKA0AgCiASSARAIBwgHSAaIAogCCAbbGpqbGpBBXQgIGohGCAnIC1sIABqIBEgCiAIIBJsamxBAnRqIRkgJyEuQQAhByAsQQRGBEADQCARIAdBBGoiL04EQCAHQQV0IBhqIjAgB0ECdCAZaiIx/QAEACI/IC4gMWr9AAQAIkD9DQABAgMQERITBAUGBxQVFhciQSAuQQF0IDFq/QAEACJCIC5BA2wgMWr9AAQAIkP9DQABAgMQERITBAUGBxQVFhciRP0NAAECAwQFBgcQERITFBUWF/0LBAAgMEEgaiBBIET9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIDBBQGsgPyBA/Q0ICQoLGBkaGwwNDg8cHR4fIkUgQiBD/Q0ICQoLGBkaGwwNDg8cHR4fIkb9DQABAgMEBQYHEBESExQVFhf9CwQAIDBB4ABqIEUgRv0NCAkKCwwNDg8YGRobHB0eH/0LBAAgLyEHDAELCwsDQCAHIBFIBEBBACEJA0AgCSAsSARAIAdBBXQgGGogCUECdGogCSAubCAZaiAHQQJ0aioCADgCACAJQQFqIQkMAQsLIAdBAWohBwwBCwsgCkEBaiEKDAELCyAIQQFqIQgMAQsLIAQgE2wgF2ogDEEEdGohMiAoIC1sIAFqITMgKCE0IAMgFmwhNUEAIQcgLEEERgRAA0AgNSAHQQRqIjZOBEAgB0EFdCAyaiI3IAdBAnQgM2oiOP0ABAAiRyA0IDhq/QAEACJI/Q0AAQIDEBESEwQFBgcUFRYXIkkgNEEBdCA4av0ABAAiSiA0QQNsIDhq/QAEACJL/Q0AAQIDEBESEwQFBgcUFRYXIkz9DQABAgMEBQYHEBESExQVFhf9CwQAIDdBIGogSSBM/Q0ICQoLDA0ODxgZGhscHR4f/QsEACA3QUBrIEcgSP0NCAkKCxgZGhsMDQ4PHB0eHyJNIEogS/0NCAkKCxgZGhsMDQ4PHB0eHyJO/Q0AAQIDBAUGBxAREhMUFRYX/QsEACA3QeAAaiBNIE79DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIDYhBwwBCwsLA0AgByA1SARAQQAhCANAIAggLEgEQCAHQQV0IDJqIAhBAnRqIAggNGwgM2ogB0ECdGoqAgA4AgAgCEEBaiEIDAELCyAHQQFqIQcMAQsLIAxBAWohDAwCCwsLIARBAWohBAwBCwsLnAgCKX8PeyABQQhqKAIAIAFBIGooAgBBAXRqIh8hESABQQxqKAIAIAFBJGooAgBBAXRqIiAhDSABQRRqKAIAIhUgAUEQaigCACISIAFBBGooAgAiIWxsIg5BAWpBAXUhEyABQTBqKAIAIhYgAUE0aigCACIXbCIiIAJBA2pBfHFsQQV0IRggASgCAEEHakEDdSIZICAgHyAhbGxBBXQiGmwgBWohGyAiQQV0IQsgDkECdCEjA0AgAyAESARAQQQgAiADIBNtQQJ0IhRrIiQgJEEEShshDyAOIAMgE29BAXQiDEEBakohJSAMIBIgFSImbG8hJyANIBEgDCASICZsIihtbCAnICZtamwgJyAmb2pBBXQhECAlBH8gDEEBaiIpIChvISogDSARICkgKG1sICogJm1qbCAqICZvakEFdAUgEAsgEGshHP0MAAAAAAAAAAAAAAAAAAAAACIwITH9DAAAAAAAAAAAAAAAAAAAAAAhMv0MAAAAAAAAAAAAAAAAAAAAACEz/QwAAAAAAAAAAAAAAAAAAAAAITT9DAAAAAAAAAAAAAAAAAAAAAAhNf0MAAAAAAAAAAAAAAAAAAAAACE2/QwAAAAAAAAAAAAAAAAAAAAAITdBACEGA0AgBiAZSARAIAYgGmwgBWohHSAGIBhsIBtqIAsgFGxqIQFBACEIA0AgCCAWSARAIBAgCCANbEEFdCAdamohCSAXQQV0IAFqIR4DQCABIB5JBEAgAf0ABAAiOiAJ/QAEACI4IDD9hQIhMCA6IAkgHGr9AAQAIjkgNP2FAiE0IAEgC2r9AAQAIjsgOCAx/YUCITEgOyA5IDX9hQIhNSALQQF0IAFq/QAEACI8IDggMv2FAiEyIDwgOSA2/YUCITYgC0EDbCABav0ABAAiPSA4IDP9hQIhMyA9IDkgN/2FAiE3IAFBEGohASAJQRBqIQkMAQsLIAhBAWohCAwBCwsgBkEBaiEGDAELCyAMIA4gFGxqQQJ0IABqIisgMP0fACAw/R8BkiAw/R8CIDD9HwOSkjgCACAlBEAgKyA0/R8AIDT9HwGSIDT9HwIgNP0fA5KSOAIECyAPQQFKBEAgIyAraiIsIDH9HwAgMf0fAZIgMf0fAiAx/R8DkpI4AgAgJQRAICwgNf0fACA1/R8BkiA1/R8CIDX9HwOSkjgCBAsLIA9BAkoEQCAjQQF0ICtqIi0gMv0fACAy/R8BkiAy/R8CIDL9HwOSkjgCACAlBEAgLSA2/R8AIDb9HwGSIDb9HwIgNv0fA5KSOAIECwsgD0EDSgRAICNBA2wgK2oiLiAz/R8AIDP9HwGSIDP9HwIgM/0fA5KSOAIAICUEQCAuIDf9HwAgN/0fAZIgN/0fAiA3/R8DkpI4AgQLCyADQQFqIQMMAQsLC2UBAX8gAEEMaigCACAAQSRqKAIAQQF0aiAAQQhqKAIAIABBIGooAgBBAXRqIABBBGooAgAiAiAAKAIAbGxsQQhqQQJ0IABBFGooAgAgAEEQaigCACACbGwgAUEDakECdWxBBHRqC+AOAjV/EHsgA0EwaigCACETIANBNGooAgAhDyADQRRqKAIAIhcgA0EEaigCACIQIANBEGooAgAiGGxsIREgBUEAIANBDGooAgAiHiADQSRqKAIAIh9BAXRqIhQgA0EIaigCACIgIANBIGooAgAiIUEBdGoiFSADKAIAIhYgEGxsbEEIakECdCIi/AsAA0AgECAWbCAHSgRAQQAhCQNAIAkgIEgEQCAfIBQgISAJIAcgFWxqamxqQQJ0IAVqISMgHiAJIAcgIGxqbEECdCABaiEkQQAhAwNAIB4gA0EEaiIlTgRAIANBAnQiJiAjaiAkICZq/QAEAP0LBAAgJSEDDAELCwNAIAMgHkgEQCADQQJ0IicgI2ogJCAnaioCADgCACADQQFqIQMMAQsLIAlBAWohCQwBCwsgB0EBaiEHDAELCyAEQQNqQQJ1ISggBSAiaiEpQQAhAQNAIAEgKEgEQEEAIQMDQCADIBFIBEBBACEIA0AgCEEESARAIAggAyABIBFsakECdGpBAnQgKWogBCAIIAFBAnRqIipKBH0gAyARICpsakECdCACaioCAAVDAAAAAAs4AgAgCEEBaiEIDAELCyADQQFqIQMMAQsLIAFBAWohAQwBCwsgFEECdCEZA0AgCyAWSARAQQAhCQNAIAkgKEgEQEEEIAQgCUECdGsiKyArQQRKGyEsIAkgEWxBBHQgKWohLUEAIQwDQCAMIBNIBEAgDyAMIBMgBCALbCAJQQJ0amxqbEECdCAAaiEaIA8gE2xBAnQhLkEAIQgDQCAIIA9IBED9DAAAAAAAAAAAAAAAAAAAAAAiOyFD/QwAAAAAAAAAAAAAAAAAAAAAITz9DAAAAAAAAAAAAAAAAAAAAAAhPf0MAAAAAAAAAAAAAAAAAAAAACE+/QwAAAAAAAAAAAAAAAAAAAAAIT/9DAAAAAAAAAAAAAAAAAAAAAAhQP0MAAAAAAAAAAAAAAAAAAAAACFBIC0hAUEAIQcDQCAHIBBIBEAgCCAUIAwgFSAHIAsgEGxqbGpsakECdCAFaiEbQQAhBgNAIAYgGEgEQCAGIBlsIBtqIRxBACECA0AgAiAXSARAIAH9CQIAIkYgAkECdCAcaiId/QAEACJEIDv9hQIhOyBGIB39AAQQIkUgPv2FAiE+IAH9CQIEIkcgRCBD/YUCIUMgRyBFID/9hQIhPyAB/QkCCCJIIEQgPP2FAiE8IEggRSBA/YUCIUAgAf0JAgwiSSBEID39hQIhPSBJIEUgQf2FAiFBIAFBEGohASACQQFqIQIMAQsLIAZBAWohBgwBCwsgB0EBaiEHDAELC0EEIA8gCGsiL0EEayIwIDBBBEobITEgCEECdCAaaiEyAkBBBCAvIC9BBEobIjNBBE4EQCAyIDv9CwQADAELIDIgO/0fADgCACAzQQFKBEAgMiA7/R8BOAIECyAzQQJKBEAgMiA7/R8COAIICyAzQQNKBEAgMiA7/R8DOAIMCwsgMUEASgRAAkAgMkEQaiE0IDFBBE4EQCA0ID79CwQADAELIDQgPv0fADgCACAxQQFKBEAgNCA+/R8BOAIECyAxQQJKBEAgNCA+/R8COAIICyAxQQNKBEAgNCA+/R8DOAIMCwsLICxBAUoEQCAuIDJqITUgQyFKAkAgM0EETgRAIDUgSv0LBAAMAQsgNSBK/R8AOAIAIDNBAUoEQCA1IEr9HwE4AgQLIDNBAkoEQCA1IEr9HwI4AggLIDNBA0oEQCA1IEr9HwM4AgwLCyAxQQBKBEACQCAuIDJqQRBqITYgMUEETgRAIDYgP/0LBAAMAQsgNiA//R8AOAIAIDFBAUoEQCA2ID/9HwE4AgQLIDFBAkoEQCA2ID/9HwI4AggLIDFBA0oEQCA2ID/9HwM4AgwLCwsLICxBAkoEQCAuQQF0IDJqITcCQCAzQQROBEAgNyA8/QsEAAwBCyA3IDz9HwA4AgAgM0EBSgRAIDcgPP0fATgCBAsgM0ECSgRAIDcgPP0fAjgCCAsgM0EDSgRAIDcgPP0fAzgCDAsLIDFBAEoEQAJAIC5BAXQgMmpBEGohOCAxQQROBEAgOCBA/QsEAAwBCyA4IED9HwA4AgAgMUEBSgRAIDggQP0fATgCBAsgMUECSgRAIDggQP0fAjgCCAsgMUEDSgRAIDggQP0fAzgCDAsLCwsgLEEDSgRAIC5BA2wgMmohOQJAIDNBBE4EQCA5ID39CwQADAELIDkgPf0fADgCACAzQQFKBEAgOSA9/R8BOAIECyAzQQJKBEAgOSA9/R8COAIICyAzQQNKBEAgOSA9/R8DOAIMCwsgMUEASgRAAkAgLkEDbCAyakEQaiE6IDFBBE4EQCA6IEH9CwQADAELIDogQf0fADgCACAxQQFKBEAgOiBB/R8BOAIECyAxQQJKBEAgOiBB/R8COAIICyAxQQNKBEAgOiBB/R8DOAIMCwsLCyAIQQhqIQgMAQsLIAxBAWohDAwBCwsgCUEBaiEJDAELCyALQQFqIQsMAQsLC4wBAQN/IABBFGooAgAgAEEEaigCACIDIABBEGooAgBsbCECIABBDGooAgAgAEEkaigCAEEBdGogAyAAQQhqKAIAIABBIGooAgBBAXRqbGwgAEE0aigCACAAQTBqKAIAIAFBA2pBAnUiBEECdGxsaiAAKAIAQQdqQQN1bEEFdCACIARsQQR0aiACQQJ0agvBNAJue5QBfyADQQhqKAIAIZ0BIANBDGooAgAhngEgA0EkaigCACGfASADQRRqKAIAIqABIANBBGooAgAioQEgA0EQaigCACKiAWxsIZMBIAMoAgAilAFBB2pBA3UhlQEgA0EwaigCACKjASADQTRqKAIAIqQBbCGLASAEQQFGIoUBBEAgoAFBA04hhQELIANBIGooAgAipQFBACCFAUEBIAYbIqYBGyGnASCfAUEAIKYBGyKoAUEBdCCeAWohqQEgqQEgoQEgpwFBAXQgnQFqIqwBbGxBBXQhkgEgpwEgqAFyBEAgBUEAIJIBIJUBbPwLAAUglAFBB3EEQCCSASCVAUEBa2wgBWpBACCSAfwLAAsLIARBA2pBAnUhkQEgngEgnQEgoQFsbEECdCGtAQNAIIQBIJUBSARAQQAhiQEDQCCJAUECSARAQQQglAEghAFBA3QirgFrIIkBQQJ0Iq8BayKwASCwAUEEShsisQFBAEoEQCCtASCuASCvAWpsIAFqIbIBIIQBIJIBbCAFaiCJAUEEdGohswECQCCnASCoAXJFBEAgngEgnQEgoQFsbCG0AUEAIXUgsQFBBEYEQANAILQBIHVBBGoitQFOBEAgdUEFdCCzAWoitgEgdUECdCCyAWoitwH9AAQAIhMgrQEgtwFq/QAEACIU/Q0AAQIDEBESEwQFBgcUFRYXIhUgrQFBAXQgtwFq/QAEACIWIK0BQQNsILcBav0ABAAiF/0NAAECAxAREhMEBQYHFBUWFyIY/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC2AUEgaiAVIBj9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAILYBQUBrIBMgFP0NCAkKCxgZGhsMDQ4PHB0eHyIZIBYgF/0NCAkKCxgZGhsMDQ4PHB0eHyIa/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC2AUHgAGogGSAa/Q0ICQoLDA0ODxgZGhscHR4f/QsEACC1ASF1DAELCwsDQCB1ILQBSARAQQAhgAEDQCCAASCxAUgEQCB1QQV0ILMBaiCAAUECdGoggAEgrQFsILIBaiB1QQJ0aioCADgCACCAAUEBaiGAAQwBCwsgdUEBaiF1DAELCwwBC0EAIYABA0AggAEgoQFIBEBBACF7A0AgeyCdAUgEQCCoASCpASCnASB7IIABIKwBbGpqbGpBBXQgswFqIbgBIJ4BIHsggAEgnQFsamxBAnQgsgFqIbkBQQAhdSCxAUEERgRAA0AgngEgdUEEaiK6AU4EQCB1QQV0ILgBaiK7ASB1QQJ0ILkBaiK8Af0ABAAiGyCtASC8AWr9AAQAIhz9DQABAgMQERITBAUGBxQVFhciHSCtAUEBdCC8AWr9AAQAIh4grQFBA2wgvAFq/QAEACIf/Q0AAQIDEBESEwQFBgcUFRYXIiD9DQABAgMEBQYHEBESExQVFhf9CwQAILsBQSBqIB0gIP0NCAkKCwwNDg8YGRobHB0eH/0LBAAguwFBQGsgGyAc/Q0ICQoLGBkaGwwNDg8cHR4fIiEgHiAf/Q0ICQoLGBkaGwwNDg8cHR4fIiL9DQABAgMEBQYHEBESExQVFhf9CwQAILsBQeAAaiAhICL9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAILoBIXUMAQsLCwNAIHUgngFIBEBBACF9A0AgfSCxAUgEQCB1QQV0ILgBaiB9QQJ0aiB9IK0BbCC5AWogdUECdGoqAgA4AgAgfUEBaiF9DAELCyB1QQFqIXUMAQsLIHtBAWohewwBCwsggAFBAWohgAEMAQsLCyCJAUEBaiGJAQwCCwsLIIQBQQFqIYQBDAELCyCSASCVAWwgBWohvQEghQEEQCCRASCTAWxBBHQgvQFqIJMBQQJ0aiG+ASC9AUEAIKABQQZqIr8BIKEBIKIBbGxBAnT8CwBBACEBA0AgASCiAUgEQEEAIXkDQCB5IKEBSARAQQAhggEDQCCCASCgAUgEQCCCASC/ASB5IAEgoQFsamxBA2pqQQJ0IL0BaiAGBH8goAEgoAEgogEgeSCiAWxqQQFrIAFrbGpBAWsgggFrBSCCASCgASABIHkgogFsamxqC0ECdCACaioCADgCACCCAUEBaiGCAQwBCwsgeUEBaiF5DAELCyABQQFqIQEMAQsLIKkBIKwBbEEFdCHAAQNAIIEBIJUBSARAIIEBIJIBbCAFaiHBASCkASCjASCBAUECdGxsQQV0IL4BaiHCAUEAIXkDQCB5IKMBSARAIKcBIHlrIsMBQQAgwwFBAE4bIcQBIKIBIJ0BIKcBaiB5ayLFASCiASDFAUgbIcYBQQAhggEDQCCCASCkAUgEQP0MAAAAAAAAAAAAAAAAAAAAACIJIRL9DAAAAAAAAAAAAAAAAAAAAAAhCv0MAAAAAAAAAAAAAAAAAAAAACEL/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIREgxAEhAQNAIAEgxgFIBEAgggEgqQEgASB5amxqQQV0IMEBaiF8IL8BIAEgoQFsbEECdCC9AWohjAFBACF1A0AgdSChAUgEQCCMAf0ABAAiIyAj/Q0MDQ4PDA0ODwwNDg8MDQ4PIiQgfP0ABAAgCf2FAiElICQgfP0ABBAgDP2FAiEmIIwB/QAEBCInICf9DQwNDg8MDQ4PDA0ODwwNDg8iKCB8/QAEICIpICX9hQIhKiAoIHz9AAQwIisgJv2FAiEsICcgJ/0NCAkKCwgJCgsICQoLCAkKCyItICkgEv2FAiEuIC0gKyAN/YUCIS8gjAH9AAQIIjAgMP0NDA0ODwwNDg8MDQ4PDA0ODyIxIHz9AARAIjIgKv2FAiEJIDEgfP0ABFAiMyAs/YUCIQwgMCAw/Q0ICQoLCAkKCwgJCgsICQoLIjQgMiAu/YUCIRIgNCAzIC/9hQIhDSAwIDD9DQQFBgcEBQYHBAUGBwQFBgciNSAyIAr9hQIhCiA1IDMgDv2FAiEOIHxB4ABqIQYgjAFBDGohhQFBAyGEAQNAIIQBIKABSARAIIUB/QAEACI2IDb9DQwNDg8MDQ4PDA0ODwwNDg8iNyAG/QAEACI4IAn9hQIhCSA3IAb9AAQQIjkgDP2FAiEMIDYgNv0NCAkKCwgJCgsICQoLCAkKCyI6IDggEv2FAiESIDogOSAN/YUCIQ0gNiA2/Q0EBQYHBAUGBwQFBgcEBQYHIjsgOCAK/YUCIQogOyA5IA79hQIhDiA2IDb9DQABAgMAAQIDAAECAwABAgMiPCA4IAv9hQIhCyA8IDkgEf2FAiERIAZBIGohBiCFAUEEaiGFASCEAUEBaiGEAQwBCwsghQH9AAQAIj0gPf0NCAkKCwgJCgsICQoLCAkKCyI+IAb9AAQAIj8gEv2FAiESID4gBv0ABBAiQCAN/YUCIQ0gPSA9/Q0EBQYHBAUGBwQFBgcEBQYHIkEgPyAK/YUCIUIgQSBAIA79hQIhQyA9ID39DQABAgMAAQIDAAECAwABAgMiRCA/IAv9hQIhRSBEIEAgEf2FAiFGIIUB/QAEBCJHIEf9DQQFBgcEBQYHBAUGBwQFBgciSCAG/QAEICJJIEL9hQIhCiBIIAb9AAQwIkogQ/2FAiEOIEcgR/0NAAECAwABAgMAAQIDAAECAyJLIEkgRf2FAiFMIEsgSiBG/YUCIU0ghQH9AAQIIk4gTv0NAAECAwABAgMAAQIDAAECAyJPIAb9AARAIEz9hQIhCyBPIAb9AARQIE39hQIhESB8IMABaiF8IL8BQQJ0IIwBaiGMASB1QQFqIXUMAQsLIAFBAWohAQwBCwsgggEgeSCkAWxqQQV0IMIBaiLHASAJ/QsEACDHASAM/QsEEEEEIKQBIIIBayLIASDIAUEEShsiyQFBAUoEQCDHASAS/QsEICDHASAN/QsEMAsgyQFBAkoEQCDHASAK/QsEQCDHASAO/QsEUAsgyQFBA0oEQCDHASAL/QsEYCDHASAR/QsEcAsgggFBBGohggEMAQsLIHlBAWoheQwBCwsggQFBAWohgQEMAQsLIAAhygEgiwFBBXQhywEgBCCLAWxBAnQhzAEglAFBB2pBA3UhzQFBACEFA0AgBSDNAUgEQEEAIQYDQCAGQQJIBEBBBCCUASAFQQN0ayAGQQJ0ayLOASDOAUEEShsizwFBAEoEQEEAIXgDQCAEIHhKBEAgzAEgBUEDdCAGQQJ0amwgygFqIHggiwFsQQJ0aiHQASDLASB4IAUgkQFsQQJ0amwgvgFqIAZBBHRqIdEBQQAhAyDPAUEERgRAA0AgiwEgA0EEaiLSAU4EQCADQQJ0INABaiLTASADQQV0INEBaiLUAf0ABAAiUCDUAf0ABCAiUf0NAAECAxAREhMEBQYHFBUWFyJSINQB/QAEQCJTINQB/QAEYCJU/Q0AAQIDEBESEwQFBgcUFRYXIlX9DQABAgMEBQYHEBESExQVFhf9CwQAIMwBINMBaiBSIFX9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIMwBQQF0INMBaiBQIFH9DQgJCgsYGRobDA0ODxwdHh8iViBTIFT9DQgJCgsYGRobDA0ODxwdHh8iV/0NAAECAwQFBgcQERITFBUWF/0LBAAgzAFBA2wg0wFqIFYgV/0NCAkKCwwNDg8YGRobHB0eH/0LBAAg0gEhAwwBCwsLA0AgAyCLAUgEQEEAIXYDQCB2IM8BSARAIHYgzAFsINABaiADQQJ0aiADQQV0INEBaiB2QQJ0aioCADgCACB2QQFqIXYMAQsLIANBAWohAwwBCwsgeEEBaiF4DAELCyAGQQFqIQYMAgsLCyAFQQFqIQUMAQsLDwsgpQEgpwFrIaoBIJ8BIKgBayGrAUEAIQEDQCABIJEBSARAQQAhgwFBACGFAQNAIIMBIKIBSARAQQAhdwNAIHcgoAFIBEBBACF6A0AgeiChAUgEQEEAIXkDQCB5QQRIBEAgeSABQQJ0aiHVASAGBH8goAEgoAEgogEgogEg1QEgBCB6bGpsakEBayCDAWtsakEBayB3awUgdyCgASCDASCiASB6IKEBINUBbGpsamxqCyHWASB5IIUBIAEgkwFsakECdGpBAnQgvQFqIAQg1QFKBH0g1gFBAnQgAmoqAgAFQwAAAAALOAIAIHlBAWoheQwBCwsgekEBaiF6IIUBQQFqIYUBDAELCyB3QQFqIXcMAQsLIIMBQQFqIYMBDAELCyABQQFqIQEMAQsLIJEBIJMBbEEEdCC9AWoh1wFBACEBQQAhdwNAIAEgogFIBEBBACECA0AgAiCgAUgEQEEAIQYDQCAGIKEBSARAIHdBAnQg1wFqIAIgqQEgASAGIKwBbGpsakEFdDYCACAGQQFqIQYgd0EBaiF3DAELCyACQQFqIQIMAQsLIAFBAWohAQwBCwsgkwFBAnQg1wFqIdgBIIsBQQV0IdkBIKABIKEBbCGWAQNAIJABIJUBSARAIJABIJIBbCAFaiHaAUEAIY8BA0AgjwEgkQFIBEAgjwEgkwFsQQR0IL0BaiHbASDZASCPASCQASCRAWxqQQJ0bCDYAWohAQJAIAQgjwFBAnRrQQJMBEAgASHcASDbASHdASCrASHeASCgASChAWwhmgFBACGIAQNAIIgBIKMBSARAIKoBIIgBayLfAUEAIN8BQQBOGyHgASCiASCqASCsAWogiAFrIuEBIKIBIOEBSBshlwFBACF9A0AgfSCkAUgEQCDeASB9ayLiASLjAUEAIOMBQQBOGyHkASCgASCpASDeAWogfWsi5QEgoAEg5QFIGyGcASCkASB9QQFqSiKbAQR/IOIBQQFrIuYBQQAg5gFBAE4bBSDkAQsh5wEgmwEEfyCgASCpASDeAWogfWtBAWsi6AEgoAEg6AFIGwUg5AELIekB/QwAAAAAAAAAAAAAAAAAAAAAIgkhCP0MAAAAAAAAAAAAAAAAAAAAACEK/QwAAAAAAAAAAAAAAAAAAAAAIQv9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhESDkAUUidQRAIKABIOkBRiF1CyB9IKkBIIgBIKoBa2xqIN4Ba0EFdCDaAWohmAEg4AEhdwNAIHcglwFIBEAgdyCaAWwi6gEgoQEg5wFsIusBakEEdCDdAWoheyDqASDrAWohegNAIKEBIOQBbCDqAWogekoEQCB7/QkCACJYIHpBAnQg1wFqKAIAIJgBQSBqaiLsAf0ABAAiWSAK/YUCIQogWCDsAf0ABBAiWiAO/YUCIQ4ge/0JAgQiWyBZIAv9hQIhCyBbIFogEf2FAiERIHtBEGoheyB6QQFqIXoMAQsLIJcBIJoBbCChASDpAWwg6gFqIHUbIXogoQEg5AFsIOoBaiGHAQNAIHoghwFKBEAge/0JAgAiXCCHAUECdCDXAWooAgAgmAFqIpkB/QAEACJdIAn9hQIhCSBcIJkB/QAEECJeIAz9hQIhDCB7/QkCBCJfIF0gCP2FAiEIIF8gXiAN/YUCIQ0gXCCZAf0ABCAiYCAK/YUCIQogXCCZAf0ABDAiYSAO/YUCIQ4gXyBgIAv9hQIhCyBfIGEgEf2FAiERIHtBEGoheyCHAUEBaiGHAQwBCwsDQCCcASChAWwg6gFqIHpKBEAge/0JAgAiYiB6QQJ0INcBaigCACCYAWoi7QH9AAQAImMgCf2FAiEJIGIg7QH9AAQQImQgDP2FAiEMIHv9CQIEImUgYyAI/YUCIQggZSBkIA39hQIhDSB7QRBqIXsgekEBaiF6DAELCyCXASB3QQFqIHUbIXcMAQsLIH0giAEgpAFsakEFdCDcAWoi7gEgCf0LBAAg7gEgDP0LBBAg2QEg7gFqIu8BIAj9CwQAIO8BIA39CwQQIJsBBEAg7gEgCv0LBCAg7gEgDv0LBDAg7wEgC/0LBCAg7wEgEf0LBDALIH1BAmohfQwBCwsgiAFBAWohiAEMAQsLDAELQQAhdQNAIHUgowFIBEAgqgEgdWsi8AFBACDwAUEAThsh8QEgogEgqgEgrAFqIHVrIvIBIKIBIPIBSBsh8wFBACGEAQNAIIQBIKQBSARAIKABIKkBIKsBaiCEAWsi9AEgoAEg9AFIGyH1Af0MAAAAAAAAAAAAAAAAAAAAACIJIQ/9DAAAAAAAAAAAAAAAAAAAAAAhCv0MAAAAAAAAAAAAAAAAAAAAACEL/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIREgqwEghAFrIvcBQQAg9wFBAE4bIvgBRSKBAQRAIKABIPUBRiGBAQsghAEgqQEgdSCqAWtsaiCrAWtBBXQg2gFqIfYBIPEBIQYDQCAGIPMBSARAIAYglgFsIKEBIPgBbGohdyCBAQR/IJYBIPMBbAUgBiCWAWwgoQEg9QFsagsh+QEgd0EEdCDbAWohgAEDQCB3IPkBSARAIIAB/QAEACJmIGb9DQABAgMAAQIDAAECAwABAgMiZyB3QQJ0INcBaigCACD2AWoi+gH9AAQAImggCf2FAiEJIGcg+gH9AAQQImkgDP2FAiEMIGYgZv0NBAUGBwQFBgcEBQYHBAUGByJqIGggD/2FAiEPIGogaSAN/YUCIQ0gZiBm/Q0ICQoLCAkKCwgJCgsICQoLImsgaCAK/YUCIQogayBpIA79hQIhDiBmIGb9DQwNDg8MDQ4PDA0ODwwNDg8ibCBoIAv9hQIhCyBsIGkgEf2FAiERIIABQRBqIYABIHdBAWohdwwBCwsg8wEgBkEBaiCBARshBgwBCwsgASAJ/QsEACABIAz9CwQQIAEg2QFqIvsBIA/9CwQAIPsBIA39CwQQINkBQQF0IAFqIvwBIAr9CwQAIPwBIA79CwQQINkBQQNsIAFqIv0BIAv9CwQAIP0BIBH9CwQQIAFBIGohASCEAUEBaiGEAQwBCwsgdUEBaiF1DAELCwsgjwFBAWohjwEMAQsLIJABQQFqIZABDAELCyAAIf4BIIsBQQV0If8BIAQgiwFsQQJ0IYACIJQBQQdqQQN1IYECQQAhBQNAIAUggQJIBEBBACEGA0AgBkECSARAQQQglAEgBUEDdGsgBkECdGsiggIgggJBBEobIoMCQQBKBEBBACF4A0AgBCB4SgRAIIACIAVBA3QgBkECdGpsIP4BaiB4IIsBbEECdGohhAIg/wEgeCAFIJEBbEECdGpsINgBaiAGQQR0aiGFAkEAIQMggwJBBEYEQANAIIsBIANBBGoihgJOBEAgA0ECdCCEAmoihwIgA0EFdCCFAmoiiAL9AAQAIm0giAL9AAQgIm79DQABAgMQERITBAUGBxQVFhcibyCIAv0ABEAicCCIAv0ABGAicf0NAAECAxAREhMEBQYHFBUWFyJy/Q0AAQIDBAUGBxAREhMUFRYX/QsEACCAAiCHAmogbyBy/Q0ICQoLDA0ODxgZGhscHR4f/QsEACCAAkEBdCCHAmogbSBu/Q0ICQoLGBkaGwwNDg8cHR4fInMgcCBx/Q0ICQoLGBkaGwwNDg8cHR4fInT9DQABAgMEBQYHEBESExQVFhf9CwQAIIACQQNsIIcCaiBzIHT9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIIYCIQMMAQsLCwNAIAMgiwFIBEBBACF2A0AgdiCDAkgEQCB2IIACbCCEAmogA0ECdGogA0EFdCCFAmogdkECdGoqAgA4AgAgdkEBaiF2DAELCyADQQFqIQMMAQsLIHhBAWoheAwBCwsgBkEBaiEGDAILCwsgBUEBaiEFDAELCwunBQExfyABISAgACEVIAJBEGooAgAhFiACQRRqKAIAIRcgAkEYaigCACEYIAJBHGooAgAhBCACQSBqKAIAIRkgAkEkaigCACEHIAJBKGooAgAhGiACQSxqKAIAIRsgAkEwaigCACERIAJBNGooAgAhISAAQQAgAkEIaigCACIcIAJBDGooAgAiEmwiHSACQQRqKAIAIhMgAigCACIebGxBAnT8CwAgICENA0AgCCAeSARAQQAhCQNAIAkgE0gEQCAdIAkgCCATbGpsQQJ0IBVqIR9BACEKA0AgCiAWSARAQQAhCwNAIAsgF0gEQCAhIAcgCyAbbCIOayIiQQBMBH9BAAUgBCAiakEBayAEbQsiIyAhICNIGyIkIAcgEmogDmsiJUEATAR/QQAFICEgBCAlakEBayAEbSImICEgJkgbCyInICQgJ0obIRRBACEFA0AgBSARSARAIAUgGGwgGWsgCiAabGoiKUEASCAcIClMckUEQCAFICFsQQJ0IA1qISggEiApbEECdCAfaiEqIARBAUYEQCAOICQgB2tqQQJ0ICpqISsgJEECdCAoaiEsIBQgJGshLUEAIQIDQCAtIAJBBGoiLk4EQCACQQJ0Ii8gK2oiMCAw/QAEACAsIC9q/QAEAP3kAf0LBAAgLiECDAELCwNAIAIgLUgEQCACQQJ0IjEgK2oiMiAyKgIAICwgMWoqAgCSOAIAIAJBAWohAgwBCwsFICQhAwNAIAMgFEgEQCAOIAMgBGwgB2tqQQJ0ICpqIjMgMyoCACADQQJ0IChqKgIAkjgCACADQQFqIQMMAQsLCwsgBUEBaiEFDAELCyARICFsQQJ0IA1qIQ0gC0EBaiELDAELCyAKQQFqIQoMAQsLIAlBAWohCQwBCwsgCEEBaiEIDAELCwu9BwMKexx/B30DQCAFIBxKBEAgCCAGIBxsIiRsQQJ0IAJqISAgCCAHIBxsIiVsQQJ0IANqISEgCSAlbEECdCAEaiEiIAkgJGxBAnQgAGohI0EAIRoDQCAGIBpKBEAgCCAabEECdCAgaiEmIAkgGmxBAnQgI2ohHiALBH8gByAaQQFqIicgByAnSBsFIAcLIR9DAACA/yE0QQAhGQNAIBkgH0gEQCAIIBlsQQJ0ICFqISj9DAAAAAAAAAAAAAAAAAAAAAAhDUEAIRcDQCAIIBdBBGoiKU4EQCAXQQJ0IiogJmr9AAQAICggKmr9AAQAIA39hQIhDSApIRcMAQsLIA39HwAgDf0fAZIgDf0fAiAN/R8DkpIhMwNAIAggF0oEQCAzIBdBAnQiKyAmaioCACAoICtqKgIAlJIhMyAXQQFqIRcMAQsLIBlBAnQgDGogMyAKlCI3OAIAIDQgN5chNCAZQQFqIRkMAQsLQwAAAAAhM0EAIRgDQCAYIB9IBEAgGEECdCAMaiIsKgIAIDST/RNBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIhBBiIAE/QkCAP3mAUGMgAT9CQIAIhH95AEiDyAR/eUBIRIgLEGYgAT9CQIAIBAgEkGQgAT9CQIA/eYB/eUBIBJBlIAE/QkCAP3mAf3lASITQZyABP0JAgD9hQIgE0GggAT9CQIA/YUCIBNBpIAE/QkCAP2FAiATQaiABP0JAgD9hQIgE0GsgAT9CQIA/YUCIBP95gEgEyAT/YUCQbCABP0JAgD95AEgD/0MAABASwAAQEsAAEBLAABAS/2xASIUQQH9rAEiFf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIBQgFf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/R8AIjg4AgAgMyA4kiEzIBhBAWohGAwBCwsgHkEAIAlBAnT8CwBDAACAPyAzlSE5QQAhFwNAIBcgH0gEQCAJIBdsQQJ0ICJqIS0gF0ECdCAMaioCACA5lCI2/RMhFkEAIRgDQCAJIBhBBGoiLk4EQCAYQQJ0Ii8gHmoiMCAw/QAEACAWIC0gL2r9AAQA/eYB/eQB/QsEACAuIRgMAQsLA0AgCSAYSgRAIBhBAnQiMSAeaiIyIDIqAgAgNiAtIDFqKgIAlJI4AgAgGEEBaiEYDAELCyAXQQFqIRcMAQsLIBogBiAcbGpBAnQgAWogNCAz/RMQAv0fAJI4AgAgGkEBaiEaDAELCyAcQQFqIRwMAQsLC7gLAzR/DHsFfSAAQQAgDCAJIApsbEECdPwLACABQQAgDCAJIAtsIiFsQQJ0/AsAIAJBACANICFsQQJ0/AsAA0AgCSAVSgRAIAwgCiAVbCIibEECdCEaIAwgCyAVbCIjbEECdCEbIA0gI2xBAnQhHCANICJsQQJ0IR1BACEUA0AgCiAUSgRAIAwgFGxBAnQiJCADIBpqaiEYIAAgGmogJGohHiANIBRsQQJ0IiUgByAdamohFiAGIB1qICVqISb9DAAAAAAAAAAAAAAAAAAAAAAhREEAIREDQCANIBFBBGoiJ04EQCARQQJ0IiggFmr9AAQAICYgKGr9AAQAIET9hQIhRCAnIREMAQsLIET9HwAgRP0fAZIgRP0fAiBE/R8DkpIhUANAIA0gEUoEQCBQIBFBAnQiKSAWaioCACAmIClqKgIAlJIhUCARQQFqIREMAQsLIFAhUSAUIAogFWxqQQJ0IAhqKgIAIVIgDwR/IAsgFEEBaiIqIAsgKkgbBSALCyEgQQAhFwNAIBcgIEgEQCANIBdsQQJ0IisgBSAcamohLCACIBxqICtqIR8gBCAbaiAMIBdsQQJ0aiEt/QwAAAAAAAAAAAAAAAAAAAAAIURBACEQA0AgDCAQQQRqIi5OBEAgEEECdCIvIBhq/QAEACAtIC9q/QAEACBE/YUCIUQgLiEQDAELCyBE/R8AIET9HwGSIET9HwIgRP0fA5KSIVADQCAMIBBKBEAgUCAQQQJ0IjAgGGoqAgAgLSAwaioCAJSSIVAgEEEBaiEQDAELCyBQIA6UIFKT/RNBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIkdBiIAE/QkCAP3mAUGMgAT9CQIAIkj95AEiRiBI/eUBIUlBmIAE/QkCACBHIElBkIAE/QkCAP3mAf3lASBJQZSABP0JAgD95gH95QEiSkGcgAT9CQIA/YUCIEpBoIAE/QkCAP2FAiBKQaSABP0JAgD9hQIgSkGogAT9CQIA/YUCIEpBrIAE/QkCAP2FAiBK/eYBIEogSv2FAkGwgAT9CQIA/eQBIEb9DAAAQEsAAEBLAABASwAAQEv9sQEiS0EB/awBIkz9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASBLIEz9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf0fACJT/RMhTUEAIRADQCANIBBBBGoiMU4EQCAQQQJ0IjIgH2oiMyAz/QAEACBNIBYgMmr9AAQA/eYB/eQB/QsEACAxIRAMAQsLA0AgDSAQSgRAIBBBAnQiNCAfaiI1IDUqAgAgUyAWIDRqKgIAlJI4AgAgEEEBaiEQDAELC/0MAAAAAAAAAAAAAAAAAAAAACFEQQAhEANAIA0gEEEEaiI2TgRAIBBBAnQiNyAWav0ABAAgLCA3av0ABAAgRP2FAiFEIDYhEAwBCwsgRP0fACBE/R8BkiBE/R8CIET9HwOSkiFQA0AgDSAQSgRAIFAgEEECdCI4IBZqKgIAICwgOGoqAgCUkiFQIBBBAWohEAwBCwsgUyBQIFGTlCAOlCJU/RMhTkEAIRMDQCAMIBNBBGoiOU4EQCATQQJ0IjogHmoiOyA7/QAEACBOIC0gOmr9AAQA/eYB/eQB/QsEACA5IRMMAQsLA0AgDCATSgRAIBNBAnQiPCAeaiI9ID0qAgAgVCAtIDxqKgIAlJI4AgAgE0EBaiETDAELCyABIBtqIAwgF2xBAnRqIT4gVP0TIU9BACERA0AgDCARQQRqIj9OBEAgEUECdCJAID5qIkEgQf0ABAAgTyAYIEBq/QAEAP3mAf3kAf0LBAAgPyERDAELCwNAIAwgEUoEQCARQQJ0IkIgPmoiQyBDKgIAIFQgGCBCaioCAJSSOAIAIBFBAWohEQwBCwsgF0EBaiEXDAELCyAUQQFqIRQMAQsLIBVBAWohFQwBCwsLC7wGBABBgoAEC/oB0MIAALJCO6q4PwAAQEsAgDE/g4BeuWdpUDnOQ7c6CIkIPMGpKj2qqio+AAAAPwAAgD8AAIAAAAAAS/MENT+7IZA9uNHrvRol7z1PXf69v+kRPlCuKr6szkw+/P9/vqqqqj4AAAC/AACA/wAAAAAAAMB/AACAfwAAgL/q8Lq7ThOpPC0eXL2Tgwg+maqqvgAAAEAAACA/AACRt9nnyDkcin67obHGPFyu2r1QhSK/hs4DvgBwHLosjaM72UjbvCIO5z2Ak8C+1HUDPgCAbT/5oUy5noMIPKOqKr7O9cw3Gga2uqWqKj0AAAA/g/kiPwAAyT8AoP05aSGiMwBB/IEECyg7qrg/fwBASwByMb+Ovr+1zs8HPA2dKz1ArSo+4/7/Pvv/fz9PrK7CAEGoggQLgAK+8/h57GH2PxkwllvG/t6/PYivSu1x9T+k/NQyaAvbv7AQ8PA5lfQ/e7cfCotB17+FA7iwlcnzP3vPbRrpndO/pWSIDBkN8z8xtvLzmx3Qv6COC3siXvI/8Ho7Gx18yb8/NBpKSrvxP588r5Pj+cK/uuWK8Fgj8T9cjXi/y2C5v6cAmUE/lfA/zl9Htp1vqr8AAAAAAADwPwAAAAAAAAAArEea/Yxg7j899SSfyjizP6BqAh+zpOw/upE4VKl2xD/m/GpXNiDrP9LkxEoLhM4/LaqhY9HC6T8cZcbwRQbUP+1BeAPmhug/+J8bLJyO2D9iSFP13GfnP8x7sU6k4Nw/AEGuhAQL+gHwP3SFFdOw2e8/D4n5bFi17z9RWxLQAZPvP3tRfTy4cu8/qrloMYdU7z84YnVuejjvP+HeH/WdHu8/FbcxCv4G7z/LqTo3p/HuPyI0Ekym3u4/LYlhYAjO7j8nKjbV2r/uP4JPnVYrtO4/KVRI3Qer7j+FVTqwfqTuP807f2aeoO4/dF/s6HWf7j+HAetzFKHuPxPOTJmJpe4/26AqQuWs7j/lxc2wN7fuP5Dwo4KRxO4/XSU+sgPV7j+t01qZn+juP0de+/J2/+4/nFKF3ZsZ7z9pkO/cIDfvP4ek+9wYWO8/X5t7M5d87z/akKSir6TvP0BFblt20O8/";
    KERNELS_THREADS_RELAXED_WASM_BASE64 = "AGFzbQEAAAAB9gEYYAd/f39/f39/AGAGf39/f39/AGABewF7YAp/f39/f39/f39/AGAAAX9gBH9/f38AYAV/f39/fwBgA39/fwBgAn9/AX9gC39/f39/f39/f39/AGAJf39/f39/f39/AGACfX0BfWACf38BfWABfwBgA39/fwF/YAN/f38BfWAJf39/f319fX1/AGAUf39/f39/f39/f39/f39/f39/f38AYAh/f39/f39/fwBgDn9/f39/f39/f39/f39/AGAHf399fX9/fwBgCn9/f399fX9/f38AYA1/f39/f39/f39/fX9/AGAQf39/f39/f39/f39/f399fwACEwEDZW52Bm1lbW9yeQIDgAKAgAQDS0oLCQICAQICAgICAgIMBgEEDQYODwAAAQEFBQEFBRABAwoDCgQEBBEDAAAAAAAACRIBAQAAEwQHBgEAFAMVAwMHCAABCAEIAAcWFwYGAX8BQQALB9kFKhR0aHJlYWRfc2NyYXRjaF9ieXRlcwAPEnNldF90aHJlYWRfc2NyYXRjaAAQCWhlYXBfYmFzZQA1CXVuYXJ5X2YzMgAxCXVuYXJ5X2kzMgAwCmJpbmFyeV9mMzIAPApiaW5hcnlfaTMyADsId2hlcmVfMzIALgljbGFtcF9mMzIAOgljbGFtcF9pMzIAOQdjb252ZXJ0ADgHZmlsbF8zMgA2CnJlZHVjZV9mMzIAFQpyZWR1Y2VfaTMyABQLc29mdG1heF9mMzIAEQltYXRtdWxfbXIAJRNtYXRtdWxfcGFja19hX2J5dGVzACQTbWF0bXVsX3BhY2tfYl9ieXRlcwAjCm1hdG11bF9mMzIAJg9pbmRleF9zZWxlY3RfMzIAKg1pbmRleF9hZGRfZjMyACwNaW5kZXhfYWRkX2kzMgArCWdhdGhlcl8zMgAtD3NjYXR0ZXJfYWRkX2YzMgApD3NjYXR0ZXJfYWRkX2kzMgAoCmltMmNvbF9mMzIAPwpjb2wyaW1fZjMyAEcbY29udjJkX2RpcmVjdF9zY3JhdGNoX2J5dGVzAEMRY29udjJkX2RpcmVjdF9mMzIARBxjb252MmRfYmF0Y2hlZF9zY3JhdGNoX2J5dGVzAEUSY29udjJkX2JhdGNoZWRfZjMyAEYgY29udjJkX3dlaWdodF9ncmFkX3NjcmF0Y2hfYnl0ZXMAQBtjb252MmRfd2VpZ2h0X2dyYWRfcGFja19mMzIAQRZjb252MmRfd2VpZ2h0X2dyYWRfZjMyAEINbWF4cG9vbDJkX2YzMgAYFm1heHBvb2wyZF9iYWNrd2FyZF9mMzIAGQ1hdmdwb29sMmRfZjMyABsWYXZncG9vbDJkX2JhY2t3YXJkX2YzMgAcDWF0dGVudGlvbl9mMzIASBZhdHRlbnRpb25fYmFja3dhcmRfZjMyAEkHc2dkX2YzMgAdBm1lbW9yeQIADAEECtqQBkqPBwQRfwl8AX4DfSABi0MAAABAXwRAIAFDAAAAQFsEQCAAIACUDwsgAUMAAAA/WwRAIACRi0MAAIB/IABDAACA/1wbDwsgAUMAAIC/WwRAQwAAgD8gAJUPCyABQwAAgD9bBEAgAA8LIAFDAAAAAFsEQEMAAIA/DwsLAn0gAbwiB0EBdCIIQQFrQf///3dPIgYgALwiAkGAgIAEa0GAgID4B09yBEAgBgRAQwAAgD8gCEUNAhpDAADAfyACQYCAgPwDRg0CGiAAIAGSIAdBAXRBgICAeEsgAkEBdEGAgIB4S3INAhpDAADAfyACQQF0IglBgICA+AdGDQIaQwAAAAAgB0EfdkUgCUGAgID4B0lGDQIaIAEgAZQMAgsgAkEBdEEBa0H///93TwRAIAAgAJQhHkMAAIA/IB6MIB4gAkEfdgR/An9BACAHQRd2Qf8BcSIKQf8ASQ0AGkECIApBlgFLDQAaQQBBAUGWASAKa3QiC0EBayAHcQ0AGkEBIAcgC3ENABpBAgtBAUYFQQALGyIflSAfIAdBAEgbDAILIAJBAEgEQCAAIACTIh0gHZUCf0EAIAdBF3ZB/wFxIgxB/wBJDQAaQQIgDEGWAUsNABpBAEEBQZYBIAxrdCINQQFrIAdxDQAaQQEgByANcQ0AGkECCyIORQ0CGkGAgARBACAOQQFGGyEFIAJB/////wdxIQILIAJBgICABEkEQCAAQwAAAEuUvEH/////B3FBgICA3ABrIQILCyACQYCAzPkDayIPQRN2QQ9xIRAgAiAPQYCAgHxxIhFrvrsgEEEEdEGoggRqIhIrAwCiRAAAAAAAAPC/oCIWRAtuSckWdtI/okR6xnWgaRnXv6AhFyAWRCu4KmVHFfc/oiASKwMIIBFBF3W3oKAgFkTduqdsCsfeP6JEyPa+SEcV57+gIBYgFqIiGKKgIRUgAbsgFyAYIBiioiAVoKIiGb1CL4hC//8Dg0K/gQJaBEBDAACA/0MAAIB/IAUbIBlEcdXR////X0BkDQEaQwAAAIBDAAAAACAFGyAZRAAAAAAAwGLAZQ0BGgsgGUQAAAAAAADoQqAiGr0hHCAZIBpEAAAAAAAA6MKgoSIbRNZSDP9CLuY/okQAAAAAAADwP6AgG0SUI5FL+GqsP6JE88T6UM6/zj+gIBsgG6KioCAcp0EfcUEDdEGohARqKQMAIAWtIBx8Qi+GfL+itgsL3wMBGn8gAyAEQQFrQQJ0IiBqKAIAIRQgBiAgaigCACEdIAgEfyAIICBqKAIABUEACyEeIAoEfyAKICBqKAIABUEACyEfQQEhECAEQQJOBEAgAyAgQQRrIiFqKAIAIRAgBiAhaigCACEVIAgEfyAIICFqKAIABUEACyEWIAoEfyAKICFqKAIABUEACyERCyMAIQ4gBEECayEXQQEhEkEAIQQDQCAEIBdIBEAgBEECdCIiIANqKAIAIBJsIRIgDiAiakEANgIAIARBAWohBAwBCwsDQCASIBNKBEAgACABIAIgBSALaiAVIB0gByAMaiAWIB4gCSANaiARIB8gECAUEDQgECAUbEECdCACaiECIBdBAWshDwNAIA9BAE4EQAJAIAMgD0ECdCIjaigCACEYIA4gI2ooAgBBAWohGSAGICNqKAIAQQJ0IRogCAR/IAggI2ooAgBBAnQFQQALIRsgCgR/IAogI2ooAgBBAnQFQQALIRwgGCAZSgRAIA4gI2ogGTYCACALIBpqIQsgDCAbaiEMIA0gHGohDQwBCyAOICNqQQA2AgAgCyAYQQFrIiQgGmxrIQsgDCAbICRsayEMIA0gHCAkbGshDSAPQQFrIQ8MAgsLCyATQQFqIRMMAQsLC6UDAQ17IABBuIAE/QkCAP3mASAAIABBtIAE/QkCAP1DIgT9UiIFQRf9rQH9DH4AAAB+AAAAfgAAAH4AAAD9sQEgBP0MFwAAABcAAAAXAAAAFwAAAP1O/bEBIAX9DP//fwD//38A//9/AP//fwD9Tv0MAAAAPwAAAD8AAAA/AAAAP/1QIgZBvIAE/QkCAP1DIgf9rgEhCCAGIAYgB/1O/eQBQbCABP0JAgD95QEiCSAJ/eYBIQogCSAKQeSABP0JAgAgCP36ASILQZSABP0JAgBBwIAE/QkCACAJQcSABP0JAgD9hQIgCUHIgAT9CQIA/YUCIAlBzIAE/QkCAP2FAiAJQdCABP0JAgD9hQIgCUHUgAT9CQIA/YUCIAlB2IAE/QkCAP2FAiAJQdyABP0JAgD9hQIgCUHggAT9CQIA/YUCIAn95gEgCv3mAf2FAv2FAv3kASEMIAAgAEHwgAT9CQIAQeiABP0JAgAgC0GQgAT9CQIAIAz9hQIgAEHsgAT9CQIAIg39Qf1SIAAgDf1D/VIgAEH0gAT9CQIA/UH9UiAAIAD9Qv1SC7gDAQx7IAD94AEiAyAD/eQBQYCABP0JAgD96wFBhIAE/QkCAP3qASIHQYiABP0JAgD95gFBjIAE/QkCACII/eQBIgUgCP3lASEJQfyABP0JAgAgACAA/eYBIgZBgIEE/QkCAP2FAiAGQYSBBP0JAgD9hQIgBkGIgQT9CQIA/YUCIAZBjIEE/QkCAP2FAiAG/eYBIAAgAP2FAkGwgAT9CQIAIgRBkIEE/QkCAEGYgAT9CQIAIAcgCUGQgAT9CQIA/eYB/eUBIAlBlIAE/QkCAP3mAf3lASIKQZyABP0JAgD9hQIgCkGggAT9CQIA/YUCIApBpIAE/QkCAP2FAiAKQaiABP0JAgD9hQIgCkGsgAT9CQIA/YUCIAr95gEgCiAK/YUCIAT95AEgBf0MAABASwAAQEsAAEBLAABAS/2xASILQQH9rAEiDP0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIAsgDP2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIAT95AH95wH95QEgAP0MAAAAgAAAAIAAAACAAAAAgP1O/VAgA0GUgQT9CQIA/UP9UgtvAgd/AX0DQCADIAZKBEAgAiAGbCABaiEJIAZBBXQgAGohCkEAIQcDQCAEIAdKBEAgB0ECdCILIApqKgIAIQ0gCSALaiIMIAUEfSAMKgIAIA2SBSANCzgCACAHQQFqIQcMAQsLIAZBAWohBgwBCwsLxQIBBXtB3IEE/QkCACAAIABB7IEE/QkCAP3mAf1qIgFB8IEE/QkCAP3mAf3lASABQfSBBP0JAgD95gH95QEgAUH4gQT9CQIA/eYB/eUBIgIgAv3mASIEQeCBBP0JAgD9hQIgBEHkgQT9CQIA/YUCIQNBsIAE/QkCACAEQeiBBP0JAgD95gH95QEgAyAE/eYBIAT95gH95AFB0IEE/QkCACAEQdSBBP0JAgD9hQIgBEHYgQT9CQIA/YUCIAT95gEgAiAC/YUCIAFBjIAE/QkCAP3kAf0MAABASwAAQEsAAEBLAABAS/2xAf0MAAAAAAAAAAAAAAAAAAAAAP2uASIF/QwBAAAAAQAAAAEAAAABAAAA/U79DAEAAAABAAAAAQAAAAEAAAD9N/1SIAX9DAIAAAACAAAAAgAAAAIAAAD9TkEe/asB/VELsQIBCXsgAP3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEiBEGIgAT9CQIA/eYBQYyABP0JAgAiBf3kASIDIAX95QEhBkGwgAT9CQIAIgIgAkGYgAT9CQIAIAQgBkGQgAT9CQIA/eYB/eUBIAZBlIAE/QkCAP3mAf3lASIHQZyABP0JAgD9hQIgB0GggAT9CQIA/YUCIAdBpIAE/QkCAP2FAiAHQaiABP0JAgD9hQIgB0GsgAT9CQIA/YUCIAf95gEgByAH/YUCIAL95AEgA/0MAABASwAAQEsAAEBLAABAS/2xASIIQQH9rAEiCf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIAggCf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecBC0oBBHsgAEGwgAT9CQIAIgP95AEiAiAD/eUBIQQgAiAAIAIQAiAA/eYBIAT95wEgBEHsgAT9CQIA/UH9UiACQfSABP0JAgD9Qf1SC+8CAQ97IABBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIgVBiIAE/QkCAP3mAUGMgAT9CQIAIgb95AEiByAG/eUBIQggAEGYgAT9CQIAIAUgCEGQgAT9CQIA/eYB/eUBIAhBlIAE/QkCAP3mAf3lASIJQZyABP0JAgD9hQIgCUGggAT9CQIA/YUCIAlBpIAE/QkCAP2FAiAJQaiABP0JAgD9hQIgCUGsgAT9CQIA/YUCIAn95gEgCSAJ/YUCQbCABP0JAgAiBP3kASAH/QwAAEBLAABASwAAQEsAAEBL/bEBIgpBAf2sASIL/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgCiAL/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEiDCAE/eUBIg0gAP3mASAMEAL95wEgDUHsgAT9CQIA/UH9UiEOIAxB+IAE/QkCACIPIA4gDSAP/UH9UiAMQfSABP0JAgD9Qf1SC58EAQ17QZiBBP0JAgAgAP3gASIEIgdBnIEE/QkCAP2FAiAAIAD95gEiAkGggQT9CQIAIAdBpIEE/QkCAP2FAv2FAiAHQaiBBP0JAgD9hQIgB0GsgQT9CQIA/YUCIAdBsIEE/QkCAP2FAiAHIAf94QH9hQJBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIghBiIAE/QkCAP3mAUGMgAT9CQIAIgn95AEiBSAJ/eUBIQpBsIAE/QkCACIGQZiABP0JAgAgCCAKQZCABP0JAgD95gH95QEgCkGUgAT9CQIA/eYB/eUBIgtBnIAE/QkCAP2FAiALQaCABP0JAgD9hQIgC0GkgAT9CQIA/YUCIAtBqIAE/QkCAP2FAiALQayABP0JAgD9hQIgC/3mASALIAv9hQIgBv3kASAF/QwAAEBLAABASwAAQEsAAEBL/bEBIgxBAf2sASIN/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgDCAN/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH95QH9DP///3////9/////f////3/9TiAA/QwAAACAAAAAgAAAAIAAAACA/U79UEG0gQT9CQIAIAJBuIEE/QkCAP2FAiACQbyBBP0JAgD9hQIgAkHAgQT9CQIA/YUCIAJBxIEE/QkCAP2FAiACQciBBP0JAgD9hQIgACAA/YUCIARBzIEE/QkCAP1E/VILxQIBBXtB3IEE/QkCACAAIABB7IEE/QkCAP3mAf1qIgFB8IEE/QkCAP3mAf3lASABQfSBBP0JAgD95gH95QEgAUH4gQT9CQIA/eYB/eUBIgIgAv3mASIEQeCBBP0JAgD9hQIgBEHkgQT9CQIA/YUCIQNBsIAE/QkCACAEQeiBBP0JAgD95gH95QEgAyAE/eYBIAT95gH95AFB0IEE/QkCACAEQdSBBP0JAgD9hQIgBEHYgQT9CQIA/YUCIAT95gEgAiAC/YUCIAFBjIAE/QkCAP3kAf0MAABASwAAQEsAAEBLAABAS/2xAf0MAQAAAAEAAAABAAAAAQAAAP2uASIF/QwBAAAAAQAAAAEAAAABAAAA/U79DAEAAAABAAAAAQAAAAEAAAD9N/1SIAX9DAIAAAACAAAAAgAAAAIAAAD9TkEe/asB/VELkAQBDntBmIEE/QkCACAA/eABIgQiB0GcgQT9CQIA/YUCIAAgAP3mASICQaCBBP0JAgAgB0GkgQT9CQIA/YUC/YUCIAdBqIEE/QkCAP2FAiAHQayBBP0JAgD9hQIgB0GwgQT9CQIA/YUCIAcgB/3hAf2FAkGAgAT9CQIA/esBQYSABP0JAgD96gEiCEGIgAT9CQIA/eYBQYyABP0JAgAiCf3kASIFIAn95QEhCkGYgAT9CQIAIAggCkGQgAT9CQIA/eYB/eUBIApBlIAE/QkCAP3mAf3lASILQZyABP0JAgD9hQIgC0GggAT9CQIA/YUCIAtBpIAE/QkCAP2FAiALQaiABP0JAgD9hQIgC0GsgAT9CQIA/YUCIAv95gEgCyAL/YUCQbCABP0JAgAiBv3kASAF/QwAAEBLAABASwAAQEsAAEBL/bEBIgxBAf2sASIN/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgDCAN/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEiDkGQgQT9CQIAIA795QEgAEHsgAT9CQIA/UP9UiAGQbSBBP0JAgAgAkG4gQT9CQIA/YUCIAJBvIEE/QkCAP2FAiACQcCBBP0JAgD9hQIgAkHEgQT9CQIA/YUCIAJByIEE/QkCAP2FAiAAIAD9hQL95AEgBEHMgQT9CQIA/UT9UgvIAgIRewR/IAFBgAhMBEADQCABIBNBEGpOBEAgE0ECdCAAaiIV/QAEACEHIAIgB/3kASECIBX9AAQQIQggBSAI/eQBIQUgFf0ABCAhCSAEIAn95AEhBCAV/QAEMCEKIAYgCv3kASEGIBNBEGohEwwBCwsDQCABIBNBBGpOBEAgE0ECdCAAav0ABAAhCyACIAv95AEhAiATQQRqIRMMAQsLIAIgBf3kASEMIAQgBv3kASENIAwgDf3kASIOIA79DQgJCgsMDQ4PAAECAwQFBgchDyAOIA/95AEiECAQ/Q0EBQYHAAECAwwNDg8ICQoLIREgECAR/eQBIQIDQCABIBNKBEAgE0ECdCAAav1cAgAhEiACIBL95AEhAiATQQFqIRMMAQsLIAL9HwAPCyAAIAFBAXVBcHEiFhAMIBZBAnQgAGogASAWaxAMkguZAQMFfwF7AX0DQCADIAVBBGoiB04EQCAFQQJ0IgggAWr9AAQAIAIgCGr9AAQAIAr9hQIhCiAHIQUMAQsLIAr9HwAgCv0fAZIgCv0fAiAK/R8DkpIhCwNAIAMgBUoEQCALIAVBAnQiCSABaioCACACIAlqKgIAlJIhCyAFQQFqIQUMAQsLIAAgBAR9IAAqAgAgC5IFIAsLOAIAC4QIAhN/FnsgA0EERgRAIARBBXQhDANAIAUgCUEQak4EQCAJQQJ0IAFqIQYgDCAAIgdqIQ0DQCAHIA1JBEAgByAG/QAEAP0LBAAgByAG/QAEEP0LBBAgByAMaiIOIAb9AAQg/QsEACAOIAb9AAQw/QsEECACIAZqIQYgB0EgaiEHDAELCyAMQQF0IABqIQAgCUEQaiEJDAELCwsDQCAFIAlKBEAgAyAJbCABaiEPIANBBEZBCCAFIAlrIhAgEEEIShsiEUEIRnEEQEEAIQcDQCAEIAdKBEAgACACIAdsIA9qIhL9AAQA/QsEACAAIBL9AAQQ/QsEECAAQSBqIQAgB0EBaiEHDAELCwUgAkEERiARQQhGcQRAQQAhBwNAIAQgB0EEaiITTgRAIAAgB0ECdCAPaiIU/QAEACIfIAMgFGr9AAQAIiD9DQABAgMQERITBAUGBxQVFhciISADQQF0IBRq/QAEACIiIANBA2wgFGr9AAQAIiP9DQABAgMQERITBAUGBxQVFhciJP0NAAECAwQFBgcQERITFBUWF/0LBAAgAEEgaiAhICT9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBQGsgHyAg/Q0ICQoLGBkaGwwNDg8cHR4fIiUgIiAj/Q0ICQoLGBkaGwwNDg8cHR4fIib9DQABAgMEBQYHEBESExQVFhf9CwQAIABB4ABqICUgJv0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAEEQaiIVIANBAnQgFGoiFv0ABAAiJyADIBZq/QAEACIo/Q0AAQIDEBESEwQFBgcUFRYXIikgA0EBdCAWav0ABAAiKiADQQNsIBZq/QAEACIr/Q0AAQIDEBESEwQFBgcUFRYXIiz9DQABAgMEBQYHEBESExQVFhf9CwQAIBVBIGogKSAs/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAVQUBrICcgKP0NCAkKCxgZGhsMDQ4PHB0eHyItICogK/0NCAkKCxgZGhsMDQ4PHB0eHyIu/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAVQeAAaiAtIC79DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIABBgAFqIQAgEyEHDAELCwNAIAQgB0oEQCAHQQJ0IA9qIRdBACEGA0AgBkEISARAIAZBAnQgAGogAyAGbCAXaioCADgCACAGQQFqIQYMAQsLIABBIGohACAHQQFqIQcMAQsLBUEAIQYDQCAEIAZKBEAgAiAGbCAPaiEYQQAhBwNAIAdBCEgEQCAHQQJ0IABqIAcgEUgEfSADIAdsIBhqKgIABUMAAAAACzgCACAHQQFqIQcMAQsLIABBIGohACAGQQFqIQYMAQsLCwsgCUEIaiEJDAELCwsFAEHgAgsGACAAJAAL9gwDSHsTfwV9IANBAnQhUgNAIAIgUUoEQCBRIFJsIlQgAGohTyABIFRqIVD9DAAAgP8AAID/AACA/wAAgP8hBv0MAAAAAAAAAAAAAAAAAAAAACEIQQAhTQNAIAMgTUEEaiJVTgRAIAYgTUECdCBQav0ABAAiF/3rASEGIAggFyAX/UL9UCEIIFUhTQwBCwtDAADAfyAG/R8AIAb9HwGXIAb9HwIgBv0fA5eXIAj9UxshYANAIAMgTUoEQCBNQQJ0IFBqKgIAIGCXIWAgTUEBaiFNDAELCyBgImH9EyEY/QwAAAAAAAAAAAAAAAAAAAAAIgYhCUEAIU0DQCADIE1BEGpOBEAgTUECdCJTIFBqIlb9AAQAIBj95QEiGUH8gQT9CQIAIg9BgIIE/QkCACIa/YUCIhtBF/2rASEcIBsgGv3lASIdQYSCBP0JAgAiECAZ/YUCIR5BjIIE/QkCACIRIB1BiIIE/QkCACAe/YUCIh9BkIIE/QkCACIS/YUCIB9BlIIE/QkCACIT/YUCIB9BmIIE/QkCACIU/YUCIB9BnIIE/QkCACIV/YUCISAgHyAc/eYBICAgHP2FAiAZQaCCBP0JAgAiFv1D/U8hISBW/QAEECAY/eUBIiIgDyAa/YUCIiNBF/2rASEkICNBgIIE/QkCAP3lASIlIBAgIv2FAiEmIBEgJUGIggT9CQIAICb9hQIiJyAS/YUCICcgE/2FAiAnIBT9hQIgJyAV/YUCISggJyAk/eYBICggJP2FAiAiIBb9Q/1PISkgVv0ABCAgGP3lASIqIA8gGv2FAiIrQRf9qwEhLCArQYCCBP0JAgD95QEiLSAQICr9hQIhLiARIC1BiIIE/QkCACAu/YUCIi8gEv2FAiAvIBP9hQIgLyAU/YUCIC8gFf2FAiEwIC8gLP3mASAwICz9hQIgKiAW/UP9TyExIFb9AAQwIBj95QEiMiAPIBr9hQIiM0EX/asBITQgM0GAggT9CQIA/eUBIjUgECAy/YUCITYgESA1QYiCBP0JAgAgNv2FAiI3IBL9hQIgNyAT/YUCIDcgFP2FAiA3IBX9hQIhOCA3IDT95gEgOCA0/YUCIDIgFv1D/U8hOSAERQRAIE8gU2oiVyAh/QsEACBXICn9CwQQIFcgMf0LBCAgVyA5/QsEMAsgBiAhICn95AH95AEhBiAJIDEgOf3kAf3kASEJIE1BEGohTQwBCwsgBiAJ/eQBIQYDQCADIE1BBGpOBEAgTUECdCJYIFBq/QAEACAY/eUBIjpB/IEE/QkCAEGAggT9CQIAIjv9hQIiPEEX/asBIT0gPCA7/eUBIj5BhIIE/QkCACA6/YUCIT9BjIIE/QkCACA+QYiCBP0JAgAgP/2FAiJAQZCCBP0JAgD9hQIgQEGUggT9CQIA/YUCIEBBmIIE/QkCAP2FAiBAQZyCBP0JAgD9hQIhQSBAID395gEgQSA9/YUCIDpBoIIE/QkCAP1D/U8hQiAERQRAIE8gWGogQv0LBAALIAYgQv3kASEGIE1BBGohTQwBCwsgBv0fACAG/R8BkiAG/R8CIAb9HwOSkiFgA0AgAyBNSgRAIE1BAnQiWSBQaioCACBhk/0TIkNB/IEE/QkCAEGAggT9CQIAIkT9hQIiRUEX/asBIUYgRSBE/eUBIkdBhIIE/QkCACBD/YUCIUhBjIIE/QkCACBHQYiCBP0JAgAgSP2FAiJJQZCCBP0JAgD9hQIgSUGUggT9CQIA/YUCIElBmIIE/QkCAP2FAiBJQZyCBP0JAgD9hQIhSiBJIEb95gEgSiBG/YUCIENBoIIE/QkCAP1D/U/9HwAhYiAERQRAIE8gWWogYjgCAAsgYCBikiFgIE1BAWohTQwBCwsgBARAIGD9ExACIUtBACFNA0AgAyBNQQRqIlpOBEAgTUECdCJbIE9qIFAgW2r9AAQAIBj95QEgS/3lAf0LBAAgWiFNDAELCyBL/R8AIWMDQCADIE1KBEAgTUECdCJcIE9qIFAgXGoqAgAgYZMgY5M4AgAgTUEBaiFNDAELCwVDAACAPyBglf0TIUxBACFNA0AgAyBNQQRqIl1OBEAgTUECdCBPaiJeIF79AAQAIEz95gH9CwQAIF0hTQwBCwsgTP0fACFkA0AgAyBNSgRAIE1BAnQgT2oiXyBfKgIAIGSUOAIAIE1BAWohTQwBCwsLIFFBAWohUQwBCwsLlAoCNXsJfwJAAkACQAJAAkAgAA4EAQIDBAALAAsgAiE5A0AgOSA4QRBqTgRAIAMgOEECdCABaiI6/QAEACII/a4BIQMgBiA6/QAEECIJ/a4BIQYgBCA6/QAEICIK/a4BIQQgByA6/QAEMCIL/a4BIQcgOEEQaiE4DAELCwNAIDkgOEEEak4EQCADIDhBAnQgAWr9AAQAIgz9rgEhAyA4QQRqITgMAQsLIAMgBv2uASINIAQgB/2uASIO/a4BIg8gD/0NCAkKCwwNDg8AAQIDBAUGByEQIA8gEP2uASIRIBH9DQQFBgcAAQIDDA0ODwgJCgshEiARIBL9rgEhAwNAIDggOUgEQCADIDhBAnQgAWr9XAIAIhP9rgEhAyA4QQFqITgMAQsLIAP9GwAPCyACITv9DAEAAAABAAAAAQAAAAEAAAAiAyEG/QwBAAAAAQAAAAEAAAABAAAAIQT9DAEAAAABAAAAAQAAAAEAAAAhBwNAIDsgOEEQak4EQCADIDhBAnQgAWoiPP0ABAAiFP21ASEDIAYgPP0ABBAiFf21ASEGIAQgPP0ABCAiFv21ASEEIAcgPP0ABDAiF/21ASEHIDhBEGohOAwBCwsDQCA7IDhBBGpOBEAgAyA4QQJ0IAFq/QAEACIY/bUBIQMgOEEEaiE4DAELCyADIAb9tQEiGSAEIAf9tQEiGv21ASIbIBv9DQgJCgsMDQ4PAAECAwQFBgchHCAbIBz9tQEiHSAd/Q0EBQYHAAECAwwNDg8ICQoLIR4gHSAe/bUBIQMDQCA4IDtIBEAgAyA4QQJ0IAFq/VwCACIf/bUBIQMgOEEBaiE4DAELCyAD/RsADwsgAiE9/QwAAACAAAAAgAAAAIAAAACAIgMhBv0MAAAAgAAAAIAAAACAAAAAgCEE/QwAAACAAAAAgAAAAIAAAACAIQcDQCA9IDhBEGpOBEAgAyA4QQJ0IAFqIj79AAQAIiD9uAEhAyAGID79AAQQIiH9uAEhBiAEID79AAQgIiL9uAEhBCAHID79AAQwIiP9uAEhByA4QRBqITgMAQsLA0AgPSA4QQRqTgRAIAMgOEECdCABav0ABAAiJP24ASEDIDhBBGohOAwBCwsgAyAG/bgBIiUgBCAH/bgBIib9uAEiJyAn/Q0ICQoLDA0ODwABAgMEBQYHISggJyAo/bgBIikgKf0NBAUGBwABAgMMDQ4PCAkKCyEqICkgKv24ASEDA0AgOCA9SARAIAMgOEECdCABav1cAgAiK/24ASEDIDhBAWohOAwBCwsgA/0bAA8LIAIhP/0M////f////3////9/////fyIDIQb9DP///3////9/////f////38hBP0M////f////3////9/////fyEHA0AgPyA4QRBqTgRAIAMgOEECdCABaiJA/QAEACIs/bYBIQMgBiBA/QAEECIt/bYBIQYgBCBA/QAEICIu/bYBIQQgByBA/QAEMCIv/bYBIQcgOEEQaiE4DAELCwNAID8gOEEEak4EQCADIDhBAnQgAWr9AAQAIjD9tgEhAyA4QQRqITgMAQsLIAMgBv22ASIxIAQgB/22ASIy/bYBIjMgM/0NCAkKCwwNDg8AAQIDBAUGByE0IDMgNP22ASI1IDX9DQQFBgcAAQIDDA0ODwgJCgshNiA1IDb9tgEhAwNAIDggP0gEQCADIDhBAnQgAWr9XAIAIjf9tgEhAyA4QQFqITgMAQsLIAP9GwALvAgCKXsHfwJAAkACQAJAAkAgAA4EAQIDBAALAAsgASACEAwPCyACIS39DAAAgD8AAIA/AACAPwAAgD8iAyEG/QwAAIA/AACAPwAAgD8AAIA/IQT9DAAAgD8AAIA/AACAPwAAgD8hBwNAIC0gLEEQak4EQCAsQQJ0IAFqIi79AAQAIQggAyAI/eYBIQMgLv0ABBAhCSAGIAn95gEhBiAu/QAEICEKIAQgCv3mASEEIC79AAQwIQsgByAL/eYBIQcgLEEQaiEsDAELCwNAIC0gLEEEak4EQCAsQQJ0IAFq/QAEACEMIAMgDP3mASEDICxBBGohLAwBCwsgAyAG/eYBIQ0gBCAH/eYBIQ4gDSAO/eYBIg8gD/0NCAkKCwwNDg8AAQIDBAUGByEQIA8gEP3mASIRIBH9DQQFBgcAAQIDDA0ODwgJCgshEiARIBL95gEhAwNAICwgLUgEQCAsQQJ0IAFq/VwCACETIAMgE/3mASEDICxBAWohLAwBCwsgA/0fAA8LIAIhL/0MAACA/wAAgP8AAID/AACA/yIDIQb9DAAAgP8AAID/AACA/wAAgP8hBP0MAACA/wAAgP8AAID/AACA/yEHA0AgLyAsQRBqTgRAICxBAnQgAWoiMP0ABAAhFCADIBT96QEhAyAw/QAEECEVIAYgFf3pASEGIDD9AAQgIRYgBCAW/ekBIQQgMP0ABDAhFyAHIBf96QEhByAsQRBqISwMAQsLA0AgLyAsQQRqTgRAICxBAnQgAWr9AAQAIRggAyAY/ekBIQMgLEEEaiEsDAELCyADIAb96QEhGSAEIAf96QEhGiAZIBr96QEiGyAb/Q0ICQoLDA0ODwABAgMEBQYHIRwgGyAc/ekBIh0gHf0NBAUGBwABAgMMDQ4PCAkKCyEeIB0gHv3pASEDA0AgLCAvSARAICxBAnQgAWr9XAIAIR8gAyAf/ekBIQMgLEEBaiEsDAELCyAD/R8ADwsgAiEx/QwAAIB/AACAfwAAgH8AAIB/IgMhBv0MAACAfwAAgH8AAIB/AACAfyEE/QwAAIB/AACAfwAAgH8AAIB/IQcDQCAxICxBEGpOBEAgLEECdCABaiIy/QAEACEgIAMgIP3oASEDIDL9AAQQISEgBiAh/egBIQYgMv0ABCAhIiAEICL96AEhBCAy/QAEMCEjIAcgI/3oASEHICxBEGohLAwBCwsDQCAxICxBBGpOBEAgLEECdCABav0ABAAhJCADICT96AEhAyAsQQRqISwMAQsLIAMgBv3oASElIAQgB/3oASEmICUgJv3oASInICf9DQgJCgsMDQ4PAAECAwQFBgchKCAnICj96AEiKSAp/Q0EBQYHAAECAwwNDg8ICQoLISogKSAq/egBIQMDQCAsIDFIBEAgLEECdCABav1cAgAhKyADICv96AEhAyAsQQFqISwMAQsLIAP9HwALtAMBEn8CQCAGIQ4gAEEERgRAIAEhCSAOQQJ0IQ9BACEGA0AgAyAGSgRAIA8gBCAGbGwgAmohEEEAIQoDQCAFIApKBEBBACEAIApBAnQgEGoiESgCACELQQEhBwNAIAQgB0oEQCAHIA9sIBFqKAIAIhIgC0oEQCASIQsgByEACyAHQQFqIQcMAQsLIAkgADYCACAJQQRqIQkgCkEBaiEKDAELCyAGQQFqIQYMAQsLDAELIABBBUYEQCABIQkgDkECdCETQQAhBgNAIAMgBkoEQCATIAQgBmxsIAJqIRRBACEKA0AgBSAKSgRAQQAhACAKQQJ0IBRqIhUoAgAhC0EBIQcDQCAEIAdKBEAgByATbCAVaigCACEWIAsgFkoEQCAWIQsgByEACyAHQQFqIQcMAQsLIAkgADYCACAJQQRqIQkgCkEBaiEKDAELCyAGQQFqIQYMAQsLDAELIAQgDmxBAnQhFwNAIAMgB0oEQCAHIBdsIAJqIRggDkEBRgRAIAdBAnQgAWogACAYIAQQEjYCAAUgACAFIAdsQQJ0IAFqIBggBCAFIA4QFgsgB0EBaiEHDAELCwsL4gMCDn8EfQJAIAYhDCAAQQRGBEAgASEJIAxBAnQhDUEAIQYDQCADIAZKBEAgDSAEIAZsbCACaiEOQQAhBwNAIAUgB0oEQCAJAn9BACEAQQAgB0ECdCAOaiIPKgIAIhUgFVwNABpBASEBA0AgASAESARAIAEgDWwgD2oqAgAiFyAVXgRAIBchFSABIQAFIAEgFyAXXA0DGgsgAUEBaiEBDAELCyAACzYCACAJQQRqIQkgB0EBaiEHDAELCyAGQQFqIQYMAQsLDAELIABBBUYEQCABIQkgDEECdCEQQQAhBgNAIAMgBkoEQCAQIAQgBmxsIAJqIRFBACEHA0AgBSAHSgRAIAkCf0EAIQBBACAHQQJ0IBFqIhIqAgAiFSAVXA0AGkEBIQEDQCABIARIBEAgASAQbCASaioCACEYIBUgGF4EQCAYIRUgASEABSABIBggGFwNAxoLIAFBAWohAQwBCwsgAAs2AgAgCUEEaiEJIAdBAWohBwwBCwsgBkEBaiEGDAELCwwBCyAEIAxsQQJ0IRMDQCADIAdKBEAgByATbCACaiEUIAxBAUYEQCAHQQJ0IAFqIAAgFCAEEBM4AgAFIAAgBSAHbEECdCABaiAUIAQgBSAMEBcLIAdBAWohBwwBCwsLC5AMAgt7JH8CQAJAAkACQAJAAkAgAA4EAQIDBAALAAsgASEVIAVBAnQhFgNAIAQgEUEEak4EQCARQQJ0IAJqIRf9DAAAAAAAAAAAAAAAAAAAAAAhB0EAIQADQCAAIANIBEAgAyAAQYACaiIYIAMgGEgbIRn9DAAAAAAAAAAAAAAAAAAAAAAhBiAAIQUDQCAFIBlIBEAgBiAFIBZsIBdq/QAEACIJ/a4BIQYgBUEBaiEFDAELCyAHIAb9rgEhByAAQYACaiEADAELCyARQQJ0IBVqIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEa/QwAAAAAAAAAAAAAAAAAAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiGyADIBtIGyEc/QwAAAAAAAAAAAAAAAAAAAAAIQYgACEFA0AgBSAcSARAIAYgBSAWbCAaav1cAgAiCv2uASEGIAVBAWohBQwBCwsgByAG/a4BIQcgAEGAAmohAAwBCwsgEUECdCAVaiAH/RsANgIAIBFBAWohEQwBCwsMAwsgASEdIAVBAnQhHgNAIAQgEUEEak4EQCARQQJ0IAJqIR/9DAEAAAABAAAAAQAAAAEAAAAhB0EAIQADQCAAIANIBEAgAyAAQYACaiIgIAMgIEgbISH9DAEAAAABAAAAAQAAAAEAAAAhBiAAIQUDQCAFICFIBEAgBiAFIB5sIB9q/QAEACIL/bUBIQYgBUEBaiEFDAELCyAHIAb9tQEhByAAQYACaiEADAELCyARQQJ0IB1qIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEi/QwBAAAAAQAAAAEAAAABAAAAIQdBACEAA0AgACADSARAIAMgAEGAAmoiIyADICNIGyEk/QwBAAAAAQAAAAEAAAABAAAAIQYgACEFA0AgBSAkSARAIAYgBSAebCAiav1cAgAiDP21ASEGIAVBAWohBQwBCwsgByAG/bUBIQcgAEGAAmohAAwBCwsgEUECdCAdaiAH/RsANgIAIBFBAWohEQwBCwsMAgsgASElIAVBAnQhJgNAIAQgEUEEak4EQCARQQJ0IAJqISf9DAAAAIAAAACAAAAAgAAAAIAhB0EAIQADQCAAIANIBEAgAyAAQYACaiIoIAMgKEgbISn9DAAAAIAAAACAAAAAgAAAAIAhBiAAIQUDQCAFIClIBEAgBiAFICZsICdq/QAEACIN/bgBIQYgBUEBaiEFDAELCyAHIAb9uAEhByAAQYACaiEADAELCyARQQJ0ICVqIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEq/QwAAACAAAAAgAAAAIAAAACAIQdBACEAA0AgACADSARAIAMgAEGAAmoiKyADICtIGyEs/QwAAACAAAAAgAAAAIAAAACAIQYgACEFA0AgBSAsSARAIAYgBSAmbCAqav1cAgAiDv24ASEGIAVBAWohBQwBCwsgByAG/bgBIQcgAEGAAmohAAwBCwsgEUECdCAlaiAH/RsANgIAIBFBAWohEQwBCwsMAQsgASEtIAVBAnQhLgNAIAQgEUEEak4EQCARQQJ0IAJqIS/9DP///3////9/////f////38hB0EAIQADQCAAIANIBEAgAyAAQYACaiIwIAMgMEgbITH9DP///3////9/////f////38hBiAAIQUDQCAFIDFIBEAgBiAFIC5sIC9q/QAEACIP/bYBIQYgBUEBaiEFDAELCyAHIAb9tgEhByAAQYACaiEADAELCyARQQJ0IC1qIAf9CwQAIBFBBGohEQwBCwsDQCAEIBFKBEAgEUECdCACaiEy/Qz///9/////f////3////9/IQdBACEAA0AgACADSARAIAMgAEGAAmoiMyADIDNIGyE0/Qz///9/////f////3////9/IQYgACEFA0AgBSA0SARAIAYgBSAubCAyav1cAgAiEP22ASEGIAVBAWohBQwBCwsgByAG/bYBIQcgAEGAAmohAAwBCwsgEUECdCAtaiAH/RsANgIAIBFBAWohEQwBCwsLC/YMAhB7JH8CQAJAAkACQAJAAkAgAA4EAQIDBAALAAsgASEaIAVBAnQhGwNAIAQgFkEEak4EQCAWQQJ0IAJqIRz9DAAAAAAAAAAAAAAAAAAAAAAhB/0MAAAAAAAAAAAAAAAAAAAAACEJQQAhAANAIAAgA0gEQCADIABBgAJqIh0gAyAdSBshHv0MAAAAAAAAAAAAAAAAAAAAACEGIAAhBQNAIAUgHkgEQCAFIBtsIBxq/QAEACEKIAYgCv3kASEGIAVBAWohBQwBCwsgByAGIAn95QEiC/3kASIMIAf95QEgC/3lASEJIAwhByAAQYACaiEADAELCyAWQQJ0IBpqIAf9CwQAIBZBBGohFgwBCwsDQCAEIBZKBEAgFkECdCACaiEf/QwAAAAAAAAAAAAAAAAAAAAAIQf9DAAAAAAAAAAAAAAAAAAAAAAhCUEAIQADQCAAIANIBEAgAyAAQYACaiIgIAMgIEgbISH9DAAAAAAAAAAAAAAAAAAAAAAhBiAAIQUDQCAFICFIBEAgBSAbbCAfav1cAgAhDSAGIA395AEhBiAFQQFqIQUMAQsLIAcgBiAJ/eUBIg795AEiDyAH/eUBIA795QEhCSAPIQcgAEGAAmohAAwBCwsgFkECdCAaaiAH/RsANgIAIBZBAWohFgwBCwsMAwsgASEiIAVBAnQhIwNAIAQgFkEEak4EQCAWQQJ0IAJqIST9DAAAgD8AAIA/AACAPwAAgD8hB0EAIQADQCAAIANIBEAgAyAAQYACaiIlIAMgJUgbISb9DAAAgD8AAIA/AACAPwAAgD8hBiAAIQUDQCAFICZIBEAgBSAjbCAkav0ABAAhECAGIBD95gEhBiAFQQFqIQUMAQsLIAcgBv3mASEHIABBgAJqIQAMAQsLIBZBAnQgImogB/0LBAAgFkEEaiEWDAELCwNAIAQgFkoEQCAWQQJ0IAJqISf9DAAAgD8AAIA/AACAPwAAgD8hB0EAIQADQCAAIANIBEAgAyAAQYACaiIoIAMgKEgbISn9DAAAgD8AAIA/AACAPwAAgD8hBiAAIQUDQCAFIClIBEAgBSAjbCAnav1cAgAhESAGIBH95gEhBiAFQQFqIQUMAQsLIAcgBv3mASEHIABBgAJqIQAMAQsLIBZBAnQgImogB/0bADYCACAWQQFqIRYMAQsLDAILIAEhKiAFQQJ0ISsDQCAEIBZBBGpOBEAgFkECdCACaiEs/QwAAID/AACA/wAAgP8AAID/IQdBACEAA0AgACADSARAIAMgAEGAAmoiLSADIC1IGyEu/QwAAID/AACA/wAAgP8AAID/IQYgACEFA0AgBSAuSARAIAUgK2wgLGr9AAQAIRIgBiAS/ekBIQYgBUEBaiEFDAELCyAHIAb96QEhByAAQYACaiEADAELCyAWQQJ0ICpqIAf9CwQAIBZBBGohFgwBCwsDQCAEIBZKBEAgFkECdCACaiEv/QwAAID/AACA/wAAgP8AAID/IQdBACEAA0AgACADSARAIAMgAEGAAmoiMCADIDBIGyEx/QwAAID/AACA/wAAgP8AAID/IQYgACEFA0AgBSAxSARAIAUgK2wgL2r9XAIAIRMgBiAT/ekBIQYgBUEBaiEFDAELCyAHIAb96QEhByAAQYACaiEADAELCyAWQQJ0ICpqIAf9GwA2AgAgFkEBaiEWDAELCwwBCyABITIgBUECdCEzA0AgBCAWQQRqTgRAIBZBAnQgAmohNP0MAACAfwAAgH8AAIB/AACAfyEHQQAhAANAIAAgA0gEQCADIABBgAJqIjUgAyA1SBshNv0MAACAfwAAgH8AAIB/AACAfyEGIAAhBQNAIAUgNkgEQCAFIDNsIDRq/QAEACEUIAYgFP3oASEGIAVBAWohBQwBCwsgByAG/egBIQcgAEGAAmohAAwBCwsgFkECdCAyaiAH/QsEACAWQQRqIRYMAQsLA0AgBCAWSgRAIBZBAnQgAmohN/0MAACAfwAAgH8AAIB/AACAfyEHQQAhAANAIAAgA0gEQCADIABBgAJqIjggAyA4SBshOf0MAACAfwAAgH8AAIB/AACAfyEGIAAhBQNAIAUgOUgEQCAFIDNsIDdq/VwCACEVIAYgFf3oASEGIAVBAWohBQwBCwsgByAG/egBIQcgAEGAAmohAAwBCwsgFkECdCAyaiAH/RsANgIAIBZBAWohFgwBCwsLC9kIAzh/BnsCfSADKAIAIANBBGooAgBsISAgA0EIaigCACETIANBDGooAgAhBSADQRBqKAIAIRsgA0EYaigCACEcIANBIGooAgAhHSADQShqKAIAIQwgA0EwaigCACENIANBLGooAgAiDiADQRRqKAIAIhdBAWtsIANBHGooAgAiCUECRmohIyADQTRqKAIAIgoiJCADQSRqKAIAIhBBAEoEfyAJIBBqQQFrIAltBUEACyIlICQgJUgbIRQgECAFICNraiImQQBKBH8gFCAKICZBAWsgCW1BAWoiJyAKICdIGyIoIBQgKEobBSAUCyEhIBtBAkYiAwRAIBdBAkYhAwsgAwRAIBxBAkYhAwsgAwRAIAlBAkYhAwsgAwRAIB1FIQMLIAMEQCAQRSEDCyADBEAgDEEBRiEDCyADBEAgDkEBRiEDCyADBEAgEyANQQF0TiEDCyAFIApBAXROIAMgAxshIgNAIBUgIEgEQCAFIBMgFWxsQQJ0IAJqISkCQCAiBEAgKSAAIAEgBSANIAoQGgwBC0EAIREDQCANIBFKBEAgESAcbCAdayIDIAwgG0EBa2xqQQFqIiogEyATICpKGyErA0AgA0EASARAIAMgDGohAwwBCwsgCiARbEECdCIsIABqIR4gASAsaiEfQQAhBgNAIAYgCkgEQAJAICEgBkEEak4gBiAUTnEEQCAGQQJ0Ii0gHmohLiAfIC1qIS/9DAAAgP8AAID/AACA/wAAgP8hPSAGIAlsIBBrIjAgAyAFbGr9Ef0MAAAAAAEAAAACAAAAAwAAACAJ/RH9tQEiP/2uASE+IAMhBwNAIAcgK0gEQEEAIQgDQCAIIBdIBEAgCCAObCAwaiIxIAUgB2xqQQJ0IClqITIgCUEBRgR7IDL9AAQABSAJQQJGBHsgMv0ABAAgMv0ABBD9DQABAgMICQoLEBESExgZGhsFIDL9CQIAIDIgCUECdCIzaioCAP0gASAzQQF0IDJqKgIA/SACIDNBA2wgMmoqAgD9IAMLCyJAID0gQCA9/UQgQCBA/UL9UCJB/VIhPSAxIAUgB2xq/REgP/2uASA+IEH9UiE+IAhBAWohCAwBCwsgByAMaiEHDAELCyAuID39CwQAIC8gPv0LBAAgBkEDaiEGDAELIAYgCWwgEGsiByAOIBdBAWtsakEBaiI0IAUgBSA0ShshNQNAIAdBAEgEQCAHIA5qIQcMAQsLIAZBAnQiNiAeaiE3IB8gNmohOCA1ITlDAACA/yFCIAcgAyAFbGohEiADIQQDQCAEICtIBEAgByEIA0AgCCA5SARAIAggBCAFbGoiOkECdCApaioCACJDIENcIEIgQ11yBEAgQyFCIDohEgsgCCAOaiEIDAELCyAEIAxqIQQMAQsLIDcgQjgCACA4IBI2AgALIAZBAWohBgwBCwsgEUEBaiERDAELCwsgCiANbEECdCI7IAFqIQEgACA7aiEAIBVBAWohFQwBCwsLqwEBBn8gA0EwaigCACADQTRqKAIAbCEFIABBACADKAIAIANBBGooAgBsIgYgA0EIaigCACADQQxqKAIAbCIHbEECdPwLAEEAIQMDQCADIAZIBEAgAyAHbEECdCAAaiEIQQAhBANAIAQgBUgEQCACKAIAQQJ0IAhqIgkgCSoCACABKgIAkjgCACABQQRqIQEgAkEEaiECIARBAWohBAwBCwsgA0EBaiEDDAELCwvEBQMefxV7An0DQCAEIAtKBEAgAyALQQF0bCITQQJ0IABqIhQgA0ECdGohFSAFIAtsQQJ0IhYgAWohDkEAIQcgBUEETiIGBEAgAyAFQQF0TiEGCyACIBZqIQ8DQCAFIAdKQQAgBhsEQCAFQQRrIAcgBSAHQQRqSBsiF0EDdCIYIBRqIRkgFSAYaiIa/QAEACEoIBr9AAQQISkgGf0ABAAiKiAZ/QAEECIr/Q0AAQIDCAkKCxAREhMYGRobISwgF0EBdCIbIBNqIhz9Ef0MAAAAAAIAAAAEAAAABgAAAP2uASEtICogK/0NBAUGBwwNDg8UFRYXHB0eHyIuICz9RCAuIC79Qv1QIS8gLiAsIC/9UiEwIBxBAWr9Ef0MAAAAAAIAAAAEAAAABgAAAP2uASAtIC/9UiExICggKf0NAAECAwgJCgsQERITGBkaGyIyIDD9RCAyIDL9Qv1QITMgMiAwIDP9UiE0IAMgE2ogG2oiHf0R/QwAAAAAAgAAAAQAAAAGAAAA/a4BIDEgM/1SITUgHUEBav0R/QwAAAAAAgAAAAQAAAAGAAAA/a4BIDUgKCAp/Q0EBQYHDA0ODxQVFhccHR4fIjYgNP1EIDYgNv1C/VAiN/1SITggF0ECdCIeIA5qIDYgNCA3/VL9CwQAIA8gHmogOP0LBAAgF0EEaiEHDAELCwNAIAUgB0oEQCAHQQJ0Ih8gDmohICAPIB9qIRAgC0EBdCIGQQJqIREgB0EBdCIhISIgIUECaiESQwAAgP8hOSAiIAMgBmxqIQgDQCAGIBFIBEAgIiEJA0AgCSASSARAIAkgAyAGbGoiI0ECdCAAaioCACI6IDpcIDkgOl1yBEAgIyEIIDohOQsgCUEBaiEJDAELCyAGQQFqIQYMAQsLICAgOTgCACAQIAg2AgAgB0EBaiEHDAELCyALQQFqIQsMAQsLC94DAh5/An0gACESIAEhEyACKAIAIAJBBGooAgBsIRQgAkEIaigCACEIIAJBDGooAgAhBCACQRBqKAIAIRUgAkEUaigCACEWIAJBGGooAgAhFyACQRxqKAIAIRggAkEgaigCACELIAJBJGooAgAhDCACQTBqKAIAIQ0gAkE0aigCACEOA0AgBSAUSARAIAQgBSAIbGxBAnQgE2ohGUEAIQYDQCAGIA1IBEAgFSAGIBdsIAtrIglqIhogCCALaiIbIBogG0gbIQpBACEHA0AgByAOSARAIAogCWsgFiAHIBhsIAxrIhxqIh0gBCAMaiIeIB0gHkgbIh8gHGtsISAgByAOIAYgBSANbGpsakECdCASaiEPAkAgHEEAIBxBAEobIiEgHyAEIAQgH0obIhBOIAlBACAJQQBKGyIBIAogCCAIIApKGyIRTnIEQCAPQwAAAAA4AgAMAQsgICARIAFrIBAgIWtsIAMbsiEjQwAAAAAhIgNAIAEgEUgEQCAhIQIDQCACIBBIBEAgIiACIAEgBGxqQQJ0IBlqKgIAkiEiIAJBAWohAgwBCwsgAUEBaiEBDAELCyAPICIgI5U4AgALIAdBAWohBwwBCwsgBkEBaiEGDAELCyAFQQFqIQUMAQsLC9YDAiB/AX0gASESIAAhEyACQRBqKAIAIRQgAkEUaigCACEVIAJBGGooAgAhFiACQRxqKAIAIRcgAkEgaigCACEMIAJBJGooAgAhDSACQTBqKAIAIQ4gAkE0aigCACEPIABBACACQQxqKAIAIgQgAkEIaigCACIIIAIoAgAgAkEEaigCAGwiGGxsQQJ0/AsAA0AgBSAYSARAIAQgBSAIbGxBAnQgE2ohGUEAIQYDQCAGIA5IBEAgFCAGIBZsIAxrIglqIhogCCAMaiIbIBogG0gbIQpBACEHA0AgByAPSARAIAogCWsgFSAHIBdsIA1rIhxqIh0gBCANaiIeIB0gHkgbIh8gHGtsISAgHEEAIBxBAEobIiIgHyAEIAQgH0obIhBOIAlBACAJQQBKGyIBIAogCCAIIApKGyIRTnJFBEAgByAPIAYgBSAObGpsakECdCASaiEhICEqAgAgICARIAFrIBAgImtsIAMbspUhJANAIAEgEUgEQCAiIQIDQCACIBBIBEAgAiABIARsakECdCAZaiIjICMqAgAgJJI4AgAgAkEBaiECDAELCyABQQFqIQEMAQsLCyAHQQFqIQcMAQsLIAZBAWohBgwBCwsgBUEBaiEFDAELCwuEAwMHfwt7B30gCEEBcSEKIAhBAnFBAEchCyAIQQRxQQBHIQwgCEEIcUEARyENIASMIhz9EyETIAb9EyEUIAX9EyESIAf9EyEVQQAhCANAIAMgCEEEak4EQCAAIAhBAnQiDmr9AAQAIRYgASAOav0ABAAiF/3hASAXIA0bIhggFiAV/eYB/eQBIBggB0MAAAAAXBshGSAAIA5qIBYgCgR7IAIgDmogCwR7IBkFIAIgDmr9AAQAIBL95gEgGSAU/eYB/eQBCyIa/QsEACAZIBogEv3mAf3kASAaIAwbBSAZCyAT/eYB/eQB/QsEACAIQQRqIQgMAQsLA0AgAyAISgRAIAAgCEECdCIPaioCACEdIAEgD2oqAgAiHowgHiANGyIfIB0gB5SSIB8gB0MAAAAAXBshICAAIA9qIB0gCgR9IAIgD2ogCwR9ICAFIAIgD2oqAgAgBZQgICAGlJILIiE4AgAgICAhIAWUkiAhIAwbBSAgCyAclJI4AgAgCEEBaiEIDAELCwvRBQINfw97A0AgBCAISgRAIAIgCGwgAWohCSACQQRGQQYgBCAIayIMIAxBBkobIg1BBkZxBEBBACEHA0AgBSAHSgRAIAAgAyAHbCAJaiIO/QAEAP0LBAAgACAOKQMQNwMQIABBGGohACAHQQFqIQcMAQsLBSADQQRGIA1BBkZxBEBBACEHA0AgBSAHQQRqIg9OBEAgACAHQQJ0IAlqIhD9AAQAIhkgAiAQav0ABAAiGv0NAAECAxAREhMEBQYHFBUWFyIbIAJBAXQgEGr9AAQAIhYgAkEDbCAQav0ABAAiF/0NAAECAxAREhMEBQYHFBUWFyIY/Q0AAQIDBAUGBxAREhMUFRYX/QsEACAAQRhqIBsgGP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAEEwaiAZIBr9DQgJCgsYGRobDA0ODxwdHh8iHCAWIBf9DQgJCgsYGRobDA0ODxwdHh8iHf0NAAECAwQFBgcQERITFBUWF/0LBAAgAEHIAGogHCAd/Q0ICQoLDA0ODxgZGhscHR4f/QsEACAAIAJBAnQgEGr9AAQAIh4gAkEFbCAQav0ABAAiH/0NAAECAxAREhMEBQYHFBUWFyIg/VsDEAAgACAg/VsDKAEgACAeIB/9DQgJCgsYGRobDA0ODxwdHh8iIf1bA0AAIAAgIf1bA1gBIABB4ABqIQAgDyEHDAELCwNAIAUgB0oEQCAHQQJ0IAlqIRFBACEGA0AgBkEGSARAIAZBAnQgAGogAiAGbCARaioCADgCACAGQQFqIQYMAQsLIABBGGohACAHQQFqIQcMAQsLBUEAIQYDQCAFIAZKBEAgAyAGbCAJaiESQQAhBwNAIAdBBkgEQCAHQQJ0IABqIAcgDUgEfSACIAdsIBJqKgIABUMAAAAACzgCACAHQQFqIQcMAQsLIABBGGohACAGQQFqIQYMAQsLCwsgCEEGaiEIDAELCwvKBgIVexZ/IAAhJCACIAIgB0EBa2wiHyACIB9JGyABaiEhIAJBAXQiJSAfIB8gJUsbIAFqISIgAkEDbCImIB8gHyAmSxsgAWohIyACQQJ0IicgHyAfICdLGyABaiEAIAJBBWwiKCAfIB8gKEsbIAFqIQIgJEECdCABaiEpA0AgASApSQRAIAH9CQIAIhkgA/0ABAAiFyAM/YUCIQwgGSAD/QAEECIYIAv9hQIhCyAh/QkCACIaIBcgEv2FAiESIBogGCAN/YUCIQ0gIv0JAgAiGyAXIBP9hQIhEyAbIBggDv2FAiEOICP9CQIAIhwgFyAU/YUCIRQgHCAYIA/9hQIhDyAA/QkCACIdIBcgFf2FAiEVIB0gGCAQ/YUCIRAgAv0JAgAiHiAXIBb9hQIhFiAeIBggEf2FAiERIAJBBGohAiAAQQRqIQAgAUEEaiEBICFBBGohISAiQQRqISIgI0EEaiEjIAMgBGohAwwBCwsCQCAIQQhGIAdBBkZxBEAgCQRAIAwgBf0ABAD95AEhDCALIAX9AAQQ/eQBIQsLIAUgDP0LBAAgBSAL/QsEECAFIAZqIiogCQR7IA0gKv0ABBD95AEhDSASICr9AAQA/eQBBSASC/0LBAAgKiAN/QsEECAGQQF0IAVqIisgCQR7IA4gK/0ABBD95AEhDiATICv9AAQA/eQBBSATC/0LBAAgKyAO/QsEECAGQQNsIAVqIiwgCQR7IA8gLP0ABBD95AEhDyAUICz9AAQA/eQBBSAUC/0LBAAgLCAP/QsEECAGQQJ0IAVqIi0gCQR7IBAgLf0ABBD95AEhECAVIC39AAQA/eQBBSAVC/0LBAAgLSAQ/QsEECAGQQVsIAVqIi4gCQR7IBEgLv0ABBD95AEhESAWIC79AAQA/eQBBSAWC/0LBAAgLiAR/QsEEAwBCyMAQaABaiIvIAz9CwQAIC8gC/0LBBAgL0EgaiIwIBL9CwQAIDAgDf0LBBAgL0FAayIxIBP9CwQAIDEgDv0LBBAgL0HgAGoiMiAU/QsEACAyIA/9CwQQIC9BgAFqIjMgFf0LBAAgMyAQ/QsEECAvQaABaiI0IBb9CwQAIDQgEf0LBBAgLyAFIAYgByAIIAkQBAsLvwgCH3sNfyAAQRhsIAFqISggAf0JAgAiGCAC/QAEACIZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRMgGCAC/QAEECIa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQ0gAf0JAgQiGyAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRQgGyAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQ4gAf0JAggiHCAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRUgHCAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQ8gAf0JAgwiHSAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRYgHSAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRAgAf0JAhAiHiAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRcgHiAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIREgAf0JAhQiHyAZ/QwAAAAAAAAAAAAAAAAAAAAA/YUCIQogHyAa/QwAAAAAAAAAAAAAAAAAAAAA/YUCIRIgAUEYaiEBIAIgA2ohAgNAIAEgKEkEQCAB/QkCACIgIAL9AAQAIiEgE/2FAiETICAgAv0ABBAiIiAN/YUCIQ0gAf0JAgQiIyAhIBT9hQIhFCAjICIgDv2FAiEOIAH9CQIIIiQgISAV/YUCIRUgJCAiIA/9hQIhDyAB/QkCDCIlICEgFv2FAiEWICUgIiAQ/YUCIRAgAf0JAhAiJiAhIBf9hQIhFyAmICIgEf2FAiERIAH9CQIUIicgISAK/YUCIQogJyAiIBL9hQIhEiABQRhqIQEgAiADaiECDAELCwJAIAdBCEYgBkEGRnEEQCAEIAgEeyANIAT9AAQQ/eQBIQ0gEyAE/QAEAP3kAQUgEwv9CwQAIAQgDf0LBBAgBCAFaiIpIAgEeyAOICn9AAQQ/eQBIQ4gFCAp/QAEAP3kAQUgFAv9CwQAICkgDv0LBBAgBUEBdCAEaiIqIAgEeyAPICr9AAQQ/eQBIQ8gFSAq/QAEAP3kAQUgFQv9CwQAICogD/0LBBAgBUEDbCAEaiIrIAgEeyAQICv9AAQQ/eQBIRAgFiAr/QAEAP3kAQUgFgv9CwQAICsgEP0LBBAgBUECdCAEaiIsIAgEeyARICz9AAQQ/eQBIREgFyAs/QAEAP3kAQUgFwv9CwQAICwgEf0LBBAgBUEFbCAEaiItIAgEeyASIC39AAQQ/eQBIRIgCiAt/QAEAP3kAQUgCgv9CwQAIC0gEv0LBBAMAQsjAEGgAWoiLiIvIBP9CwQAIC8gDf0LBBAgLkEgaiIwIBT9CwQAIDAgDv0LBBAgLkFAayIxIBX9CwQAIDEgD/0LBBAgLkHgAGoiMiAW/QsEACAyIBD9CwQQIC5BgAFqIjMgF/0LBAAgMyAR/QsEECAuQaABaiI0IAr9CwQAIDQgEv0LBBAgLiAEIAUgBiAHIAgQBAsLxAQCD3sPfyAAIR0gAiACIAdBAWtsIhkgAiAZSRsgAWohGyACQQF0Ih4gGSAZIB5LGyABaiEcIAJBA2wiHyAZIBkgH0sbIAFqIQAgHUECdCABaiEgA0AgASAgSQRAIAH9CQIAIhUgA/0ABAAiEyAM/YUCIQwgFSAD/QAEECIUIAr9hQIhCiAb/QkCACIWIBMgEP2FAiEQIBYgFCAN/YUCIQ0gHP0JAgAiFyATIBH9hQIhESAXIBQgDv2FAiEOIAD9CQIAIhggEyAS/YUCIRIgGCAUIA/9hQIhDyABQQRqIQEgG0EEaiEbIBxBBGohHCAAQQRqIQAgAyAEaiEDDAELCwJAIAhBCEYgB0EERnEEQCAJBEAgDCAF/QAEAP3kASEMIAogBf0ABBD95AEhCgsgBSAM/QsEACAFIAr9CwQQIAUgBmoiISAJBHsgDSAh/QAEEP3kASENIBAgIf0ABAD95AEFIBAL/QsEACAhIA39CwQQIAZBAXQgBWoiIiAJBHsgDiAi/QAEEP3kASEOIBEgIv0ABAD95AEFIBEL/QsEACAiIA79CwQQIAZBA2wgBWoiIyAJBHsgDyAj/QAEEP3kASEPIBIgI/0ABAD95AEFIBIL/QsEACAjIA/9CwQQDAELIwBBoAFqIiQgDP0LBAAgJCAK/QsEECAkQSBqIiUgEP0LBAAgJSAN/QsEECAkQUBrIiYgEf0LBAAgJiAO/QsEECAkQeAAaiInIBL9CwQAICcgD/0LBBAgJCAFIAYgByAIIAkQBAsLrgQCEHsIfwNAIAAgGUoEQCAB/QAEACIJIAn9DQABAgMAAQIDAAECAwABAgMiFSAC/QAEACITIA/9hQIhDyAVIAL9AAQQIhQgC/2FAiELIAkgCf0NBAUGBwQFBgcEBQYHBAUGByIWIBMgEP2FAiEQIBYgFCAM/YUCIQwgCSAJ/Q0ICQoLCAkKCwgJCgsICQoLIhcgEyAR/YUCIREgFyAUIA39hQIhDSAJIAn9DQwNDg8MDQ4PDA0ODwwNDg8iGCATIBL9hQIhEiAYIBQgDv2FAiEOIAFBGGohASACIANqIQIgGUEBaiEZDAELCwJAIAdBCEYgBkEERnEEQCAEIAgEeyALIAT9AAQQ/eQBIQsgDyAE/QAEAP3kAQUgDwv9CwQAIAQgC/0LBBAgBCAFaiIaIAgEeyAMIBr9AAQQ/eQBIQwgECAa/QAEAP3kAQUgEAv9CwQAIBogDP0LBBAgBUEBdCAEaiIbIAgEeyANIBv9AAQQ/eQBIQ0gESAb/QAEAP3kAQUgEQv9CwQAIBsgDf0LBBAgBUEDbCAEaiIcIAgEeyAOIBz9AAQQ/eQBIQ4gEiAc/QAEAP3kAQUgEgv9CwQAIBwgDv0LBBAMAQsjAEGgAWoiHSAP/QsEACAdIAv9CwQQIB1BIGoiHiAQ/QsEACAeIAz9CwQQIB1BQGsiHyAR/QsEACAfIA39CwQQIB1B4ABqIiAgEv0LBAAgICAO/QsEECAdIAQgBSAGIAcgCBAECwsHAEGAgMgBCwYAQYDcCwsEAEEGC8MHASd/IBMgEmsiHkEATCARIBBrIh9BAExyBEAPCyAFQQJ0IRYgC0EBRiAJQQFGcSAGQcAATnEgBEEgTHEgBCAFbEGAwABMcSEqIAxBAUYiBQRAIB9BIEwhBQsgCEECdCEYIAlBAUYiCARAIB5BgAJMIQgLIAlBAnQhKSALQQJ0IRsgDEECdCEcQQEgBkEBIAZBjwNqQZADbSIsICxBAEwbIi1qQQFrIC1tQQNqQXxxIi4gLkEATBshJUEAIREDQCADIBFKBEAgByARbEECdCABaiAQIBhsaiEmIAogEWxBAnQgAmogEiAcbGohICAPBH8gAAUgFiAEIBFsbCAAagsgECAWbGogEkECdGohJyARQQBKQQAgDxshHQJAIAZFBEAgHUUEQEEAIQkDQCAJIB9IBEAgCSAWbCAnakEAIB5BAnT8CwAgCUEBaiEJDAELCwsMAQsgKgRAICcgFiAmIBggICAcIB8gHiAGIB0QJwwBC0EAIQwDQCAMIB5IBEBBgBAgHiAMayIvIC9BgBBKGyEwQQAhCQNAIAYgCUoEQCAlIAYgCWsiMSAlIDFIGyEyIAUEQCAwIDBBCG9rITMgMCAzSgRAIA4gCSAbbCAgaiAcIAwgM2psaiAbIBwgMiAwIDNrEA4LBSAOIAkgG2wgIGogDCAcbGogGyAcIDIgMBAOC0EAIRQDQCAUIB9IBEBB+AAgHyAUayI0IDRB+ABKGyEoIAhFBEAgDSAUIBhsICZqIAkgKWxqIBggKSAoIDIQHgtBACEZA0AgGSAwSARAQQggMCAZayI1IDVBCEobIiFBCEYgBSAFGyI2BH8gCSAbbCAgaiAMIBlqQQJ0agUgBQR/IA4FIBkgMmxBAnQgDmoLCyEiIBtBICA2GyEjQQAhFQNAIBUgKEgEQCAWIBQgFWoiK2wgJ2ogDCAZakECdGohJEEGICggFWsiNyA3QQZKGyE4AkAgCARAIBggK2wgJmogCUECdGohOSA4QQRMBEAgMiA5IBggIiAjICQgFiA4ICFBASAdIAlBAEobECEFIDIgOSAYICIgIyAkIBYgOCAhQQEgHSAJQQBKGxAfCwwBCyAVIDJsQQJ0IA1qITogOEEESgRAIDIgOiAiICMgJCAWIDggIUEBIB0gCUEAShsQIAUgMiA6ICIgIyAkIBYgOCAhQQEgHSAJQQBKGxAiCwsgFUEGaiEVDAELCyAZQQhqIRkMAQsLIBRB+ABqIRQMAQsLIAkgJWohCQwBCwsgDEGAEGohDAwBCwsLIBFBAWohEQwBCwsLoAkDFnsYfw99IAhBfHEhJwNAIAYgIkECak4EQCADIAMgImwgAmoiJWohJkEAISMDQCAHICNBBGpOBEAgBSAFIAUgBSAjbCAEaiIraiIoaiIpaiEq/QwAAAAAAAAAAAAAAAAAAAAAIQr9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhD/0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRH9DAAAAAAAAAAAAAAAAAAAAAAhEkEAISEDQCAhICdIBEAgJSAhQQJ0Iixq/QAEACITICsgLGr9AAQAIhUgCv2FAiEKICYgLGr9AAQAIhQgFSAP/YUCIQ8gEyAoICxq/QAEACIWIAz9hQIhDCAUIBYgEP2FAiEQIBMgKSAsav0ABAAiFyAN/YUCIQ0gFCAXIBH9hQIhESATICogLGr9AAQAIhggDv2FAiEOIBQgGCAS/YUCIRIgIUEEaiEhDAELCyAK/R8AIAr9HwGSIAr9HwIgCv0fA5KSITkgDCIZ/R8AIBn9HwGSIBn9HwIgGf0fA5KSITogDSIa/R8AIBr9HwGSIBr9HwIgGv0fA5KSITsgDiIb/R8AIBv9HwGSIBv9HwIgG/0fA5KSITwgDyIc/R8AIBz9HwGSIBz9HwIgHP0fA5KSIT0gECId/R8AIB39HwGSIB39HwIgHf0fA5KSIT4gESIe/R8AIB79HwGSIB79HwIgHv0fA5KSIT8gEiIf/R8AIB/9HwGSIB/9HwIgH/0fA5KSIUAgJyEgA0AgCCAgSgRAIDkgJSAgQQJ0Ii1qKgIAIkUgKyAtaioCACJBlJIhOSA6IEUgKCAtaioCACJClJIhOiA7IEUgKSAtaioCACJDlJIhOyA8IEUgKiAtaioCACJElJIhPCA9ICYgLWoqAgAiRiBBlJIhPSA+IEYgQpSSIT4gPyBGIEOUkiE/IEAgRiBElJIhQCAgQQFqISAMAQsLIAEgASAibCAAaiAjQQJ0aiIuaiEvIC4gCQR9IC4qAgAgOZIFIDkLOAIAIC5BBGoiMCAJBH0gMCoCACA6kgUgOgs4AgAgLkEIaiIxIAkEfSAxKgIAIDuSBSA7CzgCACAuQQxqIjIgCQR9IDIqAgAgPJIFIDwLOAIAIC8gCQR9IC8qAgAgPZIFID0LOAIAIC9BBGoiMyAJBH0gMyoCACA+kgUgPgs4AgAgL0EIaiI0IAkEfSA0KgIAID+SBSA/CzgCACAvQQxqIjUgCQR9IDUqAgAgQJIFIEALOAIAICNBBGohIwwBCwsDQCAHICNKBEAgI0ECdCI2IAEgImwgAGpqICUgBSAjbCAEaiI3IAggCRANIAEgIkEBamwgAGogNmogJiA3IAggCRANICNBAWohIwwBCwsgIkECaiEiDAELCwNAIAYgIkoEQEEAISADQCAHICBKBEAgASAibCAAaiAgQQJ0aiADICJsIAJqIAUgIGwgBGogCCAJEA0gIEEBaiEgDAELCyAiQQFqISIMAQsLC44CAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAAIA8gCkECdCITIAJqKAIAbCAHamoiFCAUKAIAIAEgE2ooAgBqNgIAIAVBAWshCQNAIAlBAE4EQAJAIAMgCUECdCIVaigCACENIAYgCUYEf0EABSAEIBVqKAIAQQJ0CyEOIA0gCyAVaiIQKAIAQQFqIhFKBEAgECARNgIAIAcgDmohBwwBCyALIBVqQQA2AgAgByANQQFrIA5sayEHIAlBAWshCQwCCwsLIApBAWohCgwBCwsLjgIBD38jACELQQEhDANAIAUgB0oEQCAHQQJ0IhIgA2ooAgAgDGwhDCALIBJqQQA2AgAgB0EBaiEHDAELCyAGQQJ0IARqKAIAQQJ0IQ9BACEHA0AgCiAMSARAIAAgDyAKQQJ0IhMgAmooAgBsIAdqaiIUIBQqAgAgASATaioCAJI4AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtkAQR/IAVBAnQhCgNAIAMgB0oEQCAKIAQgB2xsIAFqIQlBACEIA0AgBiAISgRAIAAgCiAIQQJ0IAJqKAIAbCAJaiAK/AoAACAAIApqIQAgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/a4B/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMoAgAgASASaigCAGo2AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC9MBAQ1/IAAhDCACIQ0gBUECdCEJA0AgAyAHSgRAIAkgBCAHbGwgDGohDkEAIQgDQCAGIAhKBEAgCSAIQQJ0IA1qKAIAbCAOaiELQQAhAANAIAUgAEEEaiIPTgRAIABBAnQiECALaiIRIBH9AAQAIAEgEGr9AAQA/eQB/QsEACAPIQAMAQsLA0AgACAFSARAIABBAnQiEiALaiITIBMqAgAgASASaioCAJI4AgAgAEEBaiEADAELCyABIAlqIQEgCEEBaiEIDAELCyAHQQFqIQcMAQsLC4oCAQ9/IwAhC0EBIQwDQCAFIAdKBEAgB0ECdCISIANqKAIAIAxsIQwgCyASakEANgIAIAdBAWohBwwBCwsgBkECdCAEaigCAEECdCEPQQAhBwNAIAogDEgEQCAPIApBAnQiEyACaigCAGwgB2ohFCAAIBNqIAEgFGooAgA2AgAgBUEBayEJA0AgCUEATgRAAkAgAyAJQQJ0IhVqKAIAIQ0gBiAJRgR/QQAFIAQgFWooAgBBAnQLIQ4gDSALIBVqIhAoAgBBAWoiEUoEQCAQIBE2AgAgByAOaiEHDAELIAsgFWpBADYCACAHIA1BAWsgDmxrIQcgCUEBayEJDAILCwsgCkEBaiEKDAELCwtHAQJ/IwBBgAFqIQtBBEEAIAAgBiAKIAEgByACBH8gAgUgCyAENgIAIAsLIAggAwR/IAMFIAtBBGoiDCAFNgIAIAwLIAkQAQuKCAIWfwx7IAZBASAEQQFGIAJBAUZxIgwbBEAgDCAGQQFGcQRAIAX9CQIAGgNAIAcgCEEQaiINTgRAIAEgCEECdCIOav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEgIAAgDmogAyAOav0ABAAgBSIPIA5q/QAEACAg/VL9CwQAIAEgDkEQaiIQav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCEhIAAgEGogAyAQav0ABAAgDyAQav0ABAAgIf1S/QsEACABIA5BIGoiEWr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TghIiAAIBFqIAMgEWr9AAQAIA8gEWr9AAQAICL9Uv0LBAAgASAOQTBqIhJq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISMgACASaiADIBJq/QAEACAPIBJq/QAEACAj/VL9CwQAIA0hCAwBCwsLBSAF/QkCACEkA0AgByAIQRBqIhNOBEAgASAIQQJ0IhRq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISUgACAUaiADIBRq/QAEACAkICX9Uv0LBAAgASAUQRBqIhVq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISYgACAVaiADIBVq/QAEACAkICb9Uv0LBAAgASAUQSBqIhZq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IScgACAWaiADIBZq/QAEACAkICf9Uv0LBAAgASAUQTBqIhdq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04ISggACAXaiADIBdq/QAEACAkICj9Uv0LBAAgEyEIDAELCwsDQCAHIAhBBGpOBEACeyACQQJ0IAhsIAFqIRggAkEBRgRAIBj9AAQADAELIAJFBEAgGP0JAgAMAQsgGCgCAP0RIBggAkECdCIZaigCAP0cASAZQQF0IBhqKAIA/RwCIBlBA2wgGGooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TghKSAIQQJ0IABqAnsgBEECdCAIbCADaiEaIARBAUYEQCAa/QAEAAwBCyAERQRAIBr9CQIADAELIBooAgD9ESAaIARBAnQiG2ooAgD9HAEgG0EBdCAaaigCAP0cAiAbQQNsIBpqKAIA/RwDCwJ7IAZBAnQgCGwgBWohHCAGQQFGBEAgHP0ABAAMAQsgBkUEQCAc/QkCAAwBCyAcKAIA/REgHCAGQQJ0Ih1qKAIA/RwBIB1BAXQgHGooAgD9HAIgHUEDbCAcaigCAP0cAwsgKf1S/QsEACAIQQRqIQgMAQsLA0AgByAISgRAIAhBAnQgAGogBEECdCAIbCADaigCACAGQQJ0IAhsIAVqKAIAIAJBAnQgCGwgAWooAgAbNgIAIAhBAWohCAwBCwsLGgBBASAAIAEgAyAFIAIgBEEAQQBBAEEAEAELGgBBACAAIAEgAyAFIAIgBEEAQQBBAEEAEAELqhUCfHsefwJAAkACQAJAAkAgAARAIABBAUYNASAAQQ9GDQIgAEETRg0DIABBF0YNBAALA0AgBSCGAUoEQEEAIYMBIARBAUYEQANAIAYggwFBEGpOBEAgASCDAUECdCKHAWogAiCHAWr9AAQA/aEB/QsEACABIIcBaiACIIcBav0ABBD9oQH9CwQQIAEghwFqIAIghwFq/QAEIP2hAf0LBCAgASCHAWogAiCHAWr9AAQw/aEB/QsEMCCDAUEQaiGDAQwBCwsDQCAGIIMBQQRqTgRAIIMBQQJ0IogBIAJq/QAEACEKIAEgiAFqIAr9oQH9CwQAIIMBQQRqIYMBDAELCwUgBEECdCGJAQNAIAYggwFBBGpOBEAggwFBAnQgAWoggwEgiQFsIAJqIooBKAIA/REgiQEgigFqKAIA/RwBIIkBQQF0IIoBaigCAP0cAiCJAUEDbCCKAWooAgD9HAP9oQH9CwQAIIMBQQRqIYMBDAELCwsDQCAGIIMBSgRAIIMBQQJ0IAFqIARBAnQggwFsIAJq/QkCAP2hAf0bADYCACCDAUEBaiGDAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiCGAUEBaiGGAQwBCwsMBAtBASGLAQNAIAUghgFKBEBBACGDASAEQQFGBEADQCAGIIMBQRBqTgRAIAEggwFBAnQijAFqIAIgjAFq/QAEACELIAv9oAH9CwQAIAIgjAFq/QAEECEaIAEgjAFqIBr9oAH9CwQQIAIgjAFq/QAEICEpIAEgjAFqICn9oAH9CwQgIAIgjAFq/QAEMCE4IAEgjAFqIDj9oAH9CwQwIIMBQRBqIYMBDAELCwNAIAYggwFBBGpOBEAggwFBAnQijQEgAmr9AAQAIUcgASCNAWogR/2gAf0LBAAggwFBBGohgwEMAQsLBSAEQQJ0IY4BA0AgBiCDAUEEak4EQCCDASCOAWwgAmoijwEoAgD9ESCOASCPAWooAgD9HAEgjgFBAXQgjwFqKAIA/RwCII4BQQNsII8BaigCAP0cAyFWIIMBQQJ0IAFqIFb9oAH9CwQAIIMBQQRqIYMBDAELCwsDQCAGIIMBSgRAIARBAnQggwFsIAJq/QkCACFlIIMBQQJ0IAFqIGX9oAH9GwA2AgAggwFBAWohgwEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIghgFBAWohhgEMAQsLDAMLA0AgBSCGAUoEQEEAIYMBIARBAUYEQANAIAYggwFBEGpOBEAgASCDAUECdCKQAWogAiCQAWr9AAQAInT9DAAAAAAAAAAAAAAAAAAAAAD9OSB0/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQAIAEgkAFqIAIgkAFq/QAEECJ1/QwAAAAAAAAAAAAAAAAAAAAA/Tkgdf0MAAAAAAAAAAAAAAAAAAAAAP07/bEB/QsEECABIJABaiACIJABav0ABCAidv0MAAAAAAAAAAAAAAAAAAAAAP05IHb9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0LBCAgASCQAWogAiCQAWr9AAQwInf9DAAAAAAAAAAAAAAAAAAAAAD9OSB3/QwAAAAAAAAAAAAAAAAAAAAA/Tv9sQH9CwQwIIMBQRBqIYMBDAELCwNAIAYggwFBBGpOBEAggwFBAnQikQEgAmr9AAQAIXggASCRAWogeP0MAAAAAAAAAAAAAAAAAAAAAP05IHj9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0LBAAggwFBBGohgwEMAQsLBSAEQQJ0IZIBA0AgBiCDAUEEak4EQCCDAUECdCABaiCDASCSAWwgAmoikwEoAgD9ESCSASCTAWooAgD9HAEgkgFBAXQgkwFqKAIA/RwCIJIBQQNsIJMBaigCAP0cAyJ5/QwAAAAAAAAAAAAAAAAAAAAA/Tkgef0MAAAAAAAAAAAAAAAAAAAAAP07/bEB/QsEACCDAUEEaiGDAQwBCwsLA0AgBiCDAUoEQCCDAUECdCABaiAEQQJ0IIMBbCACav0JAgAiev0MAAAAAAAAAAAAAAAAAAAAAP05IHr9DAAAAAAAAAAAAAAAAAAAAAD9O/2xAf0bADYCACCDAUEBaiGDAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiCGAUEBaiGGAQwBCwsMAgsDQCAFIIYBSgRAQQAhgwEgBEEBRgRAA0AgBiCDAUEQak4EQCABIIMBQQJ0IpQBaiACIJQBav0ABAAieyB7/bUB/QsEACABIJQBaiACIJQBav0ABBAifCB8/bUB/QsEECABIJQBaiACIJQBav0ABCAifSB9/bUB/QsEICABIJQBaiACIJQBav0ABDAifiB+/bUB/QsEMCCDAUEQaiGDAQwBCwsDQCAGIIMBQQRqTgRAIIMBQQJ0IpUBIAJq/QAEACF/IAEglQFqIH8gf/21Af0LBAAggwFBBGohgwEMAQsLBSAEQQJ0IZYBA0AgBiCDAUEEak4EQCCDAUECdCABaiCDASCWAWwgAmoilwEoAgD9ESCWASCXAWooAgD9HAEglgFBAXQglwFqKAIA/RwCIJYBQQNsIJcBaigCAP0cAyKAASCAAf21Af0LBAAggwFBBGohgwEMAQsLCwNAIAYggwFKBEAggwFBAnQgAWogBEECdCCDAWwgAmr9CQIAIoEBIIEB/bUB/RsANgIAIIMBQQFqIYMBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIIYBQQFqIYYBDAELCwwBCwNAIAUghgFKBEBBACGDASAEQQFGBEADQCAGIIMBQRBqIpgBTgRAIAEggwFBAnQimQFqIAIgmQFqIpoB/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgmQFqIpsBIJoB/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIJsBIJoB/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIJsBIJoB/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIJgBIYMBDAELCwNAIAYggwFBBGoinAFOBEAggwFBAnQinQEgAmr9AAQAIYIBIAEgnQFqIIIB/QwAAAAAAAAAAAAAAAAAAAAA/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgnAEhgwEMAQsLBSAEQQJ0IZ4BA0AgBiCDAUEEaiKfAU4EQCCDAUECdCABaiCDASCeAWwgAmoioAEoAgD9ESCeASCgAWooAgD9HAEgngFBAXQgoAFqKAIA/RwCIJ4BQQNsIKABaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIJ8BIYMBDAELCwsDQCAGIIMBSgRAIIMBQQJ0IAFqIARBAnQggwFsIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP03/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAggwFBAWohgwEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIghgFBAWohhgEMAQsLCwv0XAK/AXtWfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4YAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYAAsACwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQRBqTgRAIAEgxgFBAnQiywFqIAIgywFq/QAEACEKIAr94QH9CwQAIAIgywFq/QAEECEZIAEgywFqIBn94QH9CwQQIAIgywFq/QAEICEoIAEgywFqICj94QH9CwQgIAIgywFq/QAEMCE3IAEgywFqIDf94QH9CwQwIMYBQRBqIcYBDAELCwNAIAYgxgFBBGpOBEAgxgFBAnQizAEgAmr9AAQAIUYgASDMAWogRv3hAf0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0Ic0BA0AgBiDGAUEEak4EQCDGASDNAWwgAmoizgEoAgD9ESDNASDOAWooAgD9HAEgzQFBAXQgzgFqKAIA/RwCIM0BQQNsIM4BaigCAP0cAyFVIMYBQQJ0IAFqIFX94QH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIARBAnQgxgFsIAJq/QkCACFkIMYBQQJ0IAFqIGT94QH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBcLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBEGpOBEAgASDGAUECdCLPAWogAiDPAWr9AAQA/eAB/QsEACABIM8BaiACIM8Bav0ABBD94AH9CwQQIAEgzwFqIAIgzwFq/QAEIP3gAf0LBCAgASDPAWogAiDPAWr9AAQw/eAB/QsEMCDGAUEQaiHGAQwBCwsDQCAGIMYBQQRqTgRAIMYBQQJ0ItABIAJq/QAEACFzIAEg0AFqIHP94AH9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHRAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg0QFsIAJqItIBKAIA/REg0QEg0gFqKAIA/RwBINEBQQF0INIBaigCAP0cAiDRAUEDbCDSAWooAgD9HAP94AH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCAP3gAf0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMFgsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEEak4EQCDGAUECdCLTASACav0ABAAhdCB0QYCABP0JAgD96wFBhIAE/QkCAP3qASJ1QYiABP0JAgD95gFBjIAE/QkCACJ2/eQBIncgdv3lASF4IAEg0wFqQZiABP0JAgAgdSB4QZCABP0JAgD95gH95QEgeEGUgAT9CQIA/eYB/eUBInlBnIAE/QkCAP2FAiB5QaCABP0JAgD9hQIgeUGkgAT9CQIA/YUCIHlBqIAE/QkCAP2FAiB5QayABP0JAgD9hQIgef3mASB5IHn9hQJBsIAE/QkCAP3kASB3/QwAAEBLAABASwAAQEsAAEBL/bEBInpBAf2sASJ7/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgeiB7/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHUAQNAIAYgxgFBBGpOBEAgxgEg1AFsIAJqItUBKAIA/REg1AEg1QFqKAIA/RwBINQBQQF0INUBaigCAP0cAiDUAUEDbCDVAWooAgD9HANBgIAE/QkCAP3rAUGEgAT9CQIA/eoBInxBiIAE/QkCAP3mAUGMgAT9CQIAIn395AEifiB9/eUBIX8gxgFBAnQgAWpBmIAE/QkCACB8IH9BkIAE/QkCAP3mAf3lASB/QZSABP0JAgD95gH95QEigAFBnIAE/QkCAP2FAiCAAUGggAT9CQIA/YUCIIABQaSABP0JAgD9hQIggAFBqIAE/QkCAP2FAiCAAUGsgAT9CQIA/YUCIIAB/eYBIIABIIAB/YUCQbCABP0JAgD95AEgfv0MAABASwAAQEsAAEBLAABAS/2xASKBAUEB/awBIoIB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEggQEgggH9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgBEECdCDGAWwgAmr9CQIAQYCABP0JAgD96wFBhIAE/QkCAP3qASKDAUGIgAT9CQIA/eYBQYyABP0JAgAihAH95AEihQEghAH95QEhhgEgxgFBAnQgAWpBmIAE/QkCACCDASCGAUGQgAT9CQIA/eYB/eUBIIYBQZSABP0JAgD95gH95QEihwFBnIAE/QkCAP2FAiCHAUGggAT9CQIA/YUCIIcBQaSABP0JAgD9hQIghwFBqIAE/QkCAP2FAiCHAUGsgAT9CQIA/YUCIIcB/eYBIIcBIIcB/YUCQbCABP0JAgD95AEghQH9DAAAQEsAAEBLAABASwAAQEv9sQEiiAFBAf2sASKJAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIIgBIIkB/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBULA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi1gEgAmr9AAQAIYoBIAEg1gFqIIoBEAL9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHXAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg1wFsIAJqItgBKAIA/REg1wEg2AFqKAIA/RwBINcBQQF0INgBaigCAP0cAiDXAUEDbCDYAWooAgD9HAMQAv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAL9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBQLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi2QEgAmr9AAQAIYsBIAEg2QFqIIsB/eMB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh2gEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBINoBbCACaiLbASgCAP0RINoBINsBaigCAP0cASDaAUEBdCDbAWooAgD9HAIg2gFBA2wg2wFqKAIA/RwD/eMB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD94wH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBMLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi3AEgAmr9AAQAIYwBIAEg3AFq/QwAAIA/AACAPwAAgD8AAIA/IIwB/eMB/ecB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh3QEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFq/QwAAIA/AACAPwAAgD8AAIA/IMYBIN0BbCACaiLeASgCAP0RIN0BIN4BaigCAP0cASDdAUEBdCDeAWooAgD9HAIg3QFBA2wg3gFqKAIA/RwD/eMB/ecB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABav0MAACAPwAAgD8AAIA/AACAPyAEQQJ0IMYBbCACav0JAgD94wH95wH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBILA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi3wEgAmr9AAQAIY0BIAEg3wFqII0BEAX9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHgAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg4AFsIAJqIuEBKAIA/REg4AEg4QFqKAIA/RwBIOABQQF0IOEBaigCAP0cAiDgAUEDbCDhAWooAgD9HAMQBf0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAX9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBELA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi4gEgAmr9AAQAIY4BIAEg4gFqII4BEAr9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHjAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg4wFsIAJqIuQBKAIA/REg4wEg5AFqKAIA/RwBIOMBQQF0IOQBaigCAP0cAiDjAUEDbCDkAWooAgD9HAMQCv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAr9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDBALA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi5QEgAmr9AAQAIY8BIAEg5QFqII8BEAP9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHmAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg5gFsIAJqIucBKAIA/REg5gEg5wFqKAIA/RwBIOYBQQF0IOcBaigCAP0cAiDmAUEDbCDnAWooAgD9HAMQA/0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAP9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDA8LA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQi6AEgAmr9AAQAIZABIAEg6AFqIJABEAb9CwQAIMYBQQRqIcYBDAELCwUgBEECdCHpAQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg6QFsIAJqIuoBKAIA/REg6QEg6gFqKAIA/RwBIOkBQQF0IOoBaigCAP0cAiDpAUEDbCDqAWooAgD9HAMQBv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAb9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDA4LA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBEGpOBEAgASDGAUECdCLrAWogAiDrAWr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/QsEACABIOsBaiACIOsBav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD96wH9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwQQIAEg6wFqIAIg6wFq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBCAgASDrAWogAiDrAWr9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/QsEMCDGAUEQaiHGAQwBCwsDQCAGIMYBQQRqTgRAIMYBQQJ0IuwBIAJq/QAEACGRASABIOwBaiCRAf0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0Ie0BA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASDtAWwgAmoi7gEoAgD9ESDtASDuAWooAgD9HAEg7QFBAXQg7gFqKAIA/RwCIO0BQQNsIO4BaigCAP0cA/0MAAAAAAAAAAAAAAAAAAAAAP3rAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/esB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwNCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0Iu8BIAJq/QAEACGSASABIO8BaiCSAf0MAAAAPwAAAD8AAAA/AAAAP/3mASCSAf0M8wQ1P/MENT/zBDU/8wQ1P/3mARAL/eYB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh8AEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPABbCACaiLxASgCAP0RIPABIPEBaigCAP0cASDwAUEBdCDxAWooAgD9HAIg8AFBA2wg8QFqKAIA/RwDIpMB/QwAAAA/AAAAPwAAAD8AAAA//eYBIJMB/QzzBDU/8wQ1P/MENT/zBDU//eYBEAv95gH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACKUAf0MAAAAPwAAAD8AAAA/AAAAP/3mASCUAf0M8wQ1P/MENT/zBDU/8wQ1P/3mARAL/eYB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwMCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0IvIBIAJq/QAEACGVASABIPIBaiCVAf0MAAAAPwAAAD8AAAA/AAAAP/3mAf0MKkJMPypCTD8qQkw/KkJMPyCVASCVASCVAf3mASCVAf3mAf0MEyc3PRMnNz0TJzc9Eyc3Pf3mAf3kAf3mARAD/QwAAIA/AACAPwAAgD8AAIA//eQB/eYB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh8wEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPMBbCACaiL0ASgCAP0RIPMBIPQBaigCAP0cASDzAUEBdCD0AWooAgD9HAIg8wFBA2wg9AFqKAIA/RwDIpYB/QwAAAA/AAAAPwAAAD8AAAA//eYB/QwqQkw/KkJMPypCTD8qQkw/IJYBIJYBIJYB/eYBIJYB/eYB/QwTJzc9Eyc3PRMnNz0TJzc9/eYB/eQB/eYBEAP9DAAAgD8AAIA/AACAPwAAgD/95AH95gH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACKXAf0MAAAAPwAAAD8AAAA/AAAAP/3mAf0MKkJMPypCTD8qQkw/KkJMPyCXASCXASCXAf3mASCXAf3mAf0MEyc3PRMnNz0TJzc9Eyc3Pf3mAf3kAf3mARAD/QwAAIA/AACAPwAAgD8AAIA//eQB/eYB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwLCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0IvUBIAJq/QAEACGYASCYAf3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEimQFBiIAE/QkCAP3mAUGMgAT9CQIAIpoB/eQBIpsBIJoB/eUBIZwBIAEg9QFqIJgB/QwAAIA/AACAPwAAgD8AAIA/QZiABP0JAgAgmQEgnAFBkIAE/QkCAP3mAf3lASCcAUGUgAT9CQIA/eYB/eUBIp0BQZyABP0JAgD9hQIgnQFBoIAE/QkCAP2FAiCdAUGkgAT9CQIA/YUCIJ0BQaiABP0JAgD9hQIgnQFBrIAE/QkCAP2FAiCdAf3mASCdASCdAf2FAkGwgAT9CQIA/eQBIJsB/QwAAEBLAABASwAAQEsAAEBL/bEBIp4BQQH9rAEinwH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCeASCfAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh9gEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPYBbCACaiL3ASgCAP0RIPYBIPcBaigCAP0cASD2AUEBdCD3AWooAgD9HAIg9gFBA2wg9wFqKAIA/RwDIqABIKAB/eEBQYCABP0JAgD96wFBhIAE/QkCAP3qASKhAUGIgAT9CQIA/eYBQYyABP0JAgAiogH95AEiowEgogH95QEhpAH9DAAAgD8AAIA/AACAPwAAgD9BmIAE/QkCACChASCkAUGQgAT9CQIA/eYB/eUBIKQBQZSABP0JAgD95gH95QEipQFBnIAE/QkCAP2FAiClAUGggAT9CQIA/YUCIKUBQaSABP0JAgD9hQIgpQFBqIAE/QkCAP2FAiClAUGsgAT9CQIA/YUCIKUB/eYBIKUBIKUB/YUCQbCABP0JAgD95AEgowH9DAAAQEsAAEBLAABASwAAQEv9sQEipgFBAf2sASKnAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIKYBIKcB/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gH95AH95wH9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACKoASCoAf3hAUGAgAT9CQIA/esBQYSABP0JAgD96gEiqQFBiIAE/QkCAP3mAUGMgAT9CQIAIqoB/eQBIqsBIKoB/eUBIawB/QwAAIA/AACAPwAAgD8AAIA/QZiABP0JAgAgqQEgrAFBkIAE/QkCAP3mAf3lASCsAUGUgAT9CQIA/eYB/eUBIq0BQZyABP0JAgD9hQIgrQFBoIAE/QkCAP2FAiCtAUGkgAT9CQIA/YUCIK0BQaiABP0JAgD9hQIgrQFBrIAE/QkCAP2FAiCtAf3mASCtASCtAf2FAkGwgAT9CQIA/eQBIKsB/QwAAEBLAABASwAAQEsAAEBL/bEBIq4BQQH9rAEirwH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASCuASCvAf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/eQB/ecB/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwKCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQQRqTgRAIMYBQQJ0IvgBIAJq/QAEACGwASABIPgBaiCwARAJ/QsEACDGAUEEaiHGAQwBCwsFIARBAnQh+QEDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIPkBbCACaiL6ASgCAP0RIPkBIPoBaigCAP0cASD5AUEBdCD6AWooAgD9HAIg+QFBA2wg+gFqKAIA/RwDEAn9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCABAJ/RsANgIAIMYBQQFqIcYBDAELCyAGQQJ0IAFqIQEgA0ECdCACaiECIMkBQQFqIckBDAELCwwJCwNAIAUgyQFKBEBBACHGASAEQQFGBEADQCAGIMYBQRBqTgRAIAEgxgFBAnQi+wFqIAIg+wFq/QAEACKxASCxAf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gsQH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBILEBILEB/UL9Uv0LBAAgASD7AWogAiD7AWr9AAQQIrIBILIB/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9TiCyAf0MAAAAAAAAAAAAAAAAAAAAAP1D/QwAAIA/AACAPwAAgD8AAIA//U795QEgsgEgsgH9Qv1S/QsEECABIPsBaiACIPsBav0ABCAiswEgswH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OILMB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASCzASCzAf1C/VL9CwQgIAEg+wFqIAIg+wFq/QAEMCK0ASC0Af0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gtAH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBILQBILQB/UL9Uv0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCL8ASACav0ABAAhtQEgASD8AWogtQEgtQH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OILUB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASC1ASC1Af1C/VL9CwQAIMYBQQRqIcYBDAELCwUgBEECdCH9AQNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEg/QFsIAJqIv4BKAIA/REg/QEg/gFqKAIA/RwBIP0BQQF0IP4BaigCAP0cAiD9AUEDbCD+AWooAgD9HAMitgEgtgH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OILYB/QwAAAAAAAAAAAAAAAAAAAAA/UP9DAAAgD8AAIA/AACAPwAAgD/9Tv3lASC2ASC2Af1C/VL9CwQAIMYBQQRqIcYBDAELCwsDQCAGIMYBSgRAIMYBQQJ0IAFqIARBAnQgxgFsIAJq/QkCACK3ASC3Af0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U4gtwH9DAAAAAAAAAAAAAAAAAAAAAD9Q/0MAACAPwAAgD8AAIA/AACAP/1O/eUBILcBILcB/UL9Uv0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMCAsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0Iv8BaiACIP8Bav0ABAD9aP0LBAAgASD/AWogAiD/AWr9AAQQ/Wj9CwQQIAEg/wFqIAIg/wFq/QAEIP1o/QsEICABIP8BaiACIP8Bav0ABDD9aP0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKAAiACav0ABAAhuAEgASCAAmoguAH9aP0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0IYECA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASCBAmwgAmoiggIoAgD9ESCBAiCCAmooAgD9HAEggQJBAXQgggJqKAIA/RwCIIECQQNsIIICaigCAP0cA/1o/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD9aP0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMBwsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0IoMCaiACIIMCav0ABAD9Z/0LBAAgASCDAmogAiCDAmr9AAQQ/Wf9CwQQIAEggwJqIAIggwJq/QAEIP1n/QsEICABIIMCaiACIIMCav0ABDD9Z/0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKEAiACav0ABAAhuQEgASCEAmoguQH9Z/0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0IYUCA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASCFAmwgAmoihgIoAgD9ESCFAiCGAmooAgD9HAEghQJBAXQghgJqKAIA/RwCIIUCQQNsIIYCaigCAP0cA/1n/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD9Z/0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMBgsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0IocCaiACIIcCav0ABAD9av0LBAAgASCHAmogAiCHAmr9AAQQ/Wr9CwQQIAEghwJqIAIghwJq/QAEIP1q/QsEICABIIcCaiACIIcCav0ABDD9av0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKIAiACav0ABAAhugEgASCIAmogugH9av0LBAAgxgFBBGohxgEMAQsLBSAEQQJ0IYkCA0AgBiDGAUEEak4EQCDGAUECdCABaiDGASCJAmwgAmoiigIoAgD9ESCJAiCKAmooAgD9HAEgiQJBAXQgigJqKAIA/RwCIIkCQQNsIIoCaigCAP0cA/1q/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgD9av0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsMBQsDQCAFIMkBSgRAQQAhxgEgBEEBRgRAA0AgBiDGAUEQak4EQCABIMYBQQJ0IosCaiACIIsCav0ABAAiuwEguwH95gH9CwQAIAEgiwJqIAIgiwJq/QAEECK8ASC8Af3mAf0LBBAgASCLAmogAiCLAmr9AAQgIr0BIL0B/eYB/QsEICABIIsCaiACIIsCav0ABDAivgEgvgH95gH9CwQwIMYBQRBqIcYBDAELCwNAIAYgxgFBBGpOBEAgxgFBAnQijAIgAmr9AAQAIb8BIAEgjAJqIL8BIL8B/eYB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQhjQIDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBII0CbCACaiKOAigCAP0RII0CII4CaigCAP0cASCNAkEBdCCOAmooAgD9HAIgjQJBA2wgjgJqKAIA/RwDIsABIMAB/eYB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABaiAEQQJ0IMYBbCACav0JAgAiwQEgwQH95gH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAQLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQijwIgAmr9AAQAIcIBIAEgjwJq/QwAAIA/AACAPwAAgD8AAIA/IMIB/ecB/QsEACDGAUEEaiHGAQwBCwsFIARBAnQhkAIDQCAGIMYBQQRqTgRAIMYBQQJ0IAFq/QwAAIA/AACAPwAAgD8AAIA/IMYBIJACbCACaiKRAigCAP0RIJACIJECaigCAP0cASCQAkEBdCCRAmooAgD9HAIgkAJBA2wgkQJqKAIA/RwD/ecB/QsEACDGAUEEaiHGAQwBCwsLA0AgBiDGAUoEQCDGAUECdCABav0MAACAPwAAgD8AAIA/AACAPyAEQQJ0IMYBbCACav0JAgD95wH9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAMLA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQikgIgAmr9AAQAIcMBIAEgkgJqIMMBEAf9CwQAIMYBQQRqIcYBDAELCwUgBEECdCGTAgNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEgkwJsIAJqIpQCKAIA/REgkwIglAJqKAIA/RwBIJMCQQF0IJQCaigCAP0cAiCTAkEDbCCUAmooAgD9HAMQB/0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAf9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAILA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBBGpOBEAgxgFBAnQilQIgAmr9AAQAIcQBIAEglQJqIMQBEAj9CwQAIMYBQQRqIcYBDAELCwUgBEECdCGWAgNAIAYgxgFBBGpOBEAgxgFBAnQgAWogxgEglgJsIAJqIpcCKAIA/REglgIglwJqKAIA/RwBIJYCQQF0IJcCaigCAP0cAiCWAkEDbCCXAmooAgD9HAMQCP0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIAEAj9GwA2AgAgxgFBAWohxgEMAQsLIAZBAnQgAWohASADQQJ0IAJqIQIgyQFBAWohyQEMAQsLDAELA0AgBSDJAUoEQEEAIcYBIARBAUYEQANAIAYgxgFBEGpOBEAgASDGAUECdCKYAmogAiCYAmr9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCYAmogAiCYAmr9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCYAmogAiCYAmr9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCYAmogAiCYAmr9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgxgFBEGohxgEMAQsLA0AgBiDGAUEEak4EQCDGAUECdCKZAiACav0ABAAhxQEgASCZAmogxQH9DAAAAAAAAAAAAAAAAAAAAAD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACDGAUEEaiHGAQwBCwsFIARBAnQhmgIDQCAGIMYBQQRqTgRAIMYBQQJ0IAFqIMYBIJoCbCACaiKbAigCAP0RIJoCIJsCaigCAP0cASCaAkEBdCCbAmooAgD9HAIgmgJBA2wgmwJqKAIA/RwD/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgxgFBBGohxgEMAQsLCwNAIAYgxgFKBEAgxgFBAnQgAWogBEECdCDGAWwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACDGAUEBaiHGAQwBCwsgBkECdCABaiEBIANBAnQgAmohAiDJAUEBaiHJAQwBCwsLC8kFAgx/C3sCQAJAAkACQAJAIAAOBAABAgMECyABIAIgAyAEIAUgDCANEDMPCyABIAIgAyAEIAUgDCANEDIPCyABIAIgAyAEIAUgBiAHIAggDCANED4PCyABIAIgAyAEIAUgBiAHIAggDCANED0PCwNAIAwgEUoEQAJAAkACQAJAAkACQCAAQQRrDgQBAgMEAAsACyACIAMgBSAGIAggCSALIA0QLwwDCyMAQZABaiIS/QkCACEdIBJBBGr9CQIAIR5BACEOA0AgDSAOQQRqTgRAAnsgBUECdCAObCADaiETIAUiFEEBRgRAIBP9AAQADAELIBRFBEAgE/0JAgAMAQsgEygCAP0RIBMgFEECdCIVaigCAP0cASAVQQF0IBNqKAIA/RwCIBVBA2wgE2ooAgD9HAMLIR8gDkECdCACaiAfIB396wEgHv3qAf0LBAAgDkEEaiEODAELCwNAIA0gDkoEQCAFQQJ0IA5sIANq/QkCACEgIA5BAnQgAmogICAd/esBIB796gH9GwA2AgAgDkEBaiEODAELCwwCCyMAQZABaiIW/QkCACEhIBZBBGr9CQIAISJBACEOA0AgDSAOQQRqTgRAIA5BAnQgAmoCeyAFQQJ0IA5sIANqIRcgBSIYQQFGBEAgF/0ABAAMAQsgGEUEQCAX/QkCAAwBCyAXKAIA/REgFyAYQQJ0IhlqKAIA/RwBIBlBAXQgF2ooAgD9HAIgGUEDbCAXaigCAP0cAwsiIyAh/bgBICL9tgH9CwQAIA5BBGohDgwBCwsDQCANIA5KBEAgDkECdCACaiAFQQJ0IA5sIANq/QkCACIkICH9uAEgIv22Af0bADYCACAOQQFqIQ4MAQsLDAELIAEgAiADIAUgDRA3CyANQQJ0IAJqIQIgBEECdCADaiEDIAdBAnQgBmohBiAKQQJ0IAlqIQkgEUEBaiERDAELCwsGAEGohgQLUQICfwF7IAL9ESEFA0AgASADQQRqIgROBEAgA0ECdCAAaiAF/QsEACAEIQMMAQsLA0AgASADSgRAIANBAnQgAGogAjYCACADQQFqIQMMAQsLC8ILARB/AkACQAJAAkACQAJAAkAgAA4FAQIDBAUACwALQQAhAAJAIANBAUYEQCABIAIgBEECdPwKAAAMAQUDQCAEIABBBGpOBEAgAEECdCABagJ7IANBAnQgAGwgAmohByADQQFGBEAgB/0ABAAMAQsgA0UEQCAH/QkCAAwBCyAHKAIA/REgByADQQJ0IghqKAIA/RwBIAhBAXQgB2ooAgD9HAIgCEEDbCAHaigCAP0cAwv9CwQAIABBBGohAAwBCwsLA0AgACAESARAIABBAnQgAWogA0ECdCAAbCACav0JAgD9GwA2AgAgAEEBaiEADAELCwsMBAtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0IgkgAWogAiAJav0ABAD9+AH9CwQAIABBBGohAAwBCwsFA0AgBCAAQQRqTgRAIABBAnQgAWoCeyADQQJ0IABsIAJqIQogA0EBRgRAIAr9AAQADAELIANFBEAgCv0JAgAMAQsgCigCAP0RIAogA0ECdCILaigCAP0cASALQQF0IApqKAIA/RwCIAtBA2wgCmooAgD9HAML/fgB/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/fgB/RsANgIAIABBAWohAAwBCwsMAwtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0IgwgAWogAiAMav0ABAD9+gH9CwQAIABBBGohAAwBCwsFA0AgBCAAQQRqTgRAIABBAnQgAWoCeyADQQJ0IABsIAJqIQ0gA0EBRgRAIA39AAQADAELIANFBEAgDf0JAgAMAQsgDSgCAP0RIA0gA0ECdCIOaigCAP0cASAOQQF0IA1qKAIA/RwCIA5BA2wgDWooAgD9HAML/foB/QsEACAAQQRqIQAMAQsLCwNAIAAgBEgEQCAAQQJ0IAFqIANBAnQgAGwgAmr9CQIA/foB/RsANgIAIABBAWohAAwBCwsMAgtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0Ig8gAWogAiAPav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiEQIANBAUYEQCAQ/QAEAAwBCyADRQRAIBD9CQIADAELIBAoAgD9ESAQIANBAnQiEWooAgD9HAEgEUEBdCAQaigCAP0cAiARQQNsIBBqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIABBBGohAAwBCwsLA0AgACAESARAIABBAnQgAWogA0ECdCAAbCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIABBAWohAAwBCwsMAQtBACEAIANBAUYEQANAIAQgAEEEak4EQCAAQQJ0IhIgAWogAiASav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACAAQQRqIQAMAQsLBQNAIAQgAEEEak4EQCAAQQJ0IAFqAnsgA0ECdCAAbCACaiETIANBAUYEQCAT/QAEAAwBCyADRQRAIBP9CQIADAELIBMoAgD9ESATIANBAnQiFGooAgD9HAEgFEEBdCATaigCAP0cAiAUQQNsIBNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIABBBGohAAwBCwsLA0AgACAESARAIABBAnQgAWogA0ECdCAAbCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIABBAWohAAwBCwsLCxoAQQcgACABIAMgBSACIARBAEEAQQBBABABCzMBAX8jAEGQAWoiByACNgIAIAdBBGogAzYCAEEGQQAgACAEIAYgASAFQQBBAEEAQQAQAQszAQF/IwBBkAFqIgcgAjgCACAHQQRqIAM4AgBBBUEAIAAgBCAGIAEgBUEAQQBBAEEAEAELRwECfyMAQYABaiEKQQMgACABIAYgCSACBH8gAgUgCiAENgIAIAoLIAcgAwR/IAMFIApBBGoiCyAFNgIAIAsLIAhBAEEAEAELRwECfyMAQYABaiEKQQIgACABIAYgCSACBH8gAgUgCiAEOAIAIAoLIAcgAwR/IAMFIApBBGoiCyAFOAIAIAsLIAhBAEEAEAELupUBA057+QJ/igF9AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4PAQIDBAAFBgcICQoLDA0OAAsACwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCJeaiACIF5q/QAEACAFIF5q/QAEAP2uAf0LBAAgASBeaiACIF5q/QAEECAFIF5q/QAEEP2uAf0LBBAgASBeaiACIF5q/QAEICAFIF5q/QAEIP2uAf0LBCAgASBeaiACIF5q/QAEMCAFIF5q/QAEMP2uAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiX2ogAiBfav0ABAAgBSBfav0ABAD9rgH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhDQNAIAkgWEEQak4EQCABIFhBAnQiYGogAiBgav0ABAAgDf2uAf0LBAAgASBgaiACIGBq/QAEECAN/a4B/QsEECABIGBqIAIgYGr9AAQgIA39rgH9CwQgIAEgYGogAiBgav0ABDAgDf2uAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiYWogAiBhav0ABAAgDf2uAf0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACEOA0AgCSBYQRBqTgRAIAEgWEECdCJiaiAOIAUgYmr9AAQA/a4B/QsEACABIGJqIA4gBSBiav0ABBD9rgH9CwQQIAEgYmogDiAFIGJq/QAEIP2uAf0LBCAgASBiaiAOIAUgYmr9AAQw/a4B/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCJjaiAOIAUgY2r9AAQA/a4B/QsEACBYQQRqIVgMAQsLBSAEQQJ0IWQgB0ECdCFlA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIGRsIAJqIWYgBCJnQQFGBEAgZv0ABAAMAQsgZ0UEQCBm/QkCAAwBCyBmKAIA/REgZiBnQQJ0ImhqKAIA/RwBIGhBAXQgZmooAgD9HAIgaEEDbCBmaigCAP0cAwsCeyBYIGVsIAVqIWkgByJqQQFGBEAgaf0ABAAMAQsgakUEQCBp/QkCAAwBCyBpKAIA/REgaSBqQQJ0ImtqKAIA/RwBIGtBAXQgaWooAgD9HAIga0EDbCBpaigCAP0cAwv9rgH9CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP2uAf0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMDQtBASFsA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0Im5qIAIgbmr9AAQAIQ8gBSBuav0ABAAhECAPIBD9sQH9CwQAIAIgbmr9AAQQIREgBSBuav0ABBAhEiABIG5qIBEgEv2xAf0LBBAgAiBuav0ABCAhEyAFIG5q/QAEICEUIAEgbmogEyAU/bEB/QsEICACIG5q/QAEMCEVIAUgbmr9AAQwIRYgASBuaiAVIBb9sQH9CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0Io8BaiACII8Bav0ABAAhFyAFII8Bav0ABAAhGCAXIBj9sQH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhGQNAIAkgWEEQak4EQCABIFhBAnQimAFqIAIgmAFq/QAEACEaIBogGf2xAf0LBAAgAiCYAWr9AAQQIR0gASCYAWogHSAZ/bEB/QsEECACIJgBav0ABCAhICABIJgBaiAgIBn9sQH9CwQgIAIgmAFq/QAEMCEjIAEgmAFqICMgGf2xAf0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiuQFqIAIguQFq/QAEACEmICYgGf2xAf0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACEpA0AgCSBYQRBqTgRAIAEgWEECdCLCAWogBSDCAWr9AAQAISogKSAq/bEB/QsEACAFIMIBav0ABBAhLCABIMIBaiApICz9sQH9CwQQIAUgwgFq/QAEICEuIAEgwgFqICkgLv2xAf0LBCAgBSDCAWr9AAQwITAgASDCAWogKSAw/bEB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLjAWogBSDjAWr9AAQAITIgKSAy/bEB/QsEACBYQQRqIVgMAQsLBSAEQQJ0IewBIAdBAnQh7QEDQCAJIFhBBGpOBEACeyBYIOwBbCACaiHuASAEIu8BQQFGBEAg7gH9AAQADAELIO8BRQRAIO4B/QkCAAwBCyDuASgCAP0RIO4BIO8BQQJ0IvABaigCAP0cASDwAUEBdCDuAWooAgD9HAIg8AFBA2wg7gFqKAIA/RwDCyE0AnsgWCDtAWwgBWoh8QEgByLyAUEBRgRAIPEB/QAEAAwBCyDyAUUEQCDxAf0JAgAMAQsg8QEoAgD9ESDxASDyAUECdCLzAWooAgD9HAEg8wFBAXQg8QFqKAIA/RwCIPMBQQNsIPEBaigCAP0cAwshNSBYQQJ0IAFqIDQgNf2xAf0LBAAgWEEEaiFYDAELCwsLC0EBIW0DQCAJIFhKBEAgBEECdCBYbCACav0JAgAhNiAHQQJ0IFhsIAVq/QkCACE3IFhBAnQgAWogNiA3/bEB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwMCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCKEAmogAiCEAmr9AAQAIAUghAJq/QAEAP21Af0LBAAgASCEAmogAiCEAmr9AAQQIAUghAJq/QAEEP21Af0LBBAgASCEAmogAiCEAmr9AAQgIAUghAJq/QAEIP21Af0LBCAgASCEAmogAiCEAmr9AAQwIAUghAJq/QAEMP21Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQihQJqIAIghQJq/QAEACAFIIUCav0ABAD9tQH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhOANAIAkgWEEQak4EQCABIFhBAnQihgJqIAIghgJq/QAEACA4/bUB/QsEACABIIYCaiACIIYCav0ABBAgOP21Af0LBBAgASCGAmogAiCGAmr9AAQgIDj9tQH9CwQgIAEghgJqIAIghgJq/QAEMCA4/bUB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKHAmogAiCHAmr9AAQAIDj9tQH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhOQNAIAkgWEEQak4EQCABIFhBAnQiiAJqIDkgBSCIAmr9AAQA/bUB/QsEACABIIgCaiA5IAUgiAJq/QAEEP21Af0LBBAgASCIAmogOSAFIIgCav0ABCD9tQH9CwQgIAEgiAJqIDkgBSCIAmr9AAQw/bUB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKJAmogOSAFIIkCav0ABAD9tQH9CwQAIFhBBGohWAwBCwsFIARBAnQhigIgB0ECdCGLAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCCKAmwgAmohjAIgBCKNAkEBRgRAIIwC/QAEAAwBCyCNAkUEQCCMAv0JAgAMAQsgjAIoAgD9ESCMAiCNAkECdCKOAmooAgD9HAEgjgJBAXQgjAJqKAIA/RwCII4CQQNsIIwCaigCAP0cAwsCeyBYIIsCbCAFaiGPAiAHIpACQQFGBEAgjwL9AAQADAELIJACRQRAII8C/QkCAAwBCyCPAigCAP0RII8CIJACQQJ0IpECaigCAP0cASCRAkEBdCCPAmooAgD9HAIgkQJBA2wgjwJqKAIA/RwDC/21Af0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/bUB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwLCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQQRqTgRAIAEgWEECdCKSAmoCfyACIJICav0ABAAiOv0bACGTAkEAIAUgkgJq/QAEACI7/RsAIpQCRQ0AGkEAIJMCayCUAkF/Rg0AGiCTAiCUAm0L/RECf0EAIDv9GwEilgJFDQAaIDr9GwEhlQJBACCVAmsglgJBf0YNABoglQIglgJtC/0cAQJ/QQAgO/0bAiKYAkUNABogOv0bAiGXAkEAIJcCayCYAkF/Rg0AGiCXAiCYAm0L/RwCAn9BACA7/RsDIpoCRQ0AGiA6/RsDIZkCQQAgmQJrIJoCQX9GDQAaIJkCIJoCbQv9HAP9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhPANAIAkgWEEEak4EQCABIFhBAnQimwJqAn8gAiCbAmr9AAQAIj39GwAhnAJBACA8/RsAIp0CRQ0AGkEAIJwCayCdAkF/Rg0AGiCcAiCdAm0L/RECf0EAIDz9GwEinwJFDQAaID39GwEhngJBACCeAmsgnwJBf0YNABogngIgnwJtC/0cAQJ/QQAgPP0bAiKhAkUNABogPf0bAiGgAkEAIKACayChAkF/Rg0AGiCgAiChAm0L/RwCAn9BACA8/RsDIqMCRQ0AGiA9/RsDIaICQQAgogJrIKMCQX9GDQAaIKICIKMCbQv9HAP9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhPgNAIAkgWEEEak4EQCABIFhBAnQipAJqAn9BACAFIKQCav0ABAAiP/0bACKmAkUNABogPv0bACGlAkEAIKUCayCmAkF/Rg0AGiClAiCmAm0L/RECf0EAID/9GwEiqAJFDQAaID79GwEhpwJBACCnAmsgqAJBf0YNABogpwIgqAJtC/0cAQJ/QQAgP/0bAiKqAkUNABogPv0bAiGpAkEAIKkCayCqAkF/Rg0AGiCpAiCqAm0L/RwCAn9BACA//RsDIqwCRQ0AGiA+/RsDIasCQQAgqwJrIKwCQX9GDQAaIKsCIKwCbQv9HAP9CwQAIFhBBGohWAwBCwsFIARBAnQhrQIgB0ECdCGuAgNAIAkgWEEEak4EQAJ7IFggrQJsIAJqIa8CIAQisAJBAUYEQCCvAv0ABAAMAQsgsAJFBEAgrwL9CQIADAELIK8CKAIA/REgrwIgsAJBAnQisQJqKAIA/RwBILECQQF0IK8CaigCAP0cAiCxAkEDbCCvAmooAgD9HAMLIUACeyBYIK4CbCAFaiGyAiAHIrMCQQFGBEAgsgL9AAQADAELILMCRQRAILIC/QkCAAwBCyCyAigCAP0RILICILMCQQJ0IrQCaigCAP0cASC0AkEBdCCyAmooAgD9HAIgtAJBA2wgsgJqKAIA/RwDCyFBIFhBAnQgAWoCf0EAIEH9GwAitgJFDQAaIED9GwAhtQJBACC1AmsgtgJBf0YNABogtQIgtgJtC/0RAn9BACBB/RsBIrgCRQ0AGiBA/RsBIbcCQQAgtwJrILgCQX9GDQAaILcCILgCbQv9HAECf0EAIEH9GwIiugJFDQAaIED9GwIhuQJBACC5AmsgugJBf0YNABoguQIgugJtC/0cAgJ/QQAgQf0bAyK8AkUNABogQP0bAyG7AkEAILsCayC8AkF/Rg0AGiC7AiC8Am0L/RwD/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWoCfyAEQQJ0IFhsIAJq/QkCACJC/RsAIb0CQQAgB0ECdCBYbCAFav0JAgAiQ/0bACK+AkUNABpBACC9AmsgvgJBf0YNABogvQIgvgJtC/0RAn9BACBD/RsBIsACRQ0AGiBC/RsBIb8CQQAgvwJrIMACQX9GDQAaIL8CIMACbQv9HAECf0EAIEP9GwIiwgJFDQAaIEL9GwIhwQJBACDBAmsgwgJBf0YNABogwQIgwgJtC/0cAgJ/QQAgQ/0bAyLEAkUNABogQv0bAyHDAkEAIMMCayDEAkF/Rg0AGiDDAiDEAm0L/RwD/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwKCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLFAmogAiDFAmr9AAQAIAUgxQJq/QAEAP24Af0LBAAgASDFAmogAiDFAmr9AAQQIAUgxQJq/QAEEP24Af0LBBAgASDFAmogAiDFAmr9AAQgIAUgxQJq/QAEIP24Af0LBCAgASDFAmogAiDFAmr9AAQwIAUgxQJq/QAEMP24Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQixgJqIAIgxgJq/QAEACAFIMYCav0ABAD9uAH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhRANAIAkgWEEQak4EQCABIFhBAnQixwJqIAIgxwJq/QAEACBE/bgB/QsEACABIMcCaiACIMcCav0ABBAgRP24Af0LBBAgASDHAmogAiDHAmr9AAQgIET9uAH9CwQgIAEgxwJqIAIgxwJq/QAEMCBE/bgB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLIAmogAiDIAmr9AAQAIET9uAH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhRQNAIAkgWEEQak4EQCABIFhBAnQiyQJqIEUgBSDJAmr9AAQA/bgB/QsEACABIMkCaiBFIAUgyQJq/QAEEP24Af0LBBAgASDJAmogRSAFIMkCav0ABCD9uAH9CwQgIAEgyQJqIEUgBSDJAmr9AAQw/bgB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLKAmogRSAFIMoCav0ABAD9uAH9CwQAIFhBBGohWAwBCwsFIARBAnQhywIgB0ECdCHMAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCDLAmwgAmohzQIgBCLOAkEBRgRAIM0C/QAEAAwBCyDOAkUEQCDNAv0JAgAMAQsgzQIoAgD9ESDNAiDOAkECdCLPAmooAgD9HAEgzwJBAXQgzQJqKAIA/RwCIM8CQQNsIM0CaigCAP0cAwsCeyBYIMwCbCAFaiHQAiAHItECQQFGBEAg0AL9AAQADAELINECRQRAINAC/QkCAAwBCyDQAigCAP0RINACINECQQJ0ItICaigCAP0cASDSAkEBdCDQAmooAgD9HAIg0gJBA2wg0AJqKAIA/RwDC/24Af0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/bgB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwJCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLTAmogAiDTAmr9AAQAIAUg0wJq/QAEAP22Af0LBAAgASDTAmogAiDTAmr9AAQQIAUg0wJq/QAEEP22Af0LBBAgASDTAmogAiDTAmr9AAQgIAUg0wJq/QAEIP22Af0LBCAgASDTAmogAiDTAmr9AAQwIAUg0wJq/QAEMP22Af0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi1AJqIAIg1AJq/QAEACAFINQCav0ABAD9tgH9CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhRgNAIAkgWEEQak4EQCABIFhBAnQi1QJqIAIg1QJq/QAEACBG/bYB/QsEACABINUCaiACINUCav0ABBAgRv22Af0LBBAgASDVAmogAiDVAmr9AAQgIEb9tgH9CwQgIAEg1QJqIAIg1QJq/QAEMCBG/bYB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLWAmogAiDWAmr9AAQAIEb9tgH9CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhRwNAIAkgWEEQak4EQCABIFhBAnQi1wJqIEcgBSDXAmr9AAQA/bYB/QsEACABINcCaiBHIAUg1wJq/QAEEP22Af0LBBAgASDXAmogRyAFINcCav0ABCD9tgH9CwQgIAEg1wJqIEcgBSDXAmr9AAQw/bYB/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLYAmogRyAFINgCav0ABAD9tgH9CwQAIFhBBGohWAwBCwsFIARBAnQh2QIgB0ECdCHaAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCDZAmwgAmoh2wIgBCLcAkEBRgRAINsC/QAEAAwBCyDcAkUEQCDbAv0JAgAMAQsg2wIoAgD9ESDbAiDcAkECdCLdAmooAgD9HAEg3QJBAXQg2wJqKAIA/RwCIN0CQQNsINsCaigCAP0cAwsCeyBYINoCbCAFaiHeAiAHIt8CQQFGBEAg3gL9AAQADAELIN8CRQRAIN4C/QkCAAwBCyDeAigCAP0RIN4CIN8CQQJ0IuACaigCAP0cASDgAkEBdCDeAmooAgD9HAIg4AJBA2wg3gJqKAIA/RwDC/22Af0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/bYB/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwICwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCLhAmogAiDhAmr9AAQAIAUg4QJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg4QJqIAIg4QJq/QAEECAFIOECav0ABBD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOECaiACIOECav0ABCAgBSDhAmr9AAQg/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDhAmogAiDhAmr9AAQwIAUg4QJq/QAEMP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IuICaiACIOICav0ABAAgBSDiAmr9AAQA/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFIA0AgCSBYQRBqTgRAIAEgWEECdCLjAmogAiDjAmr9AAQAIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOMCaiACIOMCav0ABBAgSP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg4wJqIAIg4wJq/QAEICBI/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDjAmogAiDjAmr9AAQwIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCLkAmogAiDkAmr9AAQAIEj9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIUkDQCAJIFhBEGpOBEAgASBYQQJ0IuUCaiBJIAUg5QJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg5QJqIEkgBSDlAmr9AAQQ/Tf9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDlAmogSSAFIOUCav0ABCD9N/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIOUCaiBJIAUg5QJq/QAEMP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IuYCaiBJIAUg5gJq/QAEAP03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQh5wIgB0ECdCHoAgNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCDnAmwgAmoh6QIgBCLqAkEBRgRAIOkC/QAEAAwBCyDqAkUEQCDpAv0JAgAMAQsg6QIoAgD9ESDpAiDqAkECdCLrAmooAgD9HAEg6wJBAXQg6QJqKAIA/RwCIOsCQQNsIOkCaigCAP0cAwsCeyBYIOgCbCAFaiHsAiAHIu0CQQFGBEAg7AL9AAQADAELIO0CRQRAIOwC/QkCAAwBCyDsAigCAP0RIOwCIO0CQQJ0Iu4CaigCAP0cASDuAkEBdCDsAmooAgD9HAIg7gJBA2wg7AJqKAIA/RwDC/03/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP03/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAcLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0Iu8CaiACIO8Cav0ABAAgBSDvAmr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDvAmogAiDvAmr9AAQQIAUg7wJq/QAEEP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg7wJqIAIg7wJq/QAEICAFIO8Cav0ABCD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIO8CaiACIO8Cav0ABDAgBSDvAmr9AAQw/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi8AJqIAIg8AJq/QAEACAFIPACav0ABAD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUoDQCAJIFhBEGpOBEAgASBYQQJ0IvECaiACIPECav0ABAAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg8QJqIAIg8QJq/QAEECBK/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDxAmogAiDxAmr9AAQgIEr9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPECaiACIPECav0ABDAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IvICaiACIPICav0ABAAgSv04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhSwNAIAkgWEEQak4EQCABIFhBAnQi8wJqIEsgBSDzAmr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDzAmogSyAFIPMCav0ABBD9OP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIPMCaiBLIAUg8wJq/QAEIP04/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg8wJqIEsgBSDzAmr9AAQw/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQi9AJqIEsgBSD0Amr9AAQA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCH1AiAHQQJ0IfYCA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIPUCbCACaiH3AiAEIvgCQQFGBEAg9wL9AAQADAELIPgCRQRAIPcC/QkCAAwBCyD3AigCAP0RIPcCIPgCQQJ0IvkCaigCAP0cASD5AkEBdCD3AmooAgD9HAIg+QJBA2wg9wJqKAIA/RwDCwJ7IFgg9gJsIAVqIfoCIAci+wJBAUYEQCD6Av0ABAAMAQsg+wJFBEAg+gL9CQIADAELIPoCKAIA/REg+gIg+wJBAnQi/AJqKAIA/RwBIPwCQQF0IPoCaigCAP0cAiD8AkEDbCD6AmooAgD9HAML/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/Tj9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMBgsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQi/QJqIAIg/QJq/QAEACAFIP0Cav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIP0CaiACIP0Cav0ABBAgBSD9Amr9AAQQ/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD9AmogAiD9Amr9AAQgIAUg/QJq/QAEIP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg/QJqIAIg/QJq/QAEMCAFIP0Cav0ABDD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCL+AmogAiD+Amr9AAQAIAUg/gJq/QAEAP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhTANAIAkgWEEQak4EQCABIFhBAnQi/wJqIAIg/wJq/QAEACBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD/AmogAiD/Amr9AAQQIEz9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIP8CaiACIP8Cav0ABCAgTP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg/wJqIAIg/wJq/QAEMCBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQigANqIAIggANq/QAEACBM/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFNA0AgCSBYQRBqTgRAIAEgWEECdCKBA2ogTSAFIIEDav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIEDaiBNIAUggQNq/QAEEP05/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEggQNqIE0gBSCBA2r9AAQg/Tn9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCBA2ogTSAFIIEDav0ABDD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKCA2ogTSAFIIIDav0ABAD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IYMDIAdBAnQhhAMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFgggwNsIAJqIYUDIAQihgNBAUYEQCCFA/0ABAAMAQsghgNFBEAghQP9CQIADAELIIUDKAIA/REghQMghgNBAnQihwNqKAIA/RwBIIcDQQF0IIUDaigCAP0cAiCHA0EDbCCFA2ooAgD9HAMLAnsgWCCEA2wgBWohiAMgByKJA0EBRgRAIIgD/QAEAAwBCyCJA0UEQCCIA/0JAgAMAQsgiAMoAgD9ESCIAyCJA0ECdCKKA2ooAgD9HAEgigNBAXQgiANqKAIA/RwCIIoDQQNsIIgDaigCAP0cAwv9Of0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9Of0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwFCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCKLA2ogAiCLA2r9AAQAIAUgiwNq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgiwNqIAIgiwNq/QAEECAFIIsDav0ABBD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIsDaiACIIsDav0ABCAgBSCLA2r9AAQg/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCLA2ogAiCLA2r9AAQwIAUgiwNq/QAEMP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IowDaiACIIwDav0ABAAgBSCMA2r9AAQA/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFOA0AgCSBYQRBqTgRAIAEgWEECdCKNA2ogAiCNA2r9AAQAIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABII0DaiACII0Dav0ABBAgTv09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgjQNqIAIgjQNq/QAEICBO/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCNA2ogAiCNA2r9AAQwIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKOA2ogAiCOA2r9AAQAIE79Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAERSAHQQFGcQRAIAL9CQIAIU8DQCAJIFhBEGpOBEAgASBYQQJ0Io8DaiBPIAUgjwNq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgjwNqIE8gBSCPA2r9AAQQ/T39DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCPA2ogTyAFII8Dav0ABCD9Pf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABII8DaiBPIAUgjwNq/QAEMP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IpADaiBPIAUgkANq/QAEAP09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQhkQMgB0ECdCGSAwNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCCRA2wgAmohkwMgBCKUA0EBRgRAIJMD/QAEAAwBCyCUA0UEQCCTA/0JAgAMAQsgkwMoAgD9ESCTAyCUA0ECdCKVA2ooAgD9HAEglQNBAXQgkwNqKAIA/RwCIJUDQQNsIJMDaigCAP0cAwsCeyBYIJIDbCAFaiGWAyAHIpcDQQFGBEAglgP9AAQADAELIJcDRQRAIJYD/QkCAAwBCyCWAygCAP0RIJYDIJcDQQJ0IpgDaigCAP0cASCYA0EBdCCWA2ooAgD9HAIgmANBA2wglgNqKAIA/RwDC/09/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsLCwsDQCAJIFhKBEAgWEECdCABaiAEQQJ0IFhsIAJq/QkCACAHQQJ0IFhsIAVq/QkCAP09/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLDAQLA0AgCCBdSgRAQQAhWCAHQQFGIARBAUZxBEADQCAJIFhBEGpOBEAgASBYQQJ0IpkDaiACIJkDav0ABAAgBSCZA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCZA2ogAiCZA2r9AAQQIAUgmQNq/QAEEP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgmQNqIAIgmQNq/QAEICAFIJkDav0ABCD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJkDaiACIJkDav0ABDAgBSCZA2r9AAQw/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQimgNqIAIgmgNq/QAEACAFIJoDav0ABAD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVADQCAJIFhBEGpOBEAgASBYQQJ0IpsDaiACIJsDav0ABAAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgmwNqIAIgmwNq/QAEECBQ/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCbA2ogAiCbA2r9AAQgIFD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJsDaiACIJsDav0ABDAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IpwDaiACIJwDav0ABAAgUP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhUQNAIAkgWEEQak4EQCABIFhBAnQinQNqIFEgBSCdA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCdA2ogUSAFIJ0Dav0ABBD9O/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJ0DaiBRIAUgnQNq/QAEIP07/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgnQNqIFEgBSCdA2r9AAQw/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQingNqIFEgBSCeA2r9AAQA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEECdCGfAyAHQQJ0IaADA0AgCSBYQQRqTgRAIFhBAnQgAWoCeyBYIJ8DbCACaiGhAyAEIqIDQQFGBEAgoQP9AAQADAELIKIDRQRAIKED/QkCAAwBCyChAygCAP0RIKEDIKIDQQJ0IqMDaigCAP0cASCjA0EBdCChA2ooAgD9HAIgowNBA2wgoQNqKAIA/RwDCwJ7IFggoANsIAVqIaQDIAcipQNBAUYEQCCkA/0ABAAMAQsgpQNFBEAgpAP9CQIADAELIKQDKAIA/REgpAMgpQNBAnQipgNqKAIA/RwBIKYDQQF0IKQDaigCAP0cAiCmA0EDbCCkA2ooAgD9HAML/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIAIAdBAnQgWGwgBWr9CQIA/Tv9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMAwsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQipwNqIAIgpwNq/QAEACAFIKcDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKcDaiACIKcDav0ABBAgBSCnA2r9AAQQ/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCnA2ogAiCnA2r9AAQgIAUgpwNq/QAEIP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgpwNqIAIgpwNq/QAEMCAFIKcDav0ABDD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKoA2ogAiCoA2r9AAQAIAUgqANq/QAEAP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIAdFIARBAUZxBEAgBf0JAgAhUgNAIAkgWEEQak4EQCABIFhBAnQiqQNqIAIgqQNq/QAEACBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCpA2ogAiCpA2r9AAQQIFL9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKkDaiACIKkDav0ABCAgUv0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgqQNqIAIgqQNq/QAEMCBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiqgNqIAIgqgNq/QAEACBS/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFTA0AgCSBYQRBqTgRAIAEgWEECdCKrA2ogUyAFIKsDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKsDaiBTIAUgqwNq/QAEEP0//QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgqwNqIFMgBSCrA2r9AAQg/T/9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCrA2ogUyAFIKsDav0ABDD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCKsA2ogUyAFIKwDav0ABAD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0Ia0DIAdBAnQhrgMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggrQNsIAJqIa8DIAQisANBAUYEQCCvA/0ABAAMAQsgsANFBEAgrwP9CQIADAELIK8DKAIA/REgrwMgsANBAnQisQNqKAIA/RwBILEDQQF0IK8DaigCAP0cAiCxA0EDbCCvA2ooAgD9HAMLAnsgWCCuA2wgBWohsgMgByKzA0EBRgRAILID/QAEAAwBCyCzA0UEQCCyA/0JAgAMAQsgsgMoAgD9ESCyAyCzA0ECdCK0A2ooAgD9HAEgtANBAXQgsgNqKAIA/RwCILQDQQNsILIDaigCAP0cAwv9P/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgAgB0ECdCBYbCAFav0JAgD9P/0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIFhBAWohWAwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgXUEBaiFdDAELCwwCCwNAIAggXUoEQEEAIVggB0EBRiAEQQFGcQRAA0AgCSBYQRBqTgRAIAEgWEECdCK1A2ogAiC1A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC1A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABILUDaiACILUDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILUDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgtQNqIAIgtQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgtQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASC1A2ogAiC1A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC1A2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCK2A2ogAiC2A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggBSC2A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVQDQCAJIFhBEGpOBEAgASBYQQJ0IrcDaiACILcDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABILcDaiACILcDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABILcDaiACILcDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABILcDaiACILcDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OCBU/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBYQRBqIVgMAQsLA0AgCSBYQQRqTgRAIAEgWEECdCK4A2ogAiC4A2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggVP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgBEUgB0EBRnEEQCAC/QkCACFVA0AgCSBYQRBqTgRAIAEgWEECdCK5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASC5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASC5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASC5A2ogVf0MAAAAAAAAAAAAAAAAAAAAAP04IAUguQNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQiugNqIFX9DAAAAAAAAAAAAAAAAAAAAAD9OCAFILoDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARBAnQhuwMgB0ECdCG8AwNAIAkgWEEEak4EQCBYQQJ0IAFqAnsgWCC7A2wgAmohvQMgBCK+A0EBRgRAIL0D/QAEAAwBCyC+A0UEQCC9A/0JAgAMAQsgvQMoAgD9ESC9AyC+A0ECdCK/A2ooAgD9HAEgvwNBAXQgvQNqKAIA/RwCIL8DQQNsIL0DaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9OAJ7IFggvANsIAVqIcADIAciwQNBAUYEQCDAA/0ABAAMAQsgwQNFBEAgwAP9CQIADAELIMADKAIA/REgwAMgwQNBAnQiwgNqKAIA/RwBIMIDQQF0IMADaigCAP0cAiDCA0EDbCDAA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/Tj9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLCwsLA0AgCSBYSgRAIFhBAnQgAWogBEECdCBYbCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OCAHQQJ0IFhsIAVq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP04/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBYQQFqIVgMAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIF1BAWohXQwBCwsMAQsDQCAIIF1KBEBBACFYIAdBAUYgBEEBRnEEQANAIAkgWEEQak4EQCABIFhBAnQiwwNqIAIgwwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgwwNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDDA2ogAiDDA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDDA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIMMDaiACIMMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMMDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgwwNqIAIgwwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgwwNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQixANqIAIgxANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IAUgxANq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwUgB0UgBEEBRnEEQCAF/QkCACFWA0AgCSBYQRBqTgRAIAEgWEECdCLFA2ogAiDFA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDFA2ogAiDFA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDFA2ogAiDFA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDFA2ogAiDFA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/TggVv0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgWEEQaiFYDAELCwNAIAkgWEEEak4EQCABIFhBAnQixgNqIAIgxgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP04IFb9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIFhBBGohWAwBCwsFIARFIAdBAUZxBEAgAv0JAgAhVwNAIAkgWEEQak4EQCABIFhBAnQixwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgxwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgxwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgxwNqIFf9DAAAAAAAAAAAAAAAAAAAAAD9OCAFIMcDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIFhBEGohWAwBCwsDQCAJIFhBBGpOBEAgASBYQQJ0IsgDaiBX/QwAAAAAAAAAAAAAAAAAAAAA/TggBSDIA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/Tj9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBYQQRqIVgMAQsLBSAEQQJ0IckDIAdBAnQhygMDQCAJIFhBBGpOBEAgWEECdCABagJ7IFggyQNsIAJqIcsDIAQizANBAUYEQCDLA/0ABAAMAQsgzANFBEAgywP9CQIADAELIMsDKAIA/REgywMgzANBAnQizQNqKAIA/RwBIM0DQQF0IMsDaigCAP0cAiDNA0EDbCDLA2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/TgCeyBYIMoDbCAFaiHOAyAHIs8DQQFGBEAgzgP9AAQADAELIM8DRQRAIM4D/QkCAAwBCyDOAygCAP0RIM4DIM8DQQJ0ItADaigCAP0cASDQA0EBdCDOA2ooAgD9HAIg0ANBA2wgzgNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP04/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgWEEEaiFYDAELCwsLCwNAIAkgWEoEQCBYQQJ0IAFqIARBAnQgWGwgAmr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/TggB0ECdCBYbCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9OP1Q/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgWEEBaiFYDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBdQQFqIV0MAQsLCwvNrwEDVHvtAn+yAX0CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4QAQIDBAUGBwgJCgsMDQ4PEAALAAsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQiZmogAiBmav0ABAAhDSAFIGZq/QAEACEOIA0gDv3kAf0LBAAgAiBmav0ABBAhDyAFIGZq/QAEECEQIAEgZmogDyAQ/eQB/QsEECACIGZq/QAEICERIAUgZmr9AAQgIRIgASBmaiARIBL95AH9CwQgIAIgZmr9AAQwIRMgBSBmav0ABDAhFCABIGZqIBMgFP3kAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQihwFqIAIghwFq/QAEACEVIAUghwFq/QAEACEWIBUgFv3kAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACEXA0AgCSBeQRBqTgRAIAEgXkECdCKQAWogAiCQAWr9AAQAIRggGCEZIBchGiAZIBr95AH9CwQAIAIgkAFq/QAEECEbIAEgkAFqIBshHCAXIR0gHCAd/eQB/QsEECACIJABav0ABCAhHiABIJABaiAeIR8gFyEgIB8gIP3kAf0LBCAgAiCQAWr9AAQwISEgASCQAWogISEiIBchIyAiICP95AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrEBaiACILEBav0ABAAhJCAkISUgFyEmICUgJv3kAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACEnA0AgCSBeQRBqTgRAIAEgXkECdCK6AWogBSC6AWr9AAQAISggJyEpICkgKP3kAf0LBAAgBSC6AWr9AAQQISogASC6AWogJyErICsgKv3kAf0LBBAgBSC6AWr9AAQgISwgASC6AWogJyEtIC0gLP3kAf0LBCAgBSC6AWr9AAQwIS4gASC6AWogJyEvIC8gLv3kAf0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi2wFqIAUg2wFq/QAEACEwICchMSAxIDD95AH9CwQAIF5BBGohXgwBCwsFIARBAnQh5AEgB0ECdCHlAQNAIAkgXkEEak4EQAJ7IF4g5AFsIAJqIeYBIAQi5wFBAUYEQCDmAf0ABAAMAQsg5wFFBEAg5gH9CQIADAELIOYBKAIA/REg5gEg5wFBAnQi6AFqKAIA/RwBIOgBQQF0IOYBaigCAP0cAiDoAUEDbCDmAWooAgD9HAMLITICeyBeIOUBbCAFaiHpASAHIuoBQQFGBEAg6QH9AAQADAELIOoBRQRAIOkB/QkCAAwBCyDpASgCAP0RIOkBIOoBQQJ0IusBaigCAP0cASDrAUEBdCDpAWooAgD9HAIg6wFBA2wg6QFqKAIA/RwDCyEzIF5BAnQgAWogMiAz/eQB/QsEACBeQQRqIV4MAQsLCwsLQQEhZQNAIAkgXkoEQCAEQQJ0IF5sIAJq/QkCACE0IAdBAnQgXmwgBWr9CQIAITUgXkECdCABaiA0IDX95AH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDA8LA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IvwBaiACIPwBav0ABAAgBSD8AWr9AAQA/eUB/QsEACABIPwBaiACIPwBav0ABBAgBSD8AWr9AAQQ/eUB/QsEECABIPwBaiACIPwBav0ABCAgBSD8AWr9AAQg/eUB/QsEICABIPwBaiACIPwBav0ABDAgBSD8AWr9AAQw/eUB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCL9AWogAiD9AWr9AAQAIAUg/QFq/QAEAP3lAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE2A0AgCSBeQRBqTgRAIAEgXkECdCL+AWogAiD+AWr9AAQAIDb95QH9CwQAIAEg/gFqIAIg/gFq/QAEECA2/eUB/QsEECABIP4BaiACIP4Bav0ABCAgNv3lAf0LBCAgASD+AWogAiD+AWr9AAQwIDb95QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Iv8BaiACIP8Bav0ABAAgNv3lAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACE3A0AgCSBeQRBqTgRAIAEgXkECdCKAAmogNyAFIIACav0ABAD95QH9CwQAIAEggAJqIDcgBSCAAmr9AAQQ/eUB/QsEECABIIACaiA3IAUggAJq/QAEIP3lAf0LBCAgASCAAmogNyAFIIACav0ABDD95QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IoECaiA3IAUggQJq/QAEAP3lAf0LBAAgXkEEaiFeDAELCwUgBEECdCGCAiAHQQJ0IYMCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIIICbCACaiGEAiAEIoUCQQFGBEAghAL9AAQADAELIIUCRQRAIIQC/QkCAAwBCyCEAigCAP0RIIQCIIUCQQJ0IoYCaigCAP0cASCGAkEBdCCEAmooAgD9HAIghgJBA2wghAJqKAIA/RwDCwJ7IF4ggwJsIAVqIYcCIAciiAJBAUYEQCCHAv0ABAAMAQsgiAJFBEAghwL9CQIADAELIIcCKAIA/REghwIgiAJBAnQiiQJqKAIA/RwBIIkCQQF0IIcCaigCAP0cAiCJAkEDbCCHAmooAgD9HAML/eUB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD95QH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDA4LA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IooCaiACIIoCav0ABAAgBSCKAmr9AAQA/eYB/QsEACABIIoCaiACIIoCav0ABBAgBSCKAmr9AAQQ/eYB/QsEECABIIoCaiACIIoCav0ABCAgBSCKAmr9AAQg/eYB/QsEICABIIoCaiACIIoCav0ABDAgBSCKAmr9AAQw/eYB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKLAmogAiCLAmr9AAQAIAUgiwJq/QAEAP3mAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE4A0AgCSBeQRBqTgRAIAEgXkECdCKMAmogAiCMAmr9AAQAIDj95gH9CwQAIAEgjAJqIAIgjAJq/QAEECA4/eYB/QsEECABIIwCaiACIIwCav0ABCAgOP3mAf0LBCAgASCMAmogAiCMAmr9AAQwIDj95gH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Io0CaiACII0Cav0ABAAgOP3mAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACE5A0AgCSBeQRBqTgRAIAEgXkECdCKOAmogOSAFII4Cav0ABAD95gH9CwQAIAEgjgJqIDkgBSCOAmr9AAQQ/eYB/QsEECABII4CaiA5IAUgjgJq/QAEIP3mAf0LBCAgASCOAmogOSAFII4Cav0ABDD95gH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Io8CaiA5IAUgjwJq/QAEAP3mAf0LBAAgXkEEaiFeDAELCwUgBEECdCGQAiAHQQJ0IZECA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIJACbCACaiGSAiAEIpMCQQFGBEAgkgL9AAQADAELIJMCRQRAIJIC/QkCAAwBCyCSAigCAP0RIJICIJMCQQJ0IpQCaigCAP0cASCUAkEBdCCSAmooAgD9HAIglAJBA2wgkgJqKAIA/RwDCwJ7IF4gkQJsIAVqIZUCIAcilgJBAUYEQCCVAv0ABAAMAQsglgJFBEAglQL9CQIADAELIJUCKAIA/REglQIglgJBAnQilwJqKAIA/RwBIJcCQQF0IJUCaigCAP0cAiCXAkEDbCCVAmooAgD9HAML/eYB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD95gH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDA0LA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IpgCaiACIJgCav0ABAAgBSCYAmr9AAQA/ecB/QsEACABIJgCaiACIJgCav0ABBAgBSCYAmr9AAQQ/ecB/QsEECABIJgCaiACIJgCav0ABCAgBSCYAmr9AAQg/ecB/QsEICABIJgCaiACIJgCav0ABDAgBSCYAmr9AAQw/ecB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKZAmogAiCZAmr9AAQAIAUgmQJq/QAEAP3nAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACE6A0AgCSBeQRBqTgRAIAEgXkECdCKaAmogAiCaAmr9AAQAIDr95wH9CwQAIAEgmgJqIAIgmgJq/QAEECA6/ecB/QsEECABIJoCaiACIJoCav0ABCAgOv3nAf0LBCAgASCaAmogAiCaAmr9AAQwIDr95wH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IpsCaiACIJsCav0ABAAgOv3nAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACE7A0AgCSBeQRBqTgRAIAEgXkECdCKcAmogOyAFIJwCav0ABAD95wH9CwQAIAEgnAJqIDsgBSCcAmr9AAQQ/ecB/QsEECABIJwCaiA7IAUgnAJq/QAEIP3nAf0LBCAgASCcAmogOyAFIJwCav0ABDD95wH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Ip0CaiA7IAUgnQJq/QAEAP3nAf0LBAAgXkEEaiFeDAELCwUgBEECdCGeAiAHQQJ0IZ8CA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIJ4CbCACaiGgAiAEIqECQQFGBEAgoAL9AAQADAELIKECRQRAIKAC/QkCAAwBCyCgAigCAP0RIKACIKECQQJ0IqICaigCAP0cASCiAkEBdCCgAmooAgD9HAIgogJBA2wgoAJqKAIA/RwDCwJ7IF4gnwJsIAVqIaMCIAcipAJBAUYEQCCjAv0ABAAMAQsgpAJFBEAgowL9CQIADAELIKMCKAIA/REgowIgpAJBAnQipQJqKAIA/RwBIKUCQQF0IKMCaigCAP0cAiClAkEDbCCjAmooAgD9HAML/ecB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD95wH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAwLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BBGpOBEAgASBeQQJ0IqYCagJ9IAIgpgJq/QAEACI8/R8AIdUEQwAAwH8gBSCmAmr9AAQAIj39HwAi1gQg1gRcDQAaQwAAgD8g1gRDAAAAAFsNABpDAADAfyDVBItDAACAP1sg1gQg1gSTQwAAAABccQ0AGiDVBCDWBBAAC/0TAn1DAADAfyA9/R8BItgEINgEXA0AGkMAAIA/INgEQwAAAABbDQAaIDz9HwEh1wRDAADAfyDXBItDAACAP1sg2AQg2ASTQwAAAABccQ0AGiDXBCDYBBAAC/0gAQJ9QwAAwH8gPf0fAiLaBCDaBFwNABpDAACAPyDaBEMAAAAAWw0AGiA8/R8CIdkEQwAAwH8g2QSLQwAAgD9bINoEINoEk0MAAAAAXHENABog2QQg2gQQAAv9IAICfUMAAMB/ID39HwMi3AQg3ARcDQAaQwAAgD8g3ARDAAAAAFsNABogPP0fAyHbBEMAAMB/INsEi0MAAIA/WyDcBCDcBJNDAAAAAFxxDQAaINsEINwEEAAL/SAD/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIT4DQCAJIF5BBGpOBEAgASBeQQJ0IqcCagJ9IAIgpwJq/QAEACI//R8AId0EQwAAwH8gPiJA/R8AIt4EIN4EXA0AGkMAAIA/IN4EQwAAAABbDQAaQwAAwH8g3QSLQwAAgD9bIN4EIN4Ek0MAAAAAXHENABog3QQg3gQQAAv9EwJ9QwAAwH8gQP0fASLgBCDgBFwNABpDAACAPyDgBEMAAAAAWw0AGiA//R8BId8EQwAAwH8g3wSLQwAAgD9bIOAEIOAEk0MAAAAAXHENABog3wQg4AQQAAv9IAECfUMAAMB/IED9HwIi4gQg4gRcDQAaQwAAgD8g4gRDAAAAAFsNABogP/0fAiHhBEMAAMB/IOEEi0MAAIA/WyDiBCDiBJNDAAAAAFxxDQAaIOEEIOIEEAAL/SACAn1DAADAfyBA/R8DIuQEIOQEXA0AGkMAAIA/IOQEQwAAAABbDQAaID/9HwMh4wRDAADAfyDjBItDAACAP1sg5AQg5ASTQwAAAABccQ0AGiDjBCDkBBAAC/0gA/0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFBA0AgCSBeQQRqTgRAIEEhQiABIF5BAnQiqAJqAn1DAADAfyAFIKgCav0ABAAiQ/0fACLmBCDmBFwNABpDAACAPyDmBEMAAAAAWw0AGiBB/R8AIeUEQwAAwH8g5QSLQwAAgD9bIOYEIOYEk0MAAAAAXHENABog5QQg5gQQAAv9EwJ9QwAAwH8gQ/0fASLoBCDoBFwNABpDAACAPyDoBEMAAAAAWw0AGiBC/R8BIecEQwAAwH8g5wSLQwAAgD9bIOgEIOgEk0MAAAAAXHENABog5wQg6AQQAAv9IAECfUMAAMB/IEP9HwIi6gQg6gRcDQAaQwAAgD8g6gRDAAAAAFsNABogQv0fAiHpBEMAAMB/IOkEi0MAAIA/WyDqBCDqBJNDAAAAAFxxDQAaIOkEIOoEEAAL/SACAn1DAADAfyBD/R8DIuwEIOwEXA0AGkMAAIA/IOwEQwAAAABbDQAaIEL9HwMh6wRDAADAfyDrBItDAACAP1sg7AQg7ASTQwAAAABccQ0AGiDrBCDsBBAAC/0gA/0LBAAgXkEEaiFeDAELCwUgBEECdCGpAiAHQQJ0IaoCA0AgCSBeQQRqTgRAIF5BAnQgAWoCfQJ7IF4gqQJsIAJqIasCIAQirAJBAUYEQCCrAv0ABAAMAQsgrAJFBEAgqwL9CQIADAELIKsCKAIA/REgqwIgrAJBAnQirQJqKAIA/RwBIK0CQQF0IKsCaigCAP0cAiCtAkEDbCCrAmooAgD9HAMLIkT9HwAh7QRDAADAfwJ7IF4gqgJsIAVqIa4CIAcirwJBAUYEQCCuAv0ABAAMAQsgrwJFBEAgrgL9CQIADAELIK4CKAIA/REgrgIgrwJBAnQisAJqKAIA/RwBILACQQF0IK4CaigCAP0cAiCwAkEDbCCuAmooAgD9HAMLIkX9HwAi7gQg7gRcDQAaQwAAgD8g7gRDAAAAAFsNABpDAADAfyDtBItDAACAP1sg7gQg7gSTQwAAAABccQ0AGiDtBCDuBBAAC/0TAn1DAADAfyBF/R8BIvAEIPAEXA0AGkMAAIA/IPAEQwAAAABbDQAaIET9HwEh7wRDAADAfyDvBItDAACAP1sg8AQg8ASTQwAAAABccQ0AGiDvBCDwBBAAC/0gAQJ9QwAAwH8gRf0fAiLyBCDyBFwNABpDAACAPyDyBEMAAAAAWw0AGiBE/R8CIfEEQwAAwH8g8QSLQwAAgD9bIPIEIPIEk0MAAAAAXHENABog8QQg8gQQAAv9IAICfUMAAMB/IEX9HwMi9AQg9ARcDQAaQwAAgD8g9ARDAAAAAFsNABogRP0fAyHzBEMAAMB/IPMEi0MAAIA/WyD0BCD0BJNDAAAAAFxxDQAaIPMEIPQEEAAL/SAD/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWoCfSAEQQJ0IF5sIAJq/QkCACJG/R8AIfUEQwAAwH8gB0ECdCBebCAFav0JAgAiR/0fACL2BCD2BFwNABpDAACAPyD2BEMAAAAAWw0AGkMAAMB/IPUEi0MAAIA/WyD2BCD2BJNDAAAAAFxxDQAaIPUEIPYEEAAL/RMCfUMAAMB/IEf9HwEi+AQg+ARcDQAaQwAAgD8g+ARDAAAAAFsNABogRv0fASH3BEMAAMB/IPcEi0MAAIA/WyD4BCD4BJNDAAAAAFxxDQAaIPcEIPgEEAAL/SABAn1DAADAfyBH/R8CIvoEIPoEXA0AGkMAAIA/IPoEQwAAAABbDQAaIEb9HwIh+QRDAADAfyD5BItDAACAP1sg+gQg+gSTQwAAAABccQ0AGiD5BCD6BBAAC/0gAgJ9QwAAwH8gR/0fAyL8BCD8BFwNABpDAACAPyD8BEMAAAAAWw0AGiBG/R8DIfsEQwAAwH8g+wSLQwAAgD9bIPwEIPwEk0MAAAAAXHENABog+wQg/AQQAAv9IAP9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAsLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IrECaiACILECav0ABAAgBSCxAmr9AAQA/ekB/QsEACABILECaiACILECav0ABBAgBSCxAmr9AAQQ/ekB/QsEECABILECaiACILECav0ABCAgBSCxAmr9AAQg/ekB/QsEICABILECaiACILECav0ABDAgBSCxAmr9AAQw/ekB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKyAmogAiCyAmr9AAQAIAUgsgJq/QAEAP3pAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFIA0AgCSBeQRBqTgRAIAEgXkECdCKzAmogAiCzAmr9AAQAIEj96QH9CwQAIAEgswJqIAIgswJq/QAEECBI/ekB/QsEECABILMCaiACILMCav0ABCAgSP3pAf0LBCAgASCzAmogAiCzAmr9AAQwIEj96QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrQCaiACILQCav0ABAAgSP3pAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFJA0AgCSBeQRBqTgRAIAEgXkECdCK1AmogSSAFILUCav0ABAD96QH9CwQAIAEgtQJqIEkgBSC1Amr9AAQQ/ekB/QsEECABILUCaiBJIAUgtQJq/QAEIP3pAf0LBCAgASC1AmogSSAFILUCav0ABDD96QH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IrYCaiBJIAUgtgJq/QAEAP3pAf0LBAAgXkEEaiFeDAELCwUgBEECdCG3AiAHQQJ0IbgCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeILcCbCACaiG5AiAEIroCQQFGBEAguQL9AAQADAELILoCRQRAILkC/QkCAAwBCyC5AigCAP0RILkCILoCQQJ0IrsCaigCAP0cASC7AkEBdCC5AmooAgD9HAIguwJBA2wguQJqKAIA/RwDCwJ7IF4guAJsIAVqIbwCIAcivQJBAUYEQCC8Av0ABAAMAQsgvQJFBEAgvAL9CQIADAELILwCKAIA/REgvAIgvQJBAnQivgJqKAIA/RwBIL4CQQF0ILwCaigCAP0cAiC+AkEDbCC8AmooAgD9HAML/ekB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD96QH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAoLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0Ir8CaiACIL8Cav0ABAAgBSC/Amr9AAQA/egB/QsEACABIL8CaiACIL8Cav0ABBAgBSC/Amr9AAQQ/egB/QsEECABIL8CaiACIL8Cav0ABCAgBSC/Amr9AAQg/egB/QsEICABIL8CaiACIL8Cav0ABDAgBSC/Amr9AAQw/egB/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLAAmogAiDAAmr9AAQAIAUgwAJq/QAEAP3oAf0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFKA0AgCSBeQRBqTgRAIAEgXkECdCLBAmogAiDBAmr9AAQAIEr96AH9CwQAIAEgwQJqIAIgwQJq/QAEECBK/egB/QsEECABIMECaiACIMECav0ABCAgSv3oAf0LBCAgASDBAmogAiDBAmr9AAQwIEr96AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IsICaiACIMICav0ABAAgSv3oAf0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFLA0AgCSBeQRBqTgRAIAEgXkECdCLDAmogSyAFIMMCav0ABAD96AH9CwQAIAEgwwJqIEsgBSDDAmr9AAQQ/egB/QsEECABIMMCaiBLIAUgwwJq/QAEIP3oAf0LBCAgASDDAmogSyAFIMMCav0ABDD96AH9CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IsQCaiBLIAUgxAJq/QAEAP3oAf0LBAAgXkEEaiFeDAELCwUgBEECdCHFAiAHQQJ0IcYCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIMUCbCACaiHHAiAEIsgCQQFGBEAgxwL9AAQADAELIMgCRQRAIMcC/QkCAAwBCyDHAigCAP0RIMcCIMgCQQJ0IskCaigCAP0cASDJAkEBdCDHAmooAgD9HAIgyQJBA2wgxwJqKAIA/RwDCwJ7IF4gxgJsIAVqIcoCIAciywJBAUYEQCDKAv0ABAAMAQsgywJFBEAgygL9CQIADAELIMoCKAIA/REgygIgywJBAnQizAJqKAIA/RwBIMwCQQF0IMoCaigCAP0cAiDMAkEDbCDKAmooAgD9HAML/egB/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD96AH9GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAkLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0Is0CaiACIM0Cav0ABAAgBSDNAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDNAmogAiDNAmr9AAQQIAUgzQJq/QAEEP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgzQJqIAIgzQJq/QAEICAFIM0Cav0ABCD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIM0CaiACIM0Cav0ABDAgBSDNAmr9AAQw/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQizgJqIAIgzgJq/QAEACAFIM4Cav0ABAD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIUwDQCAJIF5BEGpOBEAgASBeQQJ0Is8CaiACIM8Cav0ABAAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgzwJqIAIgzwJq/QAEECBM/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDPAmogAiDPAmr9AAQgIEz9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIM8CaiACIM8Cav0ABDAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0ItACaiACINACav0ABAAgTP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhTQNAIAkgXkEQak4EQCABIF5BAnQi0QJqIE0gBSDRAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDRAmogTSAFINECav0ABBD9Qf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABINECaiBNIAUg0QJq/QAEIP1B/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg0QJqIE0gBSDRAmr9AAQw/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi0gJqIE0gBSDSAmr9AAQA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCHTAiAHQQJ0IdQCA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeINMCbCACaiHVAiAEItYCQQFGBEAg1QL9AAQADAELINYCRQRAINUC/QkCAAwBCyDVAigCAP0RINUCINYCQQJ0ItcCaigCAP0cASDXAkEBdCDVAmooAgD9HAIg1wJBA2wg1QJqKAIA/RwDCwJ7IF4g1AJsIAVqIdgCIAci2QJBAUYEQCDYAv0ABAAMAQsg2QJFBEAg2AL9CQIADAELINgCKAIA/REg2AIg2QJBAnQi2gJqKAIA/RwBINoCQQF0INgCaigCAP0cAiDaAkEDbCDYAmooAgD9HAML/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UH9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMCAsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQi2wJqIAIg2wJq/QAEACAFINsCav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABINsCaiACINsCav0ABBAgBSDbAmr9AAQQ/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDbAmogAiDbAmr9AAQgIAUg2wJq/QAEIP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg2wJqIAIg2wJq/QAEMCAFINsCav0ABDD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLcAmogAiDcAmr9AAQAIAUg3AJq/QAEAP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhTgNAIAkgXkEQak4EQCABIF5BAnQi3QJqIAIg3QJq/QAEACBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASDdAmogAiDdAmr9AAQQIE79Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIN0CaiACIN0Cav0ABCAgTv1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg3QJqIAIg3QJq/QAEMCBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi3gJqIAIg3gJq/QAEACBO/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFPA0AgCSBeQRBqTgRAIAEgXkECdCLfAmogTyAFIN8Cav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIN8CaiBPIAUg3wJq/QAEEP1C/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg3wJqIE8gBSDfAmr9AAQg/UL9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDfAmogTyAFIN8Cav0ABDD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLgAmogTyAFIOACav0ABAD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IeECIAdBAnQh4gIDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4g4QJsIAJqIeMCIAQi5AJBAUYEQCDjAv0ABAAMAQsg5AJFBEAg4wL9CQIADAELIOMCKAIA/REg4wIg5AJBAnQi5QJqKAIA/RwBIOUCQQF0IOMCaigCAP0cAiDlAkEDbCDjAmooAgD9HAMLAnsgXiDiAmwgBWoh5gIgByLnAkEBRgRAIOYC/QAEAAwBCyDnAkUEQCDmAv0JAgAMAQsg5gIoAgD9ESDmAiDnAkECdCLoAmooAgD9HAEg6AJBAXQg5gJqKAIA/RwCIOgCQQNsIOYCaigCAP0cAwv9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9Qv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwHCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCLpAmogAiDpAmr9AAQAIAUg6QJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg6QJqIAIg6QJq/QAEECAFIOkCav0ABBD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIOkCaiACIOkCav0ABCAgBSDpAmr9AAQg/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDpAmogAiDpAmr9AAQwIAUg6QJq/QAEMP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IuoCaiACIOoCav0ABAAgBSDqAmr9AAQA/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFQA0AgCSBeQRBqTgRAIAEgXkECdCLrAmogAiDrAmr9AAQAIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIOsCaiACIOsCav0ABBAgUP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg6wJqIAIg6wJq/QAEICBQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASDrAmogAiDrAmr9AAQwIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLsAmogAiDsAmr9AAQAIFD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVEDQCAJIF5BEGpOBEAgASBeQQJ0Iu0CaiBRIAUg7QJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg7QJqIFEgBSDtAmr9AAQQ/UP9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASDtAmogUSAFIO0Cav0ABCD9Q/0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIO0CaiBRIAUg7QJq/QAEMP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0Iu4CaiBRIAUg7gJq/QAEAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQh7wIgB0ECdCHwAgNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiDvAmwgAmoh8QIgBCLyAkEBRgRAIPEC/QAEAAwBCyDyAkUEQCDxAv0JAgAMAQsg8QIoAgD9ESDxAiDyAkECdCLzAmooAgD9HAEg8wJBAXQg8QJqKAIA/RwCIPMCQQNsIPECaigCAP0cAwsCeyBeIPACbCAFaiH0AiAHIvUCQQFGBEAg9AL9AAQADAELIPUCRQRAIPQC/QkCAAwBCyD0AigCAP0RIPQCIPUCQQJ0IvYCaigCAP0cASD2AkEBdCD0AmooAgD9HAIg9gJBA2wg9AJqKAIA/RwDC/1D/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1D/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAYLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IvcCaiACIPcCav0ABAAgBSD3Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD3AmogAiD3Amr9AAQQIAUg9wJq/QAEEP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEg9wJqIAIg9wJq/QAEICAFIPcCav0ABCD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPcCaiACIPcCav0ABDAgBSD3Amr9AAQw/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi+AJqIAIg+AJq/QAEACAFIPgCav0ABAD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVIDQCAJIF5BEGpOBEAgASBeQQJ0IvkCaiACIPkCav0ABAAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEg+QJqIAIg+QJq/QAEECBS/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASD5AmogAiD5Amr9AAQgIFL9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIPkCaiACIPkCav0ABDAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IvoCaiACIPoCav0ABAAgUv1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARFIAdBAUZxBEAgAv0JAgAhUwNAIAkgXkEQak4EQCABIF5BAnQi+wJqIFMgBSD7Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASD7AmogUyAFIPsCav0ABBD9Rf0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIPsCaiBTIAUg+wJq/QAEIP1F/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEg+wJqIFMgBSD7Amr9AAQw/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQi/AJqIFMgBSD8Amr9AAQA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCH9AiAHQQJ0If4CA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIP0CbCACaiH/AiAEIoADQQFGBEAg/wL9AAQADAELIIADRQRAIP8C/QkCAAwBCyD/AigCAP0RIP8CIIADQQJ0IoEDaigCAP0cASCBA0EBdCD/AmooAgD9HAIggQNBA2wg/wJqKAIA/RwDCwJ7IF4g/gJsIAVqIYIDIAcigwNBAUYEQCCCA/0ABAAMAQsggwNFBEAgggP9CQIADAELIIIDKAIA/REgggMggwNBAnQihANqKAIA/RwBIIQDQQF0IIIDaigCAP0cAiCEA0EDbCCCA2ooAgD9HAML/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwsLCwNAIAkgXkoEQCBeQQJ0IAFqIARBAnQgXmwgAmr9CQIAIAdBAnQgXmwgBWr9CQIA/UX9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMBQsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQihQNqIAIghQNq/QAEACAFIIUDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIUDaiACIIUDav0ABBAgBSCFA2r9AAQQ/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCFA2ogAiCFA2r9AAQgIAUghQNq/QAEIP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEghQNqIAIghQNq/QAEMCAFIIUDav0ABDD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKGA2ogAiCGA2r9AAQAIAUghgNq/QAEAP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhVANAIAkgXkEQak4EQCABIF5BAnQihwNqIAIghwNq/QAEACBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCHA2ogAiCHA2r9AAQQIFT9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIIcDaiACIIcDav0ABCAgVP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEghwNqIAIghwNq/QAEMCBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiiANqIAIgiANq/QAEACBU/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFVA0AgCSBeQRBqTgRAIAEgXkECdCKJA2ogVSAFIIkDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIIkDaiBVIAUgiQNq/QAEEP1E/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgiQNqIFUgBSCJA2r9AAQg/UT9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCJA2ogVSAFIIkDav0ABDD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKKA2ogVSAFIIoDav0ABAD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAEQQJ0IYsDIAdBAnQhjAMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4giwNsIAJqIY0DIAQijgNBAUYEQCCNA/0ABAAMAQsgjgNFBEAgjQP9CQIADAELII0DKAIA/REgjQMgjgNBAnQijwNqKAIA/RwBII8DQQF0II0DaigCAP0cAiCPA0EDbCCNA2ooAgD9HAMLAnsgXiCMA2wgBWohkAMgByKRA0EBRgRAIJAD/QAEAAwBCyCRA0UEQCCQA/0JAgAMAQsgkAMoAgD9ESCQAyCRA0ECdCKSA2ooAgD9HAEgkgNBAXQgkANqKAIA/RwCIJIDQQNsIJADaigCAP0cAwv9RP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9RP0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwECwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKTA2ogAiCTA2r9AAQAIAUgkwNq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgkwNqIAIgkwNq/QAEECAFIJMDav0ABBD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIJMDaiACIJMDav0ABCAgBSCTA2r9AAQg/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCTA2ogAiCTA2r9AAQwIAUgkwNq/QAEMP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IpQDaiACIJQDav0ABAAgBSCUA2r9AAQA/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgB0UgBEEBRnEEQCAF/QkCACFWA0AgCSBeQRBqTgRAIAEgXkECdCKVA2ogAiCVA2r9AAQAIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIJUDaiACIJUDav0ABBAgVv1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEglQNqIAIglQNq/QAEICBW/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCVA2ogAiCVA2r9AAQwIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKWA2ogAiCWA2r9AAQAIFb9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVcDQCAJIF5BEGpOBEAgASBeQQJ0IpcDaiBXIAUglwNq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEglwNqIFcgBSCXA2r9AAQQ/Ub9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCXA2ogVyAFIJcDav0ABCD9Rv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIJcDaiBXIAUglwNq/QAEMP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IpgDaiBXIAUgmANq/QAEAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQhmQMgB0ECdCGaAwNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiCZA2wgAmohmwMgBCKcA0EBRgRAIJsD/QAEAAwBCyCcA0UEQCCbA/0JAgAMAQsgmwMoAgD9ESCbAyCcA0ECdCKdA2ooAgD9HAEgnQNBAXQgmwNqKAIA/RwCIJ0DQQNsIJsDaigCAP0cAwsCeyBeIJoDbCAFaiGeAyAHIp8DQQFGBEAgngP9AAQADAELIJ8DRQRAIJ4D/QkCAAwBCyCeAygCAP0RIJ4DIJ8DQQJ0IqADaigCAP0cASCgA0EBdCCeA2ooAgD9HAIgoANBA2wgngNqKAIA/RwDC/1G/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCACAHQQJ0IF5sIAVq/QkCAP1G/QwBAAAAAQAAAAEAAAABAAAA/U79GwA2AgAgXkEBaiFeDAELCyAJQQJ0IAFqIQEgA0ECdCACaiECIAZBAnQgBWohBSBjQQFqIWMMAQsLDAMLA0AgCCBjSgRAQQAhXiAHQQFGIARBAUZxBEADQCAJIF5BEGpOBEAgASBeQQJ0IqEDaiACIKEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgoQNqIAIgoQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgoQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASChA2ogAiChA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSChA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKEDaiACIKEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IqIDaiACIKIDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIKIDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhWANAIAkgXkEQak4EQCABIF5BAnQiowNqIAIgowNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIAEgowNqIAIgowNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgowNqIAIgowNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQgIAEgowNqIAIgowNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1CIFj9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQwIF5BEGohXgwBCwsDQCAJIF5BBGpOBEAgASBeQQJ0IqQDaiACIKQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiBY/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAERSAHQQFGcQRAIAL9CQIAIVkDQCAJIF5BEGpOBEAgASBeQQJ0IqUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIKUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABIKUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABIKUDaiBZ/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSClA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKmA2ogWf0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgpgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/U79DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEECdCGnAyAHQQJ0IagDA0AgCSBeQQRqTgRAIF5BAnQgAWoCeyBeIKcDbCACaiGpAyAEIqoDQQFGBEAgqQP9AAQADAELIKoDRQRAIKkD/QkCAAwBCyCpAygCAP0RIKkDIKoDQQJ0IqsDaigCAP0cASCrA0EBdCCpA2ooAgD9HAIgqwNBA2wgqQNqKAIA/RwDC/0MAAAAAAAAAAAAAAAAAAAAAP1CAnsgXiCoA2wgBWohrAMgByKtA0EBRgRAIKwD/QAEAAwBCyCtA0UEQCCsA/0JAgAMAQsgrAMoAgD9ESCsAyCtA0ECdCKuA2ooAgD9HAEgrgNBAXQgrANqKAIA/RwCIK4DQQNsIKwDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9Qv1O/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsLCwsDQCAJIF5KBEAgXkECdCABaiAEQQJ0IF5sIAJq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1CIAdBAnQgXmwgBWr9CQIA/QwAAAAAAAAAAAAAAAAAAAAA/UL9Tv0MAQAAAAEAAAABAAAAAQAAAP1O/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwwCCwNAIAggY0oEQEEAIV4gB0EBRiAEQQFGcQRAA0AgCSBeQRBqTgRAIAEgXkECdCKvA2ogAiCvA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCvA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABIK8DaiACIK8Dav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiAFIK8Dav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQQIAEgrwNqIAIgrwNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgrwNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCvA2ogAiCvA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCvA2r9AAQw/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKwA2ogAiCwA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgBSCwA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLBSAHRSAEQQFGcQRAIAX9CQIAIVoDQCAJIF5BEGpOBEAgASBeQQJ0IrEDaiACILEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACABILEDaiACILEDav0ABBD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEECABILEDaiACILEDav0ABCD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEICABILEDaiACILEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9QiBa/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCKyA2ogAiCyA2r9AAQA/QwAAAAAAAAAAAAAAAAAAAAA/UIgWv0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFbA0AgCSBeQRBqTgRAIAEgXkECdCKzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBAAgASCzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBBAgASCzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBCAgASCzA2ogW/0MAAAAAAAAAAAAAAAAAAAAAP1CIAUgswNq/QAEMP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQitANqIFv9DAAAAAAAAAAAAAAAAAAAAAD9QiAFILQDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Qv1Q/QwBAAAAAQAAAAEAAAABAAAA/U79CwQAIF5BBGohXgwBCwsFIARBAnQhtQMgB0ECdCG2AwNAIAkgXkEEak4EQCBeQQJ0IAFqAnsgXiC1A2wgAmohtwMgBCK4A0EBRgRAILcD/QAEAAwBCyC4A0UEQCC3A/0JAgAMAQsgtwMoAgD9ESC3AyC4A0ECdCK5A2ooAgD9HAEguQNBAXQgtwNqKAIA/RwCILkDQQNsILcDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9QgJ7IF4gtgNsIAVqIboDIAciuwNBAUYEQCC6A/0ABAAMAQsguwNFBEAgugP9CQIADAELILoDKAIA/REgugMguwNBAnQivANqKAIA/RwBILwDQQF0ILoDaigCAP0cAiC8A0EDbCC6A2ooAgD9HAML/QwAAAAAAAAAAAAAAAAAAAAA/UL9UP0MAQAAAAEAAAABAAAAAQAAAP1O/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9QiAHQQJ0IF5sIAVq/QkCAP0MAAAAAAAAAAAAAAAAAAAAAP1C/VD9DAEAAAABAAAAAQAAAAEAAAD9Tv0bADYCACBeQQFqIV4MAQsLIAlBAnQgAWohASADQQJ0IAJqIQIgBkECdCAFaiEFIGNBAWohYwwBCwsMAQsDQCAIIGNKBEBBACFeIAdBAUYgBEEBRnEEQANAIAkgXkEQak4EQCABIF5BAnQivQNqIAIgvQNq/QAEACAFIL0Dav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACABIL0DaiACIL0Dav0ABBAgBSC9A2r9AAQQ/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBBAgASC9A2ogAiC9A2r9AAQgIAUgvQNq/QAEIP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQgIAEgvQNqIAIgvQNq/QAEMCAFIL0Dav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCK+A2ogAiC+A2r9AAQAIAUgvgNq/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIF5BBGohXgwBCwsFIAdFIARBAUZxBEAgBf0JAgAhXANAIAkgXkEQak4EQCABIF5BAnQivwNqIAIgvwNq/QAEACBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgASC/A2ogAiC/A2r9AAQQIFz9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECABIL8DaiACIL8Dav0ABCAgXP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQgIAEgvwNqIAIgvwNq/QAEMCBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBDAgXkEQaiFeDAELCwNAIAkgXkEEak4EQCABIF5BAnQiwANqIAIgwANq/QAEACBc/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgXkEEaiFeDAELCwUgBEUgB0EBRnEEQCAC/QkCACFdA0AgCSBeQRBqTgRAIAEgXkECdCLBA2ogXSAFIMEDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACABIMEDaiBdIAUgwQNq/QAEEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQQIAEgwQNqIF0gBSDBA2r9AAQg/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBCAgASDBA2ogXSAFIMEDav0ABDD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEMCBeQRBqIV4MAQsLA0AgCSBeQQRqTgRAIAEgXkECdCLCA2ogXSAFIMIDav0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACBeQQRqIV4MAQsLBSAEQQJ0IcMDIAdBAnQhxAMDQCAJIF5BBGpOBEAgXkECdCABagJ7IF4gwwNsIAJqIcUDIAQixgNBAUYEQCDFA/0ABAAMAQsgxgNFBEAgxQP9CQIADAELIMUDKAIA/REgxQMgxgNBAnQixwNqKAIA/RwBIMcDQQF0IMUDaigCAP0cAiDHA0EDbCDFA2ooAgD9HAMLAnsgXiDEA2wgBWohyAMgByLJA0EBRgRAIMgD/QAEAAwBCyDJA0UEQCDIA/0JAgAMAQsgyAMoAgD9ESDIAyDJA0ECdCLKA2ooAgD9HAEgygNBAXQgyANqKAIA/RwCIMoDQQNsIMgDaigCAP0cAwv9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEACBeQQRqIV4MAQsLCwsLA0AgCSBeSgRAIF5BAnQgAWogBEECdCBebCACav0JAgAgB0ECdCBebCAFav0JAgD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/RsANgIAIF5BAWohXgwBCwsgCUECdCABaiEBIANBAnQgAmohAiAGQQJ0IAVqIQUgY0EBaiFjDAELCwsLtQcBMH8gASEVIAIoAgAhFiACQQRqKAIAIRAgAkEQaigCACEXIAJBFGooAgAhGCACQRhqKAIAIRkgAkEcaigCACEGIAJBIGooAgAhGiACQSRqKAIAIQkgAkEoaigCACEbIAJBLGooAgAhHCACQTBqKAIAIREgAkE0aigCACEgIAJBCGooAgAiHSACQQxqKAIAIhJsIR4gACEOA0AgCiAWSARAQQAhCwNAIAsgEEgEQCAeIAsgCiAQbGpsQQJ0IBVqIR9BACEMA0AgDCAXSARAQQAhDQNAIA0gGEgEQCAgIAkgDSAcbCIPayIhQQBMBH9BAAUgBiAhakEBayAGbQsiIiAgICJIGyIjIAkgEmogD2siJEEATAR/QQAFICAgBiAkakEBayAGbSIlICAgJUgbCyImICMgJkobIQdBACEIA0AgCCARSARAIAggIGxBAnQgDmohJwJAIAggGWwgGmsgDCAbbGoiKEEASCAdIChMcgRAQQAhAwNAICAgA0EEaiIpTgRAIANBAnQgJ2r9DAAAAAAAAAAAAAAAAAAAAAD9CwQAICkhAwwBCwsDQCADICBIBEAgA0ECdCAnakMAAAAAOAIAIANBAWohAwwBCwsMAQsgI0EASgRAQQAhAwNAICMgA0EEaiIrTgRAIANBAnQgJ2r9DAAAAAAAAAAAAAAAAAAAAAD9CwQAICshAwwBCwsDQCADICNIBEAgA0ECdCAnakMAAAAAOAIAIANBAWohAwwBCwsLIBIgKGxBAnQgH2ohKiAGQQFGBEAgI0ECdCAnaiETIA8gIyAJa2pBAnQgKmohLCAHICNrIRRBACEDA0AgFCADQQRqIi1OBEAgA0ECdCIuIBNqICwgLmr9AAQA/QsEACAtIQMMAQsLA0AgAyAUSARAIANBAnQiLyATaiAsIC9qKgIAOAIAIANBAWohAwwBCwsFICMhAwNAIAMgB0gEQCADQQJ0ICdqIA8gAyAGbCAJa2pBAnQgKmoqAgA4AgAgA0EBaiEDDAELCwsgByAgSARAIAdBAnQgJ2ohMCAgIAdrITFBACECA0AgMSACQQRqIjJOBEAgAkECdCAwav0MAAAAAAAAAAAAAAAAAAAAAP0LBAAgMiECDAELCwNAIAIgMUgEQCACQQJ0IDBqQwAAAAA4AgAgAkEBaiECDAELCwsLIAhBAWohCAwBCwsgESAgbEECdCAOaiEOIA1BAWohDQwBCwsgDEEBaiEMDAELCyALQQFqIQsMAQsLIApBAWohCgwBCwsLXgAgAEEMaigCACAAQSRqKAIAQQF0aiAAQQRqKAIAIABBCGooAgAgAEEgaigCAEEBdGpsbCAAQTRqKAIAIABBMGooAgAgAUEDakF8cWxsaiAAKAIAQQdqQQN1bEEFdAvBCQIyfxZ7IAJBBGooAgAiISEVIAJBCGooAgAiIiISIAJBIGooAgAiIyIaQQF0aiEbIAJBDGooAgAiJCIRIAJBJGooAgAiJSIcQQF0aiEdIAJBMGooAgAgAkE0aigCAGwiFiADQQNqQXxxbEEFdCETIAYiHiAkICVBAXRqICEgIiAjQQF0amxsQQV0IhQgAigCACIfQQdqQQN1bGohFyAEIBRsIAZqQQAgFCAFIARrIiZs/AsAIAQgE2wgF2pBACATICZs/AsAIBEgEiAVbGxBAnQhJyADIBZsQQJ0ISgDQCAEIAVIBEBBACEMA0AgDEECSARAQQQgHyAEQQN0IilrIAxBAnQiKmsiKyArQQRKGyIsQQBKBEAgKSAqaiEtIAQgFGwgHmogDEEEdGohIEEAIQgDQCAIIBVIBEBBACEKA0AgCiASSARAIBwgHSAaIAogCCAbbGpqbGpBBXQgIGohGCAnIC1sIABqIBEgCiAIIBJsamxBAnRqIRkgJyEuQQAhByAsQQRGBEADQCARIAdBBGoiL04EQCAHQQV0IBhqIjAgB0ECdCAZaiIx/QAEACI/IC4gMWr9AAQAIkD9DQABAgMQERITBAUGBxQVFhciQSAuQQF0IDFq/QAEACJCIC5BA2wgMWr9AAQAIkP9DQABAgMQERITBAUGBxQVFhciRP0NAAECAwQFBgcQERITFBUWF/0LBAAgMEEgaiBBIET9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIDBBQGsgPyBA/Q0ICQoLGBkaGwwNDg8cHR4fIkUgQiBD/Q0ICQoLGBkaGwwNDg8cHR4fIkb9DQABAgMEBQYHEBESExQVFhf9CwQAIDBB4ABqIEUgRv0NCAkKCwwNDg8YGRobHB0eH/0LBAAgLyEHDAELCwsDQCAHIBFIBEBBACEJA0AgCSAsSARAIAdBBXQgGGogCUECdGogCSAubCAZaiAHQQJ0aioCADgCACAJQQFqIQkMAQsLIAdBAWohBwwBCwsgCkEBaiEKDAELCyAIQQFqIQgMAQsLIAQgE2wgF2ogDEEEdGohMiAoIC1sIAFqITMgKCE0IAMgFmwhNUEAIQcgLEEERgRAA0AgNSAHQQRqIjZOBEAgB0EFdCAyaiI3IAdBAnQgM2oiOP0ABAAiRyA0IDhq/QAEACJI/Q0AAQIDEBESEwQFBgcUFRYXIkkgNEEBdCA4av0ABAAiSiA0QQNsIDhq/QAEACJL/Q0AAQIDEBESEwQFBgcUFRYXIkz9DQABAgMEBQYHEBESExQVFhf9CwQAIDdBIGogSSBM/Q0ICQoLDA0ODxgZGhscHR4f/QsEACA3QUBrIEcgSP0NCAkKCxgZGhsMDQ4PHB0eHyJNIEogS/0NCAkKCxgZGhsMDQ4PHB0eHyJO/Q0AAQIDBAUGBxAREhMUFRYX/QsEACA3QeAAaiBNIE79DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIDYhBwwBCwsLA0AgByA1SARAQQAhCANAIAggLEgEQCAHQQV0IDJqIAhBAnRqIAggNGwgM2ogB0ECdGoqAgA4AgAgCEEBaiEIDAELCyAHQQFqIQcMAQsLIAxBAWohDAwCCwsLIARBAWohBAwBCwsLnAgCKX8PeyABQQhqKAIAIAFBIGooAgBBAXRqIh8hESABQQxqKAIAIAFBJGooAgBBAXRqIiAhDSABQRRqKAIAIhUgAUEQaigCACISIAFBBGooAgAiIWxsIg5BAWpBAXUhEyABQTBqKAIAIhYgAUE0aigCACIXbCIiIAJBA2pBfHFsQQV0IRggASgCAEEHakEDdSIZICAgHyAhbGxBBXQiGmwgBWohGyAiQQV0IQsgDkECdCEjA0AgAyAESARAQQQgAiADIBNtQQJ0IhRrIiQgJEEEShshDyAOIAMgE29BAXQiDEEBakohJSAMIBIgFSImbG8hJyANIBEgDCASICZsIihtbCAnICZtamwgJyAmb2pBBXQhECAlBH8gDEEBaiIpIChvISogDSARICkgKG1sICogJm1qbCAqICZvakEFdAUgEAsgEGshHP0MAAAAAAAAAAAAAAAAAAAAACIwITH9DAAAAAAAAAAAAAAAAAAAAAAhMv0MAAAAAAAAAAAAAAAAAAAAACEz/QwAAAAAAAAAAAAAAAAAAAAAITT9DAAAAAAAAAAAAAAAAAAAAAAhNf0MAAAAAAAAAAAAAAAAAAAAACE2/QwAAAAAAAAAAAAAAAAAAAAAITdBACEGA0AgBiAZSARAIAYgGmwgBWohHSAGIBhsIBtqIAsgFGxqIQFBACEIA0AgCCAWSARAIBAgCCANbEEFdCAdamohCSAXQQV0IAFqIR4DQCABIB5JBEAgAf0ABAAiOiAJ/QAEACI4IDD9hQIhMCA6IAkgHGr9AAQAIjkgNP2FAiE0IAEgC2r9AAQAIjsgOCAx/YUCITEgOyA5IDX9hQIhNSALQQF0IAFq/QAEACI8IDggMv2FAiEyIDwgOSA2/YUCITYgC0EDbCABav0ABAAiPSA4IDP9hQIhMyA9IDkgN/2FAiE3IAFBEGohASAJQRBqIQkMAQsLIAhBAWohCAwBCwsgBkEBaiEGDAELCyAMIA4gFGxqQQJ0IABqIisgMP0fACAw/R8BkiAw/R8CIDD9HwOSkjgCACAlBEAgKyA0/R8AIDT9HwGSIDT9HwIgNP0fA5KSOAIECyAPQQFKBEAgIyAraiIsIDH9HwAgMf0fAZIgMf0fAiAx/R8DkpI4AgAgJQRAICwgNf0fACA1/R8BkiA1/R8CIDX9HwOSkjgCBAsLIA9BAkoEQCAjQQF0ICtqIi0gMv0fACAy/R8BkiAy/R8CIDL9HwOSkjgCACAlBEAgLSA2/R8AIDb9HwGSIDb9HwIgNv0fA5KSOAIECwsgD0EDSgRAICNBA2wgK2oiLiAz/R8AIDP9HwGSIDP9HwIgM/0fA5KSOAIAICUEQCAuIDf9HwAgN/0fAZIgN/0fAiA3/R8DkpI4AgQLCyADQQFqIQMMAQsLC2UBAX8gAEEMaigCACAAQSRqKAIAQQF0aiAAQQhqKAIAIABBIGooAgBBAXRqIABBBGooAgAiAiAAKAIAbGxsQQhqQQJ0IABBFGooAgAgAEEQaigCACACbGwgAUEDakECdWxBBHRqC+AOAjV/EHsgA0EwaigCACETIANBNGooAgAhDyADQRRqKAIAIhcgA0EEaigCACIQIANBEGooAgAiGGxsIREgBUEAIANBDGooAgAiHiADQSRqKAIAIh9BAXRqIhQgA0EIaigCACIgIANBIGooAgAiIUEBdGoiFSADKAIAIhYgEGxsbEEIakECdCIi/AsAA0AgECAWbCAHSgRAQQAhCQNAIAkgIEgEQCAfIBQgISAJIAcgFWxqamxqQQJ0IAVqISMgHiAJIAcgIGxqbEECdCABaiEkQQAhAwNAIB4gA0EEaiIlTgRAIANBAnQiJiAjaiAkICZq/QAEAP0LBAAgJSEDDAELCwNAIAMgHkgEQCADQQJ0IicgI2ogJCAnaioCADgCACADQQFqIQMMAQsLIAlBAWohCQwBCwsgB0EBaiEHDAELCyAEQQNqQQJ1ISggBSAiaiEpQQAhAQNAIAEgKEgEQEEAIQMDQCADIBFIBEBBACEIA0AgCEEESARAIAggAyABIBFsakECdGpBAnQgKWogBCAIIAFBAnRqIipKBH0gAyARICpsakECdCACaioCAAVDAAAAAAs4AgAgCEEBaiEIDAELCyADQQFqIQMMAQsLIAFBAWohAQwBCwsgFEECdCEZA0AgCyAWSARAQQAhCQNAIAkgKEgEQEEEIAQgCUECdGsiKyArQQRKGyEsIAkgEWxBBHQgKWohLUEAIQwDQCAMIBNIBEAgDyAMIBMgBCALbCAJQQJ0amxqbEECdCAAaiEaIA8gE2xBAnQhLkEAIQgDQCAIIA9IBED9DAAAAAAAAAAAAAAAAAAAAAAiOyFD/QwAAAAAAAAAAAAAAAAAAAAAITz9DAAAAAAAAAAAAAAAAAAAAAAhPf0MAAAAAAAAAAAAAAAAAAAAACE+/QwAAAAAAAAAAAAAAAAAAAAAIT/9DAAAAAAAAAAAAAAAAAAAAAAhQP0MAAAAAAAAAAAAAAAAAAAAACFBIC0hAUEAIQcDQCAHIBBIBEAgCCAUIAwgFSAHIAsgEGxqbGpsakECdCAFaiEbQQAhBgNAIAYgGEgEQCAGIBlsIBtqIRxBACECA0AgAiAXSARAIAH9CQIAIkYgAkECdCAcaiId/QAEACJEIDv9hQIhOyBGIB39AAQQIkUgPv2FAiE+IAH9CQIEIkcgRCBD/YUCIUMgRyBFID/9hQIhPyAB/QkCCCJIIEQgPP2FAiE8IEggRSBA/YUCIUAgAf0JAgwiSSBEID39hQIhPSBJIEUgQf2FAiFBIAFBEGohASACQQFqIQIMAQsLIAZBAWohBgwBCwsgB0EBaiEHDAELC0EEIA8gCGsiL0EEayIwIDBBBEobITEgCEECdCAaaiEyAkBBBCAvIC9BBEobIjNBBE4EQCAyIDv9CwQADAELIDIgO/0fADgCACAzQQFKBEAgMiA7/R8BOAIECyAzQQJKBEAgMiA7/R8COAIICyAzQQNKBEAgMiA7/R8DOAIMCwsgMUEASgRAAkAgMkEQaiE0IDFBBE4EQCA0ID79CwQADAELIDQgPv0fADgCACAxQQFKBEAgNCA+/R8BOAIECyAxQQJKBEAgNCA+/R8COAIICyAxQQNKBEAgNCA+/R8DOAIMCwsLICxBAUoEQCAuIDJqITUgQyFKAkAgM0EETgRAIDUgSv0LBAAMAQsgNSBK/R8AOAIAIDNBAUoEQCA1IEr9HwE4AgQLIDNBAkoEQCA1IEr9HwI4AggLIDNBA0oEQCA1IEr9HwM4AgwLCyAxQQBKBEACQCAuIDJqQRBqITYgMUEETgRAIDYgP/0LBAAMAQsgNiA//R8AOAIAIDFBAUoEQCA2ID/9HwE4AgQLIDFBAkoEQCA2ID/9HwI4AggLIDFBA0oEQCA2ID/9HwM4AgwLCwsLICxBAkoEQCAuQQF0IDJqITcCQCAzQQROBEAgNyA8/QsEAAwBCyA3IDz9HwA4AgAgM0EBSgRAIDcgPP0fATgCBAsgM0ECSgRAIDcgPP0fAjgCCAsgM0EDSgRAIDcgPP0fAzgCDAsLIDFBAEoEQAJAIC5BAXQgMmpBEGohOCAxQQROBEAgOCBA/QsEAAwBCyA4IED9HwA4AgAgMUEBSgRAIDggQP0fATgCBAsgMUECSgRAIDggQP0fAjgCCAsgMUEDSgRAIDggQP0fAzgCDAsLCwsgLEEDSgRAIC5BA2wgMmohOQJAIDNBBE4EQCA5ID39CwQADAELIDkgPf0fADgCACAzQQFKBEAgOSA9/R8BOAIECyAzQQJKBEAgOSA9/R8COAIICyAzQQNKBEAgOSA9/R8DOAIMCwsgMUEASgRAAkAgLkEDbCAyakEQaiE6IDFBBE4EQCA6IEH9CwQADAELIDogQf0fADgCACAxQQFKBEAgOiBB/R8BOAIECyAxQQJKBEAgOiBB/R8COAIICyAxQQNKBEAgOiBB/R8DOAIMCwsLCyAIQQhqIQgMAQsLIAxBAWohDAwBCwsgCUEBaiEJDAELCyALQQFqIQsMAQsLC4wBAQN/IABBFGooAgAgAEEEaigCACIDIABBEGooAgBsbCECIABBDGooAgAgAEEkaigCAEEBdGogAyAAQQhqKAIAIABBIGooAgBBAXRqbGwgAEE0aigCACAAQTBqKAIAIAFBA2pBAnUiBEECdGxsaiAAKAIAQQdqQQN1bEEFdCACIARsQQR0aiACQQJ0agvBNAJue5QBfyADQQhqKAIAIZ0BIANBDGooAgAhngEgA0EkaigCACGfASADQRRqKAIAIqABIANBBGooAgAioQEgA0EQaigCACKiAWxsIZMBIAMoAgAilAFBB2pBA3UhlQEgA0EwaigCACKjASADQTRqKAIAIqQBbCGLASAEQQFGIoUBBEAgoAFBA04hhQELIANBIGooAgAipQFBACCFAUEBIAYbIqYBGyGnASCfAUEAIKYBGyKoAUEBdCCeAWohqQEgqQEgoQEgpwFBAXQgnQFqIqwBbGxBBXQhkgEgpwEgqAFyBEAgBUEAIJIBIJUBbPwLAAUglAFBB3EEQCCSASCVAUEBa2wgBWpBACCSAfwLAAsLIARBA2pBAnUhkQEgngEgnQEgoQFsbEECdCGtAQNAIIQBIJUBSARAQQAhiQEDQCCJAUECSARAQQQglAEghAFBA3QirgFrIIkBQQJ0Iq8BayKwASCwAUEEShsisQFBAEoEQCCtASCuASCvAWpsIAFqIbIBIIQBIJIBbCAFaiCJAUEEdGohswECQCCnASCoAXJFBEAgngEgnQEgoQFsbCG0AUEAIXUgsQFBBEYEQANAILQBIHVBBGoitQFOBEAgdUEFdCCzAWoitgEgdUECdCCyAWoitwH9AAQAIhMgrQEgtwFq/QAEACIU/Q0AAQIDEBESEwQFBgcUFRYXIhUgrQFBAXQgtwFq/QAEACIWIK0BQQNsILcBav0ABAAiF/0NAAECAxAREhMEBQYHFBUWFyIY/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC2AUEgaiAVIBj9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAILYBQUBrIBMgFP0NCAkKCxgZGhsMDQ4PHB0eHyIZIBYgF/0NCAkKCxgZGhsMDQ4PHB0eHyIa/Q0AAQIDBAUGBxAREhMUFRYX/QsEACC2AUHgAGogGSAa/Q0ICQoLDA0ODxgZGhscHR4f/QsEACC1ASF1DAELCwsDQCB1ILQBSARAQQAhgAEDQCCAASCxAUgEQCB1QQV0ILMBaiCAAUECdGoggAEgrQFsILIBaiB1QQJ0aioCADgCACCAAUEBaiGAAQwBCwsgdUEBaiF1DAELCwwBC0EAIYABA0AggAEgoQFIBEBBACF7A0AgeyCdAUgEQCCoASCpASCnASB7IIABIKwBbGpqbGpBBXQgswFqIbgBIJ4BIHsggAEgnQFsamxBAnQgsgFqIbkBQQAhdSCxAUEERgRAA0AgngEgdUEEaiK6AU4EQCB1QQV0ILgBaiK7ASB1QQJ0ILkBaiK8Af0ABAAiGyCtASC8AWr9AAQAIhz9DQABAgMQERITBAUGBxQVFhciHSCtAUEBdCC8AWr9AAQAIh4grQFBA2wgvAFq/QAEACIf/Q0AAQIDEBESEwQFBgcUFRYXIiD9DQABAgMEBQYHEBESExQVFhf9CwQAILsBQSBqIB0gIP0NCAkKCwwNDg8YGRobHB0eH/0LBAAguwFBQGsgGyAc/Q0ICQoLGBkaGwwNDg8cHR4fIiEgHiAf/Q0ICQoLGBkaGwwNDg8cHR4fIiL9DQABAgMEBQYHEBESExQVFhf9CwQAILsBQeAAaiAhICL9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAILoBIXUMAQsLCwNAIHUgngFIBEBBACF9A0AgfSCxAUgEQCB1QQV0ILgBaiB9QQJ0aiB9IK0BbCC5AWogdUECdGoqAgA4AgAgfUEBaiF9DAELCyB1QQFqIXUMAQsLIHtBAWohewwBCwsggAFBAWohgAEMAQsLCyCJAUEBaiGJAQwCCwsLIIQBQQFqIYQBDAELCyCSASCVAWwgBWohvQEghQEEQCCRASCTAWxBBHQgvQFqIJMBQQJ0aiG+ASC9AUEAIKABQQZqIr8BIKEBIKIBbGxBAnT8CwBBACEBA0AgASCiAUgEQEEAIXkDQCB5IKEBSARAQQAhggEDQCCCASCgAUgEQCCCASC/ASB5IAEgoQFsamxBA2pqQQJ0IL0BaiAGBH8goAEgoAEgogEgeSCiAWxqQQFrIAFrbGpBAWsgggFrBSCCASCgASABIHkgogFsamxqC0ECdCACaioCADgCACCCAUEBaiGCAQwBCwsgeUEBaiF5DAELCyABQQFqIQEMAQsLIKkBIKwBbEEFdCHAAQNAIIEBIJUBSARAIIEBIJIBbCAFaiHBASCkASCjASCBAUECdGxsQQV0IL4BaiHCAUEAIXkDQCB5IKMBSARAIKcBIHlrIsMBQQAgwwFBAE4bIcQBIKIBIJ0BIKcBaiB5ayLFASCiASDFAUgbIcYBQQAhggEDQCCCASCkAUgEQP0MAAAAAAAAAAAAAAAAAAAAACIJIRL9DAAAAAAAAAAAAAAAAAAAAAAhCv0MAAAAAAAAAAAAAAAAAAAAACEL/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIREgxAEhAQNAIAEgxgFIBEAgggEgqQEgASB5amxqQQV0IMEBaiF8IL8BIAEgoQFsbEECdCC9AWohjAFBACF1A0AgdSChAUgEQCCMAf0ABAAiIyAj/Q0MDQ4PDA0ODwwNDg8MDQ4PIiQgfP0ABAAgCf2FAiElICQgfP0ABBAgDP2FAiEmIIwB/QAEBCInICf9DQwNDg8MDQ4PDA0ODwwNDg8iKCB8/QAEICIpICX9hQIhKiAoIHz9AAQwIisgJv2FAiEsICcgJ/0NCAkKCwgJCgsICQoLCAkKCyItICkgEv2FAiEuIC0gKyAN/YUCIS8gjAH9AAQIIjAgMP0NDA0ODwwNDg8MDQ4PDA0ODyIxIHz9AARAIjIgKv2FAiEJIDEgfP0ABFAiMyAs/YUCIQwgMCAw/Q0ICQoLCAkKCwgJCgsICQoLIjQgMiAu/YUCIRIgNCAzIC/9hQIhDSAwIDD9DQQFBgcEBQYHBAUGBwQFBgciNSAyIAr9hQIhCiA1IDMgDv2FAiEOIHxB4ABqIQYgjAFBDGohhQFBAyGEAQNAIIQBIKABSARAIIUB/QAEACI2IDb9DQwNDg8MDQ4PDA0ODwwNDg8iNyAG/QAEACI4IAn9hQIhCSA3IAb9AAQQIjkgDP2FAiEMIDYgNv0NCAkKCwgJCgsICQoLCAkKCyI6IDggEv2FAiESIDogOSAN/YUCIQ0gNiA2/Q0EBQYHBAUGBwQFBgcEBQYHIjsgOCAK/YUCIQogOyA5IA79hQIhDiA2IDb9DQABAgMAAQIDAAECAwABAgMiPCA4IAv9hQIhCyA8IDkgEf2FAiERIAZBIGohBiCFAUEEaiGFASCEAUEBaiGEAQwBCwsghQH9AAQAIj0gPf0NCAkKCwgJCgsICQoLCAkKCyI+IAb9AAQAIj8gEv2FAiESID4gBv0ABBAiQCAN/YUCIQ0gPSA9/Q0EBQYHBAUGBwQFBgcEBQYHIkEgPyAK/YUCIUIgQSBAIA79hQIhQyA9ID39DQABAgMAAQIDAAECAwABAgMiRCA/IAv9hQIhRSBEIEAgEf2FAiFGIIUB/QAEBCJHIEf9DQQFBgcEBQYHBAUGBwQFBgciSCAG/QAEICJJIEL9hQIhCiBIIAb9AAQwIkogQ/2FAiEOIEcgR/0NAAECAwABAgMAAQIDAAECAyJLIEkgRf2FAiFMIEsgSiBG/YUCIU0ghQH9AAQIIk4gTv0NAAECAwABAgMAAQIDAAECAyJPIAb9AARAIEz9hQIhCyBPIAb9AARQIE39hQIhESB8IMABaiF8IL8BQQJ0IIwBaiGMASB1QQFqIXUMAQsLIAFBAWohAQwBCwsgggEgeSCkAWxqQQV0IMIBaiLHASAJ/QsEACDHASAM/QsEEEEEIKQBIIIBayLIASDIAUEEShsiyQFBAUoEQCDHASAS/QsEICDHASAN/QsEMAsgyQFBAkoEQCDHASAK/QsEQCDHASAO/QsEUAsgyQFBA0oEQCDHASAL/QsEYCDHASAR/QsEcAsgggFBBGohggEMAQsLIHlBAWoheQwBCwsggQFBAWohgQEMAQsLIAAhygEgiwFBBXQhywEgBCCLAWxBAnQhzAEglAFBB2pBA3UhzQFBACEFA0AgBSDNAUgEQEEAIQYDQCAGQQJIBEBBBCCUASAFQQN0ayAGQQJ0ayLOASDOAUEEShsizwFBAEoEQEEAIXgDQCAEIHhKBEAgzAEgBUEDdCAGQQJ0amwgygFqIHggiwFsQQJ0aiHQASDLASB4IAUgkQFsQQJ0amwgvgFqIAZBBHRqIdEBQQAhAyDPAUEERgRAA0AgiwEgA0EEaiLSAU4EQCADQQJ0INABaiLTASADQQV0INEBaiLUAf0ABAAiUCDUAf0ABCAiUf0NAAECAxAREhMEBQYHFBUWFyJSINQB/QAEQCJTINQB/QAEYCJU/Q0AAQIDEBESEwQFBgcUFRYXIlX9DQABAgMEBQYHEBESExQVFhf9CwQAIMwBINMBaiBSIFX9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIMwBQQF0INMBaiBQIFH9DQgJCgsYGRobDA0ODxwdHh8iViBTIFT9DQgJCgsYGRobDA0ODxwdHh8iV/0NAAECAwQFBgcQERITFBUWF/0LBAAgzAFBA2wg0wFqIFYgV/0NCAkKCwwNDg8YGRobHB0eH/0LBAAg0gEhAwwBCwsLA0AgAyCLAUgEQEEAIXYDQCB2IM8BSARAIHYgzAFsINABaiADQQJ0aiADQQV0INEBaiB2QQJ0aioCADgCACB2QQFqIXYMAQsLIANBAWohAwwBCwsgeEEBaiF4DAELCyAGQQFqIQYMAgsLCyAFQQFqIQUMAQsLDwsgpQEgpwFrIaoBIJ8BIKgBayGrAUEAIQEDQCABIJEBSARAQQAhgwFBACGFAQNAIIMBIKIBSARAQQAhdwNAIHcgoAFIBEBBACF6A0AgeiChAUgEQEEAIXkDQCB5QQRIBEAgeSABQQJ0aiHVASAGBH8goAEgoAEgogEgogEg1QEgBCB6bGpsakEBayCDAWtsakEBayB3awUgdyCgASCDASCiASB6IKEBINUBbGpsamxqCyHWASB5IIUBIAEgkwFsakECdGpBAnQgvQFqIAQg1QFKBH0g1gFBAnQgAmoqAgAFQwAAAAALOAIAIHlBAWoheQwBCwsgekEBaiF6IIUBQQFqIYUBDAELCyB3QQFqIXcMAQsLIIMBQQFqIYMBDAELCyABQQFqIQEMAQsLIJEBIJMBbEEEdCC9AWoh1wFBACEBQQAhdwNAIAEgogFIBEBBACECA0AgAiCgAUgEQEEAIQYDQCAGIKEBSARAIHdBAnQg1wFqIAIgqQEgASAGIKwBbGpsakEFdDYCACAGQQFqIQYgd0EBaiF3DAELCyACQQFqIQIMAQsLIAFBAWohAQwBCwsgkwFBAnQg1wFqIdgBIIsBQQV0IdkBIKABIKEBbCGWAQNAIJABIJUBSARAIJABIJIBbCAFaiHaAUEAIY8BA0AgjwEgkQFIBEAgjwEgkwFsQQR0IL0BaiHbASDZASCPASCQASCRAWxqQQJ0bCDYAWohAQJAIAQgjwFBAnRrQQJMBEAgASHcASDbASHdASCrASHeASCgASChAWwhmgFBACGIAQNAIIgBIKMBSARAIKoBIIgBayLfAUEAIN8BQQBOGyHgASCiASCqASCsAWogiAFrIuEBIKIBIOEBSBshlwFBACF9A0AgfSCkAUgEQCDeASB9ayLiASLjAUEAIOMBQQBOGyHkASCgASCpASDeAWogfWsi5QEgoAEg5QFIGyGcASCkASB9QQFqSiKbAQR/IOIBQQFrIuYBQQAg5gFBAE4bBSDkAQsh5wEgmwEEfyCgASCpASDeAWogfWtBAWsi6AEgoAEg6AFIGwUg5AELIekB/QwAAAAAAAAAAAAAAAAAAAAAIgkhCP0MAAAAAAAAAAAAAAAAAAAAACEK/QwAAAAAAAAAAAAAAAAAAAAAIQv9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhESDkAUUidQRAIKABIOkBRiF1CyB9IKkBIIgBIKoBa2xqIN4Ba0EFdCDaAWohmAEg4AEhdwNAIHcglwFIBEAgdyCaAWwi6gEgoQEg5wFsIusBakEEdCDdAWoheyDqASDrAWohegNAIKEBIOQBbCDqAWogekoEQCB7/QkCACJYIHpBAnQg1wFqKAIAIJgBQSBqaiLsAf0ABAAiWSAK/YUCIQogWCDsAf0ABBAiWiAO/YUCIQ4ge/0JAgQiWyBZIAv9hQIhCyBbIFogEf2FAiERIHtBEGoheyB6QQFqIXoMAQsLIJcBIJoBbCChASDpAWwg6gFqIHUbIXogoQEg5AFsIOoBaiGHAQNAIHoghwFKBEAge/0JAgAiXCCHAUECdCDXAWooAgAgmAFqIpkB/QAEACJdIAn9hQIhCSBcIJkB/QAEECJeIAz9hQIhDCB7/QkCBCJfIF0gCP2FAiEIIF8gXiAN/YUCIQ0gXCCZAf0ABCAiYCAK/YUCIQogXCCZAf0ABDAiYSAO/YUCIQ4gXyBgIAv9hQIhCyBfIGEgEf2FAiERIHtBEGoheyCHAUEBaiGHAQwBCwsDQCCcASChAWwg6gFqIHpKBEAge/0JAgAiYiB6QQJ0INcBaigCACCYAWoi7QH9AAQAImMgCf2FAiEJIGIg7QH9AAQQImQgDP2FAiEMIHv9CQIEImUgYyAI/YUCIQggZSBkIA39hQIhDSB7QRBqIXsgekEBaiF6DAELCyCXASB3QQFqIHUbIXcMAQsLIH0giAEgpAFsakEFdCDcAWoi7gEgCf0LBAAg7gEgDP0LBBAg2QEg7gFqIu8BIAj9CwQAIO8BIA39CwQQIJsBBEAg7gEgCv0LBCAg7gEgDv0LBDAg7wEgC/0LBCAg7wEgEf0LBDALIH1BAmohfQwBCwsgiAFBAWohiAEMAQsLDAELQQAhdQNAIHUgowFIBEAgqgEgdWsi8AFBACDwAUEAThsh8QEgogEgqgEgrAFqIHVrIvIBIKIBIPIBSBsh8wFBACGEAQNAIIQBIKQBSARAIKABIKkBIKsBaiCEAWsi9AEgoAEg9AFIGyH1Af0MAAAAAAAAAAAAAAAAAAAAACIJIQ/9DAAAAAAAAAAAAAAAAAAAAAAhCv0MAAAAAAAAAAAAAAAAAAAAACEL/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIREgqwEghAFrIvcBQQAg9wFBAE4bIvgBRSKBAQRAIKABIPUBRiGBAQsghAEgqQEgdSCqAWtsaiCrAWtBBXQg2gFqIfYBIPEBIQYDQCAGIPMBSARAIAYglgFsIKEBIPgBbGohdyCBAQR/IJYBIPMBbAUgBiCWAWwgoQEg9QFsagsh+QEgd0EEdCDbAWohgAEDQCB3IPkBSARAIIAB/QAEACJmIGb9DQABAgMAAQIDAAECAwABAgMiZyB3QQJ0INcBaigCACD2AWoi+gH9AAQAImggCf2FAiEJIGcg+gH9AAQQImkgDP2FAiEMIGYgZv0NBAUGBwQFBgcEBQYHBAUGByJqIGggD/2FAiEPIGogaSAN/YUCIQ0gZiBm/Q0ICQoLCAkKCwgJCgsICQoLImsgaCAK/YUCIQogayBpIA79hQIhDiBmIGb9DQwNDg8MDQ4PDA0ODwwNDg8ibCBoIAv9hQIhCyBsIGkgEf2FAiERIIABQRBqIYABIHdBAWohdwwBCwsg8wEgBkEBaiCBARshBgwBCwsgASAJ/QsEACABIAz9CwQQIAEg2QFqIvsBIA/9CwQAIPsBIA39CwQQINkBQQF0IAFqIvwBIAr9CwQAIPwBIA79CwQQINkBQQNsIAFqIv0BIAv9CwQAIP0BIBH9CwQQIAFBIGohASCEAUEBaiGEAQwBCwsgdUEBaiF1DAELCwsgjwFBAWohjwEMAQsLIJABQQFqIZABDAELCyAAIf4BIIsBQQV0If8BIAQgiwFsQQJ0IYACIJQBQQdqQQN1IYECQQAhBQNAIAUggQJIBEBBACEGA0AgBkECSARAQQQglAEgBUEDdGsgBkECdGsiggIgggJBBEobIoMCQQBKBEBBACF4A0AgBCB4SgRAIIACIAVBA3QgBkECdGpsIP4BaiB4IIsBbEECdGohhAIg/wEgeCAFIJEBbEECdGpsINgBaiAGQQR0aiGFAkEAIQMggwJBBEYEQANAIIsBIANBBGoihgJOBEAgA0ECdCCEAmoihwIgA0EFdCCFAmoiiAL9AAQAIm0giAL9AAQgIm79DQABAgMQERITBAUGBxQVFhcibyCIAv0ABEAicCCIAv0ABGAicf0NAAECAxAREhMEBQYHFBUWFyJy/Q0AAQIDBAUGBxAREhMUFRYX/QsEACCAAiCHAmogbyBy/Q0ICQoLDA0ODxgZGhscHR4f/QsEACCAAkEBdCCHAmogbSBu/Q0ICQoLGBkaGwwNDg8cHR4fInMgcCBx/Q0ICQoLGBkaGwwNDg8cHR4fInT9DQABAgMEBQYHEBESExQVFhf9CwQAIIACQQNsIIcCaiBzIHT9DQgJCgsMDQ4PGBkaGxwdHh/9CwQAIIYCIQMMAQsLCwNAIAMgiwFIBEBBACF2A0AgdiCDAkgEQCB2IIACbCCEAmogA0ECdGogA0EFdCCFAmogdkECdGoqAgA4AgAgdkEBaiF2DAELCyADQQFqIQMMAQsLIHhBAWoheAwBCwsgBkEBaiEGDAILCwsgBUEBaiEFDAELCwunBQExfyABISAgACEVIAJBEGooAgAhFiACQRRqKAIAIRcgAkEYaigCACEYIAJBHGooAgAhBCACQSBqKAIAIRkgAkEkaigCACEHIAJBKGooAgAhGiACQSxqKAIAIRsgAkEwaigCACERIAJBNGooAgAhISAAQQAgAkEIaigCACIcIAJBDGooAgAiEmwiHSACQQRqKAIAIhMgAigCACIebGxBAnT8CwAgICENA0AgCCAeSARAQQAhCQNAIAkgE0gEQCAdIAkgCCATbGpsQQJ0IBVqIR9BACEKA0AgCiAWSARAQQAhCwNAIAsgF0gEQCAhIAcgCyAbbCIOayIiQQBMBH9BAAUgBCAiakEBayAEbQsiIyAhICNIGyIkIAcgEmogDmsiJUEATAR/QQAFICEgBCAlakEBayAEbSImICEgJkgbCyInICQgJ0obIRRBACEFA0AgBSARSARAIAUgGGwgGWsgCiAabGoiKUEASCAcIClMckUEQCAFICFsQQJ0IA1qISggEiApbEECdCAfaiEqIARBAUYEQCAOICQgB2tqQQJ0ICpqISsgJEECdCAoaiEsIBQgJGshLUEAIQIDQCAtIAJBBGoiLk4EQCACQQJ0Ii8gK2oiMCAw/QAEACAsIC9q/QAEAP3kAf0LBAAgLiECDAELCwNAIAIgLUgEQCACQQJ0IjEgK2oiMiAyKgIAICwgMWoqAgCSOAIAIAJBAWohAgwBCwsFICQhAwNAIAMgFEgEQCAOIAMgBGwgB2tqQQJ0ICpqIjMgMyoCACADQQJ0IChqKgIAkjgCACADQQFqIQMMAQsLCwsgBUEBaiEFDAELCyARICFsQQJ0IA1qIQ0gC0EBaiELDAELCyAKQQFqIQoMAQsLIAlBAWohCQwBCwsgCEEBaiEIDAELCwu9BwMKexx/B30DQCAFIBxKBEAgCCAGIBxsIiRsQQJ0IAJqISAgCCAHIBxsIiVsQQJ0IANqISEgCSAlbEECdCAEaiEiIAkgJGxBAnQgAGohI0EAIRoDQCAGIBpKBEAgCCAabEECdCAgaiEmIAkgGmxBAnQgI2ohHiALBH8gByAaQQFqIicgByAnSBsFIAcLIR9DAACA/yE0QQAhGQNAIBkgH0gEQCAIIBlsQQJ0ICFqISj9DAAAAAAAAAAAAAAAAAAAAAAhDUEAIRcDQCAIIBdBBGoiKU4EQCAXQQJ0IiogJmr9AAQAICggKmr9AAQAIA39hQIhDSApIRcMAQsLIA39HwAgDf0fAZIgDf0fAiAN/R8DkpIhMwNAIAggF0oEQCAzIBdBAnQiKyAmaioCACAoICtqKgIAlJIhMyAXQQFqIRcMAQsLIBlBAnQgDGogMyAKlCI3OAIAIDQgN5chNCAZQQFqIRkMAQsLQwAAAAAhM0EAIRgDQCAYIB9IBEAgGEECdCAMaiIsKgIAIDST/RNBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIhBBiIAE/QkCAP3mAUGMgAT9CQIAIhH95AEiDyAR/eUBIRIgLEGYgAT9CQIAIBAgEkGQgAT9CQIA/eYB/eUBIBJBlIAE/QkCAP3mAf3lASITQZyABP0JAgD9hQIgE0GggAT9CQIA/YUCIBNBpIAE/QkCAP2FAiATQaiABP0JAgD9hQIgE0GsgAT9CQIA/YUCIBP95gEgEyAT/YUCQbCABP0JAgD95AEgD/0MAABASwAAQEsAAEBLAABAS/2xASIUQQH9rAEiFf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYBIBQgFf2xAf0MfwAAAH8AAAB/AAAAfwAAAP2uAUEX/asB/eYB/R8AIjg4AgAgMyA4kiEzIBhBAWohGAwBCwsgHkEAIAlBAnT8CwBDAACAPyAzlSE5QQAhFwNAIBcgH0gEQCAJIBdsQQJ0ICJqIS0gF0ECdCAMaioCACA5lCI2/RMhFkEAIRgDQCAJIBhBBGoiLk4EQCAYQQJ0Ii8gHmoiMCAw/QAEACAWIC0gL2r9AAQA/eYB/eQB/QsEACAuIRgMAQsLA0AgCSAYSgRAIBhBAnQiMSAeaiIyIDIqAgAgNiAtIDFqKgIAlJI4AgAgGEEBaiEYDAELCyAXQQFqIRcMAQsLIBogBiAcbGpBAnQgAWogNCAz/RMQAv0fAJI4AgAgGkEBaiEaDAELCyAcQQFqIRwMAQsLC7gLAzR/DHsFfSAAQQAgDCAJIApsbEECdPwLACABQQAgDCAJIAtsIiFsQQJ0/AsAIAJBACANICFsQQJ0/AsAA0AgCSAVSgRAIAwgCiAVbCIibEECdCEaIAwgCyAVbCIjbEECdCEbIA0gI2xBAnQhHCANICJsQQJ0IR1BACEUA0AgCiAUSgRAIAwgFGxBAnQiJCADIBpqaiEYIAAgGmogJGohHiANIBRsQQJ0IiUgByAdamohFiAGIB1qICVqISb9DAAAAAAAAAAAAAAAAAAAAAAhREEAIREDQCANIBFBBGoiJ04EQCARQQJ0IiggFmr9AAQAICYgKGr9AAQAIET9hQIhRCAnIREMAQsLIET9HwAgRP0fAZIgRP0fAiBE/R8DkpIhUANAIA0gEUoEQCBQIBFBAnQiKSAWaioCACAmIClqKgIAlJIhUCARQQFqIREMAQsLIFAhUSAUIAogFWxqQQJ0IAhqKgIAIVIgDwR/IAsgFEEBaiIqIAsgKkgbBSALCyEgQQAhFwNAIBcgIEgEQCANIBdsQQJ0IisgBSAcamohLCACIBxqICtqIR8gBCAbaiAMIBdsQQJ0aiEt/QwAAAAAAAAAAAAAAAAAAAAAIURBACEQA0AgDCAQQQRqIi5OBEAgEEECdCIvIBhq/QAEACAtIC9q/QAEACBE/YUCIUQgLiEQDAELCyBE/R8AIET9HwGSIET9HwIgRP0fA5KSIVADQCAMIBBKBEAgUCAQQQJ0IjAgGGoqAgAgLSAwaioCAJSSIVAgEEEBaiEQDAELCyBQIA6UIFKT/RNBgIAE/QkCAP3rAUGEgAT9CQIA/eoBIkdBiIAE/QkCAP3mAUGMgAT9CQIAIkj95AEiRiBI/eUBIUlBmIAE/QkCACBHIElBkIAE/QkCAP3mAf3lASBJQZSABP0JAgD95gH95QEiSkGcgAT9CQIA/YUCIEpBoIAE/QkCAP2FAiBKQaSABP0JAgD9hQIgSkGogAT9CQIA/YUCIEpBrIAE/QkCAP2FAiBK/eYBIEogSv2FAkGwgAT9CQIA/eQBIEb9DAAAQEsAAEBLAABASwAAQEv9sQEiS0EB/awBIkz9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mASBLIEz9sQH9DH8AAAB/AAAAfwAAAH8AAAD9rgFBF/2rAf3mAf0fACJT/RMhTUEAIRADQCANIBBBBGoiMU4EQCAQQQJ0IjIgH2oiMyAz/QAEACBNIBYgMmr9AAQA/eYB/eQB/QsEACAxIRAMAQsLA0AgDSAQSgRAIBBBAnQiNCAfaiI1IDUqAgAgUyAWIDRqKgIAlJI4AgAgEEEBaiEQDAELC/0MAAAAAAAAAAAAAAAAAAAAACFEQQAhEANAIA0gEEEEaiI2TgRAIBBBAnQiNyAWav0ABAAgLCA3av0ABAAgRP2FAiFEIDYhEAwBCwsgRP0fACBE/R8BkiBE/R8CIET9HwOSkiFQA0AgDSAQSgRAIFAgEEECdCI4IBZqKgIAICwgOGoqAgCUkiFQIBBBAWohEAwBCwsgUyBQIFGTlCAOlCJU/RMhTkEAIRMDQCAMIBNBBGoiOU4EQCATQQJ0IjogHmoiOyA7/QAEACBOIC0gOmr9AAQA/eYB/eQB/QsEACA5IRMMAQsLA0AgDCATSgRAIBNBAnQiPCAeaiI9ID0qAgAgVCAtIDxqKgIAlJI4AgAgE0EBaiETDAELCyABIBtqIAwgF2xBAnRqIT4gVP0TIU9BACERA0AgDCARQQRqIj9OBEAgEUECdCJAID5qIkEgQf0ABAAgTyAYIEBq/QAEAP3mAf3kAf0LBAAgPyERDAELCwNAIAwgEUoEQCARQQJ0IkIgPmoiQyBDKgIAIFQgGCBCaioCAJSSOAIAIBFBAWohEQwBCwsgF0EBaiEXDAELCyAUQQFqIRQMAQsLIBVBAWohFQwBCwsLC8QGBABBgIAEC/wBAADQwgAAskI7qrg/AABASwCAMT+DgF65Z2lQOc5DtzoIiQg8wakqPaqqKj4AAAA/AACAPwAAgAAAAABL8wQ1P7shkD240eu9GiXvPU9d/r2/6RE+UK4qvqzOTD78/3++qqqqPgAAAL8AAID/AAAAAAAAwH8AAIB/AACAv+rwurtOE6k8LR5cvZODCD6Zqqq+AAAAQAAAID8AAJG32efIORyKfruhscY8XK7avVCFIr+GzgO+AHAcuiyNozvZSNu8Ig7nPYCTwL7UdQM+AIBtP/mhTLmegwg8o6oqvs71zDcaBra6paoqPQAAAD+D+SI/AADJPwCg/TlpIaIzAEH8gQQLKDuquD9/AEBLAHIxv46+v7XOzwc8DZ0rPUCtKj7j/v8++/9/P0+srsIAQaiCBAuAAr7z+HnsYfY/GTCWW8b+3r89iK9K7XH1P6T81DJoC9u/sBDw8DmV9D97tx8Ki0HXv4UDuLCVyfM/e89tGumd07+lZIgMGQ3zPzG28vObHdC/oI4LeyJe8j/wejsbHXzJvz80GkpKu/E/nzyvk+P5wr+65YrwWCPxP1yNeL/LYLm/pwCZQT+V8D/OX0e2nW+qvwAAAAAAAPA/AAAAAAAAAACsR5r9jGDuPz31JJ/KOLM/oGoCH7Ok7D+6kThUqXbEP+b8alc2IOs/0uTESguEzj8tqqFj0cLpPxxlxvBFBtQ/7UF4A+aG6D/4nxssnI7YP2JIU/XcZ+c/zHuxTqTg3D8AQaiEBAuAAgAAAAAAAPA/dIUV07DZ7z8PiflsWLXvP1FbEtABk+8/e1F9PLhy7z+quWgxh1TvPzhidW56OO8/4d4f9Z0e7z8VtzEK/gbvP8upOjen8e4/IjQSTKbe7j8tiWFgCM7uPycqNtXav+4/gk+dViu07j8pVEjdB6vuP4VVOrB+pO4/zTt/Zp6g7j90X+zodZ/uP4cB63MUoe4/E85MmYml7j/boCpC5azuP+XFzbA3t+4/kPCjgpHE7j9dJT6yA9XuP63TWpmf6O4/R1778nb/7j+cUoXdmxnvP2mQ79wgN+8/h6T73BhY7z9fm3szl3zvP9qQpKKvpO8/QEVuW3bQ7z8=";
  }
});

// src/backend/cpu/wasm.ts
var wasm_exports = {};
__export(wasm_exports, {
  compileKernels: () => compileKernels,
  decodeBase64: () => decodeBase64,
  instantiateKernels: () => instantiateKernels,
  kernelsWasm: () => kernelsWasm
});
function decodeBase64(text) {
  const binary3 = atob(text);
  const bytes = new Uint8Array(binary3.length);
  for (let i = 0; i < binary3.length; i++) bytes[i] = binary3.charCodeAt(i);
  return bytes;
}
function kernelsWasm(shared) {
  const relaxed = getCpuCapability() === "relaxed-simd";
  if (shared) return decodeBase64(relaxed ? KERNELS_THREADS_RELAXED_WASM_BASE64 : KERNELS_THREADS_WASM_BASE64);
  return decodeBase64(relaxed ? KERNELS_RELAXED_WASM_BASE64 : KERNELS_WASM_BASE64);
}
async function instantiateKernels() {
  const { instance: instance2 } = await WebAssembly.instantiate(kernelsWasm(false), {});
  return instance2.exports;
}
function compileKernels() {
  return WebAssembly.compile(kernelsWasm(false));
}
var init_wasm = __esm({
  "src/backend/cpu/wasm.ts"() {
    "use strict";
    init_capability();
    init_kernels_gen();
  }
});

// src/backend/cpu/open-kernels.ts
function threadsUnavailable(env = globalThis) {
  if (env.crossOriginIsolated === false || typeof env.SharedArrayBuffer !== "function") {
    return "shared memory is unavailable: a page must be cross-origin isolated (served with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp) to use SharedArrayBuffer";
  }
  if (typeof env.Atomics !== "object") return "Atomics is unavailable";
  if (!getThreadSupport()) return "no worker threads: neither Web Workers nor Node worker_threads (import webtorch through its Node entry)";
  return void 0;
}
async function openKernels() {
  const reason = threadsUnavailable();
  const support2 = getThreadSupport();
  if (reason !== void 0 || !support2) return { exports: await instantiateKernels(), reason: reason ?? "no worker threads" };
  try {
    const module = await WebAssembly.compile(kernelsWasm(true));
    const memory2 = sharedMemory();
    const instance2 = await WebAssembly.instantiate(module, { env: { memory: memory2 } });
    return { exports: instance2.exports, threading: { module, spawn: support2.spawn, cores: support2.cores() } };
  } catch (e) {
    return { exports: await instantiateKernels(), reason: `the shared-memory kernels failed to load: ${e.message}` };
  }
}
function sharedMemory() {
  let last;
  for (const maximum2 of MAXIMUM_PAGES) {
    try {
      return new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: maximum2, shared: true });
    } catch (e) {
      last = e;
    }
  }
  throw last;
}
var INITIAL_PAGES, MAXIMUM_PAGES;
var init_open_kernels = __esm({
  "src/backend/cpu/open-kernels.ts"() {
    "use strict";
    init_thread_support();
    init_wasm();
    INITIAL_PAGES = 256;
    MAXIMUM_PAGES = [65536, 16384, 4096];
  }
});

// src/backend/cpu/cpu-backend.ts
var cpu_backend_exports = {};
__export(cpu_backend_exports, {
  CpuBackend: () => CpuBackend,
  CpuBuffer: () => CpuBuffer,
  createCpuBackend: () => createCpuBackend
});
function isView(x2) {
  return typeof x2 !== "number";
}
function fmtShape(shape) {
  return `[${shape.join(", ")}]`;
}
function convertMode(from, to) {
  if (from === "float32") {
    if (to === "float32") return CONVERT_COPY;
    return to === "int32" ? CONVERT_F32_I32 : CONVERT_F32_BOOL;
  }
  if (to === "float32") return CONVERT_I32_F32;
  if (to === "bool" && from === "int32") return CONVERT_I32_BOOL;
  return CONVERT_COPY;
}
function clampToI32(x2) {
  if (Number.isNaN(x2)) return 0;
  return Math.max(-2147483648, Math.min(2147483647, Math.trunc(x2)));
}
function scalarBits(x2, dtype) {
  if (dtype === "float32") return new Int32Array(new Float32Array([x2]).buffer)[0];
  if (dtype === "bool") return x2 !== 0 ? 1 : 0;
  return clampToI32(x2);
}
function imageBytes(g, what) {
  if (what === "in") return g.channels * g.height * g.width * 4;
  if (what === "out") return g.channels * g.outH * g.outW * 4;
  return g.channels * g.kernelH * g.kernelW * g.outH * g.outW * 4;
}
function geometryArray(g) {
  return [
    g.batch,
    g.channels,
    g.height,
    g.width,
    g.kernelH,
    g.kernelW,
    g.strideH,
    g.strideW,
    g.padH,
    g.padW,
    g.dilationH,
    g.dilationW,
    g.outH,
    g.outW
  ];
}
function attentionDims(kernel, q, k, v) {
  const ok = [q, k, v].every((t2) => t2.shape.length === 3 && t2.dtype === "float32" && t2.strides.every((s, i) => s === contiguousStrides(t2.shape)[i]));
  const [B, L, E] = q.shape;
  const [Bk, S, Ek] = k.shape;
  const [Bv, Sv, Ev] = v.shape;
  if (!ok || B !== Bk || B !== Bv || E !== Ek || S !== Sv) {
    throw new Error(`cpu ${kernel}: needs contiguous float32 q [B, L, E], k [B, S, E], v [B, S, Ev], got ${fmtShape(q.shape)}, ${fmtShape(k.shape)}, ${fmtShape(v.shape)}`);
  }
  return [B, L, E, S, Ev];
}
async function createCpuBackend() {
  const { exports, threading, reason } = await openKernels();
  const backend = new CpuBackend(exports, threading, reason);
  await backend.threads.ready();
  return backend;
}
var CpuBuffer, MAX_RANK, SCRATCH_SLOTS, SLOT_BYTES2, CpuBackend;
var init_cpu_backend = __esm({
  "src/backend/cpu/cpu-backend.ts"() {
    "use strict";
    init_allocator();
    init_choices();
    init_layout();
    init_opcodes();
    init_cpu_threads();
    init_open_kernels();
    CpuBuffer = class {
      constructor(ptr, byteLength) {
        this.ptr = ptr;
        this.byteLength = byteLength;
      }
      ptr;
      byteLength;
      freed = false;
    };
    MAX_RANK = 32;
    SCRATCH_SLOTS = 8;
    SLOT_BYTES2 = MAX_RANK * 4;
    CpuBackend = class {
      /** With `threading` (kernels built for shared memory) kernels split over helper threads; else one thread, for `threadsUnavailable`'s reason. */
      constructor(k, threading, threadsUnavailable2) {
        this.k = k;
        this.allocator = new Allocator(k.memory, k.heap_base());
        this.scratch = this.allocator.alloc(SCRATCH_SLOTS * SLOT_BYTES2);
        this.threads = new CpuThreads(
          k,
          (bytes) => this.allocator.alloc(bytes),
          threading,
          threading ? void 0 : threadsUnavailable2 ?? "this cpu backend was created without shared memory"
        );
      }
      k;
      name = "cpu";
      kind = "cpu";
      allocator;
      scratch;
      /** Intra-op threads: one, or a pool over shared memory (see cpu-threads.ts). */
      threads;
      inUse = 0;
      destroyed = false;
      /** See FUSED_ATTENTION_MIN_BYTES. Tests set 0. */
      fusedAttentionMinBytes = FUSED_ATTENTION_MIN_BYTES;
      // ---------------------------------------------------------------- storage
      alloc(byteLength) {
        this.checkAlive("alloc");
        if (!Number.isInteger(byteLength) || byteLength < 0) throw new Error(`cpu alloc: bad byteLength ${byteLength}`);
        const ptr = this.allocator.alloc(Math.max(byteLength, 16));
        this.inUse += byteLength;
        return new CpuBuffer(ptr, byteLength);
      }
      free(buffer) {
        const b2 = this.buf(buffer, "free");
        if (b2.freed) throw new Error(`cpu free: buffer at ${b2.ptr} (${b2.byteLength} bytes) was already freed`);
        b2.freed = true;
        this.inUse -= b2.byteLength;
        this.allocator.free(b2.ptr, Math.max(b2.byteLength, 16));
      }
      write(buffer, data, byteOffset = 0) {
        const b2 = this.live(buffer, "write");
        if (byteOffset < 0 || byteOffset + data.byteLength > b2.byteLength) {
          throw new Error(`cpu write: ${data.byteLength} bytes at offset ${byteOffset} overflow a ${b2.byteLength}-byte buffer`);
        }
        const src = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        new Uint8Array(this.k.memory.buffer, b2.ptr + byteOffset, data.byteLength).set(src);
      }
      read(buffer, byteOffset, byteLength) {
        try {
          return Promise.resolve(this.readSync(buffer, byteOffset, byteLength));
        } catch (e) {
          return Promise.reject(e);
        }
      }
      readSync(buffer, byteOffset, byteLength) {
        const b2 = this.live(buffer, "read");
        if (byteOffset < 0 || byteLength < 0 || byteOffset + byteLength > b2.byteLength) {
          throw new Error(`cpu read: ${byteLength} bytes at offset ${byteOffset} overflow a ${b2.byteLength}-byte buffer`);
        }
        const out = new ArrayBuffer(byteLength);
        new Uint8Array(out).set(new Uint8Array(this.k.memory.buffer, b2.ptr + byteOffset, byteLength));
        return out;
      }
      bytesInUse() {
        return this.inUse;
      }
      sync() {
        return Promise.resolve();
      }
      destroy() {
        this.destroyed = true;
        this.threads.release();
      }
      describe() {
        return this.threads.describe();
      }
      releaseThreads() {
        this.threads.release();
      }
      fill(out, count, value, dtype) {
        const o = this.live(out, "fill");
        if (count * 4 > o.byteLength) throw new Error(`cpu fill: ${count} elements overflow a ${o.byteLength}-byte buffer`);
        if (count > 0) this.k.fill_32(o.ptr, count, scalarBits(value, dtype));
      }
      sgdStep(param, grad, momentumBuffer, n, h) {
        const p = this.live(param, "sgdStep"), g = this.live(grad, "sgdStep");
        const b2 = momentumBuffer ? this.live(momentumBuffer, "sgdStep") : null;
        for (const [name, buf] of [["param", p], ["grad", g], ["momentum buffer", b2]]) {
          if (buf && n * 4 > buf.byteLength) throw new Error(`cpu sgdStep: ${n} elements overflow the ${buf.byteLength}-byte ${name}`);
        }
        const flags = (b2 ? SGD_MOMENTUM : 0) | (h.first ? SGD_FIRST : 0) | (h.nesterov ? SGD_NESTEROV : 0) | (h.maximize ? SGD_MAXIMIZE : 0);
        if (n > 0) this.k.sgd_f32(p.ptr, g.ptr, b2 ? b2.ptr : 0, n, h.lr, h.momentum, 1 - h.dampening, h.weightDecay, flags);
      }
      // ---------------------------------------------------------------- elementwise
      copy(out, a2, outDtype) {
        const o = this.live(out, "copy");
        const mode = convertMode(a2.dtype, outDtype);
        this.elementwise("copy", "convert", o, a2.shape, [a2], (p) => [mode, p.out, p.ptrs[0], p.shape, p.strides[0], p.rank]);
      }
      unary(op, out, a2) {
        const o = this.live(out, `unary ${op}`);
        const code = UNARY_CODES[op];
        const isFloat = a2.dtype === "float32";
        if (!isFloat && !INT_UNARY.has(op)) {
          throw new Error(`cpu unary ${op}: not defined for ${a2.dtype} (shape ${fmtShape(a2.shape)})`);
        }
        if (a2.dtype === "bool" && op !== "logical_not") {
          throw new Error(`cpu unary ${op}: not defined for bool (shape ${fmtShape(a2.shape)})`);
        }
        this.elementwise(
          `unary ${op}`,
          isFloat ? "unary_f32" : "unary_i32",
          o,
          a2.shape,
          [a2],
          (p) => [code, p.out, p.ptrs[0], p.shape, p.strides[0], p.rank]
        );
      }
      binary(op, out, shape, a2, b2, dtype) {
        const name = `binary ${op}`;
        const o = this.live(out, name);
        if (dtype !== "float32" && (op === "pow" || op === "relu_backward")) throw new Error(`cpu ${name}: ${dtype} ${op} is not supported (shape ${fmtShape(shape)})`);
        const code = BINARY_CODES[op];
        const isFloat = dtype === "float32";
        const scalar = (x2) => isView(x2) ? 0 : isFloat ? x2 : clampToI32(x2);
        const [xa, xb] = [scalar(a2), scalar(b2)];
        this.elementwise(
          name,
          isFloat ? "binary_f32" : "binary_i32",
          o,
          shape,
          [a2, b2],
          (p) => [code, p.out, p.ptrs[0], p.ptrs[1], xa, xb, p.shape, p.strides[0], p.strides[1], p.rank]
        );
      }
      where(out, shape, cond, a2, b2, dtype) {
        const o = this.live(out, "where");
        const bits = (x2) => isView(x2) ? 0 : scalarBits(x2, dtype);
        const [xa, xb] = [bits(a2), bits(b2)];
        this.elementwise("where", "where_32", o, shape, [cond, a2, b2], (p) => [p.out, p.ptrs[0], p.ptrs[1], p.ptrs[2], xa, xb, p.shape, p.strides[0], p.strides[1], p.strides[2], p.rank]);
      }
      clamp(out, a2, lo, hi) {
        const o = this.live(out, "clamp");
        const isFloat = a2.dtype === "float32";
        const [l, h] = isFloat ? [lo, hi] : [clampToI32(lo), clampToI32(hi)];
        this.elementwise(
          "clamp",
          isFloat ? "clamp_f32" : "clamp_i32",
          o,
          a2.shape,
          [a2],
          (p) => [p.out, p.ptrs[0], l, h, p.shape, p.strides[0], p.rank]
        );
      }
      // ---------------------------------------------------------------- reductions
      reduce(op, out, a2, outer, reduced, inner) {
        const name = `reduce ${op}`;
        const o = this.live(out, name);
        const pa = this.addr(a2, name);
        this.checkElems(name, a2, outer * reduced * inner);
        const outElems = outer * inner;
        if (outElems * 4 > o.byteLength) throw new Error(`cpu ${name}: output holds ${o.byteLength / 4} elements, need ${outElems}`);
        if (outElems === 0) return;
        const code = REDUCE_CODES[op];
        const kernel = a2.dtype === "float32" ? "reduce_f32" : "reduce_i32";
        if (outer === 1 && inner >= 8) {
          const bands = splitRange(inner, this.threads.partsFor(reduced * inner), 4);
          this.threads.run(kernel, bands.map((r) => [code, o.ptr + r.start * 4, pa + r.start * 4, 1, reduced, r.count, inner]));
          return;
        }
        this.threads.byRows(
          kernel,
          outer,
          reduced * inner,
          (r) => [code, o.ptr + r.start * inner * 4, pa + r.start * reduced * inner * 4, r.count, reduced, inner, inner]
        );
      }
      softmax(out, a2, rows, cols, log2) {
        const name = log2 ? "logSoftmax" : "softmax";
        const o = this.live(out, name);
        const pa = this.addr(a2, name);
        this.checkElems(name, a2, rows * cols);
        if (a2.dtype !== "float32") throw new Error(`cpu ${name}: needs float32, got ${a2.dtype}`);
        this.threads.byRows(
          "softmax_f32",
          rows,
          cols,
          (r) => [o.ptr + r.start * cols * 4, pa + r.start * cols * 4, r.count, cols, log2 ? 1 : 0]
        );
      }
      // ---------------------------------------------------------------- matmul
      matmul(out, a2, b2) {
        this.runMatmul("matmul", out, a2, b2, false);
      }
      matmulSumBatch(out, a2, b2) {
        this.runMatmul("matmulSumBatch", out, a2, b2, true);
      }
      runMatmul(name, out, a2, b2, sumBatch) {
        const o = this.live(out, name);
        if (a2.shape.length !== 3 || b2.shape.length !== 3) {
          throw new Error(`cpu ${name}: needs 3-D views, got ${fmtShape(a2.shape)} and ${fmtShape(b2.shape)}`);
        }
        const [batch, m, k] = a2.shape;
        const [batchB, kb, n] = b2.shape;
        if (batch !== batchB || k !== kb) {
          throw new Error(`cpu ${name}: shapes ${fmtShape(a2.shape)} and ${fmtShape(b2.shape)} cannot be multiplied`);
        }
        if (a2.dtype !== "float32" || b2.dtype !== "float32") throw new Error(`cpu ${name}: needs float32, got ${a2.dtype} and ${b2.dtype}`);
        const outBatch = sumBatch ? 1 : batch;
        if (outBatch * m * n * 4 > o.byteLength) throw new Error(`cpu ${name}: output too small for [${outBatch}, ${m}, ${n}]`);
        if (m * n === 0) return;
        if (batch === 0) {
          if (sumBatch) this.k.fill_32(o.ptr, m * n, 0);
          return;
        }
        this.threads.matmul(o.ptr, this.addr(a2, name), this.addr(b2, name), batch, m, n, k, a2.strides, b2.strides, sumBatch);
      }
      // ---------------------------------------------------------------- indexing
      indexSelect(out, a2, index, outer, n, inner, m) {
        const o = this.live(out, "indexSelect");
        this.checkElems("indexSelect", a2, outer * n * inner);
        if (outer * m * inner === 0) return;
        this.k.index_select_32(o.ptr, this.addr(a2, "indexSelect"), this.addr(index, "indexSelect"), outer, n, inner, m);
      }
      indexAdd(target, src, index, outer, n, inner, m) {
        const t2 = this.live(target, "indexAdd");
        this.checkElems("indexAdd", src, outer * m * inner);
        if (outer * m * inner === 0) return;
        const ps = this.addr(src, "indexAdd");
        const pi = this.addr(index, "indexAdd");
        if (src.dtype === "float32") this.k.index_add_f32(t2.ptr, ps, pi, outer, n, inner, m);
        else this.k.index_add_i32(t2.ptr, ps, pi, outer, n, inner, m);
      }
      gather(out, a2, dim, index) {
        const o = this.live(out, "gather");
        if (index.shape.length !== a2.shape.length) {
          throw new Error(`cpu gather: index ${fmtShape(index.shape)} and input ${fmtShape(a2.shape)} differ in rank`);
        }
        if (numel(index.shape) === 0) return;
        const pa = this.addr(a2, "gather");
        const pi = this.addr(index, "gather");
        const rank = index.shape.length;
        const [shape, strides] = this.writeArgs("gather", [index.shape, contiguousStrides(a2.shape)]);
        this.k.gather_32(o.ptr, pa, pi, shape, strides, rank, dim);
      }
      scatterAdd(target, targetShape, dim, index, src) {
        const t2 = this.live(target, "scatterAdd");
        if (index.shape.length !== targetShape.length) {
          throw new Error(`cpu scatterAdd: index ${fmtShape(index.shape)} and target ${fmtShape(targetShape)} differ in rank`);
        }
        if (numel(index.shape) === 0) return;
        const ps = this.addr(src, "scatterAdd");
        const pi = this.addr(index, "scatterAdd");
        const rank = index.shape.length;
        const [shape, strides] = this.writeArgs("scatterAdd", [index.shape, contiguousStrides(targetShape)]);
        if (src.dtype === "float32") this.k.scatter_add_f32(t2.ptr, ps, pi, shape, strides, rank, dim);
        else this.k.scatter_add_i32(t2.ptr, ps, pi, shape, strides, rank, dim);
      }
      // ---------------------------------------------------------------- conv / pool
      // Conv and pool kernels split over threads by image: per-image byte sizes
      // give each part's pointers, and its geometry says batch = its image count.
      im2col(cols, x2, g) {
        const c = this.live(cols, "im2col");
        const px = this.addr(x2, "im2col");
        const [colBytes, xBytes] = [imageBytes(g, "cols"), imageBytes(g, "in")];
        this.threads.byBatch("im2col_f32", geometryArray(g), colBytes / 4, (r, geo) => [c.ptr + r.start * colBytes, px + r.start * xBytes, geo]);
      }
      col2im(x2, cols, g) {
        const o = this.live(x2, "col2im");
        const pc = this.addr(cols, "col2im");
        const [colBytes, xBytes] = [imageBytes(g, "cols"), imageBytes(g, "in")];
        this.threads.byBatch("col2im_f32", geometryArray(g), colBytes / 4, (r, geo) => [o.ptr + r.start * xBytes, pc + r.start * colBytes, geo]);
      }
      conv2dDirect(out, x2, weight, outC, g) {
        if (!usesDirectConv(g)) return false;
        const o = this.live(out, "conv2dDirect");
        if (g.batch * outC * g.outH * g.outW * 4 > o.byteLength) throw new Error(`cpu conv2dDirect: output too small for [${g.batch}, ${outC}, ${g.outH}, ${g.outW}]`);
        this.runDirectConv(o, this.addr(x2, "conv2dDirect"), this.addr(weight, "conv2dDirect"), outC, g, usesBatchedConv(g) ? "forward" : "rows");
        return true;
      }
      conv2dInputGrad(gradX, gradOut, weight, outC, g) {
        if (!usesDirectInputGrad(g, outC)) return false;
        const o = this.live(gradX, "conv2dInputGrad");
        if (g.batch * g.channels * g.height * g.width * 4 > o.byteLength) throw new Error(`cpu conv2dInputGrad: output too small for [${g.batch}, ${g.channels}, ${g.height}, ${g.width}]`);
        const t2 = {
          ...g,
          channels: outC,
          height: g.outH,
          width: g.outW,
          padH: g.kernelH - 1 - g.padH,
          padW: g.kernelW - 1 - g.padW,
          outH: g.height,
          outW: g.width
        };
        this.runDirectConv(o, this.addr(gradOut, "conv2dInputGrad"), this.addr(weight, "conv2dInputGrad"), g.channels, t2, "inputGrad");
        return true;
      }
      conv2dWeightGrad(gradW, x2, gradOut, outC, g) {
        if (!usesDirectConv(g)) return false;
        const o = this.live(gradW, "conv2dWeightGrad");
        const taps = g.channels * g.kernelH * g.kernelW;
        if (outC * taps * 4 > o.byteLength) throw new Error(`cpu conv2dWeightGrad: output too small for [${outC}, ${g.channels}, ${g.kernelH}, ${g.kernelW}]`);
        const [px, pdy] = [this.addr(x2, "conv2dWeightGrad"), this.addr(gradOut, "conv2dWeightGrad")];
        const g32 = this.threads.writeSlot(0, 0, geometryArray(g));
        const bytes = this.k.conv2d_weight_grad_scratch_bytes(g32, outC);
        const scratch = this.allocator.alloc(bytes);
        try {
          const blocks8 = Math.ceil(g.batch / 8);
          this.threads.byRows("conv2d_weight_grad_pack_f32", blocks8, bytes / 4 / blocks8, (r) => [px, pdy, g32, outC, r.start, r.start + r.count, scratch]);
          const units = Math.ceil(outC / 4) * Math.ceil(taps / 2);
          this.threads.byRows(
            "conv2d_weight_grad_f32",
            units,
            4 * 2 * 8 * blocks8 * g.outH * g.outW / MACS_PER_ELEMENT,
            (r) => [o.ptr, g32, outC, r.start, r.start + r.count, scratch]
          );
        } finally {
          this.allocator.free(scratch, bytes);
        }
        return true;
      }
      /**
       * Runs a direct conv kernel split by image: 'rows' (conv2d_direct_f32,
       * vectorised along output rows) or the batched one, as a forward conv or
       * reading the weight flipped and transposed (an input gradient). Each part
       * packs its own images and weights into its own scratch; batched parts
       * start at multiples of 8 images so every part fills its lanes.
       */
      runDirectConv(o, px, pw, outC, g, kind) {
        const xBytes = imageBytes(g, "in");
        const outBytes = outC * g.outH * g.outW * 4;
        const scratch = [];
        const rows = kind === "rows";
        try {
          this.threads.byBatch(rows ? "conv2d_direct_f32" : "conv2d_batched_f32", geometryArray(g), outBytes / 4 * g.channels * g.kernelH * g.kernelW / MACS_PER_ELEMENT, (r, geo) => {
            const bytes = rows ? this.k.conv2d_direct_scratch_bytes(geo, outC) : this.k.conv2d_batched_scratch_bytes(geo, outC);
            scratch.push([this.allocator.alloc(bytes), bytes]);
            const args = [o.ptr + r.start * outBytes, px + r.start * xBytes, pw, geo, outC, scratch.at(-1)[0]];
            return rows ? args : [...args, kind === "inputGrad" ? 1 : 0];
          }, rows ? 1 : 8);
        } finally {
          for (const [ptr, bytes] of scratch) this.allocator.free(ptr, bytes);
        }
      }
      maxPool2d(out, indices, x2, g) {
        const o = this.live(out, "maxPool2d");
        const idx = this.live(indices, "maxPool2d");
        const px = this.addr(x2, "maxPool2d");
        const [inB, outB] = [imageBytes(g, "in"), imageBytes(g, "out")];
        this.threads.byBatch(
          "maxpool2d_f32",
          geometryArray(g),
          outB / 4 * g.kernelH * g.kernelW,
          (r, geo) => [o.ptr + r.start * outB, idx.ptr + r.start * outB, px + r.start * inB, geo]
        );
      }
      maxPool2dBackward(gradIn, gradOut, indices, g) {
        const gi = this.live(gradIn, "maxPool2dBackward");
        const [pg, pi] = [this.addr(gradOut, "maxPool2dBackward"), this.addr(indices, "maxPool2dBackward")];
        const [inB, outB] = [imageBytes(g, "in"), imageBytes(g, "out")];
        this.threads.byBatch(
          "maxpool2d_backward_f32",
          geometryArray(g),
          inB / 4,
          (r, geo) => [gi.ptr + r.start * inB, pg + r.start * outB, pi + r.start * outB, geo]
        );
      }
      avgPool2d(out, x2, g, countIncludePad) {
        const o = this.live(out, "avgPool2d");
        const px = this.addr(x2, "avgPool2d");
        const [inB, outB] = [imageBytes(g, "in"), imageBytes(g, "out")];
        this.threads.byBatch(
          "avgpool2d_f32",
          geometryArray(g),
          outB / 4 * g.kernelH * g.kernelW,
          (r, geo) => [o.ptr + r.start * outB, px + r.start * inB, geo, countIncludePad ? 1 : 0]
        );
      }
      avgPool2dBackward(gradIn, gradOut, g, countIncludePad) {
        const gi = this.live(gradIn, "avgPool2dBackward");
        const pg = this.addr(gradOut, "avgPool2dBackward");
        const [inB, outB] = [imageBytes(g, "in"), imageBytes(g, "out")];
        this.threads.byBatch(
          "avgpool2d_backward_f32",
          geometryArray(g),
          outB / 4 * g.kernelH * g.kernelW,
          (r, geo) => [gi.ptr + r.start * inB, pg + r.start * outB, geo, countIncludePad ? 1 : 0]
        );
      }
      // ---------------------------------------------------------------- attention
      attention(out, lse, q, k, v, scale, causal) {
        const [B, L, E, S, Ev] = attentionDims("attention", q, k, v);
        if (B * L * S * 4 < this.fusedAttentionMinBytes) return false;
        const o = this.live(out, "attention");
        const m = this.live(lse, "attention");
        if (B * L * Ev * 4 > o.byteLength || B * L * 4 > m.byteLength) throw new Error(`cpu attention: outputs too small for [${B}, ${L}, ${Ev}]`);
        if (B * L === 0) return true;
        const scratchBytes = Math.max(S * 4, 16);
        const scratch = this.allocator.alloc(scratchBytes);
        try {
          this.k.attention_f32(o.ptr, m.ptr, this.addr(q, "attention"), this.addr(k, "attention"), this.addr(v, "attention"), B, L, S, E, Ev, scale, causal ? 1 : 0, scratch);
        } finally {
          this.allocator.free(scratch, scratchBytes);
        }
        return true;
      }
      attentionBackward(dq, dk, dv, q, k, v, out, dout, lse, scale, causal) {
        const name = "attentionBackward";
        const [B, L, E, S, Ev] = attentionDims(name, q, k, v);
        const [gq, gk, gv] = [this.live(dq, name), this.live(dk, name), this.live(dv, name)];
        if (B * L * E * 4 > gq.byteLength || B * S * E * 4 > gk.byteLength || B * S * Ev * 4 > gv.byteLength) {
          throw new Error(`cpu ${name}: gradient buffers too small for q [${B}, ${L}, ${E}], v [${B}, ${S}, ${Ev}]`);
        }
        this.k.attention_backward_f32(
          gq.ptr,
          gk.ptr,
          gv.ptr,
          this.addr(q, name),
          this.addr(k, name),
          this.addr(v, name),
          this.addr(out, name),
          this.addr(dout, name),
          this.addr(lse, name),
          B,
          L,
          S,
          E,
          Ev,
          scale,
          causal ? 1 : 0
        );
        return true;
      }
      // ---------------------------------------------------------------- helpers
      checkAlive(kernel) {
        if (this.destroyed) throw new Error(`cpu ${kernel}: backend was destroyed`);
      }
      buf(buffer, kernel) {
        if (!(buffer instanceof CpuBuffer)) throw new Error(`cpu ${kernel}: buffer does not belong to the cpu backend`);
        return buffer;
      }
      live(buffer, kernel) {
        this.checkAlive(kernel);
        const b2 = this.buf(buffer, kernel);
        if (b2.freed) throw new Error(`cpu ${kernel}: buffer at ${b2.ptr} (${b2.byteLength} bytes) was freed`);
        return b2;
      }
      /** Byte address of a view's first element. */
      addr(v, kernel) {
        return this.live(v.buffer, kernel).ptr + v.offset * 4;
      }
      checkElems(kernel, v, count) {
        const b2 = this.buf(v.buffer, kernel);
        if ((v.offset + count) * 4 > b2.byteLength) {
          throw new Error(`cpu ${kernel}: view ${fmtShape(v.shape)} at offset ${v.offset} needs ${count} elements, buffer holds ${b2.byteLength / 4}`);
        }
      }
      /** Writes small i32 arrays (shapes, strides, geometry) into the scratch slots; returns their addresses. */
      writeArgs(kernel, arrays) {
        if (arrays.length > SCRATCH_SLOTS) throw new Error(`cpu ${kernel}: too many argument arrays`);
        const mem = new Int32Array(this.k.memory.buffer);
        return arrays.map((arr, i) => {
          if (arr.length > MAX_RANK) throw new Error(`cpu ${kernel}: rank ${arr.length} exceeds ${MAX_RANK}`);
          const ptr = this.scratch + i * SLOT_BYTES2;
          mem.set(arr, ptr >> 2);
          return ptr;
        });
      }
      /**
       * Collapses dims, then runs `kernel` with the arguments `args` builds from a
       * part's pointers and its shape / stride arrays, split over threads along
       * the outermost collapsed dim (in multiples of 4 when that is the only dim,
       * so SIMD groups stay where one thread would put them).
       */
      elementwise(name, kernel, out, shape, operands, args) {
        const n = numel(shape);
        if (n * 4 > out.byteLength) throw new Error(`cpu ${name}: output holds ${out.byteLength / 4} elements, shape ${fmtShape(shape)} needs ${n}`);
        if (n === 0) return;
        const strides = operands.map((x2) => {
          if (!isView(x2)) return shape.map(() => 0);
          if (x2.shape.length !== shape.length || x2.strides.length !== shape.length) {
            throw new Error(`cpu ${name}: operand shape ${fmtShape(x2.shape)} is not broadcast to ${fmtShape(shape)}`);
          }
          return x2.strides;
        });
        const base = operands.map((x2) => isView(x2) ? this.addr(x2, name) : 0);
        const c = collapseDims(shape, strides);
        const rank = c.shape.length;
        if (rank > MAX_RANK) throw new Error(`cpu ${name}: rank ${rank} exceeds ${MAX_RANK}`);
        const rowElems = n / c.shape[0];
        const ranges = splitRange(c.shape[0], this.threads.partsFor(n), rank === 1 ? 4 : 1);
        this.threads.run(kernel, ranges.map((r, t2) => {
          const partShape = [r.count, ...c.shape.slice(1)];
          return args({
            out: out.ptr + r.start * rowElems * 4,
            // A scalar operand keeps pointer 0: the kernel reads its value argument instead.
            ptrs: base.map((p, i) => p === 0 ? 0 : p + r.start * c.strides[i][0] * 4),
            shape: this.threads.writeSlot(t2, 0, partShape),
            strides: c.strides.map((st, i) => this.threads.writeSlot(t2, 1 + i, st)),
            rank
          });
        }));
      }
    };
  }
});

// src/backend/late-writes.ts
var LateWrites;
var init_late_writes = __esm({
  "src/backend/late-writes.ts"() {
    "use strict";
    LateWrites = class {
      /** `landed` runs when the last awaited write has settled, before the waiters resume. */
      constructor(landed) {
        this.landed = landed;
      }
      landed;
      awaited = 0;
      waiters = [];
      failure;
      /** True while a late write is awaited. */
      get holding() {
        return this.awaited > 0;
      }
      /** Holds until `bytes` settles and `use` took them; a rejection, or `use` throwing, is kept as the failure to report. */
      track(bytes, use) {
        this.awaited++;
        void bytes.then(use).catch((e) => {
          this.failure ??= e instanceof Error ? e : new Error(String(e));
        }).finally(() => {
          if (--this.awaited > 0) return;
          this.landed();
          for (const resume of this.waiters.splice(0)) resume();
        });
      }
      /** Resolves once nothing is held (at once when nothing is). */
      released() {
        return this.awaited === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
      }
      /** Throws the first failure since the last call, once. */
      takeFailure() {
        const e = this.failure;
        this.failure = void 0;
        if (e) throw e;
      }
    };
  }
});

// src/backend/worker/protocol.ts
function encodeArgs(args, refOf) {
  return args.map((a2) => {
    if (a2 && typeof a2 === "object" && "byteLength" in a2 && !ArrayBuffer.isView(a2)) return { ref: refOf(a2) };
    if (a2 && typeof a2 === "object" && "buffer" in a2 && "strides" in a2) {
      const v = a2;
      return { buffer: { ref: refOf(v.buffer) }, dtype: v.dtype, shape: v.shape, strides: v.strides, offset: v.offset };
    }
    return a2;
  });
}
var CPU_WORKER_ENTRY;
var init_protocol = __esm({
  "src/backend/worker/protocol.ts"() {
    "use strict";
    CPU_WORKER_ENTRY = "__webtorchServeCpuWorker";
  }
});

// src/backend/worker/worker-source.gen.ts
var CPU_WORKER_SOURCE;
var init_worker_source_gen = __esm({
  "src/backend/worker/worker-source.gen.ts"() {
    "use strict";
    CPU_WORKER_SOURCE = '"use strict";(()=>{function u(E){if(E<=64)return 64;let A=2**Math.floor(Math.log2(E-1)),Q=Math.max(A/4,16);return Math.ceil(E/Q)*Q}var y=class{constructor(A,Q){this.memory=A;this.top=Math.ceil(Q/16)*16}memory;top;freeLists=new Map;alloc(A){let Q=u(A),I=this.freeLists.get(Q)?.pop();if(I!==void 0)return I;let B=this.top,g=B+Q,C=this.memory.buffer.byteLength;if(g>C){let D=Math.ceil((g-C)/65536);try{this.memory.grow(D)}catch(w){throw new Error(`cpu alloc: cannot grow wasm memory to ${g} bytes for a ${A}-byte buffer (${String(w)})`)}}return this.top=g,B}free(A,Q){let I=u(Q),B=this.freeLists.get(I);B||(B=[],this.freeLists.set(I,B)),B.push(A)}};function T(E){return E.channels*E.kernelH*E.kernelW<=256&&E.strideH===1&&E.strideW===1&&E.dilationH===1&&E.dilationW===1}function b(E){return E/(8*Math.ceil(E/8))}function V(E){return b(E.batch)>=b(E.outW)}function Z(E,A){let Q=E.channels%4,I=E.channels-Q+(Q===0?0:Q<=2?2:4),B=E.channels===1?E.kernelW>=3:E.channels/I>=.75;return A*E.kernelH*E.kernelW<=512&&b(E.batch)>=.75&&B&&E.strideH===1&&E.strideW===1&&E.dilationH===1&&E.dilationW===1&&E.padH<E.kernelH&&E.padW<E.kernelW}function P(E){let A=1;for(let Q of E)A*=Q;return A}function r(E){let A=new Array(E.length),Q=1;for(let I=E.length-1;I>=0;I--)A[I]=Q,Q*=E[I];return A}function j(E,A){let Q=[],I=A.map(()=>[]);for(let B=0;B<E.length;B++){let g=E[B];if(g===1)continue;let C=Q.length-1;C>=0&&A.every((w,i)=>I[i][C]===w[B]*g)?(Q[C]=Q[C]*g,A.forEach((w,i)=>{I[i][C]=w[B]})):(Q.push(g),A.forEach((w,i)=>I[i].push(w[B])))}return Q.length===0?{shape:[1],strides:A.map(()=>[0])}:{shape:Q,strides:I}}var z={neg:0,abs:1,exp:2,log:3,sqrt:4,rsqrt:5,sin:6,cos:7,tanh:8,sigmoid:9,relu:10,gelu:11,gelu_tanh:12,silu:13,erf:14,sign:15,floor:16,ceil:17,round:18,square:19,reciprocal:20,log1p:21,expm1:22,logical_not:23},_=new Set(["neg","abs","sign","square","logical_not"]),$={add:0,sub:1,mul:2,div:3,pow:4,maximum:5,minimum:6,eq:7,ne:8,lt:9,le:10,gt:11,ge:12,logical_and:13,logical_or:14,relu_backward:15},AA={sum:0,prod:1,max:2,min:3,argmax:4,argmin:5},O=0,QA=1,BA=2,IA=3,gA=4,CA=1,EA=2,DA=4,wA=8;var iA=["relaxed-simd","simd128"],sA={"relaxed-simd":"WebAssembly relaxed SIMD (fused multiply-add)",simd128:"WebAssembly SIMD"},dA=new Uint8Array([0,97,115,109,1,0,0,0,1,8,1,96,3,123,123,123,1,123,3,2,1,0,10,13,1,11,0,32,0,32,1,32,2,253,133,2,11]),p,n,fA;function oA(){try{return WebAssembly.validate(dA)}catch{return!1}}function yA(){return oA()?!0:p?(p(),p=void 0,oA()):!1}function YA(E=fA){if(E!==void 0&&!iA.includes(E))throw new RangeError(`init: cpuCapability must be one of ${iA.map(Q=>`\'${Q}\'`).join(", ")}, got \'${String(E)}\'`);if(n)return n;if(E==="simd128")return n="simd128";let A=yA();if(E==="relaxed-simd"&&!A)throw new Error("init: cpuCapability \'relaxed-simd\' is unavailable: this WebAssembly engine does not validate relaxed SIMD (f32x4.relaxed_madd); leave cpuCapability unset to use plain SIMD (\'simd128\')");return n=A?"relaxed-simd":"simd128"}function X(){return n??YA()}var FA="__webtorchServeThread",aA=`\'use strict\';\nfunction __webtorchServeThread(_post, listen) {\n  listen((m) => {\n    const L = m.layout;\n    const ctl = new Int32Array(m.control);\n    const args = new Float64Array(m.control, L.argsByte, L.maxArgs * 64);\n    let fns;\n    try {\n      const instance = new WebAssembly.Instance(m.module, { env: { memory: m.memory } });\n      const k = instance.exports;\n      k.set_thread_scratch(m.scratch);\n      fns = m.kernels.map((name) => k[name]);\n    } catch (e) {\n      Atomics.store(ctl, L.ready + m.slot, -1);\n      Atomics.notify(ctl, L.ready + m.slot);\n      throw e;\n    }\n    Atomics.store(ctl, L.ready + m.slot, 1);\n    Atomics.notify(ctl, L.ready + m.slot);\n    const claim = () => {\n      for (;;) {\n        const t = Atomics.load(ctl, L.next);\n        const i = t & 0xff;\n        if (i >= ((t >> 8) & 0xff)) return -1;\n        if (Atomics.compareExchange(ctl, L.next, t, t + 1) === t) return i;\n      }\n    };\n    let seen = Atomics.load(ctl, L.wake);\n    for (;;) {\n      for (let i = claim(); i >= 0; i = claim()) {\n        // The part is ours: the caller posts no new job until it is done, so kernel and arguments are this job\'s.\n        try {\n          const n = ctl[L.argc + i];\n          const a = new Array(n);\n          for (let j = 0; j < n; j++) a[j] = args[i * L.maxArgs + j];\n          const t0 = performance.now();\n          fns[Atomics.load(ctl, L.kernel)].apply(null, a);\n          Atomics.add(ctl, 6, Math.round((performance.now() - t0) * 1000)); Atomics.add(ctl, 7, 1);\n        } catch (e) {\n          Atomics.store(ctl, L.error, i + 1);\n        }\n        if (Atomics.sub(ctl, L.pending, 1) === 1) Atomics.notify(ctl, L.pending);\n      }\n      // Idle: poll briefly (the next kernel usually comes soon), then sleep.\n      let w = Atomics.load(ctl, L.wake);\n      const until = performance.now() + L.spinMs;\n      while (w === seen) {\n        for (let s = 0; s < 256 && w === seen; s++) w = Atomics.load(ctl, L.wake);\n        if (performance.now() > until) break;\n      }\n      while (w === seen) {\n        Atomics.wait(ctl, L.wake, seen);\n        w = Atomics.load(ctl, L.wake);\n      }\n      seen = w;\n      if (Atomics.load(ctl, L.stop)) return;\n    }\n  });\n}\n`;var U=64,H=24,S={pending:0,error:1,kernel:2,next:3,wake:4,stop:5,ready:16,argc:16+U,argsByte:(16+2*U)*4,maxArgs:H,spinMs:.5,joinSpinMs:.05};function mA(E){try{return Atomics.wait(E,S.error,1,0),!0}catch{return!1}}var Y=class{constructor(A,Q){this.setup=A;this.spawn=Q;this.blocking=mA(this.ctl)}setup;spawn;control=new SharedArrayBuffer(S.argsByte+U*H*8);ctl=new Int32Array(this.control);args=new Float64Array(this.control,S.argsByte);helpers=[];blocking;gen=0;closed=!1;ensureHelpers(A){if(this.closed)throw new Error("cpu threads: the pool was shut down");for(;this.helpers.length<Math.min(A,U-1);){let Q=this.helpers.length+1,{module:I,memory:B,kernels:g}=this.setup,C={module:I,memory:B,control:this.control,slot:Q,scratch:this.setup.allocScratch(Q),kernels:g,layout:S};this.helpers.push(this.spawn(aA,C))}}waitReady(A,Q){let I=Date.now()+Q;for(let B=1;B<=A&&B<=this.helpers.length;B++)for(;this.blocking&&Atomics.load(this.ctl,S.ready+B)===0;){let g=I-Date.now();if(g<=0)break;Atomics.wait(this.ctl,S.ready+B,0,g)}return this.readyHelpers(A)}async whenReady(A,Q){let I=Date.now()+Q,B=()=>{for(let g=1;g<=A&&g<=this.helpers.length;g++)if(Atomics.load(this.ctl,S.ready+g)===0)return!1;return!0};for(;!B()&&Date.now()<I;)await new Promise(g=>setTimeout(g,2));return this.readyHelpers(A)}readyHelpers(A){let Q=0;for(;Q<A&&Q<this.helpers.length&&Atomics.load(this.ctl,S.ready+Q+1)===1;)Q++;return Q}failedHelper(){for(let A=1;A<=this.helpers.length;A++)if(Atomics.load(this.ctl,S.ready+A)===-1)return!0;return!1}run(A,Q,I){let{ctl:B,args:g}=this,C=Q.length;if(C>U)throw new Error(`cpu threads: ${C} parts exceed ${U}`);Q.forEach((i,o)=>{if(i.length>H)throw new Error(`cpu threads: ${i.length} arguments exceed ${H}`);g.set(i,o*H),B[S.argc+o]=i.length}),Atomics.store(B,S.error,0),Atomics.store(B,S.kernel,A),Atomics.store(B,S.pending,C),this.gen=this.gen+1&32767,Atomics.store(B,S.next,this.gen<<16|C<<8),Atomics.add(B,S.wake,1),globalThis.__woken=(globalThis.__woken??0)+Atomics.notify(B,S.wake,C-1);let D;for(let i=this.claim();i>=0;i=this.claim()){try{I(Q[i])}catch(o){D??=o}Atomics.sub(B,S.pending,1)}if(this.join(),D!==void 0)throw D;let w=Atomics.load(B,S.error);if(w!==0)throw new Error(`cpu threads: ${this.setup.kernels[A]??"?"} (part ${w-1}) failed in a helper thread`)}claim(){let{ctl:A}=this;for(;;){let Q=Atomics.load(A,S.next),I=Q&255;if(I>=(Q>>8&255))return-1;if(Atomics.compareExchange(A,S.next,Q,Q+1)===Q)return I}}join(){let{ctl:A}=this,Q=Atomics.load(A,S.pending),I=performance.now()+S.joinSpinMs;for(;Q!==0&&performance.now()<I;)for(let B=0;B<256&&Q!==0;B++)Q=Atomics.load(A,S.pending);for(;Q!==0;)this.blocking&&Atomics.wait(A,S.pending,Q),Q=Atomics.load(A,S.pending)}close(){if(!this.closed){this.closed=!0,Atomics.store(this.ctl,S.stop,1),Atomics.add(this.ctl,S.wake,1),Atomics.notify(this.ctl,S.wake);for(let A of this.helpers)A.terminate();this.helpers.length=0}}};var RA=(E,A)=>{let Q=`\n${A}((m, t) => self.postMessage(m, t), (h) => { self.onmessage = (e) => h(e.data); });\n`,I=URL.createObjectURL(new Blob([E,Q],{type:"text/javascript"})),B=new Worker(I);return URL.revokeObjectURL(I),{postMessage:(g,C)=>B.postMessage(g,C),onMessage:g=>B.addEventListener("message",C=>g(C.data)),onFailure:g=>B.addEventListener("error",C=>g(C.message||"the worker failed")),terminate:()=>B.terminate()}};function vA(E,A){return{spawn:(Q,I)=>{let B=E(Q,FA);return B.postMessage(I,[]),{terminate:()=>B.terminate()}},cores:A}}var CQ=vA(RA,()=>typeof navigator<"u"&&navigator.hardwareConcurrency>0?navigator.hardwareConcurrency:1);var tA;function JA(){return tA}var SA=["matmul_f32","im2col_f32","col2im_f32","conv2d_direct_f32","conv2d_batched_f32","conv2d_weight_grad_pack_f32","conv2d_weight_grad_f32","maxpool2d_f32","maxpool2d_backward_f32","avgpool2d_f32","avgpool2d_backward_f32","softmax_f32","reduce_f32","reduce_i32","unary_f32","unary_i32","binary_f32","binary_i32","where_32","clamp_f32","clamp_i32","convert"],cA=32768,WA=4,v=8,KA=8;function bA(E){return Math.max(1,Math.min(E,KA))}var x=128,hA=8,TA=8;function k(E,A,Q=1){let I=Math.ceil(E/Q),B=Math.max(1,Math.min(A,I)),g=[],C=0;for(let D=0;D<B;D++){let w=Math.floor(I/B)+(D<I%B?1:0),i=C*Q,o=Math.min(E,(C+w)*Q);o>i&&g.push({start:i,count:o-i}),C+=w}return g}var qA=0,m=class{constructor(A,Q,I,B){this.k=A;this.alloc=Q;this.threading=I;this.unavailableReason=B;A.set_thread_scratch(Q(A.thread_scratch_bytes())),this.requested=I?JA()??bA(I.cores):1,this.startHelpers()}k;alloc;threading;unavailableReason;pool;requested;minWorkPerThread=cA;packA=[];packB=[];slots=[];helperScratch=[];get numThreads(){return this.threading?this.requested:1}get running(){return!this.threading||this.requested===1?1:(this.startHelpers(),1+this.pool.readyHelpers(this.requested-1))}setNumThreads(A){this.threading&&(this.requested=Math.min(A,U),this.startHelpers(),this.pool?.waitReady(this.requested-1,5e3))}async ready(){await this.pool?.whenReady(this.requested-1,1e4)}release(){this.pool?.close(),this.pool=void 0}describe(){let A=sA[X()];if(!this.threading)return`${A}, 1 thread (${this.unavailableReason??"no shared memory"})`;let Q=this.pool?.failedHelper()?"; a helper thread failed to start":"";return`${A}, ${this.requested} thread${this.requested===1?"":"s"} (shared memory${Q})`}startHelpers(){!this.threading||this.requested===1||(this.pool??=new Y({module:this.threading.module,memory:this.k.memory,kernels:SA,allocScratch:A=>this.helperScratch[A]??=this.alloc(this.k.thread_scratch_bytes())},this.threading.spawn),this.pool.ensureHelpers(this.requested-1))}partsPerThread=WA;partsFor(A,Q=this.partsPerThread){let I=this.running;return I===1?1:Math.max(1,Math.min(I*Q,Math.floor(A/this.minWorkPerThread)))}run(A,Q){let I=this.k[A];if(Q.length===1){I(...Q[0]);return}this.pool.run(SA.indexOf(A),Q,B=>I(...B))}slot(A,Q){if(Q>=hA)throw new Error(`cpu threads: argument slot ${Q} out of range`);return this.slots[A]??=this.alloc(hA*x),this.slots[A]+Q*x}writeSlot(A,Q,I){if(I.length*4>x)throw new Error(`cpu threads: ${I.length} values overflow an argument slot`);let B=this.slot(A,Q);return new Int32Array(this.k.memory.buffer,B,I.length).set(I),B}byBatch(A,Q,I,B,g=1){let C=Q[qA],D=k(C,this.partsFor(C*I),g);this.run(A,D.map((w,i)=>{let o=[...Q];return o[qA]=w.count,B(w,this.writeSlot(i,0,o),i)}))}byRows(A,Q,I,B){this.run(A,k(Q,this.partsFor(Q*I)).map((g,C)=>B(g,C)))}matmul(A,Q,I,B,g,C,D,w,i,o){let s=B*g*C*D/v,a=this.partsFor(s,1),R=[],F=(J,L,e,d,f,rA,nA,HA,NA)=>{R.push([L,e,d,f,g,C,D,w[0],w[1],w[2],i[0],i[1],i[2],this.pack(J,"a"),this.pack(J,"b"),o?1:0,rA,nA,HA,NA])},h=o?void 0:[this.partsFor(s),a].find(J=>J>1&&(B%J===0||B>=4*J));h!==void 0?k(B,h).forEach((J,L)=>{F(L,A+J.start*g*C*4,Q+J.start*w[0]*4,I+J.start*i[0]*4,J.count,0,g,0,C)}):g>=C?k(g,a,this.k.matmul_mr()).forEach((J,L)=>F(L,A,Q,I,B,J.start,J.start+J.count,0,C)):k(C,a,TA).forEach((J,L)=>F(L,A,Q,I,B,0,g,J.start,J.start+J.count)),this.run("matmul_f32",R)}pack(A,Q){let I=Q==="a"?this.packA:this.packB;return I[A]??=this.alloc(Q==="a"?this.k.matmul_pack_a_bytes():this.k.matmul_pack_b_bytes()),I[A]}};var W=class{constructor(A,Q){this.ptr=A;this.byteLength=Q}ptr;byteLength;freed=!1},N=32,LA=8,MA=N*4;function t(E){return typeof E!="number"}function q(E){return`[${E.join(", ")}]`}function pA(E,A){return E==="float32"?A==="float32"?O:A==="int32"?QA:IA:A==="float32"?BA:A==="bool"&&E==="int32"?gA:O}function c(E){return Number.isNaN(E)?0:Math.max(-2147483648,Math.min(2147483647,Math.trunc(E)))}function eA(E,A){return A==="float32"?new Int32Array(new Float32Array([E]).buffer)[0]:A==="bool"?E!==0?1:0:c(E)}function M(E,A){return A==="in"?E.channels*E.height*E.width*4:A==="out"?E.channels*E.outH*E.outW*4:E.channels*E.kernelH*E.kernelW*E.outH*E.outW*4}function G(E){return[E.batch,E.channels,E.height,E.width,E.kernelH,E.kernelW,E.strideH,E.strideW,E.padH,E.padW,E.dilationH,E.dilationW,E.outH,E.outW]}var K=class{constructor(A,Q,I){this.k=A;this.allocator=new y(A.memory,A.heap_base()),this.scratch=this.allocator.alloc(LA*MA),this.threads=new m(A,B=>this.allocator.alloc(B),Q,Q?void 0:I??"this cpu backend was created without shared memory")}k;name="cpu";kind="cpu";allocator;scratch;threads;inUse=0;destroyed=!1;fusedAttentionMinBytes=67108864;alloc(A){if(this.checkAlive("alloc"),!Number.isInteger(A)||A<0)throw new Error(`cpu alloc: bad byteLength ${A}`);let Q=this.allocator.alloc(Math.max(A,16));return this.inUse+=A,new W(Q,A)}free(A){let Q=this.buf(A,"free");if(Q.freed)throw new Error(`cpu free: buffer at ${Q.ptr} (${Q.byteLength} bytes) was already freed`);Q.freed=!0,this.inUse-=Q.byteLength,this.allocator.free(Q.ptr,Math.max(Q.byteLength,16))}write(A,Q,I=0){let B=this.live(A,"write");if(I<0||I+Q.byteLength>B.byteLength)throw new Error(`cpu write: ${Q.byteLength} bytes at offset ${I} overflow a ${B.byteLength}-byte buffer`);let g=new Uint8Array(Q.buffer,Q.byteOffset,Q.byteLength);new Uint8Array(this.k.memory.buffer,B.ptr+I,Q.byteLength).set(g)}read(A,Q,I){try{return Promise.resolve(this.readSync(A,Q,I))}catch(B){return Promise.reject(B)}}readSync(A,Q,I){let B=this.live(A,"read");if(Q<0||I<0||Q+I>B.byteLength)throw new Error(`cpu read: ${I} bytes at offset ${Q} overflow a ${B.byteLength}-byte buffer`);let g=new ArrayBuffer(I);return new Uint8Array(g).set(new Uint8Array(this.k.memory.buffer,B.ptr+Q,I)),g}bytesInUse(){return this.inUse}sync(){return Promise.resolve()}destroy(){this.destroyed=!0,this.threads.release()}describe(){return this.threads.describe()}releaseThreads(){this.threads.release()}fill(A,Q,I,B){let g=this.live(A,"fill");if(Q*4>g.byteLength)throw new Error(`cpu fill: ${Q} elements overflow a ${g.byteLength}-byte buffer`);Q>0&&this.k.fill_32(g.ptr,Q,eA(I,B))}sgdStep(A,Q,I,B,g){let C=this.live(A,"sgdStep"),D=this.live(Q,"sgdStep"),w=I?this.live(I,"sgdStep"):null;for(let[o,s]of[["param",C],["grad",D],["momentum buffer",w]])if(s&&B*4>s.byteLength)throw new Error(`cpu sgdStep: ${B} elements overflow the ${s.byteLength}-byte ${o}`);let i=(w?CA:0)|(g.first?EA:0)|(g.nesterov?DA:0)|(g.maximize?wA:0);B>0&&this.k.sgd_f32(C.ptr,D.ptr,w?w.ptr:0,B,g.lr,g.momentum,1-g.dampening,g.weightDecay,i)}copy(A,Q,I){let B=this.live(A,"copy"),g=pA(Q.dtype,I);this.elementwise("copy","convert",B,Q.shape,[Q],C=>[g,C.out,C.ptrs[0],C.shape,C.strides[0],C.rank])}unary(A,Q,I){let B=this.live(Q,`unary ${A}`),g=z[A],C=I.dtype==="float32";if(!C&&!_.has(A))throw new Error(`cpu unary ${A}: not defined for ${I.dtype} (shape ${q(I.shape)})`);if(I.dtype==="bool"&&A!=="logical_not")throw new Error(`cpu unary ${A}: not defined for bool (shape ${q(I.shape)})`);this.elementwise(`unary ${A}`,C?"unary_f32":"unary_i32",B,I.shape,[I],D=>[g,D.out,D.ptrs[0],D.shape,D.strides[0],D.rank])}binary(A,Q,I,B,g,C){let D=`binary ${A}`,w=this.live(Q,D);if(C!=="float32"&&(A==="pow"||A==="relu_backward"))throw new Error(`cpu ${D}: ${C} ${A} is not supported (shape ${q(I)})`);let i=$[A],o=C==="float32",s=F=>t(F)?0:o?F:c(F),[a,R]=[s(B),s(g)];this.elementwise(D,o?"binary_f32":"binary_i32",w,I,[B,g],F=>[i,F.out,F.ptrs[0],F.ptrs[1],a,R,F.shape,F.strides[0],F.strides[1],F.rank])}where(A,Q,I,B,g,C){let D=this.live(A,"where"),w=s=>t(s)?0:eA(s,C),[i,o]=[w(B),w(g)];this.elementwise("where","where_32",D,Q,[I,B,g],s=>[s.out,s.ptrs[0],s.ptrs[1],s.ptrs[2],i,o,s.shape,s.strides[0],s.strides[1],s.strides[2],s.rank])}clamp(A,Q,I,B){let g=this.live(A,"clamp"),C=Q.dtype==="float32",[D,w]=C?[I,B]:[c(I),c(B)];this.elementwise("clamp",C?"clamp_f32":"clamp_i32",g,Q.shape,[Q],i=>[i.out,i.ptrs[0],D,w,i.shape,i.strides[0],i.rank])}reduce(A,Q,I,B,g,C){let D=`reduce ${A}`,w=this.live(Q,D),i=this.addr(I,D);this.checkElems(D,I,B*g*C);let o=B*C;if(o*4>w.byteLength)throw new Error(`cpu ${D}: output holds ${w.byteLength/4} elements, need ${o}`);if(o===0)return;let s=AA[A],a=I.dtype==="float32"?"reduce_f32":"reduce_i32";if(B===1&&C>=8){let R=k(C,this.threads.partsFor(g*C),4);this.threads.run(a,R.map(F=>[s,w.ptr+F.start*4,i+F.start*4,1,g,F.count,C]));return}this.threads.byRows(a,B,g*C,R=>[s,w.ptr+R.start*C*4,i+R.start*g*C*4,R.count,g,C,C])}softmax(A,Q,I,B,g){let C=g?"logSoftmax":"softmax",D=this.live(A,C),w=this.addr(Q,C);if(this.checkElems(C,Q,I*B),Q.dtype!=="float32")throw new Error(`cpu ${C}: needs float32, got ${Q.dtype}`);this.threads.byRows("softmax_f32",I,B,i=>[D.ptr+i.start*B*4,w+i.start*B*4,i.count,B,g?1:0])}matmul(A,Q,I){this.runMatmul("matmul",A,Q,I,!1)}matmulSumBatch(A,Q,I){this.runMatmul("matmulSumBatch",A,Q,I,!0)}runMatmul(A,Q,I,B,g){let C=this.live(Q,A);if(I.shape.length!==3||B.shape.length!==3)throw new Error(`cpu ${A}: needs 3-D views, got ${q(I.shape)} and ${q(B.shape)}`);let[D,w,i]=I.shape,[o,s,a]=B.shape;if(D!==o||i!==s)throw new Error(`cpu ${A}: shapes ${q(I.shape)} and ${q(B.shape)} cannot be multiplied`);if(I.dtype!=="float32"||B.dtype!=="float32")throw new Error(`cpu ${A}: needs float32, got ${I.dtype} and ${B.dtype}`);let R=g?1:D;if(R*w*a*4>C.byteLength)throw new Error(`cpu ${A}: output too small for [${R}, ${w}, ${a}]`);if(w*a!==0){if(D===0){g&&this.k.fill_32(C.ptr,w*a,0);return}this.threads.matmul(C.ptr,this.addr(I,A),this.addr(B,A),D,w,a,i,I.strides,B.strides,g)}}indexSelect(A,Q,I,B,g,C,D){let w=this.live(A,"indexSelect");this.checkElems("indexSelect",Q,B*g*C),B*D*C!==0&&this.k.index_select_32(w.ptr,this.addr(Q,"indexSelect"),this.addr(I,"indexSelect"),B,g,C,D)}indexAdd(A,Q,I,B,g,C,D){let w=this.live(A,"indexAdd");if(this.checkElems("indexAdd",Q,B*D*C),B*D*C===0)return;let i=this.addr(Q,"indexAdd"),o=this.addr(I,"indexAdd");Q.dtype==="float32"?this.k.index_add_f32(w.ptr,i,o,B,g,C,D):this.k.index_add_i32(w.ptr,i,o,B,g,C,D)}gather(A,Q,I,B){let g=this.live(A,"gather");if(B.shape.length!==Q.shape.length)throw new Error(`cpu gather: index ${q(B.shape)} and input ${q(Q.shape)} differ in rank`);if(P(B.shape)===0)return;let C=this.addr(Q,"gather"),D=this.addr(B,"gather"),w=B.shape.length,[i,o]=this.writeArgs("gather",[B.shape,r(Q.shape)]);this.k.gather_32(g.ptr,C,D,i,o,w,I)}scatterAdd(A,Q,I,B,g){let C=this.live(A,"scatterAdd");if(B.shape.length!==Q.length)throw new Error(`cpu scatterAdd: index ${q(B.shape)} and target ${q(Q)} differ in rank`);if(P(B.shape)===0)return;let D=this.addr(g,"scatterAdd"),w=this.addr(B,"scatterAdd"),i=B.shape.length,[o,s]=this.writeArgs("scatterAdd",[B.shape,r(Q)]);g.dtype==="float32"?this.k.scatter_add_f32(C.ptr,D,w,o,s,i,I):this.k.scatter_add_i32(C.ptr,D,w,o,s,i,I)}im2col(A,Q,I){let B=this.live(A,"im2col"),g=this.addr(Q,"im2col"),[C,D]=[M(I,"cols"),M(I,"in")];this.threads.byBatch("im2col_f32",G(I),C/4,(w,i)=>[B.ptr+w.start*C,g+w.start*D,i])}col2im(A,Q,I){let B=this.live(A,"col2im"),g=this.addr(Q,"col2im"),[C,D]=[M(I,"cols"),M(I,"in")];this.threads.byBatch("col2im_f32",G(I),C/4,(w,i)=>[B.ptr+w.start*D,g+w.start*C,i])}conv2dDirect(A,Q,I,B,g){if(!T(g))return!1;let C=this.live(A,"conv2dDirect");if(g.batch*B*g.outH*g.outW*4>C.byteLength)throw new Error(`cpu conv2dDirect: output too small for [${g.batch}, ${B}, ${g.outH}, ${g.outW}]`);return this.runDirectConv(C,this.addr(Q,"conv2dDirect"),this.addr(I,"conv2dDirect"),B,g,V(g)?"forward":"rows"),!0}conv2dInputGrad(A,Q,I,B,g){if(!Z(g,B))return!1;let C=this.live(A,"conv2dInputGrad");if(g.batch*g.channels*g.height*g.width*4>C.byteLength)throw new Error(`cpu conv2dInputGrad: output too small for [${g.batch}, ${g.channels}, ${g.height}, ${g.width}]`);let D={...g,channels:B,height:g.outH,width:g.outW,padH:g.kernelH-1-g.padH,padW:g.kernelW-1-g.padW,outH:g.height,outW:g.width};return this.runDirectConv(C,this.addr(Q,"conv2dInputGrad"),this.addr(I,"conv2dInputGrad"),g.channels,D,"inputGrad"),!0}conv2dWeightGrad(A,Q,I,B,g){if(!T(g))return!1;let C=this.live(A,"conv2dWeightGrad"),D=g.channels*g.kernelH*g.kernelW;if(B*D*4>C.byteLength)throw new Error(`cpu conv2dWeightGrad: output too small for [${B}, ${g.channels}, ${g.kernelH}, ${g.kernelW}]`);let[w,i]=[this.addr(Q,"conv2dWeightGrad"),this.addr(I,"conv2dWeightGrad")],o=this.threads.writeSlot(0,0,G(g)),s=this.k.conv2d_weight_grad_scratch_bytes(o,B),a=this.allocator.alloc(s);try{let R=Math.ceil(g.batch/8);this.threads.byRows("conv2d_weight_grad_pack_f32",R,s/4/R,h=>[w,i,o,B,h.start,h.start+h.count,a]);let F=Math.ceil(B/4)*Math.ceil(D/2);this.threads.byRows("conv2d_weight_grad_f32",F,64*R*g.outH*g.outW/v,h=>[C.ptr,o,B,h.start,h.start+h.count,a])}finally{this.allocator.free(a,s)}return!0}runDirectConv(A,Q,I,B,g,C){let D=M(g,"in"),w=B*g.outH*g.outW*4,i=[],o=C==="rows";try{this.threads.byBatch(o?"conv2d_direct_f32":"conv2d_batched_f32",G(g),w/4*g.channels*g.kernelH*g.kernelW/v,(s,a)=>{let R=o?this.k.conv2d_direct_scratch_bytes(a,B):this.k.conv2d_batched_scratch_bytes(a,B);i.push([this.allocator.alloc(R),R]);let F=[A.ptr+s.start*w,Q+s.start*D,I,a,B,i.at(-1)[0]];return o?F:[...F,C==="inputGrad"?1:0]},o?1:8)}finally{for(let[s,a]of i)this.allocator.free(s,a)}}maxPool2d(A,Q,I,B){let g=this.live(A,"maxPool2d"),C=this.live(Q,"maxPool2d"),D=this.addr(I,"maxPool2d"),[w,i]=[M(B,"in"),M(B,"out")];this.threads.byBatch("maxpool2d_f32",G(B),i/4*B.kernelH*B.kernelW,(o,s)=>[g.ptr+o.start*i,C.ptr+o.start*i,D+o.start*w,s])}maxPool2dBackward(A,Q,I,B){let g=this.live(A,"maxPool2dBackward"),[C,D]=[this.addr(Q,"maxPool2dBackward"),this.addr(I,"maxPool2dBackward")],[w,i]=[M(B,"in"),M(B,"out")];this.threads.byBatch("maxpool2d_backward_f32",G(B),w/4,(o,s)=>[g.ptr+o.start*w,C+o.start*i,D+o.start*i,s])}avgPool2d(A,Q,I,B){let g=this.live(A,"avgPool2d"),C=this.addr(Q,"avgPool2d"),[D,w]=[M(I,"in"),M(I,"out")];this.threads.byBatch("avgpool2d_f32",G(I),w/4*I.kernelH*I.kernelW,(i,o)=>[g.ptr+i.start*w,C+i.start*D,o,B?1:0])}avgPool2dBackward(A,Q,I,B){let g=this.live(A,"avgPool2dBackward"),C=this.addr(Q,"avgPool2dBackward"),[D,w]=[M(I,"in"),M(I,"out")];this.threads.byBatch("avgpool2d_backward_f32",G(I),w/4*I.kernelH*I.kernelW,(i,o)=>[g.ptr+i.start*D,C+i.start*w,o,B?1:0])}attention(A,Q,I,B,g,C,D){let[w,i,o,s,a]=UA("attention",I,B,g);if(w*i*s*4<this.fusedAttentionMinBytes)return!1;let R=this.live(A,"attention"),F=this.live(Q,"attention");if(w*i*a*4>R.byteLength||w*i*4>F.byteLength)throw new Error(`cpu attention: outputs too small for [${w}, ${i}, ${a}]`);if(w*i===0)return!0;let h=Math.max(s*4,16),J=this.allocator.alloc(h);try{this.k.attention_f32(R.ptr,F.ptr,this.addr(I,"attention"),this.addr(B,"attention"),this.addr(g,"attention"),w,i,s,o,a,C,D?1:0,J)}finally{this.allocator.free(J,h)}return!0}attentionBackward(A,Q,I,B,g,C,D,w,i,o,s){let a="attentionBackward",[R,F,h,J,L]=UA(a,B,g,C),[e,d,f]=[this.live(A,a),this.live(Q,a),this.live(I,a)];if(R*F*h*4>e.byteLength||R*J*h*4>d.byteLength||R*J*L*4>f.byteLength)throw new Error(`cpu ${a}: gradient buffers too small for q [${R}, ${F}, ${h}], v [${R}, ${J}, ${L}]`);return this.k.attention_backward_f32(e.ptr,d.ptr,f.ptr,this.addr(B,a),this.addr(g,a),this.addr(C,a),this.addr(D,a),this.addr(w,a),this.addr(i,a),R,F,J,h,L,o,s?1:0),!0}checkAlive(A){if(this.destroyed)throw new Error(`cpu ${A}: backend was destroyed`)}buf(A,Q){if(!(A instanceof W))throw new Error(`cpu ${Q}: buffer does not belong to the cpu backend`);return A}live(A,Q){this.checkAlive(Q);let I=this.buf(A,Q);if(I.freed)throw new Error(`cpu ${Q}: buffer at ${I.ptr} (${I.byteLength} bytes) was freed`);return I}addr(A,Q){return this.live(A.buffer,Q).ptr+A.offset*4}checkElems(A,Q,I){let B=this.buf(Q.buffer,A);if((Q.offset+I)*4>B.byteLength)throw new Error(`cpu ${A}: view ${q(Q.shape)} at offset ${Q.offset} needs ${I} elements, buffer holds ${B.byteLength/4}`)}writeArgs(A,Q){if(Q.length>LA)throw new Error(`cpu ${A}: too many argument arrays`);let I=new Int32Array(this.k.memory.buffer);return Q.map((B,g)=>{if(B.length>N)throw new Error(`cpu ${A}: rank ${B.length} exceeds ${N}`);let C=this.scratch+g*MA;return I.set(B,C>>2),C})}elementwise(A,Q,I,B,g,C){let D=P(B);if(D*4>I.byteLength)throw new Error(`cpu ${A}: output holds ${I.byteLength/4} elements, shape ${q(B)} needs ${D}`);if(D===0)return;let w=g.map(F=>{if(!t(F))return B.map(()=>0);if(F.shape.length!==B.length||F.strides.length!==B.length)throw new Error(`cpu ${A}: operand shape ${q(F.shape)} is not broadcast to ${q(B)}`);return F.strides}),i=g.map(F=>t(F)?this.addr(F,A):0),o=j(B,w),s=o.shape.length;if(s>N)throw new Error(`cpu ${A}: rank ${s} exceeds ${N}`);let a=D/o.shape[0],R=k(o.shape[0],this.threads.partsFor(D),s===1?4:1);this.threads.run(Q,R.map((F,h)=>{let J=[F.count,...o.shape.slice(1)];return C({out:I.ptr+F.start*a*4,ptrs:i.map((L,e)=>L===0?0:L+F.start*o.strides[e][0]*4),shape:this.threads.writeSlot(h,0,J),strides:o.strides.map((L,e)=>this.threads.writeSlot(h,1+e,L)),rank:s})}))}};function UA(E,A,Q,I){let B=[A,Q,I].every(F=>F.shape.length===3&&F.dtype==="float32"&&F.strides.every((h,J)=>h===r(F.shape)[J])),[g,C,D]=A.shape,[w,i,o]=Q.shape,[s,a,R]=I.shape;if(!B||g!==w||g!==s||D!==o||i!==a)throw new Error(`cpu ${E}: needs contiguous float32 q [B, L, E], k [B, S, E], v [B, S, Ev], got ${q(A.shape)}, ${q(Q.shape)}, ${q(I.shape)}`);return[g,C,D,i,R]}var kA="__webtorchServeCpuWorker",GA=["fill","copy","unary","binary","where","clamp","reduce","softmax","matmul","matmulSumBatch","indexSelect","indexAdd","gather","scatterAdd","im2col","col2im","conv2dDirect","conv2dInputGrad","conv2dWeightGrad","maxPool2d","maxPool2dBackward","avgPool2d","avgPool2dBackward","attention","attentionBackward"];function PA(E,A){return E.map(Q=>{if(Q&&typeof Q=="object"&&"ref"in Q)return A(Q.ref);if(Q&&typeof Q=="object"&&"buffer"in Q&&"strides"in Q){let I=Q;return{...I,buffer:A(I.buffer.ref)}}return Q})}var XA=new Set(GA),l=class{constructor(A){this.post=A}post;backend;name="cpu worker";buffers=new Map;failure;handle(A){if(A.kind==="start"){let Q=new WebAssembly.Instance(A.module,{});this.backend=new K(Q.exports),this.backend.fusedAttentionMinBytes=0,this.name=A.name,this.post({kind:"started"},[])}else if(A.kind==="batch")for(let Q of A.commands)this.run(Q);else this.answer(A.request,A.parts)}run(A){try{let Q=this.started();if(A.kind==="alloc")this.buffers.set(A.id,Q.alloc(A.byteLength));else if(A.kind==="free")Q.free(this.buffer(A.id)),this.buffers.delete(A.id);else if(A.kind==="write")Q.write(this.buffer(A.id),new Uint8Array(A.data),A.byteOffset);else{if(!XA.has(A.method))throw new Error(`unknown kernel \'${A.method}\'`);Q[A.method].apply(Q,PA(A.args,B=>this.buffer(B)))}}catch(Q){let I=A.kind==="call"?A.method:A.kind;this.failure??=`${this.name}: ${I} failed: ${Q.message}`}}answer(A,Q){let I=this.failure;if(this.failure=void 0,I!==void 0){this.post({kind:"read",request:A,error:I},[]);return}try{let B=this.started(),g=new Uint8Array(Q.reduce((D,w)=>D+w.byteLength,0)),C=0;for(let D of Q)g.set(new Uint8Array(B.readSync(this.buffer(D.id),D.byteOffset,D.byteLength)),C),C+=D.byteLength;this.post({kind:"read",request:A,data:g.buffer},[g.buffer])}catch(B){this.post({kind:"read",request:A,error:`${this.name}: read failed: ${B.message}`},[])}}started(){if(!this.backend)throw new Error("the worker was not started");return this.backend}buffer(A){let Q=this.buffers.get(A);if(!Q)throw new Error(`no buffer #${A} (freed, or never allocated)`);return Q}};function xA(E,A){let Q=new l(E);A(I=>Q.handle(I))}globalThis[kA]=xA;})();\n';
  }
});

// src/backend/worker/worker-backend.ts
var worker_backend_exports = {};
__export(worker_backend_exports, {
  WorkerBackend: () => WorkerBackend
});
var WorkerBuffer, MAX_QUEUED, WorkerBackend;
var init_worker_backend = __esm({
  "src/backend/worker/worker-backend.ts"() {
    "use strict";
    init_late_writes();
    init_choices();
    init_protocol();
    init_worker_source_gen();
    WorkerBuffer = class {
      constructor(owner, id, byteLength) {
        this.owner = owner;
        this.id = id;
        this.byteLength = byteLength;
      }
      owner;
      id;
      byteLength;
      freed = false;
    };
    MAX_QUEUED = 512;
    WorkerBackend = class _WorkerBackend {
      /** `listen` takes the one message handler the port gets (open's start-up one hands over to it). */
      constructor(name, port, listen) {
        this.name = name;
        this.port = port;
        listen((reply) => this.receive(reply));
        port.onFailure((reason) => this.fail(reason));
      }
      name;
      port;
      kind = "cpu";
      /** See FUSED_ATTENTION_MIN_BYTES. Tests set 0. */
      fusedAttentionMinBytes = FUSED_ATTENTION_MIN_BYTES;
      queue = [];
      transfers = [];
      flushScheduled = false;
      nextBuffer = 1;
      nextRequest = 1;
      waiting = /* @__PURE__ */ new Map();
      inUse = 0;
      lost;
      /** writeLater calls whose bytes have not arrived: nothing queued after the first of them is posted. */
      late = new LateWrites(() => this.flush());
      /** Starts a worker and its kernels (`module`: the compiled kernels.wasm). */
      static async open(name, spawn, module) {
        const port = spawn(CPU_WORKER_SOURCE, CPU_WORKER_ENTRY);
        port.hold?.(true);
        let handle = () => {
        };
        port.onMessage((reply) => handle(reply));
        const started = new Promise((resolve, reject) => {
          handle = (reply) => reply.kind === "started" && resolve();
          port.onFailure((reason) => reject(new Error(`${name}: the worker failed to start: ${reason}`)));
        });
        port.postMessage({ kind: "start", module, name }, []);
        try {
          await started;
        } catch (e) {
          port.terminate();
          throw e;
        } finally {
          port.hold?.(false);
        }
        return new _WorkerBackend(name, port, (handler) => handle = handler);
      }
      // ---------------------------------------------------------------- storage
      alloc(byteLength) {
        if (!Number.isInteger(byteLength) || byteLength < 0) throw new Error(`${this.name} alloc: bad byteLength ${byteLength}`);
        const b2 = new WorkerBuffer(this, this.nextBuffer++, byteLength);
        this.enqueue({ kind: "alloc", id: b2.id, byteLength });
        this.inUse += byteLength;
        return b2;
      }
      free(buffer) {
        const b2 = this.own(buffer, "free");
        if (b2.freed) throw new Error(`${this.name} free: buffer #${b2.id} (${b2.byteLength} bytes) was already freed`);
        b2.freed = true;
        this.inUse -= b2.byteLength;
        if (!this.lost) this.enqueue({ kind: "free", id: b2.id });
      }
      write(buffer, data, byteOffset = 0) {
        const b2 = this.live(buffer, "write");
        if (byteOffset < 0 || byteOffset + data.byteLength > b2.byteLength) {
          throw new Error(`${this.name} write: ${data.byteLength} bytes at offset ${byteOffset} overflow a ${b2.byteLength}-byte buffer`);
        }
        const copy2 = new Uint8Array(data.byteLength);
        copy2.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        this.transfers.push(copy2.buffer);
        this.enqueue({ kind: "write", id: b2.id, byteOffset, data: copy2.buffer });
      }
      writeLater(buffer, data) {
        const b2 = this.live(buffer, "write");
        const command = { kind: "write", id: b2.id, byteOffset: 0, data: new ArrayBuffer(0) };
        this.late.track(data, (bytes) => {
          if (bytes.byteLength > b2.byteLength) throw new Error(`${this.name} write: ${bytes.byteLength} bytes at offset 0 overflow a ${b2.byteLength}-byte buffer`);
          command.data = bytes;
          this.transfers.push(bytes);
        });
        this.enqueue(command);
      }
      read(buffer, byteOffset, byteLength) {
        try {
          const b2 = this.live(buffer, "read");
          if (byteOffset < 0 || byteLength < 0 || byteOffset + byteLength > b2.byteLength) {
            throw new Error(`${this.name} read: ${byteLength} bytes at offset ${byteOffset} overflow a ${b2.byteLength}-byte buffer`);
          }
          return this.request([{ id: b2.id, byteOffset, byteLength }]);
        } catch (e) {
          return Promise.reject(e);
        }
      }
      /** Several ranges, end to end, in one round trip. */
      readMany(parts) {
        try {
          return this.request(parts.map((p) => ({ id: this.live(p.buffer, "readMany").id, byteOffset: p.byteOffset, byteLength: p.byteLength })));
        } catch (e) {
          return Promise.reject(e);
        }
      }
      bytesInUse() {
        return this.inUse;
      }
      async sync() {
        if (this.lost) throw new Error(this.lost);
        await this.request([]);
      }
      destroy() {
        this.fail(`${this.name} was shut down`);
        this.port.terminate();
      }
      fill(out, count, value, dtype) {
        this.call("fill", out, count, value, dtype);
      }
      // ---------------------------------------------------------------- kernels (queued)
      copy(out, a2, outDtype) {
        this.call("copy", out, a2, outDtype);
      }
      unary(op, out, a2) {
        this.call("unary", op, out, a2);
      }
      binary(op, out, shape, a2, b2, dtype) {
        this.call("binary", op, out, shape, a2, b2, dtype);
      }
      where(out, shape, cond, a2, b2, dtype) {
        this.call("where", out, shape, cond, a2, b2, dtype);
      }
      clamp(out, a2, lo, hi) {
        this.call("clamp", out, a2, lo, hi);
      }
      reduce(op, out, a2, outer, reduced, inner) {
        this.call("reduce", op, out, a2, outer, reduced, inner);
      }
      softmax(out, a2, rows, cols, log2) {
        this.call("softmax", out, a2, rows, cols, log2);
      }
      matmul(out, a2, b2) {
        this.call("matmul", out, a2, b2);
      }
      matmulSumBatch(out, a2, b2) {
        this.call("matmulSumBatch", out, a2, b2);
      }
      indexSelect(out, a2, index, outer, n, inner, m) {
        this.call("indexSelect", out, a2, index, outer, n, inner, m);
      }
      indexAdd(target, src, index, outer, n, inner, m) {
        this.call("indexAdd", target, src, index, outer, n, inner, m);
      }
      gather(out, a2, dim, index) {
        this.call("gather", out, a2, dim, index);
      }
      scatterAdd(target, targetShape, dim, index, src) {
        this.call("scatterAdd", target, targetShape, dim, index, src);
      }
      im2col(cols, x2, g) {
        this.call("im2col", cols, x2, g);
      }
      col2im(x2, cols, g) {
        this.call("col2im", x2, cols, g);
      }
      conv2dDirect(out, x2, weight, outC, g) {
        if (!usesDirectConv(g)) return false;
        this.call("conv2dDirect", out, x2, weight, outC, g);
        return true;
      }
      conv2dInputGrad(gradX, gradOut, weight, outC, g) {
        if (!usesDirectInputGrad(g, outC)) return false;
        this.call("conv2dInputGrad", gradX, gradOut, weight, outC, g);
        return true;
      }
      conv2dWeightGrad(gradW, x2, gradOut, outC, g) {
        if (!usesDirectConv(g)) return false;
        this.call("conv2dWeightGrad", gradW, x2, gradOut, outC, g);
        return true;
      }
      maxPool2d(out, indices, x2, g) {
        this.call("maxPool2d", out, indices, x2, g);
      }
      maxPool2dBackward(gradIn, gradOut, indices, g) {
        this.call("maxPool2dBackward", gradIn, gradOut, indices, g);
      }
      avgPool2d(out, x2, g, countIncludePad) {
        this.call("avgPool2d", out, x2, g, countIncludePad);
      }
      avgPool2dBackward(gradIn, gradOut, g, countIncludePad) {
        this.call("avgPool2dBackward", gradIn, gradOut, g, countIncludePad);
      }
      attention(out, lse, q, k, v, scale, causal) {
        const [B = 0, L = 0] = q.shape;
        const S = k.shape[1] ?? 0;
        if (B * L * S * 4 < this.fusedAttentionMinBytes) return false;
        this.call("attention", out, lse, q, k, v, scale, causal);
        return true;
      }
      attentionBackward(dq, dk, dv, q, k, v, out, dout, lse, scale, causal) {
        this.call("attentionBackward", dq, dk, dv, q, k, v, out, dout, lse, scale, causal);
        return true;
      }
      // ---------------------------------------------------------------- messaging
      call(method, ...args) {
        this.enqueue({ kind: "call", method, args: encodeArgs(args, (b2) => this.live(b2, method).id) });
      }
      enqueue(c) {
        if (this.lost) throw new Error(this.lost);
        this.queue.push(c);
        if (this.queue.length >= MAX_QUEUED) this.flush();
        else if (!this.flushScheduled) {
          this.flushScheduled = true;
          queueMicrotask(() => this.flush());
        }
      }
      flush() {
        this.flushScheduled = false;
        if (this.queue.length === 0 || this.lost || this.late.holding) return;
        this.post({ kind: "batch", commands: this.queue }, this.transfers);
        this.queue = [];
        this.transfers = [];
      }
      request(parts) {
        if (this.lost) return Promise.reject(new Error(this.lost));
        if (this.late.holding) return this.late.released().then(() => this.request(parts));
        try {
          this.late.takeFailure();
        } catch (e) {
          return Promise.reject(e);
        }
        this.flush();
        const request = this.nextRequest++;
        const answer = new Promise((resolve, reject) => this.waiting.set(request, { resolve, reject }));
        if (this.waiting.size === 1) this.port.hold?.(true);
        this.post({ kind: "read", request, parts }, []);
        return answer;
      }
      post(message, transfer) {
        try {
          this.port.postMessage(message, transfer);
        } catch (e) {
          this.fail(`${this.name}: could not reach the worker: ${e.message}`);
          throw new Error(this.lost);
        }
      }
      receive(reply) {
        if (reply.kind !== "read") return;
        const w = this.waiting.get(reply.request);
        if (!w) return;
        this.waiting.delete(reply.request);
        if (this.waiting.size === 0) this.port.hold?.(false);
        if (reply.error !== void 0) w.reject(new Error(reply.error));
        else w.resolve(reply.data ?? new ArrayBuffer(0));
      }
      /** The worker is gone: every waiting and later call fails with `reason`. */
      fail(reason) {
        if (this.lost) return;
        this.lost = reason.startsWith(this.name) ? reason : `${this.name} was lost: ${reason}`;
        this.queue = [];
        this.transfers = [];
        const error = new Error(this.lost);
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
        this.port.hold?.(false);
      }
      own(buffer, what) {
        if (!(buffer instanceof WorkerBuffer) || buffer.owner !== this) throw new Error(`${this.name} ${what}: buffer does not belong to ${this.name}`);
        return buffer;
      }
      live(buffer, what) {
        const b2 = this.own(buffer, what);
        if (b2.freed) throw new Error(`${this.name} ${what}: buffer #${b2.id} (${b2.byteLength} bytes) was freed`);
        return b2;
      }
    };
  }
});

// src/backend/webgpu/buffers.ts
function sizeClass2(byteLength) {
  if (byteLength <= MIN_CLASS2) return MIN_CLASS2;
  const pow2 = 2 ** Math.floor(Math.log2(byteLength - 1));
  const step = pow2 / 4;
  return Math.ceil(byteLength / step) * step;
}
var WebGPUBuffer, MIN_CLASS2, BufferPool;
var init_buffers = __esm({
  "src/backend/webgpu/buffers.ts"() {
    "use strict";
    WebGPUBuffer = class {
      constructor(byteLength, gpu, owner) {
        this.byteLength = byteLength;
        this.gpu = gpu;
        this.owner = owner;
      }
      byteLength;
      gpu;
      owner;
      freed = false;
    };
    MIN_CLASS2 = 256;
    BufferPool = class {
      constructor(device, usage, label) {
        this.device = device;
        this.usage = usage;
        this.label = label;
      }
      device;
      usage;
      label;
      free = /* @__PURE__ */ new Map();
      pending = [];
      pooledBytes = 0;
      acquire(classBytes) {
        const list = this.free.get(classBytes);
        const reused = list?.pop();
        if (reused) {
          this.pooledBytes -= classBytes;
          return reused;
        }
        return this.device.createBuffer({ size: classBytes, usage: this.usage, label: `${this.label}:${classBytes}` });
      }
      /** Reusable after the next submit. */
      releaseAfterSubmit(buffer) {
        this.pending.push(buffer);
      }
      /** Reusable now (the caller knows the GPU is done with it). */
      release(buffer) {
        const list = this.free.get(buffer.size);
        if (list) list.push(buffer);
        else this.free.set(buffer.size, [buffer]);
        this.pooledBytes += buffer.size;
      }
      /** Called right after a queue.submit. */
      onSubmitted() {
        const done = this.pending;
        this.pending = [];
        for (const b2 of done) this.release(b2);
      }
      /** Bytes sitting in the free lists. */
      idleBytes() {
        return this.pooledBytes;
      }
      destroy() {
        for (const list of this.free.values()) for (const b2 of list) b2.destroy();
        for (const b2 of this.pending) b2.destroy();
        this.free.clear();
        this.pending = [];
        this.pooledBytes = 0;
      }
    };
  }
});

// src/backend/webgpu/commands.ts
var UNIFORM_BYTES, UNIFORM_WORDS, BIND_GROUPS, Commands, Profiler;
var init_commands = __esm({
  "src/backend/webgpu/commands.ts"() {
    "use strict";
    init_late_writes();
    UNIFORM_BYTES = 256;
    UNIFORM_WORDS = UNIFORM_BYTES / 4;
    BIND_GROUPS = 4096;
    Commands = class {
      constructor(device, state, pipelines, storage, maxDispatches = 64, maxWorkgroupsPerDimension) {
        this.device = device;
        this.state = state;
        this.pipelines = pipelines;
        this.storage = storage;
        this.maxDispatches = maxDispatches;
        this.arena = device.createBuffer({
          size: UNIFORM_BYTES * maxDispatches,
          usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
          label: "uniform-arena"
        });
        this.arenaData = new Uint32Array(UNIFORM_WORDS * maxDispatches);
        this.maxPerDim = Math.min(maxWorkgroupsPerDimension ?? Infinity, device.limits.maxComputeWorkgroupsPerDimension);
      }
      device;
      state;
      pipelines;
      storage;
      maxDispatches;
      encoder = null;
      pass = null;
      arena;
      arenaData;
      slots = 0;
      /** Buffers the unsubmitted encoder touches; a write to one of them must submit first. */
      touched = /* @__PURE__ */ new Set();
      onSubmit = [];
      maxPerDim;
      submits = 0;
      dispatches = 0;
      profiler = null;
      /** Late writes not yet landed; while any is, nothing reaches the queue (the backend reads their failures). */
      late = new LateWrites(() => this.release());
      held = [];
      /**
       * Bind groups by layout and buffers (each crossing into the native API to
       * create one costs ~11 us here, most of a small op's enqueue time); the
       * uniform block is bound at a dynamic offset, so a training loop that
       * reuses pooled buffers reuses its bind groups. Oldest first out past BIND_GROUPS.
       */
      groups = /* @__PURE__ */ new Map();
      ids = /* @__PURE__ */ new WeakMap();
      nextId = 0;
      /** Run `fn` after the next submit (e.g. recycle buffers that work still reads). */
      afterSubmit(fn) {
        this.onSubmit.push(fn);
      }
      touches(buffer) {
        return this.touched.has(buffer);
      }
      dispatch(call) {
        if (call.workgroups <= 0) return;
        if (call.params.length > UNIFORM_WORDS) throw new Error(`${call.shader}: ${call.params.length} uniform words (max ${UNIFORM_WORDS})`);
        let signature = "";
        for (const b2 of call.bindings) signature += !b2 ? "-" : b2.write ? "w" : "r";
        const { pipeline, layout } = this.pipelines.get(call, signature);
        if (this.slots === this.maxDispatches) this.flush();
        const slot = this.slots++;
        this.arenaData.set(call.params, slot * UNIFORM_WORDS);
        const buffers = [];
        let key = signature;
        for (const b2 of call.bindings) {
          let buffer = b2?.buffer ?? null;
          if (b2 && buffer && !b2.write && call.bindings.some((o) => o?.write && o.buffer === buffer)) buffer = this.snapshot(buffer);
          buffers.push(buffer);
          if (buffer) {
            this.touched.add(buffer);
            key += `,${this.bufferId(buffer)}`;
          } else {
            key += ",";
          }
        }
        const bindGroup = this.bindGroup(key, layout, buffers);
        const x2 = Math.min(call.workgroups, this.maxPerDim);
        const y = Math.ceil(call.workgroups / x2);
        if (y > this.maxPerDim) throw new Error(`${this.state.name}: ${call.shader} needs ${call.workgroups} workgroups, more than ${this.maxPerDim}^2`);
        const pass = this.profiler ? this.profiledPass(call) : this.computePass();
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, bindGroup, [slot * UNIFORM_BYTES]);
        pass.dispatchWorkgroups(x2, y);
        this.dispatches++;
      }
      copy(src, srcOffset, dst, dstOffset, size) {
        if (size <= 0) return;
        const encoder = this.plainEncoder();
        encoder.copyBufferToBuffer(src, srcOffset, dst, dstOffset, size);
        this.touched.add(src);
        this.touched.add(dst);
      }
      /**
       * A write to `buffer` whose bytes arrive later, in program order: work
       * recorded so far is submitted first, and everything recorded or written
       * after it waits, unsubmitted, until the bytes land (a failed `data` writes
       * nothing; `late` keeps its error).
       */
      writeLater(buffer, data) {
        this.flush();
        const step = { kind: "write", buffer, offset: 0, data: null };
        this.held.push(step);
        this.late.track(data, (bytes) => {
          step.data = bytes;
        });
      }
      /** queue.writeBuffer while holding: after the held work, in order. */
      deferWrite(buffer, offset, data) {
        this.park();
        this.held.push({ kind: "write", buffer, offset, data });
      }
      /** Submit everything recorded so far (while holding: set it aside, in order). */
      flush() {
        if (this.late.holding) {
          this.park();
          return;
        }
        if (!this.encoder) {
          this.storage.onSubmitted();
          return;
        }
        this.pass?.end();
        this.pass = null;
        this.profiler?.resolve(this.encoder);
        if (this.slots > 0) {
          this.device.queue.writeBuffer(this.arena, 0, this.arenaData.buffer, 0, this.slots * UNIFORM_BYTES);
        }
        const commands = this.encoder.finish();
        this.encoder = null;
        this.device.queue.submit([commands]);
        this.slots = 0;
        this.touched.clear();
        this.submits++;
        this.storage.onSubmitted();
        const callbacks = this.onSubmit.splice(0);
        for (const fn of callbacks) fn();
      }
      /**
       * Starts timing every dispatch with timestamp queries (needs the
       * 'timestamp-query' feature). Profiling only: each dispatch gets its own
       * compute pass, which itself costs a little.
       */
      startProfile() {
        if (!this.device.features.has("timestamp-query")) throw new Error(`${this.state.name}: the device has no 'timestamp-query' feature`);
        this.flush();
        this.profiler = new Profiler(this.device, this.maxDispatches);
      }
      /** Stops profiling; resolves to each dispatch's label and GPU nanoseconds, in order. */
      async stopProfile() {
        const p = this.profiler;
        if (!p) return [];
        this.flush();
        this.profiler = null;
        return p.results();
      }
      destroy() {
        this.pass = null;
        this.encoder = null;
        this.held = [];
        this.groups.clear();
        this.arena.destroy();
      }
      /** Finishes the current encoder into the held list with its uniforms (the arena is written just before its submit). */
      park() {
        if (!this.encoder) return;
        this.pass?.end();
        this.pass = null;
        this.profiler?.resolve(this.encoder);
        const uniforms = this.slots > 0 ? this.arenaData.slice(0, this.slots * UNIFORM_WORDS) : null;
        this.held.push({ kind: "batch", commands: this.encoder.finish(), uniforms });
        this.encoder = null;
        this.slots = 0;
        this.touched.clear();
      }
      /** The late writes landed: everything held goes to the queue in order. */
      release() {
        const steps = this.held;
        this.held = [];
        for (const step of steps) {
          if (step.kind === "batch") {
            if (step.uniforms) this.device.queue.writeBuffer(this.arena, 0, step.uniforms);
            this.device.queue.submit([step.commands]);
            this.submits++;
          } else if (step.data) {
            this.device.queue.writeBuffer(step.buffer, step.offset, step.data);
          }
        }
        this.storage.onSubmitted();
        for (const fn of this.onSubmit.splice(0)) fn();
      }
      bufferId(buffer) {
        let id = this.ids.get(buffer);
        if (id === void 0) {
          id = this.nextId++;
          this.ids.set(buffer, id);
        }
        return id;
      }
      bindGroup(key, layout, buffers) {
        const hit = this.groups.get(key);
        if (hit) return hit;
        const entries = [{ binding: 0, resource: { buffer: this.arena, offset: 0, size: UNIFORM_BYTES } }];
        buffers.forEach((buffer, k) => {
          if (buffer) entries.push({ binding: k + 1, resource: { buffer } });
        });
        const group = this.device.createBindGroup({ layout, entries });
        if (this.groups.size >= BIND_GROUPS) this.groups.delete(this.groups.keys().next().value);
        this.groups.set(key, group);
        return group;
      }
      snapshot(buffer) {
        const tmp = this.storage.acquire(buffer.size);
        this.copy(buffer, 0, tmp, 0, buffer.size);
        this.storage.releaseAfterSubmit(tmp);
        return tmp;
      }
      plainEncoder() {
        this.pass?.end();
        this.pass = null;
        this.encoder ??= this.device.createCommandEncoder();
        return this.encoder;
      }
      profiledPass(call) {
        this.pass?.end();
        this.encoder ??= this.device.createCommandEncoder();
        this.pass = this.encoder.beginComputePass({ timestampWrites: this.profiler.next(call) });
        return this.pass;
      }
      computePass() {
        this.encoder ??= this.device.createCommandEncoder();
        this.pass ??= this.encoder.beginComputePass();
        return this.pass;
      }
    };
    Profiler = class {
      constructor(device, capacity) {
        this.device = device;
        this.capacity = capacity;
        this.querySet = device.createQuerySet({ type: "timestamp", count: 2 * capacity });
      }
      device;
      capacity;
      querySet;
      labels = [];
      batches = [];
      next(call) {
        const k = this.labels.length;
        if (k >= this.capacity) throw new Error("profiler: more dispatches than one batch holds");
        const op = call.defines?.["OP"];
        this.labels.push(`${call.shader}:${call.entry ?? "main"}${op === void 0 ? "" : ` ${String(op)}`} wg=${call.workgroups}`);
        return { querySet: this.querySet, beginningOfPassWriteIndex: 2 * k, endOfPassWriteIndex: 2 * k + 1 };
      }
      resolve(encoder) {
        const n = this.labels.length;
        if (n === 0) return;
        const U = GPUBufferUsage;
        const resolved = this.device.createBuffer({ size: 16 * n, usage: U.QUERY_RESOLVE | U.COPY_SRC });
        const buffer = this.device.createBuffer({ size: 16 * n, usage: U.MAP_READ | U.COPY_DST });
        encoder.resolveQuerySet(this.querySet, 0, 2 * n, resolved, 0);
        encoder.copyBufferToBuffer(resolved, 0, buffer, 0, 16 * n);
        this.batches.push({ labels: this.labels, buffer, resolved });
        this.labels = [];
      }
      async results() {
        const out = [];
        for (const { labels, buffer, resolved } of this.batches) {
          await buffer.mapAsync(GPUMapMode.READ);
          const t2 = new BigUint64Array(buffer.getMappedRange());
          labels.forEach((label, k) => out.push({ label, ns: Number(t2[2 * k + 1] - t2[2 * k]) }));
          buffer.destroy();
          resolved.destroy();
        }
        this.querySet.destroy();
        return out;
      }
    };
  }
});

// src/backend/webgpu/device-state.ts
var DeviceState;
var init_device_state = __esm({
  "src/backend/webgpu/device-state.ts"() {
    "use strict";
    DeviceState = class {
      constructor(name, device) {
        this.name = name;
        device.lost.then((info) => {
          if (!this.destroyed) this.lostReason = info.message || info.reason || "unknown reason";
        }, () => void 0);
        device.addEventListener("uncapturederror", (event) => {
          const err = event.error;
          this.errors.push(`${name}: ${err.message}`);
        });
      }
      name;
      lostReason;
      destroyed = false;
      errors = [];
      checks = [];
      markDestroyed() {
        this.destroyed = true;
      }
      recordError(message) {
        this.errors.push(message);
      }
      /** Track an async validation check (an error scope) to settle before the next read. */
      track(check) {
        this.checks.push(check);
      }
      /** Throws when the device is gone or an error was recorded since the last throw. */
      check() {
        if (this.destroyed) throw new Error(`${this.name} was destroyed`);
        if (this.lostReason !== void 0) throw new Error(`${this.name} lost: ${this.lostReason}`);
        if (this.errors.length > 0) {
          const errors = this.errors;
          this.errors = [];
          throw new Error(errors.join("\n"));
        }
      }
      /** Waits for pending validation checks, then `check()`. */
      async settle() {
        const checks = this.checks;
        this.checks = [];
        await Promise.all(checks);
        this.check();
      }
    };
  }
});

// src/backend/webgpu/preprocess.ts
function truthy(value) {
  if (value === void 0 || value === false) return false;
  const s = String(value).trim();
  return s !== "" && s !== "0" && s !== "false";
}
function preprocess(name, options) {
  const defines2 = new Map(Object.entries(options.defines ?? {}));
  const included = /* @__PURE__ */ new Set();
  const out = [];
  const expand2 = (file, chain) => {
    const src = options.sources[file];
    if (src === void 0) {
      const from = chain.length > 0 ? ` (included from "${chain[chain.length - 1]}")` : "";
      throw new Error(`shader "${file}" not found${from}`);
    }
    included.add(file);
    const lines = src.split("\n");
    run2(file, chain, lines, 0, lines.length);
  };
  const run2 = (file, chain, lines, from, to) => {
    const stack2 = [];
    const active = () => stack2.length === 0 || stack2[stack2.length - 1].active;
    for (let lineNo = from; lineNo < to; lineNo++) {
      const line = lines[lineNo];
      const where3 = `${file}.wgsl:${lineNo + 1}`;
      const m = DIRECTIVE.exec(line);
      if (!m) {
        if (active()) out.push(substitute(line, defines2, where3));
        continue;
      }
      const [, kind, rest] = m;
      const arg = rest.replace(/\/\/.*$/, "").trim();
      if (kind === "for") {
        const end = matchingEndfor(lines, lineNo, to, where3);
        if (active()) {
          const fm = /^([A-Za-z_][A-Za-z0-9_]*)\s+in\s+(\w+)\s*\.\.\s*(\w+)$/.exec(arg);
          if (!fm) throw new Error(`${where3}: bad #for "${arg}" (want NAME in FIRST..END)`);
          const [, key, lo, hi] = fm;
          const saved = defines2.get(key);
          for (let v = bound(lo, defines2, where3); v < bound(hi, defines2, where3); v++) {
            defines2.set(key, v);
            run2(file, chain, lines, lineNo + 1, end);
          }
          if (saved === void 0) defines2.delete(key);
          else defines2.set(key, saved);
        }
        lineNo = end;
      } else if (kind === "endfor") {
        throw new Error(`${where3}: #endfor without #for`);
      } else if (kind === "if") {
        const parent = active();
        const test = parent ? substitute(arg, defines2, where3) : arg;
        const negate = test.startsWith("!");
        const key = negate ? test.slice(1).trim() : test;
        if (parent && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`${where3}: bad #if condition "${arg}"`);
        const cond = truthy(defines2.get(key)) !== negate;
        stack2.push({ active: parent && cond, parentActive: parent, sawElse: false });
      } else if (kind === "else") {
        const top = stack2[stack2.length - 1];
        if (!top || top.sawElse) throw new Error(`${where3}: #else without #if`);
        top.sawElse = true;
        top.active = top.parentActive && !top.active;
      } else if (kind === "endif") {
        if (!stack2.pop()) throw new Error(`${where3}: #endif without #if`);
      } else if (!active()) {
        continue;
      } else if (kind === "define") {
        const dm = /^([A-Za-z_][A-Za-z0-9_]*)\s*(.*)$/.exec(arg);
        if (!dm) throw new Error(`${where3}: bad #define "${arg}"`);
        if (!Object.hasOwn(options.defines ?? {}, dm[1])) defines2.set(dm[1], dm[2]);
      } else {
        const im = /^"([^"]+)"$/.exec(arg);
        if (!im) throw new Error(`${where3}: bad #include ${arg}`);
        const target = im[1];
        if (chain.includes(target)) throw new Error(`${where3}: #include cycle through "${target}"`);
        if (!included.has(target)) expand2(target, [...chain, file]);
      }
    }
    if (stack2.length > 0) throw new Error(`${file}.wgsl: missing #endif`);
  };
  expand2(name, []);
  return out.join("\n");
}
function substitute(line, defines2, where3) {
  return line.replace(SLOT, (_all, key) => {
    const value = defines2.get(key);
    if (value === void 0) throw new Error(`${where3}: no value for {{${key}}}`);
    return String(value);
  });
}
function matchingEndfor(lines, at, to, where3) {
  let depth = 0;
  for (let i = at + 1; i < to; i++) {
    const kind = DIRECTIVE.exec(lines[i])?.[1];
    if (kind === "for") depth++;
    else if (kind === "endfor" && depth-- === 0) return i;
  }
  throw new Error(`${where3}: #for without #endfor`);
}
function bound(token, defines2, where3) {
  const value = /^\d+$/.test(token) ? token : defines2.get(token);
  const n = Number(value);
  if (value === void 0 || typeof value === "boolean" || !Number.isInteger(n)) throw new Error(`${where3}: #for bound "${token}" is not an integer or a define holding one`);
  return n;
}
var DIRECTIVE, SLOT;
var init_preprocess = __esm({
  "src/backend/webgpu/preprocess.ts"() {
    "use strict";
    DIRECTIVE = /^\s*#(include|define|if|else|endif|for|endfor)\b\s*(.*)$/;
    SLOT = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
  }
});

// src/backend/webgpu/pipelines.ts
function cacheKey(k) {
  let key = `${k.shader}#${k.entry ?? "main"}`;
  const defines2 = k.defines;
  if (!defines2) return key;
  const names = Object.keys(defines2).sort();
  for (const name of names) key += `\0${name}=${typeof defines2[name]}:${String(defines2[name])}`;
  return key;
}
var PipelineCache;
var init_pipelines = __esm({
  "src/backend/webgpu/pipelines.ts"() {
    "use strict";
    init_preprocess();
    PipelineCache = class {
      constructor(device, state, sources) {
        this.device = device;
        this.state = state;
        this.sources = sources;
      }
      device;
      state;
      sources;
      cache = /* @__PURE__ */ new Map();
      layouts = /* @__PURE__ */ new Map();
      get(k, signature) {
        const key = `${cacheKey(k)}\0${signature}`;
        const hit = this.cache.get(key);
        if (hit) return hit;
        const entry = k.entry ?? "main";
        const layout = this.layout(signature);
        const code = preprocess(k.shader, { sources: this.sources, defines: k.defines });
        this.device.pushErrorScope("validation");
        const module = this.device.createShaderModule({ code, label: k.shader });
        const pipeline = this.device.createComputePipeline({
          layout: layout.pipeline,
          compute: { module, entryPoint: entry },
          label: `${k.shader}:${entry}`
        });
        const defs = JSON.stringify(k.defines ?? {});
        this.state.track(
          this.device.popErrorScope().then((err) => {
            if (err) this.state.recordError(`${this.state.name}: shader "${k.shader}" (entry ${entry}, defines ${defs}, bindings ${signature}) failed: ${err.message}`);
          })
        );
        const cached = { pipeline, layout: layout.group };
        this.cache.set(key, cached);
        return cached;
      }
      get size() {
        return this.cache.size;
      }
      layout(signature) {
        let layout = this.layouts.get(signature);
        if (layout) return layout;
        const entries = [
          { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: "uniform", hasDynamicOffset: true } }
        ];
        [...signature].forEach((c, k) => {
          if (c !== "-") entries.push({ binding: k + 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: c === "w" ? "storage" : "read-only-storage" } });
        });
        const group = this.device.createBindGroupLayout({ entries, label: `bindings ${signature}` });
        layout = { group, pipeline: this.device.createPipelineLayout({ bindGroupLayouts: [group] }) };
        this.layouts.set(signature, layout);
        return layout;
      }
    };
  }
});

// src/backend/webgpu/shaders.gen.ts
var SHADER_SOURCES;
var init_shaders_gen = __esm({
  "src/backend/webgpu/shaders.gen.ts"() {
    "use strict";
    SHADER_SOURCES = {
      "attention": "// Fused scaled dot-product attention (flash-attention style) over contiguous\n// q [B, L, E], k [B, S, E], v [B, S, EV]; B is batch * heads.\n// Keys (or queries) stream through workgroup memory in tiles of TILE rows and\n// each thread owns one row, so memory never grows with L * S:\n// - FWD:   one thread per query row; online softmax (running max m, running\n//          denominator, rescaled accumulator); writes out and lse = m + log(den).\n// - DELTA: one thread per query row; stats = [m | lg | delta = dout.out] with\n//          lse = m + lg, so the next two passes bind one buffer for all three\n//          (with BIAS they would otherwise need 9 storage buffers; the default\n//          limit is 8).\n// - DQ:    one thread per query row; recomputes p = exp((q.k * scale - m) - lg),\n//          ds = p * (dout.v - delta) * scale, dq = sum ds k.\n// - DKDV:  one thread per key row; streams query tiles (q, dout, stats);\n//          dv = sum p dout, dk = sum ds q.\n// `causal` keeps keys s <= l. E, EV, TILE, WG are template slots; exactly one\n// of FWD / DELTA / DQ / DKDV is defined, since the passes bind different buffers.\n// BIAS adds bias[b, l, s] to the scaled scores: a strided view whose batch\n// dims (bias_shape / bias_strides, stride 0 where broadcast) unravel b, so a\n// [N, 1, 1, S] padding mask is read in place. A -inf bias masks the pair out:\n// the pair is skipped, and a row with every key masked gets out = 0 and no\n// gradient, like the composed op. With BIAS, lse holds (m, log den) per row:\n// NOTE: a bias of -1e9 or finfo.min on every key of a row makes m so large\n// that m + log(den) rounds to m, and p = exp(score - lse) would come out 1\n// instead of 1 / S; subtracting m first keeps it exact. A fully masked row\n// stores m = +inf, lg = 0.\n#include \"common\"\n\nstruct Params {\n  B: u32,\n  L: u32,\n  S: u32,\n  causal: u32,\n  q_off: u32,\n  k_off: u32,\n  v_off: u32,\n  o_off: u32,\n  g_off: u32,\n  lse_off: u32,\n  blocks: u32,\n  scale: f32,\n  bias_off: u32,\n  bias_sl: u32,\n  bias_ss: u32,\n  bias_rank: u32,\n  bias_shape: array<vec4<u32>, 2>,\n  bias_strides: array<vec4<u32>, 2>,\n}\n\n@group(0) @binding(0) var<uniform> P: Params;\n\n#if FWD\n@group(0) @binding(1) var<storage, read_write> out: array<u32>;\n@group(0) @binding(2) var<storage, read_write> lse_out: array<u32>;\n#endif\n#if DELTA\n@group(0) @binding(1) var<storage, read_write> stats_out: array<u32>;\n#endif\n#if DQ\n@group(0) @binding(1) var<storage, read_write> dq: array<u32>;\n#endif\n#if DKDV\n@group(0) @binding(1) var<storage, read_write> dk: array<u32>;\n@group(0) @binding(2) var<storage, read_write> dv: array<u32>;\n#endif\n#if !DELTA\n@group(0) @binding(3) var<storage, read> q: array<u32>;\n@group(0) @binding(4) var<storage, read> k: array<u32>;\n@group(0) @binding(5) var<storage, read> v: array<u32>;\n#endif\n#if !FWD\n@group(0) @binding(6) var<storage, read> g: array<u32>;\n#endif\n#if DELTA\n@group(0) @binding(7) var<storage, read> o: array<u32>;\n@group(0) @binding(8) var<storage, read> lse: array<u32>;\n#else\n#if !FWD\n@group(0) @binding(7) var<storage, read> stats: array<u32>;\n#endif\n#endif\n#if BIAS\n@group(0) @binding(9) var<storage, read> bias: array<u32>;\n\n// NOTE: test the bits: compilers may assume floats are never infinite.\nconst NEG_INF_BITS: u32 = 0xff800000u;\n\n// Element offset of batch b's [L, S] bias plane: b unravelled over the bias's batch dims.\nfn bias_base(b: u32) -> u32 {\n  var rem = b;\n  var off = P.bias_off;\n  for (var d = P.bias_rank; d > 0u; d--) {\n    let i = (d - 1u) / 4u;\n    let r = (d - 1u) % 4u;\n    let size = P.bias_shape[i][r];\n    off += (rem % size) * P.bias_strides[i][r];\n    rem = rem / size;\n  }\n  return off;\n}\n#endif\n\n// The running max starts at the lowest finite float: exp(start - m) is exactly\n// 0, never NaN, and a row of scores at that value (a mask of finfo.min, as\n// Hugging Face writes) still gets uniform weights, as in the composed op.\nconst NEG_BIG: f32 = -3.4028234663852886e38;\n\n#if FWD\nvar<workgroup> kt: array<f32, {{TILE_E}}>;\nvar<workgroup> vt: array<f32, {{TILE_EV}}>;\n\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) lid: u32) {\n  let wg = linear_workgroup(wid, nwg);\n  if (wg >= P.B * P.blocks) { return; }\n  let b = wg / P.blocks;\n  let row0 = (wg % P.blocks) * {{WG}}u;\n  let l = row0 + lid;\n  let live = l < P.L;\n  var qr: array<f32, {{E}}>;\n  var acc: array<f32, {{EV}}>;\n  if (live) {\n    let base = P.q_off + (b * P.L + l) * {{E}}u;\n    for (var d = 0u; d < {{E}}u; d++) { qr[d] = bitcast<f32>(q[base + d]); }\n  }\n  var m = NEG_BIG;\n  var den = 0.0;\n#if BIAS\n  let bb = bias_base(b) + l * P.bias_sl;\n#endif\n  // Keys any row of this workgroup can see (uniform, so the barriers below are too).\n  var kend = P.S;\n  if (P.causal != 0u) { kend = min(P.S, row0 + {{WG}}u); }\n  for (var t0 = 0u; t0 < kend; t0 += {{TILE}}u) {\n    let tn = min({{TILE}}u, kend - t0);\n    let kb = P.k_off + (b * P.S + t0) * {{E}}u;\n    let vb = P.v_off + (b * P.S + t0) * {{EV}}u;\n    for (var i = lid; i < tn * {{E}}u; i += {{WG}}u) { kt[i] = bitcast<f32>(k[kb + i]); }\n    for (var i = lid; i < tn * {{EV}}u; i += {{WG}}u) { vt[i] = bitcast<f32>(v[vb + i]); }\n    workgroupBarrier();\n    if (live) {\n      var lim = tn;\n      if (P.causal != 0u) { lim = min(tn, l + 1u - min(l + 1u, t0)); }\n      for (var j = 0u; j < lim; j++) {\n#if BIAS\n        let bw = bias[bb + (t0 + j) * P.bias_ss];\n        if (bw == NEG_INF_BITS) { continue; }\n#endif\n        var sc = 0.0;\n        for (var d = 0u; d < {{E}}u; d++) { sc += qr[d] * kt[j * {{E}}u + d]; }\n        sc *= P.scale;\n#if BIAS\n        sc += bitcast<f32>(bw);\n#endif\n        let mNew = max(m, sc);\n        let corr = exp(m - mNew);\n        let p = exp(sc - mNew);\n        den = den * corr + p;\n        for (var d = 0u; d < {{EV}}u; d++) { acc[d] = acc[d] * corr + p * vt[j * {{EV}}u + d]; }\n        m = mNew;\n      }\n    }\n    workgroupBarrier();\n  }\n  if (live) {\n    // den is 0 only when a bias masked every key of the row.\n    let seen = den > 0.0;\n    let ob = (b * P.L + l) * {{EV}}u;\n    for (var d = 0u; d < {{EV}}u; d++) { out[ob + d] = bitcast<u32>(select(0.0, acc[d] / den, seen)); }\n#if BIAS\n    lse_out[2u * (b * P.L + l)] = bitcast<u32>(select(f32_inf(), m, seen));\n    lse_out[2u * (b * P.L + l) + 1u] = bitcast<u32>(select(0.0, log(den), seen));\n#else\n    lse_out[b * P.L + l] = bitcast<u32>(m + log(den));\n#endif\n  }\n}\n#endif\n\n#if DELTA\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) lid: u32) {\n  let rows = P.B * P.L;\n  let t = linear_workgroup(wid, nwg) * {{WG}}u + lid;\n  if (t >= rows) { return; }\n  let gb = P.g_off + t * {{EV}}u;\n  let ob = P.o_off + t * {{EV}}u;\n  var dl = 0.0;\n  for (var d = 0u; d < {{EV}}u; d++) { dl += bitcast<f32>(g[gb + d]) * bitcast<f32>(o[ob + d]); }\n#if BIAS\n  stats_out[t] = lse[P.lse_off + 2u * t];\n  stats_out[rows + t] = lse[P.lse_off + 2u * t + 1u];\n#else\n  stats_out[t] = lse[P.lse_off + t];\n  stats_out[rows + t] = 0u;\n#endif\n  stats_out[2u * rows + t] = bitcast<u32>(dl);\n}\n#endif\n\n#if DQ\nvar<workgroup> kt: array<f32, {{TILE_E}}>;\nvar<workgroup> vt: array<f32, {{TILE_EV}}>;\n\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) lid: u32) {\n  let wg = linear_workgroup(wid, nwg);\n  if (wg >= P.B * P.blocks) { return; }\n  let b = wg / P.blocks;\n  let row0 = (wg % P.blocks) * {{WG}}u;\n  let l = row0 + lid;\n  let live = l < P.L;\n  var qr: array<f32, {{E}}>;\n  var gr: array<f32, {{EV}}>;\n  var acc: array<f32, {{E}}>;\n  var dl = 0.0;\n  var rowM = 0.0;\n  var rowLg = 0.0;\n  if (live) {\n    let qb = P.q_off + (b * P.L + l) * {{E}}u;\n    for (var d = 0u; d < {{E}}u; d++) { qr[d] = bitcast<f32>(q[qb + d]); }\n    let gb = P.g_off + (b * P.L + l) * {{EV}}u;\n    for (var d = 0u; d < {{EV}}u; d++) { gr[d] = bitcast<f32>(g[gb + d]); }\n    let rows = P.B * P.L;\n    rowM = bitcast<f32>(stats[b * P.L + l]);\n    rowLg = bitcast<f32>(stats[rows + b * P.L + l]);\n    dl = bitcast<f32>(stats[2u * rows + b * P.L + l]);\n  }\n#if BIAS\n  let bb = bias_base(b) + l * P.bias_sl;\n#endif\n  var kend = P.S;\n  if (P.causal != 0u) { kend = min(P.S, row0 + {{WG}}u); }\n  for (var t0 = 0u; t0 < kend; t0 += {{TILE}}u) {\n    let tn = min({{TILE}}u, kend - t0);\n    let kb = P.k_off + (b * P.S + t0) * {{E}}u;\n    let vb = P.v_off + (b * P.S + t0) * {{EV}}u;\n    for (var i = lid; i < tn * {{E}}u; i += {{WG}}u) { kt[i] = bitcast<f32>(k[kb + i]); }\n    for (var i = lid; i < tn * {{EV}}u; i += {{WG}}u) { vt[i] = bitcast<f32>(v[vb + i]); }\n    workgroupBarrier();\n    if (live) {\n      var lim = tn;\n      if (P.causal != 0u) { lim = min(tn, l + 1u - min(l + 1u, t0)); }\n      for (var j = 0u; j < lim; j++) {\n#if BIAS\n        let bw = bias[bb + (t0 + j) * P.bias_ss];\n        if (bw == NEG_INF_BITS) { continue; }\n#endif\n        var sc = 0.0;\n        for (var d = 0u; d < {{E}}u; d++) { sc += qr[d] * kt[j * {{E}}u + d]; }\n        sc *= P.scale;\n#if BIAS\n        sc += bitcast<f32>(bw);\n#endif\n        let p = exp((sc - rowM) - rowLg);\n        var dp = 0.0;\n        for (var d = 0u; d < {{EV}}u; d++) { dp += gr[d] * vt[j * {{EV}}u + d]; }\n        let ds = p * (dp - dl) * P.scale;\n        for (var d = 0u; d < {{E}}u; d++) { acc[d] += ds * kt[j * {{E}}u + d]; }\n      }\n    }\n    workgroupBarrier();\n  }\n  if (live) {\n    let qb = (b * P.L + l) * {{E}}u;\n    for (var d = 0u; d < {{E}}u; d++) { dq[qb + d] = bitcast<u32>(acc[d]); }\n  }\n}\n#endif\n\n#if DKDV\nvar<workgroup> qt: array<f32, {{TILE_E}}>;\nvar<workgroup> gt: array<f32, {{TILE_EV}}>;\nvar<workgroup> mt: array<f32, {{TILE}}>;\nvar<workgroup> lgt: array<f32, {{TILE}}>;\nvar<workgroup> dlt: array<f32, {{TILE}}>;\n\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) lid: u32) {\n  let wg = linear_workgroup(wid, nwg);\n  if (wg >= P.B * P.blocks) { return; }\n  let b = wg / P.blocks;\n  let row0 = (wg % P.blocks) * {{WG}}u;\n  let s = row0 + lid;\n  let live = s < P.S;\n  var kr: array<f32, {{E}}>;\n  var vr: array<f32, {{EV}}>;\n  var dka: array<f32, {{E}}>;\n  var dva: array<f32, {{EV}}>;\n  if (live) {\n    let kb = P.k_off + (b * P.S + s) * {{E}}u;\n    for (var d = 0u; d < {{E}}u; d++) { kr[d] = bitcast<f32>(k[kb + d]); }\n    let vb = P.v_off + (b * P.S + s) * {{EV}}u;\n    for (var d = 0u; d < {{EV}}u; d++) { vr[d] = bitcast<f32>(v[vb + d]); }\n  }\n#if BIAS\n  let bb = bias_base(b) + s * P.bias_ss;\n#endif\n  // Causal: queries l < row0 see none of this workgroup's keys (uniform start).\n  var lstart = 0u;\n  if (P.causal != 0u) { lstart = min(row0, P.L); }\n  for (var t0 = lstart; t0 < P.L; t0 += {{TILE}}u) {\n    let tn = min({{TILE}}u, P.L - t0);\n    let qb = P.q_off + (b * P.L + t0) * {{E}}u;\n    let gb = P.g_off + (b * P.L + t0) * {{EV}}u;\n    for (var i = lid; i < tn * {{E}}u; i += {{WG}}u) { qt[i] = bitcast<f32>(q[qb + i]); }\n    for (var i = lid; i < tn * {{EV}}u; i += {{WG}}u) { gt[i] = bitcast<f32>(g[gb + i]); }\n    for (var i = lid; i < tn; i += {{WG}}u) {\n      let row = b * P.L + t0 + i;\n      mt[i] = bitcast<f32>(stats[row]);\n      lgt[i] = bitcast<f32>(stats[P.B * P.L + row]);\n      dlt[i] = bitcast<f32>(stats[2u * P.B * P.L + row]);\n    }\n    workgroupBarrier();\n    if (live) {\n      for (var j = 0u; j < tn; j++) {\n        if (P.causal != 0u && t0 + j < s) { continue; }\n#if BIAS\n        let bw = bias[bb + (t0 + j) * P.bias_sl];\n        if (bw == NEG_INF_BITS) { continue; }\n#endif\n        var sc = 0.0;\n        for (var d = 0u; d < {{E}}u; d++) { sc += qt[j * {{E}}u + d] * kr[d]; }\n        sc *= P.scale;\n#if BIAS\n        sc += bitcast<f32>(bw);\n#endif\n        let p = exp((sc - mt[j]) - lgt[j]);\n        var dp = 0.0;\n        for (var d = 0u; d < {{EV}}u; d++) {\n          dva[d] += p * gt[j * {{EV}}u + d];\n          dp += gt[j * {{EV}}u + d] * vr[d];\n        }\n        let ds = p * (dp - dlt[j]) * P.scale;\n        for (var d = 0u; d < {{E}}u; d++) { dka[d] += ds * qt[j * {{E}}u + d]; }\n      }\n    }\n    workgroupBarrier();\n  }\n  if (live) {\n    let kb = (b * P.S + s) * {{E}}u;\n    for (var d = 0u; d < {{E}}u; d++) { dk[kb + d] = bitcast<u32>(dka[d]); }\n    let vb = (b * P.S + s) * {{EV}}u;\n    for (var d = 0u; d < {{EV}}u; d++) { dv[vb + d] = bitcast<u32>(dva[d]); }\n  }\n}\n#endif\n",
      "common": "// Shared helpers. Every storage buffer is array<u32>: float32 / int32 / bool\n// words are bitcast on load and store, so one declaration serves every dtype.\n\n// Dispatches larger than 65535 workgroups are folded into a 2-D grid by the\n// host; kernels rebuild the linear workgroup id and skip the padding ones.\nfn linear_workgroup(wid: vec3<u32>, nwg: vec3<u32>) -> u32 {\n  return wid.x + wid.y * nwg.x;\n}\n\n// NOTE: `x != x` may be folded away by compilers that assume no NaNs; test the bits.\nfn is_nan_f32(x: f32) -> bool {\n  return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;\n}\n\nfn is_nan_i32(x: i32) -> bool {\n  return false;\n}\n\n// NOTE: a constant bitcast to inf is a shader-creation error; go through a var.\nfn f32_inf() -> f32 {\n  var bits = 0x7f800000u;\n  return bitcast<f32>(bits);\n}\n\nfn f32_nan() -> f32 {\n  var bits = 0x7fc00000u;\n  return bitcast<f32>(bits);\n}\n",
      "conv": `// im2col: cols[n, (c*kh + i)*kw + j, oy*ow + ox] = x[n, c, oy*sh - ph + i*dh, ox*sw - pw + j*dw] (0 outside).
// col2im: its adjoint, gather-style: each pixel sums the cols entries that read it (no atomics).
#include "common"
#include "geometry"

@group(0) @binding(0) var<uniform> R: Run;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> src: array<f32>;

// NOTE: one thread per output row (im2col) or input row (col2im) rather than
// per element: on CPU emulators (SwiftShader) the per-invocation cost, not the
// arithmetic, dominates such copies, and the row's index math is done once.
@compute @workgroup_size({{WG}})
fn im2col(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
          @builtin(local_invocation_index) li: u32) {
  // t = (n * C * KK + row) * outH + oy; R.total = N * C * KK * outH.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let KK = u32(G.kernelH * G.kernelW);
  let oy = i32(t % u32(G.outH));
  let row = (t / u32(G.outH)) % (G.channels * KK);
  let n = t / (u32(G.outH) * G.channels * KK);
  let c = row / KK;
  let ki = i32((row % KK) / u32(G.kernelW));
  let kj = i32(row % u32(G.kernelW));
  let y = oy * G.strideH - G.padH + ki * G.dilationH;
  let outBase = t * u32(G.outW);
  if (y < 0 || y >= G.height) {
    for (var ox = 0u; ox < u32(G.outW); ox++) { out[outBase + ox] = 0.0; }
    return;
  }
  let srcRow = R.off0 + ((n * G.channels + c) * u32(G.height) + u32(y)) * u32(G.width);
  for (var ox = 0; ox < G.outW; ox++) {
    let x = ox * G.strideW - G.padW + kj * G.dilationW;
    var v = 0.0;
    if (x >= 0 && x < G.width) { v = src[srcRow + u32(x)]; }
    out[outBase + u32(ox)] = v;
  }
}

@compute @workgroup_size({{WG}})
fn col2im(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
          @builtin(local_invocation_index) li: u32) {
  // t = (n * C + c) * H + y; R.total = N * C * H.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let y = i32(t % u32(G.height));
  let nc = t / u32(G.height);
  let c = nc % G.channels;
  let n = nc / G.channels;
  let L = u32(G.outH * G.outW);
  let KK = u32(G.kernelH * G.kernelW);
  let base = R.off0 + (n * G.channels * KK + c * KK) * L;
  let outRow = t * u32(G.width);
  for (var x = 0; x < G.width; x++) {
    var acc = 0.0;
    for (var ki = 0; ki < G.kernelH; ki++) {
      let oy = window_origin(y, ki, G.padH, G.dilationH, G.strideH, G.outH);
      if (oy < 0) { continue; }
      for (var kj = 0; kj < G.kernelW; kj++) {
        let ox = window_origin(x, kj, G.padW, G.dilationW, G.strideW, G.outW);
        if (ox < 0) { continue; }
        acc += src[base + u32(ki * G.kernelW + kj) * L + u32(oy * G.outW + ox)];
      }
    }
    out[outRow + u32(x)] = acc;
  }
}
`,
      "elementwise": '// out[i] = OP(x0, x1, x2) over rank-RANK strided inputs (broadcast = stride 0).\n// Used for copy (OP converts dtype), unary, binary, where and clamp.\n// Each input xK is a buffer (XK_BUF) or a scalar passed as bits in the uniform.\n//   slots: WG, X0/X1/X2 (input K\'s value from its word rK), OP (typed result), STORE (result -> u32 as `v`),\n//          WORD (u32, or vec4<u32> with VEC4), INDEX (strided and VEC4 cases: the unrolled per-dim\n//          index arithmetic, generated by the host), PER (strided case: elements per thread),\n//          LAST (the innermost dim\'s uniform subscript)\n//   flags: XK_BUF (input K is a buffer), XK_VEC (VEC4: read as vec4 words), CONTIG, VEC4, FASTDIV\n// NOTE: the strided index math is unrolled on the host (constant uniform\n// subscripts) and divides through `divmod`: on CPU emulators (SwiftShader) an\n// integer division by a uniform is a scalar division per lane and a dynamic\n// uniform subscript a gather, which made broadcast ops ~20x slower than contiguous ones.\n#include "common"\n#include "math"\n\nstruct Params {\n  n: u32,\n  s0: u32,\n  s1: u32,\n  s2: u32,\n  off: vec4<u32>,\n  shape: array<vec4<u32>, 2>,\n  st0: array<vec4<u32>, 2>,\n  st1: array<vec4<u32>, 2>,\n  st2: array<vec4<u32>, 2>,\n  inv: array<vec4<f32>, 2>,   // 1 / shape, for divmod\n}\n\n@group(0) @binding(0) var<uniform> P: Params;\n#if VEC4\n@group(0) @binding(1) var<storage, read_write> out: array<vec4<u32>>;\n#else\n@group(0) @binding(1) var<storage, read_write> out: array<u32>;\n#endif\n#if X0_BUF\n#if X0_VEC\n@group(0) @binding(2) var<storage, read> buf0: array<vec4<u32>>;\n#else\n@group(0) @binding(2) var<storage, read> buf0: array<u32>;\n#endif\n#endif\n#if X1_BUF\n#if X1_VEC\n@group(0) @binding(3) var<storage, read> buf1: array<vec4<u32>>;\n#else\n@group(0) @binding(3) var<storage, read> buf1: array<u32>;\n#endif\n#endif\n#if X2_BUF\n#if X2_VEC\n@group(0) @binding(4) var<storage, read> buf2: array<vec4<u32>>;\n#else\n@group(0) @binding(4) var<storage, read> buf2: array<u32>;\n#endif\n#endif\n\n// The word(s) of input K at element index i: one u32, or (VEC4) the vec4 of\n// elements i..i+3, read as one vector (XK_VEC) or one word repeated (an input\n// broadcast along the innermost dim, or a scalar).\n#for K in 0..3\nfn raw{{K}}(i: u32) -> {{WORD}} {\n#if X{{K}}_VEC\n  return buf{{K}}[i >> 2u];\n#else\n#if X{{K}}_BUF\n  return {{WORD}}(buf{{K}}[i]);\n#else\n  return {{WORD}}(P.s{{K}});\n#endif\n#endif\n}\n#endfor\n\n// (n / d, n % d). FASTDIV (every index below 2^24): a float reciprocal\n// estimate, off by at most one, then corrected.\nfn divmod(n: u32, d: u32, inv: f32) -> vec2<u32> {\n#if FASTDIV\n  var q = u32(f32(n) * inv);\n  var r = i32(n) - i32(q * d);\n  if (r < 0) {\n    q -= 1u;\n    r += i32(d);\n  } else if (r >= i32(d)) {\n    q += 1u;\n    r -= i32(d);\n  }\n  return vec2<u32>(q, u32(r));\n#else\n  return vec2<u32>(n / d, n % d);\n#endif\n}\n\n// One output word from the input words.\nfn word(r0: u32, r1: u32, r2: u32) -> u32 {\n  let x0 = {{X0}};\n  let x1 = {{X1}};\n  let x2 = {{X2}};\n  let v = {{OP}};\n  return {{STORE}};\n}\n\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) lid: u32) {\n  let t = linear_workgroup(wid, nwg) * {{WG}}u + lid;\n#if VEC4\n  // Four consecutive elements along the innermost dim (its size is a multiple\n  // of 4), each input read as one vec4: on CPU emulators (SwiftShader) a\n  // vector load per lane runs ~2x faster than four word loads.\n  let i = t * 4u;\n  if (i >= P.n) { return; }\n  var i0 = P.off.x;\n  var i1 = P.off.y;\n  var i2 = P.off.z;\n  var rem = i;\n  {{INDEX}}\n  let a = raw0(i0);\n  let b = raw1(i1);\n  let c = raw2(i2);\n  out[t] = vec4<u32>(word(a.x, b.x, c.x), word(a.y, b.y, c.y), word(a.z, b.z, c.z), word(a.w, b.w, c.w));\n#else\n#if CONTIG\n  // Every input is contiguous or a scalar: stride 1 or 0 on the single dim.\n  // NOTE: 4 consecutive elements per thread: on CPU emulators (SwiftShader)\n  // the per-invocation cost dominates a one-element kernel.\n  for (var i = t * 4u; i < min(t * 4u + 4u, P.n); i++) {\n    out[i] = word(raw0(P.off.x + i * P.st0[0].x), raw1(P.off.y + i * P.st1[0].x), raw2(P.off.z + i * P.st2[0].x));\n  }\n#else\n  // PER consecutive elements along the innermost dim (its size is a multiple\n  // of PER): the index arithmetic runs once for them.\n  let i = t * {{PER}}u;\n  if (i >= P.n) { return; }\n  var i0 = P.off.x;\n  var i1 = P.off.y;\n  var i2 = P.off.z;\n  var rem = i;\n  {{INDEX}}\n  for (var j = 0u; j < {{PER}}u; j++) {\n    out[i + j] = word(raw0(i0 + j * P.st0{{LAST}}), raw1(i1 + j * P.st1{{LAST}}), raw2(i2 + j * P.st2{{LAST}}));\n  }\n#endif\n#endif\n}\n',
      "geometry": "// Conv2dGeometry / Pool2dGeometry (batch aside) as compile-time constants, and\n// the per-call values (input offsets, thread count) as a uniform.\n// NOTE: constants because every / and % by a geometry field then compiles to\n// multiplies and shifts; by a uniform, CPU emulators such as SwiftShader run a\n// scalar integer division per lane, which made these kernels 10-20x slower.\n// A layer's geometry is fixed, so this adds one pipeline per layer shape.\nstruct Geom {\n  channels: u32,\n  height: i32,\n  width: i32,\n  kernelH: i32,\n  kernelW: i32,\n  strideH: i32,\n  strideW: i32,\n  padH: i32,\n  padW: i32,\n  dilationH: i32,\n  dilationW: i32,\n  outH: i32,\n  outW: i32,\n  flag: u32,   // avg pooling: countIncludePad\n}\n\nconst G = Geom({{GEOM}});\n\nstruct Run {\n  off0: u32,\n  off1: u32,\n  total: u32,\n  _pad: u32,\n}\n\n// The output coordinate whose window tap `k` lands on input row `h`, or -1.\nfn window_origin(h: i32, k: i32, pad: i32, dilation: i32, stride: i32, outSize: i32) -> i32 {\n  let t = h + pad - k * dilation;\n  if (t < 0 || t % stride != 0) { return -1; }\n  let o = t / stride;\n  return select(-1, o, o < outSize);\n}\n",
      "index": "// Gathers copy 32-bit words, so one kernel serves every dtype.\n// Negative indices wrap once (PyTorch's -1 = last); range checks are the op layer's.\n#include \"common\"\n\nstruct Params {\n  total: u32,\n  n: u32,      // size of the indexed dim of `a`\n  inner: u32,  // index_select: inner block; gather: unused\n  m: u32,      // index_select: index length; gather: the dim\n  aOff: u32,\n  idxOff: u32,\n  rank: u32,\n  _pad: u32,\n  shape: array<vec4<u32>, 2>,    // gather: index (= out) shape\n  aStride: array<vec4<u32>, 2>,  // gather: strides of contiguous `a`\n}\n\n@group(0) @binding(0) var<uniform> P: Params;\n@group(0) @binding(1) var<storage, read_write> out: array<u32>;\n@group(0) @binding(2) var<storage, read> a: array<u32>;\n@group(0) @binding(3) var<storage, read> index: array<i32>;\n\nfn wrap(j: i32, n: u32) -> u32 {\n  return u32(select(j, j + i32(n), j < 0));\n}\n\n@compute @workgroup_size({{WG}})\nfn index_select(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n                @builtin(local_invocation_index) li: u32) {\n  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;\n  if (t >= P.total) { return; }\n  let i = t % P.inner;\n  let j = (t / P.inner) % P.m;\n  let o = t / (P.inner * P.m);\n  let row = wrap(index[P.idxOff + j], P.n);\n  out[t] = a[P.aOff + (o * P.n + row) * P.inner + i];\n}\n\n@compute @workgroup_size({{WG}})\nfn gather(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n          @builtin(local_invocation_index) li: u32) {\n  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;\n  if (t >= P.total) { return; }\n  let row = wrap(index[P.idxOff + t], P.n);\n  var rem = t;\n  var src = P.aOff;\n  for (var d = P.rank; d > 0u; d--) {\n    let q = (d - 1u) / 4u;\n    let r = (d - 1u) % 4u;\n    let size = P.shape[q][r];\n    var c = rem % size;\n    rem = rem / size;\n    if (d - 1u == P.m) { c = row; }\n    src += c * P.aStride[q][r];\n  }\n  out[t] = a[src];\n}\n",
      "math": "// Float functions WGSL lacks or leaves implementation-defined at the edges.\n\n// erf with |error| < 2e-7 (Numerical Recipes' erfc Chebyshev fit, fractional\n// error < 1.2e-7); Abramowitz-Stegun 7.1.26 (1.5e-7 in theory) loses too much in f32.\nfn erf_f32(x: f32) -> f32 {\n  let z = abs(x);\n  let t = 1.0 / (1.0 + 0.5 * z);\n  let poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +\n    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +\n    t * (-0.82215223 + t * 0.17087277))))))));\n  let erfc = t * exp(-z * z + poly);\n  // Near 0, 1 - erfc cancels; the Taylor series is exact to f32 there.\n  if (z < 0.25) {\n    let s = x * x;\n    return x * (1.1283791671 + s * (-0.3761263890 + s * (0.1128379167 + s * (-0.0268661706 + s * 0.0052239776))));\n  }\n  let r = 1.0 - erfc;\n  return select(r, -r, x < 0.0);\n}\n\n// WGSL's sin/cos promise only 2^-11 absolute error; these reach ~1e-7 for |x| < ~1e4.\n// Cody-Waite reduction by pi/2 (three-part constant, exact products for |j| < 2^11),\n// then Taylor polynomials on [-pi/4, pi/4] (truncation error < 3e-8).\nfn reduce_half_pi(x: f32) -> vec2<f32> {\n  let j = round(x * 0.63661977236758134);\n  let r = ((x - j * 1.5703125) - j * 4.837512969970703e-4) - j * 7.549790126404332e-8;\n  return vec2<f32>(r, j);\n}\n\nfn sin_poly(r: f32) -> f32 {\n  let s = r * r;\n  return r + r * s * (-0.16666666666666666 + s * (0.008333333333333333 + s * (-1.984126984126984e-4 + s * 2.755731922398589e-6)));\n}\n\nfn cos_poly(r: f32) -> f32 {\n  let s = r * r;\n  return 1.0 + s * (-0.5 + s * (0.041666666666666664 + s * (-0.001388888888888889 + s * 2.48015873015873e-5)));\n}\n\nfn sin_f32(x: f32) -> f32 {\n  let rj = reduce_half_pi(x);\n  let q = i32(rj.y) & 3;\n  let v = select(sin_poly(rj.x), cos_poly(rj.x), (q & 1) == 1);\n  return select(v, -v, q >= 2);\n}\n\nfn cos_f32(x: f32) -> f32 {\n  let rj = reduce_half_pi(x);\n  let q = (i32(rj.y) + 1) & 3;\n  let v = select(sin_poly(rj.x), cos_poly(rj.x), (q & 1) == 1);\n  return select(v, -v, q >= 2);\n}\n\n// tanh that stays finite: some drivers compute it from exp() and overflow.\nfn tanh_f32(x: f32) -> f32 {\n  if (abs(x) > 15.0) { return sign(x); }\n  return tanh(x);\n}\n\n// Two-sided so neither branch takes exp of a large positive number.\nfn sigmoid_f32(x: f32) -> f32 {\n  if (x >= 0.0) { return 1.0 / (1.0 + exp(-x)); }\n  let e = exp(x);\n  return e / (1.0 + e);\n}\n\nfn gelu_f32(x: f32) -> f32 {\n  return 0.5 * x * (1.0 + erf_f32(x * 0.70710678118654752));\n}\n\nfn gelu_tanh_f32(x: f32) -> f32 {\n  return 0.5 * x * (1.0 + tanh_f32(0.79788456080286536 * (x + 0.044715 * x * x * x)));\n}\n\n// WGSL leaves log/sqrt of negatives undefined (SwiftShader returns log|x|); PyTorch gives NaN.\nfn log_f32(x: f32) -> f32 {\n  if (x < 0.0) { return f32_nan(); }\n  if (x == 0.0) { return -f32_inf(); }\n  return log(x);\n}\n\nfn sqrt_f32(x: f32) -> f32 {\n  if (x < 0.0) { return f32_nan(); }\n  return sqrt(x);\n}\n\n// log(1 + x) without the cancellation of 1 + x for small x (Goldberg's trick).\nfn log1p_f32(x: f32) -> f32 {\n  if (abs(x) >= 0.5) { return log_f32(1.0 + x); }\n  let u = 1.0 + x;\n  if (u == 1.0) { return x; }\n  return log(u) * x / (u - 1.0);\n}\n\n// exp(x) - 1 without cancellation for small x (Kahan's trick).\nfn expm1_f32(x: f32) -> f32 {\n  if (abs(x) >= 0.5) { return exp(x) - 1.0; }\n  let u = exp(x);\n  if (u == 1.0) { return x; }\n  return (u - 1.0) * x / log(u);\n}\n\n// WGSL pow is undefined for x < 0; follow C/PyTorch: negative bases work with integer exponents.\nfn pow_f32(x: f32, y: f32) -> f32 {\n  if (y == 0.0) { return 1.0; }\n  if (is_nan_f32(x) || is_nan_f32(y)) { return f32_nan(); }\n  if (x == 0.0) { return select(0.0, f32_inf(), y < 0.0); }\n  if (x > 0.0) { return exp2(y * log2(x)); }\n  if (floor(y) != y) { return f32_nan(); }\n  let r = exp2(y * log2(-x));\n  let odd = abs(y) < 16777216.0 && (i32(abs(y)) & 1) == 1;\n  return select(r, -r, odd);\n}\n\n// maximum/minimum propagate NaN, as PyTorch does; WGSL's max/min do not promise it.\nfn max_f32(a: f32, b: f32) -> f32 {\n  if (is_nan_f32(a) || is_nan_f32(b)) { return f32_nan(); }\n  return max(a, b);\n}\n\nfn min_f32(a: f32, b: f32) -> f32 {\n  if (is_nan_f32(a) || is_nan_f32(b)) { return f32_nan(); }\n  return min(a, b);\n}\n\nfn relu_f32(x: f32) -> f32 {\n  return select(x, 0.0, x <= 0.0);\n}\n",
      "matmul": '// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views.\n// `main`: 64x64 output tile per workgroup of 16x16 threads, K in steps of 16\n// through workgroup memory; each thread accumulates a 4x4 register block\n// (rows 4ty.., columns 4tx..).\n// `small`: 4 adjacent outputs of a row per thread, no workgroup memory or\n// barriers: for small, skinny or short-K products where a 64x64 tile is mostly\n// padding (and where, on CPU emulators, barriers cost more than the reuse saves).\n// `naive`: one output per thread, kept as the baseline for the benchmark.\n#include "common"\n#include "matmul_params"\n\n@group(0) @binding(0) var<uniform> P: Params;\n@group(0) @binding(1) var<storage, read_write> out: array<f32>;\n@group(0) @binding(2) var<storage, read> A: array<f32>;\n@group(0) @binding(3) var<storage, read> B: array<f32>;\n\nconst TM = 64u;\nconst TN = 64u;\nconst TK = 16u;\n\n// Tiles hold 4 consecutive rows (A) or columns (B) per vec4, so the inner\n// loop does two vector loads per 16 multiply-adds.\nvar<workgroup> As: array<vec4<f32>, 256>; // [TK][TM / 4]\nvar<workgroup> Bs: array<vec4<f32>, 256>; // [TK][TN / 4]\n\n@compute @workgroup_size(16, 16)\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) li: u32) {\n  let tiles = P.tilesM * P.tilesN;\n  let wg = linear_workgroup(wid, nwg);\n  if (wg >= tiles * P.batch) { return; }\n  let b = wg / tiles;\n  let t = wg % tiles;\n  let m0 = (t / P.tilesN) * TM;\n  let n0 = (t % P.tilesN) * TN;\n  let aBase = P.aOff + b * P.aSB;\n  let bBase = P.bOff + b * P.bSB;\n  let tx = lid.x;\n  let ty = lid.y;\n\n  var acc0 = vec4<f32>(0.0);\n  var acc1 = vec4<f32>(0.0);\n  var acc2 = vec4<f32>(0.0);\n  var acc3 = vec4<f32>(0.0);\n\n  // Loader roles: thread li fills As[ak][am4] with rows 4*am4..+3 at column ak\n  // (consecutive threads take consecutive k: contiguous for row-major A) and\n  // Bs[bk][bn4] with columns 4*bn4..+3 of row bk (contiguous for row-major B).\n  let ak = li % TK;\n  let am4 = li / TK;\n  let bk = li / 16u;\n  let bn4 = li % 16u;\n  for (var k0 = 0u; k0 < P.K; k0 += TK) {\n    let gk = k0 + ak;\n    var av = vec4<f32>(0.0);\n    for (var r = 0u; r < 4u; r++) {\n      let gm = m0 + am4 * 4u + r;\n      if (gm < P.M && gk < P.K) { av[r] = A[aBase + gm * P.aSM + gk * P.aSK]; }\n    }\n    As[ak * 16u + am4] = av;\n    let gk2 = k0 + bk;\n    var bv = vec4<f32>(0.0);\n    for (var c = 0u; c < 4u; c++) {\n      let gn = n0 + bn4 * 4u + c;\n      if (gk2 < P.K && gn < P.N) { bv[c] = B[bBase + gk2 * P.bSK + gn * P.bSN]; }\n    }\n    Bs[bk * 16u + bn4] = bv;\n    workgroupBarrier();\n    for (var kk = 0u; kk < TK; kk++) {\n      let a4 = As[kk * 16u + ty];\n      let b4 = Bs[kk * 16u + tx];\n      acc0 += a4.x * b4;\n      acc1 += a4.y * b4;\n      acc2 += a4.z * b4;\n      acc3 += a4.w * b4;\n    }\n    workgroupBarrier();\n  }\n\n  let outBase = b * P.M * P.N;\n  for (var i = 0u; i < 4u; i++) {\n    let m = m0 + ty * 4u + i;\n    if (m >= P.M) { break; }\n    var row = acc0;\n    if (i == 1u) { row = acc1; } else if (i == 2u) { row = acc2; } else if (i == 3u) { row = acc3; }\n    for (var j = 0u; j < 4u; j++) {\n      let n = n0 + tx * 4u + j;\n      if (n < P.N) { out[outBase + m * P.N + n] = row[j]; }\n    }\n  }\n}\n\n@compute @workgroup_size({{WG}})\nfn naive(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n         @builtin(local_invocation_index) li: u32) {\n  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;\n  if (i >= P.batch * P.M * P.N) { return; }\n  let n = i % P.N;\n  let m = (i / P.N) % P.M;\n  let b = i / (P.M * P.N);\n  var acc = 0.0;\n  for (var k = 0u; k < P.K; k++) {\n    acc += A[P.aOff + b * P.aSB + m * P.aSM + k * P.aSK] * B[P.bOff + b * P.bSB + k * P.bSK + n * P.bSN];\n  }\n  out[i] = acc;\n}\n\n@compute @workgroup_size({{WG}})\nfn small(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n         @builtin(local_invocation_index) li: u32) {\n  let quads = (P.N + 3u) / 4u;\n  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;\n  if (i >= P.batch * P.M * quads) { return; }\n  let n0 = (i % quads) * 4u;\n  let m = (i / quads) % P.M;\n  let b = i / (quads * P.M);\n  let aRow = P.aOff + b * P.aSB + m * P.aSM;\n  let bBase = P.bOff + b * P.bSB;\n  // Clamp the column reads of a partial quad; those lanes are not stored.\n  let nLast = P.N - 1u;\n  let c0 = bBase + n0 * P.bSN;\n  let c1 = bBase + min(n0 + 1u, nLast) * P.bSN;\n  let c2 = bBase + min(n0 + 2u, nLast) * P.bSN;\n  let c3 = bBase + min(n0 + 3u, nLast) * P.bSN;\n  var acc = vec4<f32>(0.0);\n  for (var k = 0u; k < P.K; k++) {\n    let av = A[aRow + k * P.aSK];\n    let kOff = k * P.bSK;\n    acc += av * vec4<f32>(B[c0 + kOff], B[c1 + kOff], B[c2 + kOff], B[c3 + kOff]);\n  }\n  let o = (b * P.M + m) * P.N + n0;\n  out[o] = acc.x;\n  if (n0 + 1u < P.N) { out[o + 1u] = acc.y; }\n  if (n0 + 2u < P.N) { out[o + 2u] = acc.z; }\n  if (n0 + 3u < P.N) { out[o + 3u] = acc.w; }\n}\n',
      "matmul_block": '// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views, one BMxBN\n// (4 or 8 rows with ROWS8, 4 or 8 columns with COLS8) output block per thread, read straight from storage: no workgroup memory\n// and no barriers, K unrolled by 4 (16 multiply-adds per 8 loads when both\n// operands take vector loads, instead of `small`\'s 4 per 5).\n// NOTE: on CPU emulators (SwiftShader) a barrier is a coroutine switch per\n// invocation and every storage load is a per-lane gather with a bounds clamp,\n// so fewer, wider loads and no barriers is what makes a matmul fast there.\n// Operand layouts (A_VEC, B_VEC_N, B_VEC_K, OUT_VEC): matmul_operands.wgsl.\n#include "common"\n#include "matmul_operands"\n\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) li: u32) {\n  let qn = (P.N + {{BN}}u - 1u) / {{BN}}u;\n  let qm = (P.M + {{BM}}u - 1u) / {{BM}}u;\n  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;\n  if (i >= P.batch * qm * qn) { return; }\n  let n0 = (i % qn) * {{BN}}u;\n  let m0 = ((i / qn) % qm) * {{BM}}u;\n  let b = i / (qn * qm);\n  // Rows and columns past the edge read the last valid one; they are not stored.\n  let aBase = P.aOff + b * P.aSB;\n  let mLast = P.M - 1u;\n  let r0 = aBase + m0 * P.aSM;\n  let r1 = aBase + min(m0 + 1u, mLast) * P.aSM;\n  let r2 = aBase + min(m0 + 2u, mLast) * P.aSM;\n  let r3 = aBase + min(m0 + 3u, mLast) * P.aSM;\n  var acc0 = vec4<f32>(0.0);\n  var acc1 = vec4<f32>(0.0);\n  var acc2 = vec4<f32>(0.0);\n  var acc3 = vec4<f32>(0.0);\n#if ROWS8\n  let r4 = aBase + min(m0 + 4u, mLast) * P.aSM;\n  let r5 = aBase + min(m0 + 5u, mLast) * P.aSM;\n  let r6 = aBase + min(m0 + 6u, mLast) * P.aSM;\n  let r7 = aBase + min(m0 + 7u, mLast) * P.aSM;\n  var acc4 = vec4<f32>(0.0);\n  var acc5 = vec4<f32>(0.0);\n  var acc6 = vec4<f32>(0.0);\n  var acc7 = vec4<f32>(0.0);\n#endif\n  let bBase = P.bOff + b * P.bSB;\n  let nLast = P.N - 1u;\n  let c = vec4<u32>(bBase + n0 * P.bSN, bBase + min(n0 + 1u, nLast) * P.bSN,\n                    bBase + min(n0 + 2u, nLast) * P.bSN, bBase + min(n0 + 3u, nLast) * P.bSN);\n#if COLS8\n  // The second quad of columns, n0 + 4 .. n0 + 7, and its accumulators.\n  let d = vec4<u32>(bBase + min(n0 + 4u, nLast) * P.bSN, bBase + min(n0 + 5u, nLast) * P.bSN,\n                    bBase + min(n0 + 6u, nLast) * P.bSN, bBase + min(n0 + 7u, nLast) * P.bSN);\n  var bcc0 = vec4<f32>(0.0);\n  var bcc1 = vec4<f32>(0.0);\n  var bcc2 = vec4<f32>(0.0);\n  var bcc3 = vec4<f32>(0.0);\n#if ROWS8\n  var bcc4 = vec4<f32>(0.0);\n  var bcc5 = vec4<f32>(0.0);\n  var bcc6 = vec4<f32>(0.0);\n  var bcc7 = vec4<f32>(0.0);\n#endif\n#endif\n  let K4 = P.K & ~3u;\n  for (var k = 0u; k < K4; k += 4u) {\n    let bm = b4x4(c, k);\n    let a0 = a4(r0, k);\n    let a1 = a4(r1, k);\n    let a2 = a4(r2, k);\n    let a3 = a4(r3, k);\n    acc0 += bm * a0;\n    acc1 += bm * a1;\n    acc2 += bm * a2;\n    acc3 += bm * a3;\n#if ROWS8\n    let a4_ = a4(r4, k);\n    let a5 = a4(r5, k);\n    let a6 = a4(r6, k);\n    let a7 = a4(r7, k);\n    acc4 += bm * a4_;\n    acc5 += bm * a5;\n    acc6 += bm * a6;\n    acc7 += bm * a7;\n#endif\n#if COLS8\n    let bm2 = b4x4(d, k);\n    bcc0 += bm2 * a0;\n    bcc1 += bm2 * a1;\n    bcc2 += bm2 * a2;\n    bcc3 += bm2 * a3;\n#if ROWS8\n    bcc4 += bm2 * a4_;\n    bcc5 += bm2 * a5;\n    bcc6 += bm2 * a6;\n    bcc7 += bm2 * a7;\n#endif\n#endif\n  }\n  for (var k = K4; k < P.K; k++) {\n    let o = k * P.bSK;\n    let bv = vec4<f32>(b_at(c.x + o), b_at(c.y + o), b_at(c.z + o), b_at(c.w + o));\n    let ka = k * P.aSK;\n    let a0 = a_at(r0 + ka);\n    let a1 = a_at(r1 + ka);\n    let a2 = a_at(r2 + ka);\n    let a3 = a_at(r3 + ka);\n    acc0 += a0 * bv;\n    acc1 += a1 * bv;\n    acc2 += a2 * bv;\n    acc3 += a3 * bv;\n#if ROWS8\n    let a4_ = a_at(r4 + ka);\n    let a5 = a_at(r5 + ka);\n    let a6 = a_at(r6 + ka);\n    let a7 = a_at(r7 + ka);\n    acc4 += a4_ * bv;\n    acc5 += a5 * bv;\n    acc6 += a6 * bv;\n    acc7 += a7 * bv;\n#endif\n#if COLS8\n    let bv2 = vec4<f32>(b_at(d.x + o), b_at(d.y + o), b_at(d.z + o), b_at(d.w + o));\n    bcc0 += a0 * bv2;\n    bcc1 += a1 * bv2;\n    bcc2 += a2 * bv2;\n    bcc3 += a3 * bv2;\n#if ROWS8\n    bcc4 += a4_ * bv2;\n    bcc5 += a5 * bv2;\n    bcc6 += a6 * bv2;\n    bcc7 += a7 * bv2;\n#endif\n#endif\n  }\n  let o = (b * P.M + m0) * P.N + n0;\n  store_row(o, m0, n0, acc0);\n  store_row(o + P.N, m0 + 1u, n0, acc1);\n  store_row(o + 2u * P.N, m0 + 2u, n0, acc2);\n  store_row(o + 3u * P.N, m0 + 3u, n0, acc3);\n#if ROWS8\n  store_row(o + 4u * P.N, m0 + 4u, n0, acc4);\n  store_row(o + 5u * P.N, m0 + 5u, n0, acc5);\n  store_row(o + 6u * P.N, m0 + 6u, n0, acc6);\n  store_row(o + 7u * P.N, m0 + 7u, n0, acc7);\n#endif\n#if COLS8\n  if (n0 + 4u < P.N) {\n    store_row(o + 4u, m0, n0 + 4u, bcc0);\n    store_row(o + 4u + P.N, m0 + 1u, n0 + 4u, bcc1);\n    store_row(o + 4u + 2u * P.N, m0 + 2u, n0 + 4u, bcc2);\n    store_row(o + 4u + 3u * P.N, m0 + 3u, n0 + 4u, bcc3);\n#if ROWS8\n    store_row(o + 4u + 4u * P.N, m0 + 4u, n0 + 4u, bcc4);\n    store_row(o + 4u + 5u * P.N, m0 + 5u, n0 + 4u, bcc5);\n    store_row(o + 4u + 6u * P.N, m0 + 6u, n0 + 4u, bcc6);\n    store_row(o + 4u + 7u * P.N, m0 + 7u, n0 + 4u, bcc7);\n#endif\n  }\n#endif\n}\n',
      "matmul_operands": '// Bindings and operand access shared by the register-blocked matmul kernels\n// (matmul_block.wgsl, matmul_shared.wgsl). Defines:\n//   A_VEC:   A rows contiguous (aSK = 1), 16-byte aligned: one vec4 per row and 4 k.\n//   B_VEC_N: B rows contiguous (bSN = 1), aligned: one vec4 per k and 4 columns.\n//   B_VEC_K: B columns contiguous (bSK = 1, B is a transposed view), aligned:\n//            one vec4 per column and 4 k, transposed in registers.\n//   OUT_VEC: N is a multiple of 4: each row of a block is one vec4 store.\n#include "matmul_params"\n\n@group(0) @binding(0) var<uniform> P: Params;\n#if OUT_VEC\n@group(0) @binding(1) var<storage, read_write> out: array<vec4<f32>>;\n#else\n@group(0) @binding(1) var<storage, read_write> out: array<f32>;\n#endif\n#if A_VEC\n@group(0) @binding(2) var<storage, read> A: array<vec4<f32>>;\nfn a_at(i: u32) -> f32 { return A[i >> 2u][i & 3u]; }\n#else\n@group(0) @binding(2) var<storage, read> A: array<f32>;\nfn a_at(i: u32) -> f32 { return A[i]; }\n#endif\n#if B_VEC\n@group(0) @binding(3) var<storage, read> B: array<vec4<f32>>;\nfn b_at(i: u32) -> f32 { return B[i >> 2u][i & 3u]; }\n#else\n@group(0) @binding(3) var<storage, read> B: array<f32>;\nfn b_at(i: u32) -> f32 { return B[i]; }\n#endif\n\n// A[row, k..k+3] for the row starting at element `row`.\nfn a4(row: u32, k: u32) -> vec4<f32> {\n#if A_VEC\n  return A[(row + k) >> 2u];\n#else\n  let s = P.aSK;\n  return vec4<f32>(A[row + k * s], A[row + (k + 1u) * s], A[row + (k + 2u) * s], A[row + (k + 3u) * s]);\n#endif\n}\n\n// Column j: B[k + j, n0..n0+3]; `c` holds the element offsets of the 4 columns\n// (clamped to N - 1), `c.x` also that of column n0.\nfn b4x4(c: vec4<u32>, k: u32) -> mat4x4<f32> {\n#if B_VEC_N\n  let s = P.bSK;\n  return mat4x4<f32>(B[(c.x + k * s) >> 2u], B[(c.x + (k + 1u) * s) >> 2u],\n                     B[(c.x + (k + 2u) * s) >> 2u], B[(c.x + (k + 3u) * s) >> 2u]);\n#else\n#if B_VEC_K\n  return transpose(mat4x4<f32>(B[(c.x + k) >> 2u], B[(c.y + k) >> 2u], B[(c.z + k) >> 2u], B[(c.w + k) >> 2u]));\n#else\n  var m: mat4x4<f32>;\n  for (var j = 0u; j < 4u; j++) {\n    let o = (k + j) * P.bSK;\n    m[j] = vec4<f32>(B[c.x + o], B[c.y + o], B[c.z + o], B[c.w + o]);\n  }\n  return m;\n#endif\n#endif\n}\n\n// Row m, columns n0..n0+3 (those past N dropped) of the output, at element o.\nfn store_row(o: u32, m: u32, n0: u32, v: vec4<f32>) {\n  if (m >= P.M || n0 >= P.N) { return; }\n#if OUT_VEC\n  out[o >> 2u] = v;\n#else\n  out[o] = v.x;\n  if (n0 + 1u < P.N) { out[o + 1u] = v.y; }\n  if (n0 + 2u < P.N) { out[o + 2u] = v.z; }\n  if (n0 + 3u < P.N) { out[o + 3u] = v.w; }\n#endif\n}\n',
      "matmul_params": "// Uniforms shared by the matmul kernels (matmul.wgsl, matmul_block.wgsl): sizes,\n// offsets and strides of [B, M, K] x [B, K, N] views, in elements, and the tile grid.\nstruct Params {\n  batch: u32,\n  M: u32,\n  N: u32,\n  K: u32,\n  aOff: u32,\n  aSB: u32,\n  aSM: u32,\n  aSK: u32,\n  bOff: u32,\n  bSB: u32,\n  bSK: u32,\n  bSN: u32,\n  tilesM: u32,\n  tilesN: u32,\n  _pad0: u32,\n  _pad1: u32,\n}\n",
      "matmul_shared": '// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views, for devices\n// whose subgroups have four lanes (SwiftShader): each lane owns a block of\n// 4 RQ rows x 4 CQ columns, and a workgroup takes one block of rows and WG\n// blocks of columns, so every lane of a subgroup needs the same A rows.\n// Each lane loads a quarter of them and gets the rest by subgroupBroadcast.\n// NOTE: on SwiftShader a storage load is a per-lane gather with a bounds check\n// and a broadcast is a register shuffle, so large blocks with shared rows do\n// far fewer loads per multiply-add; the accumulators spill, which costs less.\n// Lanes past the last column block compute a copy of it and store nothing: no\n// lane may return before the broadcasts, which need all four.\nenable subgroups;\n#include "common"\n#include "matmul_operands"\n\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(subgroup_invocation_id) lane: u32, @builtin(local_invocation_index) li: u32) {\n  let BM = 4u * {{RQ}}u;\n  let BN = 4u * {{CQ}}u;\n  let qn = (P.N + BN - 1u) / BN;\n  let qm = (P.M + BM - 1u) / BM;\n  let perRow = (qn + {{WG}}u - 1u) / {{WG}}u;\n  let g = linear_workgroup(wid, nwg);\n  if (g >= P.batch * qm * perRow) { return; }\n  let nb = (g % perRow) * {{WG}}u + li;\n  let n0 = min(nb, qn - 1u) * BN;\n  let m0 = ((g / perRow) % qm) * BM;\n  let b = g / (perRow * qm);\n  // This lane loads rows m0 + 4 J + lane; rows past the edge read the last one.\n  let aBase = P.aOff + b * P.aSB;\n  let mLast = P.M - 1u;\n#for J in 0..RQ\n  let row{{J}} = aBase + min(m0 + {{J}}u * 4u + lane, mLast) * P.aSM;\n#endfor\n  // Columns n0 + 4 Q .. + 3 (clamped to N - 1; those past it are not stored).\n  let bBase = P.bOff + b * P.bSB;\n  let nLast = P.N - 1u;\n#for Q in 0..CQ\n  let c{{Q}} = bBase + min(n0 + 4u * {{Q}}u + vec4<u32>(0u, 1u, 2u, 3u), vec4<u32>(nLast)) * P.bSN;\n#endfor\n#for J in 0..RQ\n#for L in 0..4\n#for Q in 0..CQ\n  var acc{{J}}_{{L}}_{{Q}} = vec4<f32>(0.0);\n#endfor\n#endfor\n#endfor\n  let K4 = P.K & ~3u;\n  for (var k = 0u; k < K4; k += 4u) {\n#for Q in 0..CQ\n    let b{{Q}} = b4x4(c{{Q}}, k);\n#endfor\n#for J in 0..RQ\n    let mine{{J}} = a4(row{{J}}, k);\n#for L in 0..4\n    let a{{J}}_{{L}} = subgroupBroadcast(mine{{J}}, {{L}}u);\n#for Q in 0..CQ\n    acc{{J}}_{{L}}_{{Q}} += b{{Q}} * a{{J}}_{{L}};\n#endfor\n#endfor\n#endfor\n  }\n  for (var k = K4; k < P.K; k++) {\n    let o = k * P.bSK;\n#for Q in 0..CQ\n    let b{{Q}} = vec4<f32>(b_at(c{{Q}}.x + o), b_at(c{{Q}}.y + o), b_at(c{{Q}}.z + o), b_at(c{{Q}}.w + o));\n#endfor\n    let ka = k * P.aSK;\n#for J in 0..RQ\n    let mine{{J}} = a_at(row{{J}} + ka);\n#for L in 0..4\n    let a{{J}}_{{L}} = subgroupBroadcast(mine{{J}}, {{L}}u);\n#for Q in 0..CQ\n    acc{{J}}_{{L}}_{{Q}} += a{{J}}_{{L}} * b{{Q}};\n#endfor\n#endfor\n#endfor\n  }\n  if (nb >= qn) { return; }\n  let o = (b * P.M + m0) * P.N + n0;\n#for J in 0..RQ\n#for L in 0..4\n#for Q in 0..CQ\n  store_row(o + ({{J}}u * 4u + {{L}}u) * P.N + 4u * {{Q}}u, m0 + {{J}}u * 4u + {{L}}u, n0 + 4u * {{Q}}u, acc{{J}}_{{L}}_{{Q}});\n#endfor\n#endfor\n#endfor\n}\n',
      "pool": `// 2-D pooling over NCHW planes. Backward kernels are gather-style: each input
// pixel visits the windows that cover it, so no atomics are needed.
#include "common"
#include "geometry"

@group(0) @binding(0) var<uniform> R: Run;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> src: array<f32>;
#if WITH_INDICES
@group(0) @binding(3) var<storage, read_write> indices: array<i32>;
#endif
#if READ_INDICES
@group(0) @binding(3) var<storage, read> indices: array<i32>;
#endif

struct Pixel {
  plane: u32, // n * C + c
  y: i32,
  x: i32,
}

fn pixel(t: u32, h: i32, w: i32) -> Pixel {
  let x = i32(t % u32(w));
  let y = i32((t / u32(w)) % u32(h));
  return Pixel(t / u32(w * h), y, x);
}

// NOTE: max pooling runs one thread per output row (forward) or input row
// (backward), not per element: on CPU emulators (SwiftShader) the
// per-invocation cost dominates these light kernels.
#if WITH_INDICES
@compute @workgroup_size({{WG}})
fn max_pool(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
            @builtin(local_invocation_index) li: u32) {
  // t = plane * outH + oy; R.total = N * C * outH.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let oy = i32(t % u32(G.outH));
  let plane = t / u32(G.outH);
  let planeBase = R.off0 + plane * u32(G.height * G.width);
  for (var ox = 0; ox < G.outW; ox++) {
    var best = 0.0;
    var bestIdx = -1;
    for (var i = 0; i < G.kernelH; i++) {
      let y = oy * G.strideH - G.padH + i * G.dilationH;
      if (y < 0 || y >= G.height) { continue; }
      for (var j = 0; j < G.kernelW; j++) {
        let x = ox * G.strideW - G.padW + j * G.dilationW;
        if (x < 0 || x >= G.width) { continue; }
        let v = src[planeBase + u32(y * G.width + x)];
        // First max wins on ties; a NaN wins and then stays.
        let better = (v > best || is_nan_f32(v)) && !is_nan_f32(best);
        if (bestIdx < 0 || better) {
          best = v;
          bestIdx = y * G.width + x;
        }
      }
    }
    let o = t * u32(G.outW) + u32(ox);
    out[o] = select(best, -f32_inf(), bestIdx < 0);
    indices[o] = bestIdx;
  }
}
#endif

#if READ_INDICES
@compute @workgroup_size({{WG}})
fn max_pool_backward(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
                     @builtin(local_invocation_index) li: u32) {
  // t = plane * H + y; R.total = N * C * H.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let y = i32(t % u32(G.height));
  let plane = t / u32(G.height);
  let planeBase = plane * u32(G.outH * G.outW);
  for (var x = 0; x < G.width; x++) {
    let here = y * G.width + x;
    var acc = 0.0;
    for (var i = 0; i < G.kernelH; i++) {
      let oy = window_origin(y, i, G.padH, G.dilationH, G.strideH, G.outH);
      if (oy < 0) { continue; }
      for (var j = 0; j < G.kernelW; j++) {
        let ox = window_origin(x, j, G.padW, G.dilationW, G.strideW, G.outW);
        if (ox < 0) { continue; }
        let k = u32(oy * G.outW + ox);
        if (indices[R.off1 + planeBase + k] == here) { acc += src[R.off0 + planeBase + k]; }
      }
    }
    out[t * u32(G.width) + u32(x)] = acc;
  }
}

// Windows that cannot overlap (stride >= dilated kernel): each input pixel is
// the argmax of at most one window, so every output routes its gradient
// straight to its argmax with no conflicting writes (the host zero-fills
// first). One thread per output row: far less work than visiting every
// input's windows.
@compute @workgroup_size({{WG}})
fn max_pool_scatter(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
                    @builtin(local_invocation_index) li: u32) {
  // t = plane * outH + oy; R.total = N * C * outH.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let plane = t / u32(G.outH);
  let inBase = plane * u32(G.height * G.width);
  let row = t * u32(G.outW);
  for (var ox = 0u; ox < u32(G.outW); ox++) {
    let k = indices[R.off1 + row + ox];
    if (k >= 0) { out[inBase + u32(k)] = src[R.off0 + row + ox]; }
  }
}
#endif

// PyTorch's divisor: the window clipped to the padded extent when padding
// counts, else to the real pixels.
fn avg_divisor(oy: i32, ox: i32) -> f32 {
  let y0 = oy * G.strideH - G.padH;
  let x0 = ox * G.strideW - G.padW;
  let y1 = min(y0 + G.kernelH, G.height + G.padH);
  let x1 = min(x0 + G.kernelW, G.width + G.padW);
  if (G.flag != 0u) { return f32((y1 - y0) * (x1 - x0)); }
  return f32((min(y1, G.height) - max(y0, 0)) * (min(x1, G.width) - max(x0, 0)));
}

@compute @workgroup_size({{WG}})
fn avg_pool(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
            @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let o = pixel(t, G.outH, G.outW);
  let planeBase = R.off0 + o.plane * u32(G.height * G.width);
  var acc = 0.0;
  for (var i = 0; i < G.kernelH; i++) {
    let y = o.y * G.strideH - G.padH + i;
    if (y < 0 || y >= G.height) { continue; }
    for (var j = 0; j < G.kernelW; j++) {
      let x = o.x * G.strideW - G.padW + j;
      if (x < 0 || x >= G.width) { continue; }
      acc += src[planeBase + u32(y * G.width + x)];
    }
  }
  out[t] = acc / avg_divisor(o.y, o.x);
}

@compute @workgroup_size({{WG}})
fn avg_pool_backward(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
                     @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let p = pixel(t, G.height, G.width);
  let planeBase = R.off0 + p.plane * u32(G.outH * G.outW);
  var acc = 0.0;
  for (var i = 0; i < G.kernelH; i++) {
    let oy = window_origin(p.y, i, G.padH, 1, G.strideH, G.outH);
    if (oy < 0) { continue; }
    for (var j = 0; j < G.kernelW; j++) {
      let ox = window_origin(p.x, j, G.padW, 1, G.strideW, G.outW);
      if (ox < 0) { continue; }
      acc += src[planeBase + u32(oy * G.outW + ox)] / avg_divisor(oy, ox);
    }
  }
  out[t] = acc;
}
`,
      "reduce": '// out[o, i] = reduce over r of a[off + (o * reduced + r) * inner + i].\n//   slots: T (f32|i32), LOAD (raw u32 `w` -> T), STORE (T `v` -> u32), IDENTITY,\n//          COMBINE (acc, v -> T) for value reductions, BETTER (vb, va -> bool,\n//          strict) with ARG=1 for argmax/argmin, ISNAN (T -> bool).\n// `serial` (short reductions): one thread per output, no barriers.\n// `rows` (inner == 1): one workgroup of WG threads per output, tree reduction in workgroup memory.\n// `cols` (inner > 1): 16 outputs per workgroup along inner (coalesced loads),\n// 16 threads splitting the reduced dim of each.\n#include "common"\n\nstruct Params {\n  outer: u32,\n  reduced: u32,\n  inner: u32,\n  off: u32,\n}\n\n@group(0) @binding(0) var<uniform> P: Params;\n@group(0) @binding(1) var<storage, read_write> out: array<u32>;\n@group(0) @binding(2) var<storage, read> a: array<u32>;\n\nvar<workgroup> sv: array<{{T}}, 256>;\nvar<workgroup> si: array<u32, 256>;\n\nfn load(i: u32) -> {{T}} {\n  let w = a[i];\n  return {{LOAD}};\n}\n\nfn store(i: u32, v: {{T}}) {\n  out[i] = {{STORE}};\n}\n\nfn combine(acc: {{T}}, v: {{T}}) -> {{T}} {\n  return {{COMBINE}};\n}\n\n// Whether candidate (vb, ib) replaces the current (va, ia). NaN is the\n// extreme; equal values keep the lower index, whichever thread saw it first.\nfn replaces(va: {{T}}, ia: u32, vb: {{T}}, ib: u32) -> bool {\n  let an = {{ISNAN}}(va);\n  let bn = {{ISNAN}}(vb);\n  if (an || bn) {\n    return bn && (!an || ib < ia);\n  }\n  if ({{BETTER}}) { return true; }\n  return vb == va && ib < ia;\n}\n\nfn write_result(o: u32, v: {{T}}, idx: u32) {\n#if ARG\n  out[o] = bitcast<u32>(i32(idx));\n#else\n  store(o, v);\n#endif\n}\n\n@compute @workgroup_size({{WG}})\nfn serial(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n          @builtin(local_invocation_index) lid: u32) {\n  let t = linear_workgroup(wid, nwg) * {{WG}}u + lid;\n  if (t >= P.outer * P.inner) { return; }\n  let base = P.off + (t / P.inner) * P.reduced * P.inner + t % P.inner;\n  var acc: {{T}} = {{IDENTITY}};\n  var idx = 0xffffffffu;\n  for (var r = 0u; r < P.reduced; r++) {\n    let v = load(base + r * P.inner);\n#if ARG\n    if (idx == 0xffffffffu || replaces(acc, idx, v, r)) {\n      acc = v;\n      idx = r;\n    }\n#else\n    acc = combine(acc, v);\n#endif\n  }\n  write_result(t, acc, idx);\n}\n\n@compute @workgroup_size({{WG}})\nfn rows(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) lid: u32) {\n  let row = linear_workgroup(wid, nwg);\n  if (row >= P.outer) { return; }\n  let base = P.off + row * P.reduced;\n  var acc: {{T}} = {{IDENTITY}};\n  var idx = 0xffffffffu;\n  for (var r = lid; r < P.reduced; r += {{WG}}u) {\n    let v = load(base + r);\n#if ARG\n    if (idx == 0xffffffffu || replaces(acc, idx, v, r)) {\n      acc = v;\n      idx = r;\n    }\n#else\n    acc = combine(acc, v);\n#endif\n  }\n  sv[lid] = acc;\n  si[lid] = idx;\n  workgroupBarrier();\n  for (var s = {{WG}}u / 2u; s > 0u; s >>= 1u) {\n    if (lid < s) {\n#if ARG\n      let ib = si[lid + s];\n      if (ib != 0xffffffffu && (si[lid] == 0xffffffffu || replaces(sv[lid], si[lid], sv[lid + s], ib))) {\n        sv[lid] = sv[lid + s];\n        si[lid] = ib;\n      }\n#else\n      sv[lid] = combine(sv[lid], sv[lid + s]);\n#endif\n    }\n    workgroupBarrier();\n  }\n  if (lid == 0u) {\n    write_result(row, sv[0], si[0]);\n  }\n}\n\n@compute @workgroup_size(16, 16)\nfn cols(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_id) lid: vec3<u32>) {\n  let tiles = (P.inner + 15u) / 16u;\n  let wg = linear_workgroup(wid, nwg);\n  let o = wg / tiles;\n  if (o >= P.outer) { return; }\n  let i = (wg % tiles) * 16u + lid.x;\n  let slot = lid.y * 16u + lid.x;\n  var acc: {{T}} = {{IDENTITY}};\n  var idx = 0xffffffffu;\n  if (i < P.inner) {\n    let base = P.off + o * P.reduced * P.inner + i;\n    for (var r = lid.y; r < P.reduced; r += 16u) {\n      let v = load(base + r * P.inner);\n#if ARG\n      if (idx == 0xffffffffu || replaces(acc, idx, v, r)) {\n        acc = v;\n        idx = r;\n      }\n#else\n      acc = combine(acc, v);\n#endif\n    }\n  }\n  sv[slot] = acc;\n  si[slot] = idx;\n  workgroupBarrier();\n  for (var s = 8u; s > 0u; s >>= 1u) {\n    if (lid.y < s) {\n      let other = slot + s * 16u;\n#if ARG\n      let ib = si[other];\n      if (ib != 0xffffffffu && (si[slot] == 0xffffffffu || replaces(sv[slot], si[slot], sv[other], ib))) {\n        sv[slot] = sv[other];\n        si[slot] = ib;\n      }\n#else\n      sv[slot] = combine(sv[slot], sv[other]);\n#endif\n    }\n    workgroupBarrier();\n  }\n  if (lid.y == 0u && i < P.inner) {\n    write_result(o * P.inner + i, sv[slot], si[slot]);\n  }\n}\n',
      "scatter": "// In-place accumulation into `target`: index_add and scatter_add.\n// NOTE: WGSL has no float atomics. float32 adds loop on atomicCompareExchangeWeak\n// over the bit pattern; int32 uses atomicAdd on u32 (two's complement makes it\n// the same add). Float sums into one slot therefore land in a nondeterministic\n// order (last-bit differences between runs), as with CUDA's atomicAdd in PyTorch.\n// A gather-style kernel would be deterministic but costs O(n * m) for an\n// embedding backward, so atomics win.\n#include \"common\"\n\nstruct Params {\n  total: u32,\n  n: u32,      // size of the indexed dim of the target\n  inner: u32,  // index_add: inner block\n  m: u32,      // index_add: index length; scatter_add: the dim\n  srcOff: u32,\n  idxOff: u32,\n  rank: u32,\n  _pad: u32,\n  shape: array<vec4<u32>, 2>,    // scatter_add: index (= src) shape\n  tStride: array<vec4<u32>, 2>,  // scatter_add: strides of the contiguous target\n}\n\n@group(0) @binding(0) var<uniform> P: Params;\n@group(0) @binding(1) var<storage, read_write> dst: array<atomic<u32>>;\n@group(0) @binding(2) var<storage, read> src: array<u32>;\n@group(0) @binding(3) var<storage, read> index: array<i32>;\n\nfn wrap(j: i32, n: u32) -> u32 {\n  return u32(select(j, j + i32(n), j < 0));\n}\n\nfn accumulate(i: u32, w: u32) {\n#if FLOAT\n  var old = atomicLoad(&dst[i]);\n  loop {\n    let next = bitcast<u32>(bitcast<f32>(old) + bitcast<f32>(w));\n    let r = atomicCompareExchangeWeak(&dst[i], old, next);\n    if (r.exchanged) { break; }\n    old = r.old_value;\n  }\n#else\n  atomicAdd(&dst[i], w);\n#endif\n}\n\n@compute @workgroup_size({{WG}})\nfn index_add(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n             @builtin(local_invocation_index) li: u32) {\n  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;\n  if (t >= P.total) { return; }\n  let i = t % P.inner;\n  let j = (t / P.inner) % P.m;\n  let o = t / (P.inner * P.m);\n  let row = wrap(index[P.idxOff + j], P.n);\n  accumulate((o * P.n + row) * P.inner + i, src[P.srcOff + t]);\n}\n\n@compute @workgroup_size({{WG}})\nfn scatter_add(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n               @builtin(local_invocation_index) li: u32) {\n  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;\n  if (t >= P.total) { return; }\n  let row = wrap(index[P.idxOff + t], P.n);\n  var rem = t;\n  var pos = 0u;\n  for (var d = P.rank; d > 0u; d--) {\n    let q = (d - 1u) / 4u;\n    let r = (d - 1u) % 4u;\n    let size = P.shape[q][r];\n    var c = rem % size;\n    rem = rem / size;\n    if (d - 1u == P.m) { c = row; }\n    pos += c * P.tStride[q][r];\n  }\n  accumulate(pos, src[P.srcOff + t]);\n}\n",
      "softmax": '// Softmax / logSoftmax over the last dim of a contiguous [rows, cols] block:\n// max, then sum of exp(x - max), then the write.\n// `main`: one workgroup of WG threads per row (tree reductions in workgroup memory).\n// `serial`: one thread per row, for short rows where barriers cost more than they save\n// (on CPU emulators such as SwiftShader a barrier is a coroutine switch per invocation).\n#include "common"\n\nstruct Params {\n  rows: u32,\n  cols: u32,\n  off: u32,\n  _pad: u32,\n}\n\n@group(0) @binding(0) var<uniform> P: Params;\n@group(0) @binding(1) var<storage, read_write> out: array<u32>;\n@group(0) @binding(2) var<storage, read> a: array<u32>;\n\nvar<workgroup> partial: array<f32, {{WG}}>;\n\nfn x_at(i: u32) -> f32 {\n  return bitcast<f32>(a[i]);\n}\n\n@compute @workgroup_size({{WG}})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n        @builtin(local_invocation_index) lid: u32) {\n  let row = linear_workgroup(wid, nwg);\n  if (row >= P.rows) { return; }\n  let base = P.off + row * P.cols;\n  let obase = row * P.cols;\n\n  var m = -f32_inf();\n  for (var c = lid; c < P.cols; c += {{WG}}u) {\n    m = max(m, x_at(base + c));\n  }\n  partial[lid] = m;\n  workgroupBarrier();\n  for (var s = {{WG}}u / 2u; s > 0u; s >>= 1u) {\n    if (lid < s) { partial[lid] = max(partial[lid], partial[lid + s]); }\n    workgroupBarrier();\n  }\n  let rowMax = partial[0];\n  workgroupBarrier();\n\n  var sum = 0.0;\n  for (var c = lid; c < P.cols; c += {{WG}}u) {\n    sum += exp(x_at(base + c) - rowMax);\n  }\n  partial[lid] = sum;\n  workgroupBarrier();\n  for (var s = {{WG}}u / 2u; s > 0u; s >>= 1u) {\n    if (lid < s) { partial[lid] = partial[lid] + partial[lid + s]; }\n    workgroupBarrier();\n  }\n  let total = partial[0];\n\n  for (var c = lid; c < P.cols; c += {{WG}}u) {\n    write_row(base, obase, rowMax, total, c);\n  }\n}\n\nfn write_row(base: u32, obase: u32, rowMax: f32, total: f32, c: u32) {\n  let z = x_at(base + c) - rowMax;\n#if LOG\n  out[obase + c] = bitcast<u32>(z - log(total));\n#else\n  out[obase + c] = bitcast<u32>(exp(z) / total);\n#endif\n}\n\n@compute @workgroup_size({{WG}})\nfn serial(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,\n          @builtin(local_invocation_index) lid: u32) {\n  let row = linear_workgroup(wid, nwg) * {{WG}}u + lid;\n  if (row >= P.rows) { return; }\n  let base = P.off + row * P.cols;\n  var m = -f32_inf();\n  for (var c = 0u; c < P.cols; c++) { m = max(m, x_at(base + c)); }\n  var sum = 0.0;\n  for (var c = 0u; c < P.cols; c++) { sum += exp(x_at(base + c) - m); }\n  for (var c = 0u; c < P.cols; c++) { write_row(base, row * P.cols, m, sum, c); }\n}\n'
    };
  }
});

// src/backend/webgpu/params.ts
function scalarBits2(value, dtype) {
  if (dtype === "float32") return new Uint32Array(new Float32Array([value]).buffer)[0];
  if (dtype === "bool") return value !== 0 ? 1 : 0;
  return saturateInt32(value) >>> 0;
}
function saturateInt32(value) {
  if (Number.isNaN(value)) return 0;
  return Math.max(-2147483648, Math.min(2147483647, Math.trunc(value)));
}
var ParamWriter;
var init_params = __esm({
  "src/backend/webgpu/params.ts"() {
    "use strict";
    init_commands();
    ParamWriter = class {
      words = new Uint32Array(UNIFORM_WORDS);
      floats = new Float32Array(this.words.buffer);
      ints = new Int32Array(this.words.buffer);
      n = 0;
      u32(...values) {
        for (const v of values) this.words[this.n++] = v >>> 0;
        return this;
      }
      i32(...values) {
        for (const v of values) this.ints[this.n++] = v | 0;
        return this;
      }
      f32(...values) {
        for (const v of values) this.floats[this.n++] = v;
        return this;
      }
      /** An `array<vec4<u32>, 2>` holding up to 8 values (zero padded). */
      dims8(values) {
        if (values.length > 8) throw new Error(`rank ${values.length} exceeds the WebGPU kernels' limit of 8`);
        this.n = Math.ceil(this.n / 4) * 4;
        for (let i = 0; i < 8; i++) this.words[this.n++] = (values[i] ?? 0) >>> 0;
        return this;
      }
      done() {
        return this.words.slice(0, Math.ceil(this.n / 4) * 4);
      }
    };
  }
});

// src/backend/webgpu/kernels/attention.ts
function tileRows(floatsPerRow) {
  let t2 = WG;
  while (t2 > 1 && t2 * floatsPerRow > SHARED_FLOATS) t2 /= 2;
  return t2;
}
function attentionDims2(q, k, v) {
  const [B, L, E] = q.shape;
  const [, S] = k.shape;
  const Ev = v.shape[2];
  if (E > MAX_HEAD_DIM || Ev > MAX_HEAD_DIM) return null;
  return { B, L, S, E, Ev };
}
function biasLayout(bias, d) {
  const n = bias.shape.length;
  if (n < 2 || bias.shape[n - 2] !== d.L || bias.shape[n - 1] !== d.S) return null;
  const batch = bias.shape.slice(0, -2);
  if (batch.reduce((a2, b2) => a2 * b2, 1) !== d.B) return null;
  const c = collapseDims(batch, [bias.strides.slice(0, -2)]);
  if (c.shape.length > 8) return null;
  return { offset: bias.offset, rowStride: bias.strides[n - 2], colStride: bias.strides[n - 1], batchShape: c.shape, batchStrides: c.strides[0] };
}
function params(d, causal, offsets, blocks, scale, bias) {
  return new ParamWriter().u32(d.B, d.L, d.S, causal ? 1 : 0, ...offsets, blocks).f32(scale).u32(bias.offset, bias.rowStride, bias.colStride, bias.batchShape.length).dims8(bias.batchShape).dims8(bias.batchStrides).done();
}
function defines(pass, d, bias) {
  const tile = tileRows(pass === "DKDV" ? d.E + d.Ev + 3 : d.E + d.Ev);
  return { [pass]: true, BIAS: bias, WG, E: d.E, EV: d.Ev, TILE: tile, TILE_E: tile * d.E, TILE_EV: tile * d.Ev };
}
function attentionForward(ctx, out, lse, q, k, v, scale, causal, bias = null) {
  const d = attentionDims2(q, k, v);
  if (!d) return false;
  const layout = bias ? biasLayout(bias, d) : NO_BIAS;
  if (!layout) return false;
  if (d.B * d.L === 0) return true;
  const blocks = Math.ceil(d.L / WG);
  ctx.commands.dispatch({
    shader: "attention",
    entry: "main",
    defines: defines("FWD", d, bias !== null),
    params: params(d, causal, [q.offset, k.offset, v.offset, 0, 0, 0], blocks, scale, layout),
    bindings: [
      { buffer: ctx.gpu(out), write: true },
      { buffer: ctx.gpu(lse), write: true },
      { buffer: ctx.gpu(q.buffer) },
      { buffer: ctx.gpu(k.buffer) },
      { buffer: ctx.gpu(v.buffer) },
      null,
      null,
      null,
      bias ? { buffer: ctx.gpu(bias.buffer) } : null
    ],
    workgroups: d.B * blocks
  });
  return true;
}
function attentionBackward(ctx, stats, dq, dk, dv, q, k, v, out, dout, lse, scale, causal, bias = null) {
  const d = attentionDims2(q, k, v);
  if (!d) return false;
  const layout = bias ? biasLayout(bias, d) : NO_BIAS;
  if (!layout) return false;
  if (d.B * d.L * d.S === 0) return false;
  const offsets = [q.offset, k.offset, v.offset, out.offset, dout.offset, lse.offset];
  const withBias = bias !== null;
  const qkv = [{ buffer: ctx.gpu(q.buffer) }, { buffer: ctx.gpu(k.buffer) }, { buffer: ctx.gpu(v.buffer) }];
  const biasBinding = bias ? { buffer: ctx.gpu(bias.buffer) } : null;
  ctx.commands.dispatch({
    shader: "attention",
    entry: "main",
    defines: defines("DELTA", d, withBias),
    params: params(d, causal, offsets, 0, scale, NO_BIAS),
    bindings: [
      { buffer: ctx.gpu(stats), write: true },
      null,
      null,
      null,
      null,
      { buffer: ctx.gpu(dout.buffer) },
      { buffer: ctx.gpu(out.buffer) },
      { buffer: ctx.gpu(lse.buffer) }
    ],
    workgroups: Math.ceil(d.B * d.L / WG)
  });
  const qBlocks = Math.ceil(d.L / WG);
  ctx.commands.dispatch({
    shader: "attention",
    entry: "main",
    defines: defines("DQ", d, withBias),
    params: params(d, causal, offsets, qBlocks, scale, layout),
    bindings: [
      { buffer: ctx.gpu(dq), write: true },
      null,
      ...qkv,
      { buffer: ctx.gpu(dout.buffer) },
      { buffer: ctx.gpu(stats) },
      null,
      biasBinding
    ],
    workgroups: d.B * qBlocks
  });
  const kBlocks = Math.ceil(d.S / WG);
  ctx.commands.dispatch({
    shader: "attention",
    entry: "main",
    defines: defines("DKDV", d, withBias),
    params: params(d, causal, offsets, kBlocks, scale, layout),
    bindings: [
      { buffer: ctx.gpu(dk), write: true },
      { buffer: ctx.gpu(dv), write: true },
      ...qkv,
      { buffer: ctx.gpu(dout.buffer) },
      { buffer: ctx.gpu(stats) },
      null,
      biasBinding
    ],
    workgroups: d.B * kBlocks
  });
  return true;
}
var WG, MAX_HEAD_DIM, SHARED_FLOATS, NO_BIAS;
var init_attention = __esm({
  "src/backend/webgpu/kernels/attention.ts"() {
    "use strict";
    init_layout();
    init_params();
    WG = 64;
    MAX_HEAD_DIM = 128;
    SHARED_FLOATS = 4096;
    NO_BIAS = { offset: 0, rowStride: 0, colStride: 0, batchShape: [], batchStrides: [] };
  }
});

// src/backend/webgpu/kernels/context.ts
function groupsFor(n, perGroup = WG2) {
  return Math.ceil(n / perGroup);
}
function rowWorkgroupSize(len) {
  const want = 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(len / 8))));
  return Math.min(256, Math.max(64, want));
}
var WG2, SERIAL_MAX;
var init_context = __esm({
  "src/backend/webgpu/kernels/context.ts"() {
    "use strict";
    WG2 = 64;
    SERIAL_MAX = 64;
  }
});

// src/backend/webgpu/kernels/conv.ts
function geometry(g, off0, off1, total, flag = 0) {
  const ints = [g.height, g.width, g.kernelH, g.kernelW, g.strideH, g.strideW, g.padH, g.padW, g.dilationH, g.dilationW, g.outH, g.outW];
  return {
    GEOM: `${g.channels}u, ${ints.map((v) => `${v}i`).join(", ")}, ${flag}u`,
    params: new ParamWriter().u32(off0, off1, total, 0).done()
  };
}
function im2col(ctx, cols, x2, g) {
  const total = g.batch * g.channels * g.kernelH * g.kernelW * g.outH;
  if (total === 0 || g.outW === 0) return;
  const geo = geometry(g, x2.offset, 0, total);
  ctx.commands.dispatch({
    shader: "conv",
    entry: "im2col",
    defines: { WG: WG2, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(cols), write: true }, { buffer: ctx.gpu(x2.buffer) }],
    workgroups: groupsFor(total)
  });
}
function col2im(ctx, x2, cols, g) {
  const total = g.batch * g.channels * g.height;
  if (total === 0 || g.width === 0) return;
  const geo = geometry(g, cols.offset, 0, total);
  ctx.commands.dispatch({
    shader: "conv",
    entry: "col2im",
    defines: { WG: WG2, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(x2), write: true }, { buffer: ctx.gpu(cols.buffer) }],
    workgroups: groupsFor(total)
  });
}
var init_conv = __esm({
  "src/backend/webgpu/kernels/conv.ts"() {
    "use strict";
    init_params();
    init_context();
  }
});

// src/backend/webgpu/kernels/elementwise.ts
function load(kind, raw) {
  switch (kind) {
    case "f32":
      return `bitcast<f32>(${raw})`;
    case "i32":
      return `bitcast<i32>(${raw})`;
    case "bool":
      return `(${raw} != 0u)`;
    case "raw":
      return raw;
  }
}
function store(from, to) {
  if (from === "raw") return "v";
  if (to === "float32") return from === "f32" ? "bitcast<u32>(v)" : from === "i32" ? "bitcast<u32>(f32(v))" : "bitcast<u32>(select(0.0, 1.0, v))";
  if (to === "int32") return from === "f32" ? "bitcast<u32>(i32(v))" : from === "i32" ? "bitcast<u32>(v)" : "select(0u, 1u, v)";
  return from === "f32" ? "select(0u, 1u, v != 0.0)" : from === "i32" ? "select(0u, 1u, v != 0)" : "select(0u, 1u, v)";
}
function kindOf(dtype) {
  return dtype === "float32" ? "f32" : "i32";
}
function run(ctx, out, shape, inputs, op, valueKind, outDtype) {
  const n = numel(shape);
  if (n === 0) return;
  const views = inputs.map((x2) => typeof x2.operand === "number" ? null : x2.operand);
  const collapsed = collapseDims(shape, views.map((v) => v ? v.strides : shape.map(() => 0)));
  const rank = collapsed.shape.length;
  const contig = rank === 1;
  const p = new ParamWriter().u32(n);
  for (let k = 0; k < 3; k++) {
    const x2 = inputs[k];
    p.u32(x2 && typeof x2.operand === "number" ? scalarBits2(x2.operand, x2.dtype) : 0);
  }
  p.u32(...[0, 1, 2, 3].map((k) => views[k]?.offset ?? 0));
  p.dims8(collapsed.shape);
  for (let k = 0; k < 3; k++) p.dims8(views[k] ? collapsed.strides[k] : []);
  const inv = new Float32Array(8);
  collapsed.shape.forEach((size, d) => {
    inv[d] = 1 / size;
  });
  p.dims8([...new Uint32Array(inv.buffer)]);
  const vec4 = vectorizable(collapsed, views);
  const defines2 = {
    WG: WG2,
    CONTIG: contig,
    VEC4: vec4,
    WORD: vec4 ? "vec4<u32>" : "u32",
    OP: op,
    STORE: store(valueKind, outDtype)
  };
  const per = vec4 || contig || collapsed.shape[rank - 1] % 4 === 0 ? 4 : 1;
  if (vec4 || !contig) defines2.INDEX = indexCode(rank);
  if (!contig) {
    defines2.FASTDIV = n < 2 ** 24;
    defines2.PER = per;
    defines2.LAST = slotOf(rank - 1);
  }
  const bindings = [{ buffer: ctx.gpu(out), write: true }];
  for (let k = 0; k < 3; k++) {
    const x2 = inputs[k];
    const view2 = views[k];
    defines2[`X${k}_BUF`] = view2 !== null && view2 !== void 0;
    defines2[`X${k}_VEC`] = vec4 && !!view2 && collapsed.strides[k][rank - 1] === 1;
    defines2[`X${k}`] = x2 ? load(x2.kind, `r${k}`) : "0u";
    if (view2) bindings[k + 1] = { buffer: ctx.gpu(view2.buffer), write: false };
  }
  ctx.commands.dispatch({
    shader: "elementwise",
    defines: defines2,
    params: p.done(),
    bindings: [0, 1, 2, 3].map((k) => bindings[k] ?? null),
    // 4 elements per thread where the layout allows (see wgsl/elementwise.wgsl).
    workgroups: groupsFor(Math.ceil(n / per))
  });
}
function vectorizable(collapsed, views) {
  const rank = collapsed.shape.length;
  if (collapsed.shape[rank - 1] % 4 !== 0) return false;
  return views.every((view2, k) => {
    if (!view2) return true;
    const strides = collapsed.strides[k];
    const inner = strides[rank - 1];
    if (inner === 0) return true;
    return inner === 1 && view2.offset % 4 === 0 && strides.every((s, d) => d === rank - 1 || s % 4 === 0);
  });
}
function slotOf(d) {
  return `[${d >> 2}].${"xyzw"[d & 3]}`;
}
function indexCode(rank) {
  const lines = [];
  for (let d = rank - 1; d >= 0; d--) {
    const slot = slotOf(d);
    if (d > 0) lines.push(`let c${d} = divmod(rem, P.shape${slot}, P.inv${slot}); rem = c${d}.x;`);
    const c = d > 0 ? `c${d}.y` : "rem";
    lines.push(`i0 += ${c} * P.st0${slot}; i1 += ${c} * P.st1${slot}; i2 += ${c} * P.st2${slot};`);
  }
  return lines.join("\n  ");
}
function copy(ctx, out, a2, outDtype) {
  const n = numel(a2.shape);
  if (n === 0) return;
  const c = collapseDims(a2.shape, [a2.strides]);
  if (a2.dtype === outDtype && c.shape.length === 1 && c.strides[0][0] === 1) {
    ctx.commands.copy(ctx.gpu(a2.buffer), a2.offset * 4, ctx.gpu(out), 0, n * 4);
    return;
  }
  const kind = a2.dtype === "float32" ? "f32" : a2.dtype === "int32" ? "i32" : "bool";
  run(ctx, out, a2.shape, [{ operand: a2, kind, dtype: a2.dtype }], "x0", kind, outDtype);
}
function fill(ctx, out, count, value, dtype) {
  run(ctx, out, [count], [{ operand: value, kind: "raw", dtype }], "x0", "raw", dtype);
}
function unary(ctx, op, out, a2) {
  const kind = kindOf(a2.dtype);
  const expr = kind === "f32" ? FLOAT_UNARY[op] : INT_UNARY2[op];
  if (expr === void 0) throw new Error(`webgpu unary: ${op} is not supported for ${a2.dtype} (shape [${a2.shape.join(", ")}])`);
  const valueKind = op === "logical_not" ? "bool" : kind;
  const outDtype = op === "logical_not" ? "bool" : a2.dtype;
  run(ctx, out, a2.shape, [{ operand: a2, kind, dtype: a2.dtype }], expr, valueKind, outDtype);
}
function binaryExpr(op, kind) {
  const cmp = COMPARE[op];
  if (cmp) return `x0 ${cmp} x1`;
  const zero = kind === "f32" ? "0.0" : "0";
  switch (op) {
    case "add":
      return "x0 + x1";
    case "sub":
      return "x0 - x1";
    case "mul":
      return "x0 * x1";
    // NOTE: WGSL integer division truncates toward zero (as PyTorch's int div
    // with rounding_mode='trunc'); x / 0 gives x instead of trapping.
    case "div":
      return "x0 / x1";
    case "pow":
      return kind === "f32" ? "pow_f32(x0, x1)" : void 0;
    case "maximum":
      return kind === "f32" ? "max_f32(x0, x1)" : "max(x0, x1)";
    case "minimum":
      return kind === "f32" ? "min_f32(x0, x1)" : "min(x0, x1)";
    case "logical_and":
      return `(x0 != ${zero}) && (x1 != ${zero})`;
    case "logical_or":
      return `(x0 != ${zero}) || (x1 != ${zero})`;
    // NOTE: the NaN test on the bits, as a compiler may fold comparisons assuming no NaN.
    case "relu_backward":
      return kind === "f32" ? "select(x0, 0.0, x1 <= 0.0 && !is_nan_f32(x1))" : void 0;
    default:
      return void 0;
  }
}
function binary(ctx, op, out, shape, a2, b2, dtype) {
  const kind = kindOf(dtype);
  const expr = binaryExpr(op, kind);
  if (expr === void 0) throw new Error(`webgpu binary: ${op} is not supported for ${dtype} (shape [${shape.join(", ")}])`);
  const logical = op in COMPARE || op === "logical_and" || op === "logical_or";
  const outDtype = logical ? "bool" : dtype;
  run(ctx, out, shape, [
    { operand: a2, kind, dtype },
    { operand: b2, kind, dtype }
  ], expr, logical ? "bool" : kind, outDtype);
}
function where(ctx, out, shape, cond, a2, b2, dtype) {
  run(ctx, out, shape, [
    { operand: cond, kind: "bool", dtype: "bool" },
    { operand: a2, kind: "raw", dtype },
    { operand: b2, kind: "raw", dtype }
  ], "select(x2, x1, x0)", "raw", dtype);
}
function clamp(ctx, out, a2, lo, hi) {
  const kind = kindOf(a2.dtype);
  if (kind === "f32") {
    run(ctx, out, a2.shape, [
      { operand: a2, kind, dtype: a2.dtype },
      { operand: lo, kind, dtype: a2.dtype },
      { operand: hi, kind, dtype: a2.dtype }
    ], "select(min(max(x0, x1), x2), x0, is_nan_f32(x0))", kind, a2.dtype);
    return;
  }
  const ilo = lo === -Infinity ? -2147483648 : saturateInt32(Math.ceil(lo));
  const ihi = hi === Infinity ? 2147483647 : saturateInt32(Math.floor(hi));
  run(ctx, out, a2.shape, [
    { operand: a2, kind, dtype: a2.dtype },
    { operand: ilo, kind, dtype: a2.dtype },
    { operand: ihi, kind, dtype: a2.dtype }
  ], "min(max(x0, x1), x2)", kind, a2.dtype);
}
var FLOAT_UNARY, INT_UNARY2, COMPARE;
var init_elementwise = __esm({
  "src/backend/webgpu/kernels/elementwise.ts"() {
    "use strict";
    init_params();
    init_layout();
    init_context();
    FLOAT_UNARY = {
      neg: "-x0",
      abs: "abs(x0)",
      exp: "exp(x0)",
      log: "log_f32(x0)",
      sqrt: "sqrt_f32(x0)",
      rsqrt: "1.0 / sqrt_f32(x0)",
      sin: "sin_f32(x0)",
      cos: "cos_f32(x0)",
      tanh: "tanh_f32(x0)",
      sigmoid: "sigmoid_f32(x0)",
      relu: "relu_f32(x0)",
      gelu: "gelu_f32(x0)",
      gelu_tanh: "gelu_tanh_f32(x0)",
      silu: "x0 * sigmoid_f32(x0)",
      erf: "erf_f32(x0)",
      sign: "sign(x0)",
      floor: "floor(x0)",
      ceil: "ceil(x0)",
      round: "round(x0)",
      square: "x0 * x0",
      reciprocal: "1.0 / x0",
      log1p: "log1p_f32(x0)",
      expm1: "expm1_f32(x0)",
      logical_not: "x0 == 0.0"
    };
    INT_UNARY2 = {
      neg: "-x0",
      abs: "abs(x0)",
      sign: "sign(x0)",
      square: "x0 * x0",
      logical_not: "x0 == 0"
    };
    COMPARE = {
      eq: "==",
      ne: "!=",
      lt: "<",
      le: "<=",
      gt: ">",
      ge: ">="
    };
  }
});

// src/backend/webgpu/kernels/indexing.ts
function checkIndex(op, index) {
  if (index.dtype !== "int32") throw new Error(`webgpu ${op}: index must be int32, got ${index.dtype}`);
}
function indexSelect(ctx, out, a2, index, outer, n, inner, m) {
  checkIndex("indexSelect", index);
  const total = outer * m * inner;
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: "index",
    entry: "index_select",
    defines: { WG: WG2 },
    params: new ParamWriter().u32(total, n, inner, m, a2.offset, index.offset, 0, 0).dims8([]).dims8([]).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a2.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total)
  });
}
function gather(ctx, out, a2, dim, index) {
  checkIndex("gather", index);
  const total = numel(index.shape);
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: "index",
    entry: "gather",
    defines: { WG: WG2 },
    params: new ParamWriter().u32(total, a2.shape[dim], 0, dim, a2.offset, index.offset, index.shape.length, 0).dims8(index.shape).dims8(a2.strides).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a2.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total)
  });
}
function indexAdd(ctx, target, src, index, outer, n, inner, m) {
  checkIndex("indexAdd", index);
  const total = outer * m * inner;
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: "scatter",
    entry: "index_add",
    defines: { WG: WG2, FLOAT: src.dtype === "float32" },
    params: new ParamWriter().u32(total, n, inner, m, src.offset, index.offset, 0, 0).dims8([]).dims8([]).done(),
    bindings: [{ buffer: ctx.gpu(target), write: true }, { buffer: ctx.gpu(src.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total)
  });
}
function scatterAdd(ctx, target, targetShape, dim, index, src) {
  checkIndex("scatterAdd", index);
  const total = numel(index.shape);
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: "scatter",
    entry: "scatter_add",
    defines: { WG: WG2, FLOAT: src.dtype === "float32" },
    params: new ParamWriter().u32(total, targetShape[dim], 0, dim, src.offset, index.offset, index.shape.length, 0).dims8(index.shape).dims8(contiguousStrides(targetShape)).done(),
    bindings: [{ buffer: ctx.gpu(target), write: true }, { buffer: ctx.gpu(src.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total)
  });
}
var init_indexing = __esm({
  "src/backend/webgpu/kernels/indexing.ts"() {
    "use strict";
    init_params();
    init_layout();
    init_context();
  }
});

// src/backend/webgpu/kernels/matmul.ts
function useTiled(ctx, M, N, K) {
  return !ctx.emulated && M >= 32 && N >= 32 && K >= 64;
}
function check3d(name, v) {
  if (v.shape.length !== 3 || v.strides.length !== 3) throw new Error(`webgpu matmul: ${name} must be a 3-D view, got shape [${v.shape.join(", ")}]`);
  if (v.dtype !== "float32") throw new Error(`webgpu matmul: ${name} must be float32, got ${v.dtype}`);
}
function sharedShape(ctx, batch, M, K, N, forced) {
  if (ctx.subgroupSize !== SHARED_SUBGROUP || M <= 4 && !forced) return null;
  const large = batch * M * N * K >= LARGE_PRODUCT;
  const rows = large && M > 16 ? 32 : M > 8 ? 16 : 8;
  const cols = large && N > 8 ? 16 : 8;
  const blocks = Math.ceil(N / cols);
  for (let wg = WG2; wg >= SHARED_SUBGROUP; wg /= 2) {
    if ((Math.ceil(blocks / wg) * wg - blocks) * 4 <= blocks) return { rows, cols, wg };
  }
  return forced ? { rows, cols, wg: SHARED_SUBGROUP } : null;
}
function aligned(size, stride) {
  return size === 1 || stride % 4 === 0;
}
function rowsAligned(a2) {
  const [batch, M] = a2.shape;
  const [aSB, aSM, aSK] = a2.strides;
  return aSK === 1 && a2.offset % 4 === 0 && aligned(batch, aSB) && aligned(M, aSM);
}
function blockDefines(a2, b2) {
  const [batch, , K] = a2.shape;
  const N = b2.shape[2];
  const [bSB, bSK, bSN] = b2.strides;
  const A_VEC = rowsAligned(a2);
  const bBase = b2.offset % 4 === 0 && aligned(batch, bSB);
  const B_VEC_N = bBase && bSN === 1 && aligned(K, bSK);
  const B_VEC_K = !B_VEC_N && bBase && bSK === 1 && aligned(N, bSN);
  return { A_VEC, B_VEC: B_VEC_N || B_VEC_K, B_VEC_N, B_VEC_K, OUT_VEC: N % 4 === 0 };
}
function packedA(ctx, a2) {
  const [batch, M, K] = a2.shape;
  const shared = batch === 1 || a2.strides[0] === 0;
  if (!shared || K === 0 || K % 4 !== 0 || M * K > PACK_MAX || rowsAligned(a2)) return a2;
  const packed = ctx.scratch(M * K * 4);
  copy(ctx, packed, { ...a2, shape: [M, K], strides: [a2.strides[1], a2.strides[2]] }, "float32");
  return { buffer: packed, dtype: "float32", shape: [batch, M, K], strides: [0, K, 1], offset: 0 };
}
function matmul(ctx, out, a2, b2, kernel = "auto") {
  check3d("a", a2);
  check3d("b", b2);
  const [batch, M, K] = a2.shape;
  const N = b2.shape[2];
  if (b2.shape[0] !== batch || b2.shape[1] !== K) {
    throw new Error(`webgpu matmul: shapes [${a2.shape.join(", ")}] and [${b2.shape.join(", ")}] cannot be multiplied`);
  }
  if (batch * M * N === 0) return;
  const shape = sharedShape(ctx, batch, M, K, N, kernel === "shared");
  const pick = kernel !== "auto" ? kernel : useTiled(ctx, M, N, K) ? "tiled" : shape ? "shared" : "block";
  if (pick === "shared") {
    if (!shape) throw new Error(`webgpu matmul: kernel 'shared' needs subgroups of ${SHARED_SUBGROUP}; this device's subgroup size is ${ctx.subgroupSize || "unknown or varying"} (shapes [${a2.shape.join(", ")}] and [${b2.shape.join(", ")}])`);
    return sharedMatmul(ctx, out, packedA(ctx, a2), b2, shape);
  }
  const block = pick === "block" || pick === "block8" || pick === "block8x8";
  const rows = kernel === "auto" ? M > 4 ? 8 : 4 : pick === "block" ? 4 : 8;
  const cols = kernel === "auto" ? N > 4 ? 8 : 4 : pick === "block8x8" ? 8 : 4;
  if (block) a2 = packedA(ctx, a2);
  const tilesM = Math.ceil(M / TILE);
  const tilesN = Math.ceil(N / TILE);
  const params2 = matmulParams(a2, b2, tilesM, tilesN);
  const workgroups = pick === "tiled" ? tilesM * tilesN * batch : block ? groupsFor(batch * Math.ceil(M / rows) * Math.ceil(N / cols)) : pick === "small" ? groupsFor(batch * M * Math.ceil(N / 4)) : groupsFor(batch * M * N);
  ctx.commands.dispatch({
    shader: block ? "matmul_block" : "matmul",
    defines: block ? { WG: WG2, BM: rows, BN: cols, ROWS8: rows === 8, COLS8: cols === 8, ...blockDefines(a2, b2) } : { WG: WG2 },
    entry: pick === "tiled" || block ? "main" : pick,
    params: params2,
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a2.buffer) }, { buffer: ctx.gpu(b2.buffer) }],
    workgroups
  });
}
function matmulParams(a2, b2, tilesM, tilesN) {
  const [batch, M, K] = a2.shape;
  return new ParamWriter().u32(batch, M, b2.shape[2], K).u32(a2.offset, a2.strides[0], a2.strides[1], a2.strides[2]).u32(b2.offset, b2.strides[0], b2.strides[1], b2.strides[2]).u32(tilesM, tilesN, 0, 0).done();
}
function sharedMatmul(ctx, out, a2, b2, { rows, cols, wg }) {
  const [batch, M] = a2.shape;
  const N = b2.shape[2];
  ctx.commands.dispatch({
    shader: "matmul_shared",
    defines: { WG: wg, RQ: rows / 4, CQ: cols / 4, ...blockDefines(a2, b2) },
    entry: "main",
    params: matmulParams(a2, b2, 0, 0),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a2.buffer) }, { buffer: ctx.gpu(b2.buffer) }],
    workgroups: batch * Math.ceil(M / rows) * groupsFor(Math.ceil(N / cols), wg)
  });
}
var TILE, SHARED_SUBGROUP, LARGE_PRODUCT, PACK_MAX;
var init_matmul = __esm({
  "src/backend/webgpu/kernels/matmul.ts"() {
    "use strict";
    init_params();
    init_elementwise();
    init_context();
    TILE = 64;
    SHARED_SUBGROUP = 4;
    LARGE_PRODUCT = 1 << 24;
    PACK_MAX = 1 << 16;
  }
});

// src/backend/webgpu/kernels/pool.ts
function maxPool2d(ctx, out, indices, x2, g) {
  const total = g.batch * g.channels * g.outH;
  if (total === 0 || g.outW === 0) return;
  const geo = geometry(g, x2.offset, 0, total);
  ctx.commands.dispatch({
    shader: "pool",
    entry: "max_pool",
    defines: { WG: WG2, WITH_INDICES: true, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(x2.buffer) }, { buffer: ctx.gpu(indices), write: true }],
    workgroups: groupsFor(total)
  });
}
function maxPool2dBackward(ctx, gradIn, gradOut, indices, g) {
  const disjoint = g.strideH >= g.dilationH * (g.kernelH - 1) + 1 && g.strideW >= g.dilationW * (g.kernelW - 1) + 1;
  if (disjoint) {
    const rows = g.batch * g.channels * g.outH;
    if (rows === 0 || g.outW === 0) return;
    fill(ctx, gradIn, g.batch * g.channels * g.height * g.width, 0, "float32");
    const geo2 = geometry(g, gradOut.offset, indices.offset, rows);
    ctx.commands.dispatch({
      shader: "pool",
      entry: "max_pool_scatter",
      defines: { WG: WG2, READ_INDICES: true, GEOM: geo2.GEOM },
      params: geo2.params,
      bindings: [{ buffer: ctx.gpu(gradIn), write: true }, { buffer: ctx.gpu(gradOut.buffer) }, { buffer: ctx.gpu(indices.buffer) }],
      workgroups: groupsFor(rows)
    });
    return;
  }
  const total = g.batch * g.channels * g.height;
  if (total === 0 || g.width === 0) return;
  const geo = geometry(g, gradOut.offset, indices.offset, total);
  ctx.commands.dispatch({
    shader: "pool",
    entry: "max_pool_backward",
    defines: { WG: WG2, READ_INDICES: true, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(gradIn), write: true }, { buffer: ctx.gpu(gradOut.buffer) }, { buffer: ctx.gpu(indices.buffer) }],
    workgroups: groupsFor(total)
  });
}
function avgPool2d(ctx, out, x2, g, countIncludePad) {
  const total = g.batch * g.channels * g.outH * g.outW;
  if (total === 0) return;
  const geo = geometry(g, x2.offset, 0, total, countIncludePad ? 1 : 0);
  ctx.commands.dispatch({
    shader: "pool",
    entry: "avg_pool",
    defines: { WG: WG2, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(x2.buffer) }],
    workgroups: groupsFor(total)
  });
}
function avgPool2dBackward(ctx, gradIn, gradOut, g, countIncludePad) {
  const total = g.batch * g.channels * g.height * g.width;
  if (total === 0) return;
  const geo = geometry(g, gradOut.offset, 0, total, countIncludePad ? 1 : 0);
  ctx.commands.dispatch({
    shader: "pool",
    entry: "avg_pool_backward",
    defines: { WG: WG2, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(gradIn), write: true }, { buffer: ctx.gpu(gradOut.buffer) }],
    workgroups: groupsFor(total)
  });
}
var init_pool = __esm({
  "src/backend/webgpu/kernels/pool.ts"() {
    "use strict";
    init_conv();
    init_elementwise();
    init_context();
  }
});

// src/backend/webgpu/kernels/reduce.ts
function template(op, float) {
  const T = float ? "f32" : "i32";
  const lowest = float ? "-f32_inf()" : "i32(-2147483647 - 1)";
  const highest = float ? "f32_inf()" : "i32(2147483647)";
  const nan = float ? " || is_nan_f32(v)" : "";
  switch (op) {
    case "sum":
      return { IDENTITY: `${T}(0)`, COMBINE: "acc + v", ARG: false, BETTER: "false" };
    case "prod":
      return { IDENTITY: `${T}(1)`, COMBINE: "acc * v", ARG: false, BETTER: "false" };
    case "max":
      return { IDENTITY: lowest, COMBINE: `select(acc, v, v > acc${nan})`, ARG: false, BETTER: "false" };
    case "min":
      return { IDENTITY: highest, COMBINE: `select(acc, v, v < acc${nan})`, ARG: false, BETTER: "false" };
    case "argmax":
      return { IDENTITY: lowest, COMBINE: "acc", ARG: true, BETTER: "vb > va" };
    case "argmin":
      return { IDENTITY: highest, COMBINE: "acc", ARG: true, BETTER: "vb < va" };
  }
}
function reduce(ctx, op, out, a2, outer, reduced, inner) {
  if (outer * inner === 0) return;
  const float = a2.dtype === "float32";
  const T = float ? "f32" : "i32";
  const t2 = template(op, float);
  const serial = reduced <= SERIAL_MAX || ctx.emulated && outer * inner >= 4;
  const entry = serial ? "serial" : inner === 1 ? "rows" : "cols";
  const wg = entry === "rows" ? rowWorkgroupSize(reduced) : 64;
  const workgroups = entry === "serial" ? groupsFor(outer * inner, wg) : entry === "rows" ? outer : outer * Math.ceil(inner / 16);
  ctx.commands.dispatch({
    shader: "reduce",
    entry,
    defines: {
      T,
      LOAD: `bitcast<${T}>(w)`,
      STORE: "bitcast<u32>(v)",
      ISNAN: float ? "is_nan_f32" : "is_nan_i32",
      WG: wg,
      ...t2
    },
    params: new ParamWriter().u32(outer, reduced, inner, a2.offset).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a2.buffer) }],
    workgroups
  });
}
var init_reduce = __esm({
  "src/backend/webgpu/kernels/reduce.ts"() {
    "use strict";
    init_params();
    init_context();
  }
});

// src/backend/webgpu/kernels/softmax.ts
function softmax(ctx, out, a2, rows, cols, log2) {
  if (rows * cols === 0) return;
  const serial = cols <= SERIAL_MAX || ctx.emulated && rows >= 4;
  const wg = serial ? 64 : rowWorkgroupSize(cols);
  ctx.commands.dispatch({
    shader: "softmax",
    entry: serial ? "serial" : "main",
    defines: { LOG: log2, WG: wg },
    params: new ParamWriter().u32(rows, cols, a2.offset, 0).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a2.buffer) }],
    workgroups: serial ? groupsFor(rows, wg) : rows
  });
}
var init_softmax = __esm({
  "src/backend/webgpu/kernels/softmax.ts"() {
    "use strict";
    init_params();
    init_context();
  }
});

// src/backend/webgpu/open.ts
async function openWebGPUBackends(gpu, options = {}) {
  const count = options.devices ?? 1;
  const first = options.firstIndex ?? 0;
  const backends2 = [];
  try {
    for (let i = 0; i < count; i++) {
      const adapter = await gpu.requestAdapter(options.powerPreference ? { powerPreference: options.powerPreference } : void 0);
      if (!adapter) throw new Error("WebGPU: no adapter available");
      const requiredLimits = {};
      for (const key of WANTED_LIMITS) requiredLimits[key] = adapter.limits[key];
      const requiredFeatures = ["timestamp-query", "shader-f16", "subgroups"].filter((f) => adapter.features.has(f));
      const device = await adapter.requestDevice({ requiredLimits, requiredFeatures, label: `webgpu:${first + i}` });
      const info = {
        vendor: adapter.info.vendor,
        architecture: adapter.info.architecture,
        description: adapter.info.description,
        subgroupMinSize: adapter.info.subgroupMinSize ?? 0,
        subgroupMaxSize: adapter.info.subgroupMaxSize ?? 0
      };
      backends2.push(new WebGPUBackend(`webgpu:${first + i}`, device, info, options));
    }
  } catch (err) {
    for (const b2 of backends2) b2.destroy();
    throw err;
  }
  return backends2;
}
var WANTED_LIMITS;
var init_open = __esm({
  "src/backend/webgpu/open.ts"() {
    "use strict";
    init_webgpu_backend();
    WANTED_LIMITS = ["maxStorageBufferBindingSize", "maxBufferSize", "maxComputeWorkgroupStorageSize"];
  }
});

// src/backend/webgpu/webgpu-backend.ts
var webgpu_backend_exports = {};
__export(webgpu_backend_exports, {
  WebGPUBackend: () => WebGPUBackend,
  openWebGPUBackends: () => openWebGPUBackends
});
function padTo4(bytes) {
  const padded = new Uint8Array(Math.ceil(bytes.byteLength / 4) * 4);
  padded.set(bytes);
  return padded;
}
var WebGPUBackend;
var init_webgpu_backend = __esm({
  "src/backend/webgpu/webgpu-backend.ts"() {
    "use strict";
    init_buffers();
    init_commands();
    init_device_state();
    init_pipelines();
    init_shaders_gen();
    init_attention();
    init_conv();
    init_elementwise();
    init_indexing();
    init_matmul();
    init_pool();
    init_reduce();
    init_softmax();
    init_open();
    WebGPUBackend = class {
      constructor(name, device, adapterInfo, options = {}) {
        this.name = name;
        this.device = device;
        this.adapterInfo = adapterInfo;
        this.state = new DeviceState(name, device);
        this.features = new Set(device.features);
        const info = `${adapterInfo.vendor} ${adapterInfo.architecture} ${adapterInfo.description}`;
        this.emulated = /swiftshader|llvmpipe|lavapipe|warp|basic render/i.test(info);
        const { subgroupMinSize = 0, subgroupMaxSize = 0 } = adapterInfo;
        this.subgroupSize = this.features.has("subgroups") && subgroupMinSize === subgroupMaxSize ? subgroupMinSize : 0;
        this.limits = {
          maxStorageBufferBindingSize: device.limits.maxStorageBufferBindingSize,
          maxBufferSize: device.limits.maxBufferSize
        };
        const U = GPUBufferUsage;
        this.storage = new BufferPool(device, U.STORAGE | U.COPY_SRC | U.COPY_DST, `${name}:storage`);
        this.staging = new BufferPool(device, U.MAP_READ | U.COPY_DST, `${name}:staging`);
        this.pipelines = new PipelineCache(device, this.state, options.shaderSources ?? SHADER_SOURCES);
        this.commands = new Commands(device, this.state, this.pipelines, this.storage, options.maxDispatchesPerSubmit ?? 64, options.maxWorkgroupsPerDimension);
      }
      name;
      device;
      adapterInfo;
      kind = "webgpu";
      commands;
      features;
      limits;
      emulated;
      subgroupSize;
      state;
      storage;
      staging;
      pipelines;
      liveBytes = 0;
      destroyed = false;
      // ---- storage ----
      alloc(byteLength) {
        this.state.check();
        if (!Number.isInteger(byteLength) || byteLength < 0) throw new Error(`${this.name}: alloc of ${byteLength} bytes`);
        const limit = Math.min(this.limits.maxStorageBufferBindingSize, this.limits.maxBufferSize);
        if (byteLength > limit) {
          const which = this.limits.maxStorageBufferBindingSize <= this.limits.maxBufferSize ? "maxStorageBufferBindingSize" : "maxBufferSize";
          throw new Error(`${this.name}: cannot allocate a buffer of ${byteLength} bytes: exceeds the device's ${which} (${limit} bytes)`);
        }
        const size = Math.min(sizeClass2(byteLength), limit - limit % 4);
        const buffer = new WebGPUBuffer(byteLength, this.storage.acquire(size), this.name);
        this.liveBytes += byteLength;
        return buffer;
      }
      free(buffer) {
        const b2 = this.own(buffer);
        if (b2.freed) return;
        b2.freed = true;
        this.liveBytes -= b2.byteLength;
        if (!this.destroyed) this.storage.releaseAfterSubmit(b2.gpu);
      }
      write(buffer, data, byteOffset = 0) {
        this.state.check();
        const b2 = this.gpu(buffer);
        if (byteOffset % 4 !== 0) throw new Error(`${this.name}: write offset ${byteOffset} is not a multiple of 4`);
        if (byteOffset + data.byteLength > buffer.byteLength) {
          throw new Error(`${this.name}: write of ${data.byteLength} bytes at ${byteOffset} overflows a ${buffer.byteLength}-byte buffer`);
        }
        const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        const padded = bytes.byteLength % 4 === 0 ? bytes : padTo4(bytes);
        if (this.commands.late.holding) return this.commands.deferWrite(b2, byteOffset, padded === bytes ? bytes.slice() : padded);
        if (this.commands.touches(b2)) this.commands.flush();
        this.device.queue.writeBuffer(b2, byteOffset, padded);
      }
      writeLater(buffer, data) {
        this.state.check();
        const b2 = this.gpu(buffer);
        const size = buffer.byteLength;
        this.commands.writeLater(b2, data.then((bytes) => {
          if (bytes.byteLength > size) throw new Error(`${this.name}: write of ${bytes.byteLength} bytes at 0 overflows a ${size}-byte buffer`);
          const view2 = new Uint8Array(bytes);
          return view2.byteLength % 4 === 0 ? view2 : padTo4(view2);
        }));
      }
      /**
       * Waits until the copies into `staging` were submitted (a staging buffer may
       * be mapped only then: not while a late write holds the queue); rejects,
       * giving `staging` back, with a failed late write's error.
       */
      async submittedInto(staging) {
        await this.commands.late.released();
        try {
          this.commands.late.takeFailure();
        } catch (e) {
          this.staging.release(staging);
          throw e;
        }
      }
      async read(buffer, byteOffset, byteLength) {
        this.state.check();
        const b2 = this.gpu(buffer);
        if (byteOffset < 0 || byteLength < 0 || byteOffset + byteLength > buffer.byteLength) {
          throw new Error(`${this.name}: read of ${byteLength} bytes at ${byteOffset} is outside a ${buffer.byteLength}-byte buffer`);
        }
        if (byteLength === 0) return new ArrayBuffer(0);
        const start = byteOffset - byteOffset % 4;
        const end = Math.ceil((byteOffset + byteLength) / 4) * 4;
        const staging = this.staging.acquire(sizeClass2(end - start));
        this.commands.copy(b2, start, staging, 0, end - start);
        this.commands.flush();
        await this.submittedInto(staging);
        await this.state.settle();
        try {
          await staging.mapAsync(GPUMapMode.READ, 0, end - start);
        } catch (err) {
          await this.state.settle();
          throw new Error(`${this.name}: read failed: ${err.message}`);
        }
        const out = staging.getMappedRange(0, end - start).slice(byteOffset - start, byteOffset - start + byteLength);
        staging.unmap();
        this.staging.release(staging);
        await this.state.settle();
        return out;
      }
      /**
       * Several element-aligned ranges, end to end, through ONE staging buffer and
       * one mapAsync (DataParallel reads a gradient bucket this way): the copies
       * are recorded now, in program order, like `read`'s.
       */
      async readMany(parts) {
        this.state.check();
        let total = 0;
        const sources = parts.map((p) => {
          const b2 = this.gpu(p.buffer);
          if (p.byteOffset < 0 || p.byteLength < 0 || p.byteOffset + p.byteLength > p.buffer.byteLength || p.byteOffset % 4 || p.byteLength % 4) {
            throw new Error(`${this.name}: readMany range of ${p.byteLength} bytes at ${p.byteOffset} is unaligned or outside a ${p.buffer.byteLength}-byte buffer`);
          }
          total += p.byteLength;
          return b2;
        });
        if (total === 0) return new ArrayBuffer(0);
        const staging = this.staging.acquire(sizeClass2(total));
        let at = 0;
        parts.forEach((p, i) => {
          if (p.byteLength > 0) this.commands.copy(sources[i], p.byteOffset, staging, at, p.byteLength);
          at += p.byteLength;
        });
        this.commands.flush();
        await this.submittedInto(staging);
        try {
          await staging.mapAsync(GPUMapMode.READ, 0, total);
        } catch (err) {
          await this.state.settle();
          throw new Error(`${this.name}: read failed: ${err.message}`);
        }
        const out = staging.getMappedRange(0, total).slice(0);
        staging.unmap();
        this.staging.release(staging);
        return out;
      }
      bytesInUse() {
        return this.liveBytes;
      }
      flush() {
        this.state.check();
        this.commands.flush();
      }
      async sync() {
        await this.state.settle();
        this.commands.flush();
        await this.commands.late.released();
        this.commands.late.takeFailure();
        await this.device.queue.onSubmittedWorkDone();
        await this.state.settle();
      }
      destroy() {
        if (this.destroyed) return;
        this.destroyed = true;
        this.state.markDestroyed();
        this.commands.destroy();
        this.storage.destroy();
        this.staging.destroy();
        this.device.destroy();
      }
      /** Pool and batching counters, for tests and the benchmark. */
      stats() {
        return {
          bytesInUse: this.liveBytes,
          pooledBytes: this.storage.idleBytes(),
          pipelines: this.pipelines.size,
          submits: this.commands.submits,
          dispatches: this.commands.dispatches
        };
      }
      /** KernelContext: the live GPUBuffer behind a handle of this backend. */
      gpu(buffer) {
        const b2 = this.own(buffer);
        if (b2.freed) throw new Error(`${this.name}: buffer used after free`);
        return b2.gpu;
      }
      scratch(byteLength) {
        const gpu = this.storage.acquire(sizeClass2(byteLength));
        this.storage.releaseAfterSubmit(gpu);
        return new WebGPUBuffer(byteLength, gpu, this.name);
      }
      own(buffer) {
        if (!(buffer instanceof WebGPUBuffer) || buffer.owner !== this.name) {
          const owner = buffer instanceof WebGPUBuffer ? buffer.owner : "another backend";
          throw new Error(`${this.name}: buffer belongs to ${owner}`);
        }
        return buffer;
      }
      // ---- kernels ----
      fill(out, count, value, dtype) {
        this.state.check();
        fill(this, out, count, value, dtype);
      }
      copy(out, a2, outDtype) {
        this.state.check();
        copy(this, out, a2, outDtype);
      }
      unary(op, out, a2) {
        this.state.check();
        unary(this, op, out, a2);
      }
      binary(op, out, shape, a2, b2, dtype) {
        this.state.check();
        binary(this, op, out, shape, a2, b2, dtype);
      }
      where(out, shape, cond, a2, b2, dtype) {
        this.state.check();
        where(this, out, shape, cond, a2, b2, dtype);
      }
      clamp(out, a2, lo, hi) {
        this.state.check();
        clamp(this, out, a2, lo, hi);
      }
      reduce(op, out, a2, outer, reduced, inner) {
        this.state.check();
        reduce(this, op, out, a2, outer, reduced, inner);
      }
      softmax(out, a2, rows, cols, log2) {
        this.state.check();
        softmax(this, out, a2, rows, cols, log2);
      }
      attention(out, lse, q, k, v, scale, causal) {
        this.state.check();
        return attentionForward(this, out, lse, q, k, v, scale, causal);
      }
      attentionBackward(dq, dk, dv, q, k, v, out, dout, lse, scale, causal) {
        return this.attentionGrads(dq, dk, dv, q, k, v, out, dout, lse, null, scale, causal);
      }
      attentionBiased(out, lse, q, k, v, bias, scale, causal) {
        this.state.check();
        return attentionForward(this, out, lse, q, k, v, scale, causal, bias);
      }
      attentionBiasedBackward(dq, dk, dv, q, k, v, out, dout, lse, bias, scale, causal) {
        return this.attentionGrads(dq, dk, dv, q, k, v, out, dout, lse, bias, scale, causal);
      }
      attentionGrads(dq, dk, dv, q, k, v, out, dout, lse, bias, scale, causal) {
        this.state.check();
        const stats = this.alloc(Math.max(3 * q.shape[0] * q.shape[1], 1) * 4);
        try {
          return attentionBackward(this, stats, dq, dk, dv, q, k, v, out, dout, lse, scale, causal, bias);
        } finally {
          this.free(stats);
        }
      }
      /** True when the device was opened with 'shader-f16' (autocast still runs float32: no f16 kernels yet). */
      supportsFloat16() {
        return this.features.has("shader-f16");
      }
      matmul(out, a2, b2) {
        this.state.check();
        matmul(this, out, a2, b2);
      }
      /** matmul with a forced kernel, for tests and the benchmark ('naive' is the baseline). */
      matmulWith(kernel, out, a2, b2) {
        this.state.check();
        matmul(this, out, a2, b2, kernel);
      }
      indexSelect(out, a2, index, outer, n, inner, m) {
        this.state.check();
        indexSelect(this, out, a2, index, outer, n, inner, m);
      }
      indexAdd(target, src, index, outer, n, inner, m) {
        this.state.check();
        indexAdd(this, target, src, index, outer, n, inner, m);
      }
      gather(out, a2, dim, index) {
        this.state.check();
        gather(this, out, a2, dim, index);
      }
      scatterAdd(target, targetShape, dim, index, src) {
        this.state.check();
        scatterAdd(this, target, targetShape, dim, index, src);
      }
      im2col(cols, x2, g) {
        this.state.check();
        im2col(this, cols, x2, g);
      }
      col2im(x2, cols, g) {
        this.state.check();
        col2im(this, x2, cols, g);
      }
      maxPool2d(out, indices, x2, g) {
        this.state.check();
        maxPool2d(this, out, indices, x2, g);
      }
      maxPool2dBackward(gradIn, gradOut, indices, g) {
        this.state.check();
        maxPool2dBackward(this, gradIn, gradOut, indices, g);
      }
      avgPool2d(out, x2, g, countIncludePad) {
        this.state.check();
        avgPool2d(this, out, x2, g, countIncludePad);
      }
      avgPool2dBackward(gradIn, gradOut, g, countIncludePad) {
        this.state.check();
        avgPool2dBackward(this, gradIn, gradOut, g, countIncludePad);
      }
    };
  }
});

// src/node.ts
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";

// src/device.ts
init_capability();
var backends = /* @__PURE__ */ new Map();
var defaultDevice = "cpu";
var provider;
var webgpuProblem = "WebGPU was not probed: call `await torch.init()`";
var initPromise;
var descriptions = /* @__PURE__ */ new Map();
function setWebGPUProvider(p) {
  provider = p;
}
function webgpuUnavailableReason() {
  return [...backends.keys()].some((k) => k.startsWith("webgpu")) ? void 0 : webgpuProblem;
}
function init(options = {}) {
  if (initPromise && options.cpuWorkers) {
    const workers = options.cpuWorkers;
    return initPromise.then(() => openCpuWorkers(workers)).then(() => devices());
  }
  initPromise ??= doInit(options).catch((e) => {
    initPromise = void 0;
    throw e;
  });
  return initPromise;
}
async function doInit(options) {
  const capability = chooseCpuCapability(options.cpuCapability);
  const { createCpuBackend: createCpuBackend2 } = await Promise.resolve().then(() => (init_cpu_backend(), cpu_backend_exports));
  if (!backends.has("cpu")) {
    const cpu = await createCpuBackend2();
    backends.set("cpu", cpu);
    descriptions.set("cpu", CPU_CAPABILITY_NAMES[capability]);
  }
  await openCpuWorkers(options.cpuWorkers ?? 0);
  if (options.webgpu !== false) await probeWebGPU(options);
  return devices();
}
async function openCpuWorkers(count) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`init: cpuWorkers must be a non-negative integer, got ${count}`);
  if (count === 0) return;
  const { getWorkerSpawner: getWorkerSpawner2 } = await Promise.resolve().then(() => (init_spawn(), spawn_exports));
  const spawn = getWorkerSpawner2();
  if (!spawn) throw new Error("init: cpuWorkers needs Web Workers (browsers) or worker_threads (the Node entry), and neither is available");
  const { WorkerBackend: WorkerBackend2 } = await Promise.resolve().then(() => (init_worker_backend(), worker_backend_exports));
  const { compileKernels: compileKernels2 } = await Promise.resolve().then(() => (init_wasm(), wasm_exports));
  const module = await compileKernels2();
  const names = Array.from({ length: count }, (_, i) => `cpu:${i + 1}`).filter((n) => !backends.has(n));
  const opened = await Promise.allSettled(names.map((n) => WorkerBackend2.open(n, spawn, module)));
  const failed = opened.find((o) => o.status === "rejected");
  if (failed) {
    for (const o of opened) if (o.status === "fulfilled") o.value.destroy();
    throw failed.reason;
  }
  for (const o of opened) {
    const b2 = o.value;
    backends.set(b2.name, b2);
    descriptions.set(b2.name, `${CPU_CAPABILITY_NAMES[getCpuCapability()]} in worker thread ${b2.name.slice(4)}`);
  }
}
async function probeWebGPU(options) {
  const gpu = provider?.gpu();
  if (!gpu) {
    webgpuProblem = provider ? "no WebGPU implementation found (navigator.gpu is undefined)" : "no WebGPU provider registered";
    return;
  }
  try {
    const { openWebGPUBackends: openWebGPUBackends2 } = await Promise.resolve().then(() => (init_webgpu_backend(), webgpu_backend_exports));
    const opened = await openWebGPUBackends2(gpu, {
      devices: options.webgpuDevices ?? 1,
      ...options.powerPreference ? { powerPreference: options.powerPreference } : {}
    });
    if (opened.length === 0) webgpuProblem = "requestAdapter() returned no adapter";
    for (const b2 of opened) {
      backends.set(b2.name, b2);
      const info = b2.adapterInfo;
      descriptions.set(b2.name, [info.vendor, info.architecture, info.description].filter(Boolean).join(" ") || "WebGPU adapter");
    }
  } catch (e) {
    webgpuProblem = `WebGPU initialisation failed: ${e.message}`;
  }
}
function devices() {
  return [...backends.keys()];
}
function canonicalDevice(name) {
  if (name === "webgpu") return "webgpu:0";
  return name === "cpu:0" ? "cpu" : name;
}
function getBackend(name) {
  const key = canonicalDevice(name ?? defaultDevice);
  const b2 = backends.get(key);
  if (b2) return b2;
  if (backends.size === 0) throw new Error(`webtorch: no devices are ready: call \`await torch.init()\` first`);
  if (key.startsWith("webgpu")) {
    const reason = webgpuUnavailableReason();
    throw new Error(`webtorch: device '${key}' is not available (${reason ?? `opened: ${devices().join(", ")}`})`);
  }
  if (/^cpu:\d+$/.test(key)) {
    throw new Error(`webtorch: device '${key}' is not open: worker cpu devices come from \`torch.init({ cpuWorkers: N })\` (opened: ${devices().join(", ")})`);
  }
  throw new Error(`webtorch: unknown device '${name}' (available: ${devices().join(", ")})`);
}
function getBackendIfReady(name) {
  return backends.get(canonicalDevice(name));
}

// src/node.ts
init_capability();

// src/backend/worker/node-spawn.ts
import { Worker as Worker2 } from "node:worker_threads";
var nodeSpawner = (source, entry) => {
  const bootstrap = `
const { parentPort } = require('node:worker_threads');
${entry}((m, t) => parentPort.postMessage(m, t), (h) => parentPort.on('message', h));
`;
  const worker = new Worker2(source + bootstrap, { eval: true });
  worker.unref();
  return {
    postMessage: (m, t2) => worker.postMessage(m, t2),
    onMessage: (h) => worker.on("message", (m) => h(m)),
    onFailure: (h) => {
      worker.on("error", (e) => h(e.message));
      worker.on("exit", (code) => h(`the worker exited (code ${code})`));
    },
    hold: (held) => held ? worker.ref() : worker.unref(),
    terminate: () => void worker.terminate()
  };
};

// src/node.ts
init_spawn();

// src/dtype.ts
var DTYPES = ["float32", "int32", "bool"];
function hostArrayFor(dtype, length) {
  return dtype === "float32" ? new Float32Array(length) : new Int32Array(length);
}
function hostViewOf(dtype, buffer) {
  return dtype === "float32" ? new Float32Array(buffer) : new Int32Array(buffer);
}
function isDType(value) {
  return typeof value === "string" && DTYPES.includes(value);
}
function promoteTypes(a2, b2) {
  if (a2 === "float32" || b2 === "float32") return "float32";
  if (a2 === "int32" || b2 === "int32") return "int32";
  return "bool";
}
function scalarDType(value) {
  if (typeof value === "boolean") return "bool";
  return Number.isInteger(value) ? "int32" : "float32";
}
function promoteWithScalar(tensor2, value) {
  const s = scalarDType(value);
  if (tensor2 === "bool") return s;
  if (tensor2 === "int32" && s === "float32") return "float32";
  return tensor2;
}

// src/tensor.ts
init_shape();

// src/storage.ts
var Storage = class {
  constructor(backend, buffer) {
    this.backend = backend;
    this.buffer = buffer;
  }
  backend;
  buffer;
  refs = 1;
  /** Set while data is still travelling to this storage from another device. */
  pending;
  /**
   * Counts in-place writes to this storage (PyTorch's tensor version counter):
   * whoever caches "unchanged since" by storage identity (DataParallel's
   * broadcast) compares it too. Ops that write a new storage leave it alone.
   */
  version = 0;
  get released() {
    return this.refs === 0;
  }
  /** Whether another tensor (a view, an alias, a saved tensor) holds this storage too. */
  get shared() {
    return this.refs > 1;
  }
  retain() {
    if (this.refs === 0) throw new Error("webtorch: storage used after it was freed (a tensor was disposed while a view still used it?)");
    this.refs++;
    return this;
  }
  release() {
    if (this.refs === 0) return;
    if (--this.refs === 0) this.backend.free(this.buffer);
  }
};

// src/memory.ts
var scopes = [];
var liveCounts = /* @__PURE__ */ new Map();
var finalizer = new FinalizationRegistry((cell) => {
  const device = cell.storage.backend.name;
  liveCounts.set(device, (liveCounts.get(device) ?? 1) - 1);
  cell.storage.release();
});
function trackTensor(t2, cell) {
  liveCounts.set(t2.device, (liveCounts.get(t2.device) ?? 0) + 1);
  const scope = scopes[scopes.length - 1];
  if (scope) scope.tensors.set(t2, cell);
  else finalizer.register(t2, cell, t2);
}
function leaveScope(t2) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const tensors = scopes[i].tensors;
    const cell = tensors.get(t2);
    if (cell) {
      tensors.delete(t2);
      return cell;
    }
  }
  return void 0;
}
function untrackTensor(t2) {
  liveCounts.set(t2.device, (liveCounts.get(t2.device) ?? 1) - 1);
  if (!leaveScope(t2)) finalizer.unregister(t2);
}
function keep(t2) {
  const cell = leaveScope(t2);
  if (cell) finalizer.register(t2, cell, t2);
  return t2;
}
function escape(t2, cell) {
  const parent = scopes[scopes.length - 1];
  if (parent) parent.tensors.set(t2, cell);
  else finalizer.register(t2, cell, t2);
}
function collect(value, out, isTensor) {
  if (isTensor(value)) out.add(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, out, isTensor);
  else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collect(v, out, isTensor);
  }
}
var isTensorFn;
function setTensorGuard(fn) {
  isTensorFn = fn;
}
function tidy(fn) {
  if (typeof fn !== "function") throw new TypeError("tidy: expected a function");
  const scope = { tensors: /* @__PURE__ */ new Map() };
  scopes.push(scope);
  let result;
  try {
    result = fn();
  } catch (e) {
    scopes.splice(scopes.indexOf(scope), 1);
    for (const t2 of scope.tensors.keys()) t2.dispose();
    throw e;
  }
  scopes.splice(scopes.indexOf(scope), 1);
  if (result instanceof Promise) throw new Error("tidy: the function must be synchronous (it returned a Promise)");
  const kept = /* @__PURE__ */ new Set();
  if (isTensorFn) collect(result, kept, isTensorFn);
  for (const [t2, cell] of scope.tensors) {
    if (kept.has(t2)) escape(t2, cell);
    else t2.dispose();
  }
  return result;
}

// src/autograd/backward.ts
init_shape();

// src/autograd/grad-mode.ts
var gradEnabled = true;
function isGradEnabled() {
  return gradEnabled;
}
function noGrad(fn) {
  return withGradMode(false, fn);
}
function withGradMode(enabled, fn) {
  const prev = gradEnabled;
  gradEnabled = enabled;
  try {
    const out = fn();
    if (out instanceof Promise) {
      return out.finally(() => gradEnabled = prev);
    }
    gradEnabled = prev;
    return out;
  } catch (e) {
    gradEnabled = prev;
    throw e;
  }
}

// src/autograd/node.ts
var GradNode = class {
  constructor(name, inputs, saved, backward) {
    this.name = name;
    this.inputs = inputs;
    this.saved = saved;
    this.backward = backward;
  }
  name;
  inputs;
  saved;
  backward;
  released = false;
  /**
   * Set for narrow/slice: backward then adds the gradient into the input's
   * accumulated gradient in place (O(slice)), instead of building a full-size
   * zero-padded copy per slice (O(input) each: an RNN unrolled over L steps
   * would cost O(L^2)).
   */
  sliceOf;
  /** Holders of this node: its output tensor plus every later node that reads that output. */
  refs = 1;
  /** Drops one holder; when none is left the saved tensors go, and so does this node's hold on its inputs. */
  unref() {
    if (this.refs <= 0) return;
    if (--this.refs > 0) return;
    this.release();
    for (const t2 of this.inputs) t2.gradFn?.unref();
  }
  ref() {
    this.refs++;
  }
  /** Frees the saved tensors; a second backward through this node then fails clearly. */
  release() {
    if (this.released) return;
    this.released = true;
    for (const t2 of this.saved) t2.dispose();
  }
};
function recordOp(name, inputs, output, save2, backward) {
  if (!isGradEnabled() || !inputs.some((t2) => t2.requiresGrad)) return output;
  output.requiresGrad = true;
  for (const t2 of inputs) t2.gradFn?.ref();
  output.gradFn = new GradNode(name, inputs, save2.map((t2) => keep(t2.alias())), backward);
  return output;
}

// src/ops/elementwise.ts
init_shape();

// src/ops/copy.ts
init_shape();

// src/ops/util.ts
init_shape();
function assertTensor(op, value, what = "input") {
  if (!(value instanceof Tensor)) throw new TypeError(`${op}: ${what} must be a Tensor, got ${value === null ? "null" : typeof value}`);
  value.assertUsable(op);
}
function backendOf(op, ...tensors) {
  const first = tensors[0];
  for (const t2 of tensors) {
    t2.assertUsable(op);
    if (t2.device !== first.device) {
      throw new Error(`${op}: expected all tensors on the same device, but found ${first.device} and ${t2.device}`);
    }
  }
  return first.storage.backend;
}
function empty(backend, shape, dtype) {
  const buffer = backend.alloc(Math.max(numel(shape), 1) * 4);
  return new Tensor(new Storage(backend, buffer), [...shape], contiguousStrides(shape), 0, dtype);
}
function broadcastView(t2, shape) {
  const v = t2.view_();
  return { ...v, shape, strides: broadcastStrides(t2.shape, t2.strides, shape) };
}
function checkDType(op, t2, allowed, what = "input") {
  if (!allowed.includes(t2.dtype)) {
    throw new TypeError(`${op}: ${what} has dtype ${t2.dtype} (shape ${formatShape(t2.shape)}), expected ${allowed.join(" or ")}`);
  }
}
function checkFloat(op, t2, what = "input") {
  checkDType(op, t2, ["float32"], what);
}

// src/ops/copy.ts
function copyAs(t2, dtype) {
  const out = empty(t2.storage.backend, t2.shape, dtype);
  t2.storage.backend.copy(out.storage.buffer, t2.view_(), dtype);
  return out;
}
function contiguous(t2) {
  assertTensor("contiguous", t2);
  if (t2.isContiguous()) return t2;
  return recordOp("contiguous", [t2], copyAs(t2, t2.dtype), [], (g) => [g]);
}
function clone(t2) {
  assertTensor("clone", t2);
  return recordOp("clone", [t2], copyAs(t2, t2.dtype), [], (g) => [g]);
}
function cast(t2, dtype) {
  assertTensor("to", t2);
  if (t2.dtype === dtype) return t2;
  const out = copyAs(t2, dtype);
  return dtype === "float32" && t2.dtype === "float32" ? recordOp("cast", [t2], out, [], (g) => [g]) : out;
}
function contiguousStorage(t2, dtype) {
  const c = copyAs(t2, dtype);
  const s = c.storage.retain();
  c.dispose();
  return s;
}
function checkAssign(target, value) {
  assertTensor("assign_", value, "value");
  if (!shapesEqual(target.shape, value.shape)) {
    throw new Error(`assign_: value shape ${formatShape(value.shape)} does not match tensor shape ${formatShape(target.shape)}`);
  }
  if (target.device !== value.device) throw new Error(`assign_: value is on ${value.device} but the tensor is on ${target.device}`);
}
function toDevice(t2, device) {
  assertTensor("to", t2);
  const target = getBackend(canonicalDevice(device));
  if (target.name === t2.device) return t2;
  const src = contiguous(t2);
  const out = empty(target, t2.shape, t2.dtype);
  const bytes = t2.numel() * 4;
  const srcBackend = src.storage.backend;
  if (srcBackend.readSync) {
    const host = srcBackend.readSync(src.storage.buffer, src.offset * 4, bytes);
    target.write(out.storage.buffer, new Uint8Array(host));
  } else if (target.writeLater) {
    const source = src.storage.retain();
    const bytesRead = srcBackend.read(source.buffer, src.offset * 4, bytes).catch((e) => {
      throw new Error(`to: copying ${formatShape(t2.shape)} ${t2.dtype} from ${t2.device} to ${target.name} failed: ${e.message}`);
    });
    bytesRead.then(() => source.release(), () => source.release());
    target.writeLater(out.storage.buffer, bytesRead);
  } else {
    const storage = out.storage;
    const source = src.storage.retain();
    const done = srcBackend.read(source.buffer, src.offset * 4, bytes).then((host) => {
      if (!storage.released) target.write(storage.buffer, new Uint8Array(host));
    }).finally(() => {
      storage.pending = void 0;
      source.release();
    });
    storage.pending = done;
  }
  if (src !== t2) src.dispose();
  const from = t2.device;
  return recordOp("to", [t2], out, [], (g) => [toDevice(g, from)]);
}
function nest(flat, shape, dtype) {
  const conv = (v) => dtype === "bool" ? v !== 0 : v;
  if (shape.length === 0) return conv(flat[0]);
  const build = (dim, offset) => {
    const n = shape[dim];
    const stride = shape.slice(dim + 1).reduce((a2, b2) => a2 * b2, 1);
    const out = [];
    for (let i = 0; i < n; i++) {
      out.push(dim === shape.length - 1 ? conv(flat[offset + i]) : build(dim + 1, offset + i * stride));
    }
    return out;
  };
  return build(0, 0);
}

// src/ops/reduce.ts
init_shape();

// src/ops/indexing.ts
init_shape();

// src/random.ts
var Generator = class {
  s = new Uint32Array(4);
  spareNormal;
  constructor(seed = Date.now()) {
    this.manualSeed(seed);
  }
  manualSeed(seed) {
    let x2 = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x2 = x2 + 2654435769 >>> 0;
      let z = x2;
      z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
      z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
      this.s[i] = (z ^ z >>> 16) >>> 0;
    }
    this.spareNormal = void 0;
    return this;
  }
  nextUint32() {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t2 = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t2;
    s[3] = rotl(s[3], 11);
    return result;
  }
  /** Uniform in [0, 1) with 24 random bits (exactly representable in float32). */
  uniform() {
    return (this.nextUint32() >>> 8) / 16777216;
  }
  /** Standard normal (Box-Muller; uses both values of each pair). */
  normal() {
    if (this.spareNormal !== void 0) {
      const v = this.spareNormal;
      this.spareNormal = void 0;
      return v;
    }
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spareNormal = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }
  /** Integer in [low, high). */
  integer(low, high) {
    return low + Math.floor(this.uniform() * (high - low));
  }
  getState() {
    return [...this.s, this.spareNormal === void 0 ? NaN : this.spareNormal];
  }
  setState(state) {
    if (state.length !== 5) throw new Error("Generator.setState: expected 5 numbers from getState()");
    for (let i = 0; i < 4; i++) this.s[i] = state[i] >>> 0;
    this.spareNormal = Number.isNaN(state[4]) ? void 0 : state[4];
  }
};
function rotl(x2, k) {
  return (x2 << k | x2 >>> 32 - k) >>> 0;
}
var defaultGenerator = new Generator(24301);

// src/ops/creation.ts
init_shape();
function checkOptions(op, options) {
  if (options.dtype !== void 0 && !isDType(options.dtype)) {
    throw new TypeError(`${op}: unknown dtype '${String(options.dtype)}' (expected float32, int32 or bool)`);
  }
}
function fromHost(op, values, shape, options, dtype) {
  checkOptions(op, options);
  if (options.requiresGrad && dtype !== "float32") {
    throw new TypeError(`${op}: only float32 tensors can require gradients (got ${dtype})`);
  }
  const backend = getBackend(options.device);
  const host = hostArrayFor(dtype, numel(shape));
  if (dtype === "bool") for (let i = 0; i < host.length; i++) host[i] = values[i] ? 1 : 0;
  else if (dtype === "int32") for (let i = 0; i < host.length; i++) host[i] = Math.trunc(values[i]);
  else host.set(values);
  const t2 = empty(backend, shape, dtype);
  if (host.length > 0) backend.write(t2.storage.buffer, host);
  t2.requiresGrad = options.requiresGrad ?? false;
  return t2;
}
function checkShape(op, shape) {
  if (!Array.isArray(shape)) throw new TypeError(`${op}: size must be an array of dims, e.g. [2, 3]`);
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new Error(`${op}: invalid size ${formatShape(shape)}`);
  }
  return [...shape];
}
function full(shape, value, options = {}) {
  checkOptions("full", options);
  const s = checkShape("full", shape);
  const dtype = options.dtype ?? (typeof value === "boolean" ? "bool" : "float32");
  if (options.requiresGrad && dtype !== "float32") throw new TypeError(`full: only float32 tensors can require gradients (got ${dtype})`);
  const backend = getBackend(options.device);
  const t2 = empty(backend, s, dtype);
  const n = numel(s);
  if (n > 0) backend.fill(t2.storage.buffer, n, Number(value), dtype);
  t2.requiresGrad = options.requiresGrad ?? false;
  return t2;
}
function zeros(shape, options = {}) {
  return full(shape, 0, options);
}
function ones(shape, options = {}) {
  return full(shape, 1, options);
}
function likeOptions(t2, options) {
  return { dtype: t2.dtype, device: t2.device, ...options };
}
function zerosLike(t2, options = {}) {
  return zeros(t2.shape, likeOptions(t2, options));
}
function onesLike(t2, options = {}) {
  return ones(t2.shape, likeOptions(t2, options));
}
function arange(start, end, step = 1, options = {}) {
  if (end === void 0) [start, end] = [0, start];
  if (step === 0) throw new Error("arange: step must be nonzero");
  const n = Math.max(0, Math.ceil((end - start) / step));
  const values = Array.from({ length: n }, (_, i) => start + i * step);
  const allInt = [start, end, step].every(Number.isInteger);
  return fromHost("arange", values, [n], options, options.dtype ?? (allInt ? "int32" : "float32"));
}
function randomTensor(op, shape, options, draw, dtype) {
  const s = checkShape(op, shape);
  const g = options.generator ?? defaultGenerator;
  const values = new Float32Array(numel(s));
  for (let i = 0; i < values.length; i++) values[i] = draw(g);
  return fromHost(op, values, s, options, dtype);
}
function randn(shape, options = {}) {
  return randomTensor("randn", shape, options, (g) => g.normal(), options.dtype ?? "float32");
}

// src/ops/indexing.ts
function checkIndex2(op, index) {
  if (index.dtype !== "int32") {
    throw new TypeError(`${op}: index must be an int32 tensor, got ${index.dtype} (shape ${formatShape(index.shape)})`);
  }
}
function checkRange(op, index, size) {
  const backend = index.storage.backend;
  if (!backend.readSync || index.numel() === 0) return;
  const c = contiguous(index);
  const values = new Int32Array(backend.readSync(c.storage.buffer, c.offset * 4, c.numel() * 4));
  if (c !== index) c.dispose();
  for (const v of values) {
    if (v < 0 || v >= size) throw new RangeError(`${op}: index ${v} is out of bounds for dimension with size ${size}`);
  }
}
function splitAt(shape, d) {
  return [numel(shape.slice(0, d)), shape[d], numel(shape.slice(d + 1))];
}
function indexSelect2(x2, dim, index) {
  assertTensor("indexSelect", x2);
  assertTensor("indexSelect", index, "index");
  checkIndex2("indexSelect", index);
  if (index.ndim > 1) throw new Error(`indexSelect: index must be 0-D or 1-D, got shape ${formatShape(index.shape)}`);
  const backend = backendOf("indexSelect", x2, index);
  const d = normalizeDim("indexSelect", dim, x2.ndim);
  const [outer, n, inner] = splitAt(x2.shape, d);
  checkRange("indexSelect", index, n);
  const m = index.numel();
  const shape = [...x2.shape];
  if (x2.ndim > 0) shape[d] = m;
  const src = contiguous(x2);
  const idx = contiguous(index);
  const out = empty(backend, shape, x2.dtype);
  backend.indexSelect(out.storage.buffer, src.view_(), idx.view_(), outer, n, inner, m);
  if (src !== x2) src.dispose();
  if (x2.dtype !== "float32") return out;
  return recordOp("indexSelect", [x2], out, [idx], (g, [si]) => [indexAdd2(zeros(x2.shape, { device: g.device }), d, si, g)]);
}
function indexAddInPlace(target, dim, index, src) {
  const backend = backendOf("indexAdd", target, index, src);
  const d = normalizeDim("indexAdd", dim, target.ndim);
  const [outer, n, inner] = splitAt(target.shape, d);
  const m = index.numel();
  const expected = [...target.shape];
  if (target.ndim > 0) expected[d] = m;
  if (src.ndim !== target.ndim || src.shape.some((s2, i) => s2 !== expected[i])) {
    throw new Error(`indexAdd: source shape ${formatShape(src.shape)} does not match ${formatShape(expected)} (target ${formatShape(target.shape)}, ${m} indices along dim ${d})`);
  }
  const s = contiguous(src);
  const idx = contiguous(index);
  backend.indexAdd(target.storage.buffer, s.view_(), idx.view_(), outer, n, inner, m);
  if (s !== src) s.dispose();
  if (idx !== index) idx.dispose();
}
function indexAdd2(x2, dim, index, src) {
  assertTensor("indexAdd", x2);
  assertTensor("indexAdd", index, "index");
  assertTensor("indexAdd", src, "source");
  checkIndex2("indexAdd", index);
  const d = normalizeDim("indexAdd", dim, x2.ndim);
  checkRange("indexAdd", index, x2.shape[d] ?? 1);
  const out = copyAs(x2, x2.dtype);
  indexAddInPlace(out, d, index, src);
  if (x2.dtype !== "float32") return out;
  const idx = contiguous(index);
  return recordOp("indexAdd", [x2, src], out, [idx], (g, [si]) => [g, indexSelect2(g, d, si)]);
}
function checkGatherShapes(op, x2, d, index) {
  if (index.ndim !== x2.ndim) {
    throw new Error(`${op}: index ${formatShape(index.shape)} must have as many dims as the input ${formatShape(x2.shape)}`);
  }
  index.shape.forEach((s, i) => {
    if (i !== d && s > x2.shape[i]) {
      throw new Error(`${op}: size of index ${formatShape(index.shape)} does not fit input ${formatShape(x2.shape)} at dim ${i} (apart from dim ${d})`);
    }
  });
}
function gather2(x2, dim, index) {
  assertTensor("gather", x2);
  assertTensor("gather", index, "index");
  checkIndex2("gather", index);
  const backend = backendOf("gather", x2, index);
  const d = normalizeDim("gather", dim, x2.ndim);
  checkGatherShapes("gather", x2, d, index);
  checkRange("gather", index, x2.shape[d] ?? 1);
  const src = contiguous(x2);
  const idx = contiguous(index);
  const out = empty(backend, index.shape, x2.dtype);
  backend.gather(out.storage.buffer, src.view_(), d, idx.view_());
  if (src !== x2) src.dispose();
  if (x2.dtype !== "float32") return out;
  return recordOp("gather", [x2], out, [idx], (g, [si]) => [scatterAdd2(zeros(x2.shape, { device: g.device }), d, si, g)]);
}
function scatterAdd2(x2, dim, index, src) {
  assertTensor("scatterAdd", x2);
  assertTensor("scatterAdd", index, "index");
  assertTensor("scatterAdd", src, "src");
  checkIndex2("scatterAdd", index);
  const backend = backendOf("scatterAdd", x2, index, src);
  const d = normalizeDim("scatterAdd", dim, x2.ndim);
  checkGatherShapes("scatterAdd", x2, d, index);
  if (src.ndim !== index.ndim || index.shape.some((s2, i) => s2 > src.shape[i])) {
    throw new Error(`scatterAdd: index ${formatShape(index.shape)} must not be larger than src ${formatShape(src.shape)}`);
  }
  if (src.dtype !== x2.dtype) throw new TypeError(`scatterAdd: src dtype ${src.dtype} must match the input's ${x2.dtype}`);
  checkRange("scatterAdd", index, x2.shape[d] ?? 1);
  const out = copyAs(x2, x2.dtype);
  const idx = contiguous(index);
  const s = contiguous(src.ndim === index.ndim && index.shape.every((v, i) => v === src.shape[i]) ? src : sliceCorner(src, index.shape));
  backend.scatterAdd(out.storage.buffer, out.shape, d, idx.view_(), s.view_());
  if (s !== src) s.dispose();
  if (x2.dtype !== "float32") return out;
  return recordOp("scatterAdd", [x2, src], out, [idx], (g, [si]) => {
    const gs = gather2(g, d, si);
    return [g, gs.shape.every((v, i) => v === src.shape[i]) ? gs : padTo(gs, src.shape)];
  });
}
function sliceCorner(t2, shape) {
  let v = t2;
  shape.forEach((s, i) => {
    if (v.shape[i] !== s) v = v.narrow(i, 0, s);
  });
  return v;
}
function scatterBack(g, shape, dim, start, step) {
  const out = zeros(shape, { device: g.device });
  addSliceInPlace(out, dim, start, step, g);
  return out;
}
function addSliceInPlace(target, dim, start, step, g) {
  tidy(() => {
    const count = g.shape[dim];
    const index = arange(start, start + count * step, step, { device: g.device, dtype: "int32" });
    indexAddInPlace(target, dim, index, g);
  });
}
function padTo(g, shape) {
  let acc = g;
  for (let i = 0; i < shape.length; i++) {
    if (acc.shape[i] !== shape[i]) acc = scatterBack(acc, acc.shape.map((s, j) => j === i ? shape[i] : s), i, 0, 1);
  }
  return acc;
}

// src/ops/views.ts
init_shape();
function makeView(x2, shape, strides, offset) {
  return new Tensor(x2.storage.retain(), [...shape], [...strides], offset, x2.dtype);
}
function viewOp(name, x2, shape, strides, offset, back) {
  return recordOp(name, [x2], makeView(x2, shape, strides, offset), [], (g) => [back(g)]);
}
function reshape(x2, shape) {
  assertTensor("reshape", x2);
  const target = inferShape("reshape", shape, x2.numel(), x2.shape);
  const src = contiguous(x2);
  const out = viewOp("reshape", src, target, contiguousStrides(target), src.offset, (g) => reshape(g, src.shape));
  if (src !== x2) src.dispose();
  return out;
}
function view(x2, shape) {
  assertTensor("view", x2);
  const target = inferShape("view", shape, x2.numel(), x2.shape);
  if (!x2.isContiguous()) {
    throw new Error(`view: size ${formatShape(target)} is not compatible with the input's size and stride (shape ${formatShape(x2.shape)} is not contiguous); use reshape() instead`);
  }
  return viewOp("view", x2, target, contiguousStrides(target), x2.offset, (g) => reshape(g, x2.shape));
}
function transpose(x2, dim0, dim1) {
  assertTensor("transpose", x2);
  const a2 = normalizeDim("transpose", dim0, x2.ndim);
  const b2 = normalizeDim("transpose", dim1, x2.ndim);
  if (x2.ndim < 2 && a2 === b2) return viewOp("transpose", x2, x2.shape, x2.strides, x2.offset, (g) => g);
  const shape = [...x2.shape];
  const strides = [...x2.strides];
  [shape[a2], shape[b2]] = [shape[b2], shape[a2]];
  [strides[a2], strides[b2]] = [strides[b2], strides[a2]];
  return viewOp("transpose", x2, shape, strides, x2.offset, (g) => transpose(g, a2, b2));
}
function t(x2) {
  assertTensor("t", x2);
  if (x2.ndim > 2) throw new Error(`t: expects a tensor with <= 2 dimensions, but got ${x2.ndim} (shape ${formatShape(x2.shape)}); use transpose`);
  return x2.ndim < 2 ? x2 : transpose(x2, 0, 1);
}
function permute(x2, dims) {
  assertTensor("permute", x2);
  if (dims.length !== x2.ndim) {
    throw new Error(`permute: number of dims ${dims.length} does not match the tensor's ${x2.ndim} dims (shape ${formatShape(x2.shape)})`);
  }
  const order = dims.map((d) => normalizeDim("permute", d, x2.ndim));
  if (new Set(order).size !== order.length) throw new Error(`permute: repeated dim in ${formatShape(dims)}`);
  const inverse = new Array(order.length);
  order.forEach((d, i) => inverse[d] = i);
  return viewOp("permute", x2, order.map((d) => x2.shape[d]), order.map((d) => x2.strides[d]), x2.offset, (g) => permute(g, inverse));
}
function expand(x2, shape) {
  assertTensor("expand", x2);
  if (shape.length < x2.ndim) {
    throw new Error(`expand: the number of sizes provided (${shape.length}) must be greater or equal to the number of dimensions in the tensor (${x2.ndim})`);
  }
  const lead = shape.length - x2.ndim;
  const outShape = [];
  const strides = [];
  shape.forEach((s, i) => {
    const src = i - lead;
    const cur = src >= 0 ? x2.shape[src] : 1;
    const size = s === -1 ? cur : s;
    if (src < 0 && s === -1) throw new Error(`expand: -1 is not allowed in a leading, non-existing dimension (${formatShape(shape)})`);
    if (cur !== size && cur !== 1) {
      throw new Error(`expand: the expanded size of the tensor (${size}) must match the existing size (${cur}) at dim ${i}; shape ${formatShape(x2.shape)} to ${formatShape(shape)}`);
    }
    outShape.push(size);
    strides.push(src < 0 || cur === 1 && size !== 1 ? 0 : x2.strides[src]);
  });
  return viewOp("expand", x2, outShape, strides, x2.offset, (g) => sumToShape(g, x2.shape));
}
function squeeze(x2, dim) {
  assertTensor("squeeze", x2);
  const keep2 = x2.shape.map((s, i) => dim === void 0 ? s !== 1 : i !== normalizeDim("squeeze", dim, x2.ndim) || s !== 1);
  return viewOp(
    "squeeze",
    x2,
    x2.shape.filter((_, i) => keep2[i]),
    x2.strides.filter((_, i) => keep2[i]),
    x2.offset,
    (g) => reshape(g, x2.shape)
  );
}
function unsqueeze(x2, dim) {
  assertTensor("unsqueeze", x2);
  const d = normalizeDim("unsqueeze", dim, x2.ndim + 1);
  const shape = [...x2.shape];
  const strides = [...x2.strides];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, d < x2.ndim ? x2.strides[d] * x2.shape[d] : 1);
  return viewOp("unsqueeze", x2, shape, strides, x2.offset, (g) => reshape(g, x2.shape));
}
function flatten(x2, startDim = 0, endDim = -1) {
  assertTensor("flatten", x2);
  if (x2.ndim === 0) return reshape(x2, [1]);
  const s = normalizeDim("flatten", startDim, x2.ndim);
  const e = normalizeDim("flatten", endDim, x2.ndim);
  if (s > e) throw new Error(`flatten: startDim ${startDim} cannot come after endDim ${endDim}`);
  const merged = x2.shape.slice(s, e + 1).reduce((a2, b2) => a2 * b2, 1);
  return reshape(x2, [...x2.shape.slice(0, s), merged, ...x2.shape.slice(e + 1)]);
}
function narrow(x2, dim, start, length) {
  assertTensor("narrow", x2);
  const d = normalizeDim("narrow", dim, x2.ndim);
  const size = x2.shape[d];
  const s = start < 0 ? start + size : start;
  if (!Number.isInteger(s) || !Number.isInteger(length) || s < 0 || length < 0 || s + length > size) {
    throw new RangeError(`narrow: start (${start}) + length (${length}) exceeds dimension size (${size}) of shape ${formatShape(x2.shape)}`);
  }
  const shape = [...x2.shape];
  shape[d] = length;
  return markSlice(viewOp("narrow", x2, shape, x2.strides, x2.offset + s * x2.strides[d], (g) => scatterBack(g, x2.shape, d, s, 1)), d, s, 1);
}
function slice(x2, dim, start = 0, end = Infinity, step = 1) {
  assertTensor("slice", x2);
  if (!Number.isInteger(step) || step <= 0) throw new Error(`slice: step must be a positive integer, got ${step}`);
  const d = normalizeDim("slice", dim, x2.ndim);
  const size = x2.shape[d];
  const clampIdx = (i) => Math.min(Math.max(i < 0 ? i + size : i, 0), size);
  const s = clampIdx(start);
  const e = Math.max(clampIdx(end), s);
  const shape = [...x2.shape];
  shape[d] = Math.ceil((e - s) / step);
  const strides = [...x2.strides];
  strides[d] = x2.strides[d] * step;
  return markSlice(viewOp("slice", x2, shape, strides, x2.offset + s * x2.strides[d], (g) => scatterBack(g, x2.shape, d, s, step)), d, s, step);
}
function markSlice(out, dim, start, step) {
  if (out.gradFn) out.gradFn.sliceOf = { dim, start, step };
  return out;
}

// src/ops/reduce.ts
function reducedShape(shape, dims, keepdim) {
  const out = [];
  shape.forEach((d, i) => {
    if (!dims.includes(i)) out.push(d);
    else if (keepdim) out.push(1);
  });
  return out;
}
function reduceKernel(op, x2, dims, keepdim, outDType) {
  const backend = backendOf(op, x2);
  const shape = reducedShape(x2.shape, dims, keepdim);
  let runStart = dims.length - 1;
  while (runStart > 0 && dims[runStart] === dims[runStart - 1] + 1) runStart--;
  if (runStart > 0 && op !== "argmax" && op !== "argmin") {
    const partial = reduceKernel(op, x2, dims.slice(runStart), true, outDType);
    const rest = reduceKernel(op, partial, dims.slice(0, runStart), true, outDType);
    const result = reshape(rest, shape);
    partial.dispose();
    rest.dispose();
    return result;
  }
  const out = empty(backend, shape, outDType);
  if (dims.length === 0) {
    backend.copy(out.storage.buffer, x2.view_(), outDType);
    return out;
  }
  const adjacent = dims.every((d, i) => i === 0 || d === dims[i - 1] + 1);
  let src = x2;
  let outer;
  let reduced;
  let inner;
  if (adjacent) {
    src = contiguous(x2);
    outer = numel(x2.shape.slice(0, dims[0]));
    reduced = numel(dims.map((d) => x2.shape[d]));
    inner = numel(x2.shape.slice(dims[dims.length - 1] + 1));
  } else {
    const kept = x2.shape.map((_, i) => i).filter((i) => !dims.includes(i));
    src = contiguous(permute(x2, [...kept, ...dims]));
    outer = numel(kept.map((d) => x2.shape[d]));
    reduced = numel(dims.map((d) => x2.shape[d]));
    inner = 1;
  }
  if (reduced === 0 && (op === "max" || op === "min" || op === "argmax" || op === "argmin")) {
    throw new Error(`${op}: cannot reduce over a zero-size dimension (input shape ${formatShape(x2.shape)})`);
  }
  backend.reduce(op, out.storage.buffer, src.view_(), outer, reduced, inner);
  if (src !== x2) src.dispose();
  return out;
}
function keepShape(x2, dims) {
  return reducedShape(x2.shape, dims, true);
}
function sum(x2, dim, keepdim = false) {
  return tidy(() => {
    assertTensor("sum", x2);
    const dims = normalizeDims("sum", dim, x2.ndim);
    const input = x2.dtype === "bool" ? cast(x2, "int32") : x2;
    const out = reduceKernel("sum", input, dims, keepdim, input.dtype);
    if (input.dtype !== "float32") return out;
    return recordOp("sum", [input], out, [], (g) => [expand(reshape(g, keepShape(input, dims)), input.shape)]);
  });
}
function mean(x2, dim, keepdim = false) {
  return tidy(() => {
    assertTensor("mean", x2);
    const dims = normalizeDims("mean", dim, x2.ndim);
    const count = numel(dims.map((d) => x2.shape[d]));
    return div(sum(cast(x2, "float32"), dims, keepdim), count);
  });
}
function prod(x2, dim, keepdim = false) {
  return tidy(() => {
    assertTensor("prod", x2);
    const dims = normalizeDims("prod", dim, x2.ndim);
    const input = x2.dtype === "bool" ? cast(x2, "int32") : x2;
    const out = reduceKernel("prod", input, dims, keepdim, input.dtype);
    if (input.dtype !== "float32") return out;
    return recordOp("prod", [input], out, [input, out], (g, [sx, so]) => {
      const shape = keepShape(sx, dims);
      return [div(mul(expand(reshape(g, shape), sx.shape), expand(reshape(so, shape), sx.shape)), sx)];
    });
  });
}
function extremeAll(op, x2) {
  return tidy(() => {
    const dims = normalizeDims(op, void 0, x2.ndim);
    const out = reduceKernel(op, x2, dims, false, x2.dtype);
    if (x2.dtype !== "float32") return out;
    return recordOp(op, [x2], out, [x2, out], (g, [sx, so]) => {
      const mask = cast(eq(sx, so), "float32");
      return [mul(mask, div(g, sum(mask)))];
    });
  });
}
function extremeDim(op, x2, dim, keepdim) {
  return tidy(() => {
    const d = normalizeDim(op, dim, x2.ndim);
    const indices = reduceKernel(op === "max" ? "argmax" : "argmin", x2, [d], keepdim, "int32");
    const values = reduceKernel(op, x2, [d], keepdim, x2.dtype);
    if (x2.dtype !== "float32") return { values, indices };
    const recorded = recordOp(op, [x2], values, [x2, indices], (g, [sx, si]) => {
      const shape = keepShape(sx, [d]);
      return [scatterAdd2(zerosLike(sx), d, reshape(si, shape), reshape(g, shape))];
    });
    return { values: recorded, indices };
  });
}
function max(x2, dim, keepdim = false) {
  assertTensor("max", x2);
  return dim === void 0 ? extremeAll("max", x2) : extremeDim("max", x2, dim, keepdim);
}
function min(x2, dim, keepdim = false) {
  assertTensor("min", x2);
  return dim === void 0 ? extremeAll("min", x2) : extremeDim("min", x2, dim, keepdim);
}
function argExtreme(op, x2, dim, keepdim) {
  return tidy(() => {
    assertTensor(op, x2);
    if (dim === void 0) {
      const flat = reshape(x2, [x2.numel()]);
      const out = reduceKernel(op, flat, [0], false, "int32");
      if (flat !== x2) flat.dispose();
      return keepdim ? reshape(out, x2.shape.map(() => 1)) : out;
    }
    return reduceKernel(op, x2, [normalizeDim(op, dim, x2.ndim)], keepdim, "int32");
  });
}
function argmax(x2, dim, keepdim = false) {
  return argExtreme("argmax", x2, dim, keepdim);
}
function argmin(x2, dim, keepdim = false) {
  return argExtreme("argmin", x2, dim, keepdim);
}
function variance(x2, dim, keepdim = false, options = {}) {
  return tidy(() => {
    assertTensor("var", x2);
    const dims = normalizeDims("var", dim, x2.ndim);
    const count = numel(dims.map((d) => x2.shape[d]));
    const correction = options.correction ?? 1;
    const xf = cast(x2, "float32");
    const centered = sub(xf, mean(xf, dims, true));
    return div(sum(mul(centered, centered), dims, keepdim), Math.max(0, count - correction));
  });
}
function std(x2, dim, keepdim = false, options = {}) {
  return tidy(() => {
    return sqrt(variance(x2, dim, keepdim, options));
  });
}
function logsumexp(x2, dim, keepdim = false) {
  return tidy(() => {
    assertTensor("logsumexp", x2);
    const dims = normalizeDims("logsumexp", dim, x2.ndim);
    const xf = cast(x2, "float32");
    const m = reduceKernel("max", xf, dims, true, "float32");
    const shift = where2(eq(m, -Infinity), 0, m);
    const lse = add(log(sum(exp(sub(xf, shift)), dims, true)), shift);
    return keepdim ? lse : reshape(lse, reducedShape(x2.shape, dims, false));
  });
}

// src/ops/elementwise.ts
var SQRT_HALF = Math.SQRT1_2;
var INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
var GELU_TANH_C = Math.sqrt(2 / Math.PI);
var UNARY = {
  neg: { kernel: "neg", keeps: ["float32", "int32"], grad: (g) => neg(g) },
  abs: { kernel: "abs", keeps: ["float32", "int32"], grad: (g, x2) => mul(g, unary2("sign", x2)) },
  sign: { kernel: "sign", keeps: ["float32", "int32"], grad: (g) => mul(g, 0) },
  square: { kernel: "square", keeps: ["float32", "int32"], grad: (g, x2) => mul(g, mul(x2, 2)) },
  exp: { kernel: "exp", keeps: ["float32"], grad: (g, _x, y) => mul(g, y) },
  log: { kernel: "log", keeps: ["float32"], grad: (g, x2) => div(g, x2) },
  sqrt: { kernel: "sqrt", keeps: ["float32"], grad: (g, _x, y) => div(g, mul(y, 2)) },
  rsqrt: { kernel: "rsqrt", keeps: ["float32"], grad: (g, _x, y) => mul(g, mul(pow(y, 3), -0.5)) },
  sin: { kernel: "sin", keeps: ["float32"], grad: (g, x2) => mul(g, unary2("cos", x2)) },
  cos: { kernel: "cos", keeps: ["float32"], grad: (g, x2) => mul(g, neg(unary2("sin", x2))) },
  tanh: { kernel: "tanh", keeps: ["float32"], grad: (g, _x, y) => mul(g, sub(1, mul(y, y))) },
  sigmoid: { kernel: "sigmoid", keeps: ["float32"], grad: (g, _x, y) => mul(g, mul(y, sub(1, y))) },
  // NOTE: PyTorch's threshold_backward, one kernel: 0 where y <= 0 (relu'(0) = 0), g where y > 0 or NaN.
  relu: { kernel: "relu", keeps: ["float32", "int32"], grad: (g, _x, y) => binary2("relu_backward", g, y) },
  silu: {
    kernel: "silu",
    keeps: ["float32"],
    grad: (g, x2) => {
      const s = unary2("sigmoid", x2);
      return mul(g, mul(s, add(1, mul(x2, sub(1, s)))));
    }
  },
  gelu: {
    kernel: "gelu",
    keeps: ["float32"],
    grad: (g, x2) => {
      const cdf = mul(add(unary2("erf", mul(x2, SQRT_HALF)), 1), 0.5);
      const pdf = mul(unary2("exp", mul(mul(x2, x2), -0.5)), INV_SQRT_2PI);
      return mul(g, add(cdf, mul(x2, pdf)));
    }
  },
  gelu_tanh: {
    kernel: "gelu_tanh",
    keeps: ["float32"],
    grad: (g, x2) => {
      const x22 = mul(x2, x2);
      const t2 = unary2("tanh", mul(add(x2, mul(mul(x22, x2), 0.044715)), GELU_TANH_C));
      const dt = mul(sub(1, mul(t2, t2)), mul(add(mul(x22, 3 * 0.044715), 1), GELU_TANH_C));
      return mul(g, add(mul(add(t2, 1), 0.5), mul(mul(x2, 0.5), dt)));
    }
  },
  erf: {
    kernel: "erf",
    keeps: ["float32"],
    grad: (g, x2) => mul(g, mul(unary2("exp", neg(mul(x2, x2))), 2 / Math.sqrt(Math.PI)))
  },
  reciprocal: { kernel: "reciprocal", keeps: ["float32"], grad: (g, _x, y) => neg(mul(g, mul(y, y))) },
  log1p: { kernel: "log1p", keeps: ["float32"], grad: (g, x2) => div(g, add(x2, 1)) },
  expm1: { kernel: "expm1", keeps: ["float32"], grad: (g, _x, y) => mul(g, add(y, 1)) },
  floor: { kernel: "floor", keeps: ["float32", "int32"], grad: (g) => mul(g, 0) },
  ceil: { kernel: "ceil", keeps: ["float32", "int32"], grad: (g) => mul(g, 0) },
  round: { kernel: "round", keeps: ["float32", "int32"], grad: (g) => mul(g, 0) },
  logical_not: { kernel: "logical_not", keeps: ["bool"] }
};
function unary2(name, x2) {
  return tidy(() => {
    const def = UNARY[name];
    assertTensor(name, x2);
    if (name === "logical_not" && x2.dtype !== "bool") x2 = ne(x2, 0);
    const input = def.keeps.includes(x2.dtype) ? x2 : cast(x2, "float32");
    if ((name === "floor" || name === "ceil" || name === "round") && input.dtype === "int32") return input;
    const backend = backendOf(name, input);
    const out = empty(backend, input.shape, input.dtype);
    backend.unary(def.kernel, out.storage.buffer, input.view_());
    const grad = def.grad;
    if (!grad || input.dtype !== "float32") return out;
    return recordOp(name, [input], out, [input, out], (g, [sx, sy]) => [grad(g, sx, sy)]);
  });
}
var neg = (x2) => unary2("neg", x2);
var abs = (x2) => unary2("abs", x2);
var exp = (x2) => unary2("exp", x2);
var log = (x2) => unary2("log", x2);
var sqrt = (x2) => unary2("sqrt", x2);
var rsqrt = (x2) => unary2("rsqrt", x2);
var sin = (x2) => unary2("sin", x2);
var cos = (x2) => unary2("cos", x2);
var tanh = (x2) => unary2("tanh", x2);
var sigmoid = (x2) => unary2("sigmoid", x2);
var relu = (x2) => unary2("relu", x2);
var silu = (x2) => unary2("silu", x2);
var square = (x2) => unary2("square", x2);
var logicalNot = (x2) => unary2("logical_not", x2);
function gelu(x2, options = {}) {
  const approx = options.approximate ?? "none";
  if (approx !== "none" && approx !== "tanh") throw new Error(`gelu: approximate must be 'none' or 'tanh', got '${String(approx)}'`);
  return unary2(approx === "tanh" ? "gelu_tanh" : "gelu", x2);
}
var BINARY = {
  add: { kernel: "add", kind: "arith", grad: [(g) => g, (g) => g] },
  sub: { kernel: "sub", kind: "arith", grad: [(g) => g, (g) => neg(g)] },
  mul: { kernel: "mul", kind: "arith", grad: [(g, _a, b2) => mul(g, b2), (g, a2) => mul(g, a2)] },
  div: {
    kernel: "div",
    kind: "arith",
    float: true,
    grad: [(g, _a, b2) => div(g, b2), (g, _a, b2, out) => neg(div(mul(g, out), b2))]
  },
  pow: {
    kernel: "pow",
    kind: "arith",
    float: true,
    grad: [
      (g, a2, b2) => mul(g, mul(b2, pow(a2, typeof b2 === "number" ? b2 - 1 : sub(b2, 1)))),
      // NOTE: d/db a^b = a^b log a; PyTorch masks a == 0 to give 0 there instead of NaN.
      (g, a2, _b, out) => mul(g, where2(eq(a2, 0), 0, mul(out, log(a2))))
    ]
  },
  maximum: {
    kernel: "maximum",
    kind: "arith",
    // NOTE: ties split the gradient evenly, as PyTorch.
    grad: [(g, a2, b2) => mul(g, tieMask(a2, b2, "gt")), (g, a2, b2) => mul(g, tieMask(b2, a2, "gt"))]
  },
  minimum: {
    kernel: "minimum",
    kind: "arith",
    grad: [(g, a2, b2) => mul(g, tieMask(a2, b2, "lt")), (g, a2, b2) => mul(g, tieMask(b2, a2, "lt"))]
  },
  eq: { kernel: "eq", kind: "compare" },
  ne: { kernel: "ne", kind: "compare" },
  lt: { kernel: "lt", kind: "compare" },
  le: { kernel: "le", kind: "compare" },
  gt: { kernel: "gt", kind: "compare" },
  ge: { kernel: "ge", kind: "compare" },
  logical_and: { kernel: "logical_and", kind: "logical" },
  logical_or: { kernel: "logical_or", kind: "logical" },
  // Internal: relu's gradient (no gradient of its own).
  relu_backward: { kernel: "relu_backward", kind: "arith", float: true }
};
function tieMask(a2, b2, win) {
  const wins = cast(win === "gt" ? gt(a2, b2) : lt(a2, b2), "float32");
  const ties = cast(eq(a2, b2), "float32");
  return add(wins, mul(ties, 0.5));
}
function operandOf(x2, shape, dtype) {
  return typeof x2 === "number" || typeof x2 === "boolean" ? Number(x2) : broadcastView(x2, shape);
}
function checkScalar(op, x2, what) {
  if (typeof x2 === "number" || typeof x2 === "boolean") return;
  assertTensor(op, x2, what);
}
function computeDType(a2, b2) {
  if (a2 instanceof Tensor && b2 instanceof Tensor) return promoteTypes(a2.dtype, b2.dtype);
  if (a2 instanceof Tensor) return promoteWithScalar(a2.dtype, b2);
  return promoteWithScalar(b2.dtype, a2);
}
function sumToShape(g, shape) {
  return tidy(() => {
    if (shapesEqual(g.shape, shape)) return g;
    const lead = g.ndim - shape.length;
    const dims = [];
    for (let i = 0; i < g.ndim; i++) {
      if (i < lead || shape[i - lead] === 1 && g.shape[i] !== 1) dims.push(i);
    }
    return reshape(dims.length ? sum(g, dims, true) : g, shape);
  });
}
function binary2(name, a2, b2) {
  return tidy(() => {
    const def = BINARY[name];
    checkScalar(name, a2, "input");
    checkScalar(name, b2, "other");
    if (!(a2 instanceof Tensor) && !(b2 instanceof Tensor)) throw new TypeError(`${name}: at least one argument must be a Tensor`);
    const tensors = [a2, b2].filter((x2) => x2 instanceof Tensor);
    const backend = backendOf(name, ...tensors);
    let dtype = computeDType(a2, b2);
    if (def.kind === "logical") dtype = "bool";
    else if (def.float || def.kind === "arith" && dtype === "bool") dtype = def.float ? "float32" : "int32";
    const ca = a2 instanceof Tensor ? cast(a2, dtype) : a2;
    const cb = b2 instanceof Tensor ? cast(b2, dtype) : b2;
    const shape = broadcastShapes(name, ...tensors.map((t2) => t2.shape));
    const outDType = def.kind === "arith" ? dtype : "bool";
    const out = empty(backend, shape, outDType);
    backend.binary(def.kernel, out.storage.buffer, shape, operandOf(ca, shape, dtype), operandOf(cb, shape, dtype), dtype);
    const grads = def.grad;
    if (!grads || dtype !== "float32") return out;
    const inputs = [ca, cb].filter((x2) => x2 instanceof Tensor);
    const aIsTensor = ca instanceof Tensor;
    const bIsTensor = cb instanceof Tensor;
    return recordOp(name, inputs, out, [...inputs, out], (g, saved) => {
      const sa = aIsTensor ? saved[0] : ca;
      const sb = bIsTensor ? saved[aIsTensor ? 1 : 0] : cb;
      const so = saved[saved.length - 1];
      const result = [];
      if (aIsTensor) result.push(sumToShape(grads[0](g, sa, sb, so), sa.shape));
      if (bIsTensor) result.push(sumToShape(grads[1](g, sa, sb, so), sb.shape));
      return result;
    });
  });
}
function add(a2, b2, options = {}) {
  return binary2("add", a2, options.alpha === void 0 || options.alpha === 1 ? b2 : mulScalarLike(b2, options.alpha));
}
function sub(a2, b2, options = {}) {
  return binary2("sub", a2, options.alpha === void 0 || options.alpha === 1 ? b2 : mulScalarLike(b2, options.alpha));
}
function mulScalarLike(b2, alpha) {
  return b2 instanceof Tensor ? mul(b2, alpha) : Number(b2) * alpha;
}
var mul = (a2, b2) => binary2("mul", a2, b2);
var div = (a2, b2) => binary2("div", a2, b2);
var pow = (a2, b2) => binary2("pow", a2, b2);
var maximum = (a2, b2) => binary2("maximum", a2, b2);
var minimum = (a2, b2) => binary2("minimum", a2, b2);
var eq = (a2, b2) => binary2("eq", a2, b2);
var ne = (a2, b2) => binary2("ne", a2, b2);
var lt = (a2, b2) => binary2("lt", a2, b2);
var le = (a2, b2) => binary2("le", a2, b2);
var gt = (a2, b2) => binary2("gt", a2, b2);
var ge = (a2, b2) => binary2("ge", a2, b2);
var logicalAnd = (a2, b2) => binary2("logical_and", a2, b2);
var logicalOr = (a2, b2) => binary2("logical_or", a2, b2);
function where2(condition, a2, b2) {
  return tidy(() => {
    assertTensor("where", condition, "condition");
    if (condition.dtype !== "bool") {
      throw new TypeError(`where: condition must be a bool tensor, got ${condition.dtype} (shape ${formatShape(condition.shape)})`);
    }
    checkScalar("where", a2, "input");
    checkScalar("where", b2, "other");
    const tensors = [condition, a2, b2].filter((x2) => x2 instanceof Tensor);
    const backend = backendOf("where", ...tensors);
    const dtype = a2 instanceof Tensor || b2 instanceof Tensor ? computeDType(a2, b2) : Number.isInteger(a2) && Number.isInteger(b2) ? "int32" : "float32";
    const ca = a2 instanceof Tensor ? cast(a2, dtype) : a2;
    const cb = b2 instanceof Tensor ? cast(b2, dtype) : b2;
    const shape = broadcastShapes("where", ...tensors.map((t2) => t2.shape));
    const out = empty(backend, shape, dtype);
    backend.where(out.storage.buffer, shape, broadcastView(condition, shape), operandOf(ca, shape, dtype), operandOf(cb, shape, dtype), dtype);
    if (dtype !== "float32") return out;
    const inputs = [ca, cb].filter((x2) => x2 instanceof Tensor);
    const aIsTensor = ca instanceof Tensor;
    return recordOp("where", inputs, out, [condition, ...inputs], (g, saved) => {
      const cond = saved[0];
      const result = [];
      if (aIsTensor) result.push(sumToShape(where2(cond, g, 0), saved[1].shape));
      if (cb instanceof Tensor) result.push(sumToShape(where2(cond, 0, g), saved[saved.length - 1].shape));
      return result;
    });
  });
}
function clamp2(x2, min2, max2) {
  return tidy(() => {
    assertTensor("clamp", x2);
    if ((min2 === void 0 || min2 === null) && (max2 === void 0 || max2 === null)) {
      throw new Error("clamp: at least one of min and max must be given");
    }
    const lo = min2 ?? -Infinity;
    const hi = max2 ?? Infinity;
    const input = x2.dtype === "bool" ? cast(x2, "int32") : Number.isInteger(lo) && Number.isInteger(hi) ? x2 : cast(x2, "float32");
    const backend = backendOf("clamp", input);
    const out = empty(backend, input.shape, input.dtype);
    backend.clamp(out.storage.buffer, input.view_(), lo, hi);
    if (input.dtype !== "float32") return out;
    return recordOp("clamp", [input], out, [input], (g, [sx]) => [where2(logicalAnd(ge(sx, lo), le(sx, hi)), g, 0)]);
  });
}
function maskedFill(x2, mask, value) {
  return tidy(() => {
    assertTensor("maskedFill", x2);
    assertTensor("maskedFill", mask, "mask");
    if (mask.dtype !== "bool") throw new TypeError(`maskedFill: mask must be a bool tensor, got ${mask.dtype}`);
    const shape = broadcastShapes("maskedFill", x2.shape, mask.shape);
    if (!shapesEqual(shape, x2.shape)) {
      throw new Error(`maskedFill: mask of shape ${formatShape(mask.shape)} cannot be broadcast to the input's shape ${formatShape(x2.shape)}`);
    }
    const fill2 = x2.dtype === "float32" ? value : x2.dtype === "bool" ? Number(Boolean(value)) : Math.trunc(value);
    const result = where2(mask, fill2, x2);
    return result.dtype === x2.dtype ? result : cast(result, x2.dtype);
  });
}

// src/autograd/backward.ts
function topologicalOrder(root) {
  const order = [];
  const visited = /* @__PURE__ */ new Set();
  const stack2 = [[root, 0]];
  visited.add(root);
  while (stack2.length > 0) {
    const top = stack2[stack2.length - 1];
    const [node, i] = top;
    if (i < node.inputs.length) {
      top[1]++;
      const next = node.inputs[i].gradFn;
      if (next && !visited.has(next)) {
        visited.add(next);
        stack2.push([next, 0]);
      }
    } else {
      stack2.pop();
      order.push(node);
    }
  }
  return order.reverse();
}
function accumulate({ map, owned }, key, grad) {
  const prev = map.get(key);
  if (!prev) {
    map.set(key, grad);
    return;
  }
  const sum2 = keep(add(prev, grad));
  owned.add(sum2);
  map.set(key, sum2);
  prev.dispose();
  grad.dispose();
}
function accumulateSlice({ map, owned }, key, input, slice2, grad) {
  let sum2 = map.get(key);
  if (!sum2 || !owned.has(sum2)) {
    const fresh = keep(sum2 ? copyAs(sum2, sum2.dtype) : zeros(input.shape, { device: input.device }));
    sum2?.dispose();
    owned.add(fresh);
    map.set(key, fresh);
    sum2 = fresh;
  }
  addSliceInPlace(sum2, slice2.dim, slice2.start, slice2.step, grad);
  grad.dispose();
}
function accumulateLeaf(leaf, grad) {
  if (!leaf.grad) {
    leaf.grad = keep(grad);
    return;
  }
  const sum2 = keep(add(leaf.grad, grad));
  leaf.grad.dispose();
  grad.dispose();
  leaf.grad = sum2;
}
function runBackward(root, gradient, options) {
  if (!root.requiresGrad) {
    throw new Error("backward: the tensor does not require grad and has no grad_fn (create inputs with requiresGrad: true)");
  }
  if (!gradient && root.numel() !== 1) {
    throw new Error(`backward: grad can be implicitly created only for scalar outputs, got shape ${formatShape(root.shape)}; pass a gradient`);
  }
  if (gradient && !shapesEqual(gradient.shape, root.shape)) {
    throw new Error(`backward: gradient shape ${formatShape(gradient.shape)} does not match tensor shape ${formatShape(root.shape)}`);
  }
  if (gradient && gradient.device !== root.device) {
    throw new Error(`backward: gradient is on ${gradient.device} but the tensor is on ${root.device}`);
  }
  noGrad(() => {
    const seed = keep(gradient ? gradient.alias() : onesLike(root));
    if (!root.gradFn) {
      accumulateLeaf(root, seed);
      return;
    }
    const order = topologicalOrder(root.gradFn);
    for (const node of order) {
      if (node.released) {
        throw new Error(
          `backward: trying to backward through the graph a second time (${node.name}); its saved tensors were freed. Pass { retainGraph: true } to the first backward`
        );
      }
    }
    const owned = /* @__PURE__ */ new Set();
    const pending = { map: /* @__PURE__ */ new Map([[root.gradFn, seed]]), owned };
    const leaves = { map: /* @__PURE__ */ new Map(), owned };
    try {
      for (const node of order) {
        const grad = pending.map.get(node);
        if (!grad) continue;
        pending.map.delete(node);
        const input = node.inputs[0];
        if (node.sliceOf) {
          if (!input.requiresGrad) grad.dispose();
          else if (input.gradFn) accumulateSlice(pending, input.gradFn, input, node.sliceOf, grad);
          else accumulateSlice(leaves, input, input, node.sliceOf, grad);
          if (!options.retainGraph) node.release();
          continue;
        }
        const raw = tidy(() => [...node.backward(grad, node.saved)]);
        const inputGrads = raw.map((g) => g ? keep(g.alias()) : null);
        for (const g of raw) if (g && !node.saved.includes(g)) g.dispose();
        grad.dispose();
        node.inputs.forEach((input2, i) => {
          const g = inputGrads[i];
          if (!g) return;
          if (!input2.requiresGrad) {
            g.dispose();
            return;
          }
          if (!shapesEqual(g.shape, input2.shape)) {
            throw new Error(`backward: ${node.name} produced a gradient of shape ${formatShape(g.shape)} for an input of shape ${formatShape(input2.shape)}`);
          }
          if (input2.gradFn) accumulate(pending, input2.gradFn, g);
          else accumulate(leaves, input2, g);
        });
        if (!options.retainGraph) node.release();
      }
      for (const [leaf, g] of leaves.map) accumulateLeaf(leaf, g);
    } finally {
      for (const g of pending.map.values()) g.dispose();
    }
  });
}

// src/ops/softmax.ts
init_shape();
function softmaxKernel(x2, dim, log2) {
  return tidy(() => {
    const op = log2 ? "logSoftmax" : "softmax";
    const d = normalizeDim(op, dim, x2.ndim);
    const last = Math.max(x2.ndim - 1, 0);
    const moved = d === last ? x2 : transpose(x2, d, last);
    const src = contiguous(cast(moved, "float32"));
    const backend = backendOf(op, src);
    const cols = src.ndim === 0 ? 1 : src.shape[last];
    const rows = cols === 0 ? 0 : src.numel() / cols;
    const out = empty(backend, src.shape, "float32");
    if (src.numel() > 0) backend.softmax(out.storage.buffer, src.view_(), rows, cols, log2);
    if (d === last) return out;
    const back = contiguous(transpose(out, d, last));
    out.dispose();
    return back;
  });
}
function softmax2(x2, dim) {
  assertTensor("softmax", x2);
  const d = normalizeDim("softmax", dim, x2.ndim);
  const out = softmaxKernel(x2, d, false);
  if (x2.dtype !== "float32") return out;
  return recordOp("softmax", [x2], out, [out], (g, [y]) => [mul(y, sub(g, sum(mul(g, y), d, true)))]);
}
function logSoftmax(x2, dim) {
  assertTensor("logSoftmax", x2);
  const d = normalizeDim("logSoftmax", dim, x2.ndim);
  const out = softmaxKernel(x2, d, true);
  if (x2.dtype !== "float32") return out;
  return recordOp("logSoftmax", [x2], out, [out], (g, [y]) => [sub(g, mul(exp(y), sum(g, d, true)))]);
}

// src/ops/matmul.ts
init_shape();
function as3d(t2) {
  const r = t2.shape[t2.ndim - 2];
  const c = t2.shape[t2.ndim - 1];
  const batchShape = t2.shape.slice(0, -2);
  const batchStrides = t2.strides.slice(0, -2);
  const B = numel(batchShape);
  let stride = 0;
  let ok = true;
  for (let i = batchShape.length - 1, expected = -1; i >= 0; i--) {
    if (batchShape[i] === 1) continue;
    if (expected === -1) {
      stride = batchStrides[i];
      expected = stride * batchShape[i];
    } else if (batchStrides[i] !== expected) {
      ok = false;
      break;
    } else {
      expected = batchStrides[i] * batchShape[i];
    }
  }
  if (ok) {
    const v = t2.view_();
    return { view: { ...v, shape: [B, r, c], strides: [stride, t2.strides[t2.ndim - 2], t2.strides[t2.ndim - 1]] }, owned: void 0 };
  }
  const c3 = reshape(contiguous(t2), [B, r, c]);
  return { view: c3.view_(), owned: c3 };
}
function matmulNd(a2, b2) {
  return tidy(() => {
    const M = a2.shape[a2.ndim - 2];
    const K = a2.shape[a2.ndim - 1];
    const N = b2.shape[b2.ndim - 1];
    if (b2.shape[b2.ndim - 2] !== K) {
      throw new Error(`matmul: shapes ${formatShape(a2.shape)} and ${formatShape(b2.shape)} cannot be multiplied`);
    }
    const batch = broadcastShapes("matmul", a2.shape.slice(0, -2), b2.shape.slice(0, -2));
    const backend = backendOf("matmul", a2, b2);
    const ea = expand(a2, [...batch, M, K]);
    const eb = expand(b2, [...batch, K, N]);
    const va = as3d(ea);
    const vb = as3d(eb);
    const out = empty(backend, [...batch, M, N], "float32");
    backend.matmul(out.storage.buffer, va.view, vb.view);
    for (const t2 of [ea, eb, va.owned, vb.owned]) t2?.dispose();
    return recordOp("matmul", [a2, b2], out, [a2, b2], (g, [sa, sb]) => [
      a2.requiresGrad ? productSummedTo(g, transpose(sb, -1, -2), sa.shape) : null,
      !b2.requiresGrad ? null : isTransposed2d(sb) && sa.ndim === 2 ? transpose(matmulNd(transpose(g, 0, 1), sa), 0, 1) : productSummedTo(transpose(sa, -1, -2), g, sb.shape)
    ]);
  });
}
function isTransposed2d(t2) {
  return t2.ndim === 2 && t2.shape[0] > 1 && t2.shape[1] > 1 && t2.strides[0] === 1 && t2.strides[1] === t2.shape[0];
}
function productSummedTo(x2, y, shape) {
  const backend = backendOf("matmul", x2, y);
  const batch = broadcastShapes("matmul", x2.shape.slice(0, -2), y.shape.slice(0, -2));
  if (!backend.matmulSumBatch || numel(batch) <= 1 || numel(shape.slice(0, -2)) !== 1) {
    return sumToShape(matmulNd(x2, y), shape);
  }
  return tidy(() => {
    const M = x2.shape[x2.ndim - 2];
    const K = x2.shape[x2.ndim - 1];
    const N = y.shape[y.ndim - 1];
    const ex = expand(x2, [...batch, M, K]);
    const ey = expand(y, [...batch, K, N]);
    const vx = as3d(ex);
    const vy = as3d(ey);
    const out = empty(backend, [M, N], "float32");
    backend.matmulSumBatch(out.storage.buffer, vx.view, vy.view);
    for (const t2 of [ex, ey, vx.owned, vy.owned]) t2?.dispose();
    const summed = recordOp("matmulSumBatch", [x2, y], out, [x2, y], (g, [sx, sy]) => [
      x2.requiresGrad ? sumToShape(matmulNd(g, transpose(sy, -1, -2)), sx.shape) : null,
      y.requiresGrad ? sumToShape(matmulNd(transpose(sx, -1, -2), g), sy.shape) : null
    ]);
    return reshape(summed, shape);
  });
}
function matmul2(a2, b2) {
  return tidy(() => {
    assertTensor("matmul", a2);
    assertTensor("matmul", b2, "other");
    checkFloat("matmul", a2);
    checkFloat("matmul", b2, "other");
    if (a2.ndim === 0 || b2.ndim === 0) {
      throw new Error(`matmul: both arguments need at least 1 dimension, got shapes ${formatShape(a2.shape)} and ${formatShape(b2.shape)}`);
    }
    if (a2.ndim === 1 && b2.ndim === 1 && a2.shape[0] !== b2.shape[0]) {
      throw new Error(`matmul: shapes ${formatShape(a2.shape)} and ${formatShape(b2.shape)} cannot be multiplied (1D tensors of different sizes)`);
    }
    const a22 = a2.ndim === 1 ? unsqueeze(a2, 0) : a2;
    const b22 = b2.ndim === 1 ? unsqueeze(b2, 1) : b2;
    if (a22.shape[a22.ndim - 1] !== b22.shape[b22.ndim - 2]) {
      throw new Error(`matmul: shapes ${formatShape(a2.shape)} and ${formatShape(b2.shape)} cannot be multiplied`);
    }
    let out = matmulNd(a22, b22);
    if (a2.ndim === 1) out = squeeze(out, -2);
    if (b2.ndim === 1) out = squeeze(out, -1);
    return out;
  });
}
function bmm(a2, b2) {
  assertTensor("bmm", a2);
  assertTensor("bmm", b2, "other");
  if (a2.ndim !== 3 || b2.ndim !== 3) throw new Error(`bmm: expected 3-D tensors, got shapes ${formatShape(a2.shape)} and ${formatShape(b2.shape)}`);
  if (a2.shape[0] !== b2.shape[0]) throw new Error(`bmm: batch sizes differ: ${formatShape(a2.shape)} and ${formatShape(b2.shape)}`);
  if (a2.shape[2] !== b2.shape[1]) throw new Error(`bmm: shapes ${formatShape(a2.shape)} and ${formatShape(b2.shape)} cannot be multiplied`);
  return matmul2(a2, b2);
}

// src/ops/join.ts
init_shape();
function cat(tensors, dim = 0) {
  return tidy(() => {
    if (!Array.isArray(tensors) || tensors.length === 0) throw new Error("cat: expected a non-empty list of Tensors");
    tensors.forEach((t2, i) => assertTensor("cat", t2, `tensors[${i}]`));
    const backend = backendOf("cat", ...tensors);
    const first = tensors[0];
    const d = normalizeDim("cat", dim, first.ndim);
    for (const [i, t2] of tensors.entries()) {
      if (t2.ndim !== first.ndim || t2.shape.some((s, j) => j !== d && s !== first.shape[j])) {
        throw new Error(`cat: sizes of tensors must match except in dimension ${d}: tensors[0] has shape ${formatShape(first.shape)}, tensors[${i}] has shape ${formatShape(t2.shape)}`);
      }
    }
    const dtype = tensors.map((t2) => t2.dtype).reduce(promoteTypes);
    const shape = [...first.shape];
    shape[d] = tensors.reduce((n, t2) => n + t2.shape[d], 0);
    const out = empty(backend, shape, dtype);
    backend.fill(out.storage.buffer, out.numel(), 0, dtype);
    let start = 0;
    const starts = [];
    for (const t2 of tensors) {
      starts.push(start);
      const len = t2.shape[d];
      if (len > 0) {
        const index = arange(start, start + len, 1, { device: t2.device, dtype: "int32" });
        const src = cast(t2, dtype);
        indexAddInPlace(out, d, index, src);
        if (src !== t2) src.dispose();
        index.dispose();
      }
      start += len;
    }
    if (dtype !== "float32") return out;
    return recordOp("cat", tensors, out, [], (g) => tensors.map((t2, i) => narrow(g, d, starts[i], t2.shape[d])));
  });
}
function split(x2, splitSize, dim = 0) {
  assertTensor("split", x2);
  const d = normalizeDim("split", dim, x2.ndim);
  const size = x2.shape[d];
  let sizes;
  if (typeof splitSize === "number") {
    if (!Number.isInteger(splitSize) || splitSize <= 0) throw new Error(`split: splitSize must be a positive integer, got ${splitSize}`);
    sizes = [];
    for (let s = 0; s < size; s += splitSize) sizes.push(Math.min(splitSize, size - s));
    if (sizes.length === 0) sizes.push(0);
  } else {
    sizes = [...splitSize];
    const total = sizes.reduce((a2, b2) => a2 + b2, 0);
    if (total !== size) throw new Error(`split: split sizes ${formatShape(sizes)} sum to ${total}, but dimension ${d} has size ${size}`);
  }
  let start = 0;
  return sizes.map((len) => {
    const part = narrow(x2, d, start, len);
    start += len;
    return part;
  });
}
function chunk(x2, chunks, dim = 0) {
  assertTensor("chunk", x2);
  if (!Number.isInteger(chunks) || chunks <= 0) throw new Error(`chunk: chunks must be a positive integer, got ${chunks}`);
  const d = normalizeDim("chunk", dim, x2.ndim);
  return split(x2, Math.max(1, Math.ceil(x2.shape[d] / chunks)), d);
}

// src/ops/conv.ts
init_shape();

// src/ops/pool.ts
init_shape();

// src/ops/loss.ts
init_shape();

// src/ops/norm.ts
init_shape();

// src/ops/embedding.ts
init_shape();

// src/ops/cumulative.ts
init_shape();
function dropMask(rows, cols, diagonal, lower, device) {
  const values = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) values[r * cols + c] = (lower ? c - r > diagonal : c - r < diagonal) ? 1 : 0;
  }
  return fromHost(lower ? "tril" : "triu", values, [rows, cols], { device }, "bool");
}
function triangle(op, x2, diagonal) {
  assertTensor(op, x2);
  if (x2.ndim < 2) throw new Error(`${op}: input tensor must have at least 2 dimensions, got shape ${formatShape(x2.shape)}`);
  if (!Number.isInteger(diagonal)) throw new TypeError(`${op}: diagonal must be an integer, got ${diagonal}`);
  return tidy(() => {
    const mask = dropMask(x2.shape[x2.ndim - 2], x2.shape[x2.ndim - 1], diagonal, op === "tril", x2.device);
    return maskedFill(x2, mask, 0);
  });
}
function tril(x2, diagonal = 0) {
  return triangle("tril", x2, diagonal);
}
function triu(x2, diagonal = 0) {
  return triangle("triu", x2, diagonal);
}
function cumsum(x2, dim) {
  assertTensor("cumsum", x2);
  return tidy(() => {
    if (x2.ndim === 0) return x2.dtype === "bool" ? cast(x2, "int32") : add(x2, 0);
    const d = normalizeDim("cumsum", dim, x2.ndim);
    let acc = x2.dtype === "bool" ? cast(x2, "int32") : x2;
    const n = acc.shape[d];
    if (n <= 1) return add(acc, 0);
    for (let shift = 1; shift < n; shift *= 2) {
      const padShape = acc.shape.map((s, i) => i === d ? shift : s);
      const shifted = cat([zeros(padShape, { device: acc.device, dtype: acc.dtype }), narrow(acc, d, 0, n - shift)], d);
      acc = add(acc, shifted);
    }
    return acc;
  });
}

// src/ops/sampling.ts
init_shape();
function topkIndicesLast(x2, k) {
  return tidy(() => {
    const n = x2.shape[x2.ndim - 1];
    const positions = arange(0, n, 1, { device: x2.device, dtype: "int32" });
    let taken = full(x2.shape, false, { device: x2.device, dtype: "bool" });
    const picks = [];
    for (let i = 0; i < k; i++) {
      let idx = argmax(where2(taken, -Infinity, x2), -1, true);
      const firstFree = argmax(cast(logicalNot(taken), "int32"), -1, true);
      idx = where2(gather2(taken, -1, idx), firstFree, idx);
      picks.push(idx);
      taken = logicalOr(taken, eq(positions, idx));
    }
    return cat(picks, -1);
  });
}
function topk(x2, k, dim = -1, largest = true, sorted = true) {
  assertTensor("topk", x2);
  checkDType("topk", x2, ["float32", "int32"]);
  void sorted;
  const d = normalizeDim("topk", dim, x2.ndim);
  const size = x2.ndim === 0 ? 1 : x2.shape[d];
  if (!Number.isInteger(k) || k < 0 || k > size) {
    throw new RangeError(`topk: k (${k}) is out of range for dimension ${d} of size ${size} (input shape ${formatShape(x2.shape)})`);
  }
  return tidy(() => {
    const input = x2.ndim === 0 ? reshape(x2, [1]) : x2;
    const last = input.ndim - 1;
    const indices = noGrad(() => {
      const moved = d === last ? input : transpose(input, d, last);
      const keyed = cast(largest ? moved : neg(moved), "float32");
      const idx = topkIndicesLast(keyed, k);
      return d === last ? idx : contiguous(transpose(idx, d, last));
    });
    const values = gather2(input, x2.ndim === 0 ? 0 : d, indices);
    if (x2.ndim === 0) return { values: reshape(values, []), indices: reshape(indices, []) };
    return { values, indices };
  });
}
function hostDraws(shape, g, draw, device) {
  const n = shape.reduce((a2, b2) => a2 * b2, 1);
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = draw(g);
  return fromHost("multinomial", values, shape, { device }, "float32");
}
function checkWeights(probs, numSamples, replacement) {
  const backend = probs.storage.backend;
  if (!backend.readSync) return;
  const c = contiguous(probs);
  const values = new Float32Array(backend.readSync(c.storage.buffer, c.offset * 4, c.numel() * 4));
  if (c !== probs) c.dispose();
  const n = probs.shape[probs.ndim - 1];
  for (let r = 0; r < values.length / n; r++) {
    let total = 0;
    let positive = 0;
    for (let j = 0; j < n; j++) {
      const v = values[r * n + j];
      if (!(v >= 0) || !Number.isFinite(v)) throw new Error("multinomial: probability tensor contains either inf, nan or element < 0");
      total += v;
      if (v > 0) positive++;
    }
    if (total <= 0) throw new Error("multinomial: invalid multinomial distribution (sum of probabilities <= 0)");
    if (!replacement && numSamples > positive) {
      throw new Error(`multinomial: cannot sample n_sample (${numSamples}) > prob_dist.size(-1) non-zero entries (${positive}) without replacement`);
    }
  }
}
function multinomial(probs, numSamples, options = {}) {
  assertTensor("multinomial", probs);
  checkDType("multinomial", probs, ["float32"]);
  const replacement = options.replacement ?? false;
  const g = options.generator ?? defaultGenerator;
  if (probs.ndim !== 1 && probs.ndim !== 2) throw new Error(`multinomial: prob_dist must be 1 or 2 dim, got shape ${formatShape(probs.shape)}`);
  const n = probs.shape[probs.ndim - 1];
  if (!Number.isInteger(numSamples) || numSamples <= 0) throw new Error(`multinomial: cannot sample n_sample <= 0 samples (got ${numSamples})`);
  if (!replacement && numSamples > n) {
    throw new Error(`multinomial: cannot sample n_sample > prob_dist.size(-1) samples without replacement (${numSamples} > ${n})`);
  }
  checkWeights(probs, numSamples, replacement);
  return noGrad(
    () => tidy(() => {
      const rows = probs.ndim === 1 ? reshape(probs, [1, n]) : probs;
      const r = rows.shape[0];
      let out;
      if (replacement) {
        const cdf = cumsum(rows, 1);
        const total = gather2(cdf, 1, fromHost("multinomial", new Int32Array(r).fill(n - 1), [r, 1], { device: probs.device }, "int32"));
        const u = hostDraws([r, numSamples], g, (gen) => gen.uniform(), probs.device);
        const target = unsqueeze(mul(u, total), 2);
        const below = le(unsqueeze(cdf, 1), target);
        out = clamp2(sum(below, 2), 0, n - 1);
      } else {
        const e = hostDraws([r, n], g, (gen) => -Math.log(1 - gen.uniform()), probs.device);
        const keys = where2(gt(rows, 0), div(rows, e), -1);
        out = topk(keys, numSamples, 1).indices;
      }
      return probs.ndim === 1 ? reshape(out, [numSamples]) : out;
    })
  );
}

// src/ops/attention.ts
init_shape();

// src/tensor.ts
var nextId = 0;
var Tensor = class _Tensor {
  /** Internal: use the creation functions (torch.tensor, zeros, ...). */
  constructor(storage, shape, strides, offset, dtype) {
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.dtype = dtype;
    const cell = { storage };
    this.cell = cell;
    trackTensor(this, cell);
  }
  shape;
  strides;
  offset;
  dtype;
  id = nextId++;
  requiresGrad = false;
  /** Accumulated gradient (leaf tensors), or null. */
  grad = null;
  /** The tape entry that produced this tensor; null for leaves. */
  gradFn = null;
  disposedFlag = false;
  /** Holds the storage for the safety-net finalizer, which must not reference the tensor itself. */
  cell;
  get storage() {
    return this.cell.storage;
  }
  set storage(next) {
    this.cell.storage = next;
  }
  /** Allocates a contiguous, uninitialised tensor on `storage`'s backend. */
  static fromStorage(storage, shape, dtype) {
    return new _Tensor(storage, [...shape], contiguousStrides(shape), 0, dtype);
  }
  get device() {
    return this.storage.backend.name;
  }
  get ndim() {
    return this.shape.length;
  }
  get isDisposed() {
    return this.disposedFlag;
  }
  /** True for tensors that are not the result of a recorded op. */
  get isLeaf() {
    return this.gradFn === null;
  }
  numel() {
    return numel(this.shape);
  }
  size(dim) {
    if (dim === void 0) return [...this.shape];
    const d = dim < 0 ? dim + this.ndim : dim;
    if (d < 0 || d >= this.ndim) throw new RangeError(`size: dim ${dim} out of range for shape ${formatShape(this.shape)}`);
    return this.shape[d];
  }
  isContiguous() {
    return isContiguous(this.shape, this.strides);
  }
  /** The strided window the backends read. Throws if the tensor was disposed or is still arriving. */
  view_() {
    this.assertUsable("read");
    return { buffer: this.storage.buffer, dtype: this.dtype, shape: this.shape, strides: this.strides, offset: this.offset };
  }
  assertUsable(op) {
    if (this.disposedFlag) throw new Error(`${op}: tensor ${formatShape(this.shape)} on ${this.device} was disposed`);
    if (this.storage.released) throw new Error(`${op}: tensor ${formatShape(this.shape)} on ${this.device} has freed storage`);
    if (this.storage.pending) {
      throw new Error(`${op}: tensor ${formatShape(this.shape)} is still being copied to ${this.device}; await t.data() or use await t.toAsync(device)`);
    }
  }
  /** A new Tensor object over the same storage (no autograd link). */
  alias() {
    if (this.disposedFlag) throw new Error(`alias: tensor ${formatShape(this.shape)} was disposed`);
    return new _Tensor(this.storage.retain(), this.shape, this.strides, this.offset, this.dtype);
  }
  /** Frees this tensor's hold on its storage (views keep theirs) and its part of the autograd graph. */
  dispose() {
    if (this.disposedFlag) return;
    this.disposedFlag = true;
    untrackTensor(this);
    this.storage.release();
    this.gradFn?.unref();
    this.grad?.dispose();
    this.grad = null;
  }
  /**
   * Replaces this tensor's contents with `value`'s (same shape), keeping the
   * object: how optimizers update parameters in place.
   */
  assign_(value) {
    checkAssign(this, value);
    const next = value.isContiguous() && value.offset === 0 && value.dtype === this.dtype ? value.storage.retain() : contiguousStorage(value, this.dtype);
    this.storage.release();
    this.storage = next;
    this.strides = contiguousStrides(this.shape);
    this.offset = 0;
    return this;
  }
  // ---- reading values ----
  /** Copies the values to the host as a flat typed array (float32 -> Float32Array, int32/bool -> Int32Array). */
  async data() {
    await this.storage.pending;
    const c = contiguous(this);
    try {
      const bytes = await c.storage.backend.read(c.storage.buffer, c.offset * 4, c.numel() * 4);
      return hostViewOf(this.dtype, bytes);
    } finally {
      if (c !== this) c.dispose();
    }
  }
  /** Synchronous read; cpu tensors only. */
  dataSync() {
    const backend = this.storage.backend;
    if (!backend.readSync) {
      throw new Error(`dataSync: tensor is on ${this.device}, whose memory the main thread cannot see; reading it is asynchronous, use await t.data()`);
    }
    const c = contiguous(this);
    try {
      return hostViewOf(this.dtype, backend.readSync(c.storage.buffer, c.offset * 4, c.numel() * 4));
    } finally {
      if (c !== this) c.dispose();
    }
  }
  async item() {
    if (this.numel() !== 1) throw new Error(`item: a Tensor with ${this.numel()} elements cannot be converted to a scalar`);
    const v = (await this.data())[0];
    return this.dtype === "bool" ? v !== 0 : v;
  }
  async tolist() {
    return nest(await this.data(), this.shape, this.dtype);
  }
  toString() {
    return `Tensor(shape=${formatShape(this.shape)}, dtype=${this.dtype}, device=${this.device}${this.requiresGrad ? ", requiresGrad" : ""})`;
  }
  // ---- autograd ----
  backward(gradient, options = {}) {
    runBackward(this, gradient, options);
  }
  requiresGrad_(requiresGrad = true) {
    if (!requiresGrad && this.gradFn) throw new Error("requiresGrad_: you can only change requiresGrad of leaf tensors; use detach()");
    if (requiresGrad && this.dtype !== "float32") throw new Error(`requiresGrad_: only float32 tensors can require gradients (got ${this.dtype})`);
    this.requiresGrad = requiresGrad;
    return this;
  }
  /** Same data, cut from the graph. */
  detach() {
    return this.alias();
  }
  // ---- device and dtype ----
  /** Moves to a device ('cpu', 'webgpu', 'webgpu:N') or casts to a dtype. */
  to(target) {
    return isDType(target) ? cast(this, target) : toDevice(this, target);
  }
  /** Like `to(device)`, but resolves once the data has arrived. */
  async toAsync(device) {
    const t2 = toDevice(this, device);
    await t2.storage.pending;
    return t2;
  }
  cpu() {
    return this.to("cpu");
  }
  float() {
    return cast(this, "float32");
  }
  int() {
    return cast(this, "int32");
  }
  bool() {
    return cast(this, "bool");
  }
  clone() {
    return clone(this);
  }
  contiguous() {
    return contiguous(this);
  }
  // ---- elementwise ----
  add(other, options) {
    return add(this, other, options);
  }
  sub(other, options) {
    return sub(this, other, options);
  }
  mul(other) {
    return mul(this, other);
  }
  div(other) {
    return div(this, other);
  }
  pow(exponent) {
    return pow(this, exponent);
  }
  maximum(other) {
    return maximum(this, other);
  }
  minimum(other) {
    return minimum(this, other);
  }
  eq(other) {
    return eq(this, other);
  }
  ne(other) {
    return ne(this, other);
  }
  lt(other) {
    return lt(this, other);
  }
  le(other) {
    return le(this, other);
  }
  gt(other) {
    return gt(this, other);
  }
  ge(other) {
    return ge(this, other);
  }
  neg() {
    return neg(this);
  }
  abs() {
    return abs(this);
  }
  exp() {
    return exp(this);
  }
  log() {
    return log(this);
  }
  sqrt() {
    return sqrt(this);
  }
  rsqrt() {
    return rsqrt(this);
  }
  sin() {
    return sin(this);
  }
  cos() {
    return cos(this);
  }
  tanh() {
    return tanh(this);
  }
  sigmoid() {
    return sigmoid(this);
  }
  relu() {
    return relu(this);
  }
  gelu(options) {
    return gelu(this, options);
  }
  silu() {
    return silu(this);
  }
  square() {
    return square(this);
  }
  clamp(min2, max2) {
    return clamp2(this, min2, max2);
  }
  maskedFill(mask, value) {
    return maskedFill(this, mask, value);
  }
  where(condition, other) {
    return where2(condition, this, other);
  }
  // ---- reductions ----
  sum(dim, keepdim) {
    return sum(this, dim, keepdim);
  }
  mean(dim, keepdim) {
    return mean(this, dim, keepdim);
  }
  prod(dim, keepdim) {
    return prod(this, dim, keepdim);
  }
  max(dim, keepdim) {
    return dim === void 0 ? max(this) : max(this, dim, keepdim);
  }
  min(dim, keepdim) {
    return dim === void 0 ? min(this) : min(this, dim, keepdim);
  }
  argmax(dim, keepdim) {
    return argmax(this, dim, keepdim);
  }
  argmin(dim, keepdim) {
    return argmin(this, dim, keepdim);
  }
  var(dim, keepdim, options) {
    return variance(this, dim, keepdim, options);
  }
  std(dim, keepdim, options) {
    return std(this, dim, keepdim, options);
  }
  logsumexp(dim, keepdim) {
    return logsumexp(this, dim, keepdim);
  }
  softmax(dim) {
    return softmax2(this, dim);
  }
  logSoftmax(dim) {
    return logSoftmax(this, dim);
  }
  // ---- linear algebra ----
  matmul(other) {
    return matmul2(this, other);
  }
  bmm(other) {
    return bmm(this, other);
  }
  // ---- views and shape ----
  reshape(shape) {
    return reshape(this, shape);
  }
  view(shape) {
    return view(this, shape);
  }
  transpose(dim0, dim1) {
    return transpose(this, dim0, dim1);
  }
  t() {
    return t(this);
  }
  permute(dims) {
    return permute(this, dims);
  }
  flatten(startDim, endDim) {
    return flatten(this, startDim, endDim);
  }
  squeeze(dim) {
    return squeeze(this, dim);
  }
  unsqueeze(dim) {
    return unsqueeze(this, dim);
  }
  expand(shape) {
    return expand(this, shape);
  }
  expandAs(other) {
    return expand(this, other.shape);
  }
  narrow(dim, start, length) {
    return narrow(this, dim, start, length);
  }
  slice(dim, start, end, step) {
    return slice(this, dim, start, end, step);
  }
  split(splitSize, dim) {
    return split(this, splitSize, dim);
  }
  chunk(chunks, dim) {
    return chunk(this, chunks, dim);
  }
  tril(diagonal) {
    return tril(this, diagonal);
  }
  triu(diagonal) {
    return triu(this, diagonal);
  }
  cumsum(dim) {
    return cumsum(this, dim);
  }
  topk(k, dim, largest, sorted) {
    return topk(this, k, dim, largest, sorted);
  }
  multinomial(numSamples, options) {
    return multinomial(this, numSamples, options);
  }
  // ---- indexing ----
  indexSelect(dim, index) {
    return indexSelect2(this, dim, index);
  }
  gather(dim, index) {
    return gather2(this, dim, index);
  }
  scatterAdd(dim, index, src) {
    return scatterAdd2(this, dim, index, src);
  }
};
setTensorGuard((v) => v instanceof Tensor);

// src/threads.ts
init_thread_pool();
init_thread_support();

// src/index.ts
init_capability();

// src/sync.ts
async function sync(device) {
  const names = device ? [device] : devices();
  await Promise.all(names.map((n) => getBackendIfReady(n)?.sync()));
}

// src/nn/init.ts
init_shape();

// src/nn/module.ts
init_shape();

// src/nn/layers/batchnorm.ts
init_shape();

// src/nn/layers/attention.ts
init_shape();

// src/nn/layers/rnn.ts
init_shape();

// src/optim/optimizer.ts
init_shape();

// src/data/dataset.ts
init_shape();

// src/parallel/data-parallel.ts
init_shape();

// src/parallel/broadcast.ts
init_shape();

// src/parallel/data-parallel.ts
var DEFAULT_BUCKET_BYTES = 8 << 20;

// src/io/half.ts
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);

// src/io/safetensors.ts
var utf8 = new TextEncoder();
var LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// src/io/checkpoint.ts
var files = {
  async read(url) {
    if (typeof fetch !== "function") throw new Error(`load: cannot read '${url}': no fetch in this environment`);
    return readResponse(await fetch(url), url);
  },
  async write(path) {
    throw new Error(`save: cannot write '${path}': file paths need the Node entry; in browsers use await torch.save(stateDict) (bytes) or { as: 'blob' }`);
  }
};
function setFileAccess(access) {
  files = access;
}
async function readResponse(response, url) {
  if (!response.ok) throw new Error(`load: fetching '${url}' failed: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

// src/models/gpt.ts
init_shape();

// src/index.ts
setWebGPUProvider({
  gpu: () => typeof navigator !== "undefined" && "gpu" in navigator ? navigator.gpu : void 0
});

// src/data/node-datasets.ts
var PIXELS = 28 * 28;
var CIFAR_RECORD = 1 + 3 * 32 * 32;

// src/io/node-files.ts
import { randomBytes } from "node:crypto";
import { open, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, bytes) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => void 0);
    throw new Error(`save: could not write '${path}': ${e.message}`);
  }
  await syncFolder(dirname(path));
}
async function syncFolder(folder) {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}
async function readPathOrUrl(path) {
  if (/^https?:\/\//i.test(path)) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`load: fetching '${path}' failed: HTTP ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  const file = path.startsWith("file:") ? new URL(path) : path;
  try {
    return await readFile(file);
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : e.message;
    throw new Error(`load: cannot read '${path}': ${why}`);
  }
}
var nodeFileAccess = { read: readPathOrUrl, write: writeFileAtomic };

// src/node.ts
init_thread_support();

// src/backend/cpu/node-threads.ts
import { availableParallelism } from "node:os";
init_thread_support();
var nodeThreadSupport = threadSupport(nodeSpawner, () => availableParallelism());

// src/node.ts
var instance;
var loadError;
function loadDawn() {
  if (instance) return instance;
  try {
    const require2 = createRequire(import.meta.url);
    const dawn = require2("webgpu");
    Object.assign(globalThis, dawn.globals);
    const flags = (process.env.WEBTORCH_DAWN_FLAGS ?? "").split(/\s+/).filter(Boolean);
    instance = dawn.create(flags);
    return instance;
  } catch (e) {
    loadError = e.message;
    return void 0;
  }
}
setRelaxedSimdEnabler(() => {
  if (process.versions.node.split(".")[0] === "20") setFlagsFromString("--experimental-wasm-relaxed-simd");
});
setCpuCapabilityDefault(process.env.WEBTORCH_CPU_CAPABILITY || void 0);
setWorkerSpawner(nodeSpawner);
setWebGPUProvider({
  gpu: () => {
    if (process.env.WEBTORCH_DISABLE_WEBGPU === "1") return void 0;
    return loadDawn();
  },
  // Node stays alive while the dawn instance is referenced.
  release: () => {
    instance = void 0;
  }
});
setFileAccess(nodeFileAccess);
setThreadSupport(nodeThreadSupport);

// ../../tmp/exp/dispatch-cost.ts
await init({ webgpu: true });
var dev = "webgpu";
var a = randn([4], { device: "cpu" }).to(dev);
var b = randn([4], { device: "cpu" }).to(dev);
var x = randn([8, 3, 8, 8], { device: "cpu" }).to(dev);
var cases = [
  ["add [4]", () => {
    a.add(b).dispose();
  }],
  ["mul scalar [4]", () => {
    a.mul(2).dispose();
  }],
  ["relu [4]", () => {
    a.relu().dispose();
  }],
  ["sum [8,3,8,8] dim 1", () => {
    x.sum(1).dispose();
  }]
];
for (const [name, f] of cases) {
  for (let i = 0; i < 500; i++) f();
  await sync(dev);
  const ts = [];
  for (let r = 0; r < 7; r++) {
    const N = 2e3;
    const t2 = performance.now();
    for (let i = 0; i < N; i++) f();
    ts.push((performance.now() - t2) / N * 1e3);
    await sync(dev);
  }
  ts.sort((p, q) => p - q);
  console.log(`${name.padEnd(24)} enqueue ${ts[3].toFixed(1)} us/op (min ${ts[0].toFixed(1)})`);
}
process.exit(0);
