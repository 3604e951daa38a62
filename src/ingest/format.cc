#include "ingest/format.h"

#include <cctype>
#include <filesystem>

namespace dyad {

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kJsonl: return "jsonl";
    case Format::kHtml: return "html";
  }
  return "text";
}

std::optional<Format> FormatFromName(std::string_view name) {
  if (name == "text" || name == "txt") return Format::kText;
  if (name == "jsonl" || name == "json") return Format::kJsonl;
  if (name == "html" || name == "htm") return Format::kHtml;
  return std::nullopt;
}

std::optional<Format> FormatFromExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return Format::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  return std::nullopt;
}

Format SniffFormat(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && (head[i] == '{' || head[i] == '[')) return Format::kJsonl;
  std::string low(head.substr(0, 2048));
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* tag : {"<!doctype", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article"})
    if (low.find(tag) != std::string::npos) return Format::kHtml;
  return Format::kText;
}

}  // namespace dyad
