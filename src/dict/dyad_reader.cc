// Reader for Dyad's own dictionary format (docs/dictionaries.md).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <string>
#include <vector>

#include "dict/phrase.h"
#include "dict/reader.h"
#include "dict/text_util.h"

namespace dyad::dict {
namespace {

enum class Kind { kActors, kAgents, kVerbs, kDiscards };

// English prepositions (and particles) that start a prepositional phrase in a
// verb pattern ("with $T", "on $T") or stand alone as a particle ("point out").
bool IsPreposition(std::string_view w) {
  static const char* const kPreps[] = {
      "about",  "above",   "across", "after",  "against", "along",   "amid",   "among",
      "around", "as",      "at",     "away",   "back",    "before",  "behind", "below",
      "beside", "between", "beyond", "by",     "despite", "down",    "during", "for",
      "from",   "in",      "inside", "into",   "near",    "of",      "off",    "on",
      "onto",   "out",     "outside", "over",  "past",    "since",   "through", "throughout",
      "to",     "toward",  "towards", "under", "until",   "up",      "upon",   "via",
      "with",   "within",  "without"};
  for (const char* p : kPreps)
    if (w == p) return true;
  return false;
}

class DyadReader {
 public:
  DyadReader(const std::string& file, Dictionary* dict, std::vector<Issue>* issues)
      : file_(file), dict_(dict), issues_(issues) {}

  void Read(std::string_view text) {
    LineSplitter lines(text);
    std::string_view line;
    bool header_seen = false;
    while (lines.Next(&line)) {
      line_ = lines.line_number();
      std::string_view t = Trim(line);
      if (t.empty()) continue;
      if (!header_seen) {
        header_seen = true;
        if (!ParseHeader(t)) return;  // a file without a valid header is refused
        continue;
      }
      std::string content = StripComment(t);
      std::string_view c = Trim(content);
      if (c.empty()) continue;
      ParseLine(c);
    }
    if (!header_seen) Error("empty file: no '#!dyad-dict <kind> 1' header");
  }

 private:
  void Error(std::string msg) {
    issues_->push_back({Issue::Severity::kError, Loc(), std::move(msg)});
  }
  void Warn(std::string msg) {
    issues_->push_back({Issue::Severity::kWarning, Loc(), std::move(msg)});
  }
  SourceLoc Loc() const { return {file_, line_}; }

  bool ParseHeader(std::string_view t) {
    if (!StartsWith(t, "#!dyad-dict")) {
      Error(fmt::format("missing header: the first line must be '#!dyad-dict <kind> 1', got '{}'",
                        Clip(t)));
      return false;
    }
    std::vector<std::string_view> f = SplitWs(t.substr(11));
    if (f.size() != 2) {
      Error("malformed header: expected '#!dyad-dict <kind> 1'");
      return false;
    }
    if (f[0] == "actors") kind_ = Kind::kActors;
    else if (f[0] == "agents") kind_ = Kind::kAgents;
    else if (f[0] == "verbs") kind_ = Kind::kVerbs;
    else if (f[0] == "discards") kind_ = Kind::kDiscards;
    else {
      Error(fmt::format("unknown dictionary kind '{}' (expected actors, agents, verbs or discards)",
                        Clip(f[0])));
      return false;
    }
    if (f[1] != "1") {
      Error(fmt::format("unsupported format version '{}' (this Dyad reads version 1)", Clip(f[1])));
      return false;
    }
    return true;
  }

  // Removes a '#' comment; "\#" is a literal '#'.
  static std::string StripComment(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '#') {
        out += '#';
        ++i;
      } else if (s[i] == '#') {
        break;
      } else {
        out += s[i];
      }
    }
    return out;
  }

  void ParseLine(std::string_view c) {
    if (StartsWith(c, "test:")) {
      ParseTest(Trim(c.substr(5)));
      return;
    }
    const size_t colon = c.find(':');
    if (colon == std::string_view::npos) {
      Error(fmt::format("malformed entry (expected '<head> : <list>'): '{}'", Clip(c)));
      return;
    }
    std::string_view head = Trim(c.substr(0, colon));
    std::string_view list = Trim(c.substr(colon + 1));
    std::vector<std::string_view> hf = SplitWs(head);
    if (hf.empty()) {
      Error("entry without a head before ':'");
      return;
    }
    std::string_view keyword = hf[0];
    std::string_view args = Trim(head.substr(keyword.size()));
    std::vector<std::string> items;
    if (!SplitList(list, &items)) return;
    switch (kind_) {
      case Kind::kActors:
        if (keyword == "actor") return ParseActor(args, items);
        if (keyword == "adj") return ParseAdj(args, items);
        break;
      case Kind::kAgents:
        if (keyword == "agent") return ParseAgent(args, items);
        break;
      case Kind::kVerbs:
        if (keyword == "set") return ParseSet(args, items);
        if (keyword == "verb") return ParseVerb(args, items, /*noun=*/false);
        if (keyword == "noun") return ParseVerb(args, items, /*noun=*/true);
        if (keyword == "judge") return ParseJudge(args, items);
        break;
      case Kind::kDiscards:
        if (keyword == "sentence" || keyword == "story") {
          if (!args.empty()) Error(fmt::format("unexpected '{}' after '{}'", Clip(args), keyword));
          for (std::string& p : items) {
            if (SplitPhrase(p).empty()) {
              Error(fmt::format("discard phrase '{}' has no words", Clip(p)));
              continue;
            }
            dict_->discards.entries.push_back({p, keyword == "story", false, Loc()});
          }
          return;
        }
        break;
    }
    Error(fmt::format("unknown entry '{}' in a {} dictionary (expected {})", Clip(keyword),
                      KindName(), Expected()));
  }

  const char* KindName() const {
    switch (kind_) {
      case Kind::kActors: return "actors";
      case Kind::kAgents: return "agents";
      case Kind::kVerbs: return "verbs";
      case Kind::kDiscards: return "discards";
    }
    return "";
  }
  const char* Expected() const {
    switch (kind_) {
      case Kind::kActors: return "'actor', 'adj' or 'test:'";
      case Kind::kAgents: return "'agent' or 'test:'";
      case Kind::kVerbs: return "'set', 'verb', 'noun', 'judge' or 'test:'";
      case Kind::kDiscards: return "'sentence', 'story' or 'test:'";
    }
    return "";
  }

  // Splits "a; b; c"; every item must be non-empty.
  bool SplitList(std::string_view list, std::vector<std::string>* items) {
    if (list.empty()) {
      Error("empty list after ':'");
      return false;
    }
    size_t start = 0, n = 1;
    while (true) {
      size_t semi = list.find(';', start);
      std::string_view item = Trim(list.substr(start, semi == std::string_view::npos ? semi : semi - start));
      if (item.empty()) {
        Error(fmt::format("empty item #{} in list (stray ';'?)", n));
        return false;
      }
      items->emplace_back(item);
      if (semi == std::string_view::npos) break;
      start = semi + 1;
      ++n;
    }
    return true;
  }

  static bool IsCodeChar(char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
  }
  bool CheckActorCode(std::string_view code) {
    bool ok = !code.empty() && code.size() % 3 == 0;
    for (char ch : code) ok = ok && IsCodeChar(ch);
    if (!ok)
      Error(fmt::format("bad actor code '{}': expected upper-case 3-letter blocks (USA, IRQGOV)",
                        Clip(code)));
    return ok;
  }

  // "YYYY-MM-DD" / "YYYY-MM" / "YYYY" -> days of its first day.
  bool ParseDay(std::string_view s, int64_t* day) {
    std::optional<Date> d = Date::Parse(s);
    if (!d) {
      Error(fmt::format("bad date '{}': expected YYYY-MM-DD, YYYY-MM or YYYY", Clip(s)));
      return false;
    }
    *day = d->ToDays();
    return true;
  }

  // "CODE" or "CODE@FROM..TO".
  bool ParseTerm(std::string_view s, CodeTerm* term) {
    const size_t at = s.find('@');
    std::string_view code = Trim(s.substr(0, at));
    if (!CheckActorCode(code)) return false;
    term->code = std::string(code);
    if (at == std::string_view::npos) return true;
    std::string_view range = Trim(s.substr(at + 1));
    const size_t dots = range.find("..");
    if (dots == std::string_view::npos) {
      Error(fmt::format("bad date range '{}' for {}: expected FROM..TO (either side may be empty)",
                        Clip(range), code));
      return false;
    }
    term->dated = true;
    std::string_view from = Trim(range.substr(0, dots)), to = Trim(range.substr(dots + 2));
    if (!from.empty() && !ParseDay(from, &term->from_day)) return false;
    if (!to.empty() && !ParseDay(to, &term->to_day)) return false;
    if (term->from_day >= term->to_day) {
      Error(fmt::format("inverted or empty date range '{}' for {}: FROM must be before TO",
                        Clip(range), code));
      return false;
    }
    return true;
  }

  bool ParseNames(const std::vector<std::string>& items, std::vector<ActorName>* names) {
    for (const std::string& item : items) {
      ActorName n;
      std::string_view s = item;
      if (StartsWith(s, "~")) {
        n.weak = true;
        s = Trim(s.substr(1));
      }
      if (SplitPhrase(s).empty()) {
        Error(fmt::format("name '{}' has no words", Clip(item)));
        return false;
      }
      n.text = std::string(s);
      n.loc = Loc();
      names->push_back(std::move(n));
    }
    return true;
  }

  void ParseActor(std::string_view args, const std::vector<std::string>& items) {
    if (args.empty()) {
      Error("'actor' needs one or more codes before ':' (actor USA : United States)");
      return;
    }
    ActorEntry e;
    e.loc = Loc();
    size_t start = 0;
    int undated = 0;
    while (true) {
      size_t comma = args.find(',', start);
      std::string_view part =
          Trim(args.substr(start, comma == std::string_view::npos ? comma : comma - start));
      CodeTerm term;
      if (!ParseTerm(part, &term)) return;
      if (!term.dated && ++undated > 1) {
        Error(fmt::format("more than one undated code in '{}': only one default is allowed",
                          Clip(args)));
        return;
      }
      e.terms.push_back(std::move(term));
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    if (!ParseNames(items, &e.names)) return;
    dict_->actors.entries.push_back(std::move(e));
  }

  void ParseAdj(std::string_view args, const std::vector<std::string>& items) {
    if (args.find('@') != std::string_view::npos || SplitWs(args).size() != 1) {
      Error(fmt::format("'adj' takes exactly one undated code before ':', got '{}'", Clip(args)));
      return;
    }
    if (!CheckActorCode(args)) return;
    AdjectiveEntry a;
    a.code = std::string(args);
    a.loc = Loc();
    if (!ParseNames(items, &a.forms)) return;
    dict_->actors.adjectives.push_back(std::move(a));
  }

  void ParseAgent(std::string_view args, const std::vector<std::string>& items) {
    AgentEntry::Compose compose = AgentEntry::Compose::kSuffix;
    std::string_view code = args;
    if (StartsWith(code, "~")) {
      code.remove_prefix(1);  // explicit role, any length: "~GOVFRM"
    } else if (!code.empty() && code.back() == '~') {
      code.remove_suffix(1);
      compose = AgentEntry::Compose::kPrefix;
    } else if (code.size() != 3) {
      compose = AgentEntry::Compose::kStandalone;
    }
    if (!CheckActorCode(code)) return;
    for (const std::string& item : items) {
      if (SplitPhrase(item).empty()) {
        Error(fmt::format("agent noun '{}' has no words", Clip(item)));
        continue;
      }
      dict_->agents.entries.push_back({item, std::string(code), compose, Loc()});
    }
  }

  // `judge <code> : unfair; null and void; ...`: evaluative predicates of a
  // reported clause, each a sequence of lowercase lemmas (docs/coder.md,
  // "Judgments").
  void ParseJudge(std::string_view args, const std::vector<std::string>& items) {
    const bool digits = !args.empty() && std::all_of(args.begin(), args.end(), [](char ch) {
      return ch >= '0' && ch <= '9';
    });
    if (!digits || args.size() < 2 || args.size() > 4) {
      Error(fmt::format("judge: expected a CAMEO code of 2 to 4 digits before ':', got '{}'", Clip(args)));
      return;
    }
    Judgment j{std::string(args), {}, Loc()};
    for (const std::string& p : items) {
      std::vector<std::string> words;
      for (std::string_view w : SplitWs(p)) {
        std::string lw(w);
        for (char& ch : lw) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        words.push_back(std::move(lw));
      }
      if (words.empty()) {
        Error("judge: empty phrase");
        continue;
      }
      j.phrases.push_back(std::move(words));
    }
    if (!j.phrases.empty()) dict_->verbs.judgments.push_back(std::move(j));
  }

  void ParseSet(std::string_view args, const std::vector<std::string>& items) {
    if (!StartsWith(args, "&") || args.size() < 2 || SplitWs(args).size() != 1) {
      Error(fmt::format("'set' needs a name starting with '&' (set &TALKS : ...), got '{}'",
                        Clip(args)));
      return;
    }
    Synset s;
    s.name = std::string(args.substr(1));
    s.loc = Loc();
    for (const std::string& item : items) {
      std::vector<PatternTerm> phrase;
      for (std::string_view w : SplitWs(item)) {
        if (StartsWith(w, "&")) {
          phrase.push_back({"", std::string(w.substr(1)), Slot::kNone, false});
        } else if (StartsWith(w, "$")) {
          Error(fmt::format("set member '{}' may not contain a slot", Clip(item)));
          return;
        } else {
          for (std::string& k : SplitPhrase(w)) phrase.push_back({std::move(k), "", Slot::kNone, false});
        }
      }
      if (phrase.empty()) {
        Error(fmt::format("set member '{}' has no words", Clip(item)));
        return;
      }
      s.phrases.push_back(std::move(phrase));
    }
    dict_->verbs.synsets.push_back(std::move(s));
  }

  static bool IsCameoCodeSyntax(std::string_view code) {
    if (code.size() < 2 || code.size() > 4) return false;
    for (char ch : code)
      if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
    return true;
  }

  // One word of a pattern -> terms (a word may split into several keys).
  bool PatternWord(std::string_view w, std::string_view pattern, std::vector<PatternTerm>* out) {
    if (w == "$T") {
      out->push_back({"", "", Slot::kTarget, false});
    } else if (w == "$S") {
      out->push_back({"", "", Slot::kSource, false});
    } else if (StartsWith(w, "$")) {
      Error(fmt::format("unknown slot '{}' in pattern '{}' (use $S or $T)", Clip(w), Clip(pattern)));
      return false;
    } else if (StartsWith(w, "&")) {
      if (w.size() < 2) {
        Error(fmt::format("'&' without a set name in pattern '{}'", Clip(pattern)));
        return false;
      }
      out->push_back({"", std::string(w.substr(1)), Slot::kNone, false});
    } else {
      for (std::string& k : SplitPhrase(w)) out->push_back({std::move(k), "", Slot::kNone, false});
    }
    return true;
  }

  void ParseVerb(std::string_view args, const std::vector<std::string>& items, bool noun) {
    if (!IsCameoCodeSyntax(args)) {
      Error(fmt::format("'{}' needs a CAMEO code before ':' (2 to 4 digits), got '{}'",
                        noun ? "noun" : "verb", Clip(args)));
      return;
    }
    for (const std::string& item : items) ParsePattern(std::string(args), item, noun);
  }

  void ParsePattern(const std::string& code, std::string_view pattern, bool noun) {
    std::vector<std::string_view> words = SplitWs(pattern);
    bool recip = false;
    if (!words.empty() && words.back() == "!recip") {
      recip = true;
      words.pop_back();
    }
    for (std::string_view w : words)
      if (StartsWith(w, "!")) {
        Error(fmt::format("unknown flag '{}' in pattern '{}' (only a final !recip is allowed)",
                          Clip(w), Clip(pattern)));
        return;
      }
    if (words.empty()) {
      Error("empty pattern");
      return;
    }
    // The head: the verb lemma (or event noun), or a set of them.
    std::string head_synset, head_lemma;
    std::vector<std::string> head_extra;  // "cease-fire" -> cease, fire
    if (StartsWith(words[0], "$")) {
      Error(fmt::format("pattern '{}' must start with the verb, not a slot", Clip(pattern)));
      return;
    }
    if (StartsWith(words[0], "&")) {
      head_synset = std::string(words[0].substr(1));
      if (head_synset.empty()) {
        Error(fmt::format("'&' without a set name in pattern '{}'", Clip(pattern)));
        return;
      }
    } else {
      std::vector<std::string> keys = SplitPhrase(words[0]);
      if (keys.empty()) {
        Error(fmt::format("pattern '{}' has no verb word", Clip(pattern)));
        return;
      }
      head_lemma = keys[0];
      head_extra.assign(keys.begin() + 1, keys.end());
    }
    // The rest: terms, grouped into elements (preposition + its object).
    std::vector<PatternTerm> terms;
    for (const std::string& k : head_extra) terms.push_back({k, "", Slot::kNone, true});
    for (size_t i = 1; i < words.size(); ++i)
      if (!PatternWord(words[i], pattern, &terms)) return;
    std::vector<PatternTerm> modifiers;
    if (noun && head_synset.empty()) {
      // An event noun phrase "civil disobedience", "wreath-laying ceremony":
      // the head is the last word before the first preposition or slot; the
      // words before it are modifiers that must stand right before it.
      size_t n = 0;
      while (n < terms.size() && terms[n].slot == Slot::kNone && terms[n].synset.empty() &&
             !IsPreposition(terms[n].word))
        ++n;
      if (n > 0) {
        modifiers.push_back({head_lemma, "", Slot::kNone, true});
        for (size_t i = 0; i + 1 < n; ++i) modifiers.push_back({terms[i].word, "", Slot::kNone, true});
        head_lemma = terms[n - 1].word;
        terms.erase(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(n));
      }
    }
    VerbPattern p;
    for (const PatternTerm& m : modifiers) {
      PatternElement e;
      e.words.push_back(m);
      p.before.push_back(std::move(e));
    }
    p.before_adjacent = !modifiers.empty();
    p.code = code;
    p.recip = recip;
    p.noun = noun;
    p.loc = Loc();
    for (size_t i = 0; i < terms.size(); ++i) {
      const PatternTerm& t = terms[i];
      const bool prep = t.slot == Slot::kNone && t.synset.empty() && IsPreposition(t.word);
      const bool next_is_object =
          i + 1 < terms.size() &&
          !(terms[i + 1].slot == Slot::kNone && terms[i + 1].synset.empty() &&
            IsPreposition(terms[i + 1].word));
      if (prep && next_is_object) {
        PatternElement e;
        e.kind = PatternElement::Kind::kPrep;
        e.prep = t;
        // The object: the words up to the next preposition or slot end.
        size_t j = i + 1;
        while (j < terms.size()) {
          const PatternTerm& o = terms[j];
          if (o.slot == Slot::kNone && o.synset.empty() && IsPreposition(o.word)) break;
          e.words.push_back(o);
          ++j;
          if (o.slot != Slot::kNone) break;  // a slot ends the object
        }
        p.after.push_back(std::move(e));
        i = j - 1;
      } else {
        PatternElement e;
        e.kind = PatternElement::Kind::kWord;
        e.words.push_back(t);
        p.after.push_back(std::move(e));
      }
    }
    AddPattern(head_lemma, head_synset, noun, std::move(p));
  }

  void AddPattern(const std::string& lemma, const std::string& synset, bool noun, VerbPattern p) {
    Verbs& v = dict_->verbs;
    const std::string key = (noun ? "noun " : "verb ") + (synset.empty() ? lemma : "&" + synset);
    auto it = block_of_.find(key);
    int b;
    if (it == block_of_.end()) {
      b = static_cast<int>(v.blocks.size());
      VerbBlock block;
      block.name = synset.empty() ? lemma : "&" + synset;
      block.code = "---";  // a Dyad verb alone codes only through its patterns
      block.loc = Loc();
      VerbEntry e;
      e.lemma = lemma;
      e.synset = synset;
      if (!lemma.empty()) e.forms = noun ? std::vector<std::string>{lemma, Plural(lemma)}
                                         : VerbForms(lemma);
      e.block = b;
      e.noun = noun;
      e.loc = Loc();
      block.verbs.push_back(static_cast<int>(v.entries.size()));
      v.entries.push_back(std::move(e));
      v.blocks.push_back(std::move(block));
      block_of_[key] = b;
    } else {
      b = it->second;
    }
    v.blocks[b].patterns.push_back(std::move(p));
  }

  void ParseTest(std::string_view body) {
    const size_t arrow = body.rfind("=>");
    if (arrow == std::string_view::npos) {
      Error("malformed test: expected 'test: <sentence> => <expected>'");
      return;
    }
    std::string_view sentence = Trim(body.substr(0, arrow));
    std::string_view expected = Trim(body.substr(arrow + 2));
    if (sentence.empty() || expected.empty()) {
      Error("malformed test: sentence and expected value must both be given");
      return;
    }
    SelfTest t;
    switch (kind_) {
      case Kind::kActors: t.kind = SelfTest::Kind::kActor; break;
      case Kind::kAgents: t.kind = SelfTest::Kind::kAgent; break;
      case Kind::kVerbs: t.kind = SelfTest::Kind::kVerb; break;
      case Kind::kDiscards: t.kind = SelfTest::Kind::kDiscard; break;
    }
    t.sentence = std::string(sentence);
    t.expected = std::string(expected);
    t.loc = Loc();
    dict_->tests.push_back(std::move(t));
  }

  std::string file_;
  Dictionary* dict_;
  std::vector<Issue>* issues_;
  int line_ = 0;
  Kind kind_ = Kind::kActors;
  std::unordered_map<std::string, int> block_of_;
};

}  // namespace

void ReadDyad(std::string_view text, const std::string& file, Dictionary* dict,
              std::vector<Issue>* issues) {
  DyadReader(file, dict, issues).Read(text);
}

}  // namespace dyad::dict
