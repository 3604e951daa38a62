"""Keeps `the ...` name forms consistent with leftmost-longest matching (stdlib only).

A matcher that takes the leftmost longest name sees `the West` before it can see `West Bank`
in `the West Bank`. So a bare `the X` name (one kept because `X` alone is not a name:
`the West`, `the Gulf`, `the Commonwealth`) must be accompanied by `the Y` for every name `Y`
that starts with `X` (`the West Bank`, `the Gulf Cooperation Council`), and a `the X` form
is redundant when `X` itself is listed in the same entry.
"""

from check_format import fold


def keys(name):
    return tuple(fold(name).split())


def kept_the_names(all_names):
    """all_names: iterable of names (any file). Returns the key tuples of `the X` names
    whose bare form `X` is not itself a name anywhere."""
    names = {keys(n) for n in all_names}
    return {k for k in names if k and k[0] == "the" and k[1:] not in names}


def needed_the_forms(entry_names, kept):
    """Names `the Y` to add to an entry so that no kept `the X` swallows `the Y`."""
    out = []
    have = {keys(n) for n in entry_names}
    for n in entry_names:
        k = keys(n)
        if not k or k[0] == "the" or n.startswith("~"):
            continue
        tk = ("the",) + k
        if tk in have:
            continue
        for t in kept:
            if len(t) < len(tk) and tk[:len(t)] == t:
                out.append("the " + n)
                have.add(tk)
                break
    return out


def apply_to_lines(lines, kept):
    """Rewrites `actor` lines: drops `the X` where `X` is in the same entry (unless some
    kept `the ...` name would swallow `X` after `the`), adds needed `the Y` forms."""
    out = []
    changed = 0
    for line in lines:
        if line.startswith("actor ") and " : " in line and "#" not in line:
            head, _, rest = line.partition(" : ")
            items = [x.strip() for x in rest.split(";") if x.strip()]
            item_keys = {keys(x) for x in items}
            new = []
            for it in items:
                k = keys(it)
                if k and k[0] == "the" and k[1:] in item_keys:
                    swallowed = any(len(t) < len(k) and k[:len(t)] == t for t in kept)
                    if not swallowed:
                        continue
                new.append(it)
            new.extend(needed_the_forms(new, kept))
            if new != items:
                changed += 1
            line = head + " : " + "; ".join(new)
        out.append(line)
    return out, changed


def names_in_lines(lines):
    for line in lines:
        if line.startswith("actor ") and " : " in line:
            for it in line.partition(" : ")[2].split("#")[0].split(";"):
                it = it.strip()
                if it and not it.startswith("~"):
                    yield it


if __name__ == "__main__":
    # Usage: python3 tools/kb/the_forms.py FILE... : rewrites the given actor files in place,
    # using the names of all of them to decide which `the` forms are kept.
    import sys
    files = sys.argv[1:]
    texts = {f: open(f, encoding="utf-8").read().split("\n") for f in files}
    kept = kept_the_names(n for t in texts.values() for n in names_in_lines(t))
    for f, t in texts.items():
        new, changed = apply_to_lines(t, kept)
        with open(f, "w", encoding="utf-8") as out:
            out.write("\n".join(new))
        print(f"{f}: {changed} entries changed", file=sys.stderr)
