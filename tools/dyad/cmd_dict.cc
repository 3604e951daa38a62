// `dyad dict check [FILES...]` and `dyad dict stats [FILES...]`: check and
// count dictionaries (Dyad's format or PETRARCH's). Without files, every
// kb/**/*.txt with a "#!dyad-dict" header under the data root.
#include <fmt/format.h>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/paths.h"
#include "command.h"
#include "dict/cameo.h"
#include "dict/check.h"
#include "dict/compiled.h"
#include "dict/reader.h"

namespace dyad::cli {
namespace {

struct DictOptions {
  std::vector<std::string> files;
  std::string format;
  bool no_warnings = false;
};

struct Loaded {
  dict::Dictionary dyad, petrarch;
  std::vector<dict::Issue> issues;
  int files = 0;
};

// Reads the files (default: kb/), Dyad files and PETRARCH files apart.
// Returns false (after printing why) on a usage/load problem.
bool LoadAll(const DictOptions& o, Loaded* out, int* rc) {
  std::vector<std::string> files = o.files;
  if (files.empty()) {
    files = dict::FindDyadDictFiles(DataPath("kb"));
    if (files.empty()) {
      std::cerr << "dyad dict: no '#!dyad-dict' files under " << DataPath("kb") << "\n";
      *rc = kExitLoad;
      return false;
    }
  }
  std::optional<dict::Format> forced;
  if (!o.format.empty()) {
    forced = dict::FormatFromName(o.format);
    if (!forced) {
      std::cerr << "dyad dict: unknown --format '" << o.format
                << "' (dyad, petrarch-verbs, petrarch-actors, petrarch-agents, petrarch-discards)\n";
      *rc = kExitUsage;
      return false;
    }
  }
  for (const std::string& f : files) {
    Result<std::string> text = ReadFile(f);
    if (!text.ok()) {
      std::cerr << "dyad dict: " << text.status().message() << "\n";
      *rc = kExitLoad;
      return false;
    }
    std::optional<dict::Format> fmt = forced ? forced : dict::GuessFormat(f, *text);
    if (!fmt) {
      out->issues.push_back({dict::Issue::Severity::kError, {f, 1},
                             "unknown dictionary format: no '#!dyad-dict' header and the file name "
                             "does not say verbs, actors, agents or discards"});
      continue;
    }
    dict::ReadText(*fmt, *text, f, *fmt == dict::Format::kDyad ? &out->dyad : &out->petrarch,
                   &out->issues);
    ++out->files;
  }
  return true;
}

int RunCheck(const DictOptions& o) {
  int rc = kExitOk;
  Loaded l;
  if (!LoadAll(o, &l, &rc)) return rc;
  const dict::CameoTable* cameo = dict::CameoTable::Default();
  if (!cameo) {
    std::cerr << "dyad dict check: cannot load the CAMEO table: "
              << dict::CameoTable::DefaultStatus().message() << "\n";
    return kExitLoad;
  }
  dict::CheckDictionary(l.dyad, {cameo, /*strict=*/true}, &l.issues);
  dict::CheckDictionary(l.petrarch, {cameo, /*strict=*/false}, &l.issues);
  int tests = 0;
  for (dict::Dictionary* d : {&l.dyad, &l.petrarch}) {
    if (d->files.empty()) continue;
    const bool strict = d == &l.dyad;
    Result<dict::CompiledDictionary> c = dict::CompiledDictionary::Compile(std::move(*d));
    if (!c.ok()) {
      std::cerr << "dyad dict check: " << c.status().message() << "\n";
      return kExitLoad;
    }
    for (dict::Issue i : c->issues()) {
      if (!strict) i.severity = dict::Issue::Severity::kWarning;
      l.issues.push_back(std::move(i));
    }
    tests += dict::RunSelfTests(*c, &l.issues);
  }
  size_t errors = 0, warnings = 0, failed_tests = 0;
  for (const dict::Issue& i : l.issues) {
    const bool err = i.severity == dict::Issue::Severity::kError;
    (err ? errors : warnings)++;
    if (err && i.message.rfind("self-test failed", 0) == 0) ++failed_tests;
    if (err || !o.no_warnings) std::cout << i.ToString() << "\n";
  }
  std::cout << fmt::format("{} files: {} errors, {} warnings; {} self-tests, {} failed\n", l.files,
                           errors, warnings, tests, failed_tests);
  return errors ? kExitSkipped : kExitOk;
}

int RunStats(const DictOptions& o) {
  int rc = kExitOk;
  Loaded l;
  if (!LoadAll(o, &l, &rc)) return rc;
  l.dyad.Merge(std::move(l.petrarch));
  const dict::DictStats s = dict::ComputeStats(l.dyad);
  std::cout << fmt::format("files\t{}\n", l.files);
  std::cout << fmt::format("verbs\t{}\nverb_blocks\t{}\nsynsets\t{}\npatterns\t{}\n", s.verbs,
                           s.verb_blocks, s.synsets, s.patterns);
  for (int r = 1; r <= 20; ++r) {
    const std::string root = fmt::format("{:02d}", r);
    auto it = s.patterns_per_root.find(root);
    std::cout << fmt::format("patterns_root_{}\t{}\n", root, it == s.patterns_per_root.end() ? 0 : it->second);
  }
  for (const char* other : {"---", "other"}) {
    auto it = s.patterns_per_root.find(other);
    if (it != s.patterns_per_root.end())
      std::cout << fmt::format("patterns_root_{}\t{}\n", other, it->second);
  }
  std::cout << fmt::format(
      "actor_entries\t{}\nactor_names\t{}\nactor_codes\t{}\ndated_terms\t{}\nadjectives\t{}\n"
      "agents\t{}\ndiscards_sentence\t{}\ndiscards_story\t{}\nself_tests\t{}\n",
      s.actor_entries, s.actor_names, s.actor_codes, s.dated_terms, s.adjectives, s.agents,
      s.discards_sentence, s.discards_story, s.tests);
  size_t errors = dict::ErrorCount(l.issues);
  if (errors) std::cerr << fmt::format("dyad dict stats: {} read errors (run `dyad dict check`)\n", errors);
  return errors ? kExitSkipped : kExitOk;
}

void Setup(CLI::App* sub, int* rc) {
  sub->require_subcommand(1);
  auto opts = std::make_shared<DictOptions>();
  auto add_common = [opts](CLI::App* c) {
    c->add_option("files", opts->files, "dictionary files (default: kb/**/*.txt with a #!dyad-dict header)");
    c->add_option("--format", opts->format,
                  "read every file in this format: dyad, petrarch-verbs, petrarch-actors, "
                  "petrarch-agents, petrarch-discards (default: from the header or file name)");
  };
  CLI::App* check = sub->add_subcommand(
      "check", "refuse malformed lines, duplicates, unknown CAMEO codes, bad date terms; run test: lines");
  add_common(check);
  check->add_flag("--no-warnings", opts->no_warnings, "print errors only");
  check->callback([opts, rc] { *rc = RunCheck(*opts); });
  CLI::App* stats = sub->add_subcommand("stats", "count patterns per CAMEO root, actors, agents, discards");
  add_common(stats);
  stats->callback([opts, rc] { *rc = RunStats(*opts); });
}

}  // namespace

DYAD_COMMAND(dict, "dict", "check and count event dictionaries (Dyad or PETRARCH format)", Setup);

}  // namespace dyad::cli
