import Geometry
import Testing

struct MeshTests {
    /// Back-face culling relies on every primitive winding counter-clockwise seen from outside.
    @Test(arguments: ["sphere", "box", "capsule", "cylinder"])
    func primitivesWindOutwards(_ name: String) {
        let mesh: Mesh
        switch name {
        case "sphere": mesh = .sphere(radius: 1)
        case "box": mesh = .box(halfExtents: Vec3(1, 2, 3))
        case "capsule": mesh = .capsule(radius: 0.5, halfHeight: 1)
        default: mesh = .cylinder(bottomRadius: 1, topRadius: 0.5, height: 2)
        }
        var wrong = 0, total = 0
        for t in stride(from: 0, to: mesh.indices.count, by: 3) {
            let a = mesh.positions[Int(mesh.indices[t])], b = mesh.positions[Int(mesh.indices[t + 1])], c = mesh.positions[Int(mesh.indices[t + 2])]
            let face = cross(b - a, c - a)
            guard length(face) > 1e-6 else { continue }
            total += 1
            let n = mesh.normals[Int(mesh.indices[t])] + mesh.normals[Int(mesh.indices[t + 1])] + mesh.normals[Int(mesh.indices[t + 2])]
            if dot(face, n) <= 0 { wrong += 1 }
        }
        #expect(total > 0)
        #expect(wrong == 0, "\(wrong) of \(total) triangles of the \(name) face inwards")
    }

    @Test func quaternionRotatesAndComposes() {
        let q = Quat(angle: .pi / 2, axis: Vec3(0, 1, 0))
        let p = q.act(Vec3(1, 0, 0))
        #expect(length(p - Vec3(0, 0, -1)) < 1e-5)
        let twice = (q * q).act(Vec3(1, 0, 0))
        #expect(length(twice - Vec3(-1, 0, 0)) < 1e-5)
    }
}
