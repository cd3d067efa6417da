// Time expressions: found in a sentence, then resolved in document order against the
// publication date or the previous date in the paragraph.
#ifndef DETENTE_EXTRACT_TIME_H_
#define DETENTE_EXTRACT_TIME_H_

#include <string>
#include <string_view>
#include <vector>

#include "detente/event.h"
#include "extract/mentions.h"
#include "lexicon/lexicon.h"

namespace detente {

struct TimeExpr {
  int begin = 0, end = 0;
  enum class Kind { kAbsolute, kMonthDay, kMonth, kDay, kWord, kWeekday, kPeriod, kSeason } kind = Kind::kAbsolute;
  int year = 0, month = 0, day = 0;  // explicit parts (0 = absent)
  int week_offset = 0;               // for weekdays: 0 = the most recent, -1 = last week's (上周三);
                                     // for a month alone: 1 = the next one ("next March")
  bool strictly_before = false;      // "last Tuesday", "last October": the most recent one before
                                     // the reference day (a month: before the publication month)
  int weekday = -1;                  // 0 = Monday
  const TimeWord* word = nullptr;    // for kWord
  long period_from = 0, period_to = 0;  // for kPeriod (day numbers)
  std::string period_name;
  bool attributive = false;          // "a 2019 attack": a year before a noun, dating that noun only
  // For a season (`month` its first month, 12 for winter; `year` when told): which one. "last
  // summer" and "next spring" count from publication; "the following"/"the previous" from the
  // previous date; "that winter" is in the year last named; a bare one, in the paragraph's year.
  enum class Which { kBare, kLast, kThis, kNext, kFollowing, kPrevious, kThat } which = Which::kBare;
};

// Finds the time expressions of [begin, end) (numeric dates, month names, weekdays, time
// words, named periods and administrations "拜登政府后期" / "late in the Biden administration").
void FindTimes(const Lexicon& lex, std::u32string_view norm, int begin, int end, Lang lang,
               const std::vector<Token>& tokens, long publication_day, std::vector<TimeExpr>* out);

// What a relative expression is resolved against.
struct TimeContext {
  Date pub;   // the publication date (may be unknown)
  Date prev;  // the previous date of the text (may be unknown)
  // `prev` was told in the same paragraph: a year- or month-less date (5月, 18日) takes its
  // year and month from it rather than from the publication date.
  bool prev_in_paragraph = false;
  // The clause tells what will happen ("will meet on Monday"): a weekday or a month without a
  // year is the next one, not the last.
  bool future = false;
  // English text, and `prev` was told earlier in the same sentence: English articles move
  // freely between times, so a month without a year is the publication year's (the latest such
  // month not far after publication) unless the sentence itself has just given a year.
  bool english = false;
  bool prev_in_sentence = false;
  // A count back ("three days after") opens the sentence before a noun ("Three days after the
  // coup, Paris suspended aid"): it runs forward from `prev`, the event told before.
  bool count_forward = false;
  // The last date the paragraph told, in any clause: "that year" is the year last named, even
  // when it was only the time of a background phrase ("after a first round in 2024").
  Date last_told;
  // `last_told`, or a year before a noun named after it ("Under a 2023 deal, … in March of that
  // year"): what "that year" and "that November" refer to.
  Date last_named;
};

// Resolves one expression; an unknown date when it cannot. `reason` (may be null) says how.
Date ResolveTime(const TimeExpr& t, const TimeContext& ctx, std::string* reason);

}  // namespace detente

#endif  // DETENTE_EXTRACT_TIME_H_
