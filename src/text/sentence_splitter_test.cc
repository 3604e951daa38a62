#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"
#include "text/boundary_features.h"

namespace dyad {
namespace {

// The splitter with the committed model (tests fail, not exit, when it is missing).
SentenceSplitter DefaultSplitter() {
  auto sp = SentenceSplitter::LoadDefault();
  EXPECT_TRUE(sp.ok()) << sp.status().ToString();
  return sp.ok() ? std::move(*sp) : SentenceSplitter(nullptr);
}

std::vector<Sentence> SplitAll(std::string_view s) {
  const SentenceSplitter sp = DefaultSplitter();
  std::vector<Sentence> out;
  sp.SplitSpan(s, 0, static_cast<uint32_t>(s.size()), 0, &out);
  return out;
}

std::string Joined(std::string_view s) {
  std::string r;
  for (const auto& x : SplitAll(s)) {
    if (!r.empty()) r += " ||| ";
    r.append(s.substr(x.start, x.end - x.start));
  }
  return r;
}

TEST(SentenceSplitterTest, SentencesCarryTokensAndOffsets) {
  std::string s = "Troops left. They returned.";
  auto sents = SplitAll(s);
  ASSERT_EQ(sents.size(), 2u);
  EXPECT_EQ(sents[0].start, 0u);
  EXPECT_EQ(sents[0].end, 12u);
  EXPECT_EQ(sents[0].tokens.size(), 3u);
  EXPECT_EQ(sents[1].start, 13u);
  EXPECT_EQ(sents[1].tokens.front().start, 13u);
  EXPECT_EQ(sents[1].tokens.back().form, ".");
  EXPECT_EQ(sents[1].paragraph, 0);
}

TEST(SentenceSplitterTest, SplitUsesParagraphsAndNeverMergesThem) {
  Document doc;
  doc.text = "Rebels Seize Town\n\nRebels seized the town. Troops fled";
  doc.paragraphs.push_back({Role::kHeadline, 0, 17, -1});
  doc.paragraphs.push_back({Role::kBody, 19, static_cast<uint32_t>(doc.text.size()), -1});
  const SentenceSplitter sp = DefaultSplitter();
  sp.Split(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0);
  EXPECT_EQ(doc.SentenceText(doc.sentences[0]), "Rebels Seize Town");
  EXPECT_EQ(doc.sentences[1].paragraph, 1);
  EXPECT_EQ(doc.SentenceText(doc.sentences[2]), "Troops fled");
}

TEST(SentenceSplitterTest, SplitWithoutParagraphsUsesBlankLines) {
  Document doc;
  // (The title was "Headline Here" until the word-class model, which ends a
  // sentence between an unknown capitalised word and the opener "Here", as
  // EWT's "Thanks | Here is ..." would; docs/splitter.md.)
  doc.text = "Rebels Seize Town\n\nFirst body sentence. Second one.";
  const SentenceSplitter sp = DefaultSplitter();
  sp.Split(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].paragraph, -1);
  EXPECT_EQ(doc.SentenceText(doc.sentences[0]), "Rebels Seize Town");
}

TEST(SentenceSplitterTest, EmptyAndBlankSpans) {
  EXPECT_TRUE(SplitAll("").empty());
  EXPECT_TRUE(SplitAll(" \n\t \xC2\xA0").empty());
}

// Data-driven cases: tests/data/splitter/*.txt, an input line then the
// expected sentences separated by " ||| ". "\n" in an input is a line break.
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

// SplitSpan builds Tokens straight from the tokenizer's raw tokens;
// SplitTokens starts from finished Tokens. Both must give the same
// sentences, token spans, forms and spacing.
TEST(SentenceSplitterTest, RawAndTokenPathsAgree) {
  const std::string text =
      "BAGHDAD, Jan. 5 (Reuters) - Mr. Smith met U.S. officials. They didn\u2019t agree\u2026 "
      "\u201CWhy?\u201D he asked. 1. Go home. The caf\u00E9 (near the U.N.) closed! "
      "Really?! It\u2019s over.\nnext line continues\n\nNew part \u2014 done";
  const SentenceSplitter sp = DefaultSplitter();
  std::vector<Sentence> a;
  sp.SplitSpan(text, 0, static_cast<uint32_t>(text.size()), 3, &a);
  std::vector<Token> toks;
  sp.tokenizer().Tokenize(text, 0, static_cast<uint32_t>(text.size()), &toks);
  std::vector<Sentence> b;
  sp.SplitTokens(text, &toks, 3, &b);
  ASSERT_EQ(a.size(), b.size());
  ASSERT_GE(a.size(), 6u);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].start, b[i].start);
    EXPECT_EQ(a[i].end, b[i].end);
    EXPECT_EQ(a[i].paragraph, 3);
    ASSERT_EQ(a[i].tokens.size(), b[i].tokens.size()) << i;
    for (size_t k = 0; k < a[i].tokens.size(); ++k) {
      EXPECT_EQ(a[i].tokens[k].start, b[i].tokens[k].start);
      EXPECT_EQ(a[i].tokens[k].end, b[i].tokens[k].end);
      EXPECT_EQ(a[i].tokens[k].form, b[i].tokens[k].form);
      EXPECT_EQ(a[i].tokens[k].space_after, b[i].tokens[k].space_after);
    }
  }
  // Folded forms survive the raw path: ’ -> ', … -> ..., “ -> ".
  std::string forms;
  for (const auto& s : a)
    for (const auto& t : s.tokens) forms += t.form + " ";
  EXPECT_NE(forms.find("n't"), std::string::npos);
  EXPECT_NE(forms.find("..."), std::string::npos);
  EXPECT_NE(forms.find("\" Why"), std::string::npos);
  EXPECT_NE(forms.find("caf\u00E9"), std::string::npos);
}

TEST(SentenceSplitterTest, DataDrivenCases) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(testing::TestData("splitter")))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  int total = 0, failed = 0;
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line, input;
    int n = 0, input_line = 0;
    bool have_input = false;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      if (!have_input) {
        input = Unescape(line);
        input_line = n;
        have_input = true;
        continue;
      }
      have_input = false;
      ++total;
      std::string got = Joined(input);
      // Sentences with line breaks inside print them as "\n".
      std::string expected = Unescape(line);
      if (got != expected) {
        ++failed;
        ADD_FAILURE() << f << ":" << input_line << ": " << line << "\n  expected: " << expected
                      << "\n  got:      " << got;
      }
    }
    EXPECT_FALSE(have_input) << f << ": last case has no expected line";
  }
  EXPECT_GE(total, 40);
  std::cout << "splitter cases: " << total - failed << "/" << total << " pass\n";
}

TEST(SentenceSplitterTest, ListOfLinksIsOneSentenceEach) {
  EXPECT_EQ(Joined("Photos: http://pics.example.org/a1.jpg http://pics.example.org/a2.jpg www.example.net/b"),
            "Photos: http://pics.example.org/a1.jpg ||| http://pics.example.org/a2.jpg ||| www.example.net/b");
  // One link inside a sentence, or a word that only starts like one, stays.
  EXPECT_EQ(Joined("Go to www.example.net for the rules"), "Go to www.example.net for the rules");
  EXPECT_EQ(Joined("see http://example.org/x which helps"), "see http://example.org/x which helps");
  EXPECT_EQ(Joined("the https site and the www pages"), "the https site and the www pages");
}

// What the classifier is told about the would-be next sentence at each
// candidate (BoundaryContext::next_lower, next_tokens, next_terminal), keyed
// by the word after the candidate.
struct Ahead {
  std::string next;
  uint32_t tokens, lower;
  bool terminal;
};
std::vector<Ahead> LookAheads(std::string_view text) {
  std::vector<Ahead> out;
  std::vector<Sentence> s;
  SentenceSplitter(nullptr).SplitSpanWith(
      text, 0, static_cast<uint32_t>(text.size()), 0,
      [&](const BoundaryCandidate& c) {
        out.push_back({std::string(c.context->next), c.context->next_tokens, c.context->next_lower,
                       c.context->next_terminal});
        return false;
      },
      &s);
  return out;
}

TEST(SentenceSplitterTest, CandidatesSeeTheNextSentence) {
  // A clause after the colon, a name line after the second one.
  auto a = LookAheads("Note: Bring your own lunch to the meeting. Team lead: Maria Ortiz");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].next, "Bring");
  EXPECT_EQ(a[0].tokens, 7u);  // Bring your own lunch to the meeting
  EXPECT_EQ(a[0].lower, 6u);
  EXPECT_TRUE(a[0].terminal);
  EXPECT_EQ(a[1].next, "Maria");
  EXPECT_EQ(a[1].tokens, 2u);
  EXPECT_EQ(a[1].lower, 0u);
  EXPECT_FALSE(a[1].terminal);  // the paragraph ends
  EXPECT_EQ(a[2].next, "Ortiz");
  EXPECT_EQ(a[2].tokens, 1u);

  // Candidates one after another share one scan: each sees only what
  // follows it.
  auto b = LookAheads("Hi John Thanks Mary see you soon! Bye");
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].next, "John");
  EXPECT_EQ(b[0].tokens, 6u);
  EXPECT_EQ(b[1].next, "Thanks");
  EXPECT_EQ(b[1].tokens, 5u);
  EXPECT_EQ(b[2].next, "Mary");
  EXPECT_EQ(b[2].tokens, 4u);
  for (const Ahead& x : b) {
    EXPECT_EQ(x.lower, 3u) << x.next;  // see you soon
    EXPECT_TRUE(x.terminal) << x.next;
  }

  // A line break that ends a sentence ends the look-ahead; a wrapped line
  // (lowercase after the break) does not.
  auto c = LookAheads("Hi, Please call me\nTom Reyes");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].next, "Please");
  EXPECT_EQ(c[0].tokens, 3u);
  EXPECT_EQ(c[0].lower, 2u);
  EXPECT_FALSE(c[0].terminal);
  auto d = LookAheads("Hi, Please call\nme soon.");
  ASSERT_GE(d.size(), 1u);
  EXPECT_EQ(d[0].next, "Please");
  EXPECT_EQ(d[0].tokens, 4u);
  EXPECT_TRUE(d[0].terminal);

  // At most kLookahead tokens are looked at.
  std::string long_line = "Hello: Then";
  for (int k = 0; k < 40; ++k) long_line += " word";
  auto e = LookAheads(long_line);
  ASSERT_GE(e.size(), 1u);
  EXPECT_EQ(e[0].tokens, BoundaryContext::kLookahead);
  EXPECT_EQ(e[0].lower, BoundaryContext::kLookahead - 1);
  EXPECT_FALSE(e[0].terminal);
}

}  // namespace
}  // namespace dyad
