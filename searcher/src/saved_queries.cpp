#include "dateline/searcher/saved_queries.hpp"

#include <algorithm>
#include <utility>

namespace dateline::searcher {

namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

// Whether an '@' at `at` can start a reference: at the start, or after a
// blank, a bracket, + or -.
bool can_start_reference(std::string_view query, std::size_t at) {
    if (at == 0) return true;
    const char before = query[at - 1];
    return before == ' ' || before == '\t' || before == '\n' || before == '(' || before == '+' ||
           before == '-';
}

// The `@name` references of `query` outside quotes: (offset of '@', name).
std::vector<std::pair<std::size_t, std::string_view>> references(std::string_view query) {
    std::vector<std::pair<std::size_t, std::string_view>> found;
    bool quoted = false;
    for (std::size_t i = 0; i < query.size(); ++i) {
        // Straight and curly double quotes open and close phrases alike
        // (query_syntax.hpp); the curly ones are three bytes, all >= 0x80.
        if (query[i] == '"' || query.substr(i, 3) == "\u201c" || query.substr(i, 3) == "\u201d") {
            quoted = !quoted;
            continue;
        }
        if (quoted || query[i] != '@' || !can_start_reference(query, i)) continue;
        std::size_t end = i + 1;
        while (end < query.size() && is_name_char(query[end])) ++end;
        // A trailing '.' ends a sentence rather than the name.
        while (end > i + 1 && query[end - 1] == '.') --end;
        if (end == i + 1) continue;
        found.emplace_back(i, query.substr(i + 1, end - i - 1));
        i = end - 1;
    }
    return found;
}

std::string known_names(const std::map<std::string, std::string, std::less<>>& queries) {
    if (queries.empty()) return "no query is saved: add them under [query] in the config file";
    std::string names = "saved: ";
    bool first = true;
    for (const auto& entry : queries) {
        names += (first ? "@" : ", @") + entry.first;
        first = false;
    }
    return names;
}

}  // namespace

QueryError ExpandedQuery::to_typed(const QueryError& error) const {
    if (!error.where()) {
        // Xapian's own errors come without a place; name the saved queries.
        if (uses_.empty()) return error;
        std::string names;
        for (const auto& use : uses_) names += (names.empty() ? "@" : ", @") + use.name;
        return QueryError(std::string(error.what()) + " (with " + names + " put in)");
    }
    const QuerySpan span = *error.where();
    std::size_t shift = 0;  // how much longer text_ is than the typed query before `span`
    for (const auto& use : uses_) {
        const std::size_t use_end = use.expanded.offset + use.expanded.length;
        if (span.offset >= use_end) {
            shift += use.expanded.length - use.typed.length;
            continue;
        }
        if (span.offset + span.length > use.expanded.offset) {
            // Within the saved query (or reaching into it): underline `@name`.
            return QueryError("in @" + use.name + ": " + error.what(), use.typed);
        }
        break;
    }
    return QueryError(error.what(), QuerySpan{span.offset - shift, span.length});
}

SavedQueries::SavedQueries(std::map<std::string, std::string, std::less<>> queries)
    : queries_(std::move(queries)) {}

bool SavedQueries::is_valid_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), is_name_char) &&
           name.back() != '.';
}

ExpandedQuery SavedQueries::expand(std::string_view query) const {
    ExpandedQuery result;
    std::size_t copied = 0;  // bytes of `query` already in result.text_
    for (const auto& [at, name] : references(query)) {
        const QuerySpan typed{at, name.size() + 1};
        const auto saved = queries_.find(name);
        if (saved == queries_.end()) {
            throw QueryError(
                "unknown saved query '@" + std::string(name) + "' (" + known_names(queries_) + ")",
                typed);
        }
        std::vector<std::string> active{std::string(name)};
        std::string inner;
        try {
            inner = expand_text(saved->second, active);
        } catch (const QueryError& e) {
            throw QueryError("in @" + std::string(name) + ": " + e.what(), typed);
        }
        result.text_.append(query.substr(copied, at - copied));
        const std::size_t begin = result.text_.size();
        result.text_ += '(' + inner + ')';
        result.uses_.push_back(ExpandedQuery::Use{std::string(name), typed,
                                                  QuerySpan{begin, result.text_.size() - begin}});
        copied = at + typed.length;
    }
    result.text_.append(query.substr(copied));
    return result;
}

std::string SavedQueries::expand_text(std::string_view query,
                                      std::vector<std::string>& active) const {
    std::string text;
    std::size_t copied = 0;
    for (const auto& [at, name] : references(query)) {
        const auto saved = queries_.find(name);
        if (saved == queries_.end()) {
            throw QueryError("unknown saved query '@" + std::string(name) + "'");
        }
        if (std::find(active.begin(), active.end(), name) != active.end()) {
            throw QueryError("@" + std::string(name) + " uses itself");
        }
        active.emplace_back(name);
        text.append(query.substr(copied, at - copied));
        text += '(' + expand_text(saved->second, active) + ')';
        active.pop_back();
        copied = at + name.size() + 1;
    }
    text.append(query.substr(copied));
    return text;
}

}  // namespace dateline::searcher
