// The Markdown report: section order, escaping of everything from a source, isolation of
// Arabic quotes, the figure marked inside its quote, and a render through cmark-gfm.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

#include "factcheck/report/markdown_text.hpp"
#include "support/cli.hpp"
#include "unit/test_report_sample.hpp"

using fc::report::escape_text;
using fc::report::marked_quote;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos;
       pos = text.find(what, pos + what.size())) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("the Markdown report has its sections in the order SPEC.md gives", "[report][markdown]") {
  const std::string md = fc::report::to_markdown(fc::test::sample_report());
  const char* sections[] = {"# Fact-consistency report\n", "\n## Summary\n",
                            "\n## Contradictions\n",       "\n## Corroborated claims\n",
                            "\n## Single-source claims\n", "\n## Timeline\n",
                            "\n## Input problems\n"};
  std::size_t last = 0;
  for (const char* s : sections) {
    const auto pos = md.find(s);
    INFO(s);
    REQUIRE(pos != std::string::npos);
    CHECK(pos >= last);
    last = pos;
  }
  CHECK(md.rfind("# Fact-consistency report\n", 0) == 0);
}

TEST_CASE("the summary counts findings by kind and severity and lists each source's date",
          "[report][markdown]") {
  const std::string md = fc::report::to_markdown(fc::test::sample_report());
  CHECK(md.find("| contradiction | 1 | 1 | 0 | 2 |") != std::string::npos);
  CHECK(md.find("| single-source | 0 | 0 | 6 | 6 |") != std::string::npos);
  CHECK(md.find("| all | 1 | 2 | 7 | 10 |") != std::string::npos);
  CHECK(md.find("| 2023-03-07 | manifest |") != std::string::npos);
  CHECK(md.find("| 2023-03-08 | text: ") != std::string::npos);
  CHECK(md.find("| unknown | unknown |") != std::string::npos);
}

TEST_CASE("text from a source cannot inject Markdown HTML links or bidi controls",
          "[report][markdown][escape]") {
  const std::string e = escape_text(
      "**b** _i_ `c` <script>x</script> [l](http://e.example) ![i](p) a|b $x$ @me www.e.com "
      "&amp; # h\n- item\u202Eevil\u2066x\u2069");
  CHECK(e.find("**") == std::string::npos);
  CHECK(e.find("\\*\\*b\\*\\*") != std::string::npos);
  CHECK(e.find("<script>") == std::string::npos);
  CHECK(e.find("\\<script\\>") != std::string::npos);
  CHECK(e.find("\\[l\\]\\(http\\://e.example\\)") != std::string::npos);
  CHECK(e.find("a\\|b") != std::string::npos);
  CHECK(e.find("\\$x\\$") != std::string::npos);
  CHECK(e.find("www\\.e.com") != std::string::npos);
  CHECK(e.find("\\&amp;") != std::string::npos);
  CHECK(e.find('\n') == std::string::npos);
  for (const char* bidi :
       {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"}) {
    CHECK(e.find(bidi) == std::string::npos);
  }
}

TEST_CASE("the figure is marked in bold inside its quote and long quotes are cut around it",
          "[report][markdown]") {
  CHECK(marked_quote("نحو 2500 جندي", 7, 11) == "نحو **2500** جندي");
  // "50٪" followed by a letter cannot close ** in CommonMark: <b> marks it instead.
  const std::string q = "ارتفع بنسبة 50٪في المئة";
  const auto at = q.find("50");
  CHECK(marked_quote(q, at, at + std::string("50٪").size()) == "ارتفع بنسبة <b>50٪</b>في المئة");
  // A span outside the quote leaves the quote unmarked.
  CHECK(marked_quote("abc", 5, 9) == "abc");
  const std::string long_quote = std::string(400, 'a') + " 42 " + std::string(400, 'b');
  const std::string cut = marked_quote(long_quote, 401, 403, 10);
  CHECK(cut == "…aaaaaaaaa **42** bbbbbbbbb…");
  // Words are kept whole on both sides, the spaces at a cut dropped ("…" touches a word).
  const std::string words = "الأول الثاني الثالث الرابع قالوا 42 جنديا وصلوا أمس إلى القاعدة";
  const auto at42 = words.find("42");
  CHECK(marked_quote(words, at42, at42 + 2, 16) == "…الرابع قالوا **42** جنديا وصلوا أمس…");
  CHECK(marked_quote("one two three four 42 five six seven eight", 19, 21, 8) ==
        "…four **42** five…");
  // Unmarked, a long quote is cut after its last whole word.
  CHECK(marked_quote("alpha beta gamma delta", 30, 31, 6) == "alpha beta…");
}

TEST_CASE("Arabic quotes are isolated in the report tables", "[report][markdown][bidi]") {
  const std::string md = fc::report::to_markdown(fc::test::sample_report());
  CHECK(md.find("<span dir=\"auto\">قال المسؤول إن نحو **2500** جندي أمريكي ما زالوا في "
                "العراق.</span>") != std::string::npos);
  // Every isolate opened is closed, no invisible isolate is left (GitHub flags them), and
  // the hostile override never reaches the report.
  CHECK(count_of(md, "<span dir=\"auto\">") + count_of(md, "<span>@</span>") ==
        count_of(md, "</span>"));
  CHECK(md.find("\u2068") == std::string::npos);
  CHECK(md.find("\u202E") == std::string::npos);
}

TEST_CASE("long single-source lists are folded and the draft has its own section",
          "[report][markdown]") {
  auto rep = fc::test::sample_report();
  std::string md = fc::report::to_markdown(rep);
  // A plain line says what the folded table holds (a renderer may drop <details>).
  CHECK(md.find("6 claims only 001 makes.\n\n<details><summary>Show the table</summary>\n\n") !=
        std::string::npos);
  CHECK(md.find("## Unverified draft claims") == std::string::npos);
  rep.draft = "002";
  md = fc::report::to_markdown(rep);
  const auto unverified = md.find("## Unverified draft claims");
  REQUIRE(unverified != std::string::npos);
  CHECK(unverified > md.find("## Single-source claims"));
  CHECK(unverified < md.find("## Timeline"));
  // 002's troops claim is corroborated and its casualties claim contradicted; its date of
  // the invasion is in no finding: unverified.
  CHECK(md.find("1 claim of the draft that no other source confirms.") != std::string::npos);
  CHECK(md.find("| <span dir=\"auto\">invasion\\|</span> | <span dir=\"auto\">March 20, "
                "2003</span> (2003-03-20) | 2 |") != std::string::npos);
}

TEST_CASE("the timeline has a Mermaid block with sanitized labels and a plain table",
          "[report][markdown][timeline]") {
  const std::string md = fc::report::to_markdown(fc::test::sample_report());
  CHECK(md.find("```mermaid\ntimeline\n") != std::string::npos);
  CHECK(md.find("    2003-03-19 : invasion (001)\n") != std::string::npos);
  CHECK(md.find("    2003-03-20 : invasion (000, 002)\n") != std::string::npos);
  CHECK(md.find("| 2003-03-19 | <span dir=\"auto\">invasion</span> |") != std::string::npos);
  CHECK(fc::report::mermaid_text("a:b#c;d`e```") == "a b c d e");
}

TEST_CASE("cmark-gfm renders the report with quotes isolated and injected markup as text",
          "[report][markdown][render]") {
  if (std::system("command -v cmark-gfm > /dev/null 2>&1") != 0) {
    WARN("cmark-gfm is not installed: the render check is skipped");
    return;
  }
  fc::test::TempDir tmp;
  fc::test::write_file(tmp.file("r.md"), fc::report::to_markdown(fc::test::sample_report()));
  // --unsafe lets raw HTML through: whatever HTML comes out is what the report wrote.
  const std::string cmd = "cmark-gfm -e table -e autolink -e strikethrough --unsafe " +
                          fc::test::shell_quote(tmp.file("r.md")) + " > " +
                          fc::test::shell_quote(tmp.file("r.html"));
  REQUIRE(std::system(cmd.c_str()) == 0);
  const std::string html = fc::test::read_file(tmp.file("r.html"));
  REQUIRE(!html.empty());
  // Injected markup comes out as text.
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(2)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("href=\"http://evil.example") == std::string::npos);
  CHECK(html.find("href=\"http://x.example") == std::string::npos);
  CHECK(html.find("<strong>المصادر</strong>") == std::string::npos);
  CHECK(html.find("**المصادر**") != std::string::npos);
  CHECK(html.find("<b>يومية</b>") == std::string::npos);
  CHECK(html.find("\u202E") == std::string::npos);
  // The figure is bold, inside an isolated quote.
  CHECK(html.find("<span dir=\"auto\">قال المسؤول إن نحو <strong>2500</strong> جندي") !=
        std::string::npos);
  CHECK(html.find("أن <strong>2600</strong> جندي") != std::string::npos);
  // The pipe in the hostile quote did not split its row: every row has as many cells as
  // its table's header.
  std::size_t pos = 0;
  while ((pos = html.find("<table>", pos)) != std::string::npos) {
    const std::size_t end = html.find("</table>", pos);
    REQUIRE(end != std::string::npos);
    const std::string table = html.substr(pos, end - pos);
    long cells = -1;
    for (std::size_t r = table.find("<tr>"); r != std::string::npos;
         r = table.find("<tr>", r + 4)) {
      const std::string row = table.substr(r, table.find("</tr>", r) - r);
      const long n = static_cast<long>(count_of(row, "<td") + count_of(row, "<th"));
      if (cells < 0) cells = n;
      CHECK(n == cells);
    }
    pos = end;
  }
}

TEST_CASE("escaping copies plain runs whole and still sees www and links across them",
          "[report][markdown][escape]") {
  // The three characters before a '.' decide "www." wherever the runs break.
  CHECK(escape_text("جwww.x") == "جwww\\.x");
  CHECK(escape_text("ww:w.x") == "ww:w.x");
  CHECK(escape_text("w\x01ww.x") == "w ww.x");
  CHECK(escape_text("www\u202E.x") == "www\\.x");
  CHECK(escape_text("wwج.x") == "wwج.x");
  CHECK(escape_text("نحو http://x") == "نحو http\\://x");
  // Arabic letters (the letter mark U+061C among them) are copied; bad bytes are U+FFFD.
  CHECK(escape_text("جندي\u061Cا") == "جندي\u061Cا");
  CHECK(escape_text("جندي\xff") == "جندي\uFFFD");
  CHECK(escape_text("\xd8") == "\uFFFD");
}

TEST_CASE("code spans fence ids and keys and anything with backticks or controls",
          "[report][markdown][escape]") {
  using fc::report::code_span;
  CHECK(code_span("00065d29f1aab4de") == "`00065d29f1aab4de`");
  CHECK(code_span("troops|US|Iraq") == "`troops|US|Iraq`");
  CHECK(code_span("a`b") == "``a`b``");
  CHECK(code_span("`a") == "`` `a ``");
  CHECK(code_span(" a") == "`  a `");
  CHECK(code_span("a\nb") == "`a b`");
  CHECK(code_span("جندي|US") == "`جندي|US`");
  CHECK(code_span("") == "` `");
}

TEST_CASE("pieces appended to a buffer read as the strings made on their own",
          "[report][markdown][escape]") {
  const std::string quote = "قال إن **2500** جندي <b> www.x http://y ما زالوا";
  const auto at = quote.find("2500");
  std::string out = "x";
  fc::report::append_marked_quote(out, quote, at, at + 4, 10);
  CHECK(out == "x" + marked_quote(quote, at, at + 4, 10));
  out = "y";
  fc::report::append_isolated(out, quote);
  CHECK(out == "y" + fc::report::isolated_text(quote));
}
