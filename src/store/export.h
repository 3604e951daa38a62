// Exports of stored events: CSV, JSON Lines, PLOVER JSON records and
// Phoenix-style TSV (columns documented in README "Exports").
#ifndef DYAD_STORE_EXPORT_H_
#define DYAD_STORE_EXPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/event_store.h"

namespace dyad {

enum class ExportFormat { kCsv, kJsonl, kPlover, kPhoenix, kTable };
Result<ExportFormat> ParseExportFormat(std::string_view name);

// Writes the header (if the format has one) and one record per event.
void WriteEvents(const std::vector<StoredEvent>& events, ExportFormat format, std::ostream& out);

}  // namespace dyad

#endif  // DYAD_STORE_EXPORT_H_
