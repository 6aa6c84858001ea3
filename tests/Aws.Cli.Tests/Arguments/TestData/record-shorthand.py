#!/usr/bin/python3
"""Records what the real AWS CLI v2's shorthand parser (awscli.shorthand.ShorthandParser, 2.9.19) makes of each
input in shorthand-inputs.txt (one JSON string per line): the parsed value or the exact error message.
Usage: /usr/bin/python3 record-shorthand.py > shorthand.json"""
import json, os, sys
from awscli.shorthand import ShorthandParser, ShorthandParseError
out = []
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "shorthand-inputs.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"): continue
    text = json.loads(line)
    try:
        out.append({"input": text, "result": ShorthandParser().parse(text)})
    except ShorthandParseError as e:
        out.append({"input": text, "error": str(e)})
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write("\n")
