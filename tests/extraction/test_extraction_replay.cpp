// Replays the hand-annotated news passages of tests/extraction (a copy of the shared
// extraction set, issue 18) through extract_text and scores them with the matching rules of
// the shared score_extraction.py, written again here: an item is RIGHT when a mention
// overlapping it carries its value, WRONG when mentions overlap it but none carries it,
// MISSED when none overlaps; a mention overlapping no item is a FALSE POSITIVE. As the
// scorer runs `extract`, a passage's own dateline wins over its `published`. The floors
// below are what the extractors reach; they only ever rise.
#include <catch2/catch.hpp>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/pipeline.hpp"
#include "factcheck/report/json_writer.hpp"
#include "factcheck/report/mention_json.hpp"
#include "factcheck/rules/rule_set.hpp"
#include "factcheck/timeres/publication.hpp"
#include "factcheck/util/civil_date.hpp"
#include "support/cli.hpp"

using fc::Mention;
using fc::MentionKind;

namespace {

struct Item {
  YAML::Node node;
  std::string cat;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
};

struct Tally {
  int right = 0;
  int wrong = 0;
  int missed = 0;
  [[nodiscard]] int total() const { return right + wrong + missed; }
};

const fc::rules::RuleSet& rules() {
  static const fc::rules::RuleSet kRules = [] {
    auto r = fc::rules::load_builtin();
    REQUIRE(r.has_value());
    return *r;
  }();
  return kRules;
}

// The items in document order: each found after the previous one (a nested item inside the
// last item that is not nested), as the scorer does; byte offsets for characters give the
// same order in UTF-8.
std::vector<Item> locate(const std::string& text, const YAML::Node& items,
                         const std::string& fname) {
  std::vector<Item> out;
  std::size_t pos = 0;
  std::optional<std::size_t> prev;
  for (const auto& it : items) {
    const std::string t = it["t"].as<std::string>();
    const bool nest = it["nest"] && it["nest"].as<bool>();
    const std::size_t start = nest && prev ? *prev : pos;
    const std::size_t i = text.find(t, start);
    INFO(fname << ": " << t);
    REQUIRE(i != std::string::npos);
    out.push_back(Item{it, it["cat"].as<std::string>(), i, i + t.size()});
    if (!nest) prev = i;
    pos = std::max(pos, i + t.size());
  }
  return out;
}

bool close(std::optional<double> a, double b) {
  return a && std::fabs(*a - b) <= std::max(1e-9 * std::fabs(b), 1e-6);
}

std::optional<double> value(const Mention& m) {
  return m.kind == MentionKind::kChange && !m.value ? m.to : m.value;
}

std::string duration_iso(double v, const std::string& unit) {
  std::ostringstream out;  // 13.5 -> "13.5", 3 -> "3", as the scorer writes them
  const bool time = unit == "hour" || unit == "minute";
  out << (time ? "PT" : "P") << v;
  if (unit == "year") out << 'Y';
  if (unit == "month" || unit == "minute") out << 'M';
  if (unit == "week") out << 'W';
  if (unit == "day") out << 'D';
  if (unit == "hour") out << 'H';
  return out.str();
}

// First and last day of "YYYY", "YYYY-MM", "YYYY-MM-DD" or [first, last].
std::pair<fc::util::CivilDate, fc::util::CivilDate> period(const YAML::Node& d) {
  if (d.IsSequence()) return {period(d[0]).first, period(d[1]).second};
  const std::string s = d.as<std::string>();
  fc::util::CivilDate a;
  a.year = std::stoi(s.substr(0, 4));
  if (s.size() == 4) return {a, fc::util::CivilDate{a.year, 12, 31}};
  a.month = std::stoi(s.substr(5, 2));
  if (s.size() == 7) {
    return {a, fc::util::CivilDate{a.year, a.month, fc::util::days_in_month(a.year, a.month)}};
  }
  a.day = std::stoi(s.substr(8, 2));
  return {a, a};
}

bool date_ok(const Item& g, const Mention& m) {
  if (m.kind != MentionKind::kDate) return false;
  const YAML::Node d = g.node["d"];
  if (!d || d.IsNull()) return m.unresolved;
  if (m.unresolved || m.earliest.empty()) return false;
  const auto [e, l] = period(d);
  const int tol = g.node["tol"] ? g.node["tol"].as<int>() : (g.cat == "hijri" ? 2 : 0);
  const auto me = fc::util::parse_iso(m.earliest.substr(0, 10));
  const auto ml = fc::util::parse_iso(m.latest.substr(0, 10));
  if (!me || !ml) return false;
  return std::llabs(fc::util::to_days(*me) - fc::util::to_days(e)) <= tol &&
         std::llabs(fc::util::to_days(*ml) - fc::util::to_days(l)) <= tol;
}

bool carries(const Item& g, const Mention& m) {
  const std::string& cat = g.cat;
  const auto k = m.kind;
  const auto num = [&](const char* key) { return g.node[key].as<double>(); };
  if (cat == "digits" || cat == "words" || cat == "ordinal") {
    return (k == MentionKind::kNumber || k == MentionKind::kOrdinal || k == MentionKind::kChange ||
            k == MentionKind::kPercent) &&
           close(value(m), num("v"));
  }
  if (cat == "percent") {
    return (k == MentionKind::kPercent || k == MentionKind::kChange) && close(value(m), num("v"));
  }
  if (cat == "hedge") {
    const double v = num("v");
    if (g.node["unit"]) {
      return k == MentionKind::kDuration && m.approximate &&
             m.date_value == duration_iso(v, g.node["unit"].as<std::string>());
    }
    if (!close(m.value, v) && !close(m.low, v) && !close(m.high, v)) return false;
    const std::string h = g.node["h"] ? g.node["h"].as<std::string>() : "approx";
    if (h == "approx") return m.approximate;
    if (h == "lt" || h == "le") return close(m.high, v) && !m.low;
    return close(m.low, v) && !m.high;
  }
  if (cat == "vague") {
    if (k != MentionKind::kVague || !m.low || !m.high) return false;
    const double lo = num("lo");
    return lo * 0.99 <= *m.low && *m.low <= 2.5 * lo && *m.high <= num("hi") * 1.01;
  }
  if (cat == "range") {
    if (g.node["d"]) return date_ok(g, m);
    return k == MentionKind::kRange && close(m.low, num("lo")) && close(m.high, num("hi"));
  }
  if (cat == "change") {
    return k == MentionKind::kChange && close(m.from, num("from")) && close(m.to, num("to"));
  }
  if (cat == "duration") {
    return k == MentionKind::kDuration &&
           m.date_value == duration_iso(num("v"), g.node["unit"].as<std::string>());
  }
  if (cat == "time") {
    // The scorer looks for HH:MM anywhere in the mention's JSON (`time` among its members):
    // the mention is written as `extract` writes it.
    std::string json;
    fc::report::JsonWriter writer(json);
    fc::report::write_mention_json(writer, m, "");
    return json.find(g.node["tm"].as<std::string>()) != std::string::npos;
  }
  if (cat == "date_abs" || cat == "date_partial" || cat == "date_rel" || cat == "hijri") {
    return date_ok(g, m);
  }
  FAIL("unknown cat " << cat);
  return false;
}

std::size_t overlap(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
  const std::size_t lo = std::max(a0, b0);
  const std::size_t hi = std::min(a1, b1);
  return hi > lo ? hi - lo : 0;
}

// One line of the failure report; appended piece by piece (GCC 12 warns falsely of
// overlapping copies in a long chain of string additions).
void note(std::string& out, const char* what, const std::string& fname, const std::string& t) {
  out += "  ";
  out += what;
  out += ' ';
  out += fname;
  out += " '";
  out += t;
  out += "'\n";
}

struct Score {
  Tally all;
  std::map<std::string, Tally> by_cat;
  int false_positives = 0;
  std::string report;
};

Score score_all() {
  Score s;
  const std::string dir = fc::test::source_dir() + "/tests/extraction/";
  const YAML::Node files = YAML::LoadFile(dir + "gold.yaml")["files"];
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.first.as<std::string>());
  std::sort(names.begin(), names.end());
  for (const std::string& fname : names) {
    const YAML::Node spec = files[fname];
    const std::string text = fc::test::read_file(dir + fname);
    const std::vector<Item> items =
        spec["items"] ? locate(text, spec["items"], fname) : std::vector<Item>{};
    std::optional<fc::util::CivilDate> published;
    if (spec["published"]) published = fc::util::parse_iso(spec["published"].as<std::string>());
    // As `extract --published` does (the scorer runs it): the article's own dateline first,
    // the date given for sources that state none after.
    if (const auto stated =
            fc::timeres::find_publication_date(fc::normalize::normalize_text(text))) {
      published = stated->date;
    }
    const std::vector<Mention> ms = fc::extract_text(text, published, false, rules());
    std::set<std::size_t> right_by;
    for (const Item& g : items) {
      if (g.cat == "neutral") continue;
      std::vector<std::pair<std::size_t, std::size_t>> by_overlap;  // (overlap, index)
      for (std::size_t i = 0; i < ms.size(); ++i) {
        const std::size_t o = overlap(g.begin, g.end, ms[i].span.start, ms[i].span.end);
        if (o > 0) by_overlap.emplace_back(o, i);
      }
      std::sort(by_overlap.rbegin(), by_overlap.rend());
      std::vector<std::size_t> cand;
      for (const auto& [o, i] : by_overlap) cand.push_back(i);
      bool ok = false;
      if (g.cat == "score") {
        std::vector<std::size_t> sorted = cand;
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::optional<double>> nums;
        for (const std::size_t i : sorted) {
          if (ms[i].kind == MentionKind::kNumber) nums.push_back(value(ms[i]));
        }
        ok = nums.size() >= 2 && close(nums[0], g.node["sc"][0].as<double>()) &&
             close(nums[1], g.node["sc"][1].as<double>());
        if (ok) right_by.insert(cand.begin(), cand.begin() + std::min<std::size_t>(2, cand.size()));
      } else {
        for (const std::size_t i : cand) {
          if (carries(g, ms[i])) {
            right_by.insert(i);
            ok = true;
            break;
          }
        }
      }
      Tally& t = s.by_cat[g.cat];
      if (ok) {
        ++t.right;
        ++s.all.right;
      } else if (!cand.empty()) {
        ++t.wrong;
        ++s.all.wrong;
      } else {
        ++t.missed;
        ++s.all.missed;
      }
      if (!ok)
        note(s.report, cand.empty() ? "missed" : "wrong ", fname, g.node["t"].as<std::string>());
    }
    for (std::size_t i = 0; i < ms.size(); ++i) {
      if (right_by.count(i) != 0) continue;
      bool on_item = false;
      bool date_fp = false;
      bool all_neutral = true;
      for (const Item& g : items) {
        if (overlap(g.begin, g.end, ms[i].span.start, ms[i].span.end) == 0) continue;
        on_item = true;
        if (g.cat != "neutral") all_neutral = false;
        if (g.node["date_fp"] && g.node["date_fp"].as<bool>()) date_fp = true;
      }
      if (!on_item || (all_neutral && date_fp && ms[i].kind == MentionKind::kDate)) {
        ++s.false_positives;
        note(s.report, "false ", fname, ms[i].text);
      }
    }
  }
  return s;
}

}  // namespace

TEST_CASE("the annotated news passages read at or above their floors", "[extraction][replay]") {
  const Score s = score_all();
  std::string table;
  for (const auto& [cat, t] : s.by_cat) {
    char line[128];
    std::snprintf(line, sizeof line, "%-13s %4d right %4d wrong %3d missed %3d\n", cat.c_str(),
                  t.total(), t.right, t.wrong, t.missed);
    table += line;
  }
  INFO(table << "false positives " << s.false_positives << "\n" << s.report);
  CHECK(s.all.total() == 694);
  // Floors: right items per category (what the extractors read today; raise, never lower).
  const std::map<std::string, int> floors = {
      {"digits", 132},  {"percent", 77},      {"hedge", 85},    {"ordinal", 41}, {"words", 21},
      {"vague", 11},    {"range", 10},        {"change", 7},    {"score", 7},    {"date_rel", 91},
      {"date_abs", 91}, {"date_partial", 47}, {"duration", 30}, {"hijri", 28},   {"time", 11},
  };
  for (const auto& [cat, floor] : floors) {
    INFO(cat);
    CHECK(s.by_cat.at(cat).right >= floor);
  }
  CHECK(s.all.right >= 689);
  CHECK(s.false_positives <= 0);
}
