#include "progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace dyad::cli {

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

Progress::Progress(std::string label, uint64_t total_bytes, uint64_t total_files, bool enabled)
    : label_(std::move(label)), total_bytes_(total_bytes), total_files_(total_files), enabled_(enabled) {
  start_ = last_ = std::chrono::steady_clock::now();
}

Progress::~Progress() { Finish(); }

void Progress::Update(uint64_t bytes_done, uint64_t files_done, uint64_t documents) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200) && files_done < total_files_) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? bytes_done / secs : 0;  // bytes/s
  std::string eta = "?";
  if (rate > 0 && total_bytes_ >= bytes_done) {
    auto left = static_cast<uint64_t>((total_bytes_ - bytes_done) / rate);
    eta = fmt::format("{}:{:02}:{:02}", left / 3600, left / 60 % 60, left % 60);
  }
  fmt::print(stderr, "\r\033[K{}: {}/{} files, {} documents, {:.1f} MB/s, {:.0f} docs/s, ETA {}", label_,
             files_done, total_files_, documents, rate / 1e6, secs > 0 ? documents / secs : 0.0, eta);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (drawn_) {
    fmt::print(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
  }
}

}  // namespace dyad::cli
