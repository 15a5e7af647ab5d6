/// Qualifiers that set a quantity's bound: 超 (more than), 不低于 (at least), 约 (approx) …
/// Words before the number are part of the quoted span, as are 余/多/以上/左右 after it.
/// Examples live in Tests/TrendlineExtractionTests/Corpus/bounds.jsonl.
enum QualifierRules {
    static let before = Lexicon<Bound>([
        ("超过", .moreThan), ("超", .moreThan), ("逾", .moreThan), ("突破", .moreThan), ("破", .moreThan),
        ("过", .moreThan), ("多于", .moreThan), ("高于", .moreThan), ("大于", .moreThan), ("超出", .moreThan),
        ("不低于", .atLeast), ("不少于", .atLeast), ("至少", .atLeast), ("起码", .atLeast), ("最少", .atLeast),
        ("近", .approx), ("约", .approx), ("大约", .approx), ("接近", .approx), ("将近", .approx),
        ("大概", .approx), ("约合", .approx), ("近乎", .approx), ("约为", .approx), ("约达", .approx),
        ("约有", .approx), ("大约为", .approx),
        ("不到", .lessThan), ("不足", .lessThan), ("低于", .lessThan), ("少于", .lessThan), ("未满", .lessThan),
        ("未达", .lessThan), ("小于", .lessThan),
        ("不超过", .atMost), ("最多", .atMost), ("至多", .atMost), ("不高于", .atMost), ("不多于", .atMost),
        ("最高", .atMost), ("最高可达", .atMost), ("最多可", .atMost), ("最低", .atLeast), ("最少可", .atLeast),
        // Traditional spellings (達, 約, 將 are folded to 达, 约, 将; 過, 於, 為 are not)
        ("超過", .moreThan), ("多於", .moreThan), ("高於", .moreThan), ("大於", .moreThan), ("跨越", .moreThan),
        ("超越", .moreThan), ("不低於", .atLeast), ("不少於", .atLeast), ("低於", .lessThan), ("少於", .lessThan),
        ("小於", .lessThan), ("不超過", .atMost), ("不高於", .atMost), ("不多於", .atMost), ("约為", .approx),
        ("僅", .exact), ("僅為", .exact), ("過", .moreThan),
        ("达", .exact), ("达到", .exact), ("高达", .exact), ("仅", .exact), ("仅为", .exact), ("只有", .exact),
        ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("exceeded", .moreThan),
        ("exceeding", .moreThan), ("topped", .moreThan), ("surpassed", .moreThan), ("in excess of", .moreThan),
        ("close to", .approx), ("roughly", .approx), ("some", .approx), ("below", .lessThan),
        ("fewer than", .lessThan), ("at most", .atMost), ("nearly", .approx), ("about", .approx),
        ("around", .approx), ("approximately", .approx), ("almost", .approx), ("at least", .atLeast),
        ("less than", .lessThan), ("under", .lessThan), ("up to", .atMost), ("no more than", .atMost),
        ("as much as", .exact), ("as many as", .exact), ("as high as", .exact), ("as little as", .exact),
        ("well over", .moreThan), ("just over", .moreThan), ("just under", .lessThan),
    ])

    /// Words that end in a qualifier but are not one (通过, 经过, 不超 …).
    static let falseBefore: Set<String> = ["通过", "经过", "越过", "跨过", "度过", "不过", "错过", "看过", "去过", "做过",
                                            "用过", "走过", "到过", "见过", "有过", "为过", "太过", "附近", "最近",
                                            "就近", "临近", "邻近", "远近", "亲近", "靠近", "贴近", "走近",
                                            "节约", "制约", "签约", "合约", "公约", "条约", "预约", "履约", "违约",
                                            "集约", "契约", "特约", "邀约", "相约", "之约", "到达", "表达", "下达",
                                            "传达", "送达", "抵达", "发达", "通达", "直达", "转达", "打破",
                                            "攻破", "冲破", "击破", "识破", "捅破",
                                            "通過", "經過", "越過", "跨過", "度過", "不過", "錯過", "看過", "去過", "做過",
                                            "用過", "走過", "到過", "見過", "有過", "為過", "太過"]

    static let after = Lexicon<Bound>([
        ("以上", .moreThan), ("余", .moreThan), ("多", .moreThan), ("之多", .moreThan), ("有余", .moreThan),
        ("左右", .approx), ("上下", .approx), ("前后", .approx),
        ("以内", .atMost), ("以下", .atMost),
    ])
}
