// SPDX-License-Identifier: MIT
// WordTable: a flat open-addressing hash map from string_view to a small value (hot-path lookups).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace gloss::core::detect {

/// Keys are views whose bytes must outlive the table (string literals, embedded assets).
/// Build with insert(), then only find(). First insert of a key wins.
template <typename Value>
class WordTable {
public:
    WordTable() = default;
    explicit WordTable(std::size_t expected) { reserve(expected); }

    void reserve(std::size_t expected) {
        std::size_t cap = 16;
        while (cap < expected * 2 + 2) cap <<= 1;
        m_slots.assign(cap, Slot{});
        m_mask = cap - 1;
        m_size = 0;
    }

    /// Returns false when the key was already present.
    bool insert(std::string_view key, Value value) {
        if (m_slots.empty() || (m_size + 1) * 2 > m_slots.size()) grow();
        std::uint32_t h = hash(key);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            if (s.data == nullptr) {
                s = Slot{key.data(), static_cast<std::uint32_t>(key.size()), h, value};
                ++m_size;
                return true;
            }
            if (s.hash == h && s.size == key.size() && std::string_view(s.data, s.size) == key) return false;
        }
    }

    const Value* find(std::string_view key) const {
        if (m_size == 0) return nullptr;
        std::uint32_t h = hash(key);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.data == nullptr) return nullptr;
            if (s.hash == h && s.size == key.size() && std::string_view(s.data, s.size) == key) return &s.value;
        }
    }

    Value* find(std::string_view key) {
        return const_cast<Value*>(static_cast<const WordTable*>(this)->find(key));
    }

    bool contains(std::string_view key) const { return find(key) != nullptr; }

    /// Calls fn(key, value) for every entry, in slot order.
    template <typename Fn>
    void for_each(Fn fn) const {
        for (const Slot& s : m_slots)
            if (s.data) fn(std::string_view(s.data, s.size), s.value);
    }
    std::size_t size() const { return m_size; }

    static std::uint32_t hash(std::string_view key) {
        std::uint32_t h = 2166136261u ^ static_cast<std::uint32_t>(key.size());
        for (char c : key) {
            h ^= static_cast<unsigned char>(c);
            h *= 16777619u;
        }
        return h ^ (h >> 15);
    }

private:
    struct Slot {
        const char* data = nullptr;
        std::uint32_t size = 0;
        std::uint32_t hash = 0;
        Value value{};
    };

    void grow() {
        std::vector<Slot> old;
        old.swap(m_slots);
        std::size_t cap = old.empty() ? 16 : old.size() * 2;
        m_slots.assign(cap, Slot{});
        m_mask = cap - 1;
        m_size = 0;
        for (const Slot& s : old)
            if (s.data) insert(std::string_view(s.data, s.size), s.value);
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace gloss::core::detect
