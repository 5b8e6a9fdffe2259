// The Markdown report as a browser gets it (issue 19): rendered by cmark-gfm with GitHub's
// extensions, every Arabic letter sits inside an isolate (an element with a dir
// attribute), only the writer's own elements appear, and nothing in an article (markup,
// links, e-mail addresses, bidi controls) became markup or a link. In factcheck_tool_tests:
// ctest's render_cmark runs them, skipped when cmark-gfm is not installed.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>
#include <string>

#include "factcheck/util/utf8.hpp"
#include "support/cli.hpp"
#include "support/tools.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;

namespace {

/// The report's HTML: cmark-gfm with GitHub's extensions; --unsafe keeps raw HTML, so
/// what comes out is what the report wrote.
std::string render(const TempDir& d, const std::string& md_path) {
  const std::string cmd = "cmark-gfm -e table -e autolink -e strikethrough -e tagfilter --unsafe " +
                          fc::test::shell_quote(md_path) + " > " +
                          fc::test::shell_quote(d.file("r.html"));
  REQUIRE(std::system(cmd.c_str()) == 0);
  return read_file(d.file("r.html"));
}

struct RenderCheck {
  std::set<std::string> tags;      ///< element names seen
  std::size_t arabic_outside = 0;  ///< Arabic letters outside any isolate (and not in <pre>)
  std::size_t arabic_inside = 0;   ///< Arabic letters inside one
  std::string first_outside;       ///< context of the first letter outside
};

/// Walks the HTML: element names, and for each Arabic letter whether an element with a
/// dir attribute (or <bdi>) encloses it. Text inside <pre> (the Mermaid block) is left out.
RenderCheck walk(const std::string& html) {
  RenderCheck out;
  std::vector<std::pair<std::string, bool>> open;  // element, isolates
  std::size_t isolates = 0;
  std::size_t pre = 0;
  std::size_t pos = 0;
  while (pos < html.size()) {
    if (html[pos] == '<') {
      const std::size_t end = html.find('>', pos);
      REQUIRE(end != std::string::npos);
      const std::string tag = html.substr(pos + 1, end - pos - 1);
      pos = end + 1;
      if (tag.empty() || tag[0] == '!') continue;
      const bool closing = tag[0] == '/';
      std::string name = tag.substr(closing ? 1 : 0);
      name = name.substr(0, name.find_first_of(" /"));
      out.tags.insert(name);
      if (name == "br" || name == "hr" || name == "img" || name == "input") continue;
      if (!closing) {
        const bool iso = name == "bdi" || tag.find(" dir=") != std::string::npos;
        open.emplace_back(name, iso);
        isolates += iso;
        pre += name == "pre";
      } else if (!open.empty()) {
        isolates -= open.back().second;
        pre -= open.back().first == "pre";
        open.pop_back();
      }
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = fc::util::decode_utf8_or(html, pos, len, 0xFFFD);
    if (cp >= 0x0620 && cp <= 0x064A && pre == 0) {
      if (isolates > 0) {
        ++out.arabic_inside;
      } else if (out.arabic_outside++ == 0) {
        out.first_outside = html.substr(pos > 80 ? pos - 80 : 0, 160);
      }
    }
    pos += len;
  }
  return out;
}

const std::set<std::string> kWriterElements = {
    "h1", "h2", "h3", "h4",      "p",       "table", "thead", "tbody",
    "tr", "th", "td", "strong",  "b",       "span",  "code",  "pre",
    "ul", "li", "ol", "details", "summary", "em",    "br",    "blockquote"};

}  // namespace

TEST_CASE("the seeds' report renders with every Arabic run isolated and no link",
          "[golden][render][cli]") {
  REQUIRE(fc::test::have_cmark());
  TempDir d;
  const auto r = run_cli({"check", "seeds", "--report", d.file("r.md"), "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  const std::string html = render(d, d.file("r.md"));
  const RenderCheck c = walk(html);
  INFO("first Arabic letter outside an isolate: " << c.first_outside);
  CHECK(c.arabic_outside == 0);
  CHECK(c.arabic_inside > 1000);
  for (const auto& tag : c.tags) {
    INFO("element " << tag);
    CHECK(kWriterElements.count(tag) == 1);
  }
  CHECK(html.find("<a ") == std::string::npos);
  // No invisible bidi controls: the isolates are elements (GitHub flags hidden ones).
  for (const char* control :
       {"\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"}) {
    CHECK(read_file(d.file("r.md")).find(control) == std::string::npos);
  }
}

TEST_CASE("markup, links and e-mail addresses in articles render as text",
          "[golden][render][cli][hostile]") {
  REQUIRE(fc::test::have_cmark());
  TempDir d;
  write_file(d.file("news/sources.yaml"),
             "sources:\n"
             "  - id: one\n    file: one.txt\n    outlet: \"<b>Wire</b> [x](http://a.example)\"\n"
             "    language: ar\n    published: 2024-05-02\n"
             "  - id: two\n    file: two.txt\n    outlet: Paper ali@desk.example\n"
             "    language: ar\n    published: 2024-05-02\n");
  write_file(d.file("news/one.txt"),
             "قال مراسلنا (desk@news.example) إن 4125 جنديا أمريكيا <script>x()</script> "
             "**كانوا** في بولندا يوم 1 مايو 2024 www.evil.example و http://evil.example.\n");
  write_file(d.file("news/two.txt"),
             "وكتب ali@desk.example أن 9870 جنديا أمريكيا كانوا في بولندا يوم 1 مايو 2024 "
             "\u202eعكس\u202c [رابط](http://evil.example).\n");
  const auto r =
      run_cli({"check", d.file("news"), "--report", d.file("r.md"), "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  const std::string html = render(d, d.file("r.md"));
  CHECK(html.find("<a ") == std::string::npos);
  CHECK(html.find("mailto:") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("\u202e") == std::string::npos);
  CHECK(html.find("desk<span>@</span>news.example") != std::string::npos);  // as written
  const RenderCheck c = walk(html);
  INFO("first Arabic letter outside an isolate: " << c.first_outside);
  CHECK(c.arabic_outside == 0);
  for (const auto& tag : c.tags) {
    INFO("element " << tag);
    CHECK(kWriterElements.count(tag) == 1);
  }
}

TEST_CASE("a folded table stays readable where a safe renderer drops raw HTML",
          "[golden][render][cli]") {
  REQUIRE(fc::test::have_cmark());
  TempDir d;
  std::string text;
  const char* places[] = {"Iraq", "Syria", "Jordan", "Libya", "Morocco", "Sudan"};
  for (int i = 0; i < 6; ++i) {
    text += "Officials said " + std::to_string(11 + i) + " people were killed in " + places[i] +
            " on 3 June 2024.\n";
  }
  write_file(d.file("news/one.txt"), text);
  write_file(d.file("news/two.txt"), "A spokesman said 3,480 US soldiers were in Romania.\n");
  const auto r = run_cli({"check", d.file("news"), "--published", "2024-06-04", "--report",
                          d.file("r.md"), "--fail-on", "never", "--quiet"});
  REQUIRE(r.exit_code == 0);
  // Without --unsafe cmark-gfm omits every raw HTML block, <details> included.
  const std::string cmd = "cmark-gfm -e table " + fc::test::shell_quote(d.file("r.md")) + " > " +
                          fc::test::shell_quote(d.file("safe.html"));
  REQUIRE(std::system(cmd.c_str()) == 0);
  const std::string html = read_file(d.file("safe.html"));
  CHECK(html.find("<details") == std::string::npos);
  CHECK(html.find("<p>6 claims only one makes.</p>") != std::string::npos);
  const std::size_t line = html.find("<p>6 claims only one makes.</p>");
  CHECK(html.find("<table>", line) != std::string::npos);
  CHECK(html.find("killed||MA", line) != std::string::npos);  // Morocco, by its ISO 3166 code
}
