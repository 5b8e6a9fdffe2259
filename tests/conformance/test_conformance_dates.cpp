// Conformance replay of other extractors' Arabic date suites (issue 4): Duckling's
// Time/AR corpus (day, week, month and year grain; reference 2013-02-12, future
// preference) and Recognizers-Text's DateParser and DatePeriodParser rows that the suite
// itself checks (past resolution). Each row is judged exactly as
// ../shared/tools/conformance.py judges it: a date mention whose earliest and latest days
// equal the expected interval. Rows we fail on purpose are listed in DISAGREEMENTS.md
// ("Dates"); they stay in the score. Thresholds only ever rise.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "factcheck/pipeline.hpp"
#include "factcheck/rules/rule_set.hpp"
#include "factcheck/util/civil_date.hpp"
#include "support/cli.hpp"
#include "support/tsv.hpp"

namespace {

using fc::util::CivilDate;
using Interval = std::pair<CivilDate, CivilDate>;

bool digits_at(const std::string& s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

/// "YYYY-MM-DD" at `pos` (not validated beyond the shape; parse_iso validates).
std::optional<CivilDate> iso_at(const std::string& s, std::size_t pos) {
  if (!digits_at(s, pos, 4) || !digits_at(s, pos + 5, 2) || !digits_at(s, pos + 8, 2)) {
    return std::nullopt;
  }
  return fc::util::parse_iso(std::string_view(s).substr(pos, 10));
}

/// conformance.py's expected_interval: Duckling "[A, B) grain=G" or "A grain=G".
std::optional<Interval> expected_interval(const std::string& v) {
  if (!v.empty() && v[0] == '[') {
    const auto lo = iso_at(v, 1);
    if (!lo || v.size() < 12 || v[11] != 'T') return std::nullopt;
    const std::size_t comma = v.find(", ", 12);
    if (comma == std::string::npos || v.find(' ', 12) != comma + 1) return std::nullopt;
    const auto hi = iso_at(v, comma + 2);
    if (!hi || v.find(") grain=", comma) == std::string::npos) return std::nullopt;
    return Interval{*lo, fc::util::add_days(*hi, -1)};
  }
  const auto start = iso_at(v, 0);
  if (!start || v.size() < 11 || v[10] != 'T') return std::nullopt;
  const std::size_t sp = v.find(' ', 10);
  if (sp == std::string::npos || v.compare(sp, 7, " grain=") != 0) return std::nullopt;
  std::string grain;
  for (std::size_t i = sp + 7;
       i < v.size() && (std::isalnum(static_cast<unsigned char>(v[i])) || v[i] == '_'); ++i) {
    grain += v[i];
  }
  const CivilDate d = *start;
  if (grain == "day") return Interval{d, d};
  if (grain == "week") return Interval{d, fc::util::add_days(d, 6)};
  if (grain == "month") {
    return Interval{d, CivilDate{d.year, d.month, fc::util::days_in_month(d.year, d.month)}};
  }
  if (grain == "year") return Interval{CivilDate{d.year, 1, 1}, CivilDate{d.year, 12, 31}};
  return std::nullopt;
}

bool date_matches(const std::vector<fc::Mention>& ms, const Interval& want) {
  for (const auto& m : ms) {
    if (m.kind != fc::MentionKind::kDate || m.earliest.size() < 10 || m.latest.size() < 10) {
      continue;
    }
    const auto lo = fc::util::parse_iso(m.earliest.substr(0, 10));
    const auto hi = fc::util::parse_iso(m.latest.substr(0, 10));
    if (lo && hi && *lo == want.first && *hi == want.second) return true;
  }
  return false;
}

const fc::rules::RuleSet& rules() {
  static const fc::rules::RuleSet kRules = *fc::rules::load_builtin();
  return kRules;
}

std::string data(const std::string& name) {
  return fc::test::source_dir() + "/tests/conformance/" + name;
}

}  // namespace

TEST_CASE("replays Duckling Arabic time rows of day week month and year grain",
          "[conformance][dates][duckling]") {
  int passed = 0;
  int total = 0;
  std::string failures;
  const auto published = fc::util::parse_iso("2013-02-12");
  for (const auto& row : fc::test::read_tsv(data("duckling_ar_time.tsv"))) {
    const auto want = expected_interval(row.at("value_norm"));
    if (!want) continue;
    const std::string text = fc::test::tsv_unescape(row.at("input"));
    ++total;
    if (date_matches(fc::extract_text(text, published, true, rules()), *want)) {
      ++passed;
    } else {
      failures += text + "\n";
    }
  }
  INFO("failing rows:\n" << failures);
  INFO(passed << "/" << total);
  REQUIRE(total == 132);
  // 126/132 at issue 4; the six left are clock-time intervals, a holiday counted from
  // another holiday and Duckling's day grain for "2/2013" (DISAGREEMENTS.md, Dates).
  REQUIRE(passed >= 127);
}

TEST_CASE("replays Recognizers-Text Arabic date rows against their past resolution",
          "[conformance][dates][recognizers]") {
  int passed = 0;
  int total = 0;
  std::string failures;
  for (const auto& row : fc::test::read_tsv(data("recognizers_ar_datetime.tsv"))) {
    const std::string& spec = row.at("spec_file");
    if (spec != "DateParser.json" && spec != "DatePeriodParser.json") continue;
    if (row.at("dotnet_checks_resolution") != "yes") continue;
    const auto expected = nlohmann::json::parse(row.at("results_json"));
    if (expected.size() != 1) continue;
    const auto& value = expected[0].value("Value", nlohmann::json::object());
    const auto& past = value.value("PastResolution", nlohmann::json::object());
    std::optional<Interval> want;
    // The suite's placeholder for a day that does not exist (0001-01-01): as conformance.py
    // judges, a date mention left unresolved with a note passes it.
    if (past.contains("date") && past["date"].get<std::string>().rfind("0001-01-01", 0) == 0) {
      ++total;
      const std::string text = fc::test::tsv_unescape(row.at("input"));
      std::string ref = row.count("reference_datetime") ? row.at("reference_datetime") : "";
      if (ref.empty()) ref = "2016-11-07";
      bool ok = false;
      for (const auto& m :
           fc::extract_text(text, fc::util::parse_iso(ref.substr(0, 10)), false, rules())) {
        ok = ok || (m.kind == fc::MentionKind::kDate && m.unresolved && !m.note.empty());
      }
      if (ok) {
        ++passed;
      } else {
        failures += text + " (no such day)\n";
      }
      continue;
    }
    if (past.contains("date")) {
      const auto d = iso_at(past["date"].get<std::string>(), 0);
      if (d) want = Interval{*d, *d};
    } else if (past.contains("startDate") && past.contains("endDate")) {
      const auto lo = iso_at(past["startDate"].get<std::string>(), 0);
      const auto hi = iso_at(past["endDate"].get<std::string>(), 0);
      if (lo && hi) want = Interval{*lo, fc::util::add_days(*hi, -1)};
    } else {
      continue;
    }
    ++total;
    if (!want) {
      failures += row.at("input") + " (expected value is no date)\n";
      continue;
    }
    std::string ref = row.count("reference_datetime") ? row.at("reference_datetime") : "";
    if (ref.empty()) ref = "2016-11-07";
    const auto published = fc::util::parse_iso(ref.substr(0, 10));
    const std::string text = fc::test::tsv_unescape(row.at("input"));
    if (date_matches(fc::extract_text(text, published, false, rules()), *want)) {
      ++passed;
    } else {
      failures += text + "\n";
    }
  }
  INFO("failing rows:\n" << failures);
  INFO(passed << "/" << total);
  REQUIRE(total == 64);
  // 52/64 at issue 4 (81%), 54 as conformance.py judges the suite's days that do not exist
  // (issue 18); the 90% is not reached: see DISAGREEMENTS.md, Dates,
  // for the rows that contradict the seed gold, name impossible days or read decimals.
  REQUIRE(passed >= 54);
}
