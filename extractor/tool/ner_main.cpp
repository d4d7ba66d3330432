// dateline-ner: prints the people and places of a news text, or scores the
// tagger on a CoNLL file. See docs/extraction.md.
//
//   dateline-ner [FILE]                one "PER<TAB>name" / "LOC<TAB>name" per line
//   dateline-ner --eval FILE.conll     precision/recall/F1 per type (--json)
// Exit status: 0 success, 2 error (message on stderr).

#include <fmt/core.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/entity_finder.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/tagger.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace dateline::extractor;

namespace {

constexpr const char* kProgram = "dateline-ner";

std::string read_input(const std::string& file) {
    if (file.empty() || file == "-") {
        return std::string(std::istreambuf_iterator<char>(std::cin),
                           std::istreambuf_iterator<char>());
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError("cannot open " + file);
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

int run(int argc, char** argv) {
    po::options_description visible(
        "Usage: dateline-ner [options] [FILE]\n"
        "Prints the people (PER) and places (LOC) of a news text (FILE or stdin),\n"
        "one \"TYPE<TAB>canonical name\" per line: people, then places, then the\n"
        "countries implied by the cities and regions mentioned.\n"
        "With --eval, tags a CoNLL file and prints entity-level precision/recall/F1.\n\n"
        "Options");
    visible.add_options()("help,h", "show this help and exit")("version",
                                                               "show the version and exit")(
        "model,m", po::value<std::string>(),
        "folder with ner.model and gazetteer.bin "
        "(default: $DATELINE_NER_MODEL, the install data dir, the source tree)")(
        "eval", po::value<std::string>(),
        "score the tagger on a CoNLL file (last column = gold, IOB1 or IOB2)")(
        "predictions",
        "with --eval: the file's last column is a prediction, the one before gold (conlleval "
        "input);"
        " no model is used")("json", "with --eval: print the scores as JSON")(
        "write-tags", po::value<std::string>(),
        "with --eval: also write \"word gold predicted\" lines to this file")(
        "no-implied", "do not print the countries implied by cities and regions")(
        "mentions", "print every tagged span (PER/LOC/ORG/MISC) as written, with byte offsets");
    po::options_description hidden;
    hidden.add_options()("input", po::value<std::string>()->default_value(""), "input file");
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("input", 1);
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

    if (vm.count("eval") != 0) {
        const std::string file = vm["eval"].as<std::string>();
        std::ifstream in(file);
        if (!in) throw InputError("cannot open " + file);
        ConllReadOptions read_options;
        read_options.predictions = vm.count("predictions") != 0;
        const auto documents = read_conll(in, file, read_options);
        ConllScore score;
        std::vector<std::vector<std::string>> predicted;
        if (read_options.predictions) {
            for (const auto& d : documents)
                for (const auto& s : d.sentences) score.add_labels(s.gold, s.predicted);
        } else {
            const fs::path dir = model_dir(vm, argv[0]);
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

    const std::string text = read_input(vm["input"].as<std::string>());
    EntityFinderOptions options;
    options.implied_countries = vm.count("no-implied") == 0;
    const EntityFinder finder = EntityFinder::load(model_dir(vm, argv[0]), options);
    std::string out;
    if (vm.count("mentions") != 0) {
        for (const Mention& m : finder.mentions(text)) {
            out += fmt::format("{}\t{}\t{}\t{}\n", type_code(m.type), m.begin, m.end, m.text);
        }
    } else {
        const ExtractedEntities found = finder.find(text);
        for (const auto& p : found.people) out += "PER\t" + p.name + "\n";
        for (const auto& p : found.places) out += "LOC\t" + p.name + "\n";
        for (const auto& p : found.implied_places) out += "LOC\t" + p.name + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
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
