#!/usr/bin/env bash
# Startup benchmark: the real AWS CLI v2 (/usr/bin/aws) and ours, in the same run, on the same local endpoint
# (a moto_server this script starts), for `sts get-caller-identity` and `ec2 describe-instances`.
# Also times an AOT hello world as the floor. Prints medians and ratios.
# Usage: bench/startup.sh [runs]   (default 20; needs artifacts/aws/aws: bash .ci/run or dotnet publish)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
ours=${AWS_SHARP_BIN:-artifacts/aws/aws}
real=/usr/bin/aws
[ -x "$ours" ] || dotnet publish src/Aws.Cli -c Release -o artifacts/aws -nologo -v quiet
[ -x "$real" ] || { echo "need /usr/bin/aws (apt-get install -y awscli)"; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -s "http://127.0.0.1:$port/moto-api/" >/dev/null && break; sleep 0.1; done

export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=
home=$(mktemp -d); export HOME=$home
endpoint="http://127.0.0.1:$port"
"$real" --endpoint-url "$endpoint" ec2 run-instances --image-id ami-12c6146b --count 3 >/dev/null

# An AOT hello world, the floor for any native process start on this machine.
hello=bench/.hello
if [ ! -x "$hello/out/hello" ]; then
  mkdir -p "$hello"
  cat > "$hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><PublishAot>true</PublishAot>
<ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>
XML
  echo 'System.Console.WriteLine("hello");' > "$hello/Program.cs"
  dotnet publish "$hello/hello.csproj" -c Release -o "$hello/out" -nologo -v quiet >/dev/null
fi

median_ms() { # command... -> "median min" wall time in ms over $runs runs
  python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time, statistics
runs = int(sys.argv[1]); cmd = sys.argv[2:]
for _ in range(3):  # warm the page cache and the server's code paths; not measured
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
times = []
for _ in range(runs):
    t = time.perf_counter(); r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - t) * 1000)
    if r.returncode != 0: sys.exit(f"failed: {' '.join(cmd)}")
print(f"{statistics.median(times):.2f} {min(times):.2f}")
PY
}

read -r hello_ms hello_min < <(median_ms "$hello/out/hello")

rtt_ms() { # action version service -> "median min" in-process round trip of the raw request to the server (ms)
  python3 - "$runs" "$port" "$@" <<'PY'
import http.client, statistics, sys, time
runs, port, action, version, service = int(sys.argv[1]), int(sys.argv[2]), *sys.argv[3:]
body = f"Action={action}&Version={version}"
headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
           "Authorization": f"AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=0"}
times = []
for _ in range(runs + 1):
    c = http.client.HTTPConnection("127.0.0.1", port)
    t = time.perf_counter(); c.request("POST", "/", body, headers); c.getresponse().read()
    times.append((time.perf_counter() - t) * 1000); c.close()
print(f"{statistics.median(times[1:]):.2f} {min(times[1:]):.2f}")
PY
}
printf '%-26s %10s %10s %8s %10s %16s %12s\n' command "real (ms)" "ours (ms)" ratio "rtt (ms)" "(ours-rtt)/hello" "same, mins"
for spec in "sts get-caller-identity|GetCallerIdentity|2011-06-15|sts" "ec2 describe-instances|DescribeInstances|2016-11-15|ec2"; do
  IFS='|' read -r cmd action version service <<<"$spec"
  read -r t t_min < <(rtt_ms "$action" "$version" "$service")
  # shellcheck disable=SC2086
  read -r r r_min < <(median_ms "$real" --endpoint-url "$endpoint" $cmd)
  # shellcheck disable=SC2086
  read -r o o_min < <(median_ms "$ours" --endpoint-url "$endpoint" $cmd)
  python3 -c "import sys; r,o,h,t,om,hm,tm=map(float,sys.argv[1:8]); print(f'{sys.argv[8]:<26} {r:10.1f} {o:10.1f} {r/o:7.1f}x {t:10.1f} {max(o-t,0)/h:15.1f}x {max(om-tm,0)/hm:11.1f}x')" \
    "$r" "$o" "$hello_ms" "$t" "$o_min" "$hello_min" "$t_min" "$cmd"
done
echo "AOT hello world: ${hello_ms} ms median, ${hello_min} ms min (of $runs, after 3 unmeasured warm-up runs); rtt = the same request"
echo "sent from one warm process (server time + network); ratios use medians, the last column uses minimums"
