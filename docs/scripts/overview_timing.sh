#!/usr/bin/env bash
# Times the Data overview on an imported database with the sqlite3 shell:
#   docs/scripts/overview_timing.sh DATABASE [RUNS]      (RUNS defaults to 3)
# "kept figures" runs the queries OverviewReader runs (the tables the importer keeps per chunk); "full scan" computes
# the same figures from the imported tables, as the overview did before schema version 5. Prints milliseconds per run.
set -euo pipefail
db=${1:?usage: overview_timing.sh DATABASE [RUNS]}
runs=${2:-3}

kept="SELECT file_role, sum(rows_stored) FROM import_batches GROUP BY file_role;
SELECT kind, value_count FROM distinct_counts;
SELECT day, impressions, clicks FROM impression_days ORDER BY day;
SELECT day, btag, behaviors FROM behavior_days ORDER BY day, btag;"

day="date(time_stamp + 28800, 'unixepoch')"
scan="SELECT count(*) FROM impressions; SELECT count(*) FROM ads; SELECT count(*) FROM users;
SELECT count(*) FROM behaviors;
SELECT count(DISTINCT user) FROM impressions; SELECT count(DISTINCT adgroup_id) FROM impressions;
SELECT count(*) FROM (SELECT cate_id FROM ads UNION SELECT cate FROM behaviors);
SELECT count(*) FROM (SELECT brand FROM ads WHERE brand IS NOT NULL UNION SELECT brand FROM behaviors
    WHERE brand IS NOT NULL);
SELECT $day AS day, count(*), sum(clk) FROM impressions GROUP BY day ORDER BY day;
SELECT $day AS day, btag, count(*) FROM behaviors GROUP BY day, btag ORDER BY day, btag;"

time_ms() {
    local start end
    start=$(date +%s%N)
    sqlite3 "$db" "$1" > /dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

for ((i = 1; i <= runs; i++)); do
    echo "run $i: kept figures $(time_ms "$kept") ms, full scan $(time_ms "$scan") ms"
done
