/// Counts: a number with a counter word (家, 台, 个 …).
/// Examples live in Tests/TrendlineExtractionTests/Corpus/counts.jsonl.
enum CountRules {
    static let counterWords = [
        "家", "台", "个", "项", "人", "名", "位", "起", "款", "只", "所", "座", "篇", "份", "批", "件", "辆",
        "部", "套", "条", "种", "例", "张", "架", "艘", "颗", "枚", "株", "头", "户", "处", "栋", "幢", "支",
        "本", "册", "首", "笔", "宗", "省", "县", "城", "部门", "人次", "家次", "架次", "车次", "航次", "班次", "批次", "亿人次", "万人次", "门",
        "场", "次", "块", "片", "间", "口", "届", "单", "匹", "棵", "股", "轮", "輪",
        // Traditional spellings the text folding leaves alone (個, 項, 臺, 輛, 場, 間 are folded)
        "頭", "塊", "隻", "條", "種", "張", "處", "門", "筆", "顆", "棟", "戶", "組",
    ]

    static let counters: [(String, UnitMatch)] = counterWords.map { ($0, .count($0)) } + [
        ("个人", .count("个")),  // 3个人: the counter is 个
    ] + englishCounters.map { ($0, .count($0)) }

    static let englishCounterSet = Set(englishCounters)

    /// English plural nouns that count things ("6,200 companies").
    static let englishCounters = [
        "companies", "firms", "enterprises", "startups", "projects", "units", "people", "researchers",
        "robots", "vehicles", "patents", "deals", "funds", "countries", "cities", "users", "employees",
        "models", "chips", "stores", "factories", "universities", "institutions", "investors", "products",
        "start-ups", "hospitals", "schools", "stations", "households", "jobs", "workers", "devices", "servers",
        "applications", "apps", "papers", "teams", "participants", "visitors", "exhibitors", "agreements",
        "contracts", "orders", "smartphones", "phones", "cars", "drones", "satellites", "parks", "provinces",
        "students", "graduates", "scientists", "engineers", "members", "partners", "customers", "suppliers",
        "centres", "centers", "plants", "sites", "facilities", "branches", "subscribers", "accounts", "downloads",
        "vessels", "ships", "aircraft", "airports", "ports", "trains", "buses", "batteries", "terminals", "sensors",
        "cameras", "licences", "licenses", "listings", "IPOs", "acquisitions", "transactions", "trials",
    ]

    /// Words that look like counters but make the number a duration, an age, a rank or a label.
    static let rejects: [(String, UnitMatch)] = [
        "个月", "个小时", "小时", "个工作日", "工作日", "个星期", "星期", "个季度", "季度", "个年头", "年", "月",
        "日", "天", "周", "岁", "分钟", "秒", "世纪", "年代", "位数", "倍数", "代", "次方", "号", "层楼",
        "届全国", "届中国", "期间", "点钟", "时", "元年", "人份", "版", "阶段", "方面", "层次",
        "个层次", "个方面", "个阶段", "个方向", "大", "维度", "个维度", "个环节", "环节",
        "家庭", "国家", "国内", "国际", "条件", "部分", "场景", "种类", "次元",
        "门户", "门槛", "期货", "单位", "口号", "批次", "项目", "批准", "起步", "起点", "名单",
        "位一体", "人论坛", "支点", "层面", "个层面", "趋势", "个趋势", "个特点", "个特征", "个原则", "个关键",
        "个转变", "个优势", "个途径", "个路径", "个问题", "个重点", "个坚持", "个必须", "个确保", "个维护",
        "个结合", "个作用", "大作用", "个意义", "条路径", "项原则", "项任务", "点", "手段", "手机", "股东", "股份", "股权",
        "股市", "股票", "张图",
        // sessions named by their number (十四届人大三次会议): ordinals
        "届人大", "届人民代表大会", "届政协", "届全会", "届中央", "次会议", "次全会", "次全体会议", "次代表大会",
        "轮车", "輪車",
    ].map { ($0, UnitMatch.reject) }
}
