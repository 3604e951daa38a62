// CAMEO 1.1b3 event codes with their facts and PLOVER mapping.
//
// Loaded from kb/cameo.tsv (Dyad's own reduced table: code, root, quad class,
// Goldstein weight, short name, PLOVER event, PLOVER mode). Build once, const.
#ifndef DYAD_DICT_CAMEO_H_
#define DYAD_DICT_CAMEO_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace dyad::dict {

struct CameoCode {
  std::string code;   // "0256"
  std::string root;   // "02"
  int quad_class = 0; // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  bool has_goldstein = false;  // the codebook has no weight for a few newer codes
  std::string name;   // short name
  std::string plover_event, plover_mode;  // "" when CAMEO2PLOVER has none
};

class CameoTable {
 public:
  // Parses the TSV text (header line first); errors name file:line.
  static Result<CameoTable> Parse(std::string_view tsv, const std::string& file);
  static Result<CameoTable> Load(const std::string& path);
  // DataPath("kb/cameo.tsv"), loaded once (thread-safe). Null when it cannot
  // be loaded; DefaultStatus() then says why.
  static const CameoTable* Default();
  static Status DefaultStatus();

  const CameoCode* Find(std::string_view code) const;
  bool IsValid(std::string_view code) const { return Find(code) != nullptr; }
  // Root ("02") of a valid code; "" otherwise.
  std::string Root(std::string_view code) const;
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_CAMEO_H_
