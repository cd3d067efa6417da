// The SQLite event store. One transaction per batch, WAL journal with full sync: a batch is
// committed whole or not at all, and a killed process leaves the last committed state.
#include <sqlite3.h>

#include <cstdio>
#include <ctime>

#include "common/date.h"
#include "detente/store.h"

namespace detente {

namespace {

// 1: first layout. 2: events.symmetric. 3: events.confidence.
constexpr int kSchemaVersion = 3;

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'text',      -- 'text' (coded here) or 'import' (events from GDELT)
  date TEXT, lang TEXT, title TEXT, url TEXT, source TEXT,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  lexicon_version TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events(
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  date TEXT, date_precision TEXT, date_first TEXT, date_last TEXT, date_source TEXT, date_reason TEXT,
  source_code TEXT, source_country TEXT, source_text TEXT, source_entry TEXT,
  target_code TEXT, target_country TEXT, target_text TEXT, target_entry TEXT,
  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, mood TEXT NOT NULL,
  symmetric INTEGER NOT NULL DEFAULT 0,
  sentence INTEGER, span_begin INTEGER, span_end INTEGER, trigger TEXT, evidence TEXT, rule TEXT,
  confidence REAL,                        -- NULL: not scored (imported, or stored before version 3)
  PRIMARY KEY(doc, id)
);
CREATE INDEX IF NOT EXISTS events_source ON events(source_country, target_country, date_first);
CREATE INDEX IF NOT EXISTS events_target ON events(target_country, source_country, date_first);
)sql";

std::string TextHash(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string Now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// A prepared statement that finalises itself.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  void Bind(int i, const std::string& v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void Bind(int i, long v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int(s_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(s_, i); }
  int Step() { return sqlite3_step(s_); }
  void Reset() { sqlite3_reset(s_); sqlite3_clear_bindings(s_); }
  std::string Text(int i) const {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? reinterpret_cast<const char*>(t) : "";
  }
  long Int(int i) const { return static_cast<long>(sqlite3_column_int64(s_, i)); }
  double Real(int i) const { return sqlite3_column_double(s_, i); }
  bool IsNull(int i) const { return sqlite3_column_type(s_, i) == SQLITE_NULL; }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override { sqlite3_close(db_); }

  Status Init() {
    DETENTE_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys=ON"));
    DETENTE_RETURN_IF_ERROR(Exec("PRAGMA journal_mode=WAL"));
    DETENTE_RETURN_IF_ERROR(Exec("PRAGMA synchronous=FULL"));
    sqlite3_busy_timeout(db_, 10000);
    DETENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status st = Exec(kSchema);
    if (st.ok()) {
      Stmt q(db_, "SELECT value FROM meta WHERE key='schema_version'");
      if (q.ok() && q.Step() == SQLITE_ROW) {
        int v = std::atoi(q.Text(0).c_str());
        if (v > kSchemaVersion)
          st = StoreError(path_ + ": database schema version " + std::to_string(v) + " is newer than this program's " +
                          std::to_string(kSchemaVersion));
        else if (v < kSchemaVersion)
          st = Migrate(v);
      } else {
        st = Exec("INSERT INTO meta(key, value) VALUES('schema_version', '" + std::to_string(kSchemaVersion) + "')");
      }
    }
    if (!st.ok()) {
      Exec("ROLLBACK");
      return st;
    }
    return Exec("COMMIT");
  }

  Result<IngestStats> Put(const std::vector<Document>& docs, const std::vector<std::vector<Event>>& events,
                          const std::string& lexicon_version, bool replace_unchanged) override {
    if (docs.size() != events.size()) return Internal("Put: documents and event lists differ in length");
    IngestStats stats;
    DETENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status st = PutLocked(docs, events, lexicon_version, replace_unchanged, &stats);
    if (!st.ok()) {
      Exec("ROLLBACK");
      return st;
    }
    DETENTE_RETURN_IF_ERROR(Exec("COMMIT"));
    return stats;
  }

  Result<int> PutEvents(const std::string& batch_id, const std::vector<Event>& events) override {
    DETENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status st = [&]() -> Status {
      {
        Stmt del(db_, "DELETE FROM documents WHERE id=?");
        del.Bind(1, batch_id);
        if (del.Step() != SQLITE_DONE) return Error("delete batch");
      }
      Stmt ins(db_,
               "INSERT INTO documents(id, kind, text, text_hash, lexicon_version, stored_at) "
               "VALUES(?, 'import', '', '', '', ?)");
      ins.Bind(1, batch_id);
      ins.Bind(2, Now());
      if (ins.Step() != SQLITE_DONE) return Error("insert batch");
      return InsertEvents(batch_id, events);
    }();
    if (!st.ok()) {
      Exec("ROLLBACK");
      return st;
    }
    DETENTE_RETURN_IF_ERROR(Exec("COMMIT"));
    return static_cast<int>(events.size());
  }

  Result<std::vector<Event>> QueryEvents(const EventQuery& q) override {
    std::string sql =
        "SELECT doc, id, date, date_precision, date_source, date_reason, source_code, source_country, source_text, "
        "source_entry, target_code, target_country, target_text, target_entry, code, root, quad, goldstein, mood, "
        "sentence, span_begin, span_end, trigger, evidence, rule, symmetric, confidence FROM events WHERE 1=1";
    std::vector<std::string> binds;
    if (!q.a.empty() && !q.b.empty()) {
      if (q.directed) {
        sql += " AND source_country=? AND target_country=?";
        binds = {q.a, q.b};
      } else {
        sql += " AND ((source_country=? AND target_country=?) OR (source_country=? AND target_country=?))";
        binds = {q.a, q.b, q.b, q.a};
      }
    } else if (!q.a.empty()) {
      sql += q.directed ? " AND source_country=?" : " AND (source_country=? OR target_country=?)";
      binds.push_back(q.a);
      if (!q.directed) binds.push_back(q.a);
    }
    if (!q.from.empty()) { sql += " AND date_last >= ?"; binds.push_back(q.from); }
    if (!q.to.empty()) { sql += " AND date_first <= ?"; binds.push_back(q.to); }
    if (!q.root.empty()) { sql += " AND root = ?"; binds.push_back(q.root); }
    if (!q.include_all_moods) sql += " AND mood = 'asserted'";
    if (q.min_confidence > 0) sql += " AND confidence >= " + std::to_string(q.min_confidence);
    sql += " ORDER BY date_first, doc, rowid";
    Stmt s(db_, sql.c_str());
    if (!s.ok()) return Error("prepare query");
    for (size_t i = 0; i < binds.size(); ++i) s.Bind(static_cast<int>(i + 1), binds[i]);
    std::vector<Event> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      Event e;
      e.doc = s.Text(0);
      e.id = s.Text(1);
      Date::Parse(s.Text(2), &e.date);
      e.date_source = s.Text(4);
      e.date_reason = s.Text(5);
      e.source = Actor{s.Text(6), s.Text(7), s.Text(8), s.Text(9)};
      e.target = Actor{s.Text(10), s.Text(11), s.Text(12), s.Text(13)};
      e.code = s.Text(14);
      e.root = s.Text(15);
      e.quad = static_cast<int>(s.Int(16));
      e.goldstein = s.Real(17);
      std::string mood = s.Text(18);
      e.mood = mood == "negated" ? Mood::kNegated : mood == "hypothetical" ? Mood::kHypothetical : Mood::kAsserted;
      e.sentence = static_cast<int>(s.Int(19));
      e.span_begin = static_cast<int>(s.Int(20));
      e.span_end = static_cast<int>(s.Int(21));
      e.trigger = s.Text(22);
      e.evidence = s.Text(23);
      e.rule = s.Text(24);
      e.symmetric = s.Int(25) != 0;
      e.confidence = s.IsNull(26) ? -1.0 : s.Real(26);
      out.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return Error("query events");
    return out;
  }

  Result<std::vector<StoredDocument>> Documents(const std::string& not_version) override {
    Stmt s(db_,
           "SELECT id, date, lang, title, text, url, source, text_hash, lexicon_version FROM documents "
           "WHERE kind='text' AND lexicon_version != ? ORDER BY id");
    if (!s.ok()) return Error("prepare documents");
    s.Bind(1, not_version);
    std::vector<StoredDocument> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      StoredDocument d;
      d.doc.id = s.Text(0);
      d.doc.date = s.Text(1);
      d.doc.lang = s.Text(2);
      d.doc.title = s.Text(3);
      d.doc.text = s.Text(4);
      d.doc.url = s.Text(5);
      d.doc.source = s.Text(6);
      d.doc.origin = path_ + ":" + d.doc.id;
      d.text_hash = s.Text(7);
      d.lexicon_version = s.Text(8);
      out.push_back(std::move(d));
    }
    if (rc != SQLITE_DONE) return Error("read documents");
    return out;
  }

  Result<int64_t> CountDocuments() override {
    Stmt s(db_, "SELECT COUNT(*) FROM documents WHERE kind='text'");
    if (!s.ok() || s.Step() != SQLITE_ROW) return Error("count documents");
    return static_cast<int64_t>(s.Int(0));
  }

 private:
  Status Error(const std::string& what) const { return StoreError(path_ + ": " + what + ": " + sqlite3_errmsg(db_)); }

  // Upgrades an older database in place (inside the caller's transaction).
  Status Migrate(int from) {
    if (from < 2) DETENTE_RETURN_IF_ERROR(Exec("ALTER TABLE events ADD COLUMN symmetric INTEGER NOT NULL DEFAULT 0"));
    if (from < 3) DETENTE_RETURN_IF_ERROR(Exec("ALTER TABLE events ADD COLUMN confidence REAL"));
    return Exec("UPDATE meta SET value='" + std::to_string(kSchemaVersion) + "' WHERE key='schema_version'");
  }

  Status Exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "unknown error";
      sqlite3_free(err);
      return StoreError(path_ + ": " + m);
    }
    return Status::Ok();
  }

  Status PutLocked(const std::vector<Document>& docs, const std::vector<std::vector<Event>>& events,
                   const std::string& lexicon_version, bool replace_unchanged, IngestStats* stats) {
    Stmt find(db_, "SELECT text_hash, lexicon_version FROM documents WHERE id=?");
    Stmt del(db_, "DELETE FROM events WHERE doc=?");
    Stmt upsert(db_,
                "INSERT INTO documents(id, kind, date, lang, title, url, source, text, text_hash, lexicon_version, "
                "stored_at) VALUES(?, 'text', ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "date=excluded.date, lang=excluded.lang, title=excluded.title, url=excluded.url, source=excluded.source, "
                "text=excluded.text, text_hash=excluded.text_hash, lexicon_version=excluded.lexicon_version, "
                "stored_at=excluded.stored_at");
    if (!find.ok() || !del.ok() || !upsert.ok()) return Error("prepare");
    for (size_t i = 0; i < docs.size(); ++i) {
      const Document& d = docs[i];
      const std::string hash = TextHash(d.text);
      find.Reset();
      find.Bind(1, d.id);
      bool exists = false;
      int rc = find.Step();
      if (rc == SQLITE_ROW) {
        exists = true;
        // Unchanged: the same text coded with the same dictionaries.
        if (find.Text(0) == hash && find.Text(1) == lexicon_version && !replace_unchanged) {
          ++stats->documents_unchanged;
          continue;
        }
      } else if (rc != SQLITE_DONE) {
        return Error("look up document " + d.id);
      }
      if (exists) {
        del.Reset();
        del.Bind(1, d.id);
        if (del.Step() != SQLITE_DONE) return Error("delete events of " + d.id);
        ++stats->documents_replaced;
      } else {
        ++stats->documents_new;
      }
      upsert.Reset();
      const std::string fields[] = {d.id, d.date, d.lang, d.title, d.url, d.source, d.text, hash, lexicon_version, Now()};
      for (int k = 0; k < 10; ++k) upsert.Bind(k + 1, fields[k]);
      if (upsert.Step() != SQLITE_DONE) return Error("store document " + d.id);
      DETENTE_RETURN_IF_ERROR(InsertEvents(d.id, events[i]));
      stats->events_written += static_cast<int>(events[i].size());
    }
    return Status::Ok();
  }

  Status InsertEvents(const std::string& doc, const std::vector<Event>& events) {
    Stmt ins(db_,
             "INSERT INTO events(doc, id, date, date_precision, date_first, date_last, date_source, date_reason, "
             "source_code, source_country, source_text, source_entry, target_code, target_country, target_text, "
             "target_entry, code, root, quad, goldstein, mood, sentence, span_begin, span_end, trigger, evidence, rule, "
             "symmetric, confidence) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!ins.ok()) return Error("prepare insert");
    for (const Event& e : events) {
      ins.Reset();
      const std::string texts[] = {doc, e.id, e.date.ToString(), PrecisionName(e.date.precision), e.date.First(),
                                   e.date.Last(), e.date_source, e.date_reason, e.source.code, e.source.country,
                                   e.source.text, e.source.entry, e.target.code, e.target.country, e.target.text,
                                   e.target.entry, e.code, e.root};
      for (int k = 0; k < 18; ++k) ins.Bind(k + 1, texts[k]);
      ins.Bind(19, e.quad);
      ins.Bind(20, e.goldstein);
      ins.Bind(21, std::string(MoodName(e.mood)));
      ins.Bind(22, e.sentence);
      ins.Bind(23, e.span_begin);
      ins.Bind(24, e.span_end);
      ins.Bind(25, e.trigger);
      ins.Bind(26, e.evidence);
      ins.Bind(27, e.rule);
      ins.Bind(28, e.symmetric ? 1 : 0);
      if (e.confidence >= 0) ins.Bind(29, e.confidence);
      else ins.BindNull(29);
      if (ins.Step() != SQLITE_DONE) return Error("store event " + e.id);
    }
    return Status::Ok();
  }

  sqlite3* db_;
  std::string path_;
};

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  if (path.empty()) return InvalidArgument("no database file given (--db FILE)");
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return StoreError(path + ": cannot open database: " + m);
  }
  auto store = std::make_unique<SqliteStore>(db, path);
  Status st = store->Init();
  if (!st.ok()) {
    if (st.message().find("file is not a database") != std::string::npos)
      return StoreError(path + ": not a Detente database (file is not SQLite)");
    return st;
  }
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace detente
