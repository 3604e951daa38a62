// Fuzzes the syntax model loaders (models/syntax.dyad): SyntaxModel::FromBytes
// and the section payload loaders it calls (Tagger, Lemmatizer, Parser,
// WeightTable). A corrupted, truncated or wrong-version file must be refused
// with a Status naming the input; whatever loads must annotate sentences with
// in-range output and save back to bytes that load again identically.
//
// The first input byte picks the target:
//   0      SyntaxModel::FromBytes on the rest as is
//   1      the same after recomputing the trailing checksum, so that
//          mutations reach the meta and section parsers
//   2..5   Tagger / Lemmatizer / Parser / WeightTable::Load on the rest
//   6      edits applied to a small valid model built at start-up (the rest
//          is [u32 truncate-to][u32 offset, u8 xor]...), checksum recomputed
//   7      the same edits on one section payload of that model (second byte
//          picks tagger / lemmatizer / parser / tagger weights)
// Set DYAD_SYNTAX_MODEL_FUZZ_SEEDS=DIR to write seed files for every mode.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/binary_io.h"
#include "base/file.h"
#include "model_edit.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/perceptron.h"
#include "syntax/syntax_model.h"
#include "syntax/tagger.h"
#include "syntax/transition_system.h"

namespace {


void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "syntax_model_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

template <typename T>
void CheckError(const dyad::Result<T>& r, const std::string& what) {
  const std::string& m = r.status().message();
  if (m.find(what) == std::string::npos) {
    std::fprintf(stderr, "syntax_model_fuzz: error does not name '%s': %s\n", what.c_str(), m.c_str());
    std::abort();
  }
}

const std::vector<std::vector<std::string_view>>& Sentences() {
  static const std::vector<std::vector<std::string_view>> s = {
      {"Rebels", "attacked", "the", "post", "."},
      {"The", "minister", "was", "summoned", "on", "Sunday", "."},
      {"x"},
      {"", "9", "Ü", "--", "a-b", "..."},
  };
  return s;
}

// A small but complete model: a few labels, weights trained for one pass on
// two hand-made sentences, a tag dictionary, ambiguity classes and
// lemmatiser tables.
struct Tiny {
  dyad::Tagger tagger;
  dyad::Lemmatizer lemmatizer;
  dyad::Parser parser;
  std::string bytes;  // SyntaxModel::Serialize
};

Tiny BuildTiny() {
  using namespace dyad;
  const std::vector<std::string> tlabels = {"NOUN NN", "VERB VBD", "DET DT", "PUNCT .", "PROPN NNP", "AUX VBD"};
  const std::vector<std::vector<std::string_view>> forms = {{"Rebels", "attacked", "the", "post", "."},
                                                            {"Police", "was", "summoned", "."}};
  const std::vector<std::vector<int>> gold_tags = {{0, 1, 2, 0, 3}, {4, 5, 1, 3}};
  std::unordered_map<uint64_t, uint64_t> ambiguity = {{HashString("attacked"), 0x1234}};
  // Both tagger directions: the right-to-left table learns the reversed sentences.
  PerceptronTrainer tt(static_cast<int>(tlabels.size())), rt(static_cast<int>(tlabels.size()));
  Tagger::Context ctx;
  std::vector<uint64_t> f;
  for (int dir = 0; dir < 2; ++dir)
    for (int epoch = 0; epoch < 2; ++epoch)
      for (size_t s = 0; s < forms.size(); ++s) {
        std::vector<std::string_view> words = forms[s];
        std::vector<int> tags = gold_tags[s];
        if (dir == 1) {
          std::reverse(words.begin(), words.end());
          std::reverse(tags.begin(), tags.end());
        }
        ctx.Reset(words, &ambiguity);
        for (size_t i = 0; i < words.size(); ++i) {
          int p1 = i > 0 ? tags[i - 1] : -1, p2 = i > 1 ? tags[i - 2] : -1;
          Tagger::Features(ctx, i, p1, p2, &f);
          int gold = tags[i];
          PerceptronTrainer& m = dir == 0 ? tt : rt;
          m.Update(f, gold, (gold + 1 + epoch) % static_cast<int>(tlabels.size()));
          m.Tick();
        }
      }
  std::unordered_map<uint64_t, uint16_t> tag_dict = {{HashString("the"), 2}, {HashString("."), 3}};
  Tiny t;
  t.tagger = Tagger(tlabels, tt.Finalize(), rt.Finalize(), tag_dict, ambiguity);

  std::vector<Lemmatizer::Rule> rules = {{true, 0, ""}, {true, 2, ""}, {false, 0, ""}, {true, 3, "be"}};
  std::unordered_map<uint64_t, uint32_t> exact = {{Lemmatizer::ExactKey("Police", "NNP"), 2}};
  std::unordered_map<uint64_t, uint32_t> exceptions = {{Lemmatizer::ExceptionKey("was", "VBD"), 3}};
  std::unordered_map<uint64_t, uint32_t> suffixes = {{Lemmatizer::SuffixKey("VBD", "ed"), 1},
                                                     {Lemmatizer::SuffixKey("NN", "s"), 0}};
  t.lemmatizer = Lemmatizer(rules, exact, exceptions, suffixes);

  const std::vector<std::string> plabels = {"root", "nsubj", "obj", "det", "punct"};
  PerceptronTrainer pt(NumClasses(static_cast<int>(plabels.size())));
  for (uint64_t k = 1; k <= 40; ++k) {
    std::vector<uint64_t> feats = {HashMix(k, 7), HashMix(k, 11)};
    pt.Update(feats, static_cast<int>(k % pt.num_classes()), static_cast<int>((k * 3 + 1) % pt.num_classes()));
    pt.Tick();
  }
  t.parser = Parser(plabels, pt.Finalize());
  t.bytes = SyntaxModel(t.tagger, t.lemmatizer, t.parser, "fuzz seed").Serialize();
  return t;
}

const Tiny& TinyModel() {
  static const Tiny t = BuildTiny();
  return t;
}

// Sections of the tiny model, in mode-7 order.
std::vector<std::string> Payloads() {
  const Tiny& t = TinyModel();
  return {t.tagger.Save(), t.lemmatizer.Save(), t.parser.Save(), t.tagger.weights().Save()};
}

using dyad_fuzz::Edit;
using dyad_fuzz::FixChecksum;

void UseTagger(const dyad::Tagger& t) {
  std::vector<std::string> upos, xpos;
  std::vector<uint16_t> ids;
  for (const auto& s : Sentences()) {
    t.Tag(s, &upos, &xpos);
    Check(upos.size() == s.size() && xpos.size() == s.size(), "tagger output size");
    t.TagIds(s, &ids);
    Check(ids.size() == s.size(), "tagger id output size");
    for (uint16_t id : ids) Check(id < t.num_labels(), "tagger label id out of range");
    // The repairs' entry points (both directions' scores are read again).
    if (s.size() >= 2) {
      t.RetagAfter(s, 0, &ids);
      std::vector<uint8_t> candidate(s.size(), 1);
      candidate[0] = 0;
      (void)t.ForceFiniteVerb(s, candidate, 1e9, &ids);
      for (uint16_t id : ids) Check(id < t.num_labels(), "repaired tagger label id out of range");
    }
  }
}

void UseLemmatizer(const dyad::Lemmatizer& l) {
  for (const auto& s : Sentences())
    for (auto w : s) (void)l.Lemmatize(w, "VERB", "VBD"), (void)l.Lemmatize(w, "NOUN", "_");
}

void UseParser(const dyad::Parser& p) {
  std::vector<int> heads;
  std::vector<std::string> rels;
  for (const auto& s : Sentences()) {
    std::vector<std::string> upos(s.size(), "NOUN"), xpos(s.size(), "NN");
    p.Parse(s, upos, xpos, &heads, &rels);
    Check(heads.size() == s.size() && rels.size() == s.size(), "parser output size");
    for (size_t i = 0; i < s.size(); ++i)
      Check(heads[i] >= 0 && heads[i] <= static_cast<int>(s.size()) && heads[i] != static_cast<int>(i) + 1,
            "parser head out of range or a self-loop");
  }
}

void UseModel(const dyad::SyntaxModel& m) {
  UseTagger(m.tagger());
  UseLemmatizer(m.lemmatizer());
  UseParser(m.parser());
  // A loaded model saves to bytes that load again and save identically.
  std::string b = m.Serialize();
  auto again = dyad::SyntaxModel::FromBytes(b, "resaved");
  if (!again.ok()) {
    std::fprintf(stderr, "%s\n", again.status().ToString().c_str());
    Check(false, "a loaded model does not load again after Serialize");
  }
  Check(again->Serialize() == b, "Serialize is not stable across a load");
}

template <typename T>
void RoundTrip(const T& x, const char* what) {
  std::string b = x.Save();
  auto y = T::Load(b, "resaved");
  if (!y.ok()) {
    std::fprintf(stderr, "%s: %s\n", what, y.status().ToString().c_str());
    Check(false, "a loaded payload does not load again after Save");
  }
  Check(y->Save() == b, "Save is not stable across a load");
}

void LoadSection(int which, std::string_view payload) {
  const std::string what = "fuzz.dyad: section";
  switch (which) {
    case 0: {
      auto r = dyad::Tagger::Load(payload, what);
      if (!r.ok()) return CheckError(r, what);
      UseTagger(*r);
      RoundTrip(*r, "tagger");
      break;
    }
    case 1: {
      auto r = dyad::Lemmatizer::Load(payload, what);
      if (!r.ok()) return CheckError(r, what);
      UseLemmatizer(*r);
      RoundTrip(*r, "lemmatizer");
      break;
    }
    case 2: {
      auto r = dyad::Parser::Load(payload, what);
      if (!r.ok()) return CheckError(r, what);
      UseParser(*r);
      RoundTrip(*r, "parser");
      break;
    }
    default: {
      auto r = dyad::WeightTable::Load(payload, what);
      if (!r.ok()) return CheckError(r, what);
      std::vector<uint64_t> feats = {1, 2, dyad::HashMix(1, 7), dyad::HashMix(2, 11)};
      if (r->num_classes() > 0 && r->num_classes() <= 4096) {
        std::vector<int32_t> scores(r->num_classes(), 0);
        r->Score(feats, scores.data());
        int best = r->Predict(feats.data(), feats.size());
        Check(best >= 0 && best < r->num_classes(), "Predict out of range");
      }
      RoundTrip(*r, "weights");
      break;
    }
  }
}

void LoadModel(std::string_view bytes) {
  auto r = dyad::SyntaxModel::FromBytes(bytes, "fuzz.dyad");
  if (!r.ok()) return CheckError(r, "fuzz.dyad");
  UseModel(*r);
}

void WriteSeeds(const std::string& dir) {
  const Tiny& t = TinyModel();
  auto put = [&](const std::string& name, std::string bytes) {
    if (!dyad::WriteFile(dir + "/" + name, bytes).ok()) std::abort();
  };
  put("model_raw", std::string(1, '\0') + t.bytes);
  put("model_fixsum", std::string(1, '\1') + t.bytes);
  auto p = Payloads();
  put("tagger", std::string(1, '\2') + p[0]);
  put("lemmatizer", std::string(1, '\3') + p[1]);
  put("parser", std::string(1, '\4') + p[2]);
  put("weights", std::string(1, '\5') + p[3]);
  put("edit_none", std::string("\6\xff\xff\xff\xff", 5));
  put("edit_version", std::string("\6\xff\xff\xff\xff\x08\0\0\0\x01", 10));
  put("edit_truncate", std::string("\6\x40\0\0\0", 5));
  put("section_edit", std::string("\7\2\xff\xff\xff\xff\x10\0\0\0\x80", 11));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const Tiny& t = TinyModel();
  // The model built here must load: otherwise every mode-6/7 input is noise.
  auto m = dyad::SyntaxModel::FromBytes(t.bytes, "tiny");
  if (!m.ok()) {
    std::fprintf(stderr, "syntax_model_fuzz: the built-in model does not load: %s\n",
                 m.status().ToString().c_str());
    std::abort();
  }
  UseModel(*m);
  if (const char* dir = std::getenv("DYAD_SYNTAX_MODEL_FUZZ_SEEDS")) WriteSeeds(dir);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int mode = data[0] % 8;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (mode) {
    case 0:
      LoadModel(rest);
      break;
    case 1: {
      std::string b(rest);
      FixChecksum(&b);
      LoadModel(b);
      break;
    }
    case 2:
    case 3:
    case 4:
    case 5:
      LoadSection(mode - 2, rest);
      break;
    case 6: {
      std::string b = Edit(TinyModel().bytes, rest);
      FixChecksum(&b);
      LoadModel(b);
      break;
    }
    default: {
      if (rest.empty()) return 0;
      const int which = static_cast<uint8_t>(rest[0]) % 4;
      rest.remove_prefix(1);
      LoadSection(which, Edit(Payloads()[which], rest));
      break;
    }
  }
  return 0;
}
