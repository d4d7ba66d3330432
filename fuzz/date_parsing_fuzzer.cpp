// Fuzzes the lenient date parser (parse_date): any bytes. It must not throw,
// and its result must be consistent: a date exactly when the status is Ok.
// (schema::Date can only hold a real day in years 1..9999, by construction.)

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dateline/schema/date_parsing.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    namespace sc = dateline::schema;
    for (const auto order : {sc::DateOrder::MonthFirst, sc::DateOrder::DayFirst}) {
        const sc::DateParse parsed = sc::parse_date(text, order);
        const bool ok = parsed.status == sc::DateStatus::Ok;
        if (ok != parsed.date.has_value()) {
            dateline::fuzz::fail(ok ? "status Ok without a date" : "a date with a failure status",
                                 "parse_date", text);
        }
        // A date read is a real one: its slot encoding reads back the same.
        if (ok && sc::PartialDate::from_sortable(parsed.date->sortable()) != parsed.date) {
            dateline::fuzz::fail("slot encoding does not round-trip", "parse_date", text);
        }
    }
    return 0;
}
