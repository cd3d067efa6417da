#include "extract/time.h"

#include <algorithm>
#include <cstring>

#include "common/date.h"
#include "text/segment.h"

namespace detente {

namespace {

int ChineseDigit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

// Reads a number at `pos`: ASCII digits, digit-by-digit Chinese (二〇二五) or Chinese with 十
// (十二, 二十一). Returns the number of code points consumed (0 if none) and the digit count.
size_t ReadNumber(std::u32string_view s, size_t pos, size_t end, int* value, int* digits) {
  size_t i = pos;
  int v = 0, n = 0;
  while (i < end && s[i] >= '0' && s[i] <= '9' && n < 6) { v = v * 10 + static_cast<int>(s[i] - '0'); ++i; ++n; }
  if (n > 0) { *value = v; *digits = n; return i - pos; }
  // Chinese numerals
  int tens = -1, unit = -1;
  bool seen_ten = false;
  while (i < end) {
    char32_t c = s[i];
    int d = ChineseDigit(c);
    if (c == U'十') {
      if (seen_ten) break;
      seen_ten = true;
      tens = unit < 0 ? 1 : unit;
      unit = -1;
      ++i;
      continue;
    }
    if (d < 0) break;
    if (!seen_ten && unit >= 0) {  // digit-by-digit form: 二〇二五
      v = (n == 1 ? unit : v) * 10 + d;
      unit = d;
      ++n;
      ++i;
      continue;
    }
    unit = d;
    if (n == 0) v = d;
    ++n;
    ++i;
  }
  if (i == pos) return 0;
  if (seen_ten) {
    *value = tens * 10 + (unit < 0 ? 0 : unit);
    *digits = 2;
  } else if (n >= 2) {
    *value = v;
    *digits = n;
  } else {
    *value = unit;
    *digits = 1;
  }
  return i - pos;
}

int WeekdayOf(char32_t c) {
  switch (c) {
    case U'一': return 0;
    case U'二': return 1;
    case U'三': return 2;
    case U'四': return 3;
    case U'五': return 4;
    case U'六': return 5;
    case U'日': case U'天': return 6;
    default: return -1;
  }
}

struct NameNum {
  const char* name;
  int value;
};
constexpr NameNum kMonths[] = {
    {"january", 1}, {"february", 2}, {"march", 3},   {"april", 4},   {"may", 5},      {"june", 6},
    {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1},     {"feb", 2},      {"mar", 3},     {"apr", 4},     {"jun", 6},      {"jul", 7},
    {"aug", 8},     {"sept", 9},     {"sep", 9},     {"oct", 10},    {"nov", 11},     {"dec", 12}};
constexpr NameNum kSeasons[] = {{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}};
constexpr NameNum kWeekdays[] = {{"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
                                 {"friday", 4}, {"saturday", 5}, {"sunday", 6}};

// Days named for a fixed date of the year ("on New Year's Day"), read like a month and day.
struct NamedDay { const char* name; int month, day; };
constexpr NamedDay kNamedDays[] = {{"new year's day", 1, 1}, {"new year's eve", 12, 31},
                                   {"christmas day", 12, 25}, {"christmas eve", 12, 24}};

// Completes a day of a month `t` whose words end at `pos` with the year told after it, if any
// ("7 January 2026", "New Year's Day, 2024"), adds it and returns where it ends.
size_t PushDayOfMonth(std::u32string_view s, size_t pos, size_t end, TimeExpr t, std::vector<TimeExpr>* out) {
  size_t y = pos;
  while (y < end && (s[y] == ' ' || s[y] == ',')) ++y;
  int yv = 0, yd = 0;
  const size_t yl = ReadNumber(s, y, end, &yv, &yd);
  if (yl > 0 && yd == 4) {
    t.year = yv;
    pos = y + yl;
  }
  t.kind = t.year ? TimeExpr::Kind::kAbsolute : TimeExpr::Kind::kMonthDay;
  t.end = static_cast<int>(pos);
  out->push_back(t);
  return pos;
}

bool WordAt(std::u32string_view s, size_t pos, size_t end, const char* w) {
  size_t n = std::strlen(w);
  if (pos + n > end) return false;
  for (size_t k = 0; k < n; ++k)
    if (s[pos + k] != static_cast<char32_t>(w[k])) return false;
  return pos + n == end || !IsAsciiAlnum(s[pos + n]);
}

// The word ending right before `pos` (skipping spaces), lower case ASCII.
std::string PrevWord(std::u32string_view s, size_t begin, size_t pos) {
  size_t e = pos;
  while (e > begin && s[e - 1] == ' ') --e;
  size_t b = e;
  while (b > begin && IsAsciiAlnum(s[b - 1])) --b;
  std::string out;
  for (size_t k = b; k < e; ++k) out.push_back(static_cast<char>(s[k]));
  return out;
}

// "the 2020 agreements under which …": a year before a noun dates what the relative clause
// after that noun tells (and only there: "breached the 2015 deal" is no act of 2015).
bool YearNamesRelative(std::u32string_view s, size_t pos, size_t end) {
  const size_t limit = std::min(end, pos + 48);
  const std::u32string_view after = s.substr(pos, limit - pos);
  for (std::u32string_view rel : {U" under which ", U" in which ", U" by which ", U" through which "}) {
    const size_t k = after.find(rel);
    if (k != std::u32string_view::npos && after.substr(0, k).find(U',') == std::u32string_view::npos) return true;
  }
  return false;
}

// "a 2019 attack", "Russia's 2022 invasion": a year between a determiner and a noun dates that
// noun only.
bool YearBeforeNoun(std::u32string_view s, size_t begin, size_t pos, size_t year_end, size_t end) {
  if (year_end + 1 >= end || s[year_end] != ' ' || !(s[year_end + 1] >= 'a' && s[year_end + 1] <= 'z')) return false;
  const std::string prev = PrevWord(s, begin, pos);
  size_t b = pos;
  while (b > begin && s[b - 1] == ' ') --b;
  const bool possessive = prev == "s" && b >= begin + 2 && s[b - 2] == '\'';
  if (!possessive && prev != "a" && prev != "an" && prev != "the" && prev != "its" && prev != "their" &&
      prev != "his" && prev != "her")
    return false;
  size_t e = year_end + 1;
  std::string next;
  while (e < end && IsAsciiAlnum(s[e])) next.push_back(static_cast<char>(s[e++]));
  for (const char* w : {"of", "in", "on", "at", "and", "or", "to", "when", "after", "before", "since", "until", "as",
                        "by", "from", "that", "which", "while", "for", "with", "through", "was", "is", "were"})
    if (next == w) return false;
  return true;
}

void FindChinese(std::u32string_view s, size_t begin, size_t end, std::vector<TimeExpr>* out) {
  size_t i = begin;
  while (i < end) {
    int v = 0, digits = 0;
    size_t len = ReadNumber(s, i, end, &v, &digits);
    if (len == 0) {
      // weekdays: 周三, 星期三, 礼拜三, optionally after 上/本/这
      size_t k = i;
      int week_offset = 0;
      if (s[k] == U'上' || s[k] == U'本' || s[k] == U'这' || s[k] == U'下') {
        week_offset = s[k] == U'上' ? -1 : 0;
        ++k;
      }
      size_t w = k;
      if (w < end && s[w] == U'周') w += 1;
      else if (w + 1 < end && ((s[w] == U'星' && s[w + 1] == U'期') || (s[w] == U'礼' && s[w + 1] == U'拜'))) w += 2;
      if (w > k && w < end && WeekdayOf(s[w]) >= 0 && (w + 1 >= end || s[w + 1] != U'年')) {
        TimeExpr t;
        t.kind = TimeExpr::Kind::kWeekday;
        t.begin = static_cast<int>(i);
        t.end = static_cast<int>(w + 1);
        t.weekday = WeekdayOf(s[w]);
        t.week_offset = week_offset;
        out->push_back(t);
        i = w + 1;
        continue;
      }
      ++i;
      continue;
    }
    size_t j = i + len;
    if (j >= end) break;
    TimeExpr t;
    t.begin = static_cast<int>(i);
    if (s[j] == U'年' && digits == 4 && v >= 1000 && v <= 2200 && !(j + 1 < end && (s[j + 1] == U'代' || s[j + 1] == U'来' || s[j + 1] == U'间'))) {
      t.year = v;
      ++j;
      size_t k = j;
      int m = 0, md = 0;
      size_t ml = ReadNumber(s, k, end, &m, &md);
      if (ml > 0 && k + ml < end && s[k + ml] == U'月' && m >= 1 && m <= 12) {
        t.month = m;
        j = k + ml + 1;
        int d = 0, dd = 0;
        size_t dl = ReadNumber(s, j, end, &d, &dd);
        if (dl > 0 && j + dl < end && (s[j + dl] == U'日' || s[j + dl] == U'号') && d >= 1 && d <= DaysInMonth(t.year, m)) {
          t.day = d;
          j += dl + 1;
        }
      }
      t.kind = TimeExpr::Kind::kAbsolute;
      t.end = static_cast<int>(j);
      out->push_back(t);
      i = j;
      continue;
    }
    // A day of the month alone (18日): not a count (3日内, 数日来) and not after a month.
    if ((s[j] == U'日' || s[j] == U'号') && v >= 1 && v <= 31 && digits <= 2 && (i == begin || s[i - 1] != U'月') &&
        !(j + 1 < end && (s[j + 1] == U'内' || s[j + 1] == U'间' || s[j + 1] == U'来' || s[j + 1] == U'以' ||
                          s[j + 1] == U'之'))) {
      t.day = v;
      t.kind = TimeExpr::Kind::kDay;
      t.end = static_cast<int>(j + 1);
      out->push_back(t);
      i = j + 1;
      continue;
    }
    if (s[j] == U'月' && v >= 1 && v <= 12 && digits <= 2) {
      t.month = v;
      ++j;
      int d = 0, dd = 0;
      size_t dl = ReadNumber(s, j, end, &d, &dd);
      if (dl > 0 && j + dl < end && (s[j + dl] == U'日' || s[j + dl] == U'号') && d >= 1 && d <= 31) {
        t.day = d;
        j += dl + 1;
        t.kind = TimeExpr::Kind::kMonthDay;
      } else {
        if (j < end && s[j] == U'份') ++j;
        t.kind = TimeExpr::Kind::kMonth;
      }
      t.end = static_cast<int>(j);
      out->push_back(t);
      i = j;
      continue;
    }
    i = j;
  }
}

// A season at `i` ("in the summer of 2023", "last winter", "the following spring"; northern
// seasons: the first month of each, winter from December): pushes it and returns where it ends,
// else 0.
size_t PushSeason(std::u32string_view s, size_t begin, size_t end, size_t i, std::vector<TimeExpr>* out) {
  if (s[i] != 's' && s[i] != 'a' && s[i] != 'w' && s[i] != 'f') return 0;
  for (const auto& sn : kSeasons) {
    if (static_cast<char32_t>(sn.name[0]) != s[i] || !WordAt(s, i, end, sn.name)) continue;
    TimeExpr t;
    t.kind = TimeExpr::Kind::kSeason;
    t.month = sn.value;
    t.begin = static_cast<int>(i);
    size_t j = i + std::strlen(sn.name);
    // "summer 2023", "the summer of 2023"
    size_t k = j;
    if (WordAt(s, k + 1, end, "of") && s[k] == ' ') k += 3;
    if (k < end && s[k] == ' ') {
      int v = 0, dd = 0;
      const size_t l = ReadNumber(s, k + 1, end, &v, &dd);
      if (l > 0 && dd == 4 && (k + 1 + l >= end || !IsAsciiAlnum(s[k + 1 + l]))) {
        t.year = v;
        j = k + 1 + l;
      }
    }
    // the word before, past "early", "late" or "mid"
    size_t at = i;
    std::string before = PrevWord(s, begin, at);
    if (before == "early" || before == "late" || before == "mid") {
      at -= before.size() + 1;
      before = PrevWord(s, begin, at);
    }
    const std::string second = before.empty() ? std::string() : PrevWord(s, begin, at - before.size() - 1);
    if (before == "last") t.which = TimeExpr::Which::kLast;
    else if (before == "this") t.which = TimeExpr::Which::kThis;
    else if (before == "that") t.which = TimeExpr::Which::kThat;
    else if (before == "next" && second == "the") t.which = TimeExpr::Which::kFollowing;
    else if (before == "next") t.which = TimeExpr::Which::kNext;
    else if (before == "following" || before == "ensuing") t.which = TimeExpr::Which::kFollowing;
    else if (before == "previous" || before == "preceding") t.which = TimeExpr::Which::kPrevious;
    // ("the Arab Spring", "spring into action"; "through the winter", "by the summer": a span
    // or a deadline, not a time something happened)
    else if (!(before == "in" || before == "during" || before == "over" || before == "since" ||
               (before == "the" && (second == "in" || second == "during" || second == "over" || second == "since"))))
      return 0;
    // ("fall" is a season only with its year or a word that counts it)
    if (sn.name[0] == 'f' && !t.year && t.which == TimeExpr::Which::kBare) return 0;
    if (t.which != TimeExpr::Which::kBare) {
      size_t b = at;
      while (b > begin && s[b - 1] == ' ') --b;
      t.begin = static_cast<int>(b - before.size());
    }
    t.end = static_cast<int>(j);
    out->push_back(t);
    return j;
  }
  return 0;
}

void FindEnglish(std::u32string_view s, size_t begin, size_t end, std::vector<TimeExpr>* out) {
  size_t i = begin;
  while (i < end) {
    if (i > begin && IsAsciiAlnum(s[i - 1])) { ++i; continue; }
    bool matched = false;
    if (s[i] == 'n' || s[i] == 'c')
      for (const NamedDay& d : kNamedDays) {
        if (!WordAt(s, i, end, d.name)) continue;
        TimeExpr t;
        t.begin = static_cast<int>(i);
        t.month = d.month;
        t.day = d.day;
        i = PushDayOfMonth(s, i + std::strlen(d.name), end, t, out);
        matched = true;
        break;
      }
    if (matched) continue;
    // "in the summer of 2023", "last winter", "the following spring"
    if (const size_t after = PushSeason(s, begin, end, i, out)) {
      i = after;
      continue;
    }
    // "January 7, 2026", "Jan. 7", "July 2025", "in July"
    // month names start with one of these letters; most words are skipped at once
    const bool month_letter = std::u32string_view(U"jfmasond").find(s[i]) != std::u32string_view::npos;
    for (const auto& m : kMonths) {
      if (!month_letter) break;
      if (static_cast<char32_t>(m.name[0]) != s[i] || !WordAt(s, i, end, m.name)) continue;
      size_t j = i + std::strlen(m.name);
      if (j < end && s[j] == '.') ++j;
      size_t k = j;
      while (k < end && s[k] == ' ') ++k;
      int day = 0, year = 0, dd = 0, v = 0;
      size_t l = ReadNumber(s, k, end, &v, &dd);
      TimeExpr t;
      t.begin = static_cast<int>(i);
      t.month = m.value;
      if (l > 0 && dd <= 2 && v >= 1 && v <= 31 && (k + l >= end || !IsAsciiAlnum(s[k + l]) || s[k + l] == 's' || s[k + l] == 't' || s[k + l] == 'n' || s[k + l] == 'r')) {
        day = v;
        j = k + l;
        while (j < end && IsAsciiAlnum(s[j])) ++j;  // 7th, 1st
        size_t y = j;
        if (y < end && s[y] == ',') ++y;
        while (y < end && s[y] == ' ') ++y;
        int yv = 0, yd = 0;
        size_t yl = ReadNumber(s, y, end, &yv, &yd);
        if (yl > 0 && yd == 4) { year = yv; j = y + yl; }
      } else if (l > 0 && dd == 4) {
        year = v;
        j = k + l;
      } else {
        std::string prev = PrevWord(s, begin, i);
        bool ok = prev == "in" || prev == "since" || prev == "until" || prev == "by" || prev == "during" ||
                  prev == "early" || prev == "late" || prev == "mid" || prev == "last" || prev == "this" ||
                  prev == "of" || prev == "from" || prev == "through" || prev == "next" ||
                  (prev == "that" && m.value != 5 && m.value != 3) ||  // ("said that May would…")
                  // "a September deal", "the October summit": a month naming a thing's time
                  ((prev == "a" || prev == "the") && m.value != 5 && m.value != 3 && j + 1 < end && s[j] == ' ' &&
                   s[j + 1] >= 'a' && s[j + 1] <= 'z');
        if (!ok || m.value == 5 || m.value == 3) {
          if (!ok) continue;  // "may", "march" as words
        }
      }
      t.day = day;
      t.year = year;
      t.kind = year ? TimeExpr::Kind::kAbsolute : (day ? TimeExpr::Kind::kMonthDay : TimeExpr::Kind::kMonth);
      if (year && !day) t.kind = TimeExpr::Kind::kAbsolute;
      // "last October", "next March": the latest one before the publication month, the first
      // one after it
      if (!year && !day) {
        const std::string before = PrevWord(s, begin, i);
        if (before == "last" || before == "next") {
          t.strictly_before = before == "last";
          t.week_offset = before == "next" ? 1 : 0;
          t.begin = static_cast<int>(i) - static_cast<int>(before.size()) - 1;
        } else if (before == "that") {  // "that November": the month of the year being told
          t.week_offset = -1;
          t.begin = static_cast<int>(i) - 5;
        }
      }
      t.end = static_cast<int>(j);
      out->push_back(t);
      i = j;
      matched = true;
      break;
    }
    if (matched) continue;
    // "7 January 2026"
    int v = 0, dd = 0;
    size_t l = ReadNumber(s, i, end, &v, &dd);
    if (l > 0) {
      size_t j = i + l;
      if (dd <= 2 && v >= 1 && v <= 31 && j < end && s[j] == ' ') {
        size_t k = j + 1;
        for (const auto& m : kMonths) {
          if (!WordAt(s, k, end, m.name) || std::strlen(m.name) < 3) continue;
          TimeExpr t;
          t.begin = static_cast<int>(i);
          t.day = v;
          t.month = m.value;
          i = PushDayOfMonth(s, k + std::strlen(m.name), end, t, out);
          matched = true;
          break;
        }
        if (matched) continue;
      }
      // a bare year after a preposition: "in 1999", "since 2022"
      if (dd == 4 && v >= 1900 && v <= 2200 && (j >= end || !IsAsciiAlnum(s[j]))) {
        std::string prev = PrevWord(s, begin, i);
        if (prev == "in" || prev == "since" || prev == "during" || prev == "until" || prev == "by" ||
            prev == "early" || prev == "late" || prev == "of" || prev == "from" || prev == "mid" ||
            prev == "between" || prev == "throughout" ||  // ("between 2016 and 2019": the first year)
            (prev == "the" && YearNamesRelative(s, j, end))) {
          TimeExpr t;
          t.begin = static_cast<int>(i);
          t.end = static_cast<int>(j);
          t.year = v;
          t.kind = TimeExpr::Kind::kAbsolute;
          out->push_back(t);
        } else if (YearBeforeNoun(s, begin, i, j, end)) {
          TimeExpr t;
          t.begin = static_cast<int>(i);
          t.end = static_cast<int>(j);
          t.year = v;
          t.kind = TimeExpr::Kind::kAbsolute;
          t.attributive = true;
          out->push_back(t);
        }
      }
      i = j;
      continue;
    }
    // weekdays: "on Tuesday", "last Tuesday"
    for (const auto& w : kWeekdays) {
      if (static_cast<char32_t>(w.name[0]) != s[i] || !WordAt(s, i, end, w.name)) continue;
      // "Friday's earthquake" dates the earthquake, not the sentence's act
      const size_t after = i + std::strlen(w.name);
      if (after + 1 < end && s[after] == '\'' && s[after + 1] == 's') break;
      TimeExpr t;
      t.kind = TimeExpr::Kind::kWeekday;
      t.begin = static_cast<int>(i);
      t.end = static_cast<int>(i + std::strlen(w.name));
      t.weekday = w.value;
      t.strictly_before = PrevWord(s, begin, i) == "last";
      out->push_back(t);
      i = static_cast<size_t>(t.end);
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
}

// Narrows [from, to] to its first, middle or last quarter.
void Narrow(Marker m, long* from, long* to) {
  long q = (*to - *from) / 4;
  if (m == Marker::kEarly) *to = *from + q;
  else if (m == Marker::kLate) *from = *to - q;
  else if (m == Marker::kMid) { *from += q + q / 2; *to = *from + q; }
}

// What "that year", "that November" and "that winter" refer to: the year last named, else the
// previous date's.
const Date& LastNamed(const TimeContext& ctx) { return ctx.last_named.known() ? ctx.last_named : ctx.prev; }

// ("in April of that year"): the month and day a year word was told with, in `year`; `whole`
// when it came alone.
Date MonthOfYear(const TimeExpr& t, int year, const Date& whole) {
  if (t.month && t.day && t.day <= DaysInMonth(year, t.month)) return Date{year, t.month, t.day, DatePrecision::kDay};
  if (t.month) return MonthDate(year, t.month);
  return whole;
}

}  // namespace

void FindTimes(const Lexicon& lex, std::u32string_view norm, int begin, int end, Lang lang,
               const std::vector<Token>& tokens, long publication_day, std::vector<TimeExpr>* out) {
  size_t first = out->size();
  if (lang == Lang::kZh) FindChinese(norm, begin, end, out);
  else FindEnglish(norm, begin, end, out);

  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& tok = tokens[k];
    if (tok.begin < begin || tok.end > end) continue;
    if (const Item* it = FindItem(lex, tok, lang, ItemKind::kTimeWord)) {
      // ("then-president", "the now-defunct": part of a compound word, not a time)
      if (lang == Lang::kEn && ((tok.end < static_cast<int>(norm.size()) && norm[tok.end] == '-') ||
                                (tok.begin > 0 && norm[tok.begin - 1] == '-')))
        continue;
      // ("paused them for a month after…": a length of time, not a time)
      if (lang == Lang::kEn && PrevWord(norm, begin, tok.begin) == "for") continue;
      // ("blamed for last month's massacre": a possessive time dates its noun, not an act; "today's
      // talks" are the story's own)
      if (lang == Lang::kEn && tok.end + 1 < static_cast<int>(norm.size()) && norm[tok.end] == '\'' &&
          norm[tok.end + 1] == 's' && lex.time_words()[it->index].kind != TimeWord::Kind::kPubDay)
        continue;
      TimeExpr t;
      t.kind = TimeExpr::Kind::kWord;
      t.begin = tok.begin;
      t.end = tok.end;
      t.word = &lex.time_words()[it->index];
      out->push_back(t);
      continue;
    }
    if (const Item* it = FindItem(lex, tok, lang, ItemKind::kPeriod)) {
      const Period& p = lex.periods()[it->index];
      TimeExpr t;
      t.kind = TimeExpr::Kind::kPeriod;
      t.begin = tok.begin;
      t.end = tok.end;
      t.period_from = p.from;
      t.period_to = p.to == LONG_MAX ? (publication_day ? publication_day : p.from) : p.to;
      t.period_name = p.name + " (" + p.where + ")";
      // 冷战初期 / "early in the Cold War"
      if (k + 1 < tokens.size() && tokens[k + 1].begin <= tok.end + 1) {
        for (Marker m : {Marker::kEarly, Marker::kMid, Marker::kLate})
          if (HasItem(lex, tokens[k + 1], lang, ItemKind::kMarker, m)) {
            Narrow(m, &t.period_from, &t.period_to);
            t.end = tokens[k + 1].end;
          }
      }
      bool modified = t.end != tok.end;
      if (k > 0 && lang == Lang::kEn && tokens[k - 1].end + 1 >= tok.begin) {
        for (Marker m : {Marker::kEarly, Marker::kMid, Marker::kLate})
          if (HasItem(lex, tokens[k - 1], lang, ItemKind::kMarker, m)) {
            Narrow(m, &t.period_from, &t.period_to);
            t.begin = tokens[k - 1].begin;
            modified = true;
          }
      }
      // English names a period as a time after a preposition of time ("during the Cold War");
      // "the origins of the COVID-19 pandemic" names it as a thing.
      if (lang == Lang::kEn && !modified) {
        // (past "the", a year or an ordinal: "after the 1991 Gulf War", "during the second
        // Trump administration")
        size_t at = tok.begin;
        std::string prev = PrevWord(norm, begin, at);
        for (int skip = 0; skip < 2; ++skip) {
          const bool number = !prev.empty() && prev[0] >= '0' && prev[0] <= '9';
          if (prev != "the" && !number && prev != "first" && prev != "second" && prev != "third") break;
          while (at > static_cast<size_t>(begin) && norm[at - 1] == ' ') --at;
          at -= prev.size();
          prev = PrevWord(norm, begin, at);
        }
        static const char* const kTimePreps[] = {"during", "in", "at", "throughout", "amid", "before", "after",
                                                 "until", "following", "since", "under", "through", "by"};
        bool temporal = false;
        for (const char* w : kTimePreps) temporal |= prev == w;
        if (!temporal) continue;
      }
      out->push_back(t);
      continue;
    }
    // An administration: a person in office followed by 政府/administration, with 初期/后期.
    const Item* actor = FindItem(lex, tok, lang, ItemKind::kActor);
    if (!actor || !lex.actors()[actor->index].person) continue;
    if (k + 1 >= tokens.size() || tokens[k + 1].begin > tok.end + 1 ||
        !HasItem(lex, tokens[k + 1], lang, ItemKind::kMarker, Marker::kAdmin))
      continue;
    // Only as a time when used as one: 在…政府(后期) / during, or with a period modifier.
    Marker modifier = Marker::kCount;
    int t_end = tokens[k + 1].end, t_begin = tok.begin;
    if (k + 2 < tokens.size() && tokens[k + 2].begin <= tokens[k + 1].end + 1)
      for (Marker m : {Marker::kEarly, Marker::kMid, Marker::kLate})
        if (HasItem(lex, tokens[k + 2], lang, ItemKind::kMarker, m)) { modifier = m; t_end = tokens[k + 2].end; }
    if (lang == Lang::kEn && k > 0 && tokens[k - 1].end + 1 >= tok.begin)
      for (Marker m : {Marker::kEarly, Marker::kMid, Marker::kLate})
        if (HasItem(lex, tokens[k - 1], lang, ItemKind::kMarker, m)) { modifier = m; t_begin = tokens[k - 1].begin; }
    bool preceded_by_zai = tok.begin > begin && (norm[tok.begin - 1] == U'在' || norm[tok.begin - 1] == U'于');
    // ("during the Biden administration", "under the Trump administration"; not "calling on
    // the Biden administration to …", where it is an actor)
    bool during = false;
    if (lang == Lang::kEn) {
      std::string w = PrevWord(norm, begin, tok.begin);
      if (w == "the") {
        size_t at = tok.begin;
        while (at > static_cast<size_t>(begin) && norm[at - 1] == ' ') --at;
        w = PrevWord(norm, begin, at - 3);
      }
      for (const char* p : {"during", "under", "in", "throughout", "since", "until", "before", "after", "late", "early"})
        during |= w == p;
    }
    bool followed_by_time = t_end < end && (norm[t_end] == U'时' || norm[t_end] == U'期' || norm[t_end] == U'后' ||
                                            norm[t_end] == U'任');
    if (modifier == Marker::kCount && !preceded_by_zai && !followed_by_time && !(during && lang == Lang::kEn)) continue;
    // The person's term that is current at publication, or else their latest.
    const ActorEntry* best = nullptr;
    for (const Item& it : lex.Items(tok.list)) {
      if (it.kind != ItemKind::kActor || it.lang != lang) continue;
      const ActorEntry& e = lex.actors()[it.index];
      if (!e.head) continue;
      if (publication_day && e.from > publication_day) continue;
      if (!best || e.from > best->from) best = &e;
    }
    if (!best) continue;
    TimeExpr t;
    t.kind = TimeExpr::Kind::kPeriod;
    t.begin = t_begin;
    t.end = t_end;
    t.period_from = best->from;
    t.period_to = best->to == LONG_MAX ? (publication_day ? publication_day : best->from) : best->to;
    if (modifier != Marker::kCount) Narrow(modifier, &t.period_from, &t.period_to);
    t.period_name = best->name + " administration (" + best->where + ")";
    out->push_back(t);
  }
  // "pledged last month to", "offered on Monday to": a marker read with an adverbial inside
  // it is one token (the lexicon adds such variants to markers only), so the time words within
  // it are looked up word by word.
  if (lang == Lang::kEn)
    for (const Token& tok : tokens) {
      if (tok.begin < begin || tok.end > end || !FindItem(lex, tok, lang, ItemKind::kMarker) ||
          FindItem(lex, tok, lang, ItemKind::kTimeWord))
        continue;
      for (int w = tok.begin + 1; w < tok.end; ++w) {
        if (norm[w - 1] != U' ') continue;
        lex.trie().ForEachPrefix(norm, static_cast<size_t>(w), [&](size_t len, uint32_t value) {
          const int e = w + static_cast<int>(len);
          if (e >= tok.end || norm[e] != U' ') return;
          const Item* it = FindItem(lex, Token{w, e, value}, lang, ItemKind::kTimeWord);
          if (!it) return;
          TimeExpr t;
          t.kind = TimeExpr::Kind::kWord;
          t.begin = w;
          t.end = e;
          t.word = &lex.time_words()[it->index];
          out->push_back(t);
        });
      }
    }
  // Merge 去年 + 10月 and similar: a year word directly followed by a month expression.
  std::sort(out->begin() + static_cast<long>(first), out->end(),
            [](const TimeExpr& a, const TimeExpr& b) { return a.begin < b.begin; });
  for (size_t k = first; k + 1 < out->size();) {
    TimeExpr& a = (*out)[k];
    TimeExpr& b = (*out)[k + 1];
    bool adjacent = b.begin <= a.end + 1;
    if (adjacent && a.kind == TimeExpr::Kind::kWord && a.word->kind == TimeWord::Kind::kPubYear &&
        (b.kind == TimeExpr::Kind::kMonth || b.kind == TimeExpr::Kind::kMonthDay)) {
      a.month = b.month;
      a.day = b.day;
      a.end = b.end;
      out->erase(out->begin() + static_cast<long>(k) + 1);
      continue;
    }
    // ("September last year", "March of this year": the month before the year word)
    const bool of_gap = b.begin == a.end + 4 && norm.substr(a.end, 4) == U" of ";
    if ((adjacent || of_gap) && b.kind == TimeExpr::Kind::kWord &&
        (b.word->kind == TimeWord::Kind::kPubYear || b.word->kind == TimeWord::Kind::kPrevSame ||
         (b.word->kind == TimeWord::Kind::kPrevYear && b.word->offset == 0)) &&
        (a.kind == TimeExpr::Kind::kMonth || a.kind == TimeExpr::Kind::kMonthDay) && a.year == 0) {
      b.month = a.month;
      b.day = a.day;
      b.begin = a.begin;
      out->erase(out->begin() + static_cast<long>(k));
      continue;
    }
    // ("earlier in May", "most recently in August": the date told after the vague word is the
    // act's)
    if (a.kind == TimeExpr::Kind::kWord && b.kind != TimeExpr::Kind::kWord &&
        (a.word->kind == TimeWord::Kind::kPrevBefore || a.word->kind == TimeWord::Kind::kPubRecent) &&
        (b.begin == a.end + 4 && (norm.substr(a.end, 4) == U" in " || norm.substr(a.end, 4) == U" on "))) {
      out->erase(out->begin() + static_cast<long>(k));
      continue;
    }
    if (adjacent && a.kind == TimeExpr::Kind::kWord && a.word->kind == TimeWord::Kind::kPubWeek &&
        b.kind == TimeExpr::Kind::kWeekday) {
      b.week_offset = a.word->offset;
      b.begin = a.begin;
      out->erase(out->begin() + static_cast<long>(k));
      continue;
    }
    // A range (12日至13日, 5月10日到11日, Jan. 7-9): the event starts at its first date.
    if (b.begin > a.end && b.begin - a.end <= 2 && a.kind != TimeExpr::Kind::kWord && b.kind != TimeExpr::Kind::kWord) {
      std::u32string_view gap = norm.substr(a.end, b.begin - a.end);
      if (gap == U"至" || gap == U"到" || gap == U"-" || gap == U"~" || gap == U" to ") {
        a.end = b.end;
        out->erase(out->begin() + static_cast<long>(k) + 1);
        continue;
      }
    }
    // 当地时间 / overlapping: keep the first
    if (b.begin < a.end) {
      out->erase(out->begin() + static_cast<long>(k) + 1);
      continue;
    }
    ++k;
  }
}

Date ResolveTime(const TimeExpr& t, const TimeContext& ctx, std::string* reason) {
  const Date& pub = ctx.pub;
  const Date& prev = ctx.prev;
  auto near_pub_year = [&](int month, int day) {
    // A date without a year is the latest such date not far after publication: news
    // reports the past more than the future.
    int y = pub.year;
    long p = FirstDay(pub);
    long cand = DayNumber(y, month, day ? std::min(day, DaysInMonth(y, month)) : 1);
    if (cand > p + 31) --y;
    return y;
  };
  switch (t.kind) {
    case TimeExpr::Kind::kAbsolute: {
      if (reason) *reason = "explicit date";
      if (t.day) return Date{t.year, t.month, t.day, DatePrecision::kDay};
      if (t.month) return MonthDate(t.year, t.month);
      return YearDate(t.year);
    }
    case TimeExpr::Kind::kDay: {
      // The month of the paragraph's previous date, else the publication month (or the one
      // before, when the day has not come yet: news reports the past).
      int year, month;
      if (ctx.prev_in_paragraph && prev.known() && prev.precision != DatePrecision::kYear) {
        year = prev.year;
        month = prev.month;
        if (reason) *reason = "month from previous date " + prev.ToString();
      } else if (pub.known()) {
        year = pub.year;
        month = pub.month;
        if (t.day > pub.day + 1 && --month == 0) {
          month = 12;
          --year;
        }
        if (reason) *reason = "month from publication date " + pub.ToString();
      } else {
        if (reason) *reason = "no month known";
        return Date{};
      }
      if (t.day > DaysInMonth(year, month)) return Date{};
      return Date{year, month, t.day, DatePrecision::kDay};
    }
    case TimeExpr::Kind::kMonthDay:
    case TimeExpr::Kind::kMonth: {
      int year;
      if (t.kind == TimeExpr::Kind::kMonth && (t.strictly_before || t.week_offset == 1) && pub.known()) {
        year = pub.year;
        // ("last October" in November: writers say "last month" for the month just gone, so
        // "last" + a month of the last quarter is the year before's)
        if (t.strictly_before && (t.month >= pub.month || pub.month - t.month <= 2)) --year;
        if (t.week_offset == 1 && t.month <= pub.month) ++year;
        if (reason) *reason = std::string(t.strictly_before ? "the last" : "the next") + " such month from publication date " + pub.ToString();
        return MonthDate(year, t.month);
      }
      // ("took office in May last year. He met Xi … that November": the year last told, even in
      // a clause that dates nothing, like "that year")
      if (t.kind == TimeExpr::Kind::kMonth && t.week_offset == -1 && LastNamed(ctx).known()) {
        const Date& told = LastNamed(ctx);
        if (reason) *reason = "that month, in the year of the date last told " + told.ToString();
        return MonthDate(told.year, t.month);
      }
      if (ctx.prev_in_paragraph && prev.known() && (!ctx.english || ctx.prev_in_sentence || !pub.known())) {
        year = prev.year;
        // A timeline runs forward: 2025年12月…，1月3日… is the January after, when that is not
        // after publication.
        if (prev.precision != DatePrecision::kYear && t.month < prev.month &&
            (!pub.known() || DayNumber(year + 1, t.month, 1) <= FirstDay(pub)))
          ++year;
        if (reason) *reason = "year from previous date " + prev.ToString();
      } else if (pub.known()) {
        year = near_pub_year(t.month, t.day);
        // ("In May, the ministers met", told in April: a month not yet come, in a clause that does
        // not look ahead, is last year's)
        if (ctx.english && !ctx.future && !t.day && year == pub.year && t.month > pub.month) --year;
        // "will visit in March", told in December: the coming March
        if (ctx.future &&
            DayNumber(year, t.month, t.day ? std::min(t.day, DaysInMonth(year, t.month)) : DaysInMonth(year, t.month)) <
                FirstDay(pub))
          ++year;
        if (reason) *reason = "year from publication date " + pub.ToString();
      } else if (prev.known()) {
        year = prev.year;
        if (reason) *reason = "year from previous date " + prev.ToString();
      } else {
        if (reason) *reason = "no year known";
        return Date{};
      }
      if (t.day) {
        if (t.day > DaysInMonth(year, t.month)) return Date{};
        return Date{year, t.month, t.day, DatePrecision::kDay};
      }
      return MonthDate(year, t.month);
    }
    case TimeExpr::Kind::kWeekday: {
      if (!pub.known()) { if (reason) *reason = "weekday without publication date"; return Date{}; }
      long p = FirstDay(pub);
      int wd = Weekday(pub.year, pub.month, pub.day);
      long day;
      if (t.week_offset < 0) {
        long monday = p - wd;  // this week's Monday
        day = monday + 7L * t.week_offset + t.weekday;
      } else {
        day = p - ((wd - t.weekday + 7) % 7);  // most recent such weekday, today included
        if (t.strictly_before && day == p) day -= 7;
        if (ctx.future && !t.strictly_before && day < p) day += 7;  // the coming one
      }
      if (reason) *reason = "weekday relative to publication date " + pub.ToString();
      return DayDate(day);
    }
    case TimeExpr::Kind::kPeriod: {
      Date from = DayDate(t.period_from), to = DayDate(t.period_to);
      if (reason) *reason = "period " + t.period_name + " " + from.ToString() + ".." + to.ToString();
      Date mid = DayDate((t.period_from + t.period_to) / 2);
      if (t.period_from == t.period_to) return from;  // the day of an act already told
      if (from.year == to.year && from.month == to.month) return MonthDate(from.year, from.month);
      return YearDate(mid.year);
    }
    case TimeExpr::Kind::kSeason: {
      // A season is told to its year: winter's is the year of its January. Instance `y` runs
      // from its first month (December of y-1 for winter) to its third.
      auto first_day = [&](int y) { return t.month == 12 ? DayNumber(y - 1, 12, 1) : DayNumber(y, t.month, 1); };
      auto last_day = [&](int y) {
        return t.month == 12 ? DayNumber(y, 2, DaysInMonth(y, 2)) : DayNumber(y, t.month + 2, DaysInMonth(y, t.month + 2));
      };
      if (t.year) {
        if (reason) *reason = "a season of an explicit year";
        return YearDate(t.year);
      }
      const Date& named = LastNamed(ctx);
      int y = 0;
      switch (t.which) {
        case TimeExpr::Which::kLast:
        case TimeExpr::Which::kThis:
        case TimeExpr::Which::kNext: {
          if (!pub.known()) { if (reason) *reason = "relative to an unknown publication date"; return Date{}; }
          const long p = FirstDay(pub);
          y = pub.year + (t.month == 12 && pub.month == 12 ? 1 : 0);
          if (t.which == TimeExpr::Which::kLast && last_day(y) >= p) --y;
          if (t.which == TimeExpr::Which::kNext && first_day(y) <= p) ++y;
          if (reason) *reason = "a season counted from publication date " + pub.ToString();
          break;
        }
        case TimeExpr::Which::kFollowing:
        case TimeExpr::Which::kPrevious: {
          const Date& from = prev.known() ? prev : pub;
          if (!from.known()) { if (reason) *reason = "relative to an unknown date"; return Date{}; }
          y = from.year;
          if (t.which == TimeExpr::Which::kFollowing) {
            if (from.precision == DatePrecision::kYear || first_day(y) <= LastDay(from)) ++y;
          } else if (from.precision == DatePrecision::kYear || last_day(y) >= FirstDay(from)) {
            --y;
          }
          if (reason) *reason = "a season counted from " + std::string(prev.known() ? "previous date " : "publication date ") + from.ToString();
          break;
        }
        case TimeExpr::Which::kThat:
        case TimeExpr::Which::kBare:
          if ((t.which == TimeExpr::Which::kThat || ctx.prev_in_paragraph) && named.known()) {
            y = named.year;
            if (reason) *reason = "a season in the year last told, " + std::to_string(y);
          } else if (pub.known()) {
            // (the latest one begun by publication: news reports the past; what will be done, the
            // first one not over)
            y = pub.year + (t.month == 12 && pub.month == 12 ? 1 : 0);
            if (!ctx.future && first_day(y) > FirstDay(pub)) --y;
            if (ctx.future && last_day(y) < FirstDay(pub)) ++y;
            if (reason) *reason = "the latest such season by publication date " + pub.ToString();
          } else {
            if (reason) *reason = "no year known";
            return Date{};
          }
          break;
      }
      return YearDate(y);
    }
    case TimeExpr::Kind::kWord: break;
  }
  const TimeWord& w = *t.word;
  const bool from_pub = w.kind == TimeWord::Kind::kPubDay || w.kind == TimeWord::Kind::kPubWeek ||
                        w.kind == TimeWord::Kind::kPubWeekend ||
                        w.kind == TimeWord::Kind::kPubMonth || w.kind == TimeWord::Kind::kPubYear ||
                        w.kind == TimeWord::Kind::kPubRecent;
  if (from_pub && !pub.known()) { if (reason) *reason = "relative to an unknown publication date"; return Date{}; }
  const std::string rule = reason ? " (" + w.where + ")" : std::string();
  // (a count back told as the opening of a sentence counts forward: see TimeContext)
  const bool forward = ctx.count_forward && w.offset < 0 && prev.known() &&
                       (w.kind == TimeWord::Kind::kPrevDay || w.kind == TimeWord::Kind::kPrevMonth ||
                        w.kind == TimeWord::Kind::kPrevYear);
  const int offset = forward ? -w.offset : w.offset;
  if (forward && reason) *reason = "counted forward from previous date " + prev.ToString() + " (opening the sentence)";
  switch (w.kind) {
    case TimeWord::Kind::kPubDay:
      if (reason) *reason = "relative to publication date " + pub.ToString() + rule;
      return DayDate(FirstDay(pub) + w.offset);
    case TimeWord::Kind::kPubWeek: {
      long monday = FirstDay(pub) - Weekday(pub.year, pub.month, pub.day) + 7L * w.offset;
      Date a = DayDate(monday), b = DayDate(monday + 6);
      if (reason) *reason = "week " + a.ToString() + ".." + b.ToString() + " relative to publication" + rule;
      // (a week across two months is told by the month of most of its days: a day would be a guess)
      const Date mid = DayDate(monday + 3);
      return a.month == b.month ? MonthDate(a.year, a.month) : MonthDate(mid.year, mid.month);
    }
    case TimeWord::Kind::kPubWeekend: {
      // the Saturday of the latest weekend: the publication day itself on a Saturday; with
      // offset -1 ("last weekend") the latest weekend over before the publication day
      long saturday = FirstDay(pub) - (Weekday(pub.year, pub.month, pub.day) + 2) % 7;
      if (w.offset < 0 && FirstDay(pub) - saturday <= 1) saturday -= 7;
      if (reason) *reason = "the weekend before publication date " + pub.ToString() + rule;
      return DayDate(saturday);
    }
    case TimeWord::Kind::kPubMonth: {
      int m = pub.month + w.offset, y = pub.year;
      while (m < 1) { m += 12; --y; }
      while (m > 12) { m -= 12; ++y; }
      if (reason) *reason = "month relative to publication date " + pub.ToString() + rule;
      return MonthDate(y, m);
    }
    case TimeWord::Kind::kPubYear: {
      int y = pub.year + w.offset;
      if (reason) *reason = "year relative to publication date " + pub.ToString() + rule;
      if (t.month && t.day && t.day <= DaysInMonth(y, t.month)) return Date{y, t.month, t.day, DatePrecision::kDay};
      if (t.month) return MonthDate(y, t.month);
      return YearDate(y);
    }
    case TimeWord::Kind::kPubRecent:
      if (reason) *reason = "recent: the month of publication " + pub.ToString() + rule;
      return MonthDate(pub.year, pub.month);
    case TimeWord::Kind::kPrevDay:
      if (!prev.known()) {
        if (!pub.known()) { if (reason) *reason = "no previous date"; return Date{}; }
        if (reason) *reason = "no previous date: publication date" + rule;
        return pub;
      }
      if (reason && !forward) *reason = "relative to previous date " + prev.ToString() + rule;
      if (prev.precision == DatePrecision::kDay) return DayDate(FirstDay(prev) + offset);
      return prev;
    case TimeWord::Kind::kPrevMonth: {
      // ("three months later": the month that many after the previous date's)
      if (!prev.known()) { if (reason) *reason = "months from an unknown date"; return Date{}; }
      if (reason && !forward) *reason = "months from previous date " + prev.ToString() + rule;
      if (prev.precision == DatePrecision::kYear) return YearDate(prev.year + (offset >= 12 ? offset / 12 : 0));
      const int m0 = prev.year * 12 + (prev.month - 1) + offset;
      return MonthDate(m0 / 12, m0 % 12 + 1);
    }
    case TimeWord::Kind::kPrevYear:
      if (offset == 0 && LastNamed(ctx).known()) {
        const int year = LastNamed(ctx).year;
        if (reason) *reason = "the year last told, " + std::to_string(year) + rule;
        return MonthOfYear(t, year, YearDate(year));
      }
      if (!prev.known()) { if (reason) *reason = "years from an unknown date"; return Date{}; }
      if (reason && !forward) *reason = "years from previous date " + prev.ToString() + rule;
      return YearDate(prev.year + offset);
    case TimeWord::Kind::kPrevSame:
      if (!prev.known()) { if (reason) *reason = "no previous date"; return pub; }
      if (reason) *reason = "same as previous date " + prev.ToString() + rule;
      return MonthOfYear(t, prev.year, prev);
    case TimeWord::Kind::kPrevBefore:
      if (!prev.known()) { if (reason) *reason = "before an unknown date"; return Date{}; }
      if (reason) *reason = "before previous date " + prev.ToString() + rule;
      if (prev.precision == DatePrecision::kDay) return MonthDate(prev.year, prev.month);
      return prev;
    case TimeWord::Kind::kPrevAfter:
      if (!prev.known()) { if (reason) *reason = "after an unknown date"; return Date{}; }
      if (reason) *reason = "the days after previous date " + prev.ToString() + rule;
      if (prev.precision == DatePrecision::kDay) return MonthDate(prev.year, prev.month);
      return prev;
  }
  return Date{};
}

}  // namespace detente
