#!/usr/bin/env python3
"""Checks tests/data/kb/actors_cases.txt against the actor and agent files with a small
reference resolver (Python 3 stdlib only).

This is a data check for the knowledge base, not the coder: it resolves a short actor
phrase the way docs/dictionaries.md describes (longest name match, `adj`/actor + agent
composition, `agent ... in/of <country>`, dated codes picked by the case's date), so that
a wrong or missing kb entry shows up before the C++ coder exists.

Usage: tools/kb/check_cases.py [--cases FILE] [--today YYYY-MM-DD] [KB_FILES_OR_DIRS ...]
Default kb: kb/actors/ and kb/agents.txt. Exit status 1 when a case fails.
"""

import argparse
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from check_format import collect, fold, parse_date, strip_comment  # noqa: E402

ROLE_RE = re.compile(r"^[A-Z]{3}$")


class Kb:
    def __init__(self):
        self.actors = {}   # key tuple -> list of (code, start, end, dated)
        self.adjs = {}     # key tuple -> code
        self.agents = {}   # key tuple -> code
        self.maxlen = 1

    def _keys(self, name):
        return tuple(fold(name).split())

    def load(self, path):
        kind = None
        with open(path, encoding="utf-8") as f:
            for raw in f:
                s = raw.strip()
                if not s:
                    continue
                if kind is None:
                    m = re.match(r"^#!dyad-dict\s+(\S+)\s+1$", s)
                    if not m:
                        return
                    kind = m.group(1)
                    continue
                line = strip_comment(raw)
                if not line or line.startswith("test:") or ":" not in line:
                    continue
                head, _, items = line.partition(":")
                word, _, rest = head.strip().partition(" ")
                names = [i.strip() for i in items.split(";") if i.strip()]
                if word == "actor":
                    codes = []
                    for part in rest.split(","):
                        part = part.strip()
                        if "@" in part:
                            code, _, rng = part.partition("@")
                            a, _, b = rng.partition("..")
                            codes.append((code.strip(),
                                          parse_date(a.strip(), False) if a.strip() else None,
                                          parse_date(b.strip(), True) if b.strip() else None, True))
                        else:
                            codes.append((part, None, None, False))
                    for n in names:
                        if n.startswith("~"):
                            continue  # weak names need context; not resolved here
                        k = self._keys(n)
                        self.actors.setdefault(k, []).extend(codes)
                        self.maxlen = max(self.maxlen, len(k))
                elif word == "adj":
                    for n in names:
                        k = self._keys(n)
                        self.adjs[k] = rest.strip()
                        self.maxlen = max(self.maxlen, len(k))
                elif word == "agent":
                    for n in names:
                        k = self._keys(n)
                        self.agents[k] = rest.strip()
                        self.maxlen = max(self.maxlen, len(k))

    @staticmethod
    def pick(codes, day):
        undated = [c for c in codes if not c[3]]
        for c in codes:
            if c[3]:
                lo = c[1] if c[1] is not None else -10**9
                hi = c[2] if c[2] is not None else 10**9
                if lo <= day < hi:
                    return c[0]
        return undated[0][0] if undated else None

    def segment(self, keys):
        """Greedy longest match; returns [(kind, value, start, end)] with kind in
        actor/adj/agent/word."""
        out = []
        i = 0
        while i < len(keys):
            found = None
            for n in range(min(self.maxlen, len(keys) - i), 0, -1):
                k = tuple(keys[i:i + n])
                # An actor name wins over an adjective of the same span; an agent wins over both
                # only when longer (handled by the length loop).
                if k in self.actors:
                    found = ("actor", k, i, i + n)
                elif k in self.agents:
                    found = ("agent", k, i, i + n)
                elif k in self.adjs:
                    found = ("adj", k, i, i + n)
                if found:
                    break
            if found:
                out.append(found)
                i = found[3]
            else:
                out.append(("word", keys[i], i, i + 1))
                i += 1
        return out

    def resolve(self, phrase, day):
        keys = fold(phrase).split()
        segs = [s for s in self.segment(keys)]
        content = [s for s in segs if not (s[0] == "word" and s[1] in ("the", "a", "an"))]
        if not content:
            return None
        country = None
        agent = None
        has_agent = any(kind == "agent" for kind, _, _, _ in content)
        for kind, k, _, _ in content:
            if kind == "actor" and country is None and has_agent and k in self.adjs:
                country = self.adjs[k]  # `Rohingya refugees`: the adjective reading composes
            elif kind == "actor" and country is None:
                country = self.pick(self.actors[k], day)
            elif kind == "adj" and country is None:
                country = self.adjs[k]
            elif kind == "agent" and agent is None:
                agent = self.agents[k]
        if agent is None:
            return country
        if not ROLE_RE.match(agent):
            return agent  # a full code stands alone
        if country is None:
            return "---" + agent
        if has_role(country):
            return country  # `Kataib Hezbollah fighters` stays the group (docs/actor_codes.md 3a)
        return country + agent


def has_role(code):
    """True when a code already carries a role or group id beyond its root: IRQGOV,
    LBNREBHEZ, IGOUNOHCR; false for IRQ, MEA, IGOUNO, NGOAMN."""
    root = 6 if code[:3] in ("IGO", "NGO", "IMG", "MNC") else 3
    return len(code) > root


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--cases", default=os.path.join(ROOT, "tests", "data", "kb", "actors_cases.txt"))
    ap.add_argument("--today", default=datetime.date.today().isoformat(),
                    help="date for cases without one (default: today)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    paths = args.paths or [os.path.join(ROOT, "kb", "actors"), os.path.join(ROOT, "kb", "agents.txt")]
    kb = Kb()
    for f in collect(paths):
        kb.load(f)
    today = parse_date(args.today, False)
    total = failed = 0
    with open(args.cases, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = strip_comment(raw)
            if not line:
                continue
            if "=>" not in line:
                print(f"{args.cases}:{lineno}: error: expected '<phrase> [| date] => <code>'")
                failed += 1
                continue
            lhs, _, expected = line.rpartition("=>")
            expected = expected.strip()
            phrase, _, date = lhs.partition("|")
            day = today
            if date.strip():
                day = parse_date(date.strip(), False)
                if day is None:
                    print(f"{args.cases}:{lineno}: error: bad date '{date.strip()}'")
                    failed += 1
                    continue
            total += 1
            got = kb.resolve(phrase.strip(), day)
            if got != expected:
                failed += 1
                print(f"{args.cases}:{lineno}: FAIL '{phrase.strip()}': expected {expected}, got {got}")
            elif args.verbose:
                print(f"{args.cases}:{lineno}: ok '{phrase.strip()}' => {got}")
    print(f"{total - failed}/{total} cases pass", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
