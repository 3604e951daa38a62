#!/usr/bin/env python3
"""Regenerates the code tables of docs/actor_codes.md from kb/actors/*.txt (stdlib only).

Every code that carries an organisation or group id (IGO..., NGO..., IMG..., and country
codes longer than country + role) is listed with its first name and file, between the
markers `<!-- BEGIN GENERATED: <section> -->` and `<!-- END GENERATED: <section> -->`.

Usage: tools/kb/code_table.py [--check]   (--check: exit 1 if the doc is out of date)
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOC = os.path.join(ROOT, "docs", "actor_codes.md")
ACTORS = os.path.join(ROOT, "kb", "actors")


def entries():
    seen = {}
    for fn in sorted(os.listdir(ACTORS)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(ACTORS, fn), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("actor ") or " : " not in line:
                    continue
                head, _, rest = line.partition(" : ")
                first = rest.split(";")[0].strip()
                for part in head[len("actor "):].split(","):
                    code, _, rng = part.strip().partition("@")
                    if code not in seen:
                        seen[code] = (first, fn, rng)
    return seen


def table(rows):
    out = ["| code | name | file |", "|---|---|---|"]
    for code, (name, fn, _) in rows:
        out.append(f"| `{code}` | {name} | {fn} |")
    return out


def sections():
    e = entries()
    igo = sorted((c, v) for c, v in e.items() if c.startswith("IGO"))
    ngo = sorted((c, v) for c, v in e.items() if c.startswith("NGO")
                 or (len(c) >= 6 and c[3:6] in ("HRI", "NGO") and len(c) > 3))
    armed = sorted((c, v) for c, v in e.items() if c.startswith("IMG")
                   or (len(c) == 9 and c[3:6] in ("REB", "SEP", "INS", "CRM", "OPP")
                       and v[1] == "armed_groups.txt")
                   or v[1] == "armed_groups.txt")
    inst = sorted((c, v) for c, v in e.items() if v[1] == "institutions.txt" and len(c) > 6)
    comp = sorted((c, v) for c, v in e.items() if v[1] == "companies.txt")
    return {"igo": table(igo), "ngo": table(ngo), "armed": table(armed), "institutions": table(inst),
            "companies": table(comp)}


def main():
    with open(DOC, encoding="utf-8") as f:
        doc = f.read()
    new = doc
    for name, lines in sections().items():
        pat = re.compile(r"(<!-- BEGIN GENERATED: %s -->\n).*?(<!-- END GENERATED: %s -->)" % (name, name),
                         re.S)
        if not pat.search(new):
            sys.exit(f"{DOC}: markers for section '{name}' not found")
        new = pat.sub(lambda m: m.group(1) + "\n".join(lines) + "\n" + m.group(2), new)
    if "--check" in sys.argv[1:]:
        if new != doc:
            print(f"{DOC} is out of date; run tools/kb/code_table.py", file=sys.stderr)
            return 1
        return 0
    with open(DOC, "w", encoding="utf-8") as f:
        f.write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
