#include "syntax/tag_repair.h"

#include <string>

#include "syntax/acronym.h"
#include "syntax/finite_verb.h"
#include "syntax/tagger.h"

namespace dyad {
namespace {

// The tagger's label "VERB <xpos>", or -1.
int VerbLabel(const Tagger& tagger, std::string_view xpos) {
  for (int l = 0; l < tagger.num_labels(); ++l)
    if (tagger.label_upos(l) == "VERB" && tagger.label_xpos(l) == xpos) return l;
  return -1;
}

}  // namespace

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
    if (int l = VerbLabel(tagger, "VBD"); l >= 0) {
      (*labels)[v] = static_cast<uint16_t>(l);
      ++repairs;
    }
  } else if (FiniteVerbCandidates(forms, xpos, &candidate)) {
    if (tagger.ForceFiniteVerb(forms, candidate, finite_verb_margin, labels) >= 0) ++repairs;
  }
  // A past tense right after its subject, with the clause's own finite verb
  // after a prepositional phrase, is a reduced relative clause's participle
  // (finite_verb.h); lexical verbs only ("were" stays an auxiliary).
  if (repairs > 0)
    for (size_t i = 0; i < n; ++i) xpos[i] = tagger.label_xpos((*labels)[i]);
  thread_local std::vector<size_t> relatives;
  ReducedRelatives(forms, xpos, &relatives);
  if (!relatives.empty()) {
    if (int vbn = VerbLabel(tagger, "VBN"); vbn >= 0) {
      for (size_t i : relatives) {
        if (tagger.label_upos((*labels)[i]) != "VERB") continue;
        (*labels)[i] = static_cast<uint16_t>(vbn);
        ++repairs;
      }
    }
  }
  return repairs;
}

}  // namespace dyad
