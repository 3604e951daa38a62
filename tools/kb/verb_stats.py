#!/usr/bin/env python3
"""Counts the patterns of Dyad's verb lexicon (kb/verbs/*.txt) and lists the
CAMEO codes of the codebook that no pattern covers.

Usage: tools/kb/verb_stats.py [--kb kb/verbs] [--codebook ../shared/data/cameo/codebook.tsv]
                              [--cases tests/data/kb/verb_cases.txt] [--strict]

Reports, per CAMEO root (01..20): the written pattern items (one `;`-separated
item of a `verb` or `noun` line) and the patterns they expand to once `&SET`
references are replaced by each alternative of the set. Then it lists codebook
codes with no pattern. Root rows of the codebook (two-digit `01`..`20`) are
category headings; they count as covered when their residual code (`010`,
`020`, ...) is covered, and are listed separately.

It also does light syntax checks that matter for counting (header, `verb`/
`noun`/`set`/`test:` lines, code shape, known codes, undefined sets, duplicate
patterns after set expansion, `$T`/`$S` use). Sets are shared by all files of
the lexicon (kb/verbs/sets.txt holds them), each defined once. Exit status 1 on any error with
--strict (errors are always printed as file:line: message).

Python 3 standard library only. The codebook is read where it lies (never
copied into the project).
"""
import argparse
import collections
import itertools
import os
import re
import sys

CODE_RE = re.compile(r"^\d{3,4}$")
SET_NAME_RE = re.compile(r"^&[A-Z][A-Z0-9_]*$")
WORD_RE = re.compile(r"^([a-z0-9][a-z0-9'\-\.]*|'s|\$T|\$S|&[A-Z][A-Z0-9_]*)$")


def strip_comment(line):
    out = []
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line) and line[i + 1] == "#":
            out.append("#")
            i += 2
            continue
        if c == "#":
            break
        out.append(c)
        i += 1
    return "".join(out).strip()


def read_codebook(path):
    codes = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ci = header.index("code")
        ni = header.index("name")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > max(ci, ni):
                codes[cols[ci]] = cols[ni]
    return codes


class Lexicon:
    def __init__(self):
        self.errors = []
        self.items = []  # (file, line, kind, code, pattern words, recip)
        self.tests = []  # (file, line, sentence, expected)
        self.sets = {}   # name -> list of alternatives (each a list of words)
        self.set_where = {}
        self.pending = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def parse_file(lex, path, known_codes):
    name = os.path.basename(path)
    header_seen = False
    local_sets = lex.sets
    pending = lex.pending
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            where = f"{path}:{ln}"
            if not header_seen:
                if not raw.strip():
                    continue
                if raw.strip() != "#!dyad-dict verbs 1":
                    lex.error(where, "first non-blank line must be '#!dyad-dict verbs 1'")
                header_seen = True
                continue
            line = strip_comment(raw)
            if not line:
                continue
            if line.startswith("test:"):
                body = line[5:]
                if "=>" not in body:
                    lex.error(where, "test: line needs '=> CODE'")
                    continue
                sent, exp = body.rsplit("=>", 1)
                exp = exp.strip()
                if not CODE_RE.match(exp) or exp not in known_codes:
                    lex.error(where, f"test expects unknown code '{exp}'")
                lex.tests.append((name, ln, sent.strip(), exp))
                continue
            if ":" not in line:
                lex.error(where, "entry line must be '<head> : <list>'")
                continue
            head, body = line.split(":", 1)
            head = head.split()
            items = [x.strip() for x in body.split(";")]
            if any(not x for x in items):
                lex.error(where, "empty list item")
                items = [x for x in items if x]
            if len(head) != 2:
                lex.error(where, f"bad head '{' '.join(head)}'")
                continue
            kind, arg = head
            if kind == "set":
                if not SET_NAME_RE.match(arg):
                    lex.error(where, f"bad set name '{arg}'")
                if arg in local_sets:
                    lex.error(where, f"set {arg} already defined at {lex.set_where[arg]}")
                alts = []
                for it in items:
                    w = it.split()
                    for t in w:
                        if not WORD_RE.match(t) or t.startswith(("$", "&")):
                            lex.error(where, f"bad word '{t}' in set {arg}")
                    alts.append(w)
                if len(set(map(tuple, alts))) != len(alts):
                    lex.error(where, f"duplicate alternative in set {arg}")
                local_sets[arg] = alts
                lex.set_where[arg] = where
                continue
            if kind not in ("verb", "noun"):
                lex.error(where, f"unknown entry kind '{kind}' in a verbs file")
                continue
            if not CODE_RE.match(arg):
                lex.error(where, f"bad CAMEO code '{arg}'")
            elif arg not in known_codes:
                lex.error(where, f"code {arg} is not in the codebook")
            for it in items:
                words = it.split()
                recip = False
                if words and words[-1] == "!recip":
                    recip = True
                    words = words[:-1]
                if not words:
                    lex.error(where, "empty pattern")
                    continue
                for t in words:
                    if not WORD_RE.match(t):
                        lex.error(where, f"bad word '{t}' in pattern '{it}'")
                if words[0].startswith("$"):
                    lex.error(where, f"pattern '{it}' starts with a slot")
                if words.count("$T") > 1 or words.count("$S") > 1:
                    lex.error(where, f"pattern '{it}' repeats a slot")
                pending.append((where, kind, arg, words, recip, it))
    if not header_seen:
        lex.error(f"{path}:1", "empty file (no header)")


def resolve(lex):
    for where, kind, code, words, recip, text in lex.pending:
        for t in words:
            if t.startswith("&") and t not in lex.sets:
                lex.error(where, f"set {t} is not defined")
        lex.items.append((where, kind, code, words, recip, text, lex.sets))


def expansions(words, sets):
    choices = []
    for t in words:
        if t.startswith("&"):
            choices.append([tuple(a) for a in sets.get(t, [(t,)])])
        else:
            choices.append([(t,)])
    for combo in itertools.product(*choices):
        yield tuple(w for part in combo for w in part)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", default=os.path.join(root, "kb", "verbs"))
    ap.add_argument("--codebook", default=os.path.join(root, "..", "shared", "data", "cameo", "codebook.tsv"))
    ap.add_argument("--cases", default=os.path.join(root, "tests", "data", "kb", "verb_cases.txt"))
    ap.add_argument("--strict", action="store_true", help="exit 1 on any error or uncovered code")
    ap.add_argument("--per-code", action="store_true", help="also print written patterns per code")
    args = ap.parse_args()

    if not os.path.exists(args.codebook):
        print(f"verb_stats: codebook not found: {args.codebook}", file=sys.stderr)
        return 2
    codebook = read_codebook(args.codebook)
    lex = Lexicon()
    files = sorted(f for f in os.listdir(args.kb) if f.endswith(".txt"))
    for f in files:
        parse_file(lex, os.path.join(args.kb, f), codebook)
    resolve(lex)

    written = collections.Counter()
    expanded = collections.Counter()
    per_code = collections.Counter()
    nouns = 0
    recips = 0
    seen = {}
    for where, kind, code, words, recip, text, sets in lex.items:
        root_code = code[:2]
        written[root_code] += 1
        per_code[code] += 1
        nouns += kind == "noun"
        recips += recip
        for exp in expansions(words, sets):
            expanded[root_code] += 1
            # the tokenizer splits at hyphens, so `test-fire` and `test fire` are one pattern
            key = (kind, tuple(" ".join(exp).replace("-", " ").split()))
            if key in seen and seen[key][1] != code:
                lex.error(where, f"pattern '{' '.join(exp)}' also coded {seen[key][1]} at {seen[key][0]}")
            elif key in seen:
                lex.error(where, f"duplicate pattern '{' '.join(exp)}' (also at {seen[key][0]})")
            else:
                seen[key] = (where, code)

    cases = collections.Counter()
    if os.path.exists(args.cases):
        with open(args.cases, encoding="utf-8") as f:
            for ln, raw in enumerate(f, 1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                if "=>" not in line:
                    lex.error(f"{args.cases}:{ln}", "case needs '=> CODE'")
                    continue
                exp = line.rsplit("=>", 1)[1].strip()
                if exp not in codebook or not CODE_RE.match(exp):
                    lex.error(f"{args.cases}:{ln}", f"unknown code '{exp}'")
                cases[exp[:2]] += 1

    tests_by_root = collections.Counter(t[3][:2] for t in lex.tests)
    print(f"{'root':<5}{'name':<36}{'written':>8}{'expanded':>10}{'codes':>7}{'tests':>6}{'cases':>6}")
    roots = [c for c in codebook if len(c) == 2]
    for r in roots:
        sub = [c for c in codebook if c.startswith(r) and len(c) > 2]
        covered = sum(1 for c in sub if per_code[c])
        print(f"{r:<5}{codebook[r][:35]:<36}{written[r]:>8}{expanded[r]:>10}{covered:>4}/{len(sub):<3}{tests_by_root[r]:>5}{cases[r]:>6}")
    print(f"{'all':<41}{sum(written.values()):>8}{sum(expanded.values()):>10}")
    print(f"files: {len(files)}  noun patterns: {nouns}  !recip patterns: {recips}  "
          f"sets: {len(lex.sets)}  self-tests: {len(lex.tests)}  cases: {sum(cases.values())}")
    event_codes = [c for c in codebook if len(c) > 2]
    missing = [c for c in event_codes if not per_code[c]]
    roots_missing = [r for r in roots if not per_code[r + "0"]]
    print(f"codes covered: {len(event_codes) - len(missing)}/{len(event_codes)} event codes; "
          f"root headings covered through their residual code: {len(roots) - len(roots_missing)}/{len(roots)}")
    for c in missing:
        print(f"  uncovered: {c}  {codebook[c]}")
    for r in roots_missing:
        print(f"  uncovered root: {r}  {codebook[r]}")
    if args.per_code:
        for c in event_codes:
            print(f"  {c:<5}{per_code[c]:>5}  {codebook[c]}")
    for e in lex.errors:
        print(e, file=sys.stderr)
    if lex.errors:
        print(f"{len(lex.errors)} error(s)", file=sys.stderr)
    if args.strict and (lex.errors or missing):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
