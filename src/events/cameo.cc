#include "events/cameo.h"

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

}  // namespace detente
