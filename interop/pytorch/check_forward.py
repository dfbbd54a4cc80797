"""Checks that the PyTorch network with the app's weights scores a split like `din-explorer predict`.

    python3 check_forward.py --data DIR --weights W.safetensors --predictions preds.csv [--split test]

DIR is the output of export-dataset, W the output of export-model --format safetensors, preds.csv that of predict on
the same model and split (the same row order). Prints the largest difference and exits with 1 above --tolerance.
"""
import argparse
import csv
import json
import sys

import numpy as np
import torch

from din import MIN_PROBABILITY, batch_of, load_safetensors, load_split


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", required=True)
    p.add_argument("--weights", required=True)
    p.add_argument("--predictions", required=True)
    p.add_argument("--split", default="test")
    p.add_argument("--tolerance", type=float, default=1e-4)
    args = p.parse_args()
    manifest, arrays = load_split(args.data, args.split)
    model, fingerprint = load_safetensors(args.weights)
    if fingerprint != manifest["dataset_fingerprint"]:
        sys.exit(f"{args.weights} was trained on data {fingerprint}, the arrays are of {manifest['dataset_fingerprint']}")
    model.eval()
    fields = manifest["user_fields"] + manifest["ad_fields"]
    scores = []
    with torch.no_grad():
        for begin in range(0, len(arrays["label"]), 4096):
            rows = np.arange(begin, min(begin + 4096, len(arrays["label"])))
            logits, _ = model(batch_of(arrays, rows, fields))
            scores.append(torch.sigmoid(logits).clamp(MIN_PROBABILITY, 1 - MIN_PROBABILITY).numpy())
    ours = np.concatenate(scores)
    with open(args.predictions) as f:
        theirs = np.array([float(row["score"]) for row in csv.DictReader(f)], dtype=np.float64)
    if len(theirs) != len(ours):
        sys.exit(f"{args.predictions} has {len(theirs)} rows, the split {len(ours)}")
    worst = float(np.max(np.abs(ours - theirs)))
    print(json.dumps({"samples": len(ours), "max_abs_difference": worst, "tolerance": args.tolerance}))
    sys.exit(0 if worst <= args.tolerance else 1)


if __name__ == "__main__":
    main()
