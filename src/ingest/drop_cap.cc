#include "ingest/drop_cap.h"

#include <algorithm>

namespace dyad {

namespace {
bool Up(char c) { return c >= 'A' && c <= 'Z'; }
bool Low(char c) { return c >= 'a' && c <= 'z'; }
size_t QuotePrefix(std::string_view p) {
  if (!p.empty() && (p[0] == '"' || p[0] == '\'')) return 1;
  if (p.substr(0, 3) == "\xE2\x80\x9C" || p.substr(0, 3) == "\xE2\x80\x98") return 3;
  return 0;
}
}  // namespace

bool IsDropCapLetter(std::string_view p) {
  size_t q = QuotePrefix(p);
  return p.size() == q + 1 && Up(p[q]);
}

bool IsDropCapContinuation(std::string_view p) { return !p.empty() && Low(p[0]); }

size_t DropCapSplit(std::string_view p) {
  size_t q = QuotePrefix(p);
  if (p.size() < q + 3 || !Up(p[q])) return 0;
  size_t i = q + 1;
  bool newline = false;
  while (i < p.size() && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) {
    newline |= p[i] == '\n';
    ++i;
  }
  if (!newline || i >= p.size() || !Low(p[i])) return 0;
  return i;
}

void JoinDropCapTokens(Document* doc) {
  for (size_t pi = 0; pi < doc->paragraphs.size(); ++pi) {
    const Paragraph& para = doc->paragraphs[pi];
    std::string_view text = doc->Slice(para.start, para.end);
    size_t split = DropCapSplit(text);
    if (!split) continue;
    uint32_t cont = para.start + static_cast<uint32_t>(split);
    // Find the sentence and token that end at or before `cont` and the one that
    // starts at `cont`.
    auto& ss = doc->sentences;
    for (size_t si = 0; si < ss.size(); ++si) {
      if (ss[si].paragraph != static_cast<int>(pi)) continue;
      auto& toks = ss[si].tokens;
      // The letter token is the last token before `cont` in this paragraph.
      for (size_t ti = 0; ti < toks.size(); ++ti) {
        if (toks[ti].end > cont || toks[ti].start < para.start) continue;
        // toks[ti] ends before the continuation; find the next token.
        Token* next = nullptr;
        size_t nsi = si, nti = ti + 1;
        if (nti >= toks.size()) {
          nsi = si + 1;
          nti = 0;
          if (nsi < ss.size() && ss[nsi].paragraph == static_cast<int>(pi) && !ss[nsi].tokens.empty())
            next = &ss[nsi].tokens[0];
        } else {
          next = &toks[nti];
        }
        if (!next || next->start != cont) continue;
        Token& first = toks[ti];
        std::string letter(doc->Slice(first.start, first.end));
        first.form = (first.form.empty() ? letter : first.form) + next->form;
        first.end = next->end;
        first.space_after = next->space_after;
        if (nsi == si) {
          toks.erase(toks.begin() + nti);
        } else {
          auto& nt = ss[nsi].tokens;
          nt.erase(nt.begin());
          toks.insert(toks.end(), nt.begin(), nt.end());
          ss[si].end = std::max(ss[si].end, ss[nsi].end);
          ss.erase(ss.begin() + nsi);
          // Events are filled later; sentence indices after nsi shift by one,
          // which is fine because nothing refers to them yet.
        }
        break;
      }
    }
  }
}

}  // namespace dyad
