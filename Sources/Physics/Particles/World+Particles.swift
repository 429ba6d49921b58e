public import Geometry

extension World {
    /// Longest particle substep, seconds: effects need far less than contacts.
    static let particleSubstep = 1.0 / 240

    /// Adds an emitter; its burst appears in the next step, its stream follows over `duration`.
    @discardableResult public func add(_ def: EmitterDef) -> EmitterID {
        emitters.append(Emitter(def, start: time))
        particleBehaviour.append(Particles.Behaviour(drag: def.drag, restitution: def.restitution, friction: def.friction))
        return EmitterID(emitters.count - 1)
    }

    /// Live particles.
    public var particleCount: Int { particles.count }

    /// Positions of the live particles, world frame, metres.
    public func particlePositions() -> [Vec3] {
        (0..<particles.count).map { Vec3(particles.x[$0], particles.y[$0], particles.z[$0]) }
    }

    /// Each live particle's age as a fraction of its lifetime (0 new … 1 about to vanish),
    /// in the order of ``particlePositions()``: for fading and shrinking.
    public func particleAges() -> [Float] {
        (0..<particles.count).map { particles.age[$0] / particles.lifetime[$0] }
    }

    /// The emitter of each live particle, in the order of ``particlePositions()``.
    public func particleEmitters() -> [EmitterID] { particles.emitter.map { EmitterID(Int($0)) } }

    /// Emits what is due by the end of a step of `dt` seconds, advances every particle and
    /// removes the dead.
    func stepParticles(_ dt: Double) {
        let end = time + dt
        for e in emitters.indices {
            let due = emitters[e].due(at: end)
            let origin = emitters[e].def.position
            while emitters[e].emitted < due {
                let (v, life) = emitters[e].launch()
                particles.append(origin, v, lifetime: life, emitter: Int32(e))
                emitters[e].emitted += 1
            }
        }
        guard particles.count > 0 else { return }
        let n = max(1, Int((dt / Self.particleSubstep * (1 - 1e-9)).rounded(.up)))
        let h = Float(dt / Double(n))
        let ground: Float? = definition.hasGround ? definition.groundHeight : nil
        for _ in 0..<n {
            particles.integrate(h, gravity: definition.gravity, wind: definition.wind, ground: ground, particleBehaviour)
        }
        particles.removeDead()
    }
}
