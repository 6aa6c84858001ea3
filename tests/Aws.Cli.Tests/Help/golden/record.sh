#!/bin/sh
# Records help pages from the real AWS CLI v2 (2.9.19 under /usr/lib/python3/dist-packages/awscli) on this machine.
#   *.txt  the page as the CLI writes it to a pipe (groff -m man -T ascii), overstrikes removed (sed 's/.\x08//g')
#   *.man  the roff the CLI hands to groff (docutils' manpage writer output of the CLI's reST)
# "nodocs" pages are made with AWS_DATA_PATH pointing at copies of the CLI's own iam/ec2 models with every
# "documentation" key removed, which is what our bundled models look like; "docs" pages use the models as shipped.
# Run from this folder: sh record.sh
set -e
CLI=/usr/lib/python3/dist-packages/awscli
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 - "$TMP" <<'PY'
import gzip, json, os, sys
out = sys.argv[1]
base = '/usr/lib/python3/dist-packages/awscli/botocore/data'
def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k not in ('documentation', 'documentationUrl')}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o
for service, version in (('iam', '2010-05-08'), ('ec2', '2016-11-15'), ('dynamodb', '2012-08-10'),
                         ('sqs', '2012-11-05'), ('s3', '2006-03-01')):
    src = os.path.join(base, service, version)
    dst = os.path.join(out, 'nodocs', service, version)
    os.makedirs(dst)
    for f in os.listdir(src):
        opener = gzip.open if f.endswith('.gz') else open
        with opener(os.path.join(src, f), 'rt') as fh:
            data = json.load(fh)
        with open(os.path.join(dst, f.replace('.gz', '')), 'w') as fh:
            json.dump(strip(data) if f.startswith('service-2') else data, fh)
PY
cat > "$TMP/dumpman.py" <<'PY'
import sys
sys.path.insert(0, '/usr/lib/python3/dist-packages')
import awscli.help as h
from docutils.core import publish_string
from docutils.writers import manpage
def convert(self, contents):
    sys.stdout.buffer.write(publish_string(contents, writer=manpage.Writer(), settings_overrides={'report_level': 3}))
    sys.exit(0)
h.PosixHelpRenderer._convert_doc_content = convert
import awscli.clidriver
sys.argv[0] = 'aws'
sys.exit(awscli.clidriver.main())
PY
page() { # name, data path ('' for the shipped models), command words...
  name=$1; data=$2; shift 2
  AWS_DATA_PATH=$data PAGER=cat /usr/bin/aws "$@" help | sed 's/.\x08//g' > "$name.txt"
  AWS_DATA_PATH=$data /usr/bin/python3 "$TMP/dumpman.py" "$@" help > "$name.man"
}
ND="$TMP/nodocs"
page iam-create-user.nodocs "$ND" iam create-user
page iam-list-users.nodocs "$ND" iam list-users
page iam-get-user.nodocs "$ND" iam get-user
page ec2-describe-instances.nodocs "$ND" ec2 describe-instances
page iam.nodocs "$ND" iam
# Pages the tests compare with the CLI's own models, documentation stripped the same way (maps, recursion,
# streaming blobs, enums, map keys with enums).
page dynamodb-put-item.cli-nodocs "$ND" dynamodb put-item
page dynamodb-query.cli-nodocs "$ND" dynamodb query
page sqs-set-queue-attributes.cli-nodocs "$ND" sqs set-queue-attributes
page s3api-put-object.cli-nodocs "$ND" s3api put-object
page s3api-get-object.cli-nodocs "$ND" s3api get-object
page ec2-run-instances.cli-nodocs "$ND" ec2 run-instances
page aws "" 
page iam-create-user.docs "" iam create-user
page iam-list-users.docs "" iam list-users
page configure "" configure
page configure-set "" configure set
page configure-get "" configure get
page configure-import "" configure import
page configure-list-profiles "" configure list-profiles
