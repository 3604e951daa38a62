#!/usr/bin/env python3
"""Unit tests of scripts/kb_people_audit.py (python3 scripts/kb_people_audit_test.py)."""
import datetime as dt
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kb_people_audit as audit  # noqa: E402

KB = """#!dyad-dict actors 1
# office-none: ISL DM  no armed forces
actor NORGOV@2013-10-16..2021-10-14, NOROPP@2021-10-14.. : Erna Testberg   # office: HG
actor NORGOV@2005..2013, NORGOV@2021-10-14.. : Jonas Testre   # office: HG@2021-10-14..
actor FRAGOV@2017-05-14.. : Emile Testron   # office: HS, HS/AND
actor GBRGOV@2022-09-08.. : King Testing   # office: HS
actor NORGOV@2019..2020-03 : Per Gapman   # office: FM
actor NORGOV@2020-06.. : Ola Later   # office: FM  (a note in parentheses)
actor NORGOV@2019.. : Kari Badoffice   # office: XX@zz
actor NORGOV@2019.. : Kari Baddate   # office: FM@2020-13..
# office-none: SWE DM@2021-02-10..2021-04-20 FM@2021-02-10..2021-03  the ministers were not yet sworn in
# office-none: SWE HG@2021-05..2021-04  inverted
actor SWEGOV@2019..2021-02-10, SWEGOV@2021-04-20.. : Lars Testdef   # office: DM
"""


class AuditTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        path = os.path.join(self.tmp.name, "people.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(KB)
        self.a = audit.Audit()
        self.a.read(path)

    def tearDown(self):
        self.tmp.cleanup()

    def test_undated_office_takes_gov_terms_only(self):
        terms = self.a.terms[("NOR", "HG")]
        self.assertIn((dt.date(2013, 10, 16), dt.date(2021, 10, 14), "Erna Testberg"), terms)
        # the OPP term after 2021 is not an office term
        self.assertFalse(any(t[0] == dt.date(2021, 10, 14) and t[2] == "Erna Testberg" for t in terms))

    def test_dated_office_and_handover_leave_no_gap(self):
        for year in (2020, 2021, 2022):
            self.assertEqual(self.a.gaps("NOR", "HG", year, 0)[0], 0, year)

    def test_gap_is_reported_with_its_dates(self):
        days, holes = self.a.gaps("NOR", "FM", 2020, 31)
        self.assertEqual(holes, [(dt.date(2020, 3, 1), dt.date(2020, 6, 1))])
        self.assertEqual(days, 92)

    def test_other_country_and_realms(self):
        self.assertEqual(self.a.gaps("AND", "HS", 2021, 0)[0], 0)
        self.assertEqual(self.a.gaps("AUS", "HS", 2023, 0)[0], 0)    # the British monarch
        self.assertGreater(self.a.gaps("AUS", "HS", 2021, 0)[0], 300)  # no monarch listed then
        self.assertGreater(self.a.gaps("BRB", "HS", 2023, 0)[0], 300)  # a republic since 2021

    def test_no_such_office_is_not_a_gap(self):
        self.assertEqual(self.a.gaps("ISL", "DM", 2022, 0), (0, []))
        self.assertGreater(self.a.gaps("ISL", "FM", 2022, 0)[0], 0)

    def test_dated_vacancy_covers_only_its_days(self):
        self.assertEqual(self.a.gaps("SWE", "DM", 2021, 0), (0, []))
        days, holes = self.a.gaps("SWE", "FM", 2021, 0)
        self.assertEqual(holes[0], (dt.date(2021, 1, 1), dt.date(2021, 2, 10)))
        self.assertEqual(holes[1][0], dt.date(2021, 3, 1))
        self.assertNotIn(("SWE", "DM"), self.a.none)  # not a state without the office

    def test_inverted_vacancy_is_an_error(self):
        self.assertTrue(any("people.txt:12" in e and "HG@2021-05..2021-04" in e for e in self.a.errors))

    def test_bad_marker_is_an_error_naming_the_line(self):
        self.assertEqual(len(self.a.errors), 3)
        self.assertIn("people.txt:9", self.a.errors[0])
        self.assertIn("XX@zz", self.a.errors[0])
        self.assertIn("people.txt:10", self.a.errors[1])
        self.assertIn("2020-13", self.a.errors[1])

    def test_cutoff_bounds_the_last_year(self):
        days, holes = self.a.gaps("NOR", "FM", 2025, 0)
        self.assertEqual(days, 0)

    def test_un_member_list(self):
        self.assertEqual(len(audit.UN_MEMBERS), 193)
        self.assertEqual(len(set(audit.UN_MEMBERS)), 193)
        self.assertNotIn("XKX", audit.UN_MEMBERS)
        self.assertNotIn("PSE", audit.UN_MEMBERS)


if __name__ == "__main__":
    unittest.main()
