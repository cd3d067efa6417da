#include "events/confidence.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "test_util.h"

namespace detente {
namespace {

std::string WriteModel(const std::string& name, const std::string& text) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

std::string LoadError(const std::string& text) {
  auto m = ConfidenceModel::Load(WriteModel("model.tsv", text), "model/confidence.tsv");
  return m.ok() ? "" : m.status().message();
}

bool Has(const std::vector<std::string>& features, const std::string& f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

Event Make(const std::string& src, const std::string& tgt, int sentence, const std::string& how = "[clause subject]") {
  Event e;
  e.source = Actor{src + "GOV", src, "the government", "actors/countries.tsv:1 + actors/roles.tsv:7 " + how};
  e.target = Actor{tgt, tgt, tgt, "actors/countries.tsv:2 [object]"};
  e.code = "112";
  e.root = "11";
  e.date_source = "text";
  Date::Parse("2025-07-03", &e.date);
  e.sentence = sentence;
  e.evidence = "The government accused its neighbour.";
  e.rule = "patterns/en/11.tsv:459 accuse";
  return e;
}

TEST(Confidence, ModelFileErrorsNameTheLine) {
  EXPECT_EQ(LoadError("# comment\nbias\t-1\nroot=11\t0.5\n"), "");
  EXPECT_NE(LoadError("bias\t-1\nroot=12\t1\nroot=11\t1\n").find("model/confidence.tsv:3: feature \"root=11\" is out of order"),
            std::string::npos);
  EXPECT_NE(LoadError("bias\t-1\nroot=11\t1\nroot=11\t2\n").find("model/confidence.tsv:3: feature \"root=11\" is listed twice"),
            std::string::npos);
  EXPECT_NE(LoadError("bias\t-1\nroot=11\tlots\n").find("model/confidence.tsv:2: weight \"lots\""), std::string::npos);
  EXPECT_NE(LoadError("bias\t-1\nroot=11\tnan\n").find("model/confidence.tsv:2"), std::string::npos);
  EXPECT_NE(LoadError("root=11\t1\n").find("no \"bias\" row"), std::string::npos);
  EXPECT_NE(LoadError("bias\n").find("model/confidence.tsv:1"), std::string::npos);
}

TEST(Confidence, ScoreIsTheLogisticOfTheWeightsOfTheFeaturesPresent) {
  auto m = ConfidenceModel::Load(WriteModel("m.tsv", "bias\t-1\nroot=11\t2\nsource=clause subject\t0.5\n"), "m.tsv");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_NEAR(m->Score({}), 1 / (1 + std::exp(1.0)), 1e-12);
  EXPECT_NEAR(m->Score({"root=11", "source=clause subject", "never seen"}), 1 / (1 + std::exp(-1.5)), 1e-12);
  EXPECT_LT(m->Score({"root=12"}), m->Score({"root=11"}));
}

TEST(Confidence, FeaturesLookAtTheWholeDocument) {
  std::vector<Event> events = {Make("USA", "COL", 0), Make("COL", "USA", 0), Make("USA", "VEN", 2, "[a follower of d#1]")};
  events[2].target.text = "it";
  auto f = ConfidenceFeatures(events);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_TRUE(Has(f[0], "pattern=en:accuse")) << f[0][6];
  EXPECT_TRUE(Has(f[0], "source=clause subject|root=11"));
  EXPECT_TRUE(Has(f[0], "target=object"));
  EXPECT_TRUE(Has(f[0], "source_file=countries"));
  EXPECT_TRUE(Has(f[0], "source_role=GOV"));
  EXPECT_TRUE(Has(f[0], "target_role=-"));
  EXPECT_TRUE(Has(f[0], "date=text/day"));
  EXPECT_TRUE(Has(f[0], "pair_events=2"));     // USA–COL both ways
  EXPECT_TRUE(Has(f[0], "sentence_events=2"));
  EXPECT_TRUE(Has(f[0], "top=11"));            // USA 3, COL 2, VEN 1
  EXPECT_TRUE(Has(f[2], "pair_events=1"));
  EXPECT_TRUE(Has(f[2], "top=10"));
  EXPECT_TRUE(Has(f[2], "source=a follower"));  // not the other event's id
  EXPECT_TRUE(Has(f[2], "target_pronoun=1"));
  EXPECT_TRUE(Has(f[2], "sentence=3"));

  // A negated or hypothetical event (asked for with --all) changes no other event's features.
  std::vector<Event> more = events;
  more.push_back(Make("VEN", "USA", 2));
  more.back().mood = Mood::kNegated;
  auto g = ConfidenceFeatures(more);
  for (size_t i = 0; i < f.size(); ++i) EXPECT_EQ(f[i], g[i]);
  EXPECT_TRUE(Has(g[3], "mood=negated"));
}

TEST(Confidence, CodedEventsCarryTheModelsScore) {
  // The fixture model: bias -1, root 11 +2, a clause subject +0.5.
  auto coded = testing_util::FixtureEngine().Code([] {
    Document d;
    d.id = "c";
    d.date = "2026-01-08";
    d.text = "1月7日，美国批评委内瑞拉。1月7日，美国制裁委内瑞拉。";
    return d;
  }());
  ASSERT_TRUE(coded.ok()) << coded.status().ToString();
  ASSERT_EQ(coded->events.size(), 2u);
  for (const Event& e : coded->events) {
    std::vector<std::string> f = ConfidenceFeatures(coded->events)[&e - coded->events.data()];
    double z = -1 + (e.root == "11" ? 2 : 0) + (Has(f, "source=clause subject") ? 0.5 : 0);
    // (held to the three decimals it is printed with)
    EXPECT_NEAR(e.confidence, 1 / (1 + std::exp(-z)), 0.0005 + 1e-12) << e.code;
    EXPECT_DOUBLE_EQ(e.confidence, std::round(e.confidence * 1000) / 1000) << e.code;
  }
  EXPECT_GT(coded->events[0].confidence, coded->events[1].confidence);
}

}  // namespace
}  // namespace detente
