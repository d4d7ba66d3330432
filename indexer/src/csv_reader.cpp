// CSV: a header row naming the columns, then one article per row.

#include <array>
#include <optional>

#include "article_date.hpp"
#include "dateline/indexer/csv_records.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/indexer/text_cleaning.hpp"
#include "dateline/schema/fields.hpp"
#include "entity_list.hpp"

namespace dateline::indexer {

namespace {

// The columns read besides the entity fields' (people, places, orgs: named
// as in the schema's table).
enum class Column { Id, Url, Date, Title, Body, Text };

struct ColumnName {
    std::string_view name;
    Column column;
};

constexpr std::array<ColumnName, 6> kColumns{{{"id", Column::Id},
                                              {"url", Column::Url},
                                              {"date", Column::Date},
                                              {"title", Column::Title},
                                              {"body", Column::Body},
                                              {"text", Column::Text}}};

std::string header_name(std::string_view raw) {
    std::string name = collapse_whitespace(remove_control_characters(raw));
    for (char& c : name) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return name;
}

// Which field of a row each known column is; the first of two same-named
// columns wins.
class ColumnMap {
  public:
    explicit ColumnMap(const CsvRecord& header) {
        const auto entity_fields = schema::entity_fields();
        entity_index_.resize(entity_fields.size());
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            names_.push_back(header_name(header.fields[i].value));
            for (const auto& known : kColumns) {
                auto& slot = index_[static_cast<std::size_t>(known.column)];
                if (names_.back() == known.name && !slot) slot = i;
            }
            for (std::size_t f = 0; f < entity_fields.size(); ++f) {
                if (names_.back() == entity_fields[f].name && !entity_index_[f]) {
                    entity_index_[f] = i;
                }
            }
        }
    }

    [[nodiscard]] bool has_body() const { return has(Column::Body) || has(Column::Text); }
    [[nodiscard]] std::size_t width() const { return names_.size(); }

    /// "url, date, title" (an unnamed column shows as "(empty)").
    [[nodiscard]] std::string names() const {
        std::string out;
        for (const auto& name : names_) {
            if (!out.empty()) out += ", ";
            out += name.empty() ? "(empty)" : name;
        }
        return out;
    }

    /// The row's field for `column`, or nullptr when the file has no such column.
    [[nodiscard]] const CsvField* field(const CsvRecord& row, Column column) const {
        const auto& slot = index_[static_cast<std::size_t>(column)];
        return slot ? &row.fields[*slot] : nullptr;
    }

    /// The row's field for the n-th of schema::entity_fields(), or nullptr.
    [[nodiscard]] const CsvField* entity_field(const CsvRecord& row, std::size_t n) const {
        return entity_index_[n] ? &row.fields[*entity_index_[n]] : nullptr;
    }

  private:
    [[nodiscard]] bool has(Column column) const {
        return index_[static_cast<std::size_t>(column)].has_value();
    }

    std::vector<std::string> names_;
    std::array<std::optional<std::size_t>, kColumns.size()> index_{};
    std::vector<std::optional<std::size_t>> entity_index_;  ///< per entity field
};

bool is_blank_row(const CsvRecord& row) {
    for (const auto& field : row.fields) {
        if (field.value.find_first_not_of(" \t\r") != std::string::npos) return false;
    }
    return true;
}

// A problem with one row; the row is skipped.
struct BadRow {
    std::size_t line;
    std::string reason;
};

class RowReader {
  public:
    RowReader(const ColumnMap& columns, const ReadContext& context)
        : columns_(columns), context_(context) {}

    [[nodiscard]] Article read(const CsvRecord& row, const DiagnosticSink& on_diagnostic) const {
        Article article;
        article.source = context_.file;
        article.source.line = row.line;
        article.id = text(row, Column::Id);
        if (article.id.empty()) {
            article.id = context_.file.relative_path + ":" + std::to_string(row.line);
        }
        article.title = collapse_whitespace(text(row, Column::Title));
        article.body = trimmed(text(row, Column::Body));
        if (article.body.empty()) article.body = trimmed(text(row, Column::Text));
        article.url = collapse_whitespace(text(row, Column::Url));
        const auto entity_fields = schema::entity_fields();
        for (std::size_t f = 0; f < entity_fields.size(); ++f) {
            if (const CsvField* names = columns_.entity_field(row, f)) {
                add_entity_names(article.entities(entity_fields[f]),
                                 collapse_whitespace(remove_control_characters(names->value)));
            }
        }
        if (article.title.empty() && article.body.empty()) {
            throw BadRow{row.line, "no title and no text; row skipped"};
        }
        if (article.title.empty()) article.title = title_from_body(article.body);
        // Last, so that a warning about the date is only given for a row
        // that is indexed.
        if (const CsvField* date = columns_.field(row, Column::Date)) {
            article.date = read_article_date(collapse_whitespace(text(row, Column::Date)), context_,
                                             date->line, on_diagnostic);
        }
        return article;
    }

  private:
    [[nodiscard]] std::string text(const CsvRecord& row, Column column) const {
        const CsvField* field = columns_.field(row, column);
        return field ? remove_control_characters(field->value) : std::string();
    }

    static std::string trimmed(std::string_view text) {
        const auto first = text.find_first_not_of(" \t\n");
        if (first == std::string_view::npos) return {};
        const auto last = text.find_last_not_of(" \t\n");
        return std::string(text.substr(first, last - first + 1));
    }

    const ColumnMap& columns_;
    const ReadContext& context_;
};

}  // namespace

void read_csv_file(std::string_view content, const ReadContext& context,
                   const ArticleSink& on_article, const DiagnosticSink& on_diagnostic) {
    const auto report = [&](std::size_t line, std::string reason) {
        on_diagnostic(Diagnostic{context.file.path, line, std::move(reason)});
    };
    if (content.find('\0') != std::string_view::npos) {
        report(0, "binary file (contains NUL bytes); skipped");
        return;
    }
    const std::string text = to_valid_utf8(content);
    CsvRecords records(text);
    const auto header = records.next();
    if (!header) {
        report(0, "empty file; skipped");
        return;
    }
    if (!header->error.empty()) {
        report(header->line, "cannot read the header row: " + header->error + "; file skipped");
        return;
    }
    const ColumnMap columns(*header);
    if (!columns.has_body()) {
        report(header->line,
               "no body column: the header row needs a column named body or text (it has " +
                   columns.names() + "); file skipped");
        return;
    }
    const RowReader reader(columns, context);
    while (const auto row = records.next()) {
        if (!row->error.empty()) {
            report(row->line, row->error + "; row skipped");
            continue;
        }
        if (is_blank_row(*row)) continue;
        if (row->fields.size() != columns.width()) {
            report(row->line, "row has " + std::to_string(row->fields.size()) +
                                  " fields, the header has " + std::to_string(columns.width()) +
                                  "; row skipped");
            continue;
        }
        try {
            on_article(reader.read(*row, on_diagnostic));
        } catch (const BadRow& bad) {
            report(bad.line, bad.reason);
        }
    }
}

}  // namespace dateline::indexer
