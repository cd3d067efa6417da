// A static trie over code points for dictionary matching: every dictionary phrase is a key,
// and one walk from each text position finds all keys starting there. The root is a direct
// table over a dense alphabet (the first character decides most misses in one load); inner
// nodes keep sorted edge arrays. Built once at load time; matching allocates nothing.
#ifndef DETENTE_LEXICON_TRIE_H_
#define DETENTE_LEXICON_TRIE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace detente {

class Trie {
 public:
  static constexpr uint32_t kNoValue = 0xFFFFFFFFu;

  class Builder {
   public:
    // Adds `key` with `value`; a key added twice keeps the first value and returns false.
    bool Add(std::u32string_view key, uint32_t value);
    Trie Build();
    size_t size() const { return keys_.size(); }

   private:
    std::vector<std::pair<std::u32string, uint32_t>> keys_;
    std::unordered_map<std::u32string, size_t> seen_;
  };

  Trie() = default;

  // Calls f(length, value) for every key that is a prefix of text[pos..], shortest first.
  template <typename F>
  void ForEachPrefix(std::u32string_view text, size_t pos, F&& f) const {
    if (pos >= text.size() || nodes_.empty()) return;
    uint32_t a = Symbol(text[pos]);
    if (a == 0 || a >= root_.size()) return;
    uint32_t node = root_[a];
    if (node == 0) return;
    size_t len = 1;
    for (;;) {
      const Node& nd = nodes_[node];
      if (nd.value != kNoValue) f(len, nd.value);
      if (pos + len >= text.size() || nd.num_edges == 0) return;
      uint32_t sym = Symbol(text[pos + len]);
      if (sym == 0) return;
      const uint32_t* lo = &labels_[nd.first_edge];
      const uint32_t* hi = lo + nd.num_edges;
      // Edge lists are short below the root; a linear scan beats binary search up to ~8.
      const uint32_t* it = lo;
      if (nd.num_edges > 8) {
        while (lo < hi) {
          const uint32_t* mid = lo + (hi - lo) / 2;
          if (*mid < sym) lo = mid + 1; else hi = mid;
        }
        it = lo;
        if (it == labels_.data() + nd.first_edge + nd.num_edges || *it != sym) return;
      } else {
        while (it < hi && *it < sym) ++it;
        if (it == hi || *it != sym) return;
      }
      node = children_[it - labels_.data()];
      ++len;
    }
  }

  // The value of `key` exactly, or kNoValue.
  uint32_t Find(std::u32string_view key) const;
  size_t num_keys() const { return num_keys_; }
  size_t memory_bytes() const;

 private:
  struct Node {
    uint32_t first_edge = 0;
    uint32_t num_edges = 0;
    uint32_t value = kNoValue;
  };
  uint32_t Symbol(char32_t c) const {
    if (c < bmp_.size()) return bmp_[c];
    auto it = astral_.find(c);
    return it == astral_.end() ? 0 : it->second;
  }

  std::vector<uint32_t> bmp_;  // code point -> dense symbol (0 = not in any key)
  std::unordered_map<char32_t, uint32_t> astral_;
  std::vector<uint32_t> root_;  // symbol -> node (0 = none); node 0 is the root itself
  std::vector<Node> nodes_;
  std::vector<uint32_t> labels_;
  std::vector<uint32_t> children_;
  size_t num_keys_ = 0;
};

}  // namespace detente

#endif  // DETENTE_LEXICON_TRIE_H_
