// UTF-8 validation and decoding. Everything downstream works on code points, so spans in
// events are code-point offsets into the original text.
#ifndef DETENTE_TEXT_UTF8_H_
#define DETENTE_TEXT_UTF8_H_

#include <string>
#include <string_view>

namespace detente {

// Returns the byte offset of the first invalid sequence (overlong forms, surrogates and values
// above U+10FFFF are invalid), or std::string_view::npos when `s` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// Decodes valid UTF-8 (check with FindInvalidUtf8 first); appends to `out`.
void DecodeUtf8(std::string_view s, std::u32string* out);

void AppendUtf8(char32_t c, std::string* out);
std::string ToUtf8(std::u32string_view s);
std::u32string ToUtf32(std::string_view valid_utf8);

}  // namespace detente

#endif  // DETENTE_TEXT_UTF8_H_
