#!/usr/bin/env bash
# Re-records the output-formatter golden files from the real AWS CLI v2 (/usr/bin/aws) against a fresh
# moto_server. Every case is captured in all formats in the same server state; <case>.json is both the
# CLI's json output and the formatter input for the other formats. Paginated cases also get
# <case>.page.json (the raw single page, --no-paginate), the input yaml-stream prints page by page.
set -euo pipefail
cd "$(dirname "$0")"
AWS=/usr/bin/aws
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1
export AWS_PAGER="" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
MOTO=$!
trap 'kill $MOTO' EXIT
for _ in $(seq 50); do curl -s "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
ep=(--endpoint-url "http://127.0.0.1:$PORT")
: > cases.txt
quiet() { "$AWS" "${ep[@]}" "$@" >/dev/null; }

# rec <case> <paged:0|1> <aws args...>: one golden per format (stdout only, bytes as printed; stdout is a
# file, so the terminal width is the CLI's default of 80).
rec() {
  local name=$1 paged=$2; shift 2
  # cases.txt: case name and the model's operation name (the table title), e.g. list-objects-v2 -> ListObjectsV2.
  printf '%s\t%s\n' "$name" "$(sed -E 's/(^|-)([a-z])/\U\2/g' <<< "$2")" >> cases.txt
  "$AWS" "${ep[@]}" "$@" --output json > "$name.json"
  for fmt in text table yaml yaml-stream; do
    "$AWS" "${ep[@]}" "$@" --output "$fmt" --color off > "$name.$fmt.txt"
  done
  "$AWS" "${ep[@]}" "$@" --output table --color on > "$name.table-color.txt"
  if [ "$paged" = 1 ]; then
    "$AWS" "${ep[@]}" "$@" --no-paginate --output json > "$name.page.json"
    pages "$name" "$1" "$2"
  fi
}

# pages <case> <service> <cli-operation>: writes <case>.pages.json, the per-page formatter input the CLI builds
# for text (PageMode.ResultKeysPerPage) and yaml-stream (PageMode.WholePagePerPage). All cases fit in one
# page; the result keys and non-aggregate keys come from botocore's paginators-1.json, the truncated
# result lists and the resume token (--max-items) from the merged json output.
pages() {
  /usr/bin/python3 - "$@" <<'PY'
import glob, json, sys
import awscli.botocore as bc
name, service, op = sys.argv[1:]
model = {'s3api': 's3'}.get(service, service)
op = ''.join(p.capitalize() for p in op.split('-'))
path = sorted(glob.glob(f"{bc.__path__[0]}/data/{model}/*/paginators-1.json"))[-1]
config = json.load(open(path))['pagination'][op]
keys = lambda k: k if isinstance(k, list) else [k]
with open(f"{name}.page.json") as f: page = json.load(f)
with open(f"{name}.json") as f: merged = json.load(f)
text_page = {k: page.get(k) for k in keys(config.get('non_aggregate_keys', []))}
stream_page = dict(page)
for k in keys(config['result_key']):
    text_page[k] = merged[k] if k in merged else page.get(k)
    if k in merged: stream_page[k] = merged[k]
out = {"textPages": [text_page], "streamPages": [stream_page], "resumeToken": merged.get("NextToken")}
with open(f"{name}.pages.json", "w") as f:
    json.dump(out, f, indent=4, ensure_ascii=False); f.write("\n")
PY
}

# Empty results on a fresh server, and an operation with no output at all.
rec ec2-describe-instances-empty 1 ec2 describe-instances
rec iam-list-users-empty 1 iam list-users
quiet s3api create-bucket --bucket golden-empty
rec empty-response 0 s3api put-bucket-tagging --bucket golden-empty --tagging 'TagSet=[{Key=k,Value=v}]'

rec sts-get-caller-identity 0 sts get-caller-identity

# IAM
quiet iam create-user --user-name alice --path /engineering/
quiet iam create-user --user-name bob
quiet iam tag-user --user-name alice --tags Key=team,Value=core 'Key=名前,Value=アリス'
quiet iam create-policy --policy-name golden-policy --description $'first line\nsecond line: with colon\n' \
  --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
rec iam-list-users 1 iam list-users
rec iam-get-user 0 iam get-user --user-name alice
rec iam-list-policies-local 1 iam list-policies --scope Local
rec iam-list-users-max-items 1 iam list-users --max-items 1

# EC2: deep nesting, tags with values that look like other YAML types, wide text and long lines.
AMI=$("$AWS" "${ep[@]}" ec2 describe-images --owners amazon --query 'Images[0].ImageId' --output text)
IID=$("$AWS" "${ep[@]}" ec2 run-instances --image-id "$AMI" --instance-type t2.micro --count 1 \
  --query 'Instances[0].InstanceId' --output text)
rec ec2-describe-instances 1 ec2 describe-instances
TAGS=$(python3 - <<'PY'
import json
tags = {"Name": "ウェブサーバー 本番", "yes": "no", "null": "~", "true": "True", "int": "0123", "float": "1.5e3",
        "date": "2001-12-14", "colon": "a: b", "dash": "- item", "hash": "#comment", "empty": "",
        "space": " lead and trail ", "quote": "it's \"quoted\"", "multiline": "line one\nline two\n\nline four",
        "long": "word " * 40 + "end", "café": "naïve façade", "star": "*alias", "bang": "!tag", "at": "@at",
        "pct": "%pct", "brace": "{a}", "bracket": "[b]", "comma": "a, b", "question": "? q", "tab": "a\tb",
        "octal": "0o17", "hex": "0x1F", "inf": ".inf", "Off": "Off", "emoji": "😀 smile", "amp": "&anchor",
        "pipe": "| lit", "gt": "> fold", "backtick": "`tick", "dots": "...", "dashes": "---", "eq": "=",
        "sci": "1e3", "trailing-nl": "ends with newline\n", "nbsp": "a\u00a0b",
        "long-nospace": "x" * 100, "long-quoted": "'" + "quoted word " * 10}
print(json.dumps([{"Key": k, "Value": v} for k, v in tags.items()]))
PY
)
quiet ec2 create-tags --resources "$IID" --tags "$TAGS"
rec ec2-describe-tags 1 ec2 describe-tags
rec ec2-describe-instances-tagged 1 ec2 describe-instances

# S3: non-ASCII and CJK object keys.
quiet s3api create-bucket --bucket golden-bucket
printf 'hello' > /tmp/golden-body.$$
for key in 'readme.txt' '日本語/ファイル.txt' 'café/naïve.txt' 'dir/sub/deep.txt'; do
  quiet s3api put-object --bucket golden-bucket --key "$key" --body /tmp/golden-body.$$
done
rm -f /tmp/golden-body.$$
rec s3api-list-buckets 0 s3api list-buckets
rec s3api-list-objects-v2 1 s3api list-objects-v2 --bucket golden-bucket
rec s3api-list-objects-v2-delimiter 1 s3api list-objects-v2 --bucket golden-bucket --delimiter /

# DynamoDB: attribute-value maps.
quiet dynamodb create-table --table-name golden --attribute-definitions AttributeName=pk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST
quiet dynamodb put-item --table-name golden --item '{"pk":{"S":"a"},"n":{"N":"1.5"},"tags":{"SS":["x","y"]},"m":{"M":{"nested":{"BOOL":true},"nil":{"NULL":true}}},"l":{"L":[{"S":"東京"},{"N":"2"}]}}'
quiet dynamodb put-item --table-name golden --item '{"pk":{"S":"b"},"other":{"S":"only here"}}'
rec dynamodb-describe-table 0 dynamodb describe-table --table-name golden
rec dynamodb-scan 1 dynamodb scan --table-name golden

# CloudWatch: doubles (Python float repr).
for v in 1 0.00001 100000000000000000000 2.5; do
  quiet cloudwatch put-metric-data --namespace golden \
    --metric-data "[{\"MetricName\":\"m\",\"Timestamp\":\"2024-01-01T00:00:00Z\",\"Unit\":\"Count\",\"Value\":$v}]"
done
rec cloudwatch-get-metric-statistics 0 cloudwatch get-metric-statistics --namespace golden --metric-name m \
  --start-time 2023-12-31T23:00:00Z --end-time 2024-01-01T01:00:00Z --period 3600 \
  --statistics Average Sum Minimum Maximum SampleCount

# Small vectors for the tricky rules, straight from the CLI's formatter modules.
/usr/bin/python3 units.py
