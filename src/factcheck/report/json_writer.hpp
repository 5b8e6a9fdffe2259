// JSON text written as it is made, byte for byte as nlohmann's dump() prints the same
// tree (compact, or pretty from a given depth; UTF-8 kept as is; invalid UTF-8 replaced),
// without building the tree: the JSON report and the JSON Lines of `extract` and
// `claims` print hundreds of thousands of mentions and claims, and building a tree for
// each one took longer than printing it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fc::report {

class JsonWriter {
 public:
  /// Appends to `out`. `indent` < 0: compact, as dump(); else as dump(indent), the first
  /// line at the writer's position and every further one `depth` levels further in.
  explicit JsonWriter(std::string& out, int indent = -1, int depth = 0);

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The next member's key; its value follows.
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view text);
  JsonWriter& integer(std::int64_t value);
  JsonWriter& unsigned_integer(std::uint64_t value);
  /// As number_to_json: an integer when it is one and fits in 53 bits, else a double.
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  /// An array of strings.
  JsonWriter& strings(const std::vector<std::string>& items);

  /// key(name) then string(text), and the like.
  JsonWriter& member(std::string_view name, std::string_view text) {
    return key(name).string(text);
  }
  JsonWriter& member(std::string_view name, const char* text) { return key(name).string(text); }
  JsonWriter& member(std::string_view name, const std::string& text) {
    return key(name).string(text);
  }
  JsonWriter& member(std::string_view name, bool value) { return key(name).boolean(value); }

 private:
  struct Level {
    bool array = false;
    bool empty = true;  ///< nothing written inside yet: its opening is still to come
  };
  /// Separator, line break and indent before a value or key, and the deferred opening of
  /// the container it goes in (an empty one prints as {} or []).
  void before_item();
  void end(char close);
  void newline_indent(std::size_t level);

  std::string& out_;
  int indent_;
  std::size_t depth_;
  bool after_key_ = false;
  std::vector<Level> levels_;
};

/// Appends `text` as a JSON string (quotes included), as dump() with
/// error_handler_t::replace prints it.
void append_json_string(std::string& out, std::string_view text);

}  // namespace fc::report
