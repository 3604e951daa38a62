#include "pipeline/petrarch_suite.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <filesystem>

#include "base/file.h"

namespace dyad {
namespace {

std::string Attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string Content(xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool Is(xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// Collapses runs of whitespace (records are wrapped over several lines).
std::string Squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string Code(const std::string& c) { return c.empty() ? "---" : c; }

}  // namespace

Result<PetrarchSuite> ReadPetrarchSuite(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  xmlDoc* doc = xmlReadMemory(data->data(), static_cast<int>(data->size()), path.c_str(), nullptr,
                              // No XML_PARSE_HUGE: it also lifts libxml2's guard
                              // against entity expansion bombs.
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError* err = xmlGetLastError();
    return InvalidArgument(fmt::format("{}:{}: malformed XML: {}", path, err ? err->line : 0,
                                       err && err->message ? Squeeze(err->message) : "unknown error"));
  }
  PetrarchSuite suite;
  suite.path = path;
  std::string dir = std::filesystem::path(path).parent_path().string();
  auto resolve = [&](const std::string& f) { return f.empty() ? f : (dir.empty() ? f : dir + "/" + Squeeze(f)); };
  xmlNode* root = xmlDocGetRootElement(doc);
  std::vector<xmlNode*> stack;
  if (root) stack.push_back(root);
  std::vector<xmlNode*> sentences;
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (Is(n, "Verbfile")) suite.verbs = resolve(Content(n));
    else if (Is(n, "Actorfile")) suite.actors = resolve(Content(n));
    else if (Is(n, "Agentfile")) suite.agents = resolve(Content(n));
    else if (Is(n, "Discardfile")) suite.discards = resolve(Content(n));
    else if (Is(n, "Sentence")) {
      sentences.push_back(n);
      continue;
    }
    std::vector<xmlNode*> kids;
    for (xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  for (xmlNode* s : sentences) {
    PetrarchRecord r;
    r.id = Attr(s, "id");
    r.category = Attr(s, "category");
    r.date = Attr(s, "date");
    r.line = static_cast<int>(xmlGetLineNo(s));
    if (!r.date.empty()) {
      bool digits = r.date.size() == 8 && r.date.find_first_not_of("0123456789") == std::string::npos;
      if (!digits || !Date::FromYmd(std::stoi(r.date.substr(0, 4)), std::stoi(r.date.substr(4, 2)),
                                    std::stoi(r.date.substr(6, 2)))) {
        xmlFreeDoc(doc);
        return InvalidArgument(fmt::format("{}:{}: record '{}': bad date '{}' (expected YYYYMMDD)", path, r.line,
                                           r.id, r.date));
      }
    }
    bool none = Attr(s, "noevents") == "True" || Attr(s, "noevents") == "true";
    for (xmlNode* c = s->children; c; c = c->next) {
      if (Is(c, "Text")) r.text = Squeeze(Content(c));
      if (!Is(c, "EventCoding")) continue;
      // <EventCoding noevents="True"> and <EventCoding error="storydiscard">
      // (or "bad_input_parse") carry no event: the record expects none.
      std::string ne = Attr(c, "noevents");
      if (ne == "True" || ne == "true" || !Attr(c, "error").empty()) {
        none = true;
        continue;
      }
      r.expected.insert({Code(Attr(c, "sourcecode")), Code(Attr(c, "targetcode")), Attr(c, "eventcode")});
    }
    if (none) r.expected.clear();
    if (r.text.empty()) {
      xmlFreeDoc(doc);
      return InvalidArgument(fmt::format("{}:{}: record {} has no <Text>", path, r.line, r.id));
    }
    suite.records.push_back(std::move(r));
  }
  xmlFreeDoc(doc);
  if (suite.records.empty()) return InvalidArgument(fmt::format("{}: no <Sentence> records", path));
  return suite;
}

std::vector<RecordResult> RunPetrarchSuite(const Pipeline& pipeline, const PetrarchSuite& suite) {
  std::vector<RecordResult> out;
  for (const auto& r : suite.records) {
    Document doc;
    doc.id = r.id;
    doc.path = suite.path;
    doc.text = r.text;
    if (r.date.size() == 8)
      doc.published = Date::FromYmd(std::stoi(r.date.substr(0, 4)), std::stoi(r.date.substr(4, 2)),
                                    std::stoi(r.date.substr(6, 2)));
    Paragraph p;
    p.role = Role::kBody;
    p.start = 0;
    p.end = static_cast<uint32_t>(doc.text.size());
    doc.paragraphs.push_back(p);
    pipeline.Process(&doc);
    RecordResult rr;
    rr.record = &r;
    for (const Event& e : doc.events)
      rr.produced.insert({e.source ? e.source->code : "---", e.target ? e.target->code : "---", e.code});
    rr.passed = rr.produced == r.expected;
    out.push_back(std::move(rr));
  }
  return out;
}

std::string DescribeFailure(const RecordResult& r) {
  auto list = [](const std::set<Triple>& s) {
    std::string out;
    for (const auto& [a, b, c] : s) out += (out.empty() ? "" : ", ") + a + " " + b + " " + c;
    return out.empty() ? std::string("(none)") : out;
  };
  return fmt::format("{} (line {}): {}\n  expected {}\n  got      {}", r.record->id, r.record->line, r.record->text,
                     list(r.record->expected), list(r.produced));
}

void UsePetrarchConventions(CoderOptions* options) {
  options->reciprocal_events = true;
  options->locative_targets = true;
  options->generic_targets = true;
  options->negated_cooperation_rejects = false;
  options->code_all_roles = true;
  // PETRARCH codes a reported clause by its own verb patterns only.
  options->reported_judgments = false;
  // PETRARCH's require_dyad (on in its configuration and in the suite's
  // records but a few that turn it off): an event needs a target.
  options->allow_missing_target = false;
  // PETRARCH swaps a passive's actors only when a by-agent names the doer.
  options->agentless_passive_subjects = true;
  // PETRARCH reads a noun phrase left to right: its first name is its actor.
  options->first_actor_of_phrase = true;
  // PETRARCH's prepositional phrases mean a noun phrase's actors, never an
  // event: "after leaving Eriador" codes nothing.
  options->prepositional_gerund_events = false;
  // PETRARCH's target is the first actor of the verb phrase, a phrase of
  // time included ("five years after Calenardhon crowds burned ...").
  options->time_phrase_targets = true;
  // PETRARCH's noun phrases leave a possessive pronoun (PRP$) out.
  options->possessive_pronoun_actors = false;
}

}  // namespace dyad
