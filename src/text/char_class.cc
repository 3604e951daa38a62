#include "text/char_class.h"

#include <utf8proc.h>

namespace dyad::text {

CodePoint DecodeMultibyte(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char b = p[i];
  if (b < 0x80) return {b, 1};
  size_t n = s.size() - i;
  auto cont = [&](size_t k) { return k < n && (p[i + k] & 0xC0) == 0x80; };
  if (b >= 0xC2 && b <= 0xDF) {
    if (cont(1)) return {static_cast<char32_t>(((b & 0x1F) << 6) | (p[i + 1] & 0x3F)), 2};
  } else if (b >= 0xE0 && b <= 0xEF) {
    if (cont(1) && cont(2)) {
      char32_t c = ((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) return {c, 3};
    }
  } else if (b >= 0xF0 && b <= 0xF4) {
    if (cont(1) && cont(2) && cont(3)) {
      char32_t c = ((b & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
                   (p[i + 3] & 0x3F);
      if (c >= 0x10000 && c <= 0x10FFFF) return {c, 4};
    }
  }
  return {0xFFFD, 1};
}

size_t PrevStart(std::string_view s, size_t i) {
  size_t j = i - 1;
  for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++k) --j;
  // Only accept the lead byte if it really decodes to a sequence ending at i.
  if (j + DecodeAt(s, j).len == i) return j;
  return i - 1;
}

static utf8proc_category_t Cat(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool IsSpaceNonAscii(char32_t c) {
  if (c == 0x85 || c == 0x200B || c == 0xFEFF) return true;
  auto k = Cat(c);
  return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP;
}

bool IsLetterNonAscii(char32_t c) {
  if (c == 0xFFFD) return false;
  auto k = Cat(c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
         (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME);
}

bool IsDigitNonAscii(char32_t c) { return Cat(c) == UTF8PROC_CATEGORY_ND; }

bool IsUpperNonAscii(char32_t c) {
  auto k = Cat(c);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

bool IsLowerNonAscii(char32_t c) { return Cat(c) == UTF8PROC_CATEGORY_LL; }

}  // namespace dyad::text
