#!/usr/bin/env python3
"""Lists the GPU architectures a CUDA shared library carries code for, by reading its .nv_fatbin section.

Usage: cuda_archs.py LIBRARY.so
ND4J's CUDA library, after ./mvnw -q -Pcuda install -DskipTests:
    unzip -o -d /tmp/nd4jcuda ~/.m2/repository/org/nd4j/nd4j-cuda-11.6/1.0.0-M2.1/*-linux-x86_64.jar
    docs/scripts/cuda_archs.py /tmp/nd4jcuda/org/nd4j/linalg/jcublas/bindings/linux-x86_64/libnd4jcuda.so
Prints one line per (kind, architecture): "sass sm_86" is machine code that runs on compute capability 8.x cards
only; "ptx compute_86" is portable code that the driver can compile for any later architecture. A library without
PTX cannot run its kernels on architectures newer than its newest SASS.
"""
import struct
import subprocess
import sys
from collections import Counter

FATBIN_MAGIC = 0xBA55ED50
KINDS = {1: "ptx", 2: "sass"}


def fatbin_section(path):
    """(file offset, size) of the .nv_fatbin section, from objdump -h."""
    for line in subprocess.run(["objdump", "-h", path], check=True, capture_output=True, text=True).stdout.split("\n"):
        fields = line.split()
        if len(fields) >= 6 and fields[1] == ".nv_fatbin":
            return int(fields[5], 16), int(fields[2], 16)
    sys.exit(f"{path}: no .nv_fatbin section")


def entries(section):
    """Yields (kind, sm) for every entry of every fat binary in the section."""
    pos = 0
    while True:
        pos = section.find(struct.pack("<I", FATBIN_MAGIC), pos)
        if pos < 0:
            return
        _, _, header_size, fat_size = struct.unpack_from("<IHHQ", section, pos)
        entry, end = pos + header_size, pos + header_size + fat_size
        while entry < end:
            kind, _, entry_header, payload = struct.unpack_from("<HHIQ", section, entry)
            if kind not in KINDS or entry_header == 0:
                break
            yield KINDS[kind], struct.unpack_from("<I", section, entry + 28)[0]
            entry += entry_header + payload
        pos = end


def main():
    path = sys.argv[1]
    offset, size = fatbin_section(path)
    with open(path, "rb") as f:
        f.seek(offset)
        section = f.read(size)
    counts = Counter(entries(section))
    for (kind, sm), n in sorted(counts.items(), key=lambda item: (item[0][1], item[0][0])):
        name = f"sm_{sm}" if kind == "sass" else f"compute_{sm}"
        print(f"{kind} {name}: {n} fat binaries")


if __name__ == "__main__":
    main()
