// Events coded from the project's sample articles (examples/) against the
// analyst-written expected events (examples/expected/*.tsv, format in
// docs/examples.md). Reports precision and recall over all articles and fails
// below 0.8 on either.
//
// Matching: an expected event is found when some produced event in a sentence
// whose text starts with the expected sentence_start has a source, target and
// code the expected line accepts. A produced event is correct when it matches
// some expected event of its document in the same way.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "text/sentence_splitter.h"
#include "test_util.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Ratcheting floors (a floor that once held is never lowered); the issue's
// floor is 0.8 on both (P 0.879, R 0.847 with judgments said to an addressee
// and judgment phrases with modifiers between their words).
constexpr double kPrecisionFloor = 0.87;
constexpr double kRecallFloor = 0.84;

struct Expected {
  std::string where;        // file:line, for messages
  std::string sentence;     // first words of the sentence (whitespace-collapsed)
  std::vector<std::string> sources, targets, codes;  // alternatives; "-" = no actor
  enum Kind { kRequired, kOptional, kNegative };
  // kOptional ("# optional" section): correct when produced, not counted in
  // recall; kNegative ("# not" section): must not be coded.
  Kind kind = kRequired;
  bool negative() const { return kind == kNegative; }
};

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The texts a sentence can be named by: as written (whitespace collapsed) and
// as its tokens' forms joined (curly quotes folded). A drop-cap letter left as
// its own word or sentence ("I" + "n a televised address") is joined to what
// follows it, as a reader sees it.
struct SentenceNames {
  std::vector<std::vector<std::string>> names;  // per sentence
  std::vector<bool> coded;                      // in a headline or body paragraph
};

std::string JoinDropCap(const std::string& s) {
  // "I n a televised" -> "In a televised"
  if (s.size() >= 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == ' ' && s[2] >= 'a' && s[2] <= 'z')
    return s.substr(0, 1) + s.substr(2);
  return s;
}

SentenceNames NamesOf(const Document& doc) {
  SentenceNames out;
  const auto& ss = doc.sentences;
  for (size_t i = 0; i < ss.size(); ++i) {
    std::string raw = Collapse(doc.SentenceText(ss[i]));
    std::string joined;
    for (const auto& t : ss[i].tokens) joined += t.form + (t.space_after ? " " : "");
    joined = Collapse(joined);
    std::vector<std::string> names = {raw, joined};
    // Only as extra names: "A ceasefire" is also a real sentence start.
    if (JoinDropCap(raw) != raw) names.push_back(JoinDropCap(raw));
    if (JoinDropCap(joined) != joined) names.push_back(JoinDropCap(joined));
    // A lone drop-cap letter sentence: the next sentence is also named with it.
    if (i > 0 && raw.size() > 0) {
      std::string prev = Collapse(doc.SentenceText(ss[i - 1]));
      if (prev.size() == 1 && prev[0] >= 'A' && prev[0] <= 'Z') {
        names.push_back(prev + raw);
        names.push_back(prev + joined);
      }
    }
    out.names.push_back(std::move(names));
    int para = ss[i].paragraph;
    out.coded.push_back(para >= 0 && static_cast<size_t>(para) < doc.paragraphs.size() &&
                        IsCoded(doc.paragraphs[para].role));
  }
  return out;
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool Names(const SentenceNames& n, size_t i, const std::string& prefix) {
  for (const auto& s : n.names[i])
    if (StartsWith(s, prefix)) return true;
  return false;
}

// Parses one expected-events file; bad lines are test failures naming file:line.
std::vector<Expected> ReadExpected(const std::string& path) {
  std::vector<Expected> out;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::string line;
  int n = 0;
  Expected::Kind kind = Expected::kRequired;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string t = testing::Trim(line);
    if (t.empty()) continue;
    if (t[0] == '#') {
      std::string section = Collapse(t.substr(1));
      if (section == "not") kind = Expected::kNegative;
      if (section == "optional") kind = Expected::kOptional;
      if (section == "required") kind = Expected::kRequired;
      continue;
    }
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(testing::Trim(c));
    std::string where = path + ":" + std::to_string(n);
    if (cols.size() != 4 || cols[0].empty() || cols[1].empty() || cols[2].empty() || cols[3].empty()) {
      ADD_FAILURE() << where << ": expected 4 tab-separated columns "
                    << "(sentence_start, source, target, codes), got: " << line;
      continue;
    }
    Expected e;
    e.where = where;
    e.sentence = Collapse(cols[0]);
    e.sources = testing::SplitTrim(cols[1], "|");
    e.targets = testing::SplitTrim(cols[2], "|");
    e.codes = testing::SplitTrim(cols[3], "|");
    e.kind = kind;
    for (const auto& code : e.codes) {
      bool digits = !code.empty() && std::all_of(code.begin(), code.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!digits || code.size() < 2 || code.size() > 4)
        ADD_FAILURE() << where << ": bad CAMEO code '" << code << "'";
    }
    out.push_back(std::move(e));
  }
  return out;
}

bool ActorAccepted(const std::vector<std::string>& accepted, const std::optional<ActorRef>& actor) {
  std::string code = actor && !actor->code.empty() ? actor->code : "-";
  return std::find(accepted.begin(), accepted.end(), code) != accepted.end();
}

bool CodeAccepted(const std::vector<std::string>& accepted, const std::string& code) {
  for (const auto& a : accepted) {
    if (a == code) return true;
    if (a.size() == 2 && code.size() >= 2 && code.compare(0, 2, a) == 0) return true;
  }
  return false;
}

// Source, target and code (the sentence is checked by the caller).
bool Matches(const Expected& e, const Event& ev) {
  return ActorAccepted(e.sources, ev.source) && ActorAccepted(e.targets, ev.target) && CodeAccepted(e.codes, ev.code);
}

std::string Describe(const Event& ev, const std::string& sentence) {
  auto actor = [](const std::optional<ActorRef>& a) {
    return a && !a->code.empty() ? a->code + " (" + a->text + ")" : std::string("-");
  };
  return actor(ev.source) + " " + ev.code + " " + actor(ev.target) + " [" + ev.verb_text + "] in \"" +
         sentence.substr(0, 60) + "\"";
}

// The expected-file key of a document: the file stem, plus "__<id>" for a
// JSON Lines record.
std::string KeyOf(const Document& doc) {
  std::string path = doc.path;
  fs::path p(path);
  std::string ext = p.extension().string();
  if (ext.find(':') != std::string::npos) ext = ext.substr(0, ext.find(':'));
  std::string stem = p.stem().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return stem + "__" + doc.id;
  return stem;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : "|") + x;
  return out;
}

// Reads every article file directly in examples/ with `reader`, and calls
// `visit` with each document, its key and its expected events. Fails the test
// for a document without an expected file, two documents with one key, an
// expected file naming no document, or a reader error. Returns false (after
// GTEST_SKIP-style reporting by the caller) when examples/ is absent.
bool ForEachExample(const Reader& reader,
                    const std::function<void(Document& doc, const std::string& key,
                                             const std::vector<Expected>& expected)>& visit,
                    int* docs) {
  const std::string examples = testing::SourcePath("examples");
  if (!fs::is_directory(examples)) return false;
  const std::string expected_dir = examples + "/expected";
  EXPECT_TRUE(fs::is_directory(expected_dir)) << expected_dir << ": no expected-events folder";
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (entry.is_regular_file() && FormatFromExtension(entry.path().string())) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  EXPECT_FALSE(files.empty()) << examples << ": no articles";

  std::set<std::string> seen;
  for (const auto& file : files) {
    std::vector<Diagnostic> diags;
    Status st = reader.ReadPath(file, std::nullopt, [&](Document&& d) {
      Document doc = std::move(d);
      ++*docs;
      std::string key = KeyOf(doc);
      EXPECT_TRUE(seen.insert(key).second) << doc.path << ": two documents share the key " << key;
      std::string exp_path = expected_dir + "/" + key + ".tsv";
      if (!fs::exists(exp_path)) {
        ADD_FAILURE() << doc.path << ": no expected-events file " << exp_path;
        return;
      }
      visit(doc, key, ReadExpected(exp_path));
    }, &diags);
    EXPECT_TRUE(st.ok()) << file << ": " << st.ToString();
    for (const auto& d : diags)
      if (d.severity == Diagnostic::kError) ADD_FAILURE() << d.message;
  }
  if (fs::is_directory(expected_dir)) {
    for (const auto& entry : fs::directory_iterator(expected_dir)) {
      if (entry.path().extension() != ".tsv") continue;
      std::string key = entry.path().stem().string();
      EXPECT_TRUE(seen.count(key)) << entry.path().string() << ": no article has the key " << key;
    }
  }
  return true;
}

// The matching rules of docs/examples.md, on hand-made events.
TEST(ExamplesEvents, MatchingRules) {
  Expected e;
  e.sentence = "Blinken spoke by phone with";
  e.sources = {"USAGOV"};
  e.targets = {"RUSGOV", "-"};
  e.codes = {"04", "1053"};
  Event ev;
  ev.source = ActorRef{"USAGOV", "Blinken", {}};
  ev.target = ActorRef{"RUSGOV", "Lavrov", {}};
  ev.code = "042";
  EXPECT_TRUE(Matches(e, ev));  // a 2-digit root accepts its codes
  ev.code = "105";
  EXPECT_FALSE(Matches(e, ev));  // a 4-digit code accepts only itself
  ev.code = "1053";
  EXPECT_TRUE(Matches(e, ev));
  ev.target.reset();
  EXPECT_TRUE(Matches(e, ev));  // "-": no target
  ev.target = ActorRef{"RUS", "Russia", {}};
  EXPECT_FALSE(Matches(e, ev));  // actor codes are compared whole
  ev.target = ActorRef{"RUSGOV", "Lavrov", {}};
  ev.source = ActorRef{"USAGOVX", "x", {}};
  EXPECT_FALSE(Matches(e, ev));

  Document doc;
  doc.path = "/x/examples/2024_world_events.jsonl:2";
  doc.id = "navalny-sanctions-2024-02-23";
  EXPECT_EQ(KeyOf(doc), "2024_world_events__navalny-sanctions-2024-02-23");
  doc.path = "/x/examples/2023-06-19_blinken_beijing.html";
  EXPECT_EQ(KeyOf(doc), "2023-06-19_blinken_beijing");

  EXPECT_EQ(JoinDropCap("I n a televised address"), "In a televised address");
  EXPECT_EQ(Collapse("  a\n\n b  "), "a b");
}

// Needs no model: every expected line names a sentence of its document that
// the coder sees (headline or body), and every "# not" line names a sentence.
TEST(ExamplesEvents, ExpectedFilesNameSentences) {
  Reader reader;
  auto loaded = SentenceSplitter::LoadDefault();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const SentenceSplitter& splitter = *loaded;
  int docs = 0;
  size_t required = 0, optional = 0, negative = 0;
  bool present = ForEachExample(reader, [&](Document& doc, const std::string&, const std::vector<Expected>& expected) {
    splitter.Split(&doc);
    SentenceNames names = NamesOf(doc);
    for (const auto& e : expected) {
      (e.kind == Expected::kRequired ? required : e.kind == Expected::kOptional ? optional : negative)++;
      bool any = false, coded = false;
      for (size_t i = 0; i < doc.sentences.size(); ++i) {
        if (!Names(names, i, e.sentence)) continue;
        any = true;
        coded = coded || names.coded[i];
      }
      if (!any) {
        // Name the sentences that share the first word, to show how the text was split.
        std::string first = e.sentence.substr(0, e.sentence.find(' '));
        std::string near;
        for (size_t i = 0; i < doc.sentences.size(); ++i)
          for (const auto& n : names.names[i])
            if (StartsWith(n, first) && near.find(n.substr(0, 80)) == std::string::npos) near += "\n    \"" + n.substr(0, 80) + "\"";
        ADD_FAILURE() << e.where << ": no sentence of " << doc.path << " starts with \"" << e.sentence << "\""
                      << (near.empty() ? "" : "; sentences starting with \"" + first + "\":" + near);
      } else if (!coded && !e.negative()) {
        ADD_FAILURE() << e.where << ": \"" << e.sentence << "\" is in " << doc.path
                      << " but not in a headline or body paragraph, so it is never coded";
      }
    }
  }, &docs);
  if (!present) GTEST_SKIP() << "skipped: " << testing::SourcePath("examples") << " is absent";
  std::printf("examples: %d documents, %zu required, %zu optional, %zu forbidden expected events\n", docs, required,
              optional, negative);
  EXPECT_GE(docs, 18) << "the issue asks for at least 18 sample articles";
}

TEST(ExamplesEvents, PrecisionAndRecall) {
  if (!fs::is_directory(testing::SourcePath("examples")))
    GTEST_SKIP() << "skipped: " << testing::SourcePath("examples") << " is absent";
  auto pipeline = Pipeline::Load({});
  ASSERT_TRUE(pipeline.ok()) << "the pipeline cannot load, so the examples cannot be coded: "
                             << pipeline.status().ToString();
  const Pipeline& p = **pipeline;

  size_t expected_total = 0, found = 0, produced_total = 0, correct = 0, forbidden = 0;
  std::ostringstream misses, extras;
  int docs = 0;
  ForEachExample(p.reader(), [&](Document& doc, const std::string& key, const std::vector<Expected>& expected) {
    p.Process(&doc);
    SentenceNames names = NamesOf(doc);
    auto valid = [&](const Event& ev) {
      return ev.sentence_index >= 0 && static_cast<size_t>(ev.sentence_index) < doc.sentences.size();
    };
    auto matches = [&](const Expected& e, const Event& ev) {
      return valid(ev) && Names(names, ev.sentence_index, e.sentence) && Matches(e, ev);
    };
    for (const auto& e : expected) {
      if (e.kind != Expected::kRequired) continue;
      ++expected_total;
      if (std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& ev) { return matches(e, ev); })) {
        ++found;
      } else {
        misses << "  " << e.where << ": \"" << e.sentence << "\" " << Join(e.sources) << " " << Join(e.codes) << " "
               << Join(e.targets) << "\n";
      }
    }
    for (const auto& ev : doc.events) {
      ++produced_total;
      bool ok = false, bad = false;
      for (const auto& e : expected) {
        if (matches(e, ev)) (e.negative() ? bad : ok) = true;
      }
      if (ok && !bad) {
        ++correct;
        continue;
      }
      if (bad) ++forbidden;
      std::string sent = valid(ev) ? Collapse(doc.SentenceText(doc.sentences[ev.sentence_index])) : "";
      extras << "  " << (bad ? "FORBIDDEN " : "") << key << ": " << Describe(ev, sent) << "\n";
    }
  }, &docs);

  double precision = produced_total ? static_cast<double>(correct) / produced_total : 0.0;
  double recall = expected_total ? static_cast<double>(found) / expected_total : 0.0;
  std::printf("examples: precision %.3f recall %.3f (%zu expected, %zu produced) over %d documents\n", precision,
              recall, expected_total, produced_total, docs);
  std::printf("examples: %zu of %zu expected found, %zu of %zu produced correct, %zu forbidden\n", found,
              expected_total, correct, produced_total, forbidden);
  if (!misses.str().empty()) std::printf("missed (expected, not produced):\n%s", misses.str().c_str());
  if (!extras.str().empty()) std::printf("extra (produced, not expected):\n%s", extras.str().c_str());
  EXPECT_GE(precision, kPrecisionFloor) << "precision below the floor";
  EXPECT_GE(recall, kRecallFloor) << "recall below the floor";
  EXPECT_EQ(forbidden, 0u) << "an event the expected files forbid was coded";
}

}  // namespace
}  // namespace dyad
