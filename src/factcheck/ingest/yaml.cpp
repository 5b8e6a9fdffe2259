#include "factcheck/ingest/yaml.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <vector>

#include "factcheck/core/span.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::ingest {

bool quote_closed_on_its_line(std::string_view text, std::size_t open) {
  if (open >= text.size()) return true;
  const char q = text[open];
  if (q != '"' && q != '\'') return true;  // a block scalar (| or >), or no quote here
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r') return false;
    if (q == '"' && c == '\\') {
      ++i;  // an escape; "\" at the end of a line continues it, which is a break too
      if (i < text.size() && (text[i] == '\n' || text[i] == '\r')) return false;
      continue;
    }
    if (c == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' inside single quotes
        continue;
      }
      return true;
    }
  }
  return false;
}

namespace {

/// The first quote before byte `limit` of `text` that opens a value (after "key: ",
/// "- ", '[', '{' or ',', or at the start of a line) and is not closed on its line:
/// where a parse error that yaml-cpp reports lines later most often begins.
std::optional<std::size_t> open_quote_before(std::string_view text, std::size_t limit) {
  limit = std::min(limit, text.size());
  for (std::size_t i = 0; i < limit; ++i) {
    const char c = text[i];
    if (c != '"' && c != '\'') continue;
    std::size_t j = i;
    while (j > 0 && (text[j - 1] == ' ' || text[j - 1] == '\t')) --j;
    const char before = j == 0 ? '\n' : text[j - 1];
    const bool opens = before == '\n' || before == '[' || before == '{' || before == ',' ||
                       ((before == ':' || before == '-') && j < i);
    if (!opens) continue;
    if (!quote_closed_on_its_line(text, i)) return i;
    // Skip to the end of this quoted scalar on its line.
    for (std::size_t k = i + 1; k < text.size() && text[k] != '\n'; ++k) {
      if (c == '"' && text[k] == '\\') {
        ++k;
        continue;
      }
      if (text[k] == c) {
        if (c == '\'' && k + 1 < text.size() && text[k + 1] == '\'') {
          ++k;
          continue;
        }
        i = k;
        break;
      }
    }
  }
  return std::nullopt;
}

class Lint {
 public:
  Lint(std::string_view text, const std::string& file, const YamlOptions& options)
      : text_(text), file_(file), options_(options), index_(text) {}

  /// The first error in `node` and below it, if any.
  std::optional<Error> check(const YAML::Node& node) {
    if (!node.IsDefined() || node.IsNull()) return std::nullopt;
    // An alias is the node of its anchor again, at the anchor's place: each place is
    // checked once (walking a billion laughs' aliases would take for ever).
    if (const int pos = node.Mark().pos; pos >= 0 && !visited_.insert(pos).second) {
      return std::nullopt;
    }
    if (node.IsScalar()) return check_scalar(node);
    if (node.IsSequence()) {
      for (const auto& item : node) {
        if (auto e = check(item)) return e;
      }
      return std::nullopt;
    }
    if (node.IsMap()) {
      std::set<std::string> keys;
      for (auto kv = node.begin(); kv != node.end(); ++kv) {
        const YAML::Node key = kv->first;
        const YAML::Node value = kv->second;
        if (auto e = check(key)) return e;
        if (options_.duplicate_keys && key.IsScalar() && !keys.insert(key.Scalar()).second) {
          return error(key.Mark(), "the key '" + key.Scalar() + "' is given twice in one map");
        }
        if (auto e = check(value)) return e;
      }
    }
    return std::nullopt;
  }

  Error error(const YAML::Mark& mark, std::string message) const {
    const int line = mark.line >= 0 ? mark.line + 1 : 0;
    const int column = mark.line >= 0 ? index_.column_at(mark.line, mark.column) : 0;
    return Error{options_.code, std::move(message), file_, line, column};
  }

 private:
  std::optional<Error> check_scalar(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.pos < 0) return std::nullopt;
    if (!quote_closed_on_its_line(text_, static_cast<std::size_t>(mark.pos))) {
      return error(mark,
                   "the quote opened here is not closed on its line (a missing closing quote?); "
                   "a value that spans lines is written as a block: | or >");
    }
    return std::nullopt;
  }

  std::string_view text_;
  const std::string& file_;
  const YamlOptions& options_;
  LineIndex index_;
  std::set<int> visited_;  ///< the places (byte offsets) of the nodes checked
};

}  // namespace

Result<YAML::Node> load_yaml(std::string_view text, const std::string& file, YamlOptions options) {
  if (const auto bad = util::find_invalid_utf8(text)) {
    const LineIndex index(text);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
    return make_error(options.code,
                      "invalid UTF-8 byte " + std::string(hex) + "; re-save the file as UTF-8",
                      file, index.line_of(*bad), index.column_of(*bad));
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    const Lint lint(text, file, options);
    const LineIndex index(text);
    const std::size_t at = e.mark.line >= 0 ? index.line_start(e.mark.line + 1) : text.size();
    if (const auto open =
            open_quote_before(text, at + static_cast<std::size_t>(std::max(0, e.mark.column)))) {
      return make_error(options.code,
                        "the quote opened here is not closed on its line (a missing closing "
                        "quote?); YAML then fails further on: " +
                            e.msg,
                        file, index.line_of(*open), index.column_of(*open));
    }
    return tl::unexpected(lint.error(e.mark, "not valid YAML: " + e.msg));
  }
  Lint lint(text, file, options);
  if (auto e = lint.check(root)) return tl::unexpected(std::move(*e));
  return root;
}

}  // namespace fc::ingest
