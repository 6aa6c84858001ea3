#!/usr/bin/python3
"""Records Python's json.loads and the CLI's YAML loader (ruamel.yaml, typ='safe', pure=True, as
--cli-input-yaml uses it) on the inputs in json-inputs.txt / yaml-inputs.txt (one JSON string per line).
Usage: /usr/bin/python3 record-json-yaml.py > json-yaml.json"""
import base64, datetime, json, os, sys
from ruamel.yaml import YAML
here = os.path.dirname(os.path.abspath(__file__))
def inputs(name):
    for line in open(os.path.join(here, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"): yield json.loads(line)
def enc(v):
    if isinstance(v, bytes): return {"$bytes": base64.b64encode(v).decode()}
    if isinstance(v, (datetime.date, datetime.datetime)): return {"$date": v.isoformat()}
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))): return {"$float": repr(v)}
    if isinstance(v, dict): return {str(k): enc(x) for k, x in v.items()}
    if isinstance(v, list): return [enc(x) for x in v]
    return v
out = {"json": [], "yaml": []}
for text in inputs("json-inputs.txt"):
    try: out["json"].append({"input": text, "result": enc(json.loads(text))})
    except ValueError as e: out["json"].append({"input": text, "error": str(e)})
for text in inputs("yaml-inputs.txt"):
    try: out["yaml"].append({"input": text, "result": enc(YAML(typ="safe", pure=True).load(text))})
    except Exception as e: out["yaml"].append({"input": text, "error": type(e).__name__})
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write("\n")
