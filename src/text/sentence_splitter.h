// SentenceSplitter: splits paragraphs into sentences (with tokens).
//
// Rules, applied to the tokens of one paragraph (a paragraph never merges
// with the next):
//  * a sentence ends after a run of terminal punctuation (. ! ? ... !! ?!),
//    together with closing quotes/brackets written right after it (."  .”
//    ?"  .) ), unless the next token is , ; : or the period closes a list
//    number ("1. Go home"). Before a lowercase word it ends one only when no
//    closing quote intervened (quoted speech: "Why?" he asked.) and the
//    punctuation is not an ellipsis (the tokenizer has already kept the
//    periods of known abbreviations); ellipses end a sentence only before a
//    capital. A dateline ("WASHINGTON (Reuters) -") is a sentence of its own;
//  * an abbreviation that keeps its period ends a sentence only when a
//    capitalised word follows and it is one that can end one: "Inc." "Jr."
//    "etc." yes; "Mr." "Gen." "Jan." "e.g." and initials ("J. R. R.") never;
//    dotted acronyms ("U.S.") only before a typical sentence opener ("The",
//    "He", ...), so "U.S. Army" stays whole;
//  * two web addresses one after the other ("http://a.org/x www.b.org")
//    are two sentences (a list of links);
//  * a blank line inside the span always ends a sentence; a single line
//    break ends one unless the next line starts in lowercase (a wrapped line);
//    so headlines, headings and list items without a full stop stand alone.
//
// Where no terminal punctuation is written, before a capitalised word or a
// number ("the best service ever Thanks again", "Regards, Ann"), a learned
// classifier (boundary_model.h, models/splitter.dyad, trained on UD
// English-EWT) decides whether a sentence ends; the rules above never end
// one there. Everything else stays a rule decision. See docs/splitter.md.
//
// Build once, then call from any number of threads (const).
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "text/tokenizer.h"

namespace dyad {

class BoundaryModel;
struct BoundaryContext;   // text/boundary_features.h
struct BoundaryFeatures;

// A candidate boundary as the classifier sees it (for training).
struct BoundaryCandidate {
  const BoundaryContext* context;
  const BoundaryFeatures* features;
  uint32_t end;  // byte offset where the sentence would end
};

class SentenceSplitter {
 public:
  // With the committed model, models/splitter.dyad under DataRoot() (the
  // data dir every stage uses: $DYAD_DATA or the source tree), loaded once
  // per process and shared by all splitters; when it cannot be loaded, a
  // Status naming the file and saying what to do (Pipeline::Load passes it
  // on, the CLI prints it and exits with 3). Every caller builds its
  // splitter this way or with Load().
  static Result<SentenceSplitter> LoadDefault();
  // With the model in `model_path`; the error names the file.
  static Result<SentenceSplitter> Load(const std::string& model_path);
  // With `model`; nullptr = the rules alone (the splitter before the model;
  // for comparisons and rule tests).
  explicit SentenceSplitter(std::shared_ptr<const BoundaryModel> model);
  // The process-wide default model, or why it could not be loaded.
  static const Result<std::shared_ptr<const BoundaryModel>>& DefaultModel();

  // Fills doc->sentences for every paragraph of doc (any role: the coder
  // decides which roles it codes), in text order. When doc->paragraphs is
  // empty, the text is split at blank lines and the sentences get
  // paragraph = -1.
  void Split(Document* doc) const;
  // Splits text[start, end) (one paragraph, index `paragraph`) into sentences.
  void SplitSpan(std::string_view text, uint32_t start, uint32_t end, int paragraph,
                 std::vector<Sentence>* out) const;
  // Same, for tokens already produced by the tokenizer for text[start,end)
  // (consumed: moved into the sentences).
  void SplitTokens(std::string_view text, std::vector<Token>* tokens, int paragraph,
                   std::vector<Sentence>* out) const;

  // Training and analysis: splits text[start, end) like SplitSpan but lets
  // `decide` answer at every candidate boundary the model would decide
  // (every kIfStarter place, opener or not). The candidates' features use
  // the word classes of this splitter's model (none: the fallback classes).
  using Decider = std::function<bool(const BoundaryCandidate&)>;
  void SplitSpanWith(std::string_view text, uint32_t start, uint32_t end, int paragraph, const Decider& decide,
                     std::vector<Sentence>* out) const;

  const Tokenizer& tokenizer() const { return tokenizer_; }
  const BoundaryModel* model() const { return model_.get(); }

 private:
  // SplitSpan with caller-owned scratch buffers (reused across paragraphs).
  void SplitRaw(std::string_view text, uint32_t start, uint32_t end, int paragraph, RawTokens* raw,
                std::vector<size_t>* ends, std::vector<Sentence>* out) const;
  Tokenizer tokenizer_;
  std::shared_ptr<const BoundaryModel> model_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
