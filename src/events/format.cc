#include "events/format.h"

#include <cstdio>

#include "common/date.h"
#include "common/json.h"

namespace detente {

bool ParseEventFormat(const std::string& name, EventFormat* out) {
  if (name == "jsonl" || name == "json") *out = EventFormat::kJsonl;
  else if (name == "csv") *out = EventFormat::kCsv;
  else if (name == "gdelt") *out = EventFormat::kGdelt;
  else return false;
  return true;
}

namespace {

void AppendActor(std::string* out, const Actor& a) {
  out->append("{\"code\":");
  AppendJsonString(out, a.code);
  out->append(",\"country\":");
  AppendJsonString(out, a.country);
  out->append(",\"text\":");
  AppendJsonString(out, a.text);
  out->append(",\"entry\":");
  AppendJsonString(out, a.entry);
  out->push_back('}');
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string TabSafe(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

std::string Confidence(double c) {
  if (c < 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", c);
  return buf;
}

std::string EventToJson(const Event& e) {
  std::string o;
  o.reserve(512 + e.evidence.size());
  o.append("{\"doc\":");
  AppendJsonString(&o, e.doc);
  o.append(",\"id\":");
  AppendJsonString(&o, e.id);
  o.append(",\"date\":");
  AppendJsonString(&o, e.date.ToString());
  o.append(",\"date_precision\":");
  AppendJsonString(&o, PrecisionName(e.date.precision));
  o.append(",\"date_source\":");
  AppendJsonString(&o, e.date_source);
  o.append(",\"source\":");
  AppendActor(&o, e.source);
  o.append(",\"target\":");
  AppendActor(&o, e.target);
  o.append(",\"code\":");
  AppendJsonString(&o, e.code);
  o.append(",\"root\":");
  AppendJsonString(&o, e.root);
  o.append(",\"quad\":" + std::to_string(e.quad));
  o.append(",\"goldstein\":" + JsonNumber(e.goldstein));
  o.append(",\"mood\":");
  AppendJsonString(&o, MoodName(e.mood));
  o.append(e.symmetric ? ",\"symmetric\":true" : ",\"symmetric\":false");
  o.append(",\"sentence\":" + std::to_string(e.sentence));
  o.append(",\"span\":[" + std::to_string(e.span_begin) + "," + std::to_string(e.span_end) + "]");
  o.append(",\"trigger\":");
  AppendJsonString(&o, e.trigger);
  o.append(",\"evidence\":");
  AppendJsonString(&o, e.evidence);
  o.append(",\"rule\":");
  AppendJsonString(&o, e.rule);
  o.append(",\"confidence\":" + (e.confidence < 0 ? std::string("null") : Confidence(e.confidence)));
  o.push_back('}');
  return o;
}

std::string CsvHeader() {
  return "doc,id,date,date_precision,source_code,source_country,source_text,target_code,target_country,"
         "target_text,code,root,quad,goldstein,mood,symmetric,sentence,span_begin,span_end,evidence,rule,confidence";
}

std::string EventToCsv(const Event& e) {
  std::string o;
  for (const std::string& f :
       {e.doc, e.id, e.date.ToString(), std::string(PrecisionName(e.date.precision)), e.source.code, e.source.country,
        e.source.text, e.target.code, e.target.country, e.target.text, e.code, e.root, std::to_string(e.quad),
        JsonNumber(e.goldstein), std::string(MoodName(e.mood)), std::string(e.symmetric ? "1" : "0"),
        std::to_string(e.sentence),
        std::to_string(e.span_begin), std::to_string(e.span_end), e.evidence, e.rule, Confidence(e.confidence)}) {
    if (!o.empty()) o.push_back(',');
    o.append(CsvField(f));
  }
  return o;
}

std::string EventToGdelt(const Event& e, long number, const std::string& url, const std::string& date_added) {
  std::vector<std::string> c(61);
  c[0] = std::to_string(number);
  if (e.date.known()) {
    Date first = DayDate(FirstDay(e.date));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", first.year, first.month, first.day);
    c[1] = buf;
    std::snprintf(buf, sizeof buf, "%04d%02d", first.year, first.month);
    c[2] = buf;
    c[3] = std::to_string(first.year);
    long doy = FirstDay(first) - DayNumber(first.year, 1, 1);
    std::snprintf(buf, sizeof buf, "%.4f", first.year + doy / 365.0);
    c[4] = buf;
  }
  auto actor = [&](int base, const Actor& a) {
    c[base] = a.code;
    c[base + 1] = TabSafe(a.text);
    c[base + 2] = a.country;
    if (a.code.size() >= 6 && !a.country.empty()) c[base + 7] = a.code.substr(3, 3);
  };
  actor(5, e.source);
  actor(15, e.target);
  c[25] = "1";
  c[26] = e.code;
  c[27] = e.code.substr(0, 3);
  c[28] = e.root;
  c[29] = std::to_string(e.quad);
  c[30] = JsonNumber(e.goldstein);
  c[31] = "1";
  c[32] = "1";
  c[33] = "1";
  c[59] = date_added;
  c[60] = TabSafe(url);
  std::string o;
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) o.push_back('\t');
    o.append(c[i]);
  }
  return o;
}

std::string ExplainEvent(const Event& e) {
  std::string o;
  o += e.id + "  " + e.source.code + " --" + e.code + "--> " + e.target.code + "  " + e.date.ToString() + " (" +
       PrecisionName(e.date.precision) + ")  " + MoodName(e.mood) +
       (e.symmetric ? "  symmetric" : "") + "\n";
  o += "  source:  " + e.source.text + " = " + e.source.code + "  via " + e.source.entry + "\n";
  o += "  target:  " + e.target.text + " = " + e.target.code + "  via " + e.target.entry + "\n";
  o += "  rule:    " + e.rule + "  (trigger 「" + e.trigger + "」 at [" + std::to_string(e.span_begin) + "," +
       std::to_string(e.span_end) + "])\n";
  o += "  date:    " + e.date_source + ": " + e.date_reason + "\n";
  o += "  code:    Goldstein " + JsonNumber(e.goldstein) + ", QuadClass " + std::to_string(e.quad) + "\n";
  if (e.confidence >= 0) o += "  confidence: " + Confidence(e.confidence) + "\n";
  o += "  evidence: " + e.evidence + "\n";
  return o;
}

}  // namespace detente
