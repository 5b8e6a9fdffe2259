#include "factcheck/report/diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "factcheck/report/markdown_text.hpp"

namespace fc::report {

namespace {

std::vector<const Finding*> sorted(const Report& r) {
  std::vector<const Finding*> out;
  for (const auto& f : r.findings) out.push_back(&f);
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding* a, const Finding* b) { return finding_less(*a, *b); });
  return out;
}

/// "000: 2,500 (seeds/000.txt:11); 003: 2,600 (seeds/003.txt:4)" from the report's claims.
std::string values_of(const Finding& f, const Report& r) {
  std::string out;
  for (const auto& id : f.claims) {
    const auto it =
        std::find_if(r.claims.begin(), r.claims.end(), [&](const Claim& c) { return c.id == id; });
    if (!out.empty()) out += "; ";
    if (it == r.claims.end()) {
      out += escape_text(id);
      continue;
    }
    const auto src = std::find_if(r.sources.begin(), r.sources.end(),
                                  [&](const Source& s) { return s.id == it->source; });
    const std::string file = src != r.sources.end() && !src->path.empty() ? src->path : it->source;
    out += escape_text(it->source) + ": " + isolated_text(it->mention.text) + " (" +
           escape_text(file) + ":" + std::to_string(it->mention.span.line) + ")";
  }
  return out.empty() ? "(no claims)" : out;
}

}  // namespace

ReportDiff diff_reports(const Report& old_report, const Report& new_report) {
  ReportDiff d;
  std::set<std::string> old_ids;
  std::set<std::string> new_ids;
  for (const auto& f : old_report.findings) old_ids.insert(f.id);
  for (const auto& f : new_report.findings) new_ids.insert(f.id);
  std::vector<const Finding*> old_left;
  std::vector<const Finding*> new_left;
  for (const auto* f : sorted(old_report)) {
    if (new_ids.count(f->id) == 0) old_left.push_back(f);
  }
  for (const auto* f : sorted(new_report)) {
    if (old_ids.count(f->id) != 0) {
      d.unchanged.push_back(*f);
    } else {
      new_left.push_back(f);
    }
  }
  // Pair what is left by kind and key: the same finding whose values moved.
  std::map<std::pair<FindingKind, std::string>, std::vector<const Finding*>> old_by_key;
  for (const auto* f : old_left) old_by_key[{f->kind, f->key}].push_back(f);
  std::set<const Finding*> paired;
  for (const auto* f : new_left) {
    auto it = old_by_key.find({f->kind, f->key});
    if (it != old_by_key.end() && !f->key.empty() && !it->second.empty()) {
      const Finding* o = it->second.front();
      it->second.erase(it->second.begin());
      paired.insert(o);
      d.changed.emplace_back(*o, *f);
    } else {
      d.added.push_back(*f);
    }
  }
  for (const auto* f : old_left) {
    if (paired.count(f) == 0) d.resolved.push_back(*f);
  }
  return d;
}

std::string diff_to_markdown(const ReportDiff& d, const Report& old_report,
                             const Report& new_report, const std::string& old_name,
                             const std::string& new_name) {
  std::ostringstream out;
  out << "# Fact-consistency report diff\n\n";
  out << "From " << escape_text(old_name) << " to " << escape_text(new_name) << ": "
      << d.added.size() << " new, " << d.resolved.size() << " resolved, " << d.changed.size()
      << " changed, " << d.unchanged.size() << " unchanged.\n\n";
  auto heading = [](const Finding& f) {
    return std::string(to_string(f.kind)) + ", " + to_string(f.severity) + ": " +
           isolated_text(f.key.empty() ? "(no key)" : f.key) + " " + code_span(f.id) +
           (f.suppressed ? " (suppressed)" : "");
  };
  auto section = [&](const char* title, const std::vector<Finding>& list, const Report& r,
                     const char* none) {
    out << "## " << title << "\n\n";
    if (list.empty()) {
      out << none << "\n\n";
      return;
    }
    for (const auto& f : list) {
      out << "- " << heading(f) << "  \n  " << message_text(f.message) << "  \n  "
          << values_of(f, r) << "\n";
    }
    out << "\n";
  };
  section("New findings", d.added, new_report, "None.");
  section("Resolved findings", d.resolved, old_report, "None.");
  out << "## Changed findings\n\n";
  if (d.changed.empty()) {
    out << "None.\n\n";
  } else {
    for (const auto& [o, n] : d.changed) {
      out << "- " << heading(n) << "  \n  was " << code_span(o.id) << ", " << to_string(o.severity)
          << ": " << values_of(o, old_report) << "  \n  now " << to_string(n.severity) << ": "
          << values_of(n, new_report) << "\n";
    }
    out << "\n";
  }
  out << "## Unchanged findings\n\n" << d.unchanged.size() << " findings are the same in both.\n";
  return out.str();
}

}  // namespace fc::report
