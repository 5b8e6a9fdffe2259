// The sound of a place name no gazetteer knows, as a key both scripts reach: "هرات",
// "هيرات" and "Herat" are one district, and so are "جاجاركوت" and "Jajarkot".
#pragma once

#include <string>
#include <string_view>

namespace fc::claims {

/// The consonants of a folded (lower-case) name, Arabic or Latin, read through ICU's
/// transliteration to Latin and then to classes both spellings share: vowels and the
/// letters Arabic writes for them (w, y) are dropped, digraphs are one letter (kh → k,
/// sh → s, th → t, dh → d, gh → g, ph → f), letters Arabic has no sign of are its own
/// (p → b, v → f, c → k or s), ج and g are one, doubled letters are one, and a last h
/// (English "-ah" for ة) and an English article ("al-", "el-") are dropped. "Herat" and
/// "هيرات" are "hrt". A name with fewer than two consonants is kept as written: too short
/// a sound would join unrelated names.
[[nodiscard]] std::string name_sound(std::string_view name);

}  // namespace fc::claims
