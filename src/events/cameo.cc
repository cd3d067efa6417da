#include "events/cameo.h"

#include <algorithm>
#include <cstdlib>

#include "common/tsv.h"

namespace detente {

int CameoTable::QuadOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 9) return 2;
  if (root >= 10 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

Result<CameoTable> CameoTable::Load(const std::string& path, const std::string& display) {
  auto rows = ReadTsv(path, 4, 4, display);
  if (!rows.ok()) return rows.status();
  CameoTable t;
  for (const TsvRow& r : *rows) {
    const std::string& code = r.fields[0];
    if (code.size() < 2 || code.size() > 4 || code.find_first_not_of("0123456789") != std::string::npos)
      return DataError(r.Where() + ": \"" + code + "\" is not a CAMEO code (2-4 digits)");
    int root = std::atoi(code.substr(0, 2).c_str());
    if (QuadOfRoot(root) == 0) return DataError(r.Where() + ": unknown CAMEO root \"" + code.substr(0, 2) + "\"");
    if (t.index_.count(code)) return DataError(r.Where() + ": duplicate code " + code);
    if (code.size() > 2 && !t.index_.count(code.substr(0, code.size() - 1)) && !t.index_.count(code.substr(0, 2)))
      return DataError(r.Where() + ": code " + code + " has no parent code before it");
    if (code.size() == 4 && !t.index_.count(code.substr(0, 3)))
      return DataError(r.Where() + ": code " + code + " has no parent code " + code.substr(0, 3) + " before it");
    char* end = nullptr;
    double g = std::strtod(r.fields[1].c_str(), &end);
    if (r.fields[1].empty() || *end != '\0' || g < -10 || g > 10)
      return DataError(r.Where() + ": Goldstein value must be a number in [-10, 10], got \"" + r.fields[1] + "\"");
    int quad = std::atoi(r.fields[2].c_str());
    if (r.fields[2].size() != 1 || quad != QuadOfRoot(root))
      return DataError(r.Where() + ": QuadClass of root " + code.substr(0, 2) + " is " +
                       std::to_string(QuadOfRoot(root)) + " (GDELT 2.0), got \"" + r.fields[2] + "\"");
    if (r.fields[3].empty()) return DataError(r.Where() + ": missing name");
    t.index_[code] = t.codes_.size();
    t.codes_.push_back(CameoCode{code, code.substr(0, 2), r.fields[3], g, quad});
  }
  for (int root = 1; root <= 20; ++root) {
    char buf[4];
    buf[0] = static_cast<char>('0' + root / 10);
    buf[1] = static_cast<char>('0' + root % 10);
    buf[2] = 0;
    if (!t.index_.count(buf)) return DataError((display.empty() ? path : display) + ": root " + buf + " is missing");
  }
  return t;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

namespace {

struct FrameInfo {
  Frame frame;
  const char* name;
  const char* root;     // codes of the frame start with this
  const char* generic;  // its least specific code
};
constexpr FrameInfo kFrames[] = {
    {Frame::kAccuse, "accuse", "112", "112"}, {Frame::kAppeal, "appeal", "02", "020"},
    {Frame::kDemand, "demand", "10", "100"},  {Frame::kIntent, "intent", "03", "030"},
    {Frame::kReject, "reject", "12", "120"},  {Frame::kThreat, "threat", "13", "130"},
};

const FrameInfo* Info(Frame f) {
  for (const auto& i : kFrames)
    if (i.frame == f) return &i;
  return nullptr;
}

}  // namespace

const char* FrameName(Frame f) {
  const FrameInfo* i = Info(f);
  return i ? i->name : "";
}

const char* CameoFrames::GenericCode(Frame f) {
  const FrameInfo* i = Info(f);
  return i ? i->generic : "";
}

Frame CameoFrames::OfCode(std::string_view code) {
  for (const auto& i : kFrames)
    if (code.substr(0, std::string_view(i.root).size()) == i.root) return i.frame;
  return Frame::kNone;
}

Result<CameoFrames> CameoFrames::Load(const std::string& path, const std::string& display, const CameoTable& codes) {
  auto rows = ReadTsv(path, 3, 3, display);
  if (!rows.ok()) return rows.status();
  CameoFrames t;
  std::string prev;
  for (const TsvRow& r : *rows) {
    const FrameInfo* info = nullptr;
    for (const auto& i : kFrames)
      if (r.fields[0] == i.name) info = &i;
    if (!info) return DataError(r.Where() + ": unknown frame \"" + r.fields[0] + "\"");
    const std::string& content = r.fields[1];
    if (content.size() < 2 || content.size() > 4 || content.find_first_not_of("0123456789") != std::string::npos)
      return DataError(r.Where() + ": content \"" + content + "\" is not a CAMEO code prefix");
    const CameoCode* code = codes.Find(r.fields[2]);
    if (!code) return DataError(r.Where() + ": unknown CAMEO code \"" + r.fields[2] + "\"");
    if (r.fields[2].compare(0, std::string(info->root).size(), info->root) != 0)
      return DataError(r.Where() + ": code " + r.fields[2] + " is not of the " + info->name + " family (" + info->root +
                       "...)");
    std::string key = r.fields[0] + "/" + content;
    if (!prev.empty() && key <= prev)
      return DataError(r.Where() + ": not sorted or duplicated (after \"" + prev + "\")");
    prev = key;
    t.map_[key] = r.fields[2];
  }
  return t;
}

std::string CameoFrames::Combine(Frame frame, std::string_view content) const {
  const FrameInfo* info = Info(frame);
  if (!info) return "";
  for (size_t n = std::min<size_t>(content.size(), 4); n >= 2; --n) {
    auto it = map_.find(std::string(info->name) + "/" + std::string(content.substr(0, n)));
    if (it != map_.end()) return it->second;
  }
  return "";
}

}  // namespace detente
