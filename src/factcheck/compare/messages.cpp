#include "factcheck/compare/messages.hpp"

#include <algorithm>
#include <cmath>

#include "factcheck/util/civil_date.hpp"

namespace fc::compare::detail {

std::string day_text(std::int64_t d) { return util::to_iso(util::from_days(d)); }

void append_time(std::string& out, const Item& it) {
  if (!it.time_known) return;
  if (it.date_unknown) {
    out += " (no date given; the source's date is unknown)";
  } else if (it.time_implied) {
    out += " (no date given; published ";
    out += day_text(it.t_hi);
    out += ')';
  } else {
    out += " as of ";
    out += day_text(it.t_lo);
    if (it.t_lo != it.t_hi) {
      out += "..";
      out += day_text(it.t_hi);
    }
  }
}

std::string words(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

void append_key(std::string& out, const Claim& c, const rules::RuleSet& rules) {
  out += '"';
  const std::size_t counted = out.size();
  out += c.counted;
  // What narrows it, from the key ("inflation[%]+core,urban|..."): "core, urban".
  const std::string_view key = c.key;
  const std::size_t bar = std::min(key.find('|'), key.size());
  const std::size_t plus = key.substr(0, bar).find('+');
  if (plus != std::string_view::npos) {
    out += " (";
    for (const char ch : key.substr(plus + 1, bar - plus - 1))
      out += ch == ',' ? ", " : std::string(1, ch);
    out += ')';
  }
  std::replace(out.begin() + static_cast<std::ptrdiff_t>(counted), out.end(), '_', ' ');
  out += '"';
  if (!c.whose.empty()) {
    out += " (";
    for (std::size_t i = 0; i < c.whose.size(); ++i) {
      if (i) out += ", ";
      out += rules.place(c.whose[i]) != nullptr ? rules.place_label(c.whose[i]) : c.whose[i];
    }
    out += ')';
  }
  if (!c.where.empty()) {
    out += " in ";
    for (std::size_t i = 0; i < c.where.size(); ++i) {
      if (i) out += " and ";
      out += rules.place_label(c.where[i]);
    }
    if (c.where_implied) out += " (assumed: the article's main place)";
  }
}

std::string describe_key(const Claim& c, const rules::RuleSet& rules) {
  std::string out;
  append_key(out, c, rules);
  return out;
}

void append_say(std::string& out, const Item& it) {
  out += it.c->source;
  out += " says \"";
  out += it.c->mention.text;
  out += '"';
  if (!std::isinf(it.lo) && !std::isinf(it.hi)) {
    out += " [";
    out += fmt(it.lo);
    out += ", ";
    out += fmt(it.hi);
    out += ']';
  }
  append_time(out, it);
}
}  // namespace fc::compare::detail
