#include "text/segment.h"

namespace detente {

Lang DetectLang(std::u32string_view text) {
  int han = 0, latin = 0;
  for (char32_t c : text) {
    if (IsHan(c)) ++han;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
  }
  // A Chinese character carries about as much as a short English word.
  return han * 4 >= latin && han > 0 ? Lang::kZh : (latin > 0 ? Lang::kEn : Lang::kZh);
}

namespace {

bool IsClosing(char32_t c) {
  return c == 0x300D || c == 0x300F || c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == ')' ||
         c == 0xFF09 || c == 0x3011;
}

// True when the '.' at `dot` ends an abbreviation or an initial rather than a sentence.
bool EndsAbbreviation(std::u32string_view orig, std::u32string_view norm, size_t dot,
                      const std::unordered_set<std::u32string>& abbreviations) {
  size_t b = dot;
  while (b > 0 && !IsSpace(orig[b - 1]) && orig[b - 1] != '(' && orig[b - 1] != '"') --b;
  if (b == dot) return false;
  std::u32string word(norm.substr(b, dot - b));
  if (abbreviations.count(word)) return true;
  if (dot - b == 1 && orig[b] >= 'A' && orig[b] <= 'Z') return true;  // an initial: "J. Smith"
  return false;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::u32string_view orig, std::u32string_view norm,
                                     const std::unordered_set<std::u32string>& abbreviations) {
  std::vector<Sentence> out;
  const size_t n = orig.size();
  int paragraph = 0;
  size_t start = 0;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && IsSpace(orig[b])) ++b;
    while (e > b && IsSpace(orig[e - 1])) --e;
    if (e > b) {
      Sentence s;
      s.begin = static_cast<int>(b);
      s.end = static_cast<int>(e);
      s.paragraph = paragraph;
      s.lang = DetectLang(orig.substr(b, e - b));
      out.push_back(s);
    }
  };
  for (size_t i = 0; i < n; ++i) {
    char32_t c = orig[i];
    if (c == '\n') {
      // A hard-wrapped Latin phrase ("(Alliance for\nProgress)") continues the sentence.
      bool wrap = i > 0 && i + 1 < n && IsAsciiAlnum(orig[i - 1]) && IsAsciiAlnum(orig[i + 1]) &&
                  !(orig[i - 1] == '.' );
      if (wrap && start < i && DetectLang(orig.substr(start, i - start)) == Lang::kZh) continue;
      emit(start, i);
      size_t j = i;
      int breaks = 0;
      while (j < n && IsSpace(orig[j])) { if (orig[j] == '\n') ++breaks; ++j; }
      // Every line break opens a paragraph: news copy puts one paragraph on a line.
      (void)breaks;
      ++paragraph;
      start = j;
      i = j - 1;
      continue;
    }
    bool end = false;
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F) {
      end = true;
    } else if (c == '!' || c == '?') {
      end = true;
    } else if (c == '.') {
      size_t j = i + 1;
      while (j < n && IsClosing(orig[j])) ++j;
      if (j >= n) end = true;
      else if (IsSpace(orig[j]) && !EndsAbbreviation(orig, norm, i, abbreviations)) {
        size_t k = j;
        while (k < n && IsSpace(orig[k])) ++k;
        end = k >= n || !(orig[k] >= 'a' && orig[k] <= 'z');
      }
    }
    if (end) {
      size_t j = i + 1;
      while (j < n && IsClosing(orig[j])) ++j;
      emit(start, j);
      start = j;
      i = j - 1;
    }
  }
  emit(start, n);
  return out;
}

}  // namespace detente
