#!/usr/bin/env bash
# Local-cloud throughput benchmark: signed STS GetCallerIdentity and IAM ListUsers against `aws local serve`
# (SigV4 verification and IAM policy evaluation on, for an IAM user with a read-only inline policy, state in a
# real data dir) and against moto_server, in the same run, with the same load generator (bench/LoadGen: raw
# keep-alive HTTP/1.1 connections, one request in flight each, requests signed up front with our SigV4 signer).
# Prints req/s, p50, p99 and the ratio, and whether the targets (>= 50x moto's req/s, p99 < 10 ms) are met.
# Usage: bench/local-cloud.sh [seconds]   (default 10 per run, after a 2 s warm-up; CONNECTIONS=50)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
warmup=${WARMUP:-2}
connections=${CONNECTIONS:-50}
users=${USERS:-20}
ours=${AWS_SHARP_BIN:-artifacts/aws/aws}
loadgen=bench/.loadgen/loadgen
[ -x "$ours" ] || dotnet publish src/Aws.Cli -c Release -o artifacts/aws -nologo -v quiet
# Rebuilt when its sources (or the signer it uses) are newer than the binary.
if [ ! -x "$loadgen" ] || [ -n "$(find bench/LoadGen src/Aws.Core/Auth -name '*.cs' -newer "$loadgen" -print -quit)" ]; then
  dotnet publish bench/LoadGen -c Release -o bench/.loadgen -nologo -v quiet >/dev/null
fi
command -v moto_server >/dev/null || { echo "need moto_server (pip install 'moto[server]')"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
export HOME=$tmp/home AWS_PAGER= AWS_DEFAULT_REGION=us-east-1
mkdir -p "$HOME"
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE

# --- ours: a data dir set up in-process (profile "local" = the admin user), then served ------------------------
data=$tmp/data
port=$(free_port)
"$ours" local init --data-dir "$data" --port "$port" >/dev/null
local_aws() { "$ours" --profile local --output json "$@"; }
local_aws iam create-user --user-name bench >/dev/null
local_aws iam put-user-policy --user-name bench --policy-name bench-read --policy-document \
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:GetCallerIdentity","iam:Get*","iam:List*"],"Resource":"*"}]}'
keys=$(local_aws iam create-access-key --user-name bench --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)
read -r bench_key bench_secret <<<"$keys"
for i in $(seq -w 1 "$users"); do local_aws iam create-user --user-name "user$i" >/dev/null; done

"$ours" local serve --port "$port" --data-dir "$data" >"$tmp/serve.log" 2>&1 &
pids+=($!)
moto_port=$(free_port)
moto_server -H 127.0.0.1 -p "$moto_port" >"$tmp/moto.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q "Press Ctrl-C" "$tmp/serve.log" && break; sleep 0.1; done
grep -q "Press Ctrl-C" "$tmp/serve.log" || { cat "$tmp/serve.log"; echo "aws local serve did not start"; exit 1; }
for _ in $(seq 100); do curl -s "http://127.0.0.1:$moto_port/moto-api/" >/dev/null && break; sleep 0.1; done

# The bench user really is evaluated: its policy allows reads and nothing else.
if AWS_ACCESS_KEY_ID=$bench_key AWS_SECRET_ACCESS_KEY=$bench_secret "$ours" --endpoint-url "http://127.0.0.1:$port" \
     iam create-user --user-name not-allowed >/dev/null 2>"$tmp/denied.txt" || ! grep -q AccessDenied "$tmp/denied.txt"; then
  echo "expected AccessDenied for the bench user's iam:CreateUser:"; cat "$tmp/denied.txt"; exit 1
fi

# moto: the same number of users (moto does not check signatures; the same signed requests go to both).
python3 - "$moto_port" "$users" <<'PY'
import sys, boto3
iam = boto3.client("iam", endpoint_url=f"http://127.0.0.1:{sys.argv[1]}", region_name="us-east-1",
                   aws_access_key_id="testing", aws_secret_access_key="testing")
for i in range(1, int(sys.argv[2]) + 1):
    iam.create_user(UserName=f"user{i:02d}")
PY

run() { # label port service body key secret: one load run; its RESULT line goes to $results; errors end the script
  if ! "$loadgen" --label "$1" --url "http://127.0.0.1:$2" --service "$3" --body "$4" --access-key "$5" --secret-key "$6" \
       --connections "$connections" --duration "$seconds" --warmup "$warmup" >"$tmp/run.txt" 2>&1; then
    cat "$tmp/run.txt"; echo "FAILED: $1 had errors (any non-200 answer fails the benchmark)"; exit 1
  fi
  grep -v '^RESULT' "$tmp/run.txt" | sed 's/^/  /'
  grep '^RESULT' "$tmp/run.txt" >>"$results"
}
results=$tmp/results.txt
gci='Action=GetCallerIdentity&Version=2011-06-15'
lu='Action=ListUsers&Version=2010-05-08'
echo "$(nproc) CPU cores, shared by both servers and the load generator (one server under load at a time);" \
     "$connections connections, ${warmup} s warm-up + ${seconds} s per run"
run ours-GetCallerIdentity "$port" sts "$gci" "$bench_key" "$bench_secret"
run ours-ListUsers "$port" iam "$lu" "$bench_key" "$bench_secret"
run moto-GetCallerIdentity "$moto_port" sts "$gci" testing testing
run moto-ListUsers "$moto_port" iam "$lu" testing testing
echo

python3 - "$results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    kv = dict(p.split("=", 1) for p in line.split()[1:])
    rows[kv["label"]] = {k: float(v) for k, v in kv.items() if k != "label"}
print(f"{'server':<18} {'op':<18} {'req/s':>9} {'p50 (ms)':>9} {'p99 (ms)':>9} {'ratio':>8}")
ok = True
for op in ("GetCallerIdentity", "ListUsers"):
    o, m = rows[f"ours-{op}"], rows[f"moto-{op}"]
    ratio = o["rps"] / m["rps"]
    print(f"{'aws local serve':<18} {op:<18} {o['rps']:9.0f} {o['p50']:9.2f} {o['p99']:9.2f} {ratio:7.1f}x")
    print(f"{'moto_server':<18} {op:<18} {m['rps']:9.0f} {m['p50']:9.2f} {m['p99']:9.2f} {'':>8}")
    met = ratio >= 50 and o["p99"] < 10
    ok &= met
    print(f"  target {op}: >= 50x moto and p99 < 10 ms: {'met' if met else 'NOT met'} ({ratio:.1f}x, p99 {o['p99']:.2f} ms)")
print("targets met" if ok else "targets NOT met")
PY
