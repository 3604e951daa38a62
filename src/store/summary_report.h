// A readable summary of an event store: events by root code, top dyads, a
// per-day timeline, and the sentences behind a few example events.
#ifndef DYAD_STORE_SUMMARY_REPORT_H_
#define DYAD_STORE_SUMMARY_REPORT_H_

#include <string>

#include "base/status.h"
#include "store/event_store.h"

namespace dyad {

struct SummaryOptions {
  int top_dyads = 10;
  int examples = 3;
  int timeline_days = 20;  // most recent days shown
};

Result<std::string> SummaryReport(const EventStore& store, const EventFilter& filter, const SummaryOptions& options = {});

}  // namespace dyad

#endif  // DYAD_STORE_SUMMARY_REPORT_H_
