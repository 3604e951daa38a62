#include "text/sentence_splitter.h"

#include <utility>

#include "text/abbreviations.h"
#include "text/char_class.h"

namespace dyad {
namespace {

using text::AbbrevKind;

// The splitter looks at tokens through these views, so the same rules run
// on Tokens and on the tokenizer's RawTokens.
struct TokView {
  uint32_t start, end;
  std::string_view form;
  bool space_after;
};

char32_t FirstCp(std::string_view form) {
  if (form.empty()) return 0;
  unsigned char b = static_cast<unsigned char>(form[0]);
  return b < 0x80 ? b : text::DecodeAt(form, 0).cp;
}

bool StartsLower(const TokView& t) { return text::IsLowerCp(FirstCp(t.form)); }
bool StartsUpper(const TokView& t) { return text::IsUpperCp(FirstCp(t.form)); }

// ". ! ? ... !! ?!" (ellipsis already folded to dots in the form).
bool IsTerminal(std::string_view form) {
  if (form.empty()) return false;
  for (char c : form)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool IsEllipsis(std::string_view form) { return form.size() >= 2 && form[0] == '.' && form[1] == '.'; }

// A word that keeps its final period ("Mr.", "U.S.").
bool IsAbbreviationToken(std::string_view form) {
  return form.size() >= 2 && form.back() == '.' && !IsTerminal(form);
}

// A closing quote or bracket after a sentence end: ) ] } always (” ’ » are
// folded to " ' in the form, so look at the raw bytes too), straight quotes
// only when written right after the previous token.
bool IsCloser(std::string_view text, const TokView& t, const TokView& prev) {
  std::string_view raw = text.substr(t.start, t.end - t.start);
  if (raw == ")" || raw == "]" || raw == "}" || raw == "\xE2\x80\x9D" || raw == "\xE2\x80\x99" ||
      raw == "\xC2\xBB" || raw == "''")
    return true;
  if (raw == "\"" || raw == "'") return !prev.space_after;
  return false;
}

bool IsListMarker(std::string_view f) {
  if (f.empty() || f.size() > 3) return false;
  bool digits = true;
  for (char c : f) digits = digits && c >= '0' && c <= '9';
  if (digits) return true;
  if (f.size() == 1 && ((f[0] | 0x20) >= 'a' && (f[0] | 0x20) <= 'z')) return true;
  for (char c : f)
    if (c != 'i' && c != 'v' && c != 'x' && c != 'I' && c != 'V' && c != 'X') return false;
  return true;
}

// An all-capitals place name opening a dateline ("WASHINGTON", "KYIV,").
bool IsDatelineStart(std::string_view form) {
  size_t letters = 0;
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '-' && c != '.' && c != '\'') return false;
  }
  return letters >= 3;
}

int NewlinesBetween(std::string_view text, uint32_t a, uint32_t b) {
  int n = 0;
  for (uint32_t i = a; i < b && i < text.size(); ++i) n += text[i] == '\n';
  return n;
}

// The sentence rules (see the header): appends to *ends the index of the last
// token of each sentence among n tokens; tok(i) gives token i as a TokView.
template <typename TokAt>
void FindSentenceEnds(std::string_view text, size_t n, const TokAt& tok, std::vector<size_t>* ends) {
  size_t begin = 0;
  auto emit = [&](size_t last) {
    ends->push_back(last);
    begin = last + 1;
  };
  size_t i = 0;
  while (i < n) {
    if (i + 1 == n) {
      emit(i);
      break;
    }
    const TokView t = tok(i);
    const TokView next = tok(i + 1);
    int nl = NewlinesBetween(text, t.end, next.start);
    if (nl >= 2 || (nl == 1 && !StartsLower(next))) {
      emit(i);
      ++i;
      continue;
    }
    if (IsTerminal(t.form)) {
      // Absorb closing quotes/brackets and further terminal punctuation
      // written right after: ."  ?)  (until gone?).
      size_t j = i + 1;
      bool closed = false;
      TokView prev = t, cur = next;
      while (NewlinesBetween(text, prev.end, cur.start) == 0) {
        if (IsCloser(text, cur, prev)) {
          closed = true;
        } else if (!(IsTerminal(cur.form) && (!prev.space_after || (t.form == "." && cur.form == ".")))) {
          break;  // (". . ." written with spaces is one run)
        }
        ++j;
        if (j == n) break;
        prev = cur;
        cur = tok(j);
      }
      if (j == n) {
        emit(n - 1);
        break;
      }
      const TokView after = cur;
      bool boundary = true;
      char32_t c = FirstCp(after.form);
      if (text::IsLowerCp(c)) {
        // Quoted speech ("Why?" he asked) and ellipses continue; a bare full
        // stop before lowercase still ends a sentence (informal text).
        boundary = !(closed || IsEllipsis(t.form));
      } else if (c == ',' || c == ';' || c == ':' || c == '%') {
        boundary = false;
      } else if (IsEllipsis(t.form) && !(StartsUpper(after) || c == '"' || c == '\'' || c == '(')) {
        boundary = false;
      } else if (t.form == "." && j == i + 1 && i == begin + 1 && IsListMarker(tok(begin).form) && t.space_after) {
        boundary = false;
      }
      if (boundary) {
        emit(j - 1);
        i = j;
      } else {
        // The closers (if any) stay in this sentence; re-check the line
        // break after the last of them.
        i = j - 1 > i ? j - 1 : j;
      }
      continue;
    }
    // Dateline: "WASHINGTON (Reuters) -" or "BAGHDAD, Jan. 5 --".
    // The dash stands between spaces: "Secretary-General" is not a dateline.
    if ((t.form == "-" || t.form == "--") && i > begin && i - begin <= 10 && StartsUpper(next) &&
        tok(i - 1).space_after && t.space_after && IsDatelineStart(tok(begin).form)) {
      emit(i);
      ++i;
      continue;
    }
    if (IsAbbreviationToken(t.form) && StartsUpper(next)) {
      bool boundary = false;
      switch (text::ClassifyAbbreviation(t.form)) {
        case AbbrevKind::kNoEnd:
        case AbbrevKind::kBeforeNumber:
          boundary = false;
          break;
        case AbbrevKind::kAcronym:
          boundary = text::IsSentenceStarter(next.form);
          break;
        case AbbrevKind::kMayEnd:
        case AbbrevKind::kNone:
          boundary = true;
          break;
      }
      if (boundary) {
        emit(i);
        ++i;
        continue;
      }
    }
    ++i;
  }
}

}  // namespace

SentenceSplitter::SentenceSplitter() = default;

void SentenceSplitter::Split(Document* doc) const {
  doc->sentences.clear();
  // One token buffer for the whole document: found tokens stay strings-free
  // until their sentence is known, then are built there once.
  RawTokens raw;
  std::vector<size_t> ends;
  if (doc->paragraphs.empty()) {
    SplitRaw(doc->text, 0, static_cast<uint32_t>(doc->text.size()), -1, &raw, &ends, &doc->sentences);
    return;
  }
  for (size_t p = 0; p < doc->paragraphs.size(); ++p) {
    const Paragraph& para = doc->paragraphs[p];
    SplitRaw(doc->text, para.start, para.end, static_cast<int>(p), &raw, &ends, &doc->sentences);
  }
}

void SentenceSplitter::SplitSpan(std::string_view text, uint32_t start, uint32_t end, int paragraph,
                                 std::vector<Sentence>* out) const {
  RawTokens raw;
  std::vector<size_t> ends;
  SplitRaw(text, start, end, paragraph, &raw, &ends, out);
}

void SentenceSplitter::SplitRaw(std::string_view text, uint32_t start, uint32_t end, int paragraph,
                                RawTokens* raw, std::vector<size_t>* ends, std::vector<Sentence>* out) const {
  raw->clear();
  ends->clear();
  tokenizer_.TokenizeRaw(text, start, end, raw);
  const std::vector<RawToken>& toks = raw->tokens;
  FindSentenceEnds(text, toks.size(), [&](size_t k) {
    const RawToken& r = toks[k];
    return TokView{r.start, r.end, raw->Form(text, r), r.space_after};
  }, ends);
  size_t first = 0;
  for (size_t last : *ends) {
    Sentence& s = out->emplace_back();
    s.paragraph = paragraph;
    s.start = toks[first].start;
    s.end = toks[last].end;
    s.tokens.reserve(last + 1 - first);
    for (size_t k = first; k <= last; ++k) raw->AppendToken(text, k, &s.tokens);
    first = last + 1;
  }
}

void SentenceSplitter::SplitTokens(std::string_view text, std::vector<Token>* tokens, int paragraph,
                                   std::vector<Sentence>* out) const {
  std::vector<Token>& toks = *tokens;
  std::vector<size_t> ends;
  FindSentenceEnds(text, toks.size(), [&](size_t k) {
    const Token& t = toks[k];
    return TokView{t.start, t.end, t.form, t.space_after};
  }, &ends);
  // Build the sentences; a one-sentence paragraph takes the whole vector.
  size_t first = 0;
  for (size_t last : ends) {
    Sentence& s = out->emplace_back();
    s.paragraph = paragraph;
    s.start = toks[first].start;
    s.end = toks[last].end;
    if (ends.size() == 1) {
      s.tokens = std::move(toks);
    } else {
      s.tokens.reserve(last + 1 - first);
      for (size_t k = first; k <= last; ++k) s.tokens.push_back(std::move(toks[k]));
    }
    first = last + 1;
  }
}

}  // namespace dyad
