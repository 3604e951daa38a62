#include "dict/phrase.h"

#include <utf8proc.h>

#include <cctype>
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
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}
}  // namespace

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
             IsVowel(lemma[n - 2]) && !IsVowel(lemma[n - 3]) &&
             // short stressed final syllable: one vowel group in the word
             [&] {
               int groups = 0;
               for (size_t i = 0; i < n; ++i)
                 if (IsVowel(lemma[i]) && (i == 0 || !IsVowel(lemma[i - 1]))) ++groups;
               return groups == 1;
             }()) {
    forms.push_back(lemma + last + "ed");
    forms.push_back(lemma + last + "ing");
  } else {
    forms.push_back(lemma + "ed");
    forms.push_back(lemma + "ing");
  }
  return forms;
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
