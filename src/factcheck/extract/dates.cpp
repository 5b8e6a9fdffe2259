// The date grammar runs over tokens of the normalized text (date_tokens.hpp). At each
// token every matcher is tried and the longest expression wins, so "عام 2003" beats the
// bare year and "الأحد عشر" (eleven) is not Sunday. Resolution needs the publication date
// or, for "العام ذاته" and "بعد ثلاث سنوات", the most recent explicit date before it in
// the same text (the discourse anchor); without one a mention is `unresolved`.
#include "factcheck/extract/dates.hpp"

#include <cstdio>
#include <cstdlib>

#include "factcheck/extract/date_scanner.hpp"

namespace fc::extract::dategrammar {

std::optional<Hit> Scanner::match_at(std::size_t i) {
  std::optional<Hit> best;
  auto consider = [&](std::optional<Hit> h) {
    if (!h) return;
    // The longest expression wins; of two ending together, the one starting first.
    if (!best || h->te > best->te || (h->te == best->te && h->tb < best->tb)) best = std::move(h);
  };
  const Lists& lists = grammar().lists;
  // A matcher whose screen turns token i away (`in` false) would return nothing there
  // (see Lists); a build with FC_VERIFY_DATE_SCREEN checks that it does.
  const auto screened = [&](bool in, auto&& matcher) -> std::optional<Hit> {
    if (in) return matcher();
#ifdef FC_VERIFY_DATE_SCREEN
    if (matcher()) {
      std::fprintf(stderr, "a matcher's screen skipped a start: '%s'\n",
                   std::string(toks_[i].text).c_str());
      std::abort();
    }
#endif
    return std::nullopt;
  };
  consider(screened(screened_in(i, lists.calendar_first), [&] { return match_calendar(i); }));
  consider(screened(screened_in(i, lists.hijri_first), [&] { return match_hijri(i); }));
  consider(match_numeric(i));
  consider(match_year(i));
  consider(match_mod(i));
  consider(match_deictic(i));
  const std::optional<Hit> unit =
      screened(screened_in(i, lists.unit_first), [&] { return match_unit_relative(i); });
  consider(unit);  // before match_weekday: of two alike, the first considered stays
  const bool week = unit && unit->m.date_value.find("-W") != std::string::npos;
  consider(screened(week || screened_in(i, lists.weekday_first),
                    [&] { return match_weekday(i, unit); }));
  consider(screened(screened_in(i, lists.count_first), [&] { return match_count(i); }));
  consider(screened(screened_in(i, lists.quarter_first), [&] { return match_quarter(i); }));
  consider(screened(screened_in(i, lists.fiscal_first), [&] { return match_fiscal(i); }));
  consider(screened(screened_in(i, lists.decade_first_words), [&] { return match_decade(i); }));
  consider(screened(screened_in(i, lists.span_from), [&] { return match_month_span(i); }));
  consider(screened(screened_in(i, lists.nth_first), [&] { return match_nth_in_month(i); }));
  consider(screened(screened_in(i, lists.holiday_first_words), [&] { return match_holiday(i); }));
  consider(screened(screened_in(i, lists.clock_first), [&] { return match_clock(i); }));
  return best;
}

std::vector<Mention> Scanner::run() {
  std::vector<Mention> out;
  std::size_t i = 0;
  std::size_t out_end = 0;  // one past the last token of the last mention
#ifdef FC_VERIFY_DATE_SCREEN
  // A build with -DFC_VERIFY_DATE_SCREEN checks the screen's promise on every token of
  // every text it reads (ARCHITECTURE.md): run it over an archive after changing a matcher.
  for (std::size_t k = 0; k < toks_.size(); ++k) {
    if (!may_start(k) && match_at(k)) {
      std::fprintf(stderr, "date screen (all) skipped a start: '%s'\n",
                   std::string(toks_[k].text).c_str());
      std::abort();
    }
  }
#endif
  while (i < toks_.size()) {
    if (!may_start(i)) {
#ifdef FC_VERIFY_DATE_SCREEN
      if (match_at(i)) {
        std::fprintf(stderr, "date screen skipped a start: '%s'\n",
                     std::string(toks_[i].text).c_str());
        std::abort();
      }
#endif
      ++i;
      continue;
    }
    cur_ = i;
    auto hit = match_at(i);
    if (!hit || hit->te <= hit->tb) {
      ++i;
      continue;
    }
    // "12 يناير 2016 - 2016/01/22": two days joined into one span.
    if (hit->m.kind == MentionKind::kDate && !hit->m.earliest.empty() &&
        hit->m.earliest == hit->m.latest && ok(hit->te) &&
        (is_punct(hit->te, "-") || exact(hit->te, range_to()))) {
      auto second = may_start(hit->te + 1) ? match_at(hit->te + 1) : std::nullopt;
      if (second && second->tb == hit->te + 1 && second->m.kind == MentionKind::kDate &&
          !second->m.earliest.empty() && second->m.earliest == second->m.latest &&
          second->m.earliest > hit->m.earliest) {
        const auto lo = util::parse_iso(hit->m.earliest);
        const auto hi = util::parse_iso(second->m.earliest);
        const bool relative = hit->m.relative || second->m.relative;
        fill(hit->m, span_period(*lo, *hi));
        hit->m.relative = relative;
        hit->te = second->te;
      }
    }
    // A dateline's clock time belongs to the date: "27-7-2021 | 16:56".
    if (hit->m.kind == MentionKind::kDate && !hit->m.earliest.empty() &&
        hit->m.earliest == hit->m.latest) {
      std::size_t t = hit->te;
      if (is_punct(t, "|") || is_punct(t, ",") || is_punct(t, "-") || is_punct(t, "\xD8\x8C")) {
        ++t;
      }
      if (is_num(t) && toks_[t].digits <= 2 && toks_[t].value <= 23 && is_punct(t + 1, ":") &&
          adjacent(t, t + 1) && adjacent(t + 1, t + 2) && is_num(t + 2) &&
          toks_[t + 2].digits == 2 && toks_[t + 2].value <= 59) {
        hit->te = t + 3;
        hit->m.time = pad(toks_[t].value, 2) + ":" + pad(toks_[t + 2].value, 2);
        if (is_punct(hit->te, ":") && adjacent(hit->te - 1, hit->te) && is_num(hit->te + 1) &&
            adjacent(hit->te, hit->te + 1) && toks_[hit->te + 1].digits == 2) {
          hit->te += 2;
        }
      }
    }
    same_day_weekday(*hit);
    attach_clock(*hit, out_end);
    Mention m = std::move(hit->m);
    std::size_t nb = toks_[hit->tb].begin;
    // A conjunction glued to the first word ("وأواخر", "والاثنين") is not part of it.
    const auto& first = toks_[hit->tb];
    if (first.kind == Kind::kWord && !first.latin && stems(hit->tb).size() > 1 &&
        stems(hit->tb)[1].stripped == 2 && stems(hit->tb)[0].key.rfind("\xD9\x88", 0) == 0 &&
        stems(hit->tb)[0].key.rfind("\xD9\x88\xD8\xA7\xD8\xAD", 0) != 0) {
      nb += 2;
    }
    const std::size_t ne = toks_[hit->te - 1].end;
    const auto [ob, oe] = text_.to_original(nb, ne);
    m.span.start = ob;
    m.span.end = oe;
    m.text = std::string(text_.original.substr(ob, oe - ob));
    if (hit->anchor) {
      anchor_ = hit->anchor_date;
      anchor_end_ = hit->te;
      anchor_grain_ = m.earliest == m.latest     ? Grain::kDay
                      : m.date_value.size() == 7 ? Grain::kMonth
                                                 : Grain::kYear;
    }
    // "2020 و2021", "2017 و2022": a year and و, then a four-digit number, which is a year.
    if (m.kind == MentionKind::kDate && m.date_value.size() == 4 && is_word(hit->te) &&
        toks_[hit->te].text == "\xD9\x88" && adjacent(hit->te, hit->te + 1) &&
        is_num(hit->te + 1)) {
      coordinated_year_ = hit->te + 1;
    }
    if (!hit->inferred) remember(m, hit->tb);
    if (hit->hijri_year != 0) hijri_year_ref_ = hit->hijri_year;
    if (hit->hijri_month != 0) {
      hijri_month_ref_ = hit->hijri_month;
      hijri_month_year_ = hit->hijri_year;
      hijri_month_written_ = !hit->inferred;
    }
    out.push_back(std::move(m));
    i = hit->te;
    out_end = hit->te;
  }
  return out;
}

}  // namespace fc::extract::dategrammar

namespace fc::extract {

std::vector<Mention> extract_dates(const normalize::NormalizedText& text,
                                   const DateOptions& options) {
  return extract_dates(text, tokenize_for_dates(text.text), options);
}

std::vector<Mention> extract_dates(const normalize::NormalizedText& text, const DateTokens& tokens,
                                   const DateOptions& options) {
  dategrammar::Scanner scanner(text, tokens, options);
  return scanner.run();
}

}  // namespace fc::extract
