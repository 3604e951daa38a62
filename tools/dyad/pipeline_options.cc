#include "pipeline_options.h"

namespace dyad::cli {

void PipelineFlags::Add(CLI::App* app) {
  app->add_option("--syntax-model", syntax_model, "syntax model file (default: models/syntax.dyad)");
  app->add_option("--verbs", verbs, "verb dictionary (Dyad or PETRARCH format)");
  app->add_option("--actors", actors, "actor dictionaries (Dyad or PETRARCH format)");
  app->add_option("--agents", agents, "agent dictionary (Dyad or PETRARCH format)");
  app->add_option("--discards", discards, "discard list (Dyad or PETRARCH format)");
  app->add_option("--dict", dicts, "more Dyad dictionary files");
  app->add_flag("--require-target", no_missing_target, "code only events with both a source and a target");
}

PipelineOptions PipelineFlags::ToOptions() const {
  PipelineOptions o;
  o.syntax_model = syntax_model;
  if (!verbs.empty()) o.dictionaries.push_back(verbs);
  for (const auto& a : actors) o.dictionaries.push_back(a);
  if (!agents.empty()) o.dictionaries.push_back(agents);
  if (!discards.empty()) o.dictionaries.push_back(discards);
  for (const auto& d : dicts) o.dictionaries.push_back(d);
  o.coder.allow_missing_target = !no_missing_target;
  return o;
}

}  // namespace dyad::cli
