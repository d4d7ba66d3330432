#include "dateline/extractor/reuters_corpus.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/sentence_splitter.hpp"
#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor {

namespace {

std::string decode_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t semi = text.find(';', i);
        if (semi == std::string_view::npos || semi - i > 8) {
            out += '&';
            continue;
        }
        const std::string_view name = text.substr(i + 1, semi - i - 1);
        if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "amp")
            out += '&';
        else if (name.size() > 1 && name[0] == '#') {
            unsigned value = 0;
            for (const char c : name.substr(1)) value = value * 10 + static_cast<unsigned>(c - '0');
            out += value >= 32 && value < 127 ? static_cast<char>(value) : ' ';
        } else {
            out.append(text.substr(i, semi - i + 1));
        }
        i = semi;
    }
    return out;
}

}  // namespace

std::vector<std::string> reuters_bodies(std::string_view sgml) {
    std::vector<std::string> bodies;
    constexpr std::string_view kOpen = "<BODY>";
    constexpr std::string_view kClose = "</BODY>";
    for (std::size_t pos = sgml.find(kOpen); pos != std::string_view::npos;
         pos = sgml.find(kOpen, pos)) {
        const std::size_t begin = pos + kOpen.size();
        const std::size_t end = sgml.find(kClose, begin);
        if (end == std::string_view::npos) break;
        bodies.push_back(decode_entities(sgml.substr(begin, end - begin)));
        pos = end + kClose.size();
    }
    return bodies;
}

std::vector<std::vector<std::string>> read_reuters_sentences(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(dir)) {
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            const std::string name = entry.path().filename().string();
            if (name.starts_with("reut2-") && name.ends_with(".sgm")) files.push_back(entry.path());
        }
    }
    if (files.empty()) throw InputError("no reut2-*.sgm files in " + dir.string());
    std::sort(files.begin(), files.end());
    std::vector<std::vector<std::string>> sentences;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw InputError("cannot open " + path.string());
        std::ostringstream s;
        s << in.rdbuf();
        for (const std::string& body : reuters_bodies(s.str())) {
            const std::vector<Token> tokens = tokenize(body);
            for (const SentenceSpan& span : split_sentences(body, tokens)) {
                auto& sentence = sentences.emplace_back();
                for (std::size_t i = span.first; i < span.last; ++i)
                    sentence.emplace_back(tokens[i].text);
            }
        }
    }
    return sentences;
}

}  // namespace dateline::extractor
