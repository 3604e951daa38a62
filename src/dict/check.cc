#include "dict/check.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <set>
#include <unordered_map>

#include "base/file.h"
#include "dict/phrase.h"
#include "dict/reader.h"

namespace dyad::dict {
namespace {

std::string Key(std::string_view phrase) {
  std::string k;
  for (const std::string& w : SplitPhrase(phrase)) {
    if (!k.empty()) k += ' ';
    k += w;
  }
  return k;
}

bool Overlap(const CodeTerm& a, const CodeTerm& b) {
  return a.from_day < b.to_day && b.from_day < a.to_day;
}

// True when every term of a and every term of b are dated and disjoint.
bool Disjoint(const ActorEntry& a, const ActorEntry& b) {
  for (const CodeTerm& x : a.terms)
    for (const CodeTerm& y : b.terms)
      if (!x.dated || !y.dated || Overlap(x, y)) return false;
  return !a.terms.empty() && !b.terms.empty();
}

std::string TermString(const PatternTerm& t) {
  if (t.slot == Slot::kSource) return "$S";
  if (t.slot == Slot::kTarget) return "$T";
  if (t.slot != Slot::kNone) return SlotName(t.slot);
  if (!t.synset.empty()) return "&" + t.synset;
  return t.word;
}

std::string PatternString(const VerbPattern& p) {
  std::string s;
  auto els = [&s](const std::vector<PatternElement>& v) {
    for (const PatternElement& e : v) {
      switch (e.kind) {
        case PatternElement::Kind::kWord: s += TermString(e.words[0]) + " "; break;
        case PatternElement::Kind::kPhrase:
          s += "{";
          for (const PatternTerm& t : e.words) s += TermString(t) + " ";
          s += "} ";
          break;
        case PatternElement::Kind::kPrep:
          s += "(" + TermString(e.prep) + " ";
          for (const PatternTerm& t : e.words) s += TermString(t) + " ";
          s += ") ";
          break;
      }
    }
  };
  els(p.before);
  s += "* ";
  els(p.after);
  if (p.recip) s += "!recip";
  return s;
}

// The pattern as a reader would write it: "threaten to blacklist $T".
std::string DisplayPattern(const std::string& head, const VerbPattern& p) {
  std::string s;
  auto els = [&s](const std::vector<PatternElement>& v) {
    for (const PatternElement& e : v) {
      if (e.kind == PatternElement::Kind::kPrep) s += " " + TermString(e.prep);
      for (const PatternTerm& t : e.words) s += " " + TermString(t);
    }
  };
  els(p.before);
  s += " " + head;
  els(p.after);
  return s.substr(1);
}

bool IsNullCode(const std::string& c) { return c.empty() || c == "---" || c == "+++"; }

}  // namespace

void CheckDictionary(const Dictionary& dict, const CheckOptions& opt, std::vector<Issue>* issues) {
  const Issue::Severity strict_sev = opt.strict ? Issue::Severity::kError : Issue::Severity::kWarning;
  auto add = [issues](Issue::Severity sev, const SourceLoc& loc, std::string msg) {
    issues->push_back({sev, loc, std::move(msg)});
  };

  // ---- actors: names across entries, date terms within entries.
  std::unordered_map<std::string, std::vector<std::pair<int, int>>> names;
  for (size_t e = 0; e < dict.actors.entries.size(); ++e) {
    const ActorEntry& entry = dict.actors.entries[e];
    std::set<std::string> seen;
    for (size_t n = 0; n < entry.names.size(); ++n) {
      const std::string k = Key(entry.names[n].text);
      if (!seen.insert(k).second) {
        add(Issue::Severity::kWarning, entry.names[n].loc,
            fmt::format("name '{}' is listed twice in this entry (names match case-insensitively)",
                        entry.names[n].text));
        continue;
      }
      names[k].push_back({static_cast<int>(e), static_cast<int>(n)});
    }
    for (size_t i = 0; i < entry.terms.size(); ++i)
      for (size_t j = i + 1; j < entry.terms.size(); ++j) {
        const CodeTerm& a = entry.terms[i];
        const CodeTerm& b = entry.terms[j];
        // PETRARCH limits are inclusive and successive terms share their
        // boundary day (the first listed wins): not an overlap worth a warning.
        // (Open ends are the type's extremes, so no subtraction: it overflows.)
        const auto last_from = std::max(a.from_day, b.from_day);
        const bool boundary_only = !opt.strict && last_from < std::numeric_limits<decltype(last_from)>::max() &&
                                   std::min(a.to_day, b.to_day) == last_from + 1;
        if (a.dated && b.dated && Overlap(a, b) && !boundary_only)
          add(strict_sev, entry.loc,
              fmt::format("overlapping date terms {} and {} for '{}'", a.ToString(), b.ToString(),
                          entry.names.empty() ? "" : entry.names[0].text));
      }
    if (entry.terms.empty() && opt.strict)
      add(Issue::Severity::kError, entry.loc, "actor entry without a code");
  }
  for (const auto& [k, list] : names) {
    if (list.size() < 2) continue;
    const auto [e0, n0] = list[0];
    const ActorEntry& first = dict.actors.entries[e0];
    for (size_t i = 1; i < list.size(); ++i) {
      const auto [e, n] = list[i];
      const ActorEntry& other = dict.actors.entries[e];
      const ActorName& name = other.names[n];
      if (Disjoint(first, other)) continue;  // the same name for different periods
      const bool weak = name.weak || first.names[n0].weak;
      const bool same_codes = [&] {
        if (first.terms.size() != other.terms.size()) return false;
        for (size_t t = 0; t < first.terms.size(); ++t)
          if (first.terms[t].ToString() != other.terms[t].ToString()) return false;
        return true;
      }();
      add(weak ? Issue::Severity::kWarning : strict_sev, name.loc,
          fmt::format("{} name '{}' (also at {}{})", same_codes ? "duplicate" : "ambiguous",
                      name.text, first.names[n0].loc.ToString(),
                      same_codes ? "" : fmt::format(" with codes {}", [&] {
                        std::string s;
                        for (const CodeTerm& t : first.terms) s += (s.empty() ? "" : ",") + t.ToString();
                        return s;
                      }())));
    }
  }

  // ---- adjectives
  std::unordered_map<std::string, std::pair<std::string, SourceLoc>> adjs;
  for (const AdjectiveEntry& a : dict.actors.adjectives)
    for (const ActorName& f : a.forms) {
      auto [it, inserted] = adjs.try_emplace(Key(f.text), a.code, f.loc);
      if (!inserted)
        add(it->second.first == a.code ? strict_sev : Issue::Severity::kError, f.loc,
            fmt::format("{} adjective '{}' (also at {} for {})",
                        it->second.first == a.code ? "duplicate" : "conflicting", f.text,
                        it->second.second.ToString(), it->second.first));
    }

  // ---- agents
  std::unordered_map<std::string, const AgentEntry*> agents;
  for (const AgentEntry& a : dict.agents.entries) {
    auto [it, inserted] = agents.try_emplace(Key(a.phrase), &a);
    if (inserted) continue;
    const AgentEntry& f = *it->second;
    const bool same = f.code == a.code && f.compose == a.compose;
    if (same && !opt.strict) continue;  // PETRARCH: generated plurals repeat explicit ones
    add(same ? strict_sev : (opt.strict ? Issue::Severity::kError : Issue::Severity::kWarning), a.loc,
        fmt::format("{} agent '{}' (also at {} as {})", same ? "duplicate" : "conflicting", a.phrase,
                    f.loc.ToString(), f.code));
  }

  // ---- discards
  std::unordered_map<std::string, const DiscardEntry*> discards;
  for (const DiscardEntry& d : dict.discards.entries) {
    auto [it, inserted] = discards.try_emplace(Key(d.phrase) + (d.stem ? "*" : ""), &d);
    if (!inserted)
      add(strict_sev, d.loc,
          fmt::format("duplicate discard '{}' (also at {})", d.phrase, it->second->loc.ToString()));
  }

  // ---- synsets
  std::unordered_map<std::string, const Synset*> sets;
  for (const Synset& s : dict.verbs.synsets) {
    std::string up = s.name;
    for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto [it, inserted] = sets.try_emplace(up, &s);
    if (!inserted)
      add(strict_sev, s.loc,
          fmt::format("synset &{} defined again (first at {})", s.name, it->second->loc.ToString()));
  }

  // ---- verbs: codes and duplicate patterns
  auto check_code = [&](const std::string& code, const SourceLoc& loc, const char* what) {
    if (!opt.cameo || IsNullCode(code)) return;
    if (!opt.cameo->IsValid(code))
      add(strict_sev, loc, fmt::format("unknown CAMEO code '{}' in {}", code, what));
  };
  std::unordered_map<std::string, const VerbPattern*> patterns;
  for (const VerbBlock& b : dict.verbs.blocks) {
    check_code(b.code, b.loc, "verb block");
    std::string head = b.name;
    for (int v : b.verbs)
      if (v >= 0 && v < static_cast<int>(dict.verbs.entries.size()) && dict.verbs.entries[v].noun)
        head = "noun " + head;
    for (const VerbPattern& p : b.patterns) {
      check_code(p.code, p.loc, "pattern");
      if (!p.reverse_code.empty()) check_code(p.reverse_code, p.loc, "pattern (reverse code)");
      const std::string key = (opt.strict ? head : fmt::format("{}#{}", head, b.loc.ToString())) + "|" +
                              PatternString(p);
      auto [it, inserted] = patterns.try_emplace(key, &p);
      if (inserted) continue;
      const VerbPattern& f = *it->second;
      const bool same = f.code == p.code && f.reverse_code == p.reverse_code;
      add(same ? strict_sev : (opt.strict ? Issue::Severity::kError : Issue::Severity::kWarning), p.loc,
          fmt::format("{} pattern '{}' for {} (also at {} with code {})", same ? "duplicate" : "conflicting",
                      DisplayPattern(b.name, p), p.code, f.loc.ToString(), f.code));
    }
  }
  for (const VerbEntry& v : dict.verbs.entries) check_code(v.code, v.loc, "verb");
}

// ----------------------------------------------------------------- self-tests

namespace {

// Codes an actor/agent test sentence resolves to: actors, and adjective or
// country actor + agent compositions next to each other.
std::set<std::string> ActorCodes(const CompiledDictionary& c, const TokenKeys& keys) {
  std::set<std::string> out;
  const Dictionary& d = c.model();
  std::vector<AgentMatch> agents = c.MatchAgents(keys);
  std::vector<ActorMatch> actors = c.MatchActors(keys, std::nullopt);
  std::vector<AdjectiveMatch> adjs = c.MatchAdjectives(keys);
  std::set<int> full_seen;
  for (const ActorMatch& m : actors) {
    bool ok = !m.weak;
    if (m.weak) {
      // after a title/agent word, or after the entry's full name
      for (const AgentMatch& a : agents)
        if (a.token_end == m.token_begin) ok = true;
      if (full_seen.count(m.entry)) ok = true;
    } else {
      full_seen.insert(m.entry);
    }
    if (ok && !m.code.empty()) out.insert(m.code);
  }
  // country (adjective or country-level actor) immediately before/after an agent,
  // or "agent of/in COUNTRY".
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> countries;
  for (const AdjectiveMatch& a : adjs) countries.push_back({{a.token_begin, a.token_end}, a.code});
  for (const ActorMatch& m : actors)
    if (!m.weak && !m.code.empty()) countries.push_back({{m.token_begin, m.token_end}, m.code.substr(0, 3)});
  for (const AgentMatch& a : agents) {
    const AgentEntry& ag = d.agents.entries[a.entry];
    if (ag.compose == AgentEntry::Compose::kStandalone) out.insert(ag.code);
    for (const auto& [span, code] : countries) {
      const bool before = span.second == a.token_begin;
      const bool after = a.token_end + 1 == span.first;  // "police in Iraq"
      if (before || after) out.insert(ComposeAgent(code, ag));
    }
  }
  return out;
}

bool WordMatches(const std::string& text, const std::string& lemma) {
  if (text == lemma || text == Plural(lemma)) return true;
  for (const std::string& f : VerbForms(lemma))
    if (f == text) return true;
  return false;
}

// Surface check of a verb pattern: its words in order after (before) the
// verb. Returns the number of text words matched, -1 when it does not match.
int SurfaceMatch(const CompiledDictionary& c, const VerbPattern& p, const std::vector<std::string>& w,
                 size_t verb) {
  int matched = 0;
  auto term_at = [&](const PatternTerm& t, size_t* i, size_t end, bool adjacent) -> bool {
    if (t.slot != Slot::kNone) return true;  // slots are the coder's business
    for (size_t j = *i; j < end; ++j) {
      bool ok = false;
      size_t len = 1;
      if (!t.synset.empty()) {
        if (const auto* phrases = c.SynsetPhrases(t.synset))
          for (const auto& ph : *phrases) {
            if (j + ph.size() > end) continue;
            bool all = true;
            for (size_t k = 0; k < ph.size() && all; ++k) all = WordMatches(w[j + k], ph[k]);
            if (all) {
              ok = true;
              len = ph.size();
              break;
            }
          }
      } else {
        // a literal may hold several words ("cease fire" from PETRARCH)
        std::vector<std::string> parts = SplitPhrase(t.word);
        ok = j + parts.size() <= end;
        for (size_t k = 0; k < parts.size() && ok; ++k) ok = WordMatches(w[j + k], parts[k]);
        len = parts.size();
      }
      if (ok) {
        *i = j + len;
        matched += static_cast<int>(len);
        return true;
      }
      if (adjacent) return false;
    }
    return false;
  };
  auto seq = [&](const std::vector<PatternElement>& els, size_t i, size_t end) -> bool {
    bool first = true;
    for (const PatternElement& e : els) {
      if (e.kind == PatternElement::Kind::kPrep && !e.prep.empty())
        if (!term_at(e.prep, &i, end, false)) return false;
      for (const PatternTerm& t : e.words) {
        if (!term_at(t, &i, end, first && t.joined)) return false;
        first = false;
      }
      first = false;
    }
    return true;
  };
  return seq(p.before, 0, verb) && seq(p.after, verb + 1, w.size()) ? matched : -1;
}

}  // namespace

int RunSelfTests(const CompiledDictionary& c, std::vector<Issue>* issues) {
  int n = 0;
  for (const SelfTest& t : c.model().tests) {
    ++n;
    std::vector<std::string> words = SplitSentence(t.sentence);
    TokenKeys keys = KeysOfWords(words);
    const std::vector<std::string>& lower = keys.keys;  // normalised, hyphenated words split
    std::set<std::string> found;
    switch (t.kind) {
      case SelfTest::Kind::kActor:
      case SelfTest::Kind::kAgent:
        found = ActorCodes(c, keys);
        break;
      case SelfTest::Kind::kDiscard:
        for (const DiscardMatch& m : c.MatchDiscards(keys)) found.insert(m.story ? "story" : "sentence");
        break;
      case SelfTest::Kind::kVerb: {
        // Words inside actor names ("United States") are not verbs.
        std::vector<bool> in_actor(lower.size(), false);
        for (const ActorMatch& m : c.MatchActors(keys, std::nullopt))
          for (uint32_t k = keys.first_key[m.token_begin]; k < keys.first_key[m.token_end]; ++k)
            in_actor[k] = true;
        for (size_t i = 0; i < lower.size(); ++i) {
          if (in_actor[i]) continue;
          for (int e : c.VerbsForForm(lower[i])) {
            // The pattern matching the most words wins; ties: the more specific.
            const VerbPattern* best = nullptr;
            int best_words = -1;
            for (const VerbPattern* p : c.PatternsForVerb(e)) {
              const int n = SurfaceMatch(c, *p, lower, i);
              if (n > best_words) {
                best_words = n;
                best = p;
              }
            }
            if (best) found.insert(best->code);
            else if (c.DefaultCode(e) != "---") found.insert(c.DefaultCode(e));
          }
        }
        break;
      }
    }
    if (!found.count(t.expected)) {
      std::string got;
      for (const std::string& f : found) got += (got.empty() ? "" : ", ") + f;
      issues->push_back({Issue::Severity::kError, t.loc,
                         fmt::format("self-test failed: '{}' should give {}, got {}", t.sentence,
                                     t.expected, got.empty() ? "nothing" : got)});
    }
  }
  return n;
}

DictStats ComputeStats(const Dictionary& d) {
  DictStats s;
  for (const VerbBlock& b : d.verbs.blocks) {
    ++s.verb_blocks;
    for (const VerbPattern& p : b.patterns) {
      ++s.patterns;
      std::string root = "other";
      if (IsNullCode(p.code)) root = "---";
      else if (p.code.size() >= 2 && std::isdigit(static_cast<unsigned char>(p.code[0])) &&
               std::isdigit(static_cast<unsigned char>(p.code[1])))
        root = p.code.substr(0, 2);
      ++s.patterns_per_root[root];
    }
  }
  s.verbs = static_cast<int>(d.verbs.entries.size());
  s.synsets = static_cast<int>(d.verbs.synsets.size());
  std::set<std::string> codes;
  for (const ActorEntry& e : d.actors.entries) {
    ++s.actor_entries;
    s.actor_names += static_cast<int>(e.names.size());
    for (const CodeTerm& t : e.terms) {
      codes.insert(t.code);
      if (t.dated) ++s.dated_terms;
    }
  }
  s.actor_codes = static_cast<int>(codes.size());
  for (const AdjectiveEntry& a : d.actors.adjectives) s.adjectives += static_cast<int>(a.forms.size());
  s.agents = static_cast<int>(d.agents.entries.size());
  for (const DiscardEntry& x : d.discards.entries) ++(x.story ? s.discards_story : s.discards_sentence);
  s.tests = static_cast<int>(d.tests.size());
  return s;
}

std::vector<std::string> FindDyadDictFiles(const std::string& kb_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(kb_dir, ec)) return out;
  for (fs::recursive_directory_iterator it(kb_dir, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".txt") continue;
    Result<std::string> text = ReadFile(it->path().string());
    if (text.ok() && HasDyadHeader(*text)) out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad::dict
