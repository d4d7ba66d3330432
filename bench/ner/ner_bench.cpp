// Tagger speed: tokens per second on CoNLL-2003 eng.testa (pre-tokenised),
// end to end on raw text (tokenise + split + tag + normalise), and the time to
// load the model files. Run single-threaded:
//   ner_bench --benchmark_counters_tabular=true
// Model and data folders can be overridden with $DATELINE_NER_MODEL and
// $DATELINE_SHARED_DIR.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/entity_finder.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/tagger.hpp"
#include "dateline/extractor/tokenizer.hpp"

namespace {

namespace fs = std::filesystem;
using namespace dateline::extractor;

fs::path env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return (v != nullptr && *v != '\0') ? fs::path(v) : fs::path(fallback);
}

const fs::path kModelDir = env_or("DATELINE_NER_MODEL", DATELINE_NER_BENCH_MODEL_DIR);
const fs::path kSharedDir = env_or("DATELINE_SHARED_DIR", DATELINE_NER_BENCH_SHARED_DIR);

const EntityFinder& finder() {
    static const EntityFinder f = EntityFinder::load(kModelDir);
    return f;
}

void BM_TagConllTesta(benchmark::State& state) {
    std::ifstream in(kSharedDir / "data/conll2003/eng.testa");
    if (!in) {
        state.SkipWithError("eng.testa not found");
        return;
    }
    const auto documents = read_conll(in, "eng.testa");
    std::vector<std::vector<std::vector<std::string_view>>> docs;
    std::size_t tokens = 0;
    for (const auto& d : documents) {
        auto& doc = docs.emplace_back();
        for (const auto& s : d.sentences) {
            doc.emplace_back(s.words.begin(), s.words.end());
            tokens += s.words.size();
        }
    }
    const Tagger& tagger = finder().tagger();
    for (auto _ : state) {
        for (const auto& doc : docs) benchmark::DoNotOptimize(tagger.tag_document(doc));
    }
    state.counters["tokens/s"] =
        benchmark::Counter(static_cast<double>(tokens) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagConllTesta)->Unit(benchmark::kMillisecond);

void BM_FindEntitiesRawText(benchmark::State& state) {
    std::string text;
    if (std::ifstream in(kSharedDir / "seed/000_02faed74633e803f.txt"); in) {
        std::stringstream s;
        s << in.rdbuf();
        text = s.str();
    } else {
        text =
            "BAGHDAD, Jan 3 (Reuters) - U.S. President Donald Trump said on Saturday that Iran "
            "would be held "
            "responsible. Qasem Soleimani was killed near Baghdad airport.\n";
    }
    const std::size_t tokens = tokenize(text).size();
    for (auto _ : state) benchmark::DoNotOptimize(finder().find(text));
    state.counters["tokens/s"] =
        benchmark::Counter(static_cast<double>(tokens) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FindEntitiesRawText)->Unit(benchmark::kMicrosecond);

void BM_LoadModel(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(EntityFinder::load(kModelDir));
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
