// The event filters shared by `dyad query`, `dyad stats` and `dyad export`.
#ifndef DYAD_TOOLS_FILTER_OPTIONS_H_
#define DYAD_TOOLS_FILTER_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "store/event_store.h"

namespace dyad::cli {

struct FilterOptions {
  std::string db = "dyad.db";
  std::string from, to, source, target, code, country, near;
  void Add(CLI::App* app);
  // Validates and converts; errors name the offending option.
  Result<EventFilter> ToFilter() const;
};

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_FILTER_OPTIONS_H_
