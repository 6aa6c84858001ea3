#!/bin/bash
# Records --generate-cli-skeleton output of the real AWS CLI v2 (/usr/bin/aws 2.9.19) for the operations the
# skeleton tests compare against: <service>.<operation>.<kind>.txt holds stdout, exactly as printed.
cd "$(dirname "$0")"
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=/dev/null AWS_PAGER=""
for op in "iam create-user" "ec2 run-instances" "s3api put-object" "dynamodb put-item" "kms encrypt" "identitystore update-user" "cloudwatch get-metric-statistics" "ec2 describe-instances"; do
  set -- $op
  for kind in input yaml-input output; do
    /usr/bin/aws $1 $2 --generate-cli-skeleton $kind > "$1.$2.$kind.txt" 2>/dev/null || rm -f "$1.$2.$kind.txt"
  done
done
