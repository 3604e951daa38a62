// HTML article extraction (gumbo): metadata from <head> and JSON-LD, and the
// article's text blocks with page chrome left out.
#ifndef DYAD_INGEST_HTML_EXTRACT_H_
#define DYAD_INGEST_HTML_EXTRACT_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace dyad {

struct HtmlBlock {
  Role role = Role::kBody;  // kBody (p, li, div text...), kHeading (h1-h6), kCaption (figcaption)
  std::string text;         // entities decoded, whitespace collapsed, trimmed; no newlines
};

struct HtmlPage {
  std::string title;      // og:title, else <title> (site suffix removed), else the first h1
  std::string date;       // raw publication date string from the first source that has one
  std::string site_name;  // og:site_name / JSON-LD publisher.name
  std::string url;        // <link rel=canonical>, else og:url
  std::vector<HtmlBlock> blocks;
  bool has_body = false;  // a <body> element with any element or text in it
};

// Extraction order for the body: the first element with itemprop=articleBody,
// else the largest <article>, else <main>, else <body>. Left out: script,
// style, noscript, nav, header, footer, aside, form, button, iframe, svg,
// hidden elements, and elements whose class or id contains share, social,
// newsletter, related, comment, cookie, subscribe, advert, promo, sidebar,
// breadcrumb. <br> splits a block. Iterative: deep nesting cannot overflow the
// stack.
HtmlPage ExtractHtml(std::string_view html);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_EXTRACT_H_
