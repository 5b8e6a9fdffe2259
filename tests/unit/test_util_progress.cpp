#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "factcheck/app/commands.hpp"
#include "factcheck/util/progress.hpp"

using fc::util::format_progress;
using fc::util::Progress;
using fc::util::progress_due;
using fc::util::progress_wanted;

TEST_CASE("the progress bar is off with --quiet and off when not on a terminal",
          "[util][progress]") {
  CHECK(progress_wanted(false, true));
  CHECK_FALSE(progress_wanted(true, true));
  CHECK_FALSE(progress_wanted(false, false));
  CHECK_FALSE(progress_wanted(true, false));
}

TEST_CASE("the progress bar appears only once the work has lasted a second", "[util][progress]") {
  CHECK_FALSE(progress_due(0.0, 0, 100));
  CHECK_FALSE(progress_due(0.99, 50, 100));
  CHECK(progress_due(1.0, 50, 100));
  CHECK(progress_due(30.0, 0, 100));
  // Finished work needs no bar.
  CHECK_FALSE(progress_due(5.0, 100, 100));
  CHECK_FALSE(progress_due(5.0, 0, 0));
}

TEST_CASE("the progress line shows the bar, the count, the percentage and the time",
          "[util][progress]") {
  CHECK(format_progress("check", 0, 4, 1.24, 8) == "check [--------]  0/4 sources  0%  1.2 s");
  CHECK(format_progress("check", 1, 4, 1.24, 8) == "check [##------]  1/4 sources  25%  1.2 s");
  CHECK(format_progress("extract", 3, 3, 2.0, 4) == "extract [####]  3/3 sources  100%  2.0 s");
  CHECK(format_progress("claims", 1, 1, 0.5, 2) == "claims [##]  1/1 source  100%  0.5 s");
  // More done than expected is shown as complete, never past the end of the bar.
  CHECK(format_progress("x", 9, 3, 1.0, 3) == "x [###]  3/3 sources  100%  1.0 s");
  CHECK(format_progress("x", 0, 0, 1.0, 3) == "x [---]  0/0 sources  0%  1.0 s");
}

TEST_CASE("a disabled progress bar writes nothing", "[util][progress]") {
  std::ostringstream err;
  {
    Progress p(err, "check", false);
    p.start(10);
    p.update(5, 3.0);
    p.advance();
    p.finish();
  }
  CHECK(err.str().empty());
}

TEST_CASE("a progress bar draws after the delay and erases its line at the end",
          "[util][progress]") {
  std::ostringstream err;
  Progress p(err, "check", true);
  p.start(10);
  p.update(2, 0.5);
  CHECK(err.str().empty());
  p.update(3, 1.5);
  CHECK(p.drawn());
  CHECK(err.str() == "\r" + format_progress("check", 3, 10, 1.5));
  // Redraws are rate-limited.
  p.update(4, 1.55);
  CHECK(err.str() == "\r" + format_progress("check", 3, 10, 1.5));
  p.finish();
  const std::string all = err.str();
  CHECK(all.substr(all.size() - 4) == "\r\x1b[K");
  // Nothing after the end.
  p.update(9, 9.0);
  CHECK(err.str() == all);
}

TEST_CASE("a short run leaves standard error untouched", "[util][progress]") {
  std::ostringstream err;
  {
    Progress p(err, "check", true);
    p.start(3);
    p.update(1, 0.1);
    p.update(3, 0.2);
  }
  CHECK(err.str().empty());
}

TEST_CASE("commands show no progress bar on a stream other than standard error",
          "[util][progress]") {
  std::ostringstream err;
  fc::app::ReadingArgs args;
  CHECK_FALSE(fc::app::progress_enabled(args, err));
  args.quiet = true;
  CHECK_FALSE(fc::app::progress_enabled(args, err));
}

TEST_CASE("while sources are still being found the line counts them, without a percentage",
          "[util][progress]") {
  CHECK(fc::util::format_counting("extract", 512, 3.14) == "extract  512 sources  3.1 s");
  CHECK(fc::util::format_counting("check", 1, 1.0) == "check  1 source  1.0 s");
  // With the total unknown the work is never "finished": one thread reads each source just
  // before processing it, so done equals the total found so far.
  CHECK(progress_due(1.0, 7, 7, false));
  CHECK_FALSE(progress_due(0.5, 7, 7, false));
  std::ostringstream err;
  Progress p(err, "extract", true);
  p.start(0, false);
  p.add_total(3);
  p.update(3, 1.2);
  CHECK(err.str() == "\rextract  3 sources  1.2 s\x1b[K");
  p.add_total(5);
  p.total_known();
  p.update(4, 1.5);
  CHECK(err.str().substr(err.str().rfind('\r')) == "\r" + format_progress("extract", 4, 8, 1.5));
}

TEST_CASE("a redraw never shows less done than the one before", "[util][progress]") {
  std::ostringstream err;
  Progress p(err, "check", true);
  p.start(100);
  p.update(62, 1.2);
  // A worker whose count was taken before another's draws later: still 62%.
  p.update(58, 1.4);
  const std::string all = err.str();
  CHECK(all.substr(all.rfind('\r')) == "\r" + format_progress("check", 62, 100, 1.4));
}
