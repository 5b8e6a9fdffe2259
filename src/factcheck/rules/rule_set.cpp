#include "factcheck/rules/rule_set.hpp"

#include "factcheck/rules/countries.hpp"

// Header-only xxHash: no library to link.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "factcheck/core/limits.hpp"
#include "factcheck/core/span.hpp"
#include "factcheck/ingest/yaml.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/rules/builtin_checks.hpp"
#include "factcheck/util/bytes.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::rules {

namespace {

constexpr std::string_view kAl = "\xd8\xa7\xd9\x84";   // ال
constexpr std::string_view kLil = "\xd9\x84\xd9\x84";  // لل
constexpr std::string_view kAlef = "\xd8\xa7";         // ا
constexpr std::string_view kTehMarbuta = "\xd8\xa9";   // ة
constexpr std::string_view kYeh = "\xd9\x8a";          // ي

/// Errors of one file, with the node's position (yaml-cpp marks are 0-based, their
/// columns counted in bytes; ours count code points, as the SPEC's do).
class Checker {
 public:
  Checker(std::string file, std::string_view text) : file_(std::move(file)), index_(text) {}

  void fail(const YAML::Node& node, const std::string& message,
            ErrorCode code = ErrorCode::kCheck) {
    const auto mark = node.Mark();
    errors_.push_back(Error{code, message, file_, line_of(mark), column_of(mark)});
  }
  void fail_at(const YAML::Mark& mark, const std::string& message) {
    errors_.push_back(Error{ErrorCode::kCheck, message, file_, line_of(mark), column_of(mark)});
  }

  Origin origin(const YAML::Node& node) const {
    const auto mark = node.Mark();
    return Origin{file_, line_of(mark), column_of(mark)};
  }

  /// Reports keys of `map` not in `allowed`; false when `map` is not a mapping.
  bool keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
            const std::string& what) {
    if (!map.IsMap()) {
      fail(map, what + " must be a mapping (key: value)");
      return false;
    }
    for (const auto& kv : map) {
      const auto key = kv.first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string list;
        for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(kv.first, "unknown key '" + key + "' in " + what + " (allowed: " + list + ")");
      }
    }
    return true;
  }

  std::string str(const YAML::Node& map, const char* key, const std::string& what,
                  bool required = false) {
    const auto node = map[key];
    if (!node) {
      if (required) fail(map, what + " needs '" + key + "'");
      return {};
    }
    if (!node.IsScalar()) {
      fail(node, std::string("'") + key + "' in " + what + " must be a string");
      return {};
    }
    if (required && node.Scalar().empty()) fail(node, std::string("'") + key + "' is empty");
    return node.Scalar();
  }

  std::vector<std::string> list(const YAML::Node& map, const char* key, const std::string& what) {
    std::vector<std::string> out;
    const auto node = map[key];
    if (!node) return out;
    if (!node.IsSequence()) {
      fail(node, std::string("'") + key + "' in " + what + " must be a list of strings");
      return out;
    }
    for (const auto& item : node) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        fail(item, std::string("'") + key + "' in " + what + " holds a non-string or empty item");
        continue;
      }
      out.push_back(item.Scalar());
    }
    return out;
  }

  bool boolean(const YAML::Node& map, const char* key, const std::string& what) {
    const auto node = map[key];
    if (!node) return false;
    if (node.IsScalar()) {
      const auto& s = node.Scalar();
      if (s == "true" || s == "yes") return true;
      if (s == "false" || s == "no") return false;
    }
    fail(node, std::string("'") + key + "' in " + what + " must be true or false");
    return false;
  }

  std::optional<double> number(const YAML::Node& map, const char* key, const std::string& what) {
    const auto node = map[key];
    if (!node) return std::nullopt;
    if (node.IsScalar()) {
      try {
        return node.as<double>();
      } catch (const YAML::Exception&) {
      }
    }
    fail(node, std::string("'") + key + "' in " + what + " must be a number");
    return std::nullopt;
  }

  void pattern(const YAML::Node& map, const char* key, const std::string& what) {
    const auto node = map[key];
    if (!node || !node.IsSequence()) return;
    for (const auto& item : node) {
      if (!item.IsScalar()) continue;
      RE2 re(item.Scalar(), RE2::Quiet);
      if (!re.ok()) {
        fail(item, "pattern in " + what + " does not compile (RE2): " + re.error(),
             ErrorCode::kPattern);
      }
    }
  }

  std::optional<Tolerance> tolerance(const YAML::Node& map, const char* key,
                                     const std::string& what) {
    const auto node = map[key];
    if (!node) return std::nullopt;
    if (!keys(node, {"relative", "absolute", "hedge"}, "tolerance of " + what)) return std::nullopt;
    Tolerance t;
    if (auto v = number(node, "relative", "tolerance")) t.relative = *v;
    if (auto v = number(node, "absolute", "tolerance")) t.absolute = *v;
    if (auto v = number(node, "hedge", "tolerance")) t.hedge = *v;
    if (t.relative < 0 || t.absolute < 0 || t.hedge < 0) fail(node, "a tolerance is negative");
    return t;
  }

  std::optional<Severity> severity(const YAML::Node& map, const std::string& what) {
    const auto s = str(map, "severity", what);
    if (s.empty()) return std::nullopt;
    if (s == "error") return Severity::kError;
    if (s == "warning") return Severity::kWarning;
    if (s == "info") return Severity::kInfo;
    fail(map["severity"], "severity must be error, warning or info");
    return std::nullopt;
  }

  std::string date(const YAML::Node& map, const char* key, const std::string& what) {
    const auto s = str(map, key, what);
    if (!s.empty() && !util::parse_iso(s)) {
      fail(map[key], std::string("'") + key + "' must be a date YYYY-MM-DD");
      return {};
    }
    return s;
  }

  std::vector<Error>& errors() { return errors_; }
  const std::string& file() const { return file_; }

 private:
  static int line_of(const YAML::Mark& mark) { return mark.line >= 0 ? mark.line + 1 : 0; }
  /// 0 for no place (yaml-cpp's marks are -1 then).
  [[nodiscard]] int column_of(const YAML::Mark& mark) const {
    return index_.column_at(mark.line, mark.column);
  }
  std::string file_;
  LineIndex index_;  ///< of the file's text, for columns in code points
  std::vector<Error> errors_;
};

template <class T>
void upsert(std::vector<T>& items, T item) {
  for (auto& existing : items) {
    if (existing.name == item.name) {
      existing = std::move(item);
      return;
    }
  }
  items.push_back(std::move(item));
}

/// Parses one file into `out` (definitions only; merged by the caller).
void parse_file(const YAML::Node& root, Checker& ck, RuleSet& out) {
  if (root.IsNull()) return;
  if (!ck.keys(root,
               {"subjects", "places", "owners", "bodies", "events", "units", "facts",
                "suppressions", "vague", "defaults", "cues"},
               "a check file")) {
    return;
  }
  auto each = [&](const char* section, auto&& fn) {
    const auto node = root[section];
    if (!node || node.IsNull()) return;
    if (!node.IsSequence()) {
      ck.fail(node, std::string("'") + section + "' must be a list");
      return;
    }
    for (const auto& item : node) fn(item);
  };
  each("subjects", [&](const YAML::Node& n) {
    if (!ck.keys(n,
                 {"name", "role", "ar", "en", "patterns", "cumulative", "constant", "semantics",
                  "max_change_per_day", "owner_required", "of_change", "max_value", "tolerance",
                  "severity"},
                 "a subject")) {
      return;
    }
    Subject s;
    s.name = ck.str(n, "name", "a subject", true);
    const auto role = ck.str(n, "role", "a subject");
    if (role == "measure") {
      s.role = SubjectRole::kMeasure;
    } else if (role == "generic") {
      s.role = SubjectRole::kGeneric;
    } else if (role == "qualifier") {
      s.role = SubjectRole::kQualifier;
    } else if (!role.empty() && role != "entity") {
      ck.fail(n["role"], "role must be entity, measure, generic or qualifier");
    }
    s.ar = ck.list(n, "ar", "a subject");
    s.en = ck.list(n, "en", "a subject");
    s.patterns = ck.list(n, "patterns", "a subject");
    ck.pattern(n, "patterns", "subject " + s.name);
    s.cumulative = ck.boolean(n, "cumulative", "a subject");
    s.constant = ck.boolean(n, "constant", "a subject");
    const auto semantics = ck.str(n, "semantics", "a subject");
    if (semantics == "running_total") {
      s.semantics = Semantics::kRunningTotal;
    } else if (semantics == "level") {
      s.semantics = Semantics::kLevel;
    } else if (semantics == "event_constant") {
      s.semantics = Semantics::kEventConstant;
    } else if (semantics == "period_value") {
      s.semantics = Semantics::kPeriodValue;
    } else if (!semantics.empty()) {
      ck.fail(n["semantics"],
              "semantics must be running_total, level, event_constant or period_value");
    } else if (s.cumulative) {
      s.semantics = Semantics::kRunningTotal;
    } else if (s.constant) {
      s.semantics = Semantics::kEventConstant;
    }
    if (s.semantics == Semantics::kRunningTotal) s.cumulative = true;
    if (s.semantics == Semantics::kEventConstant) s.constant = true;
    if (auto v = ck.number(n, "max_change_per_day", "a subject")) {
      if (*v < 0) ck.fail(n["max_change_per_day"], "max_change_per_day is negative");
      if (s.semantics != Semantics::kLevel) {
        ck.fail(n["max_change_per_day"], "max_change_per_day is for semantics: level only");
      }
      s.max_change_per_day = *v;
    }
    s.owner_required = ck.boolean(n, "owner_required", "a subject");
    s.of_change = ck.boolean(n, "of_change", "a subject");
    s.max_value = ck.number(n, "max_value", "a subject");
    s.tolerance = ck.tolerance(n, "tolerance", "subject " + s.name);
    s.severity = ck.severity(n, "subject " + s.name);
    s.origin = ck.origin(n);
    if (s.name.find_first_of("|, ") != std::string::npos) {
      ck.fail(n["name"], "a subject name may not hold '|', ',' or spaces (use _)");
    }
    upsert(out.subjects, std::move(s));
  });
  each("places", [&](const YAML::Node& n) {
    if (!ck.keys(n, {"name", "iso", "kind", "parent", "ar", "en", "adjectives_ar", "adjectives_en"},
                 "a place")) {
      return;
    }
    Place p;
    p.name = ck.str(n, "name", "a place", true);
    p.label = p.name;
    const auto kind = ck.str(n, "kind", "a place");
    if (!kind.empty()) {
      if (kind != "country" && kind != "region" && kind != "city" && kind != "base") {
        ck.fail(n["kind"], "kind must be country, region, city or base");
      }
      p.kind = kind;
    }
    // A country's id is its ISO 3166 code: written (`iso: IQ`), or the code of the
    // country ICU names so in English ("Iraq").
    const auto iso = ck.str(n, "iso", "a place");
    if (!iso.empty()) {
      if (iso.size() != 2 || !std::isupper(static_cast<unsigned char>(iso[0])) ||
          !std::isupper(static_cast<unsigned char>(iso[1]))) {
        ck.fail(n["iso"], "iso must be an ISO 3166 alpha-2 code (IQ)");
      }
      p.name = iso;
    } else if (p.kind == "country") {
      if (auto code = iso_code_of(p.label); !code.empty()) p.name = code;
    }
    p.parent = ck.str(n, "parent", "a place");
    p.ar = ck.list(n, "ar", "a place");
    p.en = ck.list(n, "en", "a place");
    p.adjectives_ar = ck.list(n, "adjectives_ar", "a place");
    p.adjectives_en = ck.list(n, "adjectives_en", "a place");
    p.origin = ck.origin(n);
    upsert(out.places, std::move(p));
  });
  // Owners and bodies are names with their Arabic and English forms.
  const auto names = [&](const char* section, const char* what, std::vector<Owner>& into) {
    each(section, [&](const YAML::Node& n) {
      if (!ck.keys(n, {"name", "ar", "en"}, what)) return;
      Owner o;
      o.name = ck.str(n, "name", what, true);
      o.ar = ck.list(n, "ar", what);
      o.en = ck.list(n, "en", what);
      o.origin = ck.origin(n);
      upsert(into, std::move(o));
    });
  };
  names("owners", "an owner", out.owners);
  names("bodies", "a body", out.bodies);
  each("events", [&](const YAML::Node& n) {
    if (!ck.keys(n, {"name", "unique", "same_within_days", "ar", "en", "patterns"}, "an event")) {
      return;
    }
    Event e;
    e.name = ck.str(n, "name", "an event", true);
    e.unique = ck.boolean(n, "unique", "an event");
    if (auto v = ck.number(n, "same_within_days", "an event")) {
      if (*v < 0) ck.fail(n["same_within_days"], "same_within_days is negative");
      e.same_within_days = *v;
    }
    e.ar = ck.list(n, "ar", "an event");
    e.en = ck.list(n, "en", "an event");
    e.patterns = ck.list(n, "patterns", "an event");
    ck.pattern(n, "patterns", "event " + e.name);
    e.origin = ck.origin(n);
    upsert(out.events, std::move(e));
  });
  each("units", [&](const YAML::Node& n) {
    if (!ck.keys(n, {"name", "ar", "en"}, "a unit")) return;
    Unit u;
    u.name = ck.str(n, "name", "a unit", true);
    u.ar = ck.list(n, "ar", "a unit");
    u.en = ck.list(n, "en", "a unit");
    u.origin = ck.origin(n);
    upsert(out.units, std::move(u));
  });
  each("vague", [&](const YAML::Node& n) {
    if (!ck.keys(n, {"name", "low", "high"}, "a vague interval")) return;
    extract::VagueInterval v;
    v.name = ck.str(n, "name", "a vague interval", true);
    const auto lo = ck.number(n, "low", "a vague interval");
    const auto hi = ck.number(n, "high", "a vague interval");
    if (!lo || !hi) {
      ck.fail(n, "a vague interval needs numbers 'low' and 'high'");
      return;
    }
    if (*lo > *hi) ck.fail(n, "a vague interval's low is above its high");
    v.low = *lo;
    v.high = *hi;
    upsert(out.vague, std::move(v));
  });
  if (const auto cues = root["cues"]; cues && !cues.IsNull()) {
    if (!cues.IsMap()) {
      ck.fail(cues, "'cues' must be a mapping of cue list names to {ar, en}");
    } else {
      for (const auto& kv : cues) {
        const auto name = kv.first.Scalar();
        std::size_t which = kCueCount;
        for (std::size_t i = 0; i < kCueCount; ++i) {
          if (name == cue_name(static_cast<Cue>(i))) which = i;
        }
        if (which == kCueCount) {
          std::string list;
          for (std::size_t i = 0; i < kCueCount; ++i)
            list += (i == 0 ? "" : ", ") + std::string(cue_name(static_cast<Cue>(i)));
          ck.fail(kv.first, "unknown cue list '" + name + "' (known: " + list + ")");
          continue;
        }
        if (!ck.keys(kv.second, {"ar", "en"}, "cue list " + name)) continue;
        auto& dst = out.cues[which];
        for (const char* lang : {"ar", "en"}) {
          for (const auto& word : ck.list(kv.second, lang, "cue list " + name)) {
            std::vector<std::string> tokens;
            std::istringstream in(normalize::fold(word));
            for (std::string t; in >> t;) tokens.push_back(t);
            if (tokens.size() == 1) {
              dst.words.insert(tokens[0]);
            } else if (tokens.size() > 1) {
              dst.phrases.push_back(std::move(tokens));
            }
          }
        }
      }
    }
  }
  if (const auto d = root["defaults"]) {
    if (ck.keys(d, {"tolerance"}, "defaults")) {
      if (auto t = ck.tolerance(d, "tolerance", "defaults")) out.tolerance = *t;
    }
  }
  each("facts", [&](const YAML::Node& n) {
    if (!ck.keys(n,
                 {"name", "counted", "event", "whose", "where", "value", "low", "high", "date",
                  "earliest", "latest", "as_of", "source"},
                 "a fact")) {
      return;
    }
    Fact f;
    f.name = ck.str(n, "name", "a fact", true);
    f.counted = ck.str(n, "counted", "a fact");
    f.event = ck.str(n, "event", "a fact");
    f.whose = ck.list(n, "whose", "a fact");
    f.where = ck.list(n, "where", "a fact");
    f.source = ck.str(n, "source", "a fact");
    if (auto v = ck.number(n, "value", "a fact")) f.low = f.high = v;
    if (auto v = ck.number(n, "low", "a fact")) f.low = v;
    if (auto v = ck.number(n, "high", "a fact")) f.high = v;
    const auto date = ck.date(n, "date", "a fact");
    const auto as_of = ck.date(n, "as_of", "a fact");
    f.date_earliest = ck.date(n, "earliest", "a fact");
    f.date_latest = ck.date(n, "latest", "a fact");
    if (!date.empty()) f.date_earliest = f.date_latest = date;
    if (!as_of.empty()) f.date_earliest = f.date_latest = as_of;
    if (f.counted.empty() == f.event.empty()) {
      ck.fail(n, "a fact names either 'counted' (a quantity) or 'event' (a date)");
    } else if (!f.counted.empty() && (!f.low || !f.high)) {
      ck.fail(n, "a quantity fact needs 'value' or 'low' and 'high'");
    } else if (!f.event.empty() && f.date_earliest.empty()) {
      ck.fail(n, "an event fact needs 'date' (or 'earliest' and 'latest')");
    }
    f.origin = ck.origin(n);
    upsert(out.facts, std::move(f));
  });
  each("suppressions", [&](const YAML::Node& n) {
    if (!ck.keys(n, {"finding", "key", "kind", "reason"}, "a suppression")) return;
    Suppression s;
    s.finding = ck.str(n, "finding", "a suppression");
    s.key = ck.str(n, "key", "a suppression");
    s.kind = ck.str(n, "kind", "a suppression");
    s.reason = ck.str(n, "reason", "a suppression");
    if (s.reason.empty())
      ck.fail(n, "a suppression needs a 'reason' (why the finding is accepted)");
    if (s.finding.empty() && s.key.empty()) ck.fail(n, "a suppression needs 'finding' or 'key'");
    if (!s.kind.empty() && s.kind != "contradiction" && s.kind != "corroboration" &&
        s.kind != "single-source" && s.kind != "date-inconsistency") {
      ck.fail(n["kind"], "unknown finding kind '" + s.kind + "'");
    }
    s.origin = ck.origin(n);
    out.suppressions.push_back(std::move(s));
  });
}

void merge_into(RuleSet& dst, RuleSet&& src) {
  for (auto& x : src.subjects) upsert(dst.subjects, std::move(x));
  for (auto& x : src.places) upsert(dst.places, std::move(x));
  for (auto& x : src.owners) upsert(dst.owners, std::move(x));
  for (auto& x : src.bodies) upsert(dst.bodies, std::move(x));
  for (auto& x : src.events) upsert(dst.events, std::move(x));
  for (auto& x : src.units) upsert(dst.units, std::move(x));
  for (auto& x : src.facts) upsert(dst.facts, std::move(x));
  for (auto& x : src.vague) upsert(dst.vague, std::move(x));
  for (auto& x : src.suppressions) dst.suppressions.push_back(std::move(x));
  // Cue lists add up: a newsroom's file adds words to the built-in lists.
  for (std::size_t i = 0; i < kCueCount; ++i) {
    dst.cues[i].words.insert(src.cues[i].words.begin(), src.cues[i].words.end());
    for (auto& p : src.cues[i].phrases) dst.cues[i].phrases.push_back(std::move(p));
  }
}

bool is_arabic_lead(unsigned char c) { return c == 0xd8 || c == 0xd9 || c == 0xda || c == 0xdb; }

/// Arabic nisba adjectives: عراقي → عراقية عراقيين عراقيون عراقيان عراقيتين (not the
/// accusative ـا: سوريا is the country).
std::vector<std::string> adjective_forms(const std::string& base) {
  std::vector<std::string> out{base};
  if (util::finishes_with(base, kYeh)) {
    for (const char* suffix :
         {"\xd8\xa9", "\xd9\x8a\xd9\x86", "\xd9\x88\xd9\x86", "\xd8\xa7\xd9\x86",
          "\xd8\xaa\xd9\x8a\xd9\x86", "\xd8\xaa\xd8\xa7\xd9\x86"}) {
      out.push_back(base + suffix);
    }
  }
  return out;
}

void add_forms(Lexicon& lex, const std::vector<std::string>& forms, LexKind kind,
               std::size_t index) {
  for (const auto& form : forms) {
    LexPhrase ph;
    ph.kind = kind;
    ph.index = index;
    std::istringstream in(normalize::fold(form));
    for (std::string tok; in >> tok;) ph.tokens.push_back(core_form(tok));
    if (ph.tokens.empty() || ph.tokens[0].empty()) continue;
    auto& bucket = lex.by_first[ph.tokens[0]];
    const bool dup = std::any_of(bucket.begin(), bucket.end(), [&](const LexPhrase& o) {
      return o.kind == ph.kind && o.index == ph.index && o.tokens == ph.tokens;
    });
    if (!dup) bucket.push_back(std::move(ph));
  }
}

RE2::Options pattern_options() {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(kPatternMaxMem);
  return opts;
}

}  // namespace

struct PatternScreen {
  explicit PatternScreen(RE2::Anchor anchor) : set(pattern_options(), anchor) {}
  RE2::Set set;
};

bool PatternGroup::add(std::size_t index, const std::string& folded_pattern) {
  auto re = std::make_shared<const RE2>(folded_pattern, pattern_options());
  if (!re->ok()) return false;
  patterns_.emplace_back(index, std::move(re));
  return true;
}

void PatternGroup::finish() {
  screen_.reset();
  if (patterns_.empty()) return;
  auto screen = std::make_shared<PatternScreen>(anchor_both_ ? RE2::ANCHOR_BOTH : RE2::UNANCHORED);
  for (const auto& [index, re] : patterns_) {
    if (screen->set.Add(re->pattern(), nullptr) < 0) return;  // no screen: try every pattern
  }
  if (screen->set.Compile()) screen_ = std::move(screen);
}

void PatternGroup::matching(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (patterns_.empty()) return;
  if (screen_) {
    RE2::Set::ErrorInfo info{};
    if (screen_->set.Match(re2::StringPiece(text.data(), text.size()), &out, &info)) {
      std::sort(out.begin(), out.end());
      return;
    }
    if (info.kind == RE2::Set::kNoError) return;  // no pattern matches
    out.clear();
  }
  // No screen, or one that could not answer: each pattern on its own.
  const re2::StringPiece input(text.data(), text.size());
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    const RE2& re = *patterns_[i].second;
    if (anchor_both_ ? RE2::FullMatch(input, re) : RE2::PartialMatch(input, re)) {
      out.push_back(static_cast<int>(i));
    }
  }
}

std::string core_form(std::string_view word) {
  std::string w = normalize::fold(word);
  while (!w.empty() && w.back() == '.') w.pop_back();
  if (util::begins_with(w, kAl) && w.size() >= kAl.size() + 4) w.erase(0, kAl.size());
  return w;
}

void token_variant_views(std::string_view t, std::vector<std::string_view>& out) {
  out.clear();
  auto add = [&](std::string_view v) {
    if (v.empty()) return;
    // Most repeats are the same view (the word itself when it has no clitic): no bytes
    // need comparing for them.
    const bool seen = std::any_of(out.begin(), out.end(), [&](std::string_view o) {
      return o.size() == v.size() && (o.data() == v.data() || o == v);
    });
    if (!seen) out.push_back(v);
  };
  add(t);
  if (util::finishes_with(t, "'s")) add(t.substr(0, t.size() - 2));
  if (util::finishes_with(t, "\xe2\x80\x99s")) add(t.substr(0, t.size() - 4));
  if (!t.empty() && is_arabic_lead(static_cast<unsigned char>(t[0]))) {
    // Clitics: a conjunction (و ف), then a preposition or the future prefix (ب ل ك س),
    // then the article (ال), or لـ + ال written لل. The core keeps two letters at least.
    // Arrays of views, not braced lists of literals: those measured every literal with
    // strlen on every word.
    static constexpr std::string_view kConjunctions[] = {"", "\xd9\x88", "\xd9\x81"};
    static constexpr std::string_view kPrepositions[] = {"", "\xd8\xa8", "\xd9\x84", "\xd9\x83",
                                                         "\xd8\xb3"};
    for (const std::string_view conj : kConjunctions) {
      if (!util::begins_with(t, conj)) continue;
      const auto r1 = t.substr(conj.size());
      for (const std::string_view prep : kPrepositions) {
        if (!util::begins_with(r1, prep)) continue;
        const auto r2 = r1.substr(prep.size());
        if (r2.size() >= 4) add(r2);
        if (util::begins_with(r2, kAl) && r2.size() >= kAl.size() + 4) add(r2.substr(kAl.size()));
      }
      if (util::begins_with(r1, kLil) && r1.size() >= kLil.size() + 4) add(r1.substr(kLil.size()));
    }
    // Accusative tamyiz: صاروخاً is folded to صاروخا.
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view v = out[i];
      if (util::finishes_with(v, kAlef) && v.size() >= 8) add(v.substr(0, v.size() - 2));
    }
  }
}

std::vector<std::string> token_variants(std::string_view t) {
  std::vector<std::string_view> views;
  token_variant_views(t, views);
  return {views.begin(), views.end()};
}

namespace {

/// Every ISO country the checks do not define, named as ICU names it; then the index of
/// places by id, label and written name, and the parents and facts' places as ids.
void finish_places(RuleSet& rules, Lexicon& lex) {
  std::set<std::string, std::less<>> defined;
  for (const auto& p : rules.places) defined.insert(p.name);
  for (const auto& c : iso_countries()) {
    if (defined.count(c.code) > 0) continue;
    Place p;
    p.name = c.code;
    p.label = c.en;
    p.en = {c.en};
    if (!c.ar.empty()) p.ar = {c.ar};
    rules.places.push_back(std::move(p));
  }
  auto& index = lex.place_index;
  for (std::size_t i = 0; i < rules.places.size(); ++i) index.try_emplace(rules.places[i].name, i);
  for (std::size_t i = 0; i < rules.places.size(); ++i) {
    if (!rules.places[i].label.empty()) index.try_emplace(rules.places[i].label, i);
  }
  const auto id = [&](std::string& name) {
    const auto it = index.find(name);
    if (it != index.end()) name = rules.places[it->second].name;
  };
  for (auto& p : rules.places) id(p.parent);
  for (auto& f : rules.facts) {
    for (auto& w : f.where) id(w);
    for (auto& w : f.whose) id(w);
  }
}

}  // namespace

void rebuild_lexicon(RuleSet& rules) {
  auto lex = std::make_shared<Lexicon>();
  finish_places(rules, *lex);
  for (std::size_t i = 0; i < rules.subjects.size(); ++i) {
    add_forms(*lex, rules.subjects[i].ar, LexKind::kSubject, i);
    add_forms(*lex, rules.subjects[i].en, LexKind::kSubject, i);
    add_forms(*lex, {rules.subjects[i].name}, LexKind::kSubject, i);
    for (const auto& p : rules.subjects[i].patterns) {
      lex->subject_patterns.add(i, normalize::fold(p));
    }
  }
  for (std::size_t i = 0; i < rules.places.size(); ++i) {
    const auto& p = rules.places[i];
    add_forms(*lex, p.ar, LexKind::kPlace, i);
    add_forms(*lex, p.en, LexKind::kPlace, i);
    for (const auto& a : p.adjectives_ar)
      add_forms(*lex, adjective_forms(a), LexKind::kPlaceAdjective, i);
    add_forms(*lex, p.adjectives_en, LexKind::kPlaceAdjective, i);
  }
  for (std::size_t i = 0; i < rules.owners.size(); ++i) {
    add_forms(*lex, rules.owners[i].ar, LexKind::kOwner, i);
    add_forms(*lex, rules.owners[i].en, LexKind::kOwner, i);
  }
  for (std::size_t i = 0; i < rules.bodies.size(); ++i) {
    add_forms(*lex, rules.bodies[i].ar, LexKind::kBody, i);
    add_forms(*lex, rules.bodies[i].en, LexKind::kBody, i);
  }
  for (std::size_t i = 0; i < rules.events.size(); ++i) {
    add_forms(*lex, rules.events[i].ar, LexKind::kEvent, i);
    add_forms(*lex, rules.events[i].en, LexKind::kEvent, i);
    for (const auto& p : rules.events[i].patterns) {
      lex->event_patterns.add(i, normalize::fold(p));
    }
  }
  for (std::size_t i = 0; i < rules.units.size(); ++i) {
    add_forms(*lex, rules.units[i].ar, LexKind::kUnit, i);
    add_forms(*lex, rules.units[i].en, LexKind::kUnit, i);
  }
  for (const auto& [first, phrases] : lex->by_first) {
    const std::uint32_t k = Lexicon::screen_key(first);
    lex->first_screen[k >> 6] |= std::uint64_t{1} << (k & 63);
  }
  lex->subject_patterns.finish();
  lex->event_patterns.finish();
  rules.lexicon = std::move(lex);
  for (auto& s : rules.suppressions) {
    if (!s.key.empty()) s.key = rules.key_with_ids(s.key);
  }
}

std::vector<Error> load_text(std::string_view text, const std::string& file, RuleSet& rules) {
  Checker ck(file, text);
  RuleSet parsed;
  try {
    auto root = ingest::load_yaml(text, file, ingest::YamlOptions{ErrorCode::kCheck, true});
    if (!root) return {std::move(root.error())};
    parse_file(*root, ck, parsed);
  } catch (const YAML::Exception& e) {
    ck.fail_at(e.mark, "YAML: " + e.msg);
  }
  if (!ck.errors().empty()) return std::move(ck.errors());
  // Defaults apply only when the file sets them.
  bool has_defaults = false;
  try {
    has_defaults = static_cast<bool>(YAML::Load(std::string(text))["defaults"]);
  } catch (const YAML::Exception&) {
  }
  if (has_defaults) rules.tolerance = parsed.tolerance;
  merge_into(rules, std::move(parsed));
  rules.files.push_back(file);
  std::string material = file;
  material.push_back('\0');
  material.append(text);
  rules.fingerprint = XXH3_64bits_withSeed(material.data(), material.size(), rules.fingerprint);
  return {};
}

Result<RuleSet> load_builtin() {
  RuleSet rules;
  for (std::size_t i = 0; i < kBuiltinCheckFileCount; ++i) {
    const auto& f = kBuiltinCheckFiles[i];
    const std::string_view text(reinterpret_cast<const char*>(f.data), f.size);
    auto errors = load_text(text, std::string("checks/") + f.name, rules);
    if (!errors.empty()) return tl::unexpected<Error>(std::move(errors.front()));
  }
  rebuild_lexicon(rules);
  return rules;
}

std::vector<Error> load_dir(const std::string& dir, RuleSet& rules) {
  namespace fs = std::filesystem;
  std::vector<Error> errors;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors.push_back(
        Error{ErrorCode::kIo, "--checks: not a folder (give a folder of *.yaml files)", dir});
    return errors;
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const auto ext = it->path().extension().string();
    if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const std::string name = path.string();
    if (fs::file_size(path, ec) > kMaxYamlBytes) {
      errors.push_back(Error{ErrorCode::kLimit, "check file larger than the limit", name});
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      errors.push_back(Error{ErrorCode::kIo, "cannot read the check file", name});
      continue;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (auto& e : load_text(text, name, rules)) errors.push_back(std::move(e));
  }
  rebuild_lexicon(rules);
  return errors;
}

const char* cue_name(Cue cue) {
  switch (cue) {
    case Cue::kOwnerMarker:
      return "owner_markers";
    case Cue::kPlacePreposition:
      return "place_prepositions";
    case Cue::kPresent:
      return "present";
    case Cue::kStopword:
      return "stopwords";
    case Cue::kAnniversary:
      return "anniversary";
    case Cue::kForecast:
      return "forecast";
    case Cue::kPlan:
      return "plan";
    case Cue::kLimit:
      return "limit";
    case Cue::kBackground:
      return "background";
    case Cue::kThisCountry:
      return "this_country";
    case Cue::kTeaser:
      return "teaser";
    case Cue::kAftershock:
      return "aftershock";
    case Cue::kSecond:
      return "second";
    case Cue::kSince:
      return "since";
    case Cue::kUntil:
      return "until";
    case Cue::kWhen:
      return "when";
    case Cue::kWhereas:
      return "whereas";
    case Cue::kEarlierAuxiliary:
      return "earlier_auxiliary";
    case Cue::kEarlier:
      return "earlier";
    case Cue::kPlaceNoun:
      return "place_nouns";
    case Cue::kOutside:
      return "outside";
    case Cue::kOrganisation:
      return "organisations";
    case Cue::kOutOf:
      return "out_of";
    case Cue::kOccurred:
      return "occurred";
    case Cue::kFromEvent:
      return "from_event";
    case Cue::kOtherDeed:
      return "other_deed";
    case Cue::kChangeBy:
      return "change_by";
    case Cue::kSomeOfThem:
      return "some_of_them";
    case Cue::kVenue:
      return "venue";
    case Cue::kEitherOr:
      return "either_or";
    case Cue::kCount:
      break;
  }
  return "";
}

const Subject* RuleSet::subject(std::string_view name) const {
  for (const auto& s : subjects) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

const Place* RuleSet::place(std::string_view name) const {
  if (lexicon) {
    const auto it = lexicon->place_index.find(name);
    return it == lexicon->place_index.end() || it->second >= places.size() ? nullptr
                                                                           : &places[it->second];
  }
  for (const auto& p : places) {
    if (p.name == name || p.label == name) return &p;
  }
  return nullptr;
}

std::string RuleSet::key_with_ids(std::string_view key) const {
  const auto bar = key.find('|');
  if (bar == std::string_view::npos) return std::string(key);
  std::string out(key.substr(0, bar + 1));
  // counted|whose|where[|...]: the places of whose and where, comma-separated.
  std::size_t field = 1;
  std::size_t pos = bar + 1;
  while (pos <= key.size()) {
    std::size_t end = key.find('|', pos);
    if (end == std::string_view::npos) end = key.size();
    const auto part = key.substr(pos, end - pos);
    if (field <= 2) {
      // Sorted as the claims' lists are.
      std::vector<std::string> names;
      std::size_t p = 0;
      while (p <= part.size()) {
        std::size_t comma = part.find(',', p);
        if (comma == std::string_view::npos) comma = part.size();
        const auto name = part.substr(p, comma - p);
        const Place* pl = name.empty() ? nullptr : place(name);
        if (!name.empty()) names.push_back(pl != nullptr ? pl->name : std::string(name));
        p = comma + 1;
      }
      std::sort(names.begin(), names.end());
      for (std::size_t i = 0; i < names.size(); ++i) out += (i ? "," : "") + names[i];
    } else {
      out += part;
    }
    if (end < key.size()) out += '|';
    pos = end + 1;
    ++field;
  }
  return out;
}

std::string RuleSet::place_label(std::string_view id) const {
  if (id.rfind("outside:", 0) == 0) return "outside " + place_label(id.substr(8));
  if (const auto slash = id.find('/'); slash != std::string_view::npos) {
    return place_label(id.substr(0, slash)) + std::string(id.substr(slash));
  }
  const Place* p = place(id);
  return p == nullptr || p->label.empty() ? std::string(id) : p->label;
}

const Event* RuleSet::event(std::string_view name) const {
  for (const auto& e : events) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

namespace {

/// The known place an unnamed part stands in: "Sudan/سنار" (a province no gazetteer
/// names) and "outside:Derna" are in Sudan and in Derna's country; empty for other names.
std::string_view part_parent(std::string_view name) {
  if (name.rfind("outside:", 0) == 0) return name.substr(8);
  const auto slash = name.find('/');
  return slash == std::string_view::npos ? std::string_view() : name.substr(0, slash);
}

}  // namespace

std::string RuleSet::country_of(std::string_view name) const {
  if (const auto parent = part_parent(name); !parent.empty()) return country_of(parent);
  std::string cur(name);
  for (int guard = 0; guard < 8; ++guard) {
    const Place* p = place(cur);
    if (p == nullptr || p->parent.empty()) return cur;
    cur = p->parent;
  }
  return cur;
}

bool RuleSet::contains(std::string_view ancestor_name, std::string_view name) const {
  // The ancestor by its id ("Iraq" is IQ).
  const Place* a = part_parent(ancestor_name).empty() ? place(ancestor_name) : nullptr;
  const std::string_view ancestor = a != nullptr ? std::string_view(a->name) : ancestor_name;
  if (const auto parent = part_parent(name); !parent.empty()) {
    return parent == ancestor || contains(ancestor, parent);
  }
  std::string cur(name);
  for (int guard = 0; guard < 8; ++guard) {
    const Place* p = place(cur);
    if (p == nullptr || p->parent.empty()) return false;
    if (p->parent == ancestor) return true;
    cur = p->parent;
  }
  return false;
}

}  // namespace fc::rules
