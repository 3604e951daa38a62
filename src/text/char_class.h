// Character classes for the tokenizer and splitter: UTF-8 decoding that never
// fails (an invalid byte decodes as U+FFFD of length 1) and Unicode
// categories via utf8proc, with an ASCII fast path.
#ifndef DYAD_TEXT_CHAR_CLASS_H_
#define DYAD_TEXT_CHAR_CLASS_H_

#include <cstdint>
#include <string_view>

namespace dyad::text {

struct CodePoint {
  char32_t cp = 0;
  uint32_t len = 1;  // bytes consumed, >= 1
};

// Decodes the code point at s[i] (i < s.size()). Invalid or truncated
// sequences yield U+FFFD with len 1, so a scan always advances.
CodePoint DecodeAt(std::string_view s, size_t i);
// Start of the code point that ends right before byte i (i > 0): steps back
// over at most 3 continuation bytes.
size_t PrevStart(std::string_view s, size_t i);

// Unicode-aware classes (ASCII answered inline, the rest via utf8proc).
bool IsSpaceCp(char32_t c);   // Zs/Zl/Zp, ASCII controls \t\n\v\f\r, U+200B, U+FEFF
bool IsLetterCp(char32_t c);  // L* or M* (marks glue to their letter)
bool IsDigitCp(char32_t c);   // Nd
bool IsUpperCp(char32_t c);   // Lu or Lt
bool IsLowerCp(char32_t c);   // Ll
inline bool IsAlnumCp(char32_t c) { return IsLetterCp(c) || IsDigitCp(c); }

inline bool IsAsciiSpace(unsigned char b) {
  return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v';
}

}  // namespace dyad::text

#endif  // DYAD_TEXT_CHAR_CLASS_H_
