"""Converts a torchvision checkpoint (.pth) to safetensors for webtorch.

Not run in CI. Needs Python with torch, torchvision and safetensors:

    pip install torch torchvision safetensors
    python scripts/convert-torchvision.py resnet18 resnet18.safetensors            # torchvision's pretrained weights
    python scripts/convert-torchvision.py resnet18 out.safetensors --pth my.pth    # your own state dict

Then, in JS:

    const net = torch.models.resnet18();
    net.loadStateDict(await torch.load('resnet18.safetensors'));   // strict: every key must match

Why the steps below:
- webtorch's keys are torchvision's (conv1.weight, layer1.0.bn1.running_mean, ...),
  so no renaming is needed; a checkpoint saved from nn.DataParallel has a
  'module.' prefix, which is stripped.
- safetensors refuses tensors that share memory or are not contiguous, hence
  .contiguous().clone().
- num_batches_tracked is int64 in PyTorch; webtorch reads I64 as int32 (it
  fails clearly if a value does not fit), so it is kept as is.
- webtorch computes in float32; F16/BF16 files load too (converted on load),
  so --half is an option to halve the download.
"""
import argparse

import torch
from safetensors.torch import save_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arch", help="torchvision model name: resnet18, resnet34, vgg11, vgg11_bn")
    parser.add_argument("out", help="output .safetensors path")
    parser.add_argument("--pth", help="a .pth state dict to convert (default: torchvision's pretrained weights)")
    parser.add_argument("--half", choices=["float16", "bfloat16"], help="store floating-point tensors in this dtype")
    args = parser.parse_args()

    import torchvision

    if args.pth:
        state = torch.load(args.pth, map_location="cpu", weights_only=True)
        state = state.get("state_dict", state)
    else:
        state = torchvision.models.get_model(args.arch, weights="DEFAULT").state_dict()
    state = {k.removeprefix("module."): v for k, v in state.items()}

    # Check the keys against the architecture before writing anything.
    model = torchvision.models.get_model(args.arch, weights=None, num_classes=state["fc.weight" if "fc.weight" in state else "classifier.6.weight"].shape[0])
    model.load_state_dict(state, strict=True)

    half = getattr(torch, args.half) if args.half else None
    tensors = {k: (v.to(half) if half is not None and v.is_floating_point() else v).contiguous().clone() for k, v in state.items()}
    save_file(tensors, args.out, metadata={"format": "pt", "source": f"torchvision.models.{args.arch}"})
    print(f"wrote {args.out}: {len(tensors)} tensors")


if __name__ == "__main__":
    main()
