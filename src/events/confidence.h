// How likely a coded event is to match what a careful human coder would code: a logistic model
// over what produced the event (its pattern, how each side was found, where its date came from,
// how much of the story is about its pair). The weights are data (data/model/confidence.tsv),
// learned from hand-coded articles by scripts/train_confidence.py from ConfidenceFeatures below.
#ifndef DETENTE_EVENTS_CONFIDENCE_H_
#define DETENTE_EVENTS_CONFIDENCE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detente/event.h"
#include "detente/status.h"

namespace detente {

class ConfidenceModel {
 public:
  // FEATURE<TAB>WEIGHT rows, sorted by feature, each feature once, a `bias` row among them.
  // Errors name `name`:line.
  static Result<ConfidenceModel> Load(const std::string& path, const std::string& name);

  // The logistic of the bias plus the weights of `features` (unknown features weigh 0).
  double Score(const std::vector<std::string>& features) const;
  double Weight(std::string_view feature) const;  // 0 when not listed
  double bias() const { return bias_; }

 private:
  // Looked up by string_view, without building a string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, double, Hash, std::equal_to<>> weights_;
  double bias_ = 0.0;
};

// The features of each of a document's events, in order: lang=, root=, code=, mood=,
// date=SOURCE/PRECISION, symmetric=, pattern=LANG:PATTERN, source= and target= (how each side
// was found: the note in its dictionary trail, alone and with the root), sides=, source_file= /
// target_file= (the actor dictionary), source_role= / target_role= (GOV, MIL, org…),
// source_pronoun= / target_pronoun=, and, over the document's asserted events, pair_events= (how
// many concern the same pair), top= (whether each side is one of the two parties most named in
// events), sentence_events=, sentence= and evidence= (length), counts in buckets; trigger= (its
// first word as written) and trigger_at= (where it stands in the sentence, in fifths). They look
// at the whole document, so they are computed once all its events are coded.
std::vector<std::vector<std::string>> ConfidenceFeatures(const std::vector<Event>& events);

// Sets Event::confidence on each event.
void ScoreConfidence(const ConfidenceModel& model, std::vector<Event>* events);

}  // namespace detente

#endif  // DETENTE_EVENTS_CONFIDENCE_H_
