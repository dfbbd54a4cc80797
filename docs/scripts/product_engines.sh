#!/usr/bin/env bash
# Three interleaved rounds of bench train and bench infer (taobao vocabularies, batch 1024, history lengths 0..50,
# two BLAS threads) with the networks' matrix products through OpenBLAS directly and through ND4J's backend.
# Run from the repository root after ./mvnw -q install -DskipTests; prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/../.."
for round in 1 2 3; do
    for engine in openblas nd4j; do
        for what in train infer; do
            figures=$(DIN_EXPLORER_PRODUCTS=$engine ./din-explorer bench "$what" --threads 2 2>/dev/null \
                | grep -E 'samples/s|peak RSS' | sed 's/; RSS over the run.*//' | tr -s ' \n' ' ')
            echo "round $round, $engine, $what:$figures"
        done
    done
done
