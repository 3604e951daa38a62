#!/usr/bin/env python3
"""Unit tests for tools/kb/check_format.py, the_forms.py and check_cases.py (stdlib unittest).

Run: python3 tools/kb/check_format_test.py
"""

import io
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_cases  # noqa: E402
import check_format  # noqa: E402
import the_forms  # noqa: E402

CAMEO = {"01", "010", "036", "043", "19", "190", "195"}


def run_checker(text, name="t.txt"):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        ch = check_format.Checker(check_format.load_countries(), CAMEO)
        buf = io.StringIO()
        with redirect_stdout(buf):
            ch.check_file(path)
            ch.finish()
        return ch.errors, buf.getvalue()


class FoldTest(unittest.TestCase):
    def test_hyphen_and_space_give_the_same_key(self):
        self.assertEqual(check_format.fold("al-Qaeda"), check_format.fold("al Qaeda"))

    def test_periods_are_kept(self):
        self.assertNotEqual(check_format.fold("U.S."), check_format.fold("US"))

    def test_curly_quotes_and_case(self):
        self.assertEqual(check_format.fold("Lord\u2019s Resistance Army"),
                         check_format.fold("lord's resistance army"))

    def test_weak_marker_ignored(self):
        self.assertEqual(check_format.fold("~Sudani"), "sudani")


class CheckerTest(unittest.TestCase):
    def test_valid_actor_file(self):
        errors, out = run_checker(
            "#!dyad-dict actors 1\n"
            "actor USA : United States; U.S.; US\n"
            "adj USA : American; U.S.\n"
            "actor IRQGOV@2022-10-27.., IRQLEG@2021-11-16..2022-10-27 : Mohammed Shia al-Sudani; ~al-Sudani\n"
            "actor IMGMUSISI : Islamic State\n"
            "test: Iraqi officials spoke. => IRQGOV\n")
        self.assertEqual(errors, 0, out)

    def test_missing_header(self):
        errors, out = run_checker("actor USA : United States\n")
        self.assertEqual(errors, 1)
        self.assertIn("t.txt:1:", out)
        self.assertIn("header", out)

    def test_wrong_version(self):
        errors, out = run_checker("#!dyad-dict actors 2\n")
        self.assertIn("version", out)

    def test_unknown_country_and_role(self):
        errors, out = run_checker("#!dyad-dict actors 1\nactor ZZZ : Nowhere\nactor IRQXYZ : Foo\n")
        self.assertEqual(errors, 2, out)
        self.assertIn("t.txt:2:", out)
        self.assertIn("t.txt:3:", out)

    def test_bad_and_inverted_dates(self):
        errors, out = run_checker(
            "#!dyad-dict actors 1\n"
            "actor IRQGOV@2022-02-30.. : A\n"
            "actor IRQGOV@2023..2022 : B\n"
            "actor IRQGOV@2020 : C\n")
        self.assertEqual(errors, 3, out)

    def test_overlapping_terms_on_one_line(self):
        errors, out = run_checker(
            "#!dyad-dict actors 1\nactor IRQGOV@2020..2023, IRQLEG@2022..2024 : Someone\n")
        self.assertEqual(errors, 1)
        self.assertIn("overlapping", out)

    def test_adjacent_terms_do_not_overlap(self):
        errors, out = run_checker(
            "#!dyad-dict actors 1\nactor IRQLEG@2020..2022-10-27, IRQGOV@2022-10-27.. : Someone\n")
        self.assertEqual(errors, 0, out)

    def test_duplicate_name_across_entries_same_period(self):
        errors, out = run_checker(
            "#!dyad-dict actors 1\nactor USA : America\nactor USAGOV : america\n")
        self.assertEqual(errors, 1)
        self.assertIn("already listed", out)

    def test_same_name_in_disjoint_periods_is_fine(self):
        errors, out = run_checker(
            "#!dyad-dict actors 1\n"
            "actor USAGOV@2001..2009 : The President\n"
            "actor USAELI@2009.. : The President\n")
        self.assertEqual(errors, 0, out)

    def test_duplicate_within_entry_after_folding(self):
        errors, out = run_checker("#!dyad-dict actors 1\nactor SOMREBSHB : al-Shabaab; al Shabaab\n")
        self.assertEqual(errors, 1)

    def test_adjective_given_to_two_countries(self):
        errors, out = run_checker("#!dyad-dict actors 1\nadj COD : Congolese\nadj COG : Congolese\n")
        self.assertEqual(errors, 1)

    def test_escaped_hash_and_comment(self):
        errors, out = run_checker("#!dyad-dict actors 1\nactor USA : Channel \\#1 # comment ; not an item\n")
        self.assertEqual(errors, 0, out)

    def test_agents(self):
        errors, out = run_checker(
            "#!dyad-dict agents 1\n"
            "agent COP : police; policemen\n"
            "agent IGOUNOPKO : peacekeepers\n"
            "agent XYZ : wizards\n"
            "agent MIL : police\n")
        self.assertEqual(errors, 2, out)

    def test_verbs(self):
        errors, out = run_checker(
            "#!dyad-dict verbs 1\n"
            "set &TALKS : talks; negotiations\n"
            "verb 043 : hold &TALKS with $T !recip\n"
            "verb 190 : attack $T\n"
            "verb 999 : explode\n"
            "verb 195 : strike $T with $T\n"
            "verb 036 : plan &MEETING with $T\n"
            "verb 036 : meet $T !recip now\n"
            "test: France attacked Spain. => 190\n")
        self.assertEqual(errors, 4, out)
        self.assertIn("unknown CAMEO code '999'", out)
        self.assertIn("&MEETING", out)

    def test_judgments(self):
        errors, out = run_checker(
            "#!dyad-dict verbs 1\n"
            "judge 190 : unfair; null and void\n"
            "judge 999 : unjust\n"
            "judge 043 : unfair; be $T; Illegal\n")
        self.assertEqual(errors, 4, out)
        self.assertIn("unknown CAMEO code '999'", out)
        self.assertIn("'unfair' already listed for 190", out)
        self.assertIn("no slot", out)
        self.assertIn("lowercase", out)

    def test_wrong_entry_kind(self):
        errors, out = run_checker("#!dyad-dict agents 1\nactor USA : United States\n")
        self.assertEqual(errors, 1)

    def test_discards(self):
        errors, out = run_checker(
            "#!dyad-dict discards 1\nsentence : world cup; box office\nstory : horoscope; World Cup\n")
        self.assertEqual(errors, 1)


class TheFormsTest(unittest.TestCase):
    def test_redundant_the_form_dropped_and_needed_form_added(self):
        lines = ["actor WST : the West", "actor PSE : West Bank; the Gaza Strip; Gaza Strip",
                 "actor IGOUNO : the U.N.; U.N.", "actor IGOUNOSEC : U.N. Security Council"]
        kept = the_forms.kept_the_names(the_forms.names_in_lines(lines))
        out, _ = the_forms.apply_to_lines(lines, kept)
        self.assertEqual(out[0], "actor WST : the West")
        self.assertEqual(out[1], "actor PSE : West Bank; Gaza Strip; the West Bank")
        self.assertEqual(out[2], "actor IGOUNO : U.N.")
        self.assertEqual(out[3], "actor IGOUNOSEC : U.N. Security Council")


class ResolverTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        path = os.path.join(self.dir.name, "kb.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("#!dyad-dict actors 1\n"
                    "actor IRQ : Iraq\nadj IRQ : Iraqi\n"
                    "actor AFGGOVTAL@1996-09-27..2001-11-13, AFGREBTAL@2001-11-13..2021-08-15, "
                    "AFGGOVTAL@2021-08-15.. : Taliban\n")
        apath = os.path.join(self.dir.name, "agents.txt")
        with open(apath, "w", encoding="utf-8") as f:
            f.write("#!dyad-dict agents 1\nagent COP : police\nagent GOV : foreign minister\n"
                    "agent IGOUNOPKO : peacekeepers\n")
        self.kb = check_cases.Kb()
        self.kb.load(path)
        self.kb.load(apath)

    def tearDown(self):
        self.dir.cleanup()

    def day(self, s):
        return check_format.parse_date(s, False)

    def test_composition(self):
        d = self.day("2024-01-25")
        self.assertEqual(self.kb.resolve("Iraqi police", d), "IRQCOP")
        self.assertEqual(self.kb.resolve("the police of Iraq", d), "IRQCOP")
        self.assertEqual(self.kb.resolve("Iraqi Foreign Minister", d), "IRQGOV")
        self.assertEqual(self.kb.resolve("Iraqi peacekeepers", d), "IGOUNOPKO")
        self.assertEqual(self.kb.resolve("police", d), "---COP")

    def test_coded_actor_keeps_its_code(self):
        self.assertTrue(check_cases.has_role("IRQREBKTH"))
        self.assertTrue(check_cases.has_role("IGOUNOHCR"))
        self.assertFalse(check_cases.has_role("IGOUNO"))
        self.assertFalse(check_cases.has_role("IRQ"))
        d = self.day("2024-01-25")
        self.assertEqual(self.kb.resolve("Taliban police", d), "AFGGOVTAL")

    def test_dates(self):
        self.assertEqual(self.kb.resolve("the Taliban", self.day("1999-01-01")), "AFGGOVTAL")
        self.assertEqual(self.kb.resolve("the Taliban", self.day("2021-08-14")), "AFGREBTAL")
        self.assertEqual(self.kb.resolve("the Taliban", self.day("2021-08-15")), "AFGGOVTAL")
        self.assertIsNone(self.kb.resolve("the Taliban", self.day("1990-01-01")))


if __name__ == "__main__":
    unittest.main()
