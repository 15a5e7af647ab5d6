import Foundation

/// Nelder–Mead simplex minimiser (unconstrained; callers map or clamp their parameters).
struct NelderMead {
    var maxIterations = 2000
    /// Stop when the spread of function values and the simplex diameter fall below these.
    var functionTolerance = 1e-14
    var pointTolerance = 1e-10

    func minimize(_ f: ([Double]) -> Double, start: [Double], initialStep: Double) -> (point: [Double], value: Double) {
        let dim = start.count
        var simplex: [[Double]] = [start]
        for i in 0..<dim {
            var p = start
            p[i] += p[i] + initialStep <= 1 ? initialStep : -initialStep
            simplex.append(p)
        }
        var values = simplex.map(f)
        for _ in 0..<maxIterations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            let best = values[0], worst = values[dim]
            let spread = abs(worst - best)
            var diameter = 0.0
            for p in simplex.dropFirst() {
                for j in 0..<dim { diameter = max(diameter, abs(p[j] - simplex[0][j])) }
            }
            if spread <= functionTolerance * (abs(best) + 1e-300) + 1e-300 && diameter <= pointTolerance { break }
            if diameter <= pointTolerance * 1e-3 { break }

            var centroid = [Double](repeating: 0, count: dim)
            for p in simplex.dropLast() { for j in 0..<dim { centroid[j] += p[j] / Double(dim) } }
            func along(_ coefficient: Double) -> [Double] {
                (0..<dim).map { centroid[$0] + coefficient * (simplex[dim][$0] - centroid[$0]) }
            }
            let reflected = along(-1)
            let fr = f(reflected)
            if fr < values[0] {
                let expanded = along(-2)
                let fe = f(expanded)
                if fe < fr { simplex[dim] = expanded; values[dim] = fe } else { simplex[dim] = reflected; values[dim] = fr }
            } else if fr < values[dim - 1] {
                simplex[dim] = reflected; values[dim] = fr
            } else {
                let outside = fr < values[dim]
                let contracted = along(outside ? -0.5 : 0.5)
                let fc = f(contracted)
                if fc < (outside ? fr : values[dim]) {
                    simplex[dim] = contracted; values[dim] = fc
                } else {
                    for i in 1...dim {
                        simplex[i] = (0..<dim).map { simplex[0][$0] + 0.5 * (simplex[i][$0] - simplex[0][$0]) }
                        values[i] = f(simplex[i])
                    }
                }
            }
        }
        let i = values.indices.min { values[$0] < values[$1] }!
        return (simplex[i], values[i])
    }
}
