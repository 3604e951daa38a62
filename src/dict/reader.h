// Dictionary readers: Dyad's format and PETRARCH-2/TABARI formats, all into
// the one model (model.h).
//
// Readers never stop at the first problem: every malformed line becomes an
// Issue naming file and line, the rest of the file is still read. The Result
// wrappers fail (InvalidArgument, message = the first errors) when any Issue
// is an error.
#ifndef DYAD_DICT_READER_H_
#define DYAD_DICT_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "dict/model.h"

namespace dyad::dict {

enum class Format : uint8_t {
  kDyad,              // "#!dyad-dict <kind> 1" header
  kPetrarchVerbs,     // CAMEO.2.0.txt, PETR.Validate.verbs.txt
  kPetrarchActors,    // Phoenix.*.actors.txt, PETR.Validate.actors.txt
  kPetrarchAgents,    // Phoenix.agents.txt
  kPetrarchDiscards,  // Phoenix.discards.txt
};
const char* FormatName(Format f);  // "dyad", "petrarch-verbs", ...
std::optional<Format> FormatFromName(std::string_view name);

// Reads `text` (the contents of `file`, used in messages) into *dict,
// appending problems to *issues.
void ReadDyad(std::string_view text, const std::string& file, Dictionary* dict,
              std::vector<Issue>* issues);
void ReadPetrarchVerbs(std::string_view text, const std::string& file, Dictionary* dict,
                       std::vector<Issue>* issues);
void ReadPetrarchActors(std::string_view text, const std::string& file, Dictionary* dict,
                        std::vector<Issue>* issues);
void ReadPetrarchAgents(std::string_view text, const std::string& file, Dictionary* dict,
                        std::vector<Issue>* issues);
void ReadPetrarchDiscards(std::string_view text, const std::string& file, Dictionary* dict,
                          std::vector<Issue>* issues);
void ReadText(Format format, std::string_view text, const std::string& file, Dictionary* dict,
              std::vector<Issue>* issues);

// True when `text` starts (after blank lines) with "#!dyad-dict".
bool HasDyadHeader(std::string_view text);
// Format of a file: Dyad when it has the header, else guessed from the name
// (*verbs*, *actors*, *agents*, *discards*); nullopt when unknown.
std::optional<Format> GuessFormat(const std::string& path, std::string_view text);

// Reads one file (format guessed when not given). The Status is non-ok only
// when the file cannot be read or the format is unknown; parse problems are
// appended to *issues.
Status ReadFileInto(const std::string& path, std::optional<Format> format, Dictionary* dict,
                    std::vector<Issue>* issues);

// Reads files and fails on the first error issue(s) (message lists up to 10).
Result<Dictionary> LoadDictionary(const std::vector<std::string>& paths,
                                  std::optional<Format> format = std::nullopt);

// Counts error-severity issues.
size_t ErrorCount(const std::vector<Issue>& issues);

}  // namespace dyad::dict

#endif  // DYAD_DICT_READER_H_
