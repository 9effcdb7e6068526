#!/usr/bin/env python3
"""Parse the attachment 试点单位及试点内容表 of 青政办〔2017〕138号 into pilot_areas.csv.

Usage: python3 scripts/parse_pilot.py [gazette.txt] [out.csv]
Python 3 standard library only. One row per (pilot unit, content area) in table order, with the gazette line
number of the table row it comes from (gazette_line). The areas are kept as printed; the one reading beyond the
printed cell is recorded in data_note: each cell ends in "等方面", which is not an area of its own (see ETC_NOTE).
The script also compares the table with the list of areas in the text of 三(二) 试点内容 and prints any difference.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_IN = HERE.parent.parent / "docs" / "gazette" / "000_6bc5adcb762922b6.txt"
DEFAULT_OUT = HERE.parent / "src" / "main" / "resources" / "seed" / "pilot_areas.csv"
FIELDS = ["unit_seq", "prefecture", "unit", "area_seq", "area", "gazette_line", "data_note"]

# Recorded on the last area of a cell that ends in 等方面 (the area it is printed after).
ETC_NOTE = ("the cell (gazette line {line}) ends in '等方面' after this area: '等方面' is left out of the area name and"
            " no area is added for it; 三(二) lets a pilot unit add areas of its own "
            "('可以结合实际适当增加试点内容', recorded as ADDED)")


def table(text):
    """(gazette line, columns) of each numbered row of the attachment table; gazette lines are 1-based."""
    start = text.index("\n试点单位及试点内容表\n")
    end = text.index("青政办〔2017〕140号")
    first = text[:start].count("\n") + 2  # 1-based gazette line of the table's title
    out = []
    for n, line in enumerate(text[start + 1:end].splitlines(), start=first):
        cols = line.split("\t")
        if len(cols) == 4 and re.fullmatch(r"\d+", cols[0].strip()):
            out.append((n, cols))
    return out


def parse(text):
    rows = []
    for line, cols in table(text):
        cell = cols[3].strip()
        etc = cell.endswith("等方面")
        areas = re.sub(r"等方面$", "", cell).split("、")
        for i, area in enumerate(areas, 1):
            note = ETC_NOTE.format(line=line) if etc and i == len(areas) else ""
            rows.append({"unit_seq": int(cols[0]), "prefecture": cols[1].strip(), "unit": cols[2].strip(),
                         "area_seq": i, "area": area.strip(), "gazette_line": line, "data_note": note})
    return rows


def listed_in_text(text):
    """The areas 三(二) lists in its sentence 重点围绕…等方面开展试点工作."""
    m = re.search(r"重点围绕(.*?)等方面开展试点工作", text.replace("\n", ""))
    return m.group(1).split("、") if m else []


def write(rows, dst):
    dst.parent.mkdir(parents=True, exist_ok=True)
    with dst.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main(argv):
    src = Path(argv[0]) if argv else DEFAULT_IN
    dst = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    text = src.read_text(encoding="utf-8")
    rows = parse(text)
    listed = listed_in_text(text)
    table_areas = [r["area"] for r in rows]
    if sorted(listed) != sorted(table_areas):
        print("DIFFERENCE text vs table:", set(listed) ^ set(table_areas))
    write(rows, dst)
    print(f"{dst}: {len(rows)} areas in {len({r['unit'] for r in rows})} pilot units; text lists {len(listed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
