// Calendar arithmetic on proleptic Gregorian dates, as day numbers.
#ifndef DETENTE_COMMON_DATE_H_
#define DETENTE_COMMON_DATE_H_

#include "detente/event.h"

namespace detente {

int DaysInMonth(int year, int month);
// Days since 1970-01-01 (may be negative).
long DayNumber(int year, int month, int day);
void FromDayNumber(long n, int* year, int* month, int* day);
// 0 = Monday ... 6 = Sunday.
int Weekday(int year, int month, int day);
// First and last day numbers covered by a date of any precision.
long FirstDay(const Date& d);
long LastDay(const Date& d);
Date DayDate(long day_number);
Date MonthDate(int year, int month);
Date YearDate(int year);

}  // namespace detente

#endif  // DETENTE_COMMON_DATE_H_
