import Testing
@testable import TrendlineExtraction

/// Linking: each case is a short text written for the test, the figure to look at, and what the claim
/// must say about it. The document date is given, as `--doc-date` would.
struct LinkCase: CustomTestStringConvertible, Sendable {
    var text: String
    var quote: String
    var metric: String? = nil
    var region: String? = nil
    var period: String? = nil
    var modality: Modality? = nil
    var basis: GrowthBasis? = nil
    var basePeriod: String? = nil
    var subjectContains: String? = nil
    var subjectPrefix: String? = nil
    var docDate = DatePoint(year: 2026, month: 3)
    var testDescription: String { "\(quote) in \(text)" }
}

let linkCases: [LinkCase] = [
    // metric
    LinkCase(text: "2025年，我国人工智能核心产业规模超1.2万亿元。", quote: "超1.2万亿元", metric: "industry_size", region: "中国", period: "2025", modality: .actual, subjectContains: "人工智能核心产业"),
    LinkCase(text: "预计2026年全球人工智能市场规模将达到9000亿美元。", quote: "达到9000亿美元", metric: "market_size", region: "全球", period: "2026", modality: .forecast),
    LinkCase(text: "河南省设立总规模30亿元的人工智能产业基金。", quote: "30亿元", metric: "fund_size", region: "河南省", modality: .actual, subjectContains: "基金"),
    LinkCase(text: "该公司今年3月完成5亿元B轮融资。", quote: "5亿元", metric: "financing", period: "2026-03"),
    LinkCase(text: "今年新增光伏装机2.1亿千瓦，占全球新增装机的一半以上。", quote: "一半以上", metric: "share"),
    LinkCase(text: "前10个月锂电池出口金额约480亿美元。", quote: "约480亿美元", metric: "other"),
    LinkCase(text: "上半年公司研发投入达22.6亿元。", quote: "达22.6亿元", metric: "r_and_d"),
    LinkCase(text: "9月12日，江苏省人工智能产业母基金正式签约，基金目标规模100亿元。", quote: "100亿元", metric: "fund_size", modality: .actual, subjectContains: "江苏省人工智能产业母基金"),
    LinkCase(text: "湖北省推出规模达200亿元的“楚天AI母基金”，计划撬动社会资本超过600亿元。", quote: "达200亿元", metric: "fund_size", region: "湖北省", subjectContains: "楚天AI母基金"),
    LinkCase(text: "湖北省推出规模达200亿元的“楚天AI母基金”，计划撬动社会资本超过600亿元。", quote: "超过600亿元", metric: "investment", region: "湖北省", modality: .target),
    LinkCase(text: "据统计，今年各地新设人工智能相关政府引导基金超过40只。", quote: "超过40只", region: "中国"),
    LinkCase(text: "9月12日，甲省基金签约。\n\n同日，四川省宣布设立规模为50亿元的人工智能产业投资基金。", quote: "50亿元", period: "2026-09-12", docDate: DatePoint(year: 2026, month: 9)),
    LinkCase(text: "三季度，某品牌以1210万台的出货量位居第一。", quote: "1210万台", metric: "shipments"),
    LinkCase(text: "截至2025年底，公司管理资产规模超过1200亿元。", quote: "超过1200亿元", metric: "fund_size"),
    LinkCase(text: "基金总认缴规模为80亿元，其中市级财政认缴16亿元。", quote: "16亿元", metric: "investment"),
    LinkCase(text: "预计到2027年，全省低空经济规模将突破800亿元。", quote: "突破800亿元", metric: "industry_size", modality: .forecast),
    LinkCase(text: "单笔融资金额过亿元的事件有58起。", quote: "过亿元", metric: "financing"),
    LinkCase(text: "大会现场签约项目34个，签约金额达619亿元。", quote: "达619亿元", metric: "transaction_value"),
    LinkCase(text: "2025年全市实现地区生产总值5.2万亿元，比上年增长5.4%。", quote: "5.4%", metric: "growth_rate", period: "2025", basis: .yoy),
    LinkCase(text: "AI手机出货量同比增长59.8%，整体市场占比40.7%。", quote: "40.7%", metric: "share"),
    LinkCase(text: "今年上半年，AI手机出货量达1.18亿台。", quote: "达1.18亿台", metric: "shipments", period: "2026-01..2026-06"),
    LinkCase(text: "全省已有人工智能企业超6200家。", quote: "超6200家", metric: "count", period: "..2026-03"),
    LinkCase(text: "全社会研发经费投入强度保持在6%左右。", quote: "6%左右", metric: "share"),
    LinkCase(text: "公司全年营收达120亿元。", quote: "达120亿元", metric: "revenue"),
    LinkCase(text: "“十四五”时期成交额超3200亿元，比“十三五”时期增长1.7倍。", quote: "1.7倍", metric: "growth_rate", period: "2021..2025", basis: .vsPeriod, basePeriod: "2016..2020"),
    LinkCase(text: "2025年AI终端市场规模将突破5000亿元，年复合增长率超140%。", quote: "超140%", metric: "growth_rate", modality: .forecast, basis: .cagr, docDate: DatePoint(year: 2025, month: 1)),
    // modality
    LinkCase(text: "到2030年，智能终端普及率超90%。", quote: "超90%", period: "2030", modality: .target),
    LinkCase(text: "力争到2027年产业规模破万亿元。", quote: "破万亿元", period: "2027", modality: .target),
    LinkCase(text: "该平台将检测效率提升了70.7%。", quote: "70.7%", metric: "growth_rate", modality: .actual),
    LinkCase(text: "业内人士认为，明年市场规模有望达到800亿元。", quote: "达到800亿元", period: "2027", modality: .forecast),
    LinkCase(text: "方案还明确，2026年全省人工智能企业数量较2025年增长30%。", quote: "30%", period: "2026", modality: .target),
    // regions
    LinkCase(text: "广西计划组建认缴总规模不低于100亿元的人工智能产业基金。", quote: "不低于100亿元", metric: "fund_size", region: "广西"),
    LinkCase(text: "京津冀三地去年新增科技企业1200家。", quote: "1200家", region: "京津冀", period: "2025"),
    LinkCase(text: "在京两院院士约占全国一半。", quote: "一半", region: "北京市"),
    LinkCase(text: "投资北京大会上，来自全球800多家企业和机构参会。", quote: "800多家", region: "北京市"),
    LinkCase(text: "湖南省出台方案支持人工智能产业。其中长沙市占比接近七成。全\n省已集聚人工智能企业1800余家。", quote: "1800余家", region: "湖南省"),
    LinkCase(text: "长沙市发布措施。该市今年新增备案大模型4个。", quote: "4个", region: "长沙市"),
    LinkCase(text: "今年前三季度，大同市新能源装机容量新增120万千瓦。", quote: "120万千瓦", region: "大同市"),
    LinkCase(text: "大同小异的方案里，合作项目达到300个。", quote: "达到300个", region: ""),
    LinkCase(text: "11月17日至18日，2026中国（深圳）低空经济博览\n会举行。本届展会吸引了来自28个国家和地区的650余家企业参展。", quote: "650余家", region: "深圳市", period: "2026-11-17..2026-11-18", docDate: DatePoint(year: 2026, month: 11)),
    LinkCase(text: "3月28日，中关村论坛平行论坛举行。\n\n某创投董事长表示，该机构管理资金总规模约4800亿元。", quote: "约4800亿元", region: ""),
    LinkCase(text: "北京市将设立总规模100亿元的人工智能天使投资基金，并对早期投资给予最高500万元的风险补偿。", quote: "100亿元", metric: "fund_size", modality: .actual),
    // periods
    LinkCase(text: "截至2026年3月，该基金已完成超30亿元项目决策。", quote: "超30亿元", metric: "investment", period: "..2026-03"),
    LinkCase(text: "2024年4月—2025年3月，公司AI PC销量突破100万台。", quote: "突破100万台", metric: "shipments", period: "2024-04..2025-03"),
    LinkCase(text: "2025年1—10月份，全国软件业务收入增长12.5%。", quote: "12.5%", period: "2025-01..2025-10"),
    LinkCase(text: "去年，全市数据中心机架规模达到12万架。", quote: "达到12万架", period: "2025"),
    LinkCase(text: "《产业发展报告（2024年）》显示，目前全省已有企业超300家。", quote: "超300家", period: "..2026-03"),
    LinkCase(text: "8月份发布的报告提出，全国相关企业总量已突破200家。", quote: "突破200家", period: "..2026-08", docDate: DatePoint(year: 2026, month: 9)),
    LinkCase(text: "公司计划未来三年投入不少于100亿元用于研发。", quote: "不少于100亿元", metric: "investment", modality: .target),
    LinkCase(text: "目标是在2028年前将海外收入占比提升至40%以上。", quote: "40%以上", metric: "share", period: "2028", modality: .target),
    LinkCase(text: "广东省人工智能产业基金规模达300亿元 湖北基金逾60亿元", quote: "逾60亿元", region: "湖北省", subjectContains: "湖北基金"),
    LinkCase(text: "近日，某省出台措施，计划组建总规模不低于50亿元的产业基金。", quote: "不低于50亿元", metric: "fund_size", period: "2026-03", modality: .actual),
    LinkCase(text: "百年京张AI创新带全长约9公里。", quote: "约9公里", period: ""),
    LinkCase(text: "业内预计，将形成十余款主流基础模型。", quote: "十余款", period: "", modality: .forecast),
    LinkCase(text: "未来两年将实施九大行动，力争实现核心产业规模破万亿元。", quote: "破万亿元", period: "2027", modality: .target),
    LinkCase(text: "2023年，他设计的新型播种机（已获3项实用新型专利）在全县推广。", quote: "3项", period: "..2026-03"),
    LinkCase(text: "2023年，该公司营收50亿元（同比增长20%）。", quote: "20%", period: "2023"),
    LinkCase(text: "3月25日至29日，博览会在京举办。\n\n3月27日，机器人挑战赛举行决赛。\n\n比赛现场，20余家企业获得投资意向。", quote: "20余家", period: "2026-03-27"),
    LinkCase(text: "3月25日至29日，博览会在京举办。\n\n3月27日，机器人挑战赛举行决赛。\n\n博览会期间，500多家企业参展。", quote: "500多家", period: "2026-03-25..2026-03-29"),
    LinkCase(text: "上半年全市生产总值1.2万亿元，同比增长5.6%。分产业看，第二产业增加值4800亿元，增长6.1%。", quote: "4800亿元", period: "2026-01..2026-06", docDate: DatePoint(year: 2026, month: 7)),
    LinkCase(text: "上半年全市生产总值1.2万亿元，同比增长5.6%。\n规模以上工业增加值同比增长7.2%。", quote: "7.2%", period: "2026-01..2026-06", docDate: DatePoint(year: 2026, month: 7)),
    LinkCase(text: "上半年，全市固定资产投资同比下降2.1%。社会消费品零售总额5400亿元，增长4.3%。", quote: "5400亿元", period: "2026-01..2026-06", docDate: DatePoint(year: 2026, month: 7)),
    LinkCase(text: "报告预计，到2030年市场规模将达1.8万亿美元。\n\n另一方面，当地资助计划总额30亿港元。", quote: "30亿港元", period: ""),
    LinkCase(text: "上半年全省地区生产总值2.8万亿元，按不变价格计算，同比增长5.6%，比一季度加快0.3个百分点。", quote: "5.6%", subjectContains: "地区生产总值"),
    LinkCase(text: "上半年全省地区生产总值2.8万亿元，按不变价格计算，同比增长5.6%，比一季度加快0.3个百分点。", quote: "0.3个百分点", subjectContains: "地区生产总值"),
    LinkCase(text: "前三季度出口锂电池28亿只，出口金额约480亿美元，分别增长15%和8%左右。", quote: "15%", metric: "growth_rate", subjectContains: "出口锂电池增长"),
    LinkCase(text: "前三季度出口锂电池28亿只，出口金额约480亿美元，分别增长15%和8%左右。", quote: "8%左右", metric: "growth_rate", subjectContains: "出口金额增长"),
    LinkCase(text: "产业园与红杉中国、高瓴创投等6家头部投资机构集中签约。", quote: "6家", period: "2026-03"),
    LinkCase(text: "生产线集成了25项自研设备，其中11项为业内首创。", quote: "11项", subjectContains: "自研设备中业内首创"),
    LinkCase(text: "三季度手机出货量约7000万台。其中，某品牌以1210万台的出货量位居第一。", quote: "1210万台", subjectContains: "某品牌出货量"),
    LinkCase(text: "国家启动运行600亿元规模的国家人工智能产业投资基金。", quote: "600亿元", metric: "fund_size", subjectContains: "国家人工智能产业投资基金规模"),
    LinkCase(text: "展会集中展示500项前沿技术产品，其中首发首展120项。", quote: "120项", subjectContains: "前沿技术产品中首发首展"),
    // subjects: what is counted, with what the clause says of it
    LinkCase(text: "比赛现场，40余家企业收到11家机构投资邀约。", quote: "40余家", subjectContains: "企业收到机构投资邀约"),
    LinkCase(text: "研究院近日与红杉中国、高瓴创投、经纬创投、五源资本、真知创投等6家头部投资机构集中签约。", quote: "6家", subjectContains: "头部投资机构集中签约"),
    LinkCase(text: "某省统筹5亿元省级财政资金支持机器人产业。", quote: "5亿元", subjectContains: "省级财政资金支持机器人产业"),
    LinkCase(text: "2024年，市政府出资设立滨江科创母基金。截至2026年3月，该基金已完成超20亿元项目投资，投资进度约60%。", quote: "约60%", subjectContains: "滨江科创母基金投资进度"),
    LinkCase(text: "2024年，市政府出资设立滨江科创母基金。截至2026年3月，该基金已完成超20亿元项目投资。", quote: "超20亿元", subjectContains: "滨江科创母基金已完成项目投资"),
    LinkCase(text: "全市入选高被引学者名单的科学家96人，占全国超30%。", quote: "超30%", subjectContains: "高被引学者名单的科学家占全国"),
    LinkCase(text: "工业和信息化部等五部门联合印发了指导意见。", quote: "五部门", subjectContains: "联合印发"),
    LinkCase(text: "据介绍，展会现场，30余家企业签下采购订单。", quote: "30余家", subjectContains: "展会现场企业签下采购订单"),
    LinkCase(text: "智谱、MiniMax（稀宇科技）两家国产大模型企业先后上市。", quote: "两家", subjectContains: "国产大模型企业先后上市"),
    LinkCase(text: "我国服务机器人企业总量已突破300家，这些企业分布于20个省份。", quote: "20个", subjectContains: "服务机器人企业"),
    LinkCase(text: "在3月25日召开的数字经济大会上，来自全球的500余位嘉宾齐聚。", quote: "500余位", subjectContains: "数字经济大会来自全球嘉宾齐聚"),
    LinkCase(text: "计划组建总规模不低于 50亿元\n的滨海低空经济产业基金。", quote: "不低于 50亿元", metric: "fund_size", subjectContains: "滨海低空经济产业基金"),
    LinkCase(text: "该地区产值今年有望达到5万亿元，邻国政府则宣布投入300亿美元扶持芯片企业。", quote: "300亿美元", modality: .actual),
    LinkCase(text: "截至2026年9月底，智能算力占比35%，较上年末提高5个百分点。", quote: "5个百分点", period: "..2026-09", basePeriod: "2025-12", docDate: DatePoint(year: 2026, month: 11)),
    LinkCase(text: "公司前三季度净利润16亿元，去年同期亏损7.2亿元。", quote: "7.2亿元", period: "2025-01..2025-09", docDate: DatePoint(year: 2026, month: 10)),
    // English
    LinkCase(text: "China's AI industry grew 24% year on year to RMB 700 billion in 2024.", quote: "RMB 700 billion", metric: "industry_size", region: "中国", period: "2024"),
    LinkCase(text: "Global spending on AI is forecast to hit $632 billion in 2028.", quote: "$632 billion", region: "全球", period: "2028", modality: .forecast),
    LinkCase(text: "The city aims to have more than 100 large models registered by 2027.", quote: "more than 100 large models", metric: "count", period: "2027", modality: .target),
    LinkCase(text: "Analysts at a research firm expect India's data center market to exceed $12 billion by 2030.", quote: "$12 billion", metric: "market_size", period: "2030", modality: .forecast, subjectContains: "India's data center market"),
    LinkCase(text: "The province launched a 5 billion yuan (about $700 million) investment fund for drones.", quote: "5 billion yuan", metric: "fund_size"),
    LinkCase(text: "Separately, the start-up said it had raised 800 million yuan, valuing it at over $2 billion.", quote: "over $2 billion", metric: "other"),
    LinkCase(text: "The fund will back about 40 start-ups over five years.", quote: "about 40 start-ups", metric: "count"),
    LinkCase(text: "Nationwide, sales of electric bikes rose 12% in 2025.", quote: "12%", region: "中国", subjectContains: "sales of electric bikes"),
    LinkCase(text: "Revenue in the third quarter of 2026 was 3.4 trillion yuan, compared with 2.9 trillion yuan a year earlier.", quote: "2.9 trillion yuan", period: "2025-07..2025-09"),
    LinkCase(text: "Unemployment fell 0.3 percentage points to 5.0%.", quote: "5.0%", metric: "share"),
    // English: a change named after the figure, money named by what follows it, thousands separators
    LinkCase(text: "Investors put RMB 18.6 billion into the field in the first half, a 41% jump.", quote: "41%", metric: "growth_rate"),
    LinkCase(text: "The city aims for the sector to exceed 1 trillion yuan in revenue by 2028.", quote: "1 trillion yuan", metric: "revenue", period: "2028"),
    LinkCase(text: "Robot output rose 28.5% to 412,000 units in the first seven months.", quote: "28.5%", period: "2026-01..2026-07", docDate: DatePoint(year: 2026, month: 8)),
    LinkCase(text: "Robot output rose 28.5% to 412,000 units in the first seven months.", quote: "412,000 units", metric: "shipments", period: "2026-01..2026-07", docDate: DatePoint(year: 2026, month: 8)),
    // a figure whose sentence and the one before name no place keeps the place of the figures just before
    LinkCase(text: "前三季度，浙江省数字经济核心产业增加值达7820亿元。全省规上工业增加值增长6%。\n\n其中，软件业务收入5230亿元。", quote: "5230亿元", region: "浙江省"),
    LinkCase(text: "有专家提醒，部分地区实际到位资金不足三成。", quote: "不足三成", region: "中国"),
    LinkCase(text: "公司创始人透露，本轮资金将用于量产线建设，计划明年实现年产1万台人形机器人。", quote: "1万台", period: "2027", modality: .target, docDate: DatePoint(year: 2026, month: 6)),
    // 全年 alone: the year last spoken of, within the document's year and the one before
    LinkCase(text: "2024年，我国人工智能核心产业规模达到7500亿元。\n\n据统计，全年大模型相关中标项目超过1500个。", quote: "超过1500个", period: "2024", docDate: DatePoint(year: 2025, month: 1)),
    LinkCase(text: "2024年AI手机出货量达到1亿台。2023年，这一数字为4000万台。各主要厂商全年共发布新品60余款。", quote: "60余款", period: "2024", docDate: DatePoint(year: 2025, month: 1)),
    LinkCase(text: "联想上个财年（2024年4月份—2025年3月份）全年销量突破100万台。", quote: "突破100万台", period: "2024-04..2025-03"),
    // datelines are not part of the first sentence
    LinkCase(text: "新华社合肥3月29日电（记者 张三）安徽省人工智能产业日前公布营收达到320亿元。", quote: "达到320亿元", period: "2026-03", subjectPrefix: "安徽省人工智能产业"),
    LinkCase(text: "SHENZHEN, Aug 14 (Reuters) - The robotics cluster attracted 1,200 companies.", quote: "1,200 companies", period: "..2026-08", docDate: DatePoint(year: 2026, month: 8)),
    LinkCase(text: "本报讯（记者 李四）全市新增高新技术企业350家。", quote: "350家", subjectPrefix: "全市"),
    // what a figure measures, from the noun after it, the noun points change, production in any unit
    LinkCase(text: "该品牌以17%的市场份额位居第二。", quote: "17%", metric: "share"),
    LinkCase(text: "三季度该品牌实现了38%的同比增长。", quote: "38%", metric: "growth_rate"),
    LinkCase(text: "两家公司合计占全行业营收的62.5%。", quote: "62.5%", metric: "share"),
    LinkCase(text: "服务业占全市经济比重较上年提高1.3个百分点。", quote: "1.3个百分点", metric: "share"),
    LinkCase(text: "工业增加值增速比前三季度回落0.6个百分点。", quote: "0.6个百分点", metric: "growth_rate"),
    LinkCase(text: "全年油菜籽产量8.2万吨，增长2.1%。", quote: "8.2万吨", metric: "shipments"),
    LinkCase(text: "上半年风电新增装机12.5吉瓦。", quote: "12.5吉瓦", metric: "shipments"),
    LinkCase(text: "全年外贸进出口总额6120亿元。", quote: "6120亿元", metric: "other"),
    LinkCase(text: "該地區今年經濟成長率預估為3.1%。", quote: "3.1%", metric: "growth_rate"),
    // time that scopes: a reporting period opening a sentence or heading dates the undated figures after it
    LinkCase(text: "上半年，全县工业增加值增长6.1%。\n\n全县茶叶产量1.2万吨，同比增长4.4%。", quote: "1.2万吨", period: "2026-01..2026-06", docDate: DatePoint(year: 2026, month: 7)),
    LinkCase(text: "上半年，全县工业增加值增长6.1%。\n\n全县茶叶产量1.2万吨，同比增长4.4%。", quote: "4.4%", period: "2026-01..2026-06", docDate: DatePoint(year: 2026, month: 7)),
    LinkCase(text: "2025年第四季度，全球手表出货量增长9%。\n\n甲品牌以27%的市场份额居首。", quote: "27%", period: "2025-10..2025-12"),
    // a day or a plan year opens no scope: an event's day, or a target not yet reached
    LinkCase(text: "3月18日，某基金在该市揭牌。\n\n该基金总规模50亿元，首期规模10亿元。", quote: "50亿元", period: ""),
    LinkCase(text: "2030年，全省算力规模力争翻番。\n\n全省智能算力占比达到35%。", quote: "达到35%", period: "..2026-03"),
    // a multiple of a base year's level takes the later year; 从A增至B gives each level its own end of the span
    LinkCase(text: "2025年，全省研发经费达820亿元，是2020年的1.6倍。", quote: "1.6倍", period: "2025"),
    LinkCase(text: "2019—2024年，全国充电桩保有量从120万台增至1280万台。", quote: "120万台", period: "2019"),
    LinkCase(text: "2019—2024年，全国充电桩保有量从120万台增至1280万台。", quote: "1280万台", period: "2024"),
    // modality: an estimate right before a figure; a cue inside a title is no cue; a forecast of a past year is what it came to
    LinkCase(text: "業界上修今年全島晶片產值估逾5兆元，年增12%。", quote: "逾5兆元", modality: .forecast),
    LinkCase(text: "業界上修今年全島晶片產值估逾5兆元，年增12%。", quote: "12%", modality: .forecast),
    LinkCase(text: "该机构发布的《2024-2029年无人机行业预测报告》显示，2023年无人机市场规模达到870亿元。", quote: "达到870亿元", modality: .actual),
    LinkCase(text: "Analysts expect the market will reach $41 billion in 2024.", quote: "$41 billion", modality: .actual),
    LinkCase(text: "The five firms aim to raise HK$9 billion this week.", quote: "HK$9 billion", modality: .target),
    // a year's end is a date stocks are stated at; a continuation of 从A增至B takes the level reached; a period
    // opening the clause after a source (数据显示，…) scopes like one opening the sentence
    LinkCase(text: "2024年末，全省高速公路里程达6200公里。", quote: "达6200公里", period: "..2024-12"),
    LinkCase(text: "2019—2024年，全国充电桩保有量从120万台增至1280万台。其中，公共充电桩410万台。", quote: "410万台", period: "2024"),
    LinkCase(text: "某机构发布的数据显示，2025年第二季度全球平板出货量增长6%。\n\n甲品牌以31%的市场份额居首。", quote: "31%", period: "2025-04..2025-06"),
    // a time attached to a figure by 的/之 dates that figure alone; 截至…止六个月 is the six months then ending; a
    // year's end something was set up at is that month
    LinkCase(text: "2025年，服务业占比由上年的52.1%提升至53.4%。", quote: "52.1%", period: "2024", docDate: DatePoint(year: 2026, month: 2)),
    LinkCase(text: "2025年，服务业占比由上年的52.1%提升至53.4%。", quote: "53.4%", period: "2025", docDate: DatePoint(year: 2026, month: 2)),
    LinkCase(text: "集團截至二零二五年六月三十日止六個月內，基礎盈利為港幣十二億元，較去年同期之港幣十五億元減少。", quote: "港幣十二億元", period: "2025-01..2025-06", docDate: DatePoint(year: 2025, month: 8)),
    LinkCase(text: "集團截至二零二五年六月三十日止六個月內，基礎盈利為港幣十二億元，較去年同期之港幣十五億元減少。", quote: "港幣十五億元", period: "2024-01..2024-06", docDate: DatePoint(year: 2025, month: 8)),
    LinkCase(text: "该省去年底发起设立规模300亿元的产业基金。", quote: "300亿元", period: "2025-12"),
    LinkCase(text: "年末全县常住人口41.6万人。", quote: "41.6万人", period: "..2026-12", docDate: DatePoint(year: 2026, month: 12)),
    // in a year's bulletin a stock of things (存栏) is at the year's end, and an area sown is of the year
    LinkCase(text: "2025年全县统计公报\n\n全县生猪存栏12.6万头，下降1.2%。", quote: "12.6万头", period: "..2025-12", docDate: DatePoint(year: 2026, month: 3)),
    LinkCase(text: "2025年全县统计公报\n\n全县粮食播种面积21.4万亩，增长0.8%。", quote: "21.4万亩", period: "2025", docDate: DatePoint(year: 2026, month: 3)),
    LinkCase(text: "2025年全县统计公报\n\n产业园占地面积2.1平方公里。", quote: "2.1平方公里", period: "", docDate: DatePoint(year: 2026, month: 3)),
    // places: counties and prefectures from the division table, in full; once named in full, the short form
    // too; the title's place is the document's; 全市/全县/我省 mean the one named last, or none if none was
    LinkCase(text: "2025年龙泉市国民经济统计公报\n\n全市地区生产总值312亿元，增长5.1%。", quote: "312亿元", region: "龙泉市"),
    LinkCase(text: "2025年上杭县统计公报\n\n全县粮食产量16万吨。", quote: "16万吨", region: "上杭县"),
    LinkCase(text: "绵阳市统计局发布数据。\n\n2025年绵阳地区生产总值4600亿元。", quote: "4600亿元", region: "绵阳市"),
    LinkCase(text: "上半年，全市规模以上工业增加值增长9.1%。", quote: "9.1%", region: ""),
    LinkCase(text: "安徽省召开新闻发布会。我省人工智能企业超过3000家。", quote: "超过3000家", region: "安徽省"),
    LinkCase(text: "全市上下坚持以中国特色社会主义思想为指导。全市实现生产总值900亿元。", quote: "900亿元", region: ""),
    // an excerpt that starts before its reporting period is named takes the first run of months it opens
    LinkCase(text: "从融资方式看，定增募资规模达820亿元，同比增长31%。\n\n上半年，股权融资总额4100亿元。", quote: "达820亿元", period: "2026-01..2026-06", docDate: DatePoint(year: 2026, month: 7)),
    // a national body named in passing before (贯彻落实党中央、国务院部署) places no later figure in the country
    LinkCase(text: "2025年龙泉市国民经济统计公报\n\n全市上下认真贯彻落实党中央、国务院决策部署，经济稳中有进。初步核算，第一产业增加值41亿元。", quote: "41亿元", region: "龙泉市"),
    // a compound rate is over a span: one its sentence names, or the N years to its year
    LinkCase(text: "2019—2024年，全省软件业收入年均复合增长率达12.4%。", quote: "达12.4%", period: "2019..2024", basis: .cagr),
    LinkCase(text: "2024年全国无人机市场规模达到900亿元，近五年年均复合增长率为21.5%。", quote: "21.5%", period: "2020..2024", basis: .cagr),
    LinkCase(text: "The market is expected to reach $80 billion by 2030 at a CAGR of 9.1% between 2025 and 2030.", quote: "9.1%", period: "2025..2030", basis: .cagr),
    LinkCase(text: "Shipments are set to grow at a 35% CAGR, from 2024 to 2029, the firm said.", quote: "35%", period: "2024..2029", basis: .cagr),
    // a year in a bracket is the comparison's, for the figures in the bracket: the same months of that year
    LinkCase(text: "集團截至二零二五年六月三十日止六個月內，基礎盈利為港幣十二億元。每股基礎盈利為港幣0.41元（二零二四年：港幣0.52元）。", quote: "港幣0.41元", period: "2025-01..2025-06", docDate: DatePoint(year: 2025, month: 8)),
    LinkCase(text: "集團截至二零二五年六月三十日止六個月內，基礎盈利為港幣十二億元。每股基礎盈利為港幣0.41元（二零二四年：港幣0.52元）。", quote: "港幣0.52元", period: "2024-01..2024-06", docDate: DatePoint(year: 2025, month: 8)),
    LinkCase(text: "前三季度，超七成企业营收增长。", quote: "超七成", metric: "share"),
    LinkCase(text: "国内市场增长明显，高于全球9%的平均增速。", quote: "9%", metric: "growth_rate"),
    LinkCase(text: "全年进口集成电路4200亿颗。", quote: "4200亿颗", metric: "shipments"),
    // a plan period under way opening a line scopes the review of it (a heading above it had no full stop)
    LinkCase(text: "科技创新：研发强度居前\n“十四五”期间，全市高新技术企业数量增长超2倍。", quote: "超2倍", period: "2021..2025", docDate: DatePoint(year: 2025, month: 11)),
    LinkCase(text: "“十四五”期间，全市高新技术企业数量增长超2倍。", quote: "超2倍", period: "2021..2025", docDate: DatePoint(year: 2025, month: 11)),
    // Traditional text: Simplified cue words match through the fold; the subject stays in the page's script
    LinkCase(text: "該省人工智慧產業規模去年達4500億元。", quote: "達4500億元", metric: "industry_size", subjectContains: "人工智慧產業規模"),
    LinkCase(text: "該市半導體業者去年融資金額逾80億元。", quote: "逾80億元", metric: "financing", subjectContains: "融資金額"),
]

@Test(arguments: linkCases)
func linking(_ c: LinkCase) throws {
    let result = Extractor().extract(text: c.text, doc: "t.txt",
                                     docDate: DocumentDate(point: c.docDate, source: .flag))
    let scalars = Array(c.text.unicodeScalars)
    let claim = try #require(result.claims.first { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) == c.quote },
                             "no claim quoted \(c.quote): \(result.claims.map(\.text))")
    if let m = c.metric { #expect(claim.metric == m) }
    if let r = c.region { #expect(claim.region == r) }
    if let p = c.period { #expect(claim.period == p) }
    if let m = c.modality { #expect(claim.modality == m) }
    if let b = c.basis { #expect(claim.basis == b) }
    if let b = c.basePeriod { #expect(claim.basePeriod == b) }
    if let s = c.subjectContains { #expect(claim.subject.contains(s), "subject \(claim.subject)") }
    if let s = c.subjectPrefix { #expect(claim.subject.hasPrefix(s), "subject \(claim.subject)") }
    #expect(claim.sentence.contains(c.quote.filter { !$0.isWhitespace }) || claim.sentence.contains(c.quote))
}

@Test func claimsCarryDocumentAndSpan() {
    let text = "规模超1.2万亿元，增长15%。"
    let r = Extractor().extract(text: text, doc: "news/a.txt")
    #expect(r.claims.count == 2)
    #expect(r.claims.allSatisfy { $0.doc == "news/a.txt" && $0.start < $0.end && $0.end <= text.unicodeScalars.count })
    #expect(r.claims[0].text == "超1.2万亿元")
}

@Test func unknownDocumentDateLeavesRelativePeriodsEmpty() {
    let r = Extractor().extract(text: "今年以来，某平台用户增长20%。", doc: "a.txt")
    #expect(r.docDate == nil)
    #expect(r.claims.first?.period == "")
}

@Test func placesGiveOneCanonicalNamePerPlace() {
    #expect(Places.canonical("北京") == "北京市")
    #expect(Places.canonical("首都") == "北京市")
    #expect(Places.canonical("我国") == "中国")
    #expect(Places.canonical("广西壮族自治区") == "广西")
    #expect(Places.canonical("Shenzhen") == "深圳市")
    #expect(Places.canonical("火星") == nil)
    #expect(Places.spellings(of: "北京市").contains("北京"))
    #expect(Places.level(of: "安徽省") == "province")
    #expect(Places.level(of: "深圳市") == "city")
    #expect(Places.level(of: "京津冀") == "area")
    #expect(Places.level(of: "中国") == "country")
    #expect(Places.level(of: "全球") == "world")
}

/// Profile sections: figures under "## Name：tagline" are that one's.
@Test func profileHeadingsGiveTheSubjectsTopic() throws {
    let text = """
    # 匠人群像
    ## 王立新：一把焊枪三十年
    ### 传帮带：培养技术骨干
    累计培养焊工超800人。
    ## 行业概况
    全省共有焊接企业1200家。
    """
    let claims = Extractor().extract(text: text, doc: "t.md", docDate: DocumentDate(point: DatePoint(year: 2026, month: 3), source: .flag)).claims
    let trained = try #require(claims.first { $0.text == "超800人" })
    #expect(trained.subject.hasPrefix("王立新"), "subject \(trained.subject)")
    #expect(trained.subject.contains("焊工"))
    let firms = try #require(claims.first { $0.text == "1200家" })
    #expect(!firms.subject.contains("王立新"), "a heading without a name ends the profile: \(firms.subject)")
}

/// ownedByOrganisation and ownerOrLevelWord try a marker only where the scalars at i and i + 1 can start one.
@Test func organisationMarkersAreKeyedByTheirFirstTwoScalars() {
    for w in RegionRules.organisationMarkers {
        #expect(w.count >= 2)
        #expect(RegionRules.organisationFirst.contains(w[0]))
        #expect(RegionRules.organisationSecond.contains(w[1]))
    }
}


/// Pinyin glosses printed inside the words (融(róng)資, 融(rong)資) are read past: cue words match, the
/// sentence and subject are without them, and the quote and its offsets are the page's own.
@Test func pinyinGlossesAreReadPastAndQuotedAsWritten() {
    let text = "該公司今年完成B輪融(róng)資(zī)金額約(yuē)6億元，員(yuan)工達到(dao)320人。"
    let claims = Extractor().extract(text: text, doc: "g.txt", docDate: DocumentDate(point: DatePoint(year: 2026, month: 3), source: .flag)).claims
    let scalars = Array(text.unicodeScalars)
    #expect(claims.map(\.text) == ["約(yuē)6億元", "達到(dao)320人"])
    for c in claims {
        #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text)
        #expect(!c.sentence.contains("(yuē)") && !c.sentence.contains("(dao)"))
    }
    #expect(claims.first?.metric == "financing")
    #expect(claims.first?.subject.contains("融資金額") == true)
    // a bracketed Latin word that is no syllable stays text
    #expect(PinyinGlosses("人工智能(llm)企业超100家") == nil)
    #expect(PinyinGlosses("企业超100家(2025年)") == nil)
}

/// Every linked field says which rule decided it, by a name of its field's family, so a user can see why a
/// figure got its region and a developer can count which rules fail.
@Test func everyClaimSaysWhyEachFieldWasDecided() throws {
    let text = """
    2025年上杭县统计公报

    全县粮食产量16万吨，比上年增长0.5%。安徽省设立总规模不低于200亿元的产业基金。预计到2030年，普及率超90%。
    """
    let claims = Extractor().extract(text: text, doc: "w.txt", docDate: DocumentDate(point: DatePoint(year: 2026, month: 3), source: .flag)).claims
    #expect(claims.count == 4)
    for c in claims {
        let why = try #require(c.why)
        #expect(why.metric.hasPrefix("metric.") && why.subject.hasPrefix("subject.") && why.region.hasPrefix("region.")
                && why.period.hasPrefix("period.") && why.modality.hasPrefix("modality."), "\(c.text): \(why)")
    }
    let grain = try #require(claims.first { $0.text == "16万吨" })
    #expect(grain.why?.region == "region.level-word")
    #expect(grain.why?.metric == "metric.production")
    #expect(grain.why?.period == "period.scope")
    let fund = try #require(claims.first { $0.text == "不低于200亿元" })
    #expect(fund.why?.region == "region.named-before")
    let target = try #require(claims.first { $0.text == "超90%" })
    #expect(target.why?.modality == "modality.forecast-cue")
}
