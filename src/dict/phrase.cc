#include "dict/phrase.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <functional>

namespace dyad::dict {
namespace {

// Appends the UTF-8 encoding of cp.
void Append(std::string* s, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  s->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

utf8proc_int32_t Fold(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x0060: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      break;
  }
  if (cp < 128) return std::tolower(cp);
  return utf8proc_tolower(cp);
}

// Punctuation that the tokenizer splits off words.
bool IsSplitPunct(utf8proc_int32_t cp) {
  switch (cp) {
    case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '"':
    case '[': case ']': case '{': case '}':
      return true;
    default:
      return false;
  }
}

bool IsSpace(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == '_' || (cp > 127 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
}

// Decodes s into folded code points; invalid bytes become U+FFFD.
std::vector<utf8proc_int32_t> Decode(std::string_view s) {
  std::vector<utf8proc_int32_t> out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      cp = 0xFFFD;
      n = 1;
    }
    out.push_back(Fold(cp));
    i += static_cast<size_t>(n);
  }
  return out;
}

// Splits already-folded code points into keys; `split_punct` also splits
// off , ; : etc. and a final possessive 's.
void SplitKeys(const std::vector<utf8proc_int32_t>& cps, bool split_punct,
               std::vector<std::string>* out) {
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out->push_back(std::move(cur));
    cur.clear();
  };
  for (size_t i = 0; i < cps.size(); ++i) {
    const utf8proc_int32_t cp = cps[i];
    if (IsSpace(cp)) {
      flush();
    } else if (cp == '-') {
      flush();  // hyphens separate keys and are dropped
    } else if (split_punct && IsSplitPunct(cp)) {
      flush();
      Append(&cur, cp);
      flush();
    } else {
      Append(&cur, cp);
    }
  }
  flush();
}

void SplitPossessive(std::vector<std::string>* keys) {
  std::vector<std::string> out;
  for (std::string& k : *keys) {
    if (k.size() > 2 && k.compare(k.size() - 2, 2, "'s") == 0) {
      out.push_back(k.substr(0, k.size() - 2));
      out.push_back("'s");
    } else {
      out.push_back(std::move(k));
    }
  }
  *keys = std::move(out);
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (utf8proc_int32_t cp : Decode(word)) Append(&out, cp);
  return out;
}

std::vector<std::string> SplitPhrase(std::string_view phrase) {
  std::vector<std::string> keys;
  SplitKeys(Decode(phrase), /*split_punct=*/true, &keys);
  SplitPossessive(&keys);
  return keys;
}

std::vector<std::string> SplitSentence(std::string_view sentence) {
  std::vector<std::string> words;
  std::string cur;
  // Split at whitespace; split off punctuation at word edges (keep "U.S.").
  size_t i = 0;
  auto is_edge_punct = [](char c) {
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' ||
           c == '"' || c == '.';
  };
  while (i < sentence.size()) {
    while (i < sentence.size() && std::isspace(static_cast<unsigned char>(sentence[i]))) ++i;
    size_t j = i;
    while (j < sentence.size() && !std::isspace(static_cast<unsigned char>(sentence[j]))) ++j;
    std::string_view w = sentence.substr(i, j - i);
    std::vector<std::string> tail;
    while (!w.empty() && is_edge_punct(w.front()) && w.front() != '.') {
      words.emplace_back(1, w.front());
      w.remove_prefix(1);
    }
    while (!w.empty() && is_edge_punct(w.back())) {
      // A final period stays on abbreviations with inner periods ("U.S.").
      if (w.back() == '.' && w.substr(0, w.size() - 1).find('.') != std::string_view::npos) break;
      tail.emplace_back(1, w.back());
      w.remove_suffix(1);
    }
    if (!w.empty()) words.emplace_back(w);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) words.push_back(*it);
    i = j;
  }
  return words;
}

namespace {
TokenKeys KeysOf(size_t n, const std::function<std::string_view(size_t)>& text) {
  TokenKeys out;
  out.first_key.reserve(n + 1);
  std::vector<std::string> keys;
  for (size_t t = 0; t < n; ++t) {
    out.first_key.push_back(static_cast<uint32_t>(out.keys.size()));
    keys.clear();
    SplitKeys(Decode(text(t)), /*split_punct=*/false, &keys);
    SplitPossessive(&keys);  // "King's" as one token matches "King 's"
    for (std::string& k : keys) {
      out.keys.push_back(std::move(k));
      out.token.push_back(static_cast<uint32_t>(t));
    }
  }
  out.first_key.push_back(static_cast<uint32_t>(out.keys.size()));
  return out;
}
}  // namespace

TokenKeys KeysOfTokens(const std::vector<Token>& tokens) {
  return KeysOf(tokens.size(), [&](size_t t) -> std::string_view { return tokens[t].form; });
}

TokenKeys KeysOfLemmas(const std::vector<Token>& tokens) {
  return KeysOf(tokens.size(), [&](size_t t) -> std::string_view {
    return tokens[t].lemma.empty() || tokens[t].lemma == "_" ? tokens[t].form : tokens[t].lemma;
  });
}

TokenKeys KeysOfWords(const std::vector<std::string>& words) {
  return KeysOf(words.size(), [&](size_t t) -> std::string_view { return words[t]; });
}


namespace {
// Common irregular English verbs: base, past, past participle (',' separates variants).
constexpr const char* kIrregularVerbs =
    "arise arose arisen|awake awoke awoken|be was,were been|bear bore borne,born|beat beat beaten|become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|burn burnt,burned burnt,burned|burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got got,gotten|give gave given|go went gone|grind ground ground|grow grew grown|hang hung,hanged hung,hanged|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant,leaned leant,leaned|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|overcome overcame overcome|overrun overran overrun|oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven,proved|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|repay repaid repaid|rethink rethought rethought|rewrite rewrote rewritten|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|undergo underwent undergone|understand understood understood|undertake undertook undertaken|undo undid undone|upset upset upset|uphold upheld upheld|wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|write wrote written";
// Irregular (and invariable) noun plurals.
constexpr const char* kIrregularPlurals = "man men|woman women|person people|child children|foot feet|tooth teeth|mouse mice|crisis crises|analysis analyses|thesis theses|criterion criteria|phenomenon phenomena|chief chiefs|wife wives|life lives|leaf leaves|half halves|thief thieves|militia militias|police police|staff staff|personnel personnel|aircraft aircraft|sheep sheep|series series|species species|headquarters headquarters";

const std::unordered_map<std::string, std::vector<std::string>>& IrregularVerbs() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::vector<std::string>>;
    std::string_view all(kIrregularVerbs);
    size_t start = 0;
    while (start < all.size()) {
      size_t bar = all.find('|', start);
      if (bar == std::string_view::npos) bar = all.size();
      std::string_view item = all.substr(start, bar - start);
      std::vector<std::string> words;
      size_t i = 0;
      while (i < item.size()) {
        size_t j = item.find_first_of(" ,", i);
        if (j == std::string_view::npos) j = item.size();
        if (j > i) words.emplace_back(item.substr(i, j - i));
        i = j + 1;
      }
      if (!words.empty()) {
        std::string base = words[0];
        words.erase(words.begin());
        (*t)[base] = std::move(words);
      }
      start = bar + 1;
    }
    return t;
  }();
  return *table;
}

const std::unordered_map<std::string, std::string>& IrregularPlurals() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::string>;
    std::string_view all(kIrregularPlurals);
    size_t start = 0;
    while (start < all.size()) {
      size_t bar = all.find('|', start);
      if (bar == std::string_view::npos) bar = all.size();
      std::string_view item = all.substr(start, bar - start);
      const size_t sp = item.find(' ');
      if (sp != std::string_view::npos) (*t)[std::string(item.substr(0, sp))] = std::string(item.substr(sp + 1));
      start = bar + 1;
    }
    return t;
  }();
  return *table;
}
}  // namespace

namespace {
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}
}  // namespace

std::vector<std::string> VerbForms(std::string_view lemma_in) {
  std::vector<std::string> forms = RegularVerbForms(lemma_in);
  auto it = IrregularVerbs().find(std::string(lemma_in));
  if (it == IrregularVerbs().end()) return forms;
  // Irregular: keep base, 3sg and -ing; replace the regular -ed form.
  std::vector<std::string> out;
  for (size_t i = 0; i < forms.size(); ++i)
    if (i != 2) out.push_back(forms[i]);
  for (const std::string& f : it->second)
    if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
  if (lemma_in == "be") {
    for (const char* f : {"is", "are", "am", "being"})
      if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
  } else if (lemma_in == "have") {
    out.push_back("has");
  } else if (lemma_in == "do") {
    out.push_back("does");
  } else if (lemma_in == "go") {
    out.push_back("goes");
  }
  return out;
}

std::vector<std::string> RegularVerbForms(std::string_view lemma_in) {
  const std::string lemma(lemma_in);
  std::vector<std::string> forms{lemma};
  if (lemma.empty()) return forms;
  const size_t n = lemma.size();
  const char last = lemma[n - 1];
  // third person singular
  if (EndsWith(lemma, "s") || EndsWith(lemma, "x") || EndsWith(lemma, "z") ||
      EndsWith(lemma, "ch") || EndsWith(lemma, "sh") || (EndsWith(lemma, "o") && n > 1 && !IsVowel(lemma[n - 2])))
    forms.push_back(lemma + "es");
  else if (last == 'y' && n > 1 && !IsVowel(lemma[n - 2]))
    forms.push_back(lemma.substr(0, n - 1) + "ies");
  else
    forms.push_back(lemma + "s");
  // past and gerund
  if (last == 'e') {
    forms.push_back(lemma + "d");
    forms.push_back(EndsWith(lemma, "ee") || EndsWith(lemma, "ye") || EndsWith(lemma, "oe")
                        ? lemma + "ing"
                        : lemma.substr(0, n - 1) + "ing");
  } else if (last == 'y' && n > 1 && !IsVowel(lemma[n - 2])) {
    forms.push_back(lemma.substr(0, n - 1) + "ied");
    forms.push_back(lemma + "ing");
  } else if (n >= 3 && !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
             IsVowel(lemma[n - 2]) && !IsVowel(lemma[n - 3])) {
    // consonant-vowel-consonant ending: one syllable doubles ("ban" -> banned);
    // longer words double only when the last syllable is stressed ("expel" ->
    // expelled, but "visit" -> visited), which spelling does not show: both.
    int groups = 0;
    for (size_t i = 0; i < n; ++i)
      if (IsVowel(lemma[i]) && (i == 0 || !IsVowel(lemma[i - 1]))) ++groups;
    forms.push_back(lemma + last + "ed");
    forms.push_back(lemma + last + "ing");
    if (groups > 1) {
      forms.push_back(lemma + "ed");
      forms.push_back(lemma + "ing");
    }
  } else {
    forms.push_back(lemma + "ed");
    forms.push_back(lemma + "ing");
  }
  return forms;
}

std::string Plural(std::string_view noun_in) {
  auto it = IrregularPlurals().find(std::string(noun_in));
  if (it != IrregularPlurals().end()) return it->second;
  // compounds ending in an irregular noun: "chairman" -> "chairmen"
  for (const char* tail : {"man", "woman", "person"}) {
    const std::string_view t(tail);
    if (noun_in.size() > t.size() + 1 && noun_in.substr(noun_in.size() - t.size()) == t) {
      const std::string p = IrregularPlurals().at(std::string(t));
      return std::string(noun_in.substr(0, noun_in.size() - t.size())) + p;
    }
  }
  return RegularPlural(noun_in);
}

std::string RegularPlural(std::string_view noun_in) {
  const std::string noun(noun_in);
  const size_t n = noun.size();
  if (n == 0) return noun;
  if (noun[n - 1] == 'y' && n > 1 && !IsVowel(noun[n - 2])) return noun.substr(0, n - 1) + "ies";
  if (EndsWith(noun, "ss") || EndsWith(noun, "sh") || EndsWith(noun, "ch") || EndsWith(noun, "x"))
    return noun + "es";
  return noun + "s";
}

}  // namespace dyad::dict
