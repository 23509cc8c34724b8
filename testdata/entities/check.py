#!/usr/bin/env python3
"""Validate the tahlil entity gold set (testdata/entities/*.jsonl).

Usage:
    python3 testdata/entities/check.py [--bodies DIR] [GOLD.jsonl ...]

Checks, for every line of every gold file (default: every *.jsonl next to this script):
  * the record is a JSON object with exactly the keys doc, start, end, text, type, id;
  * type is one of COUNTRY AGREEMENT OFFICIAL PERSON ORG PLACE DATE;
  * 0 <= start < end and end - start == len(text) (code points);
  * id has the form the README prescribes for the type (COUNTRY: ISO alpha-2,
    AGREEMENT agreement:..., OFFICIAL/PERSON person:..., ORG org:..., PLACE place:...,
    DATE date:YYYY[-MM[-DD]] or date:--MM[-DD]);
  * mentions of one document do not overlap, and no mention is listed twice;
  * with --bodies DIR: text equals the body at [start:end). DIR holds one file per
    document, named after the doc id with "#" replaced by "_" plus ".body" (the
    Document.Text that pkg/ingest extracts; see README.md for how to dump it).
    Without --bodies only the self-consistency checks above run.

Exit status 0 when every check passes, 1 otherwise; problems go to stderr.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

TYPES = {"COUNTRY", "AGREEMENT", "OFFICIAL", "PERSON", "ORG", "PLACE", "DATE"}
KEYS = {"doc", "start", "end", "text", "type", "id"}
ID_RE = {
    "COUNTRY": re.compile(r"^[A-Z]{2}$"),
    "AGREEMENT": re.compile(r"^agreement:[a-z0-9][a-z0-9-]*$"),
    "OFFICIAL": re.compile(r"^person:[a-z0-9][a-z0-9-]*$"),
    "PERSON": re.compile(r"^person:[a-z0-9][a-z0-9-]*$"),
    "ORG": re.compile(r"^org:[a-z0-9][a-z0-9-]*(:[A-Z]{2})?$"),
    "PLACE": re.compile(r"^place:[a-z0-9][a-z0-9-]*$"),
    "DATE": re.compile(r"^date:(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$"),
}


def main(argv):
    bodies = None
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--bodies":
            bodies = argv[i + 1]
            i += 2
            continue
        files.append(argv[i])
        i += 1
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(os.path.join(here, f) for f in os.listdir(here) if f.endswith(".jsonl"))
    errs = 0

    def bad(where, msg):
        nonlocal errs
        errs += 1
        print(f"{where}: {msg}", file=sys.stderr)

    per_doc = defaultdict(list)
    types = Counter()
    cache = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                where = f"{path}:{n}"
                if not line.strip():
                    continue
                try:
                    m = json.loads(line)
                except json.JSONDecodeError as e:
                    bad(where, f"not JSON: {e}")
                    continue
                if not isinstance(m, dict) or set(m) != KEYS:
                    bad(where, f"keys must be exactly {sorted(KEYS)}")
                    continue
                s, e, t = m["start"], m["end"], m["text"]
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
                    bad(where, f"bad offsets {s!r}..{e!r}")
                    continue
                if e - s != len(t):
                    bad(where, f"end-start = {e - s} but text {t!r} has {len(t)} code points")
                if t != t.strip():
                    bad(where, f"text {t!r} has surrounding white space")
                if m["type"] not in TYPES:
                    bad(where, f"unknown type {m['type']!r}")
                elif not ID_RE[m["type"]].match(m["id"]):
                    bad(where, f"id {m['id']!r} does not fit type {m['type']}")
                if bodies is not None:
                    doc = m["doc"]
                    if doc not in cache:
                        p = os.path.join(bodies, doc.replace("#", "_") + ".body")
                        try:
                            with open(p, encoding="utf-8") as bf:
                                cache[doc] = bf.read()
                        except OSError as err:
                            cache[doc] = None
                            bad(where, f"no body for {doc!r}: {err}")
                    body = cache[doc]
                    if body is not None and body[s:e] != t:
                        bad(where, f"text {t!r} != body[{s}:{e}] {body[s:e]!r} (re-anchor it)")
                per_doc[m["doc"]].append((s, e, where))
                types[m["type"]] += 1
    for doc, spans in per_doc.items():
        spans.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            if (s1, e1) == (s2, e2):
                bad(w2, f"duplicate of {w1}")
            elif s2 < e1:
                bad(w2, f"overlaps {w1} in {doc}")
    total = sum(types.values())
    print(f"{total} mentions in {len(per_doc)} documents: "
          + ", ".join(f"{t} {types[t]}" for t in sorted(TYPES)))
    if errs:
        print(f"{errs} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
