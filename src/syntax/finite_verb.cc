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

namespace {

// A conjunction that opens a finite clause (SubordinateClauseStart's list),
// tagged IN or WRB; with `that`, also "that" tagged IN.
bool Subordinator(std::string_view form, std::string_view x, bool that = false) {
  if (!OneOf(x, {"IN", "WRB"})) return false;
  const std::string w = AsciiLower(form);
  return OneOf(w, {"after", "before", "because", "since", "until", "till", "while", "when", "once", "if", "unless",
                   "although", "though", "whereas"}) ||
         (that && x == "IN" && w == "that");
}

bool IsNoun(std::string_view x) { return OneOf(x, {"NN", "NNS", "NNP", "NNPS"}); }
bool IsFinite(std::string_view x) { return OneOf(x, {"VBD", "VBZ", "VBP", "MD"}); }
// Words of a noun phrase before its head noun, and the head.
bool InNounPhrase(std::string_view x) {
  return IsNoun(x) || OneOf(x, {"DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "HYPH"});
}
// A word that opens a noun phrase of its own.
bool OpensNounPhrase(std::string_view x) { return OneOf(x, {"DT", "PDT", "PRP$"}); }

// Whether the noun phrase ending at word `last` is a subject that opens its
// clause: it reaches back to the sentence's first word (after opening quotes
// or brackets) or to a subordinating conjunction, and is one phrase (a
// determiner right after a noun starts another: in "guns the army sent",
// "the army sent" is a clause of its own).
bool SubjectOpensClause(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos,
                        size_t last) {
  size_t s = last;
  while (s > 0 && InNounPhrase(xpos[s - 1])) --s;
  for (size_t k = s + 1; k <= last; ++k)
    if (OpensNounPhrase(xpos[k]) && (IsNoun(xpos[k - 1]) || xpos[k - 1] == "CD")) return false;
  while (s > 0 && OneOf(xpos[s - 1], {"``", "-LRB-"})) --s;
  return s == 0 || Subordinator(forms[s - 1], xpos[s - 1], /*that=*/true);
}

}  // namespace

size_t SubordinateClauseStart(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos) {
  const size_t n = std::min(forms.size(), xpos.size());
  for (size_t i = 1; i < n; ++i)
    if (Subordinator(forms[i], xpos[i])) return i;
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
    // An adjective in -ed is a participle form too ("The regime committed
    // atrocities" read as "committed atrocities", a noun phrase).
    const bool ed_adjective = xpos[i] == "JJ" && forms[i].size() > 4 && forms[i].substr(forms[i].size() - 2) == "ed";
    if (!(OneOf(xpos[i], {"NN", "NNS", "VB", "VBN"}) || ed_adjective)) continue;
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

void ReducedRelatives(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos,
                      std::vector<size_t>* out) {
  out->clear();
  const size_t n = forms.size();
  if (xpos.size() != n) return;
  for (size_t i = 1; i + 3 < n; ++i) {
    if (xpos[i] != "VBD" || !IsNoun(xpos[i - 1])) continue;
    if (!SubjectOpensClause(forms, xpos, i - 1)) continue;
    // A prepositional phrase (a preposition, then a noun phrase) or an
    // adverb right after it.
    const std::string& next = xpos[i + 1];
    if (next == "IN") {
      if (Subordinator(forms[i + 1], next, /*that=*/true) || !(InNounPhrase(xpos[i + 2]) && xpos[i + 2] != "POS")) continue;
    } else if (next != "RB") {
      continue;
    }
    int prepositions = 0;
    for (size_t k = i + 1; k < n; ++k) {
      const std::string& x = xpos[k];
      if (IsFinite(x)) {
        if (IsNoun(xpos[k - 1]) || OneOf(xpos[k - 1], {"RB", "CD"})) out->push_back(i);
        break;
      }
      // A new noun phrase right after a noun, or a counted one ("at least 200
      // people"): it may be the later verb's subject.
      if (OpensNounPhrase(x) && (IsNoun(xpos[k - 1]) || OneOf(xpos[k - 1], {"CD", "RB"}))) break;
      if (x == "CD" && k + 1 < n && IsNoun(xpos[k + 1])) break;
      // Nouns coordinated inside the phrase ("in Kano and Zaria"), not
      // clauses ("in May and the talks ...").
      if (x == "CC") {
        if (!(IsNoun(xpos[k - 1]) && k + 1 < n && InNounPhrase(xpos[k + 1]) && !OpensNounPhrase(xpos[k + 1]))) break;
        continue;
      }
      // At most two prepositional phrases: a longer stretch may hide a
      // clause with no word to mark it ("for limits on the amount of money
      // producers could charge").
      if (x == "IN" && (Subordinator(forms[k], x, /*that=*/true) || ++prepositions > 2)) break;
      if (!(InNounPhrase(x) || OneOf(x, {"IN", "RB"}))) break;
    }
  }
}

}  // namespace dyad
