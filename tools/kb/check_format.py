#!/usr/bin/env python3
"""Format checker for Dyad dictionary files (docs/dictionaries.md, format version 1).

Stand-in for `dyad dict check` until that exists, and a quick pre-commit check after.
Python 3 standard library only.

Usage:
    tools/kb/check_format.py [--stats] [--cameo PATH] [FILE_OR_DIR ...]

Without arguments it checks every kb/**/*.txt file (relative to the repository root)
whose first non-blank line starts with `#!dyad-dict`. Directories are searched
recursively for *.txt. Errors are printed as `file:line: error: message`; the exit
status is 1 when there is any error, 0 otherwise.

What it checks:
  * header `#!dyad-dict <kind> 1` on the first non-blank line (kind: actors, agents,
    verbs, discards); version must be 1;
  * line syntax per kind (`actor`, `adj`, `agent`, `verb`, `noun`, `set`, `judge`, `sentence`,
    `story`, `test:`), `<head> : <list>` with non-empty `;`-separated items;
  * code shapes: actor codes are 3-letter upper-case blocks whose first block is an
    ISO 3166-1 alpha-3 country (iso-codes), XKX, a region code or a non-state root
    (IGO, NGO, IMG, MNC, ...); after a country the second block must be a known role;
    CAMEO event codes must exist in the codebook (../shared/data/cameo/codebook.tsv or
    kb/cameo.tsv when found);
  * dates: `CODE@FROM..TO` with FROM/TO as YYYY, YYYY-MM or YYYY-MM-DD (valid calendar
    dates), FROM < TO when both are given;
  * no two date ranges on one actor line overlap (one person never holds two codes at
    once), at most one undated code per line;
  * duplicates: the same name (case-folded, quotes/dashes folded, `~` ignored) listed
    twice in the same line, or for two actor entries whose periods overlap, or as two
    agents, two adjectives of different countries, two sets, or the same verb pattern
    twice under one code;
  * verb patterns: `$T`/`$S` at most once each, `&SET` references defined in one of the
    checked files, `!recip` only as the last word.
"""

import argparse
import calendar
import json
import os
import re
import sys

KINDS = ("actors", "agents", "verbs", "discards")

# Roots that are not countries.
NONSTATE_ROOTS = {
    "IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "---",
}
# Region codes (CAMEO style), see docs/actor_codes.md.
REGION_ROOTS = {
    "AFR", "ASA", "BLK", "CTA", "CAS", "CAU", "CRB", "EAF", "EAS", "EEU", "EUR",
    "LAM", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "SCN", "WAF",
    "WEU", "WST", "BAL", "OCE", "CAM", "SAH", "ARC", "HRN",
}
# Extra country-like codes not in ISO 3166-1 but used by the scheme.
EXTRA_COUNTRIES = {"XKX"}
# Role blocks allowed right after a country or region code.
ROLES = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "UAF",
    "SPY", "ELI", "BUS", "CRM", "CVL", "EDU", "HLH", "HRI", "LAB", "MED", "REF",
    "AGR", "DEV", "ENV", "NGO", "IGO", "MNC", "REL", "MOD", "RAD", "IMG", "NGM",
    "SET", "PRO", "STU", "YTH", "WMN", "LEF", "RIG", "MIN", "IDP", "SFT", "CHR",
    "MUS", "JEW", "BUD", "HIN", "SHI", "SUN", "HEA", "MDR",
}
WORDLIKE_HEADS = {
    "actors": ("actor", "adj"),
    "agents": ("agent",),
    "verbs": ("verb", "noun", "set", "judge"),
    "discards": ("sentence", "story"),
}

CODE_RE = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z]{3})*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CAMEO_RE = re.compile(r"^\d{2,4}$")
SET_RE = re.compile(r"^&[A-Z][A-Z0-9_]*$")

QUOTE_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00a0": " ",
})


def repo_root():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(os.path.dirname(here))


def load_countries():
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    codes = set(EXTRA_COUNTRIES)
    try:
        with open(path, encoding="utf-8") as f:
            for c in json.load(f)["3166-1"]:
                codes.add(c["alpha_3"])
    except (OSError, ValueError, KeyError):
        return None
    return codes


def load_cameo(explicit):
    root = repo_root()
    candidates = [explicit] if explicit else [
        os.path.join(root, "..", "shared", "data", "cameo", "codebook.tsv"),
        os.path.join(root, "kb", "cameo.tsv"),
    ]
    for path in candidates:
        if not path or not os.path.isfile(path):
            continue
        codes = set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                first = line.split("\t", 1)[0].strip()
                if CAMEO_RE.match(first):
                    codes.add(first)
        if codes:
            return codes, path
    return None, None


def fold(name):
    """Match key of a phrase, as src/dict/phrase.h splits it: case-folded, quotes and
    dashes folded, hyphens and '_' separate words, , ; : ! ? ( ) " and a possessive 's
    are split off. `al-Qaeda` and `al Qaeda` give the same key."""
    n = name.translate(QUOTE_FOLD).strip()
    if n.startswith("~"):
        n = n[1:]
    n = n.lower().replace("_", " ").replace("-", " ")
    for ch in ',;:!?()"':
        n = n.replace(ch, " " + ch + " ")
    n = re.sub(r"'s\b", " 's", n)
    return " ".join(n.split())


def strip_comment(line):
    """Removes a `#` comment (not `\\#`); returns the text with `\\#` unescaped."""
    out = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] == "#":
            out.append("#")
            i += 2
            continue
        if ch == "#":
            break
        out.append(ch)
        i += 1
    return "".join(out).strip()


def parse_date(text, is_end):
    """Returns (ordinal start, ordinal after-end) of the period the text names, or None."""
    m = DATE_RE.match(text)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None and not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    import datetime
    if d is not None:
        return datetime.date(y, mo, d).toordinal()
    if mo is not None:
        return datetime.date(y, mo, 1).toordinal()
    return datetime.date(y, 1, 1).toordinal()


class Checker:
    def __init__(self, countries, cameo):
        self.countries = countries
        self.cameo = cameo
        self.errors = 0
        self.warnings = 0
        self.stats = {}
        # name -> list of (start, end, code, file, line)
        self.actor_names = {}
        self.adj_forms = {}
        self.agent_nouns = {}
        self.judge_phrases = {}
        self.sets_defined = {}
        self.set_uses = []  # (name, file, line)
        self.verb_patterns = {}
        self.discard_phrases = {}

    def err(self, where, msg):
        self.errors += 1
        print(f"{where[0]}:{where[1]}: error: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        print(f"{where[0]}:{where[1]}: warning: {msg}")

    def count(self, key, n=1):
        self.stats[key] = self.stats.get(key, 0) + n

    # ---- codes -------------------------------------------------------------
    def check_actor_code(self, where, code, agent_role=False):
        if not CODE_RE.match(code):
            self.err(where, f"malformed actor code '{code}' (expected 3-letter upper-case blocks)")
            return False
        blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
        if agent_role and len(blocks) == 1:
            if blocks[0] not in ROLES and blocks[0] not in NONSTATE_ROOTS:
                self.err(where, f"unknown role '{code}'")
                return False
            return True
        root = blocks[0]
        if root in NONSTATE_ROOTS:
            if len(blocks) < 2 and root != "---":
                self.warn(where, f"bare root '{code}' without an organisation id")
            return True
        is_country = self.countries is None or root in self.countries
        if not is_country and root not in REGION_ROOTS:
            self.err(where, f"unknown root '{root}' in code '{code}' (not an ISO 3166-1 alpha-3 "
                            f"country, region or non-state root)")
            return False
        if len(blocks) >= 2 and blocks[1] not in ROLES:
            self.err(where, f"unknown role block '{blocks[1]}' in code '{code}'")
            return False
        return True

    def parse_dated_codes(self, where, text):
        """`CODE[@FROM..TO], ...` -> list of (code, start, end) with None for open ends."""
        result = []
        for part in text.split(","):
            part = part.strip()
            if not part:
                self.err(where, "empty code in code list")
                continue
            if "@" in part:
                code, _, rng = part.partition("@")
                code = code.strip()
                rng = rng.strip()
                if ".." not in rng:
                    self.err(where, f"date range '{rng}' must be FROM..TO (either side may be empty)")
                    continue
                a, _, b = rng.partition("..")
                a, b = a.strip(), b.strip()
                start = end = None
                if a:
                    start = parse_date(a, False)
                    if start is None:
                        self.err(where, f"bad date '{a}' (YYYY, YYYY-MM or YYYY-MM-DD)")
                        continue
                if b:
                    end = parse_date(b, True)
                    if end is None:
                        self.err(where, f"bad date '{b}' (YYYY, YYYY-MM or YYYY-MM-DD)")
                        continue
                if start is not None and end is not None and not start < end:
                    self.err(where, f"inverted or empty range {a}..{b} for {code}")
                    continue
                if start is None and end is None:
                    self.warn(where, f"'{part}': range open on both sides; write the code undated")
                dated = True
            else:
                code, start, end, dated = part, None, None, False
            if self.check_actor_code(where, code):
                result.append((code, start, end, dated))
        return result

    # ---- kinds -------------------------------------------------------------
    def check_items(self, where, items_text):
        items = [i.strip() for i in items_text.split(";")]
        out = []
        seen = set()
        for it in items:
            if not it:
                self.err(where, "empty item in ';' list")
                continue
            if it.startswith("~") and len(it.strip("~ ")) == 0:
                self.err(where, "weak marker '~' without a name")
                continue
            if it.count("~") > 1 or ("~" in it and not it.startswith("~")):
                self.err(where, f"'~' may only prefix a name: '{it}'")
                continue
            f = fold(it)
            if f in seen:
                self.err(where, f"duplicate item '{it}' in the same entry")
                continue
            seen.add(f)
            out.append(it)
        return out

    def overlaps(self, a0, a1, b0, b1):
        lo = max(a0 if a0 is not None else -10**9, b0 if b0 is not None else -10**9)
        hi = min(a1 if a1 is not None else 10**9, b1 if b1 is not None else 10**9)
        return lo < hi

    def line_actor(self, where, head_rest, items_text):
        codes = self.parse_dated_codes(where, head_rest)
        if not codes:
            if head_rest.strip():
                return
            self.err(where, "actor line without a code")
            return
        undated = [c for c in codes if not c[3]]
        if len(undated) > 1:
            self.err(where, "more than one undated code on one actor line")
        dated = [c for c in codes if c[3]]
        for i in range(len(dated)):
            for j in range(i + 1, len(dated)):
                a, b = dated[i], dated[j]
                if self.overlaps(a[1], a[2], b[1], b[2]):
                    self.err(where, f"overlapping terms {a[0]} and {b[0]} on one line")
        names = self.check_items(where, items_text)
        self.count("actor entries")
        self.count("actor names", len(names))
        self.count("actor codes", len(codes))
        for n in names:
            f = fold(n)
            periods = [(c[1], c[2]) for c in dated] or [(None, None)]
            if undated and dated:
                periods = [(None, None)]  # the undated fallback covers all time
            for prev in self.actor_names.get(f, []):
                for (s, e) in periods:
                    if self.overlaps(s, e, prev[0], prev[1]):
                        self.err(where, f"name '{n}' already listed for {prev[2]} at "
                                        f"{prev[3]}:{prev[4]} with an overlapping period")
                        break
                else:
                    continue
                break
            for (s, e) in periods:
                self.actor_names.setdefault(f, []).append(
                    (s, e, ",".join(c[0] for c in codes), where[0], where[1]))

    def line_adj(self, where, head_rest, items_text):
        code = head_rest.strip()
        if not code or " " in code or "@" in code or "," in code:
            self.err(where, f"adj takes exactly one undated code, got '{head_rest}'")
            return
        if not self.check_actor_code(where, code):
            return
        forms = self.check_items(where, items_text)
        self.count("adj entries")
        self.count("adj forms", len(forms))
        for fm in forms:
            if fm.startswith("~"):
                self.err(where, f"'~' is not allowed on adjectives: '{fm}'")
            f = fold(fm)
            prev = self.adj_forms.get(f)
            if prev and prev[0] != code:
                self.err(where, f"adjective '{fm}' already given to {prev[0]} at {prev[1]}:{prev[2]}")
            elif prev:
                self.err(where, f"adjective '{fm}' listed twice for {code} (also {prev[1]}:{prev[2]})")
            else:
                self.adj_forms[f] = (code, where[0], where[1])

    def line_agent(self, where, head_rest, items_text):
        role = head_rest.strip()
        if not role or " " in role or "@" in role:
            self.err(where, f"agent takes one role or code, got '{head_rest}'")
            return
        if not self.check_actor_code(where, role, agent_role=True):
            return
        nouns = self.check_items(where, items_text)
        self.count("agent entries")
        self.count("agent nouns", len(nouns))
        for n in nouns:
            if n.startswith("~"):
                self.err(where, f"'~' is not allowed on agent nouns: '{n}'")
            f = fold(n)
            prev = self.agent_nouns.get(f)
            if prev:
                self.err(where, f"agent noun '{n}' already given to {prev[0]} at {prev[1]}:{prev[2]}")
            else:
                self.agent_nouns[f] = (role, where[0], where[1])

    def line_set(self, where, head_rest, items_text):
        name = head_rest.strip()
        if not SET_RE.match(name):
            self.err(where, f"set name must look like &NAME (upper case), got '{name}'")
            return
        if name in self.sets_defined:
            p = self.sets_defined[name]
            self.err(where, f"set {name} already defined at {p[0]}:{p[1]}")
            return
        words = self.check_items(where, items_text)
        for w in words:
            if "$" in w or "&" in w:
                self.err(where, f"set members are plain words/phrases: '{w}'")
        self.sets_defined[name] = where
        self.count("sets")
        self.count("set alternatives", len(words))

    def check_cameo_code(self, where, code):
        if not CAMEO_RE.match(code):
            self.err(where, f"CAMEO code must be 2-4 digits, got '{code}'")
            return False
        if self.cameo is not None and code not in self.cameo:
            self.err(where, f"unknown CAMEO code '{code}'")
            return False
        return True

    def line_judge(self, where, head_rest, items_text):
        # `judge CODE : phrase; ...`: evaluative predicates of a reported clause
        # (docs/coder.md, "Judgments"), plain lowercase lemmas without slots,
        # sets or flags; a phrase judges one way only.
        code = head_rest.strip()
        if not self.check_cameo_code(where, code):
            return
        phrases = self.check_items(where, items_text)
        self.count("judge phrases", len(phrases))
        for p in phrases:
            if any(w[0] in "$&!" for w in p.split()):
                self.err(where, f"a judge phrase is plain words (no slot, set or flag): '{p}'")
            elif p != p.lower():
                self.err(where, f"a judge phrase is lowercase lemmas: '{p}'")
            key = " ".join(p.split())
            prev = self.judge_phrases.get(key)
            if prev:
                self.err(where, f"judge phrase '{p}' already listed for {prev[0]} at {prev[1]}:{prev[2]}")
            else:
                self.judge_phrases[key] = (code, where[0], where[1])

    def line_verb(self, where, kind, head_rest, items_text):
        code = head_rest.strip()
        if not self.check_cameo_code(where, code):
            return
        pats = self.check_items(where, items_text)
        self.count(f"{kind} lines")
        self.count(f"{kind} patterns", len(pats))
        root = code[:2]
        self.count(f"patterns root {root}", len(pats))
        for p in pats:
            words = p.split()
            if words[0].startswith("$"):
                self.err(where, f"pattern must start with a word (the {kind}), got '{p}'")
            if words.count("$T") > 1 or words.count("$S") > 1:
                self.err(where, f"$T/$S at most once each: '{p}'")
            for k, w in enumerate(words):
                if w == "!recip":
                    if k != len(words) - 1:
                        self.err(where, f"!recip must be the last word: '{p}'")
                elif w.startswith("!"):
                    self.err(where, f"unknown flag '{w}' in '{p}'")
                elif w.startswith("$") and w not in ("$T", "$S"):
                    self.err(where, f"unknown slot '{w}' (only $T and $S) in '{p}'")
                elif w.startswith("&"):
                    if not SET_RE.match(w):
                        self.err(where, f"bad set reference '{w}' in '{p}'")
                    else:
                        self.set_uses.append((w, where))
            key = (kind, code, " ".join(w.lower() for w in words))
            prev = self.verb_patterns.get(key)
            if prev:
                self.err(where, f"pattern '{p}' already listed for {code} at {prev[0]}:{prev[1]}")
            else:
                self.verb_patterns[key] = where
            other = [k for k in self.verb_patterns if k[0] == kind and k[2] == key[2] and k[1] != code]
            if other and not prev:
                o = other[0]
                pw = self.verb_patterns[o]
                self.warn(where, f"pattern '{p}' also coded {o[1]} at {pw[0]}:{pw[1]}")

    def line_discard(self, where, head, items_text):
        phrases = self.check_items(where, items_text)
        self.count(f"discard {head} phrases", len(phrases))
        for p in phrases:
            f = fold(p)
            prev = self.discard_phrases.get(f)
            if prev:
                self.err(where, f"discard phrase '{p}' already listed at {prev[0]}:{prev[1]}")
            else:
                self.discard_phrases[f] = where

    def line_test(self, where, kind, body):
        if "=>" not in body:
            self.err(where, "test line must be 'test: <sentence> => <expected>'")
            return
        sent, _, expected = body.rpartition("=>")
        sent, expected = sent.strip(), expected.strip()
        if not sent or not expected:
            self.err(where, "test line with empty sentence or expectation")
            return
        self.count("tests")
        if kind in ("actors", "agents"):
            self.check_actor_code(where, expected)
        elif kind == "verbs":
            if not CAMEO_RE.match(expected):
                self.err(where, f"verb test expects a CAMEO code, got '{expected}'")
            elif self.cameo is not None and expected not in self.cameo:
                self.err(where, f"verb test expects unknown CAMEO code '{expected}'")

    # ---- files -------------------------------------------------------------
    def check_file(self, path):
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
        except UnicodeDecodeError as e:
            self.err((path, 0), f"not valid UTF-8 (byte {e.start})")
            return
        except OSError as e:
            self.err((path, 0), f"cannot read: {e.strerror}")
            return
        kind = None
        for lineno, raw in enumerate(lines, 1):
            where = (path, lineno)
            if raw.strip() == "":
                continue
            if kind is None:
                m = re.match(r"^#!dyad-dict\s+(\S+)\s+(\S+)\s*$", raw.strip())
                if not m:
                    self.err(where, "first non-blank line must be the header '#!dyad-dict <kind> 1'")
                    return
                if m.group(1) not in KINDS:
                    self.err(where, f"unknown kind '{m.group(1)}' (actors, agents, verbs, discards)")
                    return
                if m.group(2) != "1":
                    self.err(where, f"unsupported format version '{m.group(2)}' (only 1)")
                    return
                kind = m.group(1)
                self.count(f"files ({kind})")
                continue
            if raw.lstrip().startswith("#!dyad-dict"):
                self.err(where, "second header line")
                continue
            line = strip_comment(raw)
            if not line:
                continue
            if "\t" in line:
                self.warn(where, "tab character in entry")
            if line.startswith("test:"):
                self.line_test(where, kind, line[5:])
                continue
            if ":" not in line:
                self.err(where, "entry line must be '<head> : <list>'")
                continue
            head, _, items = line.partition(":")
            head = head.strip()
            if not items.strip():
                self.err(where, "empty list after ':'")
                continue
            word, _, rest = head.partition(" ")
            allowed = WORDLIKE_HEADS[kind]
            if word not in allowed:
                self.err(where, f"'{word}' is not an entry of a {kind} file (expected one of: "
                                f"{', '.join(allowed)}, test:)")
                continue
            if kind == "actors":
                if word == "actor":
                    self.line_actor(where, rest, items)
                else:
                    self.line_adj(where, rest, items)
            elif kind == "agents":
                self.line_agent(where, rest, items)
            elif kind == "verbs":
                if word == "set":
                    self.line_set(where, rest, items)
                elif word == "judge":
                    self.line_judge(where, rest, items)
                else:
                    self.line_verb(where, word, rest, items)
            else:
                if rest.strip():
                    self.err(where, f"'{word}' takes no argument before ':'")
                    continue
                self.line_discard(where, word, items)
        if kind is None:
            self.err((path, 1), "empty file: missing header '#!dyad-dict <kind> 1'")

    def finish(self):
        # A phrase that is both an actor name and an agent noun leaves the coder two readings
        # of the same span (`Foreign Office`: the British one, or any country's).
        for f, prev in self.agent_nouns.items():
            for a in self.actor_names.get(f, []):
                self.warn((prev[1], prev[2]), f"agent noun '{f}' is also an actor name "
                                              f"({a[2]} at {a[3]}:{a[4]})")
                break
        for name, where in self.set_uses:
            if name not in self.sets_defined:
                self.err(where, f"set {name} is not defined in any checked file")


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                for fn in sorted(filenames):
                    if fn.endswith(".txt"):
                        files.append(os.path.join(dirpath, fn))
        else:
            files.append(p)
    return files


def has_header(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.strip():
                    return line.strip().startswith("#!dyad-dict")
    except OSError:
        return False
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--stats", action="store_true", help="print counts at the end")
    ap.add_argument("--cameo", help="CAMEO code table (first tab column = code)")
    args = ap.parse_args()
    if args.paths:
        files = collect(args.paths)
    else:
        kb = os.path.join(repo_root(), "kb")
        files = [f for f in collect([kb]) if has_header(f)]
    countries = load_countries()
    if countries is None:
        print("warning: iso-codes not found; country codes not checked", file=sys.stderr)
    cameo, cameo_path = load_cameo(args.cameo)
    if cameo is None:
        print("warning: no CAMEO table found; event codes only checked for shape", file=sys.stderr)
    ch = Checker(countries, cameo)
    for f in files:
        ch.check_file(f)
    ch.finish()
    if args.stats:
        for k in sorted(ch.stats):
            print(f"{k}: {ch.stats[k]}")
    print(f"{len(files)} file(s), {ch.errors} error(s), {ch.warnings} warning(s)", file=sys.stderr)
    return 1 if ch.errors else 0


if __name__ == "__main__":
    sys.exit(main())
