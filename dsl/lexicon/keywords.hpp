#pragma once

#include <cstdint>
#include <string_view>

// The keywords: words with a role in a statement (a cue, a verb, a comparator, a break), shared by the
// tokenizer (which makes each a keyword token) and lowering (dsl/lower/, which reads their roles). A new
// phrasing of a known role is a row here, not code.
namespace luoshi::dsl {

enum class role : std::uint8_t {
    strength_binding,     // 确保
    strength_aspiration,  // 力争, 争取, 努力
    goal_cue,             // 计划, 目标, 预期, 要, 将
    estimate_cue,         // 预计, 初步核算
    figure_cue,           // 已, 累计, 实现了, 同比
    growth,               // 增长, 增幅, 涨幅
    decline,              // 下降, 降低, 减少
    average_growth,       // 年均增长
    level,                // 达到, 实现, 保持在
    level_at_most,        // 控制在: a cap unless a suffix says otherwise
    level_after_change,   // 提高到, 上升到, 回落到: the level reached
    increase,             // 新增, 新建, 完成, 引进
    compare_at_least,     // 不低于, 不少于
    compare_more_than,    // 超过, 突破, 高于
    compare_at_most,      // 不超过, 不高于
    compare_less_than,    // 低于, 少于: strictly below
    compare_about,        // 约, 大约
    vague_less,           // 近, 将近, 接近
    vague_more,           // 逾
    suffix_at_least,      // 以上
    suffix_at_most,       // 以内, 以下
    suffix_about,         // 左右, 上下
    direction_up,         // 只增不减
    direction_down,       // 只减不增
    share,                // 比重, 占比
    part_of,              // 占: 占全年目标任务的70.7%
    event,                // 开门营业, 回迁, 竣工: a milestone
    as_of,                // 截至, 截止
    until,                // 到, 至: 到2020年
    plan_program,         // 行动计划: 三年行动计划
    ordinal,              // 第: 第一 is a rank, not an amount
    word,            // a word that hides a numeral or a comparator: 四川, 统一, 规模以上, 以上街
    region,          // 全区, 全市, 其中: words before a metric that are not part of its name
    clause_break,    // ，；
    sentence_break,  // 。！？: cues and strength stop here
    list_break,      // 、
    colon,           // ：
    pilot_start,   // 开展: a pilot's start, when the name after it ends in 试点 (dsl/lower/milestone.cpp)
    of,            // 的
    from,          // 由: 由470元提高到520元, the old value follows
    respectively,  // 分别: the metrics before it and the amounts after it pair up in order
};

struct keyword_entry {
    std::string_view text;
    dsl::role role;
};

// Longest match wins, so 同比增长 beats 同比 and 规模以上 beats 以上.
inline constexpr keyword_entry keywords[] = {
    {"确保", role::strength_binding},
    {"务必", role::strength_binding},
    {"必须", role::strength_binding},
    {"力争", role::strength_aspiration},
    {"争取", role::strength_aspiration},
    {"努力", role::strength_aspiration},
    {"力求", role::strength_aspiration},
    {"计划", role::goal_cue},
    {"目标", role::goal_cue},
    {"预期", role::goal_cue},
    {"预期目标", role::goal_cue},
    // 预期 as a noun, the thing worked on, is no cue: 提振预期, 稳定预期
    {"提振预期", role::word},
    {"稳定预期", role::word},
    {"稳预期", role::word},
    {"改善预期", role::word},
    {"社会预期", role::word},
    {"市场预期", role::word},
    {"不及预期", role::word},
    {"目标任务", role::goal_cue},
    {"拟定为", role::goal_cue},
    {"拟", role::goal_cue},
    {"要", role::goal_cue},
    {"将", role::goal_cue},
    {"目标为", role::goal_cue},
    {"目标设定为", role::goal_cue},  // 经济增长目标设定为6％左右: the target stated, as 目标为 states it
    {"目标定为", role::goal_cue},
    {"目标定在", role::goal_cue},  // 把增长预期目标定在7.5%左右
    {"定在", role::level},  // 把经济增长预期目标定在7.5%左右: sets the level, as 保持在 does
    {"决定在", role::word},  // 国务院决定在…, 确定在300个县开展试点, 规定在: words with 定在 inside them
    {"确定在", role::word},
    {"规定在", role::word},
    {"目标确定为", role::goal_cue},
    {"下一步", role::goal_cue},
    {"安排", role::goal_cue},
    {"新安排", role::goal_cue},  // 保障性安居工程新安排740万套: 新 with the verb, no part of the name
    {"进一步", role::word},
    {"预计", role::estimate_cue},
    {"初步核算", role::estimate_cue},
    {"初步测算", role::estimate_cue},
    {"初步统计", role::estimate_cue},
    {"已", role::figure_cue},
    {"已经", role::figure_cue},
    {"累计", role::figure_cue},
    {"实现了", role::figure_cue},
    {"完成了", role::figure_cue},
    {"达到了", role::figure_cue},
    {"共计", role::figure_cue},
    {"共", role::figure_cue},
    {"增长", role::growth},
    {"同比增长", role::growth},
    {"稳定在", role::level},
    {"维持在", role::level},
    {"调整为", role::level},
    {"优化为", role::level},
    {"调整到", role::level_after_change},
    {"优化调整为", role::level},
    {"变为", role::level_after_change},
    {"净增", role::increase},
    {"比上年增长", role::growth},
    {"比去年", role::growth},
    {"较去年", role::growth},
    {"比去年增长", role::growth},
    {"较上年增长", role::growth},
    {"增幅", role::growth},
    {"涨幅", role::growth},
    {"上涨", role::growth},
    {"微涨", role::growth},  // CPI微涨0.2%: a small rise is a rise
    {"略涨", role::growth},
    {"增速", role::growth},
    {"同比", role::growth},
    {"比上年", role::growth},
    {"增长了", role::growth},
    {"提高", role::growth},
    {"提升", role::growth},        // 常住人口城镇化率提升1个百分点
    {"同口径增长", role::growth},  // 一般公共预算收入同口径增长5.5%: on a comparable basis
    {"同口径下降", role::decline},
    {"上升", role::growth},
    {"增加", role::growth},
    {"下降", role::decline},
    {"微降", role::decline},  // CPI微降0.1%
    {"缩减", role::decline},  // 把外商投资限制类条目缩减一半
    {"减量", role::decline},  // 低效建设用地减量10平方公里
    {"略降", role::decline},
    {"降低", role::decline},
    {"减少", role::decline},
    {"同比下降", role::decline},
    {"比上年下降", role::decline},
    {"下降了", role::decline},
    {"降幅", role::decline},
    {"年均增长", role::average_growth},
    {"年均实际增长",
     role::average_growth},  // 城镇居民人均可支配收入年均实际增长7%: real, still a yearly average
    {"年均名义增长", role::average_growth},
    {"年均增速", role::average_growth},
    {"年均提高", role::average_growth},
    {"年均提升", role::average_growth},
    {"年均", role::word},
    {"达到", role::level},
    {"达", role::level},
    {"实现", role::level},
    {"保持在", role::level},
    {"保持", role::level},
    {"为", role::level},
    {"平均为", role::level},  // 城镇调查失业率平均为5.1%: the metric ends before 平均
    {"是", role::level},
    {"控制在", role::level_at_most},
    {"控制", role::level_at_most},
    {"提高到", role::level_after_change},
    {"上升到", role::level_after_change},
    {"回落到", role::level_after_change},
    {"增长到", role::level_after_change},
    {"降低到", role::level_after_change},
    {"下降到", role::level_after_change},
    {"降到", role::level_after_change},
    {"提升到", role::level_after_change},
    {"提高至", role::level_after_change},
    {"增加到", role::level_after_change},
    {"增加至", role::level_after_change},
    {"扩大到", role::level_after_change},
    {"扩大至", role::level_after_change},
    {"减少到", role::level_after_change},
    {"减少至", role::level_after_change},
    {"缩小到", role::level_after_change},
    {"缩小至", role::level_after_change},
    {"提升至", role::level_after_change},
    {"下降至", role::level_after_change},
    {"降至", role::level_after_change},
    {"降低至", role::level_after_change},
    {"增长至", role::level_after_change},
    {"上升至", role::level_after_change},
    {"新增", role::increase},
    {"筹措供应", role::increase},  // 筹措供应…床位3万张以上: what the year adds
    {"新建", role::increase},
    {"完成", role::increase},
    {"引进", role::increase},
    {"新开工", role::increase},
    {"新认定", role::increase},  // 新认定高新技术企业5000家: added in the year
    {"改建", role::increase},
    {"推迟到", role::figure_cue},
    {"推迟至", role::figure_cue},
    {"延期到", role::figure_cue},
    {"延期至", role::figure_cue},
    {"延迟到", role::figure_cue},
    {"实施", role::increase},
    {"占地", role::word},
    {"开展", role::pilot_start},  // 开展证照分离试点
    {"建成", role::increase},
    {"培育", role::increase},
    {"新增加", role::increase},
    {"开工建设", role::increase},
    {"改造", role::increase},
    {"举办", role::increase},
    {"安置", role::increase},
    {"发放", role::increase},
    {"投入", role::increase},
    {"新改建", role::increase},
    {"新（改）建", role::increase},
    {"新(改)建", role::increase},
    {"改造建设", role::increase},
    {"打造", role::increase},
    {"组建", role::increase},
    {"公布", role::increase},      // 公布“权力清单”和“负面清单”
    {"成立", role::increase},      // 成立现代服务业办公室
    {"维修加固", role::increase},  // 维修加固杨家湾吊桥
    {"批准实施", role::increase},  // 力争批准实施《九州经济开发区发展规划》
    {"争创", role::increase},      // 争创10个全国县域商业“领跑县”
    {"办好", role::increase},
    {"承办", role::increase},
    {"合办", role::increase},  // 合办“百业千企AI转型联合大赛”
    {"承办好", role::increase},
    {"召开", role::increase},
    {"做好", role::increase},  // 做好第四次全国农业普查
    {"抓好", role::increase},  // 抓好第四次全国文物普查
    {"筹办", role::increase},  // 筹办第四届国际医学创新合作论坛
    {"筹办好", role::increase},
    {"发布", role::increase},  // 发布新一批“上海标准”
    {"修订", role::increase},  // 修订“零关税”进口交通工具及游艇管理办法
    {"创建", role::increase},  // 创建国家未来产业先导区
    {"申建", role::increase},  // 积极申建自由贸易试验区
    {"核准", role::increase},  // 争取…等煤矿项目核准
    {"设立", role::increase},  // 争取设立成都国家植物园
    {"建设立体", role::word},  // 建设立体化物流体系: no 设立 in it
    {"编制", role::increase},  // 编制实施“九五”普法规划
    {"编制好", role::increase},
    // 编制 is a verb; a staff quota (行政编制, 机构编制) is a word
    {"行政编制", role::word},
    {"机构编制", role::word},
    {"人员编制", role::word},
    {"编纂", role::increase},  // 编纂《河西走廊通史》
    {"制定", role::increase},
    {"出台", role::increase},
    {"印发", role::increase},
    {"不低于", role::compare_at_least},
    {"不少于", role::compare_at_least},
    {"至少", role::compare_at_least},
    {"超过", role::compare_more_than},
    {"突破", role::compare_more_than},
    {"高于", role::compare_more_than},
    {"超", role::compare_more_than},
    {"多于", role::compare_more_than},
    {"不超过", role::compare_at_most},
    {"低于", role::compare_less_than},
    {"不高于", role::compare_at_most},
    {"少于", role::compare_less_than},
    {"不到", role::compare_at_most},
    {"约", role::compare_about},
    // 约 says "about" only as a word of its own: the words it ends are words (节约4331万元 is no estimate)
    {"节约", role::word},
    {"制约", role::word},
    {"预约", role::word},
    {"合约", role::word},
    {"公约", role::word},
    {"条约", role::word},
    {"大约", role::compare_about},
    {"大概", role::compare_about},
    {"近", role::vague_less},
    {"将近", role::vague_less},
    {"接近", role::vague_less},
    {"逾", role::vague_more},
    {"以上", role::suffix_at_least},
    {"之上", role::suffix_at_least},
    {"以内", role::suffix_at_most},
    {"以下", role::suffix_at_most},
    {"之内", role::suffix_at_most},
    {"左右", role::suffix_about},
    {"上下", role::suffix_about},
    {"只增不减", role::direction_up},
    {"只减不增", role::direction_down},
    {"零增长", role::direction_down},  // 公务接待费等支出原则上零增长: no more than the year before
    {"比重", role::share},
    {"占比", role::share},
    {"比例", role::share},
    {"占", role::part_of},
    {"开门营业", role::event},
    {"营业", role::event},
    {"开业", role::event},
    {"开园", role::event},
    {"开馆", role::event},
    {"回迁", role::event},
    {"竣工", role::event},
    {"完工", role::event},
    {"开工", role::event},
    {"投用", role::event},
    {"投运", role::event},  // 确保…等项目建成投运
    {"建成投运", role::event},
    {"投入使用", role::event},
    {"投产", role::event},
    {"通车", role::event},
    {"建成通航", role::event},  // 确保盛乐国际机场建成通航 (通航 alone is general aviation: 中鹏通航)
    {"通水平", role::word},     // 互联互通水平: no 通水 in it
    {"通水", role::event},      // 实现引绰济辽工程全线通水
    {"全线贯通", role::event},  // 推动沿黄防沙林带全线贯通
    {"并网发电", role::event},  // 实现昌江核电二期三号机组并网发电
    {"建成开放", role::event},  // 建成开放上海大歌剧院 (开放 alone: 扩大开放)
    {"合龙", role::event},
    {"建成投用", role::event},
    {"搬迁", role::event},
    {"入驻", role::event},
    {"签约", role::event},
    {"挂牌", role::event},
    {"运营", role::event},
    {"建成运营", role::event},
    {"投入运营", role::event},
    {"正式运营", role::event},
    {"开通运营", role::event},
    {"试运营", role::event},
    {"开业运营", role::event},
    {"启用", role::event},
    {"开通", role::event},
    {"复通", role::event},
    {"竣工验收", role::event},
    {"验收", role::event},     // 通过国家验收: with 通过 before it (dsl/lower/milestone.cpp)
    {"全覆盖", role::event},   // 实现医疗与养老机构合作全覆盖
    {"全公开", role::event},   // 实现部门预算决算全公开
    {"健全覆盖", role::word},  // 健全覆盖城乡的…体系: 健全 and 覆盖, no 全覆盖
    {"启动", role::event},
    {"入住", role::event},
    {"即将", role::word},
    {"正在", role::word},
    {"截至", role::as_of},
    {"截止", role::as_of},
    {"截止到", role::as_of},
    {"截至到", role::as_of},
    {"到", role::until},
    {"至", role::until},
    {"到了", role::until},
    {"行动计划", role::plan_program},
    {"攻坚计划", role::plan_program},
    {"第", role::ordinal},
    {"规模以上", role::word},
    {"限额以上", role::word},
    {"以上街", role::word},
    {"上街", role::word},
    {"四川", role::word},
    {"经营", role::word},    // 经营业绩: 营业 inside it is no opening
    {"营业税", role::word},  // a tax: 营业 inside it is no opening
    {"统一", role::word},
    {"一些", role::word},
    {"一切", role::word},
    {"十分", role::word},
    {"十足", role::word},
    {"万一", role::word},
    {"一样", role::word},
    {"一起", role::word},
    {"一直", role::word},
    {"一定", role::word},
    {"一般", role::word},
    {"一致", role::word},
    {"一体", role::word},
    {"一批", role::word},
    {"一流", role::word},
    {"一线", role::word},
    {"一系列", role::word},
    {"一道", role::word},
    {"一同", role::word},
    {"一律", role::word},
    {"一旦", role::word},
    {"一度", role::word},
    {"一举", role::word},
    {"一步", role::word},
    {"一站式", role::word},
    {"一把手", role::word},
    {"唯一", role::word},
    {"之一", role::word},
    {"万众", role::word},
    {"千方百计", role::word},
    {"千头万绪", role::word},
    {"百姓", role::word},
    {"一看", role::word},
    {"放肆", role::word},
    {"肆无忌惮", role::word},
    {"拾起", role::word},
    {"两两", role::word},
    {"一是", role::word},
    {"二是", role::word},
    {"三是", role::word},
    {"四是", role::word},
    {"五是", role::word},
    {"六是", role::word},
    {"七是", role::word},
    {"八是", role::word},
    {"九是", role::word},
    {"十是", role::word},
    {"一方面", role::word},
    {"同一", role::word},
    {"单一", role::word},
    {"一带一路", role::word},
    {"三农", role::word},
    {"两会", role::word},
    {"两岸", role::word},
    {"一心", role::word},
    {"一手", role::word},
    {"一把", role::word},
    {"一次性", role::word},
    {"一体化", role::word},
    {"三中全会", role::word},
    {"四中全会", role::word},
    {"五中全会", role::word},
    {"六中全会", role::word},
    {"八项规定", role::word},
    {"三严三实", role::word},
    {"两学一做", role::word},
    {"五位一体", role::word},
    {"四个全面", role::word},
    {"一号文件", role::word},
    {"百城", role::word},
    {"千家万户", role::word},
    {"百家争鸣", role::word},  // 百花齐放、百家争鸣: an idiom, no 100 of anything
    {"百花齐放", role::word},
    {"千千万万", role::word},
    {"万家", role::word},
    {"百年", role::word},
    {"千年", role::word},
    {"三次产业", role::word},
    {"五年规划", role::word},
    {"五年计划", role::word},
    {"个五年", role::word},
    {"连续", role::word},
    {"安置户", role::word},
    {"安置房", role::word},
    {"增长率", role::word},
    {"全区", role::region},
    {"全市", role::region},
    {"全县", role::region},
    {"全省", role::region},
    {"全国", role::region},
    {"我区", role::region},
    {"我市", role::region},
    {"我县", role::region},
    {"该区", role::region},
    {"该街道", role::region},
    {"辖区", role::region},
    {"全镇", role::region},
    {"全街道", role::region},
    {"其中", role::region},
    {"一年来", role::figure_cue},
    {"过去一年", role::figure_cue},
    {"过去的一年", role::figure_cue},
    {"以来", role::figure_cue},
    {"到位", role::word},
    {"增加值", role::word},
    {"公共", role::word},
    {"中共", role::word},
    {"达标", role::word},
    {"为民", role::word},
    {"达成", role::word},
    // a verb before 额 or 率 is part of a name: 投资完成额, 计划完成率
    {"完成额", role::word},
    {"完成率", role::word},
    // words that end in 达 where 达 does not mean reach: 通达率, 送达率, 抵达, 发达国家
    {"通达", role::word},
    {"送达", role::word},
    {"抵达", role::word},
    {"发达", role::word},
    {"直达", role::word},
    {"畅达", role::word},
    {"到期", role::word},
    {"到户", role::word},
    {"到村", role::word},
    {"，", role::clause_break},
    {",", role::clause_break},
    {"；", role::clause_break},
    {";", role::clause_break},
    {"。", role::sentence_break},
    {"！", role::sentence_break},
    {"!", role::sentence_break},
    {"？", role::sentence_break},
    {"?", role::sentence_break},
    {"、", role::list_break},
    {"：", role::colon},
    {":", role::colon},
    {"的", role::of},
    {"分别", role::respectively},
    {"从", role::from},
    {"新的一年", role::word},
    {"由", role::from},
};

}  // namespace luoshi::dsl
