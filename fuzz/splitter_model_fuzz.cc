// Fuzzes the sentence splitter's model reader (models/splitter.dyad):
// BoundaryModel::FromBytes. A corrupted, truncated or wrong-version file must
// be refused with a Status naming the input; whatever loads must split text
// with in-range, ordered sentences and save back to bytes that load again
// identically.
//
// The first input byte picks the target:
//   0  FromBytes on the rest as is
//   1  the same after recomputing the trailing checksum, so that mutations
//      reach the meta, weights and self-test parsers
//   2  edits applied to a small valid model built at start-up (the rest is
//      [u32 truncate-to][u32 offset, u8 xor]...), checksum recomputed
// Set DYAD_SPLITTER_MODEL_FUZZ_SEEDS=DIR to write seed files for every mode.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/binary_io.h"
#include "base/file.h"
#include "model_edit.h"
#include "text/boundary_model.h"
#include "text/sentence_splitter.h"

namespace {


void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "splitter_model_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

// A small model: a few weights on the features of two candidates, and a
// few word classes.
std::string TinyBytes() {
  static const std::string bytes = [] {
    constexpr int kBits = 10;
    std::vector<float> w(size_t{1} << kBits, 0.0f);
    dyad::SentenceSplitter rules(nullptr);
    std::vector<dyad::Sentence> s;
    const std::string t = "nice staff great food Thanks again. i liked it";
    rules.SplitSpanWith(
        t, 0, static_cast<uint32_t>(t.size()), 0,
        [&](const dyad::BoundaryCandidate& c) {
          for (int i = 0; i < c.features->n; ++i) w[c.features->h[i] >> (64 - kBits)] += 0.25f * (i % 3) - 0.2f;
          return false;
        },
        &s);
    // A few word classes, so that mutations reach the classes section's
    // reader with valid data too.
    std::vector<std::pair<uint64_t, uint32_t>> classes;
    uint32_t cls = 1;
    for (const char* form : {"Thanks", "Smith", "went", "the", "i"})
      classes.emplace_back(dyad::WordClasses::KeyOf(form), cls++);
    std::sort(classes.begin(), classes.end());
    return dyad::BoundaryModel(kBits, std::move(w), 1.0f,
                               {dyad::text::LowerHash("thanks"), dyad::text::LowerHash("the")}, "fuzz seed",
                               dyad::WordClasses(std::move(classes)))
        .Serialize();
  }();
  return bytes;
}

using dyad_fuzz::Edit;
using dyad_fuzz::FixChecksum;

void UseModel(const dyad::BoundaryModel& m) {
  // Use it without copying the (possibly 2^24-entry) table.
  dyad::SentenceSplitter sp(std::shared_ptr<const dyad::BoundaryModel>(std::shared_ptr<const dyad::BoundaryModel>(), &m));
  const std::string t = "Hello there Thanks. ok i see... Mr. Smith went to the U.S. The end :) Bye";
  std::vector<dyad::Sentence> out;
  sp.SplitSpan(t, 0, static_cast<uint32_t>(t.size()), 0, &out);
  uint32_t last = 0;
  for (const auto& s : out) {
    Check(s.start >= last && s.start < s.end && s.end <= t.size(), "sentence span out of order or range");
    Check(!s.tokens.empty(), "empty sentence");
    last = s.end;
  }
  std::string b = m.Serialize();
  auto again = dyad::BoundaryModel::FromBytes(b, "resaved");
  if (!again.ok()) {
    std::fprintf(stderr, "%s\n", again.status().ToString().c_str());
    Check(false, "a loaded model does not load again after Serialize");
  }
  Check(again->Serialize() == b, "Serialize is not stable across a load");
}

void LoadModel(std::string_view bytes) {
  auto r = dyad::BoundaryModel::FromBytes(bytes, "fuzz.dyad");
  if (!r.ok()) {
    if (r.status().message().find("fuzz.dyad") == std::string::npos) {
      std::fprintf(stderr, "splitter_model_fuzz: error does not name the input: %s\n",
                   r.status().message().c_str());
      std::abort();
    }
    return;
  }
  UseModel(*r);
}

void WriteSeeds(const std::string& dir) {
  auto put = [&](const std::string& name, std::string bytes) {
    if (!dyad::WriteFile(dir + "/" + name, bytes).ok()) std::abort();
  };
  put("model_raw", std::string(1, '\0') + TinyBytes());
  put("model_fixsum", std::string(1, '\1') + TinyBytes());
  put("edit_none", std::string("\2\xff\xff\xff\xff", 5));
  put("edit_version", std::string("\2\xff\xff\xff\xff\x08\0\0\0\x01", 10));
  put("edit_truncate", std::string("\2\x40\0\0\0", 5));
  put("edit_weight", std::string("\2\xff\xff\xff\xff\x60\0\0\0\x80", 10));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto m = dyad::BoundaryModel::FromBytes(TinyBytes(), "tiny");
  if (!m.ok()) {
    std::fprintf(stderr, "splitter_model_fuzz: the built-in model does not load: %s\n",
                 m.status().ToString().c_str());
    std::abort();
  }
  UseModel(*m);
  if (const char* dir = std::getenv("DYAD_SPLITTER_MODEL_FUZZ_SEEDS")) WriteSeeds(dir);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int mode = data[0] % 3;
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
    default: {
      std::string b = Edit(TinyBytes(), rest);
      FixChecksum(&b);
      LoadModel(b);
      break;
    }
  }
  return 0;
}
