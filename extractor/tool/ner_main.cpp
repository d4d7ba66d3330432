// dateline-ner: prints the people and places that extraction gives a news
// text or the articles of files, or scores the tagger on a CoNLL file. See
// docs/extraction.md.
//
//   dateline-ner [PATH...]             per entity "TYPE<TAB>key<TAB>name<TAB>origin"
//   dateline-ner --json [PATH...]      one JSON object per article
//   dateline-ner --mentions [FILE]     the raw tagged spans
//   dateline-ner --eval FILE.conll     precision/recall/F1 per type (--json)
// Files and folders are read as dateline-index reads them (same format
// detection, readers and extraction policy), so the output is exactly what
// indexing them adds. Exit status: 0 success, 1 some input could not be read
// (reported on stderr), 2 error (message on stderr).

#include <fmt/core.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/extractor/article_extractor.hpp"
#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/entity_finder.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/tagger.hpp"
#include "dateline/indexer/input_discovery.hpp"
#include "dateline/indexer/reader.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;
namespace ix = dateline::indexer;
namespace sc = dateline::schema;
using namespace dateline::extractor;

namespace {

constexpr const char* kProgram = "dateline-ner";

std::string read_stdin() {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

std::string read_whole_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path model_dir(const po::variables_map& vm, const char* argv0) {
    if (vm.count("model") != 0) {
        fs::path dir = vm["model"].as<std::string>();
        for (const char* f : {kModelFileName, kGazetteerFileName}) {
            if (!fs::is_regular_file(dir / f))
                throw ModelError("no " + std::string(f) + " in " + dir.string());
        }
        return dir;
    }
    return find_model_dir(argv0);
}

/// Why an entity is on the article: its metadata, the text, the dateline, or
/// a city or region of the text that lies in it.
enum class Origin { Metadata, Text, Dateline, Implied };

std::string_view origin_name(Origin origin) {
    switch (origin) {
        case Origin::Metadata:
            return "metadata";
        case Origin::Text:
            return "text";
        case Origin::Dateline:
            return "dateline";
        case Origin::Implied:
            return "implied";
    }
    return "text";
}

struct Row {
    std::string_view type;  // "PER", "LOC"
    sc::Entity entity;
    Origin origin;
};

/// An article's entities after extraction, in the order the indexer keeps
/// them: metadata first, then what the text adds.
std::vector<Row> article_rows(const ArticleExtractor& extractor, const ix::Article& article,
                              bool implied) {
    auto found = extractor.extract({article.title, article.body, article.people, article.places});
    std::vector<Row> rows;
    for (const auto& p : article.people) rows.push_back({"PER", p, Origin::Metadata});
    for (auto& p : found.people) rows.push_back({"PER", std::move(p), Origin::Text});
    for (const auto& p : article.places) rows.push_back({"LOC", p, Origin::Metadata});
    for (auto& p : found.places) {
        const bool dateline = found.dateline && *found.dateline == p;
        rows.push_back({"LOC", std::move(p), dateline ? Origin::Dateline : Origin::Text});
    }
    if (implied) {
        for (auto& p : found.implied_places) rows.push_back({"LOC", std::move(p), Origin::Implied});
    }
    return rows;
}

void print_rows(const std::vector<Row>& rows, std::string& out) {
    for (const Row& r : rows) {
        out += fmt::format("{}\t{}\t{}\t{}\n", r.type, r.entity.key, r.entity.name,
                           origin_name(r.origin));
    }
}

nlohmann::json rows_json(const std::vector<Row>& rows) {
    nlohmann::json people = nlohmann::json::array();
    nlohmann::json places = nlohmann::json::array();
    for (const Row& r : rows) {
        nlohmann::json e = {
            {"key", r.entity.key}, {"name", r.entity.name}, {"origin", origin_name(r.origin)}};
        (r.type == "PER" ? people : places).push_back(std::move(e));
    }
    return {{"people", std::move(people)}, {"places", std::move(places)}};
}

std::string dump(const nlohmann::json& json) {
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

int run_eval(const po::variables_map& vm, const char* argv0) {
    const std::string file = vm["eval"].as<std::string>();
    std::ifstream in(file);
    if (!in) throw InputError("cannot open " + file);
    ConllReadOptions read_options;
    read_options.predictions = vm.count("predictions") != 0;
    const auto documents = read_conll(in, file, read_options);
    ConllScore score;
    if (read_options.predictions) {
        for (const auto& d : documents)
            for (const auto& s : d.sentences) score.add_labels(s.gold, s.predicted);
    } else {
        const fs::path dir = model_dir(vm, argv0);
        const Tagger tagger(
            std::make_shared<const NerModel>(NerModel::load(dir / kModelFileName)),
            std::make_shared<const Gazetteer>(Gazetteer::load(dir / kGazetteerFileName)));
        std::vector<std::vector<Tag>> tags;
        score = evaluate(tagger, documents, &tags);
        if (vm.count("write-tags") != 0) {
            std::ofstream out(vm["write-tags"].as<std::string>());
            std::size_t k = 0;
            for (const auto& d : documents) {
                for (const auto& s : d.sentences) {
                    for (std::size_t i = 0; i < s.words.size(); ++i) {
                        out << s.words[i] << ' ' << s.gold[i] << ' ' << tag_name(tags[k][i])
                            << '\n';
                    }
                    out << '\n';
                    ++k;
                }
            }
            if (!out) throw InputError("cannot write " + vm["write-tags"].as<std::string>());
        }
    }
    std::cout << (vm.count("json") != 0 ? score.to_json() + "\n" : score.to_text());
    return 0;
}

int run(int argc, char** argv) {
    po::options_description visible(
        "Usage: dateline-ner [options] [PATH...]\n"
        "Prints the people (PER) and places (LOC) that dateline-index gives each article\n"
        "of the files and folders given (read as dateline-index reads them), or of the\n"
        "plain text on stdin (no PATH, or \"-\"). One line per entity,\n"
        "\"TYPE<TAB>key<TAB>name<TAB>origin\" (origin: metadata, text, dateline, implied),\n"
        "after a line \"# id<TAB>source\" per article of a file; --json prints one object\n"
        "per article instead. With --eval, tags a CoNLL file and prints entity-level\n"
        "precision/recall/F1.\n\n"
        "Exit status: 0 success, 1 some input could not be read, 2 error.\n\n"
        "Options");
    visible.add_options()                                                          //
        ("help,h", "show this help and exit")                                      //
        ("version", "show the version and exit")                                   //
        ("model,m", po::value<std::string>(),                                      //
         "folder with ner.model and gazetteer.bin "                                //
         "(default: $DATELINE_NER_MODEL, the install data dir, the source tree)")  //
        ("json", "one JSON object per article; with --eval, the scores as JSON")   //
        ("format,f", po::value<std::string>(),
         "read every file as text, reuters or jsonl (default: detect per file)")    //
        ("no-implied", "do not print the countries implied by cities and regions")  //
        ("mentions",
         "print every tagged span (PER/LOC/ORG/MISC) of the text (one FILE or stdin) "
         "as written, with byte offsets")  //
        ("eval", po::value<std::string>(),
         "score the tagger on a CoNLL file (last column = gold, IOB1 or IOB2)")  //
        ("predictions",
         "with --eval: the file's last column is a prediction, the one before gold "
         "(conlleval input); no model is used")  //
        ("write-tags", po::value<std::string>(),
         "with --eval: also write \"word gold predicted\" lines to this file");
    po::options_description hidden;
    hidden.add_options()("input", po::value<std::vector<std::string>>(), "input paths");
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("input", -1);
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help") != 0) {
        std::cout << visible << "\n";
        return 0;
    }
    if (vm.count("version") != 0) {
        std::cout << kProgram << " 0.1.0\n";
        return 0;
    }
    if (vm.count("eval") != 0) return run_eval(vm, argv[0]);

    const auto inputs = vm.count("input") != 0 ? vm["input"].as<std::vector<std::string>>()
                                               : std::vector<std::string>{};
    const bool from_stdin = inputs.empty() || (inputs.size() == 1 && inputs[0] == "-");
    const bool json = vm.count("json") != 0;
    const bool implied = vm.count("no-implied") == 0;

    if (vm.count("mentions") != 0) {
        if (inputs.size() > 1) throw InputError("--mentions reads one FILE or stdin");
        const std::string text = from_stdin ? read_stdin() : read_whole_file(inputs[0]);
        const EntityFinder finder = EntityFinder::load(model_dir(vm, argv[0]));
        std::string out;
        for (const Mention& m : finder.mentions(text)) {
            out += fmt::format("{}\t{}\t{}\t{}\n", type_code(m.type), m.begin, m.end, m.text);
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }

    const ArticleExtractor extractor = ArticleExtractor::load(model_dir(vm, argv[0]));
    if (from_stdin) {
        ix::Article article;
        article.body = read_stdin();
        const auto rows = article_rows(extractor, article, implied);
        std::string out = json ? dump(rows_json(rows)) : std::string();
        if (!json) print_rows(rows, out);
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }

    ix::DiscoveryOptions discovery;
    if (vm.count("format") != 0) {
        const std::string name = vm["format"].as<std::string>();
        discovery.forced_format = ix::parse_format(name);
        if (!discovery.forced_format) throw InputError("unknown --format '" + name + "'");
    }
    bool problems = false;
    const ix::DiagnosticSink report = [&](ix::Diagnostic d) {
        problems = true;
        std::fflush(stdout);
        fmt::print(stderr, "{}: {}\n", kProgram, d.to_string());
    };
    std::vector<fs::path> roots(inputs.begin(), inputs.end());
    for (const ix::InputFile& input : ix::discover_inputs(roots, discovery, report)) {
        std::string content;
        try {
            content = read_whole_file(input.path);
        } catch (const InputError& e) {
            report({input.path.string(), 0, e.what()});
            continue;
        }
        // A one-article file is its own source, as in the index.
        const bool one_article_file = ix::input_format(input, content) == ix::Format::Text;
        ix::read_input_articles(
            input, content,
            [&](ix::Article article) {
                const auto rows = article_rows(extractor, article, implied);
                const std::string source =
                    one_article_file
                        ? article.source.relative_path
                        : fmt::format("{}:{}", article.source.relative_path, article.source.line);
                std::string out;
                if (json) {
                    nlohmann::json object = {{"id", article.id}, {"source", source}};
                    object.update(rows_json(rows));
                    out = dump(object);
                } else {
                    out = fmt::format("# {}\t{}\n", article.id, source);
                    print_rows(rows, out);
                }
                std::fwrite(out.data(), 1, out.size(), stdout);
            },
            report);
    }
    return problems ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fflush(stdout);
        fmt::print(stderr, "{}: error: {}\n", kProgram, e.what());
        return 2;
    }
}
