#!/usr/bin/python3
"""Records what the real AWS CLI v2 (/usr/bin/aws, 2.9.19) does with operation arguments.

Usage: /usr/bin/python3 record.py cases.txt > recorded.json
cases.txt: one case per line, "name<TAB>shell words" (the words after `aws`). For each case this runs the real
CLI's own driver in a child process with dummy credentials and an unreachable endpoint, and records the exit
code, the exact stderr and the call parameters after all argument processing (captured at botocore's
before-parameter-build event, i.e. after cli-input merging and base64 blob decoding; bytes are written as
{"$bytes": "<base64>"}). Nothing reaches AWS: the capture hook stops the call before any request is built.
"""
import json, os, shlex, subprocess, sys

CHILD = r'''
import base64, json, sys
sys.argv[0] = "aws"
from awscli.clidriver import create_clidriver
captured = {}
class Stop(BaseException): pass
def enc(v):
    if isinstance(v, (bytes, bytearray)): return {"$bytes": base64.b64encode(bytes(v)).decode()}
    if isinstance(v, dict): return {k: enc(x) for k, x in v.items()}
    if isinstance(v, list): return [enc(x) for x in v]
    if hasattr(v, "read"): return {"$file": getattr(v, "name", "")}
    if isinstance(v, float) and v in (float("inf"), float("-inf")): return "Infinity" if v > 0 else "-Infinity"
    return v
def hook(params, **kw):
    captured["params"] = enc(params)
    sys.__stdout__.write("\x00PARAMS" + json.dumps(captured["params"]))
    sys.__stdout__.flush()
    import os; os._exit(0)
driver = create_clidriver()
driver.session.register("before-parameter-build", hook)
rc = driver.main(sys.argv[1:])
sys.exit(rc)
'''

def main():
    env = dict(os.environ, AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/dev/null",
               AWS_SHARED_CREDENTIALS_FILE="/dev/null", AWS_PAGER="", HOME="/tmp/argsrec-home")
    out = []
    for line in open(sys.argv[1], encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"): continue
        name, words = line.split("\t", 1)
        argv = shlex.split(words)
        p = subprocess.run(["/usr/bin/python3", "-c", CHILD, "--endpoint-url", "http://127.0.0.1:1"] + argv,
                           capture_output=True, env=env, cwd=os.path.dirname(os.path.abspath(sys.argv[1])))
        stdout = p.stdout.decode("utf-8", "replace")
        case = {"name": name, "args": argv}
        if "\x00PARAMS" in stdout:
            before, params = stdout.split("\x00PARAMS", 1)
            case["params"] = json.loads(params)
            stdout = before
        else:
            case["rc"] = p.returncode
            case["stderr"] = p.stderr.decode("utf-8", "replace")
        if stdout: case["stdout"] = stdout
        out.append(case)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")

main()
