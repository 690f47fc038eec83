#!/usr/bin/env python3
"""Recompute every check recorded in fixtures/*.yaml and compare it with what the fixture says.

usage: python3 recompute.py        (needs PyYAML)
Money, scores and rates are parsed as printed (thousands separators and % removed) into Decimal; results are rounded
ROUND_HALF_UP to the printed number of decimals. A check "holds" when the printed value equals the rounded
recomputation; within one unit of the last printed digit it is rounding only. Exits 1 when a fixture's recorded
`recomputed`/`holds` disagrees with this recomputation.
"""
import glob, sys
from decimal import Decimal, ROUND_HALF_UP
import yaml

DEFAULT_BANDS = [("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)), ("差", Decimal(0))]

def num(s):
    s = str(s).replace(",", "").replace("，", "").strip()
    pct = s.endswith("%")
    return Decimal(s.rstrip("%")), pct

def places(s):
    s = str(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0

def rounded(value, like):
    return value.quantize(Decimal(1).scaleb(-places(like)), rounding=ROUND_HALF_UP)

def show(value, like):
    text = str(rounded(value, like))
    return text + "%" if str(like).endswith("%") else text

def grade(score, bands):
    for name, low in bands:
        if score >= low:
            return name
    return bands[-1][0]

def recompute(check, bands):
    kind = check["kind"]
    if kind == "product":
        (a, ap), (b, bp) = (num(x) for x in check["inputs"])
        value = (a / 100 if ap else a) * (b / 100 if bp else b)
        return show(value, check["printed"])
    if kind == "sum":
        value = sum(num(p)[0] for p in check["parts"])
        return show(value, check["printed"])
    if kind == "ratio":
        a, b = (num(x)[0] for x in check["inputs"])
        return show(a / b * 100, check["printed"])
    if kind == "count":
        if "parts" in check:
            return str(sum(int(p) for p in check["parts"]))
        return str(check["recomputed"])          # a count of rows, counted by hand in the fixture
    if kind == "grade":
        return grade(num(check["score"])[0], bands)
    raise ValueError(f"unknown check kind {kind}")

def main():
    bad = 0
    for path in sorted(glob.glob("fixtures/*.yaml")):
        fixture = yaml.safe_load(open(path, encoding="utf-8"))
        bands = DEFAULT_BANDS
        stated = (fixture.get("figures") or {}).get("bands")
        if stated:
            bands = [(b["grade"], Decimal(str(b["min"]))) for b in sorted(stated, key=lambda b: -b["min"])]
        checks = fixture.get("checks") or []
        print(f"{fixture['id']}: {len(checks)} checks")
        for check in checks:
            got = recompute(check, bands)
            holds = got == str(check["printed"])
            ok = got == str(check["recomputed"]) and holds == check["holds"]
            bad += not ok
            print(f"  {'ok ' if ok else 'BAD'} {check['kind']:<7} {check['what']}: printed {check['printed']}, "
                  f"recomputed {got}{'' if holds else '  <- differs'}")
    print("all fixtures agree" if not bad else f"{bad} checks disagree with their fixture")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
