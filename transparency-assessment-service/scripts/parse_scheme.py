#!/usr/bin/env python3
"""Parse the attachment table 政务公开考核内容 of 青政办〔2017〕137号 into scheme_2017.csv.

Usage: python3 scripts/parse_scheme.py [gazette.txt] [out.csv]
Python 3 standard library only. The gazette text is tab-separated with the columns
序号 | 项目 | 内容 | 备注; page breaks repeat the header line. Some rows lost their leading tabs in the
gazette text (the content then sits in the 项目 column or in the 序号 column): such a row is kept as a
content line of the current item and sub-area and marked in layout_note, never silently moved.
Content is kept as printed (only the cell's outer whitespace is stripped: "落实 20 个工作日内" keeps its spaces);
every line carries its gazette line number (gazette_line), and every reading that goes beyond the printed cell
(which rows a 备注 covers) is recorded in data_note.

The notice sets no point values (第七条: 分值和标准实行动态调整). DEFAULT_POINTS below is this
service's documented default for 2017: items 1-8 sum to 100; 加分项 lines +2 each (cap 5),
减分项 lines -2 each (cap 10); 直接归零项 has no points (it forces 不合格, 第十三条).
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_IN = HERE.parent.parent / "docs" / "gazette" / "000_6bc5adcb762922b6.txt"
DEFAULT_OUT = HERE.parent / "src" / "main" / "resources" / "seed" / "scheme_2017.csv"

# Points per content line, in table order, per item (default; an admin changes them per year).
DEFAULT_POINTS = {
    1: [2, 2, 1, 1, 1, 2, 1],            # 组织领导 10
    2: [1] * 10,                         # 政府信息公开制度 10
    3: [4, 2, 2, 2],                     # 平台建设 10
    4: [12, 8],                          # 政府信息公开 20
    5: [3, 3, 4],                        # 政策解读 10
    6: [3, 4, 3],                        # 政务舆情监测处置 10
    7: [2, 2, 2, 2, 2],                  # 公众参与 10
    8: [4, 3, 4, 4, 2, 3],               # 政务服务 20 (市州 only)
    9: [2, 2, 2],                        # 加分项, per occurrence
    10: [-2, -2, -2, -2],                # 减分项, per occurrence
    11: [0],                             # 直接归零项
}
ITEM_CAP = {9: 5, 10: 10}
CATEGORY = {9: "BONUS", 10: "DEDUCTION", 11: "ZERO_OUT"}


# What a 备注 printed on one row is read to cover (the table has no cell borders in the gazette text).
REMARK_SCOPE = {
    8: "备注 '此项为市、州政府考核内容' is printed on the row of line 1 only (gazette line {line}); '此项' is read"
       " as the whole item 8, so every line of it applies to 市州 governments only",
    9: "备注 '不在总分内，但得分可计入（减）总分' is printed on the row of line 1 only (gazette line {line}); it is"
       " read as the whole item 9 (outside the 100, added to the total)",
    10: "no 备注 is printed for item 10; the 备注 of item 9 (gazette line {line}) says '（减）总分', which is read as"
        " also putting 减分项 outside the 100 (subtracted from the total); item 10's own remark is left empty",
}


def table_lines(text):
    start = text.index("\n政务公开考核内容\n")
    end = text.index("青海省人民政府办公厅 关于印发青海省基层政务公开")
    first = text[:start].count("\n") + 2  # 1-based gazette line of the title line
    return list(enumerate(text[start:end].splitlines(), start=first - 1))[2:]


def parse(lines):
    rows, item, sub_area, remark, remark_line = [], None, None, {}, {}
    for gazette_line, raw in lines:
        if not raw.strip() or raw.startswith("序号"):
            continue
        cols = raw.split("\t") + ["", "", "", ""]
        note = ""
        if re.fullmatch(r"\d+", cols[0].strip()):
            item = {"no": int(cols[0]), "name": cols[1].strip()}
            sub_area, content, rem = None, cols[2].strip(), cols[3].strip()
        elif cols[0].strip():
            # No leading tabs at all: the content was printed in the 序号 column.
            content, rem = cols[0].strip(), ""
            note = "gazette row has no column separators; kept under the preceding sub-area"
        elif cols[1].strip() and cols[2].strip():
            sub_area, content, rem = cols[1].strip(), cols[2].strip(), cols[3].strip()
        elif cols[1].strip():
            content, rem = cols[1].strip(), ""
            note = "gazette row prints the content in the 项目 column; kept under the preceding sub-area"
        else:
            content, rem = cols[2].strip(), cols[3].strip()
        if rem:
            remark[item["no"]] = rem
            remark_line[item["no"]] = gazette_line
        rows.append({"item_no": item["no"], "item_name": item["name"], "sub_area": sub_area or "",
                     "content": content, "layout_note": note, "gazette_line": gazette_line})
    out, counters = [], {}
    for r in rows:
        n = r["item_no"]
        counters[n] = counters.get(n, 0) + 1
        points = DEFAULT_POINTS[n][counters[n] - 1]
        rem = remark.get(n, "")
        data_note = ""
        if n in REMARK_SCOPE and counters[n] == 1:
            data_note = REMARK_SCOPE[n].format(line=remark_line.get(n, remark_line.get(9)))
        out.append({
            "item_no": n, "item_name": r["item_name"], "category": CATEGORY.get(n, "REGULAR"),
            "applies_to": "PREFECTURE_GOVERNMENT" if n == 8 else "ALL",
            "item_remark": rem, "item_cap": ITEM_CAP.get(n, ""), "sub_area": r["sub_area"],
            "line_no": counters[n], "content": r["content"], "default_points": points,
            "layout_note": r["layout_note"], "gazette_line": r["gazette_line"], "data_note": data_note})
    for n, pts in DEFAULT_POINTS.items():
        if counters.get(n) != len(pts):
            raise SystemExit(f"item {n}: table has {counters.get(n)} lines, DEFAULT_POINTS has {len(pts)}")
    return out


def main(argv):
    src = Path(argv[0]) if argv else DEFAULT_IN
    dst = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out = parse(table_lines(src.read_text(encoding="utf-8")))
    regular = sum(r["default_points"] for r in out if r["category"] == "REGULAR")
    if regular != 100:
        raise SystemExit(f"default points of items 1-8 sum to {regular}, not 100")
    dst.parent.mkdir(parents=True, exist_ok=True)
    with dst.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(out[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"{dst}: {len(out)} content lines in {len({r['item_no'] for r in out})} items; items 1-8 sum to {regular}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
