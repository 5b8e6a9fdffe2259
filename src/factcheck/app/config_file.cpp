#include "factcheck/app/config_file.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "factcheck/core/limits.hpp"
#include "factcheck/core/span.hpp"
#include "factcheck/ingest/inputs.hpp"
#include "factcheck/ingest/yaml.hpp"

namespace fc::app {

namespace fs = std::filesystem;

namespace {

class Reader {
 public:
  Reader(const std::string& text, const std::string& path) : index_(text), path_(path) {}

  [[nodiscard]] tl::unexpected<Error> error(const YAML::Node& node, std::string message) const {
    const YAML::Mark m = node.Mark();
    const int line = m.line >= 0 ? m.line + 1 : 0;
    const int column = m.line >= 0 ? index_.column_at(m.line, m.column) : 0;
    return tl::unexpected(Error{ErrorCode::kUsage, std::move(message), path_, line, column});
  }

  /// A string, or a list of strings, for `key`.
  [[nodiscard]] Result<std::vector<std::string>> strings(const YAML::Node& value,
                                                         const std::string& key) const {
    std::vector<std::string> out;
    if (value.IsScalar()) {
      out.push_back(value.Scalar());
    } else if (value.IsSequence()) {
      for (const auto& item : value) {
        if (!item.IsScalar() || item.Scalar().empty()) {
          return error(item, "'" + key + "' takes text or a list of text");
        }
        out.push_back(item.Scalar());
      }
    } else if (!value.IsNull()) {
      return error(value, "'" + key + "' takes text or a list of text");
    }
    return out;
  }

 private:
  LineIndex index_;
  std::string path_;
};

std::string join(const std::string& dir, const std::string& path) {
  if (path.empty() || path.front() == '/' || dir.empty()) return path;
  return (fs::path(dir) / path).lexically_normal().string();
}

}  // namespace

Result<ConfigFile> parse_config(const std::string& text, const std::string& path) {
  auto root = ingest::load_yaml(text, path, {ErrorCode::kUsage, true});
  if (!root) return tl::unexpected(root.error());
  ConfigFile config;
  config.path = path;
  config.dir = fs::path(path).parent_path().string();
  const Reader reader(text, path);
  if (root->IsNull()) return config;  // an empty file: every default
  if (!root->IsMap()) return reader.error(*root, "a settings file is a map of settings");
  for (const auto& entry : *root) {
    const std::string key = entry.first.Scalar();
    const YAML::Node& value = entry.second;
    if (key == "checks") {
      auto dirs = reader.strings(value, key);
      if (!dirs) return tl::unexpected(dirs.error());
      for (const auto& d : *dirs) config.checks.push_back(join(config.dir, d));
    } else if (key == "ignore") {
      auto globs = reader.strings(value, key);
      if (!globs) return tl::unexpected(globs.error());
      config.ignore = std::move(*globs);
    } else if (key == "fail-on") {
      const std::string v = value.IsScalar() ? value.Scalar() : "";
      if (v != "error" && v != "warning" && v != "never") {
        return reader.error(value, "'fail-on' is error, warning or never");
      }
      config.fail_on = v;
    } else if (key == "jobs") {
      const std::string v = value.IsScalar() ? value.Scalar() : "";
      unsigned long n = 0;
      bool digits = !v.empty() && v.size() <= 6;
      for (char c : v) digits = digits && c >= '0' && c <= '9';
      if (digits) n = std::stoul(v);
      if (!digits || n == 0) return reader.error(value, "'jobs' is a whole number from 1");
      config.jobs = static_cast<unsigned>(n);
    } else {
      return reader.error(entry.first,
                          "unknown setting '" + key + "' (known: checks, fail-on, ignore, jobs)");
    }
  }
  return config;
}

Result<ConfigFile> load_config(const std::string& path) {
  auto text = ingest::read_file(path, kMaxYamlBytes);
  if (!text) return tl::unexpected(text.error());
  return parse_config(*text, path);
}

Result<std::optional<ConfigFile>> find_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = start.empty() || start == "-" ? fs::current_path(ec) : fs::absolute(start, ec);
  if (ec) return std::optional<ConfigFile>();
  dir = dir.lexically_normal();
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (;;) {
    const fs::path candidate = dir / kConfigName;
    if (fs::is_regular_file(candidate, ec)) {
      // Named as the user would: relative to the working folder when it lies below it.
      std::string shown = candidate.string();
      const fs::path cwd = fs::current_path(ec);
      if (!ec) {
        const fs::path rel = candidate.lexically_relative(cwd);
        if (!rel.empty() && rel.native().rfind("..", 0) != 0) shown = rel.string();
      }
      auto config = load_config(shown);
      if (!config) return tl::unexpected(config.error());
      return std::optional<ConfigFile>(std::move(*config));
    }
    if (fs::exists(dir / ".git", ec) || !dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::optional<ConfigFile>();
}

}  // namespace fc::app
