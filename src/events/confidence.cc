#include "events/confidence.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>

#include "common/strings.h"
#include "common/tsv.h"

namespace detente {

Result<ConfidenceModel> ConfidenceModel::Load(const std::string& path, const std::string& name) {
  auto rows = ReadTsv(path, 2, 2, name);
  if (!rows.ok()) return rows.status();
  ConfidenceModel m;
  const std::string* previous = nullptr;
  bool has_bias = false;
  for (const TsvRow& r : *rows) {
    const std::string& feature = r.fields[0];
    if (feature.empty()) return DataError(r.Where() + ": empty feature");
    if (previous && !(*previous < feature))
      return DataError(r.Where() + ": feature \"" + feature + "\" is " + (*previous == feature ? "listed twice" : "out of order"));
    previous = &feature;
    const std::string& text = r.fields[1];
    char* end = nullptr;
    errno = 0;
    double w = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || errno == ERANGE || !std::isfinite(w))
      return DataError(r.Where() + ": weight \"" + text + "\" is not a finite number");
    if (feature == "bias") {
      m.bias_ = w;
      has_bias = true;
    } else {
      m.weights_.emplace(feature, w);
    }
  }
  if (!has_bias) return DataError(name + ": no \"bias\" row");
  return m;
}

double ConfidenceModel::Weight(std::string_view feature) const {
  auto it = weights_.find(feature);
  return it == weights_.end() ? 0.0 : it->second;
}

namespace {

double Logistic(double z) { return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0))); }

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The first bracketed note of a dictionary trail ("actors/countries.tsv:520 [object]"): how the
// side was found. Notes that name another event keep only their kind.
std::string_view HowFound(std::string_view entry) {
  size_t open = entry.find('[');
  if (open == std::string_view::npos) return "-";
  size_t close = entry.find(']', open);
  std::string_view how = entry.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
  if (how.starts_with("a follower of")) return "a follower";
  return how;
}

// "actors/leaders.tsv:1731 …" → "leaders"
std::string_view EntryFile(std::string_view entry) {
  size_t dot = entry.find(".tsv");
  if (dot == std::string_view::npos) return "-";
  size_t slash = entry.rfind('/', dot);
  size_t from = slash == std::string_view::npos ? 0 : slash + 1;
  return entry.substr(from, dot - from);
}

std::string_view Role(const Actor& a) {
  if (a.country.empty()) return "org";
  return a.code.size() >= 6 ? std::string_view(a.code).substr(3, 3) : "-";
}

bool IsPronoun(std::string_view text) {
  static const char* const kPronouns[] = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
                                          "他", "她", "它", "他们", "她们", "其", "该国", "双方", "雙方", "該國"};
  for (std::string_view w : kPronouns)
    if (std::equal(w.begin(), w.end(), text.begin(), text.end(), [](char a, char b) { return a == AsciiLower(b); }))
      return true;
  return false;
}

// The first edge `n` does not exceed, or "more" (short enough to need no allocation).
std::string Bucket(long n, std::initializer_list<long> edges) {
  for (long e : edges)
    if (n <= e) return std::to_string(e);
  return "more";
}

std::string Party(const Actor& a) { return a.country.empty() ? a.code : a.country; }

std::string PairKey(const Event& e) {
  std::string a = Party(e.source), b = Party(e.target);
  return a < b ? a + "|" + b : b + "|" + a;
}

long CodePoints(const std::string& s) {
  long n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Calls emit(i, feature) for each feature of each event i. Each feature is built in one buffer,
// so scoring a document allocates next to nothing.
template <typename Emit>
void ForEachFeature(const std::vector<Event>& events, Emit emit) {
  // The document's context counts asserted events only, so that asking for negated and
  // hypothetical ones too (--all) leaves every event's features as they were.
  std::map<std::string, long> pairs, parties;
  std::map<int, long> per_sentence;
  for (const Event& e : events) {
    if (e.mood != Mood::kAsserted) continue;
    ++pairs[PairKey(e)];
    ++parties[Party(e.source)];
    ++parties[Party(e.target)];
    ++per_sentence[e.sentence];
  }
  // The two parties most named in events; ties go to the earlier code, so the choice is stable.
  std::vector<std::pair<long, std::string>> ranked;
  for (const auto& [party, n] : parties) ranked.emplace_back(-n, party);
  std::sort(ranked.begin(), ranked.end());
  auto top = [&](const std::string& party) {
    for (size_t i = 0; i < ranked.size() && i < 2; ++i)
      if (ranked[i].second == party) return true;
    return false;
  };
  auto count = [](const auto& m, const auto& k) {
    auto it = m.find(k);
    return it == m.end() ? 0L : it->second;
  };

  std::string buf;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    auto put = [&](std::initializer_list<std::string_view> parts) {
      buf.clear();
      for (std::string_view p : parts) buf.append(p);
      emit(i, std::string_view(buf));
    };
    std::string_view rule(e.rule);
    size_t space = rule.find(' ');
    const std::string_view pattern = space == std::string_view::npos ? "-" : rule.substr(space + 1);
    const std::string_view lang = rule.starts_with("patterns/en/") ? "en" : rule.starts_with("patterns/zh/") ? "zh" : "-";
    const std::string_view src = HowFound(e.source.entry), tgt = HowFound(e.target.entry);
    const std::string pair = PairKey(e);
    put({"lang=", lang});
    put({"root=", e.root});
    put({"code=", e.code});
    put({"mood=", MoodName(e.mood)});
    put({"date=", e.date_source, "/", PrecisionName(e.date.precision)});
    put({"symmetric=", e.symmetric ? "1" : "0"});
    put({"pattern=", lang, ":", pattern});
    put({"source=", src});
    put({"target=", tgt});
    put({"source=", src, "|root=", e.root});
    put({"target=", tgt, "|root=", e.root});
    put({"sides=", src, "|", tgt});
    put({"source_file=", EntryFile(e.source.entry)});
    put({"target_file=", EntryFile(e.target.entry)});
    put({"source_role=", Role(e.source)});
    put({"target_role=", Role(e.target)});
    put({"source_pronoun=", IsPronoun(e.source.text) ? "1" : "0"});
    put({"target_pronoun=", IsPronoun(e.target.text) ? "1" : "0"});
    put({"pair_events=", Bucket(count(pairs, pair), {1, 2, 4, 8})});
    put({"top=", top(Party(e.source)) ? "1" : "0", top(Party(e.target)) ? "1" : "0"});
    put({"sentence_events=", Bucket(count(per_sentence, e.sentence), {1, 2, 3, 5})});
    put({"sentence=", Bucket(e.sentence, {0, 1, 3, 7, 15})});
    put({"evidence=", Bucket(CodePoints(e.evidence), {80, 150, 250, 400})});
    // The trigger's first word as written keeps its tense ("accused", "accuses", "accusing").
    std::string word = e.trigger.substr(0, e.trigger.find(' '));
    for (char& c : word) c = AsciiLower(c);
    put({"trigger=", lang, ":", word});
    // Where in its sentence the trigger stands, in fifths: late acts are more often background.
    const size_t at = e.evidence.find(e.trigger);
    put({"trigger_at=", at == std::string::npos || e.evidence.empty()
                            ? std::string("-")
                            : std::to_string(std::min<size_t>(4, at * 5 / e.evidence.size()))});
  }
}

}  // namespace

double ConfidenceModel::Score(const std::vector<std::string>& features) const {
  double z = bias_;
  for (const std::string& f : features) z += Weight(f);
  return Logistic(z);
}

std::vector<std::vector<std::string>> ConfidenceFeatures(const std::vector<Event>& events) {
  std::vector<std::vector<std::string>> out(events.size());
  ForEachFeature(events, [&](size_t i, std::string_view f) { out[i].emplace_back(f); });
  return out;
}

void ScoreConfidence(const ConfidenceModel& model, std::vector<Event>* events) {
  std::vector<double> z(events->size(), model.bias());
  ForEachFeature(*events, [&](size_t i, std::string_view f) { z[i] += model.Weight(f); });
  // (held to the three decimals printed, so a filter and the figure a reader sees agree)
  for (size_t i = 0; i < events->size(); ++i) (*events)[i].confidence = std::round(Logistic(z[i]) * 1000) / 1000;
}

}  // namespace detente
