#include "syntax/headline_clause.h"

#include "base/strings.h"
#include "syntax/tree_span.h"

namespace dyad {
namespace {

bool IsFinite(const std::string& upos, const std::string& xpos) {
  return upos == "VERB" && OneOf(xpos, {"VBZ", "VBP", "VBD"});
}

bool IsSubject(const std::string& rel) {
  return rel == "nsubj" || rel == "nsubj:pass" || rel == "csubj" || rel == "csubj:pass" || rel == "expl";
}

}  // namespace

int RepairHeadlineClause(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                         const std::vector<std::string>& xpos, bool headline, std::vector<int>* head,
                         std::vector<std::string>* deprel) {
  const int n = static_cast<int>(forms.size());
  if (!OneEntryPerWord(forms.size(), upos, xpos, *head, *deprel)) return 0;
  auto& h = *head;
  auto& d = *deprel;
  auto has_child = [&](int w, auto&& pred) { return HasChild(h, w, pred); };
  int changed = 0;
  // 1. A compound of a finite verb is its subject.
  for (int c = 0; c < n; ++c) {
    const int v = h[c] - 1;
    if (v <= c || d[c] != "compound" || !(upos[c] == "NOUN" || upos[c] == "PROPN")) continue;
    if (!IsFinite(upos[v], xpos[v]) || RightEdge(h, c) != v - 1) continue;
    if (has_child(v, [&](int k) { return IsSubject(d[k]); })) continue;
    d[c] = "nsubj";
    ++changed;
  }
  if (!headline) return changed;
  // 2. Two subjects side by side: the first is a noun modifier of the
  // second ("Hamas gunmen kill three": Hamas/nsubj gunmen/nsubj).
  for (int a = 0; a + 1 < n; ++a) {
    const int v = h[a] - 1;
    if (v < 0 || d[a] != "nsubj" || !(upos[a] == "NOUN" || upos[a] == "PROPN")) continue;
    const int b = a + 1 + (RightEdge(h, a) - a);  // the word after a's phrase
    if (b >= n || b >= v) continue;
    int s = -1;
    for (int k = b; k < v && s < 0; ++k)
      if (h[k] == v + 1 && d[k] == "nsubj" && LeftEdge(h, k) == b) s = k;
    if (s < 0 || !(upos[s] == "NOUN" || upos[s] == "PROPN")) continue;
    h[a] = s + 1;
    d[a] = "compound";
    ++changed;
  }
  // 3. A name root with a relative clause that is the headline's clause.
  int r = -1;
  for (int w = 0; w < n; ++w)
    if (h[w] == 0) r = w;
  if (r < 0 || upos[r] != "PROPN") return changed;
  // A name with its own subject, copula, determiner or preposition is a
  // predicate or a phrase, not a bare name.
  if (has_child(r, [&](int k) { return IsSubject(d[k]) || OneOf(d[k], {"cop", "det", "case", "mark"}); }))
    return changed;
  for (int v = r + 1; v < n; ++v) {
    if (h[v] != r + 1 || !OneOf(d[v], {"acl:relcl", "advcl:relcl", "acl"}) || !IsFinite(upos[v], xpos[v])) continue;
    int s = -1;
    for (int k = 0; k < v; ++k)
      if (h[k] == v + 1 && d[k] == "nsubj") s = k;
    if (s < 0 || !(upos[s] == "NOUN" || upos[s] == "PROPN")) continue;
    // No relative word anywhere in the clause before the verb.
    bool relative = false;
    for (int k = LeftEdge(h, s); k < v; ++k)
      relative = relative || OneOf(xpos[k], {"WDT", "WP", "WP$", "WRB"}) || AsciiLower(forms[k]) == "that";
    if (relative) continue;
    // The name phrase (the root and its dependents before the clause) ends
    // right before the subject phrase.
    bool adjacent = LeftEdge(h, s) >= 1 && LeftEdge(h, s) > r;
    for (int k = r + 1; k < LeftEdge(h, s) && adjacent; ++k) adjacent = Dominates(h, r, k) && !Dominates(h, v, k);
    if (!adjacent) continue;
    h[v] = 0;
    d[v] = "root";
    for (int k = v + 1; k < n; ++k)
      if (h[k] == r + 1) h[k] = v + 1;
    h[r] = s + 1;
    d[r] = "compound";
    changed += 2;
    break;
  }
  return changed;
}

}  // namespace dyad
