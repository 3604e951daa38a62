#!/usr/bin/env python3
"""Writes the country and admin1 tables that `dyad gazetteer build` reads.

countries.tsv: alpha-2, alpha-3, names (|), adjectives (|) for every country
in Debian's iso-codes (iso_3166-1.json), merged with Dyad's own extra names
and adjectives (tools/gazetteer/country_names.tsv).
admin1.tsv: alpha-2, GeoNames admin1 code, names, for the countries whose ISO
3166-2 subdivision codes are the GeoNames admin1 codes (e.g. US states):
checked against the places file, never assumed.

Usage: countries.py ISO_JSON_DIR CITIES500_TXT EXTRA_NAMES_TSV OUT_DIR
"""
import collections
import json
import os
import re
import sys


def clean(name):
    name = re.sub(r"\s*[\(\[].*?[\)\]]", "", name).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def main():
    iso_dir, cities, extra_path, out_dir = sys.argv[1:5]
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    extra = {}
    with open(extra_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            names = [n for n in parts[1].split("|") if n] if len(parts) > 1 else []
            adjs = [n for n in parts[2].split("|") if n] if len(parts) > 2 else []
            extra[parts[0]] = (names, adjs)
    rows = []
    known = set()
    for c in countries:
        a3 = c["alpha_3"]
        known.add(a3)
        names = []
        if "common_name" in c:
            names.append(c["common_name"])
        for field in ("name", "official_name"):
            n = c.get(field)
            if n and "," not in n:
                names.append(clean(n))
        # Dyad's first extra name is the display name ("Russia", not
        # "Russian Federation").
        names = extra.get(a3, ([], []))[0][:1] + names + extra.get(a3, ([], []))[0][1:]
        if not names:  # only an inverted name ("Bonaire, Sint Eustatius and Saba")
            names.append(clean(c["name"]))
        seen, uniq = set(), []
        for n in names:
            if n and n.lower() not in seen:
                seen.add(n.lower())
                uniq.append(n)
        rows.append((c["alpha_2"], a3, uniq, extra.get(a3, ([], []))[1]))
    # Kosovo has no ISO 3166-1 entry; GeoNames files it as XK.
    if "XKX" in extra and "XKX" not in known:
        rows.append(("XK", "XKX", extra["XKX"][0], extra["XKX"][1]))
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "countries.tsv"), "w", encoding="utf-8") as f:
        for a2, a3, names, adjs in rows:
            f.write("%s\t%s\t%s\t%s\n" % (a2, a3, "|".join(names), "|".join(adjs)))

    # admin1 codes used by GeoNames per country.
    used = collections.defaultdict(collections.Counter)
    with open(cities, encoding="utf-8") as f:
        for line in f:
            p = line.split("\t")
            if len(p) > 10 and p[10]:
                used[p[8]][p[10]] += 1
    with open(os.path.join(iso_dir, "iso_3166-2.json"), encoding="utf-8") as f:
        subs = json.load(f)["3166-2"]
    by_country = collections.defaultdict(dict)
    for s in subs:
        if "parent" in s:
            continue  # second-level divisions
        a2, code = s["code"].split("-", 1)
        by_country[a2][code] = clean(s["name"])
    n = 0
    with open(os.path.join(out_dir, "admin1.tsv"), "w", encoding="utf-8") as f:
        for a2, codes in sorted(used.items()):
            iso = by_country.get(a2, {})
            # Numeric codes are arbitrary in both systems (GeoNames' Tokyo is
            # 40, ISO's JP-13): only letter codes are trusted to agree.
            if any(k.isdigit() for k in codes):
                continue
            total = sum(codes.values())
            matched = sum(v for k, v in codes.items() if k in iso)
            if total == 0 or matched < 0.9 * total:
                continue
            for code in sorted(codes):
                if code in iso:
                    f.write("%s\t%s\t%s\n" % (a2, code, iso[code]))
                    n += 1
    print("countries.py: %d countries, %d admin1 regions" % (len(rows), n), file=sys.stderr)


if __name__ == "__main__":
    main()
