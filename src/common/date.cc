#include "common/date.h"

#include <cstdio>

namespace detente {

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Howard Hinnant's days-from-civil algorithm (public domain arithmetic).
long DayNumber(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void FromDayNumber(long z, int* year, int* month, int* day) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  *year = static_cast<int>(y + (m <= 2));
  *month = static_cast<int>(m);
  *day = static_cast<int>(d);
}

int Weekday(int y, int m, int d) {
  long n = DayNumber(y, m, d);  // 1970-01-01 was a Thursday (3)
  long w = (n + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

long FirstDay(const Date& d) {
  switch (d.precision) {
    case DatePrecision::kDay: return DayNumber(d.year, d.month, d.day);
    case DatePrecision::kMonth: return DayNumber(d.year, d.month, 1);
    case DatePrecision::kYear: return DayNumber(d.year, 1, 1);
    case DatePrecision::kNone: break;
  }
  return 0;
}

long LastDay(const Date& d) {
  switch (d.precision) {
    case DatePrecision::kDay: return DayNumber(d.year, d.month, d.day);
    case DatePrecision::kMonth: return DayNumber(d.year, d.month, DaysInMonth(d.year, d.month));
    case DatePrecision::kYear: return DayNumber(d.year, 12, 31);
    case DatePrecision::kNone: break;
  }
  return 0;
}

Date DayDate(long n) {
  Date d;
  FromDayNumber(n, &d.year, &d.month, &d.day);
  d.precision = DatePrecision::kDay;
  return d;
}

Date MonthDate(int year, int month) { return Date{year, month, 0, DatePrecision::kMonth}; }
Date YearDate(int year) { return Date{year, 0, 0, DatePrecision::kYear}; }

std::string Date::ToString() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    case DatePrecision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case DatePrecision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case DatePrecision::kNone: return "";
  }
  return buf;
}

std::string Date::First() const { return known() ? DayDate(FirstDay(*this)).ToString() : ""; }
std::string Date::Last() const { return known() ? DayDate(LastDay(*this)).ToString() : ""; }

bool Date::Parse(const std::string& s, Date* out) {
  auto digits = [&](size_t pos, size_t n, int* v) {
    if (pos + n > s.size()) return false;
    int x = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
  };
  Date d;
  if (!digits(0, 4, &d.year)) return false;
  if (s.size() == 4) {
    d.precision = DatePrecision::kYear;
  } else if (s.size() == 7 && s[4] == '-' && digits(5, 2, &d.month)) {
    if (d.month < 1 || d.month > 12) return false;
    d.precision = DatePrecision::kMonth;
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(5, 2, &d.month) && digits(8, 2, &d.day)) {
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return false;
    d.precision = DatePrecision::kDay;
  } else {
    return false;
  }
  *out = d;
  return true;
}

const char* PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kNone: break;
  }
  return "none";
}

const char* MoodName(Mood m) {
  switch (m) {
    case Mood::kAsserted: return "asserted";
    case Mood::kNegated: return "negated";
    case Mood::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

}  // namespace detente
