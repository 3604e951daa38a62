#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace dyad {
namespace {

std::vector<Token> Tok(std::string_view s) {
  Tokenizer t;
  std::vector<Token> out;
  t.Tokenize(s, 0, static_cast<uint32_t>(s.size()), &out);
  return out;
}

std::string Surface(std::string_view s) {
  std::string r;
  for (const auto& t : Tok(s)) {
    if (!r.empty()) r += ' ';
    r.append(s.substr(t.start, t.end - t.start));
  }
  return r;
}

std::string Forms(std::string_view s) {
  std::string r;
  for (const auto& t : Tok(s)) {
    if (!r.empty()) r += ' ';
    r += t.form;
  }
  return r;
}

TEST(TokenizerTest, OffsetsPointAtOriginalBytes) {
  std::string s = "  He said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x94 twice.";
  auto toks = Tok(s);
  ASSERT_EQ(toks.size(), 8u);
  EXPECT_EQ(toks[0].start, 2u);
  EXPECT_EQ(s.substr(toks[2].start, toks[2].end - toks[2].start), "\xE2\x80\x9C");
  EXPECT_EQ(toks[2].form, "\"");
  EXPECT_EQ(toks[5].form, "--");
  EXPECT_EQ(toks.back().form, ".");
  EXPECT_EQ(toks.back().end, s.size());
}

TEST(TokenizerTest, SpaceAfter) {
  std::string s = "Iraq's army (IRQ) left.";
  auto toks = Tok(s);
  ASSERT_EQ(Surface(s), "Iraq 's army ( IRQ ) left .");
  EXPECT_FALSE(toks[0].space_after);
  EXPECT_TRUE(toks[1].space_after);
  EXPECT_FALSE(toks[3].space_after);
  EXPECT_FALSE(toks[4].space_after);
  EXPECT_TRUE(toks[5].space_after);
  EXPECT_FALSE(toks.back().space_after);  // end of text
}

TEST(TokenizerTest, SubSpanAppendsAndLooksPastEnd) {
  std::string s = "one two three";
  Tokenizer t;
  std::vector<Token> out;
  t.Tokenize(s, 4, 7, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].start, 4u);
  EXPECT_EQ(out[0].end, 7u);
  EXPECT_TRUE(out[0].space_after);
  t.Tokenize(s, 8, 11, &out);  // "thr" of "three": next byte is not space
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].form, "thr");
  EXPECT_FALSE(out[1].space_after);
  t.Tokenize(s, 9, 9, &out);
  t.Tokenize(s, 20, 30, &out);  // out of range: nothing
  EXPECT_EQ(out.size(), 2u);
}

TEST(TokenizerTest, FormsOfEveryLengthWhereverTheyEnd) {
  // Short forms are copied as a fixed 15 bytes and cut back when the buffer
  // holds that many (RawTokens::AppendToken): a word of every length from 1
  // to 20 bytes, at the very end of the text, before more text, and forms
  // normalised into the forms buffer (the last of them near its end).
  const std::string letters = "abcdefghijklmnopqrst";
  for (size_t n = 1; n <= letters.size(); ++n) {
    const std::string w = letters.substr(0, n);
    EXPECT_EQ(Forms(w), w);
    EXPECT_EQ(Forms("x " + w), "x " + w);
    EXPECT_EQ(Forms(w + " and a longer tail of text"), w + " and a longer tail of text");
    EXPECT_EQ(Forms("\xE2\x80\x9C" + w + "\xE2\x80\x9D"), "\" " + w + " \"");
    EXPECT_EQ(Forms(w + "\xE2\x80\x94" + w), w + " -- " + w);
  }
  EXPECT_EQ(Forms("\xE2\x80\x9Cone\xE2\x80\x9D \xE2\x80\x9Ctwo\xE2\x80\x9D caf\x65\xCC\x81s \xE2\x80\x98x\xE2\x80\x99"),
            "\" one \" \" two \" caf\xC3\xA9s ' x '");
}

TEST(TokenizerTest, NormalizesToNfc) {
  // "e" + combining acute -> precomposed é.
  EXPECT_EQ(NormalizeTokenForm("Caf" "e\xCC\x81"), "Caf\xC3\xA9");
  EXPECT_EQ(NormalizeTokenForm("don\xE2\x80\x99t"), "don't");
  EXPECT_EQ(NormalizeTokenForm("\xE2\x80\xA6"), "...");
  EXPECT_EQ(NormalizeTokenForm("\xE2\x80\x93"), "-");
  EXPECT_EQ(NormalizeTokenForm("a\xFF"), "a\xEF\xBF\xBD");  // invalid byte -> U+FFFD
}

TEST(TokenizerTest, InvalidUtf8NeverCrashesAndStaysInBounds) {
  std::string s = "ab\xC3 \xE2\x80 x\xF0\x9F\x98 \x80\x80 don\xE2\x80t.";
  auto toks = Tok(s);
  uint32_t last = 0;
  for (const auto& t : toks) {
    EXPECT_LE(last, t.start);
    EXPECT_LT(t.start, t.end);
    EXPECT_LE(t.end, s.size());
    last = t.end;
  }
  EXPECT_FALSE(toks.empty());
}

TEST(TokenizerTest, UnicodeSpacesSeparate) {
  // NBSP, thin space, ideographic space.
  EXPECT_EQ(Surface("a\xC2\xA0" "b\xE2\x80\x89" "c\xE3\x80\x80" "d"), "a b c d");
}

// Data-driven cases: tests/data/tokenizer/*.txt. Each case is an input line
// followed by the expected tokens separated by single spaces; blank lines and
// lines starting with "#" between cases are ignored. In files whose name
// contains "forms" the expected line lists normalised forms, otherwise the
// original text of each token. "\n" in an input stands for a line break.
struct Case {
  std::string file;
  int line = 0;
  std::string input, expected;
};

std::string Unescape(const std::string& s) {
  std::string r;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      r += '\n';
      ++i;
    } else {
      r += s[i];
    }
  }
  return r;
}

std::vector<Case> LoadCases(const std::string& dir) {
  std::vector<Case> cases;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    int n = 0;
    Case c;
    bool have_input = false;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      if (!have_input) {
        c = Case{f, n, Unescape(line), ""};
        have_input = true;
      } else {
        c.expected = line;
        cases.push_back(c);
        have_input = false;
      }
    }
    EXPECT_FALSE(have_input) << f << ": last case has no expected line";
  }
  return cases;
}

TEST(TokenizerTest, DataDrivenCases) {
  auto cases = LoadCases(testing::TestData("tokenizer"));
  EXPECT_GE(cases.size(), 40u);
  int failed = 0;
  for (const auto& c : cases) {
    bool forms = c.file.find("forms") != std::string::npos;
    std::string got = forms ? Forms(c.input) : Surface(c.input);
    if (got != c.expected) {
      ++failed;
      ADD_FAILURE() << c.file << ":" << c.line << ": " << c.input << "\n  expected: " << c.expected
                    << "\n  got:      " << got;
    }
  }
  std::cout << "tokenizer cases: " << cases.size() - failed << "/" << cases.size() << " pass\n";
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(TokenizerTest, CliticContinuationRegroupsSurfaceTokens) {
  std::string s = "They don't see Iraq's forces' gains, cannot say 'yes' or 's";
  auto toks = Tok(s);
  std::vector<std::string> surface;
  for (size_t k = 0; k < toks.size(); ++k) {
    std::string piece(s.substr(toks[k].start, toks[k].end - toks[k].start));
    if (IsCliticContinuation(toks, k)) surface.back() += piece;
    else surface.push_back(piece);
  }
  std::vector<std::string> want = {"They", "don't", "see", "Iraq's", "forces'", "gains", ",",
                                   "cannot", "say", "'", "yes", "'", "or", "'s"};
  EXPECT_EQ(surface, want);
}

}  // namespace
}  // namespace dyad
