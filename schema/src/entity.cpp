#include "dateline/schema/entity.hpp"

#include <xapian.h>

#include <algorithm>

#include "dateline/schema/text_folding.hpp"

namespace dateline::schema {

namespace {

constexpr char kFieldSeparator = '\x1F';
constexpr char kRecordSeparator = '\x1E';

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
            if (const unsigned folded = fold_letter(ch)) ch = folded;
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

Entity entity_identity(const Entity& entity) {
    std::string key = canonical_key(entity.name);
    if (key.empty()) return entity;
    return Entity{std::move(key), entity.name};
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

std::vector<std::string> whole_name_terms(const Entity& entity) {
    std::vector<std::string> terms;
    add_unique(terms, entity.key);
    add_unique(terms, canonical_key(entity.name));
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
