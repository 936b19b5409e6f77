#pragma once

#include <cstdint>
#include <string_view>

// The words the grammar knows, shared by the grammar (dsl/detail) and lowering (dsl/lower.cpp).
// A new phrasing of a known role is a row here, not code.
namespace luoshi::dsl {

enum class role : std::uint8_t {
    strength_binding,      // 确保
    strength_aspiration,   // 力争, 争取, 努力
    goal_cue,              // 计划, 目标, 预期, 要, 将
    estimate_cue,          // 预计, 初步核算
    figure_cue,            // 已, 累计, 实现了, 同比
    growth,                // 增长, 增幅, 涨幅
    decline,               // 下降, 降低, 减少
    average_growth,        // 年均增长
    level,                 // 达到, 实现, 保持在
    level_at_most,         // 控制在: a cap unless a suffix says otherwise
    level_after_change,    // 提高到, 上升到, 回落到: the level reached
    increase,              // 新增, 新建, 完成, 引进
    compare_at_least,      // 不低于, 不少于
    compare_more_than,     // 超过, 突破, 高于
    compare_at_most,       // 不超过, 低于, 不高于
    compare_about,         // 约, 大约
    vague_less,            // 近, 将近, 接近
    vague_more,            // 逾
    suffix_at_least,       // 以上
    suffix_at_most,        // 以内, 以下
    suffix_about,          // 左右, 上下
    direction_up,          // 只增不减
    direction_down,        // 只减不增
    share,                 // 比重, 占比
    part_of,               // 占: 占全年目标任务的70.7%
    event,                 // 开门营业, 回迁, 竣工: a milestone
    as_of,                 // 截至, 截止
    until,                 // 到, 至: 到2020年
    plan_program,          // 行动计划: 三年行动计划
    ordinal,               // 第: 第一 is a rank, not an amount
    word,                  // a word that hides a numeral or a comparator: 四川, 统一, 规模以上, 以上街
    region,                // 全区, 全市, 其中: words before a metric that are not part of its name
    clause_break,          // ，；
    sentence_break,        // 。！？: cues and strength stop here
    list_break,            // 、
    colon,                 // ：
    of,                    // 的
    from,                  // 由: 由470元提高到520元, the old value follows
};

struct keyword_entry {
    std::string_view text;
    dsl::role role;
};

// Longest match wins, so 同比增长 beats 同比 and 规模以上 beats 以上.
inline constexpr keyword_entry keywords[] = {
    {"确保", role::strength_binding}, {"务必", role::strength_binding}, {"必须", role::strength_binding},
    {"力争", role::strength_aspiration}, {"争取", role::strength_aspiration},
    {"努力", role::strength_aspiration}, {"力求", role::strength_aspiration},
    {"计划", role::goal_cue}, {"目标", role::goal_cue}, {"预期", role::goal_cue}, {"预期目标", role::goal_cue},
    {"目标任务", role::goal_cue}, {"拟定为", role::goal_cue}, {"拟", role::goal_cue}, {"要", role::goal_cue},
    {"将", role::goal_cue}, {"目标为", role::goal_cue},
    {"下一步", role::goal_cue}, {"安排", role::goal_cue}, {"进一步", role::word},
    {"预计", role::estimate_cue}, {"初步核算", role::estimate_cue}, {"初步测算", role::estimate_cue},
    {"初步统计", role::estimate_cue},
    {"已", role::figure_cue}, {"已经", role::figure_cue}, {"累计", role::figure_cue}, {"实现了", role::figure_cue},
    {"完成了", role::figure_cue}, {"达到了", role::figure_cue}, {"共计", role::figure_cue}, {"共", role::figure_cue},
    {"增长", role::growth}, {"同比增长", role::growth}, {"稳定在", role::level}, {"维持在", role::level},
    {"调整为", role::level}, {"优化为", role::level}, {"调整到", role::level_after_change},
    {"优化调整为", role::level}, {"变为", role::level_after_change}, {"净增", role::increase}, {"比上年增长", role::growth},
    {"较上年增长", role::growth}, {"增幅", role::growth}, {"涨幅", role::growth}, {"上涨", role::growth},
    {"增速", role::growth}, {"同比", role::growth}, {"比上年", role::growth},
    {"增长了", role::growth}, {"提高", role::growth}, {"上升", role::growth}, {"增加", role::growth},
    {"下降", role::decline}, {"降低", role::decline}, {"减少", role::decline}, {"同比下降", role::decline},
    {"比上年下降", role::decline}, {"下降了", role::decline}, {"降幅", role::decline},
    {"年均增长", role::average_growth}, {"年均增速", role::average_growth}, {"年均", role::word},
    {"达到", role::level}, {"达", role::level}, {"实现", role::level}, {"保持在", role::level},
    {"保持", role::level}, {"为", role::level}, {"是", role::level},
    {"控制在", role::level_at_most}, {"控制", role::level_at_most},
    {"提高到", role::level_after_change}, {"上升到", role::level_after_change},
    {"回落到", role::level_after_change}, {"增长到", role::level_after_change},
    {"降低到", role::level_after_change}, {"下降到", role::level_after_change},
    {"降到", role::level_after_change}, {"提升到", role::level_after_change},
    {"提高至", role::level_after_change}, {"上升至", role::level_after_change},
    {"新增", role::increase}, {"新建", role::increase}, {"完成", role::increase}, {"引进", role::increase},
    {"新开工", role::increase}, {"实施", role::increase}, {"占地", role::word}, {"建成", role::increase}, {"培育", role::increase}, {"新增加", role::increase},
    {"开工建设", role::increase}, {"改造", role::increase}, {"举办", role::increase}, {"安置", role::increase},
    {"发放", role::increase}, {"投入", role::increase}, {"新改建", role::increase}, {"打造", role::increase},
    {"不低于", role::compare_at_least}, {"不少于", role::compare_at_least}, {"至少", role::compare_at_least},
    {"超过", role::compare_more_than}, {"突破", role::compare_more_than}, {"高于", role::compare_more_than},
    {"超", role::compare_more_than}, {"多于", role::compare_more_than},
    {"不超过", role::compare_at_most}, {"低于", role::compare_at_most}, {"不高于", role::compare_at_most},
    {"少于", role::compare_at_most}, {"不到", role::compare_at_most},
    {"约", role::compare_about}, {"大约", role::compare_about}, {"大概", role::compare_about},
    {"近", role::vague_less}, {"将近", role::vague_less}, {"接近", role::vague_less},
    {"逾", role::vague_more},
    {"以上", role::suffix_at_least}, {"之上", role::suffix_at_least},
    {"以内", role::suffix_at_most}, {"以下", role::suffix_at_most}, {"之内", role::suffix_at_most},
    {"左右", role::suffix_about}, {"上下", role::suffix_about},
    {"只增不减", role::direction_up}, {"只减不增", role::direction_down},
    {"比重", role::share}, {"占比", role::share}, {"比例", role::share},
    {"占", role::part_of},
    {"开门营业", role::event}, {"营业", role::event}, {"开业", role::event}, {"回迁", role::event},
    {"竣工", role::event}, {"完工", role::event}, {"开工", role::event}, {"投用", role::event},
    {"投入使用", role::event}, {"投产", role::event}, {"通车", role::event}, {"建成投用", role::event},
    {"搬迁", role::event}, {"入驻", role::event}, {"签约", role::event}, {"挂牌", role::event},
    {"运营", role::event}, {"建成运营", role::event}, {"启用", role::event}, {"竣工验收", role::event},
    {"启动", role::event}, {"入住", role::event}, {"即将", role::word}, {"正在", role::word},
    {"截至", role::as_of}, {"截止", role::as_of}, {"截止到", role::as_of}, {"截至到", role::as_of},
    {"到", role::until}, {"至", role::until}, {"到了", role::until},
    {"行动计划", role::plan_program}, {"攻坚计划", role::plan_program},
    {"第", role::ordinal},
    {"规模以上", role::word}, {"限额以上", role::word}, {"以上街", role::word}, {"上街", role::word},
    {"四川", role::word}, {"统一", role::word}, {"一些", role::word}, {"一切", role::word},
    {"十分", role::word}, {"十足", role::word}, {"万一", role::word}, {"一样", role::word},
    {"一起", role::word}, {"一直", role::word}, {"一定", role::word}, {"一般", role::word},
    {"一致", role::word}, {"一体", role::word}, {"一批", role::word}, {"一流", role::word},
    {"一线", role::word}, {"一系列", role::word}, {"一道", role::word}, {"一同", role::word},
    {"一律", role::word}, {"一旦", role::word}, {"一度", role::word}, {"一举", role::word},
    {"一步", role::word}, {"一站式", role::word}, {"一把手", role::word}, {"唯一", role::word},
    {"之一", role::word}, {"万众", role::word}, {"千方百计", role::word}, {"百姓", role::word},
    {"一看", role::word}, {"放肆", role::word}, {"肆无忌惮", role::word}, {"拾起", role::word},
    {"两两", role::word}, {"一是", role::word}, {"二是", role::word}, {"三是", role::word},
    {"四是", role::word}, {"五是", role::word}, {"六是", role::word}, {"七是", role::word},
    {"八是", role::word}, {"九是", role::word}, {"十是", role::word}, {"一方面", role::word},
    {"同一", role::word}, {"单一", role::word}, {"一带一路", role::word}, {"三农", role::word},
    {"两会", role::word}, {"两岸", role::word}, {"一心", role::word}, {"一手", role::word},
    {"一把", role::word}, {"一次性", role::word}, {"一体化", role::word},
    {"三中全会", role::word}, {"四中全会", role::word}, {"五中全会", role::word}, {"六中全会", role::word},
    {"八项规定", role::word}, {"三严三实", role::word}, {"两学一做", role::word}, {"五位一体", role::word},
    {"四个全面", role::word}, {"一号文件", role::word}, {"百城", role::word}, {"千家万户", role::word},
    {"千千万万", role::word}, {"万家", role::word}, {"百年", role::word}, {"千年", role::word},
    {"三次产业", role::word}, {"五年规划", role::word}, {"五年计划", role::word}, {"个五年", role::word},
    {"连续", role::word}, {"安置户", role::word}, {"安置房", role::word}, {"增长率", role::word},
    {"全区", role::region}, {"全市", role::region}, {"全县", role::region}, {"全省", role::region},
    {"全国", role::region}, {"我区", role::region}, {"我市", role::region}, {"我县", role::region},
    {"该区", role::region}, {"该街道", role::region}, {"辖区", role::region}, {"全镇", role::region},
    {"全街道", role::region}, {"其中", role::region},
    {"一年来", role::figure_cue}, {"以来", role::figure_cue}, {"到位", role::word}, {"增加值", role::word},
    {"公共", role::word}, {"中共", role::word}, {"达标", role::word}, {"为民", role::word}, {"达成", role::word},
    {"实现了", role::figure_cue}, {"到期", role::word}, {"到户", role::word}, {"到村", role::word},
    {"，", role::clause_break}, {",", role::clause_break}, {"；", role::clause_break}, {";", role::clause_break},
    {"。", role::sentence_break}, {"！", role::sentence_break}, {"!", role::sentence_break},
    {"？", role::sentence_break}, {"?", role::sentence_break},
    {"、", role::list_break},
    {"：", role::colon}, {":", role::colon},
    {"的", role::of}, {"由", role::from},
};

enum class unit_kind : std::uint8_t { currency, people, households, count, area, length, weight, time, energy, age, other };

struct unit_entry {
    std::string_view text;      // as written after the numeral (multipliers are read by the numeral)
    std::string_view base;      // the base unit values are normalised to
    double scale;               // 千米 → 1000 米
    unit_kind kind;
};

inline constexpr unit_entry units[] = {
    {"元", "元", 1, unit_kind::currency}, {"块", "块", 1, unit_kind::count},
    {"美元", "美元", 1, unit_kind::currency}, {"欧元", "欧元", 1, unit_kind::currency},
    {"人民币", "元", 1, unit_kind::currency}, {"元人民币", "元", 1, unit_kind::currency},
    {"美圆", "美元", 1, unit_kind::currency}, {"美金", "美元", 1, unit_kind::currency},
    {"日元", "日元", 1, unit_kind::currency}, {"港元", "港元", 1, unit_kind::currency},
    {"港币", "港元", 1, unit_kind::currency}, {"台币", "新台币", 1, unit_kind::currency},
    {"新台币", "新台币", 1, unit_kind::currency}, {"英镑", "英镑", 1, unit_kind::currency},
    {"韩元", "韩元", 1, unit_kind::currency}, {"卢布", "卢布", 1, unit_kind::currency},
    {"瑞士法郎", "瑞士法郎", 1, unit_kind::currency}, {"澳元", "澳元", 1, unit_kind::currency},
    {"人", "人", 1, unit_kind::people}, {"人次", "人次", 1, unit_kind::people}, {"名", "人", 1, unit_kind::people},
    {"位", "人", 1, unit_kind::people}, {"户", "户", 1, unit_kind::households},
    {"个", "个", 1, unit_kind::count}, {"家", "家", 1, unit_kind::count}, {"所", "所", 1, unit_kind::count},
    {"座", "座", 1, unit_kind::count}, {"套", "套", 1, unit_kind::count}, {"张", "张", 1, unit_kind::count},
    {"辆", "辆", 1, unit_kind::count}, {"条", "条", 1, unit_kind::count}, {"项", "项", 1, unit_kind::count},
    {"处", "处", 1, unit_kind::count}, {"件", "件", 1, unit_kind::count}, {"次", "次", 1, unit_kind::count},
    {"台", "台", 1, unit_kind::count}, {"栋", "栋", 1, unit_kind::count}, {"间", "间", 1, unit_kind::count},
    {"批", "批", 1, unit_kind::count}, {"场", "场", 1, unit_kind::count}, {"所", "所", 1, unit_kind::count},
    {"支", "支", 1, unit_kind::count}, {"宗", "宗", 1, unit_kind::count}, {"类", "类", 1, unit_kind::count},
    {"种", "种", 1, unit_kind::count}, {"起", "起", 1, unit_kind::count}, {"只", "只", 1, unit_kind::count}, {"头", "头", 1, unit_kind::count},
    {"床", "张", 1, unit_kind::count}, {"部", "部", 1, unit_kind::count}, {"份", "份", 1, unit_kind::count},
    {"平方米", "平方米", 1, unit_kind::area}, {"平米", "平方米", 1, unit_kind::area},
    {"平方公里", "平方公里", 1, unit_kind::area}, {"亩", "亩", 1, unit_kind::area},
    {"公顷", "公顷", 1, unit_kind::area}, {"㎡", "平方米", 1, unit_kind::area},
    {"公里", "公里", 1, unit_kind::length}, {"千米", "公里", 1, unit_kind::length}, {"米", "米", 1, unit_kind::length},
    {"延米", "米", 1, unit_kind::length}, {"厘米", "米", 0.01, unit_kind::length},
    {"公分", "米", 0.01, unit_kind::length}, {"毫米", "米", 0.001, unit_kind::length},
    {"cm", "米", 0.01, unit_kind::length}, {"CM", "米", 0.01, unit_kind::length},
    {"mm", "米", 0.001, unit_kind::length}, {"m", "米", 1, unit_kind::length},
    {"km", "公里", 1, unit_kind::length}, {"KM", "公里", 1, unit_kind::length},
    {"kg", "公斤", 1, unit_kind::weight}, {"KG", "公斤", 1, unit_kind::weight},
    {"m2", "平方米", 1, unit_kind::area}, {"m²", "平方米", 1, unit_kind::area},
    {"kW", "千瓦", 1, unit_kind::energy}, {"kWh", "千瓦时", 1, unit_kind::energy},
    {"吨", "吨", 1, unit_kind::weight}, {"斤", "斤", 1, unit_kind::weight}, {"公斤", "公斤", 1, unit_kind::weight},
    {"千克", "公斤", 1, unit_kind::weight}, {"克", "克", 1, unit_kind::weight},
    {"毫克", "克", 0.001, unit_kind::weight}, {"微克", "克", 0.000001, unit_kind::weight},
    {"吨标准煤", "吨标准煤", 1, unit_kind::energy}, {"千瓦", "千瓦", 1, unit_kind::energy},
    {"千瓦时", "千瓦时", 1, unit_kind::energy}, {"度", "千瓦时", 1, unit_kind::energy},
    {"立方米", "立方米", 1, unit_kind::other},
    {"天", "天", 1, unit_kind::time}, {"年", "年", 1, unit_kind::time}, {"个月", "月", 1, unit_kind::time},
    {"周", "周", 1, unit_kind::time}, {"小时", "小时", 1, unit_kind::time}, {"分钟", "分钟", 1, unit_kind::time},
    {"周年", "周年", 1, unit_kind::time}, {"年代", "年代", 1, unit_kind::time},
    {"岁", "岁", 1, unit_kind::age}, {"周岁", "岁", 1, unit_kind::age},
};

}  // namespace luoshi::dsl
