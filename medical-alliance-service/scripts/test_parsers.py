#!/usr/bin/env python3
"""Unit tests of parse_140.py, and the check that it reproduces the committed seeds (how to run: gazette_testing)."""
import contextlib
import io
import sys
import unittest
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]  # the parser beside this file
# gazette_testing: the test-jar's copy on PYTHONPATH (service-common's GazetteParsers), else, run alone, the repository's
sys.path.append(str(Path(__file__).resolve().parents[2] / "service-common" / "src" / "test" / "resources" / "python"))
import gazette_testing  # noqa: E402
import parse_140  # noqa: E402

GAZETTE, SEED = gazette_testing.locations(parse_140)
SEEDS = ["institutions.csv", "alliances.csv", "notice_targets.csv", "family_doctor_targets.csv"]
LEADS = "由青海省人民医院、省妇女儿童医院、省心脑血管病专科医院、青海大学附属医院牵头"


def notice():
    return parse_140.notice_text(str(GAZETTE))


class SectionTest(unittest.TestCase):
    def test_the_notice_starts_at_its_number_with_layout_breaks_joined_and_punctuation_half_width(self):
        text = "前一个通知\n青政办〔2017〕140号\n到2020年，所有二级公立医院\n  和政府办基层医疗卫生机构（全部）参与医联体；"
        self.assertEqual(parse_140.section(text),
                         "青政办〔2017〕140号到2020年,所有二级公立医院和政府办基层医疗卫生机构(全部)参与医联体;")

    def test_a_clause_the_parser_cannot_find_stops_it_instead_of_seeding_nothing(self):
        with self.assertRaises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
            parse_140.need(r"开具不超过(\d+)个月用药量的长处方", "没有长处方的一段", "the long prescription limit")

    def test_the_shortened_province_prefix_is_written_out_and_kinds_follow_the_name(self):
        self.assertEqual(parse_140.full_name("省藏医院"), "青海省藏医院")
        self.assertEqual(parse_140.full_name("青海大学附属医院"), "青海大学附属医院")
        self.assertEqual(parse_140.institution_kind("青海省藏医院"), "ETHNIC_MEDICINE_HOSPITAL")
        self.assertEqual(parse_140.institution_kind("青海省妇幼保健院"), "MATERNAL_CHILD_HEALTH")
        self.assertEqual(parse_140.institution_kind("青海省心脑血管病专科医院"), "SPECIALTY_HOSPITAL")
        self.assertEqual(parse_140.institution_kind("青海省远程会诊中心"), "TELEMEDICINE_CENTRE")
        self.assertEqual(parse_140.institution_kind("青海省人民医院"), "HOSPITAL")


class GazetteTest(unittest.TestCase):
    def setUp(self):
        self.text = notice()
        self.institutions, self.alliances, self.targets, self.fd = parse_140.parse(self.text)

    def test_every_quote_is_the_notice_s_own_words(self):
        for row in self.alliances + self.targets + self.fd:
            self.assertIn(row["quote"], self.text, row)

    def test_new_specialty_alliances_take_their_leads_in_the_order_the_notice_lists_them(self):
        # 三(一)2: 由青海省人民医院、省妇女儿童医院、省心脑血管病专科医院、青海大学附属医院牵头 … 建立青海省呼吸学科、儿科学科、
        # 心血管学科、包虫病跨区域专科联盟
        planned = {a["specialty"]: a["lead"] for a in self.alliances if a["name"].endswith("跨区域专科联盟")}
        self.assertEqual(planned, {"呼吸": "青海省人民医院", "儿科": "青海省妇女儿童医院",
                                   "心血管": "青海省心脑血管病专科医院", "包虫病": "青海大学附属医院"})

    def test_when_leads_and_alliances_differ_in_number_no_lead_is_inferred(self):
        self.assertIn(LEADS, self.text)
        text = self.text.replace(LEADS, "由青海省人民医院、省妇女儿童医院牵头")
        _, alliances, _, _ = parse_140.parse(text)
        planned = [a for a in alliances if a["name"].endswith("跨区域专科联盟")]
        self.assertEqual(len(planned), 4)
        self.assertTrue(all(a["lead"] == "" for a in planned))
        self.assertIn("2 leads and 4 alliances", planned[0]["lead_basis"])

    def test_already_formed_unions_name_no_lead_and_say_so(self):
        formed = [a for a in self.alliances if a["kind"] == "SPECIALTY" and a["status"] == "ESTABLISHED"]
        self.assertEqual(len(formed), 3)
        self.assertTrue(all(a["lead"] == "" and a["lead_basis"] == "not stated in the notice" for a in formed))

    def test_the_figures_of_the_notice(self):
        values = {t["code"]: t["value"] for t in self.targets}
        self.assertEqual(values["PREFECTURE_EFFECTIVE_ALLIANCES_MIN"], 1)   # 二: 各市州至少建成一个
        self.assertEqual(values["LONG_PRESCRIPTION_MAX_MONTHS"], 2)         # 三(二)3: 不超过2个月用药量的长处方
        self.assertEqual(values["TELEMEDICINE_COUNTY_INSTITUTIONS"], 44)    # 三(一)5: 44家县级医疗机构
        self.assertEqual(values["TELEMEDICINE_TOWNSHIP_CENTRES"], 405)      # 三(一)5: 405个乡镇卫生院
        self.assertEqual([(f["year"], f["overall_pct"], f["full_coverage"]) for f in self.fd],
                         # 三(二)3: 2017年底 30%, 2018年 50%, 2020年 基本实现…全覆盖
                         [("2017", "30", "false"), ("2018", "50", "false"), ("2020", "", "true")])


SeedsReproducedTest = gazette_testing.seeds_reproduced(parse_140.main, GAZETTE, SEED, SEEDS, "parse_140.py")


if __name__ == "__main__":
    unittest.main()
