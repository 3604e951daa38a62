#include "syntax/conllu.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

constexpr char kTwo[] =
    "# newdoc id = d1\n# sent_id = s1\n# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\tSpaceAfter=No\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1-2\tgonna\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "1\tgon\tgo\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "2\tna\tto\tPART\tTO\t_\t1\tmark\t_\t_\n"
    "2.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n"
    "3\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

TEST(ConlluTest, ParsesWordsMultiwordsAndComments) {
  auto r = ParseConllu(kTwo, "t.conllu");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_TRUE((*r)[0].newdoc);
  EXPECT_EQ((*r)[0].text, "I don't know.");
  EXPECT_EQ((*r)[0].words[3].head, 0);
  EXPECT_FALSE((*r)[0].words[1].space_after);
  EXPECT_EQ((*r)[1].words.size(), 3u);  // empty node skipped
  EXPECT_EQ((*r)[1].multiwords[0].form, "gonna");
}

TEST(ConlluTest, RebuildsRunningText) {
  auto r = ParseConllu(kTwo, "t.conllu");
  ASSERT_TRUE(r.ok());
  std::vector<std::pair<size_t, size_t>> spans;
  std::string text = RebuildText(*r, &spans);
  EXPECT_EQ(text, "I don't know. gonna!");
  EXPECT_EQ(text.substr(spans[1].first, spans[1].second - spans[1].first), "gonna!");
}

TEST(ConlluTest, ReportsBadLinesWithFileAndLine) {
  auto r = ParseConllu("1\tI\tI\n", "bad.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("bad.conllu:1:"), std::string::npos);
}

TEST(ConlluTest, RefusesHeadsOutsideTheSentence) {
  auto r = ParseConllu("# sent_id = s1\n1\tRain\train\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                       "2\tfell\tfall\tVERB\tVBD\t_\t7\tdep\t_\t_\n\n",
                       "heads.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("heads.conllu"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("head 7"), std::string::npos) << r.status().message();
  r = ParseConllu("1\tRain\train\tNOUN\tNN\t_\t-2\troot\t_\t_\n\n", "neg.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("neg.conllu:1:"), std::string::npos);
  // "_" (no head) stays allowed.
  EXPECT_TRUE(ParseConllu("1\tRain\train\tNOUN\tNN\t_\t_\t_\t_\t_\n\n", "u.conllu").ok());
}

TEST(ConlluTest, FormatRoundTrips) {
  auto r = ParseConllu(kTwo, "t.conllu");
  ASSERT_TRUE(r.ok());
  std::string again = FormatConllu((*r)[1]);
  auto r2 = ParseConllu(again, "again");
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ((*r2)[0].words[1].lemma, "to");
  EXPECT_EQ((*r2)[0].multiwords[0].form, "gonna");
}

}  // namespace
}  // namespace dyad
