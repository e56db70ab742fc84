#!/usr/bin/env bash
# Draws processes/sales-cycle.bpmn into docs/sales-cycle.png with bpmn-js in headless Chromium.
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
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --window-size=${RENDER_SIZE:-4200,1140} --virtual-time-budget=5000 \
  --screenshot="$root/docs/sales-cycle.png" \
  "http://127.0.0.1:$port/render.html?model=sales-cycle.bpmn" 2>/dev/null
echo "wrote docs/sales-cycle.png"
