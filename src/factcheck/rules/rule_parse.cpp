#include "factcheck/rules/rule_parse.hpp"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "factcheck/core/span.hpp"
#include "factcheck/ingest/yaml.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/rules/countries.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::rules {

namespace {

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
                  "max_change_per_day", "owner_required", "of_change", "max_value",
                  "distinct_beyond", "tolerance", "severity"},
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
    if (auto v = ck.number(n, "distinct_beyond", "a subject")) {
      if (*v <= 0) ck.fail(n["distinct_beyond"], "distinct_beyond must be positive");
      if (s.semantics != Semantics::kEventConstant) {
        ck.fail(n["distinct_beyond"], "distinct_beyond is for constants (constant: true) only");
      }
      s.distinct_beyond = *v;
    }
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

}  // namespace

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

std::vector<Error> parse_text(std::string_view text, const std::string& file, RuleSet& out) {
  Checker ck(file, text);
  try {
    auto root = ingest::load_yaml(text, file, ingest::YamlOptions{ErrorCode::kCheck, true});
    if (!root) return {std::move(root.error())};
    parse_file(*root, ck, out);
  } catch (const YAML::Exception& e) {
    ck.fail_at(e.mark, "YAML: " + e.msg);
  }
  return std::move(ck.errors());
}

}  // namespace fc::rules
