// torchvision-compatible models: state-dict keys and shapes against a list
// written here from torchvision's model definitions (torchvision/models/resnet.py,
// vgg.py), a strict load of such a state dict, and forward + backward on every device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, plannedDevices, torch } from './support/setup-torch.js';
import type { Tensor } from '../src/node.js';

const { models, nn } = torch;

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

type Keys = [string, number[]][];
const bn = (prefix: string, c: number): Keys => [
  [`${prefix}.weight`, [c]], [`${prefix}.bias`, [c]], [`${prefix}.running_mean`, [c]], [`${prefix}.running_var`, [c]], [`${prefix}.num_batches_tracked`, []],
];

/** torchvision's resnet18/34 state_dict: stem, BasicBlocks (downsample on the first block of layers 2-4), fc. */
function torchvisionResNetKeys(blocks: number[]): Keys {
  const keys: Keys = [['conv1.weight', [64, 3, 7, 7]], ...bn('bn1', 64)];
  const widths = [64, 128, 256, 512];
  let inPlanes = 64;
  widths.forEach((w, l) => {
    for (let b = 0; b < blocks[l]!; b++) {
      const p = `layer${l + 1}.${b}`;
      keys.push([`${p}.conv1.weight`, [w, b === 0 ? inPlanes : w, 3, 3]], ...bn(`${p}.bn1`, w), [`${p}.conv2.weight`, [w, w, 3, 3]], ...bn(`${p}.bn2`, w));
      if (b === 0 && l > 0) keys.push([`${p}.downsample.0.weight`, [w, inPlanes, 1, 1]], ...bn(`${p}.downsample.1`, w));
    }
    inPlanes = w;
  });
  keys.push(['fc.weight', [1000, 512]], ['fc.bias', [1000]]);
  return keys;
}

/** torchvision's vgg11 / vgg11_bn state_dict (features indices as make_layers numbers them). */
function torchvisionVgg11Keys(batchNorm: boolean, hidden: number): Keys {
  const convs: [number, number, number][] = batchNorm
    ? [[0, 3, 64], [4, 64, 128], [8, 128, 256], [11, 256, 256], [15, 256, 512], [18, 512, 512], [22, 512, 512], [25, 512, 512]]
    : [[0, 3, 64], [3, 64, 128], [6, 128, 256], [8, 256, 256], [11, 256, 512], [13, 512, 512], [16, 512, 512], [18, 512, 512]];
  const keys: Keys = [];
  for (const [i, cin, cout] of convs) {
    keys.push([`features.${i}.weight`, [cout, cin, 3, 3]], [`features.${i}.bias`, [cout]]);
    if (batchNorm) keys.push(...bn(`features.${i + 1}`, cout));
  }
  keys.push(['classifier.0.weight', [hidden, 25088]], ['classifier.0.bias', [hidden]], ['classifier.3.weight', [hidden, hidden]], ['classifier.3.bias', [hidden]]);
  keys.push(['classifier.6.weight', [1000, hidden]], ['classifier.6.bias', [1000]]);
  return keys;
}

const keysOf = (m: torch.nn.Module<never, unknown>): Keys => Object.entries(m.stateDict()).map(([k, t]) => [k, [...t.shape]]);

describe('torchvision state-dict keys [cpu]', () => {
  it('resnet18: 122 entries, names, order and shapes as torchvision', () => {
    const net = models.resnet18();
    const expected = torchvisionResNetKeys([2, 2, 2, 2]);
    expect(expected.length).toBe(122);
    expect(keysOf(net)).toEqual(expected);
    expect(net.stateDict()['bn1.num_batches_tracked']!.dtype).toBe('int32');
  });

  it('resnet34: 218 entries', () => {
    const expected = torchvisionResNetKeys([3, 4, 6, 3]);
    expect(expected.length).toBe(218);
    expect(keysOf(models.resnet34())).toEqual(expected);
  });

  it('vgg11 / vgg11_bn: features.N and classifier.0/3/6 (classifier narrowed to keep the test fast)', () => {
    // NOTE: the default hidden width is torchvision's 4096; building that (132M parameters) takes ~30 s on the CPU here.
    expect(keysOf(models.vgg11({ hidden: 16 }))).toEqual(torchvisionVgg11Keys(false, 16));
    const withBn = keysOf(models.vgg11Bn({ hidden: 16 }));
    expect(withBn.length).toBe(62);
    expect(withBn).toEqual(torchvisionVgg11Keys(true, 16));
  });

  it('lenet and mlp (torchvision.ops.MLP numbering)', () => {
    expect(keysOf(models.lenet()).map(([k]) => k)).toEqual(['conv1.weight', 'conv1.bias', 'conv2.weight', 'conv2.bias', 'fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias', 'fc3.weight', 'fc3.bias']);
    expect(keysOf(models.mlp(784, [128, 64, 10]))).toEqual([
      ['0.weight', [128, 784]], ['0.bias', [128]], ['3.weight', [64, 128]], ['3.bias', [64]], ['6.weight', [10, 64]], ['6.bias', [10]],
    ]);
  });

  it('loads a state dict with torchvision keys strictly, through safetensors', async () => {
    // A "converted torchvision file": every key of resnet18, num_batches_tracked as I64 as PyTorch writes it.
    const records: Record<string, torch.safetensors.TensorRecord> = {};
    const keys = torchvisionResNetKeys([2, 2, 2, 2]);
    keys.forEach(([k, shape], i) => {
      const n = shape.reduce((a, b) => a * b, 1);
      records[k] = k.endsWith('num_batches_tracked') ? { dtype: 'int32', shape, data: [i] } : { dtype: 'float32', shape, data: new Float32Array(n).fill(i / 1000) };
    });
    const bytes = torch.safetensors.serialize(records, { format: 'pt' });
    const net = models.resnet18();
    net.loadStateDict(await torch.load(bytes, { device: 'cpu' }));
    expect(await net.stateDict()['layer3.0.downsample.1.running_var']!.tolist()).toEqual(new Array(256).fill(Math.fround(keys.findIndex(([k]) => k === 'layer3.0.downsample.1.running_var') / 1000)));
  });
});

describe.each(plannedDevices())('models forward + backward [%s]', (device) => {
  const run = async (net: torch.nn.Module<[Tensor], Tensor>, input: number[], classes: number) => {
    const x = torch.randn(input, { device });
    const y = torch.randint(0, classes, [input[0]!], { device });
    const loss = new nn.CrossEntropyLoss().forward(net.forward(x), y);
    loss.backward();
    expect(Number.isFinite(Number(await loss.item()))).toBe(true);
    const grads = [...net.parameters()].map((p) => p.grad);
    expect(grads.every((g) => g !== null)).toBe(true);
    const norm = await torch.stack(grads.map((g) => g!.square().sum())).sum().item();
    expect(Number(norm)).toBeGreaterThan(0);
  };

  // NOTE: on SwiftShader (CPU-emulated WebGPU) each of the two large models takes ~55 s.
  const slow = { timeout: 180_000 };

  it('resnet18 on 2x3x32x32', slow, async () => {
    await run(models.resnet18({ numClasses: 10, device }), [2, 3, 32, 32], 10);
  });

  it('vgg11_bn on 2x3x32x32 (narrow classifier)', slow, async () => {
    await run(models.vgg11Bn({ numClasses: 10, hidden: 32, device }), [2, 3, 32, 32], 10);
  });

  it('lenet on 4x1x28x28 and mlp on 4x20', async () => {
    await run(models.lenet({ device }), [4, 1, 28, 28], 10);
    await run(models.mlp(20, [16, 5], { device }), [4, 20], 5);
  });
});
