
#include "factcheck/extract/date_scanner.hpp"

#include <string>
#include <string_view>

#include "factcheck/util/civil_date.hpp"

namespace fc::extract::dategrammar {

// ---------------------------------------------------------------------------------------
// Clock times. A time of day is never a number: "الساعة 18:07", "الساعة السابعة مساءً",
// "الرابعة فجراً", "السادسة وسبع دقائق من مساء", "4.17 a.m.", "0117 GMT". Alone it is an
// unresolved date carrying `time`; beside a day (run() below) it is that day's time.

int Scanner::part_of_day(std::size_t i, std::string& part) const {
  // The hour's offset on a 24-hour clock is decided by clock_hour; this names the part.
  const Lists& l = grammar().lists;
  if (!is_word(i)) return 0;
  if (any(i, l.part_dawn))
    part = "dawn";
  else if (any(i, l.part_morning))
    part = "morning";
  else if (any(i, l.part_noon))
    part = "noon";
  else if (any(i, l.part_afternoon))
    part = "afternoon";
  else if (any(i, l.part_evening))
    part = "evening";
  else if (any(i, l.part_night))
    part = "night";
  else
    return 0;
  return 1;
}

namespace {

/// The hour on a 24-hour clock of an hour read on a 12-hour one, by the part of the day
/// ("السابعة مساءً" is 19, "الثالثة ليلاً" 3, "الواحدة ظهراً" 13, "12 a.m." 0).
int clock_hour(int h, std::string_view part) {
  if (h > 12) return h;
  if (part == "afternoon" || part == "evening" || part == "pm") return h < 12 ? h + 12 : h;
  if (part == "night") return h >= 6 && h < 12 ? h + 12 : (h == 12 ? 0 : h);
  if (part == "noon") return h < 6 ? h + 12 : h;
  if (part == "am") return h == 12 ? 0 : h;
  return h;
}

}  // namespace

std::optional<Hit> Scanner::match_clock(std::size_t i, std::string_view day_part) {
  const Lists& l = grammar().lists;
  // The digits after a decimal sign are a fraction, not an hour: "بقوة 7.4 فجر اليوم".
  if (i >= 2 && (is_punct(i - 1, ".") || is_punct(i - 1, ",")) && adjacent(i - 1, i) &&
      adjacent(i - 2, i - 1) && is_num(i - 2)) {
    return std::nullopt;
  }
  std::size_t j = i;
  const bool sa3a = exact(j, l.clock_words);
  if (sa3a) ++j;
  // A wire's time zone after the clock: "GMT", "بتوقيت غرينتش", AFP's "ت غ".
  const auto zone_at = [&](std::size_t k) {
    return any(k, l.zulu) || (ok(k + 1) && toks_[k].text == "ت" && toks_[k + 1].text == "غ");
  };
  int hour = -1;
  int minute = 0;
  bool cue = sa3a;  // something besides the digits says this is a clock
  bool dotted = false;
  std::size_t e = 0;
  // "الساعة 23,00 (22,11 ت غ)": AFP's Arabic writes a clock with a comma, after الساعة
  // or before a time zone.
  const bool comma = is_punct(j + 1, ",") && (sa3a || zone_at(j + 3));
  if (is_num(j) && toks_[j].digits <= 2 && toks_[j].value <= 24 &&
      (is_punct(j + 1, ":") || is_punct(j + 1, ".") || comma) && adjacent(j, j + 1) &&
      adjacent(j + 1, j + 2) && is_num(j + 2) && toks_[j + 2].digits == 2 &&
      toks_[j + 2].value <= 59) {
    dotted = is_punct(j + 1, ".");
    cue = cue || comma;
    hour = toks_[j].value;
    minute = toks_[j + 2].value;
    e = j + 3;
  } else if (is_num(j) && toks_[j].digits == 4 && exact(j + 1, l.zulu) &&
             toks_[j].value / 100 <= 23 && toks_[j].value % 100 <= 59) {
    // "0117 GMT": the wire's clock.
    hour = toks_[j].value / 100;
    minute = toks_[j].value % 100;
    return [&] {
      Hit h = unresolved_hit(i, j + 2, "");
      h.m.time = pad(hour, 2) + ":" + pad(minute, 2);
      h.m.note = "a time of day (GMT); no day is named";
      return h;
    }();
  } else if (is_num(j) && toks_[j].digits <= 2 && toks_[j].value >= 1 && toks_[j].value <= 12) {
    hour = toks_[j].value;
    e = j + 1;
  } else if (is_word(j) && !toks_[j].latin) {
    // "الساعات الأولى من صباح الاثنين": the first hours of a morning, no hour.
    if (!sa3a && j > 0 && exact(j - 1, l.hours_plural)) return std::nullopt;
    int o = any(j, l.hour_one) ? 1 : 0;
    for (const auto& st : stems(j)) {
      if (o == 0) o = datelex::ordinal_word(st);
    }
    if (o < 1 || o > 10) return std::nullopt;
    e = j + 1;
    if (o <= 2 && exact(e, l.teen)) o += 10, ++e;
    hour = o;
  } else {
    return std::nullopt;
  }
  if (hour < 0) return std::nullopt;
  const auto minute_unit = [&](std::size_t k) {
    int dual = 0;
    bool definite = false;
    return is_word(k) &&
           datelex::unit_word(stems(k)[0], dual, definite) == datelex::Unit::kMinute && !definite;
  };
  // Minutes in digits: "الحادية عشرة و11 دقيقة", "11 و 40 دقيقة".
  if (is_word(e) && toks_[e].text == "\xD9\x88" && is_num(e + 1) && toks_[e + 1].value < 60 &&
      minute_unit(e + 2)) {
    minute = toks_[e + 1].value;
    e += 3;
  } else if (any(e, l.to_hour) && hour > 0) {
    // Minutes before the hour: "الثالثة إلا ربعاً", "الرابعة إلا خمس دقائق".
    int before = 0;
    std::size_t k = e + 1;
    if (exact(k, l.quarter_before)) {
      before = 15, ++k;
    } else if (const std::size_t c = read_count(k, before);
               c != 0 && before < 60 && minute_unit(c)) {
      k = c + 1;
    } else {
      before = 0;
    }
    if (before > 0) {
      hour = hour == 1 ? 12 : hour - 1;
      minute = 60 - before;
      e = k;
      cue = true;
    }
  } else if (is_word(e) && stems(e).size() > 1 && !toks_[e].latin) {
    // Minutes in words: "وسبع دقائق", "والنصف", "والربع".
    int count = 0;
    const std::size_t k = read_count_tail(e, count);
    if (k != 0 && count < 60 && minute_unit(k)) {
      minute = count;
      e = k + 1;
    } else if (any(e, l.half_hour)) {
      minute = 30, ++e;
    } else if (any(e, l.quarter_hour)) {
      minute = 15, ++e;
    }
  }
  // The part of the day: "مساءً", "من مساء", "فجر", "a.m.", "pm".
  std::string part;
  if (part_of_day(e, part)) {
    ++e, cue = true;
  } else if (exact(e, min_word()) && part_of_day(e + 1, part)) {
    e += 2, cue = true;
  } else if (toks_[j].kind == Kind::kNumber && exact(e, l.ante_post) && ok(e) && toks_[e].latin) {
    // "a.m.", "p.m.", "am", "pm".
    const char c = toks_[e].text[0];
    std::size_t k = e + 1;
    if (toks_[e].text.size() == 1) {
      if (!is_punct(k, ".") || !is_word(k + 1) || toks_[k + 1].text != "m") return std::nullopt;
      k += 2;
    }
    if (is_punct(k, ".")) ++k;
    part = c == 'a' ? "am" : "pm";
    e = k, cue = true;
  }
  if (!cue) return std::nullopt;
  if (dotted && !sa3a && (part.empty() || (part != "am" && part != "pm"))) return std::nullopt;
  Hit h = unresolved_hit(i, e, "");
  h.m.time = pad(clock_hour(hour, part.empty() ? day_part : part), 2) + ":" + pad(minute, 2);
  if (part != "am" && part != "pm") h.m.day_part = part;
  h.m.note = "a time of day; no day is named";
  return h;
}

void Scanner::attach_clock(Hit& hit, std::size_t& out_begin) {
  // A day with its time: "مساء الأحد", "الأحد مساءً", "الخميس الساعة 18:07", "الساعة 18:07
  // من مساء الأحد". The day's values stand; the mention gains `time` and `day_part`.
  const auto single_day = [](const Hit& h) {
    return h.m.kind == MentionKind::kDate && !h.m.unresolved && !h.m.earliest.empty() &&
           h.m.earliest == h.m.latest;
  };
  if (hit.m.kind == MentionKind::kDate && hit.m.unresolved && !hit.m.time.empty()) {
    // A clock, then its day.
    std::size_t t = hit.te;
    if (exact(t, min_word())) ++t;
    if (!ok(t) || !may_start(t)) return;
    auto day = match_at(t);
    if (!day || day->tb != t || !single_day(*day)) return;
    day->m.time = hit.m.time;
    if (day->m.day_part.empty()) day->m.day_part = hit.m.day_part;
    day->tb = hit.tb;
    hit = std::move(*day);
    return;
  }
  if (!single_day(hit) || !hit.m.time.empty()) return;
  std::string part;
  if (hit.tb > out_begin && part_of_day(hit.tb - 1, part)) {
    hit.m.day_part = part;
    --hit.tb;
  } else if (hit.tb > out_begin + 1 && any(hit.tb - 1, yom()) && part_of_day(hit.tb - 2, part)) {
    // "مساء يوم أمس الجمعة", "فجر يوم الاثنين".
    hit.m.day_part = part;
    hit.tb -= 2;
  }
  if (hit.m.day_part == "night" && ok(hit.te) && may_start(hit.te)) {
    // "ليل الجمعة السبت": the night between two days is one span of both.
    auto next = match_at(hit.te);
    if (next && next->tb == hit.te && single_day(*next) && next->m.relative) {
      const auto a = util::parse_iso(hit.m.earliest);
      const auto b = util::parse_iso(next->m.earliest);
      if (a && b && util::to_days(*b) == util::to_days(*a) + 1) {
        hit.m.latest = next->m.earliest;
        hit.m.date_value = hit.m.earliest + "/" + hit.m.latest;
        hit.te = next->te;
        return;
      }
    }
  }
  std::size_t t = hit.te;
  if (is_punct(t, ",") || is_punct(t, "\xD8\x8C") || exact(t, grammar().lists.clock_at)) ++t;
  // "مساء الجمعة حوالي الساعة الحادية عشرة": the day's part sets the clock's hour.
  if (auto clock = match_clock(t, hit.m.day_part); clock && clock->tb == t) {
    hit.m.time = clock->m.time;
    if (!clock->m.day_part.empty()) hit.m.day_part = clock->m.day_part;
    hit.te = clock->te;
  } else if (hit.m.day_part.empty() && hit.m.relative && part_of_day(hit.te, part)) {
    // After a weekday or "أمس" ("الأحد مساءً"); after a written date it is the dateline's.
    hit.m.day_part = part;
    ++hit.te;
  }
}

}  // namespace fc::extract::dategrammar
