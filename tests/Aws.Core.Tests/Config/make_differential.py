#!/usr/bin/env python3
"""Generates botocore-differential.json: random small INI texts built from tricky pieces (comments, continuation
lines, nested blocks, [DEFAULT], ':' delimiters, duplicate keys/sections, quoted profile names, CR/CRLF, odd
whitespace) with botocore's raw_config_parse (sub-sections on and off) and load_config results for each.
Run with the botocore that ships with the pyenv Python (1.43.11): python make_differential.py > botocore-differential.json
"""
import json, os, random, sys, tempfile
from botocore import configloader
from botocore.exceptions import ConfigParseError

random.seed(20261128)
HEADERS = ["[default]", "[profile dev]", "[profile dev]", "[profile \"my dev\"]", "[profile 'q']", "[DEFAULT]", "[sso-session corp]",
           "[services svc]", "[plugins]", "[profile a b]", "[profile \"open]", "  [default]", "[profile dev] # c",
           "[profilex y]", "[Default]", "[ profile z ]", "[services]", "[sso-session]"]
LINES = ["region = us-east-1", "Region=eu-west-1", "output: json", "key : value", "k = v = w", "empty =",
         "inline = a # not a comment", "semi = b ; not a comment", "# comment", "; comment", "  # indented comment",
         "s3 =", "    max_concurrent_requests = 10", "    addressing_style = path", "\tuse_accelerate_endpoint = true",
         "  continued line", "", "   ", "x\t=\ty", "unicode = h\u00e9llo", "tab\tkey = 1", "nbsp = a\u00a0",
         "  = sub empty", "  sub = 1", "a.b = c", "   [notheader]"]
RISKY = ["novalue", "= nokey", "dup = 1", "DUP = 2", "  bad nested"]
ENDINGS = ["\n", "\n", "\n", "\r\n", "\r"]

def text():
    parts = []
    if random.random() < 0.1:
        parts.append(random.choice(LINES))
    for _ in range(random.randint(1, 3)):
        parts.append(random.choice(HEADERS))
        for _ in range(random.randint(0, 5)):
            parts.append(random.choice(RISKY) if random.random() < 0.04 else random.choice(LINES))
    end = random.choice(ENDINGS)
    t = end.join(parts)
    return t + (end if random.random() < 0.7 else "")

def run(fn, path):
    try:
        return {"result": fn(path)}
    except ConfigParseError:
        return {"error": "ConfigParseError"}

cases = []
seen = set()
while len(cases) < 300:
    t = text()
    if t in seen:
        continue
    seen.add(t)
    with tempfile.NamedTemporaryFile("w", delete=False, encoding="utf-8", newline="") as f:
        f.write(t)
    cases.append({
        "text": t,
        "raw_config_parse": run(lambda p: configloader.raw_config_parse(p), f.name),
        "raw_config_parse_no_subsections": run(lambda p: configloader.raw_config_parse(p, False), f.name),
        "load_config": run(configloader.load_config, f.name),
    })
    os.unlink(f.name)
json.dump({"description": __doc__.strip().splitlines(), "cases": cases}, sys.stdout, indent=1, ensure_ascii=False)
