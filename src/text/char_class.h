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
CodePoint DecodeMultibyte(std::string_view s, size_t i);
inline CodePoint DecodeAt(std::string_view s, size_t i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  return DecodeMultibyte(s, i);
}
// Start of the code point that ends right before byte i (i > 0): steps back
// over at most 3 continuation bytes.
size_t PrevStart(std::string_view s, size_t i);

inline bool IsAsciiSpace(unsigned char b) {
  return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v';
}

// Unicode classes of non-ASCII code points, via utf8proc.
bool IsSpaceNonAscii(char32_t c);
bool IsLetterNonAscii(char32_t c);
bool IsDigitNonAscii(char32_t c);
bool IsUpperNonAscii(char32_t c);
bool IsLowerNonAscii(char32_t c);

// Unicode-aware classes (ASCII answered inline, the rest via utf8proc).
// Zs/Zl/Zp, ASCII controls \t\n\v\f\r, U+0085, U+200B, U+FEFF:
inline bool IsSpaceCp(char32_t c) { return c < 0x80 ? IsAsciiSpace(static_cast<unsigned char>(c)) : IsSpaceNonAscii(c); }
// L* or M* (marks glue to their letter):
inline bool IsLetterCp(char32_t c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : IsLetterNonAscii(c);
}
inline bool IsDigitCp(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : IsDigitNonAscii(c); }  // Nd
inline bool IsUpperCp(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : IsUpperNonAscii(c); }  // Lu, Lt
inline bool IsLowerCp(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : IsLowerNonAscii(c); }  // Ll
inline bool IsAlnumCp(char32_t c) { return IsLetterCp(c) || IsDigitCp(c); }

}  // namespace dyad::text

#endif  // DYAD_TEXT_CHAR_CLASS_H_
