#!/usr/bin/env bash
# Start-up benchmark of the program (docs/benchmarks.md). One command, from anywhere in the checkout:
#
#   benchmarks/run.sh [repetitions]        # default 7; the report (markdown) goes to stdout, progress to stderr
#
# It builds the jar, then measures, alternating the variants inside every round so that a noisy machine hurts
# all of them alike:
#   (a) `plan prod` through the jar (as Pulumi runs it with runtime.options.binary) and through
#       `mvn compile exec:java` (as Pulumi runs it without), plus the jar with the JVM options of README.md, "Fast start";
#       and everything the Java language host starts for one Pulumi operation either way (plugin discovery, the run,
#       and with Maven the `compile` of InstallDependencies);
#   (b) the program's own time (in-process, from main to exit: guard, config, plan, render) and the process's peak
#       resident memory (VmHWM) for generated environments of 10, 50 and 200 services (benchmarks/GenerateStack.java);
#   (c) the floors: an empty JVM, the Pulumi SDK's mock engine with no resources, the stale-jar guard.
# Needs JDK 17 (java, javac) and bash; nothing else. Not run by CI. Takes about 15 minutes with 7 repetitions.
set -euo pipefail
cd "$(dirname "$0")/.."

reps=${1:-7}
tuned="-XX:TieredStopAtLevel=1 -Xmx512m" # the JVM options README.md, "Fast start" recommends, via JAVA_TOOL_OPTIONS
jar=target/ecs-platform.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

log() { echo "$*" >&2; }

# measure NAME COMMAND...: runs it once (stdout discarded); records its wall time and what its PROBE line reports.
measure() {
  local name=$1
  shift
  local start end probe
  start=$(date +%s%N)
  if ! "$@" >/dev/null 2>"$work/stderr"; then
    cat "$work/stderr" >&2
    log "benchmark command failed: $*"
    exit 1
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000000)) >>"$work/$name.wall"
  probe=$(grep '^PROBE ' "$work/stderr" || true)
  if [[ $probe =~ program_ms=([0-9]+) ]]; then echo "${BASH_REMATCH[1]}" >>"$work/$name.program"; fi
  if [[ $probe =~ peak_rss_kib=([0-9]+) ]]; then echo $((BASH_REMATCH[1] / 1024)) >>"$work/$name.rss"; fi
  if [[ $probe =~ guard_us=([0-9]+) ]]; then echo "${BASH_REMATCH[1]}" >>"$work/$name.guard"; fi
}

# stat NAME KIND min|median|max
stat() {
  sort -n "$work/$1.$2" | awk -v want="$3" '{ v[NR] = $1 } END {
    if (want == "min") print v[1]; else if (want == "max") print v[NR]; else print v[int((NR + 1) / 2)] }'
}

triple() { echo "$(stat "$1" "$2" min) / **$(stat "$1" "$2" median)** / $(stat "$1" "$2" max)"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

tuned_java() { JAVA_TOOL_OPTIONS="$tuned" java "$@"; }

log "building the jar and the probes"
./mvnw -q -DskipTests package
mkdir -p "$work/probes" "$work/stacks"
javac -d "$work/probes" -cp "$jar" benchmarks/PlanProbe.java benchmarks/EmptyProgram.java benchmarks/GuardProbe.java \
  benchmarks/Hello.java
probes="$jar:$work/probes"
sizes=(10 50 200)
declare -A resources
for n in "${sizes[@]}"; do
  java benchmarks/GenerateStack.java "$n" "$work/stacks" >/dev/null
  resources[$n]=$(java -jar "$jar" plan --stack-file "$work/stacks/Pulumi.s$n.yaml" | sed -n 's/.*(\([0-9]*\) in total).*/\1/p')
done
prod_resources=$(java -jar "$jar" plan prod | sed -n 's/.*(\([0-9]*\) in total).*/\1/p')
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

log "(a) plan prod: one warm-up of each path, then $reps rounds"
./mvnw -q compile exec:java -Dexec.args="plan prod" >/dev/null
java -jar "$jar" plan prod >/dev/null
for ((i = 1; i <= reps; i++)); do
  log "  round $i/$reps"
  measure maven ./mvnw -q compile exec:java -Dexec.args="plan prod"
  measure jar java -jar "$jar" plan prod
  measure jar_tuned tuned_java -jar "$jar" plan prod
  # The language host's other starts (pulumi-java executor_maven.go / executor_jar.go), same order as Pulumi.
  measure maven_install ./mvnw -q compile
  measure maven_discovery ./mvnw -q compile exec:java -DmainClass=com.pulumi.bootstrap.internal.Main -DmainArgs=packages
  measure jar_discovery java -cp "$jar" com.pulumi.bootstrap.internal.Main packages
  measure jar_discovery_tuned tuned_java -cp "$jar" com.pulumi.bootstrap.internal.Main packages
done

log "(b) generated environments: $reps rounds of ${sizes[*]} services"
for ((i = 1; i <= reps; i++)); do
  log "  round $i/$reps"
  for n in "${sizes[@]}"; do
    measure "s$n" java -cp "$probes" PlanProbe plan --stack-file "$work/stacks/Pulumi.s$n.yaml"
    measure "s${n}_tuned" tuned_java -cp "$probes" PlanProbe plan --stack-file "$work/stacks/Pulumi.s$n.yaml"
  done
done

log "(c) floors: $reps rounds"
for ((i = 1; i <= reps; i++)); do
  measure hello java -cp "$work/probes" Hello
  measure empty java -cp "$probes" EmptyProgram
  measure prod_probe java -cp "$probes" PlanProbe plan prod
  measure guard java -cp "$probes" GuardProbe
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
java_version=$(java -version 2>&1 | sed -n 2p)
maven_ms=$(stat maven wall median)
jar_ms=$(stat jar wall median)
jar_tuned_ms=$(stat jar_tuned wall median)
operation_maven=$(($(stat maven_install wall median) + $(stat maven_discovery wall median) + maven_ms))
operation_jar=$(($(stat jar_discovery wall median) + jar_ms))
operation_jar_tuned=$(($(stat jar_discovery_tuned wall median) + jar_tuned_ms))

cat <<EOF
# Start-up benchmark

- Command: \`benchmarks/run.sh $reps\` ($reps rounds; every figure is min / **median** / max over them)
- Date: $(date -u +"%Y-%m-%d %H:%M UTC")
- Machine: ${cpu:-unknown CPU}, $(nproc) CPUs, $memory RAM; load average ${load_before} before, ${load_after} after
- Java: $java_version
- Tuned = \`JAVA_TOOL_OPTIONS="$tuned"\` (README.md, "Fast start"); all other rows run with no JVM options.

## (a) \`plan prod\` ($prod_resources resources): jar vs Maven, wall ms

| How | ms |
|---|---|
| \`./mvnw -q compile exec:java -Dexec.args="plan prod"\` (Pulumi without \`binary\`) | $(triple maven wall) |
| \`java -jar $jar plan prod\` (Pulumi with \`binary\`) | $(triple jar wall) |
| the same, tuned | $(triple jar_tuned wall) |

Maven / jar: **$(ratio "$maven_ms" "$jar_ms")×**; Maven / tuned jar: **$(ratio "$maven_ms" "$jar_tuned_ms")×** (medians of this run).

One Pulumi operation (\`preview\` or \`up\`) starts more than the program: the Java language host first runs plugin
discovery, and with Maven also a \`compile\` (InstallDependencies). Sum of the medians:

| Start | Maven (no \`binary\`) | jar | jar, tuned |
|---|---|---|---|
| install dependencies | $(triple maven_install wall) | – | – |
| plugin discovery | $(triple maven_discovery wall) | $(triple jar_discovery wall) | $(triple jar_discovery_tuned wall) |
| the program (\`plan prod\` above) | $maven_ms | $jar_ms | $jar_tuned_ms |
| **one operation** | **$operation_maven** | **$operation_jar** | **$operation_jar_tuned** |

Maven / jar per operation: **$(ratio "$operation_maven" "$operation_jar")×**; Maven / tuned jar: **$(ratio "$operation_maven" "$operation_jar_tuned")×**.

## (b) Generated environments: the program's own time and peak memory

Program time: in-process, from \`main\` to exit (stale-jar guard, reading and validating the stack file, the program
under the mock engine, rendering). Peak RSS: VmHWM of the process at exit.

| Services | Resources | JVM options | Program ms | Wall ms (median) | Peak RSS MiB |
|---|---|---|---|---|---|
EOF
for n in "${sizes[@]}"; do
  echo "| $n | ${resources[$n]} | none | $(triple "s$n" program) | $(stat "s$n" wall median) | $(triple "s$n" rss) |"
  echo "| $n | ${resources[$n]} | tuned | $(triple "s${n}_tuned" program) | $(stat "s${n}_tuned" wall median) | $(triple "s${n}_tuned" rss) |"
done
cat <<EOF

200 / 10 services, program time (medians): **$(ratio "$(stat s200 program median)" "$(stat s10 program median)")×** with no
options, **$(ratio "$(stat s200_tuned program median)" "$(stat s10_tuned program median)")×** tuned; wall time
$(ratio "$(stat s200 wall median)" "$(stat s10 wall median)")× and $(ratio "$(stat s200_tuned wall median)" "$(stat s10_tuned wall median)")×.

## (c) Floors, wall ms

| What | ms | Share of \`plan prod\` through the jar (median $jar_ms ms) |
|---|---|---|
| JVM: an empty \`main\` | $(triple hello wall) | $(ratio "$(stat hello wall median)00" "$jar_ms")% |
| JVM + Pulumi SDK + mock engine, a stack with no resources | $(triple empty wall) | $(ratio "$(stat empty wall median)00" "$jar_ms")% |
| \`plan prod\`, in-process part (PlanProbe) | $(triple prod_probe program) | $(ratio "$(stat prod_probe program median)00" "$jar_ms")% |

Stale-jar guard, in-process, as the first thing a fresh JVM does: $(triple guard guard) µs.
EOF
