#pragma once
// Turning tagged mentions into canonical names.
//
//  * clean_person_words(): drops leading titles and honorifics ("President",
//    "Prime Minister", "Mr.", "Dr.", "Gen."), a leading "the", and trailing
//    possessives ("'s", "'") and punctuation. A mention that is nothing but a
//    title ("President") becomes empty.
//  * clean_place_words(): drops a leading "the" and trailing possessives.
//  * display_name(): the words as written in the text (internal spacing
//    collapsed), with an all-capitals name title-cased ("BAGHDAD" -> "Baghdad").
//  * resolve_short_names(): maps a shorter name to the longer name it ends
//    with, mentioned in the same text: "Soleimani" -> "Qasem Soleimani",
//    "Muhandis" -> "Abu Mahdi al-Muhandis" (Arabic "al-"/"el-" ignored).
//    When several longer names fit, the one mentioned first wins. A lone
//    first word ("Mustafa") resolves to the longer name starting with it
//    only when exactly one does.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor {

/// True for a title or honorific word ("President", "Mr.", "Minister"), any case.
[[nodiscard]] bool is_title_word(std::string_view word);

/// The token range [first, last) that remains of a person mention.
struct WordRange {
    std::size_t first = 0;
    std::size_t last = 0;
    [[nodiscard]] bool empty() const noexcept { return first >= last; }
    friend bool operator==(const WordRange&, const WordRange&) = default;
};

[[nodiscard]] WordRange clean_person_words(std::span<const Token> words);
[[nodiscard]] WordRange clean_place_words(std::span<const Token> words);

/// The text of tokens [range.first, range.last) as written, whitespace runs
/// collapsed to one space; title-cased if it has no lower-case letter and
/// neither have the words around it on its line (a headline in capitals:
/// "REAGAN SAYS" -> "Reagan"). In ordinary text a name in capitals is
/// written so and keeps them ("told the BBC" -> "BBC").
[[nodiscard]] std::string display_name(std::string_view text, std::span<const Token> tokens,
                                       WordRange range);

/// Title-cases an all-capitals name ("NEW YORK" -> "New York", "AL-MUHANDIS"
/// -> "Al-Muhandis"); other names are returned unchanged.
[[nodiscard]] std::string title_case_if_all_caps(std::string_view name);

/// For each name (in mention order, may repeat), the name it resolves to.
[[nodiscard]] std::vector<std::string> resolve_short_names(const std::vector<std::string>& names);

}  // namespace dateline::extractor
