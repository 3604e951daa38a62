#include "text/sentence_splitter.h"

#include <algorithm>
#include <utility>

#include "text/abbreviations.h"
#include "text/boundary_features.h"
#include "text/boundary_model.h"
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

// A web address written out: "http://...", "https://...", "www....".
bool IsLink(std::string_view f) {
  if (f.size() < 5 || (f[0] != 'h' && f[0] != 'w')) return false;
  return f.starts_with("http://") || f.starts_with("https://") || f.starts_with("www.");
}

int NewlinesBetween(std::string_view text, uint32_t a, uint32_t b) {
  int n = 0;
  for (uint32_t i = a; i < b && i < text.size(); ++i) n += text[i] == '\n';
  return n;
}

// The shape of a word's start, for choosing bare candidates.
enum class WordClass : uint8_t { kLower, kCapitalised, kAllCaps, kDigit, kOther };

WordClass ClassOf(std::string_view w) {
  char32_t c = FirstCp(w);
  if (text::IsLowerCp(c)) return WordClass::kLower;
  if (text::IsDigitCp(c)) return WordClass::kDigit;
  if (!text::IsUpperCp(c)) return WordClass::kOther;
  for (char ch : w.substr(1))
    if (ch >= 'a' && ch <= 'z') return WordClass::kCapitalised;
  return w.size() == 1 || !(w[1] & 0x80) ? WordClass::kAllCaps : WordClass::kCapitalised;
}

// Whether a sentence may end without terminal punctuation between t and
// `next`. On EWT train about 5% of such places before a capitalised word or
// a number are boundaries; word-class pairs where fewer than 3% are
// (lowercase word before an all-capitals word, mostly "I", or before a
// number; number before number or all-capitals; capitalised word before
// all-capitals) are left out: a quarter of the places, 7% of their
// boundaries. A plain lowercase word before a capitalised one (40% of the
// rest, 1.1% boundaries: mostly names) is a candidate only before a word the
// model lists as a sentence opener (kIfStarter); other lowercase tokens
// ("x@y.com Ann") are candidates (60% are boundaries). Never after a semicolon,
// an opening bracket or connector, or a quote attached to the next word (an
// opening quote); a comma may end one ("Regards, ||| Ann" in e-mail).
enum class Bare : uint8_t { kNo, kYes, kIfStarter };

Bare BareCandidate(const TokView& t, const TokView& next) {
  std::string_view f = t.form;
  if (f.size() == 1) {
    switch (f[0]) {
      case ';': case '(': case '[': case '{': case '&': case '/': case '$': case '#': case '@':
        return Bare::kNo;
      case '"': case '\'':
        if (!t.space_after) return Bare::kNo;
        break;
      default:
        break;
    }
  }
  const WordClass nc = ClassOf(next.form), lc = ClassOf(f);
  switch (nc) {
    case WordClass::kCapitalised:
      if (lc == WordClass::kCapitalised) return Bare::kIfStarter;
      if (lc != WordClass::kLower) return Bare::kYes;
      for (char ch : f)
        if (ch < 'a' || ch > 'z') return Bare::kYes;  // "x@y.com Ann", "etc Thanks"
      return Bare::kIfStarter;
    case WordClass::kAllCaps:
      return lc == WordClass::kAllCaps || lc == WordClass::kOther ? Bare::kYes : Bare::kNo;
    case WordClass::kDigit:
      return lc == WordClass::kCapitalised || lc == WordClass::kAllCaps ? Bare::kYes : Bare::kNo;
    default:
      return Bare::kNo;
  }
}

// Whether a candidate after token i falls inside a name that opens the
// would-be sentence [begin, i] and runs on into a lowercase word: one to
// three capitalised words, then at least two more, then a lowercase word
// ("Ntsokoane | Samuel Matekane arrived", "Leon Jean | Richard Rakotonirina
// said"). The run is one noun phrase, the subject of the word after it, so
// no sentence ends inside it. The classifier, trained on EWT, cannot know
// this: there, runs of capitalised words are mostly signature and header
// lines, which end before another capitalised word or the paragraph's end,
// not before a lowercase word. Checked at run time only (training sees every
// candidate, so the model's bytes do not depend on it).
template <typename TokAt>
bool InsideLeadingName(size_t begin, size_t i, size_t n, const TokAt& tok) {
  if (i + 1 - begin > 3 || i + 3 >= n) return false;
  for (size_t k = begin; k <= i + 2; ++k)
    if (ClassOf(tok(k).form) != WordClass::kCapitalised) return false;
  size_t k = i + 3;
  while (k < n && k <= i + 4 && ClassOf(tok(k).form) == WordClass::kCapitalised) ++k;
  if (k >= n) return false;
  std::string_view f = tok(k).form;
  return !f.empty() && f[0] >= 'a' && f[0] <= 'z';
}

// The sentence rules (see the header): appends to *ends the index of the last
// token of each sentence among n tokens; tok(i) gives token i as a TokView.
// `decide` makes the call at each candidate without punctuation:
// decide.active() (false: the rules alone, no such candidates),
// decide.MayOpen(next) (for a kIfStarter place: whether `next` is an opener),
// decide.keeps_leading_names() (whether InsideLeadingName vetoes a candidate)
// and decide(context, end) (`end` is the byte offset where the sentence
// would end). `tok` is taken by value: a small copy whose captures (the
// token array, the text) stay in registers, where a reference to the
// caller's closure made every round load them again through it.
template <typename TokAt, typename Decide>
void FindSentenceEnds(std::string_view text, size_t n, const TokAt tok, const Decide& decide,
                      std::vector<size_t>* ends) {
  size_t begin = 0;
  auto emit = [&](size_t last) {
    ends->push_back(last);
    begin = last + 1;
  };
  auto word = [&](size_t k) -> std::string_view { return k < n ? tok(k).form : std::string_view(); };
  // Tokens of the would-be sentence [begin, last] that start with a
  // lowercase ASCII letter (prose against header and signature lines);
  // counted only at candidates, each token at most once per sentence.
  size_t counted_begin = 0, counted = 0;
  uint32_t lower = 0;
  auto lower_so_far = [&](size_t last) {
    if (counted_begin != begin) {
      counted_begin = counted = begin;
      lower = 0;
    }
    for (; counted <= last; ++counted) {
      std::string_view f = tok(counted).form;
      lower += !f.empty() && f[0] >= 'a' && f[0] <= 'z';
    }
    return lower;
  };
  // The would-be next sentence after token `last` (BoundaryContext::
  // next_lower, next_tokens, next_terminal), over at most kLookahead tokens.
  // Computed only at candidates, and the tokens already scanned for the
  // previous candidate are reused: [ahead_begin, ahead_pos) holds
  // ahead_tokens tokens, ahead_lower of them lowercase; ahead_stop says why
  // the scan stopped at ahead_pos (0: not yet, 1: terminal punctuation
  // there, 2: a sentence-ending line break before it or the paragraph end).
  // Each token is read at most twice per paragraph.
  size_t ahead_begin = 0, ahead_pos = 0;
  uint32_t ahead_tokens = 0, ahead_lower = 0;
  int ahead_stop = 0;
  auto starts_lower_ascii = [](std::string_view f) { return !f.empty() && f[0] >= 'a' && f[0] <= 'z'; };
  auto look_ahead = [&](size_t last, BoundaryContext* c) {
    const size_t from = last + 1;
    if (from < ahead_begin || from >= ahead_pos) {
      ahead_begin = ahead_pos = from;
      ahead_tokens = ahead_lower = 0;
      ahead_stop = 0;
    } else {
      for (; ahead_begin < from; ++ahead_begin) {
        --ahead_tokens;
        ahead_lower -= starts_lower_ascii(tok(ahead_begin).form);
      }
    }
    const size_t stop = std::min(n, from + BoundaryContext::kLookahead);
    uint32_t prev_end = ahead_pos > from ? tok(ahead_pos - 1).end : 0;
    for (; ahead_stop == 0 && ahead_pos < stop; ++ahead_pos) {
      const TokView t = tok(ahead_pos);
      if (ahead_pos > from && prev_end != t.start && !(t.start == prev_end + 1 && text[prev_end] == ' ')) {
        int nl = NewlinesBetween(text, prev_end, t.start);
        if (nl >= 2 || (nl == 1 && !StartsLower(t))) {
          ahead_stop = 2;
          break;
        }
      }
      const char c0 = t.form.empty() ? 0 : t.form[0];
      if ((c0 == '.' || c0 == '!' || c0 == '?') && IsTerminal(t.form)) {
        ahead_stop = 1;
        break;
      }
      ++ahead_tokens;
      ahead_lower += c0 >= 'a' && c0 <= 'z';
      prev_end = t.end;
    }
    if (ahead_pos == n) ahead_stop = 2;
    c->next_tokens = std::min<uint32_t>(ahead_tokens, BoundaryContext::kLookahead);
    c->next_lower = ahead_lower;
    c->next_terminal = ahead_stop == 1;
  };
  size_t i = 0;
  while (i < n) {
    if (i + 1 == n) {
      emit(i);
      break;
    }
    // Both views are built afresh each round (a few loads from the raw
    // token): carrying the previous round's `next` over saved those
    // instructions but was slower, as copying the 32-byte view through the
    // stack stalled on store forwarding (perf: 40% of this function's time
    // on the two copy instructions).
    const TokView t = tok(i);
    const TokView next = tok(i + 1);
    // (Most tokens are followed by nothing or by one space.)
    const int nl = next.start - t.end <= 1 && (next.start == t.end || text[t.end] == ' ')
                       ? 0
                       : NewlinesBetween(text, t.end, next.start);
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
    // The rest needs a capitalised word or a number next; most tokens are
    // followed by a lowercase word or punctuation, so look at one byte first.
    if (unsigned char b = next.form.empty() ? 0 : static_cast<unsigned char>(next.form[0]);
        b < 0x80 && !((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))) {
      // A link right after a link on the same line: a list of links, one
      // sentence each (EWT train: 35 of 37 such places are boundaries).
      if ((b == 'h' || b == 'w') && t.space_after && IsLink(next.form) && IsLink(t.form)) emit(i);
      ++i;
      continue;
    }
    const bool abbreviation = IsAbbreviationToken(t.form);
    // A dash opening a sentence belongs to it: "— Reuters" after a full
    // stop is not "—" and "Reuters", "- Item two" not "-" and "Item two".
    const Bare bare = abbreviation || (i == begin && (t.form == "-" || t.form == "--")) ? Bare::kNo
                                                                                      : BareCandidate(t, next);
    if (abbreviation ? !StartsUpper(next) : bare == Bare::kNo) {
      ++i;
      continue;
    }
    bool boundary = false;
    if (abbreviation) {
      switch (text::ClassifyAbbreviation(t.form)) {
        case AbbrevKind::kNoEnd:  // titles, months, initials: a name follows
        case AbbrevKind::kBeforeNumber:
          break;
        case AbbrevKind::kAcronym:  // "U.S. The" ends one, "U.S. Army" not
          boundary = text::IsSentenceStarter(next.form);
          break;
        case AbbrevKind::kMayEnd:
        case AbbrevKind::kNone:
          boundary = true;
          break;
      }
    } else if (decide.active() && (bare == Bare::kYes || decide.MayOpen(next.form)) &&
               !(decide.keeps_leading_names() && InsideLeadingName(begin, i, n, tok))) {
      BoundaryContext ctx{t.form,
                          i > begin ? tok(i - 1).form : std::string_view(),
                          t.space_after,
                          next.form,
                          word(i + 2),
                          static_cast<uint32_t>(i + 1 - begin),
                          bare == Bare::kIfStarter,
                          lower_so_far(i)};
      look_ahead(i, &ctx);
      boundary = decide(ctx, t.end);
    }
    if (boundary) emit(i);
    ++i;
  }
}

// The decision at a candidate: the model's, or the rules' (no boundary
// without punctuation) when there is none.
struct ModelDecide {
  const BoundaryModel* model;
  bool active() const { return model != nullptr; }
  bool keeps_leading_names() const { return true; }
  bool MayOpen(std::string_view next) const { return model->IsStarter(next); }
  bool operator()(const BoundaryContext& c, uint32_t) const {
    BoundaryFeatures f;
    ExtractBoundaryFeatures(c, &model->classes(), &f);
    return model->Decide(f);
  }
};

// SplitSpanWith's: every candidate goes to the caller (which knows the
// openers it is learning).
struct TrainingDecide {
  const SentenceSplitter::Decider* decide;
  const WordClasses* classes;  // the splitter's model's, or none
  bool active() const { return true; }
  bool keeps_leading_names() const { return false; }
  bool MayOpen(std::string_view) const { return true; }
  bool operator()(const BoundaryContext& c, uint32_t at) const {
    BoundaryFeatures f;
    ExtractBoundaryFeatures(c, classes, &f);
    return (*decide)(BoundaryCandidate{&c, &f, at});
  }
};

}  // namespace

const Result<std::shared_ptr<const BoundaryModel>>& SentenceSplitter::DefaultModel() {
  static const Result<std::shared_ptr<const BoundaryModel>> model =
      []() -> Result<std::shared_ptr<const BoundaryModel>> {
    auto m = BoundaryModel::LoadDefault();
    if (!m.ok())
      return Status(m.status().code(),
                    "cannot load the sentence splitter model: " + m.status().message() +
                        " (set DYAD_DATA to the folder that holds models/splitter.dyad, or retrain it with "
                        "`dyad train splitter`; docs/splitter.md)");
    return std::make_shared<const BoundaryModel>(std::move(*m));
  }();
  return model;
}

Result<SentenceSplitter> SentenceSplitter::LoadDefault() {
  const auto& m = DefaultModel();
  if (!m.ok()) return m.status();
  return SentenceSplitter(*m);
}

SentenceSplitter::SentenceSplitter(std::shared_ptr<const BoundaryModel> model) : model_(std::move(model)) {}

Result<SentenceSplitter> SentenceSplitter::Load(const std::string& model_path) {
  auto m = BoundaryModel::Load(model_path);
  if (!m.ok()) return m.status();
  return SentenceSplitter(std::make_shared<const BoundaryModel>(std::move(*m)));
}

void SentenceSplitter::Split(Document* doc) const {
  doc->sentences.clear();
  // At least one sentence per paragraph with text: fewer regrowths (each
  // moves every sentence so far).
  doc->sentences.reserve(doc->paragraphs.size());
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
  FindSentenceEnds(
      text, toks.size(),
      [tokens = toks.data(), text, forms = std::string_view(raw->forms)](size_t k) {
        const RawToken& r = tokens[k];
        return TokView{r.start, r.end, RawTokens::FormOf(text, forms, r), r.space_after};
      },
      ModelDecide{model_.get()}, ends);
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
  FindSentenceEnds(
      text, toks.size(),
      [&](size_t k) {
        const Token& t = toks[k];
        return TokView{t.start, t.end, t.form, t.space_after};
      },
      ModelDecide{model_.get()}, &ends);
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

namespace dyad {

void SentenceSplitter::SplitSpanWith(std::string_view text, uint32_t start, uint32_t end, int paragraph,
                                     const Decider& decide, std::vector<Sentence>* out) const {
  RawTokens raw;
  std::vector<size_t> ends;
  tokenizer_.TokenizeRaw(text, start, end, &raw);
  const std::vector<RawToken>& toks = raw.tokens;
  FindSentenceEnds(
      text, toks.size(),
      [&](size_t k) {
        const RawToken& r = toks[k];
        return TokView{r.start, r.end, raw.Form(text, r), r.space_after};
      },
      TrainingDecide{&decide, model_ ? &model_->classes() : nullptr},
      &ends);
  size_t first = 0;
  for (size_t last : ends) {
    Sentence& s = out->emplace_back();
    s.paragraph = paragraph;
    s.start = toks[first].start;
    s.end = toks[last].end;
    for (size_t k = first; k <= last; ++k) raw.AppendToken(text, k, &s.tokens);
    first = last + 1;
  }
}

}  // namespace dyad
