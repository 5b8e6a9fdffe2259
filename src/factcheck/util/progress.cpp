#include "factcheck/util/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace fc::util {

bool progress_wanted(bool quiet, bool stream_is_terminal) { return !quiet && stream_is_terminal; }

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

bool progress_due(double elapsed_seconds, std::size_t done, std::size_t total) {
  return elapsed_seconds >= kProgressDelaySeconds && done < total;
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

void Progress::start(std::size_t total) {
  total_ = total;
  done_ = 0;
  start_ = std::chrono::steady_clock::now();
}

void Progress::add_total(std::size_t n) { total_ += n; }

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
  if (!progress_due(elapsed_seconds, done, total_)) return;
  if (last_draw_ >= 0 && elapsed_seconds - last_draw_ < kProgressRedrawSeconds) return;
  last_draw_ = elapsed_seconds;
  out_ << '\r' << format_progress(label_, done, total_, elapsed_seconds) << std::flush;
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
