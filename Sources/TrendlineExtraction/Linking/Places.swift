/// The gazetteer the linker uses, for other stages: one canonical name per place and the ways texts
/// write it ("北京" and "首都" → "北京市", "我国" → "中国", "广西壮族自治区" → "广西").
public enum Places {
    /// Spelling → canonical name, over provinces, cities, areas, countries and their English names.
    static let byName: [String: String] = {
        var map: [String: String] = [:]
        for (canon, words) in Regions.provinces { map[canon] = canon; for w in words where w.count > 1 { map[w] = canon } }
        for c in Regions.cities {
            let canon = c.hasSuffix("县") || c.hasSuffix("新区") ? c : c + "市"
            map[c] = canon; map[canon] = canon
        }
        for (canon, words) in Regions.areas { map[canon] = canon; for w in words { map[w] = canon } }
        for (w, canon) in Regions.landmarks where !w.hasPrefix("在") { map[w] = map[w] ?? canon }
        for (w, canon) in Regions.english { map[w] = canon }
        for d in Divisions.prefectures + Divisions.counties where map[d] == nil { map[d] = d }
        map["全世界"] = "全球"
        return map
    }()

    /// Canonical name → every spelling that maps to it.
    static let spellingsByCanonical: [String: [String]] = {
        var out: [String: [String]] = [:]
        for (w, canon) in byName where w != canon { out[canon, default: []].append(w) }
        return out.mapValues { $0.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) } }
    }()

    /// The canonical name of a place as written, or nil for a name the gazetteer does not know.
    public static func canonical(_ name: String) -> String? { byName[name] }

    /// The other spellings of a canonical name, longest first ("北京市" → ["首都", "北京", …]).
    public static func spellings(of canonical: String) -> [String] { spellingsByCanonical[canonical] ?? [] }

    /// "world", "country", "province", "city", "area" (京津冀, 长三角) or "other".
    public static func level(of canonical: String) -> String {
        if canonical == "全球" { return "world" }
        if Regions.provinces.contains(where: { $0.0 == canonical }) { return "province" }
        if let area = Regions.areas.first(where: { $0.0 == canonical }) {
            return area.0.hasSuffix("国") || ["欧盟", "新加坡"].contains(area.0) ? "country" : "area"
        }
        if RegionRules.countyLevel.contains(canonical) { return "county" }
        if canonical.hasSuffix("市") || canonical.hasSuffix("县") || canonical.hasSuffix("新区") || RegionRules.cityLevel.contains(canonical) { return "city" }
        return "other"
    }
}
