#include "pipeline/headline_case.h"

#include <string_view>

#include "base/strings.h"

namespace dyad {
namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// A word of letters (ASCII or any multi-byte UTF-8 letter; apostrophes and
// hyphens inside allowed) that starts with an ASCII letter.
bool IsWord(std::string_view w) {
  if (w.empty() || !(IsAsciiUpper(w[0]) || IsAsciiLower(w[0]))) return false;
  for (char c : w)
    if (!(IsAsciiUpper(c) || IsAsciiLower(c) || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80))
      return false;
  return true;
}

bool AllCaps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (IsAsciiLower(c)) return false;
    if (IsAsciiUpper(c)) ++letters;
  }
  return letters >= 2;
}

// Words that title case leaves in lower case (AP and Chicago styles).
bool IsMinorWord(std::string_view w) {
  std::string l = AsciiLower(w);
  return OneOf(l, {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
                   "off", "on", "per", "to", "up", "via", "vs", "from", "into", "with", "over"});
}

}  // namespace

bool IsTitleCase(const std::vector<Token>& tokens) {
  int capitalised = 0, lower = 0;
  bool first = true;
  for (const Token& t : tokens) {
    std::string_view w = t.form;
    if (!IsWord(w)) continue;
    if (first) {  // the first word is capitalised in any case
      first = false;
      continue;
    }
    if (IsMinorWord(w) || AllCaps(w)) continue;
    if (IsAsciiUpper(w[0])) ++capitalised;
    else ++lower;
  }
  return capitalised >= 2 && capitalised * 10 >= (capitalised + lower) * 7;
}

std::vector<std::string> SentenceCaseForms(const std::vector<Token>& tokens, const std::vector<bool>& keep) {
  std::vector<std::string> out;
  out.reserve(tokens.size());
  bool first = true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& f = tokens[i].form;
    if (!IsWord(f)) {
      out.push_back(f);
      continue;
    }
    bool kept = first || (i < keep.size() && keep[i]) || AllCaps(f) || !IsAsciiUpper(f[0]);
    first = false;
    if (kept) {
      out.push_back(f);
      continue;
    }
    std::string l = f;
    l[0] = static_cast<char>(l[0] - 'A' + 'a');
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace dyad
