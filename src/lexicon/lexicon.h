// The lexicon: every dictionary in data/, validated and compiled into one trie, so that a
// single walk from each text position finds actors, role nouns, pattern triggers, function
// words and time words at once.
#ifndef DETENTE_LEXICON_LEXICON_H_
#define DETENTE_LEXICON_LEXICON_H_

#include <climits>
#include <memory>
#include <span>
#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "detente/status.h"
#include "events/cameo.h"
#include "events/confidence.h"
#include "lexicon/inflect.h"
#include "lexicon/trie.h"
#include "text/normalize.h"
#include "text/segment.h"

namespace detente {

enum class Marker : uint8_t {
  kAdmin, kBlock, kBoth, kCoord, kEarly, kFixed, kHypo, kIntent, kLate, kLoc, kMid, kMutual, kNeg,
  kObjectPronoun, kPassive, kPersonPronoun, kPossible, kPrep, kQuestion, kRelation, kSpeech,
  kSuffixCvl, kSuffixGov, kSuffixMil, kTargetPrep, kThreat, kTopic, kHost, kPurpose, kTopicEnd, kSubordinate, kHabitual, kLightVerb, kEncounter, kCall, kRefusal, kAlso, kDisapproval, kAccusation, kCooperate, kImposeAgain, kLiftAgain, kMenace, kCount
};
const char* MarkerName(Marker m);
static_assert(static_cast<int>(Marker::kCount) <= 56, "markers and item kinds share a 64-bit mask");

struct ActorEntry {
  std::string code;     // "USAGOV"
  std::string country;  // "USA"; "" for organisations and bare roles
  long from = LONG_MIN;  // day numbers, inclusive
  long to = LONG_MAX;
  bool person = false;
  // Heads a government or state (President, Prime Minister…): 拜登政府 is a term of this office.
  bool head = false;
  // 驻美: the country a mission is posted in, neither the speaker's nor a composing country.
  bool host = false;
  // 美方, 巴方: the one character this entry abbreviates (0 for full names); 巴 is Pakistan
  // by default but Brazil after 巴西 has been named.
  char32_t abbreviation = 0;
  std::string name;   // first listed name, for explanations
  std::string office;
  std::string where;  // "actors/leaders.tsv:812"
};

struct RoleEntry {
  std::string role;  // "GOV"
  std::string where;
};

struct DyadEntry {
  std::string a, b;  // actor codes
  std::string where;
};

struct TimeWord {
  enum class Kind {
    kPubDay, kPubWeek, kPubWeekend, kPubMonth, kPubYear, kPubRecent, kPrevDay, kPrevMonth, kPrevYear, kPrevSame,
    kPrevBefore, kPrevAfter
  };
  Kind kind;
  int offset = 0;
  std::string where;
};

struct Period {
  long from = 0, to = LONG_MAX;
  std::string name;
  std::string where;
};

// A 512-bit summary of the words (English) or characters and character pairs (Chinese) of a
// sentence: a later pattern segment none of whose forms' first unit is in it cannot match.
using UnitBloom = std::array<uint64_t, 8>;
inline uint32_t UnitHash(std::u32string_view text, size_t at, size_t len) {
  uint32_t h = 2166136261u ^ static_cast<uint32_t>(len);
  for (size_t i = at; i < at + len; ++i) h = (h ^ static_cast<uint32_t>(text[i])) * 16777619u;
  return h & 511u;
}
inline void BloomAdd(UnitBloom* b, uint32_t bit) { (*b)[bit >> 6] |= uint64_t{1} << (bit & 63); }
// The first unit of a form: its leading ASCII letters and digits in English, one or two
// characters in Chinese.
inline size_t FirstUnitLength(std::u32string_view form, Lang lang) {
  if (lang == Lang::kZh) return std::min<size_t>(form.size(), 2);
  size_t n = 0;
  while (n < form.size() && ((form[n] >= 'a' && form[n] <= 'z') || (form[n] >= '0' && form[n] <= '9'))) ++n;
  return n;
}

struct Pattern {
  std::string code;  // CAMEO event code
  Lang lang = Lang::kZh;
  bool reciprocal = false;
  bool light_verb = false;  // split after its light verb at load (表示 * 哀悼 from 表示哀悼)
  // segments[0] is the trigger; each segment lists its accepted (normalised) forms; a later
  // segment with no forms (written `@`) is any actor's name.
  std::vector<std::vector<std::u32string>> segments;
  // per segment: 1 when it follows the one before with no gap but an article ("strike @":
  // "struck Iran", "struck the Houthis", not "struck a deal with Iran")
  std::vector<uint8_t> adjacent;
  std::vector<UnitBloom> segment_units;  // per segment, the bits of its forms' first units; all
                                         // bits set when a form has none (never filtered)
  std::string text;     // as written in the file
  std::string expect;   // "USA>COL"
  std::string example;  // test sentence
  std::string where;    // "patterns/zh/16.tsv:23"
};

enum class ItemKind : uint8_t { kActor, kRole, kDyad, kMarker, kPattern, kTimeWord, kPeriod };

// One meaning of a dictionary key. A key can carry several (表示 is a speech verb and a trigger).
struct Item {
  ItemKind kind;
  Lang lang;          // which language's sentences it applies to
  Marker marker = Marker::kCount;
  bool word_bounded = false;  // Latin keys must start and end on word boundaries
  int32_t exact = -1;         // index into exact forms: capitals-only names must match as written
  uint32_t index = 0;         // into the table of its kind
};

class Lexicon {
 public:
  // Loads and validates every dictionary under `dir`. Errors name file:line.
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& dir);

  const Normalizer& normalizer() const { return normalizer_; }
  const CameoTable& cameo() const { return cameo_; }
  const CameoFrames& frames() const { return frames_; }
  const ConfidenceModel& confidence() const { return confidence_; }
  const Trie& trie() const { return trie_; }
  std::span<const Item> Items(uint32_t value) const {
    return {items_.data() + list_begin_[value], items_.data() + list_begin_[value + 1]};
  }
  // Which kinds and markers a key's items carry for `lang` (bit MaskBit(...)): most lookups
  // ask about a key that has none of what is asked.
  uint64_t ListMask(uint32_t value, Lang lang) const { return list_masks_[2 * value + (lang == Lang::kEn)]; }
  static uint64_t MaskBit(ItemKind kind, Marker m) {
    return kind == ItemKind::kMarker && m != Marker::kCount ? uint64_t{1} << static_cast<int>(m)
                                                            : uint64_t{1} << (56 + static_cast<int>(kind));
  }
  const std::u32string& ExactForm(int32_t i) const { return exact_forms_[i]; }

  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<RoleEntry>& roles() const { return roles_; }
  const std::vector<DyadEntry>& dyads() const { return dyads_; }
  const std::vector<TimeWord>& time_words() const { return time_words_; }
  const std::vector<Period>& periods() const { return periods_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  const std::unordered_set<std::u32string>& abbreviations() const { return abbreviations_; }

  // A hash of every data file: stored with each coded document.
  const std::string& version() const { return version_; }
  const std::string& dir() const { return dir_; }
  double load_seconds() const { return load_seconds_; }

 private:
  std::string dir_;
  std::string version_;
  double load_seconds_ = 0;
  Normalizer normalizer_;
  CameoTable cameo_;
  CameoFrames frames_;
  ConfidenceModel confidence_;
  Inflector inflector_;
  Trie trie_;
  std::vector<uint32_t> list_begin_;
  std::vector<uint64_t> list_masks_;  // two per key: Chinese, English
  std::vector<Item> items_;
  std::vector<std::u32string> exact_forms_;
  std::vector<ActorEntry> actors_;
  std::vector<RoleEntry> roles_;
  std::vector<DyadEntry> dyads_;
  std::vector<TimeWord> time_words_;
  std::vector<Period> periods_;
  std::vector<Pattern> patterns_;
  std::unordered_set<std::u32string> abbreviations_;

  friend class LexiconBuilder;
};

}  // namespace detente

#endif  // DETENTE_LEXICON_LEXICON_H_
