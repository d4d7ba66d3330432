#include "dateline/extractor/word_shape.hpp"

#include "utf8.hpp"

namespace dateline::extractor {

namespace {

template <class Emit>
void for_each_class(std::string_view word, Emit emit) {
    for (std::size_t i = 0; i < word.size();) {
        const auto cp = detail::decode_utf8(word, i);
        i += cp.length;
        const char32_t c = cp.value;
        char cls = 0;
        if (c >= 'A' && c <= 'Z')
            cls = 'X';
        else if (c >= 'a' && c <= 'z')
            cls = 'x';
        else if (c >= '0' && c <= '9')
            cls = 'd';
        else if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
            cls = 'X';
        else if (detail::is_letter_cp(c))
            cls = 'x';
        else if (c < 0x80)
            cls = static_cast<char>(c);
        else
            cls = '~';
        emit(cls);
    }
}

}  // namespace

std::string word_shape(std::string_view word) {
    std::string shape;
    char last = 0;
    int run = 0;
    for_each_class(word, [&](char cls) {
        run = cls == last ? run + 1 : 1;
        last = cls;
        if (run <= 4) shape += cls;
    });
    return shape;
}

std::string short_word_shape(std::string_view word) {
    std::string shape;
    for_each_class(word, [&](char cls) {
        if (shape.empty() || shape.back() != cls) shape += cls;
    });
    return shape;
}

}  // namespace dateline::extractor
