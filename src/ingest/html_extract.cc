#include "ingest/html_extract.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <nlohmann/json.hpp>
#include <utility>

namespace dyad {

namespace {

std::string Lower(std::string_view s) {
  std::string l(s);
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return l;
}

const char* Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }

// Appends text with whitespace (incl. U+00A0) collapsed to single spaces.
void AppendCollapsed(std::string_view t, std::string* out) {
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
      space = true;
      ++i;
    }
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

// Collects the text of a subtree (iteratively).
std::string TextOf(const GumboNode* root) {
  std::string out;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(n->v.text.text, &out);
    } else if (IsElement(n)) {
      GumboTag t = n->v.element.tag;
      if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE) continue;
      const GumboVector& ch = n->v.element.children;
      for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    }
  }
  return Trim(std::move(out));
}

bool SkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_MATH: case GUMBO_TAG_INPUT:
      return true;
    default:
      return false;
  }
}

bool BlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_PRE: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

bool NoiseClassOrId(const GumboNode* n) {
  static const char* kNoise[] = {"share",  "social",  "newsletter", "related",  "comment",    "cookie",
                                 "subscribe", "advert", "promo",    "sidebar",  "breadcrumb", "paywall",
                                 "popup",  "modal"};
  for (const char* attr : {"class", "id"}) {
    const char* v = Attr(n, attr);
    if (!v || !*v) continue;
    std::string l = Lower(v);
    for (const char* k : kNoise)
      if (l.find(k) != std::string::npos) return true;
  }
  return false;
}

bool Hidden(const GumboNode* n) {
  if (Attr(n, "hidden")) return true;
  if (const char* a = Attr(n, "aria-hidden"); a && Lower(a) == "true") return true;
  if (const char* s = Attr(n, "style")) {
    std::string l = Lower(s);
    l.erase(std::remove(l.begin(), l.end(), ' '), l.end());
    if (l.find("display:none") != std::string::npos || l.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

// JSON-LD: looks for datePublished, headline and publisher.name (bounded depth).
void ScanJsonLd(const nlohmann::json& j, int depth, std::string* date, std::string* headline,
                std::string* publisher) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& e : j) ScanJsonLd(e, depth + 1, date, headline, publisher);
    return;
  }
  if (!j.is_object()) return;
  if (auto it = j.find("datePublished"); it != j.end() && it->is_string() && date->empty()) *date = *it;
  if (auto it = j.find("headline"); it != j.end() && it->is_string() && headline->empty()) *headline = *it;
  if (auto it = j.find("publisher"); it != j.end() && publisher->empty()) {
    if (it->is_object()) {
      if (auto nm = it->find("name"); nm != it->end() && nm->is_string()) *publisher = *nm;
    } else if (it->is_string()) {
      *publisher = *it;
    }
  }
  if (auto it = j.find("@graph"); it != j.end()) ScanJsonLd(*it, depth + 1, date, headline, publisher);
}

size_t TextLength(const GumboNode* root) { return TextOf(root).size(); }

}  // namespace

HtmlPage ExtractHtml(std::string_view html) {
  HtmlPage page;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  // Metadata pass over the whole tree.
  std::string og_title, title_tag, h1, og_url, canonical, jsonld_date, jsonld_headline, jsonld_pub;
  std::string meta_date[3];  // 0: article:published_time-like, 1: itemprop/name=date-like, 2: <time>
  const GumboNode* body = nullptr;
  const GumboNode* article_body = nullptr;
  const GumboNode* main_el = nullptr;
  std::vector<const GumboNode*> articles;
  std::vector<const GumboNode*> stack{out->root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n)) continue;
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      const char* content = Attr(n, "content");
      if (!content) continue;
      std::string key;
      if (const char* p = Attr(n, "property")) key = Lower(p);
      else if (const char* nm = Attr(n, "name")) key = Lower(nm);
      else if (const char* ip = Attr(n, "itemprop")) key = Lower(ip);
      if (key == "og:title" && og_title.empty()) og_title = content;
      else if (key == "og:site_name" && page.site_name.empty()) page.site_name = content;
      else if (key == "og:url" && og_url.empty()) og_url = content;
      else if ((key == "article:published_time" || key == "og:published_time" || key == "og:article:published_time") &&
               meta_date[0].empty())
        meta_date[0] = content;
      else if ((key == "datepublished" || key == "date" || key == "pubdate" || key == "publishdate" ||
                key == "publish-date" || key == "publish_date" || key == "dc.date" || key == "dc.date.issued" ||
                key == "dcterms.date" || key == "dcterms.created" || key == "dcterms.issued" ||
                key == "sailthru.date" || key == "parsely-pub-date" || key == "article.published" ||
                key == "publication_date" || key == "og:pubdate") &&
               meta_date[1].empty())
        meta_date[1] = content;
      continue;
    }
    if (tag == GUMBO_TAG_LINK) {
      const char* rel = Attr(n, "rel");
      const char* href = Attr(n, "href");
      if (rel && href && Lower(rel) == "canonical" && canonical.empty()) canonical = href;
      continue;
    }
    if (tag == GUMBO_TAG_TITLE) {
      if (title_tag.empty()) title_tag = TextOf(n);
      continue;
    }
    if (tag == GUMBO_TAG_SCRIPT) {
      const char* type = Attr(n, "type");
      if (type && Lower(type) == "application/ld+json" && n->v.element.children.length > 0) {
        const GumboNode* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA || t->type == GUMBO_NODE_WHITESPACE) {
          auto j = nlohmann::json::parse(t->v.text.text, nullptr, false);
          if (!j.is_discarded()) ScanJsonLd(j, 0, &jsonld_date, &jsonld_headline, &jsonld_pub);
        }
      }
      continue;
    }
    if (tag == GUMBO_TAG_H1 && h1.empty()) h1 = TextOf(n);
    if (tag == GUMBO_TAG_TIME && meta_date[2].empty()) {
      if (const char* dt = Attr(n, "datetime")) meta_date[2] = dt;
    }
    if (const char* ip = Attr(n, "itemprop")) {
      std::string l = Lower(ip);
      if (l == "articlebody" && !article_body) article_body = n;
      if (l == "datepublished" && meta_date[1].empty()) {
        if (const char* dt = Attr(n, "datetime")) meta_date[1] = dt;
        else if (const char* c = Attr(n, "content")) meta_date[1] = c;
      }
    }
    if (tag == GUMBO_TAG_BODY && !body) body = n;
    if (tag == GUMBO_TAG_MAIN && !main_el) main_el = n;
    if (tag == GUMBO_TAG_ARTICLE) articles.push_back(n);
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }

  if (page.site_name.empty()) page.site_name = jsonld_pub;
  page.url = !canonical.empty() ? canonical : og_url;
  if (!meta_date[0].empty()) page.date = meta_date[0];
  else if (!meta_date[1].empty()) page.date = meta_date[1];
  else if (!jsonld_date.empty()) page.date = jsonld_date;
  else page.date = meta_date[2];
  {
    std::string t;
    AppendCollapsed(og_title, &t);
    page.title = Trim(t);
  }
  if (page.title.empty() && !jsonld_headline.empty()) {
    std::string t;
    AppendCollapsed(jsonld_headline, &t);
    page.title = Trim(t);
  }
  if (page.title.empty() && !title_tag.empty()) {
    page.title = title_tag;
    // "Headline | Site" / "Headline - Site": drop the site part.
    for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      size_t p = page.title.rfind(sep);
      if (p == std::string::npos || p == 0) continue;
      std::string suffix = page.title.substr(p + std::strlen(sep));
      std::string prefix = page.title.substr(0, p);
      if ((!page.site_name.empty() && Lower(suffix) == Lower(page.site_name)) || (!h1.empty() && prefix == h1)) {
        page.title = prefix;
        break;
      }
    }
  }
  if (page.title.empty()) page.title = h1;

  // Content root.
  const GumboNode* root = article_body;
  if (!root && !articles.empty()) {
    size_t best = 0;
    for (const GumboNode* a : articles) {
      size_t len = TextLength(a);
      if (!root || len > best) root = a, best = len;
    }
  }
  if (!root) root = main_el;
  if (!root) root = body;
  if (body && body->v.element.children.length > 0) page.has_body = true;

  // Block extraction: enter/exit walk with an explicit stack.
  if (root) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
      Role role;
      bool block;
    };
    std::string cur;
    Role cur_role = Role::kBody;
    auto flush = [&]() {
      std::string t = Trim(std::move(cur));
      cur.clear();
      if (!t.empty()) page.blocks.push_back({cur_role, std::move(t)});
    };
    std::vector<Frame> frames;
    frames.push_back({root, 0, Role::kBody, true});
    while (!frames.empty()) {
      Frame& f = frames.back();
      const GumboNode* n = f.node;
      if (f.next_child == 0 && IsElement(n) && f.block) {
        flush();
        cur_role = f.role;
      }
      if (!IsElement(n) || f.next_child >= n->v.element.children.length) {
        bool block = f.block;
        frames.pop_back();
        if (block) {
          flush();
          cur_role = frames.empty() ? Role::kBody : frames.back().role;
        }
        continue;
      }
      const GumboNode* c = static_cast<const GumboNode*>(n->v.element.children.data[f.next_child++]);
      Role parent_role = f.role;
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
        AppendCollapsed(c->v.text.text, &cur);
      } else if (c->type == GUMBO_NODE_WHITESPACE) {
        if (!cur.empty() && cur.back() != ' ') cur.push_back(' ');
      } else if (IsElement(c)) {
        GumboTag t = c->v.element.tag;
        if (SkippedTag(t) || Hidden(c) || NoiseClassOrId(c)) continue;
        if (t == GUMBO_TAG_BR || t == GUMBO_TAG_HR) {
          flush();
          continue;
        }
        bool block = BlockTag(t);
        Role r = parent_role;
        if (parent_role == Role::kBody) {
          if (IsHeading(t)) r = Role::kHeading;
          else if (t == GUMBO_TAG_FIGCAPTION || t == GUMBO_TAG_CAPTION) r = Role::kCaption;
        }
        frames.push_back({c, 0, r, block});
      }
    }
    flush();
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return page;
}

}  // namespace dyad
