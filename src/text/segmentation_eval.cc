#include "text/segmentation_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "text/char_class.h"

namespace dyad {
namespace {

// For each byte offset 0..text.size(), the number of non-whitespace bytes
// before it.
std::vector<uint32_t> NonSpacePrefix(std::string_view text) {
  std::vector<uint32_t> pre(text.size() + 1, 0);
  uint32_t n = 0;
  for (size_t i = 0; i < text.size();) {
    auto cp = text::DecodeAt(text, i);
    bool space = text::IsSpaceCp(cp.cp);
    for (uint32_t k = 0; k < cp.len; ++k) {
      pre[i + k] = n;
      if (!space) ++n;
    }
    i += cp.len;
  }
  pre[text.size()] = n;
  return pre;
}

// Checks that the two texts agree outside whitespace.
Status SameContent(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  auto skip = [](std::string_view s, size_t* k) {
    while (*k < s.size()) {
      auto cp = text::DecodeAt(s, *k);
      if (!text::IsSpaceCp(cp.cp)) break;
      *k += cp.len;
    }
  };
  for (;;) {
    skip(a, &i);
    skip(b, &j);
    if (i == a.size() || j == b.size()) break;
    if (a[i] != b[j]) break;
    ++i;
    ++j;
  }
  if (i == a.size() && j == b.size()) return Status::Ok();
  return InvalidArgument(fmt::format(
      "segmentation eval: gold and system texts differ outside whitespace (gold byte {}, system byte {})",
      i, j));
}

}  // namespace

Result<SpanAlignment> AlignSpans(std::string_view gold_text, const std::vector<SegmentSpan>& gold,
                                 std::string_view system_text,
                                 const std::vector<SegmentSpan>& system) {
  if (gold_text.data() != system_text.data() || gold_text.size() != system_text.size()) {
    DYAD_RETURN_IF_ERROR(SameContent(gold_text, system_text));
  }
  auto gp = NonSpacePrefix(gold_text);
  auto sp = gold_text.data() == system_text.data() && gold_text.size() == system_text.size()
                ? gp
                : NonSpacePrefix(system_text);
  using Key = std::tuple<uint32_t, uint32_t, size_t>;
  auto keys = [](const std::vector<SegmentSpan>& v, const std::vector<uint32_t>& pre, size_t size,
                 const char* which, std::vector<Key>* out) -> Status {
    out->reserve(v.size());
    for (size_t k = 0; k < v.size(); ++k) {
      if (v[k].start > v[k].end || v[k].end > size)
        return InvalidArgument(fmt::format("segmentation eval: {} span {} [{}, {}) outside the text of {} bytes",
                                           which, k, v[k].start, v[k].end, size));
      out->emplace_back(pre[v[k].start], pre[v[k].end], k);
    }
    std::sort(out->begin(), out->end());
    return Status::Ok();
  };
  std::vector<Key> gk, sk;
  DYAD_RETURN_IF_ERROR(keys(gold, gp, gold_text.size(), "gold", &gk));
  DYAD_RETURN_IF_ERROR(keys(system, sp, system_text.size(), "system", &sk));
  SpanAlignment a;
  a.gold_to_system.assign(gold.size(), -1);
  a.system_to_gold.assign(system.size(), -1);
  a.scores.gold = gold.size();
  a.scores.system = system.size();
  size_t i = 0, j = 0;
  while (i < gk.size() && j < sk.size()) {
    auto g = std::make_pair(std::get<0>(gk[i]), std::get<1>(gk[i]));
    auto s = std::make_pair(std::get<0>(sk[j]), std::get<1>(sk[j]));
    if (g == s) {
      a.gold_to_system[std::get<2>(gk[i])] = static_cast<int>(std::get<2>(sk[j]));
      a.system_to_gold[std::get<2>(sk[j])] = static_cast<int>(std::get<2>(gk[i]));
      ++a.scores.correct;
      ++i;
      ++j;
    } else if (g < s) {
      ++i;
    } else {
      ++j;
    }
  }
  return a;
}

namespace {

// Equal forms for AlignWords: ASCII letters compared case-insensitively.
bool SameForm(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    unsigned char x = static_cast<unsigned char>(a[k]), y = static_cast<unsigned char>(b[k]);
    if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// A word with its span counted in non-whitespace characters.
struct FlatWord {
  uint32_t start, end;
  bool multiword;
  std::string_view form;
};

Status FlattenWords(const std::vector<SegmentWord>& words, const std::vector<uint32_t>& pre, size_t size,
                    const char* which, std::vector<FlatWord>* out) {
  out->reserve(words.size());
  for (size_t k = 0; k < words.size(); ++k) {
    const SegmentSpan& s = words[k].span;
    if (s.start > s.end || s.end > size)
      return InvalidArgument(fmt::format("segmentation eval: {} word {} [{}, {}) outside the text of {} bytes",
                                         which, k, s.start, s.end, size));
    FlatWord w{pre[s.start], pre[s.end], words[k].multiword, words[k].form};
    if (!out->empty() && w.start < out->back().start)
      return InvalidArgument(fmt::format("segmentation eval: {} word {} at byte {} starts before the word before it",
                                         which, k, s.start));
    out->push_back(w);
  }
  return Status::Ok();
}

}  // namespace

Result<SpanAlignment> AlignWords(std::string_view gold_text, const std::vector<SegmentWord>& gold,
                                 std::string_view system_text, const std::vector<SegmentWord>& system) {
  const bool same_text = gold_text.data() == system_text.data() && gold_text.size() == system_text.size();
  if (!same_text) DYAD_RETURN_IF_ERROR(SameContent(gold_text, system_text));
  const auto gp = NonSpacePrefix(gold_text);
  const auto sp = same_text ? gp : NonSpacePrefix(system_text);
  std::vector<FlatWord> g, s;
  DYAD_RETURN_IF_ERROR(FlattenWords(gold, gp, gold_text.size(), "gold", &g));
  DYAD_RETURN_IF_ERROR(FlattenWords(system, sp, system_text.size(), "system", &s));
  SpanAlignment a;
  a.gold_to_system.assign(g.size(), -1);
  a.system_to_gold.assign(s.size(), -1);
  a.scores.gold = g.size();
  a.scores.system = s.size();
  auto pair = [&a](size_t gw, size_t sw) {
    a.gold_to_system[gw] = static_cast<int>(sw);
    a.system_to_gold[sw] = static_cast<int>(gw);
    ++a.scores.correct;
  };
  std::vector<int> lcs;  // (gn + 1) x (sn + 1), reused across stretches
  size_t gi = 0, si = 0;
  while (gi < g.size() && si < s.size()) {
    if (!g[gi].multiword && !s[si].multiword) {
      if (g[gi].start == s[si].start && g[gi].end == s[si].end) {
        pair(gi++, si++);
      } else if (g[gi].start <= s[si].start) {
        ++gi;
      } else {
        ++si;
      }
      continue;
    }
    // A multiword token on one side: a plain word on the other side that
    // starts before it cannot be in its stretch.
    if (g[gi].multiword && !s[si].multiword && s[si].start < g[gi].start) {
      ++si;
      continue;
    }
    if (s[si].multiword && !g[gi].multiword && g[gi].start < s[si].start) {
      ++gi;
      continue;
    }
    // The stretch: every word starting before the end of the multiword
    // tokens met so far, on both sides.
    uint32_t end = g[gi].multiword ? g[gi].end : s[si].end;
    const size_t gs = gi, ss = si;
    for (;;) {
      const bool g_in = gi < g.size() && g[gi].start < end;
      const bool s_in = si < s.size() && s[si].start < end;
      if (!g_in && !s_in) break;
      if (g_in && (!s_in || g[gi].start <= s[si].start)) {
        if (g[gi].multiword) end = std::max(end, g[gi].end);
        ++gi;
      } else {
        if (s[si].multiword) end = std::max(end, s[si].end);
        ++si;
      }
    }
    // Longest common subsequence of the forms; lcs[x][y] covers the words
    // from gs + x and ss + y to the stretch's end.
    const size_t gn = gi - gs, sn = si - ss, w = sn + 1;
    lcs.assign((gn + 1) * w, 0);
    for (size_t x = gn; x-- > 0;)
      for (size_t y = sn; y-- > 0;)
        lcs[x * w + y] = SameForm(g[gs + x].form, s[ss + y].form)
                             ? lcs[(x + 1) * w + y + 1] + 1
                             : std::max(lcs[(x + 1) * w + y], lcs[x * w + y + 1]);
    for (size_t x = 0, y = 0; x < gn && y < sn;) {
      if (SameForm(g[gs + x].form, s[ss + y].form)) {
        pair(gs + x++, ss + y++);
      } else if (lcs[x * w + y] == lcs[(x + 1) * w + y]) {
        ++x;
      } else {
        ++y;
      }
    }
  }
  return a;
}

Result<std::vector<SegmentSpan>> LocateForms(std::string_view text,
                                             const std::vector<std::string_view>& forms,
                                             size_t from, const std::string& what) {
  std::vector<SegmentSpan> out;
  out.reserve(forms.size());
  size_t pos = from;
  for (size_t k = 0; k < forms.size(); ++k) {
    while (pos < text.size()) {
      auto cp = text::DecodeAt(text, pos);
      if (!text::IsSpaceCp(cp.cp)) break;
      pos += cp.len;
    }
    std::string_view f = forms[k];
    if (text.substr(pos, f.size()) != f)
      return InvalidArgument(fmt::format("{}: byte {}: expected form {} of \"{}\", found \"{}\"", what, pos, k + 1,
                                         f, text.substr(pos, std::min<size_t>(f.size() + 8, 40))));
    out.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + f.size())});
    pos += f.size();
  }
  return out;
}

}  // namespace dyad
