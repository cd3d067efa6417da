// Small string and file helpers shared by every module.
#ifndef DETENTE_COMMON_STRINGS_H_
#define DETENTE_COMMON_STRINGS_H_

#include <string>
#include <vector>

#include "detente/status.h"

namespace detente {

Result<std::string> ReadFile(const std::string& path);
std::vector<std::string> Split(const std::string& s, char sep);
std::string Trim(const std::string& s);
bool StartsWith(const std::string& s, const std::string& prefix);
bool EndsWith(const std::string& s, const std::string& suffix);

}  // namespace detente

#endif  // DETENTE_COMMON_STRINGS_H_
