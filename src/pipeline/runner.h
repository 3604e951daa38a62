// Runner: reads inputs, runs the pipeline on batches of documents across
// threads, and hands the documents back in input order (to print or store).
#ifndef DYAD_PIPELINE_RUNNER_H_
#define DYAD_PIPELINE_RUNNER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ingest/format.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "store/event_store.h"

namespace dyad {

struct RunOptions {
  int threads = 0;          // 0 = all cores
  size_t batch_size = 64;   // documents per batch (and per store transaction)
  std::optional<Format> format;
  EventStore* store = nullptr;  // when set, each batch is stored in one transaction
  // Called for every processed document, in input order.
  std::function<void(const Document&)> on_document;
  // Called once the inputs are listed: total bytes and files.
  std::function<void(uint64_t, uint64_t)> on_start;
  // Called after each file: bytes and files done so far, documents so far.
  std::function<void(uint64_t, uint64_t, uint64_t)> on_progress;
};

struct RunSummary {
  uint64_t files = 0, documents = 0, events = 0, bytes = 0;
  uint64_t total_bytes = 0;
  int stored = 0, already_stored = 0;
  std::vector<Diagnostic> diagnostics;
  size_t errors() const;
};

// Lists all inputs first (for totals), then reads and processes them.
// Non-ok when a path cannot be listed or the store fails.
Result<RunSummary> RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& paths,
                               const RunOptions& options);

}  // namespace dyad

#endif  // DYAD_PIPELINE_RUNNER_H_
