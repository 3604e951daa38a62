// Checks and statistics over dictionaries (`dyad dict check`/`stats`).
#ifndef DYAD_DICT_CHECK_H_
#define DYAD_DICT_CHECK_H_

#include <map>
#include <string>
#include <vector>

#include "dict/cameo.h"
#include "dict/compiled.h"
#include "dict/model.h"

namespace dyad::dict {

struct CheckOptions {
  // Refuse codes not in the CAMEO table (null = skip the check).
  const CameoTable* cameo = nullptr;
  // Dyad files are checked strictly: duplicates, overlapping date terms and
  // unknown codes are errors. PETRARCH dictionaries (strict = false) get
  // warnings for them instead: there the first listed date term wins by
  // design, generated plurals repeat explicit entries, and the validation
  // suite uses WEIS codes.
  bool strict = true;
};

// Duplicates (same name twice for actors/adjectives/agents/discards, same
// pattern twice under one verb), unknown CAMEO codes, inverted or
// overlapping date terms, empty phrases. Appends to *issues.
void CheckDictionary(const Dictionary& dict, const CheckOptions& options,
                     std::vector<Issue>* issues);

// Runs the `test:` self-tests against the compiled dictionary; each failure is
// an error issue at the test's line. Returns the number of tests run.
int RunSelfTests(const CompiledDictionary& compiled, std::vector<Issue>* issues);

struct DictStats {
  std::map<std::string, int> patterns_per_root;  // "01".."20" (and "---", "other")
  int verbs = 0, verb_blocks = 0, patterns = 0, synsets = 0;
  int actor_entries = 0, actor_names = 0, actor_codes = 0, dated_terms = 0;
  int adjectives = 0, agents = 0, discards_sentence = 0, discards_story = 0, tests = 0;
};
DictStats ComputeStats(const Dictionary& dict);

// Files under `kb_dir` (kb/*.txt and kb/**/*.txt) that start with a
// "#!dyad-dict" header, sorted.
std::vector<std::string> FindDyadDictFiles(const std::string& kb_dir);

}  // namespace dyad::dict

#endif  // DYAD_DICT_CHECK_H_
