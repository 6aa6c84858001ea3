#!/usr/bin/env python3
"""Writes paginator-overrides.json: the paginators where the pinned npm models differ from the botocore data that
AWS CLI v2 ships (e.g. npm's DynamoDB Scan lacks the Count/ScannedCount result keys, so the CLI's merged output
would lose them). The bundler lays these over the npm paginators.

Usage: python3 tools/make-paginator-overrides.py models/node_modules/aws-sdk/apis \
           /usr/lib/python3/dist-packages/awscli/botocore/data > tools/paginator-overrides.json
(the second folder is the botocore data of the AWS CLI v2 package: `apt-get install awscli` gives 2.9.19)."""
import glob, json, os, sys

apis, botocore = sys.argv[1], sys.argv[2]
meta = json.load(open(os.path.join(apis, 'metadata.json')))
keys = ['input_token', 'output_token', 'result_key', 'non_aggregate_keys', 'more_results', 'limit_key']
norm = lambda v: v if isinstance(v, list) else ([v] if v is not None else [])
out = {}
for key, m in sorted(meta.items()):
    prefix = m.get('prefix', key)
    files = sorted(glob.glob(os.path.join(apis, f'{prefix}-*.paginators.json')))
    if not files:
        continue
    npm = json.load(open(files[-1]))['pagination']
    name = next((n for n in (m.get('name', '').lower(), key, prefix) if os.path.isdir(os.path.join(botocore, n))), None)
    if not name:
        continue
    version = sorted(os.listdir(os.path.join(botocore, name)))[-1]
    path = os.path.join(botocore, name, version, 'paginators-1.json')
    if not os.path.exists(path):
        continue
    theirs = json.load(open(path))['pagination']
    for op, ours in npm.items():
        if op in theirs and any(norm(ours.get(k)) != norm(theirs[op].get(k)) for k in keys):
            out.setdefault(key, {})[op] = {k: theirs[op][k] for k in keys if k in theirs[op]}
json.dump(out, sys.stdout, indent=1, sort_keys=True)
print()
