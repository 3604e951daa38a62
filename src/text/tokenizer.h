// Tokenizer: English news text to Universal Dependencies (EWT-style) tokens
// whose byte offsets point into the original text.
//
// Conventions (checked against UD English-EWT v2.15 train):
//  * clitics split: "don't" -> do n't, "can't" -> ca n't, "won't" -> wo n't,
//    "cannot" -> can not, "I'm" -> I 'm, 's 're 've 'll 'd, possessive
//    "Iraq's" -> Iraq 's, "forces'" -> forces '; apostrophe-less "dont" ->
//    do nt (as EWT); "gonna"/"wanna" stay one surface token (EWT multiword
//    tokens).
//  * hyphens split between words ("Iran-backed" -> Iran - backed, "U.S.-led"
//    -> U.S. - led, "al-Sudani" -> al - Sudani) except after bound prefixes
//    (e-, non-, anti-, pre-, re-, co-, mid-, post-, ex-, multi-...) and between
//    digits (phone numbers, "2024-01-25", "4-12"), as EWT does.
//  * "/" splits between words ("and/or") but not in "9/11" or dates; "%"
//    splits ("10%" -> 10 %), currency splits ("$5" -> $ 5), number+unit
//    splits ("5pm" -> 5 pm) while "1990s" and "5th" stay whole.
//  * abbreviations keep their period ("Gen.", "U.S.", "e.g.", initials "J.");
//    "No." only before a number. URLs, e-mail addresses, emoticons, numbers
//    ("2,500", "3.5", "5:00") are single tokens. Runs of dots, "!!", "?!",
//    "--" are single tokens.
//
// Token::form is the normalised form: NFC; curly quotes folded to the
// straight ones EWT mostly uses (’ ‘ -> ', “ ” „ « » -> "), so "n’t" -> "n't";
// em dash — -> "--", en dash – and minus − -> "-", ellipsis … -> "...";
// invalid bytes -> U+FFFD. Offsets always point at the original bytes.
//
// Build once, then call Tokenize from any number of threads (const).
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace dyad {

// A token as the tokenizer finds it, before it becomes a Token: no strings,
// so a paragraph's tokens can be found, looked at by the sentence splitter
// and only then built in their sentence (no per-token allocation or move).
struct RawToken {
  static constexpr uint32_t kSameAsText = UINT32_MAX;
  uint32_t start = 0, end = 0;        // byte span in the text
  uint32_t form_at = kSameAsText;     // the form in RawTokens::forms, when it
  uint32_t form_len = 0;              // differs from text[start, end)
  bool space_after = false;
};

struct RawTokens {
  std::vector<RawToken> tokens;
  std::string forms;  // normalised forms that differ from their bytes
  void clear() {
    tokens.clear();
    forms.clear();
  }
  std::string_view Form(std::string_view text, const RawToken& t) const { return FormOf(text, forms, t); }
  // The same with `forms` passed in (a caller that keeps it in a register).
  // No bounds checks: the tokenizer made both spans from these buffers.
  static std::string_view FormOf(std::string_view text, std::string_view forms, const RawToken& t) {
    return t.form_at == RawToken::kSameAsText ? std::string_view(text.data() + t.start, t.end - t.start)
                                               : std::string_view(forms.data() + t.form_at, t.form_len);
  }
  // Appends Token k (start, end, form, space_after) to *out.
  void AppendToken(std::string_view text, size_t k, std::vector<Token>* out) const {
    const RawToken& r = tokens[k];
    Token& t = out->emplace_back();
    t.start = r.start;
    t.end = r.end;
    // The form is copied into the new (empty) string: append skips
    // assign's aliasing checks. A short form (most are) whose buffer holds
    // at least kShort bytes from its start is copied as kShort bytes, a
    // constant the compiler turns into two moves into the string's own
    // buffer, and cut back to its length: no call to memcpy, and no branch
    // on the length, per token.
    const bool same = r.form_at == RawToken::kSameAsText;
    const char* p = same ? text.data() + r.start : forms.data() + r.form_at;
    const size_t n = same ? r.end - r.start : r.form_len;
    const size_t room = same ? text.size() - r.start : forms.size() - r.form_at;
    if (n <= kShort && room >= kShort) {
      t.form.append(p, kShort);
      t.form.resize(n);
    } else {
      t.form.append(p, n);
    }
    t.space_after = r.space_after;
  }
  // Bytes a std::string holds without allocating (libstdc++, libc++: at
  // least 15).
  static constexpr size_t kShort = 15;
};

class Tokenizer {
 public:
  Tokenizer();
  // Appends the tokens of text[start, end) to *out. Offsets are into `text`.
  // Tokens never overlap, are in order, start and end on UTF-8 boundaries,
  // and never contain whitespace. `space_after` is false when the next byte
  // of `text` (possibly beyond `end`) is not whitespace, and false at the end
  // of `text`.
  void Tokenize(std::string_view text, uint32_t start, uint32_t end, std::vector<Token>* out) const;
  // The same tokens, appended to *out as RawTokens (forms in out->forms).
  void TokenizeRaw(std::string_view text, uint32_t start, uint32_t end, RawTokens* out) const;
};

// True when tokens[k] (k > 0) is a clitic that the tokenizer split off the
// word tokens[k-1] with nothing between them ("do"+"n't", "Iraq"+"'s",
// "can"+"not", "forces"+"'"): together they are one orthographic token,
// which UD treebanks write as a multiword token ("don't" = do + n't). A "'"
// after a word in -s is a possessive unless it closes a quotation opened by
// a "'" earlier in `tokens`. Used to score surface tokens and to rebuild
// multiword tokens when writing CoNLL-U.
bool IsCliticContinuation(const std::vector<Token>& tokens, size_t k);

// The normalised token form of raw token bytes (see above).
std::string NormalizeTokenForm(std::string_view raw);

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZER_H_
