// Small string helpers shared by the stages.
#ifndef DYAD_BASE_STRINGS_H_
#define DYAD_BASE_STRINGS_H_

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace dyad {

// ASCII lower-casing (dictionary keys use full Unicode folding: dict/phrase.h).
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Is `w` one of `set`?
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

}  // namespace dyad

#endif  // DYAD_BASE_STRINGS_H_
