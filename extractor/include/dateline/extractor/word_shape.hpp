#pragma once
// Word shapes: the spelling pattern of a token, a strong clue for names.
//
// word_shape() maps upper-case letters to 'X', lower-case to 'x', digits to
// 'd' and keeps other characters, capping each run at four ("Soleimani" ->
// "Xxxxx", "1996-08-22" -> "dddd-dd-dd"). short_word_shape() collapses every
// run to one character ("Xx", "X.X.", "d,d", "x-Xx"). Non-ASCII letters count
// as lower case unless they are Latin-1 capitals (U+00C0..U+00DE).

#include <string>
#include <string_view>

namespace dateline::extractor {

[[nodiscard]] std::string word_shape(std::string_view word);
[[nodiscard]] std::string short_word_shape(std::string_view word);

}  // namespace dateline::extractor
