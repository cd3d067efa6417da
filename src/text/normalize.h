// Normalisation for matching: one code point in, one code point out, so that a position in the
// normalised text is the same position in the original. Folds Traditional and variant forms
// to Simplified (data/text/t2s_chars.tsv), full-width ASCII to ASCII, ASCII and Latin-1 letters
// to lower case without accents, and the many dot and quote forms to one each.
#ifndef DETENTE_TEXT_NORMALIZE_H_
#define DETENTE_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detente/status.h"

namespace detente {

class Normalizer {
 public:
  // Loads the Traditional→Simplified table; errors name file:line.
  static Result<Normalizer> Load(const std::string& t2s_path, const std::string& display = "");
  // A normaliser without the Chinese table (ASCII/Latin folding only), for tests.
  Normalizer();

  char32_t Fold(char32_t c) const {
    if (c < table_.size()) return table_[c];
    if (astral_.empty()) return c;
    auto it = astral_.find(c);
    return it == astral_.end() ? c : it->second;
  }
  void FoldInPlace(std::u32string* s) const {
    for (char32_t& c : *s) c = Fold(c);
  }
  std::u32string Fold(std::u32string_view s) const;
  size_t t2s_entries() const { return t2s_entries_; }

 private:
  std::vector<char32_t> table_;  // the whole BMP: a flat lookup beats any hashing here
  std::unordered_map<char32_t, char32_t> astral_;  // the few supplementary-plane entries
  size_t t2s_entries_ = 0;
};

}  // namespace detente

#endif  // DETENTE_TEXT_NORMALIZE_H_
