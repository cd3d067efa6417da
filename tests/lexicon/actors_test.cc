// The production actor dictionaries: every state and organisation is named in Chinese and English,
// office-holders are coded by the term in office on the event's date, terms of one office do not
// overlap, and Traditional, Taiwan and Hong Kong forms name the same actors as the Simplified ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <map>
#include <set>

#include "common/date.h"
#include "common/strings.h"
#include "common/tsv.h"
#include "lexicon/lexicon.h"
#include "test_util.h"
#include "text/utf8.h"

namespace detente {
namespace {

using testing_util::CodeText;
using testing_util::Compact;
using testing_util::ProductionEngine;
using V = std::vector<std::string>;

const std::string kData = DETENTE_DATA_DIR;

const Lexicon& Lex() {
  static const std::shared_ptr<const Lexicon> lex = [] {
    auto r = Lexicon::Load(kData);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return *r;
  }();
  return *lex;
}

std::vector<TsvRow> Rows(const std::string& rel, size_t min_cols, size_t max_cols) {
  auto rows = ReadTsv(kData + "/" + rel, min_cols, max_cols, rel);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  return rows.ok() ? *rows : std::vector<TsvRow>{};
}

std::vector<std::string> Names(const std::string& field) {
  std::vector<std::string> out;
  for (const std::string& n : Split(field, '|')) out.push_back(Trim(n));
  return out;
}

bool IsCjk(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
bool IsLatin(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool AnyNameHas(const std::vector<std::string>& names, bool (*pred)(char32_t)) {
  for (const std::string& n : names)
    for (char32_t c : ToUtf32(n))
      if (pred(c)) return true;
  return false;
}

// The key a name is matched by: simplified, lower-cased, accents and name dots folded.
std::u32string Folded(const std::string& name) { return Lex().normalizer().Fold(ToUtf32(name)); }

// Day number of "YYYY-MM-DD"; "-" (still in office) is open-ended.
long Day(const std::string& s) {
  if (s == "-") return LONG_MAX;
  Date d;
  EXPECT_TRUE(Date::Parse(s, &d)) << s;
  return FirstDay(d);
}

// The actor entries a whole name matches, as "CODE from..to" strings.
std::set<std::string> EntriesOf(const std::string& name) {
  std::set<std::string> out;
  uint32_t v = Lex().trie().Find(Folded(name));
  if (v == Trie::kNoValue) return out;
  for (const Item& it : Lex().Items(v)) {
    if (it.kind != ItemKind::kActor) continue;
    const ActorEntry& e = Lex().actors()[it.index];
    out.insert(e.code + " " + std::to_string(e.from) + ".." + std::to_string(e.to));
  }
  return out;
}

struct Term {
  std::string code, office, first_name, where;
  long from, to;
  std::vector<std::string> names;
};

std::vector<Term> Terms() {
  std::vector<Term> out;
  for (const TsvRow& r : Rows("actors/leaders.tsv", 5, 5)) {
    Term t{r.fields[0], r.fields[4], "", r.Where(), Day(r.fields[1]), Day(r.fields[2]), Names(r.fields[3])};
    t.first_name = t.names.empty() ? "" : t.names[0];
    out.push_back(t);
  }
  return out;
}

std::map<std::string, std::vector<std::string>> Countries() {
  std::map<std::string, std::vector<std::string>> out;
  for (const TsvRow& r : Rows("actors/countries.tsv", 2, 2)) out[r.fields[0]] = Names(r.fields[1]);
  return out;
}

long Overlap(const Term& a, const Term& b) {
  long lo = std::max(a.from, b.from), hi = std::min(a.to, b.to);
  return hi == LONG_MAX ? LONG_MAX : hi - lo;  // days shared beyond the handover day
}

TEST(Actors, EveryStateAndOrganisationHasAChineseAndAnEnglishName) {
  auto countries = Countries();
  ASSERT_GT(countries.size(), 200u);
  for (const auto& [code, names] : countries) {
    EXPECT_TRUE(AnyNameHas(names, IsCjk)) << code << " has no Chinese name";
    EXPECT_TRUE(AnyNameHas(names, IsLatin)) << code << " has no English name";
  }
}

TEST(Actors, EveryUnMemberStateAndTheTerritoriesInTheNewsArePresent) {
  // The 193 UN member states (ISO 3166-1 alpha-3), then Taiwan, Hong Kong, Macao, Palestine,
  // Kosovo and the Holy See.
  const char* kRequired =
      "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN "
      "BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA "
      "DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND "
      "HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU "
      "LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC "
      "NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP "
      "SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO "
      "TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE "
      "TWN HKG MAC PSE KSV VAT";
  auto countries = Countries();
  std::vector<std::string> required = Split(kRequired, ' ');
  required.erase(std::remove(required.begin(), required.end(), ""), required.end());
  EXPECT_EQ(required.size(), 199u);
  for (const std::string& code : required) EXPECT_TRUE(countries.count(code)) << code << " is missing";
}

TEST(Actors, OrganisationsInTheNewsArePresent) {
  for (const char* name : {"欧盟",           "联合国",       "安理会",   "北约",         "美洲国家组织",
                           "非盟",           "东盟",         "欧佩克",   "世卫组织",     "国际货币基金组织",
                           "世界银行",       "世贸组织",     "七国集团", "二十国集团",   "金砖国家",
                           "上合组织",       "拉共体",       "南共市",   "阿盟",         "海合会",
                           "国际原子能机构", "国际刑事法院", "国际法院", "联合国难民署", "联合国儿童基金会",
                           "红十字会",       "OAS",          "IAEA",     "UNICEF",       "Red Cross",
                           "BRICS",          "Mercosur"})
    EXPECT_FALSE(EntriesOf(name).empty()) << name;
}

TEST(Actors, EveryOfficeHolderHasChineseAndEnglishNamesAndAKnownCode) {
  auto countries = Countries();
  const std::set<std::string> kRoles = {"GOV", "MIL", "OPP", "LEG"};
  for (const Term& t : Terms()) {
    EXPECT_TRUE(AnyNameHas(t.names, IsCjk)) << t.where << ": no Chinese name";
    EXPECT_TRUE(AnyNameHas(t.names, IsLatin)) << t.where << ": no English name";
    // A typo in a code (CHNGVO, IGOUNU) would make a person a new, unknown actor.
    bool known = countries.count(t.code) ||
                 (t.code.size() == 6 && countries.count(t.code.substr(0, 3)) && kRoles.count(t.code.substr(3)));
    EXPECT_TRUE(known) << t.where << ": unknown code " << t.code;
    EXPECT_GE(t.from, DayNumber(1900, 1, 1)) << t.where;
    EXPECT_LT(t.from, DayNumber(2027, 1, 1)) << t.where;
  }
}

TEST(Actors, TermsOfOneOfficeInOneCountryDoNotOverlap) {
  std::map<std::pair<std::string, std::string>, std::vector<Term>> offices;
  for (const Term& t : Terms()) offices[{t.code, t.office}].push_back(t);
  int checked = 0;
  for (const auto& [key, terms] : offices) {
    // (a ministry has several spokespersons at once)
    if (key.second.find("Spokesperson") != std::string::npos) continue;
    for (size_t i = 0; i < terms.size(); ++i)
      for (size_t j = i + 1; j < terms.size(); ++j) {
        ++checked;
        // Handing over on the same day counts as one shared day, never more.
        EXPECT_LE(Overlap(terms[i], terms[j]), 1)
            << key.first << " " << key.second << ": " << terms[i].where << " (" << terms[i].first_name << ") and "
            << terms[j].where << " (" << terms[j].first_name << ") overlap";
      }
  }
  EXPECT_GT(checked, 1000);
}

TEST(Actors, HeadsOfTheMainStatesFollowEachOtherWithoutGaps) {
  // Offices listed as complete in the header: each term starts when the one before ends, or
  // within the few days or weeks an office is known to have stood vacant, so a missing or
  // misdated holder shows up here. Acting holders fill the office they act in.
  struct Claim {
    const char* code;
    const char* office;
    long since;
    long max_gap_days;
  };
  const Claim kClaims[] = {
      {"USAGOV", "President", DayNumber(1945, 1, 1), 0},
      {"USAGOV", "Secretary of State", DayNumber(1945, 1, 1), 31},
      {"USAGOV", "Secretary of Defense", DayNumber(1947, 9, 17), 62},
      {"GBRGOV", "Prime Minister", DayNumber(1945, 1, 1), 1},
      {"GBRGOV", "Foreign Secretary", DayNumber(1990, 1, 1), 1},
      {"GBRGOV", "Defence Secretary", DayNumber(1990, 1, 1), 1},
      {"RUSGOV", "President", DayNumber(1991, 7, 10), 0},
      {"RUSGOV", "Foreign Minister", DayNumber(1991, 12, 26), 5},
      {"RUSGOV", "Defence Minister", DayNumber(1992, 5, 18), 31},
      {"FRAGOV", "Prime Minister", DayNumber(1988, 5, 10), 0},
      {"FRAGOV", "Foreign Minister", DayNumber(1988, 5, 12), 3},
      {"CHNGOV", "President", DayNumber(1983, 6, 18), 0},
      {"CHNGOV", "Premier", DayNumber(1976, 4, 7), 0},
      {"CHNGOV", "Foreign Minister", DayNumber(1982, 11, 19), 0},
      {"CHNGOV", "Defence Minister", DayNumber(1988, 4, 12), 70},
      {"COLGOV", "President", DayNumber(1986, 8, 7), 0},
      {"COLGOV", "Foreign Minister", DayNumber(1990, 8, 7), 0},
      {"VENGOV", "President", DayNumber(1994, 2, 2), 0},
      {"JPNGOV", "Prime Minister", DayNumber(1982, 11, 27), 0},
      {"DEUGOV", "Chancellor", DayNumber(1974, 5, 16), 0},
      {"INDGOV", "Prime Minister", DayNumber(1989, 12, 2), 0},
      {"TWNGOV", "President", DayNumber(1978, 5, 20), 0},
      {"BRAGOV", "President", DayNumber(1985, 3, 15), 0},
      {"MEXGOV", "President", DayNumber(1988, 12, 1), 1},
      {"CANGOV", "Prime Minister", DayNumber(1984, 9, 17), 0},
      {"AUSGOV", "Prime Minister", DayNumber(1983, 3, 11), 0},
      {"ISRGOV", "Prime Minister", DayNumber(1974, 6, 3), 1},
      {"PHLGOV", "President", DayNumber(1986, 2, 25), 0},
      {"IDNGOV", "President", DayNumber(1967, 3, 12), 0},
      {"TURGOV", "President", DayNumber(1993, 5, 16), 0},
      {"ZAFGOV", "President", DayNumber(1989, 9, 20), 1},
      {"IGOUNO", "Secretary-General", DayNumber(1972, 1, 1), 1},
      {"IGOEUREEC", "President of the European Commission", DayNumber(1999, 9, 16), 1},
  };
  auto terms = Terms();
  for (const Claim& c : kClaims) {
    std::vector<Term> held;
    for (const Term& t : terms)
      if (t.code == c.code && (t.office == c.office || t.office == std::string("Acting ") + c.office) && t.to > c.since)
        held.push_back(t);
    std::sort(held.begin(), held.end(), [](const Term& a, const Term& b) { return a.from < b.from; });
    ASSERT_FALSE(held.empty()) << c.code << " " << c.office;
    EXPECT_LE(held.front().from, c.since) << c.code << " " << c.office << " starts late";
    EXPECT_EQ(held.back().to, LONG_MAX) << c.code << " " << c.office << ": nobody in office now";
    for (size_t i = 1; i < held.size(); ++i)
      EXPECT_LE(held[i].from - held[i - 1].to, c.max_gap_days)
          << c.code << " " << c.office << ": gap between " << held[i - 1].where << " and " << held[i].where;
  }
}

TEST(Actors, EveryUnMemberStateHasSomeoneInOffice) {
  // In office at the end of 2025, as far as the file's knowledge reaches. Samoa (government
  // changed in 2025) and San Marino (captains regent every six months) are named in the header
  // as not listed.
  const std::set<std::string> kNotListed = {"WSM", "SMR"};
  std::set<std::string> in_office;
  for (const Term& t : Terms())
    if (t.to >= DayNumber(2025, 12, 31)) in_office.insert(t.code.substr(0, 3));
  for (const auto& [code, names] : Countries()) {
    if (code.size() != 3 || kNotListed.count(code) || code == "ESH" || code == "GRL" || code == "PRI" ||
        code == "HKG" || code == "MAC" || code == "DDR" || code == "YUG")
      continue;
    EXPECT_TRUE(in_office.count(code)) << code << ": no office-holder in office";
  }
}

TEST(Actors, ANameSharedByPeopleInOfficeAtTheSameTimeNamesOneActor) {
  // Otherwise the coder would pick one of them at random on a date when both are in office.
  std::map<std::u32string, std::vector<const Term*>> by_name;
  auto terms = Terms();
  for (const Term& t : terms)
    for (const std::string& n : t.names) by_name[Folded(n)].push_back(&t);
  for (const auto& [key, list] : by_name)
    for (size_t i = 0; i < list.size(); ++i)
      for (size_t j = i + 1; j < list.size(); ++j)
        if (list[i]->code != list[j]->code) {
          EXPECT_LE(Overlap(*list[i], *list[j]), 0)
              << "\"" << ToUtf8(key) << "\" names " << list[i]->where << " and " << list[j]->where;
        }
}

TEST(Actors, NoOfficeHolderIsNamedLikeAStateOrARoleNoun) {
  std::map<std::u32string, std::string> taken;
  for (const auto& [code, names] : Countries())
    for (const std::string& n : names) taken[Folded(n)] = code;
  for (const TsvRow& r : Rows("actors/roles.tsv", 2, 2))
    for (const std::string& n : Names(r.fields[1])) taken[Folded(n)] = "role " + r.fields[0];
  for (const Term& t : Terms())
    for (const std::string& n : t.names) {
      auto it = taken.find(Folded(n));
      EXPECT_TRUE(it == taken.end()) << t.where << ": \"" << n << "\" already names " << it->second;
    }
}

TEST(Actors, TraditionalTaiwanAndHongKongFormsNameTheSameActors) {
  const std::pair<const char*, const char*> kPairs[] = {
      // people
      {"特朗普", "川普"},
      {"唐纳德·特朗普", "唐納·川普"},
      {"普京", "普亭"},
      {"马杜罗", "馬杜洛"},
      {"马杜罗", "馬杜羅"},
      {"佩特罗", "裴卓"},
      {"佩特罗", "佩特羅"},
      {"拜登", "拜登"},
      {"马克龙", "馬克宏"},
      {"莫迪", "Modi"},
      {"内塔尼亚胡", "納坦雅胡"},
      {"埃尔多安", "艾爾段"},
      {"默克尔", "梅克爾"},
      {"朔尔茨", "蕭茲"},
      {"斯塔默", "施凱爾"},
      {"撒切尔", "柴契爾"},
      {"布莱尔", "貝理雅"},
      {"奥巴马", "歐巴馬"},
      {"克林顿", "柯林頓"},
      {"里根", "雷根"},
      {"肯尼迪", "甘迺迪"},
      {"尼克松", "尼克森"},
      {"基辛格", "季辛吉"},
      {"蓬佩奥", "龐培歐"},
      {"鲁比奥", "盧比歐"},
      {"哈里斯", "賀錦麗"},
      {"泽连斯基", "澤倫斯基"},
      {"习近平", "習近平"},
      {"赖清德", "賴清德"},
      {"博索纳罗", "波索納洛"},
      {"米莱", "米雷伊"},
      {"布克尔", "布格磊"},
      {"奥尔特加", "奧蒂嘉"},
      {"卡斯特罗", "卡斯楚"},
      {"安瓦尔", "安華"},
      {"他信", "塔克辛"},
      {"阿尔巴尼斯", "艾班尼斯"},
      {"叶利钦", "葉爾欽"},
      {"戈尔巴乔夫", "戈巴契夫"},
      {"Trump", "特朗普"},
      {"Zelensky", "Zelenskyy"},
      {"Erdogan", "Erdoğan"},
      {"Lula", "卢拉"},
      {"Petro", "裴卓"},
      // states and organisations
      {"新西兰", "紐西蘭"},
      {"新西兰", "新西蘭"},
      {"沙特阿拉伯", "沙烏地阿拉伯"},
      {"沙特阿拉伯", "沙地阿拉伯"},
      {"意大利", "義大利"},
      {"老挝", "寮國"},
      {"埃塞俄比亚", "衣索比亞"},
      {"尼日利亚", "奈及利亞"},
      {"也门", "葉門"},
      {"哥斯达黎加", "哥斯大黎加"},
      {"危地马拉", "瓜地馬拉"},
      {"克罗地亚", "克羅埃西亞"},
      {"乍得", "查德"},
      {"津巴布韦", "辛巴威"},
      {"卡塔尔", "卡達"},
      {"阿联酋", "阿拉伯聯合大公國"},
      {"塞浦路斯", "賽普勒斯"},
      {"委内瑞拉", "委內瑞拉"},
      {"哥伦比亚", "哥倫比亞"},
      {"Colombia", "Colombian"},
      {"Venezuela", "Venezuelan"},
      {"哥伦比亚", "Colombia"},
      {"东盟", "東協"},
      {"北约", "北約"},
      {"联合国", "聯合國"},
      {"白宫", "White House"},
      {"白宫", "白宮"},
      {"克里姆林宫", "Kremlin"},
      {"五角大楼", "Pentagon"},
      {"加拉加斯", "卡拉卡斯"},
      {"爱丽舍宫", "艾麗榭宮"},
      {"苏联", "俄罗斯"},
      {"首尔", "Seoul"},
  };
  for (const auto& [a, b] : kPairs) {
    std::set<std::string> ea = EntriesOf(a), eb = EntriesOf(b);
    EXPECT_FALSE(ea.empty()) << a;
    EXPECT_EQ(ea, eb) << a << " / " << b;
  }
}

TEST(Actors, ShortNamesDoNotMatchInsideLongerPlaceNames) {
  // 克里 (Kerry) inside 克里米亚, 蒙古 inside 内蒙古, 马里 (Mali) inside 马里兰.
  EXPECT_EQ(EntriesOf("克里米亚"), EntriesOf("乌克兰"));
  EXPECT_EQ(EntriesOf("内蒙古"), EntriesOf("中国"));
  EXPECT_EQ(EntriesOf("马里兰"), EntriesOf("美国"));
  auto code = [](const std::string& text, const std::string& date) {
    return Compact(CodeText(ProductionEngine(), text, date));
  };
  EXPECT_EQ(code("2014年，俄罗斯批评克里米亚。", "2014-06-01"), (V{"RUS>UKR:111@2014"}));
  EXPECT_EQ(code("2020年，内蒙古批评蒙古。", "2020-06-01"), (V{"CHN>MNG:111@2020"}));
}

// The source code of the single event of a sentence.
std::string Source(const std::string& text, const std::string& date) {
  auto events = CodeText(ProductionEngine(), text, date);
  if (events.size() != 1) return "(" + std::to_string(events.size()) + " events)";
  return events[0].source.code;
}

TEST(Actors, PeopleAreCodedByTheTermInOfficeOnTheEventDate) {
  EXPECT_EQ(Source("2019年，特朗普批评伊朗。", "2019-06-01"), "USAGOV");
  EXPECT_EQ(Source("2022年，特朗普批评伊朗。", "2022-06-01"), "USAELI");
  EXPECT_EQ(Source("2025年，特朗普批评伊朗。", "2025-06-01"), "USAGOV");
  EXPECT_EQ(Source("2019年，川普批評伊朗。", "2019-06-01"), "USAGOV");
  EXPECT_EQ(Source("2015年，拜登批评伊朗。", "2015-06-01"), "USAGOV");  // vice president
  EXPECT_EQ(Source("2019年，拜登批评伊朗。", "2019-06-01"), "USAELI");
  EXPECT_EQ(Source("2023年，拜登批评伊朗。", "2023-06-01"), "USAGOV");
  EXPECT_EQ(Source("In 2015, Biden criticized Iran.", "2015-06-01"), "USAGOV");
  EXPECT_EQ(Source("In 2022, Trump criticized Iran.", "2022-06-01"), "USAELI");
  EXPECT_EQ(Source("2010年，普京批评美国。", "2010-06-01"), "RUSGOV");  // prime minister
  EXPECT_EQ(Source("2022年3月，内塔尼亚胡批评伊朗。", "2022-06-01"), "ISRELI");
  EXPECT_EQ(Source("2024年，納坦雅胡批評伊朗。", "2024-06-01"), "ISRGOV");
  EXPECT_EQ(Source("2015年，卢拉批评美国。", "2015-06-01"), "BRAELI");
  EXPECT_EQ(Source("2024年，馬杜洛批評哥倫比亞。", "2024-06-01"), "VENGOV");
  EXPECT_EQ(Source("2023年，賀錦麗批評伊朗。", "2023-06-01"), "USAGOV");
  EXPECT_EQ(Source("1962年，赫鲁晓夫批评美国。", "1962-06-01"), "RUSGOV");
  EXPECT_EQ(Source("2020年，古特雷斯批评以色列。", "2020-06-01"), "IGOUNO");
}

TEST(Actors, AdministrationsAndPeriodsDateEvents) {
  auto code = [](const std::string& text) { return Compact(CodeText(ProductionEngine(), text, "2026-01-15"), true); };
  // One line per presidency: the early Obama administration is 2009-2010, not his second term.
  EXPECT_EQ(code("在奥巴马政府初期，美国批评伊朗。"), (V{"USA>IRN:111@2010"}));
  EXPECT_EQ(code("在拜登政府后期，美国批评伊朗。"), (V{"USA>IRN:111@2024"}));
  EXPECT_EQ(code("冷战初期，美国批评苏联。"), (V{"USA>RUS:111@1952"}));
  EXPECT_EQ(code("9·11事件后，美国批评阿富汗。"), (V{"USA>AFG:111@2001"}));
}

TEST(Actors, LeadersFileSaysHowFarItsKnowledgeReaches) {
  auto content = ReadFile(kData + "/actors/leaders.tsv");
  ASSERT_TRUE(content.ok());
  EXPECT_NE(content->find("# Known to:"), std::string::npos);
  EXPECT_NE(content->find("# Known gaps:"), std::string::npos);
}

}  // namespace
}  // namespace detente
