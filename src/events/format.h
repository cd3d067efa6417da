// Writing events: JSON lines (the schema in the README), CSV, the GDELT 2.0 event export
// layout, and the human-readable --explain form.
#ifndef DETENTE_EVENTS_FORMAT_H_
#define DETENTE_EVENTS_FORMAT_H_

#include <string>

#include "detente/event.h"

namespace detente {

enum class EventFormat { kJsonl, kCsv, kGdelt };
// "jsonl", "csv", "gdelt"; false on anything else.
bool ParseEventFormat(const std::string& name, EventFormat* out);

std::string EventToJson(const Event& e);
// Event::confidence as written in every format: three decimals, "0.734"; "" when not scored.
std::string Confidence(double c);
std::string CsvHeader();
std::string EventToCsv(const Event& e);
// One GDELT 2.0 export row (61 tab-separated columns). `number` is the GlobalEventID.
std::string EventToGdelt(const Event& e, long number, const std::string& url, const std::string& date_added);
std::string ExplainEvent(const Event& e);

}  // namespace detente

#endif  // DETENTE_EVENTS_FORMAT_H_
