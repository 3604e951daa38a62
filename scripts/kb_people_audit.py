#!/usr/bin/env python3
"""Completeness audit of Dyad's people-with-terms lists (kb/people/*.txt).

Issue 5 promises the heads of state (HS) and of government (HG), the foreign (FM) and
defence (DM) ministers of every UN member state who held office from 2020 to the
knowledge cutoff. The dictionary format does not say which office a person held, so the
people files mark it in a comment (free text for the dictionary reader):

    actor FRAGOV@2017-05-14.. : Emmanuel Macron; ~Macron   # office: HS, HS/AND
    actor RUSGOV@1999-08-16.. : Vladimir Putin; ~Putin     # office: HS@2012-05-07.., HG@2008-05-08..2012-05-07

  - `office:` takes a comma-separated list of OFF[/CTY][@FROM..TO], OFF one of HS HG FM DM
    (other words, e.g. GG for a governor-general, are allowed and ignored here; text in
    parentheses after the list is a free note);
  - without /CTY the country is the first three letters of the entry's code(s);
  - without @FROM..TO the office spans the entry's GOV/MIL terms of that country
    (dates as in the dictionary: FROM inclusive, TO exclusive, YYYY[-MM[-DD]]);
  - a comment line `# office-none: CTY OFF[ OFF...] reason` says a state has no such office
    (Costa Rica has no defence ministry), so the audit does not count it as a gap;
    with dates, `# office-none: CTY OFF@FROM..TO[ ...] reason` records a real vacancy (no
    holder, not even an acting one: Nigeria between its 2023 inauguration and the swearing-in
    of the ministers), and only those days are not counted as a gap.
The British monarch is head of state of the Commonwealth realms (REALMS below, with dates).

For every UN member state (UN_MEMBERS below) and each year 2020..cutoff year, an office is
covered when the union of its holders' terms leaves at most --slack days of that year
(up to the cutoff) uncovered. Prints the gaps per country and a summary.
Standard library only. Usage: scripts/kb_people_audit.py [--kb DIR] [--slack N] [--quiet | --table]
"""
import argparse
import datetime as dt
import glob
import os
import re
import sys

OFFICES = ("HS", "HG", "FM", "DM")
FIRST_YEAR = 2020
CUTOFF = dt.date(2025, 7, 1)  # the kb's knowledge cutoff (mid-2025), exclusive

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()

# Commonwealth realms: the British monarch is their head of state (FROM..TO, TO exclusive).
REALMS = {c: (None, None) for c in "ATG AUS BHS BLZ CAN GRD JAM NZL PNG KNA LCA VCT SLB TUV".split()}
REALMS["BRB"] = (None, dt.date(2021, 11, 30))  # a republic from 30 November 2021

CODE_RE = re.compile(r"^([A-Z]{3})([A-Z]{3})*(?:@([0-9-]*)\.\.([0-9-]*))?$")
ITEM_RE = re.compile(r"^([A-Z]{2,3})(?:/([A-Z]{3}))?(?:@([0-9-]*)\.\.([0-9-]*))?$")


def parse_date(s):
    """YYYY, YYYY-MM or YYYY-MM-DD -> first day; '' -> None."""
    if not s:
        return None
    parts = [int(p) for p in s.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def country_names(kb):
    names = {}
    path = os.path.join(kb, "actors", "countries.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^# ([A-Z]{3}) (.+)$", line.strip())
            if m:
                names[m.group(1)] = m.group(2)
    return names


class Audit:
    def __init__(self):
        self.terms = {}  # (country, office) -> [(from, to, who)]
        self.none = {}   # (country, office) -> reason
        self.errors = []

    def add(self, cty, off, frm, to, who):
        self.terms.setdefault((cty, off), []).append((frm, to, who))

    def read(self, path):
        for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
            where = f"{path}:{lineno}"
            stripped = line.strip()
            m = re.match(r"^#\s*office-none:\s*([A-Z]{3})\s+((?:(?:HS|HG|FM|DM)(?:@[0-9-]*\.\.[0-9-]*)?(?:\s+|$))+)(.*)$", stripped)
            if m:
                reason = m.group(3).strip()
                for item in m.group(2).split():
                    off, _, span = item.partition("@")
                    if not span:
                        self.none[(m.group(1), off)] = reason
                        continue
                    frm, _, to = span.partition("..")
                    try:
                        a, b = parse_date(frm), parse_date(to)
                    except ValueError:
                        self.errors.append(f"{where}: bad date in office-none item '{item}'")
                        continue
                    if a is None or b is None or a >= b:
                        self.errors.append(f"{where}: a vacancy needs FROM < TO: '{item}'")
                        continue
                    self.add(m.group(1), off, a, b, f"(vacant) {reason}")
                continue
            if not stripped.startswith("actor"):
                continue
            body, _, comment = line.partition("#")
            m = re.search(r"office:\s*([^#]*)", comment)
            if not m:
                continue
            head, _, names = body.partition(":")
            who = names.split(";")[0].strip()
            codes = []
            for c in head[len("actor"):].split(","):
                c = c.strip()
                cm = CODE_RE.match(c)
                if not cm:
                    self.errors.append(f"{where}: cannot read code '{c}'")
                    continue
                role = c[3:6] if len(c.split("@")[0]) >= 6 else ""
                try:
                    codes.append((cm.group(1), role, parse_date(cm.group(3)), parse_date(cm.group(4))))
                except ValueError:
                    self.errors.append(f"{where}: bad date in code '{c}'")
            for item in m.group(1).split("(")[0].split(","):
                item = item.strip()
                if not item:
                    continue
                im = ITEM_RE.match(item)
                if not im:
                    self.errors.append(f"{where}: cannot read office item '{item}'")
                    continue
                off, cty = im.group(1), im.group(2)
                if off not in OFFICES:
                    continue
                try:
                    parse_date(im.group(3) or "")
                    parse_date(im.group(4) or "")
                except ValueError:
                    self.errors.append(f"{where}: bad date in office item '{item}'")
                    continue
                if im.group(3) is not None:
                    if cty is None:
                        ctys = {c[0] for c in codes if c[1] in ("GOV", "MIL")}
                        if len(ctys) != 1:
                            self.errors.append(f"{where}: office '{item}' needs /CTY")
                            continue
                        cty = ctys.pop()
                    self.add(cty, off, parse_date(im.group(3)), parse_date(im.group(4)), who)
                    continue
                spans = [c for c in codes if c[1] in ("GOV", "MIL") and (cty is None or c[0] == cty)]
                if cty is not None and not spans:
                    spans = [(cty, "GOV", c[2], c[3]) for c in codes if c[1] in ("GOV", "MIL")]
                if not spans:
                    self.errors.append(f"{where}: office '{item}' but no GOV/MIL code")
                for c in spans:
                    self.add(cty or c[0], off, c[2], c[3], who)

    def intervals(self, cty, off):
        if off == "HS" and cty in REALMS:
            lo, hi = REALMS[cty]
            out = []
            for frm, to, who in self.terms.get(("GBR", "HS"), []):
                a = max(frm or dt.date.min, lo or dt.date.min)
                b = min(to or dt.date.max, hi or dt.date.max)
                if a < b:
                    out.append((a, b))
            own = [(f or dt.date.min, t or dt.date.max) for f, t, _ in self.terms.get((cty, off), [])]
            return out + own
        return [(f or dt.date.min, t or dt.date.max) for f, t, _ in self.terms.get((cty, off), [])]

    def gaps(self, cty, off, year, slack):
        """Uncovered days of `year` (up to the cutoff) for the office, or 0 if declared absent."""
        if (cty, off) in self.none:
            return 0, []
        lo = dt.date(year, 1, 1)
        hi = min(dt.date(year + 1, 1, 1), CUTOFF)
        cur = lo
        holes = []
        for a, b in sorted(self.intervals(cty, off)):
            if b <= cur:
                continue
            if a > cur:
                holes.append((cur, min(a, hi)))
            cur = max(cur, b)
            if cur >= hi:
                break
        if cur < hi:
            holes.append((cur, hi))
        holes = [(a, b) for a, b in holes if a < b]
        return sum((b - a).days for a, b in holes), holes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--kb", default=os.path.join(here, "..", "kb"))
    ap.add_argument("--slack", type=int, default=31,
                    help="uncovered days a year may have and still count as covered (default 31)")
    ap.add_argument("--quiet", action="store_true", help="print only the summary")
    ap.add_argument("--table", action="store_true",
                    help="print every UN member, one mark a year per office ('+' covered, '-' gap, "
                         "'n' no such office) instead of the gaps only")
    args = ap.parse_args()

    audit = Audit()
    files = sorted(glob.glob(os.path.join(args.kb, "people", "*.txt")))
    if not files:
        print(f"no people files under {args.kb}/people", file=sys.stderr)
        return 2
    for f in files:
        audit.read(f)
    names = country_names(args.kb)
    years = list(range(FIRST_YEAR, CUTOFF.year + 1))
    complete = 0
    per_office = {o: 0 for o in OFFICES}
    office_years_missing = 0
    lines = []
    if args.table:
        lines.append(f"{'':4}{'':34} " + "  ".join(f"{o} {years[0] % 100:02d}-{years[-1] % 100:02d}" for o in OFFICES))
    for cty in sorted(UN_MEMBERS, key=lambda c: names.get(c, c)):
        missing = []
        marks = []
        for off in OFFICES:
            bad = []
            mark = ""
            for y in years:
                days, holes = audit.gaps(cty, off, y, args.slack)
                if days > args.slack:
                    bad.append((y, holes))
                mark += "n" if (cty, off) in audit.none else ("-" if days > args.slack else "+")
            marks.append(f"{off} {mark}")
            if bad:
                office_years_missing += len(bad)
                holes = [h for _, hs in bad for h in hs]
                # merge adjacent holes across years for a compact message
                merged = []
                for a, b in holes:
                    if merged and merged[-1][1] >= a:
                        merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                    else:
                        merged.append((a, b))
                txt = ", ".join(f"{a}..{b}" for a, b in merged)
                missing.append(f"{off} [{txt}]")
            else:
                per_office[off] += 1
        if args.table:
            lines.append(f"{cty} {names.get(cty, '?')[:34]:34} " + "  ".join(marks))
        elif missing:
            lines.append(f"{cty} {names.get(cty, '?')}: " + "; ".join(missing))
        if not missing:
            complete += 1
    for e in audit.errors:
        print("error:", e, file=sys.stderr)
    if not args.quiet:
        for l in lines:
            print(l)
    n = len(UN_MEMBERS)
    print(f"audit {FIRST_YEAR}..{CUTOFF} (slack {args.slack} days/year): "
          f"{complete} of {n} UN members have all four offices covered; "
          + ", ".join(f"{o} {per_office[o]}/{n}" for o in OFFICES)
          + f"; {office_years_missing} office-years missing of {n * 4 * len(years)}")
    return 1 if audit.errors else 0


if __name__ == "__main__":
    sys.exit(main())
