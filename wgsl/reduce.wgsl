// out[o, i] = reduce over r of a[off + (o * reduced + r) * inner + i].
//   slots: T (f32|i32), LOAD (raw u32 `w` -> T), STORE (T `v` -> u32), IDENTITY,
//          COMBINE (acc, v -> T) for value reductions, BETTER (vb, va -> bool,
//          strict) with ARG=1 for argmax/argmin, ISNAN (T -> bool).
// `serial` (short reductions): one thread per output, no barriers.
// `serial4` (QUAD: inner and the offset multiples of 4): `serial` for four
// neighbouring outputs per thread, each step one vec4 load (on CPU emulators
// a vector load per lane instead of four gathered words).
// `serial4rows` (QUAD, inner == 1, reduced and the offset multiples of 4):
// `serial` reading its row as vec4s, combining their words in order.
// `rows` (inner == 1): one workgroup of WG threads per output, tree reduction in workgroup memory.
// `cols` (inner > 1): 16 outputs per workgroup along inner (coalesced loads),
// 16 threads splitting the reduced dim of each.
#include "common"

struct Params {
  outer: u32,
  reduced: u32,
  inner: u32,
  off: u32,
}

@group(0) @binding(0) var<uniform> P: Params;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
#if QUAD
@group(0) @binding(2) var<storage, read> a: array<vec4<u32>>;
#else
@group(0) @binding(2) var<storage, read> a: array<u32>;
#endif

var<workgroup> sv: array<{{T}}, 256>;
var<workgroup> si: array<u32, 256>;

fn value(w: u32) -> {{T}} {
  return {{LOAD}};
}

fn store(i: u32, v: {{T}}) {
  out[i] = {{STORE}};
}

fn combine(acc: {{T}}, v: {{T}}) -> {{T}} {
  return {{COMBINE}};
}

// Whether candidate (vb, ib) replaces the current (va, ia). NaN is the
// extreme; equal values keep the lower index, whichever thread saw it first.
fn replaces(va: {{T}}, ia: u32, vb: {{T}}, ib: u32) -> bool {
  let an = {{ISNAN}}(va);
  let bn = {{ISNAN}}(vb);
  if (an || bn) {
    return bn && (!an || ib < ia);
  }
  if ({{BETTER}}) { return true; }
  return vb == va && ib < ia;
}

fn write_result(o: u32, v: {{T}}, idx: u32) {
#if ARG
  out[o] = bitcast<u32>(i32(idx));
#else
  store(o, v);
#endif
}

// Folds value v (reduced index r) into (acc, idx): combine, or for arg
// reductions take v where `replaces` says so (idx unset: take the first).
fn fold(acc: ptr<function, {{T}}>, idx: ptr<function, u32>, v: {{T}}, r: u32) {
#if ARG
  if (*idx == 0xffffffffu || replaces(*acc, *idx, v, r)) {
    *acc = v;
    *idx = r;
  }
#else
  *acc = combine(*acc, v);
#endif
}

#if QUAD
@compute @workgroup_size({{WG}})
fn serial4(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
           @builtin(local_invocation_index) lid: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + lid;
  let quads = P.inner / 4u;
  if (t >= P.outer * quads) { return; }
  let o = t / quads;
  let q = t % quads;
  let base = P.off / 4u + o * P.reduced * quads + q;
#for C in 0..4
  var acc{{C}}: {{T}} = {{IDENTITY}};
  var idx{{C}} = 0xffffffffu;
#endfor
  for (var r = 0u; r < P.reduced; r++) {
    let w = a[base + r * quads];
#for C in 0..4
    fold(&acc{{C}}, &idx{{C}}, value(w[{{C}}]), r);
#endfor
  }
#for C in 0..4
  write_result(o * P.inner + q * 4u + {{C}}u, acc{{C}}, idx{{C}});
#endfor
}

@compute @workgroup_size({{WG}})
fn serial4rows(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
               @builtin(local_invocation_index) lid: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + lid;
  if (t >= P.outer) { return; }
  let quads = P.reduced / 4u;
  let base = P.off / 4u + t * quads;
  var acc: {{T}} = {{IDENTITY}};
  var idx = 0xffffffffu;
  for (var r = 0u; r < quads; r++) {
    let w = a[base + r];
    // The four in order, as `serial` takes them: the same result to the bit.
#for C in 0..4
    fold(&acc, &idx, value(w[{{C}}]), r * 4u + {{C}}u);
#endfor
  }
  write_result(t, acc, idx);
}
#else
@compute @workgroup_size({{WG}})
fn serial(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
          @builtin(local_invocation_index) lid: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + lid;
  if (t >= P.outer * P.inner) { return; }
  let base = P.off + (t / P.inner) * P.reduced * P.inner + t % P.inner;
  var acc: {{T}} = {{IDENTITY}};
  var idx = 0xffffffffu;
  for (var r = 0u; r < P.reduced; r++) {
    fold(&acc, &idx, value(a[base + r * P.inner]), r);
  }
  write_result(t, acc, idx);
}

@compute @workgroup_size({{WG}})
fn rows(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let row = linear_workgroup(wid, nwg);
  if (row >= P.outer) { return; }
  let base = P.off + row * P.reduced;
  var acc: {{T}} = {{IDENTITY}};
  var idx = 0xffffffffu;
  for (var r = lid; r < P.reduced; r += {{WG}}u) {
    fold(&acc, &idx, value(a[base + r]), r);
  }
  sv[lid] = acc;
  si[lid] = idx;
  workgroupBarrier();
  for (var s = {{WG}}u / 2u; s > 0u; s >>= 1u) {
    if (lid < s) {
#if ARG
      let ib = si[lid + s];
      if (ib != 0xffffffffu && (si[lid] == 0xffffffffu || replaces(sv[lid], si[lid], sv[lid + s], ib))) {
        sv[lid] = sv[lid + s];
        si[lid] = ib;
      }
#else
      sv[lid] = combine(sv[lid], sv[lid + s]);
#endif
    }
    workgroupBarrier();
  }
  if (lid == 0u) {
    write_result(row, sv[0], si[0]);
  }
}

@compute @workgroup_size(16, 16)
fn cols(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>) {
  let tiles = (P.inner + 15u) / 16u;
  let wg = linear_workgroup(wid, nwg);
  let o = wg / tiles;
  if (o >= P.outer) { return; }
  let i = (wg % tiles) * 16u + lid.x;
  let slot = lid.y * 16u + lid.x;
  var acc: {{T}} = {{IDENTITY}};
  var idx = 0xffffffffu;
  if (i < P.inner) {
    let base = P.off + o * P.reduced * P.inner + i;
    for (var r = lid.y; r < P.reduced; r += 16u) {
      fold(&acc, &idx, value(a[base + r * P.inner]), r);
    }
  }
  sv[slot] = acc;
  si[slot] = idx;
  workgroupBarrier();
  for (var s = 8u; s > 0u; s >>= 1u) {
    if (lid.y < s) {
      let other = slot + s * 16u;
#if ARG
      let ib = si[other];
      if (ib != 0xffffffffu && (si[slot] == 0xffffffffu || replaces(sv[slot], si[slot], sv[other], ib))) {
        sv[slot] = sv[other];
        si[slot] = ib;
      }
#else
      sv[slot] = combine(sv[slot], sv[other]);
#endif
    }
    workgroupBarrier();
  }
  if (lid.y == 0u && i < P.inner) {
    write_result(o * P.inner + i, sv[slot], si[slot]);
  }
}
#endif
