// Parser feature templates, declared once (kParseTemplates), in the style of
// Zhang & Nivre (2011): words, tags and labels of stack/buffer words and of
// their leftmost/rightmost children, distance, valency and label sets.
//
// ParseFeatures::Extract turns a configuration into one 64-bit hash per
// template (template id mixed with its atom values); the weight table keys on
// these hashes. TemplateSignature() hashes the template table so a model made
// with other templates is refused at load.
#ifndef DYAD_SYNTAX_PARSE_FEATURES_H_
#define DYAD_SYNTAX_PARSE_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/transition_system.h"

namespace dyad {

// Per-sentence word attributes, hashed once (index 0 = ROOT).
struct ParseInput {
  std::vector<uint64_t> word, xpos, upos;
  // Fills from forms and tags (forms lower-cased, digits folded to 0).
  void Set(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
           const std::vector<std::string>& xpos);
};

uint64_t HashWord(std::string_view form);

// Atoms: the values templates combine.
enum Atom : uint8_t {
  S0W, S0P, S0U, S1W, S1P, S1U, S2W, S2P, B0W, B0P, B0U, B1W, B1P, B1U, B2W, B2P, B3P,
  S0L1W, S0L1P, S0L1L, S0L2P, S0L2L, S0R1W, S0R1P, S0R1L, S0R2P, S0R2L,
  S1L1W, S1L1P, S1L1L, S1R1W, S1R1P, S1R1L, S1R2P, S1R2L,
  B0L1W, B0L1P, B0L1L, B0L2P, B0L2L,
  DS0B0, DS1S0, S0VL, S0VR, S1VL, S1VR, B0VL, S0LSET, S0RSET, S1RSET, B0LSET,
  kNumAtoms
};

struct ParseTemplate {
  std::vector<Atom> atoms;
};

const std::vector<ParseTemplate>& ParseTemplates();
std::string TemplateName(const ParseTemplate& t);
uint64_t ParseTemplateSignature();

// Appends one hash per template for configuration `s` to *out (cleared first).
void ExtractParseFeatures(const ParseState& s, const ParseInput& in, std::vector<uint64_t>* out);

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSE_FEATURES_H_
