#include "syntax/finite_verb.h"

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

}  // namespace dyad
