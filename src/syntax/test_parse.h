// Test fixture for the tree repairs: one parsed sentence written
// "form/UPOS/XPOS/head/deprel ..." (head 0 = root, else 1-based), and the
// tree written back the same way, so a test states a parse and the repaired
// parse in one line each. Header-only; used by *_test.cc only.
#ifndef DYAD_SYNTAX_TEST_PARSE_H_
#define DYAD_SYNTAX_TEST_PARSE_H_

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct TestParse {
  std::vector<std::string> words, upos, xpos, deprel;
  std::vector<std::string_view> forms;
  std::vector<int> head;

  explicit TestParse(const std::string& spec) {
    std::istringstream in(spec);
    std::string item;
    while (in >> item) {
      std::vector<std::string> f(4);
      // The form may contain '/', so the fields are cut from the right.
      size_t end = item.size();
      for (int k = 3; k >= 0; --k) {
        const size_t slash = item.rfind('/', end - 1);
        f[k] = item.substr(slash + 1, end - slash - 1);
        end = slash;
      }
      words.push_back(item.substr(0, end));
      upos.push_back(f[0]);
      xpos.push_back(f[1]);
      head.push_back(std::stoi(f[2]));
      deprel.push_back(f[3]);
    }
    forms.assign(words.begin(), words.end());
  }

  // "head/deprel" of every word, space-separated.
  std::string Tree() const {
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) out += ' ';
      out += std::to_string(head[i]);
      out += '/';
      out += deprel[i];
    }
    return out;
  }
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_TEST_PARSE_H_
