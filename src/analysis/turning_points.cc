// Change points of the index: optimal partitioning of a piecewise-constant level (squared
// error, one penalty per change, PELT pruning), then merging of segments whose levels differ
// by less than the smallest shift worth reporting.
#include <algorithm>
#include <cmath>
#include <limits>

#include "detente/analysis.h"

namespace detente {

namespace {

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(mid), v.end());
  double m = v[mid];
  if (v.size() % 2 == 0) m = (m + *std::max_element(v.begin(), v.begin() + static_cast<long>(mid))) / 2;
  return m;
}

}  // namespace

std::vector<size_t> ChangePoints(const std::vector<double>& y, double min_shift, double penalty, size_t quiet) {
  const size_t n = y.size();
  if (n < 2) return {};
  // Noise variance from the differences (robust: MAD), for the penalty's scale.
  std::vector<double> d(n - 1);
  for (size_t i = 1; i < n; ++i) d[i - 1] = y[i] - y[i - 1];
  double md = Median(d);
  std::vector<double> dev(d.size());
  for (size_t i = 0; i < d.size(); ++i) dev[i] = std::fabs(d[i] - md);
  double sigma = 1.4826 * Median(dev) / std::sqrt(2.0);
  const double beta = std::max(min_shift * min_shift, penalty * sigma * sigma * std::log(static_cast<double>(n)));

  std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    s1[i + 1] = s1[i] + y[i];
    s2[i + 1] = s2[i] + y[i] * y[i];
  }
  auto cost = [&](size_t a, size_t b) {  // squared error of y[a..b)
    double m = b - a, s = s1[b] - s1[a];
    return std::max(0.0, (s2[b] - s2[a]) - s * s / m);
  };
  std::vector<double> f(n + 1, 0);
  std::vector<size_t> last(n + 1, 0);
  f[0] = -beta;
  std::vector<size_t> candidates = {0};
  for (size_t t = 1; t <= n; ++t) {
    double best = std::numeric_limits<double>::infinity();
    size_t arg = 0;
    for (size_t s : candidates) {
      double v = f[s] + cost(s, t) + beta;
      if (v < best) {
        best = v;
        arg = s;
      }
    }
    f[t] = best;
    last[t] = arg;
    std::vector<size_t> keep;
    for (size_t s : candidates)
      if (f[s] + cost(s, t) <= f[t]) keep.push_back(s);
    keep.push_back(t);
    candidates.swap(keep);
  }
  std::vector<size_t> cps;
  for (size_t t = n; t > 0; t = last[t])
    if (last[t] > 0) cps.push_back(last[t]);
  std::reverse(cps.begin(), cps.end());

  // Merge the closest neighbouring segments while their levels differ by less than min_shift.
  auto mean = [&](size_t a, size_t b) { return (s1[b] - s1[a]) / static_cast<double>(b - a); };
  while (!cps.empty()) {
    size_t weakest = 0;
    double smallest = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < cps.size(); ++i) {
      size_t a = i == 0 ? 0 : cps[i - 1], b = i + 1 < cps.size() ? cps[i + 1] : n;
      double shift = std::fabs(mean(cps[i], b) - mean(a, cps[i]));
      if (shift < smallest) {
        smallest = shift;
        weakest = i;
      }
    }
    if (smallest >= min_shift) break;
    cps.erase(cps.begin() + static_cast<long>(weakest));
  }
  // A ramp is cut into steps. Two steps the same way are one turn unless at least `quiet`
  // periods between them hardly move (less than a tenth of the smaller step): a plateau
  // separates two turns, a steady climb does not. Of the two change points, the smaller
  // shift goes.
  for (bool merged = true; merged;) {
    merged = false;
    for (size_t i = 0; i + 1 < cps.size(); ++i) {
      size_t a = i == 0 ? 0 : cps[i - 1], b = i + 2 < cps.size() ? cps[i + 2] : n;
      double left = mean(a, cps[i]), mid = mean(cps[i], cps[i + 1]), right = mean(cps[i + 1], b);
      if ((mid - left) * (right - mid) <= 0) continue;  // a spike or a reversal, not a ramp
      double step = std::min(std::fabs(mid - left), std::fabs(right - mid));
      size_t still = 0;
      for (size_t t = cps[i] + 1; t < cps[i + 1]; ++t) still += std::fabs(y[t] - y[t - 1]) < 0.1 * step;
      if (still >= quiet) continue;
      cps.erase(cps.begin() + static_cast<long>(std::fabs(mid - left) < std::fabs(right - mid) ? i : i + 1));
      merged = true;
      break;
    }
  }
  return cps;
}

}  // namespace detente
