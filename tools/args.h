// Minimal command-line parsing for the `detente` subcommands: `--flag value`, `--flag=value`,
// boolean `--flag`, and positional arguments. Unknown flags are errors, so a typo never runs a
// command with defaults the user did not ask for.
#ifndef DETENTE_TOOLS_ARGS_H_
#define DETENTE_TOOLS_ARGS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include <cstdlib>

#include "common/json.h"
#include "detente/status.h"

namespace detente::cli {

class Args {
 public:
  // `value_flags` take a value ("--db"); `bool_flags` do not ("--json"). Names without "--".
  static Result<Args> Parse(const std::vector<std::string>& argv, const std::set<std::string>& value_flags,
                            const std::set<std::string>& bool_flags);

  bool Has(const std::string& flag) const { return values_.count(flag) || bools_.count(flag); }
  std::string Get(const std::string& flag, const std::string& fallback = "") const;
  // The flag as a number in [lo, hi] (`fallback` when absent); an error names the flag.
  Result<double> GetNumber(const std::string& flag, double fallback, double lo, double hi) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::string> values_;
  std::set<std::string> bools_;
  std::vector<std::string> positional_;
};

inline Result<Args> Args::Parse(const std::vector<std::string>& argv, const std::set<std::string>& value_flags,
                                const std::set<std::string>& bool_flags) {
  Args a;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s.size() > 2 && s.compare(0, 2, "--") == 0) {
      std::string name = s.substr(2), value;
      bool has_value = false;
      if (size_t eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_value = true;
      }
      if (bool_flags.count(name)) {
        if (has_value) return InvalidArgument("--" + name + " takes no value");
        a.bools_.insert(name);
      } else if (value_flags.count(name)) {
        if (!has_value) {
          if (i + 1 >= argv.size()) return InvalidArgument("--" + name + " needs a value");
          value = argv[++i];
        }
        a.values_[name] = value;
      } else {
        return InvalidArgument("unknown option --" + name);
      }
    } else {
      a.positional_.push_back(s);
    }
  }
  return a;
}

inline Result<double> Args::GetNumber(const std::string& flag, double fallback, double lo, double hi) const {
  auto it = values_.find(flag);
  if (it == values_.end()) return fallback;
  const std::string& v = it->second;
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (v.empty() || *end != '\0' || !(d >= lo && d <= hi))
    return InvalidArgument("--" + flag + " takes a number from " + JsonNumber(lo) + " to " + JsonNumber(hi) + ", got \"" +
                           v + "\"");
  return d;
}

inline std::string Args::Get(const std::string& flag, const std::string& fallback) const {
  auto it = values_.find(flag);
  return it == values_.end() ? fallback : it->second;
}

}  // namespace detente::cli

#endif  // DETENTE_TOOLS_ARGS_H_
