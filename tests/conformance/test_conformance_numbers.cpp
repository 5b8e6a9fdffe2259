// Conformance replay of other extractors' Arabic number suites (issue 3): Duckling's
// Numeral/Ordinal AR corpora and Recognizers-Text's Specs/Number/Arabic. Each row is
// judged exactly as ../shared/tools/conformance.py judges it; rows listed in
// DISAGREEMENTS.md (the suite's expected value is wrong) are left out by input text.
// Thresholds only ever rise.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "factcheck/pipeline.hpp"
#include "factcheck/rules/rule_set.hpp"
#include "support/cli.hpp"
#include "support/tsv.hpp"

namespace {

using fc::Mention;
using fc::MentionKind;

// Rows excluded from the score, each with its reason in DISAGREEMENTS.md.
const std::set<std::string>& disagreements() {
  static const std::set<std::string> kRows = {
      // Recognizers-Text rows whose expected result has no span (Start/End -1).
      "يتراوح العدد بين 20 و 30",
      "هو يرتب بين عشرة و خمسة عشر.",
      "انه يسجل بين سالب عشرة و خمسة عشر.",
      "هذا هو الرقم الذي هو أكبر من 100 وأصغر من 300",
      " يساوي 170.",
      "x>10 و y<20",
      "درجاته هي أكثر من 190",
      "نقاطه أقل من أو يساوي 5000 ",
      "نقاطه هي أكثر من 5000 أو ما يساوي 6000",
      "نطاق العدد هو 1000-5000",
      "عدد السيارات التي لديها حصان أكبر من 150",
  };
  return kRows;
}

bool num_eq(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return !a && !b;
  return std::fabs(*a - *b) <= 1e-9 * std::max({1.0, std::fabs(*a), std::fabs(*b)});
}

std::optional<double> parse_num(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

// Byte offset of code point index `idx` in UTF-8 `text` (Python's len(text[:idx].encode())).
std::size_t char_to_byte(const std::string& text, std::size_t idx) {
  std::size_t b = 0;
  for (std::size_t cp = 0; cp < idx && b < text.size(); ++cp) {
    const auto c = static_cast<unsigned char>(text[b]);
    b += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
  }
  return std::min(b, text.size());
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool covers_all(const std::string& text, const Mention& m) {
  std::size_t s = 0;
  while (s < text.size() && is_space(static_cast<unsigned char>(text[s]))) ++s;
  std::size_t e = text.size();
  while (e > s && is_space(static_cast<unsigned char>(text[e - 1]))) --e;
  return m.span.start <= s && m.span.end >= e;
}

bool overlaps(const Mention& m, std::size_t s, std::size_t e) {
  return m.span.start < e && m.span.end > s;
}

const fc::rules::RuleSet& rules() {
  static const fc::rules::RuleSet kRules = [] {
    auto r = fc::rules::load_builtin();
    REQUIRE(r.has_value());
    return *r;
  }();
  return kRules;
}

std::string data(const std::string& name) {
  return fc::test::source_dir() + "/tests/conformance/" + name;
}

struct Score {
  int ok = 0;
  int total = 0;
  std::vector<std::string> failures;
  [[nodiscard]] double rate() const { return total == 0 ? 0 : 100.0 * ok / total; }
};

Score duckling_numeral() {
  Score score;
  const fc::util::CivilDate published{2013, 2, 12};
  for (const auto& row : fc::test::read_tsv(data("duckling_ar_numeral.tsv"))) {
    const std::string text = fc::test::tsv_unescape(row.at("input"));
    if (disagreements().count(text) != 0) continue;
    const MentionKind want =
        row.at("dimension") == "Ordinal" ? MentionKind::kOrdinal : MentionKind::kNumber;
    const auto expected = parse_num(row.at("value_norm"));
    const auto ms = fc::extract_text(text, published, true, rules());
    const bool ok = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
      return m.kind == want && num_eq(m.value, expected) && covers_all(text, m);
    });
    ++score.total;
    if (ok) {
      ++score.ok;
    } else {
      score.failures.push_back(text + " want " + row.at("value_norm"));
    }
  }
  return score;
}

// "[20,30)" -> (20, 30); "(,1000)" -> (none, 1000).
bool parse_range(const std::string& v, std::optional<double>& lo, std::optional<double>& hi) {
  if (v.size() < 3) return false;
  const std::size_t comma = v.find(',');
  if (comma == std::string::npos) return false;
  auto trim = [](std::string s) {
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
  };
  lo = parse_num(trim(v.substr(1, comma - 1)));
  hi = parse_num(trim(v.substr(comma + 1, v.size() - comma - 2)));
  return true;
}

Score recognizers_number() {
  Score score;
  const fc::util::CivilDate published{2016, 11, 7};
  for (const auto& row : fc::test::read_tsv(data("recognizers_ar_number.tsv"))) {
    if (row.at("dotnet_checks_resolution") != "yes") continue;
    const auto exp = nlohmann::json::parse(row.at("results_json"));
    if (exp.empty()) continue;
    if (std::any_of(exp.begin(), exp.end(),
                    [](const auto& e) { return e.value("TypeName", "") == "ordinal.relative"; })) {
      continue;
    }
    const std::string text = fc::test::tsv_unescape(row.at("input"));
    if (disagreements().count(text) != 0) continue;
    const auto ms = fc::extract_text(text, published, false, rules());
    std::set<std::size_t> used;
    bool ok = true;
    for (const auto& e : exp) {
      const std::size_t s = char_to_byte(text, e.at("Start").get<std::size_t>());
      const std::size_t en = char_to_byte(text, e.at("End").get<std::size_t>() + 1);
      const std::string val = e.at("Resolution").value("value", "");
      const std::string tname = e.at("TypeName").get<std::string>();
      std::optional<std::size_t> hit;
      for (std::size_t i = 0; i < ms.size() && !hit; ++i) {
        const Mention& m = ms[i];
        if (used.count(i) != 0 || !overlaps(m, s, en)) continue;
        if (tname == "number" &&
            (m.kind == MentionKind::kNumber || m.kind == MentionKind::kVague) &&
            num_eq(m.value, parse_num(val))) {
          hit = i;
        } else if (tname == "ordinal" && m.kind == MentionKind::kOrdinal &&
                   num_eq(m.value, parse_num(val))) {
          hit = i;
        } else if (tname == "percentage" && m.kind == MentionKind::kPercent) {
          std::string v = val;
          while (!v.empty() && v.back() == '%') v.pop_back();
          if (num_eq(m.value, parse_num(v))) hit = i;
        } else if (tname == "numberrange") {
          std::optional<double> lo;
          std::optional<double> hi;
          if (parse_range(val, lo, hi) && num_eq(m.low, lo) && num_eq(m.high, hi)) hit = i;
        }
      }
      if (!hit) {
        ok = false;
        break;
      }
      used.insert(*hit);
    }
    ++score.total;
    if (ok) {
      ++score.ok;
    } else {
      score.failures.push_back(text);
    }
  }
  return score;
}

}  // namespace

TEST_CASE("replays the Duckling Arabic numeral and ordinal corpus", "[conformance][numbers]") {
  const Score s = duckling_numeral();
  for (const auto& f : s.failures) UNSCOPED_INFO("fails: " << f);
  INFO("duckling numeral " << s.ok << "/" << s.total << " = " << s.rate() << "%");
  CHECK(s.total > 300);
  REQUIRE(s.rate() >= 99.7);  // issue 3 asks for at least 99%
}

TEST_CASE("replays the Recognizers-Text Arabic number specs it checks itself",
          "[conformance][numbers]") {
  const Score s = recognizers_number();
  for (const auto& f : s.failures) UNSCOPED_INFO("fails: " << f);
  INFO("recognizers number " << s.ok << "/" << s.total << " = " << s.rate() << "%");
  CHECK(s.total >= 80);
  REQUIRE(s.rate() >= 96.2);  // issue 3 asks for at least 95%
}
