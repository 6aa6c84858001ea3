"""Random formatter vectors from the CLI's own formatter modules, for a deeper check than units.jsonl.

    /usr/bin/python3 fuzz.py OUT.jsonl [SEED] [COUNT]
    AWS_SHARP_OUTPUT_FUZZ=OUT.jsonl dotnet test tests/Aws.Cli.Tests --filter FullyQualifiedName~Fuzz

Lines are {"name", "format", "width", "input", "expected"} like units.jsonl. Table vectors are color off only:
color output depends on colorama wrapping the real stdout, which the golden files cover."""
import io
import json
import random
import sys

sys.path.insert(0, '/usr/lib/python3/dist-packages')
from awscli import text  # noqa: E402
from awscli.formatter import JSONFormatter, StreamedYAMLFormatter, TableFormatter, YAMLFormatter  # noqa: E402


class Args:
    query = None
    color = 'off'


CHARS = list("abcxyz") + [' '] * 6 + ['\n', ':', '#', "'", '"', '\t', 'é', '日', '😀', '\u0085', '\u2028', '-', '?',
                                     ',', '[', '{', '!', '&', '*', '\\', '\r', '\u00a0', '\ufeff', '.', '0', '1', 'e',
                                     '~', '%', '@', '`', '|', '>', '\x00', '\x1b', '\u3000', 'ｱ']
WORDS = ["word", "日本語のテキスト", "a:b", "it's", '"q"', "#h", "-", "😀", "café", "None", "true", "1.5", ""]
KEYS = ["Name", "Id", "Tags", "Key", "Value", "日本語", "café", "a", "B", "Ωmega", "k k", "😀"]


def string():
    n = random.choice([0, 1, 2, 3, 5, 10, 40, 85, 120, 200])
    if random.random() < 0.5:
        return ''.join(random.choice(CHARS) for _ in range(n))
    s = ''
    while len(s) < n:
        s += random.choice(WORDS + ["x" * random.randint(1, 30)]) + random.choice([' ', ' ', '  ', '\n', ' \n'])
    return s


def scalar():
    r = random.random()
    if r < 0.6:
        return string() if random.random() < 0.5 else random.choice(WORDS)
    return random.choice([0, 1, -7, 12345678901, 0.5, 1.0, 1e-07, 2.5e20, -0.0, 1e16, True, False, None])


def node(depth):
    r = random.random()
    if depth > 3 or r < 0.4:
        return scalar()
    if r < 0.65:
        keys = random.sample(KEYS, random.randint(1, 4))
        return [{k: node(depth + 2) for k in random.sample(keys, random.randint(1, len(keys)))}
                for _ in range(random.randint(0, 4))]
    if r < 0.8:
        return [node(depth + 1) for _ in range(random.randint(0, 3))]
    return {random.choice(KEYS) if random.random() < 0.7 else string(): node(depth + 1)
            for _ in range(random.randint(0, 4))}


def render(fmt, value, width):
    out = io.StringIO()
    if fmt == 'json':
        JSONFormatter(Args())._format_response('Op', value, out)
    elif fmt == 'text':
        text.format_text(value, out)
    elif fmt == 'yaml':
        YAMLFormatter(Args())._format_response('Op', value, out)
    elif fmt == 'yaml-stream':
        StreamedYAMLFormatter(Args())('Op', value, out)
    else:
        formatter = TableFormatter(Args())
        formatter.table._terminal_width = width
        formatter._format_response('Op', value, out)
    return out.getvalue()


def main():
    path = sys.argv[1]
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    written = 0
    with open(path, 'w', encoding='utf-8') as f:
        for i in range(count):
            value = {k: node(1) for k in random.sample(KEYS, random.randint(1, 4))}
            for fmt, width in [('json', 80), ('text', 80), ('yaml', 80), ('yaml-stream', 80), ('table', 30),
                               ('table', 80), ('table', 140)]:
                try:
                    expected = render(fmt, value, width)
                except Exception:  # inputs the CLI itself cannot format (e.g. mixed lists in text/table)
                    continue
                f.write(json.dumps({"name": f"{fmt}/{width}/{i}", "format": fmt, "width": width, "input": value,
                                    "expected": expected}, ensure_ascii=False) + "\n")
                written += 1
    print(f"{written} vectors")


main()
