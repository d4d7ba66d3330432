#pragma once
// Unlabelled newswire for word clusters: the story bodies of Reuters-21578
// (the <BODY> elements of reut2-*.sgm), entity-decoded, tokenised and split
// into sentences with the extractor's own tokenizer and splitter.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::extractor {

/// The <BODY> texts of one SGML file's contents, with &lt; &gt; &amp; and
/// numeric character references decoded (control characters become spaces).
[[nodiscard]] std::vector<std::string> reuters_bodies(std::string_view sgml);

/// Tokenised sentences of every reut2-*.sgm body under dir, files in name
/// order. Throws InputError if dir holds no such file.
[[nodiscard]] std::vector<std::vector<std::string>> read_reuters_sentences(
    const std::filesystem::path& dir);

}  // namespace dateline::extractor
