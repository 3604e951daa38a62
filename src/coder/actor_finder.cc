#include "coder/actor_finder.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "base/date.h"
#include "base/strings.h"
#include "dict/phrase.h"

namespace dyad {
namespace {

bool IsRoleLike(std::string_view block) {
  static const char* kNonCountry[] = {"IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "INT", "---"};
  for (const char* r : kNonCountry)
    if (block == r) return true;
  return false;
}

// A non-state armed group's code: an IMG root or a REB/INS/SEP block.
bool IsArmedGroup(std::string_view code) {
  if (code.rfind("IMG", 0) == 0) return true;
  for (size_t p = 3; p + 3 <= code.size(); p += 3) {
    std::string_view b = code.substr(p, 3);
    if (b == "REB" || b == "INS" || b == "SEP") return true;
  }
  return false;
}

// Relations that keep a word inside the noun phrase of its head.
bool IsNpInternal(std::string_view deprel, std::string_view rel) {
  // nmod:desc: a title before a name ("President Bill Clinton").
  return rel == "compound" || rel == "flat" || rel == "amod" || deprel == "nmod:poss" || rel == "det" ||
         rel == "nummod" || rel == "fixed" || deprel == "nmod:desc";
}

bool IsPronounKey(std::string_view k) {
  return k == "it" || k == "its" || k == "they" || k == "them" || k == "their" || k == "he" || k == "him" ||
         k == "his" || k == "she" || k == "her" || k == "itself" || k == "themselves";
}

bool IsPersonalPronounKey(std::string_view k) {
  return k == "he" || k == "him" || k == "his" || k == "she" || k == "her" || k == "himself" || k == "herself";
}

bool IsLocativeCase(std::string_view cs) {
  return cs == "in" || cs == "at" || cs == "near" || cs == "outside" || cs == "inside" || cs == "around" ||
         cs == "across" || cs == "throughout";
}

// Number nouns that count people ("tens of thousands of demonstrators").
bool IsQuantityKey(std::string_view k) {
  return k == "ten" || k == "dozen" || k == "score" || k == "hundred" || k == "thousand" || k == "million";
}

bool IsRelativeKey(std::string_view k) { return k == "which" || k == "who" || k == "that" || k == "whom" || k == "whose"; }

struct Found {
  enum Kind { kActor, kAgent, kAdj } kind;
  int begin, end;  // token span
  int head;        // head token of the span
  std::string code;
  int entry = -1;
  bool weak = false;
  const dict::AgentEntry* agent = nullptr;
};

// A person's entry: an office held for a term (dated), or a surname alias
// ("~Gershkovich" beside "Evan Gershkovich").
bool IsPersonEntry(const dict::ActorEntry& e) {
  for (const auto& term : e.terms)
    if (term.dated) return true;
  for (const auto& w : e.names) {
    if (!w.weak || w.text.empty()) continue;
    for (const auto& n : e.names)
      if (!n.weak && n.text.size() > w.text.size() + 1 && n.text.ends_with(w.text) &&
          n.text[n.text.size() - w.text.size() - 1] == ' ')
        return true;
  }
  return false;
}

int SpanHead(const ParseTree& t, int b, int e) {
  int best = e - 1;
  for (int i = b; i < e; ++i) {
    int h = t.head(i);
    if (h < b || h >= e) {
      best = i;
      if (t.upos(i) == "NOUN" || t.upos(i) == "PROPN") break;
    }
  }
  return best;
}

// Climbs from token i over noun-phrase-internal relations to the phrase head.
// A plain nmod without a preposition that follows its head word directly
// is a name the parser split off its phrase ("Bree Prime Minister
// Romendacil", Romendacil an nmod of Bree): the same phrase.
bool IsSplitName(const ParseTree& t, int i) {
  if (t.deprel(i) != "nmod" || !t.CaseOf(i).empty() || t.head(i) < 0 || t.head(i) > i) return false;
  if (t.upos(i) != "PROPN" || t.upos(t.head(i)) != "PROPN") return false;
  std::vector<int> sub = t.Subtree(i);
  return sub.front() == t.head(i) + 1;
}

// A possessor the parser did not hang on what it owns ("Gondor and Arnor's
// Elrond", parsed with Arnor and Elrond both conjuncts of Gondor): a noun
// with a possessive marker whose next word is a noun outside its own
// subtree belongs to that noun's phrase. Returns the noun, or -1.
int StrayPossessee(const ParseTree& t, int i) {
  if (t.deprel(i) == "nmod:poss" || (t.upos(i) != "PROPN" && t.upos(i) != "NOUN")) return -1;
  for (int c : t.children(i)) {
    if (c <= i || t.rel(c) != "case" || t.xpos(c) != "POS" || c + 1 >= t.size()) continue;
    int j = c + 1;
    if ((t.upos(j) == "PROPN" || t.upos(j) == "NOUN") && !t.Dominates(i, j)) return j;
  }
  return -1;
}

int NpRoot(const ParseTree& t, int i) {
  int steps = 0;
  while (steps++ < t.size()) {
    if (t.head(i) >= 0 && (IsNpInternal(t.deprel(i), t.rel(i)) || IsSplitName(t, i))) {
      i = t.head(i);
    } else if (int owned = StrayPossessee(t, i); owned >= 0) {
      i = owned;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

std::string CountryOf(const std::string& code) {
  if (code.size() < 3) return "";
  std::string root = code.substr(0, 3);
  if (IsRoleLike(root)) return "";
  for (char c : root)
    if (c < 'A' || c > 'Z') return "";
  return root;
}

std::vector<ActorMention> SentenceActors::Compound(const ParseTree& tree, int h) const {
  std::vector<ActorMention> out;
  if (h < 0) return out;
  for (const auto& m : at_[h]) out.push_back(m);
  if (out.empty()) return out;
  // Coordinated modifiers name several actors: "Eriadori and Calenardhon
  // leaders".
  for (int c : tree.children(h))
    if (c < h && IsNpInternal(tree.deprel(c), tree.rel(c)))
      for (int k : tree.children(c))
        if (tree.rel(k) == "conj" && k < h && !at_[k].empty())
          for (const auto& m : at_[k])
            if (std::none_of(out.begin(), out.end(), [&](const ActorMention& o) { return o.code == m.code; }))
              out.push_back(m);
  // Conjuncts hang off the first conjunct in UD.
  std::vector<int> stack{h};
  while (!stack.empty()) {
    int k = stack.back();
    stack.pop_back();
    for (int c : tree.children(k)) {
      if (tree.rel(c) != "conj") continue;
      // A conjunct that names no actor itself but belongs to one: "sheep
      // and goats of Gondor".
      int a = c;
      if (at_[c].empty())
        for (int g : tree.children(c))
          if (tree.rel(g) == "nmod" && (tree.CaseOf(g) == "of" || tree.CaseOf(g) == "from") && !at_[g].empty()) a = g;
      if (at_[a].empty()) continue;
      for (const auto& m : at_[a])
        if (std::none_of(out.begin(), out.end(), [&](const ActorMention& o) { return o.code == m.code; }))
          out.push_back(m);
      stack.push_back(c);
    }
  }
  return out;
}

SentenceActors ActorFinder::Find(const ParseTree& tree, const Sentence& s, const std::optional<Date>& date,
                                 ActorContext* ctx) const {
  return Find(tree, s, date, ctx, dict::KeysOfTokens(s.tokens), dict::KeysOfLemmas(s.tokens));
}

SentenceActors ActorFinder::Find(const ParseTree& tree, const Sentence& s, const std::optional<Date>& date,
                                 ActorContext* ctx, const dict::TokenKeys& keys, const dict::TokenKeys& lemmas) const {
  const int n = tree.size();
  SentenceActors out(n);
  if (n == 0) return out;
  // Matches report token spans [token_begin, token_end) (dict/compiled.h).
  auto tok_span = [&](const dict::TokenKeys&, uint32_t tb, uint32_t te) {
    return std::pair<int, int>(static_cast<int>(tb), std::min(static_cast<int>(te), n));
  };

  // 1. Dictionary matches.
  std::vector<Found> found;
  std::map<int, std::string> place_country;  // a capital's head in a locative phrase -> its country
  std::vector<char> in_actor(n, 0);
  const auto& entries = dict_.model().actors.entries;
  for (const auto& m : dict_.MatchActors(keys, date)) {
    auto [b, e] = tok_span(keys, m.token_begin, m.token_end);
    if (b >= e) continue;
    // An all-capitals acronym ("US", "IS") does not match a lower-case word ("us").
    if (m.entry >= 0 && m.name >= 0) {
      const std::string& written = entries[m.entry].names[m.name].text;
      bool acronym = written.size() >= 2 && std::all_of(written.begin(), written.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == '.';
      });
      bool lower_text = std::all_of(s.tokens[b].form.begin(), s.tokens[b].form.end(),
                                    [](char c) { return !(c >= 'A' && c <= 'Z'); });
      if (acronym && lower_text) continue;
    }
    // "Iran-backed", "pro-Iranian", "Saudi-funded": a sponsor, not the actor.
    {
      const std::string& last = tree.form_key(e - 1);
      bool sponsor = false;
      for (const char* suf : {"-backed", "-aligned", "-sponsored", "-funded", "-supported", "-allied", "-affiliated",
                              "-linked", "-inspired"})
        if (last.size() > std::strlen(suf) && last.compare(last.size() - std::strlen(suf), std::string::npos, suf) == 0)
          sponsor = true;
      if (e < n && (tree.form_key(e) == "-backed" || (tree.form_key(e) == "-" && e + 1 < n &&
                                                       (tree.form_key(e + 1) == "backed" || tree.form_key(e + 1) == "aligned"))))
        sponsor = true;
      if (tree.form_key(b).rfind("pro-", 0) == 0 || (b > 0 && tree.form_key(b - 1) == "pro")) sponsor = true;
      if (sponsor) continue;
    }
    // A capital in a locative phrase ("in Baghdad") is a place, not the
    // government (nor the group holding it: "in Sanaa").
    // Its country: that of the government it stands for.
    auto capital_of = [&]() -> std::string {
      if (m.code.size() == 6 && m.code.compare(3, 3, "GOV") == 0) return CountryOf(m.code);
      if (m.entry < 0 || static_cast<size_t>(m.entry) >= entries.size()) return "";
      for (const auto& term : entries[m.entry].terms)
        if (term.code.size() == 6 && term.code.compare(3, 3, "GOV") == 0) return CountryOf(term.code);
      return "";
    };
    if (e - b == 1 && tree.upos(b) == "PROPN") {
      int h = SpanHead(tree, b, e);
      std::string country = IsLocativeCase(tree.CaseOf(h)) ? capital_of() : "";
      if (!country.empty()) {
        place_country[h] = country;
        continue;
      }
    }
    Found f{Found::kActor, b, e, SpanHead(tree, b, e), m.code, m.entry, m.weak};
    found.push_back(f);
    for (int i = b; i < e; ++i) in_actor[i] = 1;
  }
  for (const auto& m : dict_.MatchAdjectives(keys)) {
    auto [b, e] = tok_span(keys, m.token_begin, m.token_end);
    found.push_back(Found{Found::kAdj, b, e, SpanHead(tree, b, e), m.code});
  }
  std::vector<char> agent_tok(n, 0);
  auto add_agents = [&](const dict::TokenKeys& k) {
    for (const auto& m : dict_.MatchAgents(k)) {
      auto [b, e] = tok_span(k, m.token_begin, m.token_end);
      bool dup = false;
      for (int i = b; i < e; ++i) dup |= agent_tok[i] != 0;
      if (dup) continue;
      // An agent word inside an actor name ("Police Day") is part of the name.
      bool inside = true;
      for (int i = b; i < e; ++i) inside &= in_actor[i] != 0;
      if (inside) continue;
      Found f{Found::kAgent, b, e, SpanHead(tree, b, e), ""};
      f.agent = &dict_.model().agents.entries[m.entry];
      found.push_back(f);
      for (int i = b; i < e; ++i) agent_tok[i] = 1;
    }
  };
  add_agents(keys);
  add_agents(lemmas);

  // 2. Group by noun phrase.
  std::map<int, std::vector<const Found*>> by_np;
  for (const Found& f : found) by_np[NpRoot(tree, f.head)].push_back(&f);

  auto country_of_found = [&](const Found* f) -> std::string {
    if (f->kind == Found::kAdj) return f->code.substr(0, std::min<size_t>(3, f->code.size()));
    if (f->kind == Found::kActor) {
      std::string c = CountryOf(f->code);
      return c.empty() ? f->code : c;
    }
    return "";
  };
  // The country of noun phrase g, or "" when it names none.
  auto country_at = [&](int g) -> std::string {
    auto it = by_np.find(g);
    if (it != by_np.end())
      for (const Found* f : it->second) {
        if (f->kind == Found::kActor && !f->weak && !f->code.empty()) return f->code;
        if (f->kind == Found::kAdj && !f->code.empty()) return country_of_found(f);
      }
    return "";
  };
  // Countries given by an of/from/in phrase or by "based/stationed in X";
  // a coordinated phrase gives one per conjunct ("lawmakers in X and Y").
  auto np_countries = [&](int r) -> std::vector<std::string> {
    std::vector<std::string> out;
    auto with_conjuncts = [&](int g) {
      std::string c = country_at(g);
      if (c.empty()) return;
      out.push_back(c);
      for (int k : tree.children(g))
        if (tree.rel(k) == "conj") {
          std::string ck = country_at(k);
          if (!ck.empty() && std::find(out.begin(), out.end(), ck) == out.end()) out.push_back(ck);
        }
    };
    for (int c : tree.children(r)) {
      std::string_view cs = tree.CaseOf(c);
      if (tree.rel(c) == "nmod" && (cs == "of" || cs == "from" || cs == "in")) with_conjuncts(c);
      if (out.empty() && tree.rel(c) == "acl")
        for (int g : tree.children(c))
          if (out.empty() && tree.rel(g) == "obl" && (tree.CaseOf(g) == "in" || tree.CaseOf(g) == "from"))
            with_conjuncts(g);
      if (!out.empty()) break;
    }
    return out;
  };

  for (auto& [r, fs] : by_np) {
    const Found* actor = nullptr;
    const Found* agent = nullptr;
    std::string country;
    int best_actor_dist = 1 << 30, best_agent_dist = 1 << 30;
    bool has_title = false;
    for (const Found* f : fs)
      if (f->kind == Found::kAgent) has_title = true;
    for (const Found* f : fs) {
      int dist = f->head == r ? 0 : 1 + std::abs(f->head - r);
      if (f->kind == Found::kActor) {
        bool allowed = !f->weak || has_title || ctx->seen_entries.count(f->entry) ||
                       (f->begin > 0 && agent_tok[f->begin - 1]);
        if (!allowed || f->code.empty()) continue;
        if (first_actor_of_phrase_) dist = f->begin;
        if (dist < best_actor_dist) {
          best_actor_dist = dist;
          actor = f;
        }
      } else if (f->kind == Found::kAgent) {
        if (dist < best_agent_dist) {
          best_agent_dist = dist;
          agent = f;
        }
      }
    }
    // Countries from modifiers other than the main actor.
    for (const Found* f : fs) {
      if (f == actor || f->kind == Found::kAgent) continue;
      if (f->kind == Found::kActor && (f->weak || f->code.empty())) continue;
      std::string c = country_of_found(f);
      if (!c.empty() && country.empty()) country = c;
    }
    ActorMention m;
    m.head = r;
    std::string code;
    int b = n, e = 0;
    auto cover = [&](const Found* f) {
      b = std::min(b, f->begin);
      e = std::max(e, f->end);
    };
    std::vector<std::string> more;  // further codes of a role noun over coordinated countries
    if (actor && (actor->head == r || !agent || agent->head != r)) {
      // A named actor heads the phrase (or no role noun does): its own code,
      // combined with a role noun when the code is a bare country ("Bree
      // Prime Minister Romendacil") or the name only modifies the phrase
      // ("West German world government activists"); a person's own code with
      // a role in it wins over a title.
      code = actor->code;
      cover(actor);
      // An armed group's fighters are the group ("Houthi military targets",
      // "Hamas forces": YEMREBHTH, not YEMREBHTHMIL).
      bool group_forces = agent && agent->agent->code == "MIL" && IsArmedGroup(code);
      if (agent && !group_forces && (CountryOf(code) == code || actor->head != r) &&
          agent->agent->compose != dict::AgentEntry::Compose::kStandalone) {
        code = dict::ComposeAgent(code, *agent->agent);
        cover(agent);
      }
    } else if (agent) {
      // A named modifier keeps its whole code ("Gonzo GMO activists" ->
      // GONGMO + OPP), as PETRARCH composes it.
      if (actor) country = actor->code;
      // A person's or a body's role owned by another person is of the
      // owner's country: "Bazoum's government" is NERGOV, not NERELIGOV.
      if (actor && tree.deprel(actor->head) == "nmod:poss" && tree.head(actor->head) == r) {
        std::string c = CountryOf(actor->code);
        if (!c.empty() && c != actor->code && actor->code.size() == 6) country = c;
      }
      // A state's government named by its capital or seat ("a Moscow
      // court", "Tehran police"): the role is the state's (RUSJUD), not a
      // role of the government (RUSGOVJUD).
      if (actor && actor->code.size() == 6 && actor->code.compare(3, 3, "GOV") == 0 &&
          agent->agent->code != "GOV" && agent->agent->compose == dict::AgentEntry::Compose::kSuffix &&
          tree.deprel(actor->head) != "nmod:poss" && !CountryOf(actor->code).empty())
        country = actor->code.substr(0, 3);
      if (country.empty()) {
        std::vector<std::string> cs = np_countries(r);
        if (!cs.empty()) country = cs[0];
        for (size_t k = 1; k < cs.size(); ++k) more.push_back(dict::ComposeAgent(cs[k], *agent->agent));
      }
      code = actor && agent->agent->code == "MIL" && IsArmedGroup(actor->code)
                 ? actor->code  // an armed group's fighters are the group
                 : dict::ComposeAgent(country.empty() ? "---" : country, *agent->agent);
      // A former holder of a state office is one of the country's elites,
      // as CAMEO defines ELI ("former security officials", "former Kestrian
      // prosecutors": the kb's own `former official` says the same).
      if (code.size() >= 6 && agent->agent->compose == dict::AgentEntry::Compose::kSuffix &&
          OneOf(std::string_view(agent->agent->code).substr(0, 3), {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})) {
        bool former = false;
        for (int ch : tree.children(r))
          if (tree.rel(ch) == "amod" && OneOf(tree.lemma_key(ch), {"former", "ex"})) former = true;
        if (former) {
          code = code.substr(0, code.size() - agent->agent->code.size()) + "ELI";
          for (auto& c : more) c = c.substr(0, c.size() - agent->agent->code.size()) + "ELI";
        }
      }
      cover(agent);
      if (actor) cover(actor);
    }
    // A further role noun written as a prefix code ("an MSF Arnor diplomat"
    // -> NGO + ARNGOV).
    if (!code.empty() && agent)
      for (const Found* f : fs)
        if (f->kind == Found::kAgent && f != agent && f->agent->compose == dict::AgentEntry::Compose::kPrefix) {
          code = dict::ComposeAgent(code, *f->agent);
          for (auto& c : more) c = dict::ComposeAgent(c, *f->agent);
          cover(f);
        }
    if (code.rfind("---", 0) == 0) {
      bool local = false;
      for (int ch : tree.children(r))
        if (OneOf(tree.lemma_key(ch), {"local", "national", "domestic", "government", "state", "host"})) local = true;
      if (local)
        for (int j = 0; j < n && local; ++j)
          if (tree.CaseOf(j) == "in")
            for (const Found& f : found)
              if (f.kind == Found::kActor && f.head == j && CountryOf(f.code) == f.code && !f.code.empty()) {
                code = f.code + code.substr(3);
                local = false;
                break;
              }
    }
    if (code.empty()) continue;
    for (const Found* f : fs)
      if (f->kind == Found::kAdj && !country.empty() && f->code.rfind(country, 0) == 0) cover(f);
    m.begin = b;
    m.end = e;
    if (actor && actor->entry >= 0 && static_cast<size_t>(actor->entry) < entries.size()) {
      const bool person = IsPersonEntry(entries[actor->entry]);
      m.person = person && (actor->head == r || !agent || agent->head != r);
      m.body = !person && code == actor->code;
    }
    // "FRO/BIL/SAM": one name standing for several actors.
    more.insert(more.begin(), code);
    for (const auto& c : more)
      for (size_t p = 0; p <= c.size();) {
        size_t slash = std::min(c.find('/', p), c.size());
        if (slash > p) {
          m.code = c.substr(p, slash - p);
          out.at_[r].push_back(m);
        }
        p = slash + 1;
      }
    if (actor && !actor->weak) ctx->seen_entries.insert(actor->entry);
  }

  // Provisional token -> phrase map (final one below).
  for (int i = 0; i < n; ++i)
    for (const auto& m : out.at_[i])
      for (int k = m.begin; k < m.end && k < n; ++k) out.group_[k] = i;

  // 3. Appositions: "U.S. Ambassador to Iraq, Alina Romanowski".
  for (int i = 0; i < n; ++i)
    if (tree.rel(i) == "appos" && tree.head(i) >= 0) {
      int h = tree.head(i);
      if (out.at_[h].empty() && !out.at_[i].empty()) out.at_[h] = out.at_[i];
    }

  // The story's own country: the one named most often in the sentences
  // before (the first named of a tie), or, with none named before, in this
  // one (for "the government" and the like: 3b, 4b).
  std::string home;
  {
    std::map<std::string, int> mentions = ctx->country_mentions;
    std::vector<std::string> order = ctx->first_named;
    if (order.empty())
      for (int i = 0; i < n; ++i)
        for (const auto& m : out.at_[i])
          if (!m.referred && !CountryOf(m.code).empty()) {
            std::string c = CountryOf(m.code);
            if (++mentions[c] == 1) order.push_back(c);
          }
    int home_count = 0;
    for (const auto& c : order)  // first named first: it wins a tie
      if (mentions[c] > home_count) {
        home = c;
        home_count = mentions[c];
      }
  }

  // 3b. Civilians without a country (docs/coder.md, "Civilians' country"):
  // people named by a civilian role with no country of their own take the
  // country of the place their phrase or their clause names ("demonstrators
  // in Tbilisi", "Protesters gathered outside the government building in
  // Yerevan": a country, or a capital); protesters, demonstrators, crowds
  // and rioters, who protest where they live, else take the story's country
  // ("Police used water cannon against demonstrators in Tel Aviv", in a story
  // about Israel).
  {
    // The country of a locative phrase headed by g, or "".
    auto locative_country = [&](int g) -> std::string {
      if (!IsLocativeCase(tree.CaseOf(g))) return "";
      auto pc = place_country.find(g);
      if (pc != place_country.end()) return pc->second;
      for (const auto& m : out.at_[g])
        if (m.code.size() == 3 && CountryOf(m.code) == m.code) return m.code;
      return "";
    };
    // Locative phrases under x, and one step further under its obliques and
    // modifiers ("outside the building in Yerevan").
    auto place_under = [&](int x) -> std::string {
      if (x < 0) return "";
      for (int c : tree.children(x)) {
        std::string_view r = tree.rel(c);
        if (r != "obl" && r != "nmod") continue;
        std::string pc = locative_country(c);
        if (!pc.empty()) return pc;
        for (int g : tree.children(c))
          if (tree.rel(g) == "nmod") {
            pc = locative_country(g);
            if (!pc.empty()) return pc;
          }
      }
      return "";
    };
    for (int i = 0; i < n; ++i)
      for (auto& m : out.at_[i]) {
        if (m.code != "---CVL" || m.head != i || i < m.begin || i >= m.end) continue;
        const std::string& role = tree.lemma_key(m.end - 1);  // "demonstrators", also of "tens of ..."
        // The role word heads its phrase ("civilian casualties" names nobody).
        if (tree.rel(i) == "amod" || tree.rel(i) == "compound") continue;
        std::string country = place_under(i);
        // Its coordination ("victims and opposition parties in South Korea").
        for (int c : tree.children(i))
          if (country.empty() && tree.rel(c) == "conj") country = place_under(c);
        if (country.empty() && tree.rel(i) == "conj" && tree.head(i) >= 0) country = place_under(tree.head(i));
        // Its clause: the verb it is the subject or object of.
        int np = i;
        while (tree.head(np) >= 0 &&
               (tree.rel(np) == "conj" || (tree.rel(np) == "nmod" && tree.CaseOf(np) == "of" &&
                                           IsQuantityKey(tree.lemma_key(tree.head(np))))))
          np = tree.head(np);
        std::string_view r = tree.rel(np);
        if (country.empty() && tree.head(np) >= 0 && (r == "nsubj" || r == "obj" || r == "iobj" || r == "obl"))
          country = place_under(tree.head(np));
        if (country.empty() && OneOf(role, {"protester", "protestor", "demonstrator", "crowd", "mob", "rioter"}))
          country = home;
        if (country.empty()) continue;
        m.code = country + "CVL";
        m.placed = true;
      }
  }

  // 4. Pronouns, relative pronouns and "the two countries".
  std::vector<std::string> countries_here;
  for (int i = 0; i < n; ++i) {
    const bool leaders = tree.xpos(i) == "NNS" && out.at_[i].size() == 1 && out.at_[i][0].code == "---GOV" &&
                         out.at_[i][0].begin <= i && i < out.at_[i][0].end;
    if (!out.at_[i].empty() && !leaders) {
      for (const auto& m : out.at_[i]) {
        std::string c = m.placed ? "" : CountryOf(m.code);
        if (!c.empty() && std::find(countries_here.begin(), countries_here.end(), c) == countries_here.end())
          countries_here.push_back(c);
      }
      continue;
    }
    const std::string& k = tree.form_key(i);
    if (tree.upos(i) == "PRON" && IsRelativeKey(k)) {
      // The relative clause's verb modifies the antecedent noun; when the
      // parse hangs the clause elsewhere, the actor just before the pronoun.
      int v = tree.head(i);
      std::string_view vd = v >= 0 ? std::string_view(tree.deprel(v)) : std::string_view();
      if (v >= 0 && vd.ends_with(":relcl") && tree.head(v) >= 0) {
        int ante = tree.head(v);
        if (out.at_[ante].empty()) {
          for (int j = i - 1; j >= 0 && j >= i - 3; --j) {
            if (tree.upos(j) == "PUNCT") continue;
            int g = out.group_[j] >= 0 ? out.group_[j] : (out.at_[j].empty() ? -1 : j);
            if (g >= 0) ante = g;
            break;
          }
        }
        if (!out.at_[ante].empty()) {
          for (auto m : out.at_[ante]) {
            m.head = i;
            m.begin = i;
            m.end = i + 1;
            m.referred = true;
            out.at_[i].push_back(m);
          }
        }
      } else if (v >= 0 && (k == "who" || k == "whom") && i >= 2 && tree.form_key(i - 1) == ",") {
        // ", who accepted an invitation": a clause the parser did not read
        // as relative (a conjunct, say) still refers to the person named
        // just before the comma ("Foreign Minister Qin Gang, who ...").
        int j = i - 2;
        int g = out.group_[j] >= 0 ? out.group_[j] : (out.at_[j].empty() ? -1 : j);
        if (g >= 0)
          for (auto m : out.at_[g]) {
            if (m.code.size() <= 3) break;  // a person, not a country
            m.head = i;
            m.begin = i;
            m.end = i + 1;
            m.referred = true;
            out.at_[i].push_back(m);
          }
      }
      continue;
    }
    if (tree.upos(i) == "PRON" && IsPronounKey(k)) {
      if (!possessive_pronouns_ && tree.xpos(i) == "PRP$") continue;
      // Nearest preceding subject actor in the sentence, else any preceding
      // actor, else the previous sentence's subjects.
      // "he", "she" and "his" refer to a person: an actor with a role (a
      // leader, a minister), never a bare country or group ("Taiwan ... she").
      const bool personal = IsPersonalPronounKey(k);
      const bool plural = k == "they" || k == "them" || k == "their" || k == "themselves";
      auto fits = [&](int j) {
        if (out.at_[j].empty() || out.at_[j][0].referred) return false;
        // "they" is not one person ("Zourabichvili addressed the protesters
        // and praised their defence of ..."), unless coordinated with others.
        if (plural) return !(out.at_[j].size() == 1 && out.at_[j][0].person && out.Compound(tree, j).size() < 2);
        if (!personal) return true;
        // "he", "she": a person, never a country or a named organisation
        // ("The International Criminal Court issued a warrant for Putin,
        // accusing him of ...": Putin).
        for (const auto& m : out.at_[j])
          if (m.code.size() > 3 && !m.body) return true;
        return false;
      };
      int best = -1;
      for (int j = i - 1; j >= 0; --j)
        if (fits(j) && tree.rel(j) == "nsubj") {
          best = j;
          break;
        }
      if (best < 0)
        for (int j = i - 1; j >= 0; --j)
          if (fits(j)) {
            best = j;
            break;
          }
      std::vector<std::string> codes;
      if (best >= 0) {
        for (const auto& m : out.Compound(tree, best)) codes.push_back(m.code);
        // "they" refers to the whole compound; "it"/"he"/"she" to one actor.
        if (k != "they" && k != "them" && k != "their" && k != "themselves") codes.resize(1);
      } else if (!ctx->last_subjects.empty()) {
        codes = ctx->last_subjects;
        if (k != "they" && k != "them" && k != "their" && k != "themselves") codes.resize(1);
      }
      for (const auto& c : codes) out.at_[i].push_back(ActorMention{c, i, i, i + 1, true});
      continue;
    }
    // "the two countries", "both countries", "the two sides"; and their
    // governments: "the two leaders", "both governments" (a plural GOV role
    // with no country, after "the two" or "both": docs/coder.md, "The two
    // countries").
    const std::string& lk = tree.lemma_key(i);
    if ((tree.upos(i) == "NOUN") && (lk == "country" || lk == "nation" || lk == "side" || lk == "state" || leaders) &&
        tree.xpos(i) == "NNS") {
      bool two = false, the = false, both = false;
      int first = i;
      for (int c : tree.children(i)) {
        const std::string& ck = tree.form_key(c);
        if (ck == "two" || ck == "both") {
          two = true;
          first = std::min(first, c);
        }
        if (ck == "the" || ck == "both") first = std::min(first, c);
        the |= ck == "the";
        both |= ck == "both";
      }
      // "two leaders" without "the" is a count, not the story's two.
      if (!two || (leaders && !the && !both)) continue;
      // The sentence's own countries first, then the story's: the most
      // named so far (of a tie, the most recent), so a last mention of a
      // third country ("its position on Taiwan") does not replace one of the
      // story's two parties.
      std::vector<std::string> pool = countries_here;
      std::vector<std::string> story(ctx->recent_countries.rbegin(), ctx->recent_countries.rend());
      std::stable_sort(story.begin(), story.end(), [&](const std::string& a, const std::string& b) {
        auto count = [&](const std::string& c) {
          auto it = ctx->country_mentions.find(c);
          return it == ctx->country_mentions.end() ? 0 : it->second;
        };
        return count(a) > count(b);
      });
      for (auto it = story.begin(); it != story.end() && pool.size() < 2; ++it)
        if (std::find(pool.begin(), pool.end(), *it) == pool.end()) pool.push_back(*it);
      if (pool.size() >= 2) {
        if (leaders) out.at_[i].clear();
        size_t from = countries_here.size() >= 2 ? countries_here.size() - 2 : 0;
        for (size_t p = from; p < from + 2 && p < pool.size(); ++p)
          out.at_[i].push_back(ActorMention{leaders ? pool[p] + "GOV" : pool[p], i, first, i + 1, true});
      }
    }
  }

  // 4a. A role owned by a pronoun ("his government", "their troops") is of
  // the country of the pronoun's actor.
  for (int i = 0; i < n; ++i)
    for (auto& m : out.at_[i]) {
      if (m.code.size() != 6 || m.code.rfind("---", 0) != 0 || m.head != i) continue;
      // The role word itself heads the phrase: not "its military capabilities".
      if (tree.rel(i) == "amod" || tree.rel(i) == "compound" || i < m.begin || i >= m.end) continue;
      for (int c : tree.children(i)) {
        if (tree.deprel(c) != "nmod:poss" || out.at_[c].empty() || !out.at_[c][0].referred) continue;
        std::string country = CountryOf(out.at_[c][0].code);
        if (country.empty()) break;
        m.code = country + m.code.substr(3);
        m.referred = true;
        break;
      }
    }

  // 4a'. "the court", "the council", "the alliance": a definite noun that is
  // the last word of a body named earlier in the story ("the International
  // Criminal Court") is that body; a place phrase may follow ("the court in
  // The Hague").
  for (int i = 0; i < n; ++i) {
    if (tree.upos(i) != "NOUN" || tree.xpos(i) == "NNS") continue;
    auto body = ctx->named_bodies.find(tree.lemma_key(i));
    if (body == ctx->named_bodies.end()) continue;
    // A date the parser hung on the noun ("told the council on June 16") is
    // the verb's, not a modifier that makes it another body.
    auto date = [&](int c) {
      return (tree.CaseOf(c) == "on" || tree.CaseOf(c) == "in") &&
             (tree.upos(c) == "NUM" || WeekdayFromName(tree.lemma_key(c)) >= 0 || MonthFromName(tree.lemma_key(c)) > 0);
    };
    bool the = false, other = false;
    for (int c : tree.children(i)) {
      std::string_view r = tree.rel(c);
      if (r == "det" && tree.form_key(c) == "the") the = true;
      else if (!(r == "punct" || r == "case" || r == "acl" || (r == "nmod" && (tree.CaseOf(c) == "in" || date(c)))))
        other = true;
    }
    if (!the || other) continue;
    bool role_only = true;  // nothing named here but maybe a role ("court": ---JUD)
    for (const auto& m : out.at_[i])
      if (m.code.rfind("---", 0) != 0) role_only = false;
    if (!role_only) continue;
    out.at_[i].clear();
    out.at_[i].push_back(ActorMention{body->second, i, i, i + 1, true});
  }

  // 4b. A bare definite role ("the government", "the army": a singular role
  // noun with only "the" before it) is the story's own: the country named
  // most often in the sentences before (the first named of a tie), or, with
  // none named before, in this one.
  // "the militants", "the rebels": the armed group the story named last.
  for (int i = 0; i < n && !ctx->last_armed_group.empty(); ++i)
    for (auto& m : out.at_[i]) {
      if (m.code.size() != 6 || m.code.rfind("---", 0) != 0 || m.begin != i || m.end != i + 1) continue;
      const std::string_view role = std::string_view(m.code).substr(3);
      if (role != "REB" && role != "INS" && role != "SEP") continue;
      bool the = false, other = false;
      for (int c : tree.children(i)) {
        std::string_view r = tree.rel(c);
        if (r == "det" && tree.form_key(c) == "the") the = true;
        else if (r != "punct" && r != "case") other = true;
      }
      if (!the || other) continue;
      m.code = ctx->last_armed_group;
      m.referred = true;
    }
  for (int i = 0; i < n && !home.empty(); ++i) {
    for (auto& m : out.at_[i]) {
      if (m.code.size() != 6 || m.code.rfind("---", 0) != 0) continue;
      // The state's own organs (government, army, police, courts,
      // parliament) are the story's also without "the" and in the plural:
      // "after soldiers detain president" (a headline), "army officers
      // seized power", "Soldiers announced ...".
      const std::string role = m.code.substr(3);
      const bool organ = role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG";
      const bool plural = tree.xpos(i) == "NNS" || tree.xpos(i) == "NNPS";
      // In the plural only the organ's members ("soldiers", "officers",
      // "police"), not several institutions ("armies", "governments").
      const bool institution = OneOf(tree.lemma_key(i), {"army", "government", "court", "parliament", "ministry",
                                                            "cabinet", "administration", "legislature", "council",
                                                            "navy", "military", "junta"});
      if (m.end > i + 1 || (plural && (!organ || institution))) continue;
      bool span_ok = true;  // words before the head in the mention: its compounds ("army officers")
      for (int k = m.begin; k < m.end; ++k)
        if (k != i && (tree.head(k) != i || tree.rel(k) != "compound")) span_ok = false;
      if (!span_ok || (m.begin != i && !organ)) continue;
      bool the = false, other = false;
      for (int c : tree.children(i)) {
        if (c >= m.begin && c < i) continue;
        std::string_view r = tree.rel(c);
        if (r == "det" && tree.form_key(c) == "the") the = true;
        else if (r != "punct" && r != "case" && r != "acl") other = true;  // "on the government to act"
      }
      if (other || !(the || organ)) continue;
      m.code = home + m.code.substr(3);
      m.referred = true;
    }
  }

  // 4c. Quantities: "Tens of thousands of demonstrators", "hundreds of
  // soldiers": a number noun with nothing of its own is the people its
  // of-phrase counts.
  for (int i = n - 1; i >= 0; --i) {
    if (!out.at_[i].empty() || tree.upos(i) != "NOUN" ||
        !IsQuantityKey(tree.lemma_key(i)))
      continue;
    for (int c : tree.children(i)) {
      if (c < i || tree.rel(c) != "nmod" || tree.CaseOf(c) != "of" || out.at_[c].empty()) continue;
      for (auto m : out.at_[c]) {
        m.begin = std::min(m.begin, i);
        m.head = i;
        out.at_[i].push_back(m);
      }
      break;
    }
  }

  // 5. Token -> noun phrase head, for spans and "is this token an actor".
  for (int i = 0; i < n; ++i)
    if (!out.at_[i].empty())
      for (const auto& m : out.at_[i])
        for (int k = m.begin; k < m.end && k < n; ++k) out.group_[k] = i;

  // 6. Context for the next sentence.
  ctx->last_subjects.clear();
  for (int i = 0; i < n; ++i)
    if ((tree.rel(i) == "nsubj") && !out.at_[i].empty()) {
      for (const auto& m : out.Compound(tree, i)) ctx->last_subjects.push_back(m.code);
      break;
    }
  for (int i = 0; i < n; ++i)
    for (const auto& m : out.at_[i])
      if (!m.referred && !m.placed && !(m.head == i && IsQuantityKey(tree.lemma_key(i))) &&  // not 4c's copies
          !CountryOf(m.code).empty() && ++ctx->country_mentions[CountryOf(m.code)] == 1)
        ctx->first_named.push_back(CountryOf(m.code));
  for (int i = 0; i < n; ++i)
    for (const auto& m : out.at_[i])
      if (!m.referred && IsArmedGroup(m.code)) ctx->last_armed_group = m.code;
  // Bodies named by two or more words whose code is not a country's or a
  // person's ("the International Criminal Court", "the Security Council").
  for (int i = 0; i < n; ++i)
    for (const auto& m : out.at_[i])
      if (!m.referred && m.end - m.begin >= 2 && m.end <= n && m.code.size() >= 6 && CountryOf(m.code).empty() &&
          tree.upos(m.end - 1) == "PROPN")
        ctx->named_bodies[tree.lemma_key(m.end - 1)] = m.code;
  for (const auto& c : countries_here) {
    ctx->recent_countries.erase(std::remove(ctx->recent_countries.begin(), ctx->recent_countries.end(), c),
                                ctx->recent_countries.end());
    ctx->recent_countries.push_back(c);
  }
  return out;
}

}  // namespace dyad
