extension World {
    /// Joins two bodies (or a body and the world) at their current poses; returns its handle.
    @discardableResult public func add(_ def: JointDef) -> JointID {
        let a = def.a.map(check) ?? -1
        let b = check(def.b)
        precondition(a != b, "JointDef: a body cannot be joined to itself (\(bodies.name[b]))")
        joints.append(Joint(def, a: a, b: b, bodies: bodies))
        // A joint to a sleeping body must move it.
        if a >= 0 { wakeIsland(of: a) }
        wakeIsland(of: b)
        if !def.collideConnected && a >= 0 {
            jointedPairs.insert(ContactPair.key(min(a, b), max(a, b)))
        }
        return JointID(joints.count - 1)
    }

    public var jointCount: Int { joints.count }

    /// One Gauss–Seidel pass over the joints, in order of addition.
    func solveJoints(_ h: Double) {
        for j in joints.indices { bodies.solve(joints[j], h) }
    }
}
