/// A box in world space: centre, unit axes and half extents (metres).
struct OrientedBox {
    var center: DVec3
    var axis0: DVec3, axis1: DVec3, axis2: DVec3
    var half: DVec3

    init(_ x: DVec3, _ q: DQuat, _ h: DVec3) {
        center = x
        axis0 = q.act(DVec3(1, 0, 0))
        axis1 = q.act(DVec3(0, 1, 0))
        axis2 = q.act(DVec3(0, 0, 1))
        half = h
    }

    @inline(__always) func axis(_ i: Int) -> DVec3 { i == 0 ? axis0 : (i == 1 ? axis1 : axis2) }

    /// Half the box's extent along a unit direction.
    @inline(__always) func projectedRadius(_ l: DVec3) -> Double {
        half.x * abs(dot(axis0, l)) + half.y * abs(dot(axis1, l)) + half.z * abs(dot(axis2, l))
    }
}
