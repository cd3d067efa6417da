#include "extract/mentions.h"

#include "text/segment.h"

namespace detente {

namespace {

bool IsWordChar(char32_t c) { return IsAsciiAlnum(c) || (c >= 0xC0 && c < 0x250); }

bool Applies(const Lexicon& lex, const Item& it, Lang lang, std::u32string_view norm, std::u32string_view orig,
             size_t pos, size_t len) {
  if (it.lang != lang) return false;
  if (it.word_bounded) {
    if (pos > 0 && IsWordChar(norm[pos - 1])) return false;
    if (pos + len < norm.size() && IsWordChar(norm[pos + len])) return false;
  }
  if (it.exact >= 0 && orig.substr(pos, len) != lex.ExactForm(it.exact)) return false;
  return true;
}

}  // namespace

void ScanTokens(const Lexicon& lex, std::u32string_view norm, std::u32string_view orig, int begin, int end, Lang lang,
                std::vector<Token>* out) {
  const Trie& trie = lex.trie();
  std::u32string_view text = norm.substr(0, static_cast<size_t>(end));
  size_t i = static_cast<size_t>(begin);
  while (i < static_cast<size_t>(end)) {
    // English keys start on word boundaries: skip to the next word start.
    if (lang == Lang::kEn && i > 0 && IsWordChar(text[i - 1]) && IsWordChar(text[i])) {
      ++i;
      continue;
    }
    size_t best_len = 0;
    uint32_t best = 0;
    trie.ForEachPrefix(text, i, [&](size_t len, uint32_t value) {
      for (const Item& it : lex.Items(value)) {
        if (Applies(lex, it, lang, text, orig, i, len)) {
          best_len = len;
          best = value;
          break;
        }
      }
    });
    if (best_len == 0) {
      ++i;
      continue;
    }
    out->push_back(Token{static_cast<int>(i), static_cast<int>(i + best_len), best});
    i += best_len;
  }
}

const Item* FindItem(const Lexicon& lex, const Token& t, Lang lang, ItemKind kind, Marker m) {
  for (const Item& it : lex.Items(t.list))
    if (it.lang == lang && it.kind == kind && (m == Marker::kCount || it.marker == m)) return &it;
  return nullptr;
}

bool HasItem(const Lexicon& lex, const Token& t, Lang lang, ItemKind kind, Marker m) {
  return FindItem(lex, t, lang, kind, m) != nullptr;
}

}  // namespace detente
