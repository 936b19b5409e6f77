#include "rules/yaml/builtin_metrics.hpp"
#include "rules/yaml/catalog_load.hpp"

namespace luoshi::rules::yaml {

// Made as a copy of a catalog is made (catalog::operator=): its metrics added in order.
catalog const& builtin_catalog() {
    static catalog const c = [] {
        catalog out;
        for (auto& m : builtin_metrics()) out.add(std::move(m));
        return out;
    }();
    return c;
}

}  // namespace luoshi::rules::yaml
