#include "coder/participle_recipient.h"

#include <string_view>

namespace dyad {
namespace {

bool IsReducedParticiple(const ParseTree& t, int p) {
  if (t.rel(p) != "acl") return false;
  std::string_view d = t.deprel(p);
  if (d.size() >= 6 && d.substr(d.size() - 6) == ":relcl") return false;
  return t.xpos(p) == "VBN" || t.xpos(p) == "VBG";
}

bool IsByAgent(const ParseTree& t, int d) {
  return t.deprel(d) == "obl:agent" || ((t.rel(d) == "obl" || t.rel(d) == "nmod") && t.CaseOf(d) == "by");
}

// The case word ("to") of phrase head h, or -1.
int CaseWord(const ParseTree& t, int h) {
  for (int c : t.children(h))
    if (t.rel(c) == "case") return c;
  return -1;
}

// Participles modifying v's objects and obliques.
template <typename F>
void ForEachParticiple(const ParseTree& t, int v, const F& f) {
  for (int ch : t.children(v)) {
    std::string_view r = t.rel(ch);
    if (r != "obj" && r != "obl" && r != "iobj") continue;
    for (int p : t.children(ch))
      if (IsReducedParticiple(t, p)) f(p);
  }
}

}  // namespace

std::vector<int> ParticipleRecipients(const ParseTree& t, int v) {
  std::vector<int> out;
  if (v < 0 || v >= t.size()) return out;
  for (int ch : t.children(v)) {
    std::string_view r = t.rel(ch);
    if ((r == "obl" || r == "obj" || r == "iobj" || r == "nmod") && t.CaseOf(ch) == "to") return out;
  }
  ForEachParticiple(t, v, [&](int p) {
    for (int d : t.children(p)) {
      if ((t.rel(d) == "obl" || t.rel(d) == "nmod") && t.CaseOf(d) == "to") out.push_back(d);
      if (!IsByAgent(t, d)) continue;
      for (int e : t.children(d)) {
        if (t.rel(e) != "nmod" || t.CaseOf(e) != "to") continue;
        int c = CaseWord(t, e);
        if (c > 0 && t.form_key(c - 1) == ",") out.push_back(e);
      }
    }
  });
  return out;
}

bool InParticipleAgent(const ParseTree& t, int v, int j) {
  bool in = false;
  ForEachParticiple(t, v, [&](int p) {
    for (int d : t.children(p))
      if (IsByAgent(t, d) && t.Dominates(d, j)) in = true;
  });
  return in;
}

}  // namespace dyad
