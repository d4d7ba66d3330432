#include "dateline/schema/entity.hpp"

#include <xapian.h>

#include <algorithm>

namespace dateline::schema {

namespace {

constexpr char kFieldSeparator = '\x1F';
constexpr char kRecordSeparator = '\x1E';

// Base letter of a Latin-1 Supplement or Latin Extended-A letter, or 0 when
// the character has no plain ASCII base worth folding to.
unsigned fold_latin(unsigned ch) {
    static constexpr std::string_view kLatin1 =     // U+00C0 .. U+00FF
        "aaaaaaaceeeeiiii"                          // C0-CF (AE->a, C-cedilla->c)
        "dnooooo ouuuuyts"                          // D0-DF (x-sign kept, thorn->t, sharp s->s)
        "aaaaaaaceeeeiiii"                          // E0-EF
        "dnooooo ouuuuyty";                         // F0-FF
    static constexpr std::string_view kExtendedA =  // U+0100 .. U+017F, pairs upper/lower
        "aaaaaaccccccccdd"
        "ddeeeeeeeeeegggg"
        "gggghhhhiiiiiiii"
        "iijjjjkkklllllll"
        "lllnnnnnnnnnoooo"
        "oooorrrrrrssssss"
        "ssttttttuuuuuuuu"
        "uuuuwwyyyzzzzzzs";
    char base = 0;
    if (ch >= 0xC0 && ch <= 0xFF) base = kLatin1[ch - 0xC0];
    if (ch >= 0x100 && ch <= 0x17F) base = kExtendedA[ch - 0x100];
    return base == ' ' ? 0 : static_cast<unsigned char>(base);
}

bool is_apostrophe(unsigned ch) { return ch == '\'' || ch == 0x2019 || ch == 0x2018; }

}  // namespace

std::string canonical_key(std::string_view name) {
    std::string key;
    key.reserve(name.size());
    bool pending_dash = false;
    for (Xapian::Utf8Iterator it(name.data(), name.size()), end; it != end; ++it) {
        unsigned ch = *it;
        if (is_apostrophe(ch)) continue;
        if (Xapian::Unicode::is_wordchar(ch) && ch != '_') {
            ch = Xapian::Unicode::tolower(ch);
            if (const unsigned folded = fold_latin(ch)) ch = folded;
            if (pending_dash && !key.empty()) key += '-';
            pending_dash = false;
            Xapian::Unicode::append_utf8(key, ch);
        } else {
            pending_dash = true;
        }
    }
    return key;
}

Entity entity_from_name(std::string_view name) {
    return Entity{canonical_key(name), std::string(name)};
}

namespace {

void add_unique(std::vector<std::string>& terms, std::string term) {
    if (!term.empty() && std::find(terms.begin(), terms.end(), term) == terms.end()) {
        terms.push_back(std::move(term));
    }
}

}  // namespace

std::vector<std::string> person_terms(const Entity& person) {
    std::vector<std::string> terms;
    add_unique(terms, person.key);
    const std::string name_key = canonical_key(person.name);
    add_unique(terms, name_key);
    std::string_view rest = name_key;
    while (!rest.empty()) {
        const auto dash = rest.find('-');
        // Particles ("al", "de", "van") would match half the index.
        if (const auto word = rest.substr(0, dash); word.size() > 2)
            add_unique(terms, std::string(word));
        if (dash == std::string_view::npos) break;
        rest.remove_prefix(dash + 1);
    }
    return terms;
}

std::vector<std::string> place_terms(const Entity& place) {
    std::vector<std::string> terms;
    add_unique(terms, place.key);
    add_unique(terms, canonical_key(place.name));
    return terms;
}

std::string encode_entities(const std::vector<Entity>& entities) {
    std::string encoded;
    for (const auto& entity : entities) {
        if (!encoded.empty()) encoded += kRecordSeparator;
        encoded += entity.key;
        encoded += kFieldSeparator;
        encoded += entity.name;
    }
    return encoded;
}

std::vector<Entity> decode_entities(std::string_view encoded) {
    std::vector<Entity> entities;
    while (!encoded.empty()) {
        const auto end = encoded.find(kRecordSeparator);
        const std::string_view record = encoded.substr(0, end);
        const auto sep = record.find(kFieldSeparator);
        if (sep != std::string_view::npos && sep > 0) {
            entities.push_back(
                Entity{std::string(record.substr(0, sep)), std::string(record.substr(sep + 1))});
        }
        if (end == std::string_view::npos) break;
        encoded.remove_prefix(end + 1);
    }
    return entities;
}

}  // namespace dateline::schema
