// SyntaxModel: the tagger, lemmatiser and dependency parser in one file
// (models/syntax.dyad), and the one call the pipeline uses: Annotate.
//
// File layout (src/base/binary_io.h sections after magic "DYADSYN" and
// kSyntaxModelVersion):
//   meta        template signatures (parser, tagger), label sets, training note
//   tagger      Tagger::Save payload
//   lemmatizer  Lemmatizer::Save payload
//   parser      Parser::Save payload
//   selftest    a few sentences with the annotation this model gave them when
//               it was saved; Load re-annotates them and refuses the file on
//               any difference (catches corruption and platform drift)
//   checksum    FNV-1a 64 of every byte before this section
//
// Load refuses a wrong magic, another version, a checksum mismatch, a
// template signature other than this build's, or a failed self-test, with a
// message naming the file. Built once, then const and thread-safe.
#ifndef DYAD_SYNTAX_SYNTAX_MODEL_H_
#define DYAD_SYNTAX_SYNTAX_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dyad {

inline constexpr char kSyntaxModelMagic[] = "DYADSYN";
// The tagger section carries its own version (one or two directions,
// syntax/tagger.h).
inline constexpr uint32_t kSyntaxModelVersion = 1;

// Annotation of one sentence's words (all vectors of the same length).
struct WordAnnotation {
  std::vector<std::string> upos, xpos, lemma, deprel;
  std::vector<int> head;  // 0 = root, else 1-based word index
};

class SyntaxModel {
 public:
  SyntaxModel() = default;
  // Assembles a model; the self-test sentences are annotated now and their
  // output stored with the model.
  SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, Parser parser, std::string note = "");

  static Result<SyntaxModel> Load(const std::string& path);
  // DataPath("models/syntax.dyad").
  static Result<SyntaxModel> LoadDefault();
  // Parses a model held in memory; `what` names it in errors.
  static Result<SyntaxModel> FromBytes(std::string_view data, const std::string& what);

  // The exact bytes Save writes (deterministic: the same model gives the same bytes).
  std::string Serialize() const;
  Status Save(const std::string& path) const;

  // Fills upos/xpos/lemma/head/deprel of every token from Token::form.
  // `headline`: the sentence is an article's headline (Role::kHeadline);
  // some repairs apply to headline English only (syntax/acronym.h,
  // syntax/headline_clause.h). The default, false, is body text.
  void Annotate(Sentence* s, bool headline = false) const;
  // The same for bare word forms.
  void AnnotateWords(const std::vector<std::string_view>& forms, WordAnnotation* out, bool headline = false) const;

  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }
  const std::string& note() const { return note_; }

  // The built-in self-test sentences (the model's words, whitespace-split).
  static const std::vector<std::string>& SelfTestSentences();

 private:
  std::string SelfTestPayload() const;
  // Tag, lemmatise and parse; `repairs` adds the rule-based repairs
  // (tag_repair.h, parse_repair.h, date_obl.h, headline_clause.h), which the
  // self-test leaves out.
  void TagAndParse(const std::vector<std::string_view>& forms, WordAnnotation* out, bool repairs,
                   bool headline = false) const;

  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  std::string note_;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_SYNTAX_MODEL_H_
