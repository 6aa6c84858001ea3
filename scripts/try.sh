#!/usr/bin/env bash
# Builds the Native AOT `aws` (when missing or stale) and runs one command against a local AWS endpoint:
# a moto_server started on a free loopback port for this run, with test credentials.
# Usage: bash scripts/try.sh <service> <operation> [options]   (default: sts get-caller-identity)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=artifacts/aws/aws
if [ ! -x "$bin" ] || [ -n "$(find src tools models/package-lock.json -newer "$bin" -type f -print -quit 2>/dev/null)" ]; then
  dotnet publish src/Aws.Cli -c Release -o artifacts/aws -nologo -v quiet
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
[ $# -gt 0 ] || set -- sts get-caller-identity
AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1 \
  "$bin" --endpoint-url "http://127.0.0.1:$port" "$@"
