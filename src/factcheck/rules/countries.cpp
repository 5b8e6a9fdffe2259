#include "factcheck/rules/countries.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

namespace fc::rules {

namespace {

/// The name without a parenthesized part ("Myanmar (Burma)" is "Myanmar"), trimmed.
std::string plain(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  const auto open = s.find(" (");
  if (open != std::string::npos) s.erase(open);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::vector<IsoCountry> read_icu() {
  std::vector<IsoCountry> out;
  const icu::Locale en("en");
  const icu::Locale ar("ar");
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    const icu::Locale where("", *code);
    icu::UnicodeString name_en;
    icu::UnicodeString name_ar;
    where.getDisplayCountry(en, name_en);
    where.getDisplayCountry(ar, name_ar);
    IsoCountry c{*code, plain(name_en), plain(name_ar)};
    // ICU answers with the code itself for a country it cannot name.
    if (c.en.empty() || c.en == c.code) continue;
    if (c.ar == c.code) c.ar.clear();
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(),
            [](const IsoCountry& a, const IsoCountry& b) { return a.code < b.code; });
  return out;
}

}  // namespace

const std::vector<IsoCountry>& iso_countries() {
  static const std::vector<IsoCountry> kCountries = read_icu();
  return kCountries;
}

std::string iso_code_of(std::string_view english) {
  const std::string want = lower(english);
  for (const auto& c : iso_countries()) {
    if (lower(c.en) == want) return c.code;
  }
  return {};
}

}  // namespace fc::rules
