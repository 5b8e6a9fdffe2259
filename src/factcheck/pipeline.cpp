#include "factcheck/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "factcheck/claims/claim_builder.hpp"
#include "factcheck/compare/comparator.hpp"
#include "factcheck/compare/copies.hpp"
#include "factcheck/compare/not_compared.hpp"
#include "factcheck/core/limits.hpp"
#include "factcheck/core/pieces.hpp"
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

/// Mentions past the cap a prefix must give for its first kMaxMentionsPerSource to be
/// those of the whole text (a date cut at the prefix's end lies far after them).
constexpr std::size_t kCapMargin = 1000;
/// Tokens read for mentions at first in a long text: a token begins a mention at most,
/// so a text where every token is a figure gives no more mentions than the cap keeps
/// (four times that, 800,000 mentions of some 400 bytes, were a gigabyte).
constexpr std::size_t kFirstTokens = kMaxMentionsPerSource + 2 * kCapMargin;

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

void locate_all(std::vector<Mention>& mentions, const LineIndex& index) {
  std::vector<Span*> spans;
  spans.reserve(mentions.size());
  for (auto& m : mentions) spans.push_back(&m.span);
  std::stable_sort(spans.begin(), spans.end(),
                   [](const Span* a, const Span* b) { return a->start < b->start; });
  index.locate_sorted(spans.data(), spans.size());
}

/// Shifts spans made in a piece to the file's offsets (their line and column are already
/// the file's).
void shift_spans(std::vector<Mention>& mentions, std::vector<Claim>& claims, std::size_t by) {
  if (by == 0) return;
  for (auto& m : mentions) {
    m.span.start += by;
    m.span.end += by;
  }
  for (auto& c : claims) {
    c.mention.span.start += by;
    c.mention.span.end += by;
    c.quote_start += by;
  }
}

/// The publication date the dates of a piece are resolved against, given its text and
/// date tokens (the first piece of an article may read it from its dateline).
using DateOfPiece = std::function<std::optional<util::CivilDate>(const normalize::NormalizedText&,
                                                                 const extract::DateTokens&)>;

/// The mentions of one piece of a text (the whole of it, unless it is longer than
/// kMaxPieceBytes), at most what the cap leaves after the `taken` of the pieces before it
/// (`capped` set when some are dropped): spans are offsets into the piece, their lines
/// and columns the text's. `index` is left the piece's.
std::vector<Mention> extract_piece(const normalize::NormalizedText& text, const PieceStart& at,
                                   const DateOfPiece& date_of, const PipelineOptions& options,
                                   const rules::RuleSet& rules, std::size_t& taken, bool& capped,
                                   LineIndex& index) {
  std::vector<Mention> mentions;
  {
    // Tokenized once for dates: for the publication date and for the dates against it;
    // the tokens (some 10 bytes per byte of text) go before the claims are built.
    auto date_tokens = extract::tokenize_for_dates(text.text);
    const auto published = date_of(text, date_tokens);
    mentions = extract_bounded(text, date_tokens, published, options, rules);
  }
  // The cap holds for the text as a whole, over its pieces.
  capped = taken + mentions.size() > kMaxMentionsPerSource;
  if (capped) mentions.resize(kMaxMentionsPerSource - taken);
  taken += mentions.size();
  index = LineIndex(text.original);
  locate_all(mentions, index);
  if (at.line != 1 || at.column != 1) {
    for (auto& m : mentions) locate_in_text(m.span, at);
  }
  return mentions;
}

std::string cap_message() {
  return "more than " + std::to_string(kMaxMentionsPerSource) +
         " numeric and date expressions: only the first are checked";
}

/// Extraction and claims of one piece of a source: spans are offsets into the piece,
/// their lines and columns the file's. The first piece is where the article's dateline
/// is looked for. True when the source's mentions reach the cap (the pieces after it
/// are not read).
bool process_piece(ProcessedSource& ps, std::string_view piece, const PieceStart& at,
                   const PipelineOptions& options, const rules::RuleSet& rules, bool with_claims,
                   std::size_t& taken, std::vector<Mention>& mentions, std::vector<Claim>& claims,
                   LineIndex& index) {
  Source& src = ps.source;
  const auto text = normalize::normalize_text(piece);
  const auto date_of = [&](const normalize::NormalizedText& t, const extract::DateTokens& tokens) {
    if (at.offset == 0 && !src.published) {
      // Manifest first; then the article's own dateline; then --published.
      if (auto guess = timeres::find_publication_date(t, tokens)) {
        src.published = guess->date;
        src.published_from = PublishedFrom::kText;
        src.published_note = guess->note;
      } else if (options.published) {
        src.published = options.published;
        src.published_from = PublishedFrom::kOption;
      }
    }
    return src.published;
  };
  bool capped = false;
  mentions = extract_piece(text, at, date_of, options, rules, taken, capped, index);
  if (capped) ps.problems.push_back(Problem{src.path, 0, 0, cap_message()});
  if (with_claims) {
    const auto sentences = normalize::split_sentences(text);
    const claims::SourceView view{src, text, sentences, mentions};
    claims = claims::build_claims(view, rules);
  }
  return capped;
}

void process_source(ProcessedSource& ps, const PipelineOptions& options,
                    const rules::RuleSet& rules, bool with_claims) {
  Source& src = ps.source;
  if (options.before_process && !options.before_process(ps)) {
    ps.skipped = true;
    if (!options.keep_bytes) std::string().swap(src.bytes);
    return;
  }
  // A source longer than kMaxPieceBytes is read a piece at a time, so that what its
  // reading holds (tokens, some 70 bytes a token; the text normalized; sentences) is
  // bounded by the piece, not by the file, whatever the file's shape.
  const std::string_view bytes = src.bytes;
  PieceStart at;
  std::size_t taken = 0;
  bool capped = false;
  do {
    const std::string_view piece =
        bytes.substr(at.offset, piece_end(bytes, at.offset, kMaxPieceBytes) - at.offset);
    std::vector<Mention> mentions;
    std::vector<Claim> claims;
    LineIndex index;
    capped =
        process_piece(ps, piece, at, options, rules, with_claims, taken, mentions, claims, index);
    shift_spans(mentions, claims, at.offset);
    if (ps.claims.empty()) {
      ps.claims = std::move(claims);
    } else {
      ps.claims.insert(ps.claims.end(), std::make_move_iterator(claims.begin()),
                       std::make_move_iterator(claims.end()));
    }
    if (!with_claims || options.keep_mentions) {
      if (ps.mentions.empty()) {
        ps.mentions = std::move(mentions);
      } else {
        ps.mentions.insert(ps.mentions.end(), std::make_move_iterator(mentions.begin()),
                           std::make_move_iterator(mentions.end()));
      }
    }
    at = next_piece_start(at, piece, index);
  } while (at.offset < bytes.size() && !capped);
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

/// A source after the one where PipelineOptions::max_claims was reached, left as if it
/// had not been read (a worker may have read it before the cap was settled): the same
/// report whatever the number of workers.
void unread(ProcessedSource& ps) {
  ps.skipped = true;
  ps.failed = false;
  std::vector<Mention>().swap(ps.mentions);
  std::vector<Claim>().swap(ps.claims);
  ps.problems.clear();
  ps.suppressions.clear();
  ps.suppression_problems.clear();
  ps.suppressions_read = true;  // none: its text is not read
  Source& src = ps.source;
  if (src.published_from == PublishedFrom::kText || src.published_from == PublishedFrom::kOption) {
    src.published.reset();
    src.published_from = PublishedFrom::kUnknown;
    src.published_note.clear();
  }
  src.fingerprint.clear();
}

/// PipelineOptions::max_claims, over sources that finish in any order: what each keeps
/// is settled in input order (the claims of the sources before it), so that it is the
/// same whatever the number of workers. Not thread-safe: the pipeline calls it under its
/// lock.
class ClaimCap {
 public:
  explicit ClaimCap(std::size_t cap) : cap_(cap) {}

  /// Source `index` is processed: settles it and the processed ones after it, in order.
  /// The source where the claims pass the cap keeps the first ones; those after it keep
  /// none. `source(i)` is source i.
  template <class SourceAt>
  void finish(std::size_t index, SourceAt&& source) {
    if (cap_ == 0) return;
    if (held_.size() <= index) held_.resize(index + 1, kNotDone);
    held_[index] = source(index).claims.size();
    ahead_ += held_[index];
    while (settled_ < held_.size() && held_[settled_] != kNotDone) {
      ProcessedSource& ps = source(settled_);
      const std::size_t n = held_[settled_];
      ahead_ -= n;
      if (cut_) {
        unread(ps);
      } else if (total_ + n > cap_) {
        cut_ = settled_;
        const std::size_t keep = cap_ - total_;
        first_dropped_ = ps.claims[keep].mention.span;
        ps.claims.erase(ps.claims.begin() + static_cast<std::ptrdiff_t>(keep), ps.claims.end());
        total_ = cap_;
      } else {
        total_ += n;
      }
      ++settled_;
    }
  }
  /// Source `index` comes after the one where the cap was reached: it need not be read.
  [[nodiscard]] bool past(std::size_t index) const { return cut_ && index > *cut_; }
  /// The processed sources hold more claims than the cap, and those before them are
  /// still being read: a worker waits for them (one of them is where the cap is reached)
  /// rather than read more.
  [[nodiscard]] bool full() const { return cap_ != 0 && !cut_ && total_ + ahead_ > cap_; }
  /// After the run: the problem that says where the cap was reached and what was left.
  template <class Sources>
  void report(Sources& sources) const {
    if (!cut_) return;
    ProcessedSource& ps = sources[*cut_];
    const std::size_t after = sources.size() - *cut_ - 1;
    ps.problems.push_back(Problem{
        ps.source.path, first_dropped_.line, first_dropped_.column,
        "more than " + std::to_string(cap_) +
            " claims in this run: the claims from here on and the " + std::to_string(after) +
            " source(s) after this one are not checked; check fewer sources at once, or "
            "store them with factcheck index and check drafts against it (--draft, --db)"});
  }

 private:
  static constexpr std::size_t kNotDone = static_cast<std::size_t>(-1);
  std::size_t cap_ = 0;
  std::vector<std::size_t> held_;  ///< claims of each processed source; kNotDone before
  std::size_t settled_ = 0;        ///< sources [0, settled_) are settled
  std::size_t total_ = 0;          ///< claims the settled sources keep
  std::size_t ahead_ = 0;          ///< claims of processed sources past the settled ones
  std::optional<std::size_t> cut_;
  Span first_dropped_;
};

/// A source after the one where PipelineOptions::max_claims was reached: not read.
void skip_past_cap(ProcessedSource& ps, const PipelineOptions& options) {
  unread(ps);
  if (!options.keep_bytes) std::string().swap(ps.source.bytes);
}

}  // namespace

std::vector<Mention> extract_text(std::string_view text,
                                  const std::optional<util::CivilDate>& published,
                                  bool prefer_future, const rules::RuleSet& rules, bool* capped) {
  PipelineOptions options;
  options.prefer_future = prefer_future;
  const DateOfPiece date_of = [&](const normalize::NormalizedText&, const extract::DateTokens&) {
    return published;
  };
  std::vector<Mention> out;
  PieceStart at;
  std::size_t taken = 0;
  bool cut = false;
  do {
    const std::string_view piece =
        text.substr(at.offset, piece_end(text, at.offset, kMaxPieceBytes) - at.offset);
    LineIndex index;
    auto mentions = extract_piece(normalize::normalize_text(piece), at, date_of, options, rules,
                                  taken, cut, index);
    if (at.offset == 0) {
      out = std::move(mentions);
    } else {
      std::vector<Claim> none;
      shift_spans(mentions, none, at.offset);
      out.insert(out.end(), std::make_move_iterator(mentions.begin()),
                 std::make_move_iterator(mentions.end()));
    }
    at = next_piece_start(at, piece, index);
  } while (at.offset < text.size() && !cut);
  if (capped != nullptr) *capped = cut;
  return out;
}

rules::RuleSet load_rules(const PipelineOptions& options, std::vector<Problem>& problems) {
  auto builtin = rules::load_builtin();
  FC_ASSERT(builtin.has_value(), "the built-in checks do not load: a build defect");
  rules::RuleSet set = std::move(*builtin);
  for (const auto& dir : options.checks_dirs) {
    for (const auto& e : rules::load_dir(dir, set)) problems.push_back(to_problem(e));
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
  // The total grows as sources are found: no percentage until they all are.
  if (progress != nullptr) progress->start(0, false);
  ingest::LoadedInputs loaded;
  // An exception out of on_processed on a worker (process_guarded keeps those of a
  // source to that source): it ends the workers' work, and the first is rethrown here
  // once they are joined, as it would be on one thread.
  std::exception_ptr worker_error;
  ClaimCap cap(options.max_claims);
  const auto source_at = [&](std::size_t i) -> ProcessedSource& { return sources[i]; };
  if (jobs <= 1) {
    loaded = ingest::load_inputs(options.inputs, [&](Source&& src) {
      sources.emplace_back().source = std::move(src);
      if (progress != nullptr) progress->add_total(1);
      const std::size_t index = sources.size() - 1;
      if (cap.past(index)) {
        skip_past_cap(sources.back(), options);
      } else {
        process_guarded(sources.back(), options, rules, with_claims);
      }
      cap.finish(index, source_at);
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
          bool past = false;
          {
            std::unique_lock<std::mutex> lock(mutex);
            ready.wait(lock, [&] {
              return worker_error || (next < sources.size() && !cap.full()) ||
                     (!reading && next == sources.size());
            });
            if (worker_error || next == sources.size()) return;  // all taken, or failed
            index = next++;
            ps = &sources[index];
            past = cap.past(index);
          }
          if (past) {
            skip_past_cap(*ps, options);
          } else {
            process_guarded(*ps, options, rules, with_claims);
          }
          {
            std::lock_guard<std::mutex> lock(mutex);
            cap.finish(index, source_at);
          }
          ready.notify_all();
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
    if (progress != nullptr) progress->total_known();
  }
  if (worker_error) std::rethrow_exception(worker_error);
  if (progress != nullptr) progress->finish();
  cap.report(sources);

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

namespace {

/// Lines of `extract --lines` extracted at once, at most (and about kMaxPieceBytes).
constexpr std::size_t kLinesPerBatch = 65536;

}  // namespace

void run_lines(const PipelineOptions& options, const rules::RuleSet& rules,
               std::vector<Problem>& problems,
               const std::function<void(std::size_t, const std::vector<Mention>&)>& emit) {
  auto loaded = ingest::load_inputs(options.inputs);
  for (const auto& e : loaded.errors) problems.push_back(to_problem(e));
  std::size_t line_no = 0;
  for (const auto& src : loaded.sources) {
    // Split into lines; each is its own document with spans counted from its start. The
    // lines are read in batches of about kMaxPieceBytes, each written out before the
    // next is read, so that the mentions held are those of one batch.
    std::string_view all(src.bytes);
    if (src.bom_bytes > 0) all.remove_prefix(src.bom_bytes);
    std::size_t begin = 0;
    std::vector<std::string_view> lines;
    std::vector<std::vector<Mention>> out;
    std::vector<char> capped;
    while (begin < all.size()) {
      lines.clear();
      std::size_t batch_bytes = 0;
      while (begin < all.size() && batch_bytes < kMaxPieceBytes && lines.size() < kLinesPerBatch) {
        std::size_t end = all.find('\n', begin);
        if (end == std::string_view::npos) end = all.size();
        std::string_view line = all.substr(begin, end - begin);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        batch_bytes += end + 1 - begin;
        begin = end + 1;
      }
      out.assign(lines.size(), {});
      capped.assign(lines.size(), 0);
      util::parallel_for(lines.size(), options.jobs, [&](std::size_t i) {
        bool cut = false;
        out[i] = extract_text(lines[i], options.published, options.prefer_future, rules, &cut);
        capped[i] = cut ? 1 : 0;
      });
      for (std::size_t i = 0; i < lines.size(); ++i) {
        ++line_no;
        if (capped[i] != 0)
          problems.push_back(Problem{src.path, static_cast<int>(line_no), 0, cap_message()});
        emit(line_no, out[i]);
        std::vector<Mention>().swap(out[i]);
      }
    }
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
    // A moved-from claim still takes its kilobyte: the source's vector goes now, not with
    // `processed` after the comparison.
    std::vector<Claim>().swap(ps.claims);
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
