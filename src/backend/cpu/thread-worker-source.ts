/**
 * The script a cpu helper thread runs, as a string: Node starts it with
 * `new Worker(source, { eval: true })`, browsers from a Blob URL, so it must be
 * plain JavaScript with no imports. The platform's bootstrap line (see
 * worker/spawn.ts) calls `__webtorchServeThread(post, listen)`; a helper only
 * listens, for one message.
 *
 * The first (and only) message carries the kernels' WebAssembly.Module, the
 * shared WebAssembly.Memory, the control SharedArrayBuffer (layout in
 * thread-pool.ts) and this helper's slot. The helper then never returns to its
 * event loop: it claims parts of the current job (see ThreadPool.run), runs
 * them, and sleeps on the wake word when none are left.
 */
/** The global function the helper script defines for the bootstrap to call. */
export const THREAD_ENTRY = '__webtorchServeThread';

export const THREAD_WORKER_SOURCE = `'use strict';
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
          fns[Atomics.load(ctl, L.kernel)].apply(null, a);
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
