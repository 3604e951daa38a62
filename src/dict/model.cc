#include "dict/model.h"

#include <fmt/format.h>

#include <utility>

namespace dyad::dict {

std::string SourceLoc::ToString() const { return fmt::format("{}:{}", file, line); }

std::string Issue::ToString() const {
  return fmt::format("{}: {}: {}", loc.ToString(),
                     severity == Severity::kError ? "error" : "warning", message);
}

std::string CodeTerm::ToString() const {
  if (!dated) return code;
  std::string s = code + "@";
  if (from_day != kOpenFrom) s += Date::FromDays(from_day).ToString();
  s += "..";
  if (to_day != kOpenTo) s += Date::FromDays(to_day).ToString();
  return s;
}

std::string SelectCode(const std::vector<CodeTerm>& terms, const std::optional<Date>& date) {
  if (date) {
    const int64_t day = date->ToDays();
    for (const CodeTerm& t : terms)
      if (t.dated && t.Contains(day)) return t.code;
  }
  for (const CodeTerm& t : terms)
    if (!t.dated) return t.code;
  if (!date) {
    // No date: the term that is still current (open to the future).
    for (auto it = terms.rbegin(); it != terms.rend(); ++it)
      if (it->to_day == CodeTerm::kOpenTo) return it->code;
  }
  return "";
}

std::string ComposeAgent(const std::string& country, const AgentEntry& agent) {
  // A code already holding the agent's code (at a 3-letter boundary) keeps it
  // once: "IRQGOV" + "GOV" stays "IRQGOV".
  auto holds = [&] {
    if (agent.code.empty()) return true;
    for (size_t i = 0; i + agent.code.size() <= country.size(); i += 3)
      if (country.compare(i, agent.code.size(), agent.code) == 0) return true;
    return false;
  };
  switch (agent.compose) {
    case AgentEntry::Compose::kSuffix: return holds() ? country : country + agent.code;
    case AgentEntry::Compose::kPrefix: return holds() ? country : agent.code + country;
    case AgentEntry::Compose::kStandalone: return agent.code;
  }
  return agent.code;
}

const char* SlotName(Slot s) {
  switch (s) {
    case Slot::kNone: return "";
    case Slot::kSource: return "$";
    case Slot::kTarget: return "+";
    case Slot::kAny: return "^";
    case Slot::kCompound: return "%";
  }
  return "";
}

int VerbPattern::Specificity() const {
  int n = 0;
  auto count = [&n](const std::vector<PatternElement>& els) {
    for (const PatternElement& e : els) {
      if (e.kind == PatternElement::Kind::kPrep && !e.prep.empty()) ++n;
      for (const PatternTerm& t : e.words)
        if (!t.word.empty() || !t.synset.empty()) ++n;
    }
  };
  count(before);
  count(after);
  return n;
}

const Synset* Verbs::FindSynset(const std::string& name) const {
  for (const Synset& s : synsets)
    if (s.name == name) return &s;
  return nullptr;
}

void Dictionary::Merge(Dictionary&& o) {
  auto move_all = [](auto& dst, auto& src) {
    dst.insert(dst.end(), std::make_move_iterator(src.begin()), std::make_move_iterator(src.end()));
  };
  move_all(actors.entries, o.actors.entries);
  move_all(actors.adjectives, o.actors.adjectives);
  move_all(agents.entries, o.agents.entries);
  const int block_base = static_cast<int>(verbs.blocks.size());
  const int entry_base = static_cast<int>(verbs.entries.size());
  for (VerbBlock& b : o.verbs.blocks)
    for (int& v : b.verbs) v += entry_base;
  for (VerbEntry& e : o.verbs.entries) e.block += block_base;
  move_all(verbs.blocks, o.verbs.blocks);
  move_all(verbs.entries, o.verbs.entries);
  move_all(verbs.synsets, o.verbs.synsets);
  move_all(verbs.transforms, o.verbs.transforms);
  move_all(verbs.judgments, o.verbs.judgments);
  move_all(discards.entries, o.discards.entries);
  move_all(tests, o.tests);
  move_all(files, o.files);
}

}  // namespace dyad::dict
