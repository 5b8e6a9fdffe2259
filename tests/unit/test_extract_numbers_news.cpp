// Numbers as news writes them (issue 18): compounds of falling scales joined by و, duals,
// the Arabic comma as a decimal sign, dot and space thousands, figures in parentheses,
// percentage points, changes with their from/to in either order, bound verbs and English
// bounds. Sentences made up for these tests.
#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

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

std::optional<Mention> find(const std::vector<Mention>& ms, const std::string& what) {
  for (const auto& m : ms) {
    if (m.text == what) return m;
  }
  return std::nullopt;
}

std::string dump(const std::vector<Mention>& ms) {
  std::string out;
  const auto field = [&out](const char* name, const std::optional<double>& v) {
    if (!v) return;
    out += ' ';
    out += name;
    out += '=';
    out += std::to_string(*v);
  };
  for (const auto& m : ms) {
    out += '[';
    out += fc::to_string(m.kind);
    out += " '";
    out += m.text;
    out += '\'';
    field("v", m.value);
    field("lo", m.low);
    field("hi", m.high);
    field("from", m.from);
    field("to", m.to);
    out += "] ";
  }
  return out;
}

bool near(std::optional<double> a, double b) {
  return a && std::fabs(*a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

}  // namespace

TEST_CASE("a compound of falling scales joined by و is one value with one span",
          "[extract][numbers][compound]") {
  using Row = std::tuple<std::string, std::string, double>;
  auto [sentence, what, value] = GENERATE(table<std::string, std::string, double>({
      Row{"وصل 52 ألفاً و718 زائراً أمس", "52 ألفاً و718", 52718},
      Row{"سجلت مليوناً و307 آلاف و12 حالة", "مليوناً و307 آلاف و12", 1307012},
      Row{"بلغ الدين 7 تريليونات و40 مليار دولار", "7 تريليونات و40 مليار", 7.04e12},
      Row{"دفعت الشركة بمليون و73 ألفاً و900 دينار", "بمليون و73 ألفاً و900", 1073900},
      Row{"عدد السكان ٤ ملايين و٢٠٠ ألف و٥", "٤ ملايين و٢٠٠ ألف و٥", 4200005},
      Row{"أصيب تسعة آلاف وأربعمئة شخص", "تسعة آلاف وأربعمئة", 9400},
      Row{"حضر ستة وأربعين ألفاً", "ستة وأربعين ألفاً", 46000},
  }));
  const auto ms = numbers(sentence);
  INFO(sentence << " -> " << dump(ms));
  const auto m = find(ms, what);
  REQUIRE(m.has_value());
  CHECK(near(m->value, value));
  CHECK(ms.size() == 1);
}

TEST_CASE("one before و and its tens is part of the number", "[extract][numbers][compound]") {
  using Row = std::tuple<std::string, std::string, double>;
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, double>({
      Row{"شارك في السباق أحد وعشرون عداءً", "أحد وعشرون", 21},
      Row{"افتتحت الوزارة إحدى وأربعين مدرسة", "إحدى وأربعين", 41},
      Row{"صوّت الناخبون في إحدى وثلاثين ألفاً و212 مركزاً", "إحدى وثلاثين ألفاً و212", 31212},
  }));
  CAPTURE(sentence);
  const auto ms = numbers(sentence);
  INFO(dump(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(near(m->value, value));
}

TEST_CASE("digits glued to the end of a word are a name's", "[extract][numbers]") {
  const auto ms = numbers("بيروت- لبنان24 نقل المراسل أن 12 شخصاً أصيبوا، وارتفع السعر ب500 ليرة");
  INFO(dump(ms));
  CHECK_FALSE(find(ms, "24").has_value());
  CHECK(find(ms, "12").has_value());
  CHECK(find(ms, "500").has_value());
  // A road, a group, a plane, a disease: letters and digits are one name.
  const auto en = numbers(
      "The A7 was shut, G7 leaders met, two F-35 jets flew and COVID-19 spread; 9 died in "
      "mid-2021.");
  INFO(dump(en));
  CHECK_FALSE(find(en, "7").has_value());
  CHECK_FALSE(find(en, "35").has_value());
  CHECK_FALSE(find(en, "19").has_value());
  CHECK(find(en, "two").has_value());
  CHECK(find(en, "9").has_value());
}

TEST_CASE("one another is no count of one", "[extract][numbers][words]") {
  const auto ms = numbers("Neighbours helped one another and the boats left one after another.");
  INFO(dump(ms));
  CHECK(ms.empty());
  CHECK(find(numbers("Only one boat returned."), "one").has_value());
}

TEST_CASE("digits after a scale join it only below that scale", "[extract][numbers][compound]") {
  // "ألفاً و2000" is no compound: 2000 is not below a thousand.
  const auto ms = numbers("استقبل 40 ألفاً و2000 آخرين");
  INFO(dump(ms));
  REQUIRE(find(ms, "40 ألفاً").has_value());
  REQUIRE(find(ms, "2000").has_value());
}

TEST_CASE("duals of hundreds and scales count two", "[extract][numbers][words]") {
  using Row = std::tuple<std::string, std::string, double>;
  auto [sentence, what, value] = GENERATE(table<std::string, std::string, double>({
      Row{"خصصت الحكومة مليوني دولار", "مليوني", 2e6},
      Row{"أنفق ملياري جنيه", "ملياري", 2e9},
      Row{"يسكنها نحو مئتي ألف", "نحو مئتي ألف", 2e5},
      Row{"اشترى ألفي طن", "ألفي", 2000},
      Row{"فيها مائتي بيت", "مائتي", 200},
      Row{"دين يناهز تريليوني دولار", "يناهز تريليوني", 2e12},
  }));
  const auto ms = numbers(sentence);
  INFO(sentence << " -> " << dump(ms));
  const auto m = find(ms, what);
  REQUIRE(m.has_value());
  CHECK(near(m->value, value));
}

TEST_CASE("decimal and thousands signs as Arabic and Maghreb texts write them",
          "[extract][numbers][separators]") {
  using Row = std::tuple<std::string, std::string, MentionKind, double>;
  auto [sentence, what, kind, value] =
      GENERATE(table<std::string, std::string, MentionKind, double>({
          Row{"نما الاقتصاد 2،4 بالمائة", "2،4 بالمائة", MentionKind::kPercent, 2.4},
          Row{"صعد المؤشر 0،65 بالمائة", "0،65 بالمائة", MentionKind::kPercent, 0.65},
          Row{"بلغ الإنتاج 71،5 ألف طن", "71،5 ألف", MentionKind::kNumber, 71500},
          Row{"نسبة ٤،٧ بالمئة", "٤،٧ بالمئة", MentionKind::kPercent, 4.7},
          Row{"فقد 212.000 شخص عملهم", "212.000", MentionKind::kNumber, 212000},
          Row{"سجل 3 418 مصاباً", "3 418", MentionKind::kNumber, 3418},
          Row{"سكانها 12 400 000 نسمة", "12 400 000", MentionKind::kNumber, 12400000},
          Row{"ارتفع الرقم +2,5 بالمائة", "+2,5 بالمائة", MentionKind::kPercent, 2.5},
      }));
  const auto ms = numbers(sentence);
  INFO(sentence << " -> " << dump(ms));
  const auto m = find(ms, what.rfind('+', 0) == 0 ? what.substr(1) : what);
  REQUIRE(m.has_value());
  CHECK(m->kind == kind);
  CHECK(near(m->value, value));
}

TEST_CASE("an Arabic comma in a list and a thousands group stay as they were",
          "[extract][numbers][separators]") {
  // A list of codes with the Arabic comma, and three digits after it: thousands.
  auto ms = numbers("بلغ العدد ١٢،٤٥٠ زائراً");
  INFO(dump(ms));
  REQUIRE(find(ms, "١٢،٤٥٠").has_value());
  CHECK(near(find(ms, "١٢،٤٥٠")->value, 12450));
  ms = numbers("بلغ السعر 1.250 دينار");
  CHECK(near(find(ms, "1.250")->value, 1.25));
}

TEST_CASE("a figure in parentheses reads on into its scale or percent",
          "[extract][numbers][parentheses]") {
  using Row = std::tuple<std::string, std::string, MentionKind, double>;
  auto [sentence, what, kind, value] =
      GENERATE(table<std::string, std::string, MentionKind, double>({
          Row{"بلغت الموازنة (42) مليار دينار", "42) مليار", MentionKind::kNumber, 42e9},
          Row{"نمو بنسبة (3.4) بالمائة", "3.4) بالمائة", MentionKind::kPercent, 3.4},
          Row{"قيمتها (7) مليارات و(300) مليون", "7) مليارات و(300) مليون", MentionKind::kNumber,
              7.3e9},
      }));
  const auto ms = numbers(sentence);
  INFO(sentence << " -> " << dump(ms));
  const auto m = find(ms, what);
  REQUIRE(m.has_value());
  CHECK(m->kind == kind);
  CHECK(near(m->value, value));
}

TEST_CASE("a figure in parentheses alone is still a number", "[extract][numbers][parentheses]") {
  const auto ms = numbers("انظر الجدول (4) أدناه");
  INFO(dump(ms));
  REQUIRE(find(ms, "4").has_value());
}

TEST_CASE("percentage points are percents; basis points and scores are not",
          "[extract][numbers][percent]") {
  auto ms = numbers("تراجع المعدل 1.3 نقطة مئوية");
  INFO(dump(ms));
  REQUIRE(find(ms, "1.3 نقطة مئوية").has_value());
  CHECK(find(ms, "1.3 نقطة مئوية")->kind == MentionKind::kPercent);
  ms = numbers("بلغت النسبة 12 بالمئة، وزادت عند النساء 2,1 نقطة.");
  INFO(dump(ms));
  REQUIRE(find(ms, "2,1 نقطة").has_value());
  CHECK(find(ms, "2,1 نقطة")->kind == MentionKind::kPercent);
  ms = numbers("rose 0.4 percentage points");
  CHECK(find(ms, "0.4 percentage points")->kind == MentionKind::kPercent);
  ms = numbers("تقدم الفريق بفارق 6 نقاط عن منافسه");
  INFO(dump(ms));
  REQUIRE(find(ms, "6").has_value());
  CHECK(find(ms, "6")->kind == MentionKind::kNumber);
  ms = numbers("نمت الأسعار 5 بالمئة ورفع البنك الفائدة 50 نقطة أساس");
  INFO(dump(ms));
  REQUIRE(find(ms, "50").has_value());
  CHECK(find(ms, "50")->kind == MentionKind::kNumber);
}

TEST_CASE("a change is a direction verb with from and to in either order",
          "[extract][numbers][change]") {
  using Row = std::tuple<std::string, std::string, double, double>;
  auto [sentence, what, from, to] = GENERATE(table<std::string, std::string, double, double>({
      Row{"هبط العجز إلى 2.8% من 3.5%", "إلى 2.8% من 3.5%", 3.5, 2.8},
      Row{"نزلت البطالة من 9,4 إلى 8,7 بالمئة", "من 9,4 إلى 8,7 بالمئة", 9.4, 8.7},
      Row{"صعد عدد الطلاب من 3 آلاف لـ 5 آلاف", "من 3 آلاف لـ 5 آلاف", 3000, 5000},
      Row{"ارتفع المؤشر في الشمال من 2 إلى 3، وفي الجنوب من 4 إلى 6", "من 4 إلى 6", 4, 6},
      Row{"انخفض الإنتاج إلى 40 ألفاً من 55", "إلى 40 ألفاً من 55", 55000, 40000},
      // A revision is a change too: the figure was corrected from one value to another.
      Row{"Officials revised the toll from 212 to 187", "from 212 to 187", 212, 187},
      Row{"confirmed a revision in the death toll from 212 to 187", "from 212 to 187", 212, 187},
      Row{"وعدلت السلطات الحصيلة من 212 إلى 187 قتيلا", "من 212 إلى 187", 212, 187},
  }));
  const auto ms = numbers(sentence);
  INFO(sentence << " -> " << dump(ms));
  const auto m = find(ms, what);
  REQUIRE(m.has_value());
  CHECK(m->kind == MentionKind::kChange);
  CHECK(near(m->from, from));
  CHECK(near(m->to, to));
}

TEST_CASE("after a change verb a bare X to Y is an amount and a target",
          "[extract][numbers][change]") {
  const auto ms = numbers("تراجعت الصادرات بنحو 1،5 نقطة إلى 20،3 بالمائة");
  INFO(dump(ms));
  REQUIRE(find(ms, "بنحو 1،5").has_value());
  CHECK(find(ms, "بنحو 1،5")->approximate);
  REQUIRE(find(ms, "إلى 20،3 بالمائة").has_value());
  CHECK(find(ms, "إلى 20،3 بالمائة")->kind == MentionKind::kChange);
  CHECK(near(find(ms, "إلى 20،3 بالمائة")->to, 20.3));
  // Without a verb it stays a range.
  const auto rs = numbers("يتراوح العمر بين 15 إلى 30 سنة");
  INFO(dump(rs));
  REQUIRE(!rs.empty());
  CHECK(rs[0].kind == MentionKind::kRange);
}

TEST_CASE("a move by X to Y is an amount and a level, no range", "[extract][numbers][change]") {
  for (const char* s : {"The number of evacuees climbed by 450 to 2,100 overnight",
                        "ارتفع عدد النازحين بمقدار 450 إلى 2100 خلال الليل"}) {
    const auto ms = numbers(s);
    INFO(dump(ms));
    for (const auto& m : ms) CHECK(m.kind != MentionKind::kRange);
    REQUIRE(find(ms, "450").has_value());
    CHECK(near(find(ms, "450")->value, 450));
  }
}

TEST_CASE("a range with a currency sign before each figure", "[extract][numbers][range]") {
  using Row = std::tuple<std::string, std::string, double, double>;
  auto [sentence, text, lo, hi] = GENERATE(table<std::string, std::string, double, double>({
      Row{"The storm did between $1.2 billion and $2 billion in damage",
          "between $1.2 billion and $2 billion", 1.2e9, 2e9},
      Row{"Tickets cost from $40 to $75 a day", "from $40 to $75", 40, 75},
  }));
  CAPTURE(sentence);
  const auto ms = numbers(sentence);
  INFO(dump(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(near(*m->low, lo));
  CHECK(near(*m->high, hi));
}

TEST_CASE("hedge words and bound verbs bound the figure", "[extract][numbers][hedge]") {
  using Row =
      std::tuple<std::string, std::string, Hedge, std::optional<double>, std::optional<double>>;
  const std::optional<double> none;
  auto [sentence, what, hedge, low, high] = GENERATE_COPY(
      table<std::string, std::string, Hedge, std::optional<double>, std::optional<double>>({
          Row{"تخطت الخسائر 12 مليون دولار", "تخطت الخسائر 12 مليون", Hedge::kMoreThan, 12e6, none},
          Row{"فاقت حصيلة الضحايا 300", "فاقت حصيلة الضحايا 300", Hedge::kMoreThan, 300, none},
          Row{"تقترب نسبة المشاركة من 60 بالمئة", "تقترب نسبة المشاركة من 60 بالمئة", Hedge::kAbout,
              54, 66},
          Row{"بلغ الدين في حدود 80 مليار", "في حدود 80 مليار", Hedge::kAbout, 72e9, 88e9},
          Row{"the toll passed 3,500 on Friday", "passed 3,500", Hedge::kMoreThan, 3500, none},
          Row{"sales topped 90,000", "topped 90,000", Hedge::kMoreThan, 90000, none},
          Row{"the injured also surpassing two thousand", "surpassing two thousand",
              Hedge::kMoreThan, 2000, none},
          Row{"a crowd topping 12,000", "topping 12,000", Hedge::kMoreThan, 12000, none},
          Row{"a 4,000-plus crowd", "4,000-plus", Hedge::kMoreThan, 4000, none},
          Row{"nearly 15,000 people", "nearly 15,000", Hedge::kAbout, 13500, 15000},
          Row{"the count nears 27,000", "nears 27,000", Hedge::kAbout, 24300, 27000},
          Row{"tickets cost about $45", "about $45", Hedge::kAbout, 40.5, 49.5},
      }));
  const auto ms = numbers(sentence);
  INFO(sentence << " -> " << dump(ms));
  const auto m = find(ms, what);
  REQUIRE(m.has_value());
  CHECK(m->hedge == hedge);
  CHECK(m->approximate);
  CHECK(m->low.has_value() == low.has_value());
  CHECK(m->high.has_value() == high.has_value());
  if (low) CHECK(near(m->low, *low));
  if (high) CHECK(near(m->high, *high));
}

TEST_CASE("a bound verb does not reach over another clause or a number",
          "[extract][numbers][hedge]") {
  const auto ms = numbers("تجاوزت القوات النهر، وقتل 40 شخصاً");
  INFO(dump(ms));
  REQUIRE(find(ms, "40").has_value());
  CHECK(find(ms, "40")->hedge == Hedge::kNone);
}

TEST_CASE("English thousands of a noun is the vague thousands, alone it has no upper bound",
          "[extract][numbers][vague][en]") {
  // "thousands of troops" is Arabic آلاف: 2,000 to 9,999; "by the thousands", "thousands
  // more" say only that there were at least two thousand.
  auto ms = numbers("thousands of troops");
  REQUIRE(find(ms, "thousands").has_value());
  CHECK(near(find(ms, "thousands")->high, 9999));
  ms = numbers("Thousands of people marched");
  INFO(dump(ms));
  REQUIRE(find(ms, "Thousands").has_value());
  CHECK(near(find(ms, "Thousands")->low, 2000));
  CHECK(near(find(ms, "Thousands")->high, 9999));
  ms = numbers("they fled by the thousands.");
  REQUIRE(find(ms, "thousands").has_value());
  CHECK_FALSE(find(ms, "thousands")->high.has_value());
  ms = numbers("thousands more were displaced");
  REQUIRE(find(ms, "thousands").has_value());
  CHECK_FALSE(find(ms, "thousands")->high.has_value());
}

TEST_CASE("adverbial ordinals of a list and an ordinal after a year",
          "[extract][numbers][ordinal]") {
  auto ms = numbers("رابعاً: تعزيز الرقابة");
  INFO(dump(ms));
  REQUIRE(!ms.empty());
  CHECK(ms[0].kind == MentionKind::kOrdinal);
  CHECK(near(ms[0].value, 4));
  ms = numbers("في 2025 أول مرة");
  INFO(dump(ms));
  REQUIRE(find(ms, "أول").has_value());
  CHECK(find(ms, "أول")->kind == MentionKind::kOrdinal);
}

TEST_CASE("a fraction word with the article and an adjective is a period",
          "[extract][numbers][regression]") {
  // Found on real pages: "الربع الثالث" read as 0.25.
  auto ms = numbers("بلغ النمو في الربع الثالث 4 بالمائة وفي النصف الأول 3 بالمائة");
  INFO(dump(ms));
  CHECK_FALSE(find(ms, "الربع").has_value());
  CHECK_FALSE(find(ms, "النصف").has_value());
  ms = numbers("حصل على ربع الأصوات");
  INFO(dump(ms));
  CHECK(find(ms, "ربع").has_value());
}

TEST_CASE("a decimal times a scale is the whole number it stands for",
          "[extract][numbers][regression]") {
  // 128.7 x 1e9 was 128699999999.99998.
  const auto ms = numbers("بلغت الإيرادات 128.7 مليار ريال و1.2345 ألف دولار");
  INFO(dump(ms));
  REQUIRE(find(ms, "128.7 مليار").has_value());
  CHECK(*find(ms, "128.7 مليار")->value == 128700000000.0);
  CHECK(near(find(ms, "1.2345 ألف")->value, 1234.5));
}

TEST_CASE("a change verb does not reach over a comma for a bare target",
          "[extract][numbers][regression]") {
  // "إضافة إلى 2001 مصاب" after "ارتفاع الحصيلة إلى 235 حالة،" is no change.
  const auto ms = numbers("أعلن ارتفاع الحصيلة إلى 140 حالة، إضافة إلى 900 مصاب");
  INFO(dump(ms));
  REQUIRE(find(ms, "إلى 140").has_value());
  CHECK(find(ms, "إلى 140")->kind == MentionKind::kChange);
  REQUIRE(find(ms, "900").has_value());
  CHECK(find(ms, "900")->kind == MentionKind::kNumber);
}

TEST_CASE("an age range after a change noun stays a range", "[extract][numbers][regression]") {
  const auto ms = numbers("سجلت أكبر الزيادات لدى الشباب البالغين من العمر 18 إلى 29 سنة");
  INFO(dump(ms));
  REQUIRE(!ms.empty());
  CHECK(ms.back().kind != MentionKind::kNumber);
}

TEST_CASE("a bound after the counted noun bounds the figure", "[extract][numbers][hedge]") {
  auto ms = numbers("بلغت الحصيلة 7 آلاف و215 جريحاً على الأقل");
  INFO(dump(ms));
  REQUIRE(find(ms, "7 آلاف و215 جريحاً على الأقل").has_value());
  auto m = *find(ms, "7 آلاف و215 جريحاً على الأقل");
  CHECK(m.hedge == Hedge::kAtLeast);
  CHECK(near(m.low, 7215));
  CHECK_FALSE(m.high.has_value());
  ms = numbers("ارتفع عدد النازحين إلى 4 آلاف شخص على الأقل");
  INFO(dump(ms));
  REQUIRE(find(ms, "إلى 4 آلاف شخص على الأقل").has_value());
  m = *find(ms, "إلى 4 آلاف شخص على الأقل");
  CHECK(m.kind == MentionKind::kChange);
  CHECK(near(m.to, 4000));
  CHECK_FALSE(m.high.has_value());
  // Two words away it is no bound of the figure.
  ms = numbers("قتل 9 أشخاص في القرية على الأقل");
  INFO(dump(ms));
  REQUIRE(find(ms, "9").has_value());
  CHECK(find(ms, "9")->hedge == Hedge::kNone);
}

TEST_CASE("a match's score is two numbers; a span of days is a range", "[extract][numbers]") {
  auto [sentence, kind] = GENERATE(table<std::string, fc::MentionKind>({
      {"ودّع المنتخب البطولة بعد خسارته أمام غانا 1-3 في ربع النهائي", fc::MentionKind::kNumber},
      {"The champions beat the hosts 0-2 on Sunday", fc::MentionKind::kNumber},
      {"تستغرق أعمال الصيانة 2-4 أسابيع", fc::MentionKind::kRange},
      {"ارتفعت الأسعار 1-2% خلال الشهر", fc::MentionKind::kRange},
  }));
  const auto ms = numbers(sentence);
  INFO(sentence << " -> " << dump(ms));
  REQUIRE_FALSE(ms.empty());
  CHECK(std::any_of(ms.begin(), ms.end(), [&](const fc::Mention& m) { return m.kind == kind; }));
  if (kind == fc::MentionKind::kNumber) {
    CHECK(std::none_of(ms.begin(), ms.end(),
                       [](const fc::Mention& m) { return m.kind == fc::MentionKind::kRange; }));
  }
}
