/// Places a figure can be about: 全球, countries, Chinese provinces and cities, economic regions.
/// Each entry maps the words a text uses to one canonical name (我国 → 中国, 京 → 北京市 …).
enum Regions {
    static let provinces: [(String, [String])] = [
        ("北京市", ["北京", "首都"]), ("天津市", ["天津"]), ("上海市", ["上海", "沪"]), ("重庆市", ["重庆", "渝"]),
        ("河北省", ["河北", "冀"]), ("山西省", ["山西", "晋"]), ("辽宁省", ["辽宁"]), ("吉林省", ["吉林"]),
        ("黑龙江省", ["黑龙江"]), ("江苏省", ["江苏", "苏"]), ("浙江省", ["浙江", "浙"]), ("安徽省", ["安徽", "皖"]),
        ("福建省", ["福建", "闽"]), ("江西省", ["江西", "赣"]), ("山东省", ["山东", "鲁"]), ("河南省", ["河南", "豫"]),
        ("湖北省", ["湖北", "鄂"]), ("湖南省", ["湖南", "湘"]), ("广东省", ["广东", "粤"]), ("海南省", ["海南", "琼"]),
        ("四川省", ["四川", "川"]), ("贵州省", ["贵州", "黔"]), ("云南省", ["云南", "滇"]), ("陕西省", ["陕西", "陕"]),
        ("甘肃省", ["甘肃"]), ("青海省", ["青海"]), ("台湾省", ["台湾"]),
        ("内蒙古", ["内蒙古自治区", "内蒙古"]), ("广西", ["广西壮族自治区", "广西"]), ("西藏", ["西藏自治区", "西藏"]),
        ("宁夏", ["宁夏回族自治区", "宁夏"]), ("新疆", ["新疆维吾尔自治区", "新疆"]),
        ("香港", ["香港特别行政区", "香港", "港"]), ("澳门", ["澳门特别行政区", "澳门"]),
    ]

    static let cities: [String] = [
        "深圳", "广州", "杭州", "南京", "苏州", "成都", "武汉", "西安", "合肥", "郑州", "长沙", "青岛", "济南",
        "宁波", "厦门", "福州", "无锡", "东莞", "佛山", "沈阳", "大连", "哈尔滨", "长春", "石家庄", "太原",
        "南昌", "昆明", "贵阳", "南宁", "兰州", "乌鲁木齐", "呼和浩特", "银川", "西宁", "拉萨", "海口", "三亚",
        "珠海", "常州", "南通", "温州", "嘉兴", "绍兴", "徐州", "烟台", "唐山", "保定", "雄安新区", "芜湖", "洛阳",
        "洪洞县",
    ]

    /// Other prefecture-level cities, recognised only with 市 (大同市, not 大同; 安康市, not 安康).
    static let prefectureCities: [String] = [
        // 河北 山西 内蒙古
        "邯郸", "邢台", "沧州", "衡水", "廊坊", "承德", "张家口", "秦皇岛", "大同", "阳泉", "长治", "晋城", "朔州", "晋中",
        "运城", "忻州", "临汾", "吕梁", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布",
        // 辽宁 吉林 黑龙江
        "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛", "四平", "辽源",
        "通化", "白山", "松原", "白城", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江",
        "黑河", "绥化",
        // 江苏 浙江 安徽
        "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁", "湖州", "金华", "衢州", "舟山", "台州", "丽水",
        "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州", "池州", "宣城",
        // 福建 江西 山东
        "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安",
        "宜春", "抚州", "上饶", "淄博", "枣庄", "东营", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城",
        "滨州", "菏泽",
        // 河南 湖北 湖南
        "开封", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口",
        "驻马店", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州", "株洲", "湘潭",
        "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底",
        // 广东 广西 海南
        "韶关", "汕头", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州", "汕尾", "河源", "阳江", "清远", "中山", "潮州",
        "揭阳", "云浮", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池", "来宾",
        "崇左", "三沙", "儋州",
        // 四川 贵州 云南 西藏
        "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安", "达州",
        "雅安", "巴中", "资阳", "六盘水", "遵义", "安顺", "毕节", "铜仁", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱",
        "临沧", "日喀则", "昌都", "林芝", "山南", "那曲",
        // 陕西 甘肃 青海 宁夏 新疆
        "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛", "嘉峪关", "金昌", "白银", "天水", "武威",
        "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南", "海东", "石嘴山", "吴忠", "固原", "中卫", "克拉玛依", "吐鲁番", "哈密",
    ]

    static let areas: [(String, [String])] = [
        ("京津冀", ["京津冀"]), ("长三角", ["长三角", "长江三角洲"]), ("粤港澳大湾区", ["粤港澳大湾区", "大湾区"]),
        ("成渝地区", ["成渝"]), ("珠三角", ["珠三角"]), ("中关村", []),
        ("全球", ["全球", "世界", "world", "World", "global", "Global", "globally", "worldwide", "Worldwide"]),
        ("中国", ["中国", "我国", "全国", "国内", "China", "China's", "Chinese", "Nationwide", "nationwide"]),
        ("美国", ["美国", "U.S.", "United States", "the US", "America"]), ("日本", ["日本", "Japan"]), ("韩国", ["韩国", "Korea"]),
        ("欧盟", ["欧盟", "EU"]), ("欧洲", ["欧洲", "Europe"]), ("英国", ["英国", "UK", "Britain", "United Kingdom"]), ("德国", ["德国", "Germany"]),
        ("法国", ["法国", "France"]), ("印度", ["印度", "India"]), ("俄罗斯", ["俄罗斯", "Russia"]), ("新加坡", ["新加坡", "Singapore"]),
        ("亚太", ["亚太"]), ("东南亚", ["东南亚"]), ("中东", ["中东"]), ("非洲", ["非洲"]), ("拉美", ["拉美"]),
    ]

    /// English (pinyin) names of provinces and cities.
    static let english: [(String, String)] = [
        ("Beijing", "北京市"), ("Shanghai", "上海市"), ("Tianjin", "天津市"), ("Chongqing", "重庆市"), ("Shenzhen", "深圳市"),
        ("Guangzhou", "广州市"), ("Hangzhou", "杭州市"), ("Nanjing", "南京市"), ("Suzhou", "苏州市"), ("Chengdu", "成都市"),
        ("Wuhan", "武汉市"), ("Xi'an", "西安市"), ("Hefei", "合肥市"), ("Guangdong", "广东省"), ("Zhejiang", "浙江省"),
        ("Jiangsu", "江苏省"), ("Anhui", "安徽省"), ("Shandong", "山东省"), ("Henan", "河南省"), ("Hubei", "湖北省"),
        ("Hunan", "湖南省"), ("Sichuan", "四川省"), ("Fujian", "福建省"), ("Guangxi", "广西"), ("Hebei", "河北省"),
        ("Hong Kong", "香港"), ("Macao", "澳门"), ("Taiwan", "台湾省"), ("Yangtze River Delta", "长三角"),
        ("Greater Bay Area", "粤港澳大湾区"),
    ]

    /// Places whose figures belong to a city: 中关村 is in Beijing.
    static let landmarks: [(String, String)] = [
        ("中关村", "北京市"), ("在京", "北京市"), ("京城", "北京市"), ("浦东", "上海市"), ("前海", "广东省"),
        ("雄安", "雄安新区"), ("滨海新区", "天津市"), ("两江新区", "重庆市"), ("张江", "上海市"), ("临港", "上海市"),
    ]

    /// National bodies and programmes speak for the whole country. They place a figure, but do not make
    /// a document a national one (a local article cites ministries too).
    static let nationalBodies: [String] = [
        "国务院", "工业和信息化部", "工信部", "国家发展改革委", "国家发改委", "国家统计局", "商务部", "财政部", "科技部",
        "党中央", "中央经济工作会议", "全国总工会", "国家医疗保障局", "国家", "国产",
    ]
    /// (a list, compared word by word: hashing a scalar array for every place found cost more)
    static let nationalBodyWords: [[Unicode.Scalar]] = nationalBodies.map { Array($0.unicodeScalars) }

    /// One-character abbreviations (京, 沪, 粤 …) count only in fixed compounds, not alone.
    /// A place's canonical name, and whether it is 中国 or 全球 (decided once per entry: comparing
    /// non-ASCII strings for every place found is slow).
    struct Place: Sendable {
        let name: String
        let national: Bool
        /// The same number for equal names (as String equality decides), counted from 0.
        let id: Int
        init(_ name: String, id: Int) { self.name = name; national = Regions.isNationalName(name); self.id = id }
    }

    /// How many distinct place names the lexicon has (the ids run below it).
    static let placeCount: Int = Set(lexiconEntries.map { $0.1 }).count

    static let lexicon: Lexicon<Place> = {
        var ids: [String: Int] = [:]
        return Lexicon(lexiconEntries.map { word, name in
            if ids[name] == nil { ids[name] = ids.count }
            return (word, Place(name, id: ids[name]!))
        })
    }()

    /// (word, canonical name) of every place word.
    static let lexiconEntries: [(String, String)] = {
        var entries: [(String, String)] = []
        for (canon, words) in provinces {
            entries.append((canon, canon))
            for w in words where w.count > 1 { entries.append((w, canon)) }
        }
        for c in cities {
            let canon = c.hasSuffix("县") || c.hasSuffix("新区") ? c : c + "市"
            entries.append((c, canon)); entries.append((canon, canon))
        }
        for c in prefectureCities { entries.append((c + "市", c + "市")) }
        // every other prefecture and county, in full (上杭县, 宜都市, 绵阳市): the generated Divisions table
        let known = Set(entries.map(\.0))
        for d in Divisions.prefectures + Divisions.counties where !known.contains(d) { entries.append((d, d)) }
        for (canon, words) in areas { for w in words { entries.append((w, canon)) } }
        for (w, canon) in landmarks { entries.append((w, canon)) }
        for w in nationalBodies { entries.append((w, "中国")) }
        for (w, canon) in english { entries.append((w, canon)) }
        return entries
    }()

    struct Mention {
        var start: Int
        var end: Int
        var region: String
        /// Named as a place (not through a national body such as 国务院).
        var explicit = true
        /// The place is 中国 or 全球 (decided once, not by comparing strings per figure).
        var national = false
        /// The place name's number (Place.id), or -1.
        var placeID = -1
    }

    /// Every place mentioned in s[a..<b] that names what a figure is about, in order.
    /// Left out: places inside organisation names (北京岁月桔子科技有限公司), 全球 as a modifier
    /// (来自全球, 全球领先), and the denominator of a share (占全国).
    static func mentions(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> [Mention] {
        var out: [Mention] = []
        var i = a
        let lexicon = lexicon  // (read once: a static read in the loop is a swift_once call)
        while i < b {
            // (the next place word found by one pass over the bitmaps, not a call per position)
            guard let m = lexicon.nextMatch(s, from: i, to: b, skippingSpace: true) else { break }
            i = m.start
            guard m.end <= b else { i += 1; continue }
            defer { i = m.end }
            // Latin names must be whole words
            if Scan.isASCIILetter(s[i]) && ((i > 0 && Scan.isASCIILetter(s[i - 1])) || (m.end < s.count && Scan.isASCIILetter(s[m.end]))) {
                continue
            }
            if m.word == Scan.W.guonei, m.end < s.count, s[m.end] == "外" { continue }
            // 国家 names the country only as the head of a national body or programme (国家人工智能产业投资基金),
            // not in 国家和地区, 国家级, 两个国家
            if m.word == Scan.W.guojia {
                if m.end >= s.count || !Scan.isHan(s[m.end]) || CharSets.c4.contains(s[m.end]) { continue }
                if i > 0, Scan.isHan(s[i - 1]), !CharSets.c5.contains(s[i - 1]) { continue }
            }
            if isModifier(s, i, m.end, national: m.value.national) || insideName(s, i, m.end) { continue }
            // 世界 at the end of a compound (数字平行世界, 虚拟世界) is no place
            if m.word == Scan.W.shijie, i > 0, Scan.isHan(s[i - 1]), !CharSets.worldBefore.contains(s[i - 1]) { continue }
            out.append(Mention(start: i, end: m.end, region: m.value.name, explicit: !nationalBodyWords.contains(m.word),
                               national: m.value.national, placeID: m.value.id))
        }
        return out
    }

    /// The suffixes a prefecture or county is named with in full (绵阳市, 上杭县, 阿拉善盟).
    static let divisionSuffixes: Set<Unicode.Scalar> = ["市", "县", "区", "旗", "州", "盟"]

    /// `mentions`, plus the short forms of the divisions the text names in full: once 绵阳市 or 上杭县 is named,
    /// 绵阳 and 上杭 alone name it too (they are recognised only in full otherwise, being common words or
    /// parts of words elsewhere). Names of two scalars or fewer once shortened are left out.
    static func mentionsWithShortForms(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> [Mention] {
        let full = mentions(s, from: a, to: b)
        var stems: [(String, Place)] = []
        var seen = Set<String>()
        for m in full where !m.national && m.placeID >= 0 && m.end - m.start >= 3 && seen.count < 40 {
            let name = m.region
            guard let last = name.unicodeScalars.last, divisionSuffixes.contains(last), !seen.contains(name) else { continue }
            seen.insert(name)
            let stem = String(String.UnicodeScalarView(name.unicodeScalars.dropLast()))
            // (a stem that is itself a place word, 北京 of 北京市, is found already)
            guard stem.unicodeScalars.count >= 2, lexicon.match(Array(stem.unicodeScalars), at: 0, skippingSpace: false) == nil
            else { continue }
            stems.append((stem, Place(name, id: m.placeID)))
        }
        guard !stems.isEmpty else { return full }
        let short = Lexicon(stems)
        var extra: [Mention] = []
        var i = a
        while i < b, let m = short.nextMatch(s, from: i, to: b, skippingSpace: false) {
            defer { i = m.end }
            // (not the start of the full name, nor inside a longer word of Latin letters)
            if m.end < s.count, divisionSuffixes.contains(s[m.end]) { continue }
            if isModifier(s, m.start, m.end, national: false) || insideName(s, m.start, m.end) { continue }
            extra.append(Mention(start: m.start, end: m.end, region: m.value.name, explicit: true, national: false, placeID: m.value.id))
        }
        guard !extra.isEmpty else { return full }
        var out: [Mention] = []
        for m in (full + extra).sorted(by: { $0.start < $1.start }) where out.last.map({ $0.end <= m.start }) ?? true { out.append(m) }
        return out
    }

    static let modifierBefore: [[Unicode.Scalar]] = ["来自", "从", "面向", "向", "居", "之", "占", "占全", "辐射", "走向", "吸引", "销往", "远销",
                                                     "瞄准", "引领", "《"]
        .map { Array($0.unicodeScalars) }
    static let superlativeAfter: [[Unicode.Scalar]] = ["增长最", "最", "前", "领先", "目光", "首", "第", "一流", "顶尖", "知名", "范围",
                                                      "各地", "高端", "性", "化", "上下", "各", "重点", "人大", "政协", "两会", "社保",
                                                      // slogans: 中国特色社会主义, 中国式现代化, 中国梦
                                                      "特色", "式", "梦"]
        .map { Array($0.unicodeScalars) }

    static let nationalNames: [String] = ["中国", "全球"]
    @inline(__always) static func isNationalName(_ r: String) -> Bool { r == "中国" || r == "全球" }

    static func isModifier(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ region: String) -> Bool {
        isModifier(s, a, b, national: isNationalName(region))
    }

    /// `isModifier` of a place already known to be national or not.
    static func isModifier(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, national: Bool) -> Bool {
        let j = Scan.skipSpaceBackward(s, a)
        // (only the words ending with the scalar before: not every word compared)
        let before = modifierBeforeIndex
        if j > 0, before.first(keyedBy: s[j - 1], where: { Scan.ends(s, modifierBefore[$0], at: j) }) != nil { return true }
        if national {
            let k = Scan.skipSpace(s, b)
            if superlativeAfterSet.starts(s, at: k) { return true }
        }
        return false
    }

    static let modifierBeforeIndex = WordIndex(modifierBefore, byLast: true)
    static let superlativeAfterSet = WordSet(superlativeAfter)

    static let orgSuffixes: [[Unicode.Scalar]] = ["有限公司", "公司", "集团", "银行", "证券", "大学", "学院", "研究院", "协会", "控股", "股份"]
        .map { Array($0.unicodeScalars) }
    /// The last scalars of the suffixes: a name can only end in one of them.
    static let orgSuffixLast = CharSet(String(String.UnicodeScalarView(orgSuffixes.compactMap(\.last))))

    /// Whether the place is the first word of an organisation's name (no punctuation before the suffix).
    static func insideName(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var k = b
        var n = 0
        let suffixLast = orgSuffixLast
        while k < s.count && n < 14 && (Scan.isHan(s[k]) || Scan.isASCIILetter(s[k])) {
            k += 1; n += 1
            guard suffixLast.contains(s[k - 1]) else { continue }
            for w in orgSuffixes where Scan.ends(s, w, at: k) { return true }
        }
        // inside parentheses: （北京岁月桔子…）
        if a > 0, s[a - 1] == "（" || s[a - 1] == "(" { return true }
        return false
    }
}
