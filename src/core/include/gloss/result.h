// SPDX-License-Identifier: MIT
// Result<T>: expected-style return type for failures a user can cause (bad input, bad links).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace gloss::core {

/// Stable error codes: tests and the JS API assert on these, never on message text.
enum class ErrorCode : std::uint8_t {
    ok = 0,
    empty_text,        ///< text is empty or whitespace only
    text_too_large,    ///< text exceeds k_max_text_bytes
    binary_data,       ///< text looks like binary (NUL bytes, many control characters)
    io_error,          ///< a file could not be read or written
    json_parse,        ///< not valid JSON
    json_too_deep,     ///< nesting deeper than k_max_json_depth
    schema,            ///< JSON of the wrong shape
    unsupported_version,
    bad_range,         ///< an annotation range outside the text or not on a UTF-8 boundary
    too_many_annotations,
    link_malformed,    ///< share link prefix, base64 or deflate stream is broken
    link_too_large,    ///< share link above its cap, before or after inflating
    unknown_sample,    ///< link references a bundled text this build does not have
    unsupported_format,
    not_found,         ///< an id that does not exist
};

/// Short stable name of a code ("empty_text"), used in JSON and the JS API.
const char* error_code_name(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::ok;
    std::string message;                      ///< one sentence for the user
    std::optional<std::uint32_t> byte_offset; ///< where in the input, when known
};

template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}            // NOLINT(implicit)
    Result(Error error) : m_v(std::move(error)) {}        // NOLINT(implicit)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_v); }
    const T& value() const { return std::get<T>(m_v); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_v); }
    ErrorCode code() const { return ok() ? ErrorCode::ok : error().code; }

private:
    std::variant<T, Error> m_v;
};

inline Error make_error(ErrorCode code, std::string message,
                        std::optional<std::uint32_t> byte_offset = std::nullopt) {
    return Error{code, std::move(message), byte_offset};
}

} // namespace gloss::core
