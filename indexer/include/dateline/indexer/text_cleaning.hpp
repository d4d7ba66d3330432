#pragma once
// Turning raw bytes into clean text: valid UTF-8, SGML/HTML character
// references decoded, control characters removed.

#include <string>
#include <string_view>

namespace dateline::indexer {

/// Returns valid UTF-8: well-formed sequences are kept, every other byte is
/// read as Latin-1 (Reuters-21578 has such bytes) and re-encoded.
[[nodiscard]] std::string to_valid_utf8(std::string_view bytes);

/// Decodes &lt; &gt; &amp; &quot; &apos; &nbsp; and numeric references
/// (&#5; &#x41;). Unknown or malformed references are left as they are.
[[nodiscard]] std::string decode_character_references(std::string_view text);

/// Removes C0/C1 control characters except newline and tab (a carriage return
/// becomes nothing; form feeds and the like become a space). Input must be UTF-8.
[[nodiscard]] std::string remove_control_characters(std::string_view text);

/// The three steps above for text taken from a markup file: to_valid_utf8,
/// then decode_character_references, then remove_control_characters.
[[nodiscard]] std::string clean_markup_text(std::string_view raw);

/// Collapses runs of white space into one space and trims the ends.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

/// The first sentence of `body`, cut at a word boundary to at most
/// `max_chars` bytes (plus "…" when cut). Used as a title when none is given.
[[nodiscard]] std::string title_from_body(std::string_view body, std::size_t max_chars = 100);

}  // namespace dateline::indexer
