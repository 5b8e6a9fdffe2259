// Check definitions: checks/*.yaml, built into the binary and added to or overridden by
// name with --checks DIR, validated into a RuleSet (issue 5). Errors carry file:line:col.
// The RuleSet holds what claims and comparison need: subjects (what is counted), places
// and owners (where, whose), events (what a date dates), units, tolerances, severities,
// reference facts and suppressions, plus a lexicon of folded surface forms built once.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/error.hpp"
#include "factcheck/extract/numbers.hpp"

namespace re2 {
class RE2;
}

namespace fc::rules {

/// Slack around a value: relative and absolute, added on both sides; `hedge` is the
/// relative widening of a hedged figure ("about 2,500").
struct Tolerance {
  double relative = 0.0;
  double absolute = 0.0;
  double hedge = 0.1;
};

/// An entity is what is counted (troops, civilians); a measure is what happened to it
/// (killed, injured, magnitude); a generic noun (people) adds nothing to the key; a
/// qualifier narrows the figure of its clause (core, urban, monthly, food): it is part of
/// the frame and the key, so a core rate never meets a headline one.
enum class SubjectRole { kEntity, kMeasure, kGeneric, kQualifier };

/// Where a definition was read, for messages.
struct Origin {
  std::string file;
  int line = 0;
  int column = 0;
};

struct Subject {
  std::string name;  ///< canonical name used in keys
  SubjectRole role = SubjectRole::kEntity;
  std::vector<std::string> ar;  ///< surface forms (folded when the lexicon is built)
  std::vector<std::string> en;
  std::vector<std::string> patterns;  ///< RE2 over one folded word
  bool cumulative = false;            ///< counts that only go up (killed)
  bool constant = false;              ///< cannot change (the magnitude of one quake)
  /// How the measure behaves over time: declared (`semantics:`), else running total when
  /// cumulative, event constant when constant, unknown otherwise.
  Semantics semantics = Semantics::kUnknown;
  double max_change_per_day = 0;  ///< levels: the fraction the level may drift per day
  /// The figure is someone's (a party's seats, a country's output): without an owner read
  /// in the text it is never held against another figure.
  bool owner_required = false;
  /// The size of a change (a cut, a rise): a figure giving where a change ended ("من 5200
  /// إلى 2500") is a level of what changed, not this measure.
  bool of_change = false;
  /// The largest value the measure can take (a magnitude: 10): a larger figure beside
  /// its word ("بقوة 6.3 درجة ... بحياة 14 شخصاً") counts something else.
  std::optional<double> max_value;
  /// Event constants: two values further apart than this are of two events, not one event
  /// misreported (magnitudes of 6.1 and 4.7 are a quake and an aftershock). 0: no limit.
  double distinct_beyond = 0;
  std::optional<Tolerance> tolerance;  ///< none: the defaults
  std::optional<Severity> severity;    ///< highest severity a contradiction may reach
  Origin origin;
};

struct Place {
  /// The place id keys use: a country's ISO 3166 alpha-2 code ("IQ"), else the name
  /// the checks give ("Marrakesh").
  std::string name;
  /// How messages name it: the name the checks or ICU give ("Iraq"); empty: `name`.
  std::string label;
  std::string kind = "country";  ///< country | region | city | base
  std::string parent;            ///< the place it lies in ("" for countries)
  std::vector<std::string> ar;
  std::vector<std::string> en;
  std::vector<std::string> adjectives_ar;  ///< masculine singular; other forms derived
  std::vector<std::string> adjectives_en;
  Origin origin;
};

struct Owner {
  std::string name;
  std::vector<std::string> ar;
  std::vector<std::string> en;
  Origin origin;
};

struct Event {
  std::string name;
  bool unique = false;  ///< happens once per place: two dates for it disagree
  /// Two dates on which one place saw this event happen, closer than this, are one
  /// event's: they must agree (a war starts once; two quakes a month apart are two).
  double same_within_days = 10;
  std::vector<std::string> ar;
  std::vector<std::string> en;
  std::vector<std::string> patterns;  ///< RE2 over the folded sentence
  Origin origin;
};

struct Unit {
  std::string name;
  std::vector<std::string> ar;
  std::vector<std::string> en;
  Origin origin;
};

/// A reference fact: a value (or a date of an event) a draft is checked against.
struct Fact {
  std::string name;
  std::string counted;  ///< subject name (quantities) or empty
  std::string event;    ///< event name (dates) or empty
  std::vector<std::string> whose;
  std::vector<std::string> where;
  std::optional<double> low;
  std::optional<double> high;
  std::string date_earliest;  ///< ISO days (dates, or as_of of a quantity)
  std::string date_latest;
  std::string source;  ///< where the fact comes from, shown in messages
  Origin origin;
};

/// A known finding accepted by the desk: matched by finding id, or by key (and kind).
struct Suppression {
  std::string finding;  ///< finding id, or empty
  std::string key;      ///< key, or empty
  std::string kind;     ///< finding kind, or empty for any
  std::string reason;   ///< mandatory
  Origin origin;
};

/// Cue words: the language the claim builder reads besides the lexicon (checks/cues.yaml,
/// `cues:`), each list named by what it marks.
enum class Cue {
  kOwnerMarker,       ///< the owner follows: لدى, بقيادة, led by
  kPlacePreposition,  ///< the place of the figure follows: في, in
  kPresent,           ///< a present state, as of the publication date: حاليا, currently
  kStopword,          ///< skipped between a figure and its noun: من, of, the
  kAnniversary,       ///< an ordinal counts years since an event: الذكرى
  kForecast,          ///< the figure is expected, not counted: من المتوقع, could reach
  kPlan,              ///< a plan or target: تستهدف, target
  kLimit,             ///< a cap or limit: سقف, cap, no more than
  kBackground,        ///< history recalled: سبق ان, previously
  kThisCountry,       ///< the country just named: البلاد, the country
  kTeaser,            ///< a teaser block about another story starts: اقرا ايضا, read also
  kAftershock,        ///< the event is an aftershock of another: ارتدادية, aftershock
  kSecond,            ///< another event of the same kind: ثان, second, another
  kSince,             ///< the date after it starts a period, it is no as-of: منذ, since
  kUntil,             ///< the date after it ends the period a figure is for: حتى, until
  kWhen,              ///< after a date, what follows happened then: حين, when
  kWhereas,           ///< a contrast starts another statement: في حين, whereas
  kEarlierAuxiliary,  ///< a figure reported before the article's own: وكانت (قد), had
  kEarlier,           ///< an earlier figure: السابقة, previous, earlier
  kPlaceNoun,         ///< the name after it is a place: إقليم, ولاية, province
  kOutside,           ///< the place after it is excluded: خارج, outside
  kOrganisation,      ///< the name next to it is a party's or group's: كتلة "تقدم", bloc
  kOutOf,             ///< the figure after it is the whole: من أصل, out of
  kOccurred,          ///< the event took place at the date beside it: وقع, struck, held
  kFromEvent,         ///< a date counted from the event: اليوم التالي, after, the eve
  kOtherDeed,         ///< another deed's verb: أعلن, rose, said (the date is its day)
  kChangeBy,          ///< the figure after it is the size of a move: بمقدار, up, rose by
  kSomeOfThem,        ///< what follows is a part's, not the figure's: بعضهم, some of them
  kVenue,             ///< the place after it is where a statement was made: مؤتمر صحافي
  kEitherOr,          ///< joins two measures one figure counts together: أو, or
  kWindowPast,        ///< the hours or days before it are the last ones: الماضية, last
  kWindowHours,       ///< a window counted in hours: ساعة, hours
  kWindowDays,        ///< a window counted in days: أيام, days
  kCount
};
inline constexpr std::size_t kCueCount = static_cast<std::size_t>(Cue::kCount);

/// The YAML name of a cue list (owner_markers, place_prepositions ...).
[[nodiscard]] const char* cue_name(Cue cue);

/// One cue list: folded one-word cues, and phrases of several folded words.
struct CueList {
  std::set<std::string, std::less<>> words;
  std::vector<std::vector<std::string>> phrases;
  [[nodiscard]] bool has(std::string_view folded_word) const {
    return words.count(folded_word) > 0;
  }
};

/// What a folded surface form names.
enum class LexKind { kSubject, kPlace, kPlaceAdjective, kOwner, kBody, kEvent, kUnit };

struct LexPhrase {
  std::vector<std::string> tokens;  ///< core forms (folded, leading ال removed)
  LexKind kind = LexKind::kSubject;
  std::size_t index = 0;  ///< into the RuleSet vector of that kind
};

/// A string hash that takes std::string_view too, for heterogeneous lookups.
struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

struct PatternScreen;  ///< an RE2::Set (rule_set.cpp), kept out of this header

/// The RE2 patterns of one kind (subjects or events), compiled once when the lexicon is
/// built: each on its own, to find where it matches, and all together in one RE2::Set,
/// which screens a text in one pass for the patterns that match it at all. Both get
/// kPatternMaxMem, so that the DFA does not run out of memory and fall back to the
/// NFA (some 100 times slower) on long texts or many patterns.
class PatternGroup {
 public:
  /// `anchor_both`: a pattern must match the whole text given to matching() (one word),
  /// else anywhere in it.
  explicit PatternGroup(bool anchor_both) : anchor_both_(anchor_both) {}

  /// Adds a folded pattern for rule `index`; false when it does not compile.
  bool add(std::size_t index, const std::string& folded_pattern);
  /// Compiles the screen; call once, after the last add().
  void finish();

  [[nodiscard]] bool empty() const { return patterns_.empty(); }
  /// Pattern i: its rule index and the compiled pattern.
  [[nodiscard]] std::size_t rule_of(std::size_t i) const { return patterns_[i].first; }
  [[nodiscard]] const re2::RE2& pattern(std::size_t i) const { return *patterns_[i].second; }

  /// The patterns (their numbers, ascending) that match `text` (whole, or anywhere in it),
  /// found by the set in one pass; if the set cannot answer (its DFA out of memory), by
  /// each pattern on its own, so that nothing is lost.
  void matching(std::string_view text, std::vector<int>& out) const;

 private:
  bool anchor_both_;
  std::vector<std::pair<std::size_t, std::shared_ptr<const re2::RE2>>> patterns_;
  std::shared_ptr<const PatternScreen> screen_;
};

/// RE2 memory per pattern and per screen (RE2's default is 8 MiB).
inline constexpr std::int64_t kPatternMaxMem = std::int64_t{64} << 20;

/// Surface forms by the core form of their first token; compiled patterns.
struct Lexicon {
  /// Looked up by std::string_view too (no key is built per token).
  std::unordered_map<std::string, std::vector<LexPhrase>, TransparentHash, std::equal_to<>>
      by_first;
  /// A bit for the screen_key of every key of by_first: most words of a text begin no
  /// phrase, and testing a bit is cheaper than hashing the word whole. Set by
  /// rebuild_lexicon().
  std::vector<std::uint64_t> first_screen = std::vector<std::uint64_t>(kScreenBits / 64);
  static constexpr std::size_t kScreenBits = std::size_t{1} << 16;

  /// 16 bits from a word's length and its first and last four bytes (two Arabic letters
  /// at each end: one letter and a length let most Arabic words through).
  [[nodiscard]] static std::uint32_t screen_key(std::string_view word) {
    const std::size_t n = word.size();
    std::uint32_t head = 0;
    std::uint32_t tail = 0;
    if (n >= 4) {
      // Fixed-size copies: a copy of a variable length is a call.
      std::memcpy(&head, word.data(), 4);
      std::memcpy(&tail, word.data() + n - 4, 4);
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        head = (head << 8) | static_cast<unsigned char>(word[i]);
      }
      tail = head;
    }
    // One multiply (Fibonacci hashing: the top bits of the product mix all of the word).
    const std::uint64_t x = ((std::uint64_t{head} << 32) | tail) ^ (std::uint64_t{n} << 56);
    return static_cast<std::uint32_t>((x * 0x9E3779B97F4A7C15ULL) >> 48);
  }
  /// False when no key of by_first is `word`; true when one may be.
  [[nodiscard]] bool may_begin_phrase(std::string_view word) const {
    const std::uint32_t k = screen_key(word);
    return ((first_screen[k >> 6] >> (k & 63)) & 1U) != 0;
  }
  /// Places by id, by label and by the name checks wrote for them ("Iraq" is IQ), so
  /// that `parent: Iraq`, `where: [Iraq]` and lookups by either name find one place.
  std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> place_index;
  PatternGroup event_patterns{false};   ///< over the folded text
  PatternGroup subject_patterns{true};  ///< over one folded word (a token or its variants)
};

struct RuleSet {
  std::vector<extract::VagueInterval> vague;  ///< vague quantity intervals
  Tolerance tolerance;                        ///< defaults
  std::vector<Subject> subjects;
  std::vector<Place> places;
  std::vector<Owner> owners;
  /// Bodies that count and report figures (WHO, a health ministry): a figure's counter.
  std::vector<Owner> bodies;
  std::vector<Event> events;
  std::vector<Unit> units;
  std::vector<Fact> facts;
  std::vector<Suppression> suppressions;
  std::array<CueList, kCueCount> cues;
  [[nodiscard]] const CueList& cue(Cue c) const { return cues[static_cast<std::size_t>(c)]; }
  std::vector<std::string> files;  ///< names of the check files loaded, in order
  /// A hash of the names and texts of the check files loaded, in order: two rule sets
  /// with one fingerprint read text alike (the archive index keys its skips on it).
  std::uint64_t fingerprint = 0;
  /// Built by rebuild_lexicon(); shared so that a RuleSet stays copyable.
  std::shared_ptr<const Lexicon> lexicon;

  [[nodiscard]] const Subject* subject(std::string_view name) const;
  /// The place of an id, a label or a name the checks wrote ("IQ", "Iraq").
  [[nodiscard]] const Place* place(std::string_view name) const;
  /// How a message names a place id: its label ("Iraq" for IQ; a part "IQ/x" as
  /// "Iraq/x", "outside:IQ" as "outside Iraq"); the id itself when it has none.
  [[nodiscard]] std::string place_label(std::string_view id) const;
  /// A key written by hand with place names ("troops|US|Iraq") with place ids instead
  /// ("troops|US|IQ"); any other text (a finding id) as it is.
  [[nodiscard]] std::string key_with_ids(std::string_view key) const;
  [[nodiscard]] const Event* event(std::string_view name) const;
  /// The country a place lies in (itself for a country; for a part named `Sudan/سنار`
  /// or `outside:Derna`, the country of the place before the slash or after the colon).
  [[nodiscard]] std::string country_of(std::string_view name) const;
  /// True when `ancestor` contains `place` (parent chain), not counting itself.
  [[nodiscard]] bool contains(std::string_view ancestor, std::string_view place) const;
};

/// The checks compiled into the binary (checks/*.yaml at build time).
[[nodiscard]] Result<RuleSet> load_builtin();

/// Adds or overrides, by name, the definitions of every *.yaml file in `dir` (sorted).
/// Returns every error found (file:line:col); valid files still apply.
[[nodiscard]] std::vector<Error> load_dir(const std::string& dir, RuleSet& rules);

/// Adds or overrides the definitions of one check file's text. `file` names it in
/// errors. On error nothing of the file is applied. The lexicon is not rebuilt (a caller
/// loading several files calls rebuild_lexicon() once, after the last).
[[nodiscard]] std::vector<Error> load_text(std::string_view text, const std::string& file,
                                           RuleSet& rules);

/// Rebuilds the lexicon after definitions changed (load_builtin and load_dir call it).
void rebuild_lexicon(RuleSet& rules);

/// Folded core forms a token can stand for: the token, and the token without Arabic
/// clitics (و ف ب ل ك س ال لل) and the accusative alef (صاروخا → صاروخ); English "'s".
[[nodiscard]] std::vector<std::string> token_variants(std::string_view folded_token);
/// token_variants without copies: every variant is a part of the token, so `out` (cleared
/// first) holds views of `folded_token`, in the same order.
void token_variant_views(std::string_view folded_token, std::vector<std::string_view>& out);

/// The core form of a lexicon word: folded, a leading ال removed.
[[nodiscard]] std::string core_form(std::string_view word);

}  // namespace fc::rules
