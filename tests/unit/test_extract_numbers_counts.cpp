// Counts in noun form and bounds after the counted noun (issue 18): the dual of a counted
// noun ("صاروخين", "بفارق هدفين"), multiples ("ضعفي"), sets of n ("ثلاثية", "الخماسية"),
// "500 شخص أو أكثر", and ranges whose second figure carries the unit ("بين 10 و12 يوماً"),
// which the date reader's duration yields to in the merge. Sentences made up for these tests.
#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/extract/dates.hpp"
#include "factcheck/extract/merge.hpp"
#include "factcheck/extract/numbers.hpp"
#include "factcheck/normalize/normalizer.hpp"

using fc::Hedge;
using fc::Mention;
using fc::MentionKind;

namespace {

std::vector<Mention> numbers(const std::string& text) {
  const auto n = fc::normalize::normalize_text(text);
  return fc::extract::extract_numbers(n, fc::extract::NumberOptions{});
}

/// Dates and numbers merged, as the pipeline has them.
std::vector<Mention> mentions(const std::string& text) {
  const auto n = fc::normalize::normalize_text(text);
  const auto tokens = fc::extract::tokenize_for_dates(n.text);
  fc::extract::DateOptions options;
  options.published = fc::util::parse_iso("2024-03-01");
  return fc::extract::merge_mentions(fc::extract::extract_dates(n, tokens, options),
                                     fc::extract::extract_numbers(n, tokens, {}));
}

std::optional<Mention> find(const std::vector<Mention>& ms, const std::string& what) {
  for (const auto& m : ms) {
    if (m.text == what) return m;
  }
  return std::nullopt;
}

std::string dump(const std::vector<Mention>& ms) {
  std::string out;
  for (const auto& m : ms) out += "[" + std::string(fc::to_string(m.kind)) + " '" + m.text + "'] ";
  return out;
}

bool near(std::optional<double> a, double b) { return a && std::fabs(*a - b) < 1e-9; }

}  // namespace

TEST_CASE("the dual of a counted noun is a count of two", "[extract][numbers][counts]") {
  using Row = std::tuple<std::string, std::string>;
  auto [sentence, word] = GENERATE(table<std::string, std::string>({
      Row{"أطلقت الفصائل صاروخين على المدينة", "صاروخين"},
      Row{"فاز الفريق بفارق هدفين", "بفارق هدفين"},
      Row{"زار الوفد مدينتين في الجنوب", "مدينتين"},
      Row{"تأجل الاجتماع مرتين", "مرتين"},
      Row{"وأصيب طفلان في القصف", "طفلان"},
      Row{"انهار المبنيان خلال الليل", "المبنيان"},
      Row{"وأصيبت امرأتان في الحادث", "امرأتان"},
  }));
  CAPTURE(sentence);
  const auto ms = numbers(sentence);
  INFO(dump(ms));
  std::optional<Mention> m = find(ms, word);
  if (!m && word == "بفارق هدفين") m = find(ms, "هدفين");
  REQUIRE(m.has_value());
  CHECK(m->kind == MentionKind::kNumber);
  CHECK(near(m->value, 2));
}

TEST_CASE("plurals spelt as duals and the two sides of a story are no counts",
          "[extract][numbers][counts]") {
  for (const char* s : {"التقى الرئيس بالمواطنين في الساحة", "دعا الوسيط الطرفين إلى الحوار",
                        "وقعت اتفاقية بين البلدين", "استقبل اللاعبين في المطار",
                        "حسم الفريق التأهل بمجموع المباراتين", "بحث الجانبان العلاقات الثنائية"}) {
    CAPTURE(s);
    const auto ms = numbers(s);
    INFO(dump(ms));
    CHECK(ms.empty());
  }
}

TEST_CASE("the other side of a count, told as a singular noun, is one",
          "[extract][numbers][counts]") {
  using Row = std::tuple<std::string, std::string, std::string, double>;
  auto [sentence, two, one, first] = GENERATE(table<std::string, std::string, std::string, double>({
      Row{"انتهت المباراة بفوز الضيوف بهدفين مقابل هدف", "بهدفين", "هدف", 2},
      Row{"خسر الدفاع الجوي طائرتين مقابل طائرة للمهاجمين", "طائرتين", "طائرة", 2},
      Row{"فاز النادي بأربعة أهداف مقابل هدف في الإياب", "بأربعة", "هدف", 4},
  }));
  CAPTURE(sentence);
  const auto ms = numbers(sentence);
  INFO(dump(ms));
  const auto a = find(ms, two);
  const auto b = find(ms, one);
  REQUIRE(a.has_value());
  REQUIRE(b.has_value());
  CHECK(near(a->value, first));
  CHECK(near(b->value, 1));
}

TEST_CASE("a singular noun after مقابل is no count unless the count before is its",
          "[extract][numbers][counts]") {
  // In exchange for a trip; a different noun; a singular with its own number.
  for (const char* s : {"دفع المسافر 300 دولار مقابل رحلة إلى الجزيرة",
                        "سلمت الحركة رهينتين مقابل سجين", "سجل الفريق هدفين مقابل هدف واحد"}) {
    CAPTURE(s);
    const auto ms = numbers(s);
    INFO(dump(ms));
    for (const auto& m : ms) {
      if (m.text == "رحلة" || m.text == "سجين") FAIL("a count read in " << m.text);
      if (m.text == "هدف") FAIL("هدف read besides واحد");
    }
  }
}

TEST_CASE("multiples and sets of n", "[extract][numbers][counts]") {
  using Row = std::tuple<std::string, std::string, double>;
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, double>({
      Row{"بلغت الخسائر ضعفي التقديرات", "ضعفي", 2},
      Row{"سجل المهاجم ثلاثية في المباراة", "ثلاثية", 3},
      Row{"أقرت الحكومة الخطة الخماسية الجديدة", "الخماسية", 5},
  }));
  CAPTURE(sentence);
  const auto ms = numbers(sentence);
  INFO(dump(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(near(m->value, value));
  // "ضعف" alone is weakness more often than a double.
  CHECK(numbers("يعاني الاقتصاد من ضعف الطلب").empty());
  // A bound before the multiple.
  const auto more = numbers("ارتفع العجز إلى أكثر من ضعفي مستواه");
  INFO(dump(more));
  const auto b = find(more, "أكثر من ضعفي");
  REQUIRE(b.has_value());
  CHECK(near(b->low, 2));
  CHECK_FALSE(b->high.has_value());
}

TEST_CASE("a bound after the counted noun", "[extract][numbers][hedge]") {
  using Row = std::tuple<std::string, std::string, double, bool>;
  auto [sentence, text, value, at_least] = GENERATE(table<std::string, std::string, double, bool>({
      Row{"شارك 500 شخص أو أكثر في المسيرة", "500 شخص أو أكثر", 500, true},
      Row{"تشمل الدراسة من بلغوا 18 عاماً فما فوق", "18 عاماً فما فوق", 18, true},
      Row{"يستفيد منها 40 طالباً فأقل", "40 طالباً فأقل", 40, false},
  }));
  CAPTURE(sentence);
  const auto ms = mentions(sentence);
  INFO(dump(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(m->kind == MentionKind::kNumber);
  CHECK(m->hedge == (at_least ? Hedge::kAtLeast : Hedge::kAtMost));
  if (at_least) {
    CHECK(near(m->low, value));
    CHECK_FALSE(m->high.has_value());
  } else {
    CHECK(near(m->high, value));
    CHECK_FALSE(m->low.has_value());
  }
}

TEST_CASE("a range takes the unit of its second figure", "[extract][numbers][range]") {
  using Row = std::tuple<std::string, std::string, double, double>;
  auto [sentence, text, lo, hi] = GENERATE(table<std::string, std::string, double, double>({
      Row{"تستغرق الرحلة بين 10 و12 يوماً", "بين 10 و12 يوماً", 10, 12},
      Row{"الأطفال بين الـ5 والـ7 سنوات", "بين الـ5 والـ7 سنوات", 5, 7},
      Row{"يعمل المصنع ما بين 8 و10 ساعات يومياً", "ما بين 8 و10 ساعات", 8, 10},
  }));
  CAPTURE(sentence);
  const auto ms = mentions(sentence);
  INFO(dump(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(m->kind == MentionKind::kRange);
  CHECK(near(m->low, lo));
  CHECK(near(m->high, hi));
  for (const auto& other : ms) CHECK(other.kind != MentionKind::kDuration);
}

TEST_CASE("what real pages showed: numbers", "[extract][numbers][news]") {
  using Row = std::tuple<std::string, std::string, double>;
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, double>({
      // A count of billions written with ألف.
      Row{"تقدر النفقات بمبلغ ألف ومائتين وخمسين مليار ريال", "ألف ومائتين وخمسين مليار", 1250e9},
      Row{"بلغت الكلفة ألف مليون دولار", "ألف مليون", 1e9},
      // A figure in parentheses, then the same in words.
      Row{"بمبلغ (1,250,000,000) ألف ومائتين وخمسين مليون ريال", "1,250,000,000", 1250000000},
      // Jordanian decimals: the fraction first, ر between.
      Row{"بلغت النسبة 5ر12 بالمئة في الربع الأول", "5ر12 بالمئة", 12.5},
      Row{"وارتفعت بمقدار 3ر0 نقطة مئوية", "3ر0 نقطة مئوية", 0.3},
  }));
  CAPTURE(sentence);
  const auto ms = numbers(sentence);
  INFO(dump(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(near(m->value, value));
}
