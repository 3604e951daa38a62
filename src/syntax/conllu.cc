#include "syntax/conllu.h"

#include <fmt/format.h>

#include "base/file.h"

namespace dyad {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (true) {
    size_t t = line.find('\t', p);
    out.push_back(line.substr(p, t == std::string_view::npos ? std::string_view::npos : t - p));
    if (t == std::string_view::npos) break;
    p = t + 1;
  }
  return out;
}

bool ParseInt(std::string_view s, int* v) {
  if (s.empty() || s.size() > 6) return false;
  int x = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + (c - '0');
  }
  *v = x;
  return true;
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t p = 0;
  while (p <= misc.size()) {
    size_t e = misc.find('|', p);
    std::string_view item = misc.substr(p, e == std::string_view::npos ? std::string_view::npos : e - p);
    if (item == "SpaceAfter=No") return true;
    if (e == std::string_view::npos) break;
    p = e + 1;
  }
  return false;
}

}  // namespace

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view data, const std::string& what) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  bool in_sentence = false;
  size_t line_no = 0, pos = 0;
  auto flush = [&]() {
    if (in_sentence && !cur.words.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence();
    in_sentence = false;
  };
  while (pos <= data.size()) {
    size_t nl = data.find('\n', pos);
    std::string_view line = data.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
    } else if (line[0] == '#') {
      in_sentence = true;
      auto val = [&](std::string_view key) -> std::optional<std::string> {
        if (line.substr(0, key.size()) != key) return std::nullopt;
        std::string_view rest = line.substr(key.size());
        while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        if (!rest.empty() && rest[0] == '=') {
          rest.remove_prefix(1);
          while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
        } else if (!rest.empty()) {
          return std::nullopt;
        }
        return std::string(rest);
      };
      if (auto v = val("# sent_id")) cur.sent_id = *v;
      else if (auto v = val("# text")) cur.text = *v;
      else if (auto v = val("# newdoc id")) { cur.newdoc = true; cur.newdoc_id = *v; }
      else if (line.substr(0, 8) == "# newdoc") cur.newdoc = true;
      else if (line.substr(0, 8) == "# newpar") cur.newpar = true;
    } else {
      in_sentence = true;
      auto f = SplitTabs(line);
      if (f.size() != 10)
        return InvalidArgument(fmt::format("{}:{}: expected 10 tab-separated columns, found {}", what, line_no, f.size()));
      std::string_view id = f[0];
      if (id.find('.') != std::string_view::npos) {
        // empty node: skipped
      } else if (size_t dash = id.find('-'); dash != std::string_view::npos) {
        ConlluMultiword mw;
        if (!ParseInt(id.substr(0, dash), &mw.first) || !ParseInt(id.substr(dash + 1), &mw.last))
          return InvalidArgument(fmt::format("{}:{}: bad multiword id '{}'", what, line_no, std::string(id)));
        mw.form = std::string(f[1]);
        mw.space_after = !HasSpaceAfterNo(f[9]);
        cur.multiwords.push_back(std::move(mw));
      } else {
        int n;
        if (!ParseInt(id, &n) || n != static_cast<int>(cur.words.size()) + 1)
          return InvalidArgument(fmt::format("{}:{}: bad or out-of-order word id '{}'", what, line_no, std::string(id)));
        ConlluWord w;
        w.form = std::string(f[1]);
        w.lemma = std::string(f[2]);
        w.upos = std::string(f[3]);
        w.xpos = std::string(f[4]);
        w.feats = std::string(f[5]);
        if (f[6] == "_") w.head = -1;
        else if (!ParseInt(f[6], &w.head) || w.head < 0)
          return InvalidArgument(fmt::format("{}:{}: bad head '{}'", what, line_no, std::string(f[6])));
        w.deprel = std::string(f[7]);
        w.misc = std::string(f[9]);
        w.space_after = !HasSpaceAfterNo(f[9]);
        cur.words.push_back(std::move(w));
      }
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  flush();
  // Heads point at a word of the same sentence (0 = root).
  for (const auto& s : out)
    for (size_t i = 0; i < s.words.size(); ++i)
      if (s.words[i].head > static_cast<int>(s.words.size()))
        return InvalidArgument(fmt::format("{}: sentence {}: word {} has head {} beyond the sentence's {} words", what,
                                           s.sent_id, i + 1, s.words[i].head, s.words.size()));
  // Words inside a multiword token take the token's SpaceAfter on the last word.
  for (auto& s : out)
    for (auto& mw : s.multiwords) {
      if (mw.first < 1 || mw.last > static_cast<int>(s.words.size()) || mw.first > mw.last)
        return InvalidArgument(fmt::format("{}: sentence {}: multiword range {}-{} out of bounds", what, s.sent_id, mw.first, mw.last));
      for (int i = mw.first; i < mw.last; ++i) s.words[i - 1].space_after = false;
      s.words[mw.last - 1].space_after = mw.space_after;
    }
  return out;
}

Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  return ParseConllu(*data, path);
}

std::string FormatConllu(const ConlluSentence& s) {
  std::string out;
  if (!s.sent_id.empty()) out += "# sent_id = " + s.sent_id + "\n";
  if (!s.text.empty()) out += "# text = " + s.text + "\n";
  auto dash = [](const std::string& v) { return v.empty() ? std::string("_") : v; };
  size_t mw = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    while (mw < s.multiwords.size() && s.multiwords[mw].first == static_cast<int>(i) + 1) {
      auto& m = s.multiwords[mw++];
      out += fmt::format("{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", m.first, m.last, m.form,
                         m.space_after ? "_" : "SpaceAfter=No");
    }
    const auto& w = s.words[i];
    std::string misc = w.misc.empty() || w.misc == "_" ? (w.space_after ? "_" : "SpaceAfter=No") : w.misc;
    out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}\n", i + 1, w.form, dash(w.lemma), dash(w.upos),
                       dash(w.xpos), dash(w.feats), w.head < 0 ? std::string("_") : std::to_string(w.head),
                       dash(w.deprel), misc);
  }
  out += "\n";
  return out;
}

std::string RebuildText(const std::vector<ConlluSentence>& sentences,
                        std::vector<std::pair<size_t, size_t>>* spans) {
  std::string text;
  bool last_space = true;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    if (i > 0) {
      if (s.newdoc) text += "\n\n";
      else if (s.newpar) text += "\n";
      else if (last_space) text += " ";
    }
    size_t start = text.size();
    // Surface tokens: multiword tokens replace their words.
    size_t mw = 0;
    for (size_t w = 0; w < s.words.size();) {
      bool sa;
      if (mw < s.multiwords.size() && s.multiwords[mw].first == static_cast<int>(w) + 1) {
        text += s.multiwords[mw].form;
        sa = s.multiwords[mw].space_after;
        w = s.multiwords[mw].last;
        ++mw;
      } else {
        text += s.words[w].form;
        sa = s.words[w].space_after;
        ++w;
      }
      if (w < s.words.size() && sa) text += " ";
      last_space = sa;
    }
    if (spans) spans->emplace_back(start, text.size());
  }
  return text;
}

}  // namespace dyad
