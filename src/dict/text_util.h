// Small string helpers shared by the dictionary readers (internal to src/dict).
#ifndef DYAD_DICT_TEXT_UTIL_H_
#define DYAD_DICT_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::dict {

// Iterates lines ("\n", "\r\n" or "\r"), numbering them from 1.
class LineSplitter {
 public:
  explicit LineSplitter(std::string_view text) : text_(text) {
    // Skip a UTF-8 byte order mark.
    if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
  }
  bool Next(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t end = pos_;
    while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
    *line = text_.substr(pos_, end - pos_);
    if (end < text_.size() && text_[end] == '\r' && end + 1 < text_.size() && text_[end + 1] == '\n')
      ++end;
    pos_ = end + 1;
    ++line_;
    return true;
  }
  int line_number() const { return line_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 0;
};

inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

inline bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

// Splits at blanks (spaces and tabs).
inline std::vector<std::string_view> SplitWs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Shortens text quoted in messages; replaces control bytes.
inline std::string Clip(std::string_view s, size_t n = 80) {
  std::string out;
  for (char c : s.substr(0, n)) out += (static_cast<unsigned char>(c) < 32) ? '?' : c;
  if (s.size() > n) out += "...";
  return out;
}

}  // namespace dyad::dict

#endif  // DYAD_DICT_TEXT_UTIL_H_
