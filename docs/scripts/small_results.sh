#!/usr/bin/env bash
# Reruns every measurement of the verdict section of docs/RESULTS.md from scratch in a new folder:
#   docs/scripts/small_results.sh OUT_DIR
# Needs the built launcher (./mvnw -q install -DskipTests) and python3. About 15 minutes on 2 cores.
# Run ids in the new database follow the order below (1-4 seed 42, 5-6 seed 7, 7-10 the curves).
set -euo pipefail
out=${1:?usage: small_results.sh OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
din="$here/../../din-explorer"
mkdir -p "$out"
cd "$out"

"$din" generate --out small --preset small --seed 42
"$din" import --db small.db --dir small
"$din" build-dataset --db small.db --validation last-day
cp small.db small100.db
"$din" build-dataset --db small100.db --validation last-day --history 100

train() { "$din" train --epochs 2 --batch 32 --json "$@" > /dev/null; }
train --db small.db --model din --seed 42
train --db small.db --model base --seed 42
train --db small.db --model din --seed 42 --no-history-context
train --db small.db --model base --seed 42 --no-history-context
train --db small.db --model din --seed 7
train --db small.db --model base --seed 7
for extra in "" "--no-history-context"; do
    train --db small.db --model din --seed 42 --eval-every 1000 $extra
    train --db small.db --model base --seed 42 --eval-every 1000 $extra
done
train --db small100.db --model din --seed 42
train --db small100.db --model base --seed 42

"$din" curves --db small.db --out curves 7 8 9 10 > /dev/null
"$din" predict --db small.db --model 1 --split test --out din-run1.csv
python3 "$here/oracle_auc.py" small/truth.csv din-run1.csv
python3 "$here/history_ceiling.py" small.db
for db in small.db small100.db; do
    echo "== $db"
    "$din" runs --db "$db" --json > "$db.runs.json"
    python3 - "$db.runs.json" <<'PY'
import json
import sys

for run in sorted(json.load(open(sys.argv[1])), key=lambda r: r["run_id"]):
    test = run["test"]
    lift = (test["auc"] - 0.5) / 0.3685
    print("run %2d  %-48s epoch %d  AUC %.4f  GAUC %.4f  logloss %.4f  lift/oracle %.1f %%"
          % (run["run_id"], run["name"], test["epoch"], test["auc"], test["gauc"], test["logloss"], 100 * lift))
PY
done
