#!/usr/bin/env python3
"""Writes the expected bytes of a small TensorBoard event file, independently of the C++ code:
standard library only, with its own bitwise CRC-32C and protobuf encoding.

Usage: make_tfevents_golden.py OUT. tfevents_golden.bin beside this script is its output; the
test compares the C++ writer's bytes with it, and checks that this script still makes it.
The events (file version, then scalars) must match TestExport::golden_events in test_export.cpp.
"""
import struct
import sys

WALL_TIME = 1700000000.5
SCALARS = [  # (tag, step, wall_time, value)
    ("batch/loss", 0, 1700000001.25, 2.302585),
    ("batch/accuracy", 1, 1700000001.5, 0.125),
    ("epoch/validation_accuracy", 300, 1700000100.0, 0.875),
    ("a/" + "long" * 40, 2**40 + 3, 1700000200.75, -1.5e-7),
]


def crc32c(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def masked(data):
    crc = crc32c(data)
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def key(field, wire_type):
    return varint(field << 3 | wire_type)


def length_delimited(field, payload):
    return key(field, 2) + varint(len(payload)) + payload


def event(wall_time, step=0, file_version=None, summary=None):
    out = key(1, 1) + struct.pack("<d", wall_time)
    if step:
        out += key(2, 0) + varint(step)
    if file_version is not None:
        out += length_delimited(3, file_version.encode())
    if summary is not None:
        out += length_delimited(5, summary)
    return out


def scalar_summary(tag, value):
    summary_value = length_delimited(1, tag.encode()) + key(2, 5) + struct.pack("<f", value)
    return length_delimited(1, summary_value)


def record(data):
    length = struct.pack("<Q", len(data))
    return length + struct.pack("<I", masked(length)) + data + struct.pack("<I", masked(data))


assert crc32c(b"123456789") == 0xE3069283  # the standard CRC-32C check value
events = [event(WALL_TIME, file_version="brain.Event:2")]
events += [event(wall, step, summary=scalar_summary(tag, value)) for tag, step, wall, value in SCALARS]
with open(sys.argv[1], "wb") as out:
    for e in events:
        out.write(record(e))
