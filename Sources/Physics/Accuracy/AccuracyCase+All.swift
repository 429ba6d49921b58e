extension AccuracyCase {
    /// Every accuracy case, in the order the benchmark prints them.
    public static let all: [AccuracyCase] = [
        freeFall, bounceApexes, projectileRange, pendulumPeriod, slidingStop, boxStack, dominoChain, newtonsCradle, buoyancy, energyNeverRises, clothStability,
    ]
}
