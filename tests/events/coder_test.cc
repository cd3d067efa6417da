// The coder's reasoning on small sentences, against the fixture dictionaries.
#include <gtest/gtest.h>

#include "test_util.h"
#include "text/utf8.h"

namespace detente {
namespace {

using testing_util::CodeText;
using testing_util::Compact;
using testing_util::FixtureEngine;
using V = std::vector<std::string>;

V Code(const std::string& text, const std::string& date = "2026-01-08", bool all = false) {
  return Compact(CodeText(FixtureEngine(), text, date, all));
}

TEST(Coder, SubjectPrepositionAndDate) {
  EXPECT_EQ(Code("当地时间1月7日，美国总统特朗普证实同哥伦比亚总统佩特罗通话。"),
            (V{"USAGOV<>COLGOV:041@2026-01-07"}));
  EXPECT_EQ(Code("去年10月，美国财政部与国务院推出对佩特罗的制裁。"), (V{"USAGOV>COLGOV:163@2025-10"}));
}

TEST(Coder, TraditionalTextCodesLikeSimplified) {
  EXPECT_EQ(Code("去年10月，美國財政部與國務院推出對佩特羅的制裁。"), Code("去年10月，美国财政部与国务院推出对佩特罗的制裁。"));
}

TEST(Coder, LeadersAreCodedByTheirTermsOnTheEventDate) {
  EXPECT_EQ(Code("2019年，特朗普批评委内瑞拉。"), (V{"USAGOV>VEN:111@2019"}));
  EXPECT_EQ(Code("2023年，特朗普批评委内瑞拉。"), (V{"USAELI>VEN:111@2023"}));
  EXPECT_EQ(Code("2019年，川普批評委內瑞拉。"), (V{"USAGOV>VEN:111@2019"}));
}

TEST(Coder, MutualActionAndDyadAbbreviations) {
  EXPECT_EQ(Code("2025年7月，美哥相互召回高层外交官。"), (V{"USA>COL:161@2025-07", "COL>USA:161@2025-07"}));
  // "中美洲" is a region, not a dyad
  EXPECT_EQ(Code("中美洲国家批评制裁。"), V{});
}

TEST(Coder, PassiveVoice) {
  EXPECT_EQ(Code("1月5日，委内瑞拉遭美国制裁。"), (V{"USA>VEN:163@2026-01-05"}));
  EXPECT_EQ(Compact(CodeText(FixtureEngine(), "On Jan. 5 Venezuela was sanctioned by the United States.", "2026-01-08")),
            V{});  // "sanction" alone is not an English fixture pattern
}

TEST(Coder, CoordinatedSubjectsGiveOneEventEach) {
  EXPECT_EQ(Code("1月5日，美国和俄罗斯批评委内瑞拉。"), (V{"USA>VEN:111@2026-01-05", "RUS>VEN:111@2026-01-05"}));
  EXPECT_EQ(Code("1月5日，美国批评委内瑞拉和哥伦比亚。"), (V{"USA>VEN:111@2026-01-05", "USA>COL:111@2026-01-05"}));
}

TEST(Coder, NegationConditionAndQuestionAreNotAsserted) {
  EXPECT_EQ(Code("1月5日，美国并未制裁委内瑞拉。"), V{});
  EXPECT_EQ(Code("1月5日，美国并未制裁委内瑞拉。", "2026-01-08", true), (V{"USA>VEN:163@2026-01-05/negated"}));
  EXPECT_EQ(Code("如果美国制裁委内瑞拉，局势将恶化。"), V{});
  EXPECT_EQ(Code("美国是否会制裁委内瑞拉？"), V{});
}

TEST(Coder, PossibilityOfForceIsAThreatAndIntentToMeetIs036) {
  EXPECT_EQ(Code("1月4日，特朗普称可能对哥伦比亚采取军事行动。"), (V{"USAGOV>COL:138@2026-01-04"}));
  EXPECT_EQ(Code("1月7日，特朗普表示期待与佩特罗会面。"), (V{"USAGOV>COLGOV:036@2026-01-07"}));
}

TEST(Coder, ReportedSpeechKeepsTheInnerSubject) {
  EXPECT_EQ(Code("1月7日，特朗普称，哥伦比亚外长批评委内瑞拉。"), (V{"COLGOV>VEN:111@2026-01-07"}));
}

TEST(Coder, NextDayIsRelativeToThePreviousEvent) {
  EXPECT_EQ(Code("1月3日美军强行控制委内瑞拉总统马杜罗。第二天，哥伦比亚批评美国。"),
            (V{"USAMIL>VENGOV:181@2026-01-03", "COL>USA:111@2026-01-04"}));
}

TEST(Coder, ReactionWithoutObjectTargetsThePreviousActor) {
  EXPECT_EQ(Code("1月4日，美国制裁哥伦比亚。哥伦比亚随即批评这是粗暴干预。"),
            (V{"USA>COL:163@2026-01-04", "COL>USA:111@2026-01-04"}));
}

TEST(Coder, EnglishSentences) {
  EXPECT_EQ(Code("Colombia recalled its ambassador to the United States on Jan. 6."), (V{"COL>USA:161@2026-01-06"}));
  EXPECT_EQ(Code("The United States imposed sanctions on Venezuela last month."), (V{"USA>VEN:163@2025-12"}));
  EXPECT_EQ(Code("The United States and China held talks on Monday."), (V{"USA<>CHN:040@2026-01-05"}));
  EXPECT_EQ(Code("Colombia did not criticize the United States."), V{});
  EXPECT_EQ(Code("The US said us."), V{});  // "us" is not the United States
}

TEST(Coder, ReciprocalActsAreOneSymmetricEventMutualActsTwo) {
  EXPECT_EQ(Code("1月7日，美国国务卿与哥伦比亚外长会面。"), (V{"USAGOV<>COLGOV:043@2026-01-07"}));
  EXPECT_EQ(Code("2025年7月，美国和哥伦比亚相互召回大使。"), (V{"USA>COL:161@2025-07", "COL>USA:161@2025-07"}));
}

TEST(Coder, SerialVerbsOfOneQuadClassAreOneActWithTheMoreSpecificCode) {
  EXPECT_EQ(Code("1月3日，美军突袭强行控制委内瑞拉总统马杜罗。"), (V{"USAMIL>VENGOV:181@2026-01-03"}));
  // a conjunction or a comma between them makes two acts
  EXPECT_EQ(Code("1月3日，美国批评并制裁委内瑞拉。"), (V{"USA>VEN:111@2026-01-03", "USA>VEN:163@2026-01-03"}));
}

TEST(Coder, DateUnitsAreNotReadAsAbbreviations) {
  // 3日美军: the 日 of the date, not the pair 日美
  EXPECT_EQ(Code("1月3日美军强行控制委内瑞拉总统马杜罗。"), (V{"USAMIL>VENGOV:181@2026-01-03"}));
}

TEST(Coder, AShortQuotedTermStaysInItsClause) {
  EXPECT_EQ(Code("2022年，美国将哥伦比亚列为「主要盟友」。"), (V{"USA>COL:050@2022"}));
  // a quotation after a speech verb is speech, and a name inside a quote is a label
  EXPECT_EQ(Code("1月5日，委内瑞拉称「美国制裁是侵略」。"), V{});
  EXPECT_EQ(Code("当年爆发「波哥大制裁」，美国批评哥伦比亚。"), (V{"USA>COL:111@2026-01"}));
}

TEST(Coder, ActsNamedAsThingsAreNotNewEvents) {
  EXPECT_EQ(Code("1月5日，美国当前的制裁让委内瑞拉经济困难。"), V{});
  EXPECT_EQ(Code("1月5日，美国宣布对委内瑞拉的制裁。"), (V{"USA>VEN:163@2026-01-05"}));
  EXPECT_EQ(Code("1月5日，委内瑞拉依赖美军突袭的情报。"), V{});
  EXPECT_EQ(Code("On Jan. 5, Venezuela condemned the attack by the United States."), (V{"VEN>USA:111@2026-01-05"}));
}

TEST(Coder, WhatAnAccusationSaysIsItsContent) {
  // and it makes the accusation specific: accused of aggression
  EXPECT_EQ(Code("1月5日，哥伦比亚指责美国突袭委内瑞拉。"), (V{"COL>USA:1123@2026-01-05"}));
  EXPECT_EQ(Code("1月5日，哥伦比亚指责美国突袭委内瑞拉。", "2026-01-08", true),
            (V{"COL>USA:1123@2026-01-05", "USA>VEN:180@2026-01-05/hypothetical"}));
  // a conjunction after the addressee starts an act of its own
  EXPECT_EQ(Code("1月5日，美国批评委内瑞拉并宣布制裁。"), (V{"USA>VEN:111@2026-01-05", "USA>VEN:163@2026-01-05"}));
}

TEST(Coder, PassiveWithoutAgentTakesTheDoerFromTheContext) {
  EXPECT_EQ(Code("美国推出援助计划后，哥伦比亚被列为受援国。"), (V{"USA>COL:071@2026-01"}));
}

TEST(Coder, ATargetTheLexiconDoesNotKnowIsNotGuessed) {
  EXPECT_EQ(Code("1月4日，美国制裁委内瑞拉。美国随后向拉美多国施压。"), (V{"USA>VEN:163@2026-01-04"}));
}

TEST(Coder, SentencesWithoutActorsCodeNothingUnlessTheyContinueTheNarrative) {
  EXPECT_EQ(Code("1月4日，美国批评委内瑞拉。制裁不是一个简单的问题。"), (V{"USA>VEN:111@2026-01-04"}));
  EXPECT_EQ(Code("1月4日，美国批评委内瑞拉。第二天，又宣布制裁。"),
            (V{"USA>VEN:111@2026-01-04", "USA>VEN:163@2026-01-05"}));
}

TEST(Coder, ALookBackAtAnActAlreadyToldIsKeptOnce) {
  EXPECT_EQ(Code("1月3日，美军突袭委内瑞拉。此前，美军强行控制了委内瑞拉。"), (V{"USAMIL>VEN:180@2026-01-03"}));
}

TEST(Coder, APairActsOnceUnlessEachSideDoesIt) {
  // what a pair does together is one act; what each side does to the other is two
  EXPECT_EQ(Code("2025年7月，美哥两国会面。"), (V{"USA<>COL:043@2025-07"}));
  EXPECT_EQ(Code("2025年7月，美哥两国召回大使。"), (V{"USA>COL:161@2025-07", "COL>USA:161@2025-07"}));
  EXPECT_EQ(Code("2025年7月，美哥两国相互召回大使。"), (V{"USA>COL:161@2025-07", "COL>USA:161@2025-07"}));
  // a pair acting on a third: one event each
  EXPECT_EQ(Code("2025年7月，中美两国批评委内瑞拉。"), (V{"CHN>VEN:111@2025-07", "USA>VEN:111@2025-07"}));
}

TEST(Coder, AbbreviationsFollowTheCountryJustNamed) {
  EXPECT_EQ(Code("1月5日，巴基斯坦批评美国。巴方随即召回大使。"),
            (V{"PAK>USA:111@2026-01-05", "PAKGOV>USA:161@2026-01-05"}));
  // 巴 is Pakistan by default, Brazil after 巴西
  EXPECT_EQ(Code("1月5日，巴西批评美国。巴方随即召回大使。"), (V{"BRA>USA:111@2026-01-05", "BRAGOV>USA:161@2026-01-05"}));
}

TEST(Coder, AMissionIsPostedInItsHostCountry) {
  // 驻美大使 is Colombia's ambassador in the United States
  EXPECT_EQ(Code("1月5日，哥方召回驻美大使。"), (V{"COLGOV>USA:161@2026-01-05"}));
  EXPECT_EQ(Code("1月5日，美国驻哥伦比亚外长批评哥伦比亚政府。"), (V{"USAGOV>COLGOV:111@2026-01-05"}));
}

TEST(Coder, LightVerbsTakeModifiersBeforeTheirObject) {
  EXPECT_EQ(Code("1月5日，中国向委内瑞拉地震遇难者表示深切哀悼。"), (V{"CHN>VEN:018@2026-01-05"}));
}

TEST(Coder, AChinesePassiveCanPutTheObjectFirst) {
  EXPECT_EQ(Code("1月5日，两名美国公民被委内瑞拉当局释放。"), (V{"VENGOV>USACVL:0841@2026-01-05"}));
}

TEST(Coder, TargetsFromInsideAPrepositionsObjectAndFromAPurpose) {
  EXPECT_EQ(Code("1月5日，中国对原产于哥伦比亚的咖啡展开调查。"), (V{"CHN>COL:090@2026-01-05"}));
  EXPECT_EQ(Code("1月5日，俄罗斯军方进入戒备状态，以应对美国的威胁。"), (V{"RUSMIL>USA:152@2026-01-05"}));
}

TEST(Coder, AnActorBehindAPrepositionAfterASpeechVerbIsNoSubject) {
  EXPECT_EQ(Code("1月5日，俄罗斯宣布对多名委内瑞拉官员实施制裁。"), (V{"RUS>VEN:163@2026-01-05"}));
}

TEST(Coder, AnAtSegmentIsAnyActorsName) {
  // fixture: "release * @"; a spelled-out pattern of as many parts beats it
  EXPECT_EQ(Code("On Jan. 5, Russia released two Americans."), (V{"RUS>USA:0841@2026-01-05"}));
  EXPECT_EQ(Code("On Jan. 5, Russia released a statement on Venezuela."), (V{"RUS>VEN:010@2026-01-05"}));
}

TEST(Coder, HabitsAndPoliciesAreNotEvents) {
  EXPECT_EQ(Code("美国长期对委内瑞拉实施制裁。"), V{});
}

TEST(Coder, NamesDoNotUseUpAPatternsGap) {
  // 13 characters between 召回 and 外交官, 4 of them a country's name
  EXPECT_EQ(Code("1月5日，美国召回驻哥伦比亚的全部高级别资深外交官。"), (V{"USA>COL:161@2026-01-05"}));
  // 14 characters that are not names: too far for one act
  EXPECT_EQ(Code("1月5日，美国召回驻哥伦比亚的全部高级别资深且经验丰富外交官。"), V{});
}

TEST(Coder, APredicateNounClassifiesRatherThanTells) {
  EXPECT_EQ(Code("1月5日，哥伦比亚批评美国，称此举是一场“制裁”。"), (V{"COL>USA:111@2026-01-05"}));
  EXPECT_EQ(Code("1月5日，哥伦比亚称美国的做法构成制裁。"), V{});
}

TEST(Coder, AnAnnouncedStartDatesTheMeasureNotTheAnnouncement) {
  EXPECT_EQ(Code("1月5日，美国宣布自2月1日起对委内瑞拉实施制裁。"), (V{"USA>VEN:163@2026-01-05"}));
  EXPECT_EQ(Code("自2月1日起，美国对委内瑞拉实施制裁。"), (V{"USA>VEN:163@2026-02-01"}));
}

TEST(Coder, AnAgreementAfterAPairsJointActIsThePairs) {
  EXPECT_EQ(Code("1月5日，美国与哥伦比亚通话，同意尽快会面。"),
            (V{"USA<>COL:041@2026-01-05", "USA<>COL:036@2026-01-05"}));
  // an intent is an act of its own, not the call going on
  EXPECT_EQ(Code("1月5日，美国与哥伦比亚通话，将访问哥伦比亚。"),
            (V{"USA<>COL:041@2026-01-05", "USA>COL:036@2026-01-05"}));
}

TEST(Coder, APatternNeverSpansTwoSentences) {
  EXPECT_EQ(Code("1月5日，美国召回哥伦比亚。外交官返回。"), V{});
  EXPECT_EQ(Code("1月5日，美国召回驻哥伦比亚外交官。"), (V{"USA>COL:161@2026-01-05"}));
  // the later part named earlier in the sentence, and again just after it
  EXPECT_EQ(Code("外交官称美国召回哥伦比亚。外交官返回。"), V{});
}

TEST(Coder, ANameInsideAnEarlierClausesPredicateIsNotItsSubject) {
  // 委内瑞拉 is inside the second clause's predicate; the speaker goes on as the subject
  EXPECT_EQ(Code("1月5日，哥伦比亚政府表示，这份声明的措辞并未改变委内瑞拉的立场，并批评美国。"),
            (V{"COLGOV>USA:111@2026-01-05"}));
}

TEST(Coder, UnderAnActorsAuspicesTheNextClausesActorsAreItsTargets) {
  EXPECT_EQ(Code("1月5日，在俄罗斯斡旋下，美国与哥伦比亚通话。"),
            (V{"RUS>USA:045@2026-01-05", "RUS>COL:045@2026-01-05", "USA<>COL:041@2026-01-05"}));
  EXPECT_EQ(Code("1月5日，在俄罗斯的斡旋下，美国与哥伦比亚通话。"),
            (V{"RUS>USA:045@2026-01-05", "RUS>COL:045@2026-01-05", "USA<>COL:041@2026-01-05"}));
  // a place, not auspices
  EXPECT_EQ(Code("1月5日，美国在俄罗斯斡旋哥伦比亚的冲突。"), (V{"USA>COL:045@2026-01-05"}));
}

TEST(Coder, TheMonthMayIsNoModal) {
  EXPECT_EQ(Code("The United States attacked Venezuela on May 7."), (V{"USA>VEN:190@2025-05-07"}));
  EXPECT_EQ(Code("The United States may attack Venezuela."), (V{"USA>VEN:1383@2026-01"}));  // a threat
}

TEST(Coder, TheDaysAfterAnEventAreKnownToItsMonth) {
  EXPECT_EQ(Code("On Jan. 5 the United States attacked Venezuela. Over the following days, Colombia condemned "
                 "the United States."),
            (V{"USA>VEN:190@2026-01-05", "COL>USA:111@2026-01"}));
  EXPECT_EQ(Code("1月5日，美国批评委内瑞拉。此后数日，哥伦比亚批评美国。"), (V{"USA>VEN:111@2026-01-05", "COL>USA:111@2026-01"}));
}

TEST(Coder, ARoleFromBothCountriesIsThePairInThatRole) {
  EXPECT_EQ(Code("The United States criticized Venezuela. Later, troops from the two countries held talks."),
            (V{"USA>VEN:111@2026-01", "USAMIL<>VENMIL:040@2026-01"}));
}

TEST(Coder, WhatIsSaidDuringACallTakesTheCallsDate) {
  EXPECT_EQ(Code("美国总统1月5日同哥伦比亚总统通话。此前，美国批评委内瑞拉。美国总统在通话中批评哥伦比亚。"),
            (V{"USAGOV<>COLGOV:041@2026-01-05", "USA>VEN:111@2026-01", "USAGOV>COL:111@2026-01-05"}));
  // the call named is not a new call with the one criticised
  EXPECT_EQ(Code("1月5日，美国总统同哥伦比亚总统通话。此前，美国批评委内瑞拉。美国总统在通话中批评俄罗斯。"),
            (V{"USAGOV<>COLGOV:041@2026-01-05", "USA>VEN:111@2026-01", "USAGOV>RUS:111@2026-01-05"}));
  EXPECT_EQ(Code("On Jan. 5 the United States held talks with China. Earlier, Colombia criticized the United "
                 "States. During the talks, China criticized Colombia."),
            (V{"USA<>CHN:040@2026-01-05", "COL>USA:111@2026-01", "CHN>COL:111@2026-01-05"}));
}

TEST(Coder, ADeclaredRefusalOfACooperativeActIsARejection) {
  EXPECT_EQ(Code("1月5日，美国表示不会与哥伦比亚会面。"), (V{"USA>COL:125@2026-01-05"}));
  EXPECT_EQ(Code("On Jan. 5 the United States said it will not hold talks with China."), (V{"USA>CHN:125@2026-01-05"}));
  // a past negation tells nothing happened; a refused hostile act is no rejection either
  EXPECT_EQ(Code("1月5日，美国没有与哥伦比亚会面。"), V{});
  EXPECT_EQ(Code("1月5日，美国表示不会制裁委内瑞拉。"), V{});
}

TEST(Coder, AnIndefiniteActThatCouldHappenIsASupposition) {
  EXPECT_EQ(Code("Colombia said a US attack on Venezuela could follow."), V{});
  EXPECT_EQ(Code("Venezuela issued a self-condemning statement about the United States."), V{});
}

TEST(Coder, BothSidesAreTheLastJointActsParties) {
  // the last two countries named are Russia and Venezuela; 双方 are the parties of the call
  EXPECT_EQ(Code("1月5日，美国与哥伦比亚通话。俄罗斯批评委内瑞拉。双方同意尽快会面。"),
            (V{"USA<>COL:041@2026-01-05", "RUS>VEN:111@2026-01-05", "USA<>COL:036@2026-01-05"}));
}

TEST(Coder, TheNounOfAnActAlreadyToldRefersBackToIt) {
  EXPECT_EQ(Code("The United States attacked Venezuela on Jan. 5. Colombia said the attack on Venezuela was illegal."),
            (V{"USA>VEN:190@2026-01-05"}));
}

TEST(Coder, EvidenceSpanPointsIntoTheOriginalText) {
  std::string text = "前言。\n2025年7月，美哥相互召回高層外交官。";
  auto events = CodeText(FixtureEngine(), text, "2026-01-08");
  ASSERT_FALSE(events.empty());
  std::u32string u = ToUtf32(text);
  EXPECT_EQ(ToUtf8(u.substr(events[0].span_begin, events[0].span_end - events[0].span_begin)), "召回高層外交官");
  EXPECT_EQ(events[0].evidence, "2025年7月，美哥相互召回高層外交官。");
  EXPECT_NE(events[0].rule.find("patterns/zh/16.tsv:"), std::string::npos);
  EXPECT_EQ(events[0].sentence, 1);
}

TEST(Coder, RepeatedEventsAreKeptOnce) {
  EXPECT_EQ(Code("1月5日，美国制裁委内瑞拉。当天，美国制裁委内瑞拉。"), (V{"USA>VEN:163@2026-01-05"}));
}

TEST(Coder, MissingPublicationDateIsInferred) {
  Document d;
  d.id = "x";
  d.text = "2025年12月3日，美国批评委内瑞拉。次日，委内瑞拉批评美国。";
  auto r = FixtureEngine().Code(d);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->publication_date_inferred);
  EXPECT_EQ(r->publication_date, "2025-12-03");
  EXPECT_EQ(Compact(r->events), (V{"USA>VEN:111@2025-12-03", "VEN>USA:111@2025-12-04"}));
}

TEST(Coder, BadDocumentsAreErrorsNotCrashes) {
  Document d;
  d.id = "bad";
  d.text = "abc\xff";
  auto r = FixtureEngine().Code(d);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("invalid UTF-8 at byte 4"), std::string::npos);
  d.text = "   ";
  EXPECT_FALSE(FixtureEngine().Code(d).ok());
  d.text = "美国制裁委内瑞拉。";
  d.date = "2026-02-30";
  EXPECT_FALSE(FixtureEngine().Code(d).ok());
  d.date = "";
  d.text = std::string(20000, '.') + "制裁" + std::string(3000, '\n');
  EXPECT_TRUE(FixtureEngine().Code(d).ok());
}

// An act whose day the text does not tell keeps the month of the day assumed for it; asked
// to, the coder keeps the assumed day.
TEST(Coder, AnUntoldDayIsAMonthUnlessAssumed) {
  EXPECT_EQ(Code("The United States criticized Venezuela."), (V{"USA>VEN:111@2026-01"}));
  EXPECT_EQ(Code("On Tuesday the United States criticized Venezuela."), (V{"USA>VEN:111@2026-01-06"}));
  Document d;
  d.id = "t";
  d.date = "2026-01-08";
  d.text = "The United States criticized Venezuela.";
  CodeOptions o;
  o.assume_day = true;
  auto r = FixtureEngine().Code(d, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Compact(r->events), (V{"USA>VEN:111@2026-01-08"}));
}


// Asked to, the coder lists the pattern matches that coded nothing, each with its reason, and
// codes the same events either way.
TEST(Coder, SkippedMatchesSayWhy) {
  Document d;
  d.id = "t";
  d.date = "2025-02-28";
  d.text = "Japan did not criticize Russia on Monday. The army refused to send a delegation to the talks. "
           "Lula said the bombing of Venezuelan territory was unacceptable. Japan criticized Russia on Tuesday.";
  CodeOptions plain, asked;
  asked.skipped = true;
  auto a = testing_util::ProductionEngine().Code(d, plain);
  auto b = testing_util::ProductionEngine().Code(d, asked);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(Compact(a->events), Compact(b->events));
  EXPECT_EQ(Compact(b->events), (V{"JPN>RUS:111@2025-02-25"}));
  EXPECT_TRUE(a->skipped.empty());
  std::vector<std::string> got;
  for (const SkippedMatch& m : b->skipped) got.push_back(std::to_string(m.sentence) + " " + m.trigger + ": " + m.reason);
  EXPECT_EQ(got, (V{"0 criticize: not asserted: negated (negation 「did not」)",
                    "1 refused to send a delegation to the talks: a side is a bare role whose country the text does not tell",
                    "2 bombing: an act named as a thing in the words reported"}));
  for (const SkippedMatch& m : b->skipped) EXPECT_EQ(m.rule.rfind("patterns/en/", 0), 0u) << m.rule;
}

}  // namespace
}  // namespace detente

namespace detente {
namespace {

// The evidence span of an act told again with new doers is the phrase that tells it.
TEST(Coder, FollowersSpanTheirWholePhrase) {
  auto trigger_of = [](const std::string& text, const std::string& follower) {
    for (const Event& e : testing_util::CodeText(testing_util::ProductionEngine(), text, "2025-06-10"))
      if (e.source.country == follower) return e.trigger;
    return std::string("(none)");
  };
  EXPECT_EQ(trigger_of("Saudi Arabia cut ties with Qatar on Monday. Bahrain did the same on Tuesday.", "BHR"),
            "did the same");
  EXPECT_EQ(trigger_of("Saudi Arabia cut ties with Qatar on Monday. Bahrain followed suit on Tuesday.", "BHR"),
            "followed suit");
  EXPECT_EQ(trigger_of("Saudi Arabia cut ties with Qatar on Monday, as did Bahrain.", "BHR"), "as did");
}

}  // namespace
}  // namespace detente
