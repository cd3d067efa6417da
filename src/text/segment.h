// Sentence splitting and per-sentence language detection.
#ifndef DETENTE_TEXT_SEGMENT_H_
#define DETENTE_TEXT_SEGMENT_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace detente {

enum class Lang { kZh, kEn };

struct Sentence {
  int begin = 0, end = 0;  // code points, [begin, end) without surrounding white space
  int paragraph = 0;
  Lang lang = Lang::kZh;
};

inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FFFF);
}
inline bool IsAsciiAlnum(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
inline bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0; }

// Splits `original` (and its normalised twin, same length) into sentences. Chinese ends at
// 。！？!?; English at '.', '!' or '?' followed by space and not closing an abbreviation
// (`abbreviations` holds lower-case forms without the final dot: "mr", "u.s", "jan") or an
// initial. A line break always ends a sentence and two or more start a new paragraph; a single
// line break inside a Chinese sentence that continues in lower case English is kept.
std::vector<Sentence> SplitSentences(std::u32string_view original, std::u32string_view normalized,
                                     const std::unordered_set<std::u32string>& abbreviations);

Lang DetectLang(std::u32string_view text);

}  // namespace detente

#endif  // DETENTE_TEXT_SEGMENT_H_
