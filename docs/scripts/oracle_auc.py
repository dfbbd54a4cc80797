#!/usr/bin/env python3
"""AUC and GAUC of the generator's true click probabilities (truth.csv) on the impressions of a predictions file.

Usage: oracle_auc.py truth.csv predictions.csv [more predictions.csv ...]

predictions.csv is written by `din-explorer predict` (user,time_stamp,adgroup_id,label,score). The script prints,
for the oracle (true probabilities) and for every predictions file, AUC, GAUC (users weighted by impressions, users
with one class left out), the lift AUC - 0.5 and (for the files) its share of the oracle's lift, joining on (user,
time_stamp, adgroup_id).
"""
import csv
import sys
from collections import defaultdict


def auc(scores, labels):
    pairs = sorted(zip(scores, labels))
    positives = sum(labels)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        average_rank = (i + 1 + j) / 2.0  # ties share the mean rank
        rank_sum += average_rank * sum(label for _, label in pairs[i:j])
        i = j
    return (rank_sum - positives * (positives + 1) / 2.0) / (positives * negatives)


def gauc(scores, labels, users):
    groups = defaultdict(list)
    for s, l, u in zip(scores, labels, users):
        groups[u].append((s, l))
    total, weight = 0.0, 0
    for rows in groups.values():
        clicks = sum(l for _, l in rows)
        if 0 < clicks < len(rows):
            total += len(rows) * auc([s for s, _ in rows], [l for _, l in rows])
            weight += len(rows)
    return total / weight if weight else float("nan")


def main():
    truth = {}
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            truth[(row["user"], row["time_stamp"], row["adgroup_id"])] = float(row["probability"])
    first = True
    for path in sys.argv[2:]:
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
        labels = [int(r["label"]) for r in rows]
        users = [r["user"] for r in rows]
        if first:
            oracle = [truth[(r["user"], r["time_stamp"], r["adgroup_id"])] for r in rows]
            oracle_lift = auc(oracle, labels) - 0.5
            print(f"oracle      n={len(rows)} AUC={oracle_lift + 0.5:.4f} GAUC={gauc(oracle, labels, users):.4f} "
                  f"lift={oracle_lift:.4f}")
            first = False
        scores = [float(r["score"]) for r in rows]
        a = auc(scores, labels)
        print(f"{path}  AUC={a:.4f} GAUC={gauc(scores, labels, users):.4f} lift={a - 0.5:.4f} "
              f"share of the oracle's lift={100 * (a - 0.5) / oracle_lift:.1f} %")


if __name__ == "__main__":
    main()
