// SPDX-License-Identifier: MIT
// WordTable: a flat open-addressing hash map from string_view to a small value (hot-path lookups).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace gloss::core::detect {

// The chunk loads below read a word as little-endian 64-bit values (x86, ARM, wasm).
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "word chunks assume a little-endian target");

/// Words are hashed and compared eight bytes at a time: a chunk is up to 8 bytes of the word as a
/// little-endian integer, zero padded. word_chunk() never reads outside [data, data + size).
inline std::uint64_t load_u64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

inline std::uint64_t load_u32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

/// Chunk `index` of a word (bytes 8*index .. 8*index+7, as far as the word goes).
inline std::uint64_t word_chunk(const char* data, std::size_t size, std::size_t index) {
    const std::size_t at = index * 8;
    if (at + 8 <= size) return load_u64(data + at);
    const std::size_t n = size - at; // 1..7 bytes left
    if (size >= 8) return load_u64(data + size - 8) >> (8 * (8 - n)); // last 8 bytes, shifted down
    const char* p = data + at;
    // Two overlapping loads: the bytes both cover land on the same bit positions, so OR keeps them.
    if (n >= 4) return load_u32(p) | (load_u32(p + n - 4) << (8 * (n - 4)));
    const auto byte = [p](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
    return byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
}

/// 0x20 in every byte of the chunk that holds an ASCII upper-case letter, 0 elsewhere: OR it in
/// to lower-case the chunk (SWAR; bytes >= 0x80 never match).
inline std::uint64_t ascii_upper_bits(std::uint64_t chunk) {
    constexpr std::uint64_t k_ones = 0x0101010101010101ull;
    constexpr std::uint64_t k_high = k_ones * 0x80;
    const std::uint64_t low7 = chunk & ~k_high; // no carry can cross a byte below
    const std::uint64_t at_least_a = low7 + k_ones * (0x80 - 'A');
    const std::uint64_t above_z = low7 + k_ones * (0x80 - 'Z' - 1);
    return (at_least_a & ~above_z & ~chunk & k_high) >> 2;
}

/// Byte equality of two words, eight bytes at a time. (Under WebAssembly, `a == b` on views
/// calls libc's memcmp, a byte loop, on every probe that matches a hash.)
inline bool same_word(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t c = 0; c * 8 < a.size(); ++c)
        if (word_chunk(a.data(), a.size(), c) != word_chunk(b.data(), b.size(), c)) return false;
    return true;
}

/// Hash of a word from its size and chunks: word_hash_start(size), word_hash_step() per chunk in
/// order, word_hash_finish(). One multiply per eight bytes.
inline std::uint64_t word_hash_start(std::size_t size) { return 0x9E3779B97F4A7C15ull * (size + 1); }
inline std::uint64_t word_hash_step(std::uint64_t h, std::uint64_t chunk) {
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 29);
}
inline std::uint32_t word_hash_finish(std::uint64_t h) { return static_cast<std::uint32_t>(h ^ (h >> 32)); }

/// With fold_ascii, the hash of the word's ASCII lower-cased form.
inline std::uint32_t word_hash(std::string_view word, bool fold_ascii = false) {
    std::uint64_t h = word_hash_start(word.size());
    for (std::size_t c = 0; c * 8 < word.size(); ++c) {
        const std::uint64_t chunk = word_chunk(word.data(), word.size(), c);
        h = word_hash_step(h, fold_ascii ? chunk | ascii_upper_bits(chunk) : chunk);
    }
    return word_hash_finish(h);
}

/// Keys are views whose bytes must outlive the table (string literals, embedded assets).
/// Build with insert(), then only find(). First insert of a key wins.
///
/// Probing reads compact slots (hash + entry index, 8 bytes); the entry with the key and value
/// is read only when the hash matches. Big tables (the gazetteer) then stay cache friendly.
template <typename Value>
class WordTable {
public:
    WordTable() = default;
    explicit WordTable(std::size_t expected) { reserve(expected); }

    void reserve(std::size_t expected) {
        std::size_t cap = 16;
        while (cap < expected * 2 + 2) cap <<= 1;
        m_entries.clear();
        m_entries.reserve(expected);
        rehash(cap);
    }

    /// Returns false when the key was already present.
    bool insert(std::string_view key, Value value) {
        if (m_slots.empty() || (m_entries.size() + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const std::uint32_t h = hash(key);
        std::size_t i = h & m_mask;
        for (;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.entry == 0) break;
            if (s.hash != h) continue;
            const Entry& e = m_entries[s.entry - 1];
            if (same_word(std::string_view(e.data, e.size), key))
                return false;
        }
        // Room for every entry the slots take before their next rehash: one allocation per growth
        // step instead of the vector's doublings from one (small per-document tables).
        if (m_entries.size() == m_entries.capacity()) m_entries.reserve(m_slots.size() / 2);
        m_entries.push_back(Entry{key.data(), static_cast<std::uint32_t>(key.size()), value});
        m_slots[i] = Slot{h, static_cast<std::uint32_t>(m_entries.size())};
        return true;
    }

    const Value* find(std::string_view key) const {
        return find_hashed(hash(key), [key](std::string_view k) { return same_word(k, key); });
    }

    /// Lookup by a hash computed by the caller (with hash()) and a key predicate: lets the
    /// lexicon match a case-folded token without building the folded copy.
    template <typename Matches>
    const Value* find_hashed(std::uint32_t h, Matches matches) const {
        if (m_entries.empty()) return nullptr;
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.entry == 0) return nullptr;
            if (s.hash != h) continue;
            const Entry& e = m_entries[s.entry - 1];
            if (matches(std::string_view(e.data, e.size))) return &e.value;
        }
    }

    Value* find(std::string_view key) {
        return const_cast<Value*>(static_cast<const WordTable*>(this)->find(key));
    }

    bool contains(std::string_view key) const { return find(key) != nullptr; }
    std::size_t size() const { return m_entries.size(); }

    /// Calls fn(key, value) for every entry, in insertion order.
    template <typename Fn>
    void for_each(Fn fn) const {
        for (const Entry& e : m_entries) fn(std::string_view(e.data, e.size), e.value);
    }

    /// word_hash() of the key: what find_hashed() expects.
    static std::uint32_t hash(std::string_view key) { return word_hash(key); }

private:
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t entry = 0; ///< index + 1 into m_entries; 0 = empty
    };
    struct Entry {
        const char* data;
        std::uint32_t size;
        Value value;
    };

    void rehash(std::size_t cap) {
        m_slots.assign(cap, Slot{});
        m_mask = cap - 1;
        for (std::size_t k = 0; k < m_entries.size(); ++k) {
            const Entry& e = m_entries[k];
            const std::uint32_t h = hash(std::string_view(e.data, e.size));
            std::size_t i = h & m_mask;
            while (m_slots[i].entry != 0) i = (i + 1) & m_mask;
            m_slots[i] = Slot{h, static_cast<std::uint32_t>(k + 1)};
        }
    }

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::size_t m_mask = 0;
};

} // namespace gloss::core::detect
