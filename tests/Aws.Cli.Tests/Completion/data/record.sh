#!/bin/sh
# Records expected completions from the real AWS CLI v2 (2.9.19, /usr/lib/python3/dist-packages/awscli) for each
# line of cases.txt: COMP_LINE=<line>, COMP_POINT=<length>, the same call /usr/bin/aws_completer makes
# (awscli.autocomplete.main.autocomplete). Output: expected.txt, one "== <line>" header per case followed by the
# completions, one per line. Run from this folder: sh record.sh
out=expected.txt
echo "# Recorded with record.sh from AWS CLI 2.9.19 (awscli.autocomplete); do not edit by hand." > $out
while IFS= read -r line; do
  printf '== %s\n' "$line" >> $out
  COMP_LINE="$line" /usr/bin/python3 -c '
import os, sys
sys.path.insert(0, "/usr/lib/python3/dist-packages")
from awscli.autocomplete.main import create_autocompleter
line = os.environ["COMP_LINE"]
for r in create_autocompleter().autocomplete(line, len(line)):
    print(r.name)
' >> $out
done < cases.txt
