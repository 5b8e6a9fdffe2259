#include "factcheck/report/diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "factcheck/report/markdown_text.hpp"
#include "factcheck/report/mention_json.hpp"

namespace fc::report {

namespace {

std::vector<const Finding*> sorted(const Report& r) {
  std::vector<const Finding*> out;
  for (const auto& f : r.findings) out.push_back(&f);
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding* a, const Finding* b) { return finding_less(*a, *b); });
  return out;
}

/// Whether `more` holds every source of `fewer` and at least one other.
bool gains_sources(const Finding& fewer, const Finding& more) {
  const std::set<std::string> a(fewer.sources.begin(), fewer.sources.end());
  const std::set<std::string> b(more.sources.begin(), more.sources.end());
  return b.size() > a.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
}

/// Where a report's claims are: the claim, and the path of its source.
class Claims {
 public:
  explicit Claims(const Report& r) {
    for (const auto& c : r.claims) claims_[c.id] = &c;
    for (const auto& s : r.sources) paths_[s.id] = s.path;
  }
  [[nodiscard]] const Claim* claim(const std::string& id) const {
    const auto it = claims_.find(id);
    return it == claims_.end() ? nullptr : it->second;
  }
  [[nodiscard]] std::string file_of(const Claim& c) const {
    const auto it = paths_.find(c.source);
    return it != paths_.end() && !it->second.empty() ? it->second : c.source;
  }

 private:
  std::map<std::string, const Claim*> claims_;
  std::map<std::string, std::string> paths_;
};

/// "000: 2,500 (seeds/000.txt:11); 003: 2,600 (seeds/003.txt:4)" from the report's claims.
std::string values_of(const Finding& f, const Claims& claims) {
  std::string out;
  for (const auto& id : f.claims) {
    if (!out.empty()) out += "; ";
    const Claim* c = claims.claim(id);
    if (c == nullptr) {
      out += escape_text(id);
      continue;
    }
    out += escape_text(c->source) + ": " + isolated_text(c->mention.text) + " (" +
           escape_text(claims.file_of(*c)) + ":" + std::to_string(c->mention.span.line) + ")";
  }
  return out.empty() ? "(no claims)" : out;
}

std::string list_sources(const std::vector<std::string>& sources) {
  std::string out;
  for (const auto& s : sources) out += (out.empty() ? "" : ", ") + escape_text(s);
  return out;
}

Json finding_json(const Finding& f, const Claims& claims) {
  Json claims_json = Json::array();
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    Json c{{"id", f.claims[i]}};
    if (const Claim* claim = claims.claim(f.claims[i])) {
      c["source"] = claim->source;
      c["file"] = claims.file_of(*claim);
      c["line"] = claim->mention.span.line;
      c["column"] = claim->mention.span.column;
      c["text"] = claim->mention.text;
    }
    if (i < f.values.size()) c["value"] = f.values[i];
    claims_json.push_back(std::move(c));
  }
  Json out{{"id", f.id},
           {"kind", to_string(f.kind)},
           {"severity", to_string(f.severity)},
           {"key", f.key},
           {"sources", f.sources},
           {"message", f.message},
           {"claims", std::move(claims_json)}};
  if (f.suppressed) out["suppressed"] = f.suppression_reason;
  return out;
}

}  // namespace

const char* to_string(Gain gain) {
  switch (gain) {
    case Gain::kMoreSources:
      return "more-sources";
    case Gain::kCorroborated:
      return "corroborated";
    case Gain::kContradicted:
      return "contradicted";
  }
  return "more-sources";
}

ReportDiff diff_reports(const Report& old_report, const Report& new_report) {
  ReportDiff d;
  std::map<std::string, const Finding*> old_by_id;
  std::set<std::string> new_ids;
  for (const auto& f : old_report.findings) old_by_id.emplace(f.id, &f);
  for (const auto& f : new_report.findings) new_ids.insert(f.id);
  std::vector<const Finding*> old_left;
  std::vector<const Finding*> new_left;
  for (const auto* f : sorted(old_report)) {
    if (new_ids.count(f->id) == 0) old_left.push_back(f);
  }
  for (const auto* f : sorted(new_report)) {
    const auto o = old_by_id.find(f->id);
    if (o == old_by_id.end()) {
      new_left.push_back(f);
    } else if (gains_sources(*o->second, *f)) {
      d.gained.push_back({*o->second, *f, Gain::kMoreSources});
    } else {
      d.unchanged.push_back(*f);
    }
  }
  // Pair what is left by kind and key: the same finding whose values moved, or that more
  // sources now give.
  std::map<std::pair<FindingKind, std::string>, std::vector<const Finding*>> old_by_key;
  for (const auto* f : old_left) old_by_key[{f->kind, f->key}].push_back(f);
  std::set<const Finding*> paired;
  std::vector<const Finding*> added;
  for (const auto* f : new_left) {
    auto it = old_by_key.find({f->kind, f->key});
    if (it != old_by_key.end() && !f->key.empty() && !it->second.empty()) {
      const Finding* o = it->second.front();
      it->second.erase(it->second.begin());
      paired.insert(o);
      if (gains_sources(*o, *f)) {
        d.gained.push_back({*o, *f, Gain::kMoreSources});
      } else {
        d.changed.emplace_back(*o, *f);
      }
    } else {
      added.push_back(f);
    }
  }
  // A claim only one source gave that others now give too: it is not resolved, it is
  // corroborated (the corroboration is not new either) or contradicted (that stays new).
  std::set<const Finding*> taken;
  for (const auto* o : old_left) {
    if (paired.count(o) != 0) continue;
    if (o->kind == FindingKind::kSingleSource && !o->key.empty()) {
      const Finding* best = nullptr;
      for (const auto* n : added) {
        if (taken.count(n) != 0 || n->key != o->key || !gains_sources(*o, *n)) continue;
        if (n->kind == FindingKind::kCorroboration) {
          best = n;
          break;
        }
        if (n->kind == FindingKind::kContradiction && best == nullptr) best = n;
      }
      if (best != nullptr) {
        taken.insert(best);
        d.gained.push_back({*o, *best,
                            best->kind == FindingKind::kCorroboration ? Gain::kCorroborated
                                                                      : Gain::kContradicted});
        continue;
      }
    }
    d.resolved.push_back(*o);
  }
  for (const auto* n : added) {
    const bool corroborated = taken.count(n) != 0 && n->kind == FindingKind::kCorroboration;
    if (!corroborated) d.added.push_back(*n);
  }
  std::stable_sort(d.gained.begin(), d.gained.end(),
                   [](const GainedSources& a, const GainedSources& b) {
                     return finding_less(a.new_finding, b.new_finding);
                   });
  return d;
}

std::string diff_to_markdown(const ReportDiff& d, const Report& old_report,
                             const Report& new_report, const std::string& old_name,
                             const std::string& new_name) {
  const Claims old_claims(old_report);
  const Claims new_claims(new_report);
  std::ostringstream out;
  out << "# Fact-consistency report diff\n\n";
  out << "From " << escape_text(old_name) << " to " << escape_text(new_name) << ": "
      << d.added.size() << " new, " << d.resolved.size() << " resolved, " << d.changed.size()
      << " changed, " << d.gained.size() << " gained sources, " << d.unchanged.size()
      << " unchanged.\n\n";
  auto heading = [](const Finding& f) {
    return std::string(to_string(f.kind)) + ", " + to_string(f.severity) + ": " +
           isolated_text(f.key.empty() ? "(no key)" : f.key) + " " + code_span(f.id) +
           (f.suppressed ? " (suppressed)" : "");
  };
  auto section = [&](const char* title, const std::vector<Finding>& list, const Claims& claims) {
    out << "## " << title << "\n\n";
    if (list.empty()) {
      out << "None.\n\n";
      return;
    }
    for (const auto& f : list) {
      out << "- " << heading(f) << "  \n  " << message_text(f.message) << "  \n  "
          << values_of(f, claims) << "\n";
    }
    out << "\n";
  };
  section("New findings", d.added, new_claims);
  section("Resolved findings", d.resolved, old_claims);
  out << "## Gained sources\n\n";
  if (d.gained.empty()) {
    out << "None.\n\n";
  } else {
    for (const auto& g : d.gained) {
      const Finding& o = g.old_finding;
      const Finding& n = g.new_finding;
      out << "- " << heading(n) << "  \n  ";
      switch (g.how) {
        case Gain::kMoreSources:
          out << "now given by " << list_sources(n.sources) << " (was " << list_sources(o.sources)
              << ")";
          break;
        case Gain::kCorroborated:
          out << "was a claim only " << list_sources(o.sources) << " made (" << code_span(o.id)
              << "); now corroborated by " << list_sources(n.sources);
          break;
        case Gain::kContradicted:
          out << "was a claim only " << list_sources(o.sources) << " made (" << code_span(o.id)
              << "); now contradicted (listed under new findings)";
          break;
      }
      out << "  \n  " << values_of(n, new_claims) << "\n";
    }
    out << "\n";
  }
  out << "## Changed findings\n\n";
  if (d.changed.empty()) {
    out << "None.\n\n";
  } else {
    for (const auto& [o, n] : d.changed) {
      out << "- " << heading(n) << "  \n  was " << code_span(o.id) << ", " << to_string(o.severity)
          << ": " << values_of(o, old_claims) << "  \n  now " << to_string(n.severity) << ": "
          << values_of(n, new_claims) << "\n";
    }
    out << "\n";
  }
  out << "## Unchanged findings\n\n" << d.unchanged.size() << " findings are the same in both.\n";
  return out.str();
}

std::string diff_to_json(const ReportDiff& d, const Report& old_report, const Report& new_report,
                         const std::string& old_name, const std::string& new_name) {
  const Claims old_claims(old_report);
  const Claims new_claims(new_report);
  Json added = Json::array();
  for (const auto& f : d.added) added.push_back(finding_json(f, new_claims));
  Json resolved = Json::array();
  for (const auto& f : d.resolved) resolved.push_back(finding_json(f, old_claims));
  Json gained = Json::array();
  for (const auto& g : d.gained) {
    gained.push_back(Json{{"how", to_string(g.how)},
                          {"old", finding_json(g.old_finding, old_claims)},
                          {"new", finding_json(g.new_finding, new_claims)}});
  }
  Json changed = Json::array();
  for (const auto& [o, n] : d.changed) {
    changed.push_back(
        Json{{"old", finding_json(o, old_claims)}, {"new", finding_json(n, new_claims)}});
  }
  Json unchanged = Json::array();
  for (const auto& f : d.unchanged) unchanged.push_back(f.id);
  const Json out{{"schema", kDiffSchema},
                 {"old", old_name},
                 {"new", new_name},
                 {"counts", Json{{"new", d.added.size()},
                                 {"resolved", d.resolved.size()},
                                 {"changed", d.changed.size()},
                                 {"gained", d.gained.size()},
                                 {"unchanged", d.unchanged.size()}}},
                 {"new_findings", std::move(added)},
                 {"resolved", std::move(resolved)},
                 {"gained", std::move(gained)},
                 {"changed", std::move(changed)},
                 {"unchanged", std::move(unchanged)}};
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace fc::report
