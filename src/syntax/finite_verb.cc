#include "syntax/finite_verb.h"

#include <algorithm>

#include "base/strings.h"

namespace dyad {

int MissingFiniteVerb(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos) {
  const size_t n = forms.size();
  if (n < 4 || xpos.size() != n || forms.back() != ".") return -1;
  for (const std::string& x : xpos)
    if (OneOf(x, {"VBD", "VBZ", "VBP", "MD"})) return -1;
  for (size_t i = 1; i + 1 < n; ++i) {
    if (xpos[i] != "VBN") continue;
    // The first participle decides: "the attacked farmers" stays.
    return OneOf(xpos[i - 1], {"NN", "NNS", "NNP", "NNPS", "PRP"}) ? static_cast<int>(i) : -1;
  }
  return -1;
}

size_t SubordinateClauseStart(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos) {
  const size_t n = std::min(forms.size(), xpos.size());
  for (size_t i = 1; i < n; ++i) {
    if (!OneOf(xpos[i], {"IN", "WRB"})) continue;
    const std::string w = AsciiLower(forms[i]);
    if (OneOf(w, {"after", "before", "because", "since", "until", "till", "while", "when", "once", "if", "unless",
                  "although", "though", "whereas"}))
      return i;
  }
  return forms.size();
}

bool FiniteVerbCandidates(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos,
                          std::vector<uint8_t>* candidate) {
  const size_t n = forms.size();
  candidate->assign(n, 0);
  if (n < 4 || xpos.size() != n) return false;
  // A full stop, or a headline's bare last word; not a question, a list
  // item ending in a colon, or a quotation.
  const std::string& last = xpos.back();
  const bool headline = OneOf(last, {"NN", "NNS", "NNP", "NNPS", "CD", "JJ", "RB", "VBN", "VBG", "VB", "PRP"});
  if (!(forms.back() == "." || headline)) return false;
  size_t comma = n;
  for (size_t i = 0; i < n; ++i)
    if (forms[i] == ",") comma = i;
  const size_t sub = SubordinateClauseStart(forms, xpos);
  size_t limit = n;
  for (size_t i = 0; i < n; ++i) {
    if (!OneOf(xpos[i], {"VBD", "VBZ", "VBP", "MD"})) continue;
    // Finite verbs only in a trailing clause: an attribution after the last
    // comma, or a clause opened by a subordinating conjunction.
    if (i > sub) {
      limit = std::min(limit, sub);
    } else if (comma < n && i > comma) {
      limit = std::min(limit, comma);
    } else {
      return false;
    }
  }
  bool any = false;
  for (size_t i = 1; i < limit && i + 1 <= n; ++i) {
    if (!OneOf(xpos[i], {"NN", "NNS", "VB", "VBN"})) continue;
    if (!OneOf(xpos[i - 1], {"NN", "NNS", "NNP", "NNPS", "PRP"})) continue;
    // A word with a capital is a name here, not a verb.
    if (!forms[i].empty() && forms[i][0] >= 'A' && forms[i][0] <= 'Z') continue;
    (*candidate)[i] = 1;
    any = true;
  }
  return any;
}

bool CoordinatedSubject(const std::vector<std::string_view>& forms, size_t i) {
  return i >= 3 && i < forms.size() && (forms[i - 2] == "and" || forms[i - 2] == "&");
}

}  // namespace dyad
