// dateline-ner: prints the people, organisations and places that extraction gives a news
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

#include "dateline/cli/command_line.hpp"
#include "dateline/cli/errors.hpp"
#include "dateline/cli/option_table.hpp"
#include "dateline/cli/standard_options.hpp"
#include "dateline/cli/usage_error.hpp"
#include "dateline/extractor/article_extractor.hpp"
#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/entity_finder.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/tagger.hpp"
#include "dateline/indexer/input_discovery.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/schema/place_identities.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;
namespace ix = dateline::indexer;
namespace sc = dateline::schema;
namespace cli = dateline::cli;
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
    return find_model_dir(argv0, "--model");
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
    std::string_view type;  // "PER", "ORG", "LOC"
    sc::Entity entity;
    Origin origin;
};

/// An article's rows and the place mentions of its body.
struct ArticleRows {
    std::vector<Row> rows;
    std::vector<PlaceMention> place_mentions;
};

/// An article's entities after extraction, in the order the indexer keeps
/// them: metadata first, then what the text adds.
ArticleRows article_rows(const ArticleExtractor& extractor, const ix::Article& article,
                         bool implied) {
    auto found = extractor.extract(
        {article.title, article.body, article.people, article.places, article.orgs,
         article.date ? std::optional(article.date->first_day()) : std::nullopt});
    ArticleRows out;
    out.place_mentions = std::move(found.place_mentions);
    std::vector<Row>& rows = out.rows;
    for (const auto& p : article.people) rows.push_back({"PER", p, Origin::Metadata});
    for (auto& p : found.people) rows.push_back({"PER", std::move(p), Origin::Text});
    for (const auto& o : article.orgs) rows.push_back({"ORG", o, Origin::Metadata});
    for (auto& o : found.orgs) rows.push_back({"ORG", std::move(o), Origin::Text});
    // Places as the index stores them: by identity (`usa` -> us, United States).
    for (const auto& p : article.places)
        rows.push_back({"LOC", extractor.place_identity(p), Origin::Metadata});
    for (auto& p : found.places) {
        const bool dateline = found.dateline && *found.dateline == p;
        rows.push_back({"LOC", std::move(p), dateline ? Origin::Dateline : Origin::Text});
    }
    if (implied) {
        for (auto& p : found.implied_places) rows.push_back({"LOC", std::move(p), Origin::Implied});
    }
    return out;
}

void print_rows(const std::vector<Row>& rows, std::string& out) {
    for (const Row& r : rows) {
        out += fmt::format("{}\t{}\t{}\t{}\n", r.type, r.entity.key, r.entity.name,
                           origin_name(r.origin));
    }
}

/// "place_mentions": [{"text", "offset" (bytes into the body), "key", "name",
/// "geonameid", "country"}] (docs/extraction.md, `dateline-ner`).
nlohmann::json mentions_json(const std::vector<PlaceMention>& mentions) {
    nlohmann::json out = nlohmann::json::array();
    for (const PlaceMention& m : mentions) {
        out.push_back({{"text", m.text},
                       {"offset", m.begin},
                       {"key", m.place.key},
                       {"name", m.place.name},
                       {"geonameid", m.geonameid},
                       {"country", m.country}});
    }
    return out;
}

nlohmann::json rows_json(const std::vector<Row>& rows) {
    nlohmann::json people = nlohmann::json::array();
    nlohmann::json orgs = nlohmann::json::array();
    nlohmann::json places = nlohmann::json::array();
    for (const Row& r : rows) {
        nlohmann::json e = {
            {"key", r.entity.key}, {"name", r.entity.name}, {"origin", origin_name(r.origin)}};
        (r.type == "PER" ? people : r.type == "ORG" ? orgs : places).push_back(std::move(e));
    }
    return {
        {"people", std::move(people)}, {"orgs", std::move(orgs)}, {"places", std::move(places)}};
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

cli::Tool make_tool() {
    cli::Tool tool;
    tool.name = kProgram;
    tool.summary = "show the people, organisations and places extraction finds in news articles";
    tool.usage = "[options] [PATH...]\n--eval FILE.conll [--json]";
    tool.description =
        "Prints the people (PER), organisations (ORG) and places (LOC) that dateline-index "
        "gives each article of "
        "the files and folders given (read as dateline-index reads them), or of the plain text "
        "on stdin (no PATH, or -). One line per entity, \"TYPE<TAB>key<TAB>name<TAB>origin\" "
        "(origin: metadata, text, dateline, implied), after a line \"# id<TAB>source\" per "
        "article of a file; --json prints one object per article instead, with the place "
        "mentions of its body (\"place_mentions\": text, byte offset, key, name, geonameid, "
        "country). With --eval, tags a "
        "CoNLL file and prints entity-level precision, recall and F1.\n"
        "\n"
        "  echo 'Paul Volcker spoke in Tokyo.' | dateline-ner\n"
        "  dateline-ner --json corpus/2019\n"
        "  dateline-ner --eval eng.testb --json";
    tool.exit_status =
        "Exit status: 0 success, 1 some input could not be read (reported on stderr), 2 error.";
    tool.sections = {
        {"Environment",
         "DATELINE_NER_MODEL is the folder with ner.model and gazetteer.bin when no --model is "
         "given; else the installed model, else the source tree's."},
    };
    tool.see_also = {"dateline-index(1)", "dateline-search(1)"};
    tool.operands = cli::OperandKind::Files;
    tool.operand_name = "PATH";
    tool.value_hints = {
        {"model", cli::ValueKind::Directory, {}},
        {"format", cli::ValueKind::Choice, {"text", "reuters", "jsonl"}},
        {"eval", cli::ValueKind::File, {}},
        {"write-tags", cli::ValueKind::File, {}},
        {"generate", cli::ValueKind::Choice, {"man", "bash", "zsh"}},
    };
    return tool;
}

cli::OptionTable make_options() {
    cli::OptionTable table;
    auto& options = table.add_group("Options");
    // clang-format off
    options.add_options()
        ("model,m", po::value<std::string>()->value_name("DIR"),
         "folder with ner.model and gazetteer.bin "
         "(default: $DATELINE_NER_MODEL if set, else the install data dir, then the source "
         "tree)")
        ("json", "one JSON object per article; with --eval, the scores as JSON")
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "read every file as text, reuters or jsonl (default: detect per file)")
        ("no-implied", "do not print the countries implied by cities and regions")
        ("mentions",
         "print every tagged span (PER/LOC/ORG/MISC) of the text (one FILE or stdin) "
         "as written, with byte offsets")
        ("eval", po::value<std::string>()->value_name("FILE"),
         "score the tagger on a CoNLL file (last column = gold, IOB1 or IOB2)")
        ("predictions",
         "with --eval: the file's last column is a prediction, the one before gold "
         "(conlleval input); no model is used")
        ("write-tags", po::value<std::string>()->value_name("FILE"),
         "with --eval: also write \"word gold predicted\" lines to this file");
    // clang-format on
    cli::add_standard_options(options);
    return table;
}

int run(int argc, char** argv) {
    const cli::OptionTable table = make_options();
    const auto parsed = cli::parse_command_line(argc, argv, table.all(), cli::OperandKind::Files);
    const po::variables_map& vm = parsed.values;
    if (cli::answer_standard_options(make_tool(), table, vm)) return 0;
    if (vm.count("eval") != 0) return run_eval(vm, argv[0]);

    const std::vector<std::string>& inputs = parsed.operands;
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
        const auto found = article_rows(extractor, article, implied);
        std::string out;
        if (json) {
            nlohmann::json object = rows_json(found.rows);
            object["place_mentions"] = mentions_json(found.place_mentions);
            out = dump(object);
        } else {
            print_rows(found.rows, out);
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }

    ix::DiscoveryOptions discovery;
    if (vm.count("format") != 0) {
        const std::string name = vm["format"].as<std::string>();
        discovery.forced_format = ix::parse_format(name);
        if (!discovery.forced_format) {
            throw cli::UsageError("--format must be text, reuters or jsonl, not '" + name + "'");
        }
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
                const auto found = article_rows(extractor, article, implied);
                const std::string source =
                    one_article_file
                        ? article.source.relative_path
                        : fmt::format("{}:{}", article.source.relative_path, article.source.line);
                std::string out;
                if (json) {
                    nlohmann::json object = {{"id", article.id}, {"source", source}};
                    object.update(rows_json(found.rows));
                    object["place_mentions"] = mentions_json(found.place_mentions);
                    out = dump(object);
                } else {
                    out = fmt::format("# {}\t{}\n", article.id, source);
                    print_rows(found.rows, out);
                }
                std::fwrite(out.data(), 1, out.size(), stdout);
            },
            report);
    }
    return problems ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    cli::ignore_broken_pipe();
    try {
        const int status = run(argc, argv);
        return cli::flush_stdout(kProgram) ? status : cli::kExitError;
    } catch (...) {
        return cli::report_current_exception(kProgram);
    }
}
