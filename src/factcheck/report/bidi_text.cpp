#include "factcheck/report/bidi_text.hpp"

#include <unicode/uchar.h>

#include "factcheck/util/utf8.hpp"

namespace fc::report {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

struct CodePoint {
  char32_t cp;
  std::size_t pos;
  std::size_t len;
};

std::vector<CodePoint> code_points(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t len = 1;
    const char32_t cp = util::decode_utf8_or(text, pos, len, kReplacement);
    out.push_back({cp, pos, len});
    pos += len;
  }
  return out;
}

bool is_rtl(char32_t cp) {
  const auto d = u_charDirection(static_cast<UChar32>(cp));
  return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}

bool is_ltr(char32_t cp) { return u_charDirection(static_cast<UChar32>(cp)) == U_LEFT_TO_RIGHT; }

/// The closing mark of a quotation opened by `cp`, or 0.
char32_t closing_quote(char32_t cp) {
  switch (cp) {
    case '"':
      return '"';
    case 0x201C:  // “ … ”
      return 0x201D;
    case 0x00AB:  // « … »
      return 0x00BB;
    default:
      return 0;
  }
}

/// Characters that end a stretch: brackets, quotes, pipes, semicolons; the message's own
/// structure around the runs.
bool is_delimiter(char32_t cp) {
  switch (cp) {
    case '[':
    case ']':
    case '(':
    case ')':
    case '{':
    case '}':
    case '|':
    case ';':
    case '"':
    case 0x201C:
    case 0x201D:
    case 0x00AB:
    case 0x00BB:
      return true;
    default:
      return false;
  }
}

bool is_digit_cp(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)) != 0; }

/// Adds the run of cps[from, to) that holds right-to-left letters: from its first
/// letter or digit to its last right-to-left letter and the figures right after it ("و
/// 208000", "5%"), not a clause that follows a comma and a space.
void add_stretch(const std::vector<CodePoint>& cps, std::size_t from, std::size_t to,
                 std::vector<ByteRange>& out) {
  std::size_t last = to;
  for (std::size_t i = from; i < to; ++i) {
    if (is_rtl(cps[i].cp)) last = i;
  }
  if (last == to) return;
  while (from < to && !is_rtl(cps[from].cp) && !is_digit_cp(cps[from].cp)) ++from;
  std::size_t end = last + 1;
  for (std::size_t k = last + 1; k < to; ++k) {
    const char32_t cp = cps[k].cp;
    const bool next_digit = k + 1 < to && is_digit_cp(cps[k + 1].cp);
    if (is_digit_cp(cp) || cp == '%' || cp == 0x066A) {
      end = k + 1;
    } else if (cp == ' ' ||
               ((cp == ',' || cp == '.' || cp == 0x066B || cp == 0x066C) && next_digit)) {
      continue;
    } else {
      break;
    }
  }
  out.push_back({cps[from].pos, cps[end - 1].pos + cps[end - 1].len});
}

}  // namespace

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::vector<ByteRange> rtl_runs(std::string_view text) {
  const auto cps = code_points(text);
  std::vector<ByteRange> out;
  std::size_t stretch = 0;  // start of the current stretch
  std::size_t i = 0;
  while (i < cps.size()) {
    const char32_t cp = cps[i].cp;
    if (const char32_t close = closing_quote(cp); close != 0) {
      std::size_t j = i + 1;
      bool rtl = false;
      for (; j < cps.size() && cps[j].cp != close; ++j) {
        if (is_rtl(cps[j].cp)) rtl = true;
      }
      if (j < cps.size() && rtl) {
        add_stretch(cps, stretch, i, out);
        if (j > i + 1) out.push_back({cps[i + 1].pos, cps[j].pos});
        i = j + 1;
        stretch = i;
        continue;
      }
    }
    if (is_ltr(cp) || is_delimiter(cp)) {
      add_stretch(cps, stretch, i, out);
      stretch = i + 1;
    }
    ++i;
  }
  add_stretch(cps, stretch, cps.size(), out);
  return out;
}

std::string without_bidi_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const auto& c : code_points(text)) {
    if (is_bidi_control(c.cp)) continue;
    if (c.cp == kReplacement) {
      util::append_utf8(out, c.cp);
    } else {
      out.append(text, c.pos, c.len);
    }
  }
  return out;
}

std::string plain_isolated(std::string_view text, bool keep_line_breaks) {
  const auto runs = rtl_runs(text);
  std::string out;
  out.reserve(text.size() + 6 * runs.size());
  std::size_t next = 0;  // the next run
  for (const auto& c : code_points(text)) {
    if (next < runs.size() && c.pos == runs[next].start) out += "\u2068";
    if (is_bidi_control(c.cp)) {
      // removed
    } else if (keep_line_breaks && (c.cp == '\n' || c.cp == '\r')) {
      out += static_cast<char>(c.cp);
    } else if (c.cp < 0x20 || c.cp == 0x7F || (c.cp >= 0x80 && c.cp < 0xA0) || c.cp == 0x2028 ||
               c.cp == 0x2029) {
      out += ' ';
    } else if (c.cp == kReplacement) {
      util::append_utf8(out, c.cp);
    } else {
      out.append(text, c.pos, c.len);
    }
    if (next < runs.size() && c.pos + c.len == runs[next].end) {
      out += "\u2069";
      ++next;
    }
  }
  return out;
}

}  // namespace fc::report
