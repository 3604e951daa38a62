// Fuzzes every dictionary reader (the first byte selects it), the compiler,
// the checks and the CAMEO table parser. Any crash or sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dict/cameo.h"
#include "dict/check.h"
#include "dict/compiled.h"
#include "dict/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int which = data[0] % 6;
  if (which == 5) {
    auto t = dyad::dict::CameoTable::Parse(text, "fuzz.tsv");
    if (t.ok())
      for (const auto& c : t->codes()) (void)t->Root(c.code);
    return 0;
  }
  dyad::dict::Dictionary d;
  std::vector<dyad::dict::Issue> issues;
  const dyad::dict::Format formats[] = {dyad::dict::Format::kDyad, dyad::dict::Format::kPetrarchVerbs,
                                        dyad::dict::Format::kPetrarchActors, dyad::dict::Format::kPetrarchAgents,
                                        dyad::dict::Format::kPetrarchDiscards};
  dyad::dict::ReadText(formats[which], text, "fuzz.txt", &d, &issues);
  for (const auto& i : issues) (void)i.ToString();
  dyad::dict::CheckDictionary(d, {nullptr, which == 0}, &issues);
  auto c = dyad::dict::CompiledDictionary::Compile(std::move(d));
  if (!c.ok()) return 0;
  dyad::dict::RunSelfTests(*c, &issues);
  std::vector<dyad::Token> toks;
  for (const std::string& w : dyad::dict::SplitSentence(text.substr(0, 200))) {
    dyad::Token t;
    t.form = w;
    toks.push_back(t);
  }
  auto keys = dyad::dict::KeysOfTokens(toks);
  (void)c->MatchActors(keys, dyad::Date::FromYmd(2020, 1, 1));
  (void)c->MatchAgents(keys);
  (void)c->MatchDiscards(keys);
  for (uint32_t t = 0; t < toks.size(); ++t) {
    (void)c->ActorsAt(keys, t, std::nullopt);
    (void)c->MultiwordVerbsAt(keys, keys, t);
  }
  return 0;
}
