// SPEC.md "The Markdown report". Every piece of text that comes from a source (quotes,
// outlets, keys, paths, messages built from them) goes through escape_text, and each
// quote or name inside a table is isolated (FSI … PDI) so Arabic reads right to left
// without moving the numbers and cells around it.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include "factcheck/report/gate.hpp"
#include "factcheck/report/markdown_text.hpp"
#include "factcheck/report/report.hpp"
#include "factcheck/report/stream_buffer.hpp"

namespace fc::report {

namespace {

/// Longer lists are folded into <details>.
constexpr std::size_t kFoldSingleSource = 5;
/// Claims named per reason in the "Not compared" section; the JSON report lists them all.
constexpr std::size_t kNotComparedShown = 5;
constexpr std::size_t kFoldRows = 20;
/// Most dates drawn in the Mermaid timeline; the table lists all.
constexpr std::size_t kMaxMermaidDates = 60;

const FindingKind kKinds[] = {FindingKind::kContradiction, FindingKind::kDateInconsistency,
                              FindingKind::kCorroboration, FindingKind::kSingleSource};
const Severity kSeverities[] = {Severity::kError, Severity::kWarning, Severity::kInfo};

std::string format_number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 1e15 && v == std::floor(v)) {
    return std::to_string(static_cast<long long>(v));
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

/// The value a mention stands for, in plain ASCII: "2500", "2000–3000", "2003-03-20".
std::string value_of(const Mention& m) {
  if (m.kind == MentionKind::kDate || m.kind == MentionKind::kDuration) {
    if (!m.date_value.empty()) return m.date_value;
    if (!m.earliest.empty()) return m.earliest + (m.latest != m.earliest ? "…" + m.latest : "");
    return "?";
  }
  std::string out;
  if (m.kind == MentionKind::kChange && m.from && m.to) {
    out = format_number(*m.from) + " → " + format_number(*m.to);
  } else if (m.value) {
    out = format_number(*m.value);
  } else if (m.low && m.high) {
    out = *m.low == *m.high ? format_number(*m.low)
                            : format_number(*m.low) + "–" + format_number(*m.high);
  } else {
    out = "?";
  }
  if (m.kind == MentionKind::kPercent) out += "%";
  if (m.approximate) out = "≈" + out;
  return out;
}

/// Pieces that TextOut makes straight into its buffer, with no string of their own:
/// escape_text, isolated_text, a claim's quote and value cells.
struct Escaped {
  std::string_view text;
};
struct Isolated {
  std::string_view text;
};
/// A message: escaped, its quoted and Arabic runs isolated.
struct Message {
  std::string_view text;
};
struct QuoteCell {
  const Claim& claim;
};
struct ValueCell {
  const Claim& claim;
};

/// The Markdown writer's output: << of text, integers (as << prints them, through
/// std::to_chars) and the pieces above, into a StreamBuffer.
class TextOut {
 public:
  explicit TextOut(std::ostream& out) : out_(out) {}

  TextOut& operator<<(std::string_view text) {
    buffer_ += text;
    return flush_if_full();
  }
  TextOut& operator<<(const std::string& text) { return *this << std::string_view(text); }
  TextOut& operator<<(const char* text) { return *this << std::string_view(text); }
  TextOut& operator<<(char c) {
    buffer_ += c;
    return *this;
  }
  TextOut& operator<<(Escaped piece) {
    append_escaped(buffer_, piece.text);
    return flush_if_full();
  }
  TextOut& operator<<(Isolated piece) {
    append_isolated(buffer_, piece.text);
    return flush_if_full();
  }
  TextOut& operator<<(Message piece) {
    append_message(buffer_, piece.text);
    return flush_if_full();
  }
  TextOut& operator<<(QuoteCell cell);
  TextOut& operator<<(ValueCell cell);
  template <class T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, char> && !std::is_same_v<T, bool>) TextOut&
  operator<<(T value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    return *this << std::string_view(digits, static_cast<std::size_t>(end - digits));
  }

  void flush() { out_.flush(); }

 private:
  TextOut& flush_if_full() {
    out_.flush_if_full();
    return *this;
  }

  StreamBuffer out_;
  std::string& buffer_ = out_.text();
};

/// The quote with the figure in bold, isolated.
TextOut& TextOut::operator<<(QuoteCell cell) {
  const Claim& c = cell.claim;
  if (c.quote.empty()) return *this << Isolated{c.mention.text};
  const std::size_t start = c.mention.span.start >= c.quote_start
                                ? c.mention.span.start - c.quote_start
                                : std::string::npos;
  const std::size_t end = start == std::string::npos ? start : start + c.mention.text.size();
  buffer_ += kIsolateOpen;
  append_marked_quote(buffer_, c.quote, start, end);
  buffer_ += kIsolateClose;
  return flush_if_full();
}

/// "2,500 (2500)": the text as written and the value it stands for.
void append_value_cell(std::string& out, const Claim& c) {
  const std::string value = value_of(c.mention);
  append_isolated(out, c.mention.text);
  if (value != c.mention.text) {
    out += " (";
    append_escaped(out, value);
    out += ")";
  }
}

TextOut& TextOut::operator<<(ValueCell cell) {
  append_value_cell(buffer_, cell.claim);
  return flush_if_full();
}

class MarkdownWriter {
  struct ClaimRef;

 public:
  MarkdownWriter(const Report& report, std::ostream& out) : rep_(report), out_(out) {
    // Each source's label and escaped path are made once: a large archive's report
    // prints them on hundreds of thousands of rows.
    for (const auto& s : rep_.sources) {
      Known& k = sources_[s.id];
      k = Known{&s, {}, s.path.empty() ? std::string() : escape_text(s.path + ":")};
      k.label = make_label(s.id);  // reads the source just recorded
    }
    // A claim row looks its claim up once and finds its source with it.
    claims_.reserve(rep_.claims.size());
    for (const auto& c : rep_.claims) {
      const auto it = sources_.find(c.source);
      claims_.insert_or_assign(c.id, ClaimRef{&c, it == sources_.end() ? nullptr : &it->second});
    }
    findings_ = findings_in_order(rep_.findings);
  }

  void write() {
    header();
    summary();
    contradictions();
    corroborations();
    single_source();
    if (!rep_.not_compared.empty()) not_compared();
    if (!rep_.draft.empty()) unverified();
    timeline();
    problems();
    out_.flush();
  }

 private:
  /// A claim by id, with its source's Known; nullptr when the report does not hold it.
  const ClaimRef* claim_ref(std::string_view id) const {
    const auto it = claims_.find(id);
    return it == claims_.end() ? nullptr : &it->second;
  }
  const Claim* claim(const std::string& id) const {
    const ClaimRef* ref = claim_ref(id);
    return ref == nullptr ? nullptr : ref->claim;
  }
  const Source* source(const std::string& id) const {
    const auto it = sources_.find(id);
    return it == sources_.end() ? nullptr : it->second.source;
  }

  /// "path:line" of a claim, escaped.
  std::string location(const Claim& c) const {
    const auto it = sources_.find(c.source);
    return location(ClaimRef{&c, it == sources_.end() ? nullptr : &it->second});
  }
  std::string location(const ClaimRef& ref) const {
    const Claim& c = *ref.claim;
    // "path:" escapes alone as it does before the digits of the line.
    if (ref.source != nullptr && !ref.source->path_prefix.empty()) {
      return ref.source->path_prefix + std::to_string(c.mention.span.line);
    }
    const Source* s = source(c.source);
    const std::string path = s != nullptr && !s->path.empty() ? s->path : c.source;
    return escape_text(path + ":" + std::to_string(c.mention.span.line));
  }

  /// "000 · outlet" with the outlet isolated.
  std::string source_label(const std::string& id) const {
    const auto it = sources_.find(id);
    return it != sources_.end() ? it->second.label : make_label(id);
  }
  std::string make_label(const std::string& id) const {
    std::string out = escape_text(id);
    const Source* s = source(id);
    if (s != nullptr && !s->outlet.empty()) out += " · " + isolated_text(s->outlet);
    if (id == rep_.draft) out += " (draft)";
    return out;
  }

  /// ValueCell as a string (the corroborations table lists distinct values).
  static std::string value_cell(const Claim& c) {
    std::string out;
    append_value_cell(out, c);
    return out;
  }

  /// " · known", " · suppressed: why" and the like for a finding.
  std::string status(const Finding& f) const {
    std::string out;
    if (!rep_.baseline.empty() || f.baseline == "known") {
      out += f.baseline == "known" ? " · known" : " · new";
    }
    if (f.suppressed) out += " · suppressed";
    return out;
  }

  void header() {
    out_ << "# Fact-consistency report\n\n";
    out_ << "factcheck " << escape_text(rep_.tool_version) << " · " << rep_.sources.size()
         << (rep_.sources.size() == 1 ? " source" : " sources") << " · " << rep_.claims.size()
         << (rep_.claims.size() == 1 ? " claim" : " claims") << " · " << rep_.findings.size()
         << (rep_.findings.size() == 1 ? " finding" : " findings") << "\n\n";
    if (!rep_.draft.empty()) {
      out_ << "Draft mode: only findings that involve the draft " << source_label(rep_.draft)
           << " are listed.\n\n";
    }
    if (!rep_.baseline.empty()) {
      out_ << "Baseline: " << escape_text(rep_.baseline)
           << ". Findings it already holds are marked known and do not fail the run.\n\n";
    }
  }

  void summary() {
    out_ << "## Summary\n\n";
    std::map<std::pair<FindingKind, Severity>, int> counts;
    int suppressed = 0;
    int known = 0;
    for (const auto* f : findings_) {
      ++counts[{f->kind, f->severity}];
      suppressed += f->suppressed ? 1 : 0;
      known += f->baseline == "known" ? 1 : 0;
    }
    out_ << "| Finding | error | warning | info | total |\n| --- | ---: | ---: | ---: | ---: |\n";
    int totals[3] = {0, 0, 0};
    for (const auto kind : kKinds) {
      out_ << "| " << to_string(kind);
      int row = 0;
      for (int i = 0; i < 3; ++i) {
        const int n = counts[{kind, kSeverities[i]}];
        totals[i] += n;
        row += n;
        out_ << " | " << n;
      }
      out_ << " | " << row << " |\n";
    }
    out_ << "| all | " << totals[0] << " | " << totals[1] << " | " << totals[2] << " | "
         << (totals[0] + totals[1] + totals[2]) << " |\n\n";
    if (suppressed > 0 || known > 0) {
      out_ << suppressed << " suppressed, " << known << " known from the baseline.\n\n";
    }
    out_ << "| Source | Outlet | Language | Published | Date from | File |\n"
         << "| --- | --- | --- | --- | --- | --- |\n";
    for (const auto& s : rep_.sources) {
      out_ << "| " << escape_text(s.id) << (s.id == rep_.draft ? " (draft)" : "") << " | "
           << (s.outlet.empty() ? "" : isolated_text(s.outlet)) << " | "
           << escape_text(s.language.empty() ? "?" : s.language) << " | "
           << (s.published ? util::to_iso(*s.published) : "unknown") << " | "
           << to_string(s.published_from);
      if (!s.published_note.empty()) out_ << ": " << isolated_text(s.published_note);
      out_ << " | " << escape_text(s.path) << " |\n";
    }
    if (rep_.sources.empty()) out_ << "| (none) | | | | | |\n";
    out_ << "\n";
  }

  void claims_table(const Finding& f) {
    out_ << "| Source | Value | Location | Quote |\n| --- | --- | --- | --- |\n";
    // check --db quotes a bounded number of a finding's archive claims: the others are
    // counted in one row rather than listed, one empty row each.
    std::size_t unquoted = 0;
    for (const auto& id : f.claims) {
      const ClaimRef* ref = claim_ref(id);
      if (ref == nullptr) {
        ++unquoted;
        continue;
      }
      const Claim& c = *ref->claim;
      out_ << "| " << (ref->source != nullptr ? ref->source->label : make_label(c.source)) << " | "
           << ValueCell{c} << " | " << location(*ref) << " | " << QuoteCell{c} << " |\n";
    }
    if (unquoted > 0) {
      out_ << "| | | and " << unquoted << " more (their ids are in the JSON report) | |\n";
    }
    out_ << "\n";
  }

  void finding_notes(const Finding& f) {
    out_ << Message{f.message} << "\n\n";
    out_ << "Finding " << code_span(f.id);
    if (!f.baseline.empty() && (!rep_.baseline.empty() || f.baseline == "known")) {
      out_ << " (" << f.baseline << ")";
    }
    out_ << ".";
    if (f.suppressed) out_ << " Suppressed: " << escape_text(f.suppression_reason) << ".";
    out_ << "\n\n";
  }

  void contradictions() {
    out_ << "## Contradictions\n\n";
    int n = 0;
    for (const auto* f : findings_) {
      if (f->kind != FindingKind::kContradiction && f->kind != FindingKind::kDateInconsistency) {
        continue;
      }
      ++n;
      out_ << "### " << n << ". " << Isolated{f->key.empty() ? "(no key)" : f->key} << " — "
           << to_string(f->kind) << ", " << to_string(f->severity) << status(*f) << "\n\n";
      finding_notes(*f);
      claims_table(*f);
    }
    if (n == 0) out_ << "No contradictions found.\n\n";
  }

  void corroborations() {
    out_ << "## Corroborated claims\n\n";
    std::vector<const Finding*> list;
    for (const auto* f : findings_) {
      if (f->kind == FindingKind::kCorroboration) list.push_back(f);
    }
    if (list.empty()) {
      out_ << "No claim is confirmed by more than one source.\n\n";
      return;
    }
    const bool fold = list.size() > kFoldRows;
    if (fold) open_fold(std::to_string(list.size()) + " corroborated claims.");
    out_ << "| Claim | Values | Sources | Finding |\n| --- | --- | --- | --- |\n";
    for (const auto* f : list) {
      std::vector<std::string> values;
      std::vector<std::string> where;
      // check --db quotes a bounded number of a long corroboration's archive claims.
      std::size_t unquoted = 0;
      for (const auto& id : f->claims) {
        const ClaimRef* ref = claim_ref(id);
        if (ref == nullptr) {
          ++unquoted;
          continue;
        }
        const std::string v = value_cell(*ref->claim);
        if (std::find(values.begin(), values.end(), v) == values.end()) values.push_back(v);
        where.push_back(location(*ref));
      }
      out_ << "| " << Isolated{f->key} << " | ";
      for (std::size_t i = 0; i < values.size(); ++i) out_ << (i ? ", " : "") << values[i];
      out_ << " | ";
      for (std::size_t i = 0; i < where.size(); ++i) out_ << (i ? ", " : "") << where[i];
      if (unquoted > 0) {
        out_ << (where.empty() ? "" : ", ") << "and " << unquoted
             << " more (their ids are in the JSON report)";
      }
      out_ << " | " << code_span(f->id) << status(*f) << " |\n";
    }
    out_ << "\n";
    if (fold) out_ << "</details>\n\n";
  }

  /// A long table folded: what it holds said on a plain line first, so that a renderer
  /// that drops <details> and <summary> (or raw HTML altogether) still shows a readable
  /// line and the table, and GitHub shows the line and a folded table.
  void open_fold(const std::string& escaped_line) {
    out_ << escaped_line << "\n\n<details><summary>Show the table</summary>\n\n";
  }

  void claim_rows(const std::vector<std::pair<const Claim*, const Finding*>>& rows) {
    out_ << "| Claim | Value | Line | Quote |\n| --- | --- | ---: | --- |\n";
    for (const auto& [c, f] : rows) {
      out_ << "| " << Isolated{c->key.empty() ? "(no key)" : c->key};
      if (f != nullptr) out_ << status(*f);
      out_ << " | " << ValueCell{*c} << " | " << c->mention.span.line << " | " << QuoteCell{*c}
           << " |\n";
    }
    out_ << "\n";
  }

  void single_source() {
    out_ << "## Single-source claims\n\n";
    std::map<std::string, std::vector<std::pair<const Claim*, const Finding*>>> per_source;
    for (const auto* f : findings_) {
      if (f->kind != FindingKind::kSingleSource) continue;
      for (const auto& id : f->claims) {
        const Claim* c = claim(id);
        if (c != nullptr) per_source[c->source].emplace_back(c, f);
      }
    }
    if (per_source.empty()) {
      out_ << "None.\n\n";
      return;
    }
    // Sources in report order, not by id.
    for (const auto& s : rep_.sources) {
      auto it = per_source.find(s.id);
      if (it == per_source.end()) continue;
      auto& rows = it->second;
      std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.first->mention.span.start < b.first->mention.span.start;
      });
      out_ << "### " << source_label(s.id) << "\n\n";
      const bool fold = rows.size() > kFoldSingleSource;
      if (fold) {
        open_fold(std::to_string(rows.size()) + " claims only " + escape_text(s.id) + " makes.");
      }
      claim_rows(rows);
      if (fold) out_ << "</details>\n\n";
      per_source.erase(it);
    }
    for (const auto& [id, rows] : per_source) {  // claims of sources the report lacks
      out_ << "### " << escape_text(id) << "\n\n";
      claim_rows(rows);
    }
  }

  /// Claims in no finding, by reason: how many, and the first few of each (issue 17).
  void not_compared() {
    out_ << "## Not compared\n\n";
    std::map<std::string, std::vector<const NotCompared*>> by_reason;
    for (const auto& n : rep_.not_compared) by_reason[n.reason].push_back(&n);
    out_ << "| Reason | Claims | First claims |\n| --- | ---: | --- |\n";
    for (const auto& [reason, list] : by_reason) {
      out_ << "| " << escape_text(reason) << " | " << list.size() << " | ";
      for (std::size_t i = 0; i < list.size() && i < kNotComparedShown; ++i) {
        out_ << (i ? ", " : "") << code_span(list[i]->claim);
      }
      if (list.size() > kNotComparedShown) out_ << " ...";
      out_ << " |\n";
    }
    out_ << "\n";
  }

  void unverified() {
    out_ << "## Unverified draft claims\n\n";
    const auto list = unverified_draft_claims(rep_);
    if (list.empty()) {
      out_ << "Every claim of the draft is confirmed or contradicted by another source.\n\n";
      return;
    }
    out_ << list.size() << (list.size() == 1 ? " claim" : " claims")
         << " of the draft that no other source confirms.\n\n";
    std::vector<std::pair<const Claim*, const Finding*>> rows;
    for (const auto* c : list) rows.emplace_back(c, nullptr);
    claim_rows(rows);
  }

  void timeline() {
    out_ << "## Timeline\n\n";
    std::vector<const Claim*> dated;
    for (const auto& c : rep_.claims) {
      // An event needs a name: a bare "today" or a dateline is not one.
      if (c.mention.kind == MentionKind::kDate && !c.mention.unresolved &&
          !c.mention.earliest.empty() && !c.event.empty()) {
        dated.push_back(&c);
      }
    }
    if (dated.empty()) {
      out_ << "No dated events.\n\n";
      return;
    }
    std::stable_sort(dated.begin(), dated.end(), [](const Claim* a, const Claim* b) {
      return std::tie(a->mention.earliest, a->mention.latest) <
             std::tie(b->mention.earliest, b->mention.latest);
    });
    // Mermaid: one line per date, its events with the sources that date them.
    std::vector<std::pair<std::string, std::map<std::string, std::set<std::string>>>> dates;
    for (const auto* c : dated) {
      const std::string when = value_of(c->mention);
      if (dates.empty() || dates.back().first != when) dates.push_back({when, {}});
      dates.back().second[c->event].insert(c->source);
    }
    out_ << "```mermaid\ntimeline\n    title Dated events across sources\n";
    const std::size_t drawn = std::min(dates.size(), kMaxMermaidDates);
    for (std::size_t i = 0; i < drawn; ++i) {
      out_ << "    " << mermaid_text(dates[i].first);
      for (const auto& [what, srcs] : dates[i].second) {
        std::string label = what;
        label += " (";
        bool first = true;
        for (const auto& s : srcs) {
          label += (first ? "" : ", ") + s;
          first = false;
        }
        label += ")";
        const std::string text = mermaid_text(label);
        out_ << " : " << (text.empty() ? "event" : text);
      }
      out_ << "\n";
    }
    out_ << "```\n\n";
    if (drawn < dates.size()) {
      out_ << "The diagram shows the first " << drawn << " of " << dates.size()
           << " dates; the table lists all.\n\n";
    }
    const bool fold = dated.size() > kFoldRows;
    if (fold) open_fold(std::to_string(dated.size()) + " dated mentions.");
    out_ << "| Date | Event | Source | Location | Quote |\n| --- | --- | --- | --- | --- |\n";
    for (const auto* c : dated) {
      out_ << "| " << Escaped{value_of(c->mention)} << " | " << Isolated{c->event} << " | "
           << source_label(c->source) << " | " << location(*c) << " | " << QuoteCell{*c} << " |\n";
    }
    out_ << "\n";
    if (fold) out_ << "</details>\n\n";
  }

  void problems() {
    out_ << "## Input problems\n\n";
    if (rep_.problems.empty() && rep_.warnings.empty()) {
      out_ << "None.\n";
      return;
    }
    out_ << "| Kind | File | Line | Column | Problem |\n| --- | --- | ---: | ---: | --- |\n";
    auto rows = [&](const std::vector<Problem>& list, const char* kind) {
      for (const auto& p : list) {
        out_ << "| " << kind << " | " << escape_text(p.source) << " | " << p.line << " | "
             << p.column << " | " << isolated_text(p.message) << " |\n";
      }
    };
    rows(rep_.problems, "error");
    rows(rep_.warnings, "warning");
  }

  const Report& rep_;
  /// By id: views of the claims' own ids (the report outlives the writer).
  std::unordered_map<std::string_view, ClaimRef> claims_;
  /// A source of the report, with what its rows print, made once.
  struct Known {
    const Source* source = nullptr;
    std::string label;        ///< source_label
    std::string path_prefix;  ///< escaped "path:"; empty when the source has no path
  };
  std::unordered_map<std::string, Known> sources_;
  /// A claim and its source's Known (nullptr when the source is not in the report).
  struct ClaimRef {
    const Claim* claim = nullptr;
    const Known* source = nullptr;
  };

  std::vector<const Finding*> findings_;
  TextOut out_;
};

}  // namespace

void write_markdown(const Report& report, std::ostream& out) {
  MarkdownWriter(report, out).write();
}

std::string to_markdown(const Report& report) {
  std::ostringstream out;
  write_markdown(report, out);
  return out.str();
}

}  // namespace fc::report
