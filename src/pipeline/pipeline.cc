#include "pipeline/pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "base/file.h"
#include "base/paths.h"
#include "coder/event_details.h"
#include "dict/cameo.h"
#include "dict/phrase.h"
#include "ingest/drop_cap.h"
#include "pipeline/headline_case.h"
#include "where/attach_places.h"

namespace dyad {

Result<std::vector<std::string>> DefaultDictionaryFiles() {
  namespace fs = std::filesystem;
  std::string root = DataPath("kb");
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return NotFound(fmt::format("{}: knowledge base folder not found (set DYAD_DATA)", root));
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(root, ec), end; it != end && !ec; it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".txt") continue;
    auto head = ReadFile(it->path().string());
    if (head.ok() && dict::HasDyadHeader(*head)) files.push_back(it->path().string());
  }
  if (ec) return IoError(fmt::format("{}: {}", root, ec.message()));
  std::sort(files.begin(), files.end());
  if (files.empty()) return NotFound(fmt::format("{}: no Dyad dictionary files", root));
  return files;
}

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  auto splitter = options.splitter_model.empty() ? SentenceSplitter::LoadDefault()
                                                 : SentenceSplitter::Load(options.splitter_model);
  if (!splitter.ok()) return splitter.status();
  p->splitter_ = std::move(*splitter);
  auto syntax = options.syntax_model.empty() ? SyntaxModel::LoadDefault() : SyntaxModel::Load(options.syntax_model);
  if (!syntax.ok()) return syntax.status();
  p->syntax_ = std::move(*syntax);
  if (!options.code) return p;
  std::vector<std::string> files = options.dictionaries;
  if (files.empty()) {
    auto def = DefaultDictionaryFiles();
    if (!def.ok()) return def.status();
    files = std::move(*def);
  }
  auto dict = dict::LoadDictionary(files, options.dict_format);
  if (!dict.ok()) return dict.status();
  auto compiled = dict::CompiledDictionary::Compile(std::move(*dict));
  if (!compiled.ok()) return compiled.status();
  p->dict_ = std::make_unique<dict::CompiledDictionary>(std::move(*compiled));
  const dict::CameoTable* cameo = dict::CameoTable::Default();
  if (!cameo) return dict::CameoTable::DefaultStatus();
  p->coder_ = std::make_unique<EventCoder>(*p->dict_, cameo, options.coder);
  auto gaz = Gazetteer::Load(options.gazetteer.empty() ? DefaultGazetteerPath() : options.gazetteer);
  if (gaz.ok()) {
    p->gazetteer_ = std::make_unique<Gazetteer>(std::move(*gaz));
  } else {
    p->places_warning_ = "places disabled: " + gaz.status().message() + " (run scripts/build_gazetteer.sh)";
  }
  p->places_ = std::make_unique<PlaceFinder>(p->gazetteer_.get());
  return p;
}

void Pipeline::Process(Document* doc) const {
  doc->sentences.clear();
  doc->events.clear();
  splitter_.Split(doc);
  JoinDropCapTokens(doc);  // "I" + "n a ..." -> "In a ..." when a drop cap is body text
  ParseAndCode(doc);
}

void Pipeline::AnnotateTitleCase(Sentence* s, const std::optional<Date>& date) const {
  // Names the dictionary knows keep their capitals; the rest is parsed in
  // sentence case, then the original forms are put back.
  std::vector<bool> keep(s->tokens.size(), false);
  if (dict_) {
    dict::TokenKeys keys = dict::KeysOfTokens(s->tokens);
    auto mark = [&](uint32_t kb, uint32_t ke) {
      for (uint32_t k = kb; k < ke && k < keys.token.size(); ++k) keep[keys.token[k]] = true;
    };
    for (const auto& m : dict_->MatchActors(keys, date)) mark(m.token_begin, m.token_end);
    for (const auto& m : dict_->MatchAdjectives(keys)) mark(m.token_begin, m.token_end);
  }
  std::vector<std::string> forms = SentenceCaseForms(s->tokens, keep);
  for (size_t i = 0; i < forms.size(); ++i) std::swap(s->tokens[i].form, forms[i]);
  syntax_.Annotate(s, /*headline=*/true);
  for (size_t i = 0; i < forms.size(); ++i) std::swap(s->tokens[i].form, forms[i]);
}

void Pipeline::ParseAndCode(Document* doc) const {
  for (Sentence& s : doc->sentences) {
    // Only sentences that can be coded are parsed (the rest keep their tokens).
    if (s.paragraph >= 0 && s.paragraph < static_cast<int>(doc->paragraphs.size()) &&
        !IsCoded(doc->paragraphs[s.paragraph].role) && !options_.coder.code_all_roles)
      continue;
    bool headline = s.paragraph >= 0 && s.paragraph < static_cast<int>(doc->paragraphs.size()) &&
                    doc->paragraphs[s.paragraph].role == Role::kHeadline;
    if (headline && IsTitleCase(s.tokens)) {
      AnnotateTitleCase(&s, doc->published);
    } else {
      syntax_.Annotate(&s, headline);
    }
  }
  if (!coder_) return;
  coder_->Code(doc);
  AttachEventDetails(dates_, counts_, doc);
  AttachPlaces(*places_, doc);
}

}  // namespace dyad
