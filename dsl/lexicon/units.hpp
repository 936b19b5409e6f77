#pragma once

#include <cstdint>
#include <string_view>

// The units the grammar reads after a number, and the base unit values are normalised to (3.2万人 → 32000
// 人).
namespace luoshi::dsl {

enum class unit_kind : std::uint8_t {
    currency,
    people,
    households,
    count,
    area,
    length,
    weight,
    time,
    energy,
    age,
    other
};

struct unit_entry {
    std::string_view text;  // as written after the numeral (multipliers are read by the numeral)
    std::string_view base;  // the base unit values are normalised to
    double scale;           // 千米 → 1000 米
    unit_kind kind;
};

inline constexpr unit_entry units[] = {
    {"元", "元", 1, unit_kind::currency},
    {"块", "块", 1, unit_kind::count},
    {"美元", "美元", 1, unit_kind::currency},
    {"欧元", "欧元", 1, unit_kind::currency},
    {"人民币", "元", 1, unit_kind::currency},
    {"元人民币", "元", 1, unit_kind::currency},
    {"美圆", "美元", 1, unit_kind::currency},
    {"美金", "美元", 1, unit_kind::currency},
    {"日元", "日元", 1, unit_kind::currency},
    {"港元", "港元", 1, unit_kind::currency},
    {"港币", "港元", 1, unit_kind::currency},
    {"台币", "新台币", 1, unit_kind::currency},
    {"新台币", "新台币", 1, unit_kind::currency},
    {"英镑", "英镑", 1, unit_kind::currency},
    {"韩元", "韩元", 1, unit_kind::currency},
    {"卢布", "卢布", 1, unit_kind::currency},
    {"瑞士法郎", "瑞士法郎", 1, unit_kind::currency},
    {"澳元", "澳元", 1, unit_kind::currency},
    {"人", "人", 1, unit_kind::people},
    {"人次", "人次", 1, unit_kind::people},
    {"名", "人", 1, unit_kind::people},
    {"位", "人", 1, unit_kind::people},
    {"户", "户", 1, unit_kind::households},
    {"户次", "户次", 1, unit_kind::households},  // 家庭教育指导服务1万户次
    {"个", "个", 1, unit_kind::count},
    {"家", "家", 1, unit_kind::count},
    {"所", "所", 1, unit_kind::count},
    {"座", "座", 1, unit_kind::count},
    {"套", "套", 1, unit_kind::count},
    {"张", "张", 1, unit_kind::count},
    {"辆", "辆", 1, unit_kind::count},
    {"条", "条", 1, unit_kind::count},
    {"项", "项", 1, unit_kind::count},
    {"处", "处", 1, unit_kind::count},
    {"件", "件", 1, unit_kind::count},
    {"次", "次", 1, unit_kind::count},
    {"班次", "班次", 1, unit_kind::count},    // 开行班列4000班次
    {"列", "列", 1, unit_kind::count},        // 中欧班列开行2500列
    {"标准箱", "标箱", 1, unit_kind::count},  // 集装箱吞吐量5150.6万标准箱 (TEU, as 标箱);
                                              // 平板玻璃3500万标准箱 is a weight box of glass, counted the
                                              // same way: a unit is compared only within one metric
    {"标箱", "标箱", 1, unit_kind::count},  // 集装箱吞吐量4000万标箱 (TEU)
    {"台", "台", 1, unit_kind::count},
    {"栋", "栋", 1, unit_kind::count},
    {"间", "间", 1, unit_kind::count},
    {"批", "批", 1, unit_kind::count},
    {"场", "场", 1, unit_kind::count},
    {"支", "支", 1, unit_kind::count},
    {"宗", "宗", 1, unit_kind::count},
    {"类", "类", 1, unit_kind::count},
    {"种", "种", 1, unit_kind::count},
    {"起", "起", 1, unit_kind::count},
    {"只", "只", 1, unit_kind::count},
    {"头", "头", 1, unit_kind::count},
    {"床", "张", 1, unit_kind::count},
    {"部", "部", 1, unit_kind::count},
    {"份", "份", 1, unit_kind::count},
    {"例", "例", 1, unit_kind::count},  // 科技辅具服务5000例, 手术3000例
    {"门", "门", 1, unit_kind::count},  // 老年教育课程100门
    {"艘", "艘", 1, unit_kind::count},
    {"架", "架", 1, unit_kind::count},
    {"株", "株", 1, unit_kind::count},
    {"棵", "棵", 1, unit_kind::count},
    {"平方米", "平方米", 1, unit_kind::area},
    {"平米", "平方米", 1, unit_kind::area},
    {"平方公里", "平方公里", 1, unit_kind::area},
    {"亩", "亩", 1, unit_kind::area},
    {"公顷", "公顷", 1, unit_kind::area},
    {"㎡", "平方米", 1, unit_kind::area},
    {"公里", "公里", 1, unit_kind::length},
    {"千米", "公里", 1, unit_kind::length},
    {"米", "米", 1, unit_kind::length},
    {"延米", "米", 1, unit_kind::length},
    {"厘米", "米", 0.01, unit_kind::length},
    {"公分", "米", 0.01, unit_kind::length},
    {"毫米", "米", 0.001, unit_kind::length},
    {"cm", "米", 0.01, unit_kind::length},
    {"CM", "米", 0.01, unit_kind::length},
    {"mm", "米", 0.001, unit_kind::length},
    {"m", "米", 1, unit_kind::length},
    {"km", "公里", 1, unit_kind::length},
    {"KM", "公里", 1, unit_kind::length},
    {"kg", "公斤", 1, unit_kind::weight},
    {"KG", "公斤", 1, unit_kind::weight},
    {"m2", "平方米", 1, unit_kind::area},
    {"m²", "平方米", 1, unit_kind::area},
    {"kW", "千瓦", 1, unit_kind::energy},
    {"kWh", "千瓦时", 1, unit_kind::energy},
    {"吨", "吨", 1, unit_kind::weight},
    {"斤", "斤", 1, unit_kind::weight},
    {"公斤", "公斤", 1, unit_kind::weight},
    {"千克", "公斤", 1, unit_kind::weight},
    {"克", "克", 1, unit_kind::weight},
    {"毫克", "克", 0.001, unit_kind::weight},
    {"微克", "克", 0.000001, unit_kind::weight},
    {"吨标准煤", "吨标准煤", 1, unit_kind::energy},
    {"千瓦", "千瓦", 1, unit_kind::energy},
    {"千瓦时", "千瓦时", 1, unit_kind::energy},
    {"度", "千瓦时", 1, unit_kind::energy},
    {"立方米", "立方米", 1, unit_kind::other},
    {"天", "天", 1, unit_kind::time},
    {"年", "年", 1, unit_kind::time},
    {"个月", "月", 1, unit_kind::time},
    {"周", "周", 1, unit_kind::time},
    {"小时", "小时", 1, unit_kind::time},
    {"分钟", "分钟", 1, unit_kind::time},
    {"周年", "周年", 1, unit_kind::time},
    {"年代", "年代", 1, unit_kind::time},
    {"世纪", "世纪", 1, unit_kind::time},  // 21世纪初: a date, never an amount (dsl/lower/amount_filter.cpp)
    {"岁", "岁", 1, unit_kind::age},
    {"周岁", "岁", 1, unit_kind::age},
};

}  // namespace luoshi::dsl
