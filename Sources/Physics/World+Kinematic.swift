public import Geometry

extension World {
    /// Drives a kinematic body: it reaches `pose` at the end of the next step, moving
    /// linearly through the substeps, and contacts see `velocity` (m/s) as its velocity.
    /// Without a call before a step, a kinematic body keeps moving with its last velocity.
    public func setKinematic(_ id: BodyID, pose: Pose, velocity: Vec3) {
        let i = check(id)
        precondition(bodies.motion[i] == .kinematic, "setKinematic: body \(bodies.name[i]) is \(bodies.motion[i].rawValue), not kinematic")
        bodies.driveTargetPosition[i] = DVec3(pose.position)
        bodies.driveTargetOrientation[i] = DQuat(pose.orientation).normalized
        bodies.velocity[i] = DVec3(velocity)
        bodies.hasDriveTarget[i] = true
    }

    /// Fixes start and target of every kinematic body for a step of `dt` seconds.
    func beginDrive(_ dt: Double) {
        for i in 0..<bodies.count where bodies.motion[i] == .kinematic {
            let x = bodies.position[i], q = bodies.orientation[i]
            bodies.driveStartPosition[i] = x
            bodies.driveStartOrientation[i] = q
            if bodies.hasDriveTarget[i] {
                bodies.angularVelocity[i] = bodies.driveTargetOrientation[i].angularVelocity(from: q, dt: dt)
            } else {
                bodies.driveTargetPosition[i] = x + bodies.velocity[i] * dt
                bodies.driveTargetOrientation[i] = q.adding(rotation: bodies.angularVelocity[i] * dt)
            }
        }
    }

    /// Lands kinematic bodies exactly on their targets and clears the targets.
    func endDrive() {
        for i in 0..<bodies.count where bodies.motion[i] == .kinematic {
            bodies.position[i] = bodies.driveTargetPosition[i]
            bodies.orientation[i] = bodies.driveTargetOrientation[i]
            bodies.hasDriveTarget[i] = false
        }
    }
}
