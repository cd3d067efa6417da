// Periods (month, quarter, year) as ordinals, and spreading an event dated to a month or a
// year over the periods it may fall in.
#ifndef DETENTE_ANALYSIS_SERIES_H_
#define DETENTE_ANALYSIS_SERIES_H_

#include <string>
#include <utility>
#include <vector>

#include "detente/analysis.h"

namespace detente::analysis {

// Ordinal of the period containing a day number: months and quarters counted from year 0
// (year * 12 + month - 1, year * 4 + quarter - 1), years as themselves.
long PeriodOf(Freq f, long day);
long PeriodFirstDay(Freq f, long ordinal);
long PeriodLastDay(Freq f, long ordinal);
// "2025-07", "2025-Q3", "2025".
std::string PeriodLabel(Freq f, long ordinal);
int MonthsIn(Freq f);
// Year of the period (the floor is per year).
int PeriodYear(Freq f, long ordinal);
// "YYYY-MM-DD" of a day number.
std::string IsoDay(long day);

// The periods overlapping [first_day, last_day], each with its share of the days: an event
// known only to its year is not forced into January but spread evenly over the year.
std::vector<std::pair<long, double>> SpreadOverPeriods(Freq f, long first_day, long last_day);

}  // namespace detente::analysis

#endif  // DETENTE_ANALYSIS_SERIES_H_
