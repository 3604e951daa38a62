// The seed article's structure (../shared/seed/EXPECTED.md section 1): every
// paragraph gets the role the table gives it. The strings checked come from
// EXPECTED.md and expected.json, read in place; nothing of the seed is copied.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "ingest/drop_cap.h"
#include "ingest/reader.h"
#include "test_util.h"
#include "text/sentence_splitter.h"

namespace dyad {
namespace {

struct Row {
  std::string where, what;                 // first two columns
  std::vector<std::string> quoted;         // `...` strings of the first column
};

// Rows of the table in section 1 of EXPECTED.md.
std::vector<Row> Section1(const std::string& md) {
  std::vector<Row> rows;
  size_t a = md.find("## 1.");
  size_t b = md.find("## 2.");
  EXPECT_NE(a, std::string::npos);
  std::istringstream in(md.substr(a, b == std::string::npos ? std::string::npos : b - a));
  std::string line;
  std::regex tick("`([^`]*)`");
  while (std::getline(in, line)) {
    if (line.size() < 2 || line[0] != '|' || line.find("---") != std::string::npos) continue;
    std::vector<std::string> cols;
    std::string cur;
    bool in_tick = false;
    for (size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '`') in_tick = !in_tick;
      if (line[i] == '|' && !in_tick) {
        cols.push_back(cur);
        cur.clear();
      } else {
        cur += line[i];
      }
    }
    if (cols.size() < 2) continue;
    Row r{cols[0], cols[1], {}};
    for (auto it = std::sregex_iterator(cols[0].begin(), cols[0].end(), tick); it != std::sregex_iterator(); ++it)
      r.quoted.push_back((*it)[1]);
    rows.push_back(r);
  }
  return rows;
}

class SeedStructureTest : public ::testing::Test {
 protected:
  void Load() {
    auto path = testing::SharedFile("seed/000_e148aeaa6602bb49.txt");
    auto md = testing::SharedFile("seed/EXPECTED.md");
    auto js = testing::SharedFile("seed/expected.json");
    ASSERT_TRUE(path && md && js);
    Reader reader;
    auto d = reader.ReadText(testing::ReadAll(*path), *path);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    doc = std::move(d.value());
    rows = Section1(testing::ReadAll(*md));
    expected = nlohmann::json::parse(testing::ReadAll(*js));
  }
  // Index of the paragraph whose text satisfies pred, or -1.
  template <typename F>
  int Find(F pred) const {
    for (size_t i = 0; i < doc.paragraphs.size(); ++i)
      if (pred(doc.Slice(doc.paragraphs[i].start, doc.paragraphs[i].end))) return static_cast<int>(i);
    return -1;
  }
  std::string Dump() const {
    std::string s;
    for (const auto& p : doc.paragraphs)
      s += std::string(RoleName(p.role)) + " | " + std::string(doc.Slice(p.start, p.end)).substr(0, 60) + "\n";
    return s;
  }
  Document doc;
  std::vector<Row> rows;
  nlohmann::json expected;
};

#define REQUIRE_SEED()                                                     \
  DYAD_REQUIRE_SHARED(seed_path, "seed/000_e148aeaa6602bb49.txt");         \
  DYAD_REQUIRE_SHARED(md_path, "seed/EXPECTED.md");                        \
  DYAD_REQUIRE_SHARED(json_path, "seed/expected.json");                    \
  Load();                                                                  \
  if (HasFatalFailure()) return

TEST_F(SeedStructureTest, TitleDateSource) {
  REQUIRE_SEED();
  EXPECT_EQ(doc.title, expected["title"].get<std::string>());
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->ToString(), expected["published"].get<std::string>());
  EXPECT_EQ(doc.source, expected["wire_source"].get<std::string>());
  EXPECT_EQ(doc.paragraphs.at(0).role, Role::kHeadline);
}

TEST_F(SeedStructureTest, RolesFromTable) {
  REQUIRE_SEED();
  int checked = 0;
  for (const Row& r : rows) {
    SCOPED_TRACE(r.where + " | " + r.what);
    auto check_exact = [&](const std::string& text, Role role) {
      int i = Find([&](std::string_view t) { return t == text; });
      ASSERT_GE(i, 0) << "no paragraph '" << text << "'\n" << Dump();
      EXPECT_EQ(doc.paragraphs[i].role, role) << text << "\n" << Dump();
      ++checked;
    };
    // "start ... end" quotes: paragraph starting with the first part and ending with the last.
    auto check_ellipsis = [&](const std::string& q, Role role) {
      size_t e = q.find(" ...");
      std::string head = q.substr(0, e);
      std::string tail = e == std::string::npos ? "" : q.substr(e + 4);
      while (!tail.empty() && tail[0] == ' ') tail.erase(0, 1);
      int i = Find([&](std::string_view t) {
        return t.substr(0, head.size()) == head && (tail.empty() || (t.size() >= tail.size() && t.substr(t.size() - tail.size()) == tail));
      });
      ASSERT_GE(i, 0) << "no paragraph like '" << q << "'\n" << Dump();
      EXPECT_EQ(doc.paragraphs[i].role, role) << q << "\n" << Dump();
      ++checked;
    };
    if (r.what.find("dateline") != std::string::npos) {
      for (const auto& q : r.quoted) check_exact(q, Role::kDateline);
    } else if (r.what.find("section headings") != std::string::npos) {
      for (const auto& q : r.quoted) check_exact(q, Role::kHeading);
    } else if (r.what.find("attribution") != std::string::npos) {
      for (const auto& q : r.quoted) check_exact(q, Role::kAttribution);
    } else if (r.what.find("boilerplate") != std::string::npos) {
      for (const auto& q : r.quoted) check_ellipsis(q, Role::kBoilerplate);
    } else if (r.what.find("caption") != std::string::npos) {
      for (const auto& q : r.quoted) check_ellipsis(q, Role::kCaption);
    } else if (r.what.find("drop-cap") != std::string::npos) {
      ASSERT_GE(r.quoted.size(), 2u);
      int letter = Find([&](std::string_view t) { return t == r.quoted.front(); });
      ASSERT_GE(letter, 0) << Dump();
      EXPECT_EQ(doc.paragraphs[letter].role, Role::kDuplicate) << Dump();
      check_ellipsis(r.quoted.back(), Role::kDuplicate);
      // The repeat points at the lead, which is body and coded once.
      int lead = doc.paragraphs[letter].duplicate_of;
      ASSERT_GE(lead, 0);
      EXPECT_EQ(doc.paragraphs[lead].role, Role::kBody);
      std::string cont = r.quoted.back().substr(0, r.quoted.back().find(" ..."));
      std::string joined = r.quoted.front() + cont;
      EXPECT_EQ(doc.Slice(doc.paragraphs[lead].start, doc.paragraphs[lead].end).substr(0, joined.size()), joined);
      int bodies = 0;
      for (const auto& p : doc.paragraphs)
        if (IsCoded(p.role) && doc.Slice(p.start, p.end).substr(0, joined.size()) == joined) ++bodies;
      EXPECT_EQ(bodies, 1) << "the lead must be coded exactly once\n" << Dump();
    }
  }
  EXPECT_GE(checked, 6) << "EXPECTED.md section 1 rows not recognised";
}

TEST_F(SeedStructureTest, NoBodySentenceStartsWithDropCapContinuation) {
  REQUIRE_SEED();
  auto splitter = SentenceSplitter::LoadDefault();
  ASSERT_TRUE(splitter.ok()) << splitter.status().ToString();
  splitter->Split(&doc);
  JoinDropCapTokens(&doc);
  ASSERT_FALSE(doc.sentences.empty());
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph < 0 || !IsCoded(doc.paragraphs[s.paragraph].role)) continue;
    std::string_view t = doc.SentenceText(s);
    EXPECT_NE(t.substr(0, 4), "n a ") << t;
    for (size_t i = 0; i + 1 < s.tokens.size(); ++i)
      EXPECT_FALSE(s.tokens[i].form == "I" && s.tokens[i + 1].form == "n") << t;
  }
}

}  // namespace
}  // namespace dyad
