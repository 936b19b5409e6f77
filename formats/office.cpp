// PDF and Word files are read by a module, loaded when the first one is: poppler and libzip bring 27 shared
// libraries with them (NSS, freetype, openjpeg, …), and mapping them as luoshi started cost every run, of
// text reports too, 12 M instructions and 7 ms (luoshi --version took 14 ms).
#include "formats/detail/readers.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <filesystem>
#include <system_error>

namespace luoshi::formats::detail {

namespace {

namespace fs = std::filesystem;

// The module is beside the luoshi binary, installed or built; the tests and benches, elsewhere in the build
// tree, find it where it was built.
std::variant<office_readers const*, std::string> load_office_readers() {
    std::error_code ec;
    auto const beside = fs::read_symlink("/proc/self/exe", ec).parent_path();
    fs::path const built = LUOSHI_OFFICE_MODULE_DIR;
    for (auto const& dir : {beside, built}) {
        auto const module = dir / LUOSHI_OFFICE_MODULE;
        if (dir.empty() || !fs::exists(module, ec)) continue;
        void* handle = dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) return fmt::format("cannot load the PDF and Word readers: {}", dlerror());
        auto const* readers = static_cast<office_readers const*>(dlsym(handle, office_readers_symbol));
        if (!readers)
            return fmt::format("{} is not luoshi's module of PDF and Word readers", module.string());
        return readers;
    }
    if (beside.empty() || beside == built)
        return fmt::format("PDF and Word files are read by {}, which is not in {}", LUOSHI_OFFICE_MODULE,
                           built.string());
    return fmt::format("PDF and Word files are read by {}, which is neither in {} nor in {}",
                       LUOSHI_OFFICE_MODULE, beside.string(), built.string());
}

}  // namespace

std::variant<document, format_error> read_office(format f, std::string const& bytes) {
    static auto const loaded = load_office_readers();
    if (auto const* why = std::get_if<std::string>(&loaded)) return format_error{*why};
    auto const& readers = *std::get<office_readers const*>(loaded);
    return f == format::pdf ? readers.pdf(bytes) : readers.docx(bytes);
}

}  // namespace luoshi::formats::detail
