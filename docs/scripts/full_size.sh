#!/usr/bin/env bash
# Runs the pipeline on generated data of the public Taobao dataset's size and records, per stage, wall time, CPU
# time and peak RSS (GNU time) and the disk in use, for the "Full size" section of docs/PERFORMANCE.md:
#   docs/scripts/full_size.sh OUT_DIR [SCALE] [STAGE ...]
# SCALE defaults to 1 (26.6 M impressions, 724 M behaviours; 9.8 GB of .csv.gz and 47 GB of disk in all).
# Stages, in order (default: all): generate import build train. Each writes OUT_DIR/log/STAGE.{out,time}; a stage
# that is given alone reuses what the earlier ones left. build and train run with -Xmx2g. An epoch at full size takes
# more than an hour on 2 cores, so train stops after TRAIN_MINUTES (default 10) of it: its last progress line gives
# the rate and the ETA, and the run stays stored as cancelled. Stages to give by name:
#   resume        continues run RUN (default 1) with -Xmx2g to the end of its epoch, and evaluates it on test
#   train16       like train, with the heap the launcher gives on a machine with 16 GB of RAM (60 % of it)
#   bench-import  behavior_log.csv.gz into a new database, then the sqlite3 shell on the same file (bench/; the
#                 two databases are made one after the other, 31.5 GB each with the index, 40 GB of disk at the
#                 peak: delete taobao.db first on a disk of 75 GB)
# Needs the built launcher (./mvnw -q install -DskipTests) and GNU time (/usr/bin/time).
set -euo pipefail
out=${1:?usage: full_size.sh OUT_DIR [SCALE] [STAGE ...]}
scale=${2:-1}
shift $(( $# >= 2 ? 2 : 1 ))
stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(generate import build train)
minutes=${TRAIN_MINUTES:-10}
din="$(cd "$(dirname "$0")" && pwd)/../../din-explorer"
mkdir -p "$out/log"
cd "$out"

stage() {  # stage NAME JAVA_OPTS din-explorer-arguments...
    local name=$1 opts=$2
    shift 2
    echo "== $name: $*"
    local rc=0
    DIN_EXPLORER_JAVA_OPTS="$opts" /usr/bin/time -v -o "log/$name.time" \
        ${limit:+timeout --signal=INT "$limit"} "$din" "$@" > "log/$name.out" 2>&1 || rc=$?
    tr '\r' '\n' < "log/$name.out" | grep -v '^$' | tail -n 3
    echo "   exit code $rc"
    grep -E "Elapsed|User time|System time|Maximum resident" "log/$name.time"
    du -sh . | sed 's/^/   disk in use: /'
}

for s in "${stages[@]}"; do
    case $s in
        generate) stage generate -XX:MaxRAMPercentage=60 generate --out csv --preset taobao --scale "$scale" --gzip ;;
        import) stage import -XX:MaxRAMPercentage=60 import --db taobao.db --dir csv ;;
        build) stage build -Xmx2g build-dataset --db taobao.db --readers 2 ;;
        # the bench network's batch, so that the rate compares with din-explorer bench train --batch 1024
        train) limit=$((minutes * 60)) stage train -Xmx2g train --db taobao.db --model din --batch 1024 --epochs 1 ;;
        resume) stage resume -Xmx2g train --db taobao.db --resume "${RUN:-1}" ;;
        train16) limit=$((minutes * 60)) stage train16 "-XX:MaxRAM=16g -XX:MaxRAMPercentage=60" \
            train --db taobao.db --model din --batch 1024 --epochs 1 ;;
        bench-import) stage bench-import -XX:MaxRAMPercentage=60 \
            bench import --file csv/behavior_log.csv.gz --work-dir bench ;;
        *) echo "unknown stage $s" >&2; exit 1 ;;
    esac
done
