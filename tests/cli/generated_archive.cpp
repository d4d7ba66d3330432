#include "generated_archive.hpp"

#include <fstream>

#include "support/process.hpp"

namespace dateline::test {

namespace {

// A little vocabulary so bodies are text, not noise.
constexpr const char* kWords[] = {"harbour", "grain",   "election", "central", "bank",   "rates",
                                  "floods",  "copper",  "strike",   "exports", "wheat",  "minister",
                                  "market",  "dockers", "storm",    "budget",  "prices", "oil"};

std::string body(std::size_t n) {
    std::string text = "Every article mentions the archive. ";
    for (std::size_t i = 0; i < 60; ++i) {
        text += kWords[(n * 7 + i * 13) % std::size(kWords)];
        text += (i % 12 == 11) ? ". " : " ";
    }
    return text;
}

}  // namespace

std::map<std::string, std::string> GeneratedArchive::write(const std::filesystem::path& root,
                                                           int version, std::size_t stride) const {
    std::map<std::string, std::string> expected;
    std::filesystem::create_directories(root / "feeds");
    std::filesystem::create_directories(root / "notes");
    for (std::size_t f = 0; f < jsonl_files; ++f) {
        const int v = f % stride == 0 ? version : 0;
        std::ofstream out(root / "feeds" / ("feed-" + std::to_string(f) + ".jsonl"));
        for (std::size_t a = 0; a < articles_per_jsonl; ++a) {
            const std::string id = "f" + std::to_string(f) + "-" + std::to_string(a);
            const std::string title = "Report " + id + " version " + std::to_string(v);
            out << R"({"id":")" << id << R"(","date":"2020-0)" << (a % 9 + 1) << R"(-1)" << (a % 9)
                << R"(","title":")" << title << R"(","body":")" << body(f * 1000 + a) << "\"}\n";
            expected[id] = title;
        }
    }
    for (std::size_t t = 0; t < text_files; ++t) {
        const int v = t % stride == 0 ? version : 0;
        const std::string name = "note-" + std::to_string(t) + ".txt";
        const std::string title = "Note " + std::to_string(t) + " version " + std::to_string(v);
        std::ofstream(root / "notes" / name)
            << "date: 2021-03-0" << (t % 9 + 1) << "\ntitle: " << title << "\n\n"
            << body(t) << "\n";
        expected["notes/" + name] = title;
    }
    return expected;
}

std::vector<std::string> index_command(const std::string& index,
                                       const std::filesystem::path& archive, bool rebuild) {
    std::vector<std::string> argv{index_binary(), "--quiet", "--no-extract", "--index", index};
    if (rebuild) argv.push_back("--rebuild");
    argv.push_back(archive.string());
    return argv;
}

}  // namespace dateline::test
