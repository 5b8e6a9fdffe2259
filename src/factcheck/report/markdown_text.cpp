#include "factcheck/report/markdown_text.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "factcheck/report/bidi_text.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::report {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

/// Characters that end a line or are invisible controls: shown as a space.
bool is_break_or_control(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029;
}

/// ASCII punctuation that CommonMark, GFM or GitHub (math, mentions) give a meaning to
/// anywhere in a line. `.` and `:` are handled with their context (autolinks).
constexpr bool needs_escape(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '{':
    case '}':
    case '[':
    case ']':
    case '<':
    case '>':
    case '(':
    case ')':
    case '#':
    case '!':
    case '|':
    case '~':
    case '&':
    case '$':
    case '@':
    case '=':
      return true;
    default:
      return false;
  }
}

/// Calls fn(cp, byte_offset, byte_length) for each code point; invalid bytes are U+FFFD.
template <class Fn>
void for_each_cp(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t len = 1;
    const auto cp = util::decode_utf8(text, pos, len);
    fn(cp ? *cp : kReplacement, pos, len);
    pos += len;
  }
}

/// The last three unescaped characters seen (non-ASCII as '\x01'), for "www." autolinks.
class Tail {
 public:
  void push(char c) {
    tail_[0] = tail_[1];
    tail_[1] = tail_[2];
    tail_[2] = c;
    if (seen_ < 3) ++seen_;
  }
  [[nodiscard]] bool ends_with_www() const {
    if (seen_ < 3) return false;
    for (char c : tail_) {
      if ((c | 0x20) != 'w') return false;
    }
    return true;
  }

 private:
  char tail_[3] = {0, 0, 0};
  int seen_ = 0;
};

/// Punctuation or white space for CommonMark's emphasis flanking rules.
bool is_punct_or_space(char32_t cp) {
  return u_ispunct(static_cast<UChar32>(cp)) || u_isUWhiteSpace(static_cast<UChar32>(cp)) ||
         (cp < 0x80 &&
          std::string_view("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").find(static_cast<char>(cp)) !=
              std::string_view::npos);
}

std::optional<char32_t> first_cp(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::size_t len = 1;
  return util::decode_utf8_or(s, 0, len, kReplacement);
}

std::optional<char32_t> last_cp(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::size_t pos = s.size() - 1;
  while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  std::size_t len = 1;
  return util::decode_utf8_or(s, pos, len, kReplacement);
}

/// Start of the code point `n` code points before `pos` (or 0).
std::size_t back_cps(std::string_view s, std::size_t pos, std::size_t n) {
  while (pos > 0 && n > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    --n;
  }
  return pos;
}

/// End of the code point `n` code points after `pos` (or the end).
std::size_t forward_cps(std::string_view s, std::size_t pos, std::size_t n) {
  while (pos < s.size() && n > 0) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    --n;
  }
  return pos;
}

/// Whether the code point starting at byte `pos` is white space.
bool space_at(std::string_view s, std::size_t pos) {
  std::size_t len = 1;
  return u_isUWhiteSpace(static_cast<UChar32>(util::decode_utf8_or(s, pos, len, kReplacement)));
}

/// Whether the code point ending at byte `pos` is white space.
bool space_before(std::string_view s, std::size_t pos) {
  std::size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return space_at(s, start);
}

/// A cut at `from` moved forward to the start of a word: past the rest of the word it
/// falls in and the spaces after it. When that would leave nothing before `limit` (the
/// window held one word longer than itself) the cut stays inside the word.
std::size_t word_start_at_or_after(std::string_view s, std::size_t from, std::size_t limit) {
  if (from == 0) return 0;
  std::size_t pos = from;
  if (!space_before(s, pos)) {
    while (pos < limit && !space_at(s, pos)) pos = forward_cps(s, pos, 1);
  }
  while (pos < limit && space_at(s, pos)) pos = forward_cps(s, pos, 1);
  return pos >= limit ? from : pos;
}

/// A cut at `to` moved back to the end of a word: before the part of the word it falls
/// in and the spaces before it; inside the word when that would leave nothing after `limit`.
std::size_t word_end_at_or_before(std::string_view s, std::size_t to, std::size_t limit) {
  if (to >= s.size()) return s.size();
  std::size_t pos = to;
  if (!space_at(s, pos)) {
    while (pos > limit && !space_before(s, pos)) pos = back_cps(s, pos, 1);
  }
  while (pos > limit && space_before(s, pos)) pos = back_cps(s, pos, 1);
  return pos <= limit ? to : pos;
}

bool is_boundary(std::string_view s, std::size_t pos) {
  return pos == 0 || pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}

/// Escapes one code point (`len` bytes at `pos` of `text`) onto `out`.
void escape_one(std::string& out, Tail& raw, std::string_view text, char32_t cp, std::size_t pos,
                std::size_t len) {
  if (is_bidi_control(cp)) return;
  if (is_break_or_control(cp)) {
    out += ' ';
    raw.push(' ');
    return;
  }
  if (cp >= 0x80) {
    // A valid code point is copied as written (its bytes are its only encoding).
    if (cp == kReplacement && !(len == 3 && text.compare(pos, 3, "\xEF\xBF\xBD") == 0)) {
      util::append_utf8(out, cp);
    } else {
      out.append(text, pos, len);
    }
    raw.push('\x01');
    return;
  }
  const char c = static_cast<char>(cp);
  bool escape = needs_escape(c);
  // Autolinks: "http://", "x@y.z" and "www." become links on GitHub; breaking the
  // trigger with a backslash keeps them text.
  if (c == ':' && pos + 1 < text.size() && text[pos + 1] == '/') escape = true;
  if (c == '.' && raw.ends_with_www()) escape = true;
  // GFM's autolink extension makes "x@y.z" a mailto: link even with the '@' escaped: an
  // element around the '@' splits the text it scans (and shows the same character).
  if (c == '@') {
    out += "<span>@</span>";
    raw.push(c);
    return;
  }
  if (escape) out += '\\';
  out += c;
  raw.push(c);
}

/// ASCII bytes escape_one copies unchanged whatever surrounds them: printable, not
/// escaped, and neither ':' nor '.' (which look at their neighbours).
constexpr std::array<bool, 128> kPlainAscii = [] {
  std::array<bool, 128> plain{};
  for (int c = 0x20; c < 0x7F; ++c) {
    plain[static_cast<std::size_t>(c)] =
        !needs_escape(static_cast<char>(c)) && c != ':' && c != '.';
  }
  return plain;
}();

/// End of the run of characters from `pos` that are copied as they are: plain ASCII and
/// two-byte sequences of the Arabic block (U+0600–U+06FF, none a control or bidi mark).
std::size_t plain_run_end(std::string_view text, std::size_t pos) {
  const std::size_t n = text.size();
  while (pos < n) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (!kPlainAscii[b]) break;
      ++pos;
    } else if (b >= 0xD8 && b <= 0xDB && pos + 1 < n &&
               (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80) {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

/// Pushes onto `raw` the last (at most three) characters of a plain run.
void push_run_tail(Tail& raw, std::string_view run) {
  char last[3];
  int count = 0;
  std::size_t end = run.size();
  while (end > 0 && count < 3) {
    // A byte of 0x80 or more ends a two-byte sequence of the run.
    const auto b = static_cast<unsigned char>(run[end - 1]);
    last[count++] = b < 0x80 ? static_cast<char>(b) : '\x01';
    end -= b < 0x80 ? 1 : 2;
  }
  while (count > 0) raw.push(last[--count]);
}

}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped(out, text);
  return out;
}

void append_escaped(std::string& out, std::string_view text) {
  Tail raw;  // the unescaped ASCII seen so far, for context (www.)
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Runs that need nothing are copied whole; the rest one code point at a time.
    const std::size_t run = plain_run_end(text, pos);
    if (run > pos) {
      out.append(text, pos, run - pos);
      push_run_tail(raw, text.substr(pos, run - pos));
      pos = run;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = util::decode_utf8_or(text, pos, len, kReplacement);
    escape_one(out, raw, text, cp, pos, len);
    pos += len;
  }
}

std::string isolate(std::string_view escaped) {
  std::string out(kIsolateOpen);
  out += escaped;
  out += kIsolateClose;
  return out;
}

std::string isolated_text(std::string_view text) { return isolate(escape_text(text)); }

void append_isolated(std::string& out, std::string_view text) {
  out += kIsolateOpen;
  append_escaped(out, text);
  out += kIsolateClose;
}

void append_message(std::string& out, std::string_view text) {
  std::size_t pos = 0;
  for (const auto& run : rtl_runs(text)) {
    append_escaped(out, text.substr(pos, run.start - pos));
    append_isolated(out, text.substr(run.start, run.end - run.start));
    pos = run.end;
  }
  append_escaped(out, text.substr(pos));
}

std::string message_text(std::string_view text) {
  std::string out;
  append_message(out, text);
  return out;
}

std::string code_span(std::string_view text) {
  // Ids and keys are mostly printable ASCII without backticks, which need nothing more
  // than a fence of one (the loop below gives the same for them).
  const bool plain = !text.empty() && text.front() != ' ' &&
                     std::all_of(text.begin(), text.end(),
                                 [](char c) { return c >= 0x20 && c < 0x7F && c != '`'; });
  if (plain) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '`';
    out += text;
    out += '`';
    return out;
  }
  std::string clean;
  std::size_t run = 0;
  std::size_t longest = 0;
  for_each_cp(text, [&](char32_t cp, std::size_t, std::size_t) {
    if (is_bidi_control(cp)) return;
    if (is_break_or_control(cp)) cp = ' ';
    if (cp == '`') {
      longest = std::max(longest, ++run);
    } else {
      run = 0;
    }
    util::append_utf8(clean, cp);
  });
  if (clean.empty()) return "` `";
  const std::string fence(longest + 1, '`');
  // A span that starts or ends with a backtick needs a space inside the fence.
  const bool pad = clean.front() == '`' || clean.back() == '`' || clean.front() == ' ';
  return fence + (pad ? " " : "") + clean + (pad ? " " : "") + fence;
}

std::string marked_quote(std::string_view quote, std::size_t mark_start, std::size_t mark_end,
                         std::size_t context) {
  std::string out;
  append_marked_quote(out, quote, mark_start, mark_end, context);
  return out;
}

void append_marked_quote(std::string& out, std::string_view quote, std::size_t mark_start,
                         std::size_t mark_end, std::size_t context) {
  const bool valid = mark_start < mark_end && mark_end <= quote.size() &&
                     is_boundary(quote, mark_start) && is_boundary(quote, mark_end);
  // A quote is cut between words, never inside one ("…" marks the cut).
  if (!valid) {
    const std::size_t end = word_end_at_or_before(quote, forward_cps(quote, 0, 2 * context), 0);
    append_escaped(out, quote.substr(0, end));
    if (end < quote.size()) out += "…";
    return;
  }
  const std::size_t from =
      word_start_at_or_after(quote, back_cps(quote, mark_start, context), mark_start);
  const std::size_t to =
      word_end_at_or_before(quote, forward_cps(quote, mark_end, context), mark_end);
  const std::string_view before = quote.substr(from, mark_start - from);
  const std::string_view figure = quote.substr(mark_start, mark_end - mark_start);
  const std::string_view after = quote.substr(mark_end, to - mark_end);
  // CommonMark opens `**` only before a non-punctuation character or after a space or
  // punctuation, and closes it symmetrically; where a figure such as "50٪" followed by a
  // letter breaks that rule, <b> (which GitHub keeps) marks it instead.
  const auto f0 = first_cp(figure);
  const auto f1 = last_cp(figure);
  const auto prev = last_cp(before);
  const auto next = first_cp(after);
  const bool opens = !u_isUWhiteSpace(static_cast<UChar32>(*f0)) &&
                     (!is_punct_or_space(*f0) || !prev || is_punct_or_space(*prev));
  const bool closes = !u_isUWhiteSpace(static_cast<UChar32>(*f1)) &&
                      (!is_punct_or_space(*f1) || !next || is_punct_or_space(*next));
  const char* open = opens && closes ? "**" : "<b>";
  const char* close = opens && closes ? "**" : "</b>";
  if (from > 0) out += "…";
  append_escaped(out, before);
  out += open;
  append_escaped(out, figure);
  out += close;
  append_escaped(out, after);
  if (to < quote.size()) out += "…";
}

std::string mermaid_text(std::string_view text) {
  std::string out;
  for_each_cp(text, [&](char32_t cp, std::size_t, std::size_t) {
    const bool keep_ascii =
        cp < 0x80 && (std::isalnum(static_cast<unsigned char>(cp)) || cp == ' ' || cp == '-' ||
                      cp == '_' || cp == '.' || cp == ',' || cp == '(' || cp == ')');
    const bool keep_other = cp >= 0xA0 && !is_bidi_control(cp) && !is_break_or_control(cp) &&
                            u_charType(static_cast<UChar32>(cp)) != U_FORMAT_CHAR;
    if (keep_ascii || keep_other) {
      util::append_utf8(out, cp);
    } else if (out.empty() || out.back() != ' ') {
      out += ' ';
    }
  });
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

}  // namespace fc::report
