#include "common/date.h"

#include <gtest/gtest.h>

namespace detente {
namespace {

TEST(Date, DayNumbersRoundTrip) {
  EXPECT_EQ(DayNumber(1970, 1, 1), 0);
  EXPECT_EQ(DayNumber(2000, 3, 1) - DayNumber(2000, 2, 28), 2);  // leap year
  EXPECT_EQ(DayNumber(1900, 3, 1) - DayNumber(1900, 2, 28), 1);  // not a leap year
  for (long n = -800000; n < 800000; n += 997) {
    Date d = DayDate(n);
    EXPECT_EQ(DayNumber(d.year, d.month, d.day), n);
  }
}

TEST(Date, WeekdayAndIntervals) {
  EXPECT_EQ(Weekday(2026, 1, 8), 3);  // a Thursday
  Date m = MonthDate(2024, 2);
  EXPECT_EQ(m.First(), "2024-02-01");
  EXPECT_EQ(m.Last(), "2024-02-29");
  EXPECT_EQ(YearDate(1999).Last(), "1999-12-31");
}

TEST(Date, ParseValidates) {
  Date d;
  EXPECT_TRUE(Date::Parse("2026-01-07", &d));
  EXPECT_EQ(d.precision, DatePrecision::kDay);
  EXPECT_TRUE(Date::Parse("2025-07", &d));
  EXPECT_EQ(d.precision, DatePrecision::kMonth);
  EXPECT_TRUE(Date::Parse("1999", &d));
  EXPECT_EQ(d.ToString(), "1999");
  EXPECT_FALSE(Date::Parse("2025-02-30", &d));
  EXPECT_FALSE(Date::Parse("2025-13", &d));
  EXPECT_FALSE(Date::Parse("20250101", &d));
  EXPECT_FALSE(Date::Parse("", &d));
}

}  // namespace
}  // namespace detente
