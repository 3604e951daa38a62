// Reader: turns files, folders, standard input or buffers into Documents.
//
//   dyad::Reader reader;                  // build once; all methods const
//   std::vector<dyad::Diagnostic> diags;
//   dyad::Status st = reader.ReadPath("articles/", std::nullopt,
//       [](dyad::Document&& doc) { ... }, &diags);
//
// Formats (format.h):
//   text   headline on the first non-blank line; every other non-blank line is
//          a paragraph (scrapes put captions on the line after the lead).
//   jsonl  one JSON object per line: id, title, text or body, date or
//          published (ISO, "January 25, 2024", RFC 2822, or Unix seconds),
//          source, url; other fields go to Document::extra as JSON text.
//          Document::text = title + "\n\n" + body. A .json file holding one
//          object or an array of objects is read too.
//   html   see html_extract.h; Document::text = title + "\n\n" + the blocks
//          joined by "\n\n".
// Every reader then applies datelines (dateline.h) and, unless
// ReaderOptions::clean is false, the Cleaner (cleaner.h), so documents come out
// with paragraph roles; sentences are left to the text stage.
//
// Bad input never stops a run: a file or JSONL line that cannot be read gives
// a Diagnostic of severity kError ("feed.jsonl:3: malformed JSON: ...") and is
// skipped; invalid UTF-8 is replaced by U+FFFD with a kWarning naming the byte
// offset (also in Document::warnings). Binary files (NUL bytes, many control
// characters) and empty files are refused. Folders are walked recursively in
// sorted order, one file in memory at a time; JSON Lines files are streamed
// line by line.
#ifndef DYAD_INGEST_READER_H_
#define DYAD_INGEST_READER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "ingest/cleaner.h"
#include "ingest/format.h"

namespace dyad {

struct Diagnostic {
  enum Severity { kWarning, kError };  // kError: the input named was skipped
  Severity severity = kError;
  std::string message;                 // "path:line: ..." or "path: byte N: ..."
};

struct ReaderOptions {
  bool clean = true;  // run the Cleaner on every document
};

// One input file found by ListInputs.
struct InputFile {
  std::string path;  // "-" for standard input
  Format format = Format::kText;
  bool format_known = false;  // false: sniff the content when reading
  uint64_t size = 0;          // bytes (0 for stdin)
};

using DocumentSink = std::function<void(Document&&)>;

class Reader {
 public:
  explicit Reader(ReaderOptions options = {});

  // Lists what ReadPath would read: `path` itself, every file under a folder
  // with a known extension (recursively, sorted by path; with `format` given,
  // files without an extension too), or "-". NotFound when `path` is missing.
  Status ListInputs(const std::string& path, std::optional<Format> format,
                    std::vector<InputFile>* out) const;
  // Reads one listed input; returns the number of documents produced. Errors
  // go to *diags.
  size_t ReadInput(const InputFile& input, const DocumentSink& sink, std::vector<Diagnostic>* diags) const;
  // ListInputs + ReadInput for each. Non-ok only when `path` cannot be listed.
  Status ReadPath(const std::string& path, std::optional<Format> format, const DocumentSink& sink,
                  std::vector<Diagnostic>* diags) const;

  // Buffers. `name` names the input in messages and becomes Document::path;
  // Document::id is the file name without extension.
  Result<Document> ReadText(std::string data, const std::string& name) const;
  Result<Document> ReadHtml(std::string data, const std::string& name) const;
  // A whole JSON Lines buffer (or a .json document); returns documents read.
  size_t ReadJsonl(std::string_view data, const std::string& name, const DocumentSink& sink,
                   std::vector<Diagnostic>* diags) const;
  // One JSON Lines record; `line` is 1-based (used in messages and the
  // default id "<name stem>:<line>").
  Result<Document> ReadJsonLine(std::string_view line, const std::string& name, size_t line_no) const;
  // Dispatches on `format` (nullopt: sniff the content).
  size_t ReadBuffer(std::string data, const std::string& name, std::optional<Format> format,
                    const DocumentSink& sink, std::vector<Diagnostic>* diags) const;

 private:
  void Finish(Document* doc) const;  // datelines + cleaner
  ReaderOptions options_;
  Cleaner cleaner_;
};

// Appends one kBody paragraph per non-blank line of text[from, to) (leading
// and trailing whitespace, a trailing '\r' and a UTF-8 byte-order mark left
// out of the span). Linear time.
void AppendLineParagraphs(std::string_view text, size_t from, size_t to, std::vector<Paragraph>* out);

}  // namespace dyad

#endif  // DYAD_INGEST_READER_H_
