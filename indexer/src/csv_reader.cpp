// CSV: a header row naming the columns, then one article per row.

#include <array>
#include <optional>

#include "article_date.hpp"
#include "dateline/indexer/csv_records.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/indexer/record_fields.hpp"
#include "dateline/indexer/text_cleaning.hpp"
#include "dateline/schema/fields.hpp"
#include "entity_list.hpp"

namespace dateline::indexer {

namespace {

// Which fields of a row each article field and entity field may be read from
// (record_fields.hpp), most preferred column first.
class ColumnMap {
  public:
    explicit ColumnMap(const CsvRecord& header) {
        entity_index_.resize(schema::entity_fields().size());
        std::array<std::vector<std::pair<unsigned, std::size_t>>, kArticleFieldCount> ranked;
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            names_.push_back(
                collapse_whitespace(remove_control_characters(header.fields[i].value)));
            const std::string name = normal_field_name(names_.back());
            if (const schema::FieldSpec* entities = entity_field_named(name)) {
                auto& slot = entity_index_[static_cast<std::size_t>(
                    entities - schema::entity_fields().data())];
                if (!slot) slot = i;  // the first of two such columns
            } else if (const auto meaning = article_field_named(name)) {
                ranked[static_cast<std::size_t>(meaning->field)].emplace_back(meaning->preference,
                                                                              i);
            }
        }
        for (std::size_t f = 0; f < kArticleFieldCount; ++f) {
            std::stable_sort(ranked[f].begin(), ranked[f].end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            for (const auto& [preference, column] : ranked[f]) columns_[f].push_back(column);
        }
    }

    [[nodiscard]] bool has(ArticleField field) const {
        return !columns_[static_cast<std::size_t>(field)].empty();
    }
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

    /// The row's first field for `field`, in order of preference, that is not
    /// blank; nullptr when there is none.
    [[nodiscard]] const CsvField* field(const CsvRecord& row, ArticleField field) const {
        for (const std::size_t column : columns_[static_cast<std::size_t>(field)]) {
            const CsvField& value = row.fields[column];
            if (value.value.find_first_not_of(" \t\r\n") != std::string::npos) return &value;
        }
        return nullptr;
    }

    /// The row's field for the n-th of schema::entity_fields(), or nullptr.
    [[nodiscard]] const CsvField* entity_field(const CsvRecord& row, std::size_t n) const {
        return entity_index_[n] ? &row.fields[*entity_index_[n]] : nullptr;
    }

  private:
    std::vector<std::string> names_;
    std::array<std::vector<std::size_t>, kArticleFieldCount> columns_;
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
        article.id = text(row, ArticleField::Id);
        if (article.id.empty()) {
            article.id = context_.file.relative_path + ":" + std::to_string(row.line);
        }
        article.title = collapse_whitespace(text(row, ArticleField::Title));
        article.body = trimmed(text(row, ArticleField::Body));
        article.url = collapse_whitespace(text(row, ArticleField::Url));
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
        if (const CsvField* date = columns_.field(row, ArticleField::Date)) {
            article.date = read_record_date(collapse_whitespace(text(row, ArticleField::Date)),
                                            context_, date->line, on_diagnostic);
        }
        return article;
    }

  private:
    [[nodiscard]] std::string text(const CsvRecord& row, ArticleField article_field) const {
        const CsvField* field = columns_.field(row, article_field);
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
    // Tab- and semicolon-separated exports are read alike: the header says
    // which delimiter the file uses.
    CsvRecords records(text, CsvRecords::guess_delimiter(text));
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
    if (!columns.has(ArticleField::Body)) {
        report(header->line,
               "no body column: the header row needs a column named body, text, content, "
               "article, story or description (it has " +
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
