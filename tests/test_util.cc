#include "test_util.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "text/tokenizer.h"

namespace dyad::testing {

std::optional<std::string> SharedFile(const std::string& relative) {
  std::string root = DYAD_SHARED_DIR;
  if (const char* env = std::getenv("DYAD_SHARED"); env && *env) root = env;
  std::string p = root + "/" + relative;
  if (!std::filesystem::exists(p)) return std::nullopt;
  return p;
}

std::string TestData(const std::string& relative) { return std::string(DYAD_TESTDATA_DIR) + "/" + relative; }
std::string SourcePath(const std::string& relative) { return std::string(DYAD_SOURCE_DIR) + "/" + relative; }

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

std::vector<std::string> SplitTrim(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t p = 0;
  while (true) {
    size_t q = s.find(sep, p);
    out.push_back(Trim(s.substr(p, q == std::string::npos ? std::string::npos : q - p)));
    if (q == std::string::npos) break;
    p = q + sep.size();
  }
  return out;
}

Document OneSentenceDocument(const std::string& text) {
  Document d;
  d.text = text;
  Sentence s;
  s.start = 0;
  s.end = static_cast<uint32_t>(text.size());
  s.paragraph = 0;
  Tokenizer().Tokenize(d.text, 0, s.end, &s.tokens);
  d.sentences.push_back(std::move(s));
  Paragraph p;
  p.start = 0;
  p.end = s.end;
  d.paragraphs.push_back(p);
  return d;
}

int ForEachCase(const std::string& path, const std::function<std::string(const std::string& line)>& check) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::string line;
  int cases = 0, failures = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (Trim(line).empty() || line[0] == '#') continue;
    ++cases;
    std::string err = check(line);
    if (!err.empty()) {
      ++failures;
      ADD_FAILURE() << path << ":" << line_no << ": " << err;
    }
  }
  std::cout << path.substr(path.rfind('/') + 1) << ": " << cases - failures << " of " << cases << " cases pass\n";
  return cases;
}

}  // namespace dyad::testing
