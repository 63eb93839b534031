#!/usr/bin/env python3
"""Loads an exported TorchScript model with Python's PyTorch and checks it against the logits
the C++ engine computed for the same images.

Usage: torchscript_roundtrip.py MODEL IMAGES LOGITS EXPECTED_JSON
  IMAGES  raw float32 [N, C, S, S], values in [0, 1]
  LOGITS  raw float32 [N, K]: what allcnn's own model gave for them
  EXPECTED_JSON  {"class_names": [...], "in_channels": C, "input_size": S, "tolerance": t}
Prints the comparison; exits 1 when anything differs.
"""
import json
import sys

import torch

model_path, images_path, logits_path, expected_path = sys.argv[1:5]
with open(expected_path) as f:
    expected = json.load(f)
channels, side = expected["in_channels"], expected["input_size"]
classes = len(expected["class_names"])

extra = {"allcnn.json": ""}
model = torch.jit.load(model_path, map_location="cpu", _extra_files=extra)
model.eval()
with open(images_path, "rb") as f:
    images = torch.frombuffer(bytearray(f.read()), dtype=torch.float32).reshape(-1, channels, side, side)
with open(logits_path, "rb") as f:
    ours = torch.frombuffer(bytearray(f.read()), dtype=torch.float32).reshape(-1, classes)

with torch.no_grad():
    theirs = model(images)
difference = (theirs - ours).abs().max().item()
agree = (theirs.argmax(1) == ours.argmax(1)).float().mean().item()
meta = json.loads(extra["allcnn.json"])
print(f"torch {torch.__version__}: {images.shape[0]} images, logits {tuple(theirs.shape)}")
print(f"max abs difference: {difference:.3g} (tolerance {expected['tolerance']})")
print(f"same top-1 class: {agree * 100:.1f}%")
print(f"class_names: {list(model.class_names)}")
print(f"in_channels {model.in_channels}, input_size {model.input_size}, "
      f"preprocessing {model.preprocessing!r}, extra file arch {meta['arch']!r}")

failures = []
if theirs.shape != ours.shape:
    failures.append(f"shape {tuple(theirs.shape)} != {tuple(ours.shape)}")
elif difference > expected["tolerance"]:
    failures.append("outputs differ")
if list(model.class_names) != expected["class_names"] or meta["class_names"] != expected["class_names"]:
    failures.append("class names differ")
if model.in_channels != channels or model.input_size != side:
    failures.append("input shape attributes differ")
try:
    model(torch.zeros(1, channels + 1, side, side))
    failures.append("a wrong input shape was accepted")
except (RuntimeError, torch.jit.Error) as error:
    if "expected a float image batch" not in str(error):
        failures.append(f"wrong shape error: {error}")
for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
