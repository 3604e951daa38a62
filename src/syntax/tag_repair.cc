#include "syntax/tag_repair.h"

#include <string>

#include "syntax/acronym.h"
#include "syntax/finite_verb.h"
#include "syntax/tagger.h"

namespace dyad {

int RepairTags(const Tagger& tagger, const std::vector<std::string_view>& forms, double finite_verb_margin,
               bool headline, std::vector<uint16_t>* labels) {
  const size_t n = forms.size();
  if (labels->size() != n || tagger.num_labels() == 0) return 0;
  int repairs = RepairAcronyms(tagger, forms, headline, labels);
  thread_local std::vector<std::string> xpos;
  thread_local std::vector<uint8_t> candidate;
  xpos.resize(n);
  for (size_t i = 0; i < n; ++i) xpos[i] = tagger.label_xpos((*labels)[i]);
  if (int v = MissingFiniteVerb(forms, xpos); v >= 0) {
    for (int l = 0; l < tagger.num_labels(); ++l) {
      if (tagger.label_upos(l) == "VERB" && tagger.label_xpos(l) == "VBD") {
        (*labels)[v] = static_cast<uint16_t>(l);
        ++repairs;
        break;
      }
    }
  } else if (FiniteVerbCandidates(forms, xpos, &candidate)) {
    if (tagger.ForceFiniteVerb(forms, candidate, finite_verb_margin, labels) >= 0) ++repairs;
  }
  return repairs;
}

}  // namespace dyad
