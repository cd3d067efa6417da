#include "lexicon/trie.h"

#include <algorithm>
#include <map>

namespace detente {

bool Trie::Builder::Add(std::u32string_view key, uint32_t value) {
  if (key.empty()) return false;
  std::u32string k(key);
  if (seen_.count(k)) return false;
  seen_.emplace(k, keys_.size());
  keys_.emplace_back(std::move(k), value);
  return true;
}

Trie Trie::Builder::Build() {
  Trie t;
  t.num_keys_ = keys_.size();
  t.bmp_.assign(0x10000, 0);
  // Dense symbols in order of first appearance keep the root table small.
  uint32_t next_symbol = 1;
  for (const auto& [key, value] : keys_) {
    for (char32_t c : key) {
      if (c < 0x10000) {
        if (t.bmp_[c] == 0) t.bmp_[c] = next_symbol++;
      } else if (!t.astral_.count(c)) {
        t.astral_[c] = next_symbol++;
      }
    }
  }
  // Build a pointer trie first, then flatten it breadth-first.
  struct TmpNode {
    std::map<uint32_t, uint32_t> next;
    uint32_t value = kNoValue;
  };
  std::vector<TmpNode> tmp(1);
  for (const auto& [key, value] : keys_) {
    uint32_t node = 0;
    for (char32_t c : key) {
      uint32_t sym = t.Symbol(c);
      auto it = tmp[node].next.find(sym);
      if (it == tmp[node].next.end()) {
        tmp.emplace_back();
        uint32_t id = static_cast<uint32_t>(tmp.size() - 1);
        tmp[node].next.emplace(sym, id);
        node = id;
      } else {
        node = it->second;
      }
    }
    tmp[node].value = value;
  }
  // Flattened ids equal the temporary ids; edges are laid out node by node.
  t.nodes_.resize(tmp.size());
  for (size_t i = 0; i < tmp.size(); ++i) {
    Node& n = t.nodes_[i];
    n.value = tmp[i].value;
    n.first_edge = static_cast<uint32_t>(t.labels_.size());
    n.num_edges = static_cast<uint32_t>(tmp[i].next.size());
    for (const auto& [sym, child] : tmp[i].next) {
      t.labels_.push_back(sym);
      t.children_.push_back(child);
    }
  }
  t.root_.assign(next_symbol, 0);
  for (const auto& [sym, child] : tmp[0].next) t.root_[sym] = child;
  return t;
}

uint32_t Trie::Find(std::u32string_view key) const {
  uint32_t found = kNoValue;
  ForEachPrefix(key, 0, [&](size_t len, uint32_t v) {
    if (len == key.size()) found = v;
  });
  return found;
}

size_t Trie::memory_bytes() const {
  return bmp_.size() * 4 + root_.size() * 4 + nodes_.size() * sizeof(Node) + labels_.size() * 4 +
         children_.size() * 4 + astral_.size() * 16;
}

}  // namespace detente
