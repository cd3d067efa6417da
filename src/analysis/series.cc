#include "analysis/series.h"

#include <algorithm>
#include <cstdio>

#include "common/date.h"

namespace detente::analysis {

namespace {

long FloorDiv(long a, long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

int MonthsIn(Freq f) { return f == Freq::kMonth ? 1 : f == Freq::kQuarter ? 3 : 12; }

long PeriodOf(Freq f, long day) {
  int y, m, d;
  FromDayNumber(day, &y, &m, &d);
  switch (f) {
    case Freq::kMonth: return static_cast<long>(y) * 12 + (m - 1);
    case Freq::kQuarter: return static_cast<long>(y) * 4 + (m - 1) / 3;
    case Freq::kYear: return y;
  }
  return y;
}

int PeriodYear(Freq f, long ordinal) {
  switch (f) {
    case Freq::kMonth: return static_cast<int>(FloorDiv(ordinal, 12));
    case Freq::kQuarter: return static_cast<int>(FloorDiv(ordinal, 4));
    case Freq::kYear: return static_cast<int>(ordinal);
  }
  return static_cast<int>(ordinal);
}

long PeriodFirstDay(Freq f, long ordinal) {
  int y = PeriodYear(f, ordinal);
  switch (f) {
    case Freq::kMonth: return DayNumber(y, static_cast<int>(ordinal - y * 12L) + 1, 1);
    case Freq::kQuarter: return DayNumber(y, static_cast<int>(ordinal - y * 4L) * 3 + 1, 1);
    case Freq::kYear: return DayNumber(y, 1, 1);
  }
  return 0;
}

long PeriodLastDay(Freq f, long ordinal) { return PeriodFirstDay(f, ordinal + 1) - 1; }

std::string PeriodLabel(Freq f, long ordinal) {
  int y = PeriodYear(f, ordinal);
  char buf[32];
  switch (f) {
    case Freq::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02ld", y, ordinal - y * 12L + 1); break;
    case Freq::kQuarter: std::snprintf(buf, sizeof buf, "%04d-Q%ld", y, ordinal - y * 4L + 1); break;
    case Freq::kYear: std::snprintf(buf, sizeof buf, "%04d", y); break;
  }
  return buf;
}

std::string IsoDay(long day) { return DayDate(day).ToString(); }

std::vector<std::pair<long, double>> SpreadOverPeriods(Freq f, long first_day, long last_day) {
  std::vector<std::pair<long, double>> out;
  if (last_day < first_day) return out;
  const double total = static_cast<double>(last_day - first_day + 1);
  for (long p = PeriodOf(f, first_day), end = PeriodOf(f, last_day); p <= end; ++p) {
    long a = std::max(first_day, PeriodFirstDay(f, p)), b = std::min(last_day, PeriodLastDay(f, p));
    out.emplace_back(p, static_cast<double>(b - a + 1) / total);
  }
  return out;
}

}  // namespace detente::analysis

// Public helpers of the series.
namespace detente {

bool ParseFreq(const std::string& name, Freq* out) {
  if (name == "month") *out = Freq::kMonth;
  else if (name == "quarter") *out = Freq::kQuarter;
  else if (name == "year") *out = Freq::kYear;
  else return false;
  return true;
}

const char* FreqName(Freq f) { return f == Freq::kMonth ? "month" : f == Freq::kQuarter ? "quarter" : "year"; }

bool ParseDirection(const std::string& name, Direction* out) {
  if (name == "both") *out = Direction::kBoth;
  else if (name == "ab") *out = Direction::kAB;
  else if (name == "ba") *out = Direction::kBA;
  else return false;
  return true;
}

bool ParseMeasure(const std::string& name, Measure* out) {
  if (name == "index") *out = Measure::kIndex;
  else if (name == "mean") *out = Measure::kMean;
  else return false;
  return true;
}

const char* MeasureName(Measure m) { return m == Measure::kIndex ? "index" : "mean"; }

std::string Series::PeriodName(long i) const { return analysis::PeriodLabel(freq, first + i); }
int Series::PeriodMonths() const { return analysis::MonthsIn(freq); }

}  // namespace detente
