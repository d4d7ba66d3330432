#pragma once
// CsvRecords: splits comma-separated values (RFC 4180) into records, keeping
// the line each record and each field starts on, for diagnostics.
//
// A small parser of our own: Debian's CSV libraries either cannot read line
// breaks inside quoted fields (libfccp) or give no source positions
// (libcsv), and both are long unmaintained upstream.
//
// The rules, RFC 4180 plus what real exports need:
//  * records end at LF or CRLF outside quotes; the last one may lack it;
//  * a field that starts with '"' is quoted: it may hold commas, line breaks
//    and '""' (one quote), and ends at a '"' followed by a comma, the end of
//    the record or the end of the input;
//  * a '"' inside an unquoted field is kept as it is (`5" screen`);
//  * an empty line is no record;
//  * a UTF-8 byte order mark at the start is skipped.
// Two things cannot be read and make a record carry an error instead of
// fields: text between a closing quote and the next comma, and a quoted field
// still open at the end of the input (everything after its opening quote is
// then in that one record). Bytes are passed through as they are.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::indexer {

struct CsvField {
    std::string value;
    std::size_t line = 1;  ///< 1-based line the field starts on
};

struct CsvRecord {
    std::vector<CsvField> fields;
    std::size_t line = 1;  ///< 1-based line the record starts on
    /// Why the record could not be split into fields (fields are then
    /// incomplete); empty for a good record.
    std::string error;
};

class CsvRecords {
  public:
    /// `content` must outlive this object. `delimiter` separates fields: a
    /// comma, or a tab or semicolon for the exports that use those (the rules
    /// above then hold with it in the comma's place).
    explicit CsvRecords(std::string_view content, char delimiter = ',');

    /// The delimiter the header line `content` starts with most likely uses:
    /// the most frequent of comma, tab and semicolon outside quotes in its
    /// first line (a comma when none occurs).
    [[nodiscard]] static char guess_delimiter(std::string_view content);

    /// The next record, or nullopt at the end of the input. After a record
    /// with an error, reading resumes at the next line.
    [[nodiscard]] std::optional<CsvRecord> next();

  private:
    /// Reads one field at pos_ into `record`; false when the record ends
    /// after it (line break or end of input).
    bool read_field(CsvRecord& record);
    bool read_quoted_field(CsvRecord& record, CsvField& field);
    /// Consumes a line break at pos_ (LF or CRLF); false if there is none.
    bool take_line_break();
    void skip_to_next_line();

    std::string_view content_;
    char delimiter_ = ',';
    char field_end_[2];  ///< the delimiter and a line feed: where an unquoted field ends
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

}  // namespace dateline::indexer
