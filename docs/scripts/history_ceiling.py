#!/usr/bin/env python3
"""How much of the generator's click signal a history of the last N behaviours can carry, with and without time.

Usage: history_ceiling.py DATABASE

Scores every test impression of a DIN Explorer database built from the generator's data (`generate`, `import`,
`build-dataset`) with the generator's own history term: for the candidate ad's category and brand, the sum over
matching earlier behaviours of a type weight (pv 1, cart 3, fav 2.5, buy 2) times exp(-age / 2 days), within 14 days,
entered as 1.1 * log(1 + category sum) + 0.7 * log(1 + brand sum). It prints the test AUC of that score for the last
200 and the last 50 behaviours, and for the last 50 without the time decay and the 14-day window (what a model that
sees no time can at best use). Nothing else enters: user propensity, ad quality, profile, position and price are left
out, so these are the AUCs of the history signal alone.
"""
import math
import sqlite3
import sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone

from oracle_auc import auc

TAG_WEIGHT = {1: 1.0, 2: 3.0, 3: 2.5, 4: 2.0}
DECAY_SECONDS = 2 * 86400
LOOKBACK_SECONDS = 14 * 86400
BEIJING = timezone(timedelta(hours=8))


def history_term(history, cate, brand, time, last, decay):
    sums = [0.0, 0.0]
    for b_time, b_tag, b_cate, b_brand in history[-last:]:
        if decay and time - b_time > LOOKBACK_SECONDS:
            continue
        weight = TAG_WEIGHT[b_tag] * (math.exp(-(time - b_time) / DECAY_SECONDS) if decay else 1.0)
        if b_cate == cate:
            sums[0] += weight
        if brand is not None and b_brand == brand:
            sums[1] += weight
    return 1.1 * math.log1p(sums[0]) + 0.7 * math.log1p(sums[1])


def main():
    db = sqlite3.connect(sys.argv[1])
    first_test_day = db.execute("SELECT first_day FROM dataset_splits WHERE split = 'test'").fetchone()[0]
    test_start = int(datetime.fromisoformat(first_test_day).replace(tzinfo=BEIJING).timestamp())
    impressions = db.execute(
        "SELECT i.user, i.time_stamp, i.clk, a.cate_id, a.brand FROM impressions i "
        "JOIN ads a ON a.adgroup_id = i.adgroup_id WHERE i.time_stamp >= ?", (test_start,)).fetchall()
    users = sorted({row[0] for row in impressions})
    behaviours = defaultdict(list)
    for user_chunk in (users[i:i + 500] for i in range(0, len(users), 500)):
        marks = ",".join("?" * len(user_chunk))
        for user, time, tag, cate, brand in db.execute(
                f"SELECT user, time_stamp, btag, cate, brand FROM behaviors WHERE user IN ({marks}) "
                "ORDER BY user, time_stamp", user_chunk):
            behaviours[user].append((time, tag, cate, brand))
    labels = [row[2] for row in impressions]
    print(f"test impressions: {len(impressions)} (from {first_test_day}, Beijing time)")
    for last, decay in ((200, True), (50, True), (50, False)):
        scores = []
        for user, time, _, cate, brand in impressions:
            history = [b for b in behaviours[user] if b[0] < time]
            scores.append(history_term(history, cate, brand, time, last, decay))
        what = "with time decay" if decay else "without time (no decay)"
        print(f"last {last:3d} behaviours, {what:24s} AUC={auc(scores, labels):.4f}")


if __name__ == "__main__":
    main()
