// The relation index: parameters, bands, the damped flow rule, per-period impulses, channels.
#include <algorithm>
#include <cmath>
#include <type_traits>

#include "analysis/csv.h"
#include "analysis/index.h"
#include "detente/analysis.h"
#include "events/cameo.h"
#include "detente/detente.h"

namespace detente {

namespace {

constexpr double kTop = 9.0;

Status BadValue(const std::string& key, const std::string& value, const std::string& want) {
  return InvalidArgument("parameter " + key + ": \"" + value + "\" is not " + want);
}

}  // namespace

Status SetParam(IndexParams* p, const std::string& key, const std::string& value) {
  double v = 0;
  auto number = [&](double lo, double hi, double* dst) -> Status {
    if (!analysis::ParseNumber(value, &v) || v < lo || v > hi)
      return BadValue(key, value, "a number in [" + analysis::FormatShort(lo) + ", " + analysis::FormatShort(hi) + "]");
    *dst = v;
    return Status::Ok();
  };
  auto integer = [&](long lo, long hi, auto* dst) -> Status {
    long n = 0;
    if (!analysis::ParseInteger(value, &n) || n < lo || n > hi)
      return BadValue(key, value, "an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    *dst = static_cast<std::remove_pointer_t<decltype(dst)>>(n);
    return Status::Ok();
  };
  if (key == "scale") return number(1e-6, 10, &p->scale);
  if (key == "volume_ref") return number(0, 1e9, &p->volume_ref);
  if (key == "damp_top") return number(0, 18, &p->damp_top);
  if (key == "damp_bottom") return number(0, 18, &p->damp_bottom);
  if (key == "initial") {
    if (value == "auto") {
      p->initial_auto = true;
      return Status::Ok();
    }
    p->initial_auto = false;
    return number(-9, 9, &p->initial);
  }
  if (key == "rupture") return number(-9, 9, &p->rupture);
  if (key == "horizon") return integer(1, 600, &p->horizon);
  if (key == "tp_min_shift") return number(0, 18, &p->tp_min_shift);
  if (key == "tp_penalty") return number(0, 1e6, &p->tp_penalty);
  if (key == "tp_quiet") return integer(0, 1000, &p->tp_quiet);
  if (key == "top_events") return integer(0, 1000, &p->top_events);
  if (key == "paths") return integer(10, 1000000, &p->paths);
  if (key == "seed") {
    long n = 0;
    if (!analysis::ParseInteger(value, &n)) return BadValue(key, value, "a non-negative integer");
    p->seed = static_cast<uint64_t>(n);
    return Status::Ok();
  }
  if (key == "floor_elasticity") return number(1e-3, 10, &p->floor_elasticity);
  if (key == "floor_reference") return number(1e-9, 1e12, &p->floor_reference);
  if (key == "floor_security_weight") return number(0, 1e6, &p->floor_security_weight);
  return InvalidArgument("unknown parameter \"" + key + "\"");
}

Status LoadParams(const std::string& path, IndexParams* p) {
  auto rows = analysis::ReadCsv(path, 2, 2);
  if (!rows.ok()) return rows.status();
  for (const auto& r : *rows) {
    Status st = SetParam(p, r.fields[0], r.fields[1]);
    if (!st.ok()) return DataError(r.Where() + ": " + st.message());
  }
  return Status::Ok();
}

const char* BandName(double v) {
  if (v < -6) return "confrontation";
  if (v < -3) return "tension";
  if (v < 0) return "discord";
  if (v < 3) return "ordinary";
  if (v < 6) return "good";
  return "friendly";
}

const char* BandNameZh(double v) {
  if (v < -6) return "对抗";
  if (v < -3) return "紧张";
  if (v < 0) return "不和";
  if (v < 3) return "普通";
  if (v < 6) return "良好";
  return "友好";
}

// dI/du = d(I): 1 in the middle, falling linearly to 0 over the last `margin` points before
// the bound. Integrated exactly: linear until the knee, exponential approach after it, so a
// large impulse never overshoots the bound.
double ApplyImpulse(double level, double u, double lower, const IndexParams& p) {
  double top = kTop;
  lower = std::max(-kTop, std::min(lower, top));
  double x = std::max(-kTop, std::min(level, top));
  if (u > 0) {
    const double m = p.damp_top;
    if (m <= 0) return std::min(top, x + u);
    const double knee = top - m;
    if (x < knee) {
      if (u <= knee - x) return x + u;
      u -= knee - x;
      x = knee;
    }
    return top - (top - x) * std::exp(-u / m);
  }
  if (u < 0) {
    double v = -u;
    if (x <= lower) return x;
    const double m = p.damp_bottom;
    if (m <= 0) return std::max(lower, x - v);
    const double knee = lower + m;
    if (x > knee) {
      if (v <= x - knee) return x - v;
      v -= x - knee;
      x = knee;
    }
    return lower + (x - lower) * std::exp(-v / m);
  }
  return x;
}

double PeriodImpulse(double goldstein_sum, double events, int months, const IndexParams& p) {
  double u = p.scale * goldstein_sum;
  const double c = p.volume_ref * months;
  if (c > 0 && events > 0) u *= c * std::log1p(events / c) / events;
  return u;
}

// Root 16 is split: breaking relations, halting talks, expelling are diplomatic moves; cutting
// aid (162) and sanctions (163) are material. Root 08 (yield: easing sanctions, releasing,
// de-escalating) is material: it concedes something concrete.
Channel ChannelOf(const std::string& code) {
  if (code.size() < 2) return Channel::kPolitical;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root == 16) return code.size() >= 3 && (code[2] == '2' || code[2] == '3') ? Channel::kMaterial : Channel::kPolitical;
  if ((root >= 6 && root <= 8) || root == 15 || root >= 17) return Channel::kMaterial;
  return Channel::kPolitical;
}

const char* ChannelName(Channel c) { return c == Channel::kPolitical ? "political" : "material"; }

Result<EventScale> EventScale::Load(const std::string& data_dir) {
  std::string dir = data_dir.empty() ? Engine::DefaultDataDir() : data_dir;
  auto table = CameoTable::Load(dir + "/cameo/codes.tsv", "cameo/codes.tsv");
  if (!table.ok()) return table.status();
  EventScale s;
  for (const CameoCode& c : table->codes()) s.Add(c.code, c.goldstein, c.quad);
  return s;
}

void EventScale::Add(const std::string& code, double goldstein, int quad) { codes_[code] = {goldstein, quad}; }

bool EventScale::Find(const std::string& code, double* goldstein, int* quad) const {
  for (size_t len = code.size(); len >= 2; --len) {
    auto it = codes_.find(code.substr(0, len));
    if (it != codes_.end()) {
      *goldstein = it->second.first;
      *quad = it->second.second;
      return true;
    }
  }
  return false;
}

}  // namespace detente

namespace detente::analysis {

std::vector<double> IndexPath(const std::vector<PeriodAgg>& aggs, const std::vector<double>& lower, int months,
                              const IndexParams& p, double* initial_out) {
  std::vector<double> out(aggs.size());
  double level = p.initial;
  size_t skip = aggs.size();  // the period whose events set the initial level
  if (p.initial_auto) {
    level = 0;
    for (size_t t = 0; t < aggs.size(); ++t) {
      if (aggs[t].events > 0) {
        level = std::max(-9.0, std::min(9.0, 0.9 * aggs[t].goldstein_sum / aggs[t].events));
        skip = t;
        break;
      }
    }
  }
  if (initial_out) *initial_out = level;
  for (size_t t = 0; t < aggs.size(); ++t) {
    if (t != skip) {
      double u = PeriodImpulse(aggs[t].goldstein_sum, aggs[t].events, months, p);
      level = ApplyImpulse(level, u, t < lower.size() ? lower[t] : -9.0, p);
    }
    out[t] = level;
  }
  return out;
}

}  // namespace detente::analysis
