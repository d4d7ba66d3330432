#include "dateline/searcher/query_syntax.hpp"

#include <algorithm>
#include <cctype>

#include "dateline/schema/entity.hpp"
#include "dateline/searcher/date_filter.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// Bytes of non-ASCII characters count as word characters: a field name never
// starts in the middle of "Zürich:".
bool is_word_byte(char c) {
    return is_ascii_alnum(c) || c == '_' || (static_cast<unsigned char>(c) & 0x80U) != 0;
}

constexpr std::string_view kLeftQuote = "\u201C";
constexpr std::string_view kRightQuote = "\u201D";

// Length of the double quote starting at text[pos] (", U+201C or U+201D, all
// of which Xapian treats as quotes), or 0.
std::size_t quote_length(std::string_view text, std::size_t pos) {
    if (text[pos] == '"') return 1;
    const std::string_view rest = text.substr(pos);
    if (rest.starts_with(kLeftQuote) || rest.starts_with(kRightQuote)) return 3;
    return 0;
}

// The error for the quote at `where` that is never closed, naming the quote
// a user would type to close it: a typographic opening quote is closed by ”.
QueryError unclosed_quote(QuerySpan where) {
    const std::string_view closing = where.length == 1 ? "\"" : kRightQuote;
    return QueryError("unbalanced quote: no closing '" + std::string(closing) + "'", where);
}

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return result;
}

std::string queryable_field_names() {
    std::string names;
    for (const auto& field : sc::fields()) {
        if (field.query_name.empty()) continue;
        if (!names.empty()) names += ", ";
        names += field.query_name;
        names += ':';
    }
    return names;
}

// A field with no value ("person:", "title: oil", "id:\"\""): every field
// needs one, and a blank after the colon is the usual slip.
QueryError missing_value(const sc::FieldSpec& field, QuerySpan where) {
    const std::string name(field.query_name);
    return QueryError(
        "'" + name + ":' needs a value (write " + name + ":VALUE, with no space after the colon)",
        where);
}

// Checks the value of a boolean field the way its field processor will read it.
void check_value(const FieldUse& use, sc::DateOrder date_order) {
    const std::string field_name(use.field->query_name);
    if (use.text.empty())
        throw missing_value(*use.field, use.value.length > 0 ? use.value : use.name);
    const sc::FieldRole role = use.field->role;
    if (role == sc::FieldRole::Entity) {
        if (sc::canonical_key(use.text).empty()) {
            throw QueryError("'" + field_name + ":' needs a name with letters or digits",
                             use.value);
        }
    } else if (role == sc::FieldRole::Date) {
        try {
            (void)parse_date_filter(use.text, date_order);
        } catch (const QueryError& e) {
            // The value's own offsets, shifted past the field name and an
            // opening quote (dates contain no quotes to unescape).
            const std::size_t quote = use.value.length > use.text.size() ? 1 : 0;
            QuerySpan span = e.where().value_or(QuerySpan{0, use.text.size()});
            span.offset += use.value.offset + quote;
            throw QueryError(e.what(), span);
        }
    }
}

class Scanner {
  public:
    Scanner(std::string_view query, sc::DateOrder date_order)
        : query_(query), date_order_(date_order) {
        result_.text = query;
    }

    CheckedQuery run() {
        if (std::all_of(query_.begin(), query_.end(), is_blank)) throw QueryError("empty query");
        while (pos_ < query_.size()) step();
        if (in_quote_) throw unclosed_quote(quote_start_);
        if (!open_brackets_.empty()) {
            throw QueryError("unbalanced bracket: no closing ')'",
                             QuerySpan{open_brackets_.back(), 1});
        }
        return std::move(result_);
    }

  private:
    void step() {
        if (const std::size_t quote = quote_length(query_, pos_)) {
            if (!in_quote_) quote_start_ = QuerySpan{pos_, quote};
            in_quote_ = !in_quote_;
            pos_ += quote;
            return;
        }
        const char c = query_[pos_];
        if (in_quote_) {
            ++pos_;
        } else if (c == '(') {
            open_brackets_.push_back(pos_++);
        } else if (c == ')') {
            if (open_brackets_.empty()) {
                throw QueryError("unbalanced bracket: no opening '('", QuerySpan{pos_, 1});
            }
            open_brackets_.pop_back();
            ++pos_;
        } else if (is_ascii_alpha(c) && (pos_ == 0 || !is_word_byte(query_[pos_ - 1]))) {
            word();
        } else {
            ++pos_;
        }
    }

    // At the start of an ASCII word: a field name if a ':' and a non-blank follow.
    void word() {
        const std::size_t start = pos_;
        std::size_t end = start;
        while (end < query_.size() && (is_ascii_alnum(query_[end]) || query_[end] == '_')) ++end;
        const std::string_view rest = query_.substr(end);
        const bool colon = rest.starts_with(':') && !rest.starts_with("::");
        const bool url = rest.starts_with("://");
        const bool field_like = colon && !url && rest.size() >= 2 && !is_blank(rest[1]);
        const std::string name = lower(query_.substr(start, end - start));
        const QuerySpan name_span{start, end - start + 1};
        const sc::FieldSpec* field = sc::find_query_field(name);
        if (!field_like) {
            // "person:" with nothing after it would otherwise search the
            // word "person": say what is missing instead. Other words before
            // a colon and a blank ("Re: oil") stay text.
            if (colon && !url && field != nullptr) throw missing_value(*field, name_span);
            pos_ = end;
            if (url) {
                // A URL is text; skip it whole so "http://a.b/c:d" raises nothing.
                while (pos_ < query_.size() && !is_blank(query_[pos_])) ++pos_;
            }
            return;
        }
        if (field == nullptr) {
            throw QueryError("unknown field '" + std::string(query_.substr(start, end - start)) +
                                 ":' (fields: " + queryable_field_names() + ")",
                             name_span);
        }
        std::copy(name.begin(), name.end(),
                  result_.text.begin() + static_cast<std::ptrdiff_t>(start));
        FieldUse use{field, name_span, QuerySpan{end + 1, 0}, {}};
        pos_ = end + 1;
        if (field->is_filter()) {
            boolean_value(use);
            check_value(use, date_order_);
        } else if (empty_free_text_value(pos_)) {
            throw missing_value(*field, name_span);
        }
        result_.fields.push_back(std::move(use));
    }

    // Whether the free-text value starting at `pos` is empty: a ')' or an
    // empty pair of quotes ("title:()" is left to Xapian's parser).
    [[nodiscard]] bool empty_free_text_value(std::size_t pos) const {
        if (query_[pos] == ')') return true;
        const std::size_t quote = quote_length(query_, pos);
        return quote > 0 && pos + quote < query_.size() && quote_length(query_, pos + quote) > 0;
    }

    // Reads a boolean field's value as Xapian does: a quoted string (with ""
    // for a literal quote), or everything up to a blank or ')'.
    void boolean_value(FieldUse& use) {
        const std::size_t start = pos_;
        if (const std::size_t quote = quote_length(query_, pos_)) {
            pos_ += quote;
            while (true) {
                if (pos_ >= query_.size()) {
                    throw unclosed_quote(QuerySpan{start, quote});
                }
                if (const std::size_t closing = quote_length(query_, pos_)) {
                    pos_ += closing;
                    if (closing == 1 && pos_ < query_.size() && query_[pos_] == '"') {
                        use.text += '"';
                        ++pos_;
                        continue;
                    }
                    break;
                }
                use.text += query_[pos_++];
            }
        } else {
            while (pos_ < query_.size() && !is_blank(query_[pos_]) && query_[pos_] != ')') ++pos_;
            use.text = query_.substr(start, pos_ - start);
        }
        use.value = QuerySpan{start, pos_ - start};
    }

    std::string_view query_;
    sc::DateOrder date_order_;
    CheckedQuery result_;
    std::size_t pos_ = 0;
    bool in_quote_ = false;
    QuerySpan quote_start_;
    std::vector<std::size_t> open_brackets_;
};

}  // namespace

CheckedQuery check_query_syntax(std::string_view query, sc::DateOrder date_order) {
    return Scanner(query, date_order).run();
}

std::vector<std::string_view> excluded_items_only(std::string_view text) {
    std::vector<std::string_view> items;
    std::size_t depth = 0;
    bool in_quote = false;
    std::size_t start = std::string_view::npos;  // of the current item
    const auto end_item = [&](std::size_t end) {
        if (start == std::string_view::npos) return true;
        const std::string_view item = text.substr(start, end - start);
        start = std::string_view::npos;
        if (item.size() < 2 || item[0] != '-') return false;
        items.push_back(item.substr(1));
        return true;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const bool top = depth == 0 && !in_quote;
        if (top && is_blank(text[pos])) {
            if (!end_item(pos)) return {};
            ++pos;
            continue;
        }
        if (start == std::string_view::npos) start = pos;
        if (const std::size_t quote = quote_length(text, pos)) {
            in_quote = !in_quote;
            pos += quote;
            continue;
        }
        if (!in_quote && text[pos] == '(') ++depth;
        if (!in_quote && text[pos] == ')' && depth > 0) --depth;
        ++pos;
    }
    if (!end_item(text.size())) return {};
    return items;
}

}  // namespace dateline::searcher
