#include "pipeline/runner.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace dyad {

size_t RunSummary::errors() const {
  return std::count_if(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::kError; });
}

Result<RunSummary> RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& paths,
                               const RunOptions& options) {
  RunSummary sum;
  std::vector<InputFile> inputs;
  for (const auto& p : paths) {
    Status st = pipeline.reader().ListInputs(p, options.format, &inputs);
    if (!st.ok()) return st;
  }
  for (const auto& in : inputs) sum.total_bytes += in.size;
  if (options.on_start) options.on_start(sum.total_bytes, inputs.size());
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<Document> batch;
  Status failure;

  auto flush = [&]() {
    if (batch.empty()) return;
    if (threads <= 1 || batch.size() == 1) {
      for (auto& d : batch) pipeline.Process(&d);
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> pool;
      int n = std::min<int>(threads, static_cast<int>(batch.size()));
      for (int t = 0; t < n; ++t)
        pool.emplace_back([&] {
          for (size_t i = next++; i < batch.size(); i = next++) pipeline.Process(&batch[i]);
        });
      for (auto& th : pool) th.join();
    }
    for (const auto& d : batch) {
      sum.documents++;
      sum.events += d.events.size();
      if (options.on_document) options.on_document(d);
    }
    if (options.store && failure.ok()) {
      std::vector<const Document*> ptrs;
      for (const auto& d : batch) ptrs.push_back(&d);
      int added = 0, skipped = 0;
      Status st = options.store->AddBatch(ptrs, &added, &skipped);
      if (!st.ok()) failure = st;
      sum.stored += added;
      sum.already_stored += skipped;
    }
    batch.clear();
  };

  for (const auto& in : inputs) {
    pipeline.reader().ReadInput(
        in,
        [&](Document&& d) {
          batch.push_back(std::move(d));
          if (batch.size() >= options.batch_size) flush();
        },
        &sum.diagnostics);
    sum.files++;
    sum.bytes += in.size;
    if (options.on_progress) options.on_progress(sum.bytes, sum.files, sum.documents + batch.size());
    if (!failure.ok()) return failure;
  }
  flush();
  if (!failure.ok()) return failure;
  return sum;
}

}  // namespace dyad
