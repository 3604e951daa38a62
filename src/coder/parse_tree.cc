#include "coder/parse_tree.h"

#include <algorithm>

#include "dict/phrase.h"

namespace dyad {

ParseTree::ParseTree(const Sentence& s) : tokens_(s.tokens) {
  const int n = static_cast<int>(tokens_.size());
  head_.resize(n);
  rel_.resize(n);
  children_.resize(n);
  form_key_.resize(n);
  lemma_key_.resize(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens_[i];
    int h = t.head - 1;  // 1-based in Token, 0 = root
    head_[i] = (h >= 0 && h < n && h != i) ? h : -1;
    size_t colon = t.deprel.find(':');
    rel_[i] = colon == std::string::npos ? t.deprel : t.deprel.substr(0, colon);
    form_key_[i] = dict::NormalizeWord(t.form);
    lemma_key_[i] = t.lemma.empty() ? form_key_[i] : dict::NormalizeWord(t.lemma);
  }
  // Guard against cycles from a malformed parse: a head chain longer than n is cut.
  for (int i = 0; i < n; ++i) {
    int steps = 0;
    for (int k = head_[i]; k >= 0 && steps <= n; k = head_[k]) ++steps;
    if (steps > n) head_[i] = -1;
  }
  for (int i = 0; i < n; ++i)
    if (head_[i] >= 0) children_[head_[i]].push_back(i);
  bool modal = RepairModalVerb();
  if (modal) {
    for (auto& c : children_) c.clear();
    for (int i = 0; i < n; ++i)
      if (head_[i] >= 0) children_[head_[i]].push_back(i);
  }
  if (RepairTrailingReport()) {
    for (auto& c : children_) c.clear();
    for (int i = 0; i < n; ++i)
      if (head_[i] >= 0) children_[head_[i]].push_back(i);
  }
}

bool ParseTree::RepairModalVerb() {
  const int n = size();
  bool changed = false;
  for (int m = 0; m + 2 < n; ++m) {
    const std::string& k = lemma_key_[m];
    if (rel_[m] != "aux" || !(k == "will" || k == "would" || k == "shall" || k == "should" || k == "can" ||
                               k == "could" || k == "may" || k == "might" || k == "must"))
      continue;
    const int x = m + 1, h = head_[m];
    if (h != x + 1 || head_[x] != h || upos(h) != "VERB" || (xpos(h) != "VBD" && xpos(h) != "VBN")) continue;
    if (upos(x) != "ADV" && upos(x) != "NOUN" && upos(x) != "ADJ") continue;
    const std::string& w = lemma_key_[x];
    if (w == "not" || w == "never" || w == "n't") continue;
    int obj = -1;
    bool other_aux = false;
    for (int c : children_[h]) {
      if (rel_[c] == "obj" && c > h && obj < 0) obj = c;
      if ((rel_[c] == "aux" || deprel(c) == "aux:pass" || rel_[c] == "cop") && c != m) other_aux = true;
    }
    if (obj < 0 || other_aux) continue;
    if (upos_.empty())
      for (const Token& t : tokens_) {
        upos_.push_back(t.upos);
        xpos_.push_back(t.xpos);
        deprel_.push_back(t.deprel);
      }
    head_[x] = head_[h];
    deprel_[x] = deprel_[h];
    rel_[x] = rel_[h];
    upos_[x] = "VERB";
    xpos_[x] = "VB";
    for (int c : children_[h])
      if (c != x) head_[c] = x;
    head_[h] = obj;
    deprel_[h] = rel_[h] = "amod";
    upos_[h] = "ADJ";
    xpos_[h] = "JJ";
    changed = true;
  }
  return changed;
}

bool ParseTree::RepairTrailingReport() {
  const int n = size();
  bool changed = false;
  for (int r = 0; r < n; ++r) {
    const int main = head_[r];
    if (rel_[r] != "parataxis" || main < 0 || main > r || !IsVerbal(r)) continue;
    int subj = -1;
    for (int c : children_[r])
      if (rel_[c] == "nsubj" && c < r) subj = c;
    if (subj < 0) continue;
    // The subject's first word (its own comma may hang on it).
    int sb = -1;
    for (int k : Subtree(subj))
      if (sb < 0 && rel_[k] != "punct") sb = k;
    if (sb < 2 || form_key_[sb - 1] != ",") continue;
    // The dependents standing between the subject's comma and a comma
    // before them, covering those words exactly.
    std::vector<int> moved;
    int region = sb - 1, covered = 0;
    for (int d : children_[r]) {
      if (d >= sb || rel_[d] == "punct" || rel_[d] == "cc" || rel_[d] == "mark" || rel_[d] == "nsubj") continue;
      std::vector<int> sub = Subtree(d);
      moved.push_back(d);
      region = std::min(region, sub.front());
      covered += static_cast<int>(sub.size());
    }
    if (moved.empty() || region < 2 || region <= main || form_key_[region - 1] != "," ||
        covered != sb - 1 - region)
      continue;
    // The lowest verb of the main clause over the word before the comma.
    const int last = region - 2;
    int a = -1;
    for (int k = last, steps = 0; k >= 0 && steps <= n; k = head_[k], ++steps) {
      if (k == r || !Dominates(main, k)) break;
      if (IsVerbal(k)) {
        a = k;
        break;
      }
    }
    if (a < 0) continue;
    for (int d : moved) head_[d] = a;
    changed = true;
  }
  return changed;
}

int ParseTree::Child(int i, std::string_view rel) const {
  for (int c : children_[i])
    if (deprel(c) == rel || rel_[c] == rel) return c;
  return -1;
}

std::string_view ParseTree::CaseOf(int i) const {
  for (int c : children_[i])
    if (rel_[c] == "case" || rel_[c] == "mark") return form_key_[c];
  return {};
}

bool ParseTree::Dominates(int anc, int i) const {
  for (int k = i, steps = 0; k >= 0 && steps <= size(); k = head_[k], ++steps)
    if (k == anc) return true;
  return false;
}

std::vector<int> ParseTree::Subtree(int i) const {
  std::vector<int> out;
  std::vector<int> stack{i};
  while (!stack.empty()) {
    int k = stack.back();
    stack.pop_back();
    out.push_back(k);
    for (int c : children_[k]) stack.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool ParseTree::IsVerbal(int i) const {
  const std::string& u = upos(i);
  const std::string& x = xpos(i);
  return u == "VERB" || (x.size() >= 2 && x[0] == 'V' && x[1] == 'B' && u != "AUX");
}

bool ParseTree::IsPassive(int i) const {
  for (int c : children_[i])
    if (deprel(c) == "nsubj:pass" || deprel(c) == "aux:pass" || deprel(c) == "obl:agent" ||
        deprel(c) == "csubj:pass")
      return true;
  return false;
}

bool ParseTree::IsNegated(int i) const {
  for (int c : children_[i]) {
    const std::string& k = lemma_key_[c];
    if ((rel_[c] == "advmod" || rel_[c] == "det" || rel_[c] == "neg") &&
        (k == "not" || k == "never" || k == "n't" || k == "no"))
      return true;
  }
  return false;
}

}  // namespace dyad
