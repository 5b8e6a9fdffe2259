#include "factcheck/extract/number_words.hpp"

#include <initializer_list>

#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract {

namespace {

using Pattern = NumberPattern;

std::vector<std::string> fold_all(std::initializer_list<const char*> words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const char* w : words) out.push_back(normalize::fold(w));
  return out;
}

std::vector<Pattern> patterns(Hedge h,
                              std::initializer_list<std::initializer_list<const char*>> ps) {
  std::vector<Pattern> out;
  for (const auto& p : ps) out.push_back(Pattern{fold_all(p), h});
  return out;
}

}  // namespace

NumberWords::NumberWords() {
  verb_over = fold_all({"تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى",
                        "فاق", "فاقت", "يفوق", "تفوق"});
  verb_near = fold_all({"يقترب", "تقترب", "اقترب", "اقتربت", "قارب", "قاربت", "يقارب", "تقارب",
                        "ناهز", "ناهزت", "يناهز", "تناهز"});
  negative = fold_all({"سالب", "ناقص", "minus"});
  percent_one =
      fold_all({"بالمئة", "بالمائة", "بالمية", "بالمئه", "بالمائه", "percent", "pct", "%", "٪"});
  percent_in = fold_all({"في", "per"});
  percent_two = fold_all({"المئة", "المائة", "المئه", "المائه", "المية", "cent"});
  points = fold_all({"نقطة", "نقاط", "نقطه", "points", "point"});
  points_percent = fold_all({"مئوية", "مئويه", "مئوي"});
  points_en = fold_all({"percentage"});
  basis = fold_all({"أساس", "اساس", "basis"});
  currency = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"};
  range_between = fold_all({"بين", "between"});
  range_from = fold_all({"من", "from"});
  range_to = fold_all({"إلى", "الى", "حتى", "لغاية", "to", "through"});
  change_to = fold_all({"ل", "لـ"});
  range_and = fold_all({"و", "and"});
  range_ma = fold_all({"ما"});
  dash = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "~"};
  fraction_over = fold_all({"على"});
  fraction_of = fold_all({"من"});
  decimal_point = fold_all({"فاصلة", "فاصله", "point"});
  one_of = fold_all({"واحد", "واحدة", "واحده", "one"});
  article = fold_all({"a", "an"});
  of = fold_all({"of"});
  ordinal_suffix = fold_all({"st", "nd", "rd", "th"});
  not_numbers = fold_all({"لست", "وست"});
  change_stems = fold_all(
      {"خفض",   "تخفيض", "رفع",   "زياد",  "زاد",    "ارتفع",  "ارتفاع", "انخفض", "انخفاض", "تراجع",
       "قلص",   "تقليص", "تقلص",  "هبط",   "هبوط",   "قفز",    "تضاعف",  "نما",   "نمو",    "تقليل",
       "قلل",   "يرتفع", "ترتفع", "ينخفض", "تنخفض",  "يتراجع", "تتراجع", "يخفض",  "تخفض",   "يرفع",
       "ترفع",  "يزيد",  "تزيد",  "يقلص",  "تقلص",   "يهبط",   "تهبط",   "يقفز",  "تقفز",   "ينمو",
       "تنمو",  "خفّض",   "صعود",  "تصاعد", "يتصاعد", "صعد",    "يصعد",   "تصعد",  "نزل",    "ينزل",
       "تنزل",  "نزول",  "هوى",   "يهوي",  "تهوي",   "انتقل",  "ينتقل",  "تنتقل", "تحسن",   "يتحسن",
       "تتحسن", "تدنى",  "يتدنى", "تتدنى", "قفز",    "زيادة",  "ضاعف"});
  change_en = fold_all(
      {"rose",      "rise",     "rises",     "rising",    "risen",    "fell",      "fall",
       "falls",     "falling",  "fallen",    "cut",       "cuts",     "reduced",   "reduce",
       "reduces",   "reducing", "reduction", "increased", "increase", "increases", "increasing",
       "decreased", "decrease", "decreases", "dropped",   "drop",     "drops",     "grew",
       "grow",      "grows",    "growing",   "climbed",   "climb",    "jumped",    "jump",
       "declined",  "decline",  "declines",  "lowered",   "raised",   "raise",     "raises",
       "slashed",   "surged",   "plunged",   "doubled",   "tripled",  "shrank",    "shrunk",
       "went",      "changed",  "up",        "down",      "boosted",  "expanded",  "trimmed"});
  year_cues =
      fold_all({"عام",    "العام", "لعام",   "بعام",   "وعام",   "سنة",    "السنة", "لسنة",
                "منذ",    "في",    "وفي",    "حتى",    "بحلول",  "مطلع",   "أواخر", "أوائل",
                "نهاية",  "بداية", "منتصف",  "خلال",   "صيف",    "شتاء",   "ربيع",  "خريف",
                "in",     "since", "by",     "until",  "year",   "of",     "early", "late",
                "mid",    "end",   "summer", "winter", "spring", "autumn", "fall",  "during",
                "before", "after", "قبل",    "بعد",    "عامي",   "وحتى",   "ومنذ"});
  year_after = fold_all({"م", "ه", "هـ", "ad", "bc"});
  months = fold_all({"يناير",    "فبراير",   "مارس",  "أبريل", "ابريل",   "مايو",      "يونيو",
                     "يونيه",    "يوليو",    "يوليه", "أغسطس", "سبتمبر",  "أكتوبر",    "نوفمبر",
                     "ديسمبر",   "كانون",    "شباط",  "آذار",  "نيسان",   "أيار",      "حزيران",
                     "تموز",     "آب",       "أيلول", "تشرين", "january", "february",  "march",
                     "april",    "may",      "june",  "july",  "august",  "september", "october",
                     "november", "december", "jan",   "feb",   "mar",     "apr",       "jun",
                     "jul",      "aug",      "sep",   "sept",  "oct",     "nov",       "dec"});

  auto add = [](std::vector<Pattern>& v, std::vector<Pattern> more) {
    v.insert(v.end(), more.begin(), more.end());
  };
  add(before, patterns(Hedge::kAtLeast, {{"ما", "لا", "يقل", "عن"},
                                         {"لا", "يقل", "عن"},
                                         {"أكثر", "من", "أو", "يساوي"},
                                         {"أعلى", "من", "أو", "يساوي"},
                                         {"أكبر", "من", "أو", "يساوي"},
                                         {"no", "fewer", "than"},
                                         {"no", "less", "than"},
                                         {"at", "least"},
                                         {">", "="},
                                         {"≥"}}));
  add(before, patterns(Hedge::kAtMost, {{"ما", "لا", "يزيد", "عن"},
                                        {"ما", "لا", "يزيد", "على"},
                                        {"لا", "يزيد", "عن"},
                                        {"لا", "يزيد", "على"},
                                        {"أقل", "من", "أو", "يساوي"},
                                        {"أخفض", "من", "أو", "يساوي"},
                                        {"أصغر", "من", "أو", "يساوي"},
                                        {"أخفض", "أو", "يساوي"},
                                        {"no", "more", "than"},
                                        {"as", "many", "as"},
                                        {"up", "to"},
                                        {"at", "most"},
                                        {"حتى"},
                                        {"<", "="},
                                        {"≤"}}));
  add(before, patterns(Hedge::kAbout, {{"ما", "يقرب", "من"},
                                       {"ما", "يناهز"},
                                       {"ما", "يقارب"},
                                       {"في", "حدود"},
                                       {"بحدود"},
                                       {"يقارب"},
                                       {"تقارب"},
                                       {"قارب"},
                                       {"قاربت"},
                                       {"ناهز"},
                                       {"ناهزت"},
                                       {"تناهز"},
                                       {"close", "to"},
                                       {"يقرب", "من"},
                                       {"نحو"},
                                       {"حوالي"},
                                       {"حوالى"},
                                       {"قرابة"},
                                       {"زهاء"},
                                       {"يناهز"},
                                       {"تقريبا"},
                                       {"an", "estimated"},
                                       {"about"},
                                       {"around"},
                                       {"approximately"},
                                       {"roughly"},
                                       {"circa"},
                                       {"~"}}));
  add(before, patterns(Hedge::kMoreThan, {{"ما", "يزيد", "على"},
                                          {"ما", "يزيد", "عن"},
                                          {"يزيد", "على"},
                                          {"يزيد", "عن"},
                                          {"يربو", "على"},
                                          {"أكثر", "من"},
                                          {"أكبر", "من"},
                                          {"أعلى", "من"},
                                          {"in", "excess", "of"},
                                          {"more", "than"},
                                          {"greater", "than"},
                                          {"يتجاوز"},
                                          {"تتجاوز"},
                                          {"تجاوز"},
                                          {"تجاوزت"},
                                          {"تخطى"},
                                          {"تخطت"},
                                          {"يتخطى"},
                                          {"تتخطى"},
                                          {"فاق"},
                                          {"فاقت"},
                                          {"تفوق"},
                                          {"passed"},
                                          {"past"},
                                          {"exceeded"},
                                          {"exceeds"},
                                          {"exceeding"},
                                          {"topped"},
                                          {"tops"},
                                          {"surpassed"},
                                          {"surpasses"},
                                          {"upwards", "of"},
                                          {"يفوق"},
                                          {"فوق"},
                                          {"over"},
                                          {"above"},
                                          {"exceeding"},
                                          {">"}}));
  add(before, patterns(Hedge::kLessThan, {{"أقل", "من"},
                                          {"أصغر", "من"},
                                          {"أدنى", "من"},
                                          {"ما", "دون"},
                                          {"less", "than"},
                                          {"fewer", "than"},
                                          {"دون"},
                                          {"تحت"},
                                          {"under"},
                                          {"below"},
                                          {"<"}}));
  // Just below the figure: "nearly 15,000" is under 15,000, not 13,500-16,500.
  below = patterns(Hedge::kAbout,
                   {{"nearly"}, {"almost"}, {"nears"}, {"neared"}, {"nearing"}, {"approaching"}});
  for (Pattern& p : below) p.below = true;
  add(before, below);
  add(after, patterns(Hedge::kAbout, {{"تقريبا"}, {"approximately"}, {"or", "so"}}));
  add(after, patterns(Hedge::kMoreThan, {{"-", "plus"}}));
  add(after, patterns(Hedge::kAtLeast, {{"أو", "أكثر"},
                                        {"فأكثر"},
                                        {"فما", "فوق"},
                                        {"وما", "فوق"},
                                        {"على", "الأقل"},
                                        {"or", "more"},
                                        {"at", "least"}}));
  add(after, patterns(Hedge::kAtMost, {{"أو", "أقل"},
                                       {"فأقل"},
                                       {"فما", "دون"},
                                       {"وما", "دون"},
                                       {"على", "الأكثر"},
                                       {"or", "less"},
                                       {"or", "fewer"},
                                       {"at", "most"}}));
  for (const auto& p : before) {
    if (p.hedge == Hedge::kLessThan || p.hedge == Hedge::kAtMost) upper.push_back(p);
  }
}

const NumberWords& number_words() {
  static const NumberWords kWords;
  return kWords;
}

}  // namespace fc::extract
