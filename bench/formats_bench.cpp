// Extraction speed per format: a government web page (GBK, with its navigation, scripts and footer), a Word
// file, and PDFs of one and of two columns with running headers, each made once from the tests' sample report
// repeated 30 times (tests/formats/fixtures), then read by formats::read_document again and again for at
// least a second. Prints MB/s of the file's bytes and of the text extracted, by this thread's CPU time, the
// best of three rounds.
//
// `luoshi_formats_bench --write DIR` also writes the documents to DIR, to read them end to end:
// luoshi extract DIR/report.html DIR/two-columns.pdf
#include "bench/measure.hpp"
#include "formats/document.hpp"
#include "formats/fixtures.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <variant>
#include <vector>

namespace {

using namespace luoshi;

struct sample {
    std::string name;  // the file name, which gives the format
    std::string what;
    std::string bytes;
};

std::vector<sample> samples() {
    std::vector<test::paragraph> report;
    for (int i = 0; i < 30; ++i) {
        auto const one = test::sample_report();
        report.insert(report.end(), i == 0 ? one.begin() : one.begin() + 1, one.end());
    }
    test::page_options page;
    page.gbk = true;
    test::pdf_options two;
    two.columns = 2;
    two.running = true;
    return {{"report.html", "web page, GBK, with its furniture", test::as_html(report, page)},
            {"report.docx", "Word file", test::as_docx(report)},
            {"report.pdf", "PDF, one column", test::as_pdf(report)},
            {"two-columns.pdf", "PDF, two columns, running headers", test::as_pdf(report, two)}};
}

}  // namespace

int main(int argc, char** argv) {
    auto const all = samples();
    if (argc == 3 && std::string(argv[1]) == "--write") {
        std::filesystem::create_directories(argv[2]);
        for (auto const& s : all)
            std::ofstream(std::filesystem::path(argv[2]) / s.name, std::ios::binary) << s.bytes;
        std::printf("wrote %zu documents to %s\n", all.size(), argv[2]);
    }
    std::printf("%-36s %10s %10s %8s %12s %12s\n", "format", "file KB", "text KB", "reads", "file MB/s",
                "text MB/s");
    for (auto const& s : all) {
        auto const first = formats::read_document(s.name, s.bytes);
        if (auto const* e = std::get_if<formats::format_error>(&first)) {
            std::printf("%s: %s\n", s.name.c_str(), e->message.c_str());
            return 1;
        }
        double const text = static_cast<double>(std::get<formats::document>(first).text.size());
        double best = 1e9;
        int reads = 0;
        for (int round = 0; round < 3; ++round) {
            int n = 0;
            double const start = bench::thread_cpu_seconds();
            double spent = 0;
            while (spent < 1.0) {
                auto const d = formats::read_document(s.name, s.bytes);
                ++n;
                spent = bench::thread_cpu_seconds() - start;
            }
            best = std::min(best, spent / n);
            reads += n;
        }
        double const file = static_cast<double>(s.bytes.size());
        std::printf("%-36s %10.0f %10.0f %8d %12.1f %12.1f\n", s.what.c_str(), file / 1e3, text / 1e3, reads,
                    file / best / 1e6, text / best / 1e6);
    }
    return 0;
}
