// English inflection for patterns written in base form: the loader expands each content word to
// the forms news uses (recall → recalls, recalled, recalling; ambassador → ambassadors), so that
// matching stays a dictionary lookup with no stemming at run time.
#ifndef DETENTE_LEXICON_INFLECT_H_
#define DETENTE_LEXICON_INFLECT_H_

#include <map>
#include <string>
#include <vector>

#include "detente/status.h"

namespace detente {

class Inflector {
 public:
  // data/grammar/en_irregular.tsv: BASE<TAB>PAST<TAB>PARTICIPLE, alternatives split by '|'.
  static Result<Inflector> Load(const std::string& path, const std::string& display);
  Inflector() = default;

  // All forms of `word` (lower case), the base form first, without duplicates.
  std::vector<std::string> Forms(const std::string& word) const;

 private:
  std::map<std::string, std::vector<std::string>> irregular_;
};

}  // namespace detente

#endif  // DETENTE_LEXICON_INFLECT_H_
