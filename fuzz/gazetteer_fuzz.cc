// Fuzzes the gazetteer index reader: arbitrary bytes must load or fail with a
// status, and a loaded index must answer lookups without reading out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "where/gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto g = dyad::Gazetteer::FromBytes(bytes, "fuzz");
  if (!g.ok()) return 0;
  for (uint32_t i = 0; i < g->size() && i < 64; ++i) (void)g->place(i);
  for (const char* name : {"baghdad", "paris", "a", "new york"}) {
    for (const auto& h : g->LookupKey(name)) (void)g->place(h.place);
    (void)g->HasLongerKey(name);
  }
  (void)g->CountryPlace("IRQ");
  return 0;
}
