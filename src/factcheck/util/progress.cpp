#include "factcheck/util/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace fc::util {

bool progress_wanted(bool quiet, bool stream_is_terminal) { return !quiet && stream_is_terminal; }

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

bool progress_due(double elapsed_seconds, std::size_t done, std::size_t total, bool total_known) {
  return elapsed_seconds >= kProgressDelaySeconds && (!total_known || done < total);
}

std::string format_counting(std::string_view label, std::size_t done, double elapsed_seconds) {
  std::string line(label);
  line += "  " + std::to_string(done) + (done == 1 ? " source" : " sources");
  char tail[32];
  std::snprintf(tail, sizeof tail, "  %.1f s", elapsed_seconds);
  line += tail;
  return line;
}

std::string format_progress(std::string_view label, std::size_t done, std::size_t total,
                            double elapsed_seconds, int width) {
  done = std::min(done, total);
  const int cells = std::max(width, 1);
  const int filled =
      total == 0
          ? 0
          : static_cast<int>((static_cast<double>(done) / static_cast<double>(total)) * cells);
  const int percent =
      total == 0 ? 0
                 : static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total));
  std::string line(label);
  line += " [";
  line.append(static_cast<std::size_t>(filled), '#');
  line.append(static_cast<std::size_t>(cells - filled), '-');
  line += "]  ";
  line +=
      std::to_string(done) + "/" + std::to_string(total) + (total == 1 ? " source" : " sources");
  char tail[48];
  std::snprintf(tail, sizeof tail, "  %d%%  %.1f s", percent, elapsed_seconds);
  line += tail;
  return line;
}

Progress::Progress(std::ostream& out, std::string label, bool enabled)
    : out_(out), label_(std::move(label)), enabled_(enabled) {}

Progress::~Progress() { finish(); }

void Progress::start(std::size_t total, bool known) {
  total_ = total;
  known_ = known;
  done_ = 0;
  shown_ = 0;
  start_ = std::chrono::steady_clock::now();
}

void Progress::add_total(std::size_t n) { total_ += n; }

void Progress::total_known() { known_ = true; }

void Progress::advance() {
  const std::size_t done = ++done_;
  if (!enabled_) return;
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  update(done, elapsed.count());
}

void Progress::update(std::size_t done, double elapsed_seconds) {
  if (!enabled_) return;
  // A worker that finds another one drawing skips its redraw: the next one will do.
  std::unique_lock<std::mutex> lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock() || finished_) return;
  const bool known = known_;
  if (!progress_due(elapsed_seconds, done, total_, known)) return;
  if (last_draw_ >= 0 && elapsed_seconds - last_draw_ < kProgressRedrawSeconds) return;
  last_draw_ = elapsed_seconds;
  shown_ = std::max(shown_, done);
  out_ << '\r'
       << (known ? format_progress(label_, shown_, total_, elapsed_seconds)
                 : format_counting(label_, shown_, elapsed_seconds))
       // The counting line is shorter than the bar: clear what a longer line left.
       << (known ? "" : "\x1b[K") << std::flush;
  drawn_ = true;
}

void Progress::finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (finished_) return;
  finished_ = true;
  // Erase the line so that what follows on the terminal starts clean.
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
}

}  // namespace fc::util
