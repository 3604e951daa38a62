// Input formats Dyad reads, and how a file's format is chosen.
#ifndef DYAD_INGEST_FORMAT_H_
#define DYAD_INGEST_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

enum class Format { kText, kJsonl, kHtml };

const char* FormatName(Format f);                          // "text", "jsonl", "html"
std::optional<Format> FormatFromName(std::string_view name);  // inverse of FormatName
// By extension (case-insensitive): .txt/.text -> text, .jsonl/.ndjson/.json ->
// jsonl, .html/.htm/.xhtml -> html; nullopt for anything else.
std::optional<Format> FormatFromExtension(const std::string& path);
// By content, for stdin and files without a known extension: a first
// non-blank byte '{' or '[' -> jsonl; markup (<!doctype, <html, <head, <body,
// <p, <div, <article) in the first 2 KiB -> html; otherwise text.
Format SniffFormat(std::string_view head);

}  // namespace dyad

#endif  // DYAD_INGEST_FORMAT_H_
