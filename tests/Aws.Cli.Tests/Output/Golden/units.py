"""Writes units.jsonl: small formatter vectors for the tricky rules, produced by the AWS CLI v2's own
formatter code (/usr/lib/python3/dist-packages/awscli, the code /usr/bin/aws runs). Run by record.sh with
/usr/bin/python3. Each line: {"name", "format", "input", "expected"}; table vectors use title "Op", color off
and terminal width 80."""
import io
import json
import sys

sys.path.insert(0, '/usr/lib/python3/dist-packages')
from awscli import text  # noqa: E402
from awscli.formatter import JSONFormatter, TableFormatter, YAMLFormatter  # noqa: E402


class Args:
    query = None
    color = 'off'


def render(fmt, value):
    out = io.StringIO()
    if fmt == 'json':
        JSONFormatter(Args())._format_response('Op', value, out)
    elif fmt == 'text':
        text.format_text(value, out)
    elif fmt == 'yaml':
        YAMLFormatter(Args())._format_response('Op', value, out)
    elif fmt == 'table':
        formatter = TableFormatter(Args())
        formatter.table._terminal_width = 80
        formatter._format_response('Op', value, out)
    return out.getvalue()


SCALARS = ["yes", "no", "on", "Off", "true", "True", "TRUE", "tRUE", "null", "Null", "~", "", "123", "0123", "-12",
           "+1", "1_000", "1.5", "1e3", "1.", "0x1F", "0o17", "0b101", ".inf", "-.inf", ".nan", ".5", "2001-12-14",
           "2001-12-14 21:59:43.10 -5", "2001-12-14t21:59:43Z", "=", "<<", "- a", "-a", "-", "a: b", "a:b", ":a",
           "? a", "?a", "a #b", "a#b", "#a", "a, b", "[a]", "a]", "{", "@x", "`x", "%x", "!x", "&x", "*x", "|x",
           ">x", "'x", "\"x", "x'", " a", "a ", "a\nb", "a\n", "\na", "a \nb", "a\n b", "a\n\n b", "tab\tx",
           "\u0085", "\u2028x", "\u00a0", "\ufeffx", "\x1b", "\x00", "é", "日本語", "😀", "---", "...", "--",
           "a---", "back\\slash", "w " * 50, "x" * 90 + " y", "\t" + "word " * 30, "word  " * 20, "'" + "q " * 45,
           "line\n" + "long " * 20]
KEYS = ["k" * 130, "日" * 43, "日" * 42, "multi\nline", "", "null", "a: b", "😀"]

vectors = []
for i, s in enumerate(SCALARS):
    vectors.append(('yaml', f'scalar-{i:02d}', {"k": s}))
for i, k in enumerate(KEYS):
    vectors.append(('yaml', f'key-{i:02d}', {k: "v"}))
NESTED = {
    "floats": [1.0, 1e-05, 1e20, 0.0001, 1e16, 1e15, 0.1, -2.5e-7, 123456789.123, 5e-324, -0.0],
    "ints": [0, -7, 12345678901234567890],
    "mixed": [None, True, False, "s", 1, 1.5, [], {}, [[]], [[1, 2], [3, ["x"]]], {"b": {}, "a": [{"z": 1}, "t"]}],
    "deep": {"list": [{"Name": "n1", "Tags": [{"Key": "k", "Value": "v"}]}, {"Other": "o", "Tags": []}]},
    "unicode": {"日本語": "値", "café": "naïve", "Ωmega": "ωmega", "😀": "emoji", "zeta": "z"},
}
for name, value in NESTED.items():
    for fmt in ('json', 'text', 'yaml', 'table'):
        vectors.append((fmt, f'{name}', value))
TOP = {"null": None, "string": "x", "int": 5, "float": 2.5, "bool": False, "empty-list": [], "empty-dict": {},
       "list-of-scalars": ["a", 1, None], "list-of-lists": [["a", "b"], ["c", "d"]],
       "list-of-dicts": [{"b": 1, "a": 2}, {"c": [1, 2], "a": 3}]}
for name, value in TOP.items():
    for fmt in ('json', 'text', 'yaml', 'table'):
        vectors.append((fmt, f'top-{name}', value))
TABLES = {
    "wide-cjk": {"Items": [{"Name": "日本語の名前", "Id": "1"}, {"Name": "ascii", "Id": "22"}]},
    "single-scalar-key": {"Outer": {"Only": "one"}},
    "vertical": {"Row": {"A": "a" * 30, "B": "b" * 30, "C": "c" * 30}},
    "missing-keys": {"L": [{"a": 1}, {"b": 2, "n": {"x": 1}}, {"a": 3}]},
    "rounding": {"T": [{"a": "x" * 7, "b": "y" * 13, "c": "z" * 21}]},
    "long-title": {"AVeryLongSectionTitleThatIsLongerThanTheColumns" * 2: {"a": 1, "b": 2}},
    "falsy": {"Zero": 0, "Empty": "", "Nested": {"F": False}},
}
for name, value in TABLES.items():
    vectors.append(('table', f'table-{name}', value))
    vectors.append(('text', f'table-{name}', value))

with open('units.jsonl', 'w', encoding='utf-8') as f:
    for fmt, name, value in vectors:
        try:
            expected = render(fmt, value)
        except Exception:  # the CLI itself fails on this input (e.g. text output of None among dicts)
            continue
        f.write(json.dumps({"name": f"{fmt}/{name}", "format": fmt, "input": value, "expected": expected},
                           ensure_ascii=False) + "\n")
