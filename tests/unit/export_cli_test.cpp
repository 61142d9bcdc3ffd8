// SPDX-License-Identifier: MIT
// The gloss CLI end to end: every --format, files into --out, links, imports and clear errors.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const std::string k_gloss = std::string(GLOSS_BINARY_DIR) + "/gloss";
const std::string k_sample = std::string(GLOSS_SOURCE_DIR) + "/assets/sample-article.txt";
const std::string k_pasted = std::string(GLOSS_SOURCE_DIR) + "/tests/data/pasted-article.txt";
const std::string k_tmp = std::string(GLOSS_BINARY_DIR) + "/cli-test-out";

bool have_cli() {
    struct stat st;
    return stat(k_gloss.c_str(), &st) == 0;
}

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// Runs a shell command line with stdout and stderr captured into files.
Run run(const std::string& args) {
    // Unique names: ctest runs test cases in parallel processes.
    static int counter = 0;
    const std::string tag = std::to_string(getpid()) + "-" + std::to_string(++counter);
    const std::string out = k_tmp + "/stdout-" + tag + ".txt";
    const std::string err = k_tmp + "/stderr-" + tag + ".txt";
    const int rc = std::system((k_gloss + " " + args + " >" + out + " 2>" + err).c_str());
    Run r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    std::remove(out.c_str());
    std::remove(err.c_str());
    return r;
}

std::string q(const std::string& s) { return "'" + s + "'"; }

} // namespace

TEST_CASE("cli: every export format, the link, and --out files") {
    if (!have_cli()) return;
    REQUIRE(std::system(("mkdir -p " + q(k_tmp)).c_str()) == 0);
    for (const char* format : {"json", "w3c", "brat", "displacy", "csv", "html"}) {
        const Run r = run("annotate " + q(k_sample) + " --format " + format);
        CHECK_MESSAGE(r.status == 0, format);
        CHECK_MESSAGE(!r.out.empty(), format);
    }
    const Run link = run("annotate " + q(k_sample) + " --format link --base-url https://example.org/gloss/");
    REQUIRE(link.status == 0);
    CHECK(link.out.rfind("https://example.org/gloss/#g1.", 0) == 0);
    MESSAGE("gloss annotate assets/sample-article.txt --format link: ", link.out.size() - 1 - 26,
            " characters after the base URL");

    // Several files: one link per line, in order.
    const Run two = run("annotate " + q(k_sample) + " " + q(k_pasted) + " --format link");
    REQUIRE(two.status == 0);
    const auto nl = two.out.find('\n');
    REQUIRE(nl != std::string::npos);
    CHECK(two.out.substr(nl + 1).rfind("#g1.", 0) == 0);
    MESSAGE("pasted 5 KB article link (no user notes): ", two.out.size() - nl - 2, " characters");

    // brat writes the .ann beside a .txt in --out.
    const std::string dir = k_tmp + "/brat";
    REQUIRE(std::system(("mkdir -p " + q(dir)).c_str()) == 0);
    const Run brat = run("annotate " + q(k_pasted) + " --format brat --out " + q(dir));
    REQUIRE(brat.status == 0);
    const std::string ann = slurp(dir + "/pasted-article.ann");
    const std::string txt = slurp(dir + "/pasted-article.txt");
    CHECK(!ann.empty());
    CHECK(txt == slurp(k_pasted));
    // ...and imports back from the pair.
    const Run imported = run("import brat " + q(dir + "/pasted-article.ann"));
    CHECK(imported.status == 0);
    CHECK(imported.err.find(" 0 not placed") != std::string::npos);
    CHECK(imported.out.find("\"format\":\"gloss\"") != std::string::npos);
}

TEST_CASE("cli: a link decodes back to the same document") {
    if (!have_cli()) return;
    REQUIRE(std::system(("mkdir -p " + q(k_tmp)).c_str()) == 0);
    const Run link = run("annotate " + q(k_pasted) + " --format link");
    REQUIRE(link.status == 0);
    const std::string fragment = link.out.substr(0, link.out.size() - 1);
    const Run decoded = run("decode-link " + q(fragment));
    REQUIRE(decoded.status == 0);
    const Run direct = run("annotate " + q(k_pasted) + " --format json");
    REQUIRE(direct.status == 0);
    CHECK(decoded.out == direct.out);
    CHECK(decoded.err.find("embedded text") != std::string::npos);
}

TEST_CASE("cli: w3c and csv round-trip through import with --text") {
    if (!have_cli()) return;
    REQUIRE(std::system(("mkdir -p " + q(k_tmp)).c_str()) == 0);
    const std::string dir = k_tmp + "/roundtrip";
    REQUIRE(std::system(("mkdir -p " + q(dir)).c_str()) == 0);
    for (const char* format : {"w3c", "csv", "displacy", "json"}) {
        const Run out = run("annotate " + q(k_pasted) + " --format " + format + " --out " + q(dir));
        REQUIRE_MESSAGE(out.status == 0, format);
        const std::string ext = std::string(format) == "w3c"        ? ".jsonld"
                                : std::string(format) == "csv"      ? ".csv"
                                : std::string(format) == "displacy" ? ".displacy.json"
                                                                    : ".json";
        const Run back = run(std::string("import ") + format + " " + q(dir + "/pasted-article" + ext) +
                             " --text " + q(k_pasted));
        CHECK_MESSAGE(back.status == 0, format);
        CHECK_MESSAGE(back.err.find(" 0 re-anchored, 0 not placed") != std::string::npos, format);
    }
}

TEST_CASE("cli: clear errors for missing files, bad input and bad links") {
    if (!have_cli()) return;
    REQUIRE(std::system(("mkdir -p " + q(k_tmp)).c_str()) == 0);
    Run r = run("annotate " + q(k_tmp + "/does-not-exist.txt") + " --format link");
    CHECK(r.status == 1);
    CHECK(r.err.find("cannot open") != std::string::npos);
    std::ofstream(k_tmp + "/empty.txt") << "  \n\t\n";
    r = run("annotate " + q(k_tmp + "/empty.txt"));
    CHECK(r.status == 1);
    CHECK(r.err.find("(empty_text)") != std::string::npos);
    std::ofstream(k_tmp + "/binary.txt", std::ios::binary) << std::string("\x7f"
                                                                          "ELF\0\0\0\0\x01\x02",
                                                                          10);
    r = run("annotate " + q(k_tmp + "/binary.txt"));
    CHECK(r.status == 1);
    CHECK(r.err.find("(binary_data)") != std::string::npos);
    std::ofstream(k_tmp + "/scripts.html")
        << "<html><script>EVIL()</script><h1>Title</h1><p>Body text.</p></html>";
    r = run("annotate " + q(k_tmp + "/scripts.html") + " --format json");
    CHECK(r.status == 0);
    CHECK(r.out.find("EVIL") == std::string::npos);
    CHECK(r.out.find("Body text.") != std::string::npos);
    {
        std::ofstream big(k_tmp + "/big.txt", std::ios::binary);
        const std::string line(1023, 'w');
        for (int i = 0; i < 11 * 1024; ++i) big << line << '\n';
    }
    r = run("annotate " + q(k_tmp + "/big.txt") + " --format link");
    CHECK(r.status == 1);
    CHECK(r.err.find("larger than the 10 MB limit") != std::string::npos);
    std::remove((k_tmp + "/big.txt").c_str());
    r = run("decode-link '#g1.AAAA'");
    CHECK(r.status == 1);
    CHECK(r.err.find("(link_malformed)") != std::string::npos);
    r = run("annotate " + q(k_sample) + " --format yaml");
    CHECK(r.status == 2);
    r = run("annotate " + q(k_sample) + " " + q(k_pasted) + " --format csv");
    CHECK(r.status == 2);
    r = run("import html " + q(k_sample));
    CHECK(r.status == 2);
}
