// The scalar Kalman filter of the forecasting model and the optimiser that fits it.
#ifndef DETENTE_ANALYSIS_KALMAN_H_
#define DETENTE_ANALYSIS_KALMAN_H_

#include <functional>
#include <vector>

#include "detente/analysis.h"

namespace detente::analysis {

// Log-likelihood of `s` under `m` (prediction-error decomposition).
double LogLikelihood(const Series& s, const ModelFit& m);

// Nelder-Mead minimisation of f from x0 with initial steps `step`; returns the best point.
std::vector<double> NelderMead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> x0,
                               const std::vector<double>& step, int max_evals, double tol);

}  // namespace detente::analysis

#endif  // DETENTE_ANALYSIS_KALMAN_H_
