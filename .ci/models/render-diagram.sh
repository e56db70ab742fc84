#!/usr/bin/env bash
# Draws processes/sales-cycle.bpmn with bpmn-js in headless Chromium: the whole diagram into
# docs/sales-cycle.png and one close-up per phase (lead, evaluation, quote) into
# docs/sales-cycle-<phase>.png, readable at README width.
# Needs chromium and `npm ci` in this folder. Usage: .ci/models/render-diagram.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${RENDER_PORT:-8765}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT

cp "$here/render.html" "$root/processes/sales-cycle.bpmn" "$work/"
ln -s "$here/node_modules" "$work/node_modules"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work" >/dev/null 2>&1 &
server=$!
sleep 1

# render <png> <window width,height> [viewbox x,y,width,height in diagram units]
render() {
  local query="model=sales-cycle.bpmn"
  [ -n "${3:-}" ] && query="$query&viewbox=$3"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --window-size="$2" --virtual-time-budget=5000 \
    --screenshot="$root/docs/$1" "http://127.0.0.1:$port/render.html?$query" 2>/dev/null
  echo "wrote docs/$1"
}

render sales-cycle.png 4200,1140
render sales-cycle-lead.png 1270,780 140,40,1270,780
render sales-cycle-evaluation.png 1180,720 1420,340,1180,720
render sales-cycle-quote.png 1600,600 2620,100,1600,600
