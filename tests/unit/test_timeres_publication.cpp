#include <catch2/catch.hpp>

#include <string>

#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/timeres/publication.hpp"

namespace {

std::optional<fc::timeres::PublicationGuess> guess(const std::string& text) {
  const auto normalized = fc::normalize::normalize_text(text);
  return fc::timeres::find_publication_date(normalized);
}

}  // namespace

TEST_CASE("reads a posted-on dateline", "[timeres][publication][en]") {
  const auto g =
      guess("Skip to main content\n\nبغداد\ncaption\nposted onAugust 10, 2023\nnocomment\n");
  REQUIRE(g.has_value());
  CHECK(fc::util::to_iso(g->date) == "2023-08-10");
  CHECK(g->note.find("cue") != std::string::npos);
}

TEST_CASE("a site header later than the dateline is page furniture", "[timeres][publication][ar]") {
  const std::string text =
      "السبت 29 يونيو 2024\n\nالرئيس يعلن موعد المغادرة\n\nعرب وعالم27-7-2021 | 16:56\n\n"
      "قال الرئيس إن القوات ستنهي مهمتها بحلول نهاية هذا العام.\n";
  const auto g = guess(text);
  REQUIRE(g.has_value());
  CHECK(fc::util::to_iso(g->date) == "2021-07-27");
  CHECK(g->note.find("2024-06-29") != std::string::npos);
  CHECK(g->note.find("furniture") != std::string::npos);
  CHECK(g->note.find("time of day") != std::string::npos);
}

TEST_CASE("a header date alone is taken when nothing else dates the page",
          "[timeres][publication][ar]") {
  const auto g = guess("الأحد 3 مارس 2024\n\nعنوان الخبر\n\nنص الخبر هنا.\n");
  REQUIRE(g.has_value());
  CHECK(fc::util::to_iso(g->date) == "2024-03-03");
}

TEST_CASE("a date inside a caption or a sentence is no publication date",
          "[timeres][publication][ar]") {
  const std::string text =
      "عنوان\n\nالجنرال الأميركي كينيث إيكمان خلال مراسم تسليم قاعدة التاجي العسكرية من قوات "
      "التحالف إلى قوات الأمن العراقية، في قاعدة شمال بغداد، 23 أغسطس 2020 - REUTERS\n";
  CHECK_FALSE(guess(text).has_value());
}

TEST_CASE("relative dates never make a publication date", "[timeres][publication][ar]") {
  CHECK_FALSE(guess("وصل الوزير أمس إلى بغداد\n").has_value());
  CHECK_FALSE(guess("").has_value());
}

TEST_CASE("regression: a short sentence near the top is no dateline",
          "[timeres][publication][regression]") {
  // Found by hand: "on March 5, 2020" inside a 69-byte first sentence was taken for the
  // publication date, and then every "Tuesday" and "last year" resolved against it.
  CHECK_FALSE(
      guess("The 2019 election drew 3,000 troops to the capital on March 5, 2020.\n").has_value());
  CHECK_FALSE(guess("وقال الوزير إن القوات وصلت إلى المدينة في 3 مارس 2024.\n").has_value());
  CHECK_FALSE(
      guess("Troops were seen near the border crossing on March 5, 2020 by locals\n").has_value());
  // A byline with a date is still a dateline.
  const auto g = guess("By Reuters staff | March 5, 2020\n\nText of the story.\n");
  REQUIRE(g.has_value());
  CHECK(fc::util::to_iso(g->date) == "2020-03-05");
}

TEST_CASE("a cue or a clock time deep in a sentence is no dateline", "[timeres][publication][ar]") {
  // "بتاريخ" and a time of day date what the article reports when they stand in the middle
  // of a long sentence.
  CHECK_FALSE(guess("بيروت - أعلنت الوزارة حصيلة جديدة للحريق الذي اندلع في المستودع بتاريخ "
                    "4/3/2021 في المنطقة الصناعية شرق المدينة.\n")
                  .has_value());
  CHECK_FALSE(guess("عمّان - قال الدفاع المدني إن الحريق الذي شب في المصنع عند الساعة 6:40 صباح "
                    "الخامس من أيار 2022 أتى على معظم المخازن.\n")
                  .has_value());
  // At the head of its line the cue still dates the page.
  const auto g = guess("نشر بتاريخ 4/3/2021\n\nنص الخبر.\n");
  REQUIRE(g.has_value());
  CHECK(fc::util::to_iso(g->date) == "2021-03-04");
}
