#include "lexicon/inflect.h"

#include <algorithm>

#include "common/tsv.h"

namespace detente {

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Consonant-vowel-consonant ending whose final consonant may double (ban → banned).
bool DoublesFinal(const std::string& w) {
  size_t n = w.size();
  if (n < 3) return false;
  char a = w[n - 3], b = w[n - 2], c = w[n - 1];
  return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c != 'w' && c != 'x' && c != 'y';
}

}  // namespace

Result<Inflector> Inflector::Load(const std::string& path, const std::string& display) {
  Inflector inf;
  auto rows = ReadTsv(path, 3, 3, display);
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : *rows) {
    if (inf.irregular_.count(r.fields[0])) return DataError(r.Where() + ": duplicate verb \"" + r.fields[0] + "\"");
    std::vector<std::string> forms;
    for (const std::string& col : {r.fields[1], r.fields[2]})
      for (const std::string& f : Split(col, '|'))
        if (!f.empty()) forms.push_back(f);
    if (forms.empty()) return DataError(r.Where() + ": no past forms");
    inf.irregular_[r.fields[0]] = forms;
  }
  return inf;
}

std::vector<std::string> Inflector::Forms(const std::string& w) const {
  // A hyphenated word inflects its last part: test-fire → test-fired.
  if (size_t dash = w.rfind('-'); dash != std::string::npos && dash > 0 && dash + 1 < w.size()) {
    std::vector<std::string> out;
    for (const std::string& f : Forms(w.substr(dash + 1))) out.push_back(w.substr(0, dash + 1) + f);
    return out;
  }
  std::vector<std::string> out{w};
  auto add = [&](std::string f) {
    if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
  };
  const size_t n = w.size();
  if (n < 2 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return out;
  const char last = w[n - 1];
  const bool cons_y = last == 'y' && n >= 2 && !IsVowel(w[n - 2]);
  // -s / -es (verbs, third person; nouns, plural)
  if (last == 's' || last == 'x' || last == 'z' || w.ends_with("ch") || w.ends_with("sh")) add(w + "es");
  else if (cons_y) add(w.substr(0, n - 1) + "ies");
  else add(w + "s");
  // past and participle
  if (auto it = irregular_.find(w); it != irregular_.end()) {
    for (const auto& f : it->second) add(f);
  } else {
    if (last == 'e') add(w + "d");
    else if (cons_y) add(w.substr(0, n - 1) + "ied");
    else {
      add(w + "ed");
      if (DoublesFinal(w)) add(w + last + "ed");
    }
  }
  // -ing
  if (w.ends_with("ie")) add(w.substr(0, n - 2) + "ying");
  else if (last == 'e' && !w.ends_with("ee")) add(w.substr(0, n - 1) + "ing");
  else {
    add(w + "ing");
    if (DoublesFinal(w)) add(w + last + "ing");
  }
  return out;
}

}  // namespace detente
