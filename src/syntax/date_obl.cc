#include "syntax/date_obl.h"

#include "base/date.h"
#include "base/strings.h"
#include "syntax/tree_span.h"

namespace dyad {
namespace {

// Prepositions that take a day or month as their object.
bool IsDatePreposition(std::string_view form) {
  return OneOf(AsciiLower(form), {"on", "in", "by", "since", "until", "till", "before", "after", "from", "during",
                                  "through", "throughout", "between"});
}

}  // namespace

bool IsDateName(std::string_view form, std::string_view upos) {
  if (upos != "PROPN" || form.empty() || !(form[0] >= 'A' && form[0] <= 'Z')) return false;
  return WeekdayFromName(form) >= 0 || MonthFromName(form) > 0;
}

int RepairDateSubjects(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                       const std::vector<std::string>& xpos, std::vector<int>* head,
                       std::vector<std::string>* deprel) {
  const int n = static_cast<int>(forms.size());
  if (!OneEntryPerWord(forms.size(), upos, xpos, *head, *deprel)) return 0;
  auto& h = *head;
  auto& d = *deprel;
  int changed = 0;
  for (int w = 1; w < n; ++w) {
    if (!(d[w] == "nsubj" || d[w] == "nsubj:pass") || !IsDateName(forms[w], upos[w])) continue;
    const int v = h[w] - 1;  // the verb it was made the subject of
    if (v < 0) continue;
    // A clause has one subject: the date is the wrong one only when the verb
    // has another ("After May resigned": May is the subject).
    bool other = false;
    for (int k = 0; k < n; ++k) other = other || (k != w && h[k] == v + 1 && (d[k] == "nsubj" || d[k] == "nsubj:pass"));
    if (!other) continue;
    const int left = LeftEdge(h, w);
    const int p = left - 1;
    if (p < 0) continue;
    if (xpos[p] == "IN" && IsDatePreposition(forms[p]) && !Dominates(h, p, w) && LeftEdge(h, p) == p &&
        RightEdge(h, p) == p) {
      // "on/mark Tuesday/nsubj": the preposition is the day's case marker.
      h[p] = w + 1;
      d[p] = "case";
      d[w] = upos[v] == "VERB" || upos[v] == "AUX" ? "obl" : "nmod";
      changed += 2;
    } else if (left == w && (xpos[p] == "CD" || IsDateName(forms[p], upos[p]))) {
      // "on Friday 12 May": the month continues the date phrase before it,
      // which hangs from the same verb under a preposition.
      int top = p;
      for (int steps = 0; steps < n && h[top] >= 1 && h[top] - 1 != v && !Dominates(h, w, h[top] - 1); ++steps)
        top = h[top] - 1;
      if (h[top] - 1 != v || !(d[top] == "obl" || d[top] == "obl:tmod" || d[top] == "nmod")) continue;
      bool has_case = false;
      for (int c = 0; c < n; ++c) has_case = has_case || (h[c] == top + 1 && d[c] == "case");
      if (!has_case) continue;
      h[w] = p + 1;
      d[w] = "nmod:unmarked";
      ++changed;
    }
  }
  // "Iran on Tuesday ordered": the day hung from the name before it (nmod)
  // while that name is the subject of the verb right after the day's
  // phrase. A name is not modified by a day; the verb is.
  for (int w = 1; w < n; ++w) {
    if (d[w] != "nmod" || !IsDateName(forms[w], upos[w])) continue;
    const int s = h[w] - 1;  // the name
    if (s < 0 || s >= w || upos[s] != "PROPN" || !(d[s] == "nsubj" || d[s] == "nsubj:pass")) continue;
    const int v = h[s] - 1;  // its verb, right after the date phrase
    if (v < 0 || !(upos[v] == "VERB" || upos[v] == "AUX") || v != RightEdge(h, w) + 1) continue;
    const int p = LeftEdge(h, w);
    if (p == w || h[p] != w + 1 || d[p] != "case" || !IsDatePreposition(forms[p]) || RightEdge(h, s) != RightEdge(h, w))
      continue;
    h[w] = v + 1;
    d[w] = "obl";
    ++changed;
  }
  return changed;
}

}  // namespace dyad
