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

double ConfidenceModel::Score(const std::vector<std::string>& features) const {
  double z = bias_;
  for (const std::string& f : features)
    if (auto it = weights_.find(f); it != weights_.end()) z += it->second;
  return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

namespace {

// The first bracketed note of a dictionary trail ("actors/countries.tsv:520 [object]"): how the
// side was found. Notes that name another event keep only their kind.
std::string HowFound(const std::string& entry) {
  size_t open = entry.find('[');
  if (open == std::string::npos) return "-";
  size_t close = entry.find(']', open);
  std::string how = entry.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
  if (how.rfind("a follower of", 0) == 0) return "a follower";
  return how;
}

// "actors/leaders.tsv:1731 …" → "leaders"
std::string EntryFile(const std::string& entry) {
  size_t dot = entry.find(".tsv");
  if (dot == std::string::npos) return "-";
  size_t slash = entry.rfind('/', dot);
  return entry.substr(slash == std::string::npos ? 0 : slash + 1, dot - (slash == std::string::npos ? 0 : slash + 1));
}

std::string Role(const Actor& a) {
  if (a.country.empty()) return "org";
  return a.code.size() >= 6 ? a.code.substr(3, 3) : "-";
}

bool IsPronoun(const std::string& text) {
  static const char* const kPronouns[] = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
                                          "他", "她", "它", "他们", "她们", "其", "该国", "双方", "雙方", "該國"};
  std::string lower = text;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const char* p : kPronouns)
    if (lower == p) return true;
  return false;
}

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

}  // namespace

std::vector<std::vector<std::string>> ConfidenceFeatures(const std::vector<Event>& events) {
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

  std::vector<std::vector<std::string>> out;
  out.reserve(events.size());
  for (const Event& e : events) {
    std::vector<std::string> f;
    f.reserve(24);
    size_t space = e.rule.find(' ');
    const std::string pattern = space == std::string::npos ? "-" : e.rule.substr(space + 1);
    const std::string lang = e.rule.rfind("patterns/en/", 0) == 0 ? "en" : e.rule.rfind("patterns/zh/", 0) == 0 ? "zh" : "-";
    const std::string src = HowFound(e.source.entry), tgt = HowFound(e.target.entry);
    auto find = [&](auto& m, const auto& k) { auto it = m.find(k); return it == m.end() ? 0L : it->second; };
    f.push_back("lang=" + lang);
    f.push_back("root=" + e.root);
    f.push_back("code=" + e.code);
    f.push_back("mood=" + std::string(MoodName(e.mood)));
    f.push_back("date=" + e.date_source + "/" + PrecisionName(e.date.precision));
    f.push_back(std::string("symmetric=") + (e.symmetric ? "1" : "0"));
    f.push_back("pattern=" + lang + ":" + pattern);
    f.push_back("source=" + src);
    f.push_back("target=" + tgt);
    f.push_back("source=" + src + "|root=" + e.root);
    f.push_back("target=" + tgt + "|root=" + e.root);
    f.push_back("sides=" + src + "|" + tgt);
    f.push_back("source_file=" + EntryFile(e.source.entry));
    f.push_back("target_file=" + EntryFile(e.target.entry));
    f.push_back("source_role=" + Role(e.source));
    f.push_back("target_role=" + Role(e.target));
    f.push_back(std::string("source_pronoun=") + (IsPronoun(e.source.text) ? "1" : "0"));
    f.push_back(std::string("target_pronoun=") + (IsPronoun(e.target.text) ? "1" : "0"));
    f.push_back("pair_events=" + Bucket(find(pairs, PairKey(e)), {1, 2, 4, 8}));
    f.push_back(std::string("top=") + (top(Party(e.source)) ? "1" : "0") + (top(Party(e.target)) ? "1" : "0"));
    f.push_back("sentence_events=" + Bucket(find(per_sentence, e.sentence), {1, 2, 3, 5}));
    f.push_back("sentence=" + Bucket(e.sentence, {0, 1, 3, 7, 15}));
    f.push_back("evidence=" + Bucket(CodePoints(e.evidence), {80, 150, 250, 400}));
    out.push_back(std::move(f));
  }
  return out;
}

void ScoreConfidence(const ConfidenceModel& model, std::vector<Event>* events) {
  std::vector<std::vector<std::string>> features = ConfidenceFeatures(*events);
  for (size_t i = 0; i < events->size(); ++i) (*events)[i].confidence = model.Score(features[i]);
}

}  // namespace detente
