#include "dict/compiled.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>

namespace dyad::dict {
namespace {

std::string UpperName(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

const std::vector<int> kNoEntries;

}  // namespace

Result<CompiledDictionary> CompiledDictionary::Compile(Dictionary dict) {
  CompiledDictionary c;
  c.dict_ = std::move(dict);
  const Dictionary& d = c.dict_;

  // Actors, adjectives, agents, discards: one trie each.
  {
    PhraseMatcher::Builder b;
    for (size_t e = 0; e < d.actors.entries.size(); ++e)
      for (size_t n = 0; n < d.actors.entries[e].names.size(); ++n) {
        b.Add(SplitPhrase(d.actors.entries[e].names[n].text), static_cast<uint32_t>(c.actor_values_.size()));
        c.actor_values_.push_back({static_cast<int>(e), static_cast<int>(n)});
      }
    c.actors_ = std::move(b).Build();
  }
  {
    PhraseMatcher::Builder b;
    for (size_t a = 0; a < d.actors.adjectives.size(); ++a)
      for (const ActorName& f : d.actors.adjectives[a].forms)
        b.Add(SplitPhrase(f.text), static_cast<uint32_t>(a));
    c.adjectives_ = std::move(b).Build();
  }
  {
    PhraseMatcher::Builder b;
    for (size_t a = 0; a < d.agents.entries.size(); ++a)
      b.Add(SplitPhrase(d.agents.entries[a].phrase), static_cast<uint32_t>(a));
    c.agents_ = std::move(b).Build();
  }
  {
    PhraseMatcher::Builder b;
    for (size_t a = 0; a < d.discards.entries.size(); ++a)
      b.Add(SplitPhrase(d.discards.entries[a].phrase), static_cast<uint32_t>(a), d.discards.entries[a].stem);
    c.discards_ = std::move(b).Build();
  }

  // Synsets, expanded to key sequences with nested sets resolved.
  std::unordered_map<std::string, const Synset*> raw;
  for (const Synset& s : d.verbs.synsets) {
    const std::string key = UpperName(s.name);
    if (raw.count(key))
      c.issues_.push_back({Issue::Severity::kWarning, s.loc,
                           fmt::format("synset &{} defined again (first at {}); members merged", s.name,
                                       raw[key]->loc.ToString())});
    else
      raw[key] = &s;
  }
  std::unordered_map<std::string, std::vector<const Synset*>> all_defs;
  for (const Synset& s : d.verbs.synsets) all_defs[UpperName(s.name)].push_back(&s);
  std::function<bool(const std::string&, int, std::vector<std::vector<std::string>>*)> expand =
      [&](const std::string& name, int depth, std::vector<std::vector<std::string>>* out) -> bool {
    auto it = all_defs.find(name);
    if (it == all_defs.end() || depth > 8) return false;
    for (const Synset* s : it->second)
      for (const auto& phrase : s->phrases) {
        std::vector<std::vector<std::string>> partial{{}};
        for (const PatternTerm& t : phrase) {
          std::vector<std::vector<std::string>> alts;
          if (!t.synset.empty()) {
            if (!expand(UpperName(t.synset), depth + 1, &alts)) return false;
          } else if (!t.word.empty()) {
            alts.push_back({t.word});
          }
          if (alts.empty()) continue;
          std::vector<std::vector<std::string>> next;
          for (const auto& p : partial)
            for (const auto& a : alts) {
              if (next.size() > 10000) break;
              auto q = p;
              q.insert(q.end(), a.begin(), a.end());
              next.push_back(std::move(q));
            }
          partial = std::move(next);
        }
        for (auto& p : partial)
          if (!p.empty()) out->push_back(std::move(p));
      }
    return true;
  };
  for (const auto& [name, defs] : all_defs) {
    std::vector<std::vector<std::string>> phrases;
    if (!expand(name, 0, &phrases)) {
      c.issues_.push_back({Issue::Severity::kError, defs[0]->loc,
                           fmt::format("synset &{} refers to an undefined (or cyclic) synset", name)});
      continue;
    }
    c.synsets_[name] = std::move(phrases);
  }

  // Verbs.
  c.patterns_by_block_.resize(d.verbs.blocks.size());
  auto defined = [&](const std::string& s) { return c.synsets_.count(UpperName(s)) > 0; };
  for (size_t b = 0; b < d.verbs.blocks.size(); ++b) {
    const VerbBlock& block = d.verbs.blocks[b];
    for (const VerbPattern& p : block.patterns) {
      std::string missing;
      auto scan = [&](const std::vector<PatternElement>& els) {
        for (const PatternElement& e : els) {
          if (!e.prep.synset.empty() && !defined(e.prep.synset)) missing = e.prep.synset;
          for (const PatternTerm& t : e.words)
            if (!t.synset.empty() && !defined(t.synset)) missing = t.synset;
        }
      };
      scan(p.before);
      scan(p.after);
      if (!missing.empty()) {
        c.issues_.push_back({Issue::Severity::kError, p.loc,
                             fmt::format("pattern uses undefined synset &{}; pattern ignored", missing)});
        continue;
      }
      c.patterns_by_block_[b].push_back(&p);
    }
    std::stable_sort(c.patterns_by_block_[b].begin(), c.patterns_by_block_[b].end(),
                     [](const VerbPattern* x, const VerbPattern* y) {
                       return x->Specificity() > y->Specificity();
                     });
  }
  c.default_codes_.resize(d.verbs.entries.size());
  c.default_reverse_codes_.resize(d.verbs.entries.size());
  for (size_t e = 0; e < d.verbs.entries.size(); ++e) {
    const VerbEntry& v = d.verbs.entries[e];
    const int idx = static_cast<int>(e);
    const bool in_block = v.block >= 0 && v.block < static_cast<int>(d.verbs.blocks.size());
    c.default_codes_[e] = !v.code.empty() ? v.code : in_block ? d.verbs.blocks[v.block].code : "---";
    c.default_reverse_codes_[e] = !v.code.empty() ? v.reverse_code
                                  : in_block      ? d.verbs.blocks[v.block].reverse_code
                                                  : "";
    auto add = [idx](std::vector<int>& list) {
      if (list.empty() || list.back() != idx) list.push_back(idx);
    };
    if (!v.synset.empty()) {
      auto it = c.synsets_.find(UpperName(v.synset));
      if (it == c.synsets_.end()) {
        c.issues_.push_back({Issue::Severity::kError, v.loc,
                             fmt::format("verb head &{} is not a defined synset", v.synset)});
        continue;
      }
      for (const auto& phrase : it->second) {
        if (phrase.size() != 1) continue;  // multiword members cannot head a verb
        add(c.by_lemma_[phrase[0]]);
        if (v.noun) {
          add(c.by_form_[phrase[0]]);
          add(c.by_form_[Plural(phrase[0])]);
        } else {
          for (const std::string& f : VerbForms(phrase[0])) add(c.by_form_[f]);
        }
      }
      continue;
    }
    add(c.by_lemma_[v.lemma]);
    for (const std::string& f : v.forms) add(c.by_form_[f]);
  }
  return c;
}

std::vector<ActorMatch> CompiledDictionary::MatchActors(const TokenKeys& keys,
                                                        const std::optional<Date>& date) const {
  std::vector<ActorMatch> out;
  for (const PhraseMatcher::Match& m : actors_.FindLongest(keys.keys)) {
    const auto [e, n] = actor_values_[m.value];
    const ActorEntry& entry = dict_.actors.entries[e];
    out.push_back({keys.token[m.begin], keys.token[m.end - 1] + 1, e, n, entry.names[n].weak,
                   entry.CodeAt(date)});
  }
  return out;
}

std::vector<ActorMatch> CompiledDictionary::ActorsAt(const TokenKeys& keys, uint32_t t,
                                                     const std::optional<Date>& date) const {
  std::vector<ActorMatch> out;
  if (t + 1 >= keys.first_key.size()) return out;
  const size_t pos = keys.first_key[t];
  if (pos >= keys.keys.size() || keys.token[pos] != t) return out;
  std::vector<uint32_t> values;
  const size_t len = actors_.LongestAt(keys.keys, pos, &values);
  for (uint32_t v : values) {
    const auto [e, n] = actor_values_[v];
    const ActorEntry& entry = dict_.actors.entries[e];
    out.push_back({t, keys.token[pos + len - 1] + 1, e, n, entry.names[n].weak, entry.CodeAt(date)});
  }
  return out;
}

std::vector<AdjectiveMatch> CompiledDictionary::MatchAdjectives(const TokenKeys& keys) const {
  std::vector<AdjectiveMatch> out;
  for (const PhraseMatcher::Match& m : adjectives_.FindLongest(keys.keys))
    out.push_back({keys.token[m.begin], keys.token[m.end - 1] + 1, static_cast<int>(m.value),
                   dict_.actors.adjectives[m.value].code});
  return out;
}

std::vector<AgentMatch> CompiledDictionary::MatchAgents(const TokenKeys& keys) const {
  std::vector<AgentMatch> out;
  for (const PhraseMatcher::Match& m : agents_.FindLongest(keys.keys))
    out.push_back({keys.token[m.begin], keys.token[m.end - 1] + 1, static_cast<int>(m.value)});
  return out;
}

std::vector<DiscardMatch> CompiledDictionary::MatchDiscards(const TokenKeys& keys) const {
  std::vector<DiscardMatch> out;
  for (const PhraseMatcher::Match& m : discards_.FindLongest(keys.keys))
    out.push_back({keys.token[m.begin], keys.token[m.end - 1] + 1, static_cast<int>(m.value),
                   dict_.discards.entries[m.value].story});
  return out;
}

const std::vector<int>& CompiledDictionary::VerbsForLemma(std::string_view lemma) const {
  auto it = by_lemma_.find(NormalizeWord(lemma));
  return it == by_lemma_.end() ? kNoEntries : it->second;
}

const std::vector<int>& CompiledDictionary::VerbsForForm(std::string_view form) const {
  auto it = by_form_.find(NormalizeWord(form));
  return it == by_form_.end() ? kNoEntries : it->second;
}

const std::vector<const VerbPattern*>& CompiledDictionary::PatternsForVerb(int entry) const {
  static const std::vector<const VerbPattern*> kNone;
  if (entry < 0 || entry >= static_cast<int>(dict_.verbs.entries.size())) return kNone;
  const int b = dict_.verbs.entries[entry].block;
  if (b < 0 || b >= static_cast<int>(patterns_by_block_.size())) return kNone;
  return patterns_by_block_[b];
}

const std::string& CompiledDictionary::DefaultCode(int entry) const { return default_codes_.at(entry); }
const std::string& CompiledDictionary::DefaultReverseCode(int entry) const {
  return default_reverse_codes_.at(entry);
}

bool CompiledDictionary::InSynset(std::string_view synset, std::string_view word) const {
  return InSynsetKey(synset, NormalizeWord(word));
}

bool CompiledDictionary::InSynsetKey(std::string_view synset, std::string_view key) const {
  const std::string name(synset);
  auto it = synsets_.find(name);
  if (it == synsets_.end()) it = synsets_.find(UpperName(synset));
  if (it == synsets_.end()) return false;
  for (const auto& p : it->second)
    if (p.size() == 1 && p[0] == key) return true;
  return false;
}

const std::vector<std::vector<std::string>>* CompiledDictionary::SynsetPhrases(std::string_view synset) const {
  auto it = synsets_.find(UpperName(synset));
  return it == synsets_.end() ? nullptr : &it->second;
}

std::vector<int> CompiledDictionary::MultiwordVerbsAt(const TokenKeys& keys, const TokenKeys& lemmas,
                                                      uint32_t t) const {
  std::vector<int> out;
  if (t + 1 >= keys.first_key.size()) return out;
  const uint32_t k = keys.first_key[t];
  if (k >= keys.keys.size() || keys.token[k] != t) return out;
  std::vector<int> cands = VerbsForForm(keys.keys[k]);
  if (t + 1 < lemmas.first_key.size() && lemmas.first_key[t] < lemmas.keys.size()) {
    for (int e : VerbsForLemma(lemmas.keys[lemmas.first_key[t]])) cands.push_back(e);
  }
  std::sort(cands.begin(), cands.end());
  cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
  for (int e : cands) {
    const VerbEntry& v = dict_.verbs.entries[e];
    if (v.before.empty() && v.after.empty()) continue;
    bool ok = k >= v.before.size();
    for (size_t i = 0; ok && i < v.before.size(); ++i)
      ok = keys.keys[k - v.before.size() + i] == v.before[i];
    const uint32_t next = keys.first_key[t + 1];
    for (size_t i = 0; ok && i < v.after.size(); ++i)
      ok = next + i < keys.keys.size() && keys.keys[next + i] == v.after[i];
    if (ok) out.push_back(e);
  }
  return out;
}

}  // namespace dyad::dict
