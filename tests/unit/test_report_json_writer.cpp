// JsonWriter prints what nlohmann's dump() prints for the same tree, compact and pretty
// from any depth: the JSON report and the JSON Lines kept their bytes when the tree went.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include "factcheck/report/json_writer.hpp"
#include "factcheck/report/report.hpp"
#include "unit/test_report_sample.hpp"

namespace {

using Json = nlohmann::ordered_json;

/// Feeds `j` to the writer node by node.
void feed(fc::report::JsonWriter& w, const Json& j) {
  switch (j.type()) {
    case Json::value_t::object:
      w.begin_object();
      for (const auto& [k, v] : j.items()) {
        w.key(k);
        feed(w, v);
      }
      w.end_object();
      break;
    case Json::value_t::array:
      w.begin_array();
      for (const auto& v : j) feed(w, v);
      w.end_array();
      break;
    case Json::value_t::string:
      w.string(j.get_ref<const std::string&>());
      break;
    case Json::value_t::boolean:
      w.boolean(j.get<bool>());
      break;
    case Json::value_t::number_integer:
      w.integer(j.get<std::int64_t>());
      break;
    case Json::value_t::number_unsigned:
      w.unsigned_integer(j.get<std::uint64_t>());
      break;
    case Json::value_t::number_float:
      w.number(j.get<double>());
      break;
    default:
      w.null();
  }
}

/// dump(indent) of `j` as it reads `depth` levels down a pretty tree.
std::string nested_dump(const Json& j, int indent, int depth) {
  const std::string text = j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
  if (indent < 0) return text;
  std::string out;
  for (const char c : text) {
    out += c;
    if (c == '\n') out.append(static_cast<std::size_t>(indent * depth), ' ');
  }
  return out;
}

std::string written(const Json& j, int indent, int depth) {
  std::string out;
  fc::report::JsonWriter w(out, indent, depth);
  feed(w, j);
  return out;
}

/// A tree of every kind of node, strings of every kind of character among them.
Json random_tree(std::mt19937& rng, int levels) {
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  static const std::string kPieces[] = {"a",
                                        "\xd8\xac\xd9\x86\xd8\xaf\xd9\x8a",
                                        "\"",
                                        "\\",
                                        "\n",
                                        "\t",
                                        "\x01",
                                        "\x1f",
                                        "\x7f",
                                        " ",
                                        "/",
                                        "\xe2\x80\x8f",
                                        "\xf0\x9f\x98\x80",
                                        "\xff",
                                        "\xd8",
                                        "\xe2\x80",
                                        "\xc0\xaf",
                                        "\r\b\f"};
  const int kind = levels <= 0 ? 2 + pick(6) : pick(8);
  switch (kind) {
    case 0: {
      Json o = Json::object();
      const int n = pick(4);
      for (int i = 0; i < n; ++i)
        o["k" + std::to_string(i) + kPieces[pick(18)]] = random_tree(rng, levels - 1);
      return o;
    }
    case 1: {
      Json a = Json::array();
      const int n = pick(4);
      for (int i = 0; i < n; ++i) a.push_back(random_tree(rng, levels - 1));
      return a;
    }
    case 2: {
      std::string s;
      const int n = pick(6);
      for (int i = 0; i < n; ++i) s += kPieces[pick(18)];
      return s;
    }
    case 3:
      return static_cast<std::int64_t>(rng()) - (std::int64_t{1} << 31);
    case 4:
      return static_cast<std::uint64_t>(rng()) << 20;
    case 5:
      return pick(2) == 0;
    case 6:
      return nullptr;
    default:
      return static_cast<double>(rng()) / 7.0 + 0.0625;  // never integral
  }
}

}  // namespace

TEST_CASE("JsonWriter prints what dump prints compact and pretty at any depth", "[report][json]") {
  std::mt19937 rng(20261130);
  for (int i = 0; i < 400; ++i) {
    const Json tree = random_tree(rng, 4);
    for (const int indent : {-1, 2, 4}) {
      for (const int depth : {0, 1, 2}) {
        if (indent < 0 && depth > 0) continue;
        INFO("tree " << i << " indent " << indent << " depth " << depth);
        REQUIRE(written(tree, indent, depth) == nested_dump(tree, indent, depth));
      }
    }
  }
}

TEST_CASE("JsonWriter prints empty containers numbers and odd strings as dump does",
          "[report][json]") {
  const Json edge = Json{{"empty_object", Json::object()},
                         {"empty_array", Json::array()},
                         {"nested", Json::array({Json::object(), Json::array(), 1})},
                         {"controls", std::string("a\x00z\x1f\x7f", 5)},
                         {"invalid", "x\xff\xfey\xe2\x82"},
                         {"half", 8.5},
                         {"big", 1e20},
                         {"negative", -3}};
  for (const int indent : {-1, 2})
    REQUIRE(written(edge, indent, 0) == nested_dump(edge, indent, 0));
  std::string out;
  fc::report::JsonWriter w(out);
  w.begin_array()
      .number(2500.0)
      .number(-0.0)
      .number(9007199254740992.0)
      .number(std::nan(""))
      .number(std::numeric_limits<double>::infinity())
      .end_array();
  const Json same = Json::array(
      {2500, 0, 9007199254740992.0, std::nan(""), std::numeric_limits<double>::infinity()});
  CHECK(out == same.dump());
}

TEST_CASE("the JSON report is dump 2 of its own tree", "[report][json]") {
  auto rep = fc::test::sample_report();
  rep.claims.front().quote += "\ttab \"quoted\" \\ \x01";
  const std::string text = fc::report::to_json(rep);
  CHECK(text == Json::parse(text).dump(2) + "\n");
}
