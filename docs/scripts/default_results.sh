#!/usr/bin/env bash
# Reruns the "What the defaults give" table of docs/RESULTS.md from scratch in a new folder:
#   docs/scripts/default_results.sh OUT_DIR [SEED ...]      (seeds default to 1 2 3)
# For each seed: generate --preset small, import, build-dataset and train DIN and the baseline with no tuning flag,
# then the oracle's AUC and each model's share of the oracle's AUC lift on the test day.
# Needs the built launcher (./mvnw -q install -DskipTests) and python3. About 10 minutes a seed on 2 idle cores.
set -euo pipefail
out=${1:?usage: default_results.sh OUT_DIR [SEED ...]}
shift
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3)
here=$(cd "$(dirname "$0")" && pwd)
din="$here/../../din-explorer"
mkdir -p "$out"
cd "$out"

for seed in "${seeds[@]}"; do
    db=small-$seed.db
    "$din" generate --out small-$seed --preset small --seed "$seed" > /dev/null
    "$din" import --db "$db" --dir small-$seed > /dev/null
    "$din" build-dataset --db "$db" > /dev/null
    for model in din base; do
        "$din" train --db "$db" --model $model --json > "$db.$model.json"
        run=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' "$db.$model.json")
        "$din" predict --db "$db" --model "$run" --split test --out "$db.$model.csv" > /dev/null
    done
    echo "== seed $seed"
    python3 "$here/oracle_auc.py" "small-$seed/truth.csv" "$db.din.csv" "$db.base.csv"
    for model in din base; do
        python3 - "$db.$model.json" <<'PY'
import json
import sys

run = json.load(open(sys.argv[1]))
test, kept = run["test"], run["kept_model"]
print("%s run %d  AUC %.4f  GAUC %.4f  GAUC by clicks %.4f  logloss %.4f  kept epoch %d step %d"
      % (sys.argv[1], run["run_id"], test["auc"], test["gauc"], test["gauc_clicks"], test["logloss"],
         kept["epoch"], kept["step"]))
PY
    done
done
