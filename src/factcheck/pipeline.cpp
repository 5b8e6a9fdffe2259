#include "factcheck/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include "factcheck/claims/claim_builder.hpp"
#include "factcheck/compare/comparator.hpp"
#include "factcheck/compare/copies.hpp"
#include "factcheck/compare/not_compared.hpp"
#include "factcheck/core/limits.hpp"
#include "factcheck/core/span.hpp"
#include "factcheck/extract/dates.hpp"
#include "factcheck/extract/merge.hpp"
#include "factcheck/extract/numbers.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/report/gate.hpp"
#include "factcheck/timeres/publication.hpp"
#include "factcheck/util/parallel.hpp"

#ifndef FACTCHECK_VERSION
#define FACTCHECK_VERSION "0.0.0"
#endif

namespace fc {

const char* version() { return FACTCHECK_VERSION; }

namespace {

/// Appends the suppressions written in checks/: they apply to every source (reason
/// mandatory there).
void append_check_suppressions(const rules::RuleSet& rules, std::vector<report::Suppression>& out) {
  for (const auto& s : rules.suppressions) {
    report::Suppression sup;
    sup.target = s.finding.empty() ? s.key : s.finding;
    sup.reason = s.reason;
    sup.origin = s.origin.file + ":" + std::to_string(s.origin.line);
    out.push_back(std::move(sup));
  }
}

}  // namespace

Problem to_problem(const Error& error) {
  return Problem{error.file, error.line, error.column, error.message};
}

namespace {

std::vector<Mention> extract_all(const normalize::NormalizedText& text,
                                 const extract::DateTokens& date_tokens,
                                 const std::optional<util::CivilDate>& published,
                                 const PipelineOptions& options, const rules::RuleSet& rules) {
  extract::NumberOptions nopts;
  nopts.vague = rules.vague;
  extract::DateOptions dopts;
  dopts.published = published;
  dopts.prefer_future = options.prefer_future;
  auto mentions = extract::merge_mentions(extract::extract_dates(text, date_tokens, dopts),
                                          extract::extract_numbers(text, date_tokens, nopts));
  return mentions;
}

/// Tokens read for mentions at first in a long text: four per mention the cap keeps.
constexpr std::size_t kFirstTokens = 4 * kMaxMentionsPerSource;
/// Mentions past the cap a prefix must give for its first kMaxMentionsPerSource to be
/// those of the whole text (a date cut at the prefix's end lies far after them).
constexpr std::size_t kCapMargin = 1000;

/// extract_all over a text that may be dense with figures: the whole text would make a
/// mention per figure (27 million for an 80 MB line, 20 GB) before the cap kept the
/// first 200,000. A text of more than kFirstTokens tokens is read a prefix of its tokens
/// at a time, four times longer each time, until the prefix gives more mentions than the
/// cap keeps (then its first ones are the text's first ones) or is the whole text.
std::vector<Mention> extract_bounded(const normalize::NormalizedText& text,
                                     extract::DateTokens& date_tokens,
                                     const std::optional<util::CivilDate>& published,
                                     const PipelineOptions& options, const rules::RuleSet& rules) {
  if (date_tokens.tokens.size() <= kFirstTokens) {
    return extract_all(text, date_tokens, published, options, rules);
  }
  std::vector<extract::DateToken> all = std::move(date_tokens.tokens);
  std::vector<Mention> mentions;
  for (std::size_t k = kFirstTokens;; k *= 4) {
    if (k >= all.size()) {
      date_tokens.tokens = std::move(all);
      return extract_all(text, date_tokens, published, options, rules);
    }
    date_tokens.tokens.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k));
    mentions = extract_all(text, date_tokens, published, options, rules);
    if (mentions.size() > kMaxMentionsPerSource + kCapMargin) {
      date_tokens.tokens = std::move(all);
      return mentions;
    }
  }
}

/// Keeps at most kMaxMentionsPerSource mentions; true when some were dropped.
bool cap_mentions(std::vector<Mention>& mentions) {
  if (mentions.size() <= kMaxMentionsPerSource) return false;
  mentions.resize(kMaxMentionsPerSource);
  return true;
}

void locate_all(std::vector<Mention>& mentions, const LineIndex& index) {
  std::vector<Span*> spans;
  spans.reserve(mentions.size());
  for (auto& m : mentions) spans.push_back(&m.span);
  std::stable_sort(spans.begin(), spans.end(),
                   [](const Span* a, const Span* b) { return a->start < b->start; });
  index.locate_sorted(spans.data(), spans.size());
}

void process_source(ProcessedSource& ps, const PipelineOptions& options,
                    const rules::RuleSet& rules, bool with_claims) {
  Source& src = ps.source;
  if (options.before_process && !options.before_process(ps)) {
    ps.skipped = true;
    if (!options.keep_bytes) std::string().swap(src.bytes);
    return;
  }
  const auto text = normalize::normalize_text(src.bytes);
  {
    // Tokenized once for dates: for the publication date and for the dates against it;
    // the tokens (some 10 bytes per byte of text) go before the claims are built.
    auto date_tokens = extract::tokenize_for_dates(text.text);
    if (!src.published) {
      // Manifest first; then the article's own dateline; then --published.
      if (auto guess = timeres::find_publication_date(text, date_tokens)) {
        src.published = guess->date;
        src.published_from = PublishedFrom::kText;
        src.published_note = guess->note;
      } else if (options.published) {
        src.published = options.published;
        src.published_from = PublishedFrom::kOption;
      }
    }
    ps.mentions = extract_bounded(text, date_tokens, src.published, options, rules);
  }
  if (cap_mentions(ps.mentions)) {
    ps.problems.push_back(Problem{src.path, 0, 0,
                                  "more than " + std::to_string(kMaxMentionsPerSource) +
                                      " numeric and date expressions: only the first are checked"});
  }
  const LineIndex index(src.bytes);
  locate_all(ps.mentions, index);
  if (with_claims) {
    const auto sentences = normalize::split_sentences(text);
    const claims::SourceView view{src, text, sentences, ps.mentions};
    ps.claims = claims::build_claims(view, rules);
    if (!options.keep_mentions) std::vector<Mention>().swap(ps.mentions);
  }
  if (!options.keep_bytes) {
    if (with_claims) {
      // Inline suppressions live in the text: read them before it goes.
      ps.suppressions = report::find_inline_suppressions(src, ps.suppression_problems);
      // A key written with place names ("troops|US|Poland") meets the findings' ids (PL).
      for (auto& s : ps.suppressions) s.target = rules.key_with_ids(s.target);
      ps.suppressions_read = true;
    }
    std::string().swap(src.bytes);
  }
}

/// process_source, with a failure kept to this source: what it made is dropped and a
/// problem names it, so that the sources around it are still read and reported.
void process_guarded(ProcessedSource& ps, const PipelineOptions& options,
                     const rules::RuleSet& rules, bool with_claims) {
  try {
    process_source(ps, options, rules, with_claims);
  } catch (const std::exception& e) {
    ps.failed = true;
    ps.mentions = {};
    ps.claims = {};
    ps.suppressions = {};
    ps.suppression_problems = {};
    ps.suppressions_read = true;  // none: the text is not read again
    if (!options.keep_bytes) std::string().swap(ps.source.bytes);
    ps.problems.push_back(Problem{ps.source.path, 0, 0,
                                  std::string("could not be processed (internal error: ") +
                                      e.what() + "); please report it with this file"});
  }
}

}  // namespace

std::vector<Mention> extract_text(std::string_view text,
                                  const std::optional<util::CivilDate>& published,
                                  bool prefer_future, const rules::RuleSet& rules) {
  PipelineOptions options;
  options.prefer_future = prefer_future;
  const auto normalized = normalize::normalize_text(text);
  auto mentions = extract_all(normalized, extract::tokenize_for_dates(normalized.text), published,
                              options, rules);
  locate_all(mentions, LineIndex(text));
  return mentions;
}

rules::RuleSet load_rules(const PipelineOptions& options, std::vector<Problem>& problems) {
  auto builtin = rules::load_builtin();
  FC_ASSERT(builtin.has_value(), "the built-in checks do not load: a build defect");
  rules::RuleSet set = std::move(*builtin);
  if (options.checks_dir) {
    for (const auto& e : rules::load_dir(*options.checks_dir, set))
      problems.push_back(to_problem(e));
  }
  return set;
}

PipelineResult run_sources(const PipelineOptions& options, const rules::RuleSet& rules,
                           bool with_claims) {
  // Sources are processed while the next ones are read: the reader (this thread) hands
  // each one over as it comes, workers take them in input order, and a worker drops a
  // source's bytes once it is done with them (keep_bytes off), so that the text held at
  // any time is that of the sources in flight, not the archive's.
  const unsigned jobs = util::resolve_jobs(options.jobs);
  std::deque<ProcessedSource> sources;  // push_back keeps references to the others valid
  util::Progress* progress = options.progress;
  if (progress != nullptr) progress->start(0);
  ingest::LoadedInputs loaded;
  // An exception out of on_processed on a worker (process_guarded keeps those of a
  // source to that source): it ends the workers' work, and the first is rethrown here
  // once they are joined, as it would be on one thread.
  std::exception_ptr worker_error;
  if (jobs <= 1) {
    loaded = ingest::load_inputs(options.inputs, [&](Source&& src) {
      sources.emplace_back().source = std::move(src);
      if (progress != nullptr) progress->add_total(1);
      process_guarded(sources.back(), options, rules, with_claims);
      if (options.on_processed) options.on_processed(sources.back());
      if (progress != nullptr) progress->advance();
    });
  } else {
    std::mutex mutex;
    std::condition_variable ready;
    std::size_t next = 0;  // the next source a worker takes
    // on_processed: sources finished (by index) and the next one to hand over, in order.
    std::mutex done_mutex;
    std::vector<bool> done;
    std::size_t next_done = 0;
    bool handing_on = true;  // false once an on_processed threw: no source is handed on
    const auto finished = [&](std::size_t index) {
      if (!options.on_processed) return;
      std::lock_guard<std::mutex> lock(done_mutex);
      if (done.size() <= index) done.resize(index + 1, false);
      done[index] = true;
      while (handing_on && next_done < done.size() && done[next_done]) {
        ProcessedSource* ps = nullptr;
        {
          std::lock_guard<std::mutex> deque_lock(mutex);  // the reader may be appending
          ps = &sources[next_done];
        }
        // Handed on once, whatever happens: a throw stops the handing on, as the one-thread
        // loop stops at it, and is not followed by a second call for the same source.
        ++next_done;
        try {
          options.on_processed(*ps);
        } catch (...) {
          handing_on = false;
          throw;
        }
      }
    };
    bool reading = true;
    std::vector<std::thread> pool;
    pool.reserve(jobs);
    // However reading ends (an exception included), the workers finish what was handed
    // over and are joined.
    struct Join {
      std::mutex& m;
      std::condition_variable& cv;
      bool& still_reading;
      std::vector<std::thread>& threads;
      ~Join() {
        {
          std::lock_guard<std::mutex> lock(m);
          still_reading = false;
        }
        cv.notify_all();
        for (auto& th : threads) th.join();
      }
    } join{mutex, ready, reading, pool};
    for (unsigned t = 0; t < jobs; ++t) {
      pool.emplace_back([&] {
        for (;;) {
          ProcessedSource* ps = nullptr;
          std::size_t index = 0;
          {
            std::unique_lock<std::mutex> lock(mutex);
            ready.wait(lock, [&] { return next < sources.size() || !reading; });
            if (worker_error || next == sources.size()) return;  // all taken, or failed
            index = next++;
            ps = &sources[index];
          }
          process_guarded(*ps, options, rules, with_claims);
          try {
            finished(index);
          } catch (...) {
            std::lock_guard<std::mutex> lock(mutex);
            if (!worker_error) worker_error = std::current_exception();
            return;
          }
          if (progress != nullptr) progress->advance();
        }
      });
    }
    loaded = ingest::load_inputs(options.inputs, [&](Source&& src) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        // After a worker's error nothing more is processed: the text is not kept either.
        if (worker_error) return;
        sources.emplace_back().source = std::move(src);
      }
      if (progress != nullptr) progress->add_total(1);
      ready.notify_one();
    });
  }
  if (worker_error) std::rethrow_exception(worker_error);
  if (progress != nullptr) progress->finish();

  PipelineResult result;
  for (const auto& e : loaded.errors) result.problems.push_back(to_problem(e));
  result.sources.reserve(sources.size());
  for (auto& ps : sources) result.sources.push_back(std::move(ps));
  for (auto& ps : result.sources) {
    for (auto& p : ps.problems) result.problems.push_back(std::move(p));
    ps.problems.clear();
  }
  return result;
}

void run_lines(const PipelineOptions& options, const rules::RuleSet& rules,
               std::vector<Problem>& problems,
               const std::function<void(std::size_t, const std::vector<Mention>&)>& emit) {
  auto loaded = ingest::load_inputs(options.inputs);
  for (const auto& e : loaded.errors) problems.push_back(to_problem(e));
  std::size_t line_no = 0;
  for (const auto& src : loaded.sources) {
    // Split into lines; each is its own document with spans counted from its start.
    std::vector<std::string_view> lines;
    std::string_view all(src.bytes);
    if (src.bom_bytes > 0) all.remove_prefix(src.bom_bytes);
    std::size_t begin = 0;
    while (begin < all.size()) {
      std::size_t end = all.find('\n', begin);
      if (end == std::string_view::npos) end = all.size();
      std::string_view line = all.substr(begin, end - begin);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      lines.push_back(line);
      begin = end + 1;
    }
    std::vector<std::vector<Mention>> out(lines.size());
    util::parallel_for(lines.size(), options.jobs, [&](std::size_t i) {
      out[i] = extract_text(lines[i], options.published, options.prefer_future, rules);
    });
    for (std::size_t i = 0; i < lines.size(); ++i) emit(++line_no, out[i]);
  }
}

void gather_report(report::Report& rep, std::vector<Source> sources,
                   std::vector<ProcessedSource>& processed, const rules::RuleSet& rules) {
  std::size_t claims = rep.claims.size();
  for (const auto& ps : processed) claims += ps.claims.size();
  rep.claims.reserve(claims);
  sources.reserve(sources.size() + processed.size());
  for (auto& ps : processed) {
    for (auto& c : ps.claims) rep.claims.push_back(std::move(c));
    // Inline suppressions live in the text, which is dropped right after (or was, by
    // the worker that read them).
    if (ps.suppressions_read) {
      for (auto& p : ps.suppression_problems) rep.problems.push_back(std::move(p));
      for (auto& s : ps.suppressions) rep.suppressions.push_back(std::move(s));
    } else {
      for (auto& s : report::find_inline_suppressions(ps.source, rep.problems)) {
        s.target = rules.key_with_ids(s.target);
        rep.suppressions.push_back(std::move(s));
      }
    }
    ps.source.bytes.clear();
    ps.source.bytes.shrink_to_fit();
    sources.push_back(std::move(ps.source));
  }
  append_check_suppressions(rules, rep.suppressions);
  rep.sources = std::move(sources);
}

void finish_report(report::Report& rep, std::vector<Source> sources,
                   std::vector<ProcessedSource>& processed, const rules::RuleSet& rules,
                   unsigned jobs) {
  // Fingerprints while the texts are still held (gather_report drops them): copies count
  // as one voice in the comparison.
  util::parallel_for(processed.size(), jobs, [&](std::size_t i) {
    processed[i].source.fingerprint = compare::text_fingerprint(processed[i].source.bytes);
  });
  gather_report(rep, std::move(sources), processed, rules);
  rep.findings = compare::compare_claims(rep.claims, rep.sources, rules, jobs);
  rep.not_compared = compare::not_compared(rep.claims, rep.findings, rep.sources);
}

report::Report run_check(const PipelineOptions& options) {
  report::Report rep;
  rep.tool_version = version();
  const rules::RuleSet rules = load_rules(options, rep.problems);
  auto result = run_sources(options, rules, true);
  for (auto& p : result.problems) rep.problems.push_back(std::move(p));
  finish_report(rep, {}, result.sources, rules, options.jobs);
  return rep;
}

}  // namespace fc
