#include "extract/mentions.h"

#include "text/segment.h"

namespace detente {

namespace {

bool IsWordChar(char32_t c) { return IsAsciiAlnum(c) || (c >= 0xC0 && c < 0x250); }

bool IsDateUnit(char32_t c) { return c == U'年' || c == U'月' || c == U'日' || c == U'号'; }

// A character that ends a number or a weekday name before a date unit (3日, 十日, 周日, 星期日).
bool EndsNumber(char32_t c) {
  if (c >= '0' && c <= '9') return true;
  for (char32_t d : std::u32string_view(U"〇零一二两三四五六七八九十廿卅周期拜"))
    if (c == d) return true;
  return false;
}

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

// Calls f(length, value) for every key starting at `i` with a meaning for `lang`, shortest first.
template <typename F>
void ForEachApplicable(const Lexicon& lex, std::u32string_view text, std::u32string_view orig, size_t i, Lang lang,
                       F&& f) {
  lex.trie().ForEachPrefix(text, i, [&](size_t len, uint32_t value) {
    for (const Item& it : lex.Items(value)) {
      if (Applies(lex, it, lang, text, orig, i, len)) {
        f(len, value);
        return;
      }
    }
  });
}

}  // namespace

void ScanTokens(const Lexicon& lex, std::u32string_view norm, std::u32string_view orig, int begin, int end, Lang lang,
                std::vector<Token>* out) {
  std::u32string_view text = norm.substr(0, static_cast<size_t>(end));
  size_t i = static_cast<size_t>(begin);
  // Candidates at one position, shortest first; a handful at most.
  std::vector<std::pair<size_t, uint32_t>> cands;
  while (i < static_cast<size_t>(end)) {
    // English keys start on word boundaries: skip to the next word start.
    if (lang == Lang::kEn && i > 0 && IsWordChar(text[i - 1]) && IsWordChar(text[i])) {
      ++i;
      continue;
    }
    // The unit of a date belongs to it: 3日美军 is 3日 + 美军, never the pair 日美.
    if (lang == Lang::kZh && i > static_cast<size_t>(begin) && IsDateUnit(text[i]) && EndsNumber(text[i - 1])) {
      ++i;
      continue;
    }
    cands.clear();
    ForEachApplicable(lex, text, orig, i, lang, [&](size_t len, uint32_t value) { cands.push_back({len, value}); });
    // A pair of abbreviations whose second character starts a full name is not a pair:
    // 孤立俄罗斯 is 孤立 + 俄罗斯, not 立俄 (Lithuania–Russia).
    std::erase_if(cands, [&](const std::pair<size_t, uint32_t>& c) {
      bool dyad_only = true;
      for (const Item& it : lex.Items(c.second))
        if (it.lang == lang && it.kind != ItemKind::kDyad) dyad_only = false;
      if (!dyad_only || c.first != 2) return false;
      bool name_follows = false;
      ForEachApplicable(lex, text, orig, i + 1, lang, [&](size_t len, uint32_t value) {
        for (const Item& it : lex.Items(value))
          if (it.kind == ItemKind::kActor && len > 1) name_follows = true;
      });
      return name_follows;
    });
    if (cands.empty()) {
      ++i;
      continue;
    }
    // Longest match, unless a shorter one lets an actor's name that follows reach further
    // (美国同日本: 同 + 日本 beats 同日 + 本): names must not be swallowed by function words.
    size_t pick = cands.size() - 1;
    if (cands.size() > 1) {
      size_t best_reach = 0;
      for (size_t c = cands.size(); c-- > 0;) {
        size_t next = 0;
        ForEachApplicable(lex, text, orig, i + cands[c].first, lang, [&](size_t len, uint32_t value) {
          for (const Item& it : lex.Items(value))
            if (it.kind == ItemKind::kActor || it.kind == ItemKind::kRole) next = len;
        });
        size_t reach = cands[c].first + next;
        if (reach > best_reach) {
          best_reach = reach;
          pick = c;
        }
      }
    }
    out->push_back(Token{static_cast<int>(i), static_cast<int>(i + cands[pick].first), cands[pick].second});
    i += cands[pick].first;
  }
}

const Item* FindItem(const Lexicon& lex, const Token& t, Lang lang, ItemKind kind, Marker m) {
  if (!(lex.ListMask(t.list, lang) & Lexicon::MaskBit(kind, m))) return nullptr;
  for (const Item& it : lex.Items(t.list))
    if (it.lang == lang && it.kind == kind && (m == Marker::kCount || it.marker == m)) return &it;
  return nullptr;
}

bool HasItem(const Lexicon& lex, const Token& t, Lang lang, ItemKind kind, Marker m) {
  return FindItem(lex, t, lang, kind, m) != nullptr;
}

}  // namespace detente
