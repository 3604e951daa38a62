// Options shared by the commands that run the pipeline (code, demo, validate).
#ifndef DYAD_TOOLS_PIPELINE_OPTIONS_H_
#define DYAD_TOOLS_PIPELINE_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace dyad::cli {

struct PipelineFlags {
  std::string syntax_model;
  std::string verbs, agents, discards;
  std::vector<std::string> actors, dicts;
  bool no_missing_target = false;
  void Add(CLI::App* app);
  // Dictionaries named by the flags (empty = the default knowledge base).
  PipelineOptions ToOptions() const;
};

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_PIPELINE_OPTIONS_H_
