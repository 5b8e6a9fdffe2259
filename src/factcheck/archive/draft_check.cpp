// check --draft D --db F: the draft through the pipeline, the index's claims of the
// draft's keys from SQLite, one comparison over both.
#include <set>
#include <utility>

#include "factcheck/archive/archive.hpp"
#include "factcheck/compare/comparator.hpp"
#include "factcheck/report/gate.hpp"

namespace fc::archive {

Result<report::Report> check_with_index(const PipelineOptions& options,
                                        const std::string& db_path) {
  auto db = Archive::open(db_path, false);
  if (!db) return tl::unexpected(db.error());

  report::Report rep;
  rep.tool_version = version();
  const rules::RuleSet rules = load_rules(options, rep.problems);
  auto result = run_sources(options, rules, true);
  for (auto& p : result.problems) rep.problems.push_back(std::move(p));

  // The sources read now win over their indexed copies (a draft that was indexed
  // before is compared with the rest of the archive, not with itself).
  std::set<std::string> keys;
  std::vector<std::string> read_now;
  for (const auto& ps : result.sources) {
    read_now.push_back(ps.source.id);
    for (const auto& c : ps.claims) {
      // Claims without a key are never compared: asking for them would read most of
      // the archive.
      if (!c.key.empty()) keys.insert(c.key);
      // An anniversary is checked against the dates of its event ("event|places").
      if (!c.event.empty()) {
        std::string where;
        for (const auto& w : c.where) where += (where.empty() ? "" : ",") + w;
        keys.insert(c.event + "|" + where);
      }
    }
  }
  auto selection = db->select_keys(std::vector<std::string>(keys.begin(), keys.end()), read_now);
  if (!selection) return tl::unexpected(selection.error());

  rep.claims = std::move(selection->claims);
  rep.suppressions = std::move(selection->suppressions);
  finish_report(rep, std::move(selection->sources), result.sources, rules);
  return rep;
}

}  // namespace fc::archive
