#!/usr/bin/env bash
# Builds the Native AOT `aws` (when missing or stale) and runs one command against the built-in local cloud:
# `aws local init` creates a local account and a `local` profile the first time, then the command runs with
# `--profile local`, answered in-process. With --moto first, runs against a moto_server started for this run.
# Usage: bash scripts/try.sh [--moto] <service> <operation> [options]   (default: sts get-caller-identity)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=artifacts/aws/aws
if [ ! -x "$bin" ] || [ -n "$(find src tools models/package-lock.json -newer "$bin" -type f -print -quit 2>/dev/null)" ]; then
  dotnet publish src/Aws.Cli -c Release -o artifacts/aws -nologo -v quiet
fi
moto=0
if [ "${1:-}" = "--moto" ]; then moto=1; shift; fi
[ $# -gt 0 ] || set -- sts get-caller-identity
if [ $moto = 0 ]; then
  "$bin" configure get local_cloud --profile local >/dev/null 2>&1 || "$bin" local init >/dev/null
  exec "$bin" --profile local "$@"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1 \
  "$bin" --endpoint-url "http://127.0.0.1:$port" "$@"
