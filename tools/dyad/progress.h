// Progress line on stderr for long runs: files and documents done, MB/s and
// ETA (from the bytes still to read). Shown only when stderr is a terminal and
// not disabled; redrawn at most 5 times a second.
#ifndef DYAD_TOOLS_PROGRESS_H_
#define DYAD_TOOLS_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace dyad::cli {

class Progress {
 public:
  // `label` starts the line ("prep"); totals may be 0 when unknown.
  Progress(std::string label, uint64_t total_bytes, uint64_t total_files, bool enabled);
  ~Progress();
  // Called after each file.
  void Update(uint64_t bytes_done, uint64_t files_done, uint64_t documents);
  // Clears the line.
  void Finish();
  bool enabled() const { return enabled_; }

 private:
  std::string label_;
  uint64_t total_bytes_, total_files_;
  bool enabled_, drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// True when stderr is a terminal.
bool StderrIsTerminal();

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_PROGRESS_H_
