// Document: what flows through Dyad's pipeline.
//
//   ingest  -> id, source, url, published, title, text, paragraphs (raw)
//   clean   -> paragraph roles
//   text    -> sentences with tokens (byte offsets into `text`)
//   syntax  -> token upos/xpos/lemma/head/deprel
//   coder   -> events (src/base/event.h)
//   when/where/count -> event dates, places, counts
//
// Offsets: every `start`/`end` is a byte offset into Document::text, the
// article's text exactly as Dyad read it (invalid UTF-8 already replaced by
// U+FFFD; nothing else changed). `end` is exclusive. For HTML input `text` is
// the extracted text (paragraphs joined by blank lines); for JSON Lines input
// it is the title, a blank line, then the body, so the headline has offsets too.
#ifndef DYAD_BASE_DOCUMENT_H_
#define DYAD_BASE_DOCUMENT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"
#include "base/event.h"

namespace dyad {

// What a paragraph is. Only kHeadline and kBody are coded for events.
enum class Role : uint8_t {
  kHeadline,
  kDateline,
  kBody,
  kHeading,      // section title inside the article
  kCaption,      // photo caption or credit
  kAttribution,  // "Source: Reuters"
  kBoilerplate,  // publisher blurb, subscribe/follow/copyright lines
  kDuplicate,    // repeat of an earlier paragraph (incl. drop-cap artefacts)
};
const char* RoleName(Role r);                      // "headline", "body", ...
std::optional<Role> RoleFromName(std::string_view name);
inline bool IsCoded(Role r) { return r == Role::kHeadline || r == Role::kBody; }

struct Paragraph {
  Role role = Role::kBody;
  uint32_t start = 0, end = 0;  // byte span in Document::text
  // For kDuplicate: index of the paragraph it repeats; -1 otherwise.
  int duplicate_of = -1;
};

struct Token {
  // User-provided, so that `emplace_back()` does not zero all 176 bytes
  // before the member initialisers run (value-initialisation of a class
  // whose default constructor is implicit does both); the splitter builds
  // a Token per word and that memset was a tenth of ingestion time.
  Token() noexcept {}
  Token(uint32_t start_, uint32_t end_, std::string form_, bool space_after_ = true)
      : start(start_), end(end_), space_after(space_after_), form(std::move(form_)) {}
  uint32_t start = 0, end = 0;  // byte span in Document::text
  // The head word, 1-based in the sentence (0 = root, -1 = not parsed);
  // it and upos ... deprel below are filled by the syntax stage (UD
  // conventions). The small members come first so that they share 16 bytes
  // (a Token is 176 bytes, not 184: the splitter writes one per word).
  int head = -1;
  bool space_after = true;      // whitespace follows in the original text
  // The normalised word form the later stages see (NFC, curly quotes and
  // dashes folded, "n't" for "n’t"); may differ from text[start,end).
  std::string form;
  std::string upos, xpos, lemma, deprel;
};
static_assert(sizeof(Token) == 16 + 5 * sizeof(std::string), "Token's small members fill 16 bytes");

struct Sentence {
  uint32_t start = 0, end = 0;  // byte span in Document::text
  int paragraph = -1;           // index into Document::paragraphs
  std::vector<Token> tokens;
};

struct Warning {
  std::string message;  // names the input and place
};

struct Document {
  std::string id;         // from the input, or derived from the file name / line
  std::string path;       // where it was read from ("-" for stdin), ":N" for a JSONL line
  std::string source;     // outlet or wire ("Reuters"), may be empty
  std::string url;
  std::optional<Date> published;
  std::string title;
  std::string text;       // see offsets note above
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Event> events;
  std::map<std::string, std::string> extra;  // other input fields, kept as JSON text
  std::vector<Warning> warnings;

  std::string_view Slice(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  std::string_view SentenceText(const Sentence& s) const { return Slice(s.start, s.end); }
};

}  // namespace dyad

#endif  // DYAD_BASE_DOCUMENT_H_
