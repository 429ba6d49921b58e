import Physics
import Storyboard
import Testing

@Suite struct MaterialPropertiesTests {
    @Test func everyMaterialHasSaneValues() {
        for m in Material.allCases {
            let p = m.physical
            #expect(p.density > 0 && p.density < 20_000, "\(m)")
            #expect(p.restitution >= 0 && p.restitution <= 1, "\(m)")
            #expect(p.dynamicFriction <= p.staticFriction, "\(m)")
            #expect(p.rollingResistance >= 0, "\(m)")
        }
    }

    @Test func pairsCombineSymmetricallyAndAsDocumented() {
        let rubber = Material.rubber.physical, sand = Material.sand.physical, concrete = Material.concrete.physical
        #expect(MaterialProperties.combine(rubber, sand) == MaterialProperties.combine(sand, rubber))
        #expect(abs(MaterialProperties.combine(rubber, sand).restitution - 0.6) < 0.01)
        #expect(MaterialProperties.combine(rubber, concrete).restitution > 0.8)
        #expect(MaterialProperties.combine(rubber, Material.water.physical).restitution == 0)
        #expect(abs(MaterialProperties.combine(rubber, sand).rollingResistance - 0.26) < 1e-6)
    }
}
