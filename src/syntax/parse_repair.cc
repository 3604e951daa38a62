#include "syntax/parse_repair.h"

#include "base/date.h"
#include "base/strings.h"
#include "syntax/tree_span.h"

namespace dyad {
namespace {

bool IsObjectControlVerb(std::string_view lemma) {
  return OneOf(lemma, {"prompt", "urge", "force", "ask", "persuade", "lead", "push", "press", "pressure", "compel",
                       "encourage", "order", "invite", "allow", "enable", "cause", "convince", "call", "tell",
                       "request", "instruct", "authorize", "authorise", "permit", "oblige", "require", "spur",
                       "drive", "inspire", "motivate", "warn", "advise", "direct", "command", "implore", "beg"});
}

}  // namespace

int RepairParse(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                const std::vector<std::string>& xpos, const std::vector<std::string>& lemma, std::vector<int>* head,
                std::vector<std::string>* deprel) {
  const int n = static_cast<int>(forms.size());
  if (!OneEntryPerWord(forms.size(), *head, *deprel)) return 0;
  auto& h = *head;
  auto& d = *deprel;
  // Children of word w (0-based), as 0-based indices.
  auto has_child = [&](int w, auto&& pred) { return HasChild(h, w, pred); };
  auto object_of = [&](int v) {
    for (int c = 0; c < n; ++c)
      if (h[c] == v + 1 && d[c] == "obj") return c;
    return -1;
  };
  // Rightmost word of w's subtree.
  auto right_edge = [&](int w) {
    int r = w;
    for (bool grew = true; grew;) {
      grew = false;
      for (int c = r + 1; c < n; ++c)
        if (h[c] >= 1 && h[c] - 1 >= w && h[c] - 1 <= r) {
          r = c;
          grew = true;
        }
    }
    return r;
  };
  int changed = 0;
  for (int b = 0; b < n; ++b) {
    int v = h[b] - 1;
    if (v < 0 || d[b] != "obl" || upos[v] != "VERB") continue;
    if (!(upos[b] == "PROPN" || upos[b] == "PRON")) continue;
    if (MonthFromName(forms[b]) > 0 || WeekdayFromName(forms[b], true) >= 0) continue;
    // The case marker is "by", and it opens the phrase.
    int by = -1;
    for (int c = 0; c < b; ++c)
      if (h[c] == b + 1 && d[c] == "case") by = c;
    if (by < 0 || AsciiLower(forms[by]) != "by") continue;
    bool passive = has_child(v, [&](int c) { return d[c] == "aux:pass" || d[c] == "nsubj:pass"; });
    if (passive || xpos[v] == "VBN") continue;
    int o = object_of(v);
    if (o < 0 || o > by || !(upos[o] == "NOUN")) continue;
    if (right_edge(o) != by - 1) continue;  // the by-phrase directly follows the object phrase
    h[b] = o + 1;
    d[b] = "nmod";
    ++changed;
  }
  for (int c = 0; c < n; ++c) {
    int v = h[c] - 1;
    if (v < 0 || d[c] != "advcl" || upos[c] != "VERB" || xpos[c] != "VB") continue;
    if (!IsObjectControlVerb(lemma[v])) continue;
    bool to = has_child(c, [&](int k) { return d[k] == "mark" && AsciiLower(forms[k]) == "to" && k < c; });
    if (!to) continue;
    int o = object_of(v);
    if (o < 0 || o > c || !(upos[o] == "NOUN" || upos[o] == "PROPN" || upos[o] == "PRON")) continue;
    if (right_edge(o) + 2 != c) continue;  // "X to act": the object phrase, "to", the verb
    d[c] = "xcomp";
    ++changed;
  }
  // 3. A coordinated subject read as coordinated clauses.
  auto nominal = [&](int w) { return upos[w] == "NOUN" || upos[w] == "PROPN" || upos[w] == "PRON"; };
  for (int v = 0; v < n; ++v) {
    const int first = h[v] - 1;
    if (first < 0 || first >= v || d[v] != "conj" || upos[v] != "VERB") continue;
    if (!(xpos[v] == "VBD" || xpos[v] == "VBZ" || xpos[v] == "VBP")) continue;
    if (!nominal(first) || !(d[first] == "root" || d[first] == "nsubj")) continue;
    // The first noun is not itself a predicate ("Chile is a member, and Peru signed").
    if (has_child(first, [&](int c) { return d[c] == "cop" || d[c] == "nsubj" || d[c] == "aux"; })) continue;
    int subj = -1, subjects = 0;
    for (int c = 0; c < n; ++c)
      if (h[c] == v + 1 && (d[c] == "nsubj" || d[c] == "nsubj:pass")) {
        subj = c;
        ++subjects;
      }
    if (subjects != 1 || subj <= first || subj >= v || !nominal(subj)) continue;
    // The subject is a list's last conjunct: an "and"/"or" right before its
    // phrase, hung on the subject or (as the conj of clauses) on the verb.
    auto is_and = [&](int c) {
      return c < subj && d[c] == "cc" && (AsciiLower(forms[c]) == "and" || AsciiLower(forms[c]) == "or");
    };
    bool cc = has_child(subj, is_and) || has_child(v, is_and);
    if (!cc) continue;
    // Only noun phrases between the first noun and the subject (a list, not clauses).
    bool verb_between = false;
    for (int k = first + 1; k < subj; ++k)
      if (upos[k] == "VERB" || upos[k] == "AUX") verb_between = true;
    if (verb_between) continue;
    if (d[first] == "root") {
      h[v] = 0;
      d[v] = "root";
    } else {  // the subject of a verb after the list: "... signed the pact, officials said"
      const int w = h[first] - 1;
      if (w <= v) continue;
      h[v] = w + 1;
      d[v] = "ccomp";
    }
    // The first noun's dependents after the verb (final punctuation) go to
    // the verb; the verb's "and" and comma before the subject go to the
    // subject, the list's last conjunct.
    for (int c = v + 1; c < n; ++c)
      if (h[c] == first + 1) h[c] = v + 1;
    for (int c = first + 1; c < subj; ++c)
      if (h[c] == v + 1 && (d[c] == "cc" || d[c] == "punct")) h[c] = subj + 1;
    h[first] = v + 1;
    d[first] = "nsubj";
    h[subj] = first + 1;
    d[subj] = "conj";
    changed += 3;
  }
  return changed;
}

}  // namespace dyad
