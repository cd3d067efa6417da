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

// A speech act or modality that an act can be the content of (data/cameo/frames.tsv).
enum class Frame { kNone, kAccuse, kAppeal, kDemand, kIntent, kReject, kThreat };
const char* FrameName(Frame f);  // "accuse", ...; "" for kNone

// How a frame and its content combine into one code: appeal + 085 (ease sanctions) = 0254.
class CameoFrames {
 public:
  // Validates each line against `codes`: known frame, content a code prefix, CODE of the frame's
  // root, sorted, no duplicates. Errors name file:line.
  static Result<CameoFrames> Load(const std::string& path, const std::string& display, const CameoTable& codes);
  // The frame's code for `content` by its longest listed prefix; "" when the family has none.
  std::string Combine(Frame frame, std::string_view content) const;
  // The frame a coded speech act opens: 02x appeal, 03x intent, 10x demand, 12x reject,
  // 13x threaten, 112x accuse; kNone for every other code.
  static Frame OfCode(std::string_view code);
  // The least specific code of the frame ("020", "100", ...).
  static const char* GenericCode(Frame f);
  size_t size() const { return map_.size(); }

 private:
  std::unordered_map<std::string, std::string> map_;  // "appeal/085" -> "0254"
};

}  // namespace detente

#endif  // DETENTE_EVENTS_CAMEO_H_
