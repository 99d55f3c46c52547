#!/usr/bin/env bash
# How long `plan` takes to refuse a bad stack file, end to end (JVM start, stale-jar guard, reading, validation):
#
#   benchmarks/refuse.sh [repetitions]        # default 9; needs target/ecs-platform.jar (./mvnw -q -DskipTests package)
#
# Each bad file is refused with exit 1 before the mock engine starts; the script checks the exit code and prints
# min / median / max wall time per file. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

reps=${1:-9}
jar=target/ecs-platform.jar
[[ -f $jar ]] || { echo "no $jar: run ./mvnw -q -DskipTests package first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

head='config:
  aws:region: us-east-1
  ecs-platform:namespace: bench.internal
  ecs-platform:services:
    orders: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.0.0", port: 8080}'
printf '%s\n    api: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.0.0", port: 70000, calls: [ordrs]}\n' "$head" > "$work/values.yaml"
printf '%s\n    orders: {image: x}\n' "$head" > "$work/duplicate.yaml"
printf '%s\n\tport: 1\n' "$head" > "$work/syntax.yaml"
printf '%s\n  ecs-platfrom:protect: false\n' "$head" > "$work/namespace.yaml"

echo "| file | runs | min (s) | median (s) | max (s) |"
echo "|---|---|---|---|---|"
for file in "$work"/*.yaml; do
  times=()
  for ((i = 0; i < reps; i++)); do
    start=$(date +%s.%N)
    set +e
    java -jar "$jar" plan --stack-file "$file" > /dev/null 2>&1
    code=$?
    set -e
    end=$(date +%s.%N)
    [[ $code == 1 ]] || { echo "$(basename "$file"): exit $code, expected 1" >&2; exit 1; }
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  min=$(echo "$sorted" | head -1)
  max=$(echo "$sorted" | tail -1)
  median=$(echo "$sorted" | sed -n "$(((reps + 1) / 2))p")
  printf '| %s | %d | %.2f | %.2f | %.2f |\n' "$(basename "$file")" "$reps" "$min" "$median" "$max"
done
