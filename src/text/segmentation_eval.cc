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
