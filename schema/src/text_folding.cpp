#include "dateline/schema/text_folding.hpp"

#include <xapian.h>

namespace dateline::schema {

namespace {

// Base letters, lower case, of U+00C0..U+00FF and U+0100..U+017F; ' ' where
// a character has no plain ASCII base worth folding to (×, ÷).
constexpr std::string_view kLatin1 =     // U+00C0 .. U+00FF
    "aaaaaaaceeeeiiii"                   // C0-CF (AE->a, C-cedilla->c)
    "dnooooo ouuuuyts"                   // D0-DF (x-sign kept, thorn->t, sharp s->s)
    "aaaaaaaceeeeiiii"                   // E0-EF
    "dnooooo ouuuuyty";                  // F0-FF
constexpr std::string_view kExtendedA =  // U+0100 .. U+017F, pairs upper/lower
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "iijjjjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oooorrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";

}  // namespace

unsigned fold_letter(unsigned ch) {
    char base = 0;
    if (ch >= 0xC0 && ch <= 0xFF) base = kLatin1[ch - 0xC0];
    if (ch >= 0x100 && ch <= 0x17F) base = kExtendedA[ch - 0x100];
    if (base == 0 || base == ' ') return 0;
    const auto lower = static_cast<unsigned char>(base);
    // The table has lower-case bases; an upper-case letter keeps its case.
    const bool upper = Xapian::Unicode::tolower(ch) != ch;
    return upper ? lower - 'a' + 'A' : lower;
}

std::string fold_accents(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    std::size_t copied = 0;  // bytes of `text` already in `folded`
    for (Xapian::Utf8Iterator it(text.data(), text.size()), end; it != end;) {
        const unsigned base = fold_letter(*it);
        const auto at = static_cast<std::size_t>(it.raw() - text.data());
        ++it;
        const std::size_t next =
            it == end ? text.size() : static_cast<std::size_t>(it.raw() - text.data());
        // Xapian reads an invalid byte as a Latin-1 character of one byte;
        // every letter of the table takes two bytes in real UTF-8.
        if (base == 0 || next - at != 2) continue;
        folded.append(text.substr(copied, at - copied));
        folded += static_cast<char>(base);
        copied = next;
    }
    folded.append(text.substr(copied));
    return folded;
}

}  // namespace dateline::schema
