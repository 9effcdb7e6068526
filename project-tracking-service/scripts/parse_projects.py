#!/usr/bin/env python3
"""Parses the attachment 第十八届青洽会签约项目责任分工表 of 青政办〔2017〕134号 from the gazette text.

Writes two CSV files that the service loads on first start:
  projects.csv  one row per numbered row of the table, values as written, plus data-quality flags
  groups.csv    one row per '责任单位' group line: declared 'N项' and declared subtotals (labelled on the
                group line, or on a later line without a label)

Nothing is dropped or repaired silently: an irregular row keeps its source line number and gets flags
(SHIFTED_COLUMNS: values sit two columns right and are read from there; NAME_ONLY; POSSIBLY_MERGED_CELLS).
Usage: python3 scripts/parse_projects.py [gazette.txt] [out_dir]
Defaults: docs/gazette/000_6bc5adcb762922b6.txt in the repository, src/main/resources/seed.
Python 3 standard library only.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
DEFAULT_IN = os.path.join(MODULE, '..', 'docs', 'gazette', '000_6bc5adcb762922b6.txt')
DEFAULT_OUT = os.path.join(MODULE, 'src', 'main', 'resources', 'seed')

FIRST_HEADER = "第十八届青洽会签约项目责任分工表"
GROUP_RE = re.compile(r"^责任单位\s*[:：]\s*(.+?)\s*[（(]\s*(\d+)\s*项\s*[)）]\s*$")
AMOUNT_RE = re.compile(r"^\d+(\.\d+)?$")
CJK = r"[\u4e00-\u9fff）)]"
COLUMNS = ["seq", "unit", "name", "party_a", "party_b", "total_investment", "fund_sources",
           "responsible_leader", "responsible_persons", "source_line", "quality_flags"]


def table_lines(text):
    lines = text.split("\n")
    start = [i for i, l in enumerate(lines) if l.strip() == FIRST_HEADER][-1]
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.strip() == "青海省人民政府办公厅":  # the next notice begins
            break
        yield i + 1, line


def split_group(line):
    head, *rest = line.split("\t")
    m = GROUP_RE.match(head.strip())
    if not m:
        raise ValueError("unparsed group line: " + line)
    amounts = [c.strip() for c in rest if c.strip()]
    return m.group(1).strip(), int(m.group(2)), amounts[0] if amounts else ""


def structural_flags(cells, shifted):
    """Flags for what only the typeset table can get wrong; content checks (missing parties, natural
    persons, foreign parties, duplicates) are made by the service for every fair's rows."""
    flags = ["SHIFTED_COLUMNS"] if shifted else []
    if cells[1] and not any(cells[2:]):
        flags.append("NAME_ONLY")
    return flags


def parse(text):
    """The numbered rows of the table (projects) and its '责任单位' group lines (groups), in the table's order."""
    projects, groups = [], []
    unit = None
    for no, line in table_lines(text):
        cells = [c.strip() for c in line.split("\t")]
        if not line.strip() or cells[0] == "序号" or line.strip() == FIRST_HEADER:
            continue
        if cells[0].startswith("责任单位"):
            unit, declared, subtotal = split_group(line)
            groups.append({"unit": unit, "declared_count": declared, "declared_subtotal": subtotal,
                           "subtotal_labelled": "true" if subtotal else "", "line": no})
            continue
        if not cells[0] and len([c for c in cells if c]) == 1 and AMOUNT_RE.match([c for c in cells if c][0]):
            # a subtotal line without a label belongs to the group above it
            groups[-1]["declared_subtotal"] = [c for c in cells if c][0]
            groups[-1]["subtotal_labelled"] = "false"
            groups[-1]["subtotal_line"] = no
            continue
        if not re.match(r"^\d+$", cells[0]):
            raise ValueError(f"line {no}: unexpected row: {line!r}")
        cells = (cells + [""] * 8)[:8]
        shifted = not cells[2] and not cells[3] and cells[4] and not AMOUNT_RE.match(cells[4]) \
            and AMOUNT_RE.match(cells[6] or "x")
        if shifted:
            # party A, party B, amount and fund source sit two columns to the right; leader/person empty
            seq, name, _, _, a, b, amount, fund = cells
            cells = [seq, name, a, b, amount, fund, "", ""]
        row = dict(zip(COLUMNS, [cells[0], unit, *cells[1:]]))
        row["source_line"] = no
        row["quality_flags"] = " ".join(structural_flags(cells, shifted))
        projects.append(row)

    # rows with only a name right after a row with an amount look like cells merged down in the original
    for prev, p in zip(projects, projects[1:]):
        if "NAME_ONLY" in p["quality_flags"].split() and prev["unit"] == p["unit"]:
            p["quality_flags"] += " POSSIBLY_MERGED_CELLS"
    return projects, groups


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    src = argv[0] if len(argv) > 0 else DEFAULT_IN
    out_dir = argv[1] if len(argv) > 1 else DEFAULT_OUT
    with open(src, encoding="utf-8") as f:
        projects, groups = parse(f.read())
    with open(f"{out_dir}/projects.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS)
        w.writeheader()
        w.writerows(projects)
    with open(f"{out_dir}/groups.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["unit", "declared_count", "declared_subtotal", "subtotal_labelled", "line",
                               "subtotal_line"])
        w.writeheader()
        w.writerows(groups)
    print(f"{len(projects)} projects, {len(groups)} groups", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
