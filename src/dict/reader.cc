#include "dict/reader.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/file.h"
#include "dict/text_util.h"

namespace dyad::dict {

const char* FormatName(Format f) {
  switch (f) {
    case Format::kDyad: return "dyad";
    case Format::kPetrarchVerbs: return "petrarch-verbs";
    case Format::kPetrarchActors: return "petrarch-actors";
    case Format::kPetrarchAgents: return "petrarch-agents";
    case Format::kPetrarchDiscards: return "petrarch-discards";
  }
  return "";
}

std::optional<Format> FormatFromName(std::string_view name) {
  for (Format f : {Format::kDyad, Format::kPetrarchVerbs, Format::kPetrarchActors,
                   Format::kPetrarchAgents, Format::kPetrarchDiscards})
    if (name == FormatName(f)) return f;
  return std::nullopt;
}

void ReadText(Format format, std::string_view text, const std::string& file, Dictionary* dict,
              std::vector<Issue>* issues) {
  dict->files.push_back(file);
  switch (format) {
    case Format::kDyad: return ReadDyad(text, file, dict, issues);
    case Format::kPetrarchVerbs: return ReadPetrarchVerbs(text, file, dict, issues);
    case Format::kPetrarchActors: return ReadPetrarchActors(text, file, dict, issues);
    case Format::kPetrarchAgents: return ReadPetrarchAgents(text, file, dict, issues);
    case Format::kPetrarchDiscards: return ReadPetrarchDiscards(text, file, dict, issues);
  }
}

bool HasDyadHeader(std::string_view text) {
  LineSplitter lines(text);
  std::string_view line;
  while (lines.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    return StartsWith(t, "#!dyad-dict");
  }
  return false;
}

std::optional<Format> GuessFormat(const std::string& path, std::string_view text) {
  if (HasDyadHeader(text)) return Format::kDyad;
  std::string base = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  std::transform(base.begin(), base.end(), base.begin(), [](unsigned char c) { return std::tolower(c); });
  if (base.find("verbs") != std::string::npos || base.find("cameo") != std::string::npos)
    return Format::kPetrarchVerbs;
  if (base.find("actors") != std::string::npos) return Format::kPetrarchActors;
  if (base.find("agents") != std::string::npos) return Format::kPetrarchAgents;
  if (base.find("discards") != std::string::npos) return Format::kPetrarchDiscards;
  return std::nullopt;
}

Status ReadFileInto(const std::string& path, std::optional<Format> format, Dictionary* dict,
                    std::vector<Issue>* issues) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  if (text->find('\0') != std::string::npos)
    return Unsupported(fmt::format("{}: binary file (NUL byte at offset {}), not a dictionary", path,
                                   text->find('\0')));
  if (!format) format = GuessFormat(path, *text);
  if (!format)
    return InvalidArgument(fmt::format(
        "{}:1: unknown dictionary format: no '#!dyad-dict' header and the file name does not say "
        "verbs, actors, agents or discards",
        path));
  ReadText(*format, *text, path, dict, issues);
  return Status::Ok();
}

size_t ErrorCount(const std::vector<Issue>& issues) {
  return static_cast<size_t>(std::count_if(issues.begin(), issues.end(), [](const Issue& i) {
    return i.severity == Issue::Severity::kError;
  }));
}

Result<Dictionary> LoadDictionary(const std::vector<std::string>& paths, std::optional<Format> format) {
  Dictionary dict;
  std::vector<Issue> issues;
  for (const std::string& p : paths) DYAD_RETURN_IF_ERROR(ReadFileInto(p, format, &dict, &issues));
  const size_t errors = ErrorCount(issues);
  if (errors == 0) return dict;
  std::string msg;
  size_t shown = 0;
  for (const Issue& i : issues) {
    if (i.severity != Issue::Severity::kError) continue;
    if (shown++ == 10) break;
    if (!msg.empty()) msg += "\n";
    msg += i.loc.ToString() + ": " + i.message;
  }
  if (errors > 10) msg += fmt::format("\n... and {} more errors", errors - 10);
  return InvalidArgument(msg);
}

}  // namespace dyad::dict
