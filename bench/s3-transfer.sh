#!/usr/bin/env bash
# S3 transfer benchmark: the real AWS CLI v2 (/usr/bin/aws) and ours, in the same run, against the same local S3
# endpoint: upload and download N small files (default 1,000 x 4 KiB) and one large file (default 256 MiB). Prints
# the median wall time of RUNS runs, the ratio real/ours, and peak RSS (/usr/bin/time -v).
# Targets (S3_BENCH_TARGET): "local" (default) = our `aws local serve` (signature checks, policy engine, fsynced
# storage), "moto" = moto_server, "both" = one after the other. moto is CPU-bound (~2.5 ms per PUT), so only the
# local target can show the client's own speed.
# Usage: [S3_BENCH_TARGET=local|moto|both] bench/s3-transfer.sh [runs] [files] [small_bytes] [large_mib]   (default 3 1000 4096 256)
# Needs artifacts/aws/aws (dotnet publish src/Aws.Cli -c Release -o artifacts/aws) or AWS_SHARP_BIN.
set -euo pipefail
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/.."
runs=${1:-3}; files=${2:-1000}; small=${3:-4096}; large_mib=${4:-256}
target=${S3_BENCH_TARGET:-local}
case "$target" in local|moto) ;; both) S3_BENCH_TARGET=local bash "$self" "$@"; S3_BENCH_TARGET=moto exec bash "$self" "$@";; *) echo "S3_BENCH_TARGET: local, moto or both"; exit 2;; esac
ours=${AWS_SHARP_BIN:-artifacts/aws/aws}
real=/usr/bin/aws
[ -x "$ours" ] || dotnet publish src/Aws.Cli -c Release -o artifacts/aws -nologo -v quiet
[ -x "$real" ] || { echo "need /usr/bin/aws (apt-get install -y awscli)"; exit 1; }
[ -x /usr/bin/time ] || { echo "need /usr/bin/time (apt-get install -y time)"; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
export HOME=$work/home; mkdir -p "$HOME"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=
if [ "$target" = moto ]; then
  moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 100); do curl -s "http://127.0.0.1:$port/moto-api/" >/dev/null && break; sleep 0.1; done
else
  "$ours" local serve --port "$port" --data-dir "$work/local" >"$work/serve.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 100); do grep -q "Press Ctrl-C" "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
  AWS_ACCESS_KEY_ID=$(sed -n 's/^ *AWS_ACCESS_KEY_ID=//p' "$work/serve.log")
  AWS_SECRET_ACCESS_KEY=$(sed -n 's/^ *AWS_SECRET_ACCESS_KEY=//p' "$work/serve.log")
  export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
fi
endpoint="http://127.0.0.1:$port"
bucket=bench-transfer
"$ours" --endpoint-url "$endpoint" s3 mb "s3://$bucket" >/dev/null

python3 - "$work/small" "$files" "$small" "$work/large.bin" "$large_mib" <<'PY'
import os, sys
d, n, size, big, mib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
os.makedirs(d, exist_ok=True)
for i in range(n):
    with open(os.path.join(d, f"f{i:05d}.bin"), "wb") as f: f.write(os.urandom(size))
with open(big, "wb") as f:
    for _ in range(mib): f.write(os.urandom(1024 * 1024))
PY

# run TOOL LABEL args... -> appends "seconds maxrss_kib" to $work/TOOL.LABEL
run() {
  local tool=$1 label=$2; shift 2
  local bin=$ours; [ "$tool" = real ] && bin=$real
  /usr/bin/time -v -o "$work/time.txt" "$bin" --endpoint-url "$endpoint" "$@" --only-show-errors >/dev/null
  if [ "$target" = local ]; then server_rss=$(awk '/VmHWM/ {print $2}' "/proc/$server/status"); echo "$server_rss" >> "$work/server.rss"; fi
  python3 - "$work/time.txt" >> "$work/$tool.$label" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1).split(":")
secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
cpu = float(re.search(r"User time \(seconds\): (\S+)", t).group(1)) + float(re.search(r"System time \(seconds\): (\S+)", t).group(1))
print(secs, rss, cpu)
PY
}

clean() { "$ours" --endpoint-url "$endpoint" s3 rm "s3://$bucket/" --recursive --quiet; rm -rf "$work/down"; }

for i in $(seq "$runs"); do
  for tool in real ours; do
    run "$tool" small-up s3 cp "$work/small" "s3://$bucket/small/" --recursive
    run "$tool" small-down s3 cp "s3://$bucket/small/" "$work/down/small" --recursive
    run "$tool" large-up s3 cp "$work/large.bin" "s3://$bucket/large.bin"
    run "$tool" large-down s3 cp "s3://$bucket/large.bin" "$work/down/large.bin"
    cmp -s "$work/large.bin" "$work/down/large.bin" || { echo "large download differs ($tool)"; exit 1; }
    [ "$(ls "$work/down/small" | wc -l)" -eq "$files" ] || { echo "small download incomplete ($tool)"; exit 1; }
    clean
  done
done

python3 - "$work" "$runs" "$files" "$small" "$large_mib" "$target" <<'PY'
import os, statistics, sys
work, runs, files, small, mib, target = sys.argv[1], *sys.argv[2:]
def load(tool, label):
    rows = [tuple(map(float, l.split())) for l in open(f"{work}/{tool}.{label}")]
    return statistics.median(r[0] for r in rows), max(r[1] for r in rows) / 1024, statistics.median(r[2] for r in rows)
server = "our local cloud (aws local serve)" if target == "local" else "moto_server"
print(f"s3 transfer benchmark: {files} x {small} B files, one {mib} MiB file; median of {runs} runs; endpoint: {server} on localhost")
print(f"{'case':<12} {'real (s)':>9} {'ours (s)':>9} {'speedup':>8} {'real cpu':>9} {'ours cpu':>9} {'cpu ratio':>9} {'real MiB':>9} {'ours MiB':>9}")
for label in ["small-up", "small-down", "large-up", "large-down"]:
    (rt, rm, rc), (ot, om, oc) = load("real", label), load("ours", label)
    print(f"{label:<12} {rt:9.2f} {ot:9.2f} {rt/ot:7.1f}x {rc:9.2f} {oc:9.2f} {rc/max(oc, 0.01):8.1f}x {rm:9.0f} {om:9.0f}")
if target == "local":
    peak = max(int(l) for l in open(f"{work}/server.rss")) / 1024
    print(f"wall times include the server (fsync per object); cpu = the client's user+sys seconds; server peak RSS {peak:.0f} MiB")
else:
    print("wall times include the moto server, which is single-process Python; cpu = the client's user+sys seconds")
PY
