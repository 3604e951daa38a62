// The full Phoenix dictionary set in ../shared (verbs, three actor files,
// agents, discards), for benchmarks that load or code with it. Empty when any
// file is missing (the benchmark then skips with a message).
#ifndef DYAD_BENCH_PHOENIX_FILES_H_
#define DYAD_BENCH_PHOENIX_FILES_H_

#include <filesystem>
#include <string>
#include <vector>

inline std::vector<std::string> PhoenixFiles() {
  const std::string d = std::string(DYAD_SHARED_DIR) + "/data/phoenix/";
  std::vector<std::string> files = {d + "CAMEO.2.0.txt", d + "Phoenix.Countries.actors.txt",
                                    d + "Phoenix.International.actors.txt", d + "Phoenix.MilNonState.actors.txt",
                                    d + "Phoenix.agents.txt", d + "Phoenix.discards.txt"};
  for (const auto& f : files)
    if (!std::filesystem::exists(f)) return {};
  return files;
}

#endif  // DYAD_BENCH_PHOENIX_FILES_H_
