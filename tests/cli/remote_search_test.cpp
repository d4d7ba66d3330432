// dateline-search over xapian-tcpsrv: real servers on 127.0.0.1 serving
// indexes built by the real dateline-index.
//
// One archive (the sample corpus and the search fixture, 51 articles) is
// indexed whole, and indexed again as two shards (`--shards 2`). Searching
// the shards through their servers, one local and one remote, or through a
// Xapian stub file listing the servers must give what the whole index gives: the same
// total, the same hits in the same order, the same scores (within rounding)
// and the same facet counts. Hits with equal scores are ordered by document
// id, which differs between one index and two, so a run of ties is compared
// as a set; wildcard queries are ranked per index by Xapian 1.4, so only
// their matches are compared. Also: a remote index gives no spelling
// suggestion (Xapian 1.4 has none over the remote protocol) and does not fail
// for it, and a server that cannot be reached is exit status 2 with a message
// naming it.
//
// Shards of one index, not two indexes built apart: what is derived from the
// whole archive (the alias tables: who a lone surname is, which "place" is
// rather a company) is computed over every shard and stored in shard 0, so
// the shards answer as the whole index does. Two indexes built apart each
// decide from their own articles (docs/scaling.md).
//
// Exits 77 (skipped) when xapian-tcpsrv (package xapian-tools) is not on PATH.

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_main.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view kLoopback = "127.0.0.1";

/// Whether something accepts TCP connections on 127.0.0.1:`port`.
bool accepts_connections(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, kLoopback.data(), &address.sin_addr);
    const bool connected =
        ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

/// A port of 127.0.0.1 nobody listens on right now: the kernel's choice for
/// a socket bound to port 0, released again. Another process could take it
/// before we use it; TcpServer then tries another.
int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    ::inet_pton(AF_INET, kLoopback.data(), &address.sin_addr);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot find a free port on 127.0.0.1");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

/// A running xapian-tcpsrv serving one index folder on 127.0.0.1, stopped
/// (SIGTERM, then waited for) when destroyed.
class TcpServer {
  public:
    TcpServer(const fs::path& program, const fs::path& index) {
        constexpr int kAttempts = 3;  // a free port can be taken before the server binds it
        std::string failure;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            port_ = free_port();
            pid_ =
                spawn_process({program.string(), "--quiet", "--interface", std::string(kLoopback),
                               "--port", std::to_string(port_), index.string()},
                              SpawnOptions{.own_process_group = true});
            if (wait_until_ready(failure)) return;
            pid_ = -1;
        }
        throw std::runtime_error("xapian-tcpsrv did not start for " + index.string() + ": " +
                                 failure);
    }
    ~TcpServer() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGTERM);
        (void)wait_process(pid_);
    }
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    /// "tcp://127.0.0.1:PORT", as dateline-search takes it.
    [[nodiscard]] std::string location() const {
        return "tcp://" + std::string(kLoopback) + ":" + std::to_string(port_);
    }
    /// "127.0.0.1:PORT", as a stub file's "remote" line takes it.
    [[nodiscard]] std::string address() const {
        return std::string(kLoopback) + ":" + std::to_string(port_);
    }

  private:
    // Polls until the server accepts connections (true) or has exited (false,
    // with the reason in `failure`). Gives up after 20 s.
    bool wait_until_ready(std::string& failure) {
        using namespace std::chrono_literals;
        const auto deadline = std::chrono::steady_clock::now() + 20s;
        while (std::chrono::steady_clock::now() < deadline) {
            int status = 0;
            if (::waitpid(pid_, &status, WNOHANG) == pid_) {
                failure = "it exited with status " + std::to_string(WEXITSTATUS(status)) +
                          " (port " + std::to_string(port_) + ")";
                return false;
            }
            if (accepts_connections(port_)) return true;
            std::this_thread::sleep_for(50ms);
        }
        ::kill(pid_, SIGKILL);
        (void)wait_process(pid_);
        failure = "no connection accepted on port " + std::to_string(port_) + " within 20 s";
        return false;
    }

    int pid_ = -1;
    int port_ = 0;
};

fs::path tcpsrv_program() { return find_on_path("xapian-tcpsrv").value_or(fs::path()); }

// The articles: every .txt of the sample corpus and of the search fixture,
// as paths relative to the folder they are copied to (their ids).
std::vector<std::pair<fs::path, fs::path>> archive_files() {
    std::vector<std::pair<fs::path, fs::path>> files;  // source, relative path
    const std::pair<fs::path, fs::path> sources[] = {
        {fs::path(source_dir()) / "corpus", "corpus"},
        {fs::path(test_data_dir()) / "search" / "articles", "search"}};
    for (const auto& [folder, name] : sources) {
        for (const auto& entry : fs::recursive_directory_iterator(folder)) {
            if (entry.is_regular_file() && entry.path().extension() == ".txt") {
                files.emplace_back(entry.path(), name / fs::relative(entry.path(), folder));
            }
        }
    }
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    return files;
}

void copy_file_to(const fs::path& source, const fs::path& target) {
    fs::create_directories(target.parent_path());
    fs::copy_file(source, target);
}

// dateline-search with `args` on the indexes at `locations`.
ProcessResult search(const std::vector<std::string>& locations,
                     const std::vector<std::string>& args) {
    std::vector<std::string> argv{search_binary()};
    for (const auto& location : locations) argv.insert(argv.end(), {"--index", location});
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv);
}

// Queries compared on every deployment: ranked words, boolean operators,
// phrases, field filters, a pure NOT, no match at all (wildcards apart, below).
const std::vector<std::string> kQueries = {
    "wheat",
    "interest rates",
    "oil OR wheat OR harbour",
    "\"interest rates\"",
    "\"wheat harvest\"",
    "wheat AND NOT kansas",
    "(flood OR storm) AND NOT date:2023",
    "person:keller",
    "place:\"united states\"",
    "date:2019..2021",
    "date:2020-06",
    "title:harvest",
    "person:smith OR place:bergen",
    "NOT wheat",
    "platypus",
};

// Wildcards match the same articles, but Xapian 1.4 expands them in each
// index apart and weights the expansion with that index's statistics, so
// their scores, and the order of hits, change as soon as an archive is in
// several indexes, local or remote (docs/scaling.md).
const std::vector<std::string> kWildcardQueries = {"harv*", "title:harv* OR wheat"};

// Searches with every hit on one page and every facet value.
// Every copy: which of two tied near-duplicate copies stands for their group
// depends on document numbers, which differ between layouts.
const std::vector<std::string> kJsonAllFacets = {
    "--json",  "--all-copies", "--no-snippets", "--limit", "1000",          "--facet", "person",
    "--facet", "place",        "--facet",       "date",    "--facet-limit", "0"};

class RemoteSearch : public testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = std::make_unique<TempDir>();
        const auto files = archive_files();
        ASSERT_GT(files.size(), 40U);
        for (const auto& [source, relative] : files)
            copy_file_to(source, dir_->path() / "whole" / relative);
        const std::string articles = (dir_->path() / "whole").string();
        const auto whole =
            run_process({index_binary(), "--index", index("whole"), "--quiet", articles});
        ASSERT_EQ(whole.exit_code, 0) << whole.err;
        const auto sharded = run_process(
            {index_binary(), "--index", index("sharded"), "--quiet", "--shards", "2", articles});
        ASSERT_EQ(sharded.exit_code, 0) << sharded.err;
        // The index's stub lists its shard databases: "auto gen-NNNNNN/shard-I".
        std::ifstream stub(fs::path(index("sharded")) / "XAPIANDB");
        for (std::string kind, path; stub >> kind >> path;) {
            if (kind == "auto") shards_.push_back((fs::path(index("sharded")) / path).string());
        }
        ASSERT_EQ(shards_.size(), 2U);
        server_a_ = std::make_unique<TcpServer>(tcpsrv_program(), shards_[0]);
        server_b_ = std::make_unique<TcpServer>(tcpsrv_program(), shards_[1]);
    }
    static void TearDownTestSuite() {
        server_a_.reset();
        server_b_.reset();
        shards_.clear();
        dir_.reset();
    }
    void SetUp() override {
        ASSERT_NE(server_a_, nullptr);
        ASSERT_NE(server_b_, nullptr);
    }

    static std::string index(const std::string& name) {
        return (dir_->path() / ("index-" + name)).string();
    }

    static std::vector<std::string> both_remote() {
        return {server_a_->location(), server_b_->location()};
    }

    static inline std::unique_ptr<TempDir> dir_;
    static inline std::vector<std::string> shards_;  ///< the two shard databases
    static inline std::unique_ptr<TcpServer> server_a_;
    static inline std::unique_ptr<TcpServer> server_b_;
};

bool same_score(const json& a, const json& b) {
    const double x = a.at("score").get<double>();
    const double y = b.at("score").get<double>();
    return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(x));
}

// Whether two hits may come in either order: same score and, when sorted by
// date, same date. Xapian orders such ties by document id.
bool tied(const json& a, const json& b, bool by_date) {
    return same_score(a, b) && (!by_date || a.at("date") == b.at("date"));
}

// A hit without what depends on its position.
json hit_content(json hit) {
    hit.erase("rank");
    hit.erase("score");
    return hit;
}

// `actual` lists the hits of `expected` in the same order, up to the order
// within runs of ties, with the same scores and contents.
void expect_same_hits(const json& actual, const json& expected, bool by_date) {
    ASSERT_EQ(actual.size(), expected.size());
    std::size_t begin = 0;
    while (begin < expected.size()) {
        std::size_t end = begin + 1;
        while (end < expected.size() && tied(expected[end - 1], expected[end], by_date)) ++end;
        std::set<std::string> expected_ids, actual_ids;
        for (std::size_t i = begin; i < end; ++i) {
            expected_ids.insert(expected[i].at("id").get<std::string>());
            actual_ids.insert(actual[i].at("id").get<std::string>());
            EXPECT_TRUE(tied(actual[i], expected[begin], by_date))
                << "rank " << i + 1 << ": " << actual[i].dump() << "\nexpected like "
                << expected[begin].dump();
        }
        EXPECT_EQ(actual_ids, expected_ids) << "ranks " << begin + 1 << " to " << end;
        begin = end;
    }
    for (const auto& hit : actual) {
        const auto match = std::find_if(expected.begin(), expected.end(), [&](const json& other) {
            return other.at("id") == hit.at("id");
        });
        ASSERT_NE(match, expected.end()) << hit.dump();
        EXPECT_EQ(hit_content(hit), hit_content(*match));
    }
}

// `actual` lists the hits of `expected`, in any order, with the same contents.
void expect_same_matches(const json& actual, const json& expected) {
    std::map<std::string, json> expected_by_id, actual_by_id;
    for (const auto& hit : expected)
        expected_by_id[hit.at("id").get<std::string>()] = hit_content(hit);
    for (const auto& hit : actual) actual_by_id[hit.at("id").get<std::string>()] = hit_content(hit);
    EXPECT_EQ(actual_by_id, expected_by_id);
}

enum class Compare {
    Ranking,  ///< the same hits in the same order with the same scores (ties apart)
    Matches,  ///< the same hits in any order
};

// Runs `args` on the whole local index and on `locations`, and compares.
void expect_same_results(const std::vector<std::string>& locations,
                         const std::vector<std::string>& args, const std::string& whole_index,
                         Compare compare = Compare::Ranking) {
    const ProcessResult expected = search({whole_index}, args);
    const ProcessResult actual = search(locations, args);
    ASSERT_EQ(actual.exit_code, expected.exit_code) << actual.err;
    ASSERT_EQ(actual.err, "");
    json want = json::parse(expected.out);
    json got = json::parse(actual.out);
    // Spelling suggestions are not made over remote indexes (tested below).
    want.erase("corrected_query");
    got.erase("corrected_query");
    const bool by_date =
        std::find(args.begin(), args.end(), "--sort") != args.end();  // date or -date here
    if (compare == Compare::Ranking) {
        expect_same_hits(got.at("hits"), want.at("hits"), by_date);
    } else {
        expect_same_matches(got.at("hits"), want.at("hits"));
    }
    got.erase("hits");
    want.erase("hits");
    EXPECT_EQ(got, want);  // total, facets and the rest
}

// Every query of kQueries, and two sorted by date, on `locations`.
void expect_same_results_for_all_queries(const std::vector<std::string>& locations,
                                         const std::string& whole_index) {
    std::vector<std::vector<std::string>> runs;
    for (const auto& query : kQueries) runs.push_back({query});
    runs.push_back({"--sort", "-date", "date:2018..2024"});
    runs.push_back({"--sort", "date", "wheat OR oil"});
    for (const auto& run : runs) {
        std::vector<std::string> args = kJsonAllFacets;
        args.insert(args.end(), run.begin(), run.end());
        SCOPED_TRACE(json(run).dump());
        expect_same_results(locations, args, whole_index);
    }
    for (const auto& query : kWildcardQueries) {
        std::vector<std::string> args = kJsonAllFacets;
        args.push_back(query);
        SCOPED_TRACE(query);
        expect_same_results(locations, args, whole_index, Compare::Matches);
    }
}

TEST_F(RemoteSearch, TwoServersGiveWhatTheWholeIndexGives) {
    expect_same_results_for_all_queries(both_remote(), index("whole"));
}

TEST_F(RemoteSearch, OneLocalAndOneRemoteGiveWhatTheWholeIndexGives) {
    expect_same_results_for_all_queries({shards_[0], server_b_->location()}, index("whole"));
}

TEST_F(RemoteSearch, StubFileListingTheServersWorksLikeTcpLocations) {
    // Xapian's own stub format: dateline-search gets one path, and must still
    // notice that the parts behind it are remote to count facets. A stub is a
    // file, or a folder holding one named XAPIANDB; a stub may list another.
    const fs::path stub = dir_->path() / "shards.stub";
    std::ofstream(stub) << "# the two halves\nremote " << server_a_->address() << "\nremote "
                        << server_b_->address() << "\n";
    const fs::path folder = dir_->path() / "shards";
    fs::create_directories(folder);
    std::ofstream(folder / "XAPIANDB") << "auto ../shards.stub\n";
    for (const auto& location : {stub, folder}) {
        for (const auto& query : {"wheat", "date:2019..2021", "NOT wheat"}) {
            std::vector<std::string> args = kJsonAllFacets;
            args.emplace_back(query);
            SCOPED_TRACE(location.string() + ": " + query);
            expect_same_results({location.string()}, args, index("whole"));
        }
    }
}

TEST_F(RemoteSearch, PagingCountAndTextOutput) {
    for (const auto& offset : {"0", "3", "6"}) {
        SCOPED_TRACE(offset);
        expect_same_results(both_remote(),
                            {"--json", "--offset", offset, "--limit", "3", "--facet", "place",
                             "interest rates OR wheat"},
                            index("whole"));
    }
    const auto count = search(both_remote(), {"--count", "date:2019..2021"});
    EXPECT_EQ(count.exit_code, 0) << count.err;
    EXPECT_EQ(count.out, search({index("whole")}, {"--count", "date:2019..2021"}).out);

    const auto text = search(both_remote(), {"--color", "never", "--facet", "person", "--facet",
                                             "date:year", "person:keller"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_EQ(text.err, "");
    EXPECT_NE(text.out.find("Maria Keller"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("8 articles match"), std::string::npos) << text.out;
}

// --show, --like and --kwic read documents, term lists and statistics
// through the servers: the same answers as the whole index.
TEST_F(RemoteSearch, ShowLikeAndKwicGiveWhatTheWholeIndexGives) {
    const std::string id = "corpus/2019/2019-03-14-central-bank-holds-rates.txt";
    for (const auto& locations :
         {both_remote(), std::vector<std::string>{shards_[0], server_b_->location()}}) {
        for (const auto& args : std::vector<std::vector<std::string>>{
                 {"--show", id, "--json", "interest rates"},
                 {"--show", id, "--format", "csv"},
                 {"--kwic", "--json", "--limit", "1000", "--sort", "-date", "\"interest rates\""},
                 {"--show", "corpus/no-such-article.txt"}}) {
            SCOPED_TRACE(json(args).dump());
            const auto expected = search({index("whole")}, args);
            const auto actual = search(locations, args);
            EXPECT_EQ(actual.exit_code, expected.exit_code) << actual.err;
            EXPECT_EQ(actual.out, expected.out);
            EXPECT_EQ(actual.err, expected.err);
        }
        // The same words picked, the same hits and scores. (No snippets: with
        // thirty query words Xapian may choose another of several equally good
        // extracts over several databases.)
        SCOPED_TRACE("--like");
        expect_same_results(locations, {"--like", id, "--json", "--no-snippets", "--limit", "1000"},
                            index("whole"));
        expect_same_results(locations,
                            {"--like", id, "--json", "--no-snippets", "--limit", "1000", "--facet",
                             "place", "date:2020..2024"},
                            index("whole"));
    }
}

TEST_F(RemoteSearch, TimelinesAndSignificantValuesAsOnTheWholeIndex) {
    const std::vector<std::vector<std::string>> runs = {
        {"--timeline", "month", "wheat", "--compare", "rates", "--compare", "place:rotterdam"},
        {"--timeline", "week", "date:2020..2022"},
        {"--timeline", "year", "platypus", "--compare", "flood"},
        {"--significant", "person", "person:keller"},
        {"--significant", "place", "wheat OR grain"},
        {"--significant", "term", "place:rotterdam"},
    };
    for (const auto& locations :
         {both_remote(), std::vector<std::string>{shards_[0], server_b_->location()}}) {
        for (const auto& run : runs) {
            std::vector<std::string> args{"--json"};
            args.insert(args.end(), run.begin(), run.end());
            SCOPED_TRACE(json(run).dump());
            expect_same_results(locations, args, index("whole"));
        }
    }
}

TEST_F(RemoteSearch, NoSpellingSuggestionOverRemoteAndNoFailure) {
    const auto local = search({index("whole")}, {"--json", "harbuor"});
    ASSERT_EQ(local.exit_code, 1) << local.err;
    EXPECT_EQ(json::parse(local.out).at("corrected_query"), "harbour");
    for (const auto& locations :
         {both_remote(), std::vector<std::string>{shards_[0], server_b_->location()}}) {
        const auto remote = search(locations, {"--json", "harbuor"});
        EXPECT_EQ(remote.exit_code, 1) << remote.err;
        EXPECT_EQ(remote.err, "");
        EXPECT_FALSE(json::parse(remote.out).contains("corrected_query")) << remote.out;
    }
}

TEST_F(RemoteSearch, UnreachableServerIsExitTwoWithAClearMessage) {
    const std::string nowhere =
        "tcp://" + std::string(kLoopback) + ":" + std::to_string(free_port());
    for (const auto& locations : {std::vector<std::string>{nowhere},
                                  std::vector<std::string>{server_a_->location(), nowhere}}) {
        const auto result = search(locations, {"wheat"});
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(
            result.err.rfind("dateline-search: error: cannot reach index at " + nowhere + ": ", 0),
            0U)
            << result.err;
    }
}

}  // namespace
}  // namespace dateline::test

int main(int argc, char** argv) {
    const bool have_server = dateline::test::find_on_path("xapian-tcpsrv").has_value();
    return dateline::test::run_tests_unless_missing(
        argc, argv,
        have_server ? ""
                    : "xapian-tcpsrv is not on PATH (package xapian-tools; "
                      "tools/setup-debian.sh installs it)");
}
