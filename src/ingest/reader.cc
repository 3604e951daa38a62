#include "ingest/reader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <system_error>

#include <fmt/format.h>

#include "base/file.h"
#include "ingest/date_parse.h"
#include "ingest/dateline.h"
#include "ingest/html_extract.h"
#include "ingest/input_check.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

bool IsWs(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n'; }

std::string Stem(const std::string& name) {
  if (name == "-") return "stdin";
  return fs::path(name).stem().string();
}

// Repairs UTF-8 in place, adding warnings to the document.
void RepairInto(std::string* data, const std::string& where, std::vector<Warning>* warnings) {
  std::vector<size_t> offs;
  size_t n = RepairUtf8(data, &offs);
  if (!n) return;
  std::string msg = fmt::format("{}: byte {}: invalid UTF-8 replaced with U+FFFD", where, offs[0]);
  if (n > 1) msg += fmt::format(" ({} sequences in all)", n);
  warnings->push_back({msg});
}

void ReportWarnings(const Document& doc, std::vector<Diagnostic>* diags) {
  if (!diags) return;
  for (const Warning& w : doc.warnings) diags->push_back({Diagnostic::kWarning, w.message});
}

std::optional<Date> DateFromJson(const nlohmann::json& v) {
  if (v.is_string()) return ParseDate(v.get<std::string>());
  if (v.is_number()) {
    double s = v.get<double>();
    if (s > 1e11) s /= 1000;  // milliseconds
    if (s < -1e10 || s > 1e11) return std::nullopt;
    return Date::FromDays(static_cast<int64_t>(s >= 0 ? s / 86400 : (s - 86399) / 86400));
  }
  return std::nullopt;
}

std::string JsonScalarText(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
  return "";
}

}  // namespace

void AppendLineParagraphs(std::string_view text, size_t from, size_t to, std::vector<Paragraph>* out) {
  size_t i = from;
  while (i < to) {
    const void* nl = std::memchr(text.data() + i, '\n', to - i);
    size_t e = nl ? static_cast<const char*>(nl) - text.data() : to;
    size_t b = i, f = e;
    while (b < f) {
      if (IsWs(static_cast<unsigned char>(text[b]))) ++b;
      else if (text.substr(b, 3) == "\xEF\xBB\xBF") b += 3;
      else break;
    }
    while (f > b && IsWs(static_cast<unsigned char>(text[f - 1]))) --f;
    if (f > b) {
      Paragraph p;
      p.role = Role::kBody;
      p.start = static_cast<uint32_t>(b);
      p.end = static_cast<uint32_t>(f);
      out->push_back(p);
    }
    i = e + 1;
  }
}

Reader::Reader(ReaderOptions options) : options_(options) {}

void Reader::Finish(Document* doc) const {
  ApplyDatelines(doc);
  // No date in the metadata or the text: a date in the file name.
  if (!doc->published) doc->published = DateInFileName(doc->path);
  if (options_.clean) cleaner_.Clean(doc);
}

Result<Document> Reader::ReadText(std::string data, const std::string& name) const {
  if (data.size() > UINT32_MAX - 16)
    return Unsupported(fmt::format("{}: {} bytes is too large (offsets are 32-bit)", name, data.size()));
  DYAD_RETURN_IF_ERROR(CheckNotBinary(data, name));
  Document doc;
  doc.path = name;
  doc.id = Stem(name);
  RepairInto(&data, name, &doc.warnings);
  doc.text = std::move(data);
  AppendLineParagraphs(doc.text, 0, doc.text.size(), &doc.paragraphs);
  if (doc.paragraphs.empty())
    return InvalidArgument(fmt::format("{}: {}", name, doc.text.empty() ? "empty file" : "only whitespace, no text"));
  doc.paragraphs[0].role = Role::kHeadline;
  doc.title = std::string(doc.Slice(doc.paragraphs[0].start, doc.paragraphs[0].end));
  Finish(&doc);
  return doc;
}

Result<Document> Reader::ReadHtml(std::string data, const std::string& name) const {
  if (data.size() > UINT32_MAX - 16)
    return Unsupported(fmt::format("{}: {} bytes is too large (offsets are 32-bit)", name, data.size()));
  DYAD_RETURN_IF_ERROR(CheckNotBinary(data, name));
  Document doc;
  doc.path = name;
  doc.id = Stem(name);
  RepairInto(&data, name, &doc.warnings);
  if (data.find_first_not_of(" \t\r\n\f") == std::string::npos)
    return InvalidArgument(fmt::format("{}: empty file", name));
  HtmlPage page = ExtractHtml(data);
  if (page.blocks.empty())
    return InvalidArgument(fmt::format("{}: HTML has no body text{}", name,
                                       page.has_body ? " (everything in <body> is navigation or page furniture)"
                                                     : " (no <body> content)"));
  doc.title = page.title;
  doc.source = page.site_name;
  doc.url = page.url;
  if (!page.date.empty()) {
    doc.published = ParseDate(page.date);
    if (!doc.published)
      doc.warnings.push_back({fmt::format("{}: cannot parse publication date '{}'", name, page.date)});
  }
  size_t first = 0;
  if (doc.title.empty()) {
    // No title anywhere: the first block is the headline.
    doc.title = page.blocks[0].text;
  }
  doc.text = doc.title;
  doc.paragraphs.push_back({Role::kHeadline, 0, static_cast<uint32_t>(doc.text.size()), -1});
  if (page.blocks[0].text == doc.title) first = 1;  // the h1 repeats the title: it is the headline
  for (size_t i = first; i < page.blocks.size(); ++i) {
    doc.text += "\n\n";
    Paragraph p;
    p.role = page.blocks[i].role;
    p.start = static_cast<uint32_t>(doc.text.size());
    doc.text += page.blocks[i].text;
    p.end = static_cast<uint32_t>(doc.text.size());
    doc.paragraphs.push_back(p);
  }
  Finish(&doc);
  return doc;
}

Result<Document> Reader::ReadJsonLine(std::string_view line, const std::string& name, size_t line_no) const {
  std::string where = fmt::format("{}:{}", name, line_no);
  std::string data(line);
  std::vector<Warning> warnings;
  RepairInto(&data, where, &warnings);
  if (data.find('\0') != std::string::npos)
    return Unsupported(fmt::format("{}: byte {}: NUL byte in line", where, data.find('\0')));
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(data);
  } catch (const nlohmann::json::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 7: ..." -> keep the tail.
    if (size_t p = what.find("column "); p != std::string::npos) what = what.substr(p);
    return InvalidArgument(fmt::format("{}: malformed JSON: {}", where, what));
  }
  if (!j.is_object()) return InvalidArgument(fmt::format("{}: expected a JSON object, got {}", where, j.type_name()));
  Document doc;
  doc.path = where;
  doc.warnings = std::move(warnings);
  std::string title, body;
  bool have_body = false;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const auto& v = it.value();
    auto need_string = [&](std::string* dst) -> Status {
      if (v.is_null()) return Status::Ok();
      if (!v.is_string()) return InvalidArgument(fmt::format("{}: field '{}' must be a string, got {}", where, k, v.type_name()));
      *dst = v.get<std::string>();
      return Status::Ok();
    };
    if (k == "id") {
      doc.id = JsonScalarText(v);
    } else if (k == "title" || k == "headline") {
      if (k == "headline" && !title.empty()) { doc.extra[k] = v.dump(); continue; }
      DYAD_RETURN_IF_ERROR(need_string(&title));
    } else if ((k == "text" || k == "body" || k == "content") && !have_body) {
      if (k == "content" && !v.is_string()) { doc.extra[k] = v.dump(); continue; }
      DYAD_RETURN_IF_ERROR(need_string(&body));
      have_body = v.is_string();
    } else if ((k == "date" || k == "published" || k == "published_at" || k == "publish_date" ||
                k == "pubdate") && !doc.published) {
      doc.published = DateFromJson(v);
      if (!doc.published && !v.is_null())
        doc.warnings.push_back({fmt::format("{}: cannot parse date {} in field '{}'", where, v.dump(), k)});
      if (!doc.published) doc.extra[k] = v.dump();
    } else if (k == "source" || k == "outlet" || k == "publisher") {
      if (v.is_string() && doc.source.empty()) doc.source = v.get<std::string>();
      else doc.extra[k] = v.dump();
    } else if (k == "url" || k == "link") {
      if (v.is_string() && doc.url.empty()) doc.url = v.get<std::string>();
      else doc.extra[k] = v.dump();
    } else {
      doc.extra[k] = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  }
  if (doc.id.empty()) doc.id = fmt::format("{}:{}", Stem(name), line_no);
  if (!have_body && title.empty())
    return InvalidArgument(fmt::format("{}: no 'text' or 'body' field (and no title)", where));
  if (title.size() + body.size() > UINT32_MAX - 16)
    return Unsupported(fmt::format("{}: article too large (offsets are 32-bit)", where));
  doc.title = title;
  size_t tb = 0, te = title.size();
  while (tb < te && IsWs(static_cast<unsigned char>(title[tb]))) ++tb;
  while (te > tb && IsWs(static_cast<unsigned char>(title[te - 1]))) --te;
  doc.text = std::move(title);
  size_t body_from = 0;
  if (te > tb) {
    doc.paragraphs.push_back({Role::kHeadline, static_cast<uint32_t>(tb), static_cast<uint32_t>(te), -1});
    doc.text += "\n\n";
    body_from = doc.text.size();
  } else {
    doc.text.clear();
  }
  doc.text += body;
  AppendLineParagraphs(doc.text, body_from, doc.text.size(), &doc.paragraphs);
  if (doc.paragraphs.empty()) return InvalidArgument(fmt::format("{}: empty title and text", where));
  if (doc.paragraphs[0].role != Role::kHeadline) {
    doc.paragraphs[0].role = Role::kHeadline;  // no title: the first line is the headline
    doc.title = std::string(doc.Slice(doc.paragraphs[0].start, doc.paragraphs[0].end));
  }
  Finish(&doc);
  return doc;
}

size_t Reader::ReadJsonl(std::string_view data, const std::string& name, const DocumentSink& sink,
                         std::vector<Diagnostic>* diags) const {
  size_t produced = 0;
  // A .json document holding an array or one object (possibly pretty-printed).
  size_t first = data.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (data[first] == '[' || (data[first] == '{' && data.find('\n', first) != std::string_view::npos))) {
    auto j = nlohmann::json::parse(data, nullptr, false);
    if (!j.is_discarded() && (j.is_array() || j.is_object())) {
      if (j.is_object()) j = nlohmann::json::array({j});
      size_t k = 0;
      for (const auto& e : j) {
        ++k;
        auto r = ReadJsonLine(e.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), name, k);
        if (!r.ok()) {
          if (diags) diags->push_back({Diagnostic::kError, r.status().message()});
          continue;
        }
        r->path = fmt::format("{}[{}]", name, k - 1);
        ReportWarnings(*r, diags);
        sink(std::move(r.value()));
        ++produced;
      }
      return produced;
    }
  }
  size_t line_no = 0, i = 0;
  while (i < data.size()) {
    ++line_no;
    size_t e = data.find('\n', i);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(i, e - i);
    i = e + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto r = ReadJsonLine(line, name, line_no);
    if (!r.ok()) {
      if (diags) diags->push_back({Diagnostic::kError, r.status().message()});
      continue;
    }
    ReportWarnings(*r, diags);
    sink(std::move(r.value()));
    ++produced;
  }
  if (line_no == 0 && diags) diags->push_back({Diagnostic::kError, fmt::format("{}: empty file", name)});
  return produced;
}

size_t Reader::ReadBuffer(std::string data, const std::string& name, std::optional<Format> format,
                          const DocumentSink& sink, std::vector<Diagnostic>* diags) const {
  Format f = format ? *format : SniffFormat(std::string_view(data).substr(0, 4096));
  if (f == Format::kJsonl) {
    if (Status st = CheckNotBinary(data, name); !st.ok()) {
      if (diags) diags->push_back({Diagnostic::kError, st.message()});
      return 0;
    }
    if (data.find_first_not_of(" \t\r\n") == std::string::npos) {
      if (diags) diags->push_back({Diagnostic::kError, fmt::format("{}: empty file", name)});
      return 0;
    }
    return ReadJsonl(data, name, sink, diags);
  }
  Result<Document> r = f == Format::kHtml ? ReadHtml(std::move(data), name) : ReadText(std::move(data), name);
  if (!r.ok()) {
    if (diags) diags->push_back({Diagnostic::kError, r.status().message()});
    return 0;
  }
  ReportWarnings(*r, diags);
  sink(std::move(r.value()));
  return 1;
}

Status Reader::ListInputs(const std::string& path, std::optional<Format> format, std::vector<InputFile>* out) const {
  if (path == "-") {
    InputFile in;
    in.path = "-";
    if (format) in.format = *format, in.format_known = true;
    out->push_back(in);
    return Status::Ok();
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return NotFound(fmt::format("{}: no such file or folder", path));
  auto add = [&](const fs::path& p, bool explicit_file) {
    InputFile in;
    in.path = p.string();
    std::error_code e2;
    in.size = fs::file_size(p, e2);
    if (format) {
      in.format = *format;
      in.format_known = true;
    } else if (auto f = FormatFromExtension(in.path)) {
      in.format = *f;
      in.format_known = true;
    } else if (!explicit_file && p.has_extension()) {
      return;  // unknown extension inside a folder: not an article
    }
    out->push_back(in);
  };
  if (fs::is_directory(st)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      std::string fname = p.filename().string();
      if (!fname.empty() && fname[0] == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) files.push_back(p);
    }
    if (ec) return IoError(fmt::format("{}: cannot list folder: {}", path, ec.message()));
    std::sort(files.begin(), files.end());
    for (const auto& p : files) add(p, false);
    return Status::Ok();
  }
  add(fs::path(path), true);
  return Status::Ok();
}

size_t Reader::ReadInput(const InputFile& input, const DocumentSink& sink, std::vector<Diagnostic>* diags) const {
  // JSON Lines files are streamed line by line; other inputs are read whole.
  std::optional<Format> format;
  if (input.format_known) format = input.format;
  if (input.path != "-" && format == Format::kJsonl) {
    std::ifstream in(input.path, std::ios::binary);
    if (!in) {
      if (diags) diags->push_back({Diagnostic::kError, fmt::format("{}: cannot open: {}", input.path, std::strerror(errno))});
      return 0;
    }
    // A .json document is usually one value spread over lines: read it whole.
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    size_t first = head.find_first_not_of(" \t\r\n");
    bool whole = first != std::string::npos && head[first] == '[';
    if (whole || input.size < (1u << 20)) {
      auto data = ReadFile(input.path);
      if (!data.ok()) {
        if (diags) diags->push_back({Diagnostic::kError, data.status().message()});
        return 0;
      }
      return ReadBuffer(std::move(data.value()), input.path, Format::kJsonl, sink, diags);
    }
    if (Status st = CheckNotBinary(head, input.path); !st.ok()) {
      if (diags) diags->push_back({Diagnostic::kError, st.message()});
      return 0;
    }
    in.clear();
    in.seekg(0);
    std::string line;
    size_t line_no = 0, produced = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto r = ReadJsonLine(line, input.path, line_no);
      if (!r.ok()) {
        if (diags) diags->push_back({Diagnostic::kError, r.status().message()});
        continue;
      }
      ReportWarnings(*r, diags);
      sink(std::move(r.value()));
      ++produced;
    }
    return produced;
  }
  auto data = ReadFile(input.path);
  if (!data.ok()) {
    if (diags) diags->push_back({Diagnostic::kError, data.status().message()});
    return 0;
  }
  return ReadBuffer(std::move(data.value()), input.path, format, sink, diags);
}

Status Reader::ReadPath(const std::string& path, std::optional<Format> format, const DocumentSink& sink,
                        std::vector<Diagnostic>* diags) const {
  std::vector<InputFile> inputs;
  DYAD_RETURN_IF_ERROR(ListInputs(path, format, &inputs));
  for (const InputFile& in : inputs) ReadInput(in, sink, diags);
  return Status::Ok();
}

}  // namespace dyad
