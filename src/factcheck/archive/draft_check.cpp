// check --draft D --db F: the draft (and any path given) through the pipeline; the
// index's claims of the draft's keys read key by key from the covering index (columns,
// no JSON) and compared with a focus on the sources read now, so that a key held by
// tens of thousands of archive claims costs one pass over them and only the findings on
// the draft are built; last, the JSON of the archive claims the report quotes.
#include <algorithm>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "factcheck/archive/archive.hpp"
#include "factcheck/compare/comparator.hpp"
#include "factcheck/report/gate.hpp"
#include "factcheck/util/parallel.hpp"

namespace fc::archive {

namespace {

/// Claims compared in one call: whole key groups (archive and read now), so that memory
/// holds one large key at a time.
struct Batch {
  std::set<std::string> keys;
  std::vector<const Claim*> now;  ///< claims read now that belong here
};

/// The batches of the claims read now. The first holds every claim without a key and
/// every claim whose findings reach beyond its key (compare::crosses_keys) with the keys
/// they reach; each other key is a batch of its own. A finding is made from the claims
/// of one key, except those of crossing claims: so the union of the batches' findings is
/// the findings of one call over everything.
std::vector<Batch> make_batches(const std::vector<ProcessedSource>& processed) {
  Batch first;
  for (const auto& ps : processed) {
    for (const auto& c : ps.claims) {
      if (!compare::crosses_keys(c)) continue;
      if (!c.key.empty()) first.keys.insert(c.key);
      if (auto k = compare::anniversary_event_key(c); !k.empty()) first.keys.insert(std::move(k));
    }
  }
  std::map<std::string, Batch> by_key;
  for (const auto& ps : processed) {
    for (const auto& c : ps.claims) {
      if (c.key.empty() || first.keys.count(c.key) != 0) {
        first.now.push_back(&c);
      } else {
        Batch& b = by_key[c.key];
        if (b.keys.empty()) b.keys.insert(c.key);
        b.now.push_back(&c);
      }
    }
  }
  std::vector<Batch> out;
  out.push_back(std::move(first));
  for (auto& [key, b] : by_key) out.push_back(std::move(b));
  return out;
}

/// What comparing one batch gives.
struct BatchResult {
  std::vector<Finding> findings;
  std::vector<std::int64_t> quoted;  ///< rows of the archive claims the report shows
  std::optional<Error> error;
};

/// Compares one batch: its keys' stored claims, read into `buffer` under `db_mutex` (the
/// connection is shared), with the batch's claims read now, on `compare_jobs` threads.
/// `rows` is the batch's size.
BatchResult run_batch(const Archive& db, std::mutex& db_mutex, std::size_t rows, const Batch& batch,
                      const std::vector<Source>& now_sources, const rules::RuleSet& rules,
                      const compare::Scope& scope, unsigned compare_jobs, KeyClaims& buffer) {
  BatchResult res;
  buffer.clear();
  // Room for all at once: a vector of 60,000 claims that doubles is copied whole.
  buffer.claims.reserve(rows);
  buffer.rows.reserve(rows);
  buffer.sources.reserve(rows + now_sources.size());
  std::map<std::string, std::pair<std::size_t, std::size_t>> blocks;  // key → claims [a, b)
  {
    const std::lock_guard<std::mutex> lock(db_mutex);
    for (const auto& key : batch.keys) {
      const std::size_t begin = buffer.claims.size();
      if (auto r = db.add_key_claims(key, scope.focus, buffer); !r) {
        res.error = r.error();
        return res;
      }
      blocks[key] = {begin, buffer.claims.size()};
    }
  }
  std::vector<Claim>& claims = buffer.claims;
  for (const Claim* c : batch.now) claims.push_back(*c);
  std::vector<Source>& sources = buffer.sources;
  sources.insert(sources.end(), now_sources.begin(), now_sources.end());

  res.findings = compare::compare_claims(claims, sources, rules, scope, compare_jobs);
  for (const auto& f : res.findings) {
    // Archive claims are quoted up to a count (a larger one for a contradiction, whose
    // odd value comes first); the finding itself keeps every claim and value.
    const auto block = blocks.find(f.key);
    if (block == blocks.end()) continue;
    const auto [begin, end] = block->second;
    const auto first = claims.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = claims.begin() + static_cast<std::ptrdiff_t>(end);
    std::size_t shown = 0;
    for (const auto& id : f.claims) {
      const std::size_t limit =
          f.kind == FindingKind::kCorroboration ? kQuotedPerFinding : kQuotedPerContradiction;
      if (shown >= limit) break;
      const auto it = std::lower_bound(
          first, last, id, [](const Claim& c, const std::string& x) { return c.id < x; });
      if (it == last || it->id != id) continue;
      res.quoted.push_back(buffer.rows[static_cast<std::size_t>(it - claims.begin())]);
      ++shown;
    }
  }
  return res;
}

}  // namespace

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
  compare::Scope scope;
  std::vector<Source> now_sources;  // metadata only, for the comparison
  std::size_t now_with_claims = 0;
  for (const auto& ps : result.sources) {
    scope.focus.insert(ps.source.id);
    Source meta = ps.source;
    meta.bytes.clear();
    now_sources.push_back(std::move(meta));
    if (!ps.claims.empty()) ++now_with_claims;
  }

  if (auto r = db->begin_read(); !r) return tl::unexpected(r.error());
  // Every read below sees one snapshot; end_read() on every path out.
  struct EndRead {
    Archive& db;
    ~EndRead() { db.end_read(); }
  } end_read{*db};

  const auto others = db->sources_with_claims(scope.focus);
  if (!others) return tl::unexpected(others.error());
  scope.several_sources = now_with_claims + *others >= 2;

  // Largest batch first: the two workers then start on the two largest, and a worker's
  // memory, sized by its first batch, serves every later one. Batches are independent and
  // the findings are sorted at the end, so the order changes nothing else.
  std::vector<std::pair<std::size_t, Batch>> batches;
  for (auto& batch : make_batches(result.sources)) {
    std::size_t rows = batch.now.size();
    for (const auto& key : batch.keys) {
      auto n = db->count_key_claims(key);
      if (!n) return tl::unexpected(n.error());
      rows += *n;
    }
    batches.emplace_back(rows, std::move(batch));
  }
  std::stable_sort(batches.begin(), batches.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });

  // Batches on `jobs` workers: reading from the one connection takes turns (db_mutex),
  // comparing does not. Each batch's findings and quoted rows are kept by batch and
  // joined in batch order, so the report does not depend on the number of workers.
  std::vector<BatchResult> done(batches.size());
  const unsigned jobs = static_cast<unsigned>(std::min<std::size_t>(
      util::resolve_jobs(options.jobs), std::max<std::size_t>(1, batches.size())));
  std::vector<KeyClaims> buffers(jobs);
  std::vector<KeyClaims*> free_buffers;
  for (auto& b : buffers) free_buffers.push_back(&b);
  std::mutex db_mutex;
  std::mutex buffers_mutex;
  util::parallel_for(batches.size(), jobs, [&](std::size_t i) {
    KeyClaims* buffer = nullptr;
    {
      const std::lock_guard<std::mutex> lock(buffers_mutex);
      buffer = free_buffers.back();
      free_buffers.pop_back();
    }
    // One batch alone has the threads to itself; several are spread over the workers.
    // (An exception reaches the caller through parallel_for, as on one thread.)
    done[i] = run_batch(*db, db_mutex, batches[i].first, batches[i].second, now_sources, rules,
                        scope, batches.size() == 1 ? options.jobs : 1, *buffer);
    const std::lock_guard<std::mutex> lock(buffers_mutex);
    free_buffers.push_back(buffer);
  });
  std::vector<Finding> findings;
  std::vector<std::int64_t> quoted;
  for (auto& d : done) {
    if (d.error) return tl::unexpected(std::move(*d.error));
    std::move(d.findings.begin(), d.findings.end(), std::back_inserter(findings));
    quoted.insert(quoted.end(), d.quoted.begin(), d.quoted.end());
  }
  compare::sort_findings(findings);

  auto archive_claims = db->full_claims(std::move(quoted));
  if (!archive_claims) return tl::unexpected(archive_claims.error());
  std::vector<std::string> quoted_sources;
  for (const auto& c : *archive_claims) quoted_sources.push_back(c.source);
  auto archive_sources = db->sources(std::move(quoted_sources));
  if (!archive_sources) return tl::unexpected(archive_sources.error());

  // Inline suppressions written in archive sources, on these findings only: a
  // suppression of another finding is the archive's business, not a warning on the draft.
  std::vector<std::string> targets;
  for (const auto& f : findings) {
    targets.push_back(f.id);
    targets.push_back(f.key);
  }
  auto stored = db->suppressions_of(targets);
  if (!stored) return tl::unexpected(stored.error());
  for (auto& s : *stored) {
    const bool applies = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
      return (f.id == s.target || f.key == s.target) &&
             std::binary_search(f.sources.begin(), f.sources.end(), s.source);
    });
    if (applies) rep.suppressions.push_back(std::move(s));
  }

  // What fc::finish_report does for `check`, without its comparison (made above).
  rep.claims = std::move(*archive_claims);
  gather_report(rep, std::move(*archive_sources), result.sources, rules);
  rep.findings = std::move(findings);
  return rep;
}

}  // namespace fc::archive
