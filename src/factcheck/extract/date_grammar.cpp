#include "factcheck/extract/date_grammar.hpp"

#include "factcheck/core/error.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract::dategrammar {

const std::vector<Phrase>& deictic_phrases() {
  static const std::vector<Phrase> kPhrases = [] {
    std::vector<Phrase> v;
    auto add = [&](std::initializer_list<const char*> ws, int off) {
      Phrase p;
      for (const char* w : ws) p.words.push_back(datelex::key(normalize::fold(w)));
      p.offset = off;
      v.push_back(std::move(p));
    };
    add({"أمس"}, -1);
    add({"الأمس"}, -1);
    add({"البارحة"}, -1);
    add({"امبارح"}, -1);
    add({"اليوم", "الماضي"}, -1);
    add({"اليوم", "المنصرم"}, -1);
    add({"أول", "أمس"}, -2);
    add({"أول", "من", "أمس"}, -2);
    add({"قبل", "أمس"}, -2);
    add({"يوم", "قبل", "أمس"}, -2);
    add({"اليوم", "القبل", "البارحة"}, -2);
    add({"اليوم", "الي", "قبل", "امبارح"}, -2);
    add({"اليوم", "الذي", "قبل", "أمس"}, -2);
    add({"اليوم"}, 0);
    add({"هذا", "اليوم"}, 0);
    add({"الليلة"}, 0);
    add({"هذه", "الليلة"}, 0);
    add({"غدا"}, 1);
    add({"غد"}, 1);
    add({"الغد"}, 1);
    add({"يوم", "غد"}, 1);
    add({"بكرة"}, 1);
    add({"بكرا"}, 1);
    add({"بعد", "غد"}, 2);
    add({"بعد", "الغد"}, 2);
    add({"يوم", "بعد", "غد"}, 2);
    add({"اليوم", "الذي", "بعد", "الغد"}, 2);
    add({"اليوم", "الي", "بعد", "بكرة"}, 2);
    add({"yesterday"}, -1);
    add({"today"}, 0);
    add({"tonight"}, 0);
    add({"tomorrow"}, 1);
    add({"the", "day", "before", "yesterday"}, -2);
    add({"the", "day", "after", "tomorrow"}, 2);
    return v;
  }();
  return kPhrases;
}

const std::vector<Holiday>& holidays() {
  static const std::vector<Holiday> kHolidays = [] {
    std::vector<Holiday> v;
    auto add = [&](std::initializer_list<const char*> ws, int hm, int d) {
      Holiday h;
      for (const char* w : ws) h.words.push_back(datelex::key(normalize::fold(w)));
      h.hijri_month = hm;
      h.day = d;
      v.push_back(std::move(h));
    };
    add({"عيد", "الميلاد"}, 0, 1225);
    add({"الكريسماس"}, 0, 1225);
    add({"كريسماس"}, 0, 1225);
    add({"christmas"}, 0, 1225);
    add({"عيد", "الفصح"}, 0, -1);
    add({"easter"}, 0, -1);
    add({"عيد", "الفطر"}, 10, 1);
    add({"عيد", "الأضحى"}, 12, 10);
    add({"يوم", "عرفة"}, 12, 9);
    add({"رأس", "السنة", "الهجرية"}, 1, 1);
    add({"المولد", "النبوي"}, 3, 12);
    add({"عاشوراء"}, 1, 10);
    add({"يوم", "عاشوراء"}, 1, 10);
    add({"أربعينية", "الإمام", "الحسين"}, 2, 20);
    add({"أربعينية", "الحسين"}, 2, 20);
    add({"زيارة", "الأربعين"}, 2, 20);
    add({"الإسراء", "والمعراج"}, 7, 27);
    add({"ليلة", "القدر"}, 9, 27);
    add({"يوم", "التروية"}, 12, 8);
    add({"وقفة", "عرفات"}, 12, 9);
    add({"وقفة", "عرفة"}, 12, 9);
    add({"رأس", "السنة", "الميلادية"}, 0, 101);
    return v;
  }();
  return kHolidays;
}

const datelex::KeyMap<std::string>& mod_words() {
  static const datelex::KeyMap<std::string> kMods = [] {
    datelex::KeyMap<std::string> m;
    auto add = [&](const char* w, const char* v) { m.insert(datelex::key(normalize::fold(w)), v); };
    add("أواخر", "late");
    add("اواخر", "late");
    add("أوائل", "early");
    add("اوائل", "early");
    add("منتصف", "mid");
    add("أواسط", "mid");
    add("نص", "mid");
    add("نصف", "mid");
    add("مطلع", "early");
    add("بداية", "start");
    add("مستهل", "early");
    add("نهاية", "end");
    add("أواخر", "late");
    add("ختام", "end");
    add("early", "early");
    add("mid", "mid");
    add("late", "late");
    add("end", "end");
    add("beginning", "start");
    add("start", "start");
    return m;
  }();
  return kMods;
}

const datelex::KeyMap<int>& decade_words() {
  static const datelex::KeyMap<int> kDecades = [] {
    datelex::KeyMap<int> m;
    const char* const kTens[] = {"عشرين", "ثلاثين", "أربعين", "خمسين",
                                 "ستين",  "سبعين",  "ثمانين", "تسعين"};
    for (int k = 0; k < 8; ++k) {
      for (const char* suffix : {"يات", "ات"}) {
        const std::string w = normalize::fold(std::string(kTens[k]) + suffix);
        m.insert(datelex::key(w), 20 + 10 * k);
        m.insert(datelex::key(normalize::fold("ال") + w), 20 + 10 * k);
      }
    }
    return m;
  }();
  return kDecades;
}

const datelex::KeyMap<int>& fiscal_year_starts() {
  static const datelex::KeyMap<int> kStarts = [] {
    datelex::KeyMap<int> m;
    const auto add = [&](std::initializer_list<const char*> places, int month) {
      for (const char* w : places) m.insert(datelex::key(normalize::fold(w)), month);
    };
    add({"مصر", "القاهرة", "الإسكندرية", "cairo", "egypt", "alexandria"}, 7);
    add({"الكويت", "kuwait"}, 4);
    add({"باكستان", "كراتشي", "لاهور", "islamabad", "karachi", "lahore", "pakistan"}, 7);
    add({"الهند", "نيودلهي", "مومباي", "delhi", "mumbai", "india"}, 4);
    add({"لندن", "بريطانيا", "london", "britain"}, 4);
    add({"اليابان", "طوكيو", "tokyo", "japan"}, 4);
    add({"كندا", "أوتاوا", "ottawa", "canada"}, 4);
    add({"أستراليا", "كانبيرا", "سيدني", "canberra", "sydney", "australia"}, 7);
    add({"واشنطن", "washington"}, 10);
    return m;
  }();
  return kStarts;
}

int mod_of(const DateToken& t, std::span<const datelex::Stem> stems, std::string& mod) {
  const auto& kMods = mod_words();
  if (t.kind != Kind::kWord) return 0;
  for (const auto& s : stems) {
    // Every modifier is a start word (Grammar): a stem in no list is none.
    if (s.entry == 0) continue;
    if (const std::string* m = kMods.find(s.key, s.hash); m != nullptr) {
      mod = *m;
      return 1;
    }
  }
  return 0;
}

Grammar::Grammar() {
  std::size_t defined = 0;
  const auto add = [&](WordList& list) {
    FC_ASSERT(list.bit.mask == 0, "a word list of the date grammar is defined twice");
    list.bit = vocab.add_list(list.keys);
    ++defined;
  };
  const auto def = [&](WordList& list, std::initializer_list<const char*> words) {
    for (const char* w : words) list.keys.insert(datelex::key(normalize::fold(w)));
    add(list);
  };
  def(lists.yom, {"يوم", "اليوم"});
  def(lists.min_word, {"من", "of"});
  def(lists.shahr, {"شهر"});
  def(lists.al_shahr, {"الشهر"});
  def(lists.year_words, {"عام", "العام", "سنة", "السنة", "عامي", "سنتي", "year"});
  def(lists.range_to, {"إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية", "to", "until", "till",
                       "through", "and", "و"});
  def(lists.past_words, {"الماضي", "الماضية", "الماض", "السابق", "السابقة", "المنصرم", "المنصرمة",
                         "الفائت", "الفائتة", "المنقضي", "المنقضية", "الماضيين", "الماضيتين",
                         "الأخيرين", "الأخيرتين", "السابقين", "last", "previous", "past"});
  def(lists.next_words,
      {"المقبل", "المقبلة", "القادم", "القادمة", "التالي", "التالية", "الجاي", "الجاية", "المقبلين",
       "المقبلتين", "القادمين", "القادمتين", "next", "coming", "following"});
  def(lists.this_words, {"الحالي", "الحالية", "الجاري", "الجارية", "this", "current"});
  def(lists.demonstrative, {"هذا", "هذه", "this"});
  def(lists.same_words, {"ذاته", "نفسه", "ذاتها", "نفسها", "عينه", "same"});
  def(lists.hedge_words,
      {"نحو", "حوالي", "حوالى", "قرابة", "زهاء", "قرابه", "تقريبا", "about", "around", "nearly",
       "almost", "approximately", "roughly", "some", "over"});
  def(lists.future_cues,
      {"سوف", "المقرر", "المقررة", "مقرر", "مقررة", "المرتقب", "المرتقبة", "مرتقب", "مرتقبة",
       "يرتقب", "ويرتقب", "المقبل", "المقبلة", "القادم", "القادمة", "will", "scheduled", "next",
       "upcoming", "shall",
       // Pledges and plans look ahead too: "تعهد بإنهاء المهمة خلال ثلاثة أشهر".
       "تعهد", "تعهدت", "يعتزم", "تعتزم", "يخطط", "تخطط", "المتوقع", "يتوقع", "تتوقع", "pledged",
       "promised", "vowed", "plans", "intends", "expected", "forecast", "forecasts", "projected",
       "projects", "target", "targets", "aims", "planned", "due", "set", "until", "through"});
  def(lists.day_month_from, {"من", "بين", "from", "between"});
  def(lists.day_of, {"اليوم"});
  def(lists.year_preps, {"في", "منذ", "حتى", "بحلول", "خلال", "ومنذ", "in", "since", "by", "until",
                         "during", "before", "after", "قبل", "بعد"});
  def(lists.event_nouns,
      {"انتخابات", "الانتخابات", "انتخاب",  "موازنة",  "الموازنة", "ميزانية", "الميزانية",
       "قمة",      "دورة",       "بطولة",   "مونديال", "كأس",      "حرب",     "ثورة",
       "أحداث",    "احتجاجات",   "تعداد",   "إحصاء",   "أولمبياد", "زلزال",   "فيضانات",
       "إعصار",    "اتفاق",      "اتفاقية", "دستور",   "رؤية",     "موسم",    "أزمة",
       "غزو",      "انتفاضة",    "استفتاء", "مؤتمر",   "نسخة",     "نسختي"});
  def(lists.ago_words, {"قبل", "منذ", "ومنذ", "وقبل"});
  def(lists.after_words, {"بعد", "وبعد"});
  def(lists.within_words, {"خلال", "غضون", "within", "in"});
  def(lists.quarter_words, {"الربع", "ربع", "الثلاثي", "quarter"});
  def(lists.span_from, {"بين", "من", "between", "from"});
  def(lists.last_words, {"آخر", "اخر", "الأخير", "الأخيرة", "last", "final"});
  def(lists.week_words, {"أسبوع", "الأسبوع", "week"});
  def(lists.day_words, {"يوم", "اليوم", "day"});
  def(lists.ordinal_suffix, {"st", "nd", "rd", "th"});
  def(lists.teen, {"عشر", "عشرة"});
  def(lists.teen_masculine, {"عشر"});
  def(lists.english_month_before,
      {"in", "since", "by", "until", "till", "last", "next", "this", "early", "late", "mid",
       "during", "of", "from", "to", "through", "before", "after"});
  def(lists.gregorian_era, {"م", "ميلادي", "ميلادية", "ad", "ce"});
  def(lists.hijri_era, {"ه", "هـ", "هجري", "هجرية", "هجريا", "للهجرة", "ah"});
  def(lists.two_thousand, {"ألفين", "ألفان"});
  def(lists.thousand, {"ألف"});
  def(lists.relative_pronouns, {"التي", "الذي", "اللذين", "اللتين", "الذين"});
  def(lists.agreeing, {"الموافق", "الموافقة", "الموافقه"});
  def(lists.this_demonstrative, {"هذا"});
  def(lists.numeric_context, {"في", "يوم", "بتاريخ", "تاريخ", "on", "الموافق"});
  def(lists.share_words, {"بنسبة", "نسبة", "ratio", "by"});
  def(lists.gregorian_era_short, {"م", "ميلادي", "ad"});
  def(lists.english_event_before,
      {"the", "in", "of", "since", "before", "after", "during", "until", "its", "their"});
  def(lists.year_nouns, {"العام", "السنة", "year"});
  def(lists.month_nouns, {"الشهر", "month"});
  def(lists.singular_units, {"العام", "عام", "السنة", "سنة", "الشهر", "شهر", "الأسبوع", "أسبوع",
                             "العقد", "year", "month", "week", "decade"});
  def(lists.singular_units_indefinite, {"يوم", "أسبوع", "شهر", "عام", "سنة", "عقد"});
  def(lists.ago_en, {"ago", "earlier", "before"});
  def(lists.later_en, {"later", "after"});
  def(lists.english_events,
      {"election", "elections",  "budget",     "census",     "summit", "war",       "earthquake",
       "floods",   "season",     "olympics",   "world",      "crisis", "invasion",  "protests",
       "uprising", "revolution", "referendum", "conference", "games",  "tournament"});
  def(lists.of_in, {"من", "في", "of", "in"});
  def(lists.clock_words, {"الساعة", "بالساعة", "للساعة"});
  def(lists.hour_one, {"الواحدة"});
  def(lists.part_dawn, {"فجر", "فجرا", "الفجر", "dawn"});
  def(lists.part_morning, {"صباح", "صباحا", "الصباح", "صبيحة", "ضحى", "morning"});
  def(lists.part_noon, {"ظهر", "ظهرا", "الظهر", "الظهيرة", "ظهيرة", "noon", "midday"});
  def(lists.part_afternoon, {"عصر", "عصرا", "العصر", "afternoon"});
  def(lists.part_evening, {"مساء", "مساءا", "المساء", "عشية", "evening"});
  def(lists.part_night, {"ليلا", "ليل", "الليل", "night"});
  def(lists.half_hour, {"النصف", "ونصف"});
  def(lists.quarter_hour, {"الربع", "وربع"});
  def(lists.ante_post, {"am", "pm", "a", "p"});
  def(lists.zulu, {"gmt", "utc", "غرينتش", "جرينتش"});
  def(lists.ghurra, {"غرة", "مستهل"});
  def(lists.hijri_adjective, {"الهجري", "الهجرية"});
  def(lists.gregorian_adjective, {"الميلادي", "الميلادية"});
  def(lists.new_adjective, {"الجديد", "الجديدة"});
  def(lists.before_word, {"قبل", "before"});
  def(lists.anaphoric_past, {"السابق", "السابقة", "previous", "preceding"});
  def(lists.anaphoric_next, {"التالي", "التالية", "اللاحق", "اللاحقة", "following", "next"});
  def(lists.comparison, {"مقابل", "مقارنة", "بالمقارنة", "compared", "versus", "vs", "against"});
  def(lists.that_en, {"that"});
  def(lists.quarter_season, {"الفصل"});
  def(lists.clock_unit_singular, {"دقيقة", "ساعة", "minute", "hour"});
  def(lists.century, {"القرن"});
  def(lists.english_past,
      {"was",  "were",  "had",   "did",    "said", "began", "took",  "made",  "rose",  "fell",
       "won",  "lost",  "hit",   "struck", "came", "went",  "saw",   "gave",  "held",  "met",
       "left", "told",  "sent",  "paid",   "led",  "built", "sold",  "grew",  "ran",   "spent",
       "drew", "broke", "chose", "shot",   "fled", "wrote", "spoke", "stood", "fought"});
  decade_words().for_each_key(
      [&](std::string_view k) { lists.decade_first_words.keys.insert(std::string(k)); });
  add(lists.decade_first_words);
  def(lists.count_cues, {"إلى",   "الى",   "بلغ",   "بلغت",  "يبلغ", "تبلغ",  "وصل",    "وصلت",
                         "نحو",   "حوالي", "حوالى", "قرابة", "زهاء", "عدد",   "إجمالي", "مجموع",
                         "أكثر",  "أقل",   "سجل",   "سجلت",  "ليصل", "لتصل",  "ليبلغ",  "لتبلغ",
                         "مقابل", "بواقع", "أصل",   "قتل",   "أصيب", "أصيبت", "فقد"});
  def(lists.reference_nouns,
      {"رقم",     "القرار", "قرار",   "المادة",     "مادة", "البند",  "القانون", "قانون",
       "المرسوم", "مرسوم",  "الأمر",  "resolution", "no",   "number", "article", "law",
       "decree",  "item",   "flight", "route",      "room", "code"});
  def(lists.english_year_before, {"of", "for", "since", "from", "until", "during", "after",
                                  "before", "through", "till", "in", "and", "or"});
  def(lists.ma, {"ما"});
  def(lists.negation, {"لا"});
  def(lists.bound_verbs, {"يزيد", "تزيد", "يقارب", "تقارب", "يناهز", "تناهز", "يربو", "تربو", "يقل",
                          "تقل", "يقرب", "يفوق", "تفوق"});
  def(lists.bound_preps, {"على", "عن", "من"});
  def(lists.duration_nouns,
      {"صمت", "حداد", "عمل", "راحة", "إضراب", "هدنة", "صيام", "silence", "mourning"});
  def(lists.threshold_after, {"فأكثر", "فأقل"});
  def(lists.ma_conj, {"فما", "وما"});
  def(lists.above_below, {"فوق", "دون"});
  def(lists.or_word, {"أو", "or"});
  def(lists.since, {"منذ", "ومنذ"});
  def(lists.superlatives,
      {"الأول",  "الأولى", "أول",    "لأول",   "الأعلى", "أعلى",   "الأكبر", "أكبر",   "الأدنى",
       "أدنى",   "الأقل",  "أقل",    "الأسوأ", "أسوأ",   "الأشد",  "أشد",    "الأعنف", "أعنف",
       "الأسرع", "أسرع",   "الأفضل", "أفضل",   "الأطول", "أطول",   "أقصى",   "الأوسع", "أوسع",
       "الأضخم", "أضخم",   "الأكثر", "قياسي",  "قياسيا", "القياسي"});
  def(lists.dekad, {"العشر", "العشرة"});
  def(lists.dekad_first, {"الأوائل", "الأولى", "الأول"});
  def(lists.dekad_middle, {"الأواسط", "الوسطى"});
  def(lists.dekad_last, {"الأواخر", "الأخيرة", "الأخير"});
  def(lists.hijri_cues, {"هلال", "حلول", "قدوم", "استقبال", "صيام",  "صوم",   "أيام",  "ليالي",
                         "ليلة", "بدأ",  "يبدأ", "تبدأ",    "بدء",   "انتهى", "ينتهي", "انتهاء",
                         "حل",   "يحل",  "مطلع", "منتصف",   "أواخر", "نهاية", "بداية"});
  def(lists.fiscal_adjective, {"المالي", "المالية"});
  def(lists.fiscal_en, {"fiscal", "fy"});
  def(lists.years_plural, {"السنوات", "الأعوام"});
  def(lists.small.year_en, {"year"});
  def(lists.preceded_verbs, {"سبقه", "سبقها", "سبقته", "سبقتها", "قبله", "قبلها"});
  def(lists.followed_verbs, {"تلاه", "تلاها", "تلته", "تلتها", "يليه", "يليها", "بعده", "بعدها"});
  def(lists.clock_at, {"عند", "في", "at", "حوالي", "نحو"});
  def(lists.small.first_word, {"أول"});
  def(lists.small.current, {"current"});
  def(lists.small.same_before, {"ذات", "نفس"});
  def(lists.small.same_en, {"same"});
  def(lists.small.more_less, {"أكثر", "أقل", "more", "less"});
  def(lists.small.than, {"من", "than"});
  def(lists.small.on_of, {"على", "of"});
  def(lists.small.the_en, {"the"});
  def(lists.small.last_q, {"الأخير", "last"});
  def(lists.small.quarter_en, {"quarter"});
  for (const auto& p : deictic_phrases()) lists.deictic_first_words.keys.insert(p.words[0]);
  add(lists.deictic_first_words);
  for (const auto& h : holidays()) lists.holiday_first_words.keys.insert(h.words[0]);
  add(lists.holiday_first_words);
  const auto keys_into = [](WordList& list) {
    return [&list](std::string_view k) { list.keys.insert(std::string(k)); };
  };
  const auto lists_into = [&](WordList& list, std::initializer_list<const WordList*> from) {
    for (const WordList* w : from) w->keys.for_each_key(keys_into(list));
  };
  const auto lexicon_into = [&](WordList& list, std::initializer_list<datelex::KeysOf> from) {
    for (const datelex::KeysOf k : from) datelex::for_each_key(k, keys_into(list));
  };
  WordList& start = lists.start_words;
  // Every key of the lexicon's functions: their Stem overloads answer from a stem's entry
  // alone when no list holds it (date_lexicon.hpp), which this makes sound.
  datelex::for_each_first_word(keys_into(start));
  lists_into(start, {&lists.clock_words,
                     &lists.ghurra,
                     &lists.hour_one,
                     &lists.yom,
                     &lists.min_word,
                     &lists.shahr,
                     &lists.al_shahr,
                     &lists.year_words,
                     &lists.past_words,
                     &lists.next_words,
                     &lists.this_words,
                     &lists.demonstrative,
                     &lists.same_words,
                     &lists.hedge_words,
                     &lists.day_month_from,
                     &lists.day_of,
                     &lists.year_preps,
                     &lists.event_nouns,
                     &lists.ago_words,
                     &lists.after_words,
                     &lists.within_words,
                     &lists.quarter_words,
                     &lists.quarter_season,
                     &lists.decade_first_words,
                     &lists.ma,
                     &lists.bound_verbs,
                     &lists.dekad,
                     &lists.years_plural,
                     &lists.span_from,
                     &lists.last_words,
                     &lists.week_words,
                     &lists.day_words,
                     &lists.deictic_first_words,
                     &lists.holiday_first_words,
                     &lists.small.first_word,
                     &lists.small.current,
                     &lists.small.same_before,
                     &lists.small.same_en,
                     &lists.small.more_less,
                     &lists.small.the_en});
  mod_words().for_each_key(keys_into(start));
  add(start);
  using datelex::KeysOf;
  // match_calendar: a weekday (after يوم or alone), else match_day_month (من/بين, اليوم,
  // read_day: an ordinal) or match_month_first (read_month: شهر, الشهر, a month name,
  // كانون/تشرين).
  lists_into(lists.calendar_first,
             {&lists.yom, &lists.day_month_from, &lists.day_of, &lists.shahr, &lists.al_shahr});
  lexicon_into(lists.calendar_first, {KeysOf::kWeekdays, KeysOf::kOrdinals, KeysOf::kMonths});
  add(lists.calendar_first);
  // match_hijri: read_day (an ordinal), else read_hijri_month.
  lists_into(lists.hijri_first, {&lists.ghurra, &lists.shahr, &lists.dekad});
  lexicon_into(lists.hijri_first, {KeysOf::kOrdinals, KeysOf::kHijriFirstWords});
  add(lists.hijri_first);
  // match_weekday, when no week (match_unit_relative) begins there: هذا/هذه, يوم, a
  // weekday.
  lists_into(lists.weekday_first, {&lists.demonstrative, &lists.yom});
  lexicon_into(lists.weekday_first, {KeysOf::kWeekdays});
  add(lists.weekday_first);
  // match_unit_relative: هذا/هذه, ذات/نفس, else a unit (its English words are Latin).
  lists_into(lists.unit_first, {&lists.demonstrative, &lists.small.same_before});
  lexicon_into(lists.unit_first, {KeysOf::kUnits});
  add(lists.unit_first);
  // match_count: match_next_units (a unit), قبل/منذ/بعد/خلال/غضون, a hedge, أكثر/أقل,
  // read_count (a cardinal), else a lone unit.
  lists_into(lists.count_first,
             {&lists.ago_words, &lists.after_words, &lists.within_words, &lists.hedge_words,
              &lists.small.more_less, &lists.ma, &lists.bound_verbs});
  lexicon_into(lists.count_first, {KeysOf::kUnits, KeysOf::kCardinals});
  add(lists.count_first);
  // match_nth_in_month: read_position (آخر, an ordinal), else يوم, أسبوع, a weekday.
  lists_into(lists.nth_first, {&lists.last_words, &lists.yom, &lists.week_words, &lists.day_words});
  lexicon_into(lists.nth_first, {KeysOf::kOrdinals, KeysOf::kWeekdays});
  add(lists.nth_first);
  // Lists holds WordLists only: a member that no line above defines would hold no word
  // and never match.
  FC_ASSERT(defined * sizeof(WordList) == sizeof(Lists),
            "every word list of the date grammar is defined");
}

}  // namespace fc::extract::dategrammar

namespace fc::extract {

using dategrammar::grammar;

const datelex::Vocabulary& date_vocabulary() { return grammar().vocab; }
/// Every word that can be the first token of a date expression: each matcher, given an
/// Arabic word none of whose clitic splits is here (or a punctuation mark), returns
/// nothing before reading further, because its first test of that token is a lookup in
/// one of these lists. The tokenizer marks the words that are (DateToken::starts), and
/// the scanner skips the others without trying the matchers, the screen that keeps it
/// fast (most words of an article are none of these).
datelex::ListBit date_start_list() { return grammar().lists.start_words.bit; }

}  // namespace fc::extract
