#include "detente/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "common/strings.h"
#include "test_util.h"

namespace detente {
namespace {

using testing_util::FixtureEngine;

std::string FreshDb(const std::string& name) {
  std::string path = testing::TempDir() + "/" + name;
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  return path;
}

Document Doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.date = "2026-01-08";
  d.text = text;
  return d;
}

Result<IngestStats> PutCoded(Store& s, const std::vector<Document>& docs) {
  std::vector<std::vector<Event>> events;
  for (const auto& d : docs) {
    auto r = FixtureEngine().Code(d, CodeOptions{true});
    if (!r.ok()) return r.status();
    events.push_back(r->events);
  }
  return s.Put(docs, events, FixtureEngine().lexicon_version());
}

TEST(Store, ReingestIsIdempotentAndChangesReplace) {
  auto store = Store::Open(FreshDb("idem.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Store& s = **store;
  std::vector<Document> docs = {Doc("a", "2025年7月，美哥相互召回高层外交官。"), Doc("b", "1月5日，美国制裁委内瑞拉。")};
  auto r1 = PutCoded(s, docs);
  ASSERT_TRUE(r1.ok());
  EXPECT_EQ(r1->documents_new, 2);
  EXPECT_EQ(r1->events_written, 3);
  auto r2 = PutCoded(s, docs);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->documents_unchanged, 2);
  EXPECT_EQ(r2->events_written, 0);
  EXPECT_EQ(s.QueryEvents(EventQuery{})->size(), 3u);

  auto r3 = PutCoded(s, {Doc("b", "1月6日，美国批评委内瑞拉。")});
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3->documents_replaced, 1);
  auto all = s.QueryEvents(EventQuery{});
  ASSERT_EQ(all->size(), 3u);
  EventQuery q;
  q.a = "USA";
  q.b = "VEN";
  auto usa_ven = s.QueryEvents(q);
  ASSERT_EQ(usa_ven->size(), 1u);
  EXPECT_EQ((*usa_ven)[0].code, "111");
  EXPECT_EQ(*s.CountDocuments(), 2);
}

TEST(Store, ANewDictionaryVersionReplacesTheEvents) {
  auto store = Store::Open(FreshDb("version.db"));
  ASSERT_TRUE(store.ok());
  std::vector<Document> docs = {Doc("a", "1月5日，美国制裁委内瑞拉。")};
  auto coded = FixtureEngine().Code(docs[0]);
  ASSERT_TRUE(coded.ok());
  std::vector<std::vector<Event>> events = {coded->events};
  ASSERT_EQ((*store)->Put(docs, events, "v1")->documents_new, 1);
  EXPECT_EQ((*store)->Put(docs, events, "v1")->documents_unchanged, 1);
  auto again = (*store)->Put(docs, events, "v2");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->documents_replaced, 1);
  EXPECT_EQ((*store)->Documents("v2")->size(), 0u);  // nothing left to re-code
  EXPECT_EQ((*store)->QueryEvents(EventQuery{})->size(), 1u);
}

TEST(Store, QueriesFilterByDyadDateAndRoot) {
  auto store = Store::Open(FreshDb("query.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(PutCoded(**store, {Doc("a", "2025年7月，美哥相互召回高层外交官。"), Doc("b", "1月5日，美国制裁委内瑞拉。")}).ok());
  EventQuery q;
  q.a = "USA";
  q.b = "COL";
  EXPECT_EQ((*store)->QueryEvents(q)->size(), 2u);
  q.directed = true;
  EXPECT_EQ((*store)->QueryEvents(q)->size(), 1u);
  EventQuery d;
  d.from = "2025-07-15";
  d.to = "2025-08-01";
  EXPECT_EQ((*store)->QueryEvents(d)->size(), 2u);  // month-precision events overlap the range
  d.from = "2026-01-01";
  d.to = "";
  EXPECT_EQ((*store)->QueryEvents(d)->size(), 1u);
  EventQuery r;
  r.root = "16";
  EXPECT_EQ((*store)->QueryEvents(r)->size(), 3u);
  // The fixture model gives criticism (root 11) more confidence than anything else.
  ASSERT_TRUE(PutCoded(**store, {Doc("c", "1月6日，美国批评委内瑞拉。")}).ok());
  EventQuery c;
  c.min_confidence = 0.5;
  auto sure = (*store)->QueryEvents(c);
  ASSERT_EQ(sure->size(), 1u);
  EXPECT_EQ((*sure)[0].root, "11");
  EXPECT_GE((*sure)[0].confidence, 0.5);
  EXPECT_EQ((*store)->QueryEvents(EventQuery{})->size(), 4u);
}

TEST(Store, NotADatabaseIsAClearError) {
  std::string path = testing::TempDir() + "/notdb.db";
  std::ofstream(path) << "this is not sqlite, just text that is long enough to look like a header....";
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos) << store.status().message();
}

TEST(Store, AnOlderDatabaseIsUpgradedInPlace) {
  std::string path = FreshDb("v1.db");
  auto sql = ReadFile(std::string(DETENTE_TEST_FIXTURES) + "/store/schema_v1.sql");
  ASSERT_TRUE(sql.ok()) << sql.status().ToString();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql->c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);

  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto old = (*store)->QueryEvents(EventQuery{});
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  ASSERT_EQ(old->size(), 1u);
  EXPECT_EQ((*old)[0].code, "163");
  EXPECT_FALSE((*old)[0].symmetric);
  EXPECT_LT((*old)[0].confidence, 0);  // stored before the model: not scored
  // The upgraded database takes new events with the new column, and says which version it is.
  ASSERT_TRUE(PutCoded(**store, {Doc("new", "1月7日，美国国务卿与哥伦比亚外长会面。")}).ok());
  EventQuery q;
  q.a = "USA";
  q.b = "COL";
  auto met = (*store)->QueryEvents(q);
  ASSERT_EQ(met->size(), 1u);
  EXPECT_TRUE((*met)[0].symmetric);
  EXPECT_GT((*met)[0].confidence, 0);
  EXPECT_LE((*met)[0].confidence, 1);
  store->reset();
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='schema_version'", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "3");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

// A process killed in the middle of ingesting leaves every committed batch whole and nothing else.
TEST(Store, KillDuringIngestLeavesCommittedBatchesWhole) {
  std::string path = FreshDb("crash.db");
  { ASSERT_TRUE(Store::Open(path).ok()); }
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto store = Store::Open(path);
    if (!store.ok()) _exit(3);
    for (int batch = 0;; ++batch) {
      std::vector<Document> docs;
      for (int i = 0; i < 20; ++i)
        docs.push_back(Doc("d" + std::to_string(batch) + "_" + std::to_string(i), "1月5日，美国制裁委内瑞拉。次日，委内瑞拉批评美国。"));
      if (!PutCoded(**store, docs).ok()) _exit(4);
    }
  }
  usleep(400 * 1000);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child should have been killed, exit " << WEXITSTATUS(status);

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
  // Every stored document has both its events; documents come in whole batches of 20.
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events), "
                               "(SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM events e WHERE e.doc=d.id) != 2)",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  int docs = sqlite3_column_int(st, 0), events = sqlite3_column_int(st, 1), partial = sqlite3_column_int(st, 2);
  sqlite3_finalize(st);
  sqlite3_close(db);
  EXPECT_GT(docs, 0) << "no batch committed before the kill";
  EXPECT_EQ(docs % 20, 0);
  EXPECT_EQ(events, docs * 2);
  EXPECT_EQ(partial, 0);
  // And the store opens and appends after the crash.
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE(PutCoded(**store, {Doc("after", "1月5日，美国制裁委内瑞拉。")}).ok());
}

}  // namespace
}  // namespace detente
