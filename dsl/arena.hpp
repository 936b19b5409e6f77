#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <vector>

// The memory a phrase's tokens and lowering's working lists live in: a bump allocator over a buffer on the
// caller's stack, spilling into heap blocks for a long text, all of it given back at once when the phrase is
// done. In the place of std::pmr::monotonic_buffer_resource, whose every allocation and deallocation is a
// virtual call into the library: a phrase makes about ten, and they cost more than the tokens they held.
namespace luoshi::dsl {

class arena {
public:
    arena(void* buffer, std::size_t size) noexcept
        : cur_(reinterpret_cast<std::uintptr_t>(buffer)), end_(cur_ + size) {}
    arena(arena const&) = delete;
    arena& operator=(arena const&) = delete;
    ~arena() {
        while (blocks_) {
            block* next = blocks_->next;
            ::operator delete(blocks_);
            blocks_ = next;
        }
    }

    // Always inlined: a few instructions, in a dozen places a phrase passes through, which GCC's size
    // heuristics otherwise leave as calls when a caller grows
    [[gnu::always_inline]] void* allocate(std::size_t bytes, std::size_t align) {
        std::uintptr_t const at = (cur_ + (align - 1)) & ~static_cast<std::uintptr_t>(align - 1);
        if (at <= end_ && bytes <= end_ - at) {
            cur_ = at + bytes;
            return reinterpret_cast<void*>(at);
        }
        return grow(bytes, align);
    }

private:
    struct block {
        block* next;
    };

    // A new heap block, at least twice the last one and large enough for this request. Kept out of line, so
    // that allocate is a few instructions where it is inlined.
    [[gnu::noinline]] void* grow(std::size_t bytes, std::size_t align) {
        std::size_t const need = sizeof(block) + bytes + align;
        if (need < bytes) throw std::bad_alloc();  // overflow
        next_size_ = next_size_ * 2 > need ? next_size_ * 2 : need;
        auto* b = static_cast<block*>(::operator new(next_size_));
        b->next = blocks_;
        blocks_ = b;
        cur_ = reinterpret_cast<std::uintptr_t>(b + 1);
        end_ = reinterpret_cast<std::uintptr_t>(b) + next_size_;
        return allocate(bytes, align);
    }

    std::uintptr_t cur_, end_;
    block* blocks_ = nullptr;
    std::size_t next_size_ = 8192;
};

// A standard allocator over an arena: what it gives is freed with the arena, not one by one.
template <class T>
struct arena_allocator {
    using value_type = T;
    arena* owner;

    explicit arena_allocator(arena& a) noexcept : owner(&a) {}
    template <class U>
    arena_allocator(arena_allocator<U> const& other) noexcept : owner(other.owner) {}

    T* allocate(std::size_t n) {
        if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_alloc();
        return static_cast<T*>(owner->allocate(n * sizeof(T), alignof(T)));
    }
    void deallocate(T*, std::size_t) noexcept {}

    template <class U>
    bool operator==(arena_allocator<U> const& other) const noexcept {
        return owner == other.owner;
    }
    template <class U>
    bool operator!=(arena_allocator<U> const& other) const noexcept {
        return owner != other.owner;
    }
};

template <class T>
using arena_vector = std::vector<T, arena_allocator<T>>;
using arena_string = std::basic_string<char, std::char_traits<char>, arena_allocator<char>>;

}  // namespace luoshi::dsl
