#include "text/reader.h"

#include <gtest/gtest.h>

#include <fstream>

namespace detente {
namespace {

std::string Write(const std::string& name, const std::string& content) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(Reader, BadRecordsAreNamedAndSkippedWithKeepGoing) {
  std::string path = Write("mixed.jsonl",
                           "{\"id\":\"a\",\"text\":\"美国召回大使。\"}\n"
                           "{\"id\":\"b\",\"text\":\"bad \xff utf8\"}\n"
                           "{\"id\":\"c\",\"text\":\"trunc\n"
                           "{\"id\":\"d\",\"text\":\"   \"}\n"
                           "{\"id\":\"e\"}\n"
                           "{\"id\":\"f\",\"date\":\"2025-02-30\",\"text\":\"x\"}\n"
                           "{\"id\":\"g\",\"date\":\"2026-01-08\",\"text\":\"哥伦比亚抗议。\"}\n");
  std::vector<std::string> ids;
  std::vector<Status> skipped;
  ReadOptions opt;
  opt.keep_going = true;
  Status st = ForEachDocument(path, opt, [&](Document&& d) { ids.push_back(d.id); return Status::Ok(); }, &skipped);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "g"}));
  ASSERT_EQ(skipped.size(), 5u);
  EXPECT_NE(skipped[0].message().find("mixed.jsonl:2: invalid UTF-8 at byte"), std::string::npos) << skipped[0].message();
  EXPECT_NE(skipped[1].message().find("mixed.jsonl:3: bad JSON"), std::string::npos) << skipped[1].message();
  EXPECT_NE(skipped[2].message().find(":4: empty document"), std::string::npos) << skipped[2].message();
  EXPECT_NE(skipped[3].message().find(":5: missing \"text\""), std::string::npos) << skipped[3].message();
  EXPECT_NE(skipped[4].message().find(":6: \"date\" must be YYYY-MM-DD"), std::string::npos) << skipped[4].message();
}

TEST(Reader, WithoutKeepGoingTheFirstErrorStops) {
  std::string path = Write("stop.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\nnot json\n{\"id\":\"c\",\"text\":\"y\"}\n");
  int n = 0;
  Status st = ForEachDocument(path, ReadOptions{}, [&](Document&&) { ++n; return Status::Ok(); }, nullptr);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("stop.jsonl:2"), std::string::npos) << st.message();
  EXPECT_EQ(n, 1);
}

TEST(Reader, PlainTextBinaryAndOversize) {
  ReadOptions opt;
  opt.date = "2026-01-08";
  std::vector<Document> docs;
  Status st = ForEachDocument(Write("note.txt", "美国宣布制裁。"), opt,
                              [&](Document&& d) { docs.push_back(d); return Status::Ok(); }, nullptr);
  ASSERT_TRUE(st.ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "note");
  EXPECT_EQ(docs[0].date, "2026-01-08");

  st = ForEachDocument(Write("blob.bin", std::string("\x7f" "ELF\0\0\x01", 7)), opt,
                       [&](Document&&) { return Status::Ok(); }, nullptr);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("blob.bin: binary data"), std::string::npos) << st.message();

  opt.max_document_bytes = 10;
  st = ForEachDocument(Write("big.txt", std::string(100, 'a')), opt, [&](Document&&) { return Status::Ok(); }, nullptr);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("longer than the limit"), std::string::npos) << st.message();
}

TEST(Reader, MissingFileIsAnIoError) {
  Status st = ForEachDocument("/nonexistent/x.jsonl", ReadOptions{}, [](Document&&) { return Status::Ok(); }, nullptr);
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.message().find("/nonexistent/x.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace detente
