// SPDX-License-Identifier: MIT
// WordTable: a flat open-addressing hash map from string_view to a small value (hot-path lookups).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace gloss::core::detect {

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
            if (s.hash == h && std::string_view(m_entries[s.entry - 1].data, m_entries[s.entry - 1].size) == key)
                return false;
        }
        m_entries.push_back(Entry{key.data(), static_cast<std::uint32_t>(key.size()), value});
        m_slots[i] = Slot{h, static_cast<std::uint32_t>(m_entries.size())};
        return true;
    }

    const Value* find(std::string_view key) const {
        return find_hashed(hash(key), [key](std::string_view k) { return k == key; });
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

    /// FNV-1a seeded with the length, then folded; hash_start/hash_step/hash_finish let a
    /// caller hash several forms of a word in one pass.
    static std::uint32_t hash(std::string_view key) {
        std::uint32_t h = hash_start(key.size());
        for (char c : key) h = hash_step(h, c);
        return hash_finish(h);
    }
    static std::uint32_t hash_start(std::size_t size) { return 2166136261u ^ static_cast<std::uint32_t>(size); }
    static std::uint32_t hash_step(std::uint32_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 16777619u; }
    static std::uint32_t hash_finish(std::uint32_t h) { return h ^ (h >> 15); }

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
