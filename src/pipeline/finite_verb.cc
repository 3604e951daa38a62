#include "pipeline/finite_verb.h"

#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"

namespace dyad {

int MissingFiniteVerb(const Sentence& s) {
  const auto& t = s.tokens;
  if (t.size() < 4 || t.back().form != ".") return -1;
  for (const Token& k : t)
    if (OneOf(k.xpos, {"VBD", "VBZ", "VBP", "MD"})) return -1;
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i].xpos != "VBN") continue;
    const std::string& prev = t[i - 1].xpos;
    if (OneOf(prev, {"NN", "NNS", "NNP", "NNPS", "PRP"})) return static_cast<int>(i);
    return -1;  // the first participle decides: "the attacked farmers" stays
  }
  return -1;
}

bool AnnotateWithFiniteVerb(const SyntaxModel& model, Sentence* s) {
  model.Annotate(s);
  int v = MissingFiniteVerb(*s);
  if (v < 0) return false;
  const size_t n = s->tokens.size();
  std::vector<std::string_view> forms(n);
  std::vector<std::string> upos(n), xpos(n);
  for (size_t i = 0; i < n; ++i) {
    forms[i] = s->tokens[i].form;
    upos[i] = s->tokens[i].upos;
    xpos[i] = s->tokens[i].xpos;
  }
  upos[v] = "VERB";
  xpos[v] = "VBD";
  std::vector<int> heads;
  std::vector<std::string> deprels;
  model.parser().Parse(forms, upos, xpos, &heads, &deprels);
  for (size_t i = 0; i < n; ++i) {
    Token& k = s->tokens[i];
    k.upos = upos[i];
    k.xpos = xpos[i];
    k.head = heads[i];
    k.deprel = deprels[i];
  }
  s->tokens[v].lemma = model.lemmatizer().Lemmatize(forms[v], "VERB", "VBD");
  return true;
}

}  // namespace dyad
