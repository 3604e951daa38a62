// JSON (and a readable text view) of a Document, shared by the commands that
// print documents (`dyad prep`, ...).
//
// Shape (one object; offsets are byte offsets into "text", end exclusive):
//   {"id", "path", "title", "published": "YYYY-MM-DD" | null, "source", "url",
//    "text",
//    "paragraphs": [{"role", "start", "end", "text", "duplicate_of"?}],
//    "sentences": [{"start", "end", "paragraph", "text",
//                   "tokens": [{"text", "start", "end", "form"?, "space_after"?,
//                               "upos"?, "xpos"?, "lemma"?, "head"?, "deprel"?}]}],
//    "extra": {field: value}?, "warnings": [message]?}
// "form" appears only when it differs from the token's text, "space_after"
// only when false, syntax fields only when filled.
#ifndef DYAD_INGEST_DOCUMENT_JSON_H_
#define DYAD_INGEST_DOCUMENT_JSON_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/document.h"
#include "base/status.h"

namespace dyad {

struct DocumentJsonOptions {
  bool text = true;        // include "text"
  bool sentences = true;   // include "sentences"
  bool tokens = true;      // include tokens inside sentences
};

nlohmann::json DocumentToJson(const Document& doc, const DocumentJsonOptions& options = {});
// One line of JSON (no newline); invalid UTF-8 cannot occur but is replaced.
// Equal, byte for byte, to DocumentToJson(doc, options).dump() (keys in the
// same sorted order), but written directly: no JSON tree is built.
std::string DocumentToJsonLine(const Document& doc, const DocumentJsonOptions& options = {});
// The same line (no newline), streamed: `write` receives consecutive pieces
// of about 64 KiB, so memory beyond the document stays small and time is
// linear in the output however large the document (a 100 MB article has
// ~20 million tokens).
void WriteDocumentJsonLine(const Document& doc, const std::function<void(std::string_view)>& write,
                           const DocumentJsonOptions& options = {});
// Reads back what DocumentToJson wrote (events are not part of it); checks
// that every span lies inside "text". `what` names the input in errors.
Result<Document> DocumentFromJson(const nlohmann::json& j, const std::string& what);

// A readable view: header lines (id, title, date, source, url), then each
// paragraph as "[role] text" with its sentences indented below when present.
std::string DocumentToText(const Document& doc);

}  // namespace dyad

#endif  // DYAD_INGEST_DOCUMENT_JSON_H_
