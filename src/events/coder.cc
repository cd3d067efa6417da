// Assembling coded events from the matches of one document.
//
// Per sentence: tokens (lexicon matches) → actor mentions (with composition) → time
// expressions resolved in order → for each pattern trigger, source and target from the
// clause structure (subject, prepositions, passive, reported speech, coordination, mutual
// action) → mood (negation, condition, question, possibility, intent) → CAMEO code, date and
// actors resolved at that date. Events repeated within a document are kept once.
#include <algorithm>
#include <cstdlib>
#include <list>
#include <map>
#include <set>

#include "common/date.h"
#include "common/strings.h"
#include "detente/detente.h"
#include "events/cameo.h"
#include "extract/mentions.h"
#include "extract/time.h"
#include "lexicon/inflect.h"
#include "lexicon/lexicon.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace detente {

namespace {

struct Mention {
  int begin = 0, end = 0;
  int clause = 0;
  int first_token = 0, last_token = 0;
  std::vector<uint32_t> entries;  // candidate actor entries
  std::string role;               // composed role noun ("GOV"), "" if none
  std::string role_where;
  bool dyad = false;              // 美哥: two actors at once
  std::vector<uint32_t> dyad_b;   // the second actor's entries (dyad)
  std::string dyad_a_code, dyad_b_code;
  bool prep_object = false;       // governed by a preposition (对/向/against/with ...)
  bool passive_agent = false;     // after 被/遭/by
  bool coord_with_prev = false;   // joined to the previous mention by 和/与/、/and
  bool prep_ambiguous = false;    // joined by 同/与/和/跟: preposition or coordination
  bool locative = false;          // a place: 在美国, in Colombia
  bool topic = false;             // what it is about: 就乌克兰问题, "over Ukraine" (also locative)
  bool pronoun = false;
  bool administration = false;    // 肯尼迪政府 / the Kennedy administration: a person's term
  bool host = false;              // 驻美, 驻哥伦比亚: where a mission is posted (a target, never a subject)
  bool group_member = false;      // "the three juntas": a country of a numbered group after its first
  bool dateline = false;          // "DOHA, Sept 18 -": where the story was filed (also locative)
};

// How a pattern matched with its object told before the verb (MatchObjectRelative): the name
// right before the verb is the relative clause's subject ("the agreement the two countries
// signed"), or the verb is a participle whose doer comes after "by" ("an accord, signed … by").
struct ObjectFirst {
  const Mention* subject = nullptr;
  bool participle = false;
  int object_end = -1;  // where the object told before the verb ends
  // where " on " and " against " start inside the object ("Sanctions on Russian banks, imposed
  // by …"): the act's noun may end there, its target after; -1 if not
  int on_at = -1, against_at = -1;
  bool any() const { return subject || participle; }
};

struct Resolved {
  Actor actor;
  bool ok = false;
};

int Root(const std::string& code) { return std::atoi(code.substr(0, 2).c_str()); }

// How a target taken as the doer of an act a reaction names is explained; a later "also
// denounced it" looks for it.
constexpr std::string_view kActNamed = " (the act named)";

class DocumentCoder {
 public:
  DocumentCoder(const Lexicon& lex, const Document& doc, const CodeOptions& opt) : lex_(lex), doc_(doc), opt_(opt) {}

  Result<CodedDocument> Run() {
    const std::string where = doc_.origin.empty() ? "document " + doc_.id : doc_.origin;
    if (size_t bad = FindInvalidUtf8(doc_.text); bad != std::string::npos)
      return DataError(where + ": invalid UTF-8 at byte " + std::to_string(bad + 1));
    if (doc_.text.find('\0') != std::string::npos) return DataError(where + ": binary data (NUL byte) in text");
    if (Trim(doc_.text).empty()) return DataError(where + ": empty document");
    DecodeUtf8(doc_.text, &orig_);
    norm_ = orig_;
    lex_.normalizer().FoldInPlace(&norm_);
    sentences_ = SplitSentences(orig_, norm_, lex_.abbreviations());
    out_.sentences = static_cast<int>(sentences_.size());

    if (!doc_.date.empty() && !Date::Parse(doc_.date, &pub_))
      return DataError(where + ": publication date \"" + doc_.date + "\" is not YYYY-MM-DD");
    if (!pub_.known()) InferPublicationDate();
    out_.publication_date = pub_.ToString();

    int paragraph = -1;
    for (size_t s = 0; s < sentences_.size(); ++s) {
      if (sentences_[s].paragraph != paragraph) {
        paragraph = sentences_[s].paragraph;
        // A new paragraph starts without an implicit date; relative words (随即, the next day)
        // may still lean on the last date of the document.
        // (a paragraph that told its dates only in asides, "erupted after she told parliament on
        // Nov. 7", still leaves that date for "The next day" after it)
        if (prev_date_.known()) doc_prev_date_ = prev_date_;
        else if (last_told_.known()) doc_prev_date_ = last_told_;
        prev_date_ = Date{};
        last_told_ = Date{};
        last_named_ = Date{};
      }
      CodeSentence(static_cast<int>(s));
    }
    ScoreConfidence(lex_.confidence(), &out_.events);
    return std::move(out_);
  }

 private:
  // A document without a date takes its latest explicit full date (or month) as publication.
  void InferPublicationDate() {
    Date best;
    for (const Sentence& s : sentences_) {
      std::vector<Token> tokens;
      ScanTokens(lex_, norm_, orig_, s.begin, s.end, s.lang, &tokens);
      std::vector<TimeExpr> times;
      FindTimes(lex_, norm_, s.begin, s.end, s.lang, tokens, 0, &times);
      for (const TimeExpr& t : times) {
        if (t.kind != TimeExpr::Kind::kAbsolute || !t.month) continue;
        Date d = t.day ? Date{t.year, t.month, t.day, DatePrecision::kDay} : Date{t.year, t.month, DaysInMonth(t.year, t.month), DatePrecision::kDay};
        if (!best.known() || FirstDay(d) > FirstDay(best)) best = d;
      }
    }
    if (best.known()) {
      pub_ = best;
      out_.publication_date_inferred = true;
      out_.notes.push_back("publication date inferred from the latest date in the text: " + best.ToString());
    } else {
      out_.notes.push_back("no publication date: relative dates are left unresolved");
    }
  }

  std::string Orig(int b, int e) const { return ToUtf8(std::u32string_view(orig_).substr(b, e - b)); }

  bool Marks(const Token& t, Lang lang, Marker m) const { return HasItem(lex_, t, lang, ItemKind::kMarker, m); }

  static bool IsClauseBreak(char32_t c) {
    return c == ',' || c == ';' || c == ':' || c == 0xFF0C || c == 0xFF1B || c == 0xFF1A || c == 0x300C ||
           c == 0x300D || c == '"' || c == '(' || c == ')' || c == 0xFF08 || c == 0xFF09;
  }

  // Which told act an act noun may name (NamedActBefore).
  struct NamedActQuery {
    std::string not_country;  // not an act of this country (the one reacting to it)
    std::string victim;       // "the attack on Qatar": an act on Qatar, else one by another country
    std::string doer;         // "the Iranian strike": only an act of Iran's
    Date when;                // the reaction's date: an act months older is background, not it
  };

  // The act an English object right after `pos` names ("the strikes", "this week's raid", "the
  // operation"): the latest asserted hostile act of the document that `q` allows, of the noun's
  // root family when the noun is an act's own word; else null.
  const Event* NamedActBefore(int pos, const std::vector<Token>& toks, const NamedActQuery& q) const {
    int root = -1;
    unsigned roots = 0;  // (every root the noun's patterns have: "launch" starts 14 and 19 patterns)
    const int noun_end = ActNounEnd(pos, toks, &root, &roots);
    if (noun_end < 0) return nullptr;
    // The noun's stem ("strike" of "the strikes"): "condemned the strikes" after "U.S. air strikes
    // on Iran … Israel has been bombing Iran" is about the strikes told by that word.
    int stem_begin = noun_end;
    while (stem_begin > 0 && IsAsciiAlnum(norm_[stem_begin - 1])) --stem_begin;
    std::string stem;
    for (int k = stem_begin; k < noun_end; ++k) stem += static_cast<char>(norm_[k]);
    if (stem.size() > 4 && stem.back() == 's') stem.pop_back();
    if (stem.size() < 4) stem.clear();
    // (18, 19 and 20 are one family of force; 17 names any coercion or force)
    auto family = [](int r) { return r >= 18 ? 19 : r; };
    // (an act like one the reactor did to the same side is not what it reacts to: "the United
    // States and Britain struck …; Washington called the raids "necessary"")
    std::vector<std::pair<int, std::string>> own;  // (root family, target) of the reactor's acts
    if (!q.not_country.empty())
      for (const Event& o : out_.events)
        if (o.mood == Mood::kAsserted && o.source.country == q.not_country)
          own.emplace_back(family(Root(o.code)), o.target.country);
    auto fits = [&](const Event& e, bool on_victim) {
      const int r = Root(e.code);
      if (e.mood != Mood::kAsserted || e.source.country.empty() || e.source.country == q.not_country) return false;
      if (std::find(own.begin(), own.end(), std::make_pair(family(r), e.target.country)) != own.end()) return false;
      if (on_victim && e.target.country != q.victim) return false;
      if (!q.doer.empty() && e.source.country != q.doer) return false;
      // ("condemned the aggression" after "first indicted by U.S. prosecutors in 2020")
      if (q.when.known() && e.date.known() && LastDay(e.date) + 60 < FirstDay(q.when)) return false;
      bool same_family = false;
      for (int x = 14; x <= 20; ++x) same_family |= (roots >> x & 1u) && family(x) == family(r);
      return root == 17 ? r >= 17 || e.code == "145" : root >= 0 ? same_family : r >= 14;
    };
    auto latest = [&](bool on_victim) -> const Event* {
      if (!stem.empty()) {
        int seen = 0;
        for (auto it = out_.events.rbegin(); it != out_.events.rend() && seen < 40; ++it, ++seen)
          if (fits(*it, on_victim) && ContainsFolded(it->trigger, stem)) return &*it;
      }
      // (else the story's lead act, when its first paragraph told one: reactions are to the
      // news, not to the background told since)
      for (const Event& e : out_.events) {
        if (sentences_[e.sentence].paragraph > 0) break;
        if (fits(e, on_victim)) return &e;
      }
      int seen = 0;
      for (auto it = out_.events.rbegin(); it != out_.events.rend() && seen < 12; ++it, ++seen)
        if (fits(*it, on_victim)) return &*it;
      return nullptr;
    };
    if (q.victim.empty()) return latest(false);
    if (const Event* e = latest(true)) return e;
    const Event* e = latest(false);  // ("missiles at a U.S. base in Qatar")
    return e && e->source.country != q.victim ? e : nullptr;
  }

  // `text` holds `lower` (ASCII lower case) in any ASCII case.
  static bool ContainsFolded(std::string_view text, std::string_view lower) {
    return std::search(text.begin(), text.end(), lower.begin(), lower.end(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == b;
           }) != text.end();
  }

  // The end of an act noun right after `pos` behind a determiner ("the strikes", "the overnight
  // attack", "the move"), else -1; `*root` is its first hostile root (-1 for a generic noun) and
  // `*roots` every root its patterns have.
  int ActNounEnd(int pos, const std::vector<Token>& toks, int* root_out, unsigned* roots_out) const {
    int k = pos;
    while (k < sentence_end_ && norm_[k] == ' ') ++k;
    // (condemned "an act of aggression": the quoted label names the act)
    if (k < sentence_end_ && norm_[k] == '"') ++k;
    // ("condemned what he called an aggression", "what it described as a provocation": the
    // speaker's label for the act names it too)
    if (norm_.compare(k, 5, U"what ") == 0) {
      int label = -1;
      for (int c = k + 5; label < 0 && c < sentence_end_ && c < k + 40 && !IsClauseBreak(norm_[c]); ++c)
        for (std::u32string_view v : {U" called ", U" described as ", U" termed "})
          if (norm_.compare(c, v.size(), v) == 0) label = c + static_cast<int>(v.size());
      if (label > 0) k = label;
    }
    bool determiner = false;
    for (std::u32string_view d : {U"the ", U"these ", U"this ", U"those ", U"that ", U"an ", U"a "})
      if (norm_.compare(k, d.size(), d) == 0) {
        k += static_cast<int>(d.size());
        determiner = true;
        break;
      }
    if (!determiner) return -1;
    // ("an act of armed aggression", "the use of force": the act is the noun after)
    for (std::u32string_view d : {U"act of ", U"acts of "})
      if (norm_.compare(k, d.size(), d) == 0) k += static_cast<int>(d.size());
    // at most two modifiers between: "the latest strikes", "the unilateral military action"
    int root = -1;
    unsigned roots = 0;
    bool generic = false;
    // ("the U.S. decision", "the "cowardly" attack": a country's initials and a quoted word
    // are modifiers too)
    if (norm_.compare(k, 5, U"u.s. ") == 0) k += 5;
    for (int words = 0; words < 3 && k < sentence_end_; ++words) {
      if (norm_[k] == '"') ++k;
      int e = k;
      while (e < sentence_end_ && (IsAsciiAlnum(norm_[e]) || norm_[e] == '-')) ++e;
      const std::u32string_view w = std::u32string_view(norm_).substr(k, e - k);
      const bool use_of_force = w == U"use" && norm_.compare(e, 9, U" of force") == 0 &&
                                (e + 9 >= sentence_end_ || !IsAsciiAlnum(norm_[e + 9]));
      if (use_of_force) e += 9;
      const int after = e < sentence_end_ && norm_[e] == '"' ? e + 1 : e;
      for (const Token& t : toks)
        if (t.begin == k)
          for (const Item& it : lex_.Items(t.list))
            if (it.kind == ItemKind::kPattern && it.lang == Lang::kEn) {
              const int r = Root(lex_.patterns()[it.index].code);
              if (r >= 14) {
                if (root < 0) root = r;
                roots |= 1u << r;
              }
            }
      // (an operation is a use of force; a move or a decision may be any hostile act)
      for (std::u32string_view g : {U"operation", U"operations", U"incursion", U"incident", U"seizure",
                                    U"bombardment", U"offensive", U"intrusion", U"aggression", U"intervention"})
        if (w == g) root = 17;
      if (use_of_force) root = 17;
      // (measures told by their object noun: "the tariffs", "the sanctions")
      if (root < 0)
        for (std::u32string_view g : {U"tariff", U"tariffs", U"duties", U"levies", U"sanctions", U"embargo",
                                      U"curbs", U"restrictions"})
          if (w == g) {
            root = 16;
            roots |= 1u << 16;
          }
      for (std::u32string_view g : {U"move", U"decision", U"action", U"actions", U"measures", U"step", U"escalation"})
        generic |= w == g;
      if (root >= 0 || generic || after >= sentence_end_ || norm_[after] != ' ') {
        if (root < 0 && !generic) return -1;
        *root_out = root;
        *roots_out = roots;
        return e;
      }
      k = after + 1;
    }
    return -1;
  }

  // English "and" joining two clauses with subjects of their own ("India struck nine sites on
  // Wednesday and Pakistan responded with artillery fire"): the positions of such "and"s, where
  // the second clause starts. The first conjunct must hold a verb of an act, the second open with
  // a name (or a country's role) followed by a verb.
  std::vector<int> AndClauseStarts(const std::vector<Token>& toks, int begin, int end) const {
    std::vector<int> out;
    auto is_name = [&](const Token& t) {
      return HasItem(lex_, t, Lang::kEn, ItemKind::kActor) || HasItem(lex_, t, Lang::kEn, ItemKind::kRole);
    };
    auto verb_like = [&](int pos) {
      int e = pos;
      while (e < end && IsAsciiAlnum(norm_[e])) ++e;
      const std::u32string_view w = std::u32string_view(norm_).substr(pos, e - pos);
      // (a past tense or a finite form: "ships", "strikes" may be nouns)
      if (w.size() > 3 && w.ends_with(U"ed")) return true;
      for (std::u32string_view v : {U"said", U"says", U"will", U"would", U"has", U"have", U"had", U"was", U"were",
                                    U"is", U"are", U"did", U"made", U"took", U"sent", U"met", U"put", U"cut", U"set",
                                    U"told", U"began", U"held", U"struck", U"shot", U"won", U"gave", U"hit", U"fought",
                                    U"led", U"left", U"kept", U"sought", U"spoke", U"broke", U"threw", U"drew", U"also",
                                    U"then", U"later"})
        if (w == v) return true;
      return false;
    };
    int clause_start = begin;
    bool verb_before = false;
    for (size_t k = 0; k < toks.size(); ++k) {
      const Token& t = toks[k];
      for (int c = clause_start; c < t.begin; ++c)
        if (IsClauseBreak(norm_[c])) { clause_start = c + 1; verb_before = false; }
      if (HasItem(lex_, t, Lang::kEn, ItemKind::kPattern) && !is_name(t) && !MonthWithDay(t.begin, end))
        verb_before = true;
      if (!Marks(t, Lang::kEn, Marker::kCoord) || norm_.compare(t.begin, 3, U"and") != 0 || !verb_before) continue;
      if (t.begin < 1 || norm_[t.begin - 1] != ' ') continue;
      // ("talks between Armenia and Azerbaijan ended": a pair after "between" or "both")
      if (k > 0 && is_name(toks[k - 1])) {
        size_t f = k - 1;
        while (f > 0 && is_name(toks[f - 1]) && toks[f - 1].end + 2 >= toks[f].begin) --f;
        const std::u32string_view w = WordBefore(toks[f].begin);
        if (w == U"between" || w == U"both") continue;
      }
      size_t j = k + 1;
      while (j < toks.size() && IsArticle(toks[j])) ++j;
      if (j >= toks.size() || !is_name(toks[j])) continue;
      // past the name: more names or roles, a possessive ("Pakistan's army")
      int pos = toks[j].end;
      for (size_t n = j + 1; n < toks.size() && is_name(toks[n]) && toks[n].begin <= pos + 4; ++n) pos = toks[n].end;
      if (norm_.compare(pos, 2, U"'s") == 0) {
        pos += 2;
        while (pos < end && norm_[pos] == ' ') ++pos;
        for (const Token& n : toks)
          if (n.begin == pos && is_name(n)) pos = n.end;
      }
      while (pos < end && norm_[pos] == ' ') ++pos;
      if (pos >= end || !verb_like(pos)) continue;
      out.push_back(t.begin);
      clause_start = t.begin;
      verb_before = false;
    }
    return out;
  }

  // Some token of `toks` overlaps [b, e): a word the dictionaries know.
  static bool InsideToken(const std::vector<Token>& toks, int b, int e) {
    for (const Token& t : toks)
      if (t.begin < e && b < t.end) return true;
    return false;
  }

  // The closing comma of a name set off by commas after a role or a name ("the Mexican
  // ambassador, Raquel Serur, …"; one to five capitalised words the dictionaries do not know),
  // or -1.
  int AppositiveEnd(const std::vector<Token>& toks, int comma, int end) const {
    bool after_role = false;
    for (const Token& t : toks)
      if (t.end == comma && (HasItem(lex_, t, Lang::kEn, ItemKind::kRole) || HasItem(lex_, t, Lang::kEn, ItemKind::kActor)))
        after_role = true;
    if (!after_role) return -1;
    int k = comma + 1, words = 0;
    while (k < end) {
      while (k < end && orig_[k] == ' ') ++k;
      if (k >= end) return -1;
      if (orig_[k] == ',') break;
      int e = k;
      while (e < end && orig_[e] != ' ' && orig_[e] != ',') ++e;
      const std::u32string_view w = std::u32string_view(norm_).substr(k, e - k);
      const bool particle = w == U"al" || w == U"bin" || w == U"de" || w == U"da" || w == U"van" || w == U"von" ||
                            w == U"el" || w == U"la" || w == U"du" || w == U"ould" || w == U"dos" || w == U"del";
      if (!(orig_[k] >= 'A' && orig_[k] <= 'Z') && !particle) return -1;
      if (InsideToken(toks, k, e)) return -1;  // a known word: not an unknown name
      if (++words > 5) return -1;
      k = e;
    }
    if (words == 0 || k >= end - 1) return -1;
    return k;
  }

  // "detained Evan Gershkovich, a U.S. correspondent, in…", "freed Cheng Lei, an Australian
  // writer": a name the dictionaries do not know, described by its nationality, is that
  // country's; the description belongs to the clause. Returns the closing comma (or the
  // sentence's last position), or -1.
  int NationalityAppositiveEnd(const std::vector<Token>& toks, int comma, int end) const {
    // before the comma: one to four capitalised words no token covers
    int b = comma, words = 0;
    while (b > sentence_begin_) {
      int e = b;
      while (e > sentence_begin_ && orig_[e - 1] == ' ') --e;
      int w = e;
      while (w > sentence_begin_ && (IsAsciiAlnum(orig_[w - 1]) || orig_[w - 1] == '-' || orig_[w - 1] == '\'')) --w;
      if (w == e || !(orig_[w] >= 'A' && orig_[w] <= 'Z') || InsideToken(toks, w, e)) break;
      b = w;
      if (++words > 4) return -1;
    }
    if (words == 0) return -1;
    // (the object of a verb: "detained Evan Gershkovich, …", "freed Cheng Lei, …")
    bool object = false;
    for (const Token& t : toks)
      object |= t.end <= b && b - t.end <= 1 && HasItem(lex_, t, Lang::kEn, ItemKind::kPattern);
    if (!object) return -1;
    // after it: "a"/"an", at most one word, then a country's name or adjective
    int k = comma + 1;
    while (k < end && norm_[k] == ' ') ++k;
    if (norm_.compare(k, 2, U"a ") == 0) k += 2;
    else if (norm_.compare(k, 3, U"an ") == 0) k += 3;
    else return -1;
    bool nationality = false;
    for (int step = 0; step < 2 && !nationality; ++step) {
      for (const Token& t : toks)
        if (t.begin == k && HasItem(lex_, t, Lang::kEn, ItemKind::kActor)) nationality = true;
      while (k < end && IsAsciiAlnum(norm_[k])) ++k;
      while (k < end && norm_[k] == ' ') ++k;
    }
    if (!nationality) return -1;
    // (a short description up to the closing comma, not a clause of its own)
    for (int spaces = 0; k < end && spaces <= 8; ++k) {
      if (norm_[k] == ',') return k;
      if (norm_[k] == ' ' && ++spaces &&
          (norm_.compare(k, 5, U" who ") == 0 || norm_.compare(k, 7, U" which ") == 0 ||
           norm_.compare(k, 6, U" that ") == 0))
        return -1;
    }
    return k >= end ? end - 1 : -1;
  }

  // A token naming an actor ends at `pos` / starts after the spaces at `pos` (a list's comma).
  bool ActorTokenEndsAt(const std::vector<Token>& toks, int pos) const {
    for (const Token& t : toks)
      if (t.end == pos) return HasItem(lex_, t, Lang::kEn, ItemKind::kActor);
    return false;
  }
  // A role right after a country's possessive ends at `pos` ("Spain's foreign minister").
  bool OwnedRoleEndsAt(const std::vector<Token>& toks, int pos) const {
    for (size_t k = 1; k < toks.size(); ++k)
      if (toks[k].end == pos && HasItem(lex_, toks[k], Lang::kEn, ItemKind::kRole)) {
        // (not "the Taliban's foreign minister, Amir Khan Muttaqi,": a name set off after it)
        for (size_t j = k + 1; j < toks.size(); ++j)
          if (toks[j].begin > pos) {
            if (PersonToken(toks[j])) return false;
            break;
          }
        return HasItem(lex_, toks[k - 1], Lang::kEn, ItemKind::kActor) && toks[k - 1].end + 3 == toks[k].begin &&
               norm_.compare(toks[k - 1].end, 3, U"'s ") == 0;
      }
    return false;
  }
  // `t` names a person in English (an office-holder of the dictionary).
  bool PersonToken(const Token& t) const {
    for (const Item& it : lex_.Items(t.list))
      if (it.lang == Lang::kEn && it.kind == ItemKind::kActor && lex_.actors()[it.index].person) return true;
    return false;
  }
  bool PersonTokenEndsAt(const std::vector<Token>& toks, int pos) const {
    for (const Token& t : toks)
      if (t.end == pos && PersonToken(t)) return true;
    return false;
  }
  // The sentence's first comma closes an opening phrase ("After talks in Doha, Pakistan and
  // Afghanistan agreed…"): the sentence opens with a preposition or a conjunction, the name before
  // the comma is a preposition's, and the names after it end in a verb, not in another comma of a
  // list ("After talks with Egypt, Jordan and Qatar, Israel…").
  bool OpeningPhraseComma(const std::vector<Token>& toks, int comma, int sent_begin) const {
    const std::u32string_view first = FirstWordAt(sent_begin);
    bool opener = false;
    for (std::u32string_view w : {U"after", U"following", U"during", U"before", U"in", U"at", U"amid", U"despite",
                                  U"since", U"when", U"while", U"meeting", U"speaking", U"on"})
      opener |= first == w;
    if (!opener) return false;
    for (int k = sent_begin; k < comma; ++k)
      if (norm_[k] == ',') return false;
    // (not "In May the leaders of Egypt, Eritrea and Somalia met": the opening phrase is the time
    // alone, and the list the subject's)
    for (int k = sent_begin, words = 0; k < comma && words < 4; ++k)
      if (norm_[k] == ' ') {
        ++words;
        if (norm_.compare(k, 5, U" the ") == 0 && EndsTimeWord(WordBefore(k))) return false;
      }
    // (not "In 2022 Egypt, Israel and the EU signed…": the name starts the list)
    bool prep_before = false;
    for (const Token& t : toks)
      if (t.end == comma) {
        const std::u32string_view w = WordBeforeName(t.begin);
        for (std::u32string_view p : {U"in", U"at", U"with", U"from", U"to", U"of", U"for", U"by", U"near"})
          prep_before |= w == p;
      }
    if (!prep_before) return false;
    int pos = comma + 1;
    const int n = static_cast<int>(norm_.size());
    for (bool more = true; more;) {
      more = false;
      while (pos < n && norm_[pos] == ' ') ++pos;
      for (size_t k = 0; k < toks.size(); ++k) {
        if (toks[k].begin != pos) continue;
        size_t a = k;
        if (IsArticle(toks[a]) && a + 1 < toks.size()) ++a;
        if (!HasItem(lex_, toks[a], Lang::kEn, ItemKind::kActor)) break;
        pos = toks[a].end;
        if (norm_.compare(pos, 5, U" and ") == 0) {
          pos += 5;
          more = true;
        }
        break;
      }
    }
    while (pos < n && norm_[pos] == ' ') ++pos;
    return pos < n && norm_[pos] >= 'a' && norm_[pos] <= 'z' && norm_.compare(pos, 3, U"and") != 0;
  }

  bool ActorTokenStartsAfter(const std::vector<Token>& toks, int pos) const {
    const int n = static_cast<int>(norm_.size());
    while (pos < n && norm_[pos] == ' ') ++pos;
    for (size_t k = 0; k < toks.size(); ++k)
      if (toks[k].begin == pos) {
        if (HasItem(lex_, toks[k], Lang::kEn, ItemKind::kActor)) return true;
        // ("Spain, the Netherlands and Norway", "in Qatar, the largest U.S. base"; not "In
        // Beijing, the spokesman said": the article's noun, past two words at most, is an actor)
        if (!IsArticle(toks[k]) || k + 1 >= toks.size()) return false;
        const std::u32string_view gap =
            std::u32string_view(norm_).substr(toks[k].end, std::max(0, toks[k + 1].begin - toks[k].end));
        return std::count(gap.begin(), gap.end(), U' ') <= 3 &&
               std::all_of(gap.begin(), gap.end(), [](char32_t c) { return c == ' ' || (c >= 'a' && c <= 'z'); }) &&
               HasItem(lex_, toks[k + 1], Lang::kEn, ItemKind::kActor);
      }
    // ("two Colombians, two Spaniards": a count before the next item)
    int word_end = pos;
    while (word_end < n && norm_[word_end] != ' ') ++word_end;
    if (word_end == pos || word_end == n || !IsCount(std::u32string_view(norm_).substr(pos, word_end - pos)))
      return false;
    for (const Token& t : toks)
      if (t.begin == word_end + 1) return HasItem(lex_, t, Lang::kEn, ItemKind::kActor);
    return false;
  }

  // 「…」 opening at `open` is a quoted term, not speech, when it is short, holds no clause
  // punctuation and does not follow a speech verb or a colon. Returns the closing position or -1.
  int QuotedTermEnd(int open, int end, const std::vector<Token>& toks) const {
    constexpr int kMaxTerm = 16;
    int close = -1;
    for (int j = open + 1; j < end && j <= open + kMaxTerm + 1; ++j) {
      char32_t c = norm_[j];
      if (c == 0x300D) { close = j; break; }
      if (c == 0x300C || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0C || c == 0xFF1B || c == 0xFF1A ||
          c == ',' || c == ';' || c == ':' || c == '!' || c == '?')
        return -1;
    }
    if (close < 0) return -1;
    int k = open;
    while (k > 0 && norm_[k - 1] == ' ') --k;
    if (k > 0 && (norm_[k - 1] == 0xFF1A || norm_[k - 1] == ':')) return -1;
    // The next quote of a list of quotes (「…」、「…」) is speech like the first.
    if (k > 1 && (norm_[k - 1] == 0x3001 || norm_[k - 1] == 0xFF0C) && norm_[k - 2] == 0x300D) return -1;
    for (const Token& t : toks)
      if (t.end == k && Marks(t, Lang::kZh, Marker::kSpeech)) return -1;
    return close;
  }

  // Text between two positions holds nothing but spaces, 的, 's, the, a middle dot.
  bool Glue(int from, int to, Lang lang) const {
    if (to < from) return false;
    std::u32string_view g = std::u32string_view(norm_).substr(from, to - from);
    if (g.empty()) return true;
    if (lang == Lang::kZh) return g == U"的" || g == U"·" || g == U" ";
    std::u32string s;
    for (char32_t c : g) s.push_back(c);
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    if (s.empty() || s == U"'s" || s == U"'" || s == U"the" || s == U"of" || s == U"of the" || s == U"for" ||
        s == U"for the")
      return true;
    // ("Sudan's army-led government": a hyphenated modifier between the country and its role)
    if (s.starts_with(U"'s ")) s.erase(0, 3);
    const size_t hyphen = s.find(U'-');
    return hyphen != std::u32string::npos && hyphen > 0 && hyphen + 1 < s.size() &&
           std::all_of(s.begin(), s.end(), [](char32_t c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  }

  // `t` is the first half of a hyphenated modifier: a role always ("army-led"), an actor only
  // when it backs or sides with what follows ("Iran-backed", "Moscow-aligned") or lends it a
  // flag ("a Gabon-flagged tanker").
  bool CompoundModifier(const Token& t, bool actor) const {
    const int n = static_cast<int>(norm_.size());
    if (t.end + 1 >= n || norm_[t.end] != '-' || !(norm_[t.end + 1] >= 'a' && norm_[t.end + 1] <= 'z')) return false;
    if (!actor) return true;
    int e = t.end + 1;
    while (e < n && norm_[e] >= 'a' && norm_[e] <= 'z') ++e;
    const std::u32string_view w = std::u32string_view(norm_).substr(t.end + 1, e - t.end - 1);
    for (std::u32string_view m : {U"backed", U"aligned", U"allied", U"sponsored", U"funded", U"supported",
                                  U"affiliated", U"friendly", U"leaning", U"armed", U"trained",
                                  U"inspired", U"based", U"flagged", U"registered"})
      if (w == m) return true;
    return false;
  }

  bool IsGlueWord(const Token& t) const {
    std::u32string_view w = std::u32string_view(norm_).substr(t.begin, t.end - t.begin);
    return w == U"of" || w == U"for" || w == U"the";
  }

  bool IsArticle(const Token& t) const {
    std::u32string_view w = std::u32string_view(norm_).substr(t.begin, t.end - t.begin);
    return w == U"the" || w == U"a" || w == U"an";
  }

  static bool IsPossessiveWord(std::u32string_view w) {
    return w == U"his" || w == U"her" || w == U"its" || w == U"their";
  }
  bool IsPossessive(const Token& t) const {
    return IsPossessiveWord(std::u32string_view(norm_).substr(t.begin, t.end - t.begin));
  }

  // Between a preposition and its object: nothing, or an article.
  bool PrepGlue(int from, int to, Lang lang) const {
    if (to < from) return false;
    std::u32string_view g = std::u32string_view(norm_).substr(from, to - from);
    if (lang == Lang::kZh) {
      // nothing, a date (在9月联合国大会期间) or a count (对多名古巴官员, 对两家日本企业)
      for (char32_t c : g)
        if (!((c >= '0' && c <= '9') || std::u32string_view(U"年月日号多一二两三四五六七八九十百千万数几名家个艘架位批些部分").find(c) !=
                                             std::u32string_view::npos))
          return false;
      return g.size() <= 4;
    }
    std::u32string s(g);
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    // ("In 2019 India struck…": a year after the preposition is its object, and the name after
    // it the subject)
    if (s.size() == 4 && (s.starts_with(U"19") || s.starts_with(U"20")) &&
        std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= '0' && c <= '9'; }))
      return false;
    // (or a possessive: "and her Rwandan counterpart", "with its ally Belarus")
    return s.empty() || s == U"the" || s == U"a" || s == U"an" || IsPossessiveWord(s) || IsCount(s);
  }

  // A word that ends an English time phrase: a month, a weekday, a year, "week", "yesterday".
  // (the text is folded to lower case)
  static bool EndsTimeWord(std::u32string_view w) {
    if (w.size() == 4 && (w.starts_with(U"19") || w.starts_with(U"20")) &&
        std::all_of(w.begin(), w.end(), [](char32_t c) { return c >= '0' && c <= '9'; }))
      return true;
    for (std::u32string_view t :
         {U"january", U"february", U"march", U"april", U"may", U"june", U"july", U"august", U"september", U"october",
          U"november", U"december", U"monday", U"tuesday", U"wednesday", U"thursday", U"friday", U"saturday",
          U"sunday", U"week", U"month", U"year", U"yesterday", U"today", U"weekend", U"then", U"later", U"earlier"})
      if (w == t) return true;
    return false;
  }

  // The text right before `pos` is `w` ("by ", " and "), whole words: "Port Moresby last month"
  // has no "by " before its time.
  bool TextBefore(int pos, std::u32string_view w) const {
    if (pos < static_cast<int>(w.size()) || norm_.compare(pos - w.size(), w.size(), w) != 0) return false;
    const int at = pos - static_cast<int>(w.size());
    return w.empty() || !IsAsciiAlnum(w.front()) || at == 0 || !IsAsciiAlnum(norm_[at - 1]);
  }

  // One mention per member of a group of countries at [begin, end), all but the first marked
  // as group members ("the three countries", "they" for a group).
  static void InsertGroup(int begin, int end, const std::vector<std::vector<uint32_t>>& members, int clause,
                          const std::vector<Token>& toks, std::vector<Mention>* out) {
    for (size_t g = 0; g < members.size(); ++g) {
      Mention m;
      m.begin = begin;
      m.end = end;
      m.entries = members[g];
      m.clause = clause;
      m.group_member = g > 0;
      InsertMention(m, toks, out);
    }
  }

  // A synthetic mention (a surname learned earlier, "they" for a pair) placed among the
  // token-built ones: its token range is empty, before the first token after it.
  static void InsertMention(Mention m, const std::vector<Token>& toks, std::vector<Mention>* out) {
    int first = 0;
    while (first < static_cast<int>(toks.size()) && toks[first].begin < m.begin) ++first;
    m.first_token = first;
    m.last_token = first - 1;
    out->insert(std::find_if(out->begin(), out->end(), [&](const Mention& o) { return o.begin > m.begin; }), m);
  }

  // "suspected of", "must", "should": a supposition or an obligation about the verb it governs,
  // not a condition over the rest of the sentence ("if", "unless").
  bool LocalHypothesis(int pos) const {
    if (pos <= sentence_begin_ + 1) return false;  // ("Should the talks fail, …": a condition)
    const std::u32string_view rest = std::u32string_view(norm_).substr(pos);
    for (std::u32string_view w : {U"suspected of", U"on suspicion of", U"must", U"should ", U"ought to", U"needs to",
                                  U"need to"})
      if (rest.starts_with(w)) return true;
    return false;
  }

  // The visitor of a visit or trip named as a noun: the mention right after "by", within the
  // clause and a few words of the noun ("a visit to Belgrade by Macron", "the first trip by a
  // Japanese leader to Seoul").
  const Mention* VisitorAfter(const Token& trig, int match_end, const std::vector<Mention>& mentions) const {
    const std::u32string_view w = std::u32string_view(norm_).substr(trig.begin, trig.end - trig.begin);
    if (!(w == U"visit" || w == U"visits" || w == U"trip" || w == U"trips")) return nullptr;
    for (const Mention& m : mentions) {
      if (m.begin < match_end || m.clause != clause_of_[trig.begin] || m.begin - match_end > 48) continue;
      if (m.passive_agent && TextBefore(m.begin, U"by ")) return &m;
      // (past an article: "by the French president", "by a Japanese leader")
      const std::u32string_view before = std::u32string_view(norm_).substr(match_end, m.begin - match_end);
      if (before.ends_with(U" by the ") || before.ends_with(U" by a ")) return &m;
    }
    return nullptr;
  }

  // "the U.S. ambassador in Manila": the place right after the subject is where it is posted,
  // not a party to its acts.
  bool PostedAt(const Mention& place, const Mention* subject, Lang lang) const {
    return lang == Lang::kEn && subject && place.locative && place.begin == subject->end + 4 &&
           norm_.compare(subject->end, 4, U" in ") == 0;
  }

  // Wire copy names an official once with a title ("Niger's prime minister, Ali Lamine Zeine,",
  // "Hungarian Foreign Minister Peter Szijjarto") and then by surname alone ("Zeine said"): the
  // surname, learned from the first, names the same country and role for the rest of the
  // document.
  struct KnownName {
    std::vector<uint32_t> entries;  // the country, when the title named one
    std::string role, where;
  };
  static bool IsUpperAscii(char32_t c) { return c >= 'A' && c <= 'Z'; }
  static bool IsNameChar(char32_t c) { return IsAsciiAlnum(c) || c == '-' || (c >= 0xC0 && c < 0x250); }

  void AddNamesIntroducedEarlier(const std::vector<Token>& toks, const std::vector<int>& clause_of,
                                 std::vector<Mention>* out) {
    // Learn: a (country's) role followed by a capitalised name, directly or between commas.
    for (size_t mi = 0; mi < out->size(); ++mi) {
      const Mention& m = (*out)[mi];
      if (m.dyad || m.pronoun || (!m.entries.empty() && lex_.actors()[m.entries[0]].person)) continue;
      // (or a country's possessive: "Congo's Therese Kayikwamba Wagner … Wagner said")
      const bool owner = m.role.empty() && !m.entries.empty() && !lex_.actors()[m.entries[0]].country.empty() &&
                         norm_.compare(m.end, 3, U"'s ") == 0;
      if (m.role.empty() && !owner) continue;
      std::vector<uint32_t> entries = m.entries;
      // ("Niger's military-appointed prime minister": the country a few words before the role)
      if (entries.empty() && mi > 0) {
        const Mention& c = (*out)[mi - 1];
        const std::u32string_view gap = std::u32string_view(norm_).substr(c.end, std::max(0, m.begin - c.end));
        if (!c.entries.empty() && !c.dyad && !c.pronoun && !lex_.actors()[c.entries[0]].person &&
            gap.size() <= 24 && std::all_of(gap.begin(), gap.end(), [](char32_t ch) {
              return ch == ' ' || ch == '-' || ch == '\'' || (ch >= 'a' && ch <= 'z');
            }))
          entries = c.entries;
      }
      int pos = m.end;
      // ("China's consul general in Osaka, Xue Jian,": past the post's place)
      if (!owner && norm_.compare(pos, 4, U" in ") == 0 && pos + 4 < sentence_end_ && IsUpperAscii(orig_[pos + 4])) {
        int e = pos + 4;  // (one or two capitalised words, then the comma)
        for (int words = 0; words < 2 && e < sentence_end_ && IsUpperAscii(orig_[e]); ++words) {
          while (e < sentence_end_ && IsNameChar(orig_[e])) ++e;
          if (norm_.compare(e, 1, U" ") == 0 && e + 1 < sentence_end_ && IsUpperAscii(orig_[e + 1])) ++e;
        }
        if (norm_.compare(e, 2, U", ") == 0) pos = e;
      }
      const bool comma = !owner && norm_.compare(pos, 2, U", ") == 0;
      if (owner) pos += 3;
      else if (comma) pos += 2;
      else if (norm_.compare(pos, 1, U" ") == 0) pos += 1;
      else continue;
      int words = 0, last_begin = -1, end = pos;
      while (end < sentence_end_ && IsUpperAscii(orig_[end]) && words < 4) {
        int e = end;
        while (e < sentence_end_ && IsNameChar(orig_[e])) ++e;
        last_begin = end;
        ++words;
        end = e;
        if (e + 1 < sentence_end_ && orig_[e] == ' ' && IsUpperAscii(orig_[e + 1])) end = e + 1;
        else break;
      }
      if (words < 2 || last_begin < 0 || InsideToken(toks, pos, end)) continue;  // a first name and a surname at least
      if (comma && norm_.compare(end, 1, U",") != 0) continue;               // ", Ali Lamine Zeine,"
      if (end - last_begin < 3) continue;
      known_names_[std::u32string(norm_.substr(last_begin, end - last_begin))] =
          KnownName{entries, m.role, m.role_where + " (named with the title: " + Orig(m.begin, end) + ")"};
      // (Chinese, Korean and Vietnamese names put the family name first: "Xue Jian … Xue said")
      const std::string country = entries.empty() ? "" : lex_.actors()[entries[0]].country;
      if (words == 2 && (country == "CHN" || country == "TWN" || country == "KOR" || country == "PRK" || country == "VNM")) {
        int first_end = pos;
        while (first_end < end && IsNameChar(orig_[first_end])) ++first_end;
        if (first_end - pos >= 2)
          known_names_[std::u32string(norm_.substr(pos, first_end - pos))] =
              KnownName{entries, m.role, m.role_where + " (named with the title: " + Orig(m.begin, end) + ")"};
      }
    }
    if (known_names_.empty()) return;
    // Find: the surname alone, capitalised, not part of a longer name.
    for (int i = sentence_begin_; i < sentence_end_; ++i) {
      if (!IsUpperAscii(orig_[i]) || (i > 0 && IsNameChar(orig_[i - 1]))) continue;
      int e = i;
      while (e < sentence_end_ && IsNameChar(orig_[e])) ++e;
      const auto it = known_names_.find(std::u32string_view(norm_).substr(i, e - i));
      bool after_name = false;  // "Ali Lamine Zeine": the full name at its introduction
      if (i >= 2 && orig_[i - 1] == ' ') {
        int b = i - 1;
        while (b > sentence_begin_ && IsNameChar(orig_[b - 1])) --b;
        after_name = b < i - 1 && IsUpperAscii(orig_[b]);
      }
      if (it == known_names_.end() || after_name || InsideToken(toks, i, e) ||
          (e < sentence_end_ && (IsUpperAscii(orig_[e + 1]) && orig_[e] == ' '))) {
        i = e;
        continue;
      }
      Mention m;
      m.begin = i;
      m.end = e;
      m.entries = it->second.entries;
      m.role = it->second.role;
      m.role_where = it->second.where;
      m.clause = clause_of[i];
      InsertMention(m, toks, out);
      i = e;
    }
  }

  // "Chile and Bolivia restored ties in 2023. In 2024 they signed a memorandum": "they" after a
  // sentence whose subject was a pair of countries is that pair (like "both sides"); elsewhere it
  // is left alone, as it more often stands for people.
  void AddTheyForAPair(const std::vector<Token>& toks, const std::vector<int>& clause_of, std::vector<Mention>* out) {
    // ("Ali and Maduro met in December, when they signed…": a pair named before in the sentence)
    auto pair_before = [&](int pos) {
      for (size_t j = 0; j + 1 < out->size() && (*out)[j + 1].end <= pos; ++j)
        if (!(*out)[j].entries.empty() && !(*out)[j + 1].entries.empty() &&
            std::u32string_view(norm_).substr((*out)[j].end, (*out)[j + 1].begin - (*out)[j].end) == U" and ")
          return true;
      return false;
    };
    for (int i = sentence_begin_; i + 4 <= sentence_end_; ++i) {
      // ("… clashed. Saudi Arabia urged them to show restraint": "them" only after a pair subject
      // of the sentence before)
      const bool them = norm_.compare(i, 4, U"them") == 0;
      if ((norm_.compare(i, 4, U"they") != 0 && !them) || (i > 0 && IsAsciiAlnum(norm_[i - 1])) ||
          (i + 4 < static_cast<int>(norm_.size()) && IsAsciiAlnum(norm_[i + 4])))
        continue;
      // ("India and Brazil said they shared…": the speakers' own statement, told as theirs)
      const std::u32string_view said = WordBefore(i);
      const bool after_speech = said == U"said" || said == U"say" || said == U"says" || said == U"announced" ||
                                said == U"stated" || said == U"added" || said == U"insisted" || said == U"that";
      // ("The three leaders agreed to consult … In a joint statement, they criticized…": the
      // group whose joint act was the paragraph's last)
      if (!them && !pair_before(i) && group_.size() >= 3) {
        const Event* last = nullptr;
        // (or of the paragraph before, when this one has told no act yet)
        bool told_here = false;
        for (auto it = out_.events.rbegin(); it != out_.events.rend() && !last; ++it) {
          const int para = sentences_[it->sentence].paragraph;
          if (para != current_paragraph_ && (para + 1 != current_paragraph_ || told_here)) break;
          told_here |= para == current_paragraph_;
          if (it->symmetric) last = &*it;
        }
        std::vector<std::string> parties, members;
        for (const Event& e : out_.events)
          if (last && e.symmetric && e.sentence == last->sentence && e.span_begin == last->span_begin)
            for (const Actor* a : {&e.source, &e.target})
              if (!a->country.empty()) parties.push_back(a->country);
        for (const std::vector<uint32_t>& g : group_) {
          Mention x;
          x.entries = g;
          members.push_back(CountryOfMention(x));
        }
        std::sort(parties.begin(), parties.end());
        parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
        std::sort(members.begin(), members.end());
        if (parties.size() >= 3 && parties == members) {
          InsertGroup(i, i + 4, group_, clause_of[i], toks, out);
          return;
        }
      }
      // (or the list of three or four that was the subject just before: "Mali, Burkina Faso and
      // Niger drew closer to Moscow. They signed a pact")
      if (!them && !pair_before(i) && group_.size() >= 3 && group_paragraph_ == current_paragraph_) {
        InsertGroup(i, i + 4, group_, clause_of[i], toks, out);
        return;
      }
      if (pair_paragraph_ != current_paragraph_ && (them || after_speech || !pair_before(i))) return;
      Mention m;
      m.begin = i;
      m.end = i + 4;
      m.pronoun = true;
      m.dyad = true;
      m.clause = clause_of[i];
      InsertMention(m, toks, out);
      return;  // the first one
    }
  }

  // "The three juntas signed a defence pact", "all three countries": a number of countries told
  // with a plural noun stands for the latest list of that many countries in the document.
  void AddNumberedGroup(const std::vector<Token>& toks, const std::vector<int>& clause_of, std::vector<Mention>* out) {
    // (a list names a group more surely than a sentence's countries do)
    const bool scene = group_.empty() && scene_sentence_ >= 0;
    const bool next = scene && scene_sentence_ == sentence_index_ - 1;
    const std::vector<std::vector<uint32_t>>& group = scene ? scene_group_ : group_;
    static constexpr std::u32string_view kNumbers[] = {U"three ", U"four "};
    static constexpr std::u32string_view kNouns[] = {
        U"countries", U"nations", U"states", U"governments", U"juntas", U"leaders", U"presidents", U"neighbours",
        U"neighbors", U"allies", U"powers", U"capitals", U"members", U"ministers", U"military governments"};
    for (int i = sentence_begin_; i < sentence_end_; ++i) {
      if (i > sentence_begin_ && IsAsciiAlnum(norm_[i - 1])) continue;
      int w = i;
      if (norm_.compare(w, 4, U"the ") == 0) w += 4;
      else if (norm_.compare(w, 4, U"all ") == 0) w += 4;
      else continue;
      size_t n = 0;
      for (size_t k = 0; k < 2; ++k)
        if (norm_.compare(w, kNumbers[k].size(), kNumbers[k]) == 0) {
          n = k + 3;
          w += static_cast<int>(kNumbers[k].size());
        }
      // ("The leaders agreed…" right after the sentence that named the three)
      if (n == 0 && next && norm_.compare(i, 4, U"the ") == 0 &&
          (norm_.compare(w, 8, U"leaders ") == 0 || norm_.compare(w, 10, U"countries ") == 0))
        n = group.size();
      // ("recalled its ambassadors from Madrid, Dublin and Oslo …, and summoned the three
      // countries' envoys": a list earlier in the same sentence)
      if (n < 3) continue;
      std::vector<std::vector<uint32_t>> listed_here;
      {
        std::vector<std::vector<uint32_t>> run;
        std::vector<std::string> countries;
        const Mention* prev = nullptr;
        for (const Mention& x : *out) {
          if (x.end > i) break;
          if (x.entries.empty() || x.dyad || x.pronoun || x.group_member || CountryOfMention(x).empty()) {
            prev = nullptr;
            continue;
          }
          const std::u32string_view gap =
              prev ? std::u32string_view(norm_).substr(prev->end, std::max(0, x.begin - prev->end)) : U"";
          const bool joined = prev && (gap == U", " || gap == U" and " || gap == U", and ");
          if (!joined) run.clear(), countries.clear();
          if (std::find(countries.begin(), countries.end(), CountryOfMention(x)) == countries.end()) {
            run.push_back(x.entries);
            countries.push_back(CountryOfMention(x));
          }
          if (run.size() == n) listed_here = run;
          prev = &x;
        }
      }
      if (n != group.size() && listed_here.empty()) continue;
      const std::vector<std::vector<uint32_t>>& members = listed_here.empty() ? group : listed_here;
      // at most one modifier before the noun: "the three Sahel countries", "the three European powers"
      int end = -1;
      for (int words = 0; words < 2 && end < 0; ++words) {
        for (std::u32string_view noun : kNouns)
          if (norm_.compare(w, noun.size(), noun) == 0 &&
              (w + static_cast<int>(noun.size()) >= sentence_end_ || !IsAsciiAlnum(norm_[w + noun.size()])))
            end = w + static_cast<int>(noun.size());
        while (w < sentence_end_ && IsAsciiAlnum(norm_[w])) ++w;
        if (w < sentence_end_ && norm_[w] == ' ') ++w;
      }
      if (end < 0) continue;
      // ("the leaders of France, Germany and Poland": they are named after "of")
      {
        int after = norm_.compare(end, 4, U" of ") == 0 ? end + 4 : norm_.compare(end, 6, U" from ") == 0 ? end + 6 : -1;
        if (after > 0 && norm_.compare(after, 4, U"the ") == 0) after += 4;
        bool named_after = false;
        for (const Token& t : toks)
          named_after |= after > 0 && t.begin == after && HasItem(lex_, t, Lang::kEn, ItemKind::kActor);
        if (named_after) continue;
      }
      bool named = false;  // ("the three Baltic states" names them itself)
      for (const Token& t : toks)
        named |= t.begin < end && i < t.end &&
                 (HasItem(lex_, t, Lang::kEn, ItemKind::kActor) || HasItem(lex_, t, Lang::kEn, ItemKind::kPattern));
      if (named) continue;
      InsertGroup(i, end, members, clause_of[i], toks, out);
      i = end - 1;  // (a sentence may name the group twice)
    }
  }

  // "Bangladesh's foreign ministry said … The ministry said it had demanded …": a role named
  // with "the" and no country is the one last named with a country in the document.
  void ResolveDefiniteRoles(const std::vector<Token>& toks, std::vector<Mention>* out) {
    auto head_word = [&](const Mention& m) {
      int e = m.end, b = e;
      while (b > m.begin && norm_[b - 1] != ' ') --b;
      return std::u32string(norm_.substr(b, e - b));
    };
    for (Mention& m : *out) {
      if (m.role.empty() || m.dyad || m.pronoun) continue;
      if (!m.entries.empty()) {
        if (!lex_.actors()[m.entries[0]].person) roles_named_[head_word(m)] = m.entries;
        continue;
      }
      const bool definite = TextBefore(m.begin, U"the ") &&
                            m.first_token >= 0 && m.first_token < static_cast<int>(toks.size()) &&
                            toks[m.first_token].begin == m.begin;
      if (!definite) continue;
      if (const auto it = roles_named_.find(head_word(m)); it != roles_named_.end()) m.entries = it->second;
    }
  }

  // The state a place's entry stands for: "Moscow" (RUSGOV) is Russia (RUS) when a role is
  // composed with it ("police in Moscow" are Russia's police, not its government).
  uint32_t StateEntry(uint32_t entry) const {
    const ActorEntry& a = lex_.actors()[entry];
    if (a.code.size() <= 3 || a.person) return entry;
    for (uint32_t e = 0; e < lex_.actors().size(); ++e)
      if (lex_.actors()[e].code == a.country) return e;
    return entry;
  }

  // "pledged to raise its loans by 2028", "accepted an invitation to visit Seoul next year": a
  // time after publication is the aim's, not the act's (an act told is dated when it is told);
  // so is a deadline ("withdraw its troops by March 15"). A measure's start is its own date
  // ("自2月1日起实施制裁", "effective Feb. 1").
  bool AimTime(const TimeExpr& t, const Date& d, Lang lang) const {
    if (lang == Lang::kEn && TextBefore(t.begin, U"by ")) return true;
    const bool ahead = pub_.known() && d.known() && FirstDay(d) > LastDay(pub_);
    // ("from next spring": a season ahead is always what is aimed at)
    if (t.kind == TimeExpr::Kind::kSeason) return ahead;
    return ahead && !out_.publication_date_inferred && !IsOnsetTime(t, lang);
  }

  // A time of the sentence's background, not carried on to the next sentence: in a relative or
  // an "after" phrase, ending in a conjunction ("a day after a blast"), or a reference point
  // ("the first talks since November").
  bool BackgroundTime(const TimeExpr& t, Lang lang) const {
    if (lang != Lang::kEn) return false;
    return InBackgroundClause(t.begin) || InRelativeClause(t.begin) || EndsWithConjunction(t, lang) ||
           InAfterPhrase(t.begin) ||
           // ("since 2019, when India struck …": the time of the clause it opens, told on)
           SinceStartsState(t) ||
           SinceGerundBefore(t.begin) || IsOnsetTime(t, lang);  // "effective Tuesday"
  }

  // A time that marks where a state starts or ends ("since November", "until 1992"), or that a
  // relative clause tells (", which resumed in April 2023"): not the narrative's time.
  bool ReferencePoint(const TimeExpr& t, Lang lang) const {
    return lang == Lang::kEn && (TextBefore(t.begin, U"since ") || TextBefore(t.begin, U"until ") ||
                                 SinceGerundBefore(t.begin) || InRelativeClause(t.begin) || YearModifier(t, lang));
  }

  // A season without its year ("over the summer") is too vague to date the times after it.
  static bool VagueSeason(const TimeExpr& t) { return t.kind == TimeExpr::Kind::kSeason && !t.year; }

  // "the 2014 ruling under which …": a year naming a thing, which dates only the relative clause
  // after it (time.cc), never the narrative.
  bool YearModifier(const TimeExpr& t, Lang lang) const {
    return lang == Lang::kEn && t.kind == TimeExpr::Kind::kAbsolute && t.month == 0 &&
           (t.attributive || TextBefore(t.begin, U"the "));
  }

  // A time after "since" starts a state and tells no act, unless a clause it opens does ("since
  // 2019, when India struck …") and it is not the "since" of a first.
  bool SinceStartsState(const TimeExpr& t) const {
    return TextBefore(t.begin, U"since ") && (norm_.compare(t.end, 7, U", when ") != 0 || SinceOfAFirst(t.begin));
  }

  // The "since" of a first or a superlative ("the first leader to visit since 2017", "the most
  // senior official to visit since 2017"): it dates the time before, not an act.
  bool SinceOfAFirst(int time_begin) const {
    if (!TextBefore(time_begin, U"since ")) return false;
    const int start = ClauseStart(time_begin);
    const std::u32string_view head = std::u32string_view(norm_).substr(start, time_begin - start);
    for (std::u32string_view w : {U"first", U"most", U"highest", U"largest", U"biggest", U"worst", U"deadliest",
                                  U"heaviest", U"highest-ranking", U"longest", U"strongest", U"only"}) {
      const size_t at = head.find(w);
      if (at != std::u32string_view::npos && (at == 0 || head[at - 1] == ' ') && at + w.size() < head.size() &&
          head[at + w.size()] == ' ')
        return true;
    }
    return false;
  }

  // "since taking office in July", "since coming to power in 2021": the time of a reference
  // point, not of an act told.
  bool SinceGerundBefore(int pos) const {
    const int from = std::max(sentence_begin_, pos - 40);
    const std::u32string_view before = std::u32string_view(norm_).substr(from, pos - from);
    const size_t at = before.rfind(U"since ");
    if (at == std::u32string_view::npos || (at > 0 && IsAsciiAlnum(before[at - 1]))) return false;
    const std::u32string_view rest = before.substr(at + 6);
    if (rest.find_first_of(U",;:") != std::u32string_view::npos) return false;
    size_t e = 0;
    while (e < rest.size() && IsAsciiAlnum(rest[e])) ++e;
    return e > 4 && rest.substr(e - 3, 3) == U"ing";
  }

  // "two days after", "hours before": an English time that opens a subordinate clause.
  bool EndsWithConjunction(const TimeExpr& t, Lang lang) const {
    if (lang != Lang::kEn) return false;
    const std::u32string_view x = std::u32string_view(norm_).substr(t.begin, t.end - t.begin);
    return (x.size() > 6 && x.substr(x.size() - 6) == U" after") ||
           (x.size() > 7 && x.substr(x.size() - 7) == U" before");
  }

  // "It is not the first time Caracas has…", "it was unclear whether": an "it" that stands for
  // nothing.
  bool DummyIt(const Token& t) const {
    if (norm_.compare(t.begin, t.end - t.begin, U"it") != 0) return false;
    const std::u32string_view rest = std::u32string_view(norm_).substr(t.end);
    for (std::u32string_view verb : {U" is ", U" was ", U" has been ", U" had been ", U" remains ", U" remained "})
      if (rest.starts_with(verb))
        for (std::u32string_view what : {U"not the first time", U"the first time", U"unclear", U"not clear", U"not known",
                                         U"likely", U"unlikely", U"expected", U"possible", U"not immediately clear",
                                         U"too early", U"hard to", U"difficult to", U"the latest", U"the second",
                                         U"the third", U"the first"})
          if (rest.substr(verb.size()).starts_with(what)) return true;
    return false;
  }

  // A count before a noun: "two Spaniards", "1,200 Afghans", "several Chinese vessels".
  static bool IsCount(std::u32string_view w) {
    static const std::set<std::u32string_view> kWords = {
        U"two", U"three", U"four", U"five", U"six", U"seven", U"eight", U"nine", U"ten", U"eleven", U"twelve",
        U"dozens of", U"hundreds of", U"thousands of", U"several", U"some", U"many", U"a dozen", U"a few"};
    if (kWords.count(w)) return true;
    bool digit = false;
    for (char32_t c : w) {
      if (c >= '0' && c <= '9') digit = true;
      else if (c != ',') return false;
    }
    return digit;
  }

  // "Irfaan Ali … Ali denounced": once a person is named in full, the surname alone refers to
  // them for the rest of the document, even where the dictionary lists only the full name (a
  // surname that is a common name or word). Tokens of full names teach their surnames first.
  void AddSurnameTokens(int begin, int end, std::vector<Token>* toks) {
    auto is_word = [](char32_t c) { return IsAsciiAlnum(c) || c == '-' || c > 0x7F; };
    for (const Token& t : *toks) {
      if (!PersonToken(t)) continue;
      int b = t.end;
      while (b > t.begin && norm_[b - 1] != ' ') --b;
      if (b == t.begin || !IsUpperAscii(orig_[b]) || !IsUpperAscii(orig_[t.begin])) continue;  // one word: nothing to learn
      // the last word, and the first ("Kim Jong Un … Kim", "Xi Jinping … Xi": family names
      // come first in East Asian names); a word two people share in the document names neither
      int f = t.begin;
      while (f < t.end && norm_[f] != ' ') ++f;
      // (a last word of two letters — "Kim Jong Un" — is no surname)
      for (const std::u32string& word : {t.end - b >= 3 ? norm_.substr(b, t.end - b) : std::u32string(),
                                         norm_.substr(t.begin, f - t.begin)}) {
        if (word.size() < 2) continue;
        auto [it, fresh] = surnames_.emplace(word, t.list);
        if (!fresh && it->second != t.list) it->second = kAmbiguousName;
      }
    }
    if (surnames_.empty()) return;
    std::vector<Token> added;
    size_t next = 0;  // the first token not ending before the word
    for (int w = begin; w < end; ++w) {
      if (!IsUpperAscii(orig_[w]) || (w > begin && is_word(norm_[w - 1]))) continue;
      int e = w;
      while (e < end && is_word(norm_[e])) ++e;
      while (next < toks->size() && (*toks)[next].end <= w) ++next;
      const bool covered = next < toks->size() && (*toks)[next].begin < e;
      auto it = surnames_.find(norm_.substr(w, e - w));
      // (not inside another name — "Hamid Ali", "Ali Hassan" — unless the neighbour is a known
      // word: "President Ali")
      auto unknown_capital_word = [&](int k) {
        return k >= begin && k < end && IsUpperAscii(orig_[k]) && !InsideToken(*toks, k, k + 1);
      };
      int prev_word = w - 1;
      while (prev_word > begin && norm_[prev_word] == ' ') --prev_word;
      const bool word_before = prev_word >= begin && prev_word < w - 1 && is_word(norm_[prev_word]);
      while (word_before && prev_word > begin && is_word(norm_[prev_word - 1])) --prev_word;
      const bool name_before = word_before && prev_word > begin && unknown_capital_word(prev_word);
      const bool name_after = e + 1 < end && norm_[e] == ' ' && unknown_capital_word(e + 1);
      if (!covered && it != surnames_.end() && it->second != kAmbiguousName && !name_before && !name_after)
        added.push_back(Token{w, e, it->second});
      w = e;
    }
    if (added.empty()) return;
    toks->insert(toks->end(), added.begin(), added.end());
    std::sort(toks->begin(), toks->end(), [](const Token& a, const Token& b) { return a.begin < b.begin; });
  }

  // The place mention `m` ends a phrase that opens the sentence with a preposition ("In
  // Beijing, …", "At a summit in Madrid, …"), with no comma before it.
  bool OpensSentenceWithPlace(const std::vector<Token>& toks, const Mention& m, Lang lang) const {
    if (toks.empty() || !(Marks(toks[0], lang, Marker::kLoc) || Marks(toks[0], lang, Marker::kPrep))) return false;
    for (int c = toks[0].begin; c < m.begin; ++c)
      if (norm_[c] == ',') return false;
    return true;
  }

  void BuildMentions(const std::vector<Token>& toks, Lang lang, const std::vector<int>& clause_of,
                     std::vector<Mention>* out) {
    for (size_t k = 0; k < toks.size(); ++k) {
      const Token& t = toks[k];
      Mention m;
      m.begin = t.begin;
      m.end = t.end;
      m.first_token = m.last_token = static_cast<int>(k);
      bool has_actor = false, has_role = false;
      for (const Item& it : lex_.Items(t.list)) {
        if (it.lang != lang) continue;
        if (it.kind == ItemKind::kActor) { m.entries.push_back(it.index); has_actor = true; }
        else if (it.kind == ItemKind::kRole && !has_role) {
          has_role = true;
          m.role = lex_.roles()[it.index].role;
          m.role_where = lex_.roles()[it.index].where;
        }
      }
      // ("Iran-backed militias", "Sudan's army-led government": the first half of a compound
      // modifier is not who acts; a country that leads, runs or owns it still is)
      if (lang == Lang::kEn && (has_actor || has_role) && CompoundModifier(t, has_actor && !has_role)) continue;
      if (const Item* d = FindItem(lex_, t, lang, ItemKind::kDyad); d && !has_actor) {
        // A pair of abbreviations names two actors only before a relation word: 美哥关系.
        bool licensed = k + 1 < toks.size() && toks[k + 1].begin <= t.end + 1 &&
                        (Marks(toks[k + 1], lang, Marker::kRelation) || Marks(toks[k + 1], lang, Marker::kMutual) ||
                         Marks(toks[k + 1], lang, Marker::kBoth) || HasItem(lex_, toks[k + 1], lang, ItemKind::kPattern) ||
                         HasItem(lex_, toks[k + 1], lang, ItemKind::kRole));  // 中美外长, 美中高层
        if (!licensed) continue;
        const DyadEntry& de = lex_.dyads()[d->index];
        m.dyad = true;
        m.dyad_a_code = de.a;
        m.dyad_b_code = de.b;
        m.role_where = de.where;
        m.clause = clause_of[t.begin];
        out->push_back(m);
        continue;
      }
      // "troops from the two countries", "officials of both sides": the pair, in that role
      if (lang == Lang::kEn && has_role && !has_actor) {
        size_t j = k + 1;
        auto word = [&](size_t i) { return std::u32string_view(norm_).substr(toks[i].begin, toks[i].end - toks[i].begin); };
        if (j < toks.size() && (word(j) == U"from" || word(j) == U"of") && toks[j].begin - t.end <= 1) ++j;
        if (j < toks.size() && Marks(toks[j], lang, Marker::kBoth) && clause_of[toks[j].begin] == clause_of[t.begin]) {
          std::u32string_view gap = std::u32string_view(norm_).substr(toks[j - 1].end, std::max(0, toks[j].begin - toks[j - 1].end));
          while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
          if (j > k + 1 ? gap.empty() : (gap == U"from" || gap == U"of" || gap == U"from " || gap == U"of ")) {
            m.pronoun = true;
            m.dyad = true;
            m.end = toks[j].end;
            m.last_token = static_cast<int>(j);
            m.clause = clause_of[t.begin];
            out->push_back(m);
            k = j;
            continue;
          }
        }
      }
      if (Marks(t, lang, Marker::kBoth)) {
        m.pronoun = true;
        m.dyad = true;  // resolved from context below
        m.clause = clause_of[t.begin];
        out->push_back(m);
        continue;
      }
      if (Marks(t, lang, Marker::kPersonPronoun) || Marks(t, lang, Marker::kObjectPronoun)) {
        if (lang == Lang::kEn && DummyIt(t)) continue;
        // ("her Rwandan counterpart": a possessive before a name or a role is no mention of its own)
        if (lang == Lang::kEn && IsPossessive(t) && k + 1 < toks.size() && toks[k + 1].begin == t.end + 1 &&
            (HasItem(lex_, toks[k + 1], lang, ItemKind::kActor) || HasItem(lex_, toks[k + 1], lang, ItemKind::kRole)))
          continue;
        m.pronoun = true;
        m.clause = clause_of[t.begin];
        out->push_back(m);
        continue;
      }
      if (!has_actor && !has_role) continue;
      // 驻美大使, 驻哥伦比亚大使: the country is where the envoy is posted, not whose envoy.
      bool host = has_actor && !m.entries.empty();
      for (uint32_t idx : m.entries) host = host && lex_.actors()[idx].host;
      if (has_actor && k > 0 && toks[k - 1].end == t.begin && Marks(toks[k - 1], lang, Marker::kHost)) host = true;
      if (host) {
        m.host = true;
        m.prep_object = true;
        m.clause = clause_of[t.begin];
        out->push_back(m);
        continue;
      }
      // Compose: country + role (哥伦比亚外长), role + name (总统佩特罗), country + role + name,
      // country + suffix (哥伦比亚裔, 美国政府).
      size_t j = k + 1;
      size_t prev = k;  // the last token composed (a passed-over modifier is not)
      while (j < toks.size() && Glue(toks[prev].end, toks[j].begin, lang) && clause_of[toks[j].begin] == clause_of[t.begin]) {
        const Token& n = toks[j];
        // ("Sudan's army-led government": a hyphenated modifier is passed over)
        if (lang == Lang::kEn && CompoundModifier(n, false)) {
          int word_end = n.end;
          while (word_end < static_cast<int>(norm_.size()) && norm_[word_end] != ' ') ++word_end;
          size_t after = j + 1;
          while (after < toks.size() && toks[after].begin < word_end) ++after;
          if (after < toks.size() && Glue(toks[prev].end, toks[after].begin, lang)) {
            j = after;
            continue;
          }
        }
        // "a spokesperson for China's foreign ministry": a glue word between a role and a name
        if (lang == Lang::kEn && j + 1 < toks.size() && Glue(n.end, toks[j + 1].begin, lang) && IsGlueWord(n) &&
            (HasItem(lex_, toks[j + 1], lang, ItemKind::kActor) || HasItem(lex_, toks[j + 1], lang, ItemKind::kRole))) {
          prev = j;
          ++j;
          continue;
        }
        const Item* actor = FindItem(lex_, n, lang, ItemKind::kActor);
        const Item* role = FindItem(lex_, n, lang, ItemKind::kRole);
        const Item* sgov = FindItem(lex_, n, lang, ItemKind::kMarker, Marker::kSuffixGov);
        const Item* smil = FindItem(lex_, n, lang, ItemKind::kMarker, Marker::kSuffixMil);
        const Item* scvl = FindItem(lex_, n, lang, ItemKind::kMarker, Marker::kSuffixCvl);
        if (actor && lex_.actors()[actor->index].person) {
          // The name decides: "美国总统特朗普" is the person.
          m.entries.clear();
          for (const Item& it : lex_.Items(n.list))
            if (it.lang == lang && it.kind == ItemKind::kActor) m.entries.push_back(it.index);
          m.role.clear();
        } else if (role && (has_actor || !m.entries.empty())) {
          if (FindItem(lex_, n, lang, ItemKind::kMarker, Marker::kAdmin))
            for (uint32_t idx : m.entries)
              if (lex_.actors()[idx].person) m.administration = true;
          m.role = lex_.roles()[role->index].role;
          m.role_where = lex_.roles()[role->index].where;
        } else if ((sgov || smil || scvl) && !m.entries.empty() && m.role.empty()) {
          m.role = sgov ? "GOV" : smil ? "MIL" : "CVL";
          m.role_where = lex_.Items(n.list).empty() ? "" : "grammar";
        } else if (role && !has_actor && m.entries.empty()) {
          m.role = lex_.roles()[role->index].role;  // role after role: 外交部发言人
        } else if (actor && has_actor && m.role.empty() && lang == Lang::kEn && !m.entries.empty() &&
                   !lex_.actors()[actor->index].person && !lex_.actors()[m.entries[0]].person &&
                   lex_.actors()[actor->index].code.size() > 3 &&
                   lex_.actors()[actor->index].country == lex_.actors()[m.entries[0]].country) {
          // "Yemen's Houthi movement": a country's own group is the group
          m.entries.clear();
          for (const Item& it : lex_.Items(n.list))
            if (it.lang == lang && it.kind == ItemKind::kActor) m.entries.push_back(it.index);
        } else if (actor && has_actor && m.role.empty() && lang == Lang::kEn &&
                   lex_.actors()[actor->index].code.compare(0, 3, "IGO") == 0 && !m.entries.empty() &&
                   !lex_.actors()[m.entries[0]].country.empty() && !lex_.actors()[m.entries[0]].person) {
          // "Ukraine's security council": a country's own body named like an organisation's
          m.role = "GOV";
          m.role_where = "a national body (" + lex_.actors()[actor->index].where + ")";
        } else if (actor && !has_actor && m.entries.empty() && !m.role.empty() && lang == Lang::kEn) {
          // "a spokesperson for China's foreign ministry": the role is the country's
          for (const Item& it : lex_.Items(n.list))
            if (it.lang == lang && it.kind == ItemKind::kActor) m.entries.push_back(it.index);
        } else {
          break;
        }
        m.end = n.end;
        m.last_token = static_cast<int>(j);
        prev = j;
        ++j;
      }
      m.clause = clause_of[t.begin];
      out->push_back(m);
      k = prev;
    }
    if (lang == Lang::kEn) {
      AddNamesIntroducedEarlier(toks, clause_of, out);
      ResolveDefiniteRoles(toks, out);
      AddTheyForAPair(toks, clause_of, out);
      AddNumberedGroup(toks, clause_of, out);
    }
    // Prepositions, passive agents and coordination, from the token before each mention.
    for (size_t i = 0; i < out->size(); ++i) {
      Mention& m = (*out)[i];
      // The word that governs the mention, past an article: "and the EU", "on the US" (or a
      // possessive: "Wagner and her Rwandan counterpart", "Russia and its ally Belarus").
      int bk = m.first_token - 1;
      while (bk >= 0 && lang == Lang::kEn && (IsArticle(toks[bk]) || IsPossessive(toks[bk]))) --bk;
      if (bk < 0) continue;
      const Token& before = toks[bk];
      if (!PrepGlue(before.end, m.begin, lang)) continue;
      if (clause_of[before.begin] != m.clause) continue;
      bool prep = Marks(before, lang, Marker::kPrep);
      bool coord = Marks(before, lang, Marker::kCoord);
      bool passive = Marks(before, lang, Marker::kPassive) && lang == Lang::kZh;
      if (Marks(before, lang, Marker::kLoc) || Marks(before, lang, Marker::kTopic)) {
        // Neither subject nor object: a place (在美国), or the matter (就乌克兰问题).
        m.locative = true;
        m.topic = Marks(before, lang, Marker::kTopic);
        continue;
      }
      bool prev_adjacent = i > 0 && (*out)[i - 1].last_token == bk - 1 && (*out)[i - 1].clause == m.clause;
      if (passive) m.passive_agent = true;
      else if (prep && coord && prev_adjacent) m.prep_ambiguous = true;
      else if (prep) m.prep_object = true;
      else if (coord && prev_adjacent) m.coord_with_prev = true;
      if (lang == Lang::kEn && before.end <= m.begin) {
        std::u32string_view w = std::u32string_view(norm_).substr(before.begin, before.end - before.begin);
        if (w == U"by") m.passive_agent = true;
      }
      if ((m.prep_ambiguous || m.coord_with_prev) && (*out)[i - 1].locative) {  // 在X和Y之间
        m.prep_ambiguous = false;
        m.locative = true;
        m.coord_with_prev = true;
      }
      if (m.prep_ambiguous && (*out)[i - 1].prep_object) {  // 对X和Y: Y is coordinated with X
        m.prep_ambiguous = false;
        m.prep_object = true;
        m.coord_with_prev = true;
      }
    }
    // "officials from China, Tanzania and Zambia", "the foreign ministers of Russia and China": a
    // role with no country of its own, then "from"/"of" and a list, is that role of each.
    for (size_t i = 0; lang == Lang::kEn && i + 1 < out->size(); ++i) {
      Mention& r = (*out)[i];
      Mention& c = (*out)[i + 1];
      if (!r.entries.empty() || r.role.empty() || r.dyad || r.pronoun || r.locative || c.entries.empty() || c.dyad ||
          c.pronoun || c.clause != r.clause || !c.prep_object || CountryOfMention(c).empty() ||
          lex_.actors()[c.entries[0]].person)
        continue;
      const std::u32string_view gap = std::u32string_view(norm_).substr(r.end, std::max(0, c.begin - r.end));
      if (gap != U" from " && gap != U" of ") continue;
      // (not "recalled its ambassador from Tehran", "withdrew 41 diplomats from India": whose
      // they are is told before them, and "from" is where they leave)
      const std::u32string_view before = WordBefore(r.begin);
      if (!before.empty() && before != U"the") continue;
      r.entries = c.entries;
      r.end = c.end;
      r.last_token = c.last_token;
      out->erase(out->begin() + static_cast<long>(i) + 1);
      // (the rest of the list is the role's fellows, not objects of the preposition)
      for (size_t j = i + 1; j < out->size() && (*out)[j].coord_with_prev && (*out)[j].clause == r.clause; ++j) {
        (*out)[j].prep_object = r.prep_object;
        (*out)[j].prep_ambiguous = false;
        (*out)[j].passive_agent = r.passive_agent;
        (*out)[j].locative = r.locative;
      }
    }
    // (the countries of "the three juntas" are listed like "Mali, Niger and Burkina Faso")
    for (size_t i = 1; i < out->size(); ++i)
      if ((*out)[i].group_member) {
        (*out)[i].coord_with_prev = true;
        (*out)[i].prep_object = (*out)[i - 1].prep_object;
        (*out)[i].passive_agent = (*out)[i - 1].passive_agent;
        (*out)[i].locative = (*out)[i - 1].locative;
      }
    // 美国驻哥伦比亚大使: the envoy after the host country is the first country's.
    for (size_t i = 1; i + 1 < out->size(); ++i) {
      Mention& owner = (*out)[i - 1];
      const Mention& host = (*out)[i];
      const Mention& role = (*out)[i + 1];
      if (!host.host || owner.host || owner.entries.empty() || !owner.role.empty() || owner.dyad || owner.pronoun ||
          !role.entries.empty() || role.role.empty() || role.begin != host.end || host.begin - owner.end > 1)
        continue;
      owner.role = role.role;
      owner.role_where = role.role_where;
      out->erase(out->begin() + static_cast<long>(i) + 1);
    }
    // 对美国部分军工企业: a bare role noun shortly after a preposition's object heads that object.
    for (size_t i = 1; i < out->size(); ++i) {
      Mention& m = (*out)[i];
      const Mention& p = (*out)[i - 1];
      if (!m.entries.empty() || m.role.empty() || m.dyad || m.pronoun || !p.prep_object || p.host ||
          p.entries.empty() || p.clause != m.clause || m.begin - p.end > 4)
        continue;
      bool verb_between = false;
      for (const Token& t : toks)
        if (t.begin >= p.end && t.end <= m.begin && HasItem(lex_, t, lang, ItemKind::kPattern)) verb_between = true;
      if (verb_between) continue;
      m.entries = p.entries;
      m.prep_object = true;
    }
    // A bare role noun joined to a country's mention belongs to that country: 美国财政部与国务院.
    for (size_t i = 1; i < out->size(); ++i) {
      Mention& m = (*out)[i];
      const Mention& p = (*out)[i - 1];
      if (m.entries.empty() && !m.role.empty() && !m.dyad && !m.pronoun && (m.coord_with_prev || m.prep_ambiguous) &&
          !p.entries.empty() && p.clause == m.clause)
        m.entries = p.entries;
    }
    // "police in Moscow", "protesters in the Russian city of Yekaterinburg": a bare role noun
    // followed by the place it is in is that place's (not an army's: "troops in Syria").
    if (lang == Lang::kEn)
      for (size_t i = 0; i + 1 < out->size(); ++i) {
        Mention& m = (*out)[i];
        const Mention& place = (*out)[i + 1];
        if (!m.entries.empty() || m.role.empty() || m.role == "MIL" || m.dyad || m.pronoun || !place.locative ||
            place.entries.empty() || place.dyad || place.clause != m.clause || place.begin <= m.end)
          continue;
        const std::u32string_view gap = std::u32string_view(norm_).substr(m.end, place.begin - m.end);
        if (gap != U" in " && gap != U" in the ") continue;
        m.entries = {StateEntry(place.entries[0])};
      }
    // "a spokesman for the Taliban administration", "an official for the ministry of Iran": an
    // official followed by whom they speak for is that one's.
    if (lang == Lang::kEn)
      for (size_t i = 0; i + 1 < out->size(); ++i) {
        Mention& m = (*out)[i];
        const Mention& body = (*out)[i + 1];
        if (!m.entries.empty() || m.role != "GOV" || m.dyad || m.pronoun || body.entries.empty() || body.dyad ||
            body.pronoun || body.clause != m.clause || body.begin <= m.end)
          continue;
        const std::u32string_view gap = std::u32string_view(norm_).substr(m.end, body.begin - m.end);
        if (gap != U" for " && gap != U" for the ") continue;
        m.entries = {StateEntry(body.entries[0])};
      }
    // "In Beijing, the spokesman said…": a place opening the sentence is where its bare role
    // speaks from.
    if (lang == Lang::kEn && out->size() >= 2) {
      const Mention& place = (*out)[0];
      Mention& m = (*out)[1];
      std::u32string_view head = std::u32string_view(norm_).substr(sentence_begin_, std::max(0, place.begin - sentence_begin_));
      while (head.starts_with(U" ")) head.remove_prefix(1);
      if (place.locative && !place.entries.empty() && !place.dyad && head == U"in " && m.entries.empty() &&
          !m.role.empty() && m.role != "MIL" && !m.dyad && !m.pronoun && m.clause == place.clause + 1 &&
          norm_.compare(place.end, 1, U",") == 0)
        m.entries = {StateEntry(place.entries[0])};
    }
    // Citizens, protesters, police, courts… named in a sentence about one country are that
    // country's (缅甸军方威胁镇压示威者); a government or a company is not assumed.
    // (not a country named only as the owner of a mission: "Demonstrators rallied outside Indian
    // consulates" gather in the host country)
    auto names_a_mission = [&](const Mention& m) {
      if (lang != Lang::kEn) return false;
      const std::u32string_view w = WordAfter(m.end);
      return w == U"embassy" || w == U"embassies" || w == U"consulate" || w == U"consulates" ||
             w == U"mission" || w == U"missions" || w == U"high";
    };
    {
      std::string only;
      bool several = false;
      for (const Mention& m : *out) {
        if (m.dyad || m.pronoun || m.entries.empty() || names_a_mission(m)) continue;
        const std::string& c = lex_.actors()[m.entries[0]].country;
        if (c.empty()) continue;
        if (!only.empty() && c != only) several = true;
        only = c;
      }
      static const std::set<std::string> kDomestic = {"CVL", "OPP", "REB", "COP", "JUD", "LEG", "MED", "EDU", "LAB"};
      if (!only.empty() && !several)
        for (Mention& m : *out)
          if (m.entries.empty() && kDomestic.count(m.role) && !m.dyad && !m.pronoun)
            for (const Mention& c : *out)
              if (!c.entries.empty() && lex_.actors()[c.entries[0]].country == only && !c.host) {
                m.entries = {c.entries[0]};
                break;
              }
    }
    // "、" joins list items without a token: 美国、英国和法国
    for (size_t i = 1; i < out->size(); ++i) {
      Mention& m = (*out)[i];
      const Mention& p = (*out)[i - 1];
      const std::u32string_view gap = std::u32string_view(norm_).substr(p.end, std::max(0, m.begin - p.end));
      const bool listed = (m.begin == p.end + 1 && norm_[p.end] == 0x3001) || gap == U", " || gap == U", the " ||
                          (lang == Lang::kEn && gap.size() > 3 && gap.substr(0, 2) == U", " && gap.back() == ' ' &&
                           IsCount(gap.substr(2, gap.size() - 3)));
      // ("In Beijing, Muizzu and Xi agreed…": the comma closes a place opening the sentence;
      // "Speaking in Beijing, Sogavare…": a person or an office after a place is no place)
      const bool after_place = lang == Lang::kEn && p.locative &&
                               (OpensSentenceWithPlace(toks, p, lang) || IsPerson(m) || !m.role.empty());
      if (p.clause == m.clause && listed && !after_place) {
        m.coord_with_prev = true;
        m.prep_object = p.prep_object;
      }
    }
  }

  // The actor a mention names on `date`.
  Resolved Resolve(const Mention& m, const Date& date, bool second_of_dyad = false) const {
    Resolved r;
    r.actor.text = Orig(m.begin, m.end);
    if (m.dyad && !m.pronoun) {
      std::string code = second_of_dyad ? m.dyad_b_code : m.dyad_a_code;
      r.actor.country = code.size() >= 3 && code.compare(0, 3, "IGO") != 0 ? code.substr(0, 3) : "";
      if (code.size() == 3 && !r.actor.country.empty() && !m.role.empty()) code += m.role;  // 两国军队
      r.actor.code = code;
      r.actor.entry = m.role_where;
      // 美哥: each actor is one character of the pair, with its own dictionary line.
      if (size_t plus = m.role_where.find('+'); m.end - m.begin == 2 && plus != std::string::npos) {
        r.actor.text = Orig(m.begin + (second_of_dyad ? 1 : 0), m.begin + (second_of_dyad ? 2 : 1));
        r.actor.entry = second_of_dyad ? m.role_where.substr(plus + 1) : m.role_where.substr(0, plus);
      }
      r.ok = true;
      return r;
    }
    if (m.entries.empty()) {
      if (m.role.empty()) return r;
      r.actor.code = m.role;
      r.actor.entry = m.role_where;
      r.ok = true;
      return r;
    }
    bool out_of_office = false;
    const ActorEntry* chosen = EntryOn(m, date, &out_of_office);
    if (!chosen) return r;
    if (out_of_office) {
      r.actor.code = chosen->country.empty() ? chosen->code : chosen->country + "ELI";
      r.actor.country = chosen->country;
      r.actor.entry = chosen->where + " (out of office on " + (date.known() ? date.ToString() : "unknown date") + ")";
      r.ok = true;
      return r;
    }
    r.actor.code = chosen->code;
    r.actor.country = chosen->country;
    r.actor.entry = chosen->where;
    if (!m.role.empty() && !chosen->person && chosen->code.size() == 3 && !chosen->country.empty()) {
      r.actor.code = chosen->code + m.role;
      r.actor.entry += " + " + m.role_where;
    }
    r.ok = true;
    return r;
  }

  // The dictionary entry a mention names on `date`: a person in office, else a place or
  // organisation, else (out_of_office) the namesake whose term is nearest the date (约翰逊 in
  // 1966 is Lyndon Johnson, in 2023 Boris Johnson).
  const ActorEntry* EntryOn(const Mention& m, const Date& date, bool* out_of_office) const {
    const long lo = date.known() ? FirstDay(date) : (pub_.known() ? FirstDay(pub_) : 0);
    const long hi = date.known() ? LastDay(date) : lo;
    const ActorEntry* chosen = nullptr;
    const ActorEntry* fallback = nullptr;
    for (uint32_t idx : m.entries) {
      const ActorEntry& e = lex_.actors()[idx];
      if (!e.person) {
        if (!chosen) chosen = &e;
        continue;
      }
      if (e.from <= hi && e.to >= lo) {
        if (!chosen || chosen->person == false) chosen = &e;
      } else {
        auto distance = [&](const ActorEntry& a) { return a.to < lo ? lo - a.to : a.from - hi; };
        if (!fallback || distance(e) < distance(*fallback)) fallback = &e;
      }
    }
    *out_of_office = !chosen && fallback;
    return chosen ? chosen : fallback;
  }

  // The country a mention names (at publication), without building the actor.
  std::string CountryOfMention(const Mention& m) const {
    if (m.dyad && !m.pronoun)
      return m.dyad_a_code.size() >= 3 && m.dyad_a_code.compare(0, 3, "IGO") != 0 ? m.dyad_a_code.substr(0, 3) : "";
    if (m.entries.empty()) return "";
    bool out_of_office = false;
    const ActorEntry* e = EntryOn(m, pub_, &out_of_office);
    return e ? e->country : "";
  }

  // A round-up's country heading: the topic of `paragraph`, whose roles speak for its country.
  void TakeHeading(const Mention& heading, int paragraph) {
    topic_ = heading;
    has_topic_ = true;
    topic_paragraph_ = label_paragraph_ = paragraph;
    topic_country_ = label_country_ = CountryOfMention(heading);
  }

  void CodeSentence(int sidx) {
    const Sentence& sent = sentences_[sidx];
    sentence_index_ = sidx;
    const Lang lang = sent.lang;
    std::vector<Token>& toks = toks_buffer_;  // reused: one allocation per document
    toks.clear();
    ScanTokens(lex_, norm_, orig_, sent.begin, sent.end, lang, &toks);
    if (lang == Lang::kEn) AddSurnameTokens(sent.begin, sent.end, &toks);
    sentence_toks_ = &toks;
    sentence_begin_ = sent.begin;
    current_paragraph_ = sent.paragraph;
    sentence_end_ = sent.end;
    if (lang == Lang::kEn) FindWordStarts(sent.begin, sent.end);
    SummariseUnits(sent, lang);

    // Clauses, and which of them are quoted speech.
    // Filled for this sentence only; allocated once per document.
    std::vector<int>& clause_of = clause_of_;
    if (clause_of.size() < orig_.size() + 1) clause_of.assign(orig_.size() + 1, 0);
    std::vector<bool> quoted{false};
    int clause = 0;
    bool in_quote = false;
    int term_end = -1;  // a quoted term (「主要非北约盟友」) is part of its clause
    int appositive_end = -1;  // the closing comma of a name set off by commas
    terms_.clear();
    const std::vector<int> and_clauses = lang == Lang::kEn ? AndClauseStarts(toks, sent.begin, sent.end) : std::vector<int>{};
    for (int i = sent.begin; i < sent.end; ++i) {
      char32_t c = norm_[i];
      if (!and_clauses.empty() && std::binary_search(and_clauses.begin(), and_clauses.end(), i) && i > term_end) {
        ++clause;
        quoted.push_back(in_quote);
      }
      if (c == 0x300C && i > term_end) {
        int close = QuotedTermEnd(i, sent.end, toks);
        if (close > 0) {
          term_end = close;
          terms_.push_back({i, close});
        }
      }
      // English: a short quotation inside a clause ('called the strike "murder"', 'an
      // "immediate and unconditional" truce') is a term of it, not a clause of its own.
      if (lang == Lang::kEn && c == '"' && i > term_end)
        for (int j = i + 1; j < sent.end && j <= i + 48; ++j) {
          const char32_t d = norm_[j];
          // (a comma or a stop just inside the closing mark is the sentence's: 'called the
          // comments "deplorable,"')
          // (a few words only, not opening the sentence: '"We will not yield," he said' is speech)
          const bool closing_punct = (d == ',' || d == '.') && j + 1 < sent.end && norm_[j + 1] == '"' &&
                                     std::count(norm_.begin() + i, norm_.begin() + j, U' ') <= 4 &&
                                     i > sent.begin + 2;
          if (!closing_punct && (d == ',' || d == '.' || d == '!' || d == '?' || d == ';' || d == ':')) break;
          if (d == '"') {
            // (the closing mark still ends the clause before "and": '… "leader" and said …')
            const bool conjunction = norm_.compare(j + 1, 5, U" and ") == 0 || norm_.compare(j + 1, 5, U" but ") == 0;
            term_end = conjunction ? j - 1 : j;
            break;
          }
        }
      if (i <= term_end) {
        clause_of[i] = clause;
        continue;
      }
      // 1,000 is one number, not two clauses.
      const bool digit_comma = c == ',' && i > sent.begin && i + 1 < sent.end && norm_[i - 1] >= '0' &&
                               norm_[i - 1] <= '9' && norm_[i + 1] >= '0' && norm_[i + 1] <= '9';
      // "Spain, Ireland and Norway": a comma between two names lists them.
      // (not "Albanese, the Australian prime minister, met…": a person set off by a description)
      // (a role owned by a country counts: "Spain's foreign minister, Ireland's and Norway's…")
      const bool list_comma = c == ',' && lang == Lang::kEn &&
                              (ActorTokenEndsAt(toks, i) || OwnedRoleEndsAt(toks, i)) &&
                              ActorTokenStartsAfter(toks, i + 1) &&
                              !(PersonTokenEndsAt(toks, i) && norm_.compare(i + 1, 5, U" the ") == 0) &&
                              !OpeningPhraseComma(toks, i, sent.begin);
      // "detained five foreigners, including two Colombians": the examples are the object's.
      const bool example_comma = c == ',' && lang == Lang::kEn &&
                                 (norm_.compare(i + 1, 11, U" including ") == 0 ||
                                  norm_.compare(i + 1, 9, U" such as ") == 0);
      // "declared the Mexican ambassador, Raquel Serur, persona non grata": a name set off after
      // a role or a name is part of the clause.
      if (c == ',' && lang == Lang::kEn && i > appositive_end) {
        appositive_end = AppositiveEnd(toks, i, sent.end);
        if (appositive_end < 0) appositive_end = NationalityAppositiveEnd(toks, i, sent.end);
      }
      const bool appositive_comma = c == ',' && lang == Lang::kEn && appositive_end > 0 && i <= appositive_end;
      const bool modifier_comma = c == ',' && lang == Lang::kEn && ModifierListComma(i, sent.end);
      if (IsClauseBreak(c) && !digit_comma && !list_comma && !example_comma && !appositive_comma && !modifier_comma) {
        if (c == 0x300C) in_quote = true;
        if (c == 0x300D) in_quote = false;
        ++clause;
        quoted.push_back(in_quote);
      }
      clause_of[i] = clause;
    }
    clause_of[sent.end] = clause;

    std::vector<Mention> mentions;
    BuildMentions(toks, lang, clause_of, &mentions);
    // "DOHA, Sept 18 (Reuters) - …": a dateline's city is where the story was filed, not an actor.
    // (新华社北京3月2日电 likewise)
    const bool paragraph_start = sidx > 0 && sentences_[sidx - 1].paragraph != sent.paragraph;
    const int dateline_end = lang == Lang::kEn ? DatelineEnd(sent.begin, sent.end)
                                               : ZhDatelineEnd(sent.begin, sent.end, sidx == 0 || paragraph_start);
    // "CHINA" on a line of its own before a reaction: the heading of the paragraph that follows.
    if (lang == Lang::kEn && paragraph_start && mentions.size() == 1 &&
        (sidx + 1 == static_cast<int>(sentences_.size()) || sentences_[sidx + 1].paragraph != sent.paragraph)) {
      bool caps = true;
      for (int k = sent.begin; k < sent.end && caps; ++k)
        caps = (orig_[k] >= 'A' && orig_[k] <= 'Z') || orig_[k] == ' ' || orig_[k] == '\'' || orig_[k] == 0x2019 ||
               orig_[k] == '.' || orig_[k] == '-';
      const Mention& m = mentions[0];
      if (caps && m.begin == sent.begin && !CountryOfMention(m).empty()) {
        TakeHeading(m, sidx + 1 < static_cast<int>(sentences_.size()) ? sentences_[sidx + 1].paragraph : sent.paragraph);
        return;
      }
    }
    // "CHINA - Beijing condemned the strikes…" opening a later paragraph of a reaction round-up:
    // a heading naming whose reaction follows, so the paragraph's topic and neither side of
    // an act. (A label with a date after it, "KYIV, May 2 -", is a dateline.)
    if (dateline_end > 0 && lang == Lang::kEn && paragraph_start) {
      const Mention* label = nullptr;
      int named = 0;
      for (const Mention& m : mentions)
        if (m.end <= dateline_end) {
          ++named;
          label = &m;
        }
      const std::u32string_view head = std::u32string_view(norm_).substr(sent.begin, dateline_end - sent.begin);
      if (named == 1 && head.find(U',') == std::u32string_view::npos && head.find(U'(') == std::u32string_view::npos &&
          !CountryOfMention(*label).empty() && label->begin == sent.begin) {
        TakeHeading(*label, sent.paragraph);
        mentions.erase(mentions.begin() + (label - mentions.data()));
      }
    }
    if (dateline_end > 0)
      for (Mention& m : mentions)
        if (m.end <= dateline_end) {
          m.locative = m.dateline = true;
          // (one city filed from: "PARIS/RABAT, Dec 19" names no single country)
          if (sidx == 0 && dateline_country_.empty() && !CountryOfMention(m).empty()) dateline_country_ = CountryOfMention(m);
          else if (sidx == 0 && dateline_country_ != CountryOfMention(m)) dateline_country_ = "-";
        }
    ResolveAbbreviations(&mentions);
    ResolvePronouns(&mentions, lang);

    std::vector<TimeExpr> times;
    FindTimes(lex_, norm_, sent.begin, sent.end, lang, toks, pub_.known() ? FirstDay(pub_) : 0, &times);
    calendar_times_.clear();
    for (const TimeExpr& x : times) calendar_times_.emplace_back(x.begin, x.end);
    // ("in April and again in October 2024": the year told once is both months')
    if (lang == Lang::kEn)
      for (TimeExpr& a : times) {
        const TimeExpr* next = nullptr;
        for (const TimeExpr& x : times)
          if (x.begin > a.end && (!next || x.begin < next->begin)) next = &x;
        if (!next) continue;
        const TimeExpr& b = *next;
        if (a.year != 0 || b.year == 0 || a.month == 0 || b.month == 0 || b.begin <= a.end ||
            (a.kind != TimeExpr::Kind::kMonth && a.kind != TimeExpr::Kind::kMonthDay) ||
            (b.kind != TimeExpr::Kind::kMonth && b.kind != TimeExpr::Kind::kMonthDay && b.kind != TimeExpr::Kind::kAbsolute))
          continue;
        const std::u32string_view gap = std::u32string_view(norm_).substr(a.end, b.begin - a.end);
        if (gap == U" and " || gap == U" and in " || gap == U" and again in " || gap == U" and again on " ||
            gap == U" and on " || gap == U" or " || gap == U" and then in " || gap == U" and later in ") {
          a.year = b.year;
          if (a.kind == TimeExpr::Kind::kMonth) a.kind = TimeExpr::Kind::kAbsolute;
        }
      }
    AddActsAsTimes(toks, lang, &times);
    // ("SEOUL, April 13 (Reuters) - … on Monday": the dateline's day is the filing's, not an act's;
    // a Chinese wire story's dateline day is the day of the news it tells, and stays)
    if (dateline_end > 0 && lang == Lang::kEn)
      times.erase(std::remove_if(times.begin(), times.end(), [&](const TimeExpr& t) { return t.end <= dateline_end; }),
                  times.end());
    std::vector<Date> time_dates(times.size());
    attributive_dates_.assign(times.size(), Date());
    // the context each was resolved in, to explain it when an event uses it
    std::vector<TimeContext>& time_contexts = time_contexts_;
    time_contexts.assign(times.size(), TimeContext{});
    {
      TimeContext ctx;
      ctx.pub = pub_;
      ctx.prev = prev_date_.known() ? prev_date_ : doc_prev_date_;
      ctx.prev_in_paragraph = prev_date_.known();
      ctx.english = lang == Lang::kEn;
      ctx.last_told = last_told_;
      ctx.last_named = last_named_;
      // (", which opened in 2017, and Ruto travelled to Beijing in October": a year told in a
      // relative or participle clause is that clause's, not the year of the sentence's months)
      int aside_clause = -1;
      for (size_t i = 0; i < times.size(); ++i) {
        ctx.future = lang == Lang::kEn && FutureBefore(toks, times[i].begin, clause_of);
        if (aside_clause >= 0 && clause_of[times[i].begin] != aside_clause) ctx.prev_in_sentence = false;
        time_contexts[i] = ctx;
        // ("The talks came a day after …": what came is the story's own act, on the lead's day)
        // (unless the text has just told another recent date it may be counting from)
        const bool prev_near = ctx.prev.known() && ctx.prev.precision != DatePrecision::kYear && lead_date_.known() &&
                               std::abs(FirstDay(ctx.prev) - FirstDay(lead_date_)) <= 31;
        const bool came = lang == Lang::kEn && EndsWithConjunction(times[i], lang) &&
                          (TextBefore(times[i].begin, U" came ") || TextBefore(times[i].begin, U" comes "));
        // ("The Iranian raid came a day after…": what came is an act told before; count from its day)
        const Event* came_act = nullptr;
        int root = -1;
        unsigned roots = 0;
        // (the act noun opens the sentence and "came" follows it at once)
        if (came && ActNounEnd(sent.begin, toks, &root, &roots) == times[i].begin - 6) {
          std::string doer;  // ("The Iranian strike": Iran's)
          for (const Mention& m : mentions)
            if (m.end <= times[i].begin - 6 && !m.entries.empty()) doer = CountryOfMention(m);
          came_act = NamedActBefore(sent.begin, toks, {.not_country = "", .victim = "", .doer = doer, .when = {}});
          if (came_act && came_act->date.precision != DatePrecision::kDay) came_act = nullptr;
        }
        if (came_act) {
          time_contexts[i].prev = came_act->date;
          time_contexts[i].prev_in_paragraph = true;
        }
        const bool came_after = came && !came_act && lead_date_.known() && !prev_near;
        if (came_after) {
          time_contexts[i].prev = lead_date_;
          time_contexts[i].prev_in_paragraph = true;
        }
        // ("Three days after the coup, Paris suspended aid": opening the sentence before a noun,
        // the count runs forward from the event told before)
        if (lang == Lang::kEn && times[i].kind == TimeExpr::Kind::kWord && times[i].word->offset < 0 &&
            EndsWithConjunction(times[i], lang) && times[i].begin - sent.begin <= 6) {
          int comma = times[i].end;
          while (comma < sent.end && norm_[comma] != ',') ++comma;
          bool verb = comma >= sent.end || comma - times[i].end > 40;
          for (const Token& t : toks)
            verb |= t.begin >= times[i].end && t.end <= comma && HasItem(lex_, t, lang, ItemKind::kPattern) &&
                    LooksLikeParticiple(t.begin);
          time_contexts[i].count_forward = !verb;
        }
        time_dates[i] = ResolveTime(times[i], time_contexts[i], nullptr);
        // (what came may be the lead's act or the incident it reports: the month is sure, the day not)
        if (came_after && time_dates[i].precision == DatePrecision::kDay)
          time_dates[i] = MonthDate(time_dates[i].year, time_dates[i].month);
        if (time_dates[i].known() && !AimTime(times[i], time_dates[i], lang) && !ReferencePoint(times[i], lang) &&
            !VagueSeason(times[i]))
          ctx.last_told = ctx.last_named = time_dates[i];
        // ("Under a 2023 deal, … signed it in March of that year": a year before a noun is named
        // for "that year", though it dates nothing else)
        if (times[i].attributive && time_dates[i].known() && !InRelativeClause(times[i].begin))
          ctx.last_named = time_dates[i];
        // ("has blamed Moscow since 2022 and ordered … in May": a time after "since" starts a
        // state, and sets no year for the times after it)
        // ("since 2019, when India struck …" dates the clause it opens, and what follows it)
        // ("a 2019 attack": the year dates only the act its noun names, and is kept aside for it)
        if (times[i].attributive) {
          attributive_dates_[i] = time_dates[i];
          time_dates[i] = Date();
          continue;
        }
        if (time_dates[i].known() && !(lang == Lang::kEn && SinceStartsState(times[i])) && !YearModifier(times[i], lang) &&
            !VagueSeason(times[i])) {
          ctx.prev = time_dates[i];
          ctx.prev_in_paragraph = true;
          // ("forced French troops out last year, and … in January": a year counted from
          // publication does not set the year of a later month; a year told does)
          ctx.prev_in_sentence = !(lang == Lang::kEn && times[i].kind == TimeExpr::Kind::kWord &&
                                   times[i].word->kind == TimeWord::Kind::kPubYear && times[i].month == 0);
          aside_clause = lang == Lang::kEn && AsideClause(times[i].begin) ? clause_of[times[i].begin] : -1;
        }
      }
      last_told_ = ctx.last_told;
      last_named_ = ctx.last_named;
    }

    // A quotation after a speech verb or a verbal act (指责…「种族灭绝」) is what was said, not
    // an event; first mark where the sentence's speech verbs are.
    std::vector<int> speech_positions;
    const Token* first_speech = nullptr;
    for (const Token& t : toks)
      if (Marks(t, lang, Marker::kSpeech)) {
        speech_positions.push_back(t.begin);
        if (!first_speech) first_speech = &t;
      }
    verbal_act_at_ = speech_positions.empty() ? -1 : speech_positions.front();
    appeal_at_ = -1;

    // Questions and conditionals make every event of the sentence hypothetical.
    bool question = orig_[sent.end - 1] == '?' || orig_[sent.end - 1] == 0xFF1F;
    std::vector<int> hypo_positions;
    for (const Token& t : toks) {
      if (Marks(t, lang, Marker::kQuestion) && !(lang == Lang::kEn && Marks(t, lang, Marker::kHypo))) question = true;
      // a one-character condition word (若, 倘) only opens a clause: 若开邦 is a place
      if (Marks(t, lang, Marker::kHypo) &&
          (lang != Lang::kZh || t.end - t.begin > 1 || t.begin == sent.begin || IsClauseBreak(norm_[t.begin - 1])))
        hypo_positions.push_back(t.begin);
    }

    Date sentence_last = prev_date_;
    int covered_until = -1;  // a matched multi-part pattern owns the triggers inside it
    bool covered_by_light_verb = false;
    for (size_t k = 0; k < toks.size(); ++k) {
      const Token& trig = toks[k];
      // a match owns the triggers inside it, except a light verb's (展开 * 调查 around 刑事调查)
      if (trig.begin < covered_until && !covered_by_light_verb) continue;
      // "survival-threatening", "Iran-backed": the second part of a compound is no verb, except
      // a mediation told with it ("U.S.-brokered talks between Russia and Ukraine").
      if (lang == Lang::kEn && trig.begin >= 2 && norm_[trig.begin - 1] == '-' &&
          (IsAsciiAlnum(norm_[trig.begin - 2]) || norm_[trig.begin - 2] == '.')) {
        const std::u32string_view rest = std::u32string_view(norm_).substr(trig.begin);
        bool mediated_talks = false;
        for (std::u32string_view w : {U"brokered talks", U"mediated talks", U"brokered negotiations",
                                      U"mediated negotiations", U"sponsored talks", U"hosted talks"})
          mediated_talks |= rest.starts_with(w);
        if (!mediated_talks) continue;
      }
      // ("agreed in March to a plan": a month's name is no verb)
      // (the position test first: few triggers lie inside a time)
      if (lang == Lang::kEn &&
          std::any_of(calendar_times_.begin(), calendar_times_.end(),
                      [&](const std::pair<int, int>& t) { return t.first <= trig.begin && trig.begin < t.second; }) &&
          IsMonthWord(FirstWordAt(trig.begin)))
        continue;
      // ("an official who asked not to be named": a source's request to the reporter, not an act)
      if (lang == Lang::kEn) {
        const std::u32string_view rest = std::u32string_view(norm_).substr(trig.end);
        if (rest.starts_with(U" not to be named") || rest.starts_with(U" not to be identified") ||
            rest.starts_with(U" to remain anonymous") || rest.starts_with(U" not to be quoted"))
          continue;
      }
      const Pattern* best = nullptr;
      int best_begin = 0, best_end = 0, best_literal = 0;
      bool best_wildcard = false;
      size_t best_segments = 0;
      const bool passive = lang == Lang::kEn ? PassiveBefore(toks, static_cast<int>(k)) : ZhPassiveBefore(toks, static_cast<int>(k));
      // ("would be met with full force", "was met with protests": a reception, not a meeting)
      if (lang == Lang::kEn && passive && norm_.compare(trig.begin, 8, U"met with") == 0) continue;
      // ("failing to meet its commitments": meeting an obligation, not a person; "met the
      // conditions set by the EU" may still be yielding)
      const bool meets_obligation = lang == Lang::kEn && MeetsObligation(trig.begin, sent.end);
      // The token is the longest key here; in English a shorter key at the same word may carry
      // the pattern that fits ("shot" + "* down" when "shot dead" is the longer key), so the
      // trigger keys ending on a word boundary inside the token are tried as well.
      trigger_keys_.clear();
      trigger_keys_.push_back(trig);
      // (a one-word token has no shorter key ending on a word boundary)
      if (lang == Lang::kEn &&
          std::u32string_view(norm_).substr(trig.begin, trig.end - trig.begin).find(U' ') != std::u32string_view::npos)
        lex_.trie().ForEachPrefix(norm_, static_cast<size_t>(trig.begin), [&](size_t len, uint32_t value) {
          const int e = trig.begin + static_cast<int>(len);
          if (e >= trig.end || IsAsciiAlnum(norm_[e]) || value == trig.list) return;
          // (a phrasal verb is another verb: "called on Russia to stop the provocations" is no
          // "call * provocation")
          if (ParticleAt(e + 1, times)) return;
          if (HasItem(lex_, Token{trig.begin, e, value}, lang, ItemKind::kPattern))
            trigger_keys_.push_back(Token{trig.begin, e, value});
        });
      // "agreed on Tuesday to restore ties", "vowed again to hit back": a marker with an adverbial
      // before its "to" (data/grammar/en.tsv) is also read without it, as the verb, "to" and
      // what follows, for a pattern of that verb to start there.
      int joined_from = -1;
      int primary_end = trig.end;  // the longest key's end: shorter keys win only by matching more
      if (lang == Lang::kEn && trig.end - trig.begin > 4 && norm_.compare(trig.end - 3, 3, U" to") == 0 &&
          (Marks(trig, lang, Marker::kIntent) || Marks(trig, lang, Marker::kThreat) ||
           Marks(trig, lang, Marker::kNeg) || Marks(trig, lang, Marker::kRefusal))) {
        const std::u32string_view verb = FirstWordAt(trig.begin);
        if (trig.begin + static_cast<int>(verb.size()) + 3 < trig.end) {
          std::u32string joined(verb);
          joined += U" to";
          const int rest = std::min(sentence_end_ - trig.end, 96);
          joined += std::u32string_view(norm_).substr(trig.end, rest);
          const int shift = trig.end - (trig.begin + static_cast<int>(verb.size()) + 3);
          std::vector<Token> joined_keys;  // shortest first
          lex_.trie().ForEachPrefix(joined, 0, [&](size_t len, uint32_t value) {
            const int e = trig.begin + static_cast<int>(len) + shift;
            if (static_cast<int>(len) < static_cast<int>(verb.size()) + 3 || e > sentence_end_ ||
                (e < sentence_end_ && IsAsciiAlnum(norm_[e])))
              return;
            if (HasItem(lex_, Token{trig.begin, e, value}, lang, ItemKind::kPattern))
              joined_keys.push_back(Token{trig.begin, e, value});
          });
          // (the longest first, as the token itself is when read as written)
          if (!joined_keys.empty()) {
            joined_from = static_cast<int>(trigger_keys_.size());
            primary_end = joined_keys.back().end;
            trigger_keys_.insert(trigger_keys_.end(), joined_keys.rbegin(), joined_keys.rend());
          }
        }
      }
      Token best_trig = trig;
      ObjectFirst best_object_first;
      // More parts, then spelled out rather than any name (`@`), then a later end, then more
      // matched text: the most specific pattern.
      auto consider = [&](const Pattern& p, const Token& key, int begin, int end, int literal,
                          const ObjectFirst& object_first, bool takes_over = false) {
        if (meets_obligation && Root(p.code) == 4) return;
        const bool wildcard =
            std::any_of(p.segments.begin(), p.segments.end(), [](const auto& g) { return g.empty(); });
        if (best && !takes_over && p.segments.size() <= best_segments &&
            !(p.segments.size() == best_segments &&
              (best_wildcard > wildcard ||
               (best_wildcard == wildcard && (end > best_end || (end == best_end && literal > best_literal))))))
          return;
        best = &p;
        best_begin = begin;
        best_end = end;
        best_segments = p.segments.size();
        best_literal = literal;
        best_wildcard = wildcard;
        best_trig = key;
        best_object_first = object_first;
      };
      // "at that meeting … a memorandum demanding": an -ing form after a determiner is a noun,
      // not the verb a longer pattern ("meet * demand") starts with.
      const bool ing_noun = lang == Lang::kEn && IngNounAt(trig.begin);
      for (const Token& key : trigger_keys_) {
        // (where an object told before this verb would end: once per key, not per pattern)
        const ObjectFirst key_object_first =
            lang == Lang::kEn && !passive ? ObjectFirstAt(key, clause_of, mentions) : ObjectFirst{};
        for (const Item& it : lex_.Items(key.list)) {
          if (it.kind != ItemKind::kPattern || it.lang != lang) continue;
          const Pattern& p = lex_.patterns()[it.index];
          if (ing_noun && p.segments.size() > 1) continue;
          // (a pattern of fewer parts than the best so far cannot win: `consider` would refuse it)
          if (best && p.segments.size() < best_segments && !(key.end < primary_end && best_trig.end == primary_end)) continue;
          int begin = key.begin, end = 0, literal = 0;
          // "diplomats were expelled": in the passive the object comes before the verb.
          ObjectFirst object_first;
          if (!MatchRest(p, key, clause_of, &end, &literal) &&
              !(passive && MatchObjectBefore(p, key, clause_of, &begin, &end, &literal)) &&
              !MatchObjectRelative(p, key, key_object_first, &begin, &end, &literal, &object_first))
            continue;
          // a shorter key wins over the longest key's match only by matching more of the text
          const bool shorter_over_longest = best && key.end < primary_end && best_trig.end == primary_end;
          if (shorter_over_longest && !(end > best_end && literal > best_literal)) continue;
          consider(p, key, begin, end, literal, object_first, shorter_over_longest);
        }
      }
      // "promised to lift its ban", "threatened to expel the ambassador": when no pattern of a
      // key like "promise to lift" fits, the verb inside it is tried, and the words before it
      // ("promised to") stay a marker of the act (CodeTrigger finds them again).
      if (!best && lang == Lang::kEn && !ing_noun)
        for (int w = trig.begin + 1; w < trig.end && !best; ++w) {
          if (norm_[w - 1] != ' ' || !IsAsciiAlnum(norm_[w])) continue;
          std::vector<Token> inner;
          lex_.trie().ForEachPrefix(norm_, static_cast<size_t>(w), [&](size_t len, uint32_t value) {
            const int e = w + static_cast<int>(len);
            if (e < static_cast<int>(norm_.size()) && IsAsciiAlnum(norm_[e])) return;
            if (HasItem(lex_, Token{w, e, value}, lang, ItemKind::kPattern)) inner.push_back(Token{w, e, value});
          });
          for (const Token& key : inner)
            for (const Item& it : lex_.Items(key.list)) {
              if (it.kind != ItemKind::kPattern || it.lang != lang) continue;
              const Pattern& p = lex_.patterns()[it.index];
              int end = 0, literal = 0;
              if (MatchRest(p, key, clause_of, &end, &literal)) consider(p, key, key.begin, end, literal, ObjectFirst{});
            }
        }
      if (!best) continue;
      // (a pattern read past the adverbial owns the words it spans: "vowed on Sunday to hit back")
      if (joined_from >= 0 && best_trig.end > trig.end && best_trig.end > covered_until) covered_until = best_trig.end;
      if (best->segments.size() > 1 && best_end > covered_until) {
        covered_until = best_end;
        covered_by_light_verb = best->light_verb;
      }
      const size_t coded_before = out_.events.size();
      skip_reason_.clear();
      CodeTrigger(*best, best_trig, best_begin, best_end, best_object_first, static_cast<int>(k), sidx, toks, mentions,
                  clause_of, quoted, times, time_dates, time_contexts, question, hypo_positions, &sentence_last);
      if (opt_.skipped && out_.events.size() == coded_before)
        out_.skipped.push_back({sidx, Orig(best_trig.begin, best_end), best->where + " " + best->text,
                                skip_reason_.empty() ? "no event" : skip_reason_});
    }
    if (lang == Lang::kEn) AddFollowers(mentions, clause_of, times, time_dates, sidx);
    if (lang == Lang::kEn && !question && first_speech)
      AddReportedCriticism(*first_speech, toks, mentions, clause_of, quoted, times, time_dates, sidx);
    if (lang == Lang::kEn && !question) AddCooperationIntent(toks, mentions, clause_of, times, time_dates, sidx);
    if (lang == Lang::kEn && !question) AddMeasureAgain(toks, mentions, clause_of, times, time_dates, sidx);
    // The next sentence's "previous date": the last date this sentence mentioned or used.
    for (size_t i = 0; i < times.size(); ++i)
      if (time_dates[i].known() && !BackgroundTime(times[i], lang) && !AimTime(times[i], time_dates[i], lang) &&
          !QuotedPubDay(times[i], sent.begin, lang) && !YearModifier(times[i], lang) && !VagueSeason(times[i]))
        sentence_last = time_dates[i];
    if (sentence_last.known()) prev_date_ = sentence_last;
    // The latest list of three or four countries ("Mali, Niger and Burkina Faso"), for "the three
    // juntas" later on.
    bool listed = false;
    int listed_from = -1;  // where the list in group_ starts
    for (size_t i = 0; lang == Lang::kEn && i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (m.entries.empty() || m.dyad || m.pronoun || m.group_member || CountryOfMention(m).empty()) continue;
      std::vector<std::vector<uint32_t>> list{m.entries};
      std::vector<std::string> countries{CountryOfMention(m)};
      size_t j = i + 1;
      for (; j < mentions.size() && mentions[j].coord_with_prev && mentions[j].clause == m.clause && !mentions[j].dyad &&
             !mentions[j].group_member && !mentions[j].entries.empty();
           ++j) {
        const std::string c = CountryOfMention(mentions[j]);
        if (c.empty() || std::find(countries.begin(), countries.end(), c) != countries.end()) break;
        countries.push_back(c);
        list.push_back(mentions[j].entries);
      }
      if (list.size() >= 3 && list.size() <= 4) {
        group_ = list;
        listed = true;
        listed_from = m.begin;
      }
      i = j - 1;
    }
    // ("Biden welcomed Kishida and Yoon … The three leaders agreed…": without a list, the three
    // or four countries the sentence names)
    if (lang == Lang::kEn && !listed) {
      std::vector<std::vector<uint32_t>> list;
      std::vector<std::string> countries;
      for (const Mention& m : mentions) {
        if (m.entries.empty() || m.dyad || m.pronoun || m.group_member || m.locative || quoted[m.clause]) continue;
        const std::string c = CountryOfMention(m);
        if (c.empty() || std::find(countries.begin(), countries.end(), c) != countries.end()) continue;
        countries.push_back(c);
        list.push_back(m.entries);
      }
      // (partners, not adversaries: the sentence's acts are all cooperative, and each country
      // takes part in one)
      // (this sentence's events are the last ones: walk back over them only)
      bool hostile = false;
      std::vector<bool> part(countries.size(), false);
      for (auto e = out_.events.rbegin(); e != out_.events.rend() && e->sentence == sidx; ++e) {
        hostile |= e->quad > 2;
        for (size_t c = 0; c < countries.size(); ++c)
          part[c] = part[c] || e->source.country == countries[c] || e->target.country == countries[c];
      }
      const bool all_take_part = std::all_of(part.begin(), part.end(), [](bool b) { return b; });
      if (list.size() >= 3 && list.size() <= 4 && all_take_part && !hostile) {
        scene_group_ = list;
        scene_sentence_ = sidx;
      }
    }
    // Topic for the next sentences: the first subject of this one.
    for (size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (!m.prep_object && !m.passive_agent && !m.locative && !quoted[m.clause] && !m.pronoun) {
        // (an official named without a country speaks for the country of the topic before it)
        const std::string c = CountryOfMention(m);
        const bool official = c.empty() && !m.dyad && !m.role.empty() && m.role != "CVL" && m.role != "OPP" &&
                              m.role != "REB";
        if (!c.empty()) topic_country_ = c;
        else if (!official || !has_topic_ || topic_paragraph_ < sent.paragraph - 1) topic_country_.clear();
        topic_ = m;
        has_topic_ = true;
        topic_paragraph_ = sent.paragraph;
        // (a pair as the subject: "Chile and Bolivia …", "the two neighbours …")
        const bool pair = m.dyad || (i + 1 < mentions.size() && mentions[i + 1].coord_with_prev &&
                                     mentions[i + 1].clause == m.clause && !mentions[i + 1].entries.empty());
        pair_paragraph_ = pair && lang == Lang::kEn ? sent.paragraph : -1;
        // (a list of three or four as the subject: "Mali, Burkina Faso and Niger …. They …")
        group_paragraph_ = listed && m.begin == listed_from ? sent.paragraph : -1;
        pair_a_ = m.dyad ? m.dyad_a_code : CountryOfMention(m);
        pair_b_ = m.dyad ? m.dyad_b_code : pair ? CountryOfMention(mentions[i + 1]) : "";
        break;
      }
    }
    auto note_party = [&](const std::string& party) {
      if (recent_parties_.empty() || recent_parties_.back() != party) recent_parties_.push_back(party);
      if (recent_parties_.size() > 8) recent_parties_.erase(recent_parties_.begin());
      ++party_counts_[party];
    };
    for (const Mention& m : mentions) {
      // (a pair named together, 泰柬 or 中美, names both parties: a story about them says 两国)
      if (m.dyad && !m.pronoun && m.dyad_a_code.size() >= 3 && m.dyad_b_code.size() >= 3) {
        note_party(m.dyad_a_code.substr(0, 3));
        note_party(m.dyad_b_code.substr(0, 3));
      }
      if (m.pronoun || m.dyad) continue;
      Resolved r = Resolve(m, pub_);
      if (!r.ok) continue;
      for (uint32_t idx : m.entries)
        if (lex_.actors()[idx].person) {
          last_person_ = m;
          has_person_ = true;
          if (!r.actor.country.empty()) {
            recent_people_.emplace_back(sentence_index_, r.actor.country);
            if (recent_people_.size() > 8) recent_people_.erase(recent_people_.begin());
          }
        }
      if (!r.actor.country.empty()) {
        if (recent_countries_.empty() || recent_countries_.back().second != r.actor.country)
          recent_countries_.push_back({m, r.actor.country});
        if (recent_countries_.size() > 8) recent_countries_.erase(recent_countries_.begin());
      }
      // the parties 双方 can stand for include organisations (欧盟与中国…双方)
      const std::string party = r.actor.country.empty() ? r.actor.code : r.actor.country;
      // (a venue, 在吉隆坡, is where the parties met, not one of them)
      if ((party.compare(0, 3, "IGO") == 0 || !r.actor.country.empty()) && !m.locative) note_party(party);
    }
  }

  // A one-character abbreviation names the country whose full name, starting with that character,
  // was named last in the sentence or the recent text (巴西…巴方 is Brazil, 伊拉克…伊方 Iraq);
  // otherwise its dictionary country.
  void ResolveAbbreviations(std::vector<Mention>* mentions) {
    auto named = [&](char32_t c, const std::string& not_country, int before) -> const Mention* {
      const Mention* found = nullptr;
      for (const Mention& m : *mentions)
        if (m.end <= before && NamesCountryStartingWith(m, c, not_country)) found = &m;
      if (found) return found;
      for (auto it = recent_countries_.rbegin(); it != recent_countries_.rend(); ++it)
        if (NamesCountryStartingWith(it->first, c, not_country)) return &it->first;
      return nullptr;
    };
    for (Mention& m : *mentions) {
      if (m.pronoun) continue;
      if (m.dyad) {
        if (m.end - m.begin != 2) continue;
        for (int side = 0; side < 2; ++side) {
          std::string& code = side ? m.dyad_b_code : m.dyad_a_code;
          if (const Mention* full = named(norm_[m.begin + side], code, m.begin)) code = CountryOfMention(*full);
        }
        continue;
      }
      if (m.entries.size() != 1) continue;
      const ActorEntry& e = lex_.actors()[m.entries[0]];
      if (!e.abbreviation) continue;
      const Mention* full = named(e.abbreviation, e.country, m.begin);
      if (!full) continue;
      const std::string role = e.code.size() == 6 ? e.code.substr(3) : "";
      m.entries = full->entries;
      if (m.role.empty() && !role.empty()) {
        m.role = role;
        m.role_where = e.where + " (abbreviating " + Orig(full->begin, full->end) + ")";
      }
    }
  }

  // `m` names a country (not by abbreviation) whose name starts with `c`, other than `not_country`.
  bool NamesCountryStartingWith(const Mention& m, char32_t c, const std::string& not_country) const {
    if (m.dyad || m.pronoun || m.end - m.begin < 2 || norm_[m.begin] != c || m.entries.empty()) return false;
    const ActorEntry& e = lex_.actors()[m.entries[0]];
    return !e.abbreviation && !e.person && !e.country.empty() && e.country != not_country;
  }

  // The distinct countries named by the mentions `keep` accepts (no pronouns or pairs), in order.
  template <class Keep>
  std::vector<std::string> CountriesNamed(const std::vector<Mention>& mentions, Keep keep) const {
    std::vector<std::string> named;
    for (const Mention& x : mentions) {
      if (x.pronoun || x.dyad || x.entries.empty() || !keep(x)) continue;
      const std::string c = CountryOfMention(x);
      if (!c.empty() && std::find(named.begin(), named.end(), c) == named.end()) named.push_back(c);
    }
    return named;
  }

  void ResolvePronouns(std::vector<Mention>* mentions, Lang lang) {
    for (Mention& m : *mentions) {
      if (!m.pronoun) continue;
      if (m.dyad) {
        // 双方 / 两国 / the two countries: a pair named before in the sentence ("South Korea and
        // China renegotiated the accord the two countries signed"), else the parties of the
        // paragraph's last joint act (会谈由土耳其主持，双方同意… are the talks' parties), else the
        // last two parties named.
        std::string a, b;
        // (as a subject only: in "Iraq and Oman hosted talks between the two sides" the sides
        // are others)
        const std::u32string_view before_word = lang == Lang::kEn ? WordBefore(m.begin) : std::u32string_view();
        bool object_position = false;
        for (std::u32string_view w : {U"between", U"with", U"to", U"on", U"for", U"of", U"against", U"from", U"by",
                                      U"at", U"in", U"urged", U"asked", U"told", U"called", U"and", U"both"})
          object_position |= before_word == w;
        // (", and the two countries expelled…": "and" after a comma joins clauses, not names)
        if (before_word == U"and" && m.begin >= 6 && norm_[m.begin - 6] == ',') object_position = false;
        if (lang == Lang::kEn && !object_position)
          for (size_t j = 0; j + 1 < mentions->size() && (*mentions)[j + 1].end <= m.begin; ++j) {
            const Mention& x = (*mentions)[j];
            const Mention& y = (*mentions)[j + 1];
            if (!y.coord_with_prev || x.pronoun || y.pronoun || x.dyad || y.dyad || x.locative || y.locative ||
                x.entries.empty() || y.entries.empty())
              continue;
            const std::string cx = CountryOfMention(x), cy = CountryOfMention(y);
            if (cx.empty() || cy.empty() || cx == cy) continue;
            a = cy;
            b = cx;
            m.role_where = "context: the pair named before in the sentence";
          }
        // ("After Modi's visit to Washington, the two countries signed…": the only two countries
        // named before it in the sentence)
        if (lang == Lang::kEn && !object_position && b.empty()) {
          // (a place counts: "troops stationed in Burkina Faso…, and the two governments signed")
          const std::vector<std::string> named =
              CountriesNamed(*mentions, [&](const Mention& x) { return x.end <= m.begin; });
          if (named.size() == 2) {
            a = named[1];
            b = named[0];
            m.role_where = "context: the two countries named before in the sentence";
          }
        }
        // ("the two delegations, led by Pakistan's defence minister and his Afghan counterpart,":
        // the pair the appositive names)
        if (lang == Lang::kEn && b.empty() &&
            (norm_.compare(m.end, 9, U", led by ") == 0 || norm_.compare(m.end, 12, U", headed by ") == 0)) {
          const std::vector<std::string> named = CountriesNamed(
              *mentions, [&](const Mention& x) { return x.begin > m.end && x.clause == m.clause + 1; });
          if (named.size() == 2) {
            a = named[1];
            b = named[0];
            m.role_where = "context: the pair its leaders name";
          }
        }
        for (auto it = out_.events.rbegin(); it != out_.events.rend() && b.empty(); ++it) {
          if (sentences_[it->sentence].paragraph != current_paragraph_) break;
          if (!it->symmetric) continue;
          a = it->target.country.empty() ? it->target.code : it->target.country;
          b = it->source.country.empty() ? it->source.code : it->source.country;
          m.role_where = "context: the parties of " + it->id;
          break;
        }
        // (the pair that was the subject of the sentence before: "The Philippines and Vietnam
        // criticised China. Both governments…")
        if (b.empty() && pair_paragraph_ == current_paragraph_ && !pair_a_.empty() && !pair_b_.empty() &&
            pair_a_ != pair_b_) {
          a = pair_b_;
          b = pair_a_;
          m.role_where = "context: the pair that was the subject before";
        }
        // ("Modi received Xi in Delhi on Monday. The two leaders agreed…": a pair of people is
        // the last two people named, of two countries, in this sentence or the two before)
        if (b.empty() && lang == Lang::kEn) {
          const std::u32string_view words = std::u32string_view(norm_).substr(m.begin, m.end - m.begin);
          bool people = false;
          for (std::u32string_view w : {U"leaders", U"men", U"women", U"presidents", U"prime ministers", U"premiers"})
            people |= words.ends_with(w);
          std::vector<std::string> named;
          if (people) {
            for (auto it = mentions->rbegin(); it != mentions->rend(); ++it)
              if (it->end <= m.begin && !it->pronoun && !it->dyad && IsPerson(*it)) {
                const std::string c = CountryOfMention(*it);
                if (!c.empty() && std::find(named.begin(), named.end(), c) == named.end()) named.push_back(c);
              }
            for (auto it = recent_people_.rbegin(); it != recent_people_.rend() && named.size() < 2; ++it)
              if (it->first >= sentence_index_ - 2 &&
                  std::find(named.begin(), named.end(), it->second) == named.end())
                named.push_back(it->second);
          }
          if (named.size() >= 2) {
            a = named[0];
            b = named[1];
            m.role_where = "context: the last two people named";
          }
        }
        if (b.empty()) {
          // the two parties the text has named most, the latest first among equals: an article
          // about India and Pakistan that quotes Washington once still means them
          a.clear();
          std::vector<std::string> latest_first;  // distinct parties
          for (auto it = recent_parties_.rbegin(); it != recent_parties_.rend(); ++it)
            if (std::find(latest_first.begin(), latest_first.end(), *it) == latest_first.end())
              latest_first.push_back(*it);
          std::vector<size_t> by_count(latest_first.size());
          for (size_t i = 0; i < by_count.size(); ++i) by_count[i] = i;
          std::stable_sort(by_count.begin(), by_count.end(), [&](size_t x, size_t y) {
            return party_counts_[latest_first[x]] > party_counts_[latest_first[y]];
          });
          if (by_count.size() >= 2) {  // the pair in the order named: the later one is `a`
            a = latest_first[std::min(by_count[0], by_count[1])];
            b = latest_first[std::max(by_count[0], by_count[1])];
          }
          m.role_where = "context: the two countries named most";
        }
        if (b.empty()) continue;
        m.dyad_a_code = b;
        m.dyad_b_code = a;
        m.pronoun = false;
        continue;
      }
      bool person_word = false;
      for (const Item& it : lex_.Items(TokenListAt(m.begin)))
        if (it.kind == ItemKind::kMarker && it.marker == Marker::kPersonPronoun) person_word = true;
      // 他/她/he/she: the person who is the sentence's subject before it, else the previous
      // sentence's subject when that is a person ("Sheinbaum rejected Trump's offer. She…"),
      // else the last person named.
      const Mention* person = nullptr;
      // "We call on North Korea to withdraw," Blinken told reporters: "we" in a quotation is
      // its speaker, named after the quotation or before it.
      if (person_word && lang == Lang::kEn && norm_.compare(m.begin, 2, U"we") == 0 && m.end - m.begin == 2) {
        person_word = false;
        if (const Mention* speaker = QuoteSpeaker(*mentions, m.begin)) person = speaker;
        else continue;
      }
      if (person_word) {
        for (const Mention& o : *mentions) {
          if (o.end > m.begin) break;
          if (!o.pronoun && !o.dyad && !o.prep_object && IsPerson(o)) { person = &o; break; }
        }
        if (!person && has_topic_ && IsPerson(topic_)) person = &topic_;
        // ("a busy month for Starmer after he concluded…": a person named earlier in the
        // sentence, even after a preposition, before one named in an earlier sentence)
        if (!person)
          for (const Mention& o : *mentions) {
            if (o.end > m.begin) break;
            if (!o.pronoun && !o.dyad && IsPerson(o)) person = &o;
          }
        if (!person && has_person_) person = &last_person_;
      }
      {
        if (person) {
          Mention r = *person;
          r.begin = m.begin; r.end = m.end; r.clause = m.clause;
          r.first_token = m.first_token; r.last_token = m.last_token;
          r.prep_object = m.prep_object;
          m = r;
          m.role_where = "";
          continue;
        }
      }
      bool object_word = false;
      for (const Item& it : lex_.Items(TokenListAt(m.begin)))
        if (it.kind == ItemKind::kMarker && it.marker == Marker::kObjectPronoun) object_word = true;
      // 该国/对方 after other countries in the same sentence: the first one that is not the
      // sentence's subject (美国指责伊朗…，并宣布对该国实施制裁); else the last country named before.
      const Mention* antecedent = nullptr;
      bool other_than_named_again = false;
      // ("condemned what it called China's 'escalatory actions'": the speaker again, no party)
      if (object_word && lang == Lang::kEn && WordBefore(m.begin) == U"what") {
        bool naming = false;
        for (std::u32string_view v : {U" called ", U" described ", U" termed ", U" deemed ", U" calls ",
                                      U" describes ", U" considered ", U" saw as ", U" sees as "})
          naming |= norm_.compare(m.end, v.size(), v) == 0;
        if (naming) continue;
      }
      // English "it" as a subject ("Egypt … seized the opening: it signed a pact", "warned
      // Cairo that it would…"): the sentence's subject, else the previous sentence's.
      if (object_word && lang == Lang::kEn && !m.prep_object && EnglishSubjectPosition(m.begin)) {
        // ("India struck …, and Pakistan said it had shot down…": after a speech verb, its
        // speaker, the name nearest before it)
        int speech_at = -1;
        {
          int at = m.begin;
          std::u32string_view w = WordBefore(at);
          if (w == U"that") {
            at = static_cast<int>(w.data() - norm_.data());
            w = WordBefore(at);
          }
          if (IsReportingVerb(w)) speech_at = static_cast<int>(w.data() - norm_.data());
        }
        bool unknown_speaker = speech_at >= 0;
        // ("India summoned Canada's envoy, announced it was…": a speech verb with no subject of
        // its own goes on from the sentence's subject, not from the object named before it)
        const bool chained = speech_at >= 0 && (TextBefore(speech_at, U", ") || TextBefore(speech_at, U"and "));
        if (speech_at >= 0)
          for (const Mention& o : *mentions) {
            if (o.end > speech_at) break;
            if (!o.pronoun && !o.locative) unknown_speaker = false;
            if (o.pronoun || o.dyad || o.entries.empty() || o.prep_object || o.locative || o.passive_agent) continue;
            // ("Lithuania, which borders Belarus, has said it…": not a name inside a relative clause)
            if (lang == Lang::kEn && InRelativeClause(o.begin)) continue;
            if (!lex_.actors()[o.entries[0]].country.empty()) {
              antecedent = &o;
              if (chained && o.clause == (*mentions)[0].clause) break;
            }
          }
        // ("The newspaper said it denies…": a speaker that is no state's)
        if (unknown_speaker && !antecedent && ClauseStart(speech_at) == sentence_begin_) {
          bool private_speaker = false;
          for (std::u32string_view w : {U"the newspaper ", U"the paper ", U"the company ", U"the firm ",
                                        U"the broadcaster ", U"the network ", U"the magazine ", U"the airline "})
            private_speaker |= norm_.compare(sentence_begin_, w.size(), w) == 0;
          if (private_speaker) continue;
        }
        for (const Mention& o : *mentions) {
          if (antecedent || o.end > m.begin) break;
          if (o.pronoun || o.dyad || o.entries.empty() || o.prep_object || o.locative || o.passive_agent) continue;
          if (!lex_.actors()[o.entries[0]].country.empty()) { antecedent = &o; break; }
        }
        if (!antecedent && has_topic_ && !CountryOfMention(topic_).empty()) antecedent = &topic_;
        // ("Japanese jets fired flares at a Russian plane after it entered Japan's airspace": a
        // country its own clause names again is not what "it" stands for; the other one is)
        if (antecedent && lang == Lang::kEn) {
          const std::string taken = CountryOfMention(*antecedent);
          bool named_again = false;
          for (const Mention& o : *mentions)
            named_again |= o.begin > m.end && o.begin <= m.end + 20 && o.clause == m.clause && !o.pronoun && !o.dyad &&
                           !o.entries.empty() && CountryOfMention(o) == taken &&
                           (norm_.compare(o.end, 2, U"'s") == 0 || norm_.compare(o.end, 2, U"’s") == 0);
          const Mention* other = nullptr;
          for (const Mention& o : *mentions) {
            if (!named_again || o.end > m.begin) break;
            if (o.pronoun || o.dyad || o.entries.empty() || &o == antecedent) continue;
            const std::string c = CountryOfMention(o);
            if (!c.empty() && c != taken) other = &o;
          }
          if (other) {
            antecedent = other;
            other_than_named_again = true;
          }
        }
      }
      if (object_word && !IsPossessive(m) && !antecedent) {
        std::string subject_country;
        for (const Mention& o : *mentions) {
          if (o.end > m.begin) break;
          if (o.pronoun || o.dyad || o.entries.empty()) continue;
          const std::string c = lex_.actors()[o.entries[0]].country;
          if (c.empty()) continue;
          if (subject_country.empty()) subject_country = c;
          // ("Saudi Arabia, the UAE and Egypt cut ties with Doha, accusing it…": the subject's
          // partners are not what "it" stands for)
          else if (c != subject_country && !o.coord_with_prev) { antecedent = &o; break; }
        }
      }
      // An epithet ("the kingdom", "the Gulf state") with no antecedent in its sentence refers
      // back to the subject of the sentence before, the country the text is about, rather than
      // to the last country named ("Saudi Arabia hosted talks with Iran. Kuwait thanked the
      // kingdom").
      if (object_word && !antecedent && lang == Lang::kEn && has_topic_ && topic_paragraph_ == current_paragraph_) {
        const std::u32string_view w = std::u32string_view(norm_).substr(m.begin, m.end - m.begin);
        const bool epithet = w != U"it" && w != U"the country" && w != U"the nation" && w != U"the other side";
        std::string subject_country;
        for (const Mention& o : *mentions) {
          if (o.end > m.begin) break;
          if (!o.pronoun && !o.dyad && !o.entries.empty() && !o.prep_object && !o.locative) {
            subject_country = CountryOfMention(o);
            break;
          }
        }
        const std::string topic_country = CountryOfMention(topic_);
        if (epithet && !topic_country.empty() && topic_country != subject_country) antecedent = &topic_;
      }
      if (object_word && !IsPossessive(m) && (antecedent || !recent_countries_.empty())) {
        {
          Mention r = antecedent ? *antecedent : recent_countries_.back().first;
          r.begin = m.begin; r.end = m.end; r.clause = m.clause;
          r.first_token = m.first_token; r.last_token = m.last_token;
          r.prep_object = m.prep_object;
          // (the pronoun's own place in its clause: "at a Russian plane after it entered…")
          if (other_than_named_again) {
            r.locative = m.locative;
            r.topic = m.topic;
          }
          m = r;
        }
      }
    }
    // Pronouns that stayed unresolved are dropped.
    mentions->erase(std::remove_if(mentions->begin(), mentions->end(), [](const Mention& m) { return m.pronoun; }),
                    mentions->end());
  }

  bool IsPerson(const Mention& m) const {
    for (uint32_t idx : m.entries)
      if (lex_.actors()[idx].person) return true;
    return false;
  }

  bool IsPossessive(const Mention& m) const { return norm_.substr(m.begin, m.end - m.begin) == U"其"; }

  uint32_t TokenListAt(int begin) const {
    uint32_t found = 0;
    lex_.trie().ForEachPrefix(norm_, begin, [&](size_t, uint32_t v) { found = v; });
    return found;
  }

  // "release them as soon as possible", "wherever possible": "possible" of a degree or a place
  // says how, not whether.
  bool PossibleAsDegree(int pos) const {
    for (std::u32string_view w : {U"as soon as ", U"as quickly as ", U"as fast as ", U"as early as ", U"as much as ",
                                  U"as many as ", U"as far as ", U"as closely as ", U"wherever ", U"where ",
                                  U"whenever "})
      if (TextBefore(pos, w)) return true;
    return false;
  }

  // The verb at `pos` is "meet" with an obligation as its object ("meet its commitments", "met
  // all their obligations").
  bool MeetsObligation(int pos, int sent_end) const {
    const std::u32string_view verb = FirstWordAt(pos);
    if (verb != U"meet" && verb != U"meets" && verb != U"met" && verb != U"meeting") return false;
    int at = pos + static_cast<int>(verb.size()) + 1;
    std::u32string_view w = at < sent_end ? FirstWordAt(at) : std::u32string_view();
    for (int skip = 0; skip < 2 && (IsPossessiveWord(w) || w == U"the" || w == U"all"); ++skip) {
      at += static_cast<int>(w.size()) + 1;
      w = at < sent_end ? FirstWordAt(at) : std::u32string_view();
    }
    for (std::u32string_view o : {U"commitments", U"commitment", U"obligations", U"obligation", U"demands", U"demand",
                                  U"targets", U"target", U"needs", U"deadline", U"conditions", U"criteria",
                                  U"requirements", U"expectations", U"standards", U"goals"})
      if (w == o) return true;
    return false;
  }

  // A pattern part that is a condition's opening word ("warn * would * if * @").
  static bool IsConditionSegment(const std::vector<std::u32string>& forms) {
    return !forms.empty() && (forms[0] == U"if" || forms[0] == U"unless");
  }

  // A pattern part that is an opening quotation mark after an act named (`call * "`).
  static bool IsQuoteSegment(const std::vector<std::u32string>& forms) {
    return forms.size() == 1 && forms[0] == U"\"";
  }

  // Later segments of a pattern must follow the trigger in order, each within the gap limit,
  // inside the clause.
  bool MatchRest(const Pattern& p, const Token& trig, const std::vector<int>& clause_of, int* end, int* literal) const {
    int pos = trig.end;
    *literal = trig.end - trig.begin;
    int clause = clause_of[trig.begin];
    bool after_condition = false;
    const int max_gap = p.lang == Lang::kZh ? 12 : 48;
    const int text_end = sentence_end_;
    for (size_t s = 1; s < p.segment_units.size(); ++s) {
      bool any = false;
      for (size_t w = 0; w < 8 && !any; ++w) any = (p.segment_units[s][w] & sentence_units_[w]) != 0;
      if (!any) return false;  // a later part is nowhere in the sentence
    }
    // The form of `segment` that starts at `start` (a whole word in English), or nullptr.
    auto form_at = [&](const std::vector<std::u32string>& segment, int start) -> const std::u32string* {
      for (const std::u32string& form : segment) {
        if (norm_[start] != form[0] || norm_.compare(start, form.size(), form) != 0) continue;
        const int e = start + static_cast<int>(form.size());
        if (p.lang == Lang::kEn && e < text_end && IsAsciiAlnum(norm_[e])) continue;
        return &form;
      }
      return nullptr;
    };
    for (size_t s = 1; s < p.segments.size(); ++s) {
      if (p.segments[s].empty()) {  // `@`: the next actor's name in the window
        // ("the release of several Japanese": a noun after a determiner names no act on them)
        if (p.lang == Lang::kEn) {
          const std::u32string_view before = WordBefore(trig.begin);
          for (std::u32string_view d : {U"the", U"a", U"an", U"its", U"their", U"his", U"her", U"this", U"that"})
            if (before == d) return false;
        }
        const Token* actor = nullptr;
        if (s < p.adjacent.size() && p.adjacent[s]) {
          actor = WholeObjectActorAt(pos, p.lang);
          if (!actor) return false;
          pos = actor->end;
          continue;
        }
        // (after a condition's "if", its subject: "if Iran did not…", not "if it dared … over Taiwan")
        const int gap = after_condition ? 5 : max_gap;
        for (const Token& t : *sentence_toks_)
          if (t.begin >= pos && t.begin <= pos + gap && clause_of[t.begin] == clause &&
              HasItem(lex_, t, p.lang, ItemKind::kActor) &&
              !(p.lang == Lang::kEn && AgentGap(pos, t.begin))) {  // the doer, not the object
            actor = &t;
            break;
          }
        if (!actor) return false;
        pos = actor->end;
        continue;
      }
      // `"` (English): a quotation right after an act named, "called the tariffs "a blow"" — any
      // label in quotes given to a hostile act is a judgement of it.
      if (p.lang == Lang::kEn && IsQuoteSegment(p.segments[s])) {
        int root = -1;
        unsigned roots = 0;
        int q = ActNounEnd(pos, *sentence_toks_, &root, &roots);
        if (q < 0 || (root >= 0 && root < 14)) return false;
        while (q < text_end && norm_[q] == ' ') ++q;
        if (q >= text_end || norm_[q] != '"') return false;
        pos = q + 1;
        ++*literal;
        continue;
      }
      const std::u32string* found = nullptr;
      int at = 0;
      if (p.lang == Lang::kEn) {
        // English segments start on words: walk the sentence's word starts only, and not inside
        // a name ("suspend * trade" is not in "the World Trade Organization").
        // (a segment spelling out the rest of a name, "* world health organization", may)
        auto inside_name = [&](int w, int e) {
          for (const Token& t : *sentence_toks_)
            if (t.begin < w && w < t.end && e != t.end && HasItem(lex_, t, p.lang, ItemKind::kActor)) return true;
          return false;
        };
        // ("warn * would * if @": a condition's "if" opens the clause the pattern goes on in)
        const bool condition = IsConditionSegment(p.segments[s]);
        for (auto ws = std::lower_bound(word_starts_.begin(), word_starts_.end(), pos);
             ws != word_starts_.end() && *ws <= pos + max_gap &&
             (clause_of[*ws] == clause || (condition && clause_of[*ws] == clause + 1)) && !found;
             ++ws)
          if ((found = form_at(p.segments[s], *ws)) && inside_name(*ws, *ws + static_cast<int>(found->size())))
            found = nullptr;
          else if (found && ReversalInGap(p, pos, *ws))
            found = nullptr, ws = word_starts_.end() - 1;
          else if (found && !condition && SubordinateInGap(pos, *ws))
            found = nullptr, ws = word_starts_.end() - 1;  // (no later form is on this side either)
          else if (found && PrepositionOfTime(*found, *ws + static_cast<int>(found->size())))
            found = nullptr;  // ("issued a statement on Thursday" is no "statement on")
          else if (found)
            at = *ws;
      } else {
        // Names of actors and roles do not use up the gap: 吊销巴西最高法院大法官及其盟友的签证
        // is one act however long the named person's title.
        const int limit = ZhGapEnd(pos, max_gap, clause_of, clause);
        for (int start = pos; start <= limit && start < text_end && clause_of[start] == clause && !found; ++start)
          if ((found = form_at(p.segments[s], start))) at = start;
      }
      if (!found) return false;
      if (p.lang == Lang::kEn && IsConditionSegment(p.segments[s])) {
        clause = clause_of[std::min(at + static_cast<int>(found->size()) + 1, text_end)];
        after_condition = true;
      }
      pos = at + static_cast<int>(found->size());
      *literal += static_cast<int>(found->size());
    }
    *end = pos;
    return true;
  }

  // "strike @": the actor's name right after `pos` (past "the") that is the verb's whole object,
  // "struck Iran on Friday", "struck the Houthis", not "hit Spanish farmers"; else null.
  const Token* WholeObjectActorAt(int pos, Lang lang) const {
    const int text_end = sentence_end_;
    int at = pos;
    while (at < text_end && norm_[at] == ' ') ++at;
    if (norm_.compare(at, 4, U"the ") == 0) at += 4;
    const Token* actor = nullptr;
    for (const Token& t : *sentence_toks_)
      if (t.begin == at && HasItem(lex_, t, lang, ItemKind::kActor)) actor = &t;
    if (!actor || actor->end + 1 >= text_end || norm_[actor->end] != ' ' || !IsAsciiAlnum(norm_[actor->end + 1]))
      return actor;
    // ("struck Hamas leaders", "struck Ukrainian troops": its officials or forces are the name's
    // side; "hit Spanish farmers" is no attack)
    for (const Token& t : *sentence_toks_)
      if (t.begin == actor->end + 1)
        for (const Item& it : lex_.Items(t.list))
          if (it.kind == ItemKind::kRole && it.lang == lang) {
            const std::string& role = lex_.roles()[it.index].role;
            if (role == "GOV" || role == "MIL" || role == "REB") return actor;
          }
    // (a word after the name must start something else: a preposition, a conjunction, a time)
    int e = actor->end + 1;
    while (e < text_end && IsAsciiAlnum(norm_[e])) ++e;
    const std::u32string_view next = std::u32string_view(norm_).substr(actor->end + 1, e - actor->end - 1);
    for (std::u32string_view w : {U"on", U"in", U"with", U"and", U"or", U"over", U"for", U"at", U"after", U"before",
                                  U"last", U"this", U"early", U"late", U"overnight", U"again", U"to", U"from", U"as",
                                  U"while", U"but", U"which", U"who", U"since", U"during", U"into", U"near",
                                  U"across", U"along", U"twice", U"hard", U"repeatedly", U"directly", U"yesterday",
                                  U"today", U"monday", U"tuesday", U"wednesday", U"thursday", U"friday", U"saturday",
                                  U"sunday"})
      if (next == w) return actor;
    return nullptr;
  }

  // ("March 10 - Egypt and Turkey held…": a month's name with its day is no verb)
  bool MonthWithDay(int pos, int end) const {
    const std::u32string_view w = FirstWordAt(pos);
    const int digit = pos + static_cast<int>(w.size()) + 1;
    return digit < end && norm_[digit] >= '0' && norm_[digit] <= '9' && IsMonthWord(w);
  }

  // Whether a year before a noun dates this act: the noun is the trigger ("the 2022
  // invasion"), is in the pattern's words ("signed a 2018 peace agreement"), or is an
  // agreement opening the sentence under which the act was agreed ("Under a 2013 accord, the two
  // sides agreed to…").
  bool OwnYear(const TimeExpr& t, const Token& trig, int match_end, int root) const {
    int next = t.end;
    while (next < sentence_end_ && norm_[next] == ' ') ++next;
    if (next == trig.begin) return true;
    // ("renewed the 1951 treaty": only making the agreement is at its year)
    if (root > 8) return false;
    if (t.begin > trig.begin && t.end <= match_end) {
      const std::u32string_view verb = FirstWordAt(trig.begin);
      for (std::u32string_view w : {U"sign", U"conclud", U"ink", U"reach", U"struck", U"strik", U"broker", U"agree"})
        if (verb.starts_with(w)) return true;
      return false;
    }
    if (t.end > trig.begin) return false;
    bool under = false;
    for (std::u32string_view w : {U"under a ", U"under an ", U"under the ", U"under its ", U"under their "})
      under |= TextBefore(t.begin, w) && ClauseStart(t.begin) + static_cast<int>(w.size()) == t.begin;
    if (!under) return false;
    for (std::u32string_view w = FirstWordAt(next); !w.empty() && next < trig.begin; w = FirstWordAt(next)) {
      for (std::u32string_view a : {U"accord", U"agreement", U"deal", U"treaty", U"pact", U"declaration", U"memorandum"})
        if (w == a) return true;
      next += static_cast<int>(w.size());
      if (next >= sentence_end_ || norm_[next] != ' ') return false;
      ++next;
    }
    return false;
  }

  // A time that modifies a noun ("the Oct. 7 massacre", "the 2015 peace accord", "its January
  // 2023 ruling") dates that thing, not the act of the clause.
  // ("in a July 9 letter", "at the May 8 summit": told with "in" or "at", the thing is the act's
  // occasion; "brokered the December accord": a cooperative act makes the agreement it names)
  bool AttributiveTime(const TimeExpr& t, int root) const {
    std::u32string_view determiner;
    for (std::u32string_view w : {U" the ", U" a ", U" an ", U" its ", U" their ", U" his ", U" her "})
      if (TextBefore(t.begin, w)) determiner = w;
    if (determiner.empty() || t.end >= sentence_end_ || norm_[t.end] != ' ') return false;
    const std::u32string_view before = WordBefore(t.begin - static_cast<int>(determiner.size()) + 1);
    if (before == U"in" || before == U"at" || before == U"during") return false;
    const std::u32string_view next = FirstWordAt(t.end + 1);
    // (an agreement's year, or the year of its kind: "a 2018 peace agreement")
    const int second_at = t.end + 1 + static_cast<int>(next.size()) + 1;
    const std::u32string_view second =
        second_at < sentence_end_ && norm_[second_at - 1] == ' ' ? FirstWordAt(second_at) : std::u32string_view();
    if (root <= 8)
      for (std::u32string_view w : {U"accord", U"accords", U"agreement", U"agreements", U"deal", U"treaty", U"pact",
                                    U"truce", U"ceasefire", U"declaration", U"memorandum"})
        if (next == w || second == w) return false;
    if (next.empty() || !(next[0] >= 'a' && next[0] <= 'z')) return false;
    for (std::u32string_view w : {U"of", U"in", U"on", U"at", U"and", U"or", U"to", U"when", U"after", U"before",
                                  U"since", U"until", U"as", U"by", U"from", U"that", U"which", U"while", U"for",
                                  U"with", U"through", U"last", U"this", U"next", U"onwards", U"onward"})
      if (next == w) return false;
    return true;
  }

  // "cut diplomatic, trade and travel links with Qatar": a comma in a list of words before a
  // noun of ties keeps the act's words in one clause.
  bool ModifierListComma(int comma, int end) const {
    if (comma < 1 || !(norm_[comma - 1] >= 'a' && norm_[comma - 1] <= 'z')) return false;
    // (a word on each side of "and": not ", and relations soured")
    int pos = comma + 1;
    int before_and = 0, after_and = -1;
    for (int words = 0; words < 6 && pos < end; ++words) {
      while (pos < end && norm_[pos] == ' ') ++pos;
      const std::u32string_view w = FirstWordAt(pos);
      if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
      if (after_and > 0 && before_and > 0)
        for (std::u32string_view n : {U"links", U"ties", U"relations", U"contacts", U"cooperation"})
          if (w == n) return true;
      pos += static_cast<int>(w.size());
      if (w == U"and") after_and = 0;
      else if (after_and >= 0) ++after_and;
      else ++before_and;
      if (pos < end && norm_[pos] == ',') ++pos;
      else if (pos < end && norm_[pos] != ' ') return false;
    }
    return false;
  }

  std::u32string_view FirstWordAt(int pos) const {
    int e = pos;
    while (e < static_cast<int>(norm_.size()) && IsAsciiAlnum(norm_[e])) ++e;
    return std::u32string_view(norm_).substr(pos, e - pos);
  }

  // A pattern segment ending in a preposition that a time follows ("on" of "on Thursday").
  bool PrepositionOfTime(const std::u32string& form, int end) const {
    bool prep = false;
    for (std::u32string_view w : {U" on", U" in", U" at", U" for", U" during", U" since"})
      prep |= form.ends_with(w) || form == w.substr(1);
    if (!prep) return false;
    return std::any_of(calendar_times_.begin(), calendar_times_.end(),
                       [&](const std::pair<int, int>& t) { return t.first == end + 1; });
  }

  // Whether `stop(word, end)` holds for a word of the gap [from, to).
  template <class Stop>
  bool AnyWordInGap(int from, int to, Stop stop) const {
    for (int b = from; b < to;) {
      while (b < to && !IsAsciiAlnum(norm_[b])) ++b;
      int e = b;
      while (e < to && IsAsciiAlnum(norm_[e])) ++e;
      if (e > b && stop(std::u32string_view(norm_).substr(b, e - b), e)) return true;
      b = e;
    }
    return false;
  }

  // A verb undoing a measure in the gap of a pattern that imposes one: "announced that he would
  // lift sanctions" is no "announce * sanction".
  bool ReversalInGap(const Pattern& p, int from, int to) const {
    const int root = Root(p.code);
    if (root != 16 && root != 17) return false;
    static const std::vector<std::u32string> kUndo = [] {
      std::vector<std::u32string> forms;
      for (const char* base : {"lift", "ease", "remove", "scrap", "waive", "relax"})
        for (const std::string& f : Inflector().Forms(base)) forms.push_back(ToUtf32(f));
      return forms;
    }();
    return AnyWordInGap(from, to, [](std::u32string_view w, int) {
      return std::find(kUndo.begin(), kUndo.end(), w) != kUndo.end();
    });
  }

  // An English gap that opens a subordinate clause ("The exchange came a day after Russia
  // fired…" is no exchange of fire): the pattern's parts are in two clauses.
  bool SubordinateInGap(int from, int to) const {
    static constexpr std::u32string_view kSubordinators[] = {U"after", U"before", U"when",  U"while", U"because", U"since",
                                                             U"until", U"unless", U"if",    U"which", U"who"};
    return AnyWordInGap(from, to, [&](std::u32string_view w, int e) {
      if (std::find(std::begin(kSubordinators), std::end(kSubordinators), w) != std::end(kSubordinators)) return true;
      // ("seized five boats and detained 46 crew" is no "seize * crew": a second verb in the past,
      // or a second gerund: "expelling an attache and summoning the ambassador")
      if (w == U"and" && e + 1 < to) {
        const std::u32string_view next = FirstWordAt(e + 1);
        if (next.size() > 4 && (next.ends_with(U"ed") || next.ends_with(U"ing")) &&
            e + 1 + static_cast<int>(next.size()) <= to)
          for (const Token& t : *sentence_toks_)
            if (t.begin == e + 1 && HasItem(lex_, t, Lang::kEn, ItemKind::kPattern)) return true;
      }
      return false;
    });
  }

  // The last start position a Chinese gap of `budget` characters from `pos` reaches when
  // actor and role names are free.
  int ZhGapEnd(int pos, int budget, const std::vector<int>& clause_of, int clause) const {
    const int text_end = sentence_end_;
    auto tok = std::lower_bound(sentence_toks_->begin(), sentence_toks_->end(), pos,
                                [](const Token& t, int b) { return t.begin < b; });
    int i = pos;
    while (i < text_end && clause_of[i] == clause) {
      while (tok != sentence_toks_->end() && tok->begin < i) ++tok;
      int skip = 0;
      for (auto t = tok; t != sentence_toks_->end() && t->begin == i; ++t)
        if (HasItem(lex_, *t, Lang::kZh, ItemKind::kActor) || HasItem(lex_, *t, Lang::kZh, ItemKind::kRole))
          skip = std::max(skip, t->end - t->begin);
      if (skip > 0) {
        i += skip;
        continue;
      }
      if (budget-- == 0) break;
      ++i;
    }
    return i;
  }

  // '"Today, five prisoners are coming home," Biden said': a quoted today counts from the day
  // the words were spoken, which the story tells elsewhere; it dates nothing after it.
  bool QuotedPubDay(const TimeExpr& t, int sent_begin, Lang lang) const {
    if (lang != Lang::kEn || t.kind != TimeExpr::Kind::kWord || t.word->kind != TimeWord::Kind::kPubDay) return false;
    return std::count(norm_.begin() + sent_begin, norm_.begin() + t.begin, U'"') % 2 == 1;
  }

  // 在通话中, 在会谈期间, "during the call": the act named is one already told, and dates what
  // the clause tells (习近平在通话中敦促…). Returns the frame's end, or -1.
  int ActFrameEnd(const Token& t, Lang lang) const {
    const std::u32string_view n(norm_);
    if (lang == Lang::kZh) {
      int b = t.begin;
      for (std::u32string_view det : {U"此次", U"这次", U"本次", U"该次"})
        if (b >= sentence_begin_ + 2 && n.substr(b - 2, 2) == det) b -= 2;
      if (b <= sentence_begin_ || n[b - 1] != U'在') return -1;
      // 正在评估, 仍在谈判: 在 of an aspect word
      if (b - 2 >= sentence_begin_ && std::u32string_view(U"正现仍还都所实存").find(n[b - 2]) != std::u32string_view::npos)
        return -1;
      for (std::u32string_view close : {U"期间", U"中", U"时", U"上"}) {
        if (n.substr(t.end, close.size()) != close) continue;
        for (const Token& o : *sentence_toks_)  // 评估中国的提议: 中 opens a name
          if (o.begin == t.end && (HasItem(lex_, o, lang, ItemKind::kActor) || HasItem(lex_, o, lang, ItemKind::kRole)))
            return -1;
        return t.end + static_cast<int>(close.size());
      }
      return -1;
    }
    std::u32string_view before = n.substr(sentence_begin_, t.begin - sentence_begin_);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (std::u32string_view lead : {U"during the", U"during their", U"during this", U"in the", U"at the"})
      if (before.ends_with(lead) &&
          (before.size() == lead.size() || !IsAsciiAlnum(before[before.size() - lead.size() - 1])))
        return t.end;
    return -1;
  }

  void AddActsAsTimes(const std::vector<Token>& toks, Lang lang, std::vector<TimeExpr>* times) const {
    for (const Token& t : toks) {
      if (!HasItem(lex_, t, lang, ItemKind::kPattern) && !Marks(t, lang, Marker::kCall) &&
          !Marks(t, lang, Marker::kEncounter))
        continue;
      const int end = ActFrameEnd(t, lang);
      if (end < 0) continue;
      // "at the end of September": the word heads a time phrase, not an act told before
      if (lang == Lang::kEn && std::u32string_view(norm_).substr(t.end, 4) == U" of " &&
          std::any_of(times->begin(), times->end(), [&](const TimeExpr& x) { return x.begin == t.end + 4; }))
        continue;
      // the latest told act of the same code (通话: the call, not the talks before it), else of
      // the same root
      const Event* act = nullptr;
      // a meeting or call word that is no pattern of its own ("during the call"): the latest
      // meeting (04 but 041) or call (041)
      const bool call = Marks(t, lang, Marker::kCall);
      if (call || Marks(t, lang, Marker::kEncounter))
        for (auto e = out_.events.rbegin(); e != out_.events.rend() && !act; ++e)
          if (e->date.known() && e->mood == Mood::kAsserted && e->root == "04" && (e->code == "041") == call) act = &*e;
      for (size_t digits : {size_t{4}, size_t{2}})
        for (auto e = out_.events.rbegin(); e != out_.events.rend() && !act; ++e) {
          if (!e->date.known() || e->mood != Mood::kAsserted) continue;
          for (const Item& it : lex_.Items(t.list))
            if (it.kind == ItemKind::kPattern && it.lang == lang &&
                lex_.patterns()[it.index].code.compare(0, digits, e->code, 0, digits) == 0)
              act = &*e;
        }
      if (!act) continue;
      TimeExpr x;
      x.begin = t.begin;
      x.end = end;
      x.kind = TimeExpr::Kind::kPeriod;
      x.period_from = FirstDay(act->date);
      x.period_to = LastDay(act->date);
      x.period_name = "of " + act->id;
      auto at = std::lower_bound(times->begin(), times->end(), x.begin,
                                 [](const TimeExpr& a, int b) { return a.begin < b; });
      times->insert(at, x);
    }
  }

  // 在美国斡旋下, 在联合国的调解下: the place-like name right before a trigger closed by 下.
  const Mention* AuspicesOf(const std::vector<const Mention*>& before, const Token& trig, int match_end, Lang lang) const {
    if (lang != Lang::kZh || before.empty()) return nullptr;
    const std::u32string_view n(norm_);
    if (n.substr(match_end, 1) != U"下" && n.substr(match_end, 2) != U"之下") return nullptr;
    const Mention* m = before.back();
    if (!m->locative || m->begin < 1 || n[m->begin - 1] != U'在') return nullptr;
    const std::u32string_view gap = n.substr(m->end, trig.begin - m->end);
    return gap.empty() || gap == U"的" ? m : nullptr;
  }

  // 同意, 商定, 一致同意, "agreed": words that tell a joint decision.
  // The trigger, or the few words of its clause before it (同意尽快会晤, "agreed to meet").
  bool IsAgreementWord(const Token& trig) const {
    const int from = std::max(ClauseStart(trig.begin), trig.begin - 12);
    const std::u32string_view w = std::u32string_view(norm_).substr(from, trig.end - from);
    for (std::u32string_view a : {U"同意", U"商定", U"约定", U"议定", U"agree"})
      if (w.find(a) != std::u32string_view::npos) return true;
    return false;
  }

  // 自8月1日起, 从下月开始, "from Aug. 1", "effective Monday", "starting next week": the time a
  // measure takes effect.
  bool IsOnsetTime(const TimeExpr& t, Lang lang) const {
    const std::u32string_view n(norm_);
    if (lang == Lang::kZh) {
      if (t.begin < 1 || (n[t.begin - 1] != U'自' && n[t.begin - 1] != U'从')) return false;
      return n.substr(t.end, 1) == U"起" || n.substr(t.end, 2) == U"开始";
    }
    int e = t.begin;
    while (e > 0 && n[e - 1] == ' ') --e;
    int b = e;
    while (b > 0 && IsAsciiAlnum(n[b - 1])) --b;
    const std::u32string_view w = n.substr(b, e - b);
    return w == U"from" || w == U"effective" || w == U"starting";
  }

  void SummariseUnits(const Sentence& sent, Lang lang) {
    sentence_units_.fill(0);
    if (lang == Lang::kEn) {
      for (int ws : word_starts_) {
        const size_t n = FirstUnitLength(std::u32string_view(norm_).substr(ws, sent.end - ws), lang);
        if (n) BloomAdd(&sentence_units_, UnitHash(norm_, ws, n));
      }
      return;
    }
    for (int i = sent.begin; i < sent.end; ++i) {
      BloomAdd(&sentence_units_, UnitHash(norm_, i, 1));
      if (i + 1 < sent.end) BloomAdd(&sentence_units_, UnitHash(norm_, i, 2));
    }
  }

  // The positions where English words start in [begin, end).
  void FindWordStarts(int begin, int end) {
    word_starts_.clear();
    for (int i = begin; i < end; ++i)
      if (IsAsciiAlnum(norm_[i]) && (i == 0 || !IsAsciiAlnum(norm_[i - 1]))) word_starts_.push_back(i);
  }

  static bool IsMonthWord(std::u32string_view w) {
    // (most words are no month: reject them by length and first letter before comparing)
    if (w.size() < 3 || w.size() > 9 || std::u32string_view(U"jfmasond").find(w[0]) == std::u32string_view::npos)
      return false;
    for (std::u32string_view m : {U"jan.", U"feb.", U"mar.", U"apr.", U"aug.", U"sept.", U"sep.", U"oct.", U"nov.",
                                  U"dec.", U"jan", U"feb", U"aug", U"sept", U"oct", U"nov", U"dec", U"january",
                                  U"february", U"march", U"april", U"may", U"june", U"july", U"august",
                                  U"september", U"october", U"november", U"december"})
      if (w == m) return true;
    return false;
  }

  // The mention is one of the pattern's own later segments (诉诸 * 国际法院).
  bool SpelledOut(const Pattern& p, const Mention& m) const {
    std::u32string_view text = std::u32string_view(norm_).substr(m.begin, m.end - m.begin);
    for (size_t s = 1; s < p.segments.size(); ++s)
      for (const std::u32string& form : p.segments[s])
        if (text == form) return true;  // (`@` segments have no forms)
    return false;
  }

  // A two-part pattern in the passive: its second part before the trigger ("two Russian
  // diplomats were expelled", 美国公民被委内瑞拉当局释放).
  bool MatchObjectBefore(const Pattern& p, const Token& trig, const std::vector<int>& clause_of, int* begin, int* end,
                         int* literal) const {
    if (p.segments.size() != 2 || p.light_verb) return false;
    const int clause = clause_of[trig.begin];
    const int reach = p.lang == Lang::kZh ? 16 : 48;
    for (int e = trig.begin - 1; e >= 0 && e >= trig.begin - reach && clause_of[e] == clause; --e) {
      if (IsAsciiAlnum(norm_[e]) && e + 1 < trig.begin && IsAsciiAlnum(norm_[e + 1])) continue;
      if (const int b = FormEndingAt(p.segments[1], e + 1); b >= 0) {
        *begin = b;
        *end = trig.end;
        *literal = (e + 1 - b) + (trig.end - trig.begin);
        return true;
      }
    }
    return false;
  }

  // Where a form of `segment` ending at `end` begins (at a word start), or -1.
  int FormEndingAt(const std::vector<std::u32string>& segment, int end) const {
    for (const std::u32string& form : segment) {
      const int b = end - static_cast<int>(form.size());
      if (b < 0 || norm_.compare(b, form.size(), form) != 0 || (b > 0 && IsAsciiAlnum(norm_[b - 1]))) continue;
      return b;
    }
    return -1;
  }

  // English tells an object before its verb in relative clauses without "that was": "the
  // fisheries agreement (that) the two countries signed in 2000" (the name before the verb is
  // the clause's subject), "an accord, signed in 2018 by Senegal and Mauritania" (a participle
  // with its doer after "by"). Where such an object would end before `trig`, if anywhere.
  ObjectFirst ObjectFirstAt(const Token& trig, const std::vector<int>& clause_of,
                            const std::vector<Mention>& mentions) const {
    ObjectFirst none;
    if (!LooksLikeParticiple(trig.begin)) return none;
    int object_end = trig.begin;
    bool comma = false;
    const Mention* subj = SubjectRightBefore(trig.begin, mentions);
    if (subj) {
      object_end = subj->begin;
      for (std::u32string_view rel : {U"that ", U"which "})
        if (object_end >= static_cast<int>(rel.size()) &&
            norm_.compare(object_end - rel.size(), rel.size(), rel) == 0)
          object_end -= static_cast<int>(rel.size());
      if (object_end >= 1 && norm_[object_end - 1] == U' ') --object_end;
    } else {
      // a participle straight after its noun names its doer with "by" in the clause
      if (object_end >= 1 && norm_[object_end - 1] == U' ') --object_end;
      // ("The treaty, signed in Canberra by …": the comma starts the participle's clause)
      if (object_end >= 1 && norm_[object_end - 1] == U',') --object_end, comma = true;
      const int clause = clause_of[trig.begin];
      const bool by = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        return m.passive_agent && m.begin > trig.end && m.begin <= trig.end + 48 && clause_of[m.begin] == clause;
      });
      if (!by) return none;
    }
    if (object_end <= 0 || (!comma && clause_of[object_end - 1] != clause_of[trig.begin])) return none;
    ObjectFirst at{subj, subj == nullptr, object_end};
    if (at.participle) {
      const int from = std::max(sentence_begin_, object_end - 40);
      const std::u32string_view span = std::u32string_view(norm_).substr(from, object_end - from);
      auto prep_at = [&](std::u32string_view prep) {
        const size_t k = span.rfind(prep);
        if (k == std::u32string_view::npos || span.substr(k + prep.size()).find(U',') != std::u32string_view::npos)
          return -1;
        return from + static_cast<int>(k);
      };
      at.on_at = prep_at(U" on ");
      at.against_at = prep_at(U" against ");
    }
    return at;
  }

  // A two-part pattern whose second part is the object told before the verb (ObjectFirstAt).
  bool MatchObjectRelative(const Pattern& p, const Token& trig, const ObjectFirst& at, int* begin, int* end,
                           int* literal, ObjectFirst* object_first) const {
    if (!at.any() || p.segments.size() != 2 || p.light_verb) return false;
    int b = FormEndingAt(p.segments[1], at.object_end);
    // ("Sanctions on Russian banks, imposed by the EU": the object with its target after "on")
    if (b < 0 && at.on_at > 0) b = FormEndingAt(p.segments[1], at.on_at);
    if (b < 0 && at.against_at > 0) b = FormEndingAt(p.segments[1], at.against_at);
    if (b < 0) return false;
    *begin = b;
    *end = trig.end;
    *literal = (at.object_end - b) + (trig.end - trig.begin);
    *object_first = at;
    return true;
  }

  void CodeTrigger(const Pattern& p, const Token& trig, int match_begin, int match_end, const ObjectFirst& object_first,
                   int tok_index, int sidx,
                   const std::vector<Token>& toks, const std::vector<Mention>& mentions,
                   const std::vector<int>& clause_of, const std::vector<bool>& quoted,
                   const std::vector<TimeExpr>& times, const std::vector<Date>& sentence_dates,
                   const std::vector<TimeContext>& time_contexts, bool question, const std::vector<int>& hypo_positions,
                   Date* sentence_last) {
    const Sentence& sent = sentences_[sidx];
    const Lang lang = sent.lang;
    const int clause = clause_of[trig.begin];
    // (a year before a noun, set aside for the sentence, dates this act when the noun is its own)
    std::vector<Date> own_dates;
    for (size_t i = 0; i < times.size(); ++i)
      if (times[i].attributive && OwnYear(times[i], trig, match_end, Root(p.code))) {
        if (own_dates.empty()) own_dates = sentence_dates;
        own_dates[i] = attributive_dates_[i];
      }
    const std::vector<Date>& time_dates = own_dates.empty() ? sentence_dates : own_dates;
    // A trigger inside a quoted term with a name in it is part of a name: 「波哥大暴动」.
    for (const auto& [b, e] : terms_)
      if (trig.begin > b && trig.begin < e)
        for (const Mention& m : mentions)
          if (m.begin > b && m.end < e) return Skip("inside a quoted name");
    // "citing what it called baseless statements": a free relative names a thing in its
    // speaker's words; the act is the main verb's.
    if (lang == Lang::kEn)
      for (std::u32string_view w : {U"what it ", U"what they ", U"what he ", U"what she ", U"what we "})
        if (TextBefore(trig.begin, w)) return Skip("inside what a speaker called something");
    // A sentence that names no actor codes nothing (「移民遣返不是技术问题」), unless it carries
    // the narrative of the sentence before on (次日, 随即, the next day).
    if (mentions.empty() && !ContinuesNarrative(times)) return Skip("the sentence names no actor");

    // The clause's last speech verb before the trigger: a subject after it speaks for itself.
    int speech_pos = -1;
    for (int k = tok_index - 1; k >= 0; --k) {
      if (clause_of[toks[k].begin] != clause) break;
      if (Marks(toks[k], lang, Marker::kSpeech)) {
        speech_pos = toks[k].begin;
        break;
      }
    }

    // Is this act what a speech act just before it is about? Then the addressee (呼吁美国…) is
    // the one said to do it.
    const Mention* addressee = nullptr;
    // (a statement — 否认, 予以驳斥 — answers a speech act; it is never what one says)
    Event* frame = Root(p.code) == 1 ? nullptr : FrameBefore(trig, sidx, mentions, lang, &addressee);

    // Source: the subject.
    std::vector<const Mention*> sources, targets;
    const Mention* subject = nullptr;
    const Mention* agent = nullptr;
    std::vector<const Mention*> before, after;
    // "condemned the attack and reaffirmed that … Philippine vessels": a second verb joined after
    // a statement's object starts an act of its own, with its own object ("attacked and killed"
    // shares it; "called up reservists and raised its alert along the border with Lebanon": a
    // material act's target may be told by the next verb).
    int next_verb_at = INT_MAX;
    if (lang == Lang::kEn && Root(p.code) <= 13)
      for (size_t k = static_cast<size_t>(tok_index) + 1; k < toks.size() && clause_of[toks[k].begin] == clause; ++k)
        if (toks[k].begin > match_end + 5 && HasItem(lex_, toks[k], lang, ItemKind::kPattern) &&
            TextBefore(toks[k].begin, U" and ")) {
          next_verb_at = toks[k].begin;
          break;
        }
    // "Lula said the bombing of Venezuelan territory crossed a line": an act named as a thing,
    // the subject of the words reported, is not the speaker's own act.
    // ("… the bombing of Venezuelan territory and the capture of its president crossed …": and
    // the acts listed with it)
    // (called the operation a "kidnapping" and a criminal attack: a label the speaker gives
    // another's act)
    if (lang == Lang::kEn && Root(p.code) >= 14 && p.segments.size() == 1) {
      if (WordBefore(trig.begin) == U"the") {
        const int det = static_cast<int>(WordBefore(trig.begin).data() - norm_.data());
        std::u32string_view w = WordBefore(det);
        if (w == U"and") {
          const int from = ClauseStart(det);
          const size_t prev = std::u32string_view(norm_).substr(from, det - from).rfind(U" the ");
          if (prev != std::u32string_view::npos) w = WordBefore(from + static_cast<int>(prev) + 1);
        }
        if (IsReportingVerb(w) || w == U"that") return Skip("an act named as a thing in the words reported");
      }
      if (LabelNoun(trig.begin)) return Skip("a label given to an act");
    }
    // "North Korea's launch of a missile … drew condemnation from Washington": an act told as a
    // noun before its clause's verb has no object past that verb.
    if (lang == Lang::kEn && next_verb_at == INT_MAX) {
      const std::u32string_view det = WordBefore(trig.begin);
      const bool noun_act = det == U"the" || det == U"a" || det == U"an" || TextBefore(trig.begin, U"'s ") ||
                            TextBefore(trig.begin, U"’s ");
      if (noun_act)
        for (size_t k = static_cast<size_t>(tok_index) + 1; k < toks.size() && clause_of[toks[k].begin] == clause; ++k) {
          if (toks[k].begin <= match_end || !HasItem(lex_, toks[k], lang, ItemKind::kPattern)) continue;
          const std::u32string_view verb = FirstWordAt(toks[k].begin);
          // (not a participle with its agent: "an attack claimed by the Houthis struck …")
          if (norm_.compare(toks[k].begin + verb.size(), 4, U" by ") == 0) continue;
          if ((verb.size() > 4 && verb.ends_with(U"ed")) || verb == U"drew" || verb == U"brought" ||
              verb == U"took" || verb == U"made") {
            next_verb_at = toks[k].begin;
            break;
          }
        }
    }
    for (const Mention& m : mentions) {
      if (m.clause != clause || m.begin >= next_verb_at) continue;
      if (m.end <= trig.begin) before.push_back(&m);
      // a role noun or a name the pattern spells out is part of the act ("held joint military
      // exercises", 诉诸国际法院)
      else if (m.begin >= trig.end && !(m.end <= match_end && m.entries.empty() && !m.dyad)) after.push_back(&m);
    }
    // 被X制裁: the agent of this trigger only if the trigger follows it closely; in 被以色列关押的
    // 囚犯举行绝食 the agent belongs to a relative clause.
    for (const Mention* m : before) {
      if (!m->passive_agent || trig.begin - m->end > 8) continue;
      std::u32string_view gap = std::u32string_view(norm_).substr(m->end, trig.begin - m->end);
      if (gap.find(U'的') == std::u32string_view::npos) agent = m;
    }
    // English "by X" names the agent only in a passive clause ("was sanctioned by"); after a
    // noun ("condemned the attack by X") X belongs to the object.
    // ("talks mediated by the United States": a participle with "by" is passive without "was")
    // ("an attack claimed by Yemen's Houthis": an act's noun with a participle and "by" names
    // the doer)
    int agent_reach = 8;
    if (lang == Lang::kEn)
      for (std::u32string_view w : {U" claimed by ", U" carried out by ", U" launched by ", U" staged by ",
                                    U" conducted by ", U" mounted by ", U" brokered by ", U" mediated by "})
        if (norm_.compare(match_end, w.size(), w) == 0) agent_reach = static_cast<int>(w.size()) + 4;
    // "during a visit to Belgrade by French President Emmanuel Macron": a visit named as a noun
    // with its visitor after "by" is told, the visitor doing it.
    const Mention* visitor = lang == Lang::kEn ? VisitorAfter(trig, match_end, mentions) : nullptr;
    if (visitor) agent_reach = visitor->begin - match_end;
    const bool reduced_passive = lang == Lang::kEn && ReducedPassive(p, trig, match_end, mentions);
    const bool passive_before = lang == Lang::kEn && (PassiveBefore(toks, tok_index) || reduced_passive);
    // ("was signed on Monday in Canberra by …": a passive names its doer past times and places)
    if (object_first.participle || passive_before)
      for (const Mention* m : after)
        if (m->passive_agent) {
          if (m->begin - match_end <= 48) agent_reach = std::max(agent_reach, m->begin - match_end);
          break;
        }
    const bool en_passive = lang == Lang::kEn && (passive_before || agent_reach > 8 || object_first.participle ||
                                                 (match_end == trig.end && norm_.compare(trig.end, 4, U" by ") == 0 &&
                                                  norm_.compare(trig.end - 2, 2, U"ed") == 0));
    auto agent_after = [&](const Mention* m) { return m->passive_agent && (lang == Lang::kZh || en_passive); };
    // "Japan went on alert after North Korea launched a missile": the subject of an act in a
    // subordinate clause comes after its conjunction.
    int subordinate_at = -1;
    int time_conjunction = -1;  // "two days after": a time ending in the conjunction
    for (const TimeExpr& x : times)
      if (x.end <= trig.begin && clause_of[x.begin] == clause && EndsWithConjunction(x, lang))
        time_conjunction = std::max(time_conjunction, x.end);
    if (lang == Lang::kEn)
      for (int k = tok_index - 1; k >= 0 && clause_of[toks[k].begin] == clause; --k) {
        if (toks[k].end <= time_conjunction) {
          subordinate_at = time_conjunction;
          break;
        }
        // ("after Riyadh agreed to reopen": a verb governing the trigger is of its clause)
        const int gap = trig.begin - toks[k].end;
        const bool governs = (gap == 1 && norm_[toks[k].end] == U' ') ||
                             (gap == 4 && norm_.compare(toks[k].end, 4, U" to ") == 0);
        if (HasItem(lex_, toks[k], lang, ItemKind::kPattern) && !governs) break;
        // ("has since urged", "since agreed": "since" before a verb or after an auxiliary is an adverb)
        const bool adverb_since = norm_.compare(toks[k].begin, 5, U"since") == 0 && toks[k].end - toks[k].begin == 5 &&
                                  (governs || WordBefore(toks[k].begin) == U"has" || WordBefore(toks[k].begin) == U"have" ||
                                   WordBefore(toks[k].begin) == U"had");
        if (Marks(toks[k], lang, Marker::kSubordinate) && !adverb_since) {
          subordinate_at = toks[k].end;
          break;
        }
      }
    // ("after meeting Xi", "since 2022 and ordered…": a conjunction right before a gerund, or
    // "since" before a time, opens a phrase, and the clause's subject is the trigger's)
    if (lang == Lang::kEn && subordinate_at > 0 && subordinate_at != time_conjunction &&
        ((subordinate_at + 1 == trig.begin && FirstWordAt(trig.begin).ends_with(U"ing")) ||
         (TextBefore(subordinate_at, U"since") &&
          std::any_of(calendar_times_.begin(), calendar_times_.end(),
                      [&](const std::pair<int, int>& t) { return t.first == subordinate_at + 1; }))))
      subordinate_at = -1;
    // 在美国（的）斡旋下，印巴宣布停火: the one under whose auspices the next clause's actors
    // act is the source; they are its targets.
    std::vector<const Mention*> auspices_targets;
    if (const Mention* host = AuspicesOf(before, trig, match_end, lang)) {
      for (const Mention& m : mentions) {
        if (m.clause <= clause || m.locative || m.passive_agent) continue;
        if (!auspices_targets.empty() &&
            (m.clause != auspices_targets[0]->clause || !(m.coord_with_prev || m.prep_ambiguous)))
          break;
        if (m.prep_object && !m.prep_ambiguous) continue;
        auspices_targets.push_back(&m);
      }
      if (!auspices_targets.empty()) subject = host;
    }
    for (const Mention* m : before) {
      if (!auspices_targets.empty()) break;
      if (m->prep_object || m->passive_agent || m->locative) continue;
      if (m->prep_ambiguous || m->coord_with_prev) continue;
      if (m->begin < subordinate_at) continue;
      // "flew to Moscow to seek support": the place gone to does not do what the trip is for
      if (lang == Lang::kEn && TextBefore(m->begin, U"to ") && norm_.compare(m->end, 4, U" to ") == 0 &&
          m->end + 4 <= trig.begin)
        continue;
      if (speech_pos >= 0 && m->begin < speech_pos) {
        if (!subject) subject = m;
        continue;
      }
      // 称，美国批评了以色列: a subject after the speech verb speaks for itself; 宣布对伊朗实施制裁:
      // an actor behind a preposition is not one.
      if (speech_pos >= 0 && m->begin > speech_pos) {
        // ("Iraq warned Sweden that it would cut relations": the name after "that" is the
        // content's subject; the one before it was told)
        if (lang == Lang::kEn && !TextBefore(m->begin, U"that "))
          if (auto later = std::find_if(before.begin(), before.end(), [&](const Mention* o) {
                return o->begin > m->begin && TextBefore(o->begin, U"that ") && !o->prep_object && !o->locative;
              });
              later != before.end()) {
            subject = *later;
            break;
          }
        bool behind_prep = false;
        // ("said on Friday that the U.S. ambassador had apologised": a preposition before "that"
        // governs something else)
        int content_from = speech_pos;
        if (lang == Lang::kEn)
          for (int w = speech_pos; w + 6 <= m->begin; ++w)
            if (norm_.compare(w, 6, U" that ") == 0) content_from = w;
        for (int k = tok_index - 1; k >= 0 && toks[k].begin >= speech_pos; --k)
          if (toks[k].end <= m->begin && toks[k].begin > content_from && Marks(toks[k], lang, Marker::kPrep))
            behind_prep = true;
        if (!behind_prep) {
          subject = m;
          break;
        }
        continue;
      }
      if (!subject) subject = m;
    }
    std::string subject_from = "clause subject";
    // 北韩宣布军队进入戒备状态: a bare role noun speaking after the speaker is the speaker's.
    Mention speaker_role;
    if (subject && speech_pos >= 0 && subject->begin > speech_pos && subject->entries.empty() && !subject->dyad &&
        !subject->role.empty())
      for (const Mention* m : before)
        if (m->begin < speech_pos && !m->entries.empty() && !m->host && !m->prep_object) {
          speaker_role = *subject;
          speaker_role.entries = {m->entries[0]};
          speaker_role.role_where += " (of the speaker " + Orig(m->begin, m->end) + ")";
          subject = &speaker_role;
          break;
        }
    if (addressee) {
      subject = addressee;
      subject_from = "addressee of " + frame->id;
    }
    // "Trump, who hosted the two men": a relative clause's subject is the name it follows.
    if (!subject && lang == Lang::kEn)
      if (const Mention* antecedent = RelativeAntecedent(mentions, trig.begin)) {
        subject = antecedent;
        subject_from = "antecedent of a relative clause";
      }
    if (object_first.subject) {
      subject = object_first.subject;
      subject_from = "subject of a relative clause";
    } else if (lang == Lang::kEn) {
      // "a Venezuelan gang that his administration branded a terrorist organisation": the name
      // right after a relative pronoun is its clause's subject
      if (const Mention* rel = SubjectRightBefore(trig.begin, mentions); rel && rel != subject) {
        const std::u32string_view w = WordBefore(rel->begin);
        if (w == U"that" || w == U"which" || w == U"whom") {
          subject = rel;
          subject_from = "subject of a relative clause";
        }
      }
    }
    if (lang == Lang::kEn) {
      const Mention* antecedent = nullptr;
      if (ThingRelative(trig.begin, mentions, &antecedent)) {
        // ("the ruling that rejected China's claims": a thing did it)
        if (!antecedent) return Skip("a thing, not an actor, did it");
        subject = antecedent;
        subject_from = "antecedent of a relative clause";
      }
    }
    if (!subject) subject = ContextSubject(mentions, clause, trig, quoted, sent.paragraph, nullptr, &subject_from);
    // "prompted Mogadishu to recall its ambassador", "forcing Kyiv to cede": the one made to act
    // does it.
    if (lang == Lang::kEn)
      if (const Mention* made = MadeToAct(trig.begin, mentions)) {
        subject = made;
        subject_from = "made to act by a causative verb";
      }
    // Passive: 哥伦比亚遭美国制裁 / Colombia was sanctioned by the US.
    const Mention* passive_target = nullptr;
    if (agent) {
      passive_target = subject;
      subject = agent;
    } else if (lang == Lang::kZh && subject && BarePassive(toks, tok_index, mentions)) {
      // 哥伦比亚被列为受援国: the subject undergoes the act; the doer comes from the context.
      passive_target = subject;
      subject = ContextSubject(mentions, clause, trig, quoted, sent.paragraph, passive_target, &subject_from);
      if (!subject) return Skip("no doer for the passive");
    } else if (lang == Lang::kEn) {
      // "Mexicans deported from the United States", "diplomats were expelled from Caracas": the
      // country they are sent away from did it.
      const bool extradition = p.text.rfind("extradite", 0) == 0;
      const bool sending_away = p.text.rfind("expel", 0) == 0 || p.text.rfind("deport", 0) == 0 ||
                                p.text.rfind("evict", 0) == 0 || extradition;
      const bool passive_use = passive_before || LooksLikeParticiple(trig.begin);
      if (sending_away && passive_use && subject)
        for (const Mention* m : after) {
          if (m->begin > match_end + 24) break;
          if (WordBeforeName(m->begin) != U"from" || CountryOfMention(*m).empty() ||
              CountryOfMention(*m) == CountryOfMention(*subject))
            continue;
          passive_target = subject;
          subject = m;
          subject_from = "the country they were sent away from";
          break;
        }
      // ("was extradited from Italy to Germany": an extradition is toward the state that asked)
      if (passive_target && extradition)
        for (const Mention* m : after) {
          if (m->begin > match_end + 48) break;
          if (WordBeforeName(m->begin) == U"to" && !CountryOfMention(*m).empty() &&
              CountryOfMention(*m) != CountryOfMention(*subject)) {
            passive_target = m;
            break;
          }
        }
      for (const Mention* m : after)
        if (!passive_target && agent_after(m) && m->begin <= match_end + agent_reach) {
          // ("The talks were mediated by Qatar": what was mediated is no actor, and the subject
          // of an earlier sentence is not its party; the parties come from the act just told)
          passive_target = p.code == "045" && subject == &topic_ ? nullptr : subject;
          subject = m;
          subject_from = "agent after 'by'";
          break;
        }
      // "Colombia was decertified", "Petro's visa was revoked": without "by", the subject
      // undergoes the act and the doer comes from the context.
      // ("Petro's visa was revoked": the object told first, its owner is the one acted upon)
      // ("Lesotho, which Trump ridiculed…, was hit with…": a subject set off by a relative clause)
      // ("Namazi, who was detained in Tehran in 2015, …": a passive right after "who" or "which"
      // is done to the one the relative clause is about)
      const bool earlier_subject_passive =
          subject && subject_from == "subject of an earlier clause" && PassiveBefore(toks, tok_index);
      bool relative_passive = false;
      if (earlier_subject_passive) {
        const std::u32string_view head = CommaClauseHead(ClauseStart(trig.begin), trig.begin);
        relative_passive = head.starts_with(U"who ") || head.starts_with(U"which ");
      }
      const bool subject_before_aside =
          earlier_subject_passive && (RelativeClauseNumber(clause - 1) || relative_passive);
      if (!passive_target && subject && !p.reciprocal && (subject->clause == clause || subject_before_aside) &&
          (subject->end <= match_begin || (match_begin < trig.begin && subject->begin < match_begin)) &&
          (subject_from == "clause subject" || subject_before_aside) && passive_before &&
          LooksLikeParticiple(trig.begin) && Root(p.code) != 1 && p.code != "110") {  // "is concerned": a state
        passive_target = subject;
        // "were killed in a Russian missile strike": the one whose attack it was did it
        // ("was hit with a 50% U.S. tariff": a country named inside the act's own words)
        const Mention* named_inside = nullptr;
        for (const Mention* m : after)
          if (m->begin > trig.end && m->end < match_end && !m->prep_object && !CountryOfMention(*m).empty() &&
              CountryOfMention(*m) != CountryOfMention(*passive_target)) {
            named_inside = m;
            break;
          }
        const Mention* by_attack = nullptr;
        for (const Mention* m : after)
          if (!named_inside && m->begin <= match_end + 12 && m->begin >= 5 &&
              (norm_.compare(m->begin - 5, 5, U"in a ") == 0 || (m->begin >= 6 && norm_.compare(m->begin - 6, 6, U"in an ") == 0)) &&
              CountryOfMention(*m) != CountryOfMention(*passive_target)) {
            by_attack = m;
            break;
          }
        // "Two Americans were detained in Moscow": an arrest or a seizure is the doing of the
        // state where it happened
        const Mention* where = nullptr;
        // (told as a single past act, not a state: "who had been detained in Iran")
        // ("have been detained": just now, as a present perfect tells it)
        if (!by_attack && !named_inside && Root(p.code) == 17 && !CountryOfMention(*passive_target).empty() &&
            (TextBefore(trig.begin, U" was ") || TextBefore(trig.begin, U" were ") ||
             TextBefore(trig.begin, U" have been ") || TextBefore(trig.begin, U" has been ") || reduced_passive) &&
            (!InRelativeClause(trig.begin) || relative_passive))
          for (const Mention* m : after)
            if (m->begin <= match_end + 24 && m->clause == clause && TextBefore(m->begin, U"in ") &&
                !CountryOfMention(*m).empty() && CountryOfMention(*m) != CountryOfMention(*passive_target)) {
              where = m;
              break;
            }
        if (named_inside) {
          subject = named_inside;
          subject_from = "the country named in the act's words";
        } else if (by_attack) {
          subject = by_attack;
          subject_from = "the attack the act happened in";
        } else if (where) {
          subject = where;
          subject_from = "the state where it happened";
        } else {
          subject = ContextSubject(mentions, clause, trig, quoted, sent.paragraph, passive_target, &subject_from);
        }
        if (!subject) return Skip("no subject found");
      }
    }
    // "Unilaterally bombing inside Qatar … does not advance our goals": a gerund opening the
    // sentence is what it talks about, not an act of the paragraph's topic.
    if (lang == Lang::kEn && subject && subject_from == "topic of the paragraph" && OpensWithGerund(trig))
      return Skip("an opening gerund is what the sentence is about");
    // "Hamas said … that five members were killed": a passive with a subject of its own that
    // names no actor, after another clause's speaker, tells no doer; the speaker is not it.
    if (lang == Lang::kEn && !passive_target && subject && subject_from == "subject of an earlier clause" &&
        passive_before && LooksLikeParticiple(trig.begin) && !subject->passive_agent) {
      const int head_begin = ClauseStart(trig.begin);
      std::u32string_view head = std::u32string_view(norm_).substr(head_begin, std::max(0, trig.begin - head_begin));
      for (std::u32string_view lead : {U"but ", U"and ", U"that "})
        if (head.starts_with(lead)) head.remove_prefix(lead.size());
      int words = 0;
      for (size_t k = 0; k < head.size(); ++k)
        words += head[k] == ' ' && k + 1 < head.size() && IsAsciiAlnum(head[k + 1]);
      bool actor_in_head = false;
      for (const Mention& m : mentions) actor_in_head |= m.begin >= head_begin && m.end <= trig.begin;
      if (words >= 2 && !actor_in_head && (TextBefore(trig.begin, U" was ") || TextBefore(trig.begin, U" were ")))
        return Skip("a passive whose subject is no actor");
    }
    // "was condemned by Japan and South Korea": the agents listed after the first
    std::vector<const Mention*> more_agents;
    if (lang == Lang::kEn && subject && subject->passive_agent && (passive_target || p.code == "045")) {
      bool chain = false;
      for (const Mention* m : after) {
        if (m == subject) { chain = true; continue; }
        if (!chain) continue;
        if (!m->coord_with_prev) break;
        more_agents.push_back(m);
      }
    }
    // "killed in a Russian missile strike", "an Israeli air strike hit…": the act's noun with a
    // country's adjective before it names the doer; the clause's subject, if another country's,
    // is the one struck.
    const Mention* noun_victim = nullptr;
    // (a trigger in the past tense is a verb, and the name before it its subject: "the United
    // Nations thanked")
    int trig_word_end = trig.begin;
    while (trig_word_end < trig.end && IsAsciiAlnum(norm_[trig_word_end])) ++trig_word_end;
    const bool past_verb = trig_word_end - trig.begin > 4 && norm_.compare(trig_word_end - 2, 2, U"ed") == 0;
    // (a plural use of force, "strikes": force only, as "despite U.S. sanctions" or "relief from
    // U.S. sanctions" tell a state)
    int trig_last_end = trig.end;
    while (trig_last_end < sentence_end_ && IsAsciiAlnum(norm_[trig_last_end])) ++trig_last_end;
    const bool force_plural = Root(p.code) >= 18 && norm_[trig_last_end - 1] == 's';
    if (lang == Lang::kEn && p.segments.size() == 1 && !passive_target && !past_verb)
      for (const Mention& m : mentions) {
        if (m.end > trig.begin || trig.begin - m.end > 28 || m.entries.empty() || m.dyad || m.pronoun) continue;
        // ("suffered Russia's heaviest artillery fire": a possessive names the doer too)
        // (the name's token may end with the "'s" itself)
        const bool owns_s = m.end - m.begin > 2 && norm_.compare(m.end - 2, 2, U"'s") == 0;
        const bool possessive = owns_s || norm_.compare(m.end, 2, U"'s") == 0 || norm_.compare(m.end, 2, U"’s") == 0;
        const int gap_begin = possessive && !owns_s ? m.end + 2 : m.end;
        if (trig.begin - gap_begin > (possessive ? 24 : 12)) continue;
        const std::u32string_view gap = std::u32string_view(norm_).substr(gap_begin, trig.begin - gap_begin);
        bool modifiers = true;  // at most two lower-case words: "missile", "air", "drone"
        int words_between = 0;
        for (size_t k = 0; k < gap.size() && modifiers; ++k) {
          if (gap[k] == ' ') { if (k + 1 < gap.size()) ++words_between; continue; }
          modifiers = (gap[k] >= 'a' && gap[k] <= 'z') || (possessive && (gap[k] == '-' || (gap[k] >= '0' && gap[k] <= '9')));
        }
        int b = m.begin;
        while (b > sentence_begin_ && norm_[b - 1] == ' ') --b;
        const bool after_article = (b >= 2 && norm_.compare(b - 2, 2, U" a") == 0) ||
                                   (b >= 3 && norm_.compare(b - 3, 3, U" an") == 0) ||
                                   (b >= 4 && norm_.compare(b - 4, 4, U" the") == 0);
        // ("respond to U.S. air strikes on…", "after Israeli strikes": a plural use of force with
        // no article, after a preposition)
        static constexpr std::u32string_view kBarePreps[] = {U"to", U"after", U"over", U"against", U"amid",
                                                             U"following", U"despite", U"with", U"of", U"from",
                                                             U"since", U"about", U"by"};
        const bool bare_plural =
            !possessive && force_plural &&
            std::find(std::begin(kBarePreps), std::end(kBarePreps), WordBefore(m.begin)) != std::end(kBarePreps);
        // ("Macron's state visit": a person's possessive names the doer too)
        if (!modifiers || words_between > 2 || !(after_article || possessive || bare_plural) ||
            (lex_.actors()[m.entries[0]].person && !possessive))
          continue;
        // ("a reward for Maduro's capture", "Navalny's arrest": a person's possessive before an act
        // done to people names the one it is done to)
        const int root_of_act = Root(p.code);
        if (possessive && lex_.actors()[m.entries[0]].person &&
            (root_of_act == 17 || root_of_act == 18 || root_of_act == 20 || p.code.rfind("084", 0) == 0 ||
             p.code == "174")) {
          // ("a reward for Maduro's capture", "leading to his arrest": an aim, not an act told)
          const std::u32string_view before_name = WordBefore(m.begin);
          if (before_name == U"for" || before_name == U"to") return Skip("an aim, not an act told");
          continue;
        }
        if (subject && CountryOfMention(*subject) == CountryOfMention(m)) break;
        noun_victim = subject;
        subject = &m;
        subject_from = "the country named in the act's noun";
        break;
      }
    // "pardoned 52 prisoners after a visit by U.S. envoy John Coale": the visitor came to the
    // clause's subject.
    const Mention* visit_host = nullptr;
    if (subject && visitor && subject != visitor && lang == Lang::kEn && !subject->passive_agent &&
        !CountryOfMention(*subject).empty() && CountryOfMention(*subject) != CountryOfMention(*visitor)) {
      visit_host = subject;
      subject = visitor;
      subject_from = "the visitor after 'by'";
    } else if (!subject && visitor && lang == Lang::kEn && subordinate_at > 0) {
      for (const Mention& m : mentions)
        if (m.clause == clause && m.end <= subordinate_at && !m.prep_object && !m.locative && !m.passive_agent &&
            !m.coord_with_prev && CountryOfMention(m) != CountryOfMention(*visitor)) {
          visit_host = &m;
          break;
        }
      if (visit_host) {
        subject = visitor;
        subject_from = "the visitor after 'by'";
      }
    }
    // ("Talks between Syria and Israel resumed": a reciprocal act told with its parties after
    // "between" needs no subject; the pair is found below)
    if (!subject && lang == Lang::kEn && p.reciprocal)
      for (const Mention& m : mentions)
        if (m.begin >= match_end && m.begin <= match_end + 5 && norm_.compare(std::max(0, m.begin - 8), 8, U"between ") == 0) {
          subject = &m;
          subject_from = "first party named after 'between'";
          break;
        }
    if (!subject) return Skip("no subject found");
    sources.push_back(subject);
    sources.insert(sources.end(), more_agents.begin(), more_agents.end());
    bool mutual = false;
    // Mutual action: 相互/互相/彼此, or a reciprocal pattern between coordinated actors.
    for (int k = tok_index - 1; k >= 0 && clause_of[toks[k].begin] == clause; --k)
      if (Marks(toks[k], lang, Marker::kMutual)) mutual = true;
    for (int k = tok_index + 1; k < static_cast<int>(toks.size()) && toks[k].begin < match_end + 16 &&
                                clause_of[toks[k].begin] == clause; ++k)
      if (lang == Lang::kEn && Marks(toks[k], lang, Marker::kMutual)) mutual = true;
    // (an exchange of prisoners or of the dead is each side handing over its own: one act each way)
    if (p.reciprocal && p.code.compare(0, 3, "084") == 0) mutual = true;
    // Coordinated subjects, unless the connector is a preposition (特朗普同佩特罗通话).
    bool has_object_after = false;
    for (const Mention* m : after)
      if (!agent_after(m)) has_object_after = true;
    bool has_prep_object = false;
    for (const Mention* m : before)
      if (m->prep_object) has_prep_object = true;
    const Mention* prep_partner = nullptr;
    size_t subject_index = mentions.size();
    for (size_t i = 0; i < mentions.size(); ++i)
      if (&mentions[i] == subject) subject_index = i;
    bool chain = true;  // still in the list that starts with the subject
    for (size_t i = subject_index + 1; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (m.clause != subject->clause || m.end > trig.begin || m.locative) continue;
      if (m.prep_ambiguous) {
        // A与B同意合作: B is the partner; 卡塔尔和埃及在以色列与巴勒斯坦之间调解: both act on the
        // places named, unless the act is reciprocal.
        bool places = false;
        for (const Mention* b : before) places = places || (b->locative && !b->topic);
        if (!has_object_after && !has_prep_object && (p.reciprocal || mutual || !places)) prep_partner = &m;
        else if (chain) sources.push_back(&m);
        chain = false;
        continue;
      }
      if (m.coord_with_prev && !m.prep_object && chain) {
        sources.push_back(&m);
        continue;
      }
      chain = false;
    }

    // 向拉美多国施压: a preposition names the target, but not with an actor this lexicon knows;
    // no target is then guessed from the context.
    // 对原产于加拿大的油菜籽发起调查: a country named inside the preposition's object is the
    // target when no closer one is.
    bool unknown_target = false;
    bool act_anaphor = false;
    const Mention* inside_prep_object = nullptr;
    for (int k = tok_index - 1; k >= 0 && clause_of[toks[k].begin] == clause && toks[k].begin >= subject->end; --k) {
      if (!Marks(toks[k], lang, Marker::kTargetPrep)) continue;
      bool filled = false;
      for (const Mention* m : before)
        if (m->begin >= toks[k].end) {
          filled = true;
          if (!inside_prep_object && m != subject && !m->locative && !CountryOfMention(*m).empty()) inside_prep_object = m;
        }
      if (!filled) {
        // 对此表示欢迎, 就此提出抗议: the object is the act just told, answered below.
        const std::u32string_view after = std::u32string_view(norm_).substr(toks[k].end);
        if (lang == Lang::kZh && (after.starts_with(U"此") || after.starts_with(U"这一") || after.starts_with(U"该举") ||
                                  after.starts_with(U"这项") || after.starts_with(U"这次")))
          act_anaphor = true;
        else
          unknown_target = true;
      }
      break;
    }

    // Target.
    std::string target_from;
    if (!auspices_targets.empty()) {
      targets = auspices_targets;
      target_from = "acting under its auspices";
    }
    if (targets.empty() && passive_target) {
      targets.push_back(passive_target);
      target_from = "passive subject";
      // "Congo and Rwanda … after talks mediated by Qatar": the subject's partners too
      if (passive_target >= mentions.data() && passive_target < mentions.data() + mentions.size())
        for (size_t i = static_cast<size_t>(passive_target - mentions.data()) + 1;
             i < mentions.size() && mentions[i].coord_with_prev && mentions[i].clause == passive_target->clause; ++i)
          targets.push_back(&mentions[i]);
    }
    if (targets.empty() && prep_partner) {
      targets.push_back(prep_partner);
      target_from = "preposition";
    }
    // 向世贸组织投诉中国: an organisation addressed before the act is the venue when a country
    // is its object.
    auto is_igo = [&](const Mention* m) {
      return !m->entries.empty() && lex_.actors()[m->entries[0]].code.compare(0, 3, "IGO") == 0;
    };
    bool country_object_after = false;
    for (const Mention* m : after)
      if (!m->locative && !agent_after(m) && !CountryOfMention(*m).empty() && !is_igo(m)) country_object_after = true;
    if (targets.empty()) {
      const Mention* last_prep = nullptr;
      for (const Mention* m : before)
        // (English objects follow the verb: "condemned support for M23 and urged Kigali to …")
        // (nor, in English, one before the subject: "sanctions on Iran were restored after
        // Britain triggered…")
        if (m->prep_object && !m->host && !(is_igo(m) && country_object_after) &&
            !(lang == Lang::kEn && (country_object_after || m->end <= subject->begin)))
          last_prep = m;
      if (last_prep) {
        // include the list it heads: 对哥伦比亚和委内瑞拉
        for (const Mention* m : before) {
          if (m == last_prep) targets.push_back(m);
        }
        for (const Mention* m : before) {
          if (m->begin <= last_prep->begin) continue;
          if (!m->coord_with_prev) break;  // (the list right after it only)
          targets.push_back(m);
        }
        // a list's first item carries the preposition
        const Mention* head = last_prep;
        for (const Mention* m : before)
          if (m->begin < last_prep->begin && m->prep_object && last_prep->coord_with_prev) head = m;
        if (head != last_prep) {
          std::vector<const Mention*> with_head{head};
          with_head.insert(with_head.end(), targets.begin(), targets.end());
          targets.swap(with_head);
        }
        target_from = "preposition";
      }
    }
    // A reciprocal act between coordinated actors is between them ("China and Russia held
    // consultations on Afghanistan"), unless a partner is named with "with".
    bool named_partner = false;
    for (const Mention* m : after)
      // (near the act, not past a comma: "…agreed to restore ties, following talks with China")
      if (m->first_token > 0 && lang == Lang::kEn && m->begin <= match_end + 24 &&
          std::u32string_view(norm_).substr(match_end, std::max(0, m->begin - match_end)).find(U',') ==
              std::u32string_view::npos) {
        const Token& t = toks[m->first_token - 1];
        named_partner = named_partner || std::u32string_view(norm_).substr(t.begin, t.end - t.begin) == U"with";
      }
    // (nor when the act has an object of its own: "Albares, Martin and Eide met Palestinian
    // Prime Minister Mohammad Mustafa")
    if (lang == Lang::kEn && targets.empty() && !named_partner && sources.size() >= 2 && (p.reciprocal || mutual))
      for (const Mention* m : after)
        if (m->begin >= trig.begin && m->begin <= match_end + 1 && !m->prep_object && !m->locative && !m->pronoun &&
            !m->dyad && !CountryOfMention(*m).empty() && norm_[m->end] != '-')  // ("U.S.-brokered talks": a modifier)
          named_partner = true;
    if (targets.empty() && !named_partner && sources.size() >= 2 && (p.reciprocal || mutual)) {
      // ("Mali, Niger and Burkina Faso signed a pact": each pair of the three)
      const bool three = sources.size() == 3 && p.reciprocal && !mutual;
      targets.push_back(sources[1]);
      if (three) targets.push_back(sources[2]);
      sources.erase(sources.begin() + (three ? 2 : 1), sources.end());
      target_from = "coordinated partner";
    }
    // "announced a ceasefire between Israel and Iran": a reciprocal act between two others is
    // theirs, whoever tells of it.
    if (lang == Lang::kEn && p.reciprocal && targets.empty())
      for (size_t a = 0; a + 1 < after.size(); ++a) {
        const Mention* x = after[a];
        const Mention* y = after[a + 1];
        if (x->begin > match_end + 24 || !y->coord_with_prev || x->first_token == 0) continue;
        const Token& t = toks[x->first_token - 1];
        if (std::u32string_view(norm_).substr(t.begin, t.end - t.begin) != U"between" &&
            norm_.compare(std::max(0, x->begin - 8), 8, U"between ") != 0 &&
            norm_.compare(std::max(0, x->begin - 12), 12, U"between the ") != 0)
          continue;
        sources = {x};
        targets = {y};
        subject = x;
        subject_from = "first party named after 'between'";
        target_from = "second party named after 'between'";
        break;
      }
    // "ending all American aid to the country": the source's own name inside the match
    // describes the object, it is not the target
    const std::string subject_country = CountryOfMention(*subject);
    auto own_modifier = [&](const Mention* m) {
      return m->end <= match_end && m->role.empty() && !subject_country.empty() && CountryOfMention(*m) == subject_country &&
             m->entries.size() == 1 && lex_.actors()[m->entries[0]].code.size() == 3;
    };
    // A name the pattern spells out (诉诸 * 国际法院) is the target only when no other is.
    auto spelled_out = [&](const Mention* m) { return m->end <= match_end && SpelledOut(p, *m); };
    // "condemned the strikes as a violation of Yemen's sovereignty": the description after "as"
    // names the victim, not whom the criticism is aimed at.
    auto in_description = [&](const Mention* m) {
      return lang == Lang::kEn && (Root(p.code) == 11 || Root(p.code) == 12) && m->begin > match_end &&
             std::u32string_view(norm_).substr(match_end, m->begin - match_end).find(U" as ") != std::u32string_view::npos;
    };
    // ("had announced counter-tariffs on 155 billion Canadian dollars' worth of U.S. goods",
    // "accused Oslo of harassing Russian fishermen"): an English name of the subject's own country
    // with no role is no object while another country's name follows
    auto own_country_name = [&](const Mention* m) {
      return lang == Lang::kEn && m->role.empty() && !m->dyad && !subject_country.empty() &&
             CountryOfMention(*m) == subject_country;
    };
    for (int pass = 0; pass < 2 && targets.empty(); ++pass) {
      for (const Mention* m : after) {
        if (agent_after(m) || m->locative || own_modifier(m) || spelled_out(m)) continue;
        if (std::find(sources.begin(), sources.end(), m) != sources.end()) continue;  // "by Qatar and Turkey"
        if (in_description(m)) continue;
        if (m->entries.empty() && !m->dyad && targets.empty()) continue;  // a bare role noun: weak
        if (pass == 0 && targets.empty() && own_country_name(m)) continue;
        // ("agreed to reopen the border after talks mediated by Ethiopia", "…, following talks
        // hosted by China": the doer of another verb past a conjunction or a comma is no object)
        if (lang == Lang::kEn && m->passive_agent && m->begin > match_end &&
            (SubordinateInGap(match_end, m->begin) ||
             std::u32string_view(norm_).substr(match_end, m->begin - match_end).find(U',') != std::u32string_view::npos))
          break;
        if (!targets.empty() && !m->coord_with_prev && !m->prep_ambiguous) break;
        targets.push_back(m);
      }
      if (!targets.empty()) target_from = "object";
    }
    // "imposed sanctions on James Kabarebe, Rwanda's minister for regional integration": a name
    // the dictionaries do not know, then its description past the comma, says whose it is.
    if (lang == Lang::kEn && targets.empty())
      if (const Mention* app = AppositiveOfUnknownName(match_end, mentions)) {
        targets.push_back(app);
        target_from = "description of the object";
      }
    // "accused Caracas of fraud and sanctioned its president": an office owned by "its" or
    // "their" is of the country named before it, other than the doer's.
    std::list<Mention> owned_offices;  // (a list allocates nothing until used)
    auto owned_office = [&](const Mention* t) -> const Mention* {
      if (lang != Lang::kEn || !t->entries.empty() || t->dyad || t->role.empty()) return t;
      const std::u32string_view owner_word = WordBefore(t->begin);
      if (owner_word != U"its" && owner_word != U"their") return t;
      const Mention* owner = nullptr;
      for (const Mention& m : mentions)
        if (m.end <= t->begin && !m.entries.empty() && !m.dyad && !CountryOfMention(m).empty() &&
            CountryOfMention(m) != subject_country)
          owner = &m;
      if (!owner) return t;
      Mention office = *t;
      office.entries = {owner->entries[0]};
      office.role_where += " (its owner " + Orig(owner->begin, owner->end) + ")";
      owned_offices.push_back(office);
      return &owned_offices.back();
    };
    if (targets.empty() && visit_host) {
      targets.push_back(visit_host);
      target_from = "the one visited";
    }
    if (targets.empty() && inside_prep_object) {
      targets.push_back(inside_prep_object);
      target_from = "inside the preposition's object";
    }
    // A place can be the target when nothing else is (撤出在马里的驻军, 在美国本土发动袭击, "a
    // journalist held in Russia"), but is not the partner of talks ("met reporters in London").
    const bool place_can_be_target =
        !unknown_target && (Root(p.code) != 4 || p.code == "042" || p.code == "043" || p.code == "045");
    // ("talks in Abu Dhabi": a capital named as the venue of a mediation is not a party)
    auto venue = [&](const Mention* m) {
      if (PostedAt(*m, subject, lang)) return true;
      // (and "signed a memorandum in Madrid": a capital where a reciprocal act took place)
      const bool meeting = p.code == "036" || (Root(p.code) == 4 && p.code != "042" && p.code != "045");
      if (meeting && lang == Lang::kEn && !m->entries.empty() && !lex_.actors()[m->entries[0]].person &&
          WordBefore(m->begin) == U"in")
        return true;  // (or any country a meeting is held in: "agreed to meet again in Brazil")
      if ((p.code != "045" && !p.reciprocal) || lang != Lang::kEn || m->entries.empty()) return false;
      const ActorEntry& a = lex_.actors()[m->entries[0]];
      return !a.person && a.code.size() > 3 && a.code.compare(0, 3, a.country) == 0;
    };
    auto places_of_clause = [&]() {
      std::vector<const Mention*> places;
      if (!place_can_be_target) return places;
      // (a place the clause names, before the dateline's city: "ISLAMABAD - … strikes against
      // hideouts inside Iran")
      const Mention* dateline = nullptr;
      for (const Mention* m : before)
        if (m->dateline) dateline = dateline ? dateline : m;
        else if (!places.empty() && (m->coord_with_prev || m->prep_ambiguous)) places.push_back(m);  // 在X与Y之间
        else if (m->locative && !m->topic && !venue(m)) places = {m};
      if (places.empty())
        for (const Mention* m : after) {
          if (m->locative && !m->topic && !venue(m) && places.empty()) places.push_back(m);
          else if (!places.empty() && (m->coord_with_prev || m->prep_ambiguous)) places.push_back(m);
          else if (!places.empty()) break;
        }
      // (not for a pair acting together: "BEIJING - Saudi Arabia and Iran agreed to reopen their
      // embassies" is between the two)
      if (places.empty() && dateline && !venue(dateline) && sources.size() < 2) places.push_back(dateline);
      return places;
    };
    // ("struck what it called an Israeli spy headquarters in Erbil": the object as its doer named
    // it; the place it was in is the one struck)
    auto as_called = [&](const Mention* m) {
      if (lang != Lang::kEn || m->begin <= trig.begin) return false;
      const std::u32string_view g = std::u32string_view(norm_).substr(trig.begin, m->begin - trig.begin);
      const size_t w = g.rfind(U"what ");
      if (w == std::u32string_view::npos || g.size() - w > 60) return false;
      const std::u32string_view tail = g.substr(w);
      return tail.find(U" called ") != std::u32string_view::npos || tail.find(U" described as ") != std::u32string_view::npos ||
             tail.find(U" termed ") != std::u32string_view::npos;
    };
    // (and "struck what New Delhi described as a camp": the one who named it is no target)
    if (lang == Lang::kEn && !targets.empty() && targets[0]->begin > trig.begin &&
        WordBeforeName(targets[0]->begin) == U"what")
      for (std::u32string_view w : {U" called ", U" described as ", U" termed ", U" calls ", U" describes as "})
        if (norm_.compare(targets[0]->end, w.size(), w) == 0) {
          targets.clear();
          break;
        }
    if (!targets.empty() && as_called(targets[0])) {
      std::vector<const Mention*> places = places_of_clause();
      if (!places.empty() && CountryOfMention(*places[0]) != CountryOfMention(*targets[0]) &&
          CountryOfMention(*places[0]) != CountryOfMention(*subject)) {
        targets = places;
        target_from = "place (the object as its doer called it)";
      }
    }
    if (targets.empty()) {
      targets = places_of_clause();
      if (!targets.empty()) target_from = "place";
    }
    // "expelled two British diplomats it accused of espionage": a pronoun right after a name and
    // right before the verb opens a clause without "that" whose object is that name.
    if (lang == Lang::kEn && targets.empty())
      for (size_t i = 1; i < mentions.size() && targets.empty(); ++i) {
        const Mention& pm = mentions[i];
        const Mention& m = mentions[i - 1];
        // (a pronoun resolved to its country is a mention like a name: told by its word)
        const std::u32string_view word = std::u32string_view(norm_).substr(pm.begin, pm.end - pm.begin);
        if (word != U"it" && word != U"they" && word != U"he" && word != U"she") continue;
        if (pm.dyad || pm.clause != clause || pm.end > trig.begin || m.end + 1 != pm.begin) continue;
        const std::u32string_view gap = std::u32string_view(norm_).substr(pm.end, trig.begin - pm.end);
        if (gap != U" " && gap != U" had " && gap != U" has " && gap != U" have ") continue;
        if (m.locative || m.pronoun || m.passive_agent || CountryOfMention(m).empty() ||
            CountryOfMention(m) == subject_country)
          continue;
        targets.push_back(&m);
        target_from = "the name the clause without 'that' follows";
      }
    if (targets.empty() && noun_victim) {
      targets.push_back(noun_victim);
      target_from = "the clause's subject, struck";
    }
    // "The United States and China agreed to slash tariffs": coordinated actors of a cooperative
    // act with no other party named act toward each other, as one symmetric act.
    bool coordinated_pair = false;
    // (not mediators: "talks mediated by Qatar and Turkey" are between others)
    if (targets.empty() && !named_partner && sources.size() == 2 && !sources[0]->dyad && Root(p.code) >= 3 &&
        Root(p.code) <= 8 && p.code != "045" && CountryOfMention(*sources[0]) != CountryOfMention(*sources[1])) {
      targets.push_back(sources[1]);
      sources.pop_back();
      target_from = "coordinated partner";
      coordinated_pair = true;
    }
    // "including 34% on China, 20% on the European Union, 24% on Japan": a tariff's rates told
    // one a country, each country a target.
    if (lang == Lang::kEn && Root(p.code) == 16) {
      auto rate_on = [&](const Mention& m) {
        int b = m.begin;
        if (b >= 4 && norm_.compare(b - 4, 4, U"the ") == 0) b -= 4;
        for (std::u32string_view w : {U"% on ", U"% for ", U" percent on ", U" percent for "})
          if (b >= static_cast<int>(w.size()) && norm_.compare(b - w.size(), w.size(), w) == 0) return true;
        return false;
      };
      if (targets.empty() || std::any_of(targets.begin(), targets.end(), [&](const Mention* t) { return rate_on(*t); }))
        for (const Mention& m : mentions)
          if (m.begin > trig.end && rate_on(m) && !m.dyad &&
              std::find(targets.begin(), targets.end(), &m) == targets.end())
            targets.push_back(&m);
    }
    // A bare role noun after the trigger (法院, officials) is the target only when nothing
    // better is found below.
    const Mention* weak_target = nullptr;
    if (targets.empty())
      for (const Mention* m : after)
        if (!agent_after(m) && !m->locative && !spelled_out(m) && !in_description(m) &&
            !RoleAsModifier(*m, lang) &&
            std::find(sources.begin(), sources.end(), m) == sources.end()) {
          weak_target = m;
          break;
        }
    if (targets.empty() && !weak_target)
      for (const Mention* m : after)
        if (spelled_out(m)) {
          weak_target = m;
          break;
        }

    // Date: the trigger's own clause first (its nearest time before, else the first after:
    // "…, estranged during the Cold War, reopened their embassies in July 2015"), then the
    // nearest time before it in the sentence, else the paragraph's previous date, else
    // publication.
    // An announced start (宣布自8月1日起加征关税, "announced tariffs effective Aug. 1") dates
    // the measure, not the announcement: it yields to an earlier date of the sentence.
    auto deferred = [&](size_t i) {
      if (!IsOnsetTime(times[i], lang)) return false;
      bool announced = false, earlier = false;
      for (const Token& t : toks)
        if (t.end <= times[i].begin && clause_of[t.begin] == clause && Marks(t, lang, Marker::kSpeech)) announced = true;
      for (size_t j = 0; j < i; ++j)
        if (time_dates[j].known()) earlier = true;
      return announced && earlier;
    };
    // ("invited Yoon to attend the summit in Hiroshima in May", told in March: an intent's month
    // without a year, later in the year than publication, is ahead, not last year's)
    auto future = [&](size_t i) {
      if (AimTime(times[i], time_dates[i], lang)) return true;
      // ("threatened a 100% tariff from Nov. 1": when a threatened or promised measure would start)
      if ((Root(p.code) == 3 || Root(p.code) == 13) && IsOnsetTime(times[i], lang)) return true;
      // ("agreed to begin demarcating the border in the spring", "plans to visit in the autumn":
      // a season told after a promise or an intent is when it would be kept)
      if (VagueSeason(times[i]) && times[i].begin > trig.begin &&
          (Root(p.code) == 3 || time_contexts[i].future || times[i].which == TimeExpr::Which::kNext))
        return true;
      // ("In October the three pledged…": a month opening the act's clause is when it was told)
      return Root(p.code) == 3 && pub_.known() && !out_.publication_date_inferred && times[i].year == 0 &&
             times[i].begin > trig.begin &&
             (times[i].kind == TimeExpr::Kind::kMonth || times[i].kind == TimeExpr::Kind::kMonthDay) &&
             (times[i].month - pub_.month + 12) % 12 >= 1 && (times[i].month - pub_.month + 12) % 12 <= 6;  // (December: January is ahead)
    };
    Date date;
    std::string date_source, date_reason;
    int chosen = -1;
    // Such a time dates the first act after it and the acts joined to that one ("after police
    // stormed the embassy and arrested…"), not the main clause's next verb ("the day after the
    // letter was published and accused…").
    auto beyond_conjunction = [&](size_t i) {
      if (!EndsWithConjunction(times[i], lang)) return false;
      // ("two days after the neighbours agreed in Malaysia to halt the fighting": a verb whose
      // infinitive the trigger is tells the same act)
      auto governs_trigger = [&](const Token& t) {
        if (lang != Lang::kEn || t.end > trig.begin) return false;
        const std::u32string_view g = std::u32string_view(norm_).substr(t.end, trig.begin - t.end);
        return g.ends_with(U" to ") && std::count(g.begin(), g.end(), U' ') <= 5 &&
               g.find(U',') == std::u32string_view::npos;
      };
      auto act_between = [&](int from, int to) {
        for (const Token& t : toks)
          if (t.begin >= from && t.end <= to && HasItem(lex_, t, lang, ItemKind::kPattern) && !governs_trigger(t))
            return true;
        return false;
      };
      // (only an "and" joining verbs: "after Croatia, Albania and Kosovo signed" lists subjects)
      int verb_and = -1;
      for (int w = times[i].end; w + 5 <= trig.begin && verb_and < 0; ++w)
        if (norm_.compare(w, 5, U" and ") == 0)
          for (const Token& t : toks)
            if (t.begin == w + 5 && (t.begin == trig.begin || HasItem(lex_, t, lang, ItemKind::kPattern))) verb_and = w;
      if (verb_and < 0) return act_between(times[i].end, trig.begin);
      return !act_between(times[i].end, verb_and);
    };
    // ("pledged last month to pay off…": a time right after the trigger's verb, inside the
    // pattern's span, is the act's own)
    auto after_verb = [&](size_t i) {
      if (lang != Lang::kEn || times[i].begin <= trig.begin || times[i].end > match_end) return false;
      if (times[i].end <= trig.end) return true;  // ("agreed on Sunday to": inside the trigger's own words)
      int w = trig.begin;
      while (w < times[i].begin && IsAsciiAlnum(norm_[w])) ++w;
      while (w < times[i].begin && norm_[w] == U' ') ++w;
      return w == times[i].begin;
    };
    // ("detained since 2019 on charges he denies", "their first talks since 2019": a time after
    // "since" starts a state, and dates no act but the one it follows)
    // ("since 2023, when Peru's Congress declared …": the time of the clause it opens)
    auto since = [&](size_t i) {
      return lang == Lang::kEn && (TextBefore(times[i].begin, U"since ") || SinceGerundBefore(times[i].begin)) &&
             norm_.compare(times[i].end, 7, U", when ") != 0;
    };
    // ("broke off relations until 1992": a time after "until" ends a state; it dates no act;
    // nor does the "since" of a first ("the first leader to visit since 2017", "for the first
    // time since 2019"), which dates the time before)
    // ("accused Washington of backing a coup in 2018": a month or a year after the "of" or "for"
    // of an accusation dates the deed accused, not the accusing)
    auto accused_deed = [&](size_t i) {
      if (Root(p.code) != 11 || times[i].begin <= match_end || time_dates[i].precision == DatePrecision::kDay) return false;
      const std::u32string_view g = std::u32string_view(norm_).substr(trig.end, times[i].begin - trig.end);
      return clause_of[times[i].begin] == clause && (g.find(U" of ") != std::u32string_view::npos ||
                                                     g.find(U" for ") != std::u32string_view::npos);
    };
    auto dates_no_act = [&](size_t i) {
      if (lang != Lang::kEn) return false;
      if (TextBefore(times[i].begin, U"until ") || accused_deed(i)) return true;
      return SinceOfAFirst(times[i].begin) || (times[i].begin > trig.end && AttributiveTime(times[i], Root(p.code)));
    };
    // (a relative clause's verb — "the curbs that Tokyo imposed" — has no time before its object)
    for (size_t i = 0; i < times.size(); ++i)
      if ((times[i].end <= trig.begin || after_verb(i)) && clause_of[times[i].begin] == clause && !since(i) && !dates_no_act(i) &&
          time_dates[i].known() && !deferred(i) && !beyond_conjunction(i) && !future(i) &&
          !(object_first.any() && times[i].end <= match_begin))
        chosen = static_cast<int>(i);
    // A time after the trigger belongs to it unless another act's verb comes first: in "lifted
    // the restrictions it had imposed in 2019" the year dates the imposing.
    // ("accused Peru of seizing the island after its Congress annexed it in July": a time after
    // a conjunction in the act's own clause is the subordinate act's; not after "when": "raised
    // it with Xi when the two met in April" is at that time)
    auto conjunction_between = [&](int from, int to) {
      if (lang != Lang::kEn || to <= from) return false;
      const std::u32string_view g = std::u32string_view(norm_).substr(from, to - from);
      for (std::u32string_view c : {U" after ", U" before ", U" since ", U" because "})
        if (g.find(c) != std::u32string_view::npos) return true;
      return false;
    };
    auto verb_between = [&](int from, int to) {
      // ("called for the release of an employee who was detained in March": the relative
      // clause's verb has the time)
      if (lang == Lang::kEn && to > from) {
        const std::u32string_view g = std::u32string_view(norm_).substr(from, to - from);
        for (std::u32string_view w : {U" who was ", U" who were ", U" who has been ", U" who had been ",
                                      U" which was ", U" which were ", U" that was ", U" that were "})
          if (g.find(w) != std::u32string_view::npos) return true;
      }
      int relative = -1;  // "had": an earlier act of its own ("that killed" may be the same act)
      for (int w = from; w + 5 < to && relative < 0; ++w)
        if (norm_.compare(w, 5, U" had ") == 0) relative = w;
      // ("lifted the sanctions Moscow imposed in 2008", "resume flights suspended in 2020": the
      // time is the relative clause's; "vehicles imported from China on Oct. 29" is too far)
      if (lang == Lang::kEn)
        for (const Token& t : toks)
          if (t.begin >= from && t.end <= to &&
              (ObjectRelativeVerb(t, mentions) || (ReducedParticiple(t) && to - t.end <= 12)))
            return true;
      if (relative < 0) return false;
      for (const Token& t : toks)
        if (t.begin > relative && t.end <= to && HasItem(lex_, t, lang, ItemKind::kPattern)) return true;
      return false;
    };
    // ("Russia expelled two diplomats two days after Poland arrested a journalist on March 3":
    // the count opens another act's clause; the act's own time follows it)
    if (chosen >= 0 && lang == Lang::kEn && EndsWithConjunction(times[chosen], lang) && times[chosen].end <= trig.begin)
      for (size_t i = 0; i < times.size(); ++i)
        if (times[i].begin >= trig.end && clause_of[times[i].begin] == clause && time_dates[i].known() &&
            !EndsWithConjunction(times[i], lang) && !future(i) && !dates_no_act(i) && !since(i)) {
          if (!verb_between(match_end, times[i].begin) && !conjunction_between(match_end, times[i].begin))
            chosen = static_cast<int>(i);
          break;
        }
    // "In July, the deputy army chief accused Beijing of … in May": a time opening the sentence
    // dates its main act; a later one in the clause is the matter's.
    if (chosen < 0 && lang == Lang::kEn && !object_first.any())
      for (size_t i = 0; i < times.size() && times[i].end <= trig.begin; ++i) {
        if (times[i].begin - sent.begin > 6 || !time_dates[i].known() || deferred(i) || beyond_conjunction(i) ||
            future(i) || EndsWithConjunction(times[i], lang) || clause_of[times[i].begin] + 1 != clause)
          continue;
        bool opener = true;
        for (int c = sent.begin; c < times[i].begin; ++c) opener &= IsAsciiAlnum(norm_[c]) || norm_[c] == U' ';
        int e = times[i].end;
        while (e < trig.begin && norm_[e] == U' ') ++e;
        if (opener && e < trig.begin && norm_[e] == U',') chosen = static_cast<int>(i);
        break;
      }
    // ("endorsed the plan in July and paid a state visit in October": an act joined by "and"
    // has its own time after it; the earlier one is the first verb's)
    if (chosen >= 0 && lang == Lang::kEn && times[chosen].end <= trig.begin && TextBefore(trig.begin, U"and "))
      for (size_t i = 0; i < times.size(); ++i)
        if (times[i].begin >= match_end && clause_of[times[i].begin] == clause && time_dates[i].known() &&
            !EndsWithConjunction(times[i], lang) && !future(i) && !since(i) && !dates_no_act(i)) {
          if (!verb_between(match_end, times[i].begin) && !conjunction_between(match_end, times[i].begin) &&
              times[i].begin - match_end <= 40)
            chosen = static_cast<int>(i);
          break;
        }
    // ("previously met … last month": a vague word before the trigger yields to a time of the
    // clause after it)
    auto vague = [&](int i) {
      return times[i].kind == TimeExpr::Kind::kWord && (times[i].word->kind == TimeWord::Kind::kPrevBefore ||
                                                        times[i].word->kind == TimeWord::Kind::kPrevSame ||
                                                        (times[i].word->kind == TimeWord::Kind::kPrevYear &&
                                                         times[i].word->offset == 0) ||
                                                        times[i].word->kind == TimeWord::Kind::kPrevAfter);
    };
    if (chosen >= 0 && lang == Lang::kEn && vague(chosen))
      for (size_t i = 0; i < times.size(); ++i)
        if (times[i].begin >= trig.end && clause_of[times[i].begin] == clause && time_dates[i].known() &&
            !EndsWithConjunction(times[i], lang) && !future(i)) {
          if (!vague(static_cast<int>(i)) && !verb_between(match_end, times[i].begin) &&
              !conjunction_between(match_end, times[i].begin))
            chosen = static_cast<int>(i);
          break;
        }
    // ("two days after Ecuadorean police stormed…": a time ending in a conjunction dates the act
    // that follows it, not the one before)
    if (chosen < 0)
      for (size_t i = 0; i < times.size(); ++i)
        if (times[i].begin >= trig.end && clause_of[times[i].begin] == clause && time_dates[i].known() &&
            !EndsWithConjunction(times[i], lang) && !future(i) && !dates_no_act(i)) {
          if (lang == Lang::kEn && (verb_between(match_end, times[i].begin) ||
                                    conjunction_between(match_end, times[i].begin)))
            break;
          chosen = static_cast<int>(i);
          break;
        }
    // ("after earthquakes struck Turkey in February, when Greece sent rescue teams": a clause
    // opening with "when" or "where" is at the time that ends the clause before it)
    if (chosen < 0 && lang == Lang::kEn && clause > 0) {
      const int start = ClauseStart(trig.begin);
      const std::u32string_view head = CommaClauseHead(start, trig.begin);
      if (head.starts_with(U"when ") || head.starts_with(U"where "))
        for (size_t i = 0; i < times.size(); ++i)
          if (clause_of[times[i].begin] + 1 == clause && time_dates[i].known() && !future(i) &&
              !EndsWithConjunction(times[i], lang) && start - times[i].end <= 2)
            chosen = static_cast<int>(i);
    }
    // ("After Washington raised tariffs in April, Beijing retaliated with duties": an act right
    // after an opening "after" phrase is dated to its month, at least; a day would be a guess)
    if (chosen < 0 && lang == Lang::kEn && !object_first.any())
      for (size_t i = 0; i < times.size() && times[i].end <= trig.begin; ++i)
        if (clause_of[times[i].begin] + 1 == clause && time_dates[i].known() &&
            time_dates[i].precision != DatePrecision::kDay && !future(i) && !EndsWithConjunction(times[i], lang) &&
            ClauseStart(times[i].begin) == sent.begin && norm_.compare(sent.begin, 6, U"after ") == 0)
          chosen = static_cast<int>(i);
    // (", which has already recalled its envoys": a perfect in a relative clause tells of
    // something before the main clause's time, not at it)
    bool perfect_aside = false;
    if (lang == Lang::kEn && InRelativeClause(trig.begin))
      for (std::u32string_view aux : {U"has ", U"have ", U"had ", U"has already ", U"have already ", U"had already "})
        perfect_aside |= TextBefore(trig.begin, aux);
    if (chosen < 0)
      for (size_t i = 0; i < times.size(); ++i)
        if (times[i].end <= trig.begin && time_dates[i].known() && !deferred(i) && !beyond_conjunction(i) && !future(i) &&
            !(perfect_aside && clause_of[times[i].begin] != clause) &&
            !since(i) && !dates_no_act(i) &&
            !(lang == Lang::kEn && InRelativeClause(times[i].begin)) &&  // ", who arrived on Saturday,"
            !(lang == Lang::kEn && clause_of[times[i].begin] != clause && InAfterPhrase(times[i].begin)))
          chosen = static_cast<int>(i);
    // English puts the time at the end, after commas: "kidnapped 17 missionaries, including
    // five children, on Saturday".
    if (chosen < 0 && lang == Lang::kEn)
      for (size_t i = 0; i < times.size(); ++i)
        if (times[i].begin >= trig.end && time_dates[i].known() && !EndsWithConjunction(times[i], lang) && !future(i) && !dates_no_act(i) &&
            !InRelativeClause(times[i].begin) && (!since(i) || (clause_of[times[i].begin] == clause && !SinceGerundBefore(times[i].begin)))) {
          // (", which resumed in April 2023": the clause's own)
          // (", and days later protesters attacked…": a time opening a clause of its own is its)
          // ("thanked India for its help after an earthquake in August": the time of what came before)
          if (verb_between(match_end, times[i].begin) || OpensWithConjunction(times[i].begin) ||
              (conjunction_between(match_end, times[i].begin) && !since(i)))
            break;
          // ("…the release of Poczobut, a member of the minority sentenced in 2023": a verb in a
          // later clause has the time)
          // (a verb in the past, not a speech verb, "…, officials said on Tuesday"; not a participle
          // opening its clause, "talks …, held in Paris last month," which tells of the act itself)
          bool later_verb = false;
          for (const Token& t : toks)
            later_verb |= t.begin > match_end && t.end <= times[i].begin && clause_of[t.begin] != clause &&
                          HasItem(lex_, t, lang, ItemKind::kPattern) && !Marks(t, lang, Marker::kSpeech) &&
                          LooksLikeParticiple(t.begin) && !TextBefore(t.begin, U", ");
          if (later_verb) break;
          chosen = static_cast<int>(i);
          break;
        }
    // ("asked India to withdraw its troops a day after he was sworn in on Nov. 17": the act is
    // that many days after the day told in the clause the count opens)
    Date counted_after;
    std::string counted_reason;
    if (chosen < 0 && lang == Lang::kEn)
      for (size_t i = 0; i < times.size(); ++i) {
        if (times[i].begin < match_end || times[i].begin - match_end > 40 || !EndsWithConjunction(times[i], lang) ||
            times[i].kind != TimeExpr::Kind::kWord || times[i].word->kind != TimeWord::Kind::kPrevDay ||
            norm_.compare(times[i].end - 6, 6, U" after") != 0 || verb_between(match_end, times[i].begin))
          continue;
        for (size_t j = i + 1; j < times.size(); ++j)
          if (times[j].begin < sent.end && time_dates[j].known() && time_dates[j].precision == DatePrecision::kDay &&
              times[j].kind != TimeExpr::Kind::kWord) {
            // (the day counted from is told as past, "was sworn in on Nov. 17", in the context the
            // count itself had: the count does not set its year)
            TimeContext told = time_contexts[i];
            told.future = false;
            const Date from_day = ResolveTime(times[j], told, nullptr);
            if (!from_day.known() || from_day.precision != DatePrecision::kDay) break;
            counted_after = DayDate(FirstDay(from_day) - times[i].word->offset);
            counted_reason = "「" + Orig(times[i].begin, times[i].end) + "」 「" + Orig(times[j].begin, times[j].end) +
                             "」: counted from " + from_day.ToString();
            break;
          }
        break;
      }
    // 此前/earlier: the clause looks back, often at an event already told.
    const bool retrospective = chosen >= 0 && times[chosen].kind == TimeExpr::Kind::kWord &&
                               times[chosen].word->kind == TimeWord::Kind::kPrevBefore;
    if (chosen >= 0) {
      date = time_dates[chosen];
      date_source = "text";
      // (the lead's first day in the week before publication is the story's day)
      if (!lead_set_ && sent.paragraph == sentences_.front().paragraph && date.precision == DatePrecision::kDay &&
          pub_.known() && pub_.precision == DatePrecision::kDay) {
        const long d = DayNumber(date.year, date.month, date.day), p = DayNumber(pub_.year, pub_.month, pub_.day);
        if (d <= p && d >= p - 7) lead_date_ = date;
        lead_set_ = true;
      }
      std::string how;
      ResolveTime(times[chosen], time_contexts[chosen], &how);
      date_reason = "「" + Orig(times[chosen].begin, times[chosen].end) + "」: " + how;
    } else if (counted_after.known()) {
      date = counted_after;
      date_source = "text";
      date_reason = counted_reason;
    } else if (Date term; subject->administration && AdministrationTerm(*subject, &term, &date_reason)) {
      date = term;
      date_source = "text";
    } else if (prev_date_.known()) {
      date = prev_date_;
      date_source = "previous";
      date_reason = "date of the previous event or date in the paragraph";
    } else if (lead_date_.known()) {
      // A wire story's undated acts happen on the day its lead tells, not on the day it was
      // filed ("…agreed on Thursday. … The two leaders also signed …").
      date = lead_date_;
      date_source = "lead";
      date_reason = "no date in the sentence: the day of the story's lead";
    } else if (pub_.known()) {
      date = pub_;
      date_source = out_.publication_date_inferred ? "inferred" : "publication";
      date_reason = "no date in the text: publication date";
    }

    // Mood and modality. ("on May 7": a word of a date is no modal)
    auto in_time = [&](const Token& t) {
      for (const TimeExpr& x : times)
        if (x.begin <= t.begin && t.end <= x.end) return true;
      return false;
    };
    std::string code = p.code;
    Mood mood = Mood::kAsserted;
    std::string modality;
    const Token* refusal = nullptr;  // 不会, "will not": a declared refusal
    bool refused = false;
    int from = subject->clause == clause ? subject->end : sent.begin;
    // ("agreed to restore relations in a deal brokered by China": the main verb's intent or
    // negation does not reach into a participle or relative clause after its object)
    if (object_first.any() && object_first.object_end > from) from = object_first.object_end;
    // "said it had not received notification and demanded access": a negation before "and"
    // is the first verb's, not the one joined to it.
    const bool verb_after_and = lang == Lang::kEn && TextBefore(trig.begin, U" and ");
    // (a verb found inside a longer key — "lift" in "promised to lift" — has the key's words
    // before it as its nearest marker)
    Token inner_prefix;
    if (trig.begin > toks[tok_index].begin)
      lex_.trie().ForEachPrefix(norm_, static_cast<size_t>(toks[tok_index].begin), [&](size_t len, uint32_t value) {
        if (toks[tok_index].begin + static_cast<int>(len) == trig.begin - 1)
          inner_prefix = Token{toks[tok_index].begin, trig.begin - 1, value};
      });
    const bool has_prefix = inner_prefix.end > inner_prefix.begin;
    for (int k = has_prefix ? tok_index : tok_index - 1; k >= 0; --k) {
      const Token& t = has_prefix && k == tok_index ? inner_prefix : toks[k];
      if (t.end <= from || clause_of[t.begin] != clause) break;
      bool before_actor = false;
      for (const Mention& m : mentions)
        if (m.first_token == k + 1 && m.clause == clause) before_actor = true;
      if ((Marks(t, lang, Marker::kNeg) || Marks(t, lang, Marker::kRefusal)) && !verb_after_and) {
        mood = Mood::kNegated;
        modality = "negation 「" + Orig(t.begin, t.end) + "」";
        refusal = Marks(t, lang, Marker::kRefusal) ? &t : nullptr;
      } else if (Marks(t, lang, Marker::kThreat) && modality.empty()) modality = "threat";
      else if (Marks(t, lang, Marker::kPossible) && modality.empty() && !in_time(t)) {
        // ("may have committed crimes": a supposition about the past, not a threat)
        if (lang == Lang::kEn && norm_.compare(t.end, 6, U" have ") == 0) {
          mood = Mood::kHypothetical;
          modality = "supposed";
        } else {
          modality = "possible";
        }
      }
      // ("unveiled a plan to compensate … and travelled to Tokyo": a verb in the past after
      // "and" is an act of its own)
      else if (Marks(t, lang, Marker::kIntent) && !before_actor && modality.empty() && IntentGovernsVerb(toks, k, lang) &&
               !(lang == Lang::kEn && PastVerbAfterAnd(trig.begin)))
        modality = "intent";
    }
    // "no evidence that Ugandan troops attacked…": a negation that introduces the clause denies
    // its act, though it stands before the act's subject.
    if (lang == Lang::kEn && mood == Mood::kAsserted && subject->clause == clause && from == subject->end) {
      const Token* before_subject = nullptr;  // the clause's word right before the subject
      for (int k = tok_index - 1; k >= 0 && clause_of[toks[k].begin] == clause && !before_subject; --k)
        if (toks[k].end <= subject->begin) before_subject = &toks[k];
      if (before_subject && Marks(*before_subject, lang, Marker::kNeg) && subject->begin - before_subject->end <= 1 &&
          norm_.compare(before_subject->end - 5, 5, U" that") == 0) {
        mood = Mood::kNegated;
        modality = "negation 「" + Orig(before_subject->begin, before_subject->end) + "」";
      }
    }
    // 不会撤回, "would not retract": refusing a cooperative act is itself an act, a 12 code.
    if (refusal && mood == Mood::kNegated)
      if (const std::string rejected = lex_.frames().Combine(Frame::kReject, code); !rejected.empty()) {
        code = rejected;
        mood = Mood::kAsserted;
        refused = true;
        modality = "refusal 「" + Orig(refusal->begin, refusal->end) + "」";
      }
    // "warned that Washington would not conclude trade deals": a refusal announced as a
    // warning is a threat (13).
    if (refused)
      for (int k = tok_index - 1; k >= 0 && clause_of[toks[k].begin] == clause; --k)
        if (Marks(toks[k], lang, Marker::kThreat) && lex_.cameo().Find("130")) {
          code = "130";
          modality = "refusal announced as a warning";
          break;
        }
    if (lang == Lang::kEn && modality.empty()) {
      // "said military action against Colombia was possible"
      // (not past a later speech verb: "spoke with Nawrocki and later said it could have been a
      // mistake")
      for (size_t k = tok_index + 1; k < toks.size() && clause_of[toks[k].begin] == clause; ++k) {
        if (Marks(toks[k], lang, Marker::kSpeech)) break;
        if (Marks(toks[k], lang, Marker::kPossible) && !in_time(toks[k]) && !PossibleAsDegree(toks[k].begin))
          modality = "possible";
      }
    }
    // ("a man suspected of helping to blow up the pipelines was extradited": the suspicion
    // covers its own phrase, not the clause's verb after an auxiliary)
    auto past_suspicion = [&](int h) {
      if (lang != Lang::kEn) return false;
      const std::u32string_view rest = std::u32string_view(norm_).substr(h);
      if (!rest.starts_with(U"suspected of") && !rest.starts_with(U"on suspicion of")) return false;
      const std::u32string_view between = std::u32string_view(norm_).substr(h, trig.begin - h);
      for (std::u32string_view aux : {U" was ", U" were ", U" has been ", U" have been ", U" had been "})
        if (between.find(aux) != std::u32string_view::npos) return true;
      return false;
    };
    for (int h : hypo_positions)
      if (h < trig.begin && !(lang == Lang::kEn && LocalHypothesis(h) && clause_of[h] != clause) && !past_suspicion(h)) {
        // ("If the group breaches the agreement, we will strike": force promised on a condition
        // is a threat, told now)
        if (lang == Lang::kEn && modality == "intent" && Root(code) >= 14 && clause_of[h] != clause &&
            norm_.compare(h, 3, U"if ") == 0 && mood == Mood::kAsserted) {
          modality = "threat";
          continue;
        }
        mood = Mood::kHypothetical;
        modality = "condition";
      }
    const int pattern_root = Root(p.code);
    const bool material = (pattern_root >= 6 && pattern_root <= 9) || pattern_root >= 15;
    // "urged Iran to let inspectors back and to resume cooperation": a second act asked for.
    const int unquoted = trig.begin > 0 && norm_[trig.begin - 1] == '"' ? trig.begin - 1 : trig.begin;
    if (lang == Lang::kEn && appeal_at_ >= 0 && appeal_at_ < trig.begin && TextBefore(unquoted, U"and to ") &&
        modality.empty()) {
      mood = Mood::kHypothetical;
      modality = "asked for in an appeal or a demand";
    }
    // ('called on the parties, "especially Israel", to agree a ceasefire': the act asked for,
    // past an aside that split the clause)
    if (lang == Lang::kEn && appeal_at_ >= 0 && appeal_at_ < trig.begin && TextBefore(unquoted, U", to ") &&
        modality.empty() && !frame) {
      bool other_act = false;
      for (const Token& t : toks)
        other_act |= t.begin > appeal_at_ && t.end < trig.begin && t.begin != appeal_at_ &&
                     (HasItem(lex_, t, lang, ItemKind::kPattern) || Marks(t, lang, Marker::kSpeech));
      if (!other_act) {
        mood = Mood::kHypothetical;
        modality = "asked for in an appeal or a demand";
      }
    }
    if (quoted[clause] && material && verbal_act_at_ >= 0 && verbal_act_at_ < trig.begin && modality.empty()) {
      mood = Mood::kHypothetical;
      modality = "quoted speech";
    }
    // 美国长期把重点放在抓捕…, "has long supported": a habit or a policy, not an event.
    for (int k = tok_index - 1; k >= 0 && clause_of[toks[k].begin] == clause && mood == Mood::kAsserted; --k)
      if (Marks(toks[k], lang, Marker::kHabitual)) {
        mood = Mood::kHypothetical;
        modality = "habitual";
      }
    // ("Kabul denies the charge", "…, which Iran denies": a denial of the accusation just told
    // answers it; "Islamabad accuses the Taliban of…" in the present tense is coded as said now)
    // ("Beijing rejected the criticism": a rejection of a charge or a criticism answers it too)
    auto object_is_charge = [&]() {
      const std::u32string_view next =
          std::u32string_view(norm_).substr(trig.end, std::min(28, std::max(0, sent.end - trig.end)));
      for (std::u32string_view w : {U" the criticism", U" the allegation", U" the accusation", U" the charge",
                                    U" criticism", U" allegations", U" accusations", U" the claims"})
        if (next.starts_with(w)) return true;
      return false;
    };
    const bool charge_object = lang == Lang::kEn && (p.code == "016" || Root(p.code) == 12) && object_is_charge();
    const bool answers_charge =
        charge_object ||
        (p.code == "016" && (p.text.find("charge") != std::string::npos || p.text.find("accusation") != std::string::npos ||
                             p.text.find("allegation") != std::string::npos ||
                             std::u32string_view(norm_).substr(std::max(sent.begin, trig.begin - 32),
                                                               trig.begin - std::max(sent.begin, trig.begin - 32))
                                     .find(U"which ") != std::u32string_view::npos));
    // "the biggest reset since the UK left the bloc": an act after "since" marks a time.
    // (unless the clause dates the act itself, "since Russia invaded Ukraine in February 2022":
    // a past act told with its date)
    auto since_dated = [&] {
      return std::any_of(times.begin(), times.end(), [&](const TimeExpr& t) {
        return t.begin > subordinate_at && clause_of[t.begin] == clause && (t.year > 0 || t.month > 0);
      });
    };
    if (mood == Mood::kAsserted && lang == Lang::kEn && subordinate_at > 0 && subordinate_at >= 6 &&
        norm_.compare(subordinate_at - 5, 5, U"since") == 0 && !since_dated()) {
      mood = Mood::kHypothetical;
      modality = "a time reference (since)";
    }
    // 以防范乌克兰无人机袭击, ，以抗议…, "to deter Iran": the act is the aim of another one.
    if (mood == Mood::kAsserted && PurposeBefore(toks, tok_index, lang)) {
      mood = Mood::kHypothetical;
      modality = "purpose";
    }
    // 就空袭误炸平民一事道歉: the act is the matter another act is about.
    const bool reaction_object =
        std::any_of(reaction_objects_.begin(), reaction_objects_.end(), [&](const ReactionObject& r) {
          return r.sentence_begin == sentence_begin_ && trig.begin >= r.begin && trig.begin < r.end;
        });
    if (mood == Mood::kAsserted && (reaction_object || InsideTopic(toks, tok_index, lang))) {
      mood = Mood::kHypothetical;
      modality = "the matter of another act";
    }
    // 呼吁美国解除制裁, 指责以色列实施种族灭绝, 拒绝释放, "urged Beijing to release": the act is
    // the content of the speech act coded just before it, which takes the more specific code of
    // its family (0254, 1124, 1243); the content itself is not asserted (a refused act is negated).
    if (frame) {
      const Frame kind = CameoFrames::OfCode(frame->code);
      const std::string combined = lex_.frames().Combine(kind, p.code);
      const CameoCode* cc = lex_.cameo().Find(combined);
      if (cc && (frame->code == CameoFrames::GenericCode(kind) || MoreSpecific(combined, frame->code))) {
        // every event of that speech act (one per source and target: 俄中要求…)
        const std::string old_code = frame->code;
        const int span = frame->span_begin;
        for (Event& e : out_.events)
          if (e.sentence == sidx && e.span_begin == span && e.code == old_code) {
            e.code = cc->code;
            e.goldstein = cc->goldstein;
            e.rule += " + content " + p.where + " " + p.text;
          }
      }
      mood = kind == Frame::kReject ? Mood::kNegated : Mood::kHypothetical;
      modality = std::string("content of ") + (kind == Frame::kNone ? "a criticism" : FrameName(kind)) + " " + frame->id;
    }
    // A trigger followed by 将/可能 is a noun with a future: 此次会面将在白宫举行.
    size_t after_match = static_cast<size_t>(tok_index) + 1;
    while (after_match < toks.size() && toks[after_match].begin < match_end) ++after_match;
    if (after_match < toks.size()) {
      const Token& next = toks[after_match];
      if (next.begin == match_end && clause_of[next.begin] == clause && lang == Lang::kZh &&
          (Marks(next, lang, Marker::kIntent) || Marks(next, lang, Marker::kPossible))) {
        mood = Mood::kHypothetical;
        modality = "future";
      }
    }
    if (question) { mood = Mood::kHypothetical; modality = "question"; }
    // 美国当前的制裁, "condemned the attack": the act named as a thing, not told as an event.
    if (mood == Mood::kAsserted && !visitor && IsNominal(p, trig, tok_index, sidx, toks, lang))
      return Skip("the act is named as a thing, not told");

    const int root = Root(code);
    bool reciprocal = p.reciprocal && !refused;  // a refusal is one side's
    // "China will cut its levy…" after a paragraph of background: an intention or a threat is
    // dated when it is voiced, not by a year told before it.
    // ("Dodik has called on Washington to lift the sanctions" after a paragraph of history: the
    // present perfect tells of now, too)
    if (lang == Lang::kEn && mood == Mood::kAsserted && date_source == "previous" &&
        (modality == "intent" || modality == "threat" || PresentTenseAt(trig.begin))) {
      const Date now = lead_date_.known() ? lead_date_ : pub_;
      if (now.known() && LastDay(date) < FirstDay(now) - 31) {
        date = now;
        date_source = lead_date_.known() ? "lead" : "publication";
        date_reason = modality == "intent" || modality == "threat"
                          ? "an intention or a threat is dated when it is voiced, not by the earlier date before it"
                          : "the present perfect or progressive tells of now, not of the earlier date before it";
      }
    }
    if (mood == Mood::kAsserted && (modality == "possible" || modality == "threat" || modality == "intent")) {
      reciprocal = false;  // an intent or a threat is one side's
      // A hostile act said to be possible or threatened is a threat; a cooperative one intended
      // is an intent (data/cameo/frames.tsv).
      const std::string threat = root >= 14 ? lex_.frames().Combine(Frame::kThreat, code) : "";
      const std::string intent =
          root >= 4 && root <= 8 && modality != "threat" ? lex_.frames().Combine(Frame::kIntent, code) : "";
      if (!threat.empty()) code = threat;
      else if (!intent.empty()) code = intent;
      else if (modality == "possible" || (root >= 4 && root <= 8)) mood = Mood::kHypothetical;
    }
    if (mood != Mood::kAsserted && !opt_.all_moods) {
      if (opt_.skipped)
        skip_reason_ = std::string("not asserted: ") + MoodName(mood) + (modality.empty() ? "" : " (" + modality + ")");
      return;
    }

    Resolved src0 = Resolve(*sources[0], date);
    if (!src0.ok) return Skip("the subject is no actor known on that date");
    // (a role under a round-up's heading speaks for the heading's country: the targets below are
    // chosen knowing it, as the pairs are)
    if (src0.actor.country.empty() && label_paragraph_ == sent.paragraph && !sources[0]->role.empty() &&
        sources[0]->entries.empty() && !sources[0]->dyad && sources[0]->role != "CVL" && sources[0]->role != "OPP" &&
        sources[0]->role != "REB")
      src0.actor.country = label_country_;
    std::vector<Resolved> tgt_resolved;
    // A target taken from an event already coded (its party, named in the entry), unless that
    // country is a target already.
    auto add_event_party = [&](Actor party, const std::string& entry, const char* from) {
      for (const Resolved& t : tgt_resolved)
        if (t.actor.code == party.code) return;
      Resolved r;
      r.actor = std::move(party);
      r.actor.entry = entry;
      r.ok = true;
      tgt_resolved.push_back(std::move(r));
      target_from = from;
    };
    for (const Mention* m : targets) {
      // A pair as the object (批评韩美联合军演) names two targets; one of them may be the source
      // itself (对新中关系表示乐观).
      for (bool second : m->dyad && !sources[0]->dyad ? std::vector<bool>{false, true} : std::vector<bool>{m->dyad}) {
        Resolved r = Resolve(*m, date, second);
        // "Petro ... said he would": a pronoun back to the source is not a target
        if (!r.ok || (!sources[0]->dyad && (r.actor.code == src0.actor.code ||
                                            (m->dyad && r.actor.country == src0.actor.country))))
          continue;
        tgt_resolved.push_back(r);
      }
    }
    // An object of the source's own country ("withdrew the complaint it had filed",
    // "restricted US military assistance to Baku") makes a domestic act only when no other
    // party is found below.
    std::vector<Resolved> own_country;
    if (!sources[0]->dyad && !tgt_resolved.empty() && !src0.actor.country.empty() &&
        std::all_of(tgt_resolved.begin(), tgt_resolved.end(),
                    [&](const Resolved& r) { return r.actor.country == src0.actor.country; }))
      own_country.swap(tgt_resolved);
    // "denied that its troops were involved": a denial answers the accuser, not the source's
    // own forces in what it denies (the accuser comes from the fallbacks below).
    // ("Washington accused Tehran of arming the Houthis, which Iran denies": a denial of a
    // charge answers whoever made it)
    if (answers_charge)
      for (auto it = out_.events.rbegin(); it != out_.events.rend(); ++it) {
        // (or the paragraph before: "… accused Peru of seizing an island.\nPeru rejected the
        // accusation the next day.")
        if (sentences_[it->sentence].paragraph + 1 < sent.paragraph) break;
        if (it->mood != Mood::kAsserted || it->root != "11" || it->target.country != src0.actor.country ||
            it->source.country.empty())
          continue;
        tgt_resolved.clear();
        add_event_party(it->source, "the accuser of " + it->id, "the charge denied");
        break;
      }
    if (p.code == "016") {
      own_country.clear();
      tgt_resolved.erase(std::remove_if(tgt_resolved.begin(), tgt_resolved.end(),
                                        [](const Resolved& r) { return r.actor.country.empty() && r.actor.code.size() <= 3; }),
                         tgt_resolved.end());
    }
    // The source's own people as the object ("the release of an American journalist in
    // Russia"): the place they are in is the other side.
    if (tgt_resolved.empty() && !targets.empty() && target_from != "place" && !sources[0]->dyad)
      for (const Mention* m : places_of_clause()) {
        Resolved r = Resolve(*m, date);
        if (r.ok && r.actor.country != src0.actor.country) {
          tgt_resolved.push_back(r);
          target_from = "place";
        }
      }
    // (only the place: the other fallbacks guess from other acts and mislead more than they help)
    if (tgt_resolved.empty()) tgt_resolved.swap(own_country);
    if (tgt_resolved.empty() && unknown_target && !sources[0]->dyad)
      return Skip("the preposition's object is no actor known");
    // 对此表示欢迎 after "A and B signed a peace deal": the parties of the act just told (in this
    // sentence or the one before), else its doer; never the reacting country itself.
    if (tgt_resolved.empty() && act_anaphor && !sources[0]->dyad)
      for (auto it = out_.events.rbegin(); it != out_.events.rend(); ++it) {
        if (it->sentence < sidx - 1) break;
        if (it->mood != Mood::kAsserted || it->source.country.empty() || it->target.country.empty()) continue;
        if (it->symmetric) {
          for (const Actor& party : {it->source, it->target})
            if (party.country != src0.actor.country) add_event_party(party, "a party of " + it->id, "the act it answers");
        } else if (it->source.country != src0.actor.country) {
          add_event_party(it->source, "the doer of " + it->id, "the act it answers");
        } else {
          continue;
        }
        break;
      }
    // Fallback targets: the target of this source's previous event in the sentence (不仅指责
    // 以色列…，更采取了断交), another country named earlier in the sentence (会议在哥伦比亚
    // 召开，美国国务卿到场), then the other party of the previous event (a reaction).
    // (not when the object is a hostile act named, "…, and condemned the strikes": the act's
    // doer is the target, below)
    int object_act_root = -1;
    unsigned object_act_roots = 0;
    const int object_act_end = lang == Lang::kEn && Root(p.code) >= 11 && Root(p.code) <= 13
                                   ? ActNounEnd(match_end, toks, &object_act_root, &object_act_roots)
                                   : -1;
    const bool object_names_act = object_act_end > 0 && object_act_root >= 14;
    if (tgt_resolved.empty() && !sources[0]->dyad && !object_names_act) {
      // (only from an earlier clause: 召回驻美国大使进行磋商 is a second verb of the same act)
      for (auto it = out_.events.rbegin(); it != out_.events.rend() && it->sentence == sidx; ++it) {
        if (it->mood != Mood::kAsserted || it->source.country != src0.actor.country || it->target.country.empty() ||
            it->target.country == src0.actor.country || clause_of[it->span_begin] == clause)
          continue;
        add_event_party(it->target, "the target of " + it->id, "same source's previous event in the sentence");
        break;
      }
    }
    // The matter spoken about, when nothing else is the target: "voiced concern about Iran",
    // 就俄罗斯的侵略诉诸国际法院.
    if (tgt_resolved.empty() && !sources[0]->dyad) {
      for (const Mention& m : mentions) {
        if (!m.topic || m.clause != clause) continue;
        Resolved r = Resolve(m, date);
        if (r.ok && r.actor.code != src0.actor.code) {
          tgt_resolved.push_back(r);
          target_from = "topic";
          break;
        }
      }
    }
    if (tgt_resolved.empty() && weak_target && p.code != "016") {
      Resolved r = Resolve(*owned_office(weak_target), date);
      if (r.ok && r.actor.code != src0.actor.code) {
        tgt_resolved.push_back(r);
        target_from = "object";
      }
    }
    // 进入高度戒备状态，以应对朝鲜的挑衅: what a purpose phrase after the act aims at.
    if (tgt_resolved.empty() && !sources[0]->dyad) {
      for (size_t k = static_cast<size_t>(tok_index) + 1; k < toks.size() && tgt_resolved.empty(); ++k) {
        if (!Marks(toks[k], lang, Marker::kPurpose) || clause_of[toks[k].begin] > clause + 1) continue;
        for (const Mention& m : mentions) {
          if (m.begin < toks[k].end || clause_of[m.begin] != clause_of[toks[k].begin]) continue;
          Resolved r = Resolve(m, date);
          if (r.ok && !r.actor.country.empty() && r.actor.country != src0.actor.country) {
            tgt_resolved.push_back(r);
            target_from = "aim of the act";
            break;
          }
        }
      }
    }
    // A second verb of an act already coded in this clause (召回驻美国大使进行磋商) takes no
    // target from the context: its missing object is that act's, not the country named.
    bool second_verb = false;
    for (auto it = out_.events.rbegin(); it != out_.events.rend() && it->sentence == sidx; ++it)
      if (it->span_end <= trig.begin && clause_of[it->span_begin] == clause) {
        // (并宣布制裁, "and imposed sanctions": a conjoined verb keeps the object)
        std::u32string_view g = std::u32string_view(norm_).substr(it->span_end, trig.begin - it->span_end);
        // (an act of the same QuadClass elaborates the first: "attacked a convoy with an IED")
        const CameoCode* mine = lex_.cameo().Find(p.code);
        second_verb = g.find_first_of(U"并且及和又还") == std::u32string_view::npos &&
                      g.find(U" and ") == std::u32string_view::npos && mine && mine->quad != it->quad;
        break;
      }
    // "condemned the attack on Qatar": the one a named act was done to is not the criticism's
    // target; the act's doer is, when the story told one, else the reaction has none.
    std::string victim;
    int noun_end = -1;  // (of the act noun the victim follows)
    if (lang == Lang::kEn && Root(p.code) == 11 && !sources[0]->dyad && tgt_resolved.size() == 1 &&
        !targets.empty()) {
      noun_end = object_act_end;
      if (object_names_act && targets[0]->begin > noun_end && targets[0]->begin <= noun_end + 14)
        for (std::u32string_view prep : {U" on ", U" against "})
          if (norm_.compare(noun_end, prep.size(), prep) == 0) victim = tgt_resolved[0].actor.country;
      if (!victim.empty()) tgt_resolved.clear();
    }
    // "Iran condemned the strikes", "Brazil denounced the operation": a reaction to an act
    // named as its object is aimed at whoever did that act.
    // ("Both leaders condemned the launch": each of a pair reacts to the act of a third)
    const std::string pair_b = tgt_resolved.empty() && sources[0]->dyad && lang == Lang::kEn
                                   ? Resolve(*sources[0], date, true).actor.country
                                   : std::string();
    const Event* act = nullptr;
    if (tgt_resolved.empty() && (!sources[0]->dyad || !pair_b.empty()) && lang == Lang::kEn && Root(p.code) >= 1 &&
        Root(p.code) <= 13) {
      const NamedActQuery reacted{.not_country = src0.actor.country, .victim = victim, .doer = "", .when = date};
      act = NamedActBefore(match_end, toks, reacted);
      // ("called the attack 'state terrorism'": the act named inside the act's own words, right
      // after its verb; an act's own word only, as "called the decision regrettable" may be
      // about any decision)
      const int verb_end = trig.begin + static_cast<int>(FirstWordAt(trig.begin).size());
      int inner_root = -1;
      unsigned inner_roots = 0;
      if (!act && verb_end + 1 < match_end && ActNounEnd(verb_end, toks, &inner_root, &inner_roots) > 0 &&
          inner_root >= 0)
        act = NamedActBefore(verb_end, toks, reacted);
    }
    // (a label in quotes for an act the story did not tell, or told as the reactor's own, says
    // nothing of whom it judges)
    if (!act && tgt_resolved.empty() && p.segments.size() > 1 && IsQuoteSegment(p.segments.back())) {
      int named_root = -1;
      unsigned named_roots = 0;
      bool own_force = false;  // ("called the action "necessary"" after its own strikes)
      int seen = 0;
      for (auto it = out_.events.rbegin(); it != out_.events.rend() && seen < 12; ++it, ++seen)
        own_force |= it->mood == Mood::kAsserted && it->source.country == src0.actor.country && Root(it->code) >= 14;
      if (own_force || (ActNounEnd(trig.end, toks, &named_root, &named_roots) > 0 && named_root >= 14))
        return Skip("a quoted label for an act the story did not tell");
    }
    // ("Guterres condemned the attack …, and Egypt and Turkey also denounced it": "it" is the act
    // the reaction before named)
    if (!act && tgt_resolved.empty() && lang == Lang::kEn && (Root(p.code) == 11 || Root(p.code) == 12) &&
        WordAfter(trig.end) == U"it") {
      int seen = 0;
      for (auto it = out_.events.rbegin(); it != out_.events.rend() && seen < 8; ++it, ++seen)
        if ((Root(it->code) == 11 || Root(it->code) == 12) && it->sentence >= sidx - 1 &&
            it->target.entry.find(kActNamed) != std::string::npos &&
            it->target.country != src0.actor.country) {
          add_event_party(it->target, "the act " + it->id + " named", "what the reaction before named");
          break;
        }
    }
    if (act)
      // (every doer of that act: "the United States and Britain struck…")
      for (const Event& e : out_.events)
        if (e.sentence == act->sentence && e.span_begin == act->span_begin && e.code == act->code &&
            e.source.country != src0.actor.country && (pair_b.empty() || e.source.country != pair_b))
          add_event_party(e.source, "the doer of " + e.id + std::string(kActNamed), "the act named as the object");
    if (!victim.empty() && tgt_resolved.empty()) {
      // (the act noun is still only what the reaction is about, not an act of the reactor's)
      reaction_objects_.push_back({sentence_begin_, match_end, noun_end});
      return Skip("the act is only what a reaction is about");
    }
    // (an act in a subordinate clause — "after North Korea launched a missile" — does not take
    // the main clause's actors as its target)
    // (nor, for an assault, a country named before its doer: "Islamabad said Afghan nationals were
    // behind a wave of suicide bombings" names no victim; "militants hit a Turkish convoy with a
    // car bomb" does)
    const bool unnamed_victims = lang == Lang::kEn && Root(p.code) == 18 && subject;
    if (tgt_resolved.empty() && !sources[0]->dyad && !second_verb && subordinate_at < 0) {
      for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
        if (it->clause > clause || it->dyad || it->end > trig.begin || PostedAt(*it, subject, lang)) continue;
        if (unnamed_victims && it->begin < subject->end) continue;
        if (std::find(sources.begin(), sources.end(), &*it) != sources.end()) continue;
        Resolved r = Resolve(*it, date);
        if (r.ok && !r.actor.country.empty() && r.actor.country != src0.actor.country) {
          tgt_resolved.push_back(r);
          target_from = "earlier in the sentence";
          break;
        }
      }
    }
    // "Japan also expressed concern", 日本也表示关切: the same act as one just told, aimed at
    // its target: the latest act of the same QuadClass in the paragraph, else the latest act.
    if (tgt_resolved.empty() && last_event_ >= 0 && !sources[0]->dyad && !second_verb) {
      bool also = false;
      for (int k = tok_index - 1; k >= 0 && clause_of[toks[k].begin] == clause && !also; --k)
        also = Marks(toks[k], lang, Marker::kAlso);
      // ("issued similar condemnations": the word inside the act's own words)
      for (size_t k = tok_index + 1; k < toks.size() && toks[k].begin < match_end && !also; ++k)
        also = Marks(toks[k], lang, Marker::kAlso);
      const CameoCode* mine = lex_.cameo().Find(p.code);
      // ("The US criticised China's drills. Japan expressed concern": a criticism right after
      // another one by someone else joins it, "also" or not)
      if (!also && lang == Lang::kEn && mine && mine->quad == 3 && Root(p.code) == 11) {
        const Event& le = out_.events[last_event_];
        also = le.root == "11" && le.mood == Mood::kAsserted && le.sentence + 1 == sidx &&
               sentences_[le.sentence].paragraph == sent.paragraph;
      }
      int like = last_event_;
      for (int e = last_event_; also && mine && e >= 0; --e) {
        if (sentences_[out_.events[e].sentence].paragraph != sent.paragraph) break;
        if (out_.events[e].quad == mine->quad && out_.events[e].mood == Mood::kAsserted) { like = e; break; }
      }
      const Event& pe = out_.events[like];
      // ("Pakistan bombed hideouts in Afghanistan. China and Iran issued similar condemnations":
      // a criticism after a use of force, with none of its own kind before it, is of the doer)
      // (not when that doer is one of this act's own subjects: "Mali, Niger and Burkina Faso
      // recalled their envoys from Algiers. The three countries also condemned …" — at Algeria)
      bool doer_among_subjects = false;
      if (sources.size() >= 2)
        for (const Mention* m : sources) doer_among_subjects |= CountryOfMention(*m) == pe.source.country;
      const bool of_doer = mine && like == last_event_ && pe.quad != mine->quad && pe.quad == 4 && mine->quad == 3 &&
                           !doer_among_subjects;
      if (also && of_doer && pe.mood == Mood::kAsserted && !pe.source.country.empty() &&
          pe.source.country != src0.actor.country && pe.target.country != src0.actor.country) {
        add_event_party(pe.source, "the doer of " + pe.id + " (also)", "the act just told");
      } else if (also && pe.mood == Mood::kAsserted && !pe.target.country.empty() &&
                 pe.target.country != src0.actor.country &&
                 (pe.source.country != src0.actor.country || doer_among_subjects)) {
        add_event_party(pe.target, "the target of " + pe.id + " (also)", "the act just told");
      }
    }
    // "…swapped prisoners after U.S.-brokered talks": a mediator acts toward both parties of the
    // act just told (when it is not one of them).
    // (and "China urged restraint" after a clash between two others: an appeal to both sides,
    // to de-escalate, talk, settle or accept mediation)
    const bool to_both_sides = p.code == "045" || p.code == "0256" || p.code == "0255" || p.code == "026" ||
                               p.code == "027" || p.code == "028";
    // ("Saudi Arabia, which has close ties to both governments, urged them to show restraint": the
    // pair the sentence names)
    if (tgt_resolved.empty() && to_both_sides && lang == Lang::kEn && !sources[0]->dyad)
      for (const Mention& m : mentions)
        if (m.dyad && !m.pronoun && m.begin < trig.begin && m.clause != clause_of[trig.begin])
          for (bool second : {false, true}) {
            Resolved r = Resolve(m, date, second);
            if (r.ok && !r.actor.country.empty() && r.actor.country != src0.actor.country)
              add_event_party(r.actor, r.actor.entry, "the pair the sentence names");
          }
    if (tgt_resolved.empty() && last_event_ >= 0 && !sources[0]->dyad && to_both_sides) {
      const Event& pe = out_.events[last_event_];
      // ("Brazil urged both sides to avoid unilateral measures. Saudi Arabia urged them to show
      // restraint": after another appeal to a pair, the pair it was made to)
      std::vector<const Event*> appealed;
      if (pe.root == "02")
        for (const Event& o : out_.events)
          if (o.sentence == pe.sentence && o.span_begin == pe.span_begin && o.source.country == pe.source.country &&
              !o.target.country.empty() && o.target.country != src0.actor.country)
            appealed.push_back(&o);
      if (appealed.size() >= 2 && pe.mood == Mood::kAsserted && sentences_[pe.sentence].paragraph == sent.paragraph) {
        for (const Event* o : appealed)
          add_event_party(o->target, "a party appealed to in " + o->id, "the parties of the appeal just told");
      } else if (pe.mood == Mood::kAsserted && sentences_[pe.sentence].paragraph == sent.paragraph &&
          !pe.source.country.empty() && !pe.target.country.empty() && pe.source.country != pe.target.country &&
          pe.source.country != src0.actor.country && pe.target.country != src0.actor.country)
        for (const Actor& party : {pe.source, pe.target})
          add_event_party(party, "a party of " + pe.id, "the parties of the act just told");
    }
    // (else the sentence's subject and its partners: "Kenya and Somalia reopened the border
    // after talks mediated by Ethiopia")
    if (tgt_resolved.empty() && !sources[0]->dyad && p.code == "045") {
      for (size_t i = 0; i < mentions.size() && tgt_resolved.empty(); ++i) {
        const Mention& m = mentions[i];
        if (m.prep_object || m.locative || m.passive_agent || m.dyad || m.pronoun || m.end > trig.begin) continue;
        for (size_t j = i; j < mentions.size() && (j == i || mentions[j].coord_with_prev); ++j) {
          Resolved r = Resolve(mentions[j], date);
          if (!r.ok || r.actor.country.empty() || r.actor.country == src0.actor.country) continue;
          r.actor.entry += " [the sentence's subject, mediated]";
          tgt_resolved.push_back(r);
          target_from = "the sentence's subject";
        }
        break;
      }
    }
    // Both sides from outside the sentence is a guess, unless the sentence carries the
    // narrative on (次日，又宣布制裁).
    const bool subject_outside = subject == &topic_;
    if (tgt_resolved.empty() && last_event_ >= 0 && !sources[0]->dyad && !second_verb &&
        (!subject_outside || ContinuesNarrative(times))) {
      const Event& last = out_.events[last_event_];
      // (the act told with it, too: "the United States and Britain struck…; the Houthis vowed
      // to retaliate" answers both)
      for (const Event& pe : out_.events) {
        if (pe.sentence != last.sentence || pe.span_begin != last.span_begin || pe.code != last.code) continue;
        if (pe.target.country == src0.actor.country && pe.source.country != src0.actor.country)
          add_event_party(pe.source, "the other party of " + pe.id, "previous event");
        else if (pe.source.country == src0.actor.country && pe.target.country != src0.actor.country)
          add_event_party(pe.target, "the other party of " + pe.id, "previous event");
      }
    }

    // 高市早苗发表涉台言论。中方随即提出严正交涉: a reaction to the actor the text was about.
    if (tgt_resolved.empty() && !sources[0]->dyad && !second_verb && !subject_outside && has_topic_ &&
        topic_paragraph_ == sent.paragraph && !unknown_target) {
      Resolved r = Resolve(topic_, date);
      if (r.ok && !r.actor.country.empty() && r.actor.country != src0.actor.country) {
        r.actor.entry += " [subject of the sentence before]";
        tgt_resolved.push_back(r);
        target_from = "subject of the sentence before";
      }
    }

    // Pairs to emit.
    std::vector<std::pair<Actor, Actor>> pairs;
    bool pair_acts_as_one = false;
    if (sources[0]->dyad) {
      Resolved a = Resolve(*sources[0], date, false), b = Resolve(*sources[0], date, true);
      a.actor.entry += " [" + subject_from + "]";
      b.actor.entry += " [" + subject_from + "]";
      // 美哥相互召回, 两国召回大使: each did it, two events; 中美签署协议: one act of the pair,
      // told once and marked symmetric.
      std::vector<Actor> others;  // 中美两国批评日本: both act on a third
      for (const Resolved& rt : tgt_resolved)
        // (a bare role named in the object — "military assistance" — is no third party)
        if (rt.actor.country != a.actor.country && rt.actor.country != b.actor.country &&
            !(rt.actor.country.empty() && rt.actor.code.size() <= 3))
          others.push_back(rt.actor);
      if (a.ok && b.ok && !others.empty()) {
        for (Actor& t : others) t.entry += " [" + target_from + "]";
        for (const Actor& t : others) {
          pairs.push_back({a.actor, t});
          pairs.push_back({b.actor, t});
        }
      } else if (a.ok && b.ok) {
        // ("the two countries recalled their ambassadors": each recalled its own, an act from
        // each side; what a pair does together — talks, a deal, a war — is one)
        const bool each_side = !p.reciprocal && Root(p.code) >= 10 && Root(p.code) <= 17;
        pairs.push_back({a.actor, b.actor});
        if (mutual || each_side) pairs.push_back({b.actor, a.actor});
        else pair_acts_as_one = true;
      }
    } else {
      for (Resolved& rt : tgt_resolved) rt.actor.entry += " [" + target_from + "]";
      for (const Mention* s : sources) {
        Resolved rs = Resolve(*s, date);
        if (!rs.ok) continue;
        // "Spokesman Lin Jian urged…" after a sentence about China's foreign ministry: a role
        // named without a country speaks for the country the paragraph is about.
        // (officials and forces speak for a country; protesters and civilians do not)
        if (rs.actor.country.empty() && s->entries.empty() && !s->dyad && !s->role.empty() && s->role != "CVL" &&
            s->role != "OPP" && s->role != "REB" && subordinate_at < 0) {
          // (the sentence's own subject first: "Petro ordered tariffs, but his government agreed")
          const Mention* owner = nullptr;
          for (const Mention& o : mentions)
            if (o.end <= s->begin && !o.prep_object && !o.locative && !o.passive_agent && !o.dyad &&
                !CountryOfMention(o).empty()) {
              owner = &o;
              break;
            }
          std::string c = owner ? CountryOfMention(*owner) : "";
          // (the paragraph's topic, or the country its official topic speaks for: "China's coast
          // guard gave its account. Spokesman Liu said… He urged Manila…")
          if (!owner && has_topic_ && topic_paragraph_ == sent.paragraph) {
            if (&topic_ != s) c = CountryOfMention(topic_);
            if (c.empty()) c = topic_country_;
            if (!c.empty()) owner = &topic_;
          }
          // (not a plural with no article: "European leaders", "officials in the Baltic states",
          // "Governments around the world")
          const bool generic_plural = norm_[s->end - 1] == 's' && WordBefore(s->begin) != U"the" &&
                                      WordBefore(s->begin) != U"its" && WordBefore(s->begin) != U"their";
          // (新华社北京3月2日电 外交部发言人…: else the country the story was filed from)
          if (c.empty() && !generic_plural)
            for (const Mention& o : mentions)
              if (o.dateline && !CountryOfMention(o).empty()) {
                owner = &o;
                c = CountryOfMention(o);
                break;
              }
          // ("NIAMEY, Aug 7 - … The junta has also revoked…": an English story's officials with no
          // country of their own, and no topic, are of the country it was filed from)
          bool from_dateline = false;
          if (c.empty() && lang == Lang::kEn && dateline_country_.size() == 3 && !owner && !generic_plural) {
            c = dateline_country_;
            from_dateline = true;
          }
          const std::string owner_text = from_dateline ? "the story's dateline (" + c + ")"
                                         : !owner ? "" : CountryOfMention(*owner).empty()
                                                           ? "the paragraph's topic (" + c + ")"
                                                           : Orig(owner->begin, owner->end);
          bool target_side = false;
          for (const Resolved& rt : tgt_resolved) target_side |= rt.actor.country == c;
          if (!c.empty() && !target_side) {
            rs.actor.country = c;
            rs.actor.code = c + rs.actor.code;
            rs.actor.entry += " + the country of " + owner_text;
          }
        }
        // ("protesters marched on the French embassy in Niamey": people gathered somewhere are
        // of the country they gather in; so are civilians who attack there, a violent protest)
        if (lang == Lang::kEn && rs.actor.country.empty() && s->entries.empty() && !s->dyad && s->role == "CVL" &&
            (Root(p.code) == 14 || Root(p.code) == 18 || Root(p.code) == 19))
          for (const Mention& o : mentions)
            if (o.locative && !o.topic && !o.entries.empty() && o.clause == clause) {
              const std::string c = CountryOfMention(o);
              bool target_side = false;
              for (const Resolved& rt : tgt_resolved) target_side |= rt.actor.country == c;
              if (c.empty() || target_side) continue;
              rs.actor.country = c;
              rs.actor.code = c + rs.actor.code;
              rs.actor.entry += " + the country of " + Orig(o.begin, o.end) + " (where they gathered)";
              break;
            }
        rs.actor.entry += " [" + subject_from + "]";
        for (const Resolved& rt : tgt_resolved) {
          pairs.push_back({rs.actor, rt.actor});
          if (mutual) pairs.push_back({rt.actor, rs.actor});
        }
      }
    }
    // "…, drawing a protest from Rabat", "prompted condemnation from Tokyo": the reaction is the
    // actor after "from"'s, aimed at whoever drew it ("came under fire from Azerbaijani troops"
    // too).
    // ("restored relations following mediation by Qatar", "held talks under Qatari mediation": a
    // mediation named as a noun is the one named with it, toward the clause's actors.)
    const char* doer_named_after = nullptr;
    if (lang == Lang::kEn && p.text.size() > 5 && p.text.compare(p.text.size() - 5, 5, " from") == 0)
      for (std::string_view v : {"prompt ", "draw ", "spark ", "trigger ", "provoke ", "elicit ", "earn ", "come under "})
        if (p.text.compare(0, v.size(), v) == 0) doer_named_after = " [the reaction's author, after 'from']";
    if (lang == Lang::kEn && (p.text == "mediation by" || p.text == "under * mediation"))
      doer_named_after = " [the mediator named with the noun]";
    if (doer_named_after)
      for (auto& pr : pairs) {
        std::swap(pr.first, pr.second);
        pr.first.entry += doer_named_after;
      }
    // 美墨举行对话，同意共享情报: an agreement going on from a pair's joint act is the pair's.
    if (!pair_acts_as_one && !mutual && pairs.size() == 1 && subject_from == "subject of an earlier clause" &&
        IsAgreementWord(trig))
      for (auto it = out_.events.rbegin(); it != out_.events.rend() && it->sentence == sidx; ++it)
        if (it->symmetric && ((it->source.country == pairs[0].first.country && it->target.country == pairs[0].second.country) ||
                              (it->source.country == pairs[0].second.country && it->target.country == pairs[0].first.country))) {
          pair_acts_as_one = true;
          break;
        }
    const CameoCode* cc = lex_.cameo().Find(code);
    if (!cc) return Skip("unknown CAMEO code");
    // (an English assault with knives or sticks: the sentence names the weapons; see below)
    bool melee_weapons = false;
    if (lang == Lang::kEn && cc->code == "180") {
      const std::u32string_view sentence_text = std::u32string_view(norm_).substr(sent.begin, sent.end - sent.begin);
      for (std::u32string_view w : {U"knife", U"knives", U" axe", U"hatchet", U"machete", U"baton", U"stick",
                                    U"pipes", U"fists", U"bare hands"})
        melee_weapons |= sentence_text.find(w) != std::u32string_view::npos;
    }
    if (pairs.empty()) Skip(tgt_resolved.empty() ? "no target found" : "no pair of actors to code");
    for (auto& [s, t] : pairs) {
      if (s.code == t.code) {
        Skip("the same actor on both sides");
        continue;
      }
      // ("Peru's Congress annexed it": an "it" that would make a country act on itself is the
      // thing named before, not the country)
      if (lang == Lang::kEn && s.country == t.country && t.text == "it") {
        Skip("'it' would make a country act on itself");
        continue;
      }
      if (s.country.empty() && t.country.empty()) {
        Skip("neither side has a country");
        continue;
      }
      // A bare role ("GOV", "MIL") whose country the text never tells is not a dyadic event:
      // kept only when every event is asked for.
      auto unattributed = [](const Actor& a) { return a.country.empty() && a.code.size() <= 3; };
      if ((unattributed(s) || unattributed(t)) && !opt_.all_moods) {
        Skip("a side is a bare role whose country the text does not tell");
        continue;
      }
      // "Protesters in Kinshasa attacked the embassies of Rwanda and France": an assault or a
      // fight by civilians is a violent protest (145).
      const CameoCode* riot = lang == Lang::kEn && (cc->root == "18" || cc->root == "19") && s.code.size() == 6 &&
                                      s.code.compare(3, 3, "CVL") == 0
                                  ? lex_.cameo().Find("145")
                                  : nullptr;
      // "Taliban forces attacked Pakistani posts", "Israel raided…": an assault by a state's
      // armed forces or government is the use of conventional military force (190).
      // (not an assault on civilians, nor one with knives or sticks: "coast guard personnel
      // wielding knives and axes attacked Filipino sailors" is an assault)
      const bool melee = melee_weapons || (t.code.size() == 6 && t.code.compare(3, 3, "CVL") == 0);
      const bool state_force = cc->code == "180" && !riot && !melee && lang == Lang::kEn &&
                               (s.code.size() == 3 || (s.code.size() == 6 && (s.code.compare(3, 3, "MIL") == 0 ||
                                                                              s.code.compare(3, 3, "GOV") == 0)));
      // ("police stormed the embassy": a state's forces storming a building seize it, 171)
      const bool state_storm = cc->code == "145" && lang == Lang::kEn && s.code.size() == 6 &&
                               (s.code.compare(3, 3, "COP") == 0 || s.code.compare(3, 3, "MIL") == 0 ||
                                s.code.compare(3, 3, "GOV") == 0 || s.code.compare(3, 3, "SPY") == 0);
      const CameoCode* military = state_force ? lex_.cameo().Find("190") : state_storm ? lex_.cameo().Find("171") : nullptr;
      const CameoCode& ec = riot ? *riot : military ? *military : *cc;
      Event e;
      e.doc = doc_.id;
      e.date = date;
      e.date_source = date_source;
      e.date_reason = date_reason + (modality.empty() ? "" : "; modality: " + modality);
      // A day the text does not tell (the story's lead, the publication) is no day of the act's
      // own: the event keeps its month.
      if (!opt_.assume_day &&
          (date_source == "lead" || date_source == "publication" || date_source == "inferred" ||
           (perfect_aside && date_source == "previous")) &&
          date.precision == DatePrecision::kDay) {
        e.date = MonthDate(date.year, date.month);
        e.date_reason += "; the act's own day is not told: month precision";
      }
      e.source = s;
      e.target = t;
      e.code = ec.code;
      e.root = ec.root;
      e.quad = ec.quad;
      e.goldstein = ec.goldstein;
      e.mood = mood;
      e.symmetric = (reciprocal || pair_acts_as_one || coordinated_pair) && !mutual;
      e.sentence = sidx;
      e.span_begin = match_begin;
      e.span_end = match_end;
      e.evidence = Orig(sent.begin, sent.end);
      e.rule = p.where + " " + p.text + (riot ? " + done by civilians: a violent protest" : "");
      e.trigger = Orig(match_begin, match_end);
      if (MergeRestatement(e, retrospective, subject_from == "subject of an earlier clause")) {
        Skip("a restatement of an event already coded");
        continue;
      }
      if (const int r = Root(e.code); (r == 2 || (r >= 10 && r <= 13)) && (verbal_act_at_ < 0 || verbal_act_at_ > trig.begin))
        verbal_act_at_ = trig.begin;
      if (const int r = Root(e.code); (r == 2 || r == 10) && (appeal_at_ < 0 || appeal_at_ > trig.begin)) appeal_at_ = trig.begin;
      AppendEvent(std::move(e));
      // Only a date the text gave carries over to 次日 / "the next day" in later sentences.
      // (nor a date counted back from a later act: "came a week after Russia expelled…"; one
      // opening the sentence dates its main act: "Four days after the coup, …")
      if (date.known() && (date_source == "text" || date_source == "previous") &&
          !(lang == Lang::kEn && (InBackgroundClause(trig.begin) || InRelativeClause(trig.begin))) &&
          !(chosen >= 0 && EndsWithConjunction(times[chosen], lang) && times[chosen].begin - sent.begin > 6) &&
          !(chosen >= 0 && times[chosen].attributive))  // ("the 1985 bombing" is no time of the narrative)
        *sentence_last = date;
    }
    // "held talks mediated by Angola", "Qatar-brokered negotiations": the mediator's act tells of
    // negotiations between the two parties too (046).
    // (the mediation may have been merged into the act told just before: "held talks mediated")
    // (this sentence's events are the last ones: walk back over them only)
    std::vector<size_t> mediations;
    for (size_t k = out_.events.size(); lang == Lang::kEn && k-- > 0 && out_.events[k].sentence == sidx;)
      if (out_.events[k].code == "045" && out_.events[k].mood == Mood::kAsserted &&
          out_.events[k].span_begin < match_end && match_begin < out_.events[k].span_end)
        mediations.push_back(k);
    std::reverse(mediations.begin(), mediations.end());
    // (not a host told of in passing: "Oman, which has hosted five rounds of talks between…")
    if (!mediations.empty() && !InRelativeClause(out_.events[mediations.front()].span_begin)) {
      const Event& first = out_.events[mediations.front()];
      const std::u32string_view told = std::u32string_view(norm_).substr(first.span_begin, first.span_end - first.span_begin);
      const CameoCode* talks = lex_.cameo().Find("046");
      std::vector<Actor> parties;
      for (size_t k : mediations) {
        const Actor& t = out_.events[k].target;
        if (t.country.empty() || t.country == out_.events[k].source.country) continue;
        if (std::none_of(parties.begin(), parties.end(), [&](const Actor& a) { return a.country == t.country; }))
          parties.push_back(t);
      }
      if (talks && parties.size() == 2 &&
          (told.find(U"talk") != std::u32string_view::npos || told.find(U"negotiat") != std::u32string_view::npos)) {
        Event e = first;
        e.source = parties[0];
        e.target = parties[1];
        e.code = talks->code;
        e.root = talks->root;
        e.quad = talks->quad;
        e.goldstein = talks->goldstein;
        e.symmetric = true;
        e.rule += " + the talks mediated are the parties' own";
        if (!MergeRestatement(e, retrospective, false)) {
          AppendEvent(std::move(e));
        }
      }
    }
  }

  // "Trudeau said India had made a fundamental error", "Tokyo said the Chinese duties were
  // unjustified": words reported by a speaker that judge a country named before the judging words
  // (data/grammar: DISAPPROVAL) are the speaker criticising that country (111), or accusing it
  // ("said Indian agents were behind the killing", ACCUSATION: 112), when no act of
  // the sentence already joins the two. The country must be the evaluated clause's own, not an
  // object of a preposition ("the attack on Ukraine was illegal" judges the attacker), and the
  // judgement must not be negated ("did not violate").
  // `speech_verb` is the sentence's first speech verb.
  void AddReportedCriticism(const Token& speech_verb, const std::vector<Token>& toks,
                            const std::vector<Mention>& mentions, const std::vector<int>& clause_of,
                            const std::vector<bool>& quoted, const std::vector<TimeExpr>& times,
                            const std::vector<Date>& time_dates, int sidx) {
    const Sentence& sent = sentences_[sidx];
    auto usable = [&](const Mention& m) {
      return !m.locative && !m.prep_object && !m.passive_agent && !m.topic && !m.host && !m.dateline &&
             (!m.entries.empty() || m.dyad);
    };
    // The speaker: the first name of the speech verb's clause before it, else ('"…," Vucic told
    // reporters') the name right after it when the words reported come first.
    const Mention* speaker = nullptr;
    bool content_after = true;
    for (const Mention& m : mentions)
      if (m.end <= speech_verb.begin && clause_of[m.begin] == clause_of[speech_verb.begin] && usable(m) && !m.dyad &&
          !quoted[m.clause]) {
        speaker = &m;
        break;
      }
    if (!speaker && speech_verb.begin > sent.begin && norm_[sent.begin] == '"')
      for (const Mention& m : mentions)
        if (m.begin > speech_verb.end && m.begin - speech_verb.end <= 2 && usable(m) && !m.dyad) {
          speaker = &m;
          content_after = false;
          break;
        }
    if (!speaker) return;
    // ('"…," Marcos said.': the words reported open the sentence, before their speaker)
    int quote_end = -1;
    if (norm_[sent.begin] == '"')
      for (int k = sent.begin + 1; k < speaker->begin && quote_end < 0; ++k)
        if (norm_[k] == '"') quote_end = k;
    if (quote_end > 0) content_after = false;
    const int from = content_after ? speech_verb.end : sent.begin;
    const int to = content_after ? sent.end : (quote_end > 0 ? quote_end : speech_verb.begin);
    // The judging words, not negated, and no condition before them.
    // (a menace may hang on a condition: "if Israel strikes again, it will pay a heavy price")
    const Token* cue = nullptr;
    bool supposed = false;
    for (const Token& t : toks) {
      if (t.begin < from || t.end > to) continue;
      if (Marks(t, Lang::kEn, Marker::kQuestion)) return;
      if (Marks(t, Lang::kEn, Marker::kHypo)) supposed = true;
      if (!Marks(t, Lang::kEn, Marker::kDisapproval) && !Marks(t, Lang::kEn, Marker::kAccusation) &&
          !Marks(t, Lang::kEn, Marker::kMenace))
        continue;
      if (supposed && !Marks(t, Lang::kEn, Marker::kMenace)) return;
      bool negated = false;
      for (const Token& n : toks)
        negated |= n.end <= t.begin && n.begin >= from && t.begin - n.end <= 24 && Marks(n, Lang::kEn, Marker::kNeg);
      if (negated) continue;
      cue = &t;
      break;
    }
    // ("Iran warned that if Israel struck again, its response would be severe", "Putin warned
    // that Moscow could arm America's adversaries": a warning of what will or could be done is a
    // threat, from its first word of the future or of the possible)
    bool warning = false;
    if (!cue && content_after && FirstWordAt(speech_verb.begin).starts_with(U"warn"))
      for (const Token& t : toks) {
        if (t.begin < from || t.end > to) continue;
        const std::u32string_view w = std::u32string_view(norm_).substr(t.begin, t.end - t.begin);
        if ((Marks(t, Lang::kEn, Marker::kIntent) && (w == U"will" || w == U"would")) ||
            (Marks(t, Lang::kEn, Marker::kPossible) && (w == U"could" || w == U"may" || w == U"might"))) {
          cue = &t;
          warning = true;
          break;
        }
      }
    if (!cue) return;
    GrammarDate when = TellingDate("words reported: when they were said");
    // (a time of the speech verb's clause dates the saying: "said on Tuesday that…"; for a
    // warning, also one before its speaker or opening the sentence: "In March, Trump warned…")
    for (size_t i = 0; i < times.size(); ++i)
      if (time_dates[i].known() &&
          (clause_of[times[i].begin] == clause_of[speech_verb.begin] ||
           (warning && times[i].begin - sent.begin <= 6 && times[i].end <= speech_verb.begin)) &&
          (content_after ? (times[i].begin >= speaker->end || (warning && times[i].end <= speech_verb.begin)) &&
                               times[i].begin < cue->begin
                         : times[i].begin > speech_verb.end)) {
        when = TextDate(times[i], time_dates[i]);
        break;
      }
    const Date& date = when.date;
    Resolved src = Resolve(*speaker, date);
    if (!src.ok || src.actor.country.empty()) return;
    std::vector<Resolved> targets;
    const Mention* judged = nullptr;  // the first name judged, then the names joined to it
    for (const Mention& m : mentions) {
      if (m.begin < from || m.end > cue->begin || !usable(m) || &m == speaker) continue;
      if (judged && !(m.coord_with_prev && m.clause == judged->clause)) break;
      // ("the strikes on Syria were illegal": the one acted on is not the one judged)
      const std::u32string_view prep = WordBeforeName(m.begin);
      if (prep == U"on" || prep == U"against" || prep == U"at" || prep == U"in" || prep == U"into" ||
          prep == U"to" || prep == U"toward" || prep == U"towards" || prep == U"over" || prep == U"with")
        continue;
      // ("the bombing of Venezuelan territory was unacceptable": after an act noun and "of")
      if (prep == U"of") {
        const int of_at = static_cast<int>(prep.data() - norm_.data());
        bool act_noun = false;
        for (const Token& t : toks)
          act_noun |= t.end + 1 == of_at && HasItem(lex_, t, Lang::kEn, ItemKind::kPattern);
        if (act_noun || WordBefore(of_at).ends_with(U"ing")) continue;
      }
      // (the speaker's own name, "Moscow said it would respond", is not judged)
      if (!m.dyad && CountryOfMention(m) == src.actor.country) continue;
      if (m.dyad) {
        for (bool second : {false, true}) {
          Resolved r = Resolve(m, date, second);
          if (r.ok) targets.push_back(r);
        }
      } else {
        Resolved r = Resolve(m, date);
        if (r.ok) targets.push_back(r);
      }
      judged = &m;
    }
    // (a warning's country may come after its verb: "could arm adversaries of the United States")
    if (warning && targets.empty())
      for (const Mention& m : mentions) {
        if (m.begin < cue->end || m.begin - cue->end > 40 || m.end > to || !usable(m) || m.dyad || m.pronoun ||
            &m == speaker ||
            clause_of[m.begin] != clause_of[cue->begin] || CountryOfMention(m).empty() ||
            CountryOfMention(m) == src.actor.country)
          continue;
        Resolved r = Resolve(m, date);
        if (r.ok) targets.push_back(r);
        break;
      }
    const bool accusation = !warning && Marks(*cue, Lang::kEn, Marker::kAccusation);
    const bool menace = warning || (!accusation && Marks(*cue, Lang::kEn, Marker::kMenace));
    const CameoCode* cc = lex_.cameo().Find(accusation ? "112" : menace ? "130" : "111");
    if (!cc) return;
    for (Resolved& t : targets) {
      if (t.actor.country.empty() || t.actor.country == src.actor.country) continue;
      // (a verbal act of the sentence already joins the two: "accused Beijing of illegal
      // fishing"; not an act of another kind: "expelled three Russian diplomats and said Russia's
      // attempts … were unacceptable" tells two)
      if (SentenceJoins(sidx, src.actor.country, t.actor.country, /*verbal_only=*/true)) continue;
      AddGrammarEvent(*cc, src.actor, "the speaker", t.actor, "judged in the words reported", when, sidx,
                      cue->begin, cue->end,
                      std::string("grammar/en.tsv ") +
                          (warning ? "SPEECH " + Orig(speech_verb.begin, speech_verb.end) + " + INTENT/POSSIBLE "
                                   : accusation ? "ACCUSATION " : menace ? "MENACE " : "DISAPPROVAL ") +
                          Orig(cue->begin, cue->end) + " + words reported");
    }
  }

  // When an event a grammar pass finds happened, and how that was found.
  struct GrammarDate {
    Date date;
    std::string source, reason;
  };

  // An act the story tells with no time of its own: at the lead's day, else at publication.
  GrammarDate TellingDate(std::string reason) const {
    return lead_date_.known() ? GrammarDate{lead_date_, "lead", std::move(reason)}
                              : GrammarDate{pub_, "publication", std::move(reason)};
  }

  // A time of the text, as the date of what a grammar pass found.
  GrammarDate TextDate(const TimeExpr& t, const Date& d) const {
    return {d, "text", "「" + Orig(t.begin, t.end) + "」"};
  }

  // An event a grammar pass found (words reported, an intent, a measure told again): `cc` from
  // `source` to `target`, each side saying how it was found, told by [begin, end) of sentence
  // `sidx`; kept unless it restates an event already coded.
  void AddGrammarEvent(const CameoCode& cc, Actor source, const std::string& source_from, Actor target,
                       const std::string& target_from, GrammarDate when, int sidx, int begin, int end,
                       std::string rule) {
    const Sentence& sent = sentences_[sidx];
    Event e;
    e.doc = doc_.id;
    e.date = when.date;
    e.date_source = std::move(when.source);
    e.date_reason = std::move(when.reason);
    e.source = std::move(source);
    e.source.entry += " [" + source_from + "]";
    e.target = std::move(target);
    e.target.entry += " [" + target_from + "]";
    e.code = cc.code;
    e.root = cc.root;
    e.quad = cc.quad;
    e.goldstein = cc.goldstein;
    e.sentence = sidx;
    e.span_begin = begin;
    e.span_end = end;
    e.evidence = Orig(sent.begin, sent.end);
    e.trigger = Orig(begin, end);
    e.rule = std::move(rule);
    if (MergeRestatement(e, false, false)) return;
    AppendEvent(std::move(e));
  }

  // The sentence asks or supposes (a HYPO or QUESTION word): a grammar pass asserts nothing in it.
  bool AsksOrSupposes(const std::vector<Token>& toks) const {
    for (const Token& t : toks)
      if (Marks(t, Lang::kEn, Marker::kHypo) || Marks(t, Lang::kEn, Marker::kQuestion)) return true;
    return false;
  }

  // The index of clause `clause`'s last name before `pos` that can be its doer (a country or an
  // actor, not a place, an object of a preposition, an agent after "by" or a pair), or -1.
  static int ClauseNameBefore(const std::vector<Mention>& mentions, const std::vector<int>& clause_of, int clause,
                              int pos) {
    int found = -1;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      if (m.end <= pos && clause_of[m.begin] == clause && !m.locative && !m.prep_object && !m.passive_agent &&
          !m.dateline && !m.dyad && !m.entries.empty())
        found = static_cast<int>(k);
    }
    return found;
  }

  // A negation (NEG) stands within [from, to): "Ghana has not agreed to supply…".
  bool NegatedBetween(const std::vector<Token>& toks, int from, int to) const {
    for (const Token& n : toks)
      if (n.begin >= from && n.end <= to && Marks(n, Lang::kEn, Marker::kNeg)) return true;
    return false;
  }

  // An act already coded in sentence `sidx` joins countries `a` and `b`, either way (with
  // `verbal_only`, a verbal one: roots 10–13).
  bool SentenceJoins(int sidx, const std::string& a, const std::string& b, bool verbal_only) const {
    for (auto it = out_.events.rbegin(); it != out_.events.rend() && it->sentence == sidx; ++it) {
      const bool pair = (it->source.country == a && it->target.country == b) ||
                        (it->source.country == b && it->target.country == a);
      if (pair && (!verbal_only || (Root(it->code) >= 10 && Root(it->code) <= 13))) return true;
    }
    return false;
  }

  // "Washington would keep helping Taipei", "Beijing said it would open its market wider to
  // Vietnamese durian": a word of intent (INTENT) before a verb of cooperation (COOPERATE) is
  // the clause's subject saying it will cooperate (030) with the first country named after the
  // verb, when no act of the sentence already joins the two. Not when negated ("would not
  // help"), conditional ("if"), or when the country is only where or through which it happens.
  void AddCooperationIntent(const std::vector<Token>& toks, const std::vector<Mention>& mentions,
                            const std::vector<int>& clause_of, const std::vector<TimeExpr>& times,
                            const std::vector<Date>& time_dates, int sidx) {
    const Sentence& sent = sentences_[sidx];
    const CameoCode* cc = lex_.cameo().Find("030");
    if (!cc || AsksOrSupposes(toks)) return;
    for (const Token& intent : toks) {
      if (!Marks(intent, Lang::kEn, Marker::kIntent)) continue;
      // the verb right after the word of intent, past "also", "keep", "continue to", "work to"
      const Token* verb = nullptr;
      int pos = intent.end;
      for (int skips = 0; skips < 3 && !verb; ++skips) {
        while (pos < sent.end && norm_[pos] == ' ') ++pos;
        for (const Token& v : toks)
          if (v.begin == pos && Marks(v, Lang::kEn, Marker::kCooperate) && (!verb || v.end > verb->end)) verb = &v;
        if (verb) break;
        const std::u32string_view w = FirstWordAt(pos);
        if (w != U"also" && w != U"still" && w != U"further" && w != U"continue" && w != U"to" && w != U"work" &&
            w != U"substantially" && w != U"fully" && w != U"now" && w != U"soon")
          break;
        pos += static_cast<int>(w.size());
      }
      if (!verb) continue;
      // ("deals that would give U.S. companies access": a relative clause's subject is its noun)
      const std::u32string_view word_before = WordBefore(intent.begin);
      if (word_before == U"that" || word_before == U"which" || word_before == U"who") continue;
      const int clause = clause_of[intent.begin];
      // the doer: the clause's name nearest before the word of intent, with the names joined to
      // it ("Britain and France are prepared to send…")
      const int doer_at = ClauseNameBefore(mentions, clause_of, clause, intent.begin);
      if (doer_at < 0) continue;
      const Mention* doer = &mentions[doer_at];
      std::vector<const Mention*> doers{doer};
      for (int k = doer_at; k > 0 && mentions[k].coord_with_prev && mentions[k - 1].clause == doer->clause &&
                            !mentions[k - 1].entries.empty() && !mentions[k - 1].dyad;
           --k)
        doers.push_back(&mentions[k - 1]);
      if (NegatedBetween(toks, doer->end, verb->begin)) continue;
      GrammarDate when = TellingDate("an intent: when it was told");
      for (size_t i = 0; i < times.size(); ++i)
        if (time_dates[i].known() && times[i].end <= verb->begin && !AimTime(times[i], time_dates[i], Lang::kEn))
          when = TextDate(times[i], time_dates[i]);
      const Date& date = when.date;
      std::vector<Resolved> sources;
      for (const Mention* d : doers) {
        Resolved r = Resolve(*d, date);
        if (r.ok && !r.actor.country.empty()) sources.push_back(r);
      }
      if (sources.empty()) continue;
      auto is_doer = [&](const std::string& country) {
        for (const Resolved& r : sources)
          if (r.actor.country == country) return true;
        return false;
      };
      // the partner: the first country named after the verb in its clause
      const Mention* partner = nullptr;
      for (const Mention& m : mentions) {
        if (m.begin < verb->end || clause_of[m.begin] != clause || m.begin - verb->end > 60) continue;
        if (m.entries.empty() || m.dyad || m.pronoun || m.locative || m.passive_agent || m.dateline) continue;
        // (a pronoun after the verb, "to reinforce it", is too often the mission, not a country)
        const std::u32string_view name = std::u32string_view(norm_).substr(m.begin, m.end - m.begin);
        if (name == U"it" || name == U"them" || name == U"him" || name == U"her") continue;
        const std::u32string_view prep = WordBeforeName(m.begin);
        if (prep == U"in" || prep == U"at" || prep == U"through" || prep == U"via" || prep == U"from" ||
            prep == U"against" || prep == U"on" || prep == U"by")
          continue;
        if (is_doer(CountryOfMention(m))) continue;
        partner = &m;
        break;
      }
      if (!partner) continue;
      Resolved tgt = Resolve(*partner, date);
      if (!tgt.ok || tgt.actor.country.empty() || is_doer(tgt.actor.country)) continue;
      for (const Resolved& src : sources) {
        if (SentenceJoins(sidx, src.actor.country, tgt.actor.country, /*verbal_only=*/false)) continue;
        AddGrammarEvent(*cc, src.actor, "subject of the intent", tgt.actor, "named after the verb", when, sidx,
                        intent.begin, verb->end,
                        "grammar/en.tsv INTENT " + Orig(intent.begin, intent.end) + " + COOPERATE " +
                            Orig(verb->begin, verb->end));
      }
    }
  }

  // "In February he imposed a tariff on Chinese goods, and in March he doubled it", "Beijing had
  // raised its own", "Obama lifted it in 2015": a verb of imposing (IMPOSE_AGAIN) or of lifting
  // (LIFT_AGAIN) whose object is "it", "them", "its own" or "their own" acts on the measure told
  // last (a root-16 event of the last three sentences of the paragraph or the one before). "its
  // own" is the subject's measure of the same kind: back at the measure's doer when the subject
  // was its target ("Beijing raised its own"), else at the same target ("Britain imposed its own").
  // "it"/"them" is the same measure taken again or lifted by its doer. Imposing keeps the
  // measure's code; lifting is easing sanctions (085) after an economic measure (162, 163), else
  // easing administrative ones (081).
  void AddMeasureAgain(const std::vector<Token>& toks, const std::vector<Mention>& mentions,
                       const std::vector<int>& clause_of, const std::vector<TimeExpr>& times,
                       const std::vector<Date>& time_dates, int sidx) {
    const Sentence& sent = sentences_[sidx];
    if (AsksOrSupposes(toks)) return;
    for (const Token& verb : toks) {
      const bool impose = Marks(verb, Lang::kEn, Marker::kImposeAgain);
      const bool lift = !impose && Marks(verb, Lang::kEn, Marker::kLiftAgain);
      if (!impose && !lift) continue;
      int pos = verb.end;
      while (pos < sent.end && norm_[pos] == ' ') ++pos;
      bool own = false;
      std::u32string_view object = FirstWordAt(pos);
      if (object == U"its" || object == U"their") {
        const int next = pos + static_cast<int>(object.size()) + 1;
        if (next >= sent.end || FirstWordAt(next) != U"own") continue;
        own = true;
      } else if (object != U"it" && object != U"them") {
        continue;
      }
      const int clause = clause_of[verb.begin];
      // the doer: the clause's name nearest before the verb
      const int doer_at = ClauseNameBefore(mentions, clause_of, clause, verb.begin);
      if (doer_at < 0) continue;
      const Mention* doer = &mentions[doer_at];
      if (NegatedBetween(toks, doer->end, verb.begin)) continue;
      // (the clause's time, else the sentence's last before the verb, else the paragraph's)
      const char* story_time = "the measure told again: the story's time";
      GrammarDate when = prev_date_.known() ? GrammarDate{prev_date_, "previous", story_time} : TellingDate(story_time);
      bool own_clause = false;
      for (size_t i = 0; i < times.size(); ++i) {
        if (!time_dates[i].known() || AimTime(times[i], time_dates[i], Lang::kEn)) continue;
        const bool in_clause = clause_of[times[i].begin] == clause;
        if (own_clause && !in_clause) continue;
        if (!in_clause && times[i].begin > verb.begin) continue;
        when = TextDate(times[i], time_dates[i]);
        own_clause = in_clause;
        if (in_clause && times[i].begin > verb.begin) break;
      }
      Resolved src = Resolve(*doer, when.date);
      if (!src.ok || src.actor.country.empty()) continue;
      // the measure: the latest root-16 event shortly before, by the subject ("it") or by another
      // ("its own")
      const Event* measure = nullptr;
      for (auto it = out_.events.rbegin(); it != out_.events.rend(); ++it) {
        if (it->sentence > sidx || (it->sentence == sidx && it->span_begin >= verb.begin)) continue;
        if (sidx - it->sentence > 3 || sentences_[it->sentence].paragraph < sent.paragraph - 1) break;
        if (it->root == "16" && it->mood == Mood::kAsserted && !it->target.country.empty() &&
            !it->source.country.empty() && (it->source.country == src.actor.country) != own) {
          measure = &*it;
          break;
        }
      }
      if (!measure) continue;
      const Actor target = own && src.actor.country == measure->target.country ? measure->source : measure->target;
      if (target.country.empty() || target.country == src.actor.country) continue;
      std::string code = measure->code;
      if (lift) code = measure->code.compare(0, 3, "162") == 0 || measure->code.compare(0, 3, "163") == 0 ? "085" : "081";
      const CameoCode* cc = lex_.cameo().Find(code);
      if (!cc) continue;
      AddGrammarEvent(*cc, src.actor, "clause subject", target,
                      (target.country == measure->source.country ? "doer of " : "target of ") + measure->id,
                      when, sidx, verb.begin,
                      pos + static_cast<int>(object.size()) + (own ? 4 : 0),
                      std::string("grammar/en.tsv ") + (impose ? "IMPOSE_AGAIN " : "LIFT_AGAIN ") +
                          Orig(verb.begin, verb.end) + " + the measure of " + measure->id);
    }
  }

  // "Bahrain and Sudan followed suit", "Japan did the same in November", "…, as did Egypt and
  // Qatar": others doing the act just told, to the same target. The latest asserted act of
  // another country (in this sentence for "as did", else in this paragraph or the sentence
  // before) is told again with the new doers; a time in the clause dates it.
  void AddFollowers(const std::vector<Mention>& mentions, const std::vector<int>& clause_of,
                    const std::vector<TimeExpr>& times, const std::vector<Date>& time_dates, int sidx) {
    const Sentence& sent = sentences_[sidx];
    const std::u32string_view text = std::u32string_view(norm_).substr(sent.begin, sent.end - sent.begin);
    int at = -1;
    bool as_did = false;
    bool in_kind = false;  // "Ottawa responded in kind": the one acted on answers with the same act
    std::u32string_view phrase;
    for (std::u32string_view w : {U" followed suit", U" did the same", U" did likewise", U", as did ",
                                  U" responded in kind", U" retaliated in kind", U" replied in kind",
                                  U" answered in kind", U" reciprocated"}) {
      const size_t f = text.find(w);
      if (f == std::u32string_view::npos) continue;
      at = sent.begin + static_cast<int>(f);
      as_did = w == U", as did ";
      in_kind = w.ends_with(U"in kind") || w == U" reciprocated";
      phrase = w;
      break;
    }
    if (at < 0) return;
    // the new doers: after "as did", else the clause's names before the phrase
    std::vector<const Mention*> doers;
    for (const Mention& m : mentions) {
      if (m.entries.empty() || m.dyad || m.pronoun || m.locative || m.prep_object || CountryOfMention(m).empty()) continue;
      if (as_did ? (m.begin > at && clause_of[m.begin] == clause_of[at + 2])
                 : (m.end <= at && clause_of[m.begin] == clause_of[at]))
        doers.push_back(&m);
    }
    if (doers.empty()) return;
    // the act followed
    const Event* act = nullptr;
    const std::string answering = in_kind ? CountryOfMention(*doers[0]) : "";
    for (auto it = out_.events.rbegin(); it != out_.events.rend(); ++it) {
      if (it->sentence < sidx - 1 && sentences_[it->sentence].paragraph != sent.paragraph) break;
      if (as_did ? it->sentence != sidx || it->span_begin > at : it->span_begin > at) continue;
      if (it->mood != Mood::kAsserted || it->target.country.empty()) continue;
      if (in_kind && it->target.country != answering) continue;
      // (states follow states: not the protesters' storming that led to the act)
      const std::string& who = it->source.code;
      if (who.size() > 3 && (who.ends_with("CVL") || who.ends_with("REB") || who.ends_with("OPP"))) continue;
      act = &*it;
      break;
    }
    if (!act) return;
    const Event model = *act;
    Date date = model.date;
    std::string date_source = model.date_source, date_reason = model.date_reason;
    for (size_t i = 0; i < times.size(); ++i)
      if (time_dates[i].known() && clause_of[times[i].begin] == clause_of[as_did ? at + 2 : at] &&
          (as_did || times[i].begin > at)) {
        date = time_dates[i];
        date_source = "text";
        date_reason = "「" + Orig(times[i].begin, times[i].end) + "」";
      }
    for (const Mention* d : doers) {
      Resolved r = Resolve(*d, date);
      if (!r.ok || r.actor.country.empty() || r.actor.country == model.source.country ||
          (!in_kind && r.actor.country == model.target.country))
        continue;
      Event e = model;
      r.actor.entry += in_kind ? " [answering " + model.id + " in kind]" : " [a follower of " + model.id + "]";
      if (in_kind) {
        e.target = model.source;
        e.target.entry += " [the doer of " + model.id + "]";
        e.symmetric = false;
      }
      e.source = r.actor;
      e.date = date;
      e.date_source = date_source;
      e.date_reason = date_reason;
      e.sentence = sidx;
      // (the phrase's words, without its leading space or comma and trailing space)
      e.span_begin = at + (as_did ? 2 : 1);
      e.span_end = at + static_cast<int>(phrase.size()) - (as_did ? 1 : 0);
      e.evidence = Orig(sent.begin, sent.end);
      e.trigger = Orig(e.span_begin, e.span_end);
      e.rule = model.rule + (in_kind ? " + answered in kind" : " + followed by others");
      if (MergeRestatement(e, false, false)) continue;
      AppendEvent(std::move(e));
    }
  }

  // 将 is future before a verb (将对委内瑞拉实施制裁, 将实施) but marks the object before a noun
  // (将多家企业列入清单): a one-character intent word counts only when a preposition, another
  // modal word or a trigger follows at once.
  bool IntentGovernsVerb(const std::vector<Token>& toks, int k, Lang lang) const {
    const Token& t = toks[k];
    if (lang != Lang::kZh || t.end - t.begin > 1) return true;
    if (k + 1 >= static_cast<int>(toks.size()) || toks[k + 1].begin != t.end) return false;
    const Token& n = toks[k + 1];
    return Marks(n, lang, Marker::kPrep) || Marks(n, lang, Marker::kPossible) || Marks(n, lang, Marker::kIntent) ||
           HasItem(lex_, n, lang, ItemKind::kPattern);
  }

  // "would talk to Putin on Monday": an intent word earlier in the clause, with no speech verb
  // after it, puts the time that follows in the future ("said on Monday he would" does not).
  bool FutureBefore(const std::vector<Token>& toks, int pos, const std::vector<int>& clause_of) const {
    const Lang lang = Lang::kEn;
    for (auto t = std::lower_bound(toks.begin(), toks.end(), pos, [](const Token& a, int p) { return a.begin < p; });
         t != toks.begin();) {
      --t;
      if (clause_of[t->begin] != clause_of[pos]) return false;
      if (Marks(*t, lang, Marker::kSpeech)) return false;
      // ("a plan to compensate … and travelled to Tokyo in March": a verb in the past after
      // "and" is an act of its own, told as done)
      if (HasItem(lex_, *t, lang, ItemKind::kPattern) && PastVerbAfterAnd(t->begin)) return false;
      // only words of the future: "agreed to a ceasefire on Saturday" tells of the agreeing
      const std::u32string_view text = std::u32string_view(norm_).substr(t->begin, t->end - t->begin);
      // (a pattern that starts with the future: "is scheduled to hold * talk")
      for (std::u32string_view f : {U"is scheduled to ", U"are scheduled to ", U"is set to ", U"are set to ",
                                    U"is due to ", U"are due to ", U"will "})
        if (text.starts_with(f)) return true;
      if (Marks(*t, lang, Marker::kIntent)) {
        for (std::u32string_view f : {U"will", U"would", U"shall", U"plans to", U"plan to", U"is set to", U"are set to",
                                      U"is due to", U"are due to", U"is expected to", U"are expected to", U"intends to",
                                      U"is going to", U"are going to", U"is poised to", U"are poised to", U"is to",
                                      U"are to", U"is scheduled to", U"are scheduled to", U"is slated to", U"are slated to",
                                      U"is due", U"will be"})
          if (text == f) return true;
        return false;
      }
    }
    return false;
  }

  // The term of the person heading a past administration (肯尼迪政府), as the year of its
  // middle. An administration still in office at publication ("Maduro's government") dates
  // nothing: its acts take the narrative's dates.
  bool AdministrationTerm(const Mention& m, Date* out, std::string* reason) const {
    const ActorEntry* best = nullptr;
    const long pub = pub_.known() ? FirstDay(pub_) : LONG_MAX;
    for (uint32_t idx : m.entries) {
      const ActorEntry& e = lex_.actors()[idx];
      if (!e.head || e.from > pub) continue;
      if (!best || e.from > best->from) best = &e;
    }
    if (!best) return false;
    if (best->to == LONG_MAX || best->to >= pub) return false;
    const long to = best->to;
    *out = YearDate(DayDate((best->from + to) / 2).year);
    *reason = "the term of " + best->name + " (" + best->where + ") " + DayDate(best->from).ToString() + ".." +
              DayDate(to).ToString();
    return true;
  }

  // The same event told again in the document (a retrospective clause, a repeated sentence):
  // same actors' countries, same mood, overlapping dates, and the same code — or, looking
  // back (此前…), the same QuadClass. Two verbs of one QuadClass in a row are one act
  // (发动突袭强行控制): the more specific code is kept.
  bool MergeRestatement(const Event& e, bool retrospective, bool continues_clause) {
    auto who = [](const Actor& a) { return a.country.empty() ? a.code : a.country; };
    for (Event& o : out_.events) {
      if (o.mood != e.mood || who(o.source) != who(e.source) || who(o.target) != who(e.target)) continue;
      // (or one inside the other: 展开 * 调查 around 刑事调查)
      const bool serial = o.sentence == e.sentence && o.quad == e.quad &&
                          (SerialGap(o.span_end, e.span_begin) || (e.span_begin >= o.span_begin && e.span_end <= o.span_end));
      // 召见中国大使，抗议…; 通电话，就金砖合作交换意见: a clause without a subject of its own
      // that goes on with the same act. An intent is an act of its own (通话，同意举行会晤).
      const bool intent_after = o.root != e.root && (o.root == "03" || e.root == "03");
      // (in English a clause of another code is another act: "summoned the envoy, announced it
      // was withdrawing its own")
      // ("Carney, the first leader to visit China since 2017, held talks…": nor a visit and a
      // meeting, which are told as two acts)
      const bool other_act_en = (o.root != e.root || (o.root == "04" && o.code != e.code)) &&
                                sentences_[e.sentence].lang == Lang::kEn;
      // ("by expelling the Canadian ambassador, recalling its own envoy": a series of gerunds
      // tells one act each, though of one code)
      const bool gerunds = o.sentence == e.sentence && sentences_[e.sentence].lang == Lang::kEn &&
                           FirstWordAt(o.span_begin) != FirstWordAt(e.span_begin) &&
                           FirstWordAt(o.span_begin).ends_with(U"ing") && FirstWordAt(e.span_begin).ends_with(U"ing");
      const bool continuation = continues_clause && o.sentence == e.sentence && o.quad == e.quad && !intent_after &&
                                !other_act_en && !gerunds && clause_of_[o.span_begin] + 1 == clause_of_[e.span_begin] &&
                                !OpensWithConjunction(e.span_begin);
      if (continuation) return true;  // the first telling keeps its code
      if (serial) {
        if (MoreSpecific(e.code, o.code)) {
          o.code = e.code;
          o.root = e.root;
          o.goldstein = e.goldstein;
          o.rule = e.rule;
          o.symmetric = e.symmetric;  // ("held talks mediated by Angola": the mediation is one side's)
        }
        o.span_end = std::max(o.span_end, e.span_end);
        o.trigger = Orig(o.span_begin, o.span_end);
        return true;
      }
      if (o.code != e.code && !(retrospective && o.quad == e.quad)) continue;
      if (gerunds) continue;
      if (!o.date.known() || !e.date.known()) return true;
      if (FirstDay(o.date) <= LastDay(e.date) && FirstDay(e.date) <= LastDay(o.date)) {
        // ("a year after the two signed a treaty … signed it in March last year": the retelling
        // may give the closer date)
        if (e.date_source == "text" && FirstDay(o.date) <= FirstDay(e.date) && LastDay(e.date) <= LastDay(o.date) &&
            LastDay(e.date) - FirstDay(e.date) < LastDay(o.date) - FirstDay(o.date)) {
          o.date = e.date;
          o.date_source = e.date_source;
          o.date_reason = e.date_reason;
        }
        return true;
      }
    }
    return false;
  }

  // Two triggers form one act when nothing but an article or up to two characters that are
  // not a conjunction or punctuation stand between them: 发动突袭强行控制, "launched a strike".
  bool SerialGap(int from, int to) const {
    if (to < from) return false;
    std::u32string_view g = std::u32string_view(norm_).substr(from, to - from);
    while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
    while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
    if (g.empty() || g == U"a" || g == U"an" || g == U"the") return true;
    if (g.size() > 2) return false;
    for (char32_t c : g)
      if (!IsHan(c) || c == U'并' || c == U'和' || c == U'与' || c == U'及' || c == U'且' || c == U'或') return false;
    return true;
  }

  // The clause of `pos` opens with "who" or "which" right after a name and a comma: that name.
  const Mention* RelativeAntecedent(const std::vector<Mention>& mentions, int pos) const {
    int b = ClauseStart(pos);  // (the comma opens the clause)
    const int comma = b;
    if (comma <= sentence_begin_ || norm_[comma] != ',') return nullptr;
    ++b;
    while (b < pos && norm_[b] == ' ') ++b;
    std::u32string_view head = std::u32string_view(norm_).substr(b, pos - b);
    // (", whose aircraft struck…": the name's own people or things did it)
    const bool whose = head.starts_with(U"whose ") && std::count(head.begin(), head.end(), U' ') <= 3;
    if (!head.starts_with(U"who ") && !head.starts_with(U"which ") && !whose) return nullptr;
    // (", which it accused of…": a name after "which" is the clause's own subject)
    const int after = b + (head.starts_with(U"who ") ? 4 : 6);
    for (const Mention& m : mentions)
      if (whose ? m.begin >= after && m.end <= pos : m.begin == after) return nullptr;
    for (const Mention& m : mentions)
      if (m.end == comma && !m.pronoun) return &m;
    return nullptr;
  }

  // The verb at `pos` opens a relative clause with no name of its own: "the award that rejected",
  // "the group, which had attacked". Its subject is the noun before the pronoun: `*antecedent`
  // when that is a name, else a thing (null).
  bool ThingRelative(int pos, const std::vector<Mention>& mentions, const Mention** antecedent) const {
    int at = pos;
    for (std::u32string_view aux : {U"has ", U"had ", U"have "})
      if (TextBefore(at, aux)) at -= static_cast<int>(aux.size());
    int rel = -1;
    for (std::u32string_view w : {U" that ", U" which "})
      if (TextBefore(at, w)) rel = at - static_cast<int>(w.size());
    if (rel < 0 || rel <= sentence_begin_) return false;
    if (norm_[rel - 1] == ',') --rel;  // (", which": the same, set off by a comma)
    else if (TextBefore(at, U" that ")) {
      // ("said that", "so that", "warned that": a conjunction, not a relative pronoun)
      const std::u32string_view w = WordBefore(rel);
      if (w.empty() || w.ends_with(U"ed") || w == U"so" || w == U"now" || w == U"such" || w == U"says" ||
          w == U"say" || w == U"warn" || w == U"warns" || w == U"insist" || w == U"insists" || w == U"believe" ||
          w == U"believes" || w == U"claim" || w == U"claims")
        return false;
      for (const Token& k : *sentence_toks_)
        if (k.end == rel && (Marks(k, Lang::kEn, Marker::kSpeech) || Marks(k, Lang::kEn, Marker::kFixed)) &&
            !HasItem(lex_, k, Lang::kEn, ItemKind::kRole))
          return false;
    }
    *antecedent = nullptr;
    for (const Mention& m : mentions)
      if (m.end == rel && !m.pronoun) *antecedent = &m;
    if (*antecedent) return true;
    const std::u32string_view w = WordBefore(rel);
    return !w.empty() && w[0] >= U'a' && w[0] <= U'z';
  }

  // The end of an English dateline opening the sentence at `begin` ("WASHINGTON (Wire) -",
  // "MANILA, June 19 -", "GOMA/KINSHASA, Jan 28 -"): a place written in capitals, then within a
  // few words a dash; -1 if none.
  int DatelineEnd(int begin, int end) const {
    int k = begin;
    while (k < end && ((orig_[k] >= 'A' && orig_[k] <= 'Z') || orig_[k] == ' ' || orig_[k] == '.' || orig_[k] == '/' ||
                       orig_[k] == '\'' || orig_[k] == 0x2019))
      ++k;
    if (k - begin < 3 || k >= end || (orig_[k] != ',' && orig_[k] != '(' && orig_[k] != '-' && orig_[k] != 0x2014))
      return -1;
    for (int j = k; j < end && j < k + 40; ++j)
      if ((orig_[j] == '-' || orig_[j] == 0x2013 || orig_[j] == 0x2014) && j > begin && orig_[j - 1] == ' ') return j;
    return -1;
  }

  // The end of a Chinese wire dateline opening the sentence at `begin` (新华社北京3月2日电,
  // 中新网华盛顿1月5日讯): a day followed by 电 or 讯 within the first words, with no
  // punctuation before it; opening a paragraph, also a bracketed credit line or a city and a
  // dash; -1 if none.
  int ZhDatelineEnd(int begin, int end, bool opens_paragraph) const {
    const std::u32string_view n(norm_);
    if (opens_paragraph) {
      // A bracketed credit line, （中央社华盛顿4日综合外电报导） or 〔综合报导〕: up to its closing
      // bracket, when it names an agency or a report.
      auto opening = [](char32_t c) { return c == U'（' || c == U'(' || c == U'【' || c == U'〔' || c == U'['; };
      auto closing = [](char32_t c) { return c == U'）' || c == U')' || c == U'】' || c == U'〕' || c == U']'; };
      if (begin < end && opening(n[begin]))
        for (int i = begin + 1; i < std::min(end, begin + 40) && n[i] != U'，' && n[i] != U'。'; ++i) {
          if (!closing(n[i])) continue;
          const std::u32string_view inside = n.substr(begin + 1, i - begin - 1);
          for (std::u32string_view w : {U"社", U"报导", U"报道", U"电", U"讯"})
            if (inside.find(w) != std::u32string_view::npos) return i + 1;
          break;
        }
      // A city and a dash, 华盛顿 —— or 华盛顿 - : the place the story was filed from.
      auto dash = [](char32_t c) { return c == U'—' || c == U'－' || c == U'-'; };
      for (int i = begin + 2; i < std::min(end, begin + 12); ++i) {
        const char32_t c = n[i];
        if (c == U'—' || c == U'－' || (c == U'-' && i + 1 < end && n[i + 1] == U' ' && n[i - 1] == U' ')) {
          int j = i;
          while (j < end && (dash(n[j]) || n[j] == U' ')) ++j;
          return j;
        }
        if (c == U'，' || c == U'。' || c == U'：' || c == U',' || c == U'；' || c == U'、') break;
      }
    }
    const int limit = std::min(end, begin + 32);
    for (int i = begin + 2; i + 1 < limit; ++i) {
      const char32_t c = n[i];
      if (c == U'，' || c == U'。' || c == U'：' || c == U',' || c == U'；') return -1;
      if (c != U'日' || (n[i + 1] != U'电' && n[i + 1] != U'讯')) continue;
      if (n.substr(begin, i - begin).find(U'月') == std::u32string_view::npos) return -1;
      // (a reporter's name after it, （记者 张三）, is a clause of its own)
      return i + 2;
    }
    return -1;
  }

  // The speaker of the English quotation around `pos`: the first name after its closing mark
  // ("…," Blinken told reporters), else the last one before its opening mark (Blinken said:
  // "…"). Null when `pos` is not inside a quotation of the sentence.
  const Mention* QuoteSpeaker(const std::vector<Mention>& mentions, int pos) const {
    auto is_quote = [](char32_t c) { return c == '"' || c == 0x201C || c == 0x201D; };
    int open = -1, count = 0;
    for (int k = sentence_begin_; k < pos; ++k)
      if (is_quote(norm_[k])) {
        ++count;
        open = k;
      }
    if (count % 2 == 0) return nullptr;
    int close = -1;
    for (int k = pos; k < sentence_end_; ++k)
      if (is_quote(norm_[k])) {
        close = k;
        break;
      }
    if (close >= 0)
      for (const Mention& o : mentions)
        if (o.begin > close && !o.pronoun && !o.dyad && !o.prep_object && (!o.entries.empty() || !o.role.empty()))
          return &o;
    const Mention* before = nullptr;
    for (const Mention& o : mentions)
      if (o.end <= open && !o.pronoun && !o.dyad && !o.prep_object && (!o.entries.empty() || !o.role.empty())) before = &o;
    return before;
  }

  // The English word that ends before `pos` in the current sentence (spaces skipped), or "".
  // "has accused", "have repeatedly accused", "has since urged", "are firing": the verb at `pos`
  // is in the present perfect or the present progressive.
  bool PresentTenseAt(int pos) const {
    std::u32string_view w = WordBefore(pos);
    if (w.size() >= 4 && w.ends_with(U"ly")) w = WordBefore(static_cast<int>(w.data() - norm_.data()));
    else if (w == U"since" || w == U"also" || w == U"now" || w == U"already" || w == U"long")
      w = WordBefore(static_cast<int>(w.data() - norm_.data()));
    if (w == U"has" || w == U"have") return true;
    // ("Russian forces are firing shells": the present progressive tells of now as well)
    return (w == U"is" || w == U"are") && FirstWordAt(pos).ends_with(U"ing");
  }

  std::u32string_view WordBefore(int pos) const {
    int e = pos;
    while (e > sentence_begin_ && norm_[e - 1] == ' ') --e;
    int b = e;
    while (b > sentence_begin_ && IsAsciiAlnum(norm_[b - 1])) --b;
    return std::u32string_view(norm_).substr(b, e - b);
  }

  // The noun at `pos` is a label given to something in the words before ("called the raid a
  // "kidnapping"", "described it as an act of war"): after "a"/"an", an opening quotation mark or
  // one modifier, with a verb of naming shortly before.
  bool LabelNoun(int pos) const {
    int b = pos;
    while (b > sentence_begin_ && (norm_[b - 1] == ' ' || norm_[b - 1] == '"')) --b;
    std::u32string_view w = WordBefore(b);
    const bool quoted = std::u32string_view(norm_).substr(b, pos - b).find(U'"') != std::u32string_view::npos;
    if (w != U"a" && w != U"an" && !quoted) {
      w = WordBefore(static_cast<int>(w.data() - norm_.data()));
      if (w != U"a" && w != U"an") return false;
    }
    const int from = std::max(sentence_begin_, pos - 70);
    const std::u32string_view window = std::u32string_view(norm_).substr(from, pos - from);
    for (std::u32string_view v : {U" called ", U" calling ", U" described ", U" describing ", U" branded ",
                                  U" labelled ", U" labeled ", U" termed "})
      if (window.find(v) != std::u32string_view::npos) return true;
    return false;
  }

  // `trig` is an -ing word opening its sentence, after at most one -ly adverb ("Unilaterally
  // bombing inside Qatar …").
  bool OpensWithGerund(const Token& trig) const {
    int e = trig.begin;
    while (e < sentence_end_ && IsAsciiAlnum(norm_[e])) ++e;
    if (e - trig.begin < 5 || norm_.compare(e - 3, 3, U"ing") != 0) return false;
    const std::u32string_view before = std::u32string_view(norm_).substr(sentence_begin_, trig.begin - sentence_begin_);
    if (before.empty()) return true;
    return before.size() > 3 && before.back() == ' ' && before.find(U' ') == before.size() - 1 &&
           before.substr(before.size() - 3, 2) == U"ly";
  }

  // A bare English role noun used as a modifier ("condemned the military action", "the
  // government's decision"): no one, only a word describing the noun after it.
  bool RoleAsModifier(const Mention& m, Lang lang) const {
    if (lang != Lang::kEn || !m.entries.empty() || m.dyad || m.role.empty()) return false;
    if (m.end < sentence_end_ && norm_[m.end] == '\'') return true;  // ("the military's action")
    const std::u32string_view w = WordAfter(m.end);
    if (w.empty() || (m.end < sentence_end_ && norm_[m.end] != ' ')) return false;
    for (std::u32string_view f :
         {U"for", U"of", U"in", U"on", U"and", U"or", U"to", U"with", U"as", U"at", U"that", U"which", U"who",
          U"over", U"after", U"before", U"by", U"from", U"is", U"was", U"were", U"are", U"has", U"have", U"had",
          U"said", U"says", U"will", U"would", U"could", U"should", U"may", U"might", U"must", U"did", U"does",
          U"also", U"about", U"against", U"into", U"under", U"during", U"since", U"until", U"when", U"while",
          U"if", U"but", U"than", U"not", U"be", U"been", U"this", U"last", U"next"})
      if (w == f) return false;
    return !(w.size() > 3 && w.ends_with(U"ed"));
  }

  // An English object at `pos` that is a name no dictionary knows, described right after its
  // comma ("on James Kabarebe, Rwanda's minister …", "Dodik, the Bosnian Serb leader,"): the
  // description's mention when it names a country's official, else null.
  const Mention* AppositiveOfUnknownName(int pos, const std::vector<Mention>& mentions) const {
    int k = pos;
    while (k < sentence_end_ && norm_[k] == ' ') ++k;
    for (std::u32string_view p : {U"on ", U"against ", U"with ", U"to ", U"for ", U"from "})
      if (norm_.compare(k, p.size(), p) == 0) {
        k += static_cast<int>(p.size());
        break;
      }
    const int name_begin = k;
    int words = 0;
    while (k < sentence_end_ && words < 5) {
      int e = k;
      while (e < sentence_end_ && (IsAsciiAlnum(norm_[e]) || norm_[e] == '-' || norm_[e] == '.')) ++e;
      if (e == k) break;
      const bool capital = orig_[k] >= 'A' && orig_[k] <= 'Z';
      const std::u32string_view w = std::u32string_view(norm_).substr(k, e - k);
      if (!capital && w != U"bin" && w != U"al" && w != U"de" && w != U"van" && w != U"von") return nullptr;
      ++words;
      k = e;
      if (k < sentence_end_ && norm_[k] == ' ') ++k;
      else break;
    }
    if (words == 0 || k >= sentence_end_ || norm_[k] != ',') return nullptr;
    for (const Mention& m : mentions)
      if (m.begin < k && m.end > name_begin) return nullptr;  // (a known name: not this rule's)
    int d = k + 1;
    while (d < sentence_end_ && norm_[d] == ' ') ++d;
    for (std::u32string_view a : {U"the ", U"a ", U"an "})
      if (norm_.compare(d, a.size(), a) == 0) {
        d += static_cast<int>(a.size());
        break;
      }
    for (const Mention& m : mentions)
      if (m.begin == d && !m.dyad && !m.pronoun && !m.role.empty() && !CountryOfMention(m).empty()) return &m;
    return nullptr;
  }

  // Records why the current pattern match codes no event (CodeOptions::skipped).
  // (a literal, so that nothing is built unless asked for)
  void Skip(const char* reason) {
    if (opt_.skipped) skip_reason_ = reason;
  }

  // The word after `pos`, past spaces ("" at the sentence's end or before punctuation).
  std::u32string_view WordAfter(int pos) const {
    int b = pos;
    while (b < sentence_end_ && norm_[b] == ' ') ++b;
    int e = b;
    while (e < sentence_end_ && IsAsciiAlnum(norm_[e])) ++e;
    return std::u32string_view(norm_).substr(b, e - b);
  }

  // The word before a name at `pos`, past "the" ("from the United States" → "from").
  std::u32string_view WordBeforeName(int pos) const {
    const std::u32string_view w = WordBefore(pos);
    return w == U"the" ? WordBefore(static_cast<int>(w.data() - norm_.data())) : w;
  }

  // A verb that reports speech right before the words reported ("said", "announced it…"),
  // with no object of its own between.
  static bool IsReportingVerb(std::u32string_view w) {
    for (std::u32string_view v : {U"said", U"says", U"added", U"announced", U"insisted", U"stated", U"claimed",
                                  U"argued", U"noted", U"confirmed", U"admitted", U"declared", U"acknowledged",
                                  U"conceded"})
      if (w == v) return true;
    return false;
  }

  // An English pronoun at `pos` stands where a subject does: at the start of a clause, or
  // after a conjunction, "that" or a speech verb.
  bool EnglishSubjectPosition(int pos) const {
    int e = pos;
    while (e > sentence_begin_ && norm_[e - 1] == ' ') --e;
    if (e == sentence_begin_ || IsClauseBreak(norm_[e - 1]) || norm_[e - 1] == ':' || norm_[e - 1] == ';') return true;
    const std::u32string_view w = WordBefore(pos);
    if (IsReportingVerb(w)) return true;
    for (std::u32string_view c : {U"that", U"and", U"but", U"because", U"when", U"after", U"as", U"while", U"since",
                                  U"before", U"until", U"if", U"although", U"though", U"month", U"week", U"year",
                                  U"today", U"yesterday", U"monday", U"tuesday", U"wednesday", U"thursday",
                                  U"friday", U"saturday", U"sunday", U"which", U"who", U"whom", U"then", U"later",
                                  U"earlier", U"meanwhile", U"instead", U"subsequently"})
      if (w == c) return true;
    // ("In April it expelled…", "In 2019 it signed…": a time opening the sentence)
    return IsMonthWord(w) || (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char32_t c) { return c >= '0' && c <= '9'; }));
  }

  // The words of a clause opened by a comma at `b`, up to `end` ("" when the clause does not
  // open with a comma).
  std::u32string_view CommaClauseHead(int b, int end) const {
    if (b <= sentence_begin_ || norm_[b] != ',') return {};
    while (b + 1 < end && norm_[b + 1] == ' ') ++b;
    return std::u32string_view(norm_).substr(b + 1, std::max(0, end - b - 1));
  }

  // Clause `c` of the current sentence opens with ", where", ", who", ", which" or ", whose".
  bool RelativeClauseNumber(int c, bool or_description = false) const {
    // (clause numbers rise along the sentence: the clause's first position by binary search)
    const auto first = clause_of_.begin() + sentence_begin_;
    const auto last = clause_of_.begin() + std::min<int>(sentence_end_, static_cast<int>(clause_of_.size()));
    const auto at = std::lower_bound(first, last, c);
    if (at == last || *at != c) return false;
    const std::u32string_view head = CommaClauseHead(static_cast<int>(at - clause_of_.begin()), sentence_end_);
    // (or, asked for, a description set off after a name: "China, a close partner of both
    // countries, urged restraint")
    return head.starts_with(U"where ") || head.starts_with(U"who ") || head.starts_with(U"which ") ||
           head.starts_with(U"whose ") || head.starts_with(U"whom ") ||
           (or_description && (head.starts_with(U"a ") || head.starts_with(U"an ")));
  }

  // The clause of `pos` is a relative clause after a comma: ", who arrived on Saturday,", ", when
  // the two delegations met in Havana".
  bool InRelativeClause(int pos) const {
    const std::u32string_view head = CommaClauseHead(ClauseStart(pos), pos);
    // (", the first of whom landed in May", ", most of which …")
    const size_t of_whom = std::min(head.find(U" of whom "), head.find(U" of which "));
    return head.starts_with(U"who ") || head.starts_with(U"which ") || head.starts_with(U"whose ") ||
           head.starts_with(U"when ") || head.starts_with(U"whom ") || of_whom < 20;
  }

  // `pos` lies in a relative clause or in a participle phrase set off by a comma (", brokered
  // by Turkey in 2022,").
  bool AsideClause(int pos) const {
    if (InRelativeClause(pos)) return true;
    const std::u32string_view head = CommaClauseHead(ClauseStart(pos), pos);
    const size_t word = head.find(U' ');
    return word != std::u32string_view::npos && word > 3 && head.substr(0, word).ends_with(U"ed");
  }

  // `pos` lies in a relative clause that tells the background of a name ("a citizen who was
  // shot dead in June", "the curbs it had imposed in 2019"): its time does not carry the
  // narrative on to the next sentence.
  bool InBackgroundClause(int pos) const {
    const int start = ClauseStart(pos);
    const std::u32string_view head = std::u32string_view(norm_).substr(start, pos - start);
    if (head.find(U" had ") == std::u32string_view::npos && head.find(U" was ") == std::u32string_view::npos &&
        head.find(U" were ") == std::u32string_view::npos)
      return false;
    for (std::u32string_view w : {U" who was ", U" who were ", U" who had ", U" which was ", U" which were ",
                                  U" which had ", U" that was ", U" that were ", U" that had ", U" it had ",
                                  U" they had ", U" he had ", U" she had "})
      if (head.find(w) != std::u32string_view::npos) return true;
    // (", which it said had killed four guards in an ambush on Sunday")
    return InRelativeClause(pos) && head.find(U" had ") != std::u32string_view::npos;
  }

  // `pos` lies in a phrase of what went before ("released after two days of talks in Geneva
  // over the weekend, Washington will cut…"): its time is not the other clauses'.
  bool InAfterPhrase(int pos) const {
    const int start = ClauseStart(pos);
    const std::u32string_view head = std::u32string_view(norm_).substr(start, pos - start);
    return head.find(U" after ") != std::u32string_view::npos || head.starts_with(U"after ");
  }

  // Where clause number `c` of the current sentence starts (the sentence's end when it has none).
  int ClauseStartOf(int c) const {
    const auto first = clause_of_.begin() + sentence_begin_;
    const auto last = clause_of_.begin() + std::min<int>(sentence_end_, static_cast<int>(clause_of_.size()));
    return static_cast<int>(std::lower_bound(first, last, c) - clause_of_.begin());
  }

  // Where the clause of `pos` (in the current sentence) starts.
  int ClauseStart(int pos) const {
    int b = pos;
    while (b > sentence_begin_ && clause_of_[b - 1] == clause_of_[pos]) --b;
    return b;
  }

  // The clause of `pos` opens with a conjunction: 并要求…, "and demanded…" is an act of its own.
  bool OpensWithConjunction(int pos) const {
    const int b = ClauseStart(pos);
    std::u32string_view head = std::u32string_view(norm_).substr(b, pos - b);
    while (!head.empty() && (head.front() == ' ' || IsClauseBreak(head.front()))) head.remove_prefix(1);
    for (std::u32string_view c : {U"并", U"且", U"同时", U"还", U"也", U"又", U"随后", U"and ", U"but ", U"then "})
      if (head.starts_with(c)) return true;
    return false;
  }

  // 181 is more specific than 180; 1123 than 112.
  static bool MoreSpecific(const std::string& a, const std::string& b) {
    auto level = [](const std::string& c) { return c.size() == 4 ? 3 : c.size() == 3 && c[2] != '0' ? 2 : 1; };
    return level(a) > level(b);
  }

  // True when a time word of the sentence continues the previous sentence's narrative.
  static bool ContinuesNarrative(const std::vector<TimeExpr>& times) {
    for (const TimeExpr& t : times)
      if (t.kind == TimeExpr::Kind::kWord &&
          (t.word->kind == TimeWord::Kind::kPrevDay || t.word->kind == TimeWord::Kind::kPrevSame ||
           t.word->kind == TimeWord::Kind::kPrevAfter || t.word->kind == TimeWord::Kind::kPrevMonth ||
           t.word->kind == TimeWord::Kind::kPrevYear))
        return true;
    return false;
  }

  // The words between `from` and a name at `to` make it a doer: "(released) by the Russian
  // foreign ministry".
  bool AgentGap(int from, int to) const {
    std::u32string_view g = std::u32string_view(norm_).substr(from, std::max(0, to - from));
    while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
    return g.starts_with(U"by ") || g.find(U" by ") != std::u32string_view::npos;
  }

  // The English word at `pos` ends in -ing and follows a determiner ("that meeting").
  bool IngNounAt(int pos) const {
    int e = pos;
    while (e < static_cast<int>(norm_.size()) && IsAsciiAlnum(norm_[e])) ++e;
    if (e - pos < 5 || norm_.compare(e - 3, 3, U"ing") != 0) return false;
    const std::u32string_view prev = WordBefore(pos);
    for (std::u32string_view d : {U"the", U"a", U"an", U"that", U"this", U"its", U"their", U"his", U"her", U"each"})
      if (prev == d) return true;
    return false;
  }

  // A verb in the past right after "and" ("… and travelled to Tokyo"): an act of its own, told
  // as done.
  bool PastVerbAfterAnd(int pos) const { return TextBefore(pos, U" and ") && LooksLikeParticiple(pos); }

  // `t` is an English past participle after its noun: "flights suspended since 2020", "a pilot
  // launched last August" (not "was suspended", "signed and ratified").
  bool ReducedParticiple(const Token& t) const {
    if (!HasItem(lex_, t, Lang::kEn, ItemKind::kPattern) || !LooksLikeParticiple(t.begin) ||
        Marks(t, Lang::kEn, Marker::kSpeech))
      return false;
    if (!TextBefore(t.begin, U" ")) return false;
    const std::u32string_view word = WordBefore(t.begin);
    if (word.empty() || !(word[0] >= U'a' && word[0] <= U'z')) return false;
    for (std::u32string_view aux : {U"was", U"were", U"is", U"are", U"be", U"been", U"being", U"had", U"has", U"have",
                                    U"and", U"or", U"not", U"also", U"later", U"then", U"it", U"they", U"he", U"she",
                                    U"we", U"who", U"which", U"that", U"to", U"get", U"got", U"the", U"a", U"an",
                                    U"its", U"their", U"his", U"her", U"our", U"this", U"these", U"those"})
      if (word == aux) return false;
    if (word.ends_with(U"ly") || word.ends_with(U"ed")) return false;  // an adverb or a verb before it
    // (nor a name or role: "the air force said" is a subject and its verb)
    const int w = static_cast<int>(word.data() - norm_.data()), b = w + static_cast<int>(word.size());
    for (const Token& k : *sentence_toks_)
      if (k.begin <= w && k.end >= b &&
          (Marks(k, Lang::kEn, Marker::kPassive) || Marks(k, Lang::kEn, Marker::kNeg) ||
           HasItem(lex_, k, Lang::kEn, ItemKind::kActor) || HasItem(lex_, k, Lang::kEn, ItemKind::kRole)))
        return false;
    return true;
  }

  // `t` is the verb of an English relative clause with its object before it: "the sanctions
  // Moscow imposed", "the accord which both sides had signed".
  bool ObjectRelativeVerb(const Token& t, const std::vector<Mention>& mentions) const {
    if (!HasItem(lex_, t, Lang::kEn, ItemKind::kPattern) || !LooksLikeParticiple(t.begin)) return false;
    const Mention* m = SubjectRightBefore(t.begin, mentions);
    if (!m) return false;
    if (TextBefore(m->begin, U" which ")) return true;
    // a plain noun right before the name (or before "that"): not a function word, a verb or a
    // speech verb ("said that Moscow imposed" is reported speech)
    const int b = TextBefore(m->begin, U" that ") ? m->begin - 5 : m->begin;
    if (!TextBefore(b, U" ")) return false;
    const std::u32string_view word = WordBefore(b);
    if (word.empty() || !(word[0] >= U'a' && word[0] <= U'z')) return false;
    if (word.ends_with(U"ed")) return false;  // "warned Moscow imposed": a verb
    const int w = static_cast<int>(word.data() - norm_.data()), e = w + static_cast<int>(word.size());
    for (const Token& k : *sentence_toks_)
      if (k.begin <= w && k.end >= e &&
          (Marks(k, Lang::kEn, Marker::kFixed) || Marks(k, Lang::kEn, Marker::kSpeech) ||
           Marks(k, Lang::kEn, Marker::kPrep) || Marks(k, Lang::kEn, Marker::kCoord)))
        return false;
    return true;
  }

  // The name right before an English verb, with only a space or "had"/"has"/"have" between:
  // the verb's subject ("Moscow imposed", "the two countries had signed").
  const Mention* SubjectRightBefore(int pos, const std::vector<Mention>& mentions) const {
    const Mention* subject = nullptr;
    for (const Mention& m : mentions) {
      if (m.end > pos || m.prep_object || m.locative || m.passive_agent) continue;
      const std::u32string_view gap = std::u32string_view(norm_).substr(m.end, pos - m.end);
      if (gap == U" " || gap == U" had " || gap == U" has " || gap == U" have ") subject = &m;
    }
    return subject;
  }

  // The English word at `pos` is a particle that makes a verb an appeal ("call on", "call
  // for"); "agreed on Thursday to" has a time after it instead.
  bool ParticleAt(int pos, const std::vector<TimeExpr>& times) const {
    int e = pos;
    while (e < static_cast<int>(norm_.size()) && IsAsciiAlnum(norm_[e])) ++e;
    const std::u32string_view w = std::u32string_view(norm_).substr(pos, e - pos);
    if (w != U"for" && w != U"on" && w != U"upon") return false;
    for (const TimeExpr& t : times)
      if (t.begin > e && t.begin <= e + 1) return false;
    return true;
  }

  // The English word at `pos` can be a past participle ("decertified", "shot", "held"), not an
  // adjective after "is" ("is pessimistic").
  bool LooksLikeParticiple(int pos) const {
    int e = pos;
    while (e < static_cast<int>(norm_.size()) && IsAsciiAlnum(norm_[e])) ++e;
    const std::u32string_view w = std::u32string_view(norm_).substr(pos, e - pos);
    if (w.ends_with(U"ed") || w.ends_with(U"en") || w.ends_with(U"wn")) return true;
    for (std::u32string_view p : {U"held", U"hit", U"shot", U"struck", U"cut", U"sent", U"put", U"set", U"built",
                                  U"brought", U"caught", U"fought", U"bought", U"sold", U"told", U"made", U"met",
                                  U"led", U"kept", U"left", U"lost", U"paid", U"said", U"seen", U"spent", U"won",
                                  U"begun", U"overrun", U"bound", U"found", U"slain", U"stolen", U"hung", U"spun"})
      if (w == p) return true;
    return false;
  }

  // A participle right after the people it was done to, with no auxiliary and no object:
  // "Chinese nationals arrested in Manila", "South Korean workers detained in a U.S. raid". (Only
  // acts done to people: "Russian warships arrived in Havana" is no passive.)
  bool ReducedPassive(const Pattern& p, const Token& trig, int match_end, const std::vector<Mention>& mentions) const {
    const int root = Root(p.code);
    if (p.reciprocal || !(root == 16 || root == 17 || root == 18 || root == 20 || p.code.rfind("084", 0) == 0))
      return false;
    if (!LooksLikeParticiple(trig.begin) || match_end != trig.end) return false;
    // the next word is no object: a preposition, a time or the clause's end
    int n = match_end;
    while (n < sentence_end_ && norm_[n] == ' ') ++n;
    if (n < sentence_end_ && IsAsciiAlnum(norm_[n])) {
      int e = n;
      while (e < sentence_end_ && IsAsciiAlnum(norm_[e])) ++e;
      const std::u32string_view next = std::u32string_view(norm_).substr(n, e - n);
      bool prep = false;
      for (std::u32string_view w : {U"in", U"by", U"at", U"on", U"during", U"since", U"after", U"near", U"off",
                                    U"for", U"over", U"last", U"earlier", U"this", U"from", U"under", U"while",
                                    U"outside", U"inside", U"without", U"when", U"as"})
        prep |= next == w;
      if (!prep) return false;
    } else if (n < sentence_end_ && norm_[n] != ',' && norm_[n] != '.' && norm_[n] != ';') {
      return false;
    }
    // the people before it: a name, then at most one plural noun ("nationals", "workers")
    int b = trig.begin;
    while (b > sentence_begin_ && norm_[b - 1] == ' ') --b;
    const std::u32string_view w = WordBefore(trig.begin);
    for (std::u32string_view aux : {U"was", U"were", U"been", U"being", U"is", U"are", U"be", U"has", U"have",
                                    U"had", U"who", U"which", U"that", U"and", U"or", U"not", U"never"})
      if (w == aux) return false;
    int name_end = b;
    // (or one person: "an Australian writer detained in Beijing")
    bool person_noun = false;
    for (std::u32string_view n : {U"writer", U"journalist", U"reporter", U"citizen", U"national", U"businessman",
                                  U"businesswoman", U"executive", U"employee", U"worker", U"activist", U"academic",
                                  U"scholar", U"researcher", U"tourist", U"student", U"teacher", U"pilot", U"sailor",
                                  U"fisherman", U"engineer", U"novelist", U"blogger", U"lawyer", U"doctor",
                                  U"suspect", U"soldier", U"man", U"woman", U"priest", U"diplomat", U"contractor",
                                  U"veteran", U"analyst", U"consultant", U"professor", U"photographer"})
      person_noun |= w == n;
    if (!w.empty() && w.front() >= 'a' && w.front() <= 'z' &&
        (w.ends_with(U"s") || w == U"crew" || w == U"staff" || w == U"personnel" || w == U"people" ||
         w.ends_with(U"men") || person_noun))
      name_end = static_cast<int>(w.data() - norm_.data());
    while (name_end > sentence_begin_ && norm_[name_end - 1] == ' ') --name_end;
    for (const Mention& m : mentions)
      if (m.end == name_end && !m.entries.empty() && !IsPerson(m) && !m.prep_object && !m.passive_agent)
        return name_end != b || !m.role.empty() || (m.end - m.begin > 1 && norm_[m.end - 1] == 's');
    return false;
  }

  // was/were/been right before the trigger, an adverb allowed between: "was later expelled".
  bool PassiveBefore(const std::vector<Token>& toks, int tok_index) const {
    const Token& trig = toks[tok_index];
    // "was ending" is progressive: a participle in -ing is never passive
    size_t word_end = static_cast<size_t>(trig.begin);
    while (word_end < norm_.size() && IsAsciiAlnum(norm_[word_end])) ++word_end;
    if (std::u32string_view(norm_).substr(trig.begin, word_end - trig.begin).ends_with(U"ing")) return false;
    for (int k = tok_index - 1; k >= 0 && k >= tok_index - 2; --k) {
      if (trig.begin - toks[k].end > 12) return false;
      if (Marks(toks[k], Lang::kEn, Marker::kPassive)) return true;
    }
    return false;
  }

  // 被/遭 shortly before the trigger in its clause (美国公民被委内瑞拉当局释放).
  bool ZhPassiveBefore(const std::vector<Token>& toks, int tok_index) const {
    const Token& trig = toks[tok_index];
    for (int k = tok_index - 1; k >= 0 && trig.begin - toks[k].end <= 10; --k) {
      if (clause_of_[toks[k].begin] != clause_of_[trig.begin]) return false;
      if (Marks(toks[k], Lang::kZh, Marker::kPassive)) return true;
    }
    return false;
  }

  // 被/遭到 right before the trigger (at most two characters between, no actor): 哥伦比亚被列为….
  bool BarePassive(const std::vector<Token>& toks, int tok_index, const std::vector<Mention>& mentions) const {
    const Token& trig = toks[tok_index];
    for (int k = tok_index - 1; k >= 0 && trig.begin - toks[k].end <= 2; --k) {
      if (!Marks(toks[k], Lang::kZh, Marker::kPassive)) continue;
      for (const Mention& m : mentions)
        if (m.begin >= toks[k].end && m.end <= trig.begin) return false;
      return true;
    }
    return false;
  }

  // 高市的发言并未改变日本的立场: a name after a possessed noun of its clause is inside the
  // predicate, not the clause's subject.
  bool AfterPossessedNoun(const Mention& m) const {
    const int b = ClauseStart(m.begin);
    for (int k = b; k < m.begin; ++k)
      if (norm_[k] == U'的') return true;
    return false;
  }

  // The subject of an earlier, unquoted clause of the sentence, else the paragraph's topic;
  // never `exclude` or an actor of its country.
  // The actor right before "to" and the verb at `pos` when a causative verb governs it
  // ("prompted Mogadishu to", "forcing the government to").
  const Mention* MadeToAct(int pos, const std::vector<Mention>& mentions) const {
    if (!TextBefore(pos, U"to ")) return nullptr;
    for (const Mention& m : mentions) {
      if (m.end + 4 != pos || (m.entries.empty() && m.role.empty() && !m.dyad)) continue;
      const std::u32string_view w = WordBeforeName(m.begin);
      for (std::u32string_view c : {U"prompted", U"prompting", U"forced", U"forcing", U"pushed", U"pushing",
                                    U"compelled", U"compelling", U"persuaded", U"persuading", U"convinced",
                                    U"convincing", U"led", U"leading", U"caused", U"causing", U"spurred", U"spurring"})
        if (w == c) return &m;
      return nullptr;
    }
    return nullptr;
  }

  // Clause `c` opens with a comma and a noun phrase ("…, one of Maduro's critics, …", "…, a
  // former general, …").
  bool AppositiveClause(const std::vector<Mention>& mentions, int c) const {
    for (const Mention& m : mentions)
      if (m.clause == c) {
        const std::u32string_view head = CommaClauseHead(ClauseStart(m.begin), m.begin + 1);
        for (std::u32string_view w : {U"one of ", U"a ", U"an ", U"the ", U"himself ", U"herself ", U"also ",
                                      U"chiefly ", U"notably ", U"particularly ", U"especially ", U"mainly ",
                                      U"mostly ", U"above all "})
          if (head.starts_with(w)) return true;
        // ("…, Rwanda's minister for regional integration, …": a possessive name and its role)
        if (head.size() <= 1 && !m.role.empty() &&
            std::u32string_view(norm_).substr(m.begin, m.end - m.begin).find(U"'s ") != std::u32string_view::npos)
          return true;
        return false;
      }
    return false;
  }

  const Mention* ContextSubject(const std::vector<Mention>& mentions, int clause, const Token& trig,
                                const std::vector<bool>& quoted, int paragraph, const Mention* exclude,
                                std::string* from) const {
    const std::string excluded = exclude ? CountryOfMention(*exclude) : "";
    const bool english = sentences_[sentence_index_].lang == Lang::kEn;
    auto allowed = [&](const Mention& m) {
      return &m != exclude && (excluded.empty() || CountryOfMention(m) != excluded);
    };
    // (the act's clause names no subject of its own before the act)
    const bool own_subject = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
      return o.clause == clause && o.begin < trig.begin;
    });
    // ("She said Chinese personnel boarded the boat, beat the crew and confiscated…": a series of
    // verbs after the words reported continues their subject; ", and urged…" is the speaker's,
    // and so is a participle, ", calling the demands unacceptable")
    if (english && !exclude && clause > 0 && !quoted[clause - 1] && !own_subject) {
      const int clause_start = ClauseStartOf(clause);
      const std::u32string_view head = CommaClauseHead(clause_start, trig.begin);
      bool series = clause_start < trig.begin && norm_[clause_start] == ',' && !FirstWordAt(trig.begin).ends_with(U"ing");
      for (std::u32string_view w : {U"and ", U"but ", U"then ", U"while ", U"as ", U"who ", U"which ", U"where ",
                                    U"when ", U"saying ", U"adding "})
        series = series && !head.starts_with(w);
      if (series)
        for (const Mention& r : mentions) {
          if (r.clause != clause - 1 || r.prep_object || r.passive_agent || r.coord_with_prev || r.locative ||
              !allowed(r) || (r.entries.empty() && !r.dyad))
            continue;
          std::u32string_view w = WordBeforeName(r.begin);
          if (w == U"that") w = WordBefore(static_cast<int>(w.data() - norm_.data()));
          if (!IsReportingVerb(w)) continue;
          bool verb_after = false;
          for (const Token& t : *sentence_toks_)
            verb_after |= t.begin > r.end && clause_of_[t.begin] == clause - 1 && HasItem(lex_, t, Lang::kEn, ItemKind::kPattern) &&
                          LooksLikeParticiple(t.begin);
          if (!verb_after) continue;
          *from = "subject of the words reported";
          return &r;
        }
    }
    for (int c = clause - (exclude ? 0 : 1); c >= 0; --c) {
      if (quoted[c]) continue;
      if (RelativeClauseNumber(c, true)) continue;  // (", where about 100,000 ethnic Hungarians live,")
      // (an English subject comes before its clause's verb: "Power arrives in Yerevan, announces
      // aid…" does not make Yerevan the subject)
      int verb = trig.begin;
      if (english)
        for (const Token& t : *sentence_toks_)
          if (clause_of_[t.begin] == c && t.begin < verb && HasItem(lex_, t, Lang::kEn, ItemKind::kPattern) &&
              !(t.begin > 0 && norm_[t.begin - 1] == '-')) {  // ("the army-led government": part of a name)
            verb = t.begin;
            break;
          }
      // ("Milei, one of Maduro's fiercest critics, had rejected…": an appositive with no verb
      // describes the name before it)
      // (not after an opening phrase with no name to describe: "In a joint statement, the
      // foreign ministers of Britain, France and Germany, known as the E3, urged…")
      if (english && verb == trig.begin && c > 0 && c < clause && AppositiveClause(mentions, c) &&
          std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) { return o.clause == c - 1; }))
        continue;
      // (", the day the three governments announced their plans, and on Thursday summoned…": a
      // time told with a clause of its own is no subject's clause)
      if (english && c > 0 && c < clause) {
        const std::u32string_view head = CommaClauseHead(ClauseStartOf(c), trig.begin);
        bool time_aside = false;
        for (std::u32string_view w : {U"the day ", U"the same day ", U"a day ", U"the week ", U"the month ",
                                      U"the year ", U"days ", U"hours ", U"weeks "})
          time_aside |= head.starts_with(w);
        if (time_aside) continue;
      }
      for (const Mention& m : mentions)
        if (m.clause == c && m.end <= trig.begin && m.end <= verb && !m.prep_object && !m.passive_agent &&
            !m.prep_ambiguous && !m.coord_with_prev && !m.locative && allowed(m) && !AfterPossessedNoun(m)) {
          *from = "subject of an earlier clause";
          // ("Qatar's ministry said the two delegations, led by …, had agreed": the subject of
          // the words reported is the one the act's clause continues)
          // (only across an appositive set off by commas, and not for a passive: "said the
          // diplomat, a counsellor at the embassy, had been declared…")
          if (english && c + 2 == clause && !own_subject && !TextBefore(trig.begin, U"been ") &&
              !TextBefore(trig.begin, U"was ") && !TextBefore(trig.begin, U"were "))
            for (const Mention& r : mentions)
              if (r.clause == c && r.begin > m.end && r.end <= trig.begin && !r.prep_object && !r.passive_agent &&
                  !r.coord_with_prev && !r.locative && allowed(r) && IsReportingVerb(WordBeforeName(r.begin)) &&
                  (r.dyad || !r.entries.empty()) && norm_.compare(r.end, 2, U", ") == 0) {
                *from = "subject of the words reported";
                return &r;
              }
          return &m;
        }
    }
    if (has_topic_ && paragraph == topic_paragraph_ && allowed(topic_)) {
      *from = "topic of the paragraph";
      return &topic_;
    }
    return nullptr;
  }

  // Between an English speech act and its content: "to", "of", or an article and at most two
  // words ("demanded an emergency meeting").
  static bool EnglishFrameGap(std::u32string_view g) {
    if (g.empty() || g == U"to" || g == U"of" || g.ends_with(U" to") || g.ends_with(U" of")) return true;
    int words = 1;
    for (char32_t c : g) words += c == ' ';
    return words <= 3 && (g.starts_with(U"a ") || g.starts_with(U"an ") || g.starts_with(U"the ") || g.starts_with(U"to "));
  }

  // A purpose word earlier in the clause, or 以 opening the clause right before the trigger.
  bool PurposeBefore(const std::vector<Token>& toks, int tok_index, Lang lang) const {
    const Token& trig = toks[tok_index];
    const int clause = clause_of_[trig.begin];
    for (int k = tok_index - 1; k >= 0 && clause_of_[toks[k].begin] == clause; --k)
      if (Marks(toks[k], lang, Marker::kPurpose)) return true;
    if (lang != Lang::kZh || trig.begin < 1 || norm_[trig.begin - 1] != U'以') return false;
    return trig.begin < 2 || clause_of_[trig.begin - 2] != clause;
  }

  // Between a topic word and the noun that closes the topic: 就 … 一事, 关于 … 问题.
  bool InsideTopic(const std::vector<Token>& toks, int tok_index, Lang lang) const {
    const Token& trig = toks[tok_index];
    const int clause = clause_of_[trig.begin];
    bool opened = false;
    for (int k = tok_index - 1; k >= 0 && clause_of_[toks[k].begin] == clause && !opened; --k) {
      if (Marks(toks[k], lang, Marker::kTopicEnd)) return false;
      if (Marks(toks[k], lang, Marker::kTopic)) opened = true;
    }
    if (!opened) return false;
    for (size_t k = static_cast<size_t>(tok_index) + 1; k < toks.size() && clause_of_[toks[k].begin] == clause; ++k)
      if (Marks(toks[k], lang, Marker::kTopicEnd)) return true;
    return false;
  }

  // Adds a coded event under the next id of the document; it is the latest event.
  void AppendEvent(Event e) {
    e.id = doc_.id + "#" + std::to_string(out_.events.size() + 1);
    out_.events.push_back(std::move(e));
    last_event_ = static_cast<int>(out_.events.size()) - 1;
  }

  // The speech act whose content the trigger is: an event of this sentence and clause ending
  // before the trigger that opens a frame (CameoFrames::OfCode) or criticises (root 11), with the
  // addressee between them (呼吁美国解除…, "urged Beijing to release") or nothing but a few
  // characters or "to"/"of" (拒绝释放, "refused to release"). A conjunction after the addressee
  // starts an act of its own (批评中国并宣布制裁).
  Event* FrameBefore(const Token& trig, int sidx, const std::vector<Mention>& mentions, Lang lang,
                     const Mention** addressee_out) {
    for (auto it = out_.events.rbegin(); it != out_.events.rend() && it->sentence == sidx; ++it) {
      if (it->span_end > trig.begin || clause_of_[it->span_begin] != clause_of_[trig.begin]) continue;
      if (CameoFrames::OfCode(it->code) == Frame::kNone && it->root != "11") return nullptr;
      int gap_from = it->span_end;
      const Mention* addressee = nullptr;
      for (const Mention& m : mentions)
        if (m.begin >= it->span_end && m.end <= trig.begin && m.end > gap_from) {
          gap_from = m.end;
          addressee = &m;
        }
      std::u32string_view g = std::u32string_view(norm_).substr(gap_from, trig.begin - gap_from);
      while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
      while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
      if (lang == Lang::kZh) {
        if (g.find_first_of(U"并且及和又还同时") != std::u32string_view::npos) return nullptr;
      } else {
        for (std::u32string_view w : {U"and", U"but", U"while", U"then", U"before", U"after"})
          if (g == w || g.starts_with(std::u32string(w) + U" ") || g.ends_with(U" " + std::u32string(w)) ||
              g.find(U" " + std::u32string(w) + U" ") != std::u32string_view::npos)
            return nullptr;
        // ("lodged a protest with China after a Beijing court sentenced…", "accused Venezuela of
        // …, and said it had asked…": a conjunction or a new speech verb before the last name
        // starts another act too)
        const std::u32string_view whole = std::u32string_view(norm_).substr(it->span_end, trig.begin - it->span_end);
        for (std::u32string_view w : {U" after ", U" because ", U" and said ", U" and told ", U" and added ",
                                      U" and announced ", U" and says "})
          if (whole.find(w) != std::u32string_view::npos) return nullptr;
      }
      const bool short_gap = lang == Lang::kZh ? g.size() <= 4 : EnglishFrameGap(g);
      if (!addressee && !short_gap) return nullptr;
      *addressee_out = addressee;
      return &*it;
    }
    return nullptr;
  }

  // The trigger names the act as a thing rather than telling it: after a possessor or a
  // relative clause (美国当前的制裁, 美军发动的空袭; "Russia's invasion", "the attack"), or
  // before 的 (美国提供的情报). A target phrase before 的 still tells it: 对俄罗斯的制裁.
  bool IsNominal(const Pattern& p, const Token& trig, int tok_index, int sidx, const std::vector<Token>& toks,
                 Lang lang) const {
    const int clause = clause_of_[trig.begin];
    if (lang == Lang::kZh) {
      if (trig.end < static_cast<int>(norm_.size()) && norm_[trig.end] == U'的') return true;
      // 美国当前的制裁与施压: listed after an act named as a thing, named as a thing too
      if (trig.begin >= 2 && tok_index > 0 && toks[tok_index - 1].end == trig.begin - 1 &&
          std::u32string_view(U"与和、及").find(norm_[trig.begin - 1]) != std::u32string_view::npos &&
          HasItem(lex_, toks[tok_index - 1], lang, ItemKind::kPattern) && toks[tok_index - 1].begin > 0 &&
          norm_[toks[tok_index - 1].begin - 1] == U'的')
        return true;
      // 审判是一场“政治迫害”, 此举构成侵略: a predicate noun classifies something else; it
      // does not tell an act.
      {
        const std::u32string_view before =
            std::u32string_view(norm_).substr(std::max(0, trig.begin - 8), trig.begin - std::max(0, trig.begin - 8));
        for (std::u32string_view cue : {U"是一场", U"是一种", U"是一次", U"是一起", U"是场", U"属于", U"构成"}) {
          const size_t at = before.rfind(cue);
          if (at == std::u32string_view::npos) continue;
          const int from = trig.begin - static_cast<int>(before.size() - at - cue.size());
          bool plain = true;  // only modifiers and quotes between: no clause break, no other act
          for (int k = from; k < trig.begin && plain; ++k)
            if (clause_of_[k] != clause) plain = false;
          for (int k = tok_index - 1; k >= 0 && toks[k].begin >= from && plain; --k)
            if (HasItem(lex_, toks[k], lang, ItemKind::kPattern)) plain = false;
          if (plain) return true;
        }
      }
      if (ActFrameEnd(trig, lang) >= 0) return true;  // 在通话中: the call already told
      if (p.segments.size() > 1) return false;  // 对以色列的战争罪展开调查: the whole pattern tells it
      // 的 right before (a modifier between cannot be told from an object: 为伊朗的核项目辩护)
      const int de = trig.begin - 1;
      if (trig.begin < 2 || norm_[de] != U'的') return false;
      // 在卡塔尔的调解下: an act under whose auspices the clause's actors act is told
      if (norm_[trig.end] == U'下' || (norm_[trig.end] == U'之' && norm_[trig.end + 1] == U'下'))
        for (int k = de - 1; k >= std::max(sentence_begin_, de - 12) && clause_of_[k] == clause; --k)
          if (norm_[k] == U'在') return false;
      // 美军1月3日的袭击: an act with its own date is told, not just named.
      const char32_t unit = norm_[de - 1];
      if ((unit == U'日' || unit == U'号' || unit == U'月' || unit == U'年') && de >= 2)
        for (int k = de - 2; k >= 0 && k >= de - 7; --k)
          if (norm_[k] >= '0' && norm_[k] <= '9') return false;
      // 宣布对佩特罗及其相关人员的制裁: a target preposition shortly before 的, unless it belongs
      // to a later verb of the clause (对美军的袭击展开调查).
      bool later_trigger = false;
      for (size_t k = static_cast<size_t>(tok_index) + 1; k < toks.size() && clause_of_[toks[k].begin] == clause; ++k) {
        // a noun listed after it (制裁、限制签证等措施) is not a verb governing it
        const std::u32string_view gap = std::u32string_view(norm_).substr(trig.end, std::max(0, toks[k].begin - trig.end));
        if (gap == U"、" || gap == U"和" || gap == U"与" || gap == U"及") continue;
        if (toks[k].begin >= trig.end && HasItem(lex_, toks[k], lang, ItemKind::kPattern)) later_trigger = true;
      }
      for (int k = tok_index - 1; k >= 0 && de - toks[k].begin <= 16 && !later_trigger; --k) {
        if (clause_of_[toks[k].begin] != clause) break;
        if (Marks(toks[k], lang, Marker::kTargetPrep)) return false;
      }
      return true;
    }
    if (p.segments.size() > 1) return false;
    // ("in a swap mediated by the UAE": a participle with its agent after it tells the act)
    if (FirstWordAt(trig.begin).ends_with(U"ed") && norm_.compare(trig.end, 4, U" by ") == 0) return false;
    // English words before the trigger, nearest first.
    std::vector<std::u32string_view> words;
    {
      int e = trig.begin;
      // (inside the sentence: "members of his family. Petro denounced" has no words before)
      while (words.size() < 4) {
        while (e > sentence_begin_ && (norm_[e - 1] == ' ' || norm_[e - 1] == '.')) --e;
        int b = e;
        while (b > sentence_begin_ && (IsAsciiAlnum(norm_[b - 1]) || norm_[b - 1] == '-' || norm_[b - 1] == '\'')) --b;
        if (b == e) break;
        words.push_back(std::u32string_view(norm_).substr(b, e - b));
        e = b;
      }
    }
    auto is_determiner = [](std::u32string_view w) {
      for (std::u32string_view d : {U"the", U"a", U"an", U"this", U"that", U"these", U"those", U"its", U"their",
                                    U"his", U"her", U"such", U"some", U"several", U"all", U"two", U"three", U"four",
                                    U"five", U"six", U"seven", U"eight", U"nine", U"ten", U"dozens", U"hundreds"})
        if (w == d) return true;
      return !w.empty() && w[0] >= '0' && w[0] <= '9';
    };
    // "two detained Canadians", "29 alleged cartel leaders": a participle after a determiner or
    // a number describes a noun.
    {
      std::u32string_view trigger = std::u32string_view(norm_).substr(trig.begin, trig.end - trig.begin);
      // (a day of the month is not a number of things: "on Oct. 19 accused")
      const bool date_before = words.size() > 1 && words[0][0] >= '0' && words[0][0] <= '9' &&
                               (IsMonthWord(words[1]) || words[1] == U"on");
      // ("Saudi Arabia and Bahrain all condemned": "all" after a name floats off its subject)
      bool floating = false;
      if (!words.empty() && words[0] == U"all") {
        const int all_at = static_cast<int>(words[0].data() - norm_.data());
        for (const Token& k : *sentence_toks_)
          floating |= k.end + 1 == all_at &&
                      (HasItem(lex_, k, Lang::kEn, ItemKind::kActor) || HasItem(lex_, k, Lang::kEn, ItemKind::kRole));
      }
      if (trigger.ends_with(U"ed") && !words.empty() && is_determiner(words[0]) && !date_before && !floating) return true;
    }
    // "has stepped up attacks", "Houthi attacks on shipping": a plural noun names a kind of act
    // or a series, not one event (a verb in the present tense would follow its subject's name).
    {
      const std::u32string_view trigger = std::u32string_view(norm_).substr(trig.begin, trig.end - trig.begin);
      const std::u32string base(p.text.begin(), p.text.end());  // (English patterns are ASCII)
      bool name_right_before = false;
      if (tok_index > 0)
        name_right_before = toks[tok_index - 1].end + 1 >= trig.begin && HasItem(lex_, toks[tok_index - 1], lang, ItemKind::kActor);
      // (an adverb before makes it a verb: "China firmly opposes")
      const bool adverb_before = !words.empty() && words[0].size() > 3 && words[0].ends_with(U"ly");
      // ("a wave of airstrikes", "a barrage of strikes": a series told as it happened)
      bool series = false;
      if (words.size() > 1 && words[0] == U"of")
        for (std::u32string_view w : {U"wave", U"series", U"barrage", U"spate", U"string", U"volley", U"round", U"salvo"})
          series |= words[1] == w;
      if (trigger.size() == base.size() + 1 && trigger.back() == U's' && trigger.starts_with(base) && base.back() != U's' &&
          base.find(U' ') == std::u32string::npos && !name_right_before && !adverb_before && !series)
        return true;
    }
    // "a Chinese attack on Taiwan could…": an indefinite act named as the subject of a possibility
    // is a supposition, not an event.
    if (!words.empty() && (words[0] == U"a" || words[0] == U"an" || words[0] == U"any" ||
                           (words.size() > 1 && (words[1] == U"a" || words[1] == U"an" || words[1] == U"any")))) {
      for (size_t k = static_cast<size_t>(tok_index) + 1; k < toks.size() && clause_of_[toks[k].begin] == clause; ++k)
        if (Marks(toks[k], lang, Marker::kPossible) || Marks(toks[k], lang, Marker::kHypo) ||
            ((words[0] == U"any" || (words.size() > 1 && words[1] == U"any")) &&
             Marks(toks[k], lang, Marker::kIntent)))  // "any attack would trigger…"
          return true;
    }
    // "after an 11-week blockade", "during the invasion", "exploded in an attack": an act named
    // after a preposition and a determiner.
    for (size_t k = 0; k + 1 < words.size() && k < 3; ++k)
      if (is_determiner(words[k])) {
        // ("in a Russian missile strike" names the one who struck: it tells the act)
        const int det = static_cast<int>(words[k].data() - norm_.data());
        bool actor_inside = false;
        for (int j = tok_index - 1; j >= 0 && toks[j].begin > det; --j)
          actor_inside = actor_inside || HasItem(lex_, toks[j], lang, ItemKind::kActor);
        const bool time_word = words[k + 1] == U"after" || words[k + 1] == U"before" || words[k + 1] == U"since" ||
                               words[k + 1] == U"during" || words[k + 1] == U"amid" || words[k + 1] == U"following" ||
                               words[k + 1] == U"despite";
        for (std::u32string_view w : {U"in", U"of", U"over", U"about", U"into"})
          if (words[k + 1] == w && !actor_inside) return true;
        if (time_word) return true;
        break;
      }
    // English: a single-word trigger after a determiner or a possessive, as the object of a
    // verbal act coded just before it in the clause ("condemned the attack", "denounced
    // Russia's invasion"); as a subject it is told ("Iraq's chemical attack killed thousands").
    // "held talks in Istanbul, with Turkey chairing the meeting": "the" + the noun of an act
    // of the same root told earlier in the paragraph refers back to it.
    if (!words.empty() && (words[0] == U"the" || words[0] == U"this" || words[0] == U"that"))
      for (auto it = out_.events.rbegin(); it != out_.events.rend(); ++it) {
        if (sentences_[it->sentence].paragraph != sentences_[sidx].paragraph) break;
        // (an assault by a state is coded as force: "attacked … the attack" is one act)
        const std::string root = p.code.substr(0, 2);
        if (it->root == root || ((it->root == "18" || it->root == "19") && (root == "18" || root == "19"))) return true;
      }
    // "did not condemn Russia's invasion of Ukraine": a possessive act noun right after a verb
    // of the clause is that verb's object, named, not told (even when the verb is negated).
    {
      int e = trig.begin;
      while (e > sentence_begin_ && norm_[e - 1] == ' ') --e;
      int w = e;
      while (w > sentence_begin_ && norm_[w - 1] != ' ') --w;
      // the possessor's name ends right before the noun ("Russia's invasion", "Russia's full-scale invasion")
      for (int hop = 0; hop < 2 && !(e - w > 2 && (norm_.compare(e - 2, 2, U"'s") == 0)); ++hop) {
        e = w;
        while (e > sentence_begin_ && norm_[e - 1] == ' ') --e;
        w = e;
        while (w > sentence_begin_ && norm_[w - 1] != ' ') --w;
      }
      if (e - w > 2 && norm_.compare(e - 2, 2, U"'s") == 0) {
        // the possessor's first word, then the verb right before it
        int name_begin = w;
        for (const Token& t : toks)
          if (t.begin < e && t.end >= e - 2 && HasItem(lex_, t, lang, ItemKind::kActor)) name_begin = std::min(name_begin, t.begin);
        for (int k = tok_index - 1; k >= 0 && clause_of_[toks[k].begin] == clause; --k) {
          if (toks[k].end > name_begin) continue;
          if (!HasItem(lex_, toks[k], lang, ItemKind::kPattern) || HasItem(lex_, toks[k], lang, ItemKind::kActor)) break;
          const std::u32string_view gap = std::u32string_view(norm_).substr(toks[k].end, name_begin - toks[k].end);
          if (gap == U" " || gap == U" the ") return true;
          break;
        }
      }
    }
    bool earlier_trigger = false;
    for (auto it = out_.events.rbegin(); it != out_.events.rend() && it->sentence == sidx; ++it)
      if ((it->quad == 1 || it->quad == 3) && it->span_end <= trig.begin && clause_of_[it->span_begin] == clause)
        earlier_trigger = true;
    if (!earlier_trigger) return false;
    std::u32string_view before = std::u32string_view(norm_).substr(0, trig.begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.ends_with(U"'s")) return true;
    // the act's noun after a determiner, perhaps with one word between ("a terrorist attack")
    return (!words.empty() && is_determiner(words[0])) || (words.size() > 1 && is_determiner(words[1]));
  }

  const Lexicon& lex_;
  const Document& doc_;
  const CodeOptions& opt_;
  std::string skip_reason_;  // why the current match coded nothing (CodeOptions::skipped)
  std::u32string orig_, norm_;
  std::vector<Sentence> sentences_;
  Date pub_;
  std::vector<int> clause_of_;  // clause index of each code point of the current sentence
  std::vector<TimeContext> time_contexts_;  // per time expression of the current sentence
  std::vector<int> word_starts_;             // English word starts of the current sentence
  std::vector<Token> trigger_keys_;           // the keys tried as the trigger at one word
  const std::vector<Token>* sentence_toks_ = nullptr;  // the current sentence's tokens
  std::vector<std::pair<int, int>> calendar_times_;     // the current sentence's times (not acts)
  int sentence_begin_ = 0, sentence_end_ = 0;
  UnitBloom sentence_units_{};
  std::vector<Token> toks_buffer_;  // the current sentence's words or characters (MatchRest)  // the current sentence: clause_of_ is valid inside only
  std::vector<std::pair<int, int>> terms_;  // quoted terms of the current sentence: 「 and 」 positions
  int verbal_act_at_ = -1;      // first speech verb or verbal act of the current sentence
  int appeal_at_ = -1;          // first appeal or demand of the current sentence
  std::map<std::u32string, uint32_t> surnames_;  // surname → the full name's token list
  static constexpr uint32_t kAmbiguousName = 0xFFFFFFFFu;  // a word of two full names
  Date lead_date_;      // the day of the first act dated in the lead, when close to publication
  bool lead_set_ = false;
  Date prev_date_;      // the paragraph's previous date
  Date doc_prev_date_;  // the last date of earlier paragraphs
  Date last_told_;      // the paragraph's last date told, in any clause ("that year")
  Date last_named_;     // the same, or a year before a noun named since ("a 2023 deal")
  std::vector<Date> attributive_dates_;  // the sentence's years before nouns, by time index
  std::map<std::u32string, KnownName, std::less<>> known_names_;  // surname → the title it came with
  int pair_paragraph_ = -1;  // the paragraph whose last subject was a pair of countries
  int group_paragraph_ = -1;  // the paragraph whose last subject was the list in group_
  std::vector<std::vector<uint32_t>> group_;  // the latest list of three or four countries (entries)
  // The three or four countries of one sentence of cooperative acts, for "the three leaders"
  // later on ("the leaders" in the next sentence).
  std::vector<std::vector<uint32_t>> scene_group_;
  int scene_sentence_ = -1;
  int sentence_index_ = 0;                    // the sentence being coded
  std::string pair_a_, pair_b_;  // that pair's countries
  std::map<std::u32string, std::vector<uint32_t>> roles_named_;  // "ministry" → the country last named with it
  // Act nouns a criticism with no known doer was about ("condemned the attack on Qatar"): only
  // what the criticism is about, not acts of the critics.
  struct ReactionObject {
    int sentence_begin, begin, end;
  };
  std::vector<ReactionObject> reaction_objects_;
  int last_event_ = -1;
  Mention topic_;
  bool has_topic_ = false;
  int label_paragraph_ = -1;  // the paragraph a round-up's country heading ("CHINA -") is over
  std::string label_country_;
  int topic_paragraph_ = -1;
  std::string topic_country_;  // the topic's country, kept while officials without one follow it
  std::string dateline_country_;  // the country of the city an English story was filed from ("-": several)
  Mention last_person_;
  bool has_person_ = false;
  std::vector<std::pair<int, std::string>> recent_people_;  // (sentence, country) of the people named
  std::vector<std::pair<Mention, std::string>> recent_countries_;
  std::map<std::string, int> party_counts_;  // mentions of each country or organisation so far
  std::vector<std::string> recent_parties_;  // countries and organisations, for 双方
  int current_paragraph_ = 0;
  CodedDocument out_;
};

}  // namespace

Result<Engine> Engine::Load(const std::string& data_dir) {
  std::string dir = data_dir.empty() ? DefaultDataDir() : data_dir;
  auto lex = Lexicon::Load(dir);
  if (!lex.ok()) return lex.status();
  Engine e;
  e.lex_ = *lex;
  return e;
}

std::string Engine::DefaultDataDir() {
  if (const char* env = std::getenv("DETENTE_DATA"); env && *env) return env;
  return DETENTE_DATA_DIR;
}

Result<CodedDocument> Engine::Code(const Document& doc, const CodeOptions& options) const {
  DocumentCoder coder(*lex_, doc, options);
  return coder.Run();
}

const std::string& Engine::lexicon_version() const { return lex_->version(); }
const std::string& Engine::data_dir() const { return lex_->dir(); }
double Engine::load_seconds() const { return lex_->load_seconds(); }
size_t Engine::dictionary_keys() const { return lex_->trie().num_keys(); }
size_t Engine::pattern_count() const { return lex_->patterns().size(); }

}  // namespace detente
