#!/usr/bin/env python3
"""Unit tests of the gazette parsers, and the check that running them on the gazette reproduces the committed seeds.

Usage: python3 -m unittest discover -s scripts -p 'test_*.py'      (from transparency-assessment-service/)
Python 3 standard library only. GAZETTE (environment) names the gazette text; by default the one the parsers read
(docs/gazette/000_6bc5adcb762922b6.txt, committed in the repository). The Maven build runs these tests (ParsersTest).
"""
import os
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import parse_departments  # noqa: E402
import parse_pilot  # noqa: E402
import parse_scheme  # noqa: E402

GAZETTE = Path(os.environ.get("GAZETTE", str(parse_scheme.DEFAULT_IN)))
SEED = HERE.parent / "src" / "main" / "resources" / "seed"


def gazette():
    return GAZETTE.read_text(encoding="utf-8")


class PilotTableTest(unittest.TestCase):
    TEXT = ("前文\n\n试点单位及试点内容表\n\n序号\t组织实施市州\t试点单位\t试点内容\n"
            "1\t西宁市\t城北区\t就业创业、社会救助等方面\n"
            "2\t海东市\t乐都区\t征地补偿\n"
            "青政办〔2017〕140号\n")

    def test_areas_keep_their_table_row_line_and_order(self):
        rows = parse_pilot.parse(self.TEXT)
        self.assertEqual([(r["unit"], r["area_seq"], r["area"], r["gazette_line"]) for r in rows],
                         [("城北区", 1, "就业创业", 6), ("城北区", 2, "社会救助", 6), ("乐都区", 1, "征地补偿", 7)])

    def test_closing_etc_is_no_area_and_is_noted_on_the_area_it_follows(self):
        rows = parse_pilot.parse(self.TEXT)
        self.assertFalse(any("等" in r["area"] for r in rows))
        self.assertEqual(rows[0]["data_note"], "")
        self.assertIn("'等方面'", rows[1]["data_note"])
        self.assertIn("gazette line 6", rows[1]["data_note"])
        self.assertEqual(rows[2]["data_note"], "", "a cell without 等方面 carries no note")

    def test_the_gazette_table_lists_the_areas_of_the_text_of_three_two(self):
        text = gazette()
        rows = parse_pilot.parse(text)
        self.assertEqual(len(rows), 25)
        self.assertEqual(sorted(parse_pilot.listed_in_text(text)), sorted(r["area"] for r in rows))
        lines = text.splitlines()
        for r in rows:
            self.assertIn(r["area"], lines[r["gazette_line"] - 1])
            self.assertTrue(lines[r["gazette_line"] - 1].endswith("等方面"))
        self.assertEqual(sum(1 for r in rows if r["data_note"]), 3, "one 等方面 note per pilot unit")


class SchemeTableTest(unittest.TestCase):
    def setUp(self):
        self.text = gazette()
        self.rows = parse_scheme.parse(parse_scheme.table_lines(self.text))

    def test_every_line_is_printed_on_its_gazette_line(self):
        lines = self.text.splitlines()
        self.assertEqual(len(self.rows), 48)
        for r in self.rows:
            self.assertIn(r["content"], lines[r["gazette_line"] - 1], r)

    def test_printed_spaces_are_kept(self):
        line = next(r for r in self.rows if r["item_no"] == 4 and r["line_no"] == 1)
        self.assertIn("落实 20 个工作日内", line["content"])

    def test_remarks_are_read_only_where_printed_and_each_reading_is_noted(self):
        item8 = [r for r in self.rows if r["item_no"] == 8]
        self.assertTrue(all(r["applies_to"] == "PREFECTURE_GOVERNMENT" for r in item8))
        self.assertIn("printed on the row of line 1 only", item8[0]["data_note"])
        self.assertTrue(all(r["data_note"] == "" for r in item8[1:]))
        item10 = [r for r in self.rows if r["item_no"] == 10]
        self.assertTrue(all(r["item_remark"] == "" for r in item10), "item 10 prints no 备注")
        self.assertIn("no 备注 is printed for item 10", item10[0]["data_note"])

    def test_default_points_of_items_one_to_eight_sum_to_100(self):
        self.assertEqual(sum(r["default_points"] for r in self.rows if r["category"] == "REGULAR"), 100)


class DepartmentsTest(unittest.TestCase):
    def test_each_department_is_named_on_its_gazette_line_and_collectives_are_left_out(self):
        text = gazette()
        found, skipped = parse_departments.parse(text)
        lines = text.splitlines()
        for name, (_, _, _, line) in found.items():
            self.assertIn(name, lines[line - 1])
            self.assertTrue(name.startswith("省"))
        self.assertNotIn("省国税局", found, "a central vertical agency is not a 省政府 department")
        self.assertIn("省政府各委、办、厅、局", skipped)


class SeedsReproducedTest(unittest.TestCase):
    """Running the parsers on the gazette writes exactly the committed seeds."""

    def run_parser(self, module, committed):
        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / committed.name
            self.assertEqual(module.main([str(GAZETTE), str(out)]), 0)
            self.assertEqual(out.read_bytes(), committed.read_bytes(), f"{committed} is not what {module.__name__}"
                             f" writes from {GAZETTE}: run it and commit the result")

    def test_pilot_areas_csv(self):
        self.run_parser(parse_pilot, SEED / "pilot_areas.csv")

    def test_scheme_2017_csv(self):
        self.run_parser(parse_scheme, SEED / "scheme_2017.csv")

    def test_provincial_departments_migration(self):
        self.run_parser(parse_departments, parse_departments.DEFAULT_OUT)

if __name__ == "__main__":
    unittest.main()
