#include "syntax/syntax_model.h"

#include <fmt/format.h>

#include "base/binary_io.h"
#include "base/file.h"
#include "base/paths.h"
#include "syntax/date_obl.h"
#include "syntax/headline_clause.h"
#include "syntax/parse_repair.h"
#include "syntax/tag_repair.h"

namespace dyad {
namespace {

// How far (in averaged-weight units) a word's best finite-verb reading may
// trail its tag for a sentence without a finite verb to take it
// (syntax/finite_verb.h). Chosen on EWT dev: margins up to 25 leave dev
// UPOS/LAS as they are (95.22 / 81.64 against 95.21 / 81.63 without), 40
// costs 0.01-0.02, no limit costs 0.16 UPOS and 0.46 LAS.
constexpr double kFiniteVerbMargin = 25.0;

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (p < s.size()) {
    size_t e = s.find(' ', p);
    if (e == std::string_view::npos) e = s.size();
    if (e > p) out.push_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

}  // namespace

const std::vector<std::string>& SyntaxModel::SelfTestSentences() {
  // Written for Dyad (not from any treebank).
  static const std::vector<std::string> s = {
      "Rebel fighters attacked an army post near the northern border on Sunday .",
      "The ambassador was summoned by the foreign ministry after the raid .",
      "Officials said that talks on the withdrawal of foreign troops would resume next week .",
      "She urged both sides to stop the fighting and return to negotiations .",
  };
  return s;
}

SyntaxModel::SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, Parser parser, std::string note)
    : tagger_(std::move(tagger)), lemmatizer_(std::move(lemmatizer)), parser_(std::move(parser)),
      note_(std::move(note)) {}

void SyntaxModel::AnnotateWords(const std::vector<std::string_view>& forms, WordAnnotation* out,
                                bool headline) const {
  TagAndParse(forms, out, /*repairs=*/true, headline);
}

void SyntaxModel::TagAndParse(const std::vector<std::string_view>& forms, WordAnnotation* out, bool repairs,
                              bool headline) const {
  const size_t n = forms.size();
  if (repairs && tagger_.num_labels() > 0) {
    // Acronyms read as nouns, and a full sentence the tagger left without a
    // finite verb, are repaired before lemmatising and parsing
    // (syntax/tag_repair.h).
    thread_local std::vector<uint16_t> ids;
    tagger_.TagIds(forms, &ids);
    RepairTags(tagger_, forms, kFiniteVerbMargin, headline, &ids);
    out->upos.resize(n);
    out->xpos.resize(n);
    for (size_t i = 0; i < n; ++i) {
      out->upos[i] = tagger_.label_upos(ids[i]);
      out->xpos[i] = tagger_.label_xpos(ids[i]);
    }
  } else {
    tagger_.Tag(forms, &out->upos, &out->xpos);
  }
  out->lemma.resize(n);
  for (size_t i = 0; i < n; ++i) out->lemma[i] = lemmatizer_.Lemmatize(forms[i], out->upos[i], out->xpos[i]);
  parser_.Parse(forms, out->upos, out->xpos, &out->head, &out->deprel);
  // Agent by-phrases of nominal objects and object control
  // (syntax/parse_repair.h), dates read as subjects (syntax/date_obl.h), and
  // a clause whose verb did not get its subject (syntax/headline_clause.h).
  if (repairs) {
    RepairParse(forms, out->upos, out->xpos, out->lemma, &out->head, &out->deprel);
    RepairDateSubjects(forms, out->upos, out->xpos, &out->head, &out->deprel);
    RepairHeadlineClause(forms, out->upos, out->xpos, headline, &out->head, &out->deprel);
  }
}

void SyntaxModel::Annotate(Sentence* s, bool headline) const {
  thread_local std::vector<std::string_view> forms;
  thread_local WordAnnotation a;
  forms.clear();
  for (auto& t : s->tokens) forms.push_back(t.form);
  AnnotateWords(forms, &a, headline);
  for (size_t i = 0; i < s->tokens.size(); ++i) {
    Token& t = s->tokens[i];
    t.upos = std::move(a.upos[i]);
    t.xpos = std::move(a.xpos[i]);
    t.lemma = std::move(a.lemma[i]);
    t.deprel = std::move(a.deprel[i]);
    t.head = a.head[i];
  }
}

std::string SyntaxModel::SelfTestPayload() const {
  std::string out;
  WordAnnotation a;
  for (auto& sent : SelfTestSentences()) {
    auto forms = SplitSpaces(sent);
    // The model's own output: the rule-based repairs are code, not model.
    TagAndParse(forms, &a, /*repairs=*/false);
    for (size_t i = 0; i < forms.size(); ++i)
      out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", i + 1, forms[i], a.lemma[i], a.upos[i], a.xpos[i],
                         a.head[i], a.deprel[i]);
    out += '\n';
  }
  return out;
}

std::string SyntaxModel::Serialize() const {
  SectionWriter w(kSyntaxModelMagic, kSyntaxModelVersion);
  ByteWriter meta;
  meta.Put<uint64_t>(ParseTemplateSignature());
  meta.PutString(Tagger::Signature());
  meta.Put<uint32_t>(static_cast<uint32_t>(parser_.labels().size()));
  for (auto& l : parser_.labels()) meta.PutString(l);
  meta.Put<uint32_t>(static_cast<uint32_t>(tagger_.num_labels()));
  for (int i = 0; i < tagger_.num_labels(); ++i)
    meta.PutString(tagger_.label_upos(i) + " " + tagger_.label_xpos(i));
  meta.PutString(note_);
  w.Add("meta", meta.data());
  w.Add("tagger", tagger_.Save());
  w.Add("lemmatizer", lemmatizer_.Save());
  w.Add("parser", parser_.Save());
  w.Add("selftest", SelfTestPayload());
  return SealWithChecksum(w.data());
}

Status SyntaxModel::Save(const std::string& path) const { return WriteFile(path, Serialize()); }

Result<SyntaxModel> SyntaxModel::Load(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  return FromBytes(*data, path);
}

Result<SyntaxModel> SyntaxModel::LoadDefault() { return Load(DataPath("models/syntax.dyad")); }

Result<SyntaxModel> SyntaxModel::FromBytes(std::string_view data, const std::string& what) {
  auto reader = SectionReader::Open(data, kSyntaxModelMagic, kSyntaxModelVersion, what);
  if (!reader.ok()) {
    if (reader.status().code() != StatusCode::kUnsupported) return reader.status();
    return Unsupported(fmt::format("{}; retrain the model with `dyad train syntax` (docs/syntax.md)",
                                   reader.status().message()));
  }
  DYAD_RETURN_IF_ERROR(CheckChecksum(*reader, data, what));

  auto meta = reader->Get("meta");
  if (!meta.ok()) return meta.status();
  ByteReader mr(*meta, what + ": section meta");
  uint64_t psig = 0;
  std::string tsig;
  if (!mr.Get(&psig) || !mr.GetString(&tsig)) return mr.status();
  if (psig != ParseTemplateSignature() || tsig != Tagger::Signature())
    return Unsupported(fmt::format("{}: made with other feature templates than this Dyad's; retrain it with "
                                   "`dyad train syntax` (see docs/syntax.md)", what));
  SyntaxModel m;
  uint32_t n = 0;
  if (!mr.Get(&n)) return mr.status();
  for (uint32_t i = 0; i < n; ++i) {
    std::string l;
    if (!mr.GetString(&l)) return mr.status();
  }
  if (!mr.Get(&n)) return mr.status();
  for (uint32_t i = 0; i < n; ++i) {
    std::string l;
    if (!mr.GetString(&l)) return mr.status();
  }
  if (!mr.GetString(&m.note_)) return mr.status();

  auto tag = reader->Get("tagger");
  if (!tag.ok()) return tag.status();
  auto tagger = Tagger::Load(*tag, what + ": section tagger");
  if (!tagger.ok()) return tagger.status();
  m.tagger_ = std::move(*tagger);
  auto lem = reader->Get("lemmatizer");
  if (!lem.ok()) return lem.status();
  auto lemmatizer = Lemmatizer::Load(*lem, what + ": section lemmatizer");
  if (!lemmatizer.ok()) return lemmatizer.status();
  m.lemmatizer_ = std::move(*lemmatizer);
  auto par = reader->Get("parser");
  if (!par.ok()) return par.status();
  auto parser = Parser::Load(*par, what + ": section parser");
  if (!parser.ok()) return parser.status();
  m.parser_ = std::move(*parser);

  auto st = reader->Get("selftest");
  if (!st.ok()) return st.status();
  std::string now = m.SelfTestPayload();
  if (now != *st) {
    // Name the first differing line.
    size_t line = 1, i = 0;
    while (i < now.size() && i < st->size() && now[i] == (*st)[i]) line += now[i++] == '\n';
    return DataLoss(fmt::format("{}: self-test failed: the model annotates its check sentences differently "
                                "than when it was saved (first difference at self-test line {})",
                                what, line));
  }
  return m;
}

}  // namespace dyad
