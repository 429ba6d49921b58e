import Geometry

extension Shape {
    /// Area of the shape's silhouette seen along the unit world direction `d` when the body
    /// has orientation `q`, m²: the area that meets a flow along `d`.
    func frontalArea(_ q: DQuat, along d: DVec3) -> Double {
        switch self {
        case .sphere(let r):
            return Double.pi * Double(r * r)
        case .box(let h):
            let l = q.inverseAct(d)
            let x = Double(h.x), y = Double(h.y), z = Double(h.z)
            return 4 * (y * z * abs(l.x) + x * z * abs(l.y) + x * y * abs(l.z))
        case .capsule(let r, let hh):
            let c = dot(q.act(.unitY), d)
            let sine = max(0, 1 - c * c).squareRoot()
            return Double.pi * Double(r * r) + 4 * Double(r * hh) * sine
        }
    }
}
