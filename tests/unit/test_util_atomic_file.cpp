#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <ostream>
#include <string>
#include <thread>

#include "factcheck/util/atomic_file.hpp"
#include "support/cli.hpp"

using fc::test::TempDir;

TEST_CASE("a report written over an old one replaces it whole", "[util][atomic]") {
  TempDir dir;
  const auto path = dir.file("r.md");
  fc::test::write_file(path, "old");
  REQUIRE(fc::util::write_file_atomic(path, "new report\n").has_value());
  CHECK(fc::test::read_file(path) == "new report\n");
  // No temporary file is left beside it.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    (void)e;
    ++files;
  }
  CHECK(files == 1);
}

TEST_CASE("a failed write leaves the old report intact and names the file", "[util][atomic]") {
  TempDir dir;
  const auto missing = dir.file("no/such/folder/r.md");
  const auto r = fc::util::write_file_atomic(missing, "x");
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().file == missing);
  if (::geteuid() != 0) {  // root writes anywhere: the read-only case needs a user
    const auto ro = dir.file("ro");
    std::filesystem::create_directory(ro);
    fc::test::write_file(ro + "/r.md", "old");
    ::chmod(ro.c_str(), 0555);
    CHECK_FALSE(fc::util::write_file_atomic(ro + "/r.md", "new").has_value());
    CHECK(fc::test::read_file(ro + "/r.md") == "old");
    ::chmod(ro.c_str(), 0755);
  }
}

TEST_CASE("a report streamed piece by piece is written whole", "[util][atomic]") {
  TempDir dir;
  const auto path = dir.file("big.md");
  fc::test::write_file(path, "old");
  std::string expected;
  for (int i = 0; i < 20000; ++i) expected += "line " + std::to_string(i) + "\n";
  // Pieces smaller and larger than the write buffer.
  const std::string large(200000, 'x');
  expected += large;
  const auto r = fc::util::write_file_atomic(path, [&](std::ostream& out) {
    for (int i = 0; i < 20000; ++i) out << "line " << i << "\n";
    out << large;
  });
  REQUIRE(r.has_value());
  CHECK(fc::test::read_file(path) == expected);
}

TEST_CASE("a report sent to a device or a pipe is written there and the node is kept",
          "[util][atomic]") {
  // As root the old code renamed its temporary file over /dev/null, replacing the device
  // with a regular file; as a user it could not write there at all.
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  REQUIRE(S_ISCHR(st.st_mode));
  REQUIRE(fc::util::write_file_atomic("/dev/null", "a report\n").has_value());
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));

  // A named pipe: what is written comes out of the other end, and it stays a pipe.
  TempDir dir;
  const auto fifo = dir.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string sent = "through the pipe\n";
  // Opened read-write, the pipe never blocks its opener and never reaches end of file;
  // the reader waits at most 5 s for each piece (a replaced pipe would send nothing).
  const int fd = ::open(fifo.c_str(), O_RDWR);
  REQUIRE(fd >= 0);
  std::string received;
  std::thread reader([&] {
    char buf[64];
    while (received.size() < sent.size()) {
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, 5000) <= 0) break;
      const ssize_t n = ::read(fd, buf, sizeof buf);
      if (n <= 0) break;
      received.append(buf, static_cast<std::size_t>(n));
    }
  });
  const auto r = fc::util::write_file_atomic(fifo, sent);
  reader.join();
  ::close(fd);
  REQUIRE(r.has_value());
  CHECK(received == sent);
  REQUIRE(::stat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("a report path that is a link replaces the file it names and keeps the link",
          "[util][atomic]") {
  TempDir dir;
  std::filesystem::create_directory(dir.file("real"));
  const auto real = dir.file("real/r.md");
  fc::test::write_file(real, "old");
  const auto link = dir.file("r.md");
  std::filesystem::create_symlink("real/r.md", link);
  REQUIRE(fc::util::write_file_atomic(link, "new\n").has_value());
  CHECK(std::filesystem::is_symlink(link));
  CHECK(fc::test::read_file(real) == "new\n");
  // A link to a file not made yet: the file is made where the link points.
  const auto dangling = dir.file("d.md");
  std::filesystem::create_symlink("real/later.md", dangling);
  REQUIRE(fc::util::write_file_atomic(dangling, "later\n").has_value());
  CHECK(std::filesystem::is_symlink(dangling));
  CHECK(fc::test::read_file(dir.file("real/later.md")) == "later\n");
}

TEST_CASE("a report path that is a folder is an error that says so", "[util][atomic]") {
  TempDir dir;
  const auto r = fc::util::write_file_atomic(dir.path(), "x");
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().file == dir.path());
  CHECK(r.error().message.find("folder") != std::string::npos);
}

TEST_CASE("a report sent to one of the process's descriptors goes through it as it is",
          "[util][atomic]") {
  // A pipe behind /dev/fd/N (what `--json >(wc -c)` and `| head` give): the links under
  // /proc name "pipe:[...]", which is no file; the old code tried to make a temporary
  // file beside it and failed.
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  const auto r = fc::util::write_file_atomic("/dev/fd/" + std::to_string(ends[1]), "piped\n");
  ::close(ends[1]);
  REQUIRE(r.has_value());
  char buf[16] = {};
  CHECK(::read(ends[0], buf, sizeof buf) == 6);
  ::close(ends[0]);
  CHECK(std::string(buf) == "piped\n");

  // A file opened for appending (`>> log`): the report is appended, the file is the same
  // file (not swapped for a new one behind the descriptor).
  TempDir dir;
  const auto log = dir.file("log.md");
  fc::test::write_file(log, "before\n");
  const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
  REQUIRE(fd >= 0);
  struct stat before {};
  REQUIRE(::stat(log.c_str(), &before) == 0);
  REQUIRE(fc::util::write_file_atomic("/proc/self/fd/" + std::to_string(fd), "after\n"));
  ::close(fd);
  struct stat after {};
  REQUIRE(::stat(log.c_str(), &after) == 0);
  CHECK(after.st_ino == before.st_ino);
  CHECK(fc::test::read_file(log) == "before\nafter\n");
}
