#include "syntax/acronym.h"

#include <algorithm>

#include "base/strings.h"
#include "syntax/perceptron.h"
#include "syntax/tagger.h"

namespace dyad {

bool IsCapitalsWord(std::string_view form) {
  int letters = 0;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (!(c == '&' && i > 0 && i + 1 < form.size())) {
      return false;
    }
  }
  return letters >= 2;
}

bool WrittenInCapitals(const std::vector<std::string_view>& forms) {
  int words = 0, capitals = 0;
  for (std::string_view f : forms) {
    int letters = 0;
    bool lower = false;
    for (char c : f) {
      if (c >= 'a' && c <= 'z') {
        ++letters;
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        ++letters;
      }
    }
    if (letters < 2) continue;
    ++words;
    capitals += !lower;
  }
  return words > 0 && 2 * capitals > words;
}

std::vector<size_t> AcronymNames(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                                 const std::vector<std::string>& xpos, bool headline,
                                 const std::function<bool(std::string_view)>& known) {
  std::vector<size_t> out;
  if (upos.size() != forms.size() || xpos.size() != forms.size()) return out;
  bool checked = false;
  for (size_t i = 0; i < forms.size(); ++i) {
    if (!IsCapitalsWord(forms[i]) || OneOf(upos[i], {"PROPN", "PUNCT", "SYM", "NUM", "X"})) continue;
    const bool unknown = !known(AsciiLower(forms[i]));
    // Verbs and adjectives are not written as acronyms; a plural noun
    // ending in capital S is not a plural.
    const bool misread = unknown && (OneOf(upos[i], {"VERB", "AUX", "ADJ"}) ||
                                     (upos[i] == "NOUN" && xpos[i] == "NNS" && forms[i].back() == 'S'));
    if (!(misread || (headline && upos[i] == "NOUN"))) continue;
    if (!checked) {
      if (WrittenInCapitals(forms)) return out;
      checked = true;
    }
    out.push_back(i);
  }
  return out;
}

int RepairAcronyms(const Tagger& tagger, const std::vector<std::string_view>& forms, bool headline,
                   std::vector<uint16_t>* labels) {
  const size_t n = forms.size();
  if (labels->size() != n || tagger.num_labels() == 0) return 0;
  int nnp = -1;
  for (int l = 0; l < tagger.num_labels() && nnp < 0; ++l)
    if (tagger.label_upos(l) == "PROPN" && tagger.label_xpos(l) == "NNP") nnp = l;
  if (nnp < 0) return 0;
  // Cheap test first: most sentences have no word in capitals.
  bool any = false;
  for (std::string_view f : forms) any = any || IsCapitalsWord(f);
  if (!any) return 0;
  const auto& lexicon = tagger.ambiguity();
  auto known = [&](std::string_view lower) { return lexicon.count(HashString(lower)) > 0; };
  int changed = 0;
  // One word at a time, left to right: tagging again after a change may
  // change the words after it.
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::string> upos(n), xpos(n);
    for (size_t k = 0; k < n; ++k) {
      upos[k] = tagger.label_upos((*labels)[k]);
      xpos[k] = tagger.label_xpos((*labels)[k]);
    }
    std::vector<size_t> names = AcronymNames(forms, upos, xpos, headline, known);
    auto next = std::lower_bound(names.begin(), names.end(), i);
    if (next == names.end()) break;
    i = *next;
    (*labels)[i] = static_cast<uint16_t>(nnp);
    tagger.RetagAfter(forms, i, labels);
    ++changed;
  }
  return changed;
}

}  // namespace dyad
