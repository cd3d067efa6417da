// A coded event: who did what to whom, when, with the evidence that produced it.
//
//   for (const detente::Event& e : events)
//     std::cout << e.source.code << " " << e.code << " " << e.target.code << " "
//               << e.date.ToString() << "\n";   // USAGOV 041 COLGOV 2026-01-07
#ifndef DETENTE_EVENT_H_
#define DETENTE_EVENT_H_

#include <string>
#include <vector>

namespace detente {

enum class DatePrecision { kNone = 0, kYear, kMonth, kDay };

// A calendar date known to day, month or year precision (fields below the precision are 0).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  DatePrecision precision = DatePrecision::kNone;

  bool known() const { return precision != DatePrecision::kNone; }
  // "2026-01-07", "2025-07", "1999" or "" when unknown.
  std::string ToString() const;
  // First and last day covered, as ISO strings ("2025-07-01", "2025-07-31").
  std::string First() const;
  std::string Last() const;
  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (validating month and day); false on anything else.
  static bool Parse(const std::string& text, Date* out);
};

const char* PrecisionName(DatePrecision p);  // "day", "month", "year", "none"

enum class Mood { kAsserted = 0, kNegated, kHypothetical };
const char* MoodName(Mood m);  // "asserted", "negated", "hypothetical"

struct Actor {
  std::string code;     // CAMEO actor code: "USAGOV"
  std::string country;  // first three letters when they name a state: "USA"; "" otherwise
  std::string text;     // surface text in the original document: "特朗普"
  std::string entry;    // dictionary entries that produced it: "actors/leaders.tsv:812"
};

struct Event {
  std::string doc;   // document id
  std::string id;    // "doc#n", unique within the document
  Date date;
  std::string date_source;  // "text", "previous", "publication", "inferred"
  std::string date_reason;  // human-readable: "去年10月 relative to publication 2026-01-08"
  Actor source;
  Actor target;
  std::string code;  // CAMEO event code, "041"
  std::string root;  // "04"
  int quad = 0;      // GDELT 2.0 QuadClass 1..4
  double goldstein = 0.0;
  Mood mood = Mood::kAsserted;
  // A reciprocal act (a call, a meeting, an agreement between A and B) is one event whose
  // direction is a convention; analyses count it for both directions.
  bool symmetric = false;
  int sentence = 0;                 // sentence index in the document
  int span_begin = 0, span_end = 0;  // trigger span, code points of the original text
  std::string evidence;             // the sentence, as written
  std::string rule;                 // pattern that fired: "patterns/zh/16.tsv:23"
  std::string trigger;              // surface text of the trigger
  // How likely the event is right, 0..1: a model learned from hand-coded articles over what
  // produced it (data/model/confidence.tsv; README, "Confidence"); -1 when not scored (events
  // imported from GDELT, or stored before the model existed).
  double confidence = -1.0;
};

}  // namespace detente

#endif  // DETENTE_EVENT_H_
