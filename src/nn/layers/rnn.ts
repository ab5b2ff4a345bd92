import { dropout, linear } from '../functional.js';
import { tidy } from '../../memory.js';
import { zeros } from '../../ops/creation.js';
import { add, mul, relu, sigmoid, sub, tanh } from '../../ops/elementwise.js';
import { cat, chunk, stack } from '../../ops/join.js';
import { narrow, squeeze, transpose, unsqueeze } from '../../ops/views.js';
import { formatShape } from '../../shape.js';
import type { Tensor } from '../../tensor.js';
import { uniform_ } from '../init.js';
import { Module } from '../module.js';
import type { Parameter } from '../parameter.js';
import { checkPositiveInt, newParameter, type DeviceOptions } from './util.js';

export interface RNNOptions extends DeviceOptions {
  numLayers?: number;
  bias?: boolean;
  /** Input and output are [N, L, H] instead of [L, N, H]; hidden states stay [layers, N, H]. */
  batchFirst?: boolean;
  /** Dropout on each layer's output except the last, in train mode. */
  dropout?: number;
  bidirectional?: boolean;
  /** RNN only: 'tanh' (default) or 'relu'. */
  nonlinearity?: 'tanh' | 'relu';
}

type Mode = 'RNN' | 'LSTM' | 'GRU';

const GATES: Record<Mode, number> = { RNN: 1, LSTM: 4, GRU: 3 };

/** One layer-direction's weights, read from the module by PyTorch's names. */
interface Cell {
  wIh: Tensor;
  wHh: Tensor;
  bIh: Tensor | null;
  bHh: Tensor | null;
}

/**
 * Shared machinery of RNN, LSTM and GRU: PyTorch's parameter names and
 * layouts (`weight_ih_l0` [gates*H, in], `weight_hh_l0` [gates*H, H],
 * `bias_ih_l0`, `bias_hh_l0`, `*_reverse` for the backward direction), all
 * initialised U(-1/√H, 1/√H). The input projection of a whole sequence is one
 * matmul; the recurrence then runs step by step.
 */
abstract class RNNBase<State> extends Module<[Tensor, State?], [Tensor, State]> {
  readonly numLayers: number;
  readonly bias: boolean;
  readonly batchFirst: boolean;
  readonly dropout: number;
  readonly bidirectional: boolean;

  constructor(
    readonly mode: Mode,
    readonly inputSize: number,
    readonly hiddenSize: number,
    options: RNNOptions,
  ) {
    super();
    checkPositiveInt(mode, 'inputSize', inputSize);
    checkPositiveInt(mode, 'hiddenSize', hiddenSize);
    this.numLayers = options.numLayers ?? 1;
    checkPositiveInt(mode, 'numLayers', this.numLayers);
    this.bias = options.bias ?? true;
    this.batchFirst = options.batchFirst ?? false;
    this.dropout = options.dropout ?? 0;
    if (!(this.dropout >= 0 && this.dropout <= 1)) throw new RangeError(`${mode}: dropout should be a number in range [0, 1], got ${this.dropout}`);
    this.bidirectional = options.bidirectional ?? false;
    const gate = GATES[mode] * hiddenSize;
    const bound = 1 / Math.sqrt(hiddenSize);
    const param = (shape: number[]): Parameter => uniform_(newParameter(shape, options.device), -bound, bound) as Parameter;
    for (let layer = 0; layer < this.numLayers; layer++) {
      const layerIn = layer === 0 ? inputSize : hiddenSize * this.numDirections;
      for (const suffix of this.suffixes()) {
        this.registerParameter(`weight_ih_l${layer}${suffix}`, param([gate, layerIn]));
        this.registerParameter(`weight_hh_l${layer}${suffix}`, param([gate, hiddenSize]));
        if (this.bias) {
          this.registerParameter(`bias_ih_l${layer}${suffix}`, param([gate]));
          this.registerParameter(`bias_hh_l${layer}${suffix}`, param([gate]));
        }
      }
    }
  }

  get numDirections(): number {
    return this.bidirectional ? 2 : 1;
  }

  private suffixes(): string[] {
    return this.bidirectional ? ['', '_reverse'] : [''];
  }

  private cell(layer: number, direction: number): Cell {
    const slots = this as unknown as Record<string, Tensor | undefined>;
    const s = direction === 1 ? '_reverse' : '';
    return {
      wIh: slots[`weight_ih_l${layer}${s}`]!,
      wHh: slots[`weight_hh_l${layer}${s}`]!,
      bIh: slots[`bias_ih_l${layer}${s}`] ?? null,
      bHh: slots[`bias_hh_l${layer}${s}`] ?? null,
    };
  }

  /** One step: (precomputed x·W_ihᵀ + b_ih for this step, state) -> new state; state[0] is h. */
  protected abstract step(xProj: Tensor, state: Tensor[], cell: Cell): Tensor[];

  /** The user's hidden state as a list of [layers*dirs, N, H] tensors (h, or h and c). */
  protected abstract unpackState(state: State | undefined): Tensor[] | null;

  protected abstract packState(states: Tensor[]): State;

  protected stateCount(): number {
    return this.mode === 'LSTM' ? 2 : 1;
  }

  forward(input: Tensor, hx?: State): [Tensor, State] {
    const op = this.mode;
    const batched = input.ndim === 3;
    if (!batched && input.ndim !== 2) throw new Error(`${op}: expected input to be 2-D or 3-D, got ${input.ndim}-D tensor of shape ${formatShape(input.shape)}`);
    if (input.shape[input.ndim - 1] !== this.inputSize) {
      throw new Error(`${op}: input.size(-1) must be equal to input_size. Expected ${this.inputSize}, got ${input.shape[input.ndim - 1]} (shape ${formatShape(input.shape)})`);
    }
    const [output, states] = tidy((): [Tensor, Tensor[]] => {
      // Work in [L, N, in].
      const x0 = !batched ? unsqueeze(input, 1) : this.batchFirst ? transpose(input, 0, 1) : input;
      const [L, N] = x0.shape as [number, number];
      const H = this.hiddenSize;
      const D = this.numDirections;
      const given = this.unpackState(hx);
      const expected = [this.numLayers * D, N, H];
      const initial = (given ?? Array.from({ length: this.stateCount() }, () => zeros(expected, { device: input.device }))).map((h) => {
        const h3 = batched ? h : unsqueeze(h, 1);
        if (h3.shape.join() !== expected.join()) {
          throw new Error(`${op}: expected hidden size ${formatShape(batched ? expected : [expected[0]!, H])}, got ${formatShape(h.shape)}`);
        }
        return h3;
      });
      const finals: Tensor[][] = Array.from({ length: this.stateCount() }, () => []);
      let layerInput = x0;
      for (let layer = 0; layer < this.numLayers; layer++) {
        const outputs: Tensor[] = [];
        for (let dir = 0; dir < D; dir++) {
          const cell = this.cell(layer, dir);
          const xProj = linear(layerInput, cell.wIh, cell.bIh); // [L, N, gates*H]
          let state = initial.map((s) => squeeze(narrow(s, 0, layer * D + dir, 1), 0));
          const hs = new Array<Tensor>(L);
          for (let i = 0; i < L; i++) {
            const t = dir === 0 ? i : L - 1 - i;
            state = this.step(squeeze(narrow(xProj, 0, t, 1), 0), state, cell);
            hs[t] = state[0]!;
          }
          outputs.push(L > 0 ? stack(hs, 0) : zeros([0, N, H], { device: input.device }));
          state.forEach((s, k) => finals[k]!.push(s));
        }
        layerInput = D === 1 ? outputs[0]! : cat(outputs, 2);
        if (this.dropout > 0 && this.training && layer < this.numLayers - 1) layerInput = dropout(layerInput, { p: this.dropout });
      }
      let output = layerInput;
      output = !batched ? squeeze(output, 1) : this.batchFirst ? transpose(output, 0, 1) : output;
      const states = finals.map((list) => {
        const s = stack(list, 0);
        return batched ? s : squeeze(s, 1);
      });
      return [output, states];
    });
    return [output, this.packState(states)];
  }

  override extraRepr(): string {
    const parts = [`${this.inputSize}, ${this.hiddenSize}`];
    if (this.numLayers !== 1) parts.push(`num_layers=${this.numLayers}`);
    if (!this.bias) parts.push('bias=False');
    if (this.batchFirst) parts.push('batch_first=True');
    if (this.dropout) parts.push(`dropout=${this.dropout}`);
    if (this.bidirectional) parts.push('bidirectional=True');
    return parts.join(', ');
  }
}

/** h W_hhᵀ + b_hh. */
function hiddenProj(h: Tensor, cell: Cell): Tensor {
  return linear(h, cell.wHh, cell.bHh);
}

/**
 * Elman RNN: h' = tanh(x W_ihᵀ + b_ih + h W_hhᵀ + b_hh) (or relu).
 * forward(input, h0?) -> [output, h_n].
 *
 * @example
 * const rnn = new nn.RNN(10, 20, { numLayers: 2 });
 * const [out, hn] = rnn.forward(torch.randn([5, 3, 10])); // out [5, 3, 20], hn [2, 3, 20]
 */
export class RNN extends RNNBase<Tensor> {
  readonly nonlinearity: 'tanh' | 'relu';

  constructor(inputSize: number, hiddenSize: number, options: RNNOptions = {}) {
    super('RNN', inputSize, hiddenSize, options);
    this.nonlinearity = options.nonlinearity ?? 'tanh';
    if (this.nonlinearity !== 'tanh' && this.nonlinearity !== 'relu') throw new Error(`RNN: unknown nonlinearity '${String(this.nonlinearity)}'`);
  }

  protected step(xProj: Tensor, [h]: Tensor[], cell: Cell): Tensor[] {
    const pre = add(xProj, hiddenProj(h!, cell));
    return [this.nonlinearity === 'tanh' ? tanh(pre) : relu(pre)];
  }

  protected unpackState(state: Tensor | undefined): Tensor[] | null {
    return state ? [state] : null;
  }

  protected packState([h]: Tensor[]): Tensor {
    return h!;
  }
}

/**
 * LSTM with PyTorch's gate order i, f, g, o:
 * i = σ(·), f = σ(·), g = tanh(·), o = σ(·), c' = f c + i g, h' = o tanh(c').
 * forward(input, [h0, c0]?) -> [output, [h_n, c_n]].
 *
 * @example
 * const lstm = new nn.LSTM(8, 16, { batchFirst: true });
 * const [out, [hn, cn]] = lstm.forward(torch.randn([4, 12, 8])); // out [4, 12, 16]
 */
export class LSTM extends RNNBase<[Tensor, Tensor]> {
  constructor(inputSize: number, hiddenSize: number, options: RNNOptions = {}) {
    super('LSTM', inputSize, hiddenSize, options);
  }

  protected step(xProj: Tensor, [h, c]: Tensor[], cell: Cell): Tensor[] {
    const [i, f, g, o] = chunk(add(xProj, hiddenProj(h!, cell)), 4, -1) as [Tensor, Tensor, Tensor, Tensor];
    const c2 = add(mul(sigmoid(f), c!), mul(sigmoid(i), tanh(g)));
    return [mul(sigmoid(o), tanh(c2)), c2];
  }

  protected unpackState(state: [Tensor, Tensor] | undefined): Tensor[] | null {
    return state ? [state[0], state[1]] : null;
  }

  protected packState([h, c]: Tensor[]): [Tensor, Tensor] {
    return [h!, c!];
  }
}

/**
 * GRU with PyTorch's gate order r, z, n:
 * r = σ(x_r + h_r), z = σ(x_z + h_z), n = tanh(x_n + r (h W_hnᵀ + b_hn)),
 * h' = (1 - z) n + z h. forward(input, h0?) -> [output, h_n].
 *
 * @example
 * const gru = new nn.GRU(8, 16);
 * const [out, hn] = gru.forward(torch.randn([12, 4, 8]));
 */
export class GRU extends RNNBase<Tensor> {
  constructor(inputSize: number, hiddenSize: number, options: RNNOptions = {}) {
    super('GRU', inputSize, hiddenSize, options);
  }

  protected step(xProj: Tensor, [h]: Tensor[], cell: Cell): Tensor[] {
    const [xr, xz, xn] = chunk(xProj, 3, -1) as [Tensor, Tensor, Tensor];
    const [hr, hz, hn] = chunk(hiddenProj(h!, cell), 3, -1) as [Tensor, Tensor, Tensor];
    const r = sigmoid(add(xr, hr));
    const z = sigmoid(add(xz, hz));
    const n = tanh(add(xn, mul(r, hn)));
    return [add(mul(sub(1, z), n), mul(z, h!))];
  }

  protected unpackState(state: Tensor | undefined): Tensor[] | null {
    return state ? [state] : null;
  }

  protected packState([h]: Tensor[]): Tensor {
    return h!;
  }
}
