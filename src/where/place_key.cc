#include "where/place_key.h"

#include <utf8proc.h>

#include <cstdlib>

namespace dyad {

std::string PlaceKey(std::string_view name) {
  utf8proc_uint8_t* folded = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()), static_cast<utf8proc_ssize_t>(name.size()),
      &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                     UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
  std::string src;
  if (n >= 0) {
    src.assign(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  } else {  // invalid UTF-8: fold ASCII only
    src.assign(name);
    for (char& c : src)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::free(folded);

  std::string out;
  out.reserve(src.size());
  bool pending_space = false;
  for (size_t i = 0; i < src.size();) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > src.size()) len = src.size() - i;
    std::string_view ch(src.data() + i, len);
    i += len;
    if (len == 1) {
      if (c == '\'' || c == '`') continue;  // al-Qa'im, Côte d'Ivoire
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        out.push_back(static_cast<char>(c));
      } else {
        pending_space = true;
      }
      continue;
    }
    // Apostrophe-like letters and marks: ’ ‘ ʼ ʻ ʿ ʾ
    if (ch == "\u2019" || ch == "\u2018" || ch == "\u02BC" || ch == "\u02BB" || ch == "\u02BF" ||
        ch == "\u02BE")
      continue;
    utf8proc_int32_t cp = 0;
    utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(ch.data()), static_cast<utf8proc_ssize_t>(len), &cp);
    utf8proc_category_t cat = cp > 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
    bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
    if (word) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.append(ch);
    } else if (cat != UTF8PROC_CATEGORY_MN && cat != UTF8PROC_CATEGORY_MC && cat != UTF8PROC_CATEGORY_ME) {
      pending_space = true;
    }
  }
  return out;
}

}  // namespace dyad
