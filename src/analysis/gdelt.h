// GDELT event export rows and monthly count tables.
#ifndef DETENTE_ANALYSIS_GDELT_H_
#define DETENTE_ANALYSIS_GDELT_H_

#include <string>
#include <vector>

#include "detente/analysis.h"

namespace detente::analysis {

// Layout of an export, from its column count: 57 (GDELT 1.0), 58 (1.0 with SOURCEURL), 61 (2.0).
struct GdeltLayout {
  int version = 0;           // 1 or 2; 0 = not an export row
  int date_added = -1;       // column of DATEADDED
  int source_url = -1;       // column of SOURCEURL, -1 when absent
};
GdeltLayout LayoutFor(size_t columns);

// One row (already split at tabs) to an event; `where` ("file:line") prefixes every error and
// is recorded as the event's rule.
Result<Event> ParseGdeltRow(const std::vector<std::string>& fields, const GdeltLayout& layout, const std::string& where,
                            const std::string& batch);

}  // namespace detente::analysis

#endif  // DETENTE_ANALYSIS_GDELT_H_
