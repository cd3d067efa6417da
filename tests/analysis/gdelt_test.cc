// GDELT 1.0 and 2.0 exports into the store (fixture files written for these tests), bad rows
// with file:line, --keep-going, chunked batches, and monthly count tables.
#include <gtest/gtest.h>

#include <filesystem>

#include "analysis/gdelt.h"
#include "analysis_test_util.h"
#include "detente/store.h"

namespace detente {
namespace {

using analysis_test::Fixture;
using analysis_test::TempFile;

std::unique_ptr<Store> FreshStore(const std::string& name) {
  std::string path = testing::TempDir() + "/" + name;
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  auto st = Store::Open(path);
  EXPECT_TRUE(st.ok()) << st.status().ToString();
  return st.ok() ? std::move(*st) : nullptr;
}

TEST(Gdelt, LayoutsByColumnCount) {
  EXPECT_EQ(analysis::LayoutFor(57).version, 1);
  EXPECT_EQ(analysis::LayoutFor(57).source_url, -1);
  EXPECT_EQ(analysis::LayoutFor(58).source_url, 57);
  EXPECT_EQ(analysis::LayoutFor(61).version, 2);
  EXPECT_EQ(analysis::LayoutFor(61).date_added, 59);
  EXPECT_EQ(analysis::LayoutFor(60).version, 0);
}

TEST(Gdelt, Version1ExportIsImported) {
  auto store = FreshStore("gdelt1.db");
  GdeltImportStats stats;
  std::vector<Status> skipped;
  Status st = ImportGdelt(*store, Fixture("gdelt1.export.tsv"), GdeltImportOptions{}, &stats, &skipped);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(stats.rows, 6);
  EXPECT_EQ(stats.imported, 6);
  EXPECT_TRUE(skipped.empty());
  EventQuery q;
  q.a = "USA";
  q.b = "COL";
  auto ev = store->QueryEvents(q);
  ASSERT_TRUE(ev.ok());
  ASSERT_EQ(ev->size(), 4u);
  const Event& e = (*ev)[0];
  EXPECT_EQ(e.id, "900001");
  EXPECT_EQ(e.doc, "gdelt:gdelt1.export.tsv");
  EXPECT_EQ(e.date.ToString(), "2025-01-05");
  EXPECT_EQ(e.source.code, "USAGOV");
  EXPECT_EQ(e.target.country, "COL");
  EXPECT_EQ(e.code, "042");
  EXPECT_EQ(e.root, "04");
  EXPECT_EQ(e.quad, 1);
  EXPECT_DOUBLE_EQ(e.goldstein, 1.9);
  EXPECT_EQ(e.rule, "gdelt1.export.tsv:1");
  // Re-importing the same file replaces its events.
  GdeltImportStats again;
  ASSERT_TRUE(ImportGdelt(*store, Fixture("gdelt1.export.tsv"), GdeltImportOptions{}, &again, &skipped).ok());
  EXPECT_EQ(store->QueryEvents(EventQuery{})->size(), 6u);
}

TEST(Gdelt, Version2ExportWithCrlfAndUrls) {
  auto store = FreshStore("gdelt2.db");
  GdeltImportStats stats;
  ASSERT_TRUE(ImportGdelt(*store, Fixture("gdelt2.export.CSV"), GdeltImportOptions{}, &stats, nullptr).ok());
  EXPECT_EQ(stats.imported, 3);
  auto ev = store->QueryEvents(EventQuery{});
  ASSERT_EQ(ev->size(), 3u);
  EXPECT_EQ((*ev)[0].evidence, "https://example.org/news/1");
  EXPECT_EQ((*ev)[0].code, "163");
  EXPECT_DOUBLE_EQ((*ev)[0].goldstein, -8);
  EXPECT_EQ((*ev)[2].date.ToString(), "2025-11-20");
}

TEST(Gdelt, FiltersByDyadOrCountry) {
  auto store = FreshStore("gdelt-filter.db");
  GdeltImportOptions o;
  o.a = "USA";
  o.b = "COL";
  GdeltImportStats stats;
  ASSERT_TRUE(ImportGdelt(*store, Fixture("gdelt1.export.tsv"), o, &stats, nullptr).ok());
  EXPECT_EQ(stats.imported, 4);
  EXPECT_EQ(stats.filtered, 2);
  o.a = "COL";
  o.b = "";
  GdeltImportStats by_country;
  ASSERT_TRUE(ImportGdelt(*store, Fixture("gdelt1.export.tsv"), o, &by_country, nullptr).ok());
  EXPECT_EQ(by_country.imported, 5);  // the rebel attack on COLMIL counts too
}

TEST(Gdelt, BadRowsStopTheImportAndStoreNothing) {
  auto store = FreshStore("gdelt-bad.db");
  GdeltImportStats stats;
  Status st = ImportGdelt(*store, Fixture("gdelt-bad.export.tsv"), GdeltImportOptions{}, &stats, nullptr);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kDataError);
  EXPECT_NE(st.message().find("gdelt-bad.export.tsv:2: SQLDATE \"20251341\" is not a date"), std::string::npos)
      << st.message();
  EXPECT_TRUE(store->QueryEvents(EventQuery{})->empty());
}

TEST(Gdelt, KeepGoingSkipsAndReportsEachBadRow) {
  auto store = FreshStore("gdelt-keep.db");
  GdeltImportOptions o;
  o.keep_going = true;
  GdeltImportStats stats;
  std::vector<Status> skipped;
  ASSERT_TRUE(ImportGdelt(*store, Fixture("gdelt-bad.export.tsv"), o, &stats, &skipped).ok());
  EXPECT_EQ(stats.imported, 2);
  EXPECT_EQ(stats.skipped, 4);
  ASSERT_EQ(skipped.size(), 4u);
  EXPECT_NE(skipped[0].message().find("gdelt-bad.export.tsv:2: SQLDATE"), std::string::npos);
  EXPECT_NE(skipped[1].message().find("gdelt-bad.export.tsv:3: 40 tab-separated columns"), std::string::npos)
      << skipped[1].message();
  EXPECT_NE(skipped[2].message().find("gdelt-bad.export.tsv:4: GoldsteinScale \"strong\""), std::string::npos);
  EXPECT_NE(skipped[3].message().find("gdelt-bad.export.tsv:5: EventRootCode \"05\" does not match EventCode 042"),
            std::string::npos)
      << skipped[3].message();
}

TEST(Gdelt, LargeFilesAreStoredInChunks) {
  auto store = FreshStore("gdelt-chunks.db");
  GdeltImportOptions o;
  o.chunk_rows = 4;
  GdeltImportStats stats;
  ASSERT_TRUE(ImportGdelt(*store, Fixture("gdelt1.export.tsv"), o, &stats, nullptr).ok());
  EXPECT_EQ(stats.batches, 2);
  auto ev = store->QueryEvents(EventQuery{});
  ASSERT_EQ(ev->size(), 6u);
  EXPECT_EQ(ev->back().doc, "gdelt:gdelt1.export.tsv#2");
}

TEST(Gdelt, NotAnExport) {
  auto store = FreshStore("gdelt-not.db");
  GdeltImportStats stats;
  std::string zip = TempFile("x.export.CSV.zip", std::string("PK\x03\x04rest", 8));
  Status st = ImportGdelt(*store, zip, GdeltImportOptions{}, &stats, nullptr);
  EXPECT_NE(st.message().find("a zip archive; unzip it first"), std::string::npos) << st.message();
  st = ImportGdelt(*store, testing::TempDir() + "/missing.export.CSV", GdeltImportOptions{}, &stats, nullptr);
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  st = ImportGdelt(*store, TempFile("mixed.tsv", "a\tb\n"), GdeltImportOptions{}, &stats, nullptr);
  EXPECT_NE(st.message().find("mixed.tsv:1: 2 tab-separated columns"), std::string::npos) << st.message();
  st = ImportGdelt(*store, TempFile("utf.tsv", "\xff\xfe\n"), GdeltImportOptions{}, &stats, nullptr);
  EXPECT_NE(st.message().find("utf.tsv:1: invalid UTF-8"), std::string::npos) << st.message();
}

TEST(GdeltCounts, MonthlyMeanGoldstein) {
  auto scale = EventScale::Load(DETENTE_DATA_DIR);
  ASSERT_TRUE(scale.ok());
  auto s = ReadGdeltCounts(Fixture("counts.csv"), *scale, Measure::kMean, IndexParams{});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 4u);
  EXPECT_EQ(s->PeriodName(0), "2024-01");
  EXPECT_NEAR(s->values[0], (10 * 1.9 + 2 * -10.0) / 12, 1e-12);
  EXPECT_NEAR(s->values[1], 4.0, 1e-12);
  EXPECT_NEAR(s->values[2], 4.0, 1e-12);  // a month without rows keeps the last value
  EXPECT_NEAR(s->values[3], (5 * 3.4 + 5 * -2.0) / 10, 1e-12);
  auto idx = ReadGdeltCounts(Fixture("counts.csv"), *scale, Measure::kIndex, analysis_test::PlainParams());
  ASSERT_TRUE(idx.ok());
  EXPECT_NEAR(idx->values[0], 0.1 * (19 - 20), 1e-12);
  EXPECT_NEAR(idx->values[2], idx->values[1], 1e-12);
}

TEST(GdeltCounts, BadTablesNameTheLine) {
  auto scale = EventScale::Load(DETENTE_DATA_DIR);
  ASSERT_TRUE(scale.ok());
  struct Case {
    const char* content;
    const char* message;
  };
  const Case cases[] = {
      {"MonthYear,EventCode,N_events\n202413,042,1\n", "counts.csv:2: MonthYear \"202413\" is not YYYYMM"},
      {"202401,42,3\n", "counts.csv:1: EventCode 42 is not in the CAMEO table (a leading zero lost?)"},
      {"202401,04x,3\n", "counts.csv:1: EventCode \"04x\" is not a CAMEO code"},
      {"202401,042,three\n", "counts.csv:1: N_events \"three\" is not a non-negative integer"},
      {"202401,042,1\n202401,042,2\n", "counts.csv:2: a second row for 202401 and code 042"},
      {"202401,042\n", "counts.csv:1: expected 3 comma-separated columns, found 2"},
      {"MonthYear,EventCode,N_events\n", "no count rows"},
  };
  for (const Case& c : cases) {
    auto r = ReadGdeltCounts(TempFile("counts.csv", c.content), *scale, Measure::kMean, IndexParams{});
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
  }
}

}  // namespace
}  // namespace detente
