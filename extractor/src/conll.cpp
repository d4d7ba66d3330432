#include "dateline/extractor/conll.hpp"

#include <algorithm>
#include <cstdio>
#include <istream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "dateline/extractor/errors.hpp"

namespace dateline::extractor {

namespace {

std::vector<std::string> split_columns(const std::string& line) {
    std::vector<std::string> columns;
    std::istringstream in(line);
    std::string column;
    while (in >> column) columns.push_back(column);
    return columns;
}

}  // namespace

std::vector<ConllDocument> read_conll(std::istream& in, const std::string& source_name,
                                      const ConllReadOptions& options) {
    std::vector<ConllDocument> documents(1);
    ConllSentence sentence;
    auto end_sentence = [&] {
        if (!sentence.words.empty()) documents.back().sentences.push_back(std::move(sentence));
        sentence = {};
    };
    std::string line;
    std::size_t line_number = 0;
    const std::size_t min_columns = options.predictions ? 3 : 2;
    while (std::getline(in, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto columns = split_columns(line);
        if (columns.empty()) {
            end_sentence();
            continue;
        }
        if (columns[0] == "-DOCSTART-") {
            end_sentence();
            if (!documents.back().sentences.empty()) documents.emplace_back();
            continue;
        }
        if (columns.size() < min_columns) {
            throw InputError(source_name + ":" + std::to_string(line_number) +
                             ": expected at least " + std::to_string(min_columns) + " columns");
        }
        std::string gold = options.predictions ? columns[columns.size() - 2] : columns.back();
        auto check = [&](const std::string& label) {
            const bool ok =
                label == "O" ||
                (label.size() > 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-');
            if (!ok) {
                throw InputError(source_name + ":" + std::to_string(line_number) +
                                 ": bad entity label '" + label + "'");
            }
        };
        check(gold);
        sentence.words.push_back(columns[0]);
        sentence.gold.push_back(std::move(gold));
        if (options.predictions) {
            check(columns.back());
            sentence.predicted.push_back(columns.back());
        }
    }
    end_sentence();
    if (documents.back().sentences.empty() && documents.size() > 1) documents.pop_back();
    return documents;
}

double EntityCounts::precision() const noexcept {
    return predicted == 0 ? 0.0
                          : 100.0 * static_cast<double>(correct) / static_cast<double>(predicted);
}

double EntityCounts::recall() const noexcept {
    return gold == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(gold);
}

double EntityCounts::f1() const noexcept {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

void ConllScore::add(const std::vector<EntitySpan>& gold,
                     const std::vector<EntitySpan>& predicted) {
    for (const EntitySpan& span : gold) {
        ++per_type_[static_cast<std::size_t>(span.type)].gold;
        ++overall_.gold;
    }
    for (const EntitySpan& span : predicted) {
        ++per_type_[static_cast<std::size_t>(span.type)].predicted;
        ++overall_.predicted;
        if (std::find(gold.begin(), gold.end(), span) != gold.end()) {
            ++per_type_[static_cast<std::size_t>(span.type)].correct;
            ++overall_.correct;
        }
    }
}

void ConllScore::add_labels(const std::vector<std::string>& gold,
                            const std::vector<std::string>& predicted) {
    if (gold.size() != predicted.size())
        throw std::invalid_argument("gold and predicted lengths differ");
    add(spans_from_labels(gold), spans_from_labels(predicted));
    tokens_ += gold.size();
    for (std::size_t i = 0; i < gold.size(); ++i) {
        // Token accuracy compares types, so IOB1 gold and IOB2 output agree.
        const auto type_of = [](const std::string& label) {
            return label == "O" ? std::string() : label.substr(2);
        };
        if (type_of(gold[i]) == type_of(predicted[i])) ++correct_tokens_;
    }
}

ConllScore& ConllScore::operator+=(const ConllScore& other) noexcept {
    auto add_counts = [](EntityCounts& total, const EntityCounts& more) {
        total.gold += more.gold;
        total.predicted += more.predicted;
        total.correct += more.correct;
    };
    for (std::size_t t = 0; t < kEntityTypeCount; ++t) add_counts(per_type_[t], other.per_type_[t]);
    add_counts(overall_, other.overall_);
    tokens_ += other.tokens_;
    correct_tokens_ += other.correct_tokens_;
    return *this;
}

std::string ConllScore::to_json() const {
    auto counts_json = [](const EntityCounts& counts) {
        return nlohmann::ordered_json{{"precision", counts.precision()},
                                      {"recall", counts.recall()},
                                      {"f1", counts.f1()},
                                      {"gold", counts.gold},
                                      {"predicted", counts.predicted},
                                      {"correct", counts.correct}};
    };
    nlohmann::ordered_json out;
    for (const EntityType type : kEntityTypes)
        out[std::string(type_code(type))] = counts_json(of(type));
    out["overall"] = counts_json(overall_);
    return out.dump();
}

std::string ConllScore::to_text() const {
    std::string out;
    char line[200];
    std::snprintf(line, sizeof line,
                  "processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n",
                  tokens_, overall_.gold, overall_.predicted, overall_.correct);
    out += line;
    auto row = [&](std::string_view name, const EntityCounts& counts) {
        std::snprintf(
            line, sizeof line,
            "%-8.*s precision: %6.2f%%; recall: %6.2f%%; F1: %6.2f  (%zu gold, %zu found)\n",
            static_cast<int>(name.size()), name.data(), counts.precision(), counts.recall(),
            counts.f1(), counts.gold, counts.predicted);
        out += line;
    };
    row("overall", overall_);
    for (const EntityType type : kEntityTypes) row(type_code(type), of(type));
    return out;
}

}  // namespace dateline::extractor
