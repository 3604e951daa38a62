#include "ingest/document_json.h"

#include <fmt/format.h>

#include <charconv>

#include "ingest/input_check.h"

namespace dyad {

using nlohmann::json;

json DocumentToJson(const Document& doc, const DocumentJsonOptions& options) {
  json j = json::object();
  j["id"] = doc.id;
  j["path"] = doc.path;
  j["title"] = doc.title;
  j["published"] = doc.published ? json(doc.published->ToString()) : json(nullptr);
  j["source"] = doc.source;
  j["url"] = doc.url;
  if (options.text) j["text"] = doc.text;
  json paras = json::array();
  for (const Paragraph& p : doc.paragraphs) {
    json o = {{"role", RoleName(p.role)}, {"start", p.start}, {"end", p.end}, {"text", doc.Slice(p.start, p.end)}};
    if (p.duplicate_of >= 0) o["duplicate_of"] = p.duplicate_of;
    paras.push_back(std::move(o));
  }
  j["paragraphs"] = std::move(paras);
  if (options.sentences) {
    json sents = json::array();
    for (const Sentence& s : doc.sentences) {
      json o = {{"start", s.start}, {"end", s.end}, {"paragraph", s.paragraph}, {"text", doc.SentenceText(s)}};
      if (options.tokens) {
        json toks = json::array();
        for (const Token& t : s.tokens) {
          std::string_view txt = doc.Slice(t.start, t.end);
          json tj = {{"text", txt}, {"start", t.start}, {"end", t.end}};
          if (!t.form.empty() && t.form != txt) tj["form"] = t.form;
          if (!t.space_after) tj["space_after"] = false;
          if (!t.upos.empty()) tj["upos"] = t.upos;
          if (!t.xpos.empty()) tj["xpos"] = t.xpos;
          if (!t.lemma.empty()) tj["lemma"] = t.lemma;
          if (t.head >= 0) tj["head"] = t.head;
          if (!t.deprel.empty()) tj["deprel"] = t.deprel;
          toks.push_back(std::move(tj));
        }
        o["tokens"] = std::move(toks);
      }
      sents.push_back(std::move(o));
    }
    j["sentences"] = std::move(sents);
  }
  if (!doc.extra.empty()) {
    json extra = json::object();
    for (const auto& [k, v] : doc.extra) {
      json parsed = json::parse(v, nullptr, false);
      extra[k] = parsed.is_discarded() ? json(v) : parsed;
    }
    j["extra"] = std::move(extra);
  }
  if (!doc.warnings.empty()) {
    json w = json::array();
    for (const Warning& x : doc.warnings) w.push_back(x.message);
    j["warnings"] = std::move(w);
  }
  return j;
}

namespace {

// Writes JSON text the way nlohmann::json::dump(-1, ' ', false, replace)
// does, into a buffer handed to `write_` whenever it passes kFlush bytes.
class JsonOut {
 public:
  explicit JsonOut(const std::function<void(std::string_view)>& write) : write_(write) { buf_.reserve(kFlush + 4096); }
  ~JsonOut() { Flush(); }

  void Raw(std::string_view s) {
    buf_.append(s);
    MaybeFlush();
  }
  void Char(char c) { buf_.push_back(c); }
  // ,"key":   (no comma before the first member of an object or array)
  void Key(std::string_view key, bool first = false) {
    if (!first) buf_.push_back(',');
    buf_.push_back('"');
    buf_.append(key);  // keys are fixed ASCII names
    buf_.append("\":");
  }
  void Int(int64_t v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, static_cast<size_t>(r.ptr - tmp));
  }
  void String(std::string_view s) {
    if (!IsValidUtf8(s)) {  // cannot happen for read text; keep dump()'s replacement
      Raw(json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace));
      return;
    }
    buf_.push_back('"');
    // Long strings (a 100 MB article text) go out in buffer-sized slices.
    for (size_t pos = 0; pos < s.size(); pos += kFlush) {
      Escaped(s.substr(pos, kFlush));
      MaybeFlush();
    }
    buf_.push_back('"');
    MaybeFlush();
  }
  void MaybeFlush() {
    if (buf_.size() >= kFlush) Flush();
  }
  void Flush() {
    if (buf_.empty()) return;
    write_(buf_);
    buf_.clear();
  }

 private:
  // Appends `s` with JSON escapes (valid UTF-8 passes through unchanged).
  void Escaped(std::string_view s) {
    size_t run = 0;  // start of the pending unescaped run
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      buf_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': buf_.append("\\\""); break;
        case '\\': buf_.append("\\\\"); break;
        case '\b': buf_.append("\\b"); break;
        case '\f': buf_.append("\\f"); break;
        case '\n': buf_.append("\\n"); break;
        case '\r': buf_.append("\\r"); break;
        case '\t': buf_.append("\\t"); break;
        default: {
          static const char kHex[] = "0123456789abcdef";
          char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          buf_.append(u, 6);
        }
      }
    }
    buf_.append(s.data() + run, s.size() - run);
  }

  static constexpr size_t kFlush = 1 << 16;
  const std::function<void(std::string_view)>& write_;
  std::string buf_;
};

}  // namespace

void WriteDocumentJsonLine(const Document& doc, const std::function<void(std::string_view)>& write,
                           const DocumentJsonOptions& options) {
  // Members in the order nlohmann's std::map-backed objects print them
  // (sorted by key); DocumentJsonTest checks the two agree.
  JsonOut o(write);
  o.Char('{');
  bool first = true;
  if (!doc.extra.empty()) {
    o.Key("extra", true);
    first = false;
    o.Char('{');
    bool f = true;
    for (const auto& [k, v] : doc.extra) {
      if (!f) o.Char(',');
      f = false;
      o.String(k);
      o.Char(':');
      json parsed = json::parse(v, nullptr, false);
      o.Raw((parsed.is_discarded() ? json(v) : parsed).dump(-1, ' ', false, json::error_handler_t::replace));
    }
    o.Char('}');
  }
  o.Key("id", first);
  o.String(doc.id);
  o.Key("paragraphs");
  o.Char('[');
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    if (i) o.Char(',');
    o.Char('{');
    bool f = true;
    if (p.duplicate_of >= 0) {
      o.Key("duplicate_of", true);
      o.Int(p.duplicate_of);
      f = false;
    }
    o.Key("end", f);
    o.Int(p.end);
    o.Key("role");
    o.String(RoleName(p.role));
    o.Key("start");
    o.Int(p.start);
    o.Key("text");
    o.String(doc.Slice(p.start, p.end));
    o.Char('}');
  }
  o.Char(']');
  o.Key("path");
  o.String(doc.path);
  o.Key("published");
  if (doc.published) o.String(doc.published->ToString());
  else o.Raw("null");
  if (options.sentences) {
    o.Key("sentences");
    o.Char('[');
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      if (i) o.Char(',');
      o.Char('{');
      o.Key("end", true);
      o.Int(s.end);
      o.Key("paragraph");
      o.Int(s.paragraph);
      o.Key("start");
      o.Int(s.start);
      o.Key("text");
      o.String(doc.SentenceText(s));
      if (options.tokens) {
        o.Key("tokens");
        o.Char('[');
        for (size_t k = 0; k < s.tokens.size(); ++k) {
          const Token& t = s.tokens[k];
          std::string_view txt = doc.Slice(t.start, t.end);
          if (k) o.Char(',');
          o.Char('{');
          bool tf = true;
          if (!t.deprel.empty()) {
            o.Key("deprel", true);
            o.String(t.deprel);
            tf = false;
          }
          o.Key("end", tf);
          o.Int(t.end);
          if (!t.form.empty() && t.form != txt) {
            o.Key("form");
            o.String(t.form);
          }
          if (t.head >= 0) {
            o.Key("head");
            o.Int(t.head);
          }
          if (!t.lemma.empty()) {
            o.Key("lemma");
            o.String(t.lemma);
          }
          if (!t.space_after) o.Raw(",\"space_after\":false");
          o.Key("start");
          o.Int(t.start);
          o.Key("text");
          o.String(txt);
          if (!t.upos.empty()) {
            o.Key("upos");
            o.String(t.upos);
          }
          if (!t.xpos.empty()) {
            o.Key("xpos");
            o.String(t.xpos);
          }
          o.Char('}');
        }
        o.Char(']');
      }
      o.Char('}');
      o.MaybeFlush();
    }
    o.Char(']');
  }
  o.Key("source");
  o.String(doc.source);
  if (options.text) {
    o.Key("text");
    o.String(doc.text);
  }
  o.Key("title");
  o.String(doc.title);
  o.Key("url");
  o.String(doc.url);
  if (!doc.warnings.empty()) {
    o.Key("warnings");
    o.Char('[');
    for (size_t i = 0; i < doc.warnings.size(); ++i) {
      if (i) o.Char(',');
      o.String(doc.warnings[i].message);
    }
    o.Char(']');
  }
  o.Char('}');
}

std::string DocumentToJsonLine(const Document& doc, const DocumentJsonOptions& options) {
  std::string out;
  WriteDocumentJsonLine(doc, [&](std::string_view piece) { out.append(piece); }, options);
  return out;
}

namespace {

Status Span(const json& o, std::string_view text, uint32_t* start, uint32_t* end, const std::string& what) {
  const size_t size = text.size();
  if (!o.contains("start") || !o.contains("end") || !o["start"].is_number_unsigned() || !o["end"].is_number_unsigned())
    return InvalidArgument(fmt::format("{}: span without unsigned 'start'/'end'", what));
  uint64_t s = o["start"].get<uint64_t>(), e = o["end"].get<uint64_t>();
  if (s > e || e > size) return InvalidArgument(fmt::format("{}: span [{}, {}) outside text of {} bytes", what, s, e, size));
  // Spans start and end on character boundaries (never on a UTF-8
  // continuation byte), so every slice of the text is valid UTF-8 again.
  auto inside_char = [&](uint64_t k) { return k < size && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80; };
  if (inside_char(s) || inside_char(e))
    return InvalidArgument(fmt::format("{}: span [{}, {}) cuts a UTF-8 character", what, s, e));
  *start = static_cast<uint32_t>(s);
  *end = static_cast<uint32_t>(e);
  return Status::Ok();
}

std::string Str(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<Document> DocumentFromJson(const json& j, const std::string& what) {
  if (!j.is_object()) return InvalidArgument(fmt::format("{}: expected a JSON object", what));
  Document doc;
  doc.id = Str(j, "id");
  doc.path = Str(j, "path");
  doc.title = Str(j, "title");
  doc.source = Str(j, "source");
  doc.url = Str(j, "url");
  doc.text = Str(j, "text");
  if (auto it = j.find("published"); it != j.end() && it->is_string()) {
    doc.published = Date::Parse(it->get<std::string>());
    if (!doc.published) return InvalidArgument(fmt::format("{}: bad 'published' {}", what, it->dump()));
  }
  if (auto it = j.find("paragraphs"); it != j.end() && it->is_array()) {
    for (size_t i = 0; i < it->size(); ++i) {
      const json& o = (*it)[i];
      std::string w = fmt::format("{}: paragraphs[{}]", what, i);
      if (!o.is_object()) return InvalidArgument(w + ": expected an object");
      Paragraph p;
      DYAD_RETURN_IF_ERROR(Span(o, doc.text, &p.start, &p.end, w));
      auto role = RoleFromName(Str(o, "role"));
      if (!role) return InvalidArgument(fmt::format("{}: unknown role '{}'", w, Str(o, "role")));
      p.role = *role;
      if (auto d = o.find("duplicate_of"); d != o.end() && d->is_number_integer()) {
        // Repeats an earlier paragraph (the cleaner only looks back).
        int64_t v = d->get<int64_t>();
        if (v < -1 || v >= static_cast<int64_t>(i))
          return InvalidArgument(fmt::format("{}: duplicate_of {} is not an earlier paragraph", w, v));
        p.duplicate_of = static_cast<int>(v);
      }
      doc.paragraphs.push_back(p);
    }
  }
  if (auto it = j.find("sentences"); it != j.end() && it->is_array()) {
    for (size_t i = 0; i < it->size(); ++i) {
      const json& o = (*it)[i];
      std::string w = fmt::format("{}: sentences[{}]", what, i);
      if (!o.is_object()) return InvalidArgument(w + ": expected an object");
      Sentence s;
      DYAD_RETURN_IF_ERROR(Span(o, doc.text, &s.start, &s.end, w));
      if (auto p = o.find("paragraph"); p != o.end() && p->is_number_integer()) {
        int64_t v = p->get<int64_t>();
        if (v < -1 || v >= static_cast<int64_t>(doc.paragraphs.size()))
          return InvalidArgument(fmt::format("{}: paragraph {} not among the {} paragraphs", w, v, doc.paragraphs.size()));
        s.paragraph = static_cast<int>(v);
      }
      if (auto t = o.find("tokens"); t != o.end() && t->is_array()) {
        for (size_t k = 0; k < t->size(); ++k) {
          const json& to = (*t)[k];
          std::string tw = fmt::format("{}.tokens[{}]", w, k);
          if (!to.is_object()) return InvalidArgument(tw + ": expected an object");
          Token tok;
          DYAD_RETURN_IF_ERROR(Span(to, doc.text, &tok.start, &tok.end, tw));
          tok.form = to.contains("form") ? Str(to, "form") : std::string(doc.Slice(tok.start, tok.end));
          if (auto sa = to.find("space_after"); sa != to.end() && sa->is_boolean()) tok.space_after = sa->get<bool>();
          tok.upos = Str(to, "upos");
          tok.xpos = Str(to, "xpos");
          tok.lemma = Str(to, "lemma");
          tok.deprel = Str(to, "deprel");
          if (auto h = to.find("head"); h != to.end() && h->is_number_integer()) {
            // 1-based within the sentence, 0 = root, -1 = not parsed.
            int64_t v = h->get<int64_t>();
            if (v < -1 || v > static_cast<int64_t>(t->size()))
              return InvalidArgument(fmt::format("{}: head {} outside the sentence of {} tokens", tw, v, t->size()));
            tok.head = static_cast<int>(v);
          }
          s.tokens.push_back(std::move(tok));
        }
      }
      doc.sentences.push_back(std::move(s));
    }
  }
  if (auto it = j.find("extra"); it != j.end() && it->is_object())
    for (auto e = it->begin(); e != it->end(); ++e) doc.extra[e.key()] = e.value().dump();
  if (auto it = j.find("warnings"); it != j.end() && it->is_array())
    for (const auto& w : *it)
      if (w.is_string()) doc.warnings.push_back({w.get<std::string>()});
  return doc;
}

std::string DocumentToText(const Document& doc) {
  std::string out;
  out += fmt::format("# {}  ({})\n", doc.id, doc.path);
  out += fmt::format("title:     {}\n", doc.title);
  out += fmt::format("published: {}\n", doc.published ? doc.published->ToString() : "unknown");
  if (!doc.source.empty()) out += fmt::format("source:    {}\n", doc.source);
  if (!doc.url.empty()) out += fmt::format("url:       {}\n", doc.url);
  for (const Warning& w : doc.warnings) out += fmt::format("warning:   {}\n", w.message);
  size_t si = 0;
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    std::string text(doc.Slice(p.start, p.end));
    for (char& c : text)
      if (c == '\n' || c == '\r') c = ' ';
    out += fmt::format("[{}] {}", RoleName(p.role), text);
    if (p.duplicate_of >= 0) out += fmt::format("  (repeats paragraph {})", p.duplicate_of);
    out += "\n";
    while (si < doc.sentences.size() && doc.sentences[si].paragraph <= static_cast<int>(i)) {
      const Sentence& s = doc.sentences[si++];
      if (s.paragraph != static_cast<int>(i)) continue;
      std::string toks;
      for (const Token& t : s.tokens) {
        if (!toks.empty()) toks += " | ";
        toks += t.form.empty() ? std::string(doc.Slice(t.start, t.end)) : t.form;
      }
      out += fmt::format("    {}\n", toks);
    }
  }
  out += "\n";
  return out;
}

}  // namespace dyad
