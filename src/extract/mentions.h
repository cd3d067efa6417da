// Dictionary matching over one sentence: leftmost-longest keys of the lexicon's trie whose
// meanings apply to the sentence's language, then composition of actor mentions (country +
// role noun, role + name, abbreviation pairs) from the raw matches.
#ifndef DETENTE_EXTRACT_MENTIONS_H_
#define DETENTE_EXTRACT_MENTIONS_H_

#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"

namespace detente {

struct Token {
  int begin = 0, end = 0;  // code points in the document
  uint32_t list = 0;       // trie value: Lexicon::Items(list)
};

// Appends the tokens of [begin, end). `orig` is checked for capitals-only names.
void ScanTokens(const Lexicon& lex, std::u32string_view norm, std::u32string_view orig, int begin, int end, Lang lang,
                std::vector<Token>* out);

// True when the token carries an item of `kind` (and, for markers, of class `m`) for `lang`.
bool HasItem(const Lexicon& lex, const Token& t, Lang lang, ItemKind kind, Marker m = Marker::kCount);
// First such item or nullptr.
const Item* FindItem(const Lexicon& lex, const Token& t, Lang lang, ItemKind kind, Marker m = Marker::kCount);

}  // namespace detente

#endif  // DETENTE_EXTRACT_MENTIONS_H_
