// Shared by the fuzzers that split text (ingest_fuzz, splitter_fuzz): the
// splitter with the committed model, loaded once; a harness cannot run
// without it, so a load failure prints why and aborts.
#ifndef DYAD_FUZZ_DEFAULT_SPLITTER_H_
#define DYAD_FUZZ_DEFAULT_SPLITTER_H_

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "text/sentence_splitter.h"

namespace dyad_fuzz {

inline const dyad::SentenceSplitter& DefaultSplitter() {
  static const dyad::SentenceSplitter splitter = [] {
    auto s = dyad::SentenceSplitter::LoadDefault();
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().ToString().c_str());
      std::abort();
    }
    return std::move(*s);
  }();
  return splitter;
}

}  // namespace dyad_fuzz

#endif  // DYAD_FUZZ_DEFAULT_SPLITTER_H_
