// Test support: run the built factcheck binary and capture its output and exit code;
// read files; make temporary folders. For golden and end-to-end tests.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace fc::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string source_dir() { return FC_SOURCE_DIR; }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_file(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

/// A fresh temporary folder, removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "factcheck-test-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

/// Runs `factcheck ARGS...` from the project's source folder, with `input` on standard input.
/// `prefix` is put before the binary (a command such as setpriv that then runs it).
inline CliResult run_cli(const std::vector<std::string>& args, const std::string& input = "",
                         const std::string& prefix = "") {
  TempDir tmp;
  write_file(tmp.file("in"), input);
  std::string cmd = "cd " + shell_quote(source_dir()) + " && " + prefix + shell_quote(FC_BINARY);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " < " + shell_quote(tmp.file("in")) + " > " + shell_quote(tmp.file("out")) + " 2> " +
         shell_quote(tmp.file("err"));
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(tmp.file("out"));
  r.err = read_file(tmp.file("err"));
  return r;
}

/// The prefix that runs factcheck without privileges: empty for a normal user; for root,
/// setpriv to the user `nobody`, so that file permissions apply. nullopt when root cannot
/// drop them here (no setpriv, or nobody cannot reach the binary).
inline std::optional<std::string> unprivileged_prefix() {
  if (::geteuid() != 0) return std::string();
  const std::string prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  const std::string probe = prefix + shell_quote(FC_BINARY) + " --version >/dev/null 2>&1";
  if (std::system(probe.c_str()) != 0) return std::nullopt;
  return prefix;
}

/// Splits text into lines (without the '\n').
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace fc::test
