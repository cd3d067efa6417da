// x_t = phi x_{t-1} + (1 - phi) mu_t + eta_t, y_t = x_t + eps_t, mu_t = lower_t + delta:
// a local level that reverts to an equilibrium held delta above the floor. One state, so the
// filter is four lines; the parameters come from maximum likelihood.
#include "analysis/kalman.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace detente {

namespace {

constexpr double kPhiMax = 0.995;
constexpr double kSigmaMin = 1e-4, kSigmaMax = 50;
constexpr double kLog2Pi = 1.8378770664093453;

double Lower(const Series& s, size_t t) { return t < s.lower.size() ? s.lower[t] : s.lo; }

void Filter(const Series& s, const ModelFit& m, std::vector<double>* mean, std::vector<double>* var, double* loglik) {
  const double q = m.sigma_eta * m.sigma_eta, r = m.sigma_eps * m.sigma_eps;
  double a = Lower(s, 0) + m.delta, p = q / std::max(1e-6, 1 - m.phi * m.phi);
  double ll = 0;
  for (size_t t = 0; t < s.values.size(); ++t) {
    if (t > 0) {
      a = m.phi * a + (1 - m.phi) * (Lower(s, t) + m.delta);
      p = m.phi * m.phi * p + q;
    }
    double v = s.values[t] - a, f = p + r, k = p / f;
    ll += -0.5 * (kLog2Pi + std::log(f) + v * v / f);
    a += k * v;
    p *= 1 - k;
    if (mean) (*mean)[t] = a;
    if (var) (*var)[t] = p;
  }
  if (loglik) *loglik = ll;
}

ModelFit FromTheta(const std::vector<double>& th) {
  ModelFit m;
  m.phi = kPhiMax / (1 + std::exp(-th[0]));
  m.delta = th[1];
  m.sigma_eta = std::clamp(std::exp(th[2]), kSigmaMin, kSigmaMax);
  m.sigma_eps = std::clamp(std::exp(th[3]), kSigmaMin, kSigmaMax);
  return m;
}

}  // namespace

namespace analysis {

double LogLikelihood(const Series& s, const ModelFit& m) {
  double ll = 0;
  Filter(s, m, nullptr, nullptr, &ll);
  return ll;
}

std::vector<double> NelderMead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> x0,
                               const std::vector<double>& step, int max_evals, double tol) {
  const size_t n = x0.size();
  std::vector<std::vector<double>> pts(n + 1, x0);
  std::vector<double> val(n + 1);
  for (size_t i = 0; i < n; ++i) pts[i + 1][i] += step[i];
  int evals = 0;
  auto eval = [&](const std::vector<double>& x) {
    ++evals;
    double v = f(x);
    return std::isfinite(v) ? v : 1e300;
  };
  for (size_t i = 0; i <= n; ++i) val[i] = eval(pts[i]);
  std::vector<size_t> order(n + 1);
  while (evals < max_evals) {
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return val[a] < val[b]; });
    const size_t best = order[0], worst = order[n], second = order[n - 1];
    if (std::fabs(val[worst] - val[best]) <= tol * (std::fabs(val[best]) + tol)) break;
    std::vector<double> c(n, 0);
    for (size_t i : order)
      if (i != worst)
        for (size_t k = 0; k < n; ++k) c[k] += pts[i][k] / n;
    auto along = [&](double t) {
      std::vector<double> x(n);
      for (size_t k = 0; k < n; ++k) x[k] = c[k] + t * (pts[worst][k] - c[k]);
      return x;
    };
    std::vector<double> xr = along(-1);
    double fr = eval(xr);
    if (fr < val[best]) {
      std::vector<double> xe = along(-2);
      double fe = eval(xe);
      if (fe < fr) {
        pts[worst] = xe;
        val[worst] = fe;
      } else {
        pts[worst] = xr;
        val[worst] = fr;
      }
    } else if (fr < val[second]) {
      pts[worst] = xr;
      val[worst] = fr;
    } else {
      std::vector<double> xc = along(fr < val[worst] ? -0.5 : 0.5);
      double fc = eval(xc);
      if (fc < std::min(fr, val[worst])) {
        pts[worst] = xc;
        val[worst] = fc;
      } else {
        for (size_t i = 0; i <= n; ++i) {
          if (i == best) continue;
          for (size_t k = 0; k < n; ++k) pts[i][k] = pts[best][k] + 0.5 * (pts[i][k] - pts[best][k]);
          val[i] = eval(pts[i]);
        }
      }
    }
  }
  size_t best = static_cast<size_t>(std::min_element(val.begin(), val.end()) - val.begin());
  return pts[best];
}

}  // namespace analysis

void FilterStates(const Series& s, const ModelFit& m, std::vector<double>* mean, std::vector<double>* var) {
  mean->assign(s.values.size(), 0);
  var->assign(s.values.size(), 0);
  Filter(s, m, mean, var, nullptr);
}

Result<ModelFit> FitModel(const Series& s) {
  const size_t n = s.values.size();
  if (n < 4) return InvalidArgument(s.name + ": " + std::to_string(n) + " periods are too few to fit the model (need 4)");
  for (double v : s.values)
    if (!std::isfinite(v)) return InvalidArgument(s.name + ": the series has a missing value");
  // Starting values: moments of the series.
  double mean_gap = 0;
  for (size_t t = 0; t < n; ++t) mean_gap += (s.values[t] - Lower(s, t)) / n;
  double ybar = std::accumulate(s.values.begin(), s.values.end(), 0.0) / n, num = 0, den = 0, dd = 0;
  for (size_t t = 1; t < n; ++t) {
    num += (s.values[t] - ybar) * (s.values[t - 1] - ybar);
    den += (s.values[t - 1] - ybar) * (s.values[t - 1] - ybar);
    dd += (s.values[t] - s.values[t - 1]) * (s.values[t] - s.values[t - 1]);
  }
  double phi0 = den > 0 ? std::clamp(num / den, 0.05, 0.98) : 0.9;
  double sd0 = std::max(1e-3, std::sqrt(dd / (n - 1) / 2));
  // The equilibrium stays on the scale: a soft wall keeps mu inside [lo, hi].
  auto nll = [&](const std::vector<double>& th) {
    ModelFit m = FromTheta(th);
    double pen = 0;
    for (size_t t = 0; t < n; ++t) {
      double mu = Lower(s, t) + m.delta;
      if (mu > s.hi) pen += 1e3 * (mu - s.hi) * (mu - s.hi);
      if (mu < s.lo) pen += 1e3 * (s.lo - mu) * (s.lo - mu);
    }
    return -analysis::LogLikelihood(s, m) + pen / n;
  };
  auto logit = [](double phi) { double u = phi / kPhiMax; return std::log(u / (1 - u)); };
  std::vector<double> best;
  double best_v = 1e300;
  for (double phi : {phi0, 0.5, 0.95}) {
    std::vector<double> x0 = {logit(phi), mean_gap, std::log(sd0), std::log(sd0)};
    std::vector<double> x = analysis::NelderMead(nll, x0, {1.0, std::max(0.5, sd0), 1.0, 1.0}, 3000, 1e-10);
    x = analysis::NelderMead(nll, x, {0.3, std::max(0.2, sd0), 0.3, 0.3}, 2000, 1e-12);  // restart from the optimum
    double v = nll(x);
    if (v < best_v) {
      best_v = v;
      best = x;
    }
  }
  ModelFit m = FromTheta(best);
  m.loglik = analysis::LogLikelihood(s, m);
  m.n = static_cast<int>(n);
  return m;
}

}  // namespace detente
