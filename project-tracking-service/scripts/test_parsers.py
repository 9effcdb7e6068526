#!/usr/bin/env python3
"""Unit tests of parse_projects.py, and the check that it reproduces the committed seeds (how to run: gazette_testing)."""
import sys
import unittest
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]  # the parser beside this file
# gazette_testing: the test-jar's copy on PYTHONPATH (service-common's GazetteParsers), else, run alone, the repository's
sys.path.append(str(Path(__file__).resolve().parents[2] / "service-common" / "src" / "test" / "resources" / "python"))
import gazette_testing  # noqa: E402
import parse_projects  # noqa: E402

GAZETTE, SEED = gazette_testing.locations(parse_projects)
SEEDS = ["projects.csv", "groups.csv"]

# The attachment of 134号 in the gazette's layout (tab-separated cells): the title printed twice (the parser reads
# the table after the last one), a group line with and one without a subtotal, a subtotal on a line of its own,
# a row whose values sit two columns right, and name-only rows, the second right after the first.
HEADER = "序号\t项目名称\t甲方(青海)\t乙方(省外)\t总投资额(亿元)\t资金来源地\t责任领导\t责任人"
EXCERPT = "\n".join([
    "附件：第十八届青洽会签约项目责任分工表",                                        # 1
    "第十八届青洽会签约项目责任分工表",                                              # 2
    "",                                                                              # 3
    HEADER,                                                                          # 4
    "责任单位: 西宁市政府(2项)\t\t\t\t\t\t\t",                                       # 5
    "1\t年产2万吨锂电负极材料三期项目\t湟源县政府\t巩义晨光冶金实业有限公司\t180.33\t河南\t杨小民\t史超",  # 6
    "2\t夏日哈木铜镍矿勘查项目\t\t\t省地质矿产勘查局\t中电投黄河上游水电开发有限公司\t0.06\t北京",     # 7
    "责任单位：省水利厅(2项)\t\t\t\t\t\t\t",                                         # 8
    "\t\t\t\t1.20\t\t\t",                                                            # 9
    "3\t细晶沟金矿详查项目\t\t\t\t\t\t",                                             # 10
    "4\t青龙山金矿详查项目\t\t\t\t\t\t",                                             # 11
    "责任单位：西宁经济技术开发区管委会（1项）\t\t\t\t230.00\t\t\t",                 # 12
    "5\t高性能铝合金粉末彩涂板生产项目\t甘河工业园区管委会\t鑫鲁丰集团\t14.00\t山东\t许国成\t刘云洲",     # 13
    "青海省人民政府办公厅",                                                          # 14
    "6\t下一个通知的一行",                                                           # 15
])


class TableTest(unittest.TestCase):
    def setUp(self):
        self.projects, self.groups = parse_projects.parse(EXCERPT)
        self.by_seq = {p["seq"]: p for p in self.projects}

    def test_rows_keep_their_group_and_gazette_line_and_the_table_ends_with_the_next_notice(self):
        self.assertEqual([(p["seq"], p["unit"], p["source_line"]) for p in self.projects],
                         [("1", "西宁市政府", 6), ("2", "西宁市政府", 7), ("3", "省水利厅", 10), ("4", "省水利厅", 11),
                          ("5", "西宁经济技术开发区管委会", 13)])
        self.assertEqual(self.by_seq["1"]["total_investment"], "180.33")
        self.assertEqual(self.by_seq["1"]["quality_flags"], "")

    def test_values_two_columns_right_are_read_from_there_and_flagged(self):
        p = self.by_seq["2"]
        self.assertEqual((p["party_a"], p["party_b"], p["total_investment"], p["fund_sources"]),
                         ("省地质矿产勘查局", "中电投黄河上游水电开发有限公司", "0.06", "北京"))
        self.assertEqual((p["responsible_leader"], p["responsible_persons"]), ("", ""))
        self.assertEqual(p["quality_flags"], "SHIFTED_COLUMNS")

    def test_a_name_only_row_is_flagged_and_one_after_another_looks_merged(self):
        self.assertEqual(self.by_seq["3"]["quality_flags"], "NAME_ONLY")
        self.assertEqual(self.by_seq["4"]["quality_flags"], "NAME_ONLY POSSIBLY_MERGED_CELLS")

    def test_group_lines_keep_the_declared_count_and_subtotal_labelled_or_on_its_own_line(self):
        self.assertEqual(self.groups, [
            {"unit": "西宁市政府", "declared_count": 2, "declared_subtotal": "", "subtotal_labelled": "", "line": 5},
            {"unit": "省水利厅", "declared_count": 2, "declared_subtotal": "1.20", "subtotal_labelled": "false",
             "line": 8, "subtotal_line": 9},
            {"unit": "西宁经济技术开发区管委会", "declared_count": 1, "declared_subtotal": "230.00",
             "subtotal_labelled": "true", "line": 12},
        ])

    def test_an_unexpected_row_stops_the_parser_instead_of_being_dropped(self):
        text = EXCERPT.replace("4\t青龙山金矿详查项目", "四\t青龙山金矿详查项目")
        with self.assertRaisesRegex(ValueError, "line 11: unexpected row"):
            parse_projects.parse(text)


class GazetteTest(unittest.TestCase):
    def test_every_row_is_on_its_gazette_line_and_each_group_declares_its_rows(self):
        text = GAZETTE.read_text(encoding="utf-8")
        lines = text.split("\n")
        projects, groups = parse_projects.parse(text)
        self.assertEqual([int(p["seq"]) for p in projects], list(range(1, len(projects) + 1)), "序号 run 1…N")
        for p in projects:
            self.assertTrue(lines[p["source_line"] - 1].startswith(p["seq"] + "\t"), p)
            self.assertIn(p["name"], lines[p["source_line"] - 1])
        declared = sum(g["declared_count"] for g in groups)
        self.assertEqual(declared, len(projects), "the groups' N项 add up to the rows of the table")


SeedsReproducedTest = gazette_testing.seeds_reproduced(parse_projects.main, GAZETTE, SEED, SEEDS, "parse_projects.py")


if __name__ == "__main__":
    unittest.main()
