#!/usr/bin/env python3
"""The peer of `allcnn bench`: the same All-CNN-C and the same bare training loop in Python
PyTorch (Debian's python3-torch runs the very same ATen/oneDNN kernels as our LibTorch), so
that the ratio of the two says what our C++ loop costs or saves, not what the kernels do.

Prints JSON in the shape of `allcnn bench`'s "bare" and "inference" sections:
  {"peer": "python", "torch_version", "device", "threads", "channels_last",
   "bare": {"batch_64": {"images_per_second": {"min", "median", "max", "samples"}}, ...},
   "inference": {"batch_128": {...}}}
"""
import argparse
import json
import os
import statistics
import sys
import time

import torch
from torch import nn


def all_cnn_c(in_channels=3, classes=10, dropout=True):
    """Layer for layer what core/nn/model.cpp builds for Architecture::AllCnnC."""
    layers = []
    channels = in_channels

    def conv(out, kernel, stride, padding):
        nonlocal channels
        layers.append(nn.Conv2d(channels, out, kernel, stride=stride, padding=padding))
        layers.append(nn.ReLU())
        channels = out

    if dropout:
        layers.append(nn.Dropout(0.2))
    for width in (96, 192):
        conv(width, 3, 1, 1)
        conv(width, 3, 1, 1)
        conv(width, 3, 2, 1)
        if dropout:
            layers.append(nn.Dropout(0.5))
    conv(192, 3, 1, 0)
    conv(192, 1, 1, 0)
    conv(classes, 1, 1, 0)
    layers.append(nn.AdaptiveAvgPool2d(1))
    layers.append(nn.Flatten())
    return nn.Sequential(*layers)


def stats(samples):
    return {"min": min(samples), "median": statistics.median(samples), "max": max(samples),
            "samples": samples}


def synchronize(device):
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def time_repeats(step, batch, repeats, warmup, iterations, device):
    """images/s of `step` over `iterations` calls, once per repeat, after `warmup` calls."""
    for _ in range(warmup):
        step()
    synchronize(device)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(iterations):
            step()
        synchronize(device)
        samples.append(batch * iterations / (time.perf_counter() - start))
    return stats(samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--channels-last", dest="channels_last", action="store_true")
    parser.add_argument("--contiguous", dest="channels_last", action="store_false")
    parser.add_argument("--batch-sizes", default="64,128")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--iterations", type=int, default=4)
    parser.add_argument("--inference-iterations", type=int, default=1)
    parser.add_argument("--inference-batch-size", type=int, default=128)
    parser.add_argument("--bf16", action="store_true", help="autocast the forward pass to bfloat16")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    device = torch.device(args.device)
    memory_format = torch.channels_last if args.channels_last else torch.contiguous_format
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True

    def make_net():
        """What allcnn bench trains: He-normal weights, zero biases, in the chosen layout."""
        torch.manual_seed(args.seed)
        net = all_cnn_c()
        for module in net.modules():
            if isinstance(module, nn.Conv2d):
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
                nn.init.zeros_(module.bias)
        return net.to(device).to(memory_format=memory_format)

    result = {"peer": "python", "torch_version": torch.__version__, "device": str(device),
              "threads": torch.get_num_threads(), "channels_last": args.channels_last,
              "bf16": args.bf16,
              "repeats": args.repeats, "iterations": args.iterations, "bare": {},
              "inference": {}}

    for batch in (int(b) for b in args.batch_sizes.split(",")):
        net = make_net()
        # The Trainer's default optimizer: SGD, momentum 0.9, Nesterov.
        optimizer = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9, nesterov=True)
        images = torch.rand(batch, 3, 32, 32, device=device).contiguous(memory_format=memory_format)
        labels = torch.randint(0, 10, (batch,), device=device)

        def train_step():
            optimizer.zero_grad()
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.bf16):
                loss = nn.functional.cross_entropy(net(images), labels)
            loss.backward()
            optimizer.step()

        net.train()
        result["bare"]["batch_%d" % batch] = {
            "images_per_second": time_repeats(train_step, batch, args.repeats, args.warmup,
                                              args.iterations, device)}
        print("peer: bare batch %d done" % batch, file=sys.stderr)

    batch = args.inference_batch_size
    net = make_net()
    images = torch.rand(batch, 3, 32, 32, device=device).contiguous(memory_format=memory_format)
    net.eval()

    def infer_step():
        with torch.inference_mode(), torch.autocast(device.type, dtype=torch.bfloat16,
                                                      enabled=args.bf16):
            net(images)

    result["inference"]["batch_%d" % batch] = {
        "images_per_second": time_repeats(infer_step, batch, args.repeats, args.warmup,
                                          args.inference_iterations, device)}
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
