// The relation chart as a standalone SVG file (no scripts, no fonts to fetch): the six bands,
// the index and its two channels, the floor, the rupture level, turning points and the fan.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "detente/analysis.h"

namespace detente {

namespace {

constexpr double kW = 1000, kH = 540, kLeft = 150, kRight = 24, kTop = 48, kBottom = 72;

std::string Esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      default: o.push_back(c);
    }
  }
  return o;
}

std::string F(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

struct Frame {
  size_t n = 1;  // periods on the x axis
  double X(double i) const { return kLeft + (n > 1 ? i / (n - 1) : 0.5) * (kW - kLeft - kRight); }
  double Y(double v) const { return kTop + (9 - std::clamp(v, -9.0, 9.0)) / 18 * (kH - kTop - kBottom); }
};

std::string Polyline(const Frame& fr, size_t offset, const std::vector<double>& v, const std::string& style) {
  std::string pts;
  for (size_t i = 0; i < v.size(); ++i)
    if (std::isfinite(v[i])) pts += F(fr.X(static_cast<double>(offset + i))) + "," + F(fr.Y(v[i])) + " ";
  if (pts.empty()) return "";
  return "<polyline fill=\"none\" " + style + " points=\"" + pts + "\"/>\n";
}

std::string Band(const Frame& fr, const std::vector<FanPoint>& fan, size_t offset, double FanPoint::*lo,
                 double FanPoint::*hi, const std::string& style) {
  if (fan.empty()) return "";
  std::string pts;
  for (size_t i = 0; i < fan.size(); ++i) pts += F(fr.X(static_cast<double>(offset + i))) + "," + F(fr.Y(fan[i].*hi)) + " ";
  for (size_t i = fan.size(); i-- > 0;) pts += F(fr.X(static_cast<double>(offset + i))) + "," + F(fr.Y(fan[i].*lo)) + " ";
  return "<polygon " + style + " points=\"" + pts + "\"/>\n";
}

}  // namespace

std::string PlotSvg(const Relation& r, const ForecastResult* fc) {
  const size_t shown = r.periods.size(), ahead = fc ? fc->baseline.size() : 0;
  Frame fr;
  fr.n = std::max<size_t>(1, shown + ahead);
  std::string o;
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + F(kW) + "\" height=\"" + F(kH) + "\" viewBox=\"0 0 " + F(kW) +
       " " + F(kH) + "\" font-family=\"'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', "
       "'Microsoft YaHei', sans-serif\" font-size=\"12\">\n";
  o += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  o += "<text x=\"" + F(kLeft) + "\" y=\"22\" font-size=\"16\" font-weight=\"bold\">" +
       Esc(r.a + "–" + r.b + " relation index by " + FreqName(r.freq)) + "</text>\n";

  // The six bands of Yan and Zhou's scale.
  struct BandStyle { double lo; const char* fill; };
  const BandStyle bands[] = {{-9, "#f4c7c3"}, {-6, "#fbe0c8"}, {-3, "#fdf1dc"},
                             {0, "#eef3e6"},  {3, "#dcebf5"},  {6, "#c9def0"}};
  for (const BandStyle& b : bands) {
    double y0 = fr.Y(b.lo + 3), y1 = fr.Y(b.lo);
    o += "<rect x=\"" + F(kLeft) + "\" y=\"" + F(y0) + "\" width=\"" + F(kW - kLeft - kRight) + "\" height=\"" +
         F(y1 - y0) + "\" fill=\"" + b.fill + "\"/>\n";
    o += "<text x=\"" + F(kLeft - 8) + "\" y=\"" + F((y0 + y1) / 2 + 4) + "\" text-anchor=\"end\">" +
         Esc(std::string(BandNameZh(b.lo + 1.5)) + " " + BandName(b.lo + 1.5)) + "</text>\n";
  }
  for (int v = -9; v <= 9; v += 3)
    o += "<text x=\"" + F(kLeft + 4) + "\" y=\"" + F(fr.Y(v) - 2) + "\" fill=\"#777\" font-size=\"10\">" +
         std::to_string(v) + "</text>\n";
  o += "<line x1=\"" + F(kLeft) + "\" x2=\"" + F(kW - kRight) + "\" y1=\"" + F(fr.Y(r.params.rupture)) + "\" y2=\"" +
       F(fr.Y(r.params.rupture)) + "\" stroke=\"#900\" stroke-width=\"1\" stroke-dasharray=\"2,3\"/>\n";

  // Forecast fan, behind the lines; it starts from the last observed value.
  if (fc && ahead && shown) {
    std::vector<FanPoint> fan;
    FanPoint start;
    start.median = start.p05 = start.p25 = start.p75 = start.p95 = r.periods.back().index;
    fan.push_back(start);
    fan.insert(fan.end(), fc->baseline.begin(), fc->baseline.end());
    o += Band(fr, fan, shown - 1, &FanPoint::p05, &FanPoint::p95, "fill=\"#9ab\" fill-opacity=\"0.35\"");
    o += Band(fr, fan, shown - 1, &FanPoint::p25, &FanPoint::p75, "fill=\"#678\" fill-opacity=\"0.4\"");
    std::vector<double> med;
    for (const FanPoint& f : fan) med.push_back(f.median);
    o += Polyline(fr, shown - 1, med, "stroke=\"#345\" stroke-width=\"2\" stroke-dasharray=\"6,3\"");
    if (!fc->scenario.empty()) {
      std::vector<double> sm = {r.periods.back().index}, s05 = sm, s95 = sm;
      for (const FanPoint& f : fc->scenario) {
        sm.push_back(f.median);
        s05.push_back(f.p05);
        s95.push_back(f.p95);
      }
      o += Polyline(fr, shown - 1, sm, "stroke=\"#d60\" stroke-width=\"2\"");
      o += Polyline(fr, shown - 1, s05, "stroke=\"#d60\" stroke-width=\"1\" stroke-dasharray=\"3,3\"");
      o += Polyline(fr, shown - 1, s95, "stroke=\"#d60\" stroke-width=\"1\" stroke-dasharray=\"3,3\"");
    }
  }

  std::vector<double> index, pol, mat, floor;
  for (const PeriodRow& p : r.periods) {
    index.push_back(p.index);
    pol.push_back(p.political);
    mat.push_back(p.material);
    floor.push_back(p.floor);
  }
  // The floor is assumed to hold through the forecast (scenario floors are in the fan).
  if (fc && !floor.empty() && std::isfinite(floor.back()))
    for (size_t h = 0; h < ahead; ++h) floor.push_back(floor.back());
  o += Polyline(fr, 0, pol, "stroke=\"#36c\" stroke-width=\"1\" stroke-dasharray=\"4,2\"");
  o += Polyline(fr, 0, mat, "stroke=\"#393\" stroke-width=\"1\" stroke-dasharray=\"1,2\"");
  o += Polyline(fr, 0, floor, "stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"8,4\"");
  o += Polyline(fr, 0, index, "stroke=\"black\" stroke-width=\"2.2\"");

  for (const TurningPoint& t : r.turning_points) {
    for (size_t i = 0; i < shown; ++i) {
      if (r.periods[i].period != t.at_period) continue;
      double x = fr.X(static_cast<double>(i)), y = fr.Y(r.periods[i].index);
      o += "<circle cx=\"" + F(x) + "\" cy=\"" + F(y) + "\" r=\"5\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2\"/>\n";
      o += "<text x=\"" + F(x + 7) + "\" y=\"" + F(y - 7) + "\" fill=\"#900\" font-size=\"11\">" +
           Esc(t.through == t.period ? t.period : t.period + ".." + t.through) +
           "</text>\n";
    }
  }

  // x axis: about ten labels.
  const double baseline_y = kH - kBottom;
  o += "<line x1=\"" + F(kLeft) + "\" x2=\"" + F(kW - kRight) + "\" y1=\"" + F(baseline_y) + "\" y2=\"" + F(baseline_y) +
       "\" stroke=\"#444\"/>\n";
  const size_t step = std::max<size_t>(1, (fr.n + 9) / 10);
  for (size_t i = 0; i < fr.n; i += step) {
    std::string label = i < shown ? r.periods[i].period : fc->baseline[i - shown].period;
    double x = fr.X(static_cast<double>(i));
    o += "<line x1=\"" + F(x) + "\" x2=\"" + F(x) + "\" y1=\"" + F(baseline_y) + "\" y2=\"" + F(baseline_y + 5) +
         "\" stroke=\"#444\"/>\n";
    o += "<text x=\"" + F(x) + "\" y=\"" + F(baseline_y + 18) + "\" text-anchor=\"middle\" font-size=\"10\">" +
         Esc(label) + "</text>\n";
  }

  // Legend.
  struct Item { const char* style; const char* text; };
  std::vector<Item> items = {{"stroke=\"black\" stroke-width=\"2.2\"", "index"},
                             {"stroke=\"#36c\" stroke-dasharray=\"4,2\"", "political channel"},
                             {"stroke=\"#393\" stroke-dasharray=\"1,2\"", "material channel"},
                             {"stroke=\"#900\" stroke-dasharray=\"2,3\"", "rupture level"}};
  if (!r.indicators_path.empty()) items.push_back({"stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"8,4\"", "floor"});
  if (fc) items.push_back({"stroke=\"#345\" stroke-width=\"2\" stroke-dasharray=\"6,3\"", "forecast median, 50/90 % bands"});
  if (fc && !fc->scenario.empty()) items.push_back({"stroke=\"#d60\" stroke-width=\"2\"", "scenario median, 90 % band"});
  double lx = kLeft, ly = kH - 28;
  for (const Item& it : items) {
    double width = 40 + 6.5 * std::string(it.text).size();
    if (lx + width > kW - kRight) {  // wrap to a second row
      lx = kLeft;
      ly += 16;
    }
    o += "<line x1=\"" + F(lx) + "\" x2=\"" + F(lx + 24) + "\" y1=\"" + F(ly - 4) + "\" y2=\"" + F(ly - 4) + "\" " +
         it.style + "/>\n";
    o += "<text x=\"" + F(lx + 28) + "\" y=\"" + F(ly) + "\">" + Esc(it.text) + "</text>\n";
    lx += width;
  }
  o += "</svg>\n";
  return o;
}

}  // namespace detente
