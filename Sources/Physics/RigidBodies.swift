import Geometry
import Storyboard

/// Rigid body state as structure-of-arrays (Ten Minute Physics style): the solver loops touch
/// only the columns they need. Index `i` is the body's ``BodyID``. Ground is index -1 in
/// contacts and is handled by the accessors in `RigidBodies+Dynamics.swift`.
struct RigidBodies {
    // Cold data: read when contacts are created or events are written.
    var name = ContiguousArray<String>()
    var shape = ContiguousArray<Shape>()
    var material = ContiguousArray<Material>()
    var properties = ContiguousArray<MaterialProperties>()
    var motion = ContiguousArray<BodyDef.Motion>()
    /// Bounding-sphere radius about the centre, metres.
    var boundingRadius = ContiguousArray<Double>()

    // Hot data: the solver state.
    var position = ContiguousArray<DVec3>()
    var orientation = ContiguousArray<DQuat>()
    var velocity = ContiguousArray<DVec3>()
    var angularVelocity = ContiguousArray<DVec3>()
    /// Pose at the start of the current substep (XPBD's x̄, q̄).
    var prevPosition = ContiguousArray<DVec3>()
    var prevOrientation = ContiguousArray<DQuat>()
    /// Velocities at the start of the current substep: restitution uses the pre-solve normal velocity.
    var preVelocity = ContiguousArray<DVec3>()
    var preAngularVelocity = ContiguousArray<DVec3>()
    /// kg (the defined mass even for kinematic and static bodies).
    var mass = ContiguousArray<Double>()
    /// 1/kg; 0 for kinematic, static and sleeping bodies.
    var inverseMass = ContiguousArray<Double>()
    /// Principal moments of inertia (kg·m²) and their inverses, body frame; 0 inverse when not
    /// dynamic or asleep.
    var inertia = ContiguousArray<DVec3>()
    var inverseInertia = ContiguousArray<DVec3>()
    /// The inverse inertia in the world frame at the start of the substep's solve: every
    /// constraint needs I⁻¹ v many times, and the rotation it would follow within one substep
    /// (≈ ω h, a hundredth of a radian) changes it by far less than the solve's own error.
    var inverseInertiaTensor = ContiguousArray<DSymmetricMatrix3>()
    /// XPBD with v = (x − x̄)/h is position Verlet: the stored velocity belongs to the middle
    /// of the last substep. A body whose velocity was just set (at `add` or `setVelocity`)
    /// gets half a substep of gravity in its first prediction, so its flight is the exact
    /// parabola from that moment instead of one started h/2 early.
    var halfKick = ContiguousArray<Bool>()

    // Sleep (see `World+Sleep.swift`).
    /// False while a dynamic body sleeps: it then has zero velocity and, to the solver,
    /// infinite mass, exactly like a static body.
    var awake = ContiguousArray<Bool>()
    /// Seconds the body has been slow without a break.
    var slowTime = ContiguousArray<Double>()
    /// The island (a representative body index) a sleeping body fell asleep with.
    var island = ContiguousArray<Int32>()

    // Kinematic drive for the current step: pose at the start and the caller's target.
    var driveStartPosition = ContiguousArray<DVec3>()
    var driveStartOrientation = ContiguousArray<DQuat>()
    var driveTargetPosition = ContiguousArray<DVec3>()
    var driveTargetOrientation = ContiguousArray<DQuat>()
    var hasDriveTarget = ContiguousArray<Bool>()

    var count: Int { position.count }

    /// Moved by the solver this step: dynamic and awake.
    @inline(__always) func isActive(_ i: Int) -> Bool { motion[i] == .dynamic && awake[i] }

    /// A kinematic body and a sleeping one: the kinematic may wake it, so the pair matters.
    @inline(__always) func mayWake(_ i: Int, _ j: Int) -> Bool {
        (motion[i] == .kinematic && motion[j] == .dynamic) || (motion[j] == .kinematic && motion[i] == .dynamic)
    }

    mutating func append(_ def: BodyDef) -> Int {
        let i = count
        let x = DVec3(def.pose.position), q = DQuat(def.pose.orientation).normalized
        let dynamic = def.motion == .dynamic
        let props = def.properties ?? def.material.physical
        let mass = Double(def.mass ?? props.density * def.shape.volume)
        precondition(!dynamic || (mass > 0 && mass.isFinite), "BodyDef \(def.name): mass must be > 0 kg, got \(mass)")
        let unit = DVec3(def.shape.unitInertia)
        let moments = unit * mass
        name.append(def.name)
        shape.append(def.shape)
        material.append(def.material)
        properties.append(props)
        motion.append(def.motion)
        boundingRadius.append(Double(def.shape.boundingRadius))
        position.append(x)
        orientation.append(q)
        let v = def.motion == .static ? DVec3.zero : DVec3(def.linearVelocity)
        let w = def.motion == .static ? DVec3.zero : DVec3(def.angularVelocity)
        velocity.append(v)
        angularVelocity.append(w)
        prevPosition.append(x)
        prevOrientation.append(q)
        preVelocity.append(v)
        preAngularVelocity.append(w)
        self.mass.append(mass)
        inverseMass.append(dynamic ? 1 / mass : 0)
        halfKick.append(dynamic)
        inertia.append(moments)
        inverseInertia.append(dynamic ? DVec3(1 / moments.x, 1 / moments.y, 1 / moments.z) : .zero)
        inverseInertiaTensor.append(DSymmetricMatrix3(rotating: inverseInertia[i], by: q))
        driveStartPosition.append(x)
        driveStartOrientation.append(q)
        driveTargetPosition.append(x)
        driveTargetOrientation.append(q)
        hasDriveTarget.append(false)
        awake.append(true)
        slowTime.append(0)
        island.append(Int32(i))
        return i
    }
}
