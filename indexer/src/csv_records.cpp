#include "dateline/indexer/csv_records.hpp"

namespace dateline::indexer {

namespace {

constexpr char kQuote = '"';
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

}  // namespace

CsvRecords::CsvRecords(std::string_view content, char delimiter)
    : content_(content), delimiter_(delimiter), field_end_{delimiter, '\n'} {
    if (content_.starts_with(kByteOrderMark)) pos_ = kByteOrderMark.size();
}

char CsvRecords::guess_delimiter(std::string_view content) {
    std::size_t commas = 0;
    std::size_t tabs = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (const char c : content) {
        if (c == kQuote) quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        commas += c == ',' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
    }
    if (tabs > commas && tabs >= semicolons) return '\t';
    if (semicolons > commas) return ';';
    return ',';
}

bool CsvRecords::take_line_break() {
    if (pos_ < content_.size() && content_[pos_] == '\n') {
        ++pos_;
        ++line_;
        return true;
    }
    if (pos_ + 1 < content_.size() && content_[pos_] == '\r' && content_[pos_ + 1] == '\n') {
        pos_ += 2;
        ++line_;
        return true;
    }
    return false;
}

void CsvRecords::skip_to_next_line() {
    const auto end = content_.find('\n', pos_);
    pos_ = end == std::string_view::npos ? content_.size() : end + 1;
    if (end != std::string_view::npos) ++line_;
}

std::optional<CsvRecord> CsvRecords::next() {
    // Empty lines are no records.
    while (take_line_break()) {
    }
    if (pos_ >= content_.size()) return std::nullopt;
    CsvRecord record;
    record.line = line_;
    while (read_field(record)) {
    }
    if (!record.error.empty()) skip_to_next_line();
    return record;
}

bool CsvRecords::read_field(CsvRecord& record) {
    CsvField& field = record.fields.emplace_back();
    field.line = line_;
    if (pos_ < content_.size() && content_[pos_] == kQuote) {
        ++pos_;
        if (!read_quoted_field(record, field)) return false;
    } else {
        const auto end = content_.find_first_of(std::string_view(field_end_, 2), pos_);
        std::size_t stop = end == std::string_view::npos ? content_.size() : end;
        field.value.assign(content_.substr(pos_, stop - pos_));
        pos_ = stop;
        // CRLF: the CR belongs to the line break, not to the field.
        if (pos_ < content_.size() && content_[pos_] == '\n' && !field.value.empty() &&
            field.value.back() == '\r') {
            field.value.pop_back();
            --pos_;
        }
    }
    if (pos_ >= content_.size()) return false;
    if (content_[pos_] == delimiter_) {
        ++pos_;
        return true;
    }
    take_line_break();
    return false;
}

bool CsvRecords::read_quoted_field(CsvRecord& record, CsvField& field) {
    const std::size_t opened_on = line_;
    while (true) {
        const auto quote = content_.find(kQuote, pos_);
        if (quote == std::string_view::npos) {
            record.error = "quoted field opened on line " + std::to_string(opened_on) +
                           " is not closed before the end of the file";
            for (std::size_t i = pos_; i < content_.size(); ++i) line_ += content_[i] == '\n';
            pos_ = content_.size();
            return false;
        }
        const std::string_view chunk = content_.substr(pos_, quote - pos_);
        for (const char c : chunk) line_ += c == '\n';
        field.value += chunk;
        pos_ = quote + 1;
        if (pos_ < content_.size() && content_[pos_] == kQuote) {
            field.value += kQuote;  // "" inside quotes
            ++pos_;
            continue;
        }
        break;
    }
    if (pos_ >= content_.size() || content_[pos_] == delimiter_ || content_[pos_] == '\n' ||
        (content_[pos_] == '\r' && pos_ + 1 < content_.size() && content_[pos_ + 1] == '\n')) {
        return true;
    }
    record.error = "text after the closing quote of a field on line " + std::to_string(line_) +
                   " (a quote inside a quoted field is written \"\")";
    return false;
}

}  // namespace dateline::indexer
