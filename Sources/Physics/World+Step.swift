extension World {
    /// Advances the world by `dt` seconds in ceil(dt / maxSubstep) equal substeps.
    ///
    /// Each substep (Müller et al. 2020, Algorithm 2): buoyancy and drag in water, predict
    /// poses under gravity, one Gauss–Seidel pass over the joints, detect contacts on the
    /// broadphase pairs, one pass over the contact position constraints, velocities from the
    /// pose change, one pass over the velocity-level constraints (restitution, dynamic
    /// friction, rolling resistance), contact events, then the cloths. Particles follow once
    /// per step in their own, coarser substeps; sliding and rolling pairs are reported and
    /// resting islands of bodies fall asleep.
    public func step(_ dt: Double) {
        precondition(dt.isFinite && dt >= 0, "World.step: dt must be a finite number of seconds ≥ 0, got \(dt)")
        guard dt > 0 else { return }
        // The tiny shrink keeps 1/60 s with maxSubstep 1/960 s at exactly 16 substeps.
        let n = max(1, Int((dt / definition.maxSubstep * (1 - 1e-9)).rounded(.up)))
        let h = dt / Double(n)
        lastSubstep = h
        let start = time
        beginDrive(dt)
        broadphase.update(bodies, dt: dt, gravity: length(gravity))
        wakeTouchedIslands()
        sortPairsBottomUp()
        gatherClothColliders(dt)
        for k in 0..<n {
            let fraction = Double(k + 1) / Double(n)
            if let water = definition.water { applyWater(water, h, start: start + Double(k) * h) }
            bodies.integrate(h, gravity: gravity, driveFraction: fraction)
            solveJoints(h)
            detectContacts()
            bodies.solvePositions(&contacts, pairs)
            bodies.updateVelocities(h)
            bodies.solveVelocities(&contacts, pairs, h, restitutionThreshold: Double(definition.restitutionThreshold))
            recordEvents(start: start + Double(k) * h, h)
            stepCloths(h)
        }
        endDrive()
        recordSurfaceEvents(at: start + dt)
        updateSleep(dt)
        stepParticles(dt)
        time = start + dt
    }

    /// Orders candidate pairs by the height of their lower body, so one Gauss–Seidel pass
    /// pushes a stack up from the ground in order.
    func sortPairsBottomUp() {
        let y = bodies.position
        broadphase.pairs.sort { p, q in
            let yp = min(y[Int(p.a)].y, y[Int(p.b)].y), yq = min(y[Int(q.a)].y, y[Int(q.b)].y)
            if yp != yq { return yp < yq }
            return p.a != q.a ? p.a < q.a : p.b < q.b
        }
    }
}
