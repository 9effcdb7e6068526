#!/usr/bin/env python3
"""Unit tests of parse_tasks.py, and the check that it reproduces the committed seeds (how to run: gazette_testing)."""
import csv
import sys
import unittest
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]  # the parser beside this file
# gazette_testing: the test-jar's copy on PYTHONPATH (service-common's GazetteParsers), else, run alone, the repository's
sys.path.append(str(Path(__file__).resolve().parents[2] / "service-common" / "src" / "test" / "resources" / "python"))
import gazette_testing  # noqa: E402
import parse_tasks  # noqa: E402

GAZETTE, SEED = gazette_testing.locations(parse_tasks)
SEEDS = ["tasks.csv", "task_units.csv", "units.csv", "collectives.csv", "task_unit_members.csv", "indicators.csv",
         "safeguards.csv", "notes.csv"]

# A small 135号 in the gazette's layout: a group heading, a task broken over a page break, unit lines, a task
# without 牵头单位, the safeguards, and the next notice's number closing the section.
EXCERPT = """前一个通知的末行
青政办〔2017〕135号

(一) 找准发力点。要把实现绿色崛起作为发力点。
1. 核发13个重点行业排污许可证，分行业

实现全覆盖。
牵头单位：省环境保护厅
责任单位：省发展改革委、省政府各委、办、厅、局等，相关州人民政府
2. 举办第三届创业大赛，年底前完成。
责任单位：省科技厅、团省委等等
三、保障措施
(一) 加强组织领导。要落实主要领导同志负责制，
确保各项目标任务落实落地。
青海省人民政府办公厅
青政办〔2017〕137号
1. 不属于135号的一行
"""


class ParseSectionTest(unittest.TestCase):
    def setUp(self):
        self.groups, self.tasks, self.safeguards = parse_tasks.parse(EXCERPT)

    def test_a_task_broken_by_a_page_break_is_joined_without_a_separator(self):
        self.assertEqual(self.tasks[1]["text"], "核发13个重点行业排污许可证，分行业实现全覆盖。")

    def test_units_lines_close_the_task_and_a_missing_lead_stays_missing(self):
        self.assertEqual(self.tasks[1]["lead"], "省环境保护厅")
        self.assertEqual(self.tasks[1]["responsible"], "省发展改革委、省政府各委、办、厅、局等，相关州人民政府")
        self.assertIsNone(self.tasks[2]["lead"])
        self.assertEqual(self.tasks[2]["group"], "一")

    def test_the_section_ends_at_the_next_notice_and_safeguards_join_their_lines(self):
        self.assertEqual(sorted(self.tasks), [1, 2], "1. after 137号 is not a task of 135号")
        self.assertEqual(self.groups, [("一", "找准发力点")])
        self.assertEqual(self.safeguards, [["一", "加强组织领导", "要落实主要领导同志负责制，确保各项目标任务落实落地。"]])


class SplitUnitsTest(unittest.TestCase):
    def test_the_collective_with_its_own_commas_is_one_unit_and_etc_is_kept_as_a_flag(self):
        notes = []
        units = parse_tasks.split_units("省发展改革委、省政府各委、办、厅、局等，相关州人民政府。", 1, "RESPONSIBLE", notes)
        self.assertEqual(units, [("省发展改革委", False), ("省政府各委、办、厅、局", True), ("相关州人民政府", False)])
        self.assertEqual(notes, [])

    def test_a_doubled_etc_is_noted_as_a_typo(self):
        notes = []
        self.assertEqual(parse_tasks.split_units("省科技厅、团省委等等", 20, "RESPONSIBLE", notes),
                         [("省科技厅", False), ("团省委", True)])
        self.assertEqual(notes, [(20, "typo", "RESPONSIBLE list ends in 等等 (doubled 等) after 团省委")])

    def test_kinds_follow_the_notice_s_wording(self):
        self.assertEqual(parse_tasks.kind_of("西宁海关"), "CENTRAL_AGENCY")
        self.assertEqual(parse_tasks.kind_of("海西州政府"), "PREFECTURE_GOVERNMENT")
        self.assertEqual(parse_tasks.kind_of("团省委"), "MASS_ORGANISATION")
        self.assertEqual(parse_tasks.kind_of("省政府相关委、办、厅、局"), "COLLECTIVE")
        self.assertEqual(parse_tasks.kind_of("省财政厅"), "PROVINCIAL_DEPARTMENT")


class DeadlineTest(unittest.TestCase):
    def test_the_latest_date_the_text_states_wins(self):
        self.assertEqual(parse_tasks.task_deadline("9月前完成压减，年底前全部完成"), ("2017-12-31", "stated: 年底前"))
        self.assertEqual(parse_tasks.task_deadline("9月前完成压减"), ("2017-09-30", "stated: 9月前"))

    def test_without_a_stated_date_the_end_of_the_offensive_is_the_deadline(self):
        # 135号: 省政府决定三季度在全省开展“夏秋季攻势”专项行动
        self.assertEqual(parse_tasks.task_deadline("举办第三届创业大赛"), ("2017-09-30", parse_tasks.Q3))


class MembersTest(unittest.TestCase):
    def test_members_named_in_the_task_s_text_are_read_from_it(self):
        text = "……" + parse_tasks.TASK_MEMBERS[9][0] + "……"
        members, note = parse_tasks.per_task_members(9, "相关州县人民政府", text, [])
        self.assertIsNone(note)
        self.assertIn(("西宁市政府", "named in the text: 大通县"), members)

    def test_unnamed_members_get_the_broadest_reading_and_a_note(self):
        members, note = parse_tasks.per_task_members(3, "相关州人民政府", "抓紧三江源二期工程建设", [])
        self.assertEqual([m for m, _ in members], [p[0] for p in parse_tasks.AUTONOMOUS])
        self.assertIn("the notice does not say which", note)

    def test_a_quoted_mention_missing_from_the_text_stops_the_parser(self):
        with self.assertRaises(SystemExit):
            parse_tasks.per_task_members(35, "相关市州人民政府", "没有提到任何地方", [])


class NotesAndIndicatorsTest(unittest.TestCase):
    def test_a_task_note_whose_phrase_is_not_in_the_task_s_text_stops_the_parser(self):
        tasks = {n: {"text": ""} for n in range(1, 51)}
        with self.assertRaises(SystemExit):
            parse_tasks.task_notes(tasks)

    def test_every_indicator_has_a_figure_rule_and_only_a_non_default_reading_needs_a_basis(self):
        rows = parse_tasks.indicator_rows()
        self.assertEqual(len(rows), len(parse_tasks.INDICATORS))
        rules = {r[1]: (r[11], r[12]) for r in rows}
        self.assertEqual(rules["29-alliances"][0], "WEAKEST", "各市（州）年底前至少建成一个: every 市州 must reach it")
        self.assertEqual(rules["01-permits"], ("PROVINCE", ""))
        self.assertTrue(all(rule in ("PROVINCE", "SUM", "WEAKEST") for rule, _ in rules.values()))
        self.assertTrue(all(basis for rule, basis in rules.values() if rule != "PROVINCE"))

    def test_on_the_gazette_every_quoted_phrase_is_in_its_task_s_text(self):
        _, tasks, _ = parse_tasks.parse(GAZETTE.read_text(encoding="utf-8"))
        self.assertEqual(sorted(tasks), list(range(1, 51)))
        for ind in parse_tasks.INDICATORS:
            self.assertIn(ind[8], tasks[ind[0]]["text"], ind[1])
        self.assertEqual(len(parse_tasks.task_notes(tasks)), len(parse_tasks.TASK_NOTES))


class SeedsReproducedTest(gazette_testing.seeds_reproduced(parse_tasks.main, GAZETTE, SEED, SEEDS, "parse_tasks.py")):
    """Running the parser on the gazette writes exactly the committed seeds, with the columns the importer reads."""

    def test_the_seed_columns_are_the_ones_the_importer_reads(self):
        with open(SEED / "indicators.csv", encoding="utf-8") as f:
            header = next(csv.reader(f))
        self.assertEqual(header[-2:], ["figure_rule", "figure_rule_basis"])


if __name__ == "__main__":
    unittest.main()
