#include "text/sentence_splitter.h"

#include <utility>

#include "text/abbreviations.h"
#include "text/char_class.h"

namespace dyad {
namespace {

using text::AbbrevKind;

char32_t FirstCp(const Token& t) { return t.form.empty() ? 0 : text::DecodeAt(t.form, 0).cp; }

bool StartsLower(const Token& t) { return text::IsLowerCp(FirstCp(t)); }
bool StartsUpper(const Token& t) { return text::IsUpperCp(FirstCp(t)); }

// ". ! ? ... !! ?!" (ellipsis already folded to dots in the form).
bool IsTerminal(const Token& t) {
  if (t.form.empty()) return false;
  for (char c : t.form)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool IsEllipsis(const Token& t) { return t.form.size() >= 2 && t.form[0] == '.' && t.form[1] == '.'; }

// A word that keeps its final period ("Mr.", "U.S.").
bool IsAbbreviationToken(const Token& t) {
  return t.form.size() >= 2 && t.form.back() == '.' && !IsTerminal(t);
}

// A closing quote or bracket after a sentence end: ) ] } always (” ’ » are
// folded to " ' in the form, so look at the raw bytes too), straight quotes
// only when written right after the previous token.
bool IsCloser(std::string_view text, const Token& t, const Token& prev) {
  std::string_view raw = text.substr(t.start, t.end - t.start);
  if (raw == ")" || raw == "]" || raw == "}" || raw == "\xE2\x80\x9D" || raw == "\xE2\x80\x99" ||
      raw == "\xC2\xBB" || raw == "''")
    return true;
  if (raw == "\"" || raw == "'") return !prev.space_after;
  return false;
}

bool IsListMarker(const Token& t) {
  const std::string& f = t.form;
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
bool IsDatelineStart(const Token& t) {
  size_t letters = 0;
  for (char c : t.form) {
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

}  // namespace

SentenceSplitter::SentenceSplitter() = default;

void SentenceSplitter::Split(Document* doc) const {
  doc->sentences.clear();
  if (doc->paragraphs.empty()) {
    SplitSpan(doc->text, 0, static_cast<uint32_t>(doc->text.size()), -1, &doc->sentences);
    return;
  }
  for (size_t p = 0; p < doc->paragraphs.size(); ++p) {
    const Paragraph& para = doc->paragraphs[p];
    SplitSpan(doc->text, para.start, para.end, static_cast<int>(p), &doc->sentences);
  }
}

void SentenceSplitter::SplitSpan(std::string_view text, uint32_t start, uint32_t end, int paragraph,
                                 std::vector<Sentence>* out) const {
  std::vector<Token> toks;
  toks.reserve((end > start ? end - start : 0) / 3 + 4);
  tokenizer_.Tokenize(text, start, end, &toks);
  SplitTokens(text, &toks, paragraph, out);
}

void SentenceSplitter::SplitTokens(std::string_view text, std::vector<Token>* tokens, int paragraph,
                                   std::vector<Sentence>* out) const {
  std::vector<Token>& toks = *tokens;
  const size_t n = toks.size();
  size_t begin = 0;
  // Index of the last token of each sentence, decided below.
  std::vector<size_t> ends;
  auto emit = [&](size_t last) {
    ends.push_back(last);
    begin = last + 1;
  };
  size_t i = 0;
  while (i < n) {
    if (i + 1 == n) {
      emit(i);
      break;
    }
    const Token& t = toks[i];
    const Token& next = toks[i + 1];
    int nl = NewlinesBetween(text, t.end, next.start);
    if (nl >= 2 || (nl == 1 && !StartsLower(next))) {
      emit(i);
      ++i;
      continue;
    }
    if (IsTerminal(t)) {
      // Absorb closing quotes/brackets and further terminal punctuation
      // written right after: ."  ?)  (until gone?).
      size_t j = i + 1;
      bool closed = false;
      while (j < n && NewlinesBetween(text, toks[j - 1].end, toks[j].start) == 0) {
        if (IsCloser(text, toks[j], toks[j - 1])) {
          closed = true;
        } else if (!(IsTerminal(toks[j]) && (!toks[j - 1].space_after ||
                                              (t.form == "." && toks[j].form == ".")))) {
          break;  // (". . ." written with spaces is one run)
        }
        ++j;
      }
      if (j == n) {
        emit(n - 1);
        break;
      }
      const Token& after = toks[j];
      bool boundary = true;
      char32_t c = FirstCp(after);
      if (text::IsLowerCp(c)) {
        // Quoted speech ("Why?" he asked) and ellipses continue; a bare full
        // stop before lowercase still ends a sentence (informal text).
        boundary = !(closed || IsEllipsis(t));
      } else if (c == ',' || c == ';' || c == ':' || c == '%') {
        boundary = false;
      } else if (IsEllipsis(t) && !(StartsUpper(after) || c == '"' || c == '\'' || c == '(')) {
        boundary = false;
      } else if (t.form == "." && j == i + 1 && i == begin + 1 && IsListMarker(toks[begin]) && t.space_after) {
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
        toks[i - 1].space_after && t.space_after && IsDatelineStart(toks[begin])) {
      emit(i);
      ++i;
      continue;
    }
    if (IsAbbreviationToken(t) && StartsUpper(next)) {
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
