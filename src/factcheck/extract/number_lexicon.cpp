#include "factcheck/extract/number_lexicon.hpp"

#include <algorithm>
#include <bitset>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "factcheck/core/error.hpp"
#include "factcheck/extract/date_lexicon.hpp"
#include "factcheck/extract/key_table.hpp"
#include "factcheck/extract/lexicon_file.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/bytes.hpp"

namespace fc::extract {

namespace {

using W = NumberWord;

constexpr std::string_view kFile = "number_lexicon.txt";

/// An entry "kind:value[:vague][:f]" of data/number_lexicon.txt.
LexEntry entry_of(std::string_view spec, bool english) {
  static const std::pair<std::string_view, W> kKinds[] = {
      {"unit", W::kUnit},
      {"unit_teen_only", W::kUnitTeenOnly},
      {"ten", W::kTen},
      {"teen", W::kTeen},
      {"tens", W::kTens},
      {"hundred", W::kHundred},
      {"scale", W::kScale},
      {"scale_dual", W::kScaleDual},
      {"scale_plural", W::kScalePlural},
      {"vague", W::kVague},
      {"dozen", W::kDozen},
      {"fraction", W::kFraction},
      {"fraction_plural", W::kFractionPlural},
      {"ordinal", W::kOrdinal},
      {"ordinal_unit_compound", W::kOrdinalUnitCompound},
      {"count_noun", W::kCountNoun}};
  static const std::pair<std::string_view, VagueBase> kVague[] = {
      {"tens", VagueBase::kTens},           {"hundreds", VagueBase::kHundreds},
      {"thousands", VagueBase::kThousands}, {"millions", VagueBase::kMillions},
      {"billions", VagueBase::kBillions},   {"few", VagueBase::kFew},
      {"dozens", VagueBase::kDozens}};
  std::vector<std::string_view> parts;
  for (std::size_t i = 0; i <= spec.size();) {
    const std::size_t j = std::min(spec.find(':', i), spec.size());
    parts.push_back(spec.substr(i, j - i));
    i = j + 1;
  }
  FC_ASSERT(parts.size() >= 2, "a number word has a kind and a value");
  LexEntry e;
  e.english = english;
  for (const auto& [name, kind] : kKinds) {
    if (name == parts[0]) e.kind = kind;
  }
  FC_ASSERT(e.kind != W::kNone, "a number word's kind is known");
  const std::string value(parts[1]);
  if (const std::size_t slash = value.find('/'); slash != std::string::npos) {
    e.value = std::strtod(value.substr(0, slash).c_str(), nullptr) /
              std::strtod(value.substr(slash + 1).c_str(), nullptr);
  } else {
    e.value = std::strtod(value.c_str(), nullptr);
  }
  for (std::size_t k = 2; k < parts.size(); ++k) {
    if (parts[k] == "f") {
      e.feminine = true;
      continue;
    }
    for (const auto& [name, base] : kVague) {
      if (name == parts[k]) e.vague = base;
    }
  }
  return e;
}

/// The dual forms of a singular noun (folded): ـان and ـين, with a final ة written ت before
/// them; a final ى (مبنى, مستشفى) written ي.
std::vector<std::string> dual_forms(const std::string& singular) {
  static const std::string kTeh = normalize::fold("ة");
  static const std::string kYehAlef = normalize::fold("ى");
  std::string stem = singular;
  if (stem.size() >= kTeh.size() &&
      stem.compare(stem.size() - kTeh.size(), kTeh.size(), kTeh) == 0) {
    stem = stem.substr(0, stem.size() - kTeh.size()) + normalize::fold("ت");
  } else if (stem.size() >= kYehAlef.size() &&
             stem.compare(stem.size() - kYehAlef.size(), kYehAlef.size(), kYehAlef) == 0) {
    stem = stem.substr(0, stem.size() - kYehAlef.size()) + normalize::fold("ي");
  }
  return {stem + normalize::fold("ان"), stem + normalize::fold("ين")};
}

/// A 16-bit hash of a few bytes (a word's first or last two letters), for the bitset
/// screens below.
std::uint32_t short_key(std::string_view bytes) {
  std::uint32_t h = static_cast<std::uint32_t>(bytes.size()) * 0x9E3779B1u;
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x01000193u;
  return (h ^ (h >> 16)) & 0xFFFFu;
}

/// The short key of a word's last two letters (four bytes).
std::uint32_t ending_key(std::string_view w) {
  return short_key(w.substr(w.size() < 4 ? 0 : w.size() - 4));
}

/// The same of a word's first two letters, to screen each clitic split: the splits of a
/// word share its ending, not its beginning.
std::uint32_t beginning_key(std::string_view w) { return short_key(w.substr(0, 4)); }

struct Lexicon {
  datelex::KeyMap<LexEntry> map;
  /// Each dual count noun's form ("هدفين") to its singular ("هدف"), folded.
  std::map<std::string, std::string, std::less<>> dual_singular;
  std::bitset<65536> endings;
  std::bitset<65536> beginnings;

  void add(std::string key, const LexEntry& e) {
    endings.set(ending_key(key));
    beginnings.set(beginning_key(key));
    map.insert(std::move(key), e);
  }

  Lexicon() {
    // Arabic words as they are written, folded here (hamza alef to alef, alef maqsura to
    // yeh, diacritics dropped); English ones as they are.
    for (const LexiconEntry& r : lexicon_section(kFile, "arabic")) {
      add(normalize::fold(r.words[0]), entry_of(r.value, false));
    }
    for (const LexiconEntry& r : lexicon_section(kFile, "english")) {
      add(r.words[0], entry_of(r.value, true));
    }
    for (const LexiconEntry& r : lexicon_section(kFile, "count_nouns")) {
      add(normalize::fold(r.words[0]), entry_of(r.value, false));
    }
    for (const std::string& noun : lexicon_words(kFile, "dual_nouns")) {
      const std::string singular = normalize::fold(noun);
      for (std::string& form : dual_forms(singular)) {
        if (map.find(form) != nullptr) continue;
        dual_singular.emplace(form, singular);
        add(std::move(form), LexEntry{W::kCountNoun, 2});
      }
    }
  }

  [[nodiscard]] const LexEntry* find(std::string_view w) const {
    if (!beginnings.test(beginning_key(w))) return nullptr;
    return map.find(w);
  }
};

const Lexicon& lexicon() {
  static const Lexicon kLexicon;
  return kLexicon;
}

constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFa = "\xD9\x81";          // ف
constexpr std::string_view kBa = "\xD8\xA8";          // ب
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kKaf = "\xD9\x83";         // ك
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

/// Two bits per surface form (a lexicon word with each clitic prefix lookup_number_word
/// splits off), keyed as the date tokenizer keys a word (datelex::key), in 2^17 bits (16
/// KiB): of the 2,900 Arabic words of the seeds and test corpora, 187 pass, 37 of them number
/// words.
class SurfaceFilter {
 public:
  SurfaceFilter() {
    static constexpr std::string_view kConj[] = {"", kWaw, kFa};
    static constexpr std::string_view kPrep[] = {"", kBa, kKaf, kLam};
    lexicon().map.for_each_key([&](std::string_view k) {
      if (k.empty() || static_cast<unsigned char>(k[0]) < 0x80) return;  // English
      for (const std::string_view c : kConj) {
        for (const std::string_view p : kPrep) {
          add(std::string(c) + std::string(p) + std::string(k));
          add(std::string(c) + std::string(p) + std::string(kAl) + std::string(k));
          // ل + ال written لل: the lam of the article stands for its alef and lam.
          if (p == kLam) add(std::string(c) + std::string(p) + std::string(kLam) + std::string(k));
        }
      }
    });
  }
  [[nodiscard]] bool may_hold(std::uint64_t h) const {
    return bits_.test(bit_a(h)) && bits_.test(bit_b(h));
  }

 private:
  static std::size_t bit_a(std::uint64_t h) { return static_cast<std::size_t>(h >> 20) & kMask; }
  static std::size_t bit_b(std::uint64_t h) { return static_cast<std::size_t>(h >> 40) & kMask; }
  void add(const std::string& word) {
    const std::uint64_t h = datelex::key_hash(datelex::key(word));
    bits_.set(bit_a(h));
    bits_.set(bit_b(h));
  }
  static constexpr std::size_t kBits = std::size_t{1} << 17;
  static constexpr std::size_t kMask = kBits - 1;
  std::bitset<kBits> bits_;
};

}  // namespace

bool may_be_number_word(std::uint64_t word_key_hash) {
  static const SurfaceFilter kFilter;
  return kFilter.may_hold(word_key_hash);
}

std::string_view dual_noun_singular(std::string_view word) {
  const auto& m = lexicon().dual_singular;
  const auto it = m.find(word);
  return it == m.end() ? std::string_view{} : std::string_view{it->second};
}

bool is_dual_noun_singular(std::string_view word) {
  // Few nouns (about 110): a scan of the map's values is cheap on this rare path.
  const auto& m = lexicon().dual_singular;
  return std::any_of(m.begin(), m.end(), [&](const auto& kv) { return kv.second == word; });
}

const LexEntry* lookup_number_word(std::string_view word, Clitics* clitics) {
  const Lexicon& lex = lexicon();
  if (word.size() < 3 || word.size() > 40) return nullptr;
  if (!lex.endings.test(ending_key(word))) return nullptr;
  if (const LexEntry* e = lex.find(word)) {
    if (clitics != nullptr) *clitics = Clitics{};
    return e;
  }
  if (static_cast<unsigned char>(word[0]) < 0x80) return nullptr;
  // Arabic clitics: [و|ف] [ب|ل|ك] [ال], and لل for ل + ال.
  for (int conj = 0; conj < 2; ++conj) {
    std::string_view w1 = word;
    if (conj == 1) {
      if (util::begins_with(w1, kWaw) || util::begins_with(w1, kFa)) {
        w1.remove_prefix(2);
      } else {
        continue;
      }
    }
    for (int prep = 0; prep < 2; ++prep) {
      std::string_view w2 = w1;
      bool lam_lam = false;
      if (prep == 1) {
        if (util::begins_with(w2, kBa) || util::begins_with(w2, kKaf)) {
          w2.remove_prefix(2);
        } else if (util::begins_with(w2, kLam)) {
          w2.remove_prefix(2);
          lam_lam = util::begins_with(w2, kLam);
        } else {
          continue;
        }
      }
      for (int def = 0; def < 2; ++def) {
        std::string_view w3 = w2;
        if (def == 1) {
          if (util::begins_with(w3, kAl)) {
            w3.remove_prefix(4);
          } else if (lam_lam) {
            w3.remove_prefix(2);
          } else {
            continue;
          }
        }
        if (conj == 0 && prep == 0 && def == 0) continue;
        if (w3.size() < 4) continue;
        if (const LexEntry* e = lex.find(w3)) {
          if (e->english) continue;
          if (clitics != nullptr) *clitics = Clitics{conj == 1, prep == 1, def == 1};
          return e;
        }
      }
    }
  }
  return nullptr;
}

}  // namespace fc::extract
