// The CAMEO event-code table (data/cameo/codes.tsv): name, Goldstein value and QuadClass.
#ifndef DETENTE_EVENTS_CAMEO_H_
#define DETENTE_EVENTS_CAMEO_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detente/status.h"

namespace detente {

struct CameoCode {
  std::string code;  // "0311"
  std::string root;  // "03"
  std::string name;
  double goldstein = 0;
  int quad = 0;  // GDELT 2.0 QuadClass
};

class CameoTable {
 public:
  // Validates every line: code shape, unknown parent, duplicate code, Goldstein in [-10, 10],
  // QuadClass agreeing with the root. Errors name file:line.
  static Result<CameoTable> Load(const std::string& path, const std::string& display = "");
  const CameoCode* Find(std::string_view code) const;
  const std::vector<CameoCode>& codes() const { return codes_; }
  // GDELT 2.0 QuadClass of a root "01".."20" (0 if not a root).
  static int QuadOfRoot(int root);

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace detente

#endif  // DETENTE_EVENTS_CAMEO_H_
