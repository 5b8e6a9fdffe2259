#include "factcheck/report/mention_json.hpp"
#include "factcheck/report/report.hpp"

namespace fc::report {

std::string to_json(const Report& report) {
  Json j;
  j["schema"] = kSchema;
  j["tool"] = Json{{"name", "factcheck"}, {"version", report.tool_version}};
  j["sources"] = Json::array();
  for (const auto& s : report.sources) {
    j["sources"].push_back(Json{{"id", s.id},
                                {"path", s.path},
                                {"outlet", s.outlet},
                                {"language", s.language},
                                {"published", s.published ? util::to_iso(*s.published) : ""},
                                {"published_from", to_string(s.published_from)}});
  }
  j["claims"] = Json::array();
  for (const auto& c : report.claims) j["claims"].push_back(claim_to_json(c));
  j["findings"] = Json::array();
  j["problems"] = Json::array();
  for (const auto& p : report.problems) {
    j["problems"].push_back(
        Json{{"source", p.source}, {"line", p.line}, {"column", p.column}, {"message", p.message}});
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Result<Report> from_json(const std::string& /*text*/, const std::string& file) {
  return make_error(ErrorCode::kNotImplemented, "reading reports is not implemented yet", file);
}

std::string to_markdown(const Report& /*report*/) {
  return "# Fact-consistency report\n\nNot implemented yet (issue 6).\n";
}

std::string to_sarif(const Report& /*report*/) { return "{}\n"; }

std::string to_github_annotations(const Report& /*report*/) { return ""; }

}  // namespace fc::report
