#!/bin/bash
# Builds cli-names.tsv: model name -> the name the real AWS CLI v2 (/usr/bin/aws 2.9.19) shows in its help.
# Operation names come from `aws <service> help` (AVAILABLE COMMANDS); parameter names from the SYNOPSIS of
# `aws <service> <operation> help`. Each CLI name is paired with the model name whose letters match it
# (case and '-' ignored) in botocore's service-2.json, the model the real CLI used.
set -e
export AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=/dev/null
DATA=/usr/lib/python3/dist-packages/awscli/botocore/data
pair() { # $1 = kind, $2 = file with CLI names, $3 = file with model names
  /usr/bin/python3 - "$@" <<'PY'
import sys
kind, cli_file, model_file = sys.argv[1:]
cli = [l.strip() for l in open(cli_file) if l.strip()]
models = {}
for m in open(model_file):
    m = m.strip()
    if m: models.setdefault(m.lower(), []).append(m)
for c in cli:
    key = c.replace('-', '')
    for m in models.get(key, []):
        print(f"{kind}\t{m}\t{c}")
PY
}
for svc in iam ec2 s3api dynamodb lambda sts kms sqs sns rds cloudformation storagegateway mturk ecs ssm elbv2 route53 cloudwatch apigateway glue sagemaker wafv2 redshift; do
  dir=$(/usr/bin/python3 -c "import sys;m={'s3api':'s3','elbv2':'elbv2','cloudwatch':'cloudwatch'};print(m.get('$svc','$svc'))")
  f=$(ls -d $DATA/$dir/*/service-2.json | tail -1)
  /usr/bin/aws $svc help 2>/dev/null | col -b | sed -n '/AVAILABLE COMMANDS/,$p' | grep -E '^\s+o [a-z0-9-]+$' | sed 's/^\s*o //' > /tmp/cli-ops.txt
  /usr/bin/python3 -c "import json;[print(k) for k in json.load(open('$f'))['operations']]" > /tmp/model-ops.txt
  pair operation /tmp/cli-ops.txt /tmp/model-ops.txt
done
for op in "ec2 run-instances" "ec2 describe-instances" "iam create-user" "s3api put-object" "dynamodb put-item" "rds create-db-instance" "storagegateway create-cachedi-scsi-volume" "sagemaker create-training-job" "glue create-job" "ssm send-command" "cloudformation create-stack" "lambda create-function" "redshift create-cluster" "elbv2 create-load-balancer" "ecs run-task" "iam create-virtual-mfa-device" "sts assume-role"; do
  set -- $op
  dir=$1; [ "$1" = s3api ] && dir=s3
  f=$(ls -d $DATA/$dir/*/service-2.json | tail -1)
  /usr/bin/aws $1 $2 help 2>/dev/null | col -b | sed -n '/^SYNOPSIS/,/^OPTIONS/p' | grep -oE -- '--[a-z0-9-]+' | sed 's/^--//' | sort -u > /tmp/cli-args.txt
  /usr/bin/python3 -c "
import json
m=json.load(open('$f'))
ops={k:v for k,v in m['operations'].items()}
  /usr/bin/python3 -c "
import json,sys
m=json.load(open('$f'))
for k,v in m['operations'].items():
    if 'input' in v:
        for n in m['shapes'][v['input']['shape']]['members']: print(n)
" | sort -u > /tmp/model-args.txt
  pair parameter /tmp/cli-args.txt /tmp/model-args.txt
done
