#include "factcheck/rules/rule_set.hpp"

#include "factcheck/rules/countries.hpp"
#include "factcheck/rules/rule_parse.hpp"

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
constexpr std::string_view kYeh = "\xd9\x8a";          // ي

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
  RuleSet parsed;
  if (auto errors = parse_text(text, file, parsed); !errors.empty()) return errors;
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
    case Cue::kWindowPast:
      return "window_past";
    case Cue::kWindowHours:
      return "window_hours";
    case Cue::kWindowDays:
      return "window_days";
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
