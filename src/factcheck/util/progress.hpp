// A progress bar on standard error for long runs: shown only when standard error is a
// terminal, never with --quiet, and only once the work has lasted a while, so that short
// runs, pipes, CI logs and reports are never touched. Knows nothing of fact-checking:
// the pipeline counts sources with it, and `index` can count whatever it stores.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>
#include <string_view>

namespace fc::util {

/// Seconds of work after which the bar appears (a shorter run never shows it).
inline constexpr double kProgressDelaySeconds = 1.0;
/// At most this many redraws per second.
inline constexpr double kProgressRedrawSeconds = 0.1;

/// Whether a bar may be shown at all: not with --quiet, and only on a terminal.
[[nodiscard]] bool progress_wanted(bool quiet, bool stream_is_terminal);

/// Whether standard error is a terminal (isatty(2)).
[[nodiscard]] bool stderr_is_terminal();

/// Whether the bar is due: the work is long (`elapsed_seconds` past the delay) and not
/// finished (`done` < `total`, or the total is not known yet: the sources are still being
/// found, as on one thread, where each is read just before it is processed).
[[nodiscard]] bool progress_due(double elapsed_seconds, std::size_t done, std::size_t total,
                                bool total_known = true);

/// One line of the bar, without the leading carriage return:
/// "extract [########------------]  512/2048 sources  25%  3.1 s". `width` is the number
/// of cells of the bar itself; `done` is clamped to `total`.
[[nodiscard]] std::string format_progress(std::string_view label, std::size_t done,
                                          std::size_t total, double elapsed_seconds,
                                          int width = 30);

/// The line while the total is not known: "extract  512 sources  3.1 s" (no bar and no
/// percentage, which would go back each time more sources are found).
[[nodiscard]] std::string format_counting(std::string_view label, std::size_t done,
                                          double elapsed_seconds);

/// A bar redrawn in place on `out` ("\r" + line, cleared at the end). Thread-safe:
/// workers call advance(); a redraw happens at most every kProgressRedrawSeconds, and
/// never shows less done than an earlier one (two workers' counts may arrive out of order).
class Progress {
 public:
  /// `enabled` is progress_wanted(...); a disabled bar never writes anything.
  Progress(std::ostream& out, std::string label, bool enabled);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();

  /// Starts counting towards `total` items (the clock starts here); `known` false: more
  /// will be added (add_total) until total_known() is called.
  void start(std::size_t total, bool known = true);
  /// `n` more items to do: the total grows while they are still being found (any thread).
  void add_total(std::size_t n);
  /// Every item is found: from now on the bar and percentage are drawn.
  void total_known();
  /// One more item done (any thread).
  void advance();
  /// Draws for `done` items after `elapsed_seconds` when due (advance() calls it with the
  /// clock; tests call it directly).
  void update(std::size_t done, double elapsed_seconds);
  /// Clears the bar's line if it was drawn; later calls draw nothing.
  void finish();

  [[nodiscard]] bool drawn() const { return drawn_; }

 private:
  std::ostream& out_;
  std::string label_;
  bool enabled_;
  std::atomic<std::size_t> total_{0};
  std::atomic<std::size_t> done_{0};
  std::atomic<bool> known_{true};
  std::size_t shown_ = 0;  ///< the most done drawn: a redraw never shows fewer
  std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;
  double last_draw_ = -1.0;
  bool drawn_ = false;
  bool finished_ = false;
};

}  // namespace fc::util
