/// Physical quantities: area, length, mass, power, energy, storage, compute.
/// Examples live in Tests/TrendlineExtractionTests/Corpus/physical.jsonl.
enum PhysicalRules {
    static let units: [(String, UnitMatch)] = [
        ("平方公里", .physical("km2")), ("平方千米", .physical("km2")), ("平方米", .physical("m2")),
        ("平米", .physical("m2")), ("公顷", .physical("ha")), ("亩", .physical("mu")),
        ("立方米", .physical("m3")), ("公里", .physical("km")), ("千米", .physical("km")),
        ("米", .physical("m")), ("厘米", .physical("cm")), ("毫米", .physical("mm")), ("纳米", .physical("nm")),
        ("微米", .physical("um")), ("吨", .physical("t")), ("千克", .physical("kg")), ("公斤", .physical("kg")),
        ("克", .physical("g")), ("千瓦时", .physical("kWh")), ("度电", .physical("kWh")),
        ("千瓦", .physical("kW")), ("兆瓦", .physical("MW")), ("吉瓦", .physical("GW")), ("瓦", .physical("W")),
        ("英寸", .physical("inch")), ("升", .physical("L")), ("标准箱", .physical("TEU")),
        ("km2", .physical("km2")), ("km²", .physical("km2")), ("m2", .physical("m2")), ("m²", .physical("m2")),
        ("km", .physical("km")), ("mm", .physical("mm")), ("kg", .physical("kg")),
        ("kWh", .physical("kWh")), ("kW", .physical("kW")), ("MW", .physical("MW")), ("GW", .physical("GW")),
        ("TB", .physical("TB")), ("PB", .physical("PB")), ("EB", .physical("EB")),
        ("EFLOPS", .physical("EFLOPS")), ("PFLOPS", .physical("PFLOPS")), ("TFLOPS", .physical("TFLOPS")),
    ]
}
