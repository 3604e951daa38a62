#include "base/document.h"

namespace dyad {

namespace {
constexpr const char* kRoleNames[] = {"headline", "dateline", "body", "heading",
                                      "caption", "attribution", "boilerplate", "duplicate"};
}  // namespace

const char* RoleName(Role r) { return kRoleNames[static_cast<int>(r)]; }

std::optional<Role> RoleFromName(std::string_view name) {
  for (int i = 0; i < 8; ++i)
    if (name == kRoleNames[i]) return static_cast<Role>(i);
  return std::nullopt;
}

const char* DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kExplicit: return "explicit";
    case DateSource::kRelative: return "relative";
    case DateSource::kPublication: return "publication";
  }
  return "publication";
}

}  // namespace dyad
