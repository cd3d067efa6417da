#include "lexicon/lexicon.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "common/date.h"
#include "common/strings.h"
#include "common/tsv.h"
#include "text/utf8.h"

namespace detente {

namespace fs = std::filesystem;

namespace {

struct MarkerInfo {
  const char* name;
  Marker marker;
};
constexpr MarkerInfo kMarkers[] = {
    {"ADMIN", Marker::kAdmin},       {"BLOCK", Marker::kBlock},
    {"BOTH", Marker::kBoth},         {"COORD", Marker::kCoord},
    {"EARLY", Marker::kEarly},       {"FIXED", Marker::kFixed},
    {"HYPO", Marker::kHypo},         {"INTENT", Marker::kIntent},
    {"LATE", Marker::kLate},         {"LOC", Marker::kLoc},
    {"MID", Marker::kMid},
    {"MUTUAL", Marker::kMutual},     {"NEG", Marker::kNeg},
    {"OBJECT_PRONOUN", Marker::kObjectPronoun}, {"PASSIVE", Marker::kPassive},
    {"PERSON_PRONOUN", Marker::kPersonPronoun}, {"POSSIBLE", Marker::kPossible},
    {"PREP", Marker::kPrep},         {"QUESTION", Marker::kQuestion},
    {"RELATION", Marker::kRelation}, {"SPEECH", Marker::kSpeech},
    {"SUFFIX_CVL", Marker::kSuffixCvl}, {"SUFFIX_GOV", Marker::kSuffixGov},
    {"SUFFIX_MIL", Marker::kSuffixMil}, {"TARGET_PREP", Marker::kTargetPrep},
    {"THREAT", Marker::kThreat},     {"TOPIC", Marker::kTopic},
    {"HOST", Marker::kHost},         {"PURPOSE", Marker::kPurpose},
    {"TOPIC_END", Marker::kTopicEnd},  {"SUBORDINATE", Marker::kSubordinate},
    {"HABITUAL", Marker::kHabitual},  {"LIGHT_VERB", Marker::kLightVerb},
    {"ENCOUNTER", Marker::kEncounter}, {"CALL", Marker::kCall},
    {"REFUSAL", Marker::kRefusal},    {"ALSO", Marker::kAlso},
    {"DISAPPROVAL", Marker::kDisapproval}, {"ACCUSATION", Marker::kAccusation},
    {"COOPERATE", Marker::kCooperate}, {"IMPOSE_AGAIN", Marker::kImposeAgain},
    {"LIFT_AGAIN", Marker::kLiftAgain}, {"MENACE", Marker::kMenace},
};

bool IsLatinLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Capital-only names ("US", "UN", "U.S.") must match as written, never the pronoun "us".
bool IsCapitalsOnly(const std::u32string& s) {
  int letters = 0;
  for (char32_t c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::string Hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

const char* MarkerName(Marker m) {
  for (const auto& info : kMarkers)
    if (info.marker == m) return info.name;
  return "?";
}

class LexiconBuilder {
 public:
  explicit LexiconBuilder(Lexicon* lex) : lex_(lex) {}

  Status Run(const std::string& dir) {
    lex_->dir_ = dir;
    if (!fs::is_directory(dir)) return NotFound(dir + ": data folder not found (set --data or DETENTE_DATA)");
    DETENTE_RETURN_IF_ERROR(HashFiles(dir));
    auto norm = Normalizer::Load(Path("text/t2s_chars.tsv"), "text/t2s_chars.tsv");
    if (!norm.ok()) return norm.status();
    lex_->normalizer_ = std::move(*norm);
    auto cameo = CameoTable::Load(Path("cameo/codes.tsv"), "cameo/codes.tsv");
    if (!cameo.ok()) return cameo.status();
    lex_->cameo_ = std::move(*cameo);
    auto frames = CameoFrames::Load(Path("cameo/frames.tsv"), "cameo/frames.tsv", lex_->cameo_);
    if (!frames.ok()) return frames.status();
    lex_->frames_ = std::move(*frames);
    auto confidence = ConfidenceModel::Load(Path("model/confidence.tsv"), "model/confidence.tsv");
    if (!confidence.ok()) return confidence.status();
    lex_->confidence_ = std::move(*confidence);
    auto infl = Inflector::Load(Path("grammar/en_irregular.tsv"), "grammar/en_irregular.tsv");
    if (!infl.ok()) return infl.status();
    lex_->inflector_ = std::move(*infl);

    DETENTE_RETURN_IF_ERROR(LoadGrammar("grammar/zh.tsv", Lang::kZh));
    DETENTE_RETURN_IF_ERROR(LoadGrammar("grammar/en.tsv", Lang::kEn));
    DETENTE_RETURN_IF_ERROR(LoadCountries("actors/countries.tsv"));
    DETENTE_RETURN_IF_ERROR(LoadLeaders("actors/leaders.tsv"));
    DETENTE_RETURN_IF_ERROR(LoadRoles("actors/roles.tsv"));
    DETENTE_RETURN_IF_ERROR(LoadAbbrev("actors/abbrev.tsv"));
    DETENTE_RETURN_IF_ERROR(LoadTimeWords("time/words.tsv"));
    DETENTE_RETURN_IF_ERROR(LoadPeriods("time/periods.tsv"));
    DETENTE_RETURN_IF_ERROR(LoadPatterns("zh", Lang::kZh));
    DETENTE_RETURN_IF_ERROR(LoadPatterns("en", Lang::kEn));
    Compile();
    return Status::Ok();
  }

 private:
  std::string Path(const std::string& rel) const { return lex_->dir_ + "/" + rel; }

  Status HashFiles(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".tsv") files.push_back(it->path().string());
    }
    if (ec) return IoError(dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    uint64_t h = 1469598103934665603ull;  // FNV-1a 64
    auto mix = [&](const std::string& s) {
      for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
      h ^= 0xff; h *= 1099511628211ull;
    };
    for (const auto& f : files) {
      auto content = ReadFile(f);
      if (!content.ok()) return content.status();
      mix(fs::relative(f, dir).generic_string());
      mix(*content);
    }
    lex_->version_ = Hex64(h).substr(0, 12);
    return Status::Ok();
  }

  // Normalised key for a name: simplified, lower-cased, spaces collapsed.
  std::u32string Key(const std::string& name) const {
    std::u32string k = lex_->normalizer_.Fold(ToUtf32(Trim(name)));
    std::u32string out;
    for (char32_t c : k) {
      if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
      out.push_back(c);
    }
    return out;
  }

  void AddKey(const std::u32string& key, Item item, const std::u32string& as_written) {
    if (key.empty()) return;
    item.word_bounded = IsLatinLetter(key.front()) || IsLatinLetter(key.back()) ||
                        (key.front() >= '0' && key.front() <= '9');
    if (IsCapitalsOnly(as_written)) {
      item.exact = static_cast<int32_t>(lex_->exact_forms_.size());
      lex_->exact_forms_.push_back(as_written);
    }
    auto& list = keys_[key];
    for (const Item& it : list)
      if (it.kind == item.kind && it.index == item.index && it.marker == item.marker && it.lang == item.lang) return;
    list.push_back(item);
  }

  // Adds every '|'-separated name; errors on empty names.
  Status AddNames(const TsvRow& row, const std::string& names, Item item, bool both_langs) {
    if (names.empty()) return DataError(row.Where() + ": no names");
    for (const std::string& name : Split(names, '|')) {
      std::string n = Trim(name);
      if (n.empty()) return DataError(row.Where() + ": empty name in list");
      std::u32string written = ToUtf32(n);
      std::u32string key = Key(n);
      if (both_langs) {
        Item zh = item, en = item;
        zh.lang = Lang::kZh;
        en.lang = Lang::kEn;
        AddKey(key, zh, written);
        AddKey(key, en, written);
      } else {
        AddKey(key, item, written);
      }
    }
    return Status::Ok();
  }

  Status LoadGrammar(const std::string& rel, Lang lang) {
    auto rows = ReadTsv(Path(rel), 2, 2, rel);
    if (!rows.ok()) return rows.status();
    // English adverbials that may stand before the "to" of a marker ("agreed on Monday to",
    // "pledged again to"): each such marker also matches with one of them inside.
    std::vector<std::string> adverbials;
    for (const TsvRow& r : *rows)
      if (r.fields[0] == "ADVERBIAL" && lang == Lang::kEn)
        for (const std::string& w : Split(r.fields[1], '|')) adverbials.push_back(Trim(w));
    for (const TsvRow& r : *rows) {
      if (r.fields[0] == "ADVERBIAL" && lang == Lang::kEn) continue;
      const MarkerInfo* info = nullptr;
      for (const auto& m : kMarkers)
        if (r.fields[0] == m.name) info = &m;
      if (r.fields[0] == "ABBREV" && lang == Lang::kEn) {
        for (const std::string& a : Split(r.fields[1], '|')) lex_->abbreviations_.insert(Key(a));
        continue;
      }
      if (!info) return DataError(r.Where() + ": unknown class \"" + r.fields[0] + "\"");
      Item item{ItemKind::kMarker, lang, info->marker, false, -1, 0};
      DETENTE_RETURN_IF_ERROR(AddNames(r, r.fields[1], item, false));
      if (!adverbials.empty() && (info->marker == Marker::kIntent || info->marker == Marker::kThreat ||
                                  info->marker == Marker::kNeg || info->marker == Marker::kRefusal)) {
        std::string variants;
        for (const std::string& w : Split(r.fields[1], '|')) {
          const std::string phrase = Trim(w);
          if (phrase.size() < 5 || phrase.compare(phrase.size() - 3, 3, " to") != 0) continue;
          for (const std::string& a : adverbials)
            variants += (variants.empty() ? "" : "|") + phrase.substr(0, phrase.size() - 3) + " " + a + " to";
        }
        if (!variants.empty()) DETENTE_RETURN_IF_ERROR(AddNames(r, variants, item, false));
      }
      if (info->marker == Marker::kBlock && lang == Lang::kZh)
        for (const std::string& w : Split(r.fields[1], '|')) blocked_.insert(Key(w));
      if (info->marker == Marker::kFixed)
        for (const std::string& w : Split(r.fields[1], '|')) fixed_words_.insert(Trim(w));
      if (info->marker == Marker::kLightVerb && lang == Lang::kZh)
        for (const std::string& w : Split(r.fields[1], '|')) light_verbs_.push_back(Key(w));
      if (info->marker == Marker::kHost && lang == Lang::kZh) {
        for (const std::string& w : Split(r.fields[1], '|')) hosts_.push_back(Key(w));
        host_where_ = r.Where();
      }
      if (lang == Lang::kZh && (info->marker == Marker::kSuffixGov || info->marker == Marker::kSuffixMil ||
                                info->marker == Marker::kSuffixCvl)) {
        const char* role = info->marker == Marker::kSuffixGov ? "GOV" : info->marker == Marker::kSuffixMil ? "MIL" : "CVL";
        for (const std::string& w : Split(r.fields[1], '|')) suffixes_.push_back({Key(w), role, r.Where()});
      }
    }
    return Status::Ok();
  }

  Status AddActor(const TsvRow& r, ActorEntry e, const std::string& names) {
    e.where = r.Where();
    e.name = Trim(Split(names, '|')[0]);
    uint32_t index = static_cast<uint32_t>(lex_->actors_.size());
    lex_->actors_.push_back(e);
    // English demonyms name people in the plural too: Colombians, Israelis, Afghans.
    std::string all = names;
    if (!e.person)
      for (const std::string& n : Split(names, '|')) {
        std::string t = Trim(n);
        bool latin = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' '; });
        if (latin && t.size() > 3 && (t.ends_with("an") || t.ends_with("i")) && t.find(' ') == std::string::npos &&
            !IsCapitalsOnly(ToUtf32(t)))
          all += "|" + t + "s";
      }
    return AddNames(r, all, Item{ItemKind::kActor, Lang::kZh, Marker::kCount, false, -1, index}, true);
  }

  static bool ValidCode(const std::string& code) {
    if (code.size() < 3) return false;
    return std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
  }

  static std::string CountryOf(const std::string& code) {
    if (code.size() >= 3 && code.compare(0, 3, "IGO") != 0 && code.compare(0, 3, "NGO") != 0) return code.substr(0, 3);
    return "";
  }

  Status LoadCountries(const std::string& rel) {
    auto rows = ReadTsv(Path(rel), 2, 2, rel);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      if (!ValidCode(r.fields[0])) return DataError(r.Where() + ": bad actor code \"" + r.fields[0] + "\"");
      ActorEntry e;
      e.code = r.fields[0];
      e.country = CountryOf(e.code);
      DETENTE_RETURN_IF_ERROR(AddActor(r, e, r.fields[1]));
      if (e.code.size() == 3) country_codes_[e.code] = true;
    }
    return Status::Ok();
  }

  Status LoadLeaders(const std::string& rel) {
    auto rows = ReadTsv(Path(rel), 4, 5, rel);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      if (!ValidCode(r.fields[0])) return DataError(r.Where() + ": bad actor code \"" + r.fields[0] + "\"");
      ActorEntry e;
      e.code = r.fields[0];
      e.country = CountryOf(e.code);
      e.person = true;
      e.office = r.fields[4];
      static const std::set<std::string> kHeads = {"President", "Acting President", "Interim President",
                                                    "Prime Minister", "Premier", "Chancellor", "Head of State",
                                                    "Chief Executive", "Supreme Leader", "King", "Emir", "Sultan"};
      e.head = kHeads.count(e.office) > 0;
      Date from, to;
      if (!Date::Parse(r.fields[1], &from) || from.precision != DatePrecision::kDay)
        return DataError(r.Where() + ": FROM must be YYYY-MM-DD, got \"" + r.fields[1] + "\"");
      e.from = FirstDay(from);
      if (r.fields[2] != "-") {
        if (!Date::Parse(r.fields[2], &to) || to.precision != DatePrecision::kDay)
          return DataError(r.Where() + ": TO must be YYYY-MM-DD or -, got \"" + r.fields[2] + "\"");
        e.to = FirstDay(to);
        if (e.to < e.from) return DataError(r.Where() + ": TO is before FROM");
      }
      DETENTE_RETURN_IF_ERROR(AddActor(r, e, r.fields[3]));
    }
    return Status::Ok();
  }

  Status LoadRoles(const std::string& rel) {
    auto rows = ReadTsv(Path(rel), 2, 2, rel);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      const std::string& role = r.fields[0];
      if (role.size() != 3 || !ValidCode(role)) return DataError(r.Where() + ": role must be a 3-letter CAMEO type code");
      uint32_t index = static_cast<uint32_t>(lex_->roles_.size());
      lex_->roles_.push_back({role, r.Where()});
      DETENTE_RETURN_IF_ERROR(AddNames(r, r.fields[1], Item{ItemKind::kRole, Lang::kZh, Marker::kCount, false, -1, index}, true));
    }
    return Status::Ok();
  }

  // One-character abbreviations compose with suffixes (美方, 美军) and in pairs (美哥).
  Status LoadAbbrev(const std::string& rel) {
    auto rows = ReadTsv(Path(rel), 2, 2, rel);
    if (!rows.ok()) return rows.status();
    std::vector<std::pair<std::u32string, std::string>> abbrevs;
    std::map<std::u32string, std::string> where;
    for (const TsvRow& r : *rows) {
      std::u32string ch = Key(r.fields[0]);
      if (ch.size() != 1) return DataError(r.Where() + ": an abbreviation is one character");
      if (!ValidCode(r.fields[1])) return DataError(r.Where() + ": bad actor code \"" + r.fields[1] + "\"");
      if (where.count(ch)) return DataError(r.Where() + ": duplicate abbreviation");
      where[ch] = r.Where();
      abbrevs.emplace_back(ch, r.fields[1]);
    }
    for (const auto& [ch, code] : abbrevs) {
      for (const auto& sfx : suffixes_) {
        std::u32string key = ch + sfx.key;
        if (blocked_.count(key)) continue;
        ActorEntry e;
        e.code = code.size() == 3 ? code + sfx.role : code;
        e.country = CountryOf(code);
        e.name = ToUtf8(key);
        e.where = where[ch] + "+" + sfx.where;
        e.abbreviation = ch[0];
        uint32_t index = static_cast<uint32_t>(lex_->actors_.size());
        lex_->actors_.push_back(e);
        AddKey(key, Item{ItemKind::kActor, Lang::kZh, Marker::kCount, false, -1, index}, key);
      }
      // 驻美大使: the mission is posted in the country the character names.
      for (const std::u32string& host : hosts_) {
        std::u32string key = host + ch;
        ActorEntry e;
        e.code = code.substr(0, 3);
        e.country = CountryOf(code);
        e.name = ToUtf8(key);
        e.where = where[ch] + "+" + host_where_;
        e.host = true;
        e.abbreviation = ch[0];
        uint32_t index = static_cast<uint32_t>(lex_->actors_.size());
        lex_->actors_.push_back(e);
        AddKey(key, Item{ItemKind::kActor, Lang::kZh, Marker::kCount, false, -1, index}, key);
      }
      for (const auto& [ch2, code2] : abbrevs) {
        if (ch == ch2) continue;
        std::u32string key = ch + ch2;
        if (blocked_.count(key)) continue;
        uint32_t index = static_cast<uint32_t>(lex_->dyads_.size());
        lex_->dyads_.push_back({code, code2, where[ch] + "+" + where[ch2]});
        AddKey(key, Item{ItemKind::kDyad, Lang::kZh, Marker::kCount, false, -1, index}, key);
      }
    }
    return Status::Ok();
  }

  Status LoadTimeWords(const std::string& rel) {
    auto rows = ReadTsv(Path(rel), 3, 3, rel);
    if (!rows.ok()) return rows.status();
    static const std::map<std::string, TimeWord::Kind> kKinds = {
        {"pub_day", TimeWord::Kind::kPubDay},       {"pub_week", TimeWord::Kind::kPubWeek},
        {"pub_weekend", TimeWord::Kind::kPubWeekend},
        {"pub_month", TimeWord::Kind::kPubMonth},   {"pub_year", TimeWord::Kind::kPubYear},
        {"pub_recent", TimeWord::Kind::kPubRecent}, {"prev_day", TimeWord::Kind::kPrevDay},
        {"prev_month", TimeWord::Kind::kPrevMonth}, {"prev_year", TimeWord::Kind::kPrevYear},
        {"prev_same", TimeWord::Kind::kPrevSame},   {"prev_before", TimeWord::Kind::kPrevBefore},
        {"prev_after", TimeWord::Kind::kPrevAfter}};
    for (const TsvRow& r : *rows) {
      auto k = kKinds.find(r.fields[0]);
      if (k == kKinds.end()) {
        // (naming the kinds this build knows: data newer than the binary is the usual cause)
        std::string known;
        for (const auto& [name, kind] : kKinds) known += (known.empty() ? "" : ", ") + name;
        return DataError(r.Where() + ": unknown time-word kind \"" + r.fields[0] + "\" (this build knows " + known + ")");
      }
      char* end = nullptr;
      long off = std::strtol(r.fields[1].c_str(), &end, 10);
      if (r.fields[1].empty() || *end) return DataError(r.Where() + ": OFFSET must be an integer");
      uint32_t index = static_cast<uint32_t>(lex_->time_words_.size());
      lex_->time_words_.push_back({k->second, static_cast<int>(off), r.Where()});
      DETENTE_RETURN_IF_ERROR(AddNames(r, r.fields[2], Item{ItemKind::kTimeWord, Lang::kZh, Marker::kCount, false, -1, index}, true));
    }
    return Status::Ok();
  }

  Status LoadPeriods(const std::string& rel) {
    auto rows = ReadTsv(Path(rel), 3, 3, rel);
    if (!rows.ok()) return rows.status();
    for (const TsvRow& r : *rows) {
      Date from, to;
      if (!Date::Parse(r.fields[0], &from) || from.precision != DatePrecision::kDay)
        return DataError(r.Where() + ": FROM must be YYYY-MM-DD");
      Period p;
      p.from = FirstDay(from);
      if (r.fields[1] != "-") {
        if (!Date::Parse(r.fields[1], &to) || to.precision != DatePrecision::kDay)
          return DataError(r.Where() + ": TO must be YYYY-MM-DD or -");
        p.to = FirstDay(to);
        if (p.to < p.from) return DataError(r.Where() + ": TO is before FROM");
      }
      p.name = Trim(Split(r.fields[2], '|')[0]);
      p.where = r.Where();
      uint32_t index = static_cast<uint32_t>(lex_->periods_.size());
      lex_->periods_.push_back(p);
      DETENTE_RETURN_IF_ERROR(AddNames(r, r.fields[2], Item{ItemKind::kPeriod, Lang::kZh, Marker::kCount, false, -1, index}, true));
    }
    return Status::Ok();
  }

  // English segment forms: every content word in all its inflections.
  // The first word of a trigger is always inflected, even a function word ("back down").
  std::vector<std::u32string> EnglishForms(const std::string& segment, bool trigger) const {
    std::vector<std::string> forms{""};
    bool first = true;
    for (const std::string& w : Split(segment, ' ')) {
      if (w.empty()) continue;
      std::vector<std::string> word_forms = fixed_words_.count(w) && !(first && trigger)
                                                ? std::vector<std::string>{w}
                                                : lex_->inflector_.Forms(w);
      first = false;
      std::vector<std::string> next;
      for (const auto& f : forms)
        for (const auto& wf : word_forms) next.push_back(f.empty() ? wf : f + " " + wf);
      forms = std::move(next);
    }
    std::vector<std::u32string> out;
    for (const auto& f : forms) out.push_back(Key(f));
    return out;
  }

  Status LoadPatterns(const std::string& lang_dir, Lang lang) {
    std::string dir = Path("patterns/" + lang_dir);
    if (!fs::is_directory(dir)) return Status::Ok();
    std::vector<std::string> files;
    for (const auto& ent : fs::directory_iterator(dir))
      if (ent.is_regular_file() && ent.path().extension() == ".tsv") files.push_back(ent.path().filename().string());
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> seen;  // pattern text -> where
    for (const std::string& f : files) {
      std::string rel = "patterns/" + lang_dir + "/" + f;
      std::string root = f.substr(0, f.size() - 4);
      if (root.size() != 2 || !lex_->cameo_.Find(root))
        return DataError(rel + ": pattern files are named by CAMEO root (01.tsv ... 20.tsv)");
      auto rows = ReadTsv(Path(rel), 4, 4, rel);
      if (!rows.ok()) return rows.status();
      for (const TsvRow& r : *rows) {
        Pattern p;
        p.code = r.fields[0];
        p.lang = lang;
        p.text = r.fields[1];
        p.expect = r.fields[2];
        p.example = r.fields[3];
        p.where = r.Where();
        if (!lex_->cameo_.Find(p.code)) return DataError(r.Where() + ": unknown CAMEO code \"" + p.code + "\"");
        if (p.code.compare(0, 2, root) != 0) return DataError(r.Where() + ": code " + p.code + " is not of root " + root);
        if (auto it = seen.find(p.text); it != seen.end())
          return DataError(r.Where() + ": duplicate pattern \"" + p.text + "\" (first at " + it->second + ")");
        seen[p.text] = r.Where();
        std::string body = p.text;
        if (!body.empty() && body[0] == '~') {
          p.reciprocal = true;
          body = Trim(body.substr(1));
        }
        for (const std::string& seg : Split(body, '*')) {
          std::string s = Trim(seg);
          if (s.empty()) return DataError(r.Where() + ": empty segment in pattern \"" + p.text + "\"");
          // "strike @": the actor right after the words before it
          const bool tight_actor = s.size() > 2 && s.compare(s.size() - 2, 2, " @") == 0;
          if (tight_actor) {
            if (lang != Lang::kEn) return DataError(r.Where() + ": \"X @\" is for English patterns");
            s = Trim(s.substr(0, s.size() - 2));
            p.segments.push_back(p.segments.empty() ? EnglishForms(s, true) : EnglishForms(s, false));
            p.adjacent.push_back(0);
            p.segments.push_back({});
            p.adjacent.push_back(1);
            continue;
          }
          p.adjacent.push_back(0);
          if (s == "@") {
            // any actor's name ("release * @": released two Canadians)
            if (p.segments.empty()) return DataError(r.Where() + ": a pattern cannot start with @");
            p.segments.push_back({});
          } else if (lang == Lang::kEn) {
            p.segments.push_back(EnglishForms(s, p.segments.empty()));
          } else {
            p.segments.push_back({Key(s)});
          }
        }
        // 表示哀悼 also matches 表示深切哀悼: a light verb and its object noun take modifiers
        // between them, so the pattern is split after the verb.
        if (lang == Lang::kZh && !p.segments.empty()) {
          std::u32string& first = p.segments[0][0];
          for (const std::u32string& verb : light_verbs_)
            if (first.size() >= verb.size() + 2 && first.compare(0, verb.size(), verb) == 0) {
              std::u32string object = first.substr(verb.size());
              first = verb;
              p.segments.insert(p.segments.begin() + 1, std::vector<std::u32string>{object});
              p.adjacent.insert(p.adjacent.begin() + 1, 0);
              p.light_verb = true;
              break;
            }
        }
        for (const auto& segment : p.segments) {
          UnitBloom bits{};
          for (const std::u32string& form : segment) {
            const size_t n = FirstUnitLength(form, lang);
            if (n == 0) bits.fill(~uint64_t{0});
            else BloomAdd(&bits, UnitHash(form, 0, n));
          }
          if (segment.empty()) bits.fill(~uint64_t{0});  // `@`
          p.segment_units.push_back(bits);
        }
        uint32_t index = static_cast<uint32_t>(lex_->patterns_.size());
        for (const auto& form : p.segments[0]) AddKey(form, Item{ItemKind::kPattern, lang, Marker::kCount, false, -1, index}, form);
        lex_->patterns_.push_back(std::move(p));
      }
    }
    return Status::Ok();
  }

  void Compile() {
    std::vector<const std::u32string*> keys;
    keys.reserve(keys_.size());
    for (const auto& kv : keys_) keys.push_back(&kv.first);
    std::sort(keys.begin(), keys.end(), [](const auto* a, const auto* b) { return *a < *b; });
    Trie::Builder b;
    lex_->list_begin_.clear();
    for (const auto* k : keys) {
      uint32_t value = static_cast<uint32_t>(lex_->list_begin_.size());
      lex_->list_begin_.push_back(static_cast<uint32_t>(lex_->items_.size()));
      for (const Item& it : keys_[*k]) lex_->items_.push_back(it);
      b.Add(*k, value);
    }
    lex_->list_begin_.push_back(static_cast<uint32_t>(lex_->items_.size()));
    lex_->list_masks_.assign(2 * (lex_->list_begin_.size() - 1), 0);
    for (size_t v = 0; v + 1 < lex_->list_begin_.size(); ++v)
      for (uint32_t i = lex_->list_begin_[v]; i < lex_->list_begin_[v + 1]; ++i) {
        const Item& it = lex_->items_[i];
        uint64_t& mask = lex_->list_masks_[2 * v + (it.lang == Lang::kEn)];
        mask |= Lexicon::MaskBit(it.kind, Marker::kCount);
        if (it.kind == ItemKind::kMarker) mask |= Lexicon::MaskBit(it.kind, it.marker);
      }
    lex_->trie_ = b.Build();
  }

  struct Suffix {
    std::u32string key;
    std::string role;
    std::string where;
  };

  Lexicon* lex_;
  std::unordered_map<std::u32string, std::vector<Item>> keys_;
  std::unordered_set<std::u32string> blocked_;
  std::unordered_set<std::string> fixed_words_;
  std::vector<Suffix> suffixes_;
  std::vector<std::u32string> hosts_;  // 驻: composes with an abbreviation into a host country
  std::vector<std::u32string> light_verbs_;  // 表示, 展开, 提出: split from their object noun
  std::string host_where_;
  std::map<std::string, bool> country_codes_;
};

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& dir) {
  auto start = std::chrono::steady_clock::now();
  auto lex = std::make_shared<Lexicon>();
  LexiconBuilder builder(lex.get());
  Status st = builder.Run(dir);
  if (!st.ok()) return st;
  lex->load_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

}  // namespace detente
