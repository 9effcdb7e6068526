#!/usr/bin/env python3
"""Parse the attachment 试点单位及试点内容表 of 青政办〔2017〕138号 into pilot_areas.csv.

Usage: python3 scripts/parse_pilot.py [gazette.txt] [out.csv]
Python 3 standard library only. One row per (pilot unit, content area) in table order. The script also
compares the table with the list of areas in the text of 三(二) 试点内容 and prints any difference.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_IN = HERE.parent.parent.parent / "shared" / "seeds" / "000_6bc5adcb762922b6.txt"
DEFAULT_OUT = HERE.parent / "src" / "main" / "resources" / "seed" / "pilot_areas.csv"


def main():
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_IN
    dst = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    text = src.read_text(encoding="utf-8")
    start = text.index("\n试点单位及试点内容表\n")
    end = text.index("青政办〔2017〕140号")
    rows = []
    for line in text[start:end].splitlines():
        cols = line.split("\t")
        if len(cols) == 4 and re.fullmatch(r"\d+", cols[0].strip()):
            areas = re.sub(r"等方面$", "", cols[3].strip()).split("、")
            for i, area in enumerate(areas, 1):
                rows.append({"unit_seq": int(cols[0]), "prefecture": cols[1].strip(), "unit": cols[2].strip(),
                             "area_seq": i, "area": area.strip()})
    m = re.search(r"重点围绕(.*?)等方面开展试点工作", text.replace("\n", ""))
    listed = m.group(1).split("、") if m else []
    table = [r["area"] for r in rows]
    if sorted(listed) != sorted(table):
        print("DIFFERENCE text vs table:", set(listed) ^ set(table))
    dst.parent.mkdir(parents=True, exist_ok=True)
    with dst.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{dst}: {len(rows)} areas in {len({r['unit'] for r in rows})} pilot units; text lists {len(listed)}")


if __name__ == "__main__":
    main()
