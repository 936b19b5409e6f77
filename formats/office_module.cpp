// The module luoshi loads to read PDF and Word files (office.cpp says why): their readers, under a name that
// dlsym finds.
#include "formats/detail/readers.hpp"

extern "C" luoshi::formats::detail::office_readers const luoshi_office_readers{
    luoshi::formats::detail::read_pdf, luoshi::formats::detail::read_docx};
