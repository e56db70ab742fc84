#!/usr/bin/env bash
# Measures how long the packaged application takes from JVM launch to /actuator/health UP, with
# and without a class data sharing (CDS) archive, each start on a new H2 file, and prints the
# medians. Build first: mvn -DskipTests package. Usage: scripts/startup-with-cds.sh [starts]
set -euo pipefail

starts=${1:-5}
jar=$(ls target/sales-cycle-*.jar | grep -v original | head -1)
work=target/startup-cds
port=${PORT:-8080}
rm -rf "$work" && mkdir -p "$work"

echo "Extracting $jar into $work/app"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app="$work/app/$(basename "$jar")"

echo "Training run: writes $work/app/app.jsa (the context starts once and exits)"
java -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$app" --spring.datasource.url="jdbc:h2:file:./$work/training" > "$work/training.log" 2>&1

# One start: prints milliseconds from launch to health UP.
start_once() {
  local options=$1 database=$2
  local began=$(date +%s%N)
  java -Xmx512m $options -jar "$app" --server.port="$port" \
    --spring.datasource.url="jdbc:h2:file:./$work/$database" > "$work/$database.log" 2>&1 &
  local pid=$!
  until curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $work/$database.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - began) / 1000000 ))
  kill "$pid" && wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: > "$work/with-cds.txt" && : > "$work/without.txt"
for i in $(seq 1 "$starts"); do
  with=$(start_once "-XX:SharedArchiveFile=$work/app/app.jsa" "with-cds-$i")
  without=$(start_once "" "without-$i")
  echo "start $i/$starts: with CDS $with ms, without $without ms"
  echo "$with" >> "$work/with-cds.txt" && echo "$without" >> "$work/without.txt"
done
with=$(median < "$work/with-cds.txt")
without=$(median < "$work/without.txt")
echo "Median of $starts starts to health UP: with CDS $with ms, without $without ms" \
  "(ratio $(awk "BEGIN { printf \"%.2f\", $with / $without }"))"
