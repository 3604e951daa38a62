// Pipeline: Dyad's stages, loaded once, run on documents.
//
//   ingest (Reader) -> clean -> sentences/tokens -> tags/lemmas/parse
//     -> actors/events -> dates/places/counts
//
//   auto p = dyad::Pipeline::Load({});          // committed model + kb/
//   p->reader().ReadPath("articles/", std::nullopt, [&](dyad::Document&& d) {
//     p->Process(&d);                            // const, thread-safe
//     for (auto& e : d.events) ...
//   }, &diags);
#ifndef DYAD_PIPELINE_PIPELINE_H_
#define DYAD_PIPELINE_PIPELINE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "coder/event_coder.h"
#include "dict/compiled.h"
#include "dict/reader.h"
#include "ingest/reader.h"
#include "syntax/syntax_model.h"
#include "text/sentence_splitter.h"
#include "when/date_finder.h"
#include "count/count_finder.h"
#include "where/gazetteer.h"
#include "where/place_finder.h"

namespace dyad {

struct PipelineOptions {
  std::string splitter_model;             // "" = the committed models/splitter.dyad
  std::string syntax_model;               // "" = the committed models/syntax.dyad
  std::string gazetteer;                  // "" = DefaultGazetteerPath(); missing index = no places
  // Dictionary files; empty = Dyad's knowledge base (kb/). PETRARCH files are
  // recognised by their content or by `dict_format`.
  std::vector<std::string> dictionaries;
  std::optional<dict::Format> dict_format;
  CoderOptions coder;
  bool code = true;  // false: stop after parsing
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Load(const PipelineOptions& options);

  const Reader& reader() const { return reader_; }
  const SyntaxModel& syntax() const { return syntax_; }
  const dict::CompiledDictionary* dictionary() const { return dict_.get(); }
  const EventCoder* coder() const { return coder_.get(); }
  // Why places are off (the gazetteer could not be loaded), or "".
  const std::string& places_warning() const { return places_warning_; }

  // Splits, parses and (unless options.code is false) codes one document;
  // events get their dates, counts, fatalities and injuries.
  void Process(Document* doc) const;
  // The parse-and-code part alone, for documents already split into sentences.
  void ParseAndCode(Document* doc) const;

 private:
  Pipeline() = default;
  // Parses a title-case headline as if it were written in sentence case.
  void AnnotateTitleCase(Sentence* s, const std::optional<Date>& date) const;
  Reader reader_;
  SentenceSplitter splitter_{nullptr};  // set by Load (the model from options.splitter_model)
  SyntaxModel syntax_;
  std::unique_ptr<dict::CompiledDictionary> dict_;
  std::unique_ptr<EventCoder> coder_;
  DateFinder dates_;
  CountFinder counts_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<PlaceFinder> places_;
  std::string places_warning_;
  PipelineOptions options_;
};

// Dyad's own knowledge base: every kb/**/*.txt with a "#!dyad-dict" header,
// sorted by path.
Result<std::vector<std::string>> DefaultDictionaryFiles();

}  // namespace dyad

#endif  // DYAD_PIPELINE_PIPELINE_H_
