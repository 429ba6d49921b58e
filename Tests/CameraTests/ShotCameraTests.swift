import Camera
import Foundation
import Geometry
import Storyboard
import Testing

struct ShotCameraTests {
    /// A subject standing still, 1.75 m tall, for 4 s at 24 fps.
    let track = SubjectTrack(centers: Array(repeating: Vec3(0, 0.9, 0), count: 96), radii: Array(repeating: 0.9, count: 96), fps: 24)

    func camera(_ move: Shot.CameraMove = .static, angle: Shot.Angle? = nil, at t: Double = 2) -> Camera {
        ShotCamera.camera(for: Shot(start: 0, end: 4, framing: .medium, move: move, angle: angle), at: t, track: track, aspect: 9 / 16)
    }

    func pitch(_ c: Camera) -> Float { asin(normalize(c.target - c.eye).y) * 180 / .pi }

    @Test func anglesSetWhereTheCameraLooksFrom() {
        let eye = camera(), low = camera(angle: .low), high = camera(angle: .high), top = camera(angle: .birdsEye)
        #expect(abs(pitch(eye)) < 10, "eye level looks about level: \(pitch(eye))°")
        #expect(low.eye.y < 0.4 && pitch(low) > 5, "low angle: near the ground, looking up")
        #expect(pitch(high) < -25 && pitch(high) > -50)
        #expect(pitch(top) < -70, "bird's eye looks nearly straight down")
        let dutch = camera(angle: .dutch)
        let (right, _, _) = dutch.basis
        #expect(abs(right.y) > 0.2, "the dutch angle rolls the horizon")
    }

    @Test func movesAnimateOverTheShot() {
        #expect(camera(.zoom, at: 4).fovY < 0.7 * camera(.zoom, at: 0).fovY)
        #expect(camera(.zoom, at: 4).eye == camera(.zoom, at: 0).eye, "a zoom does not move the camera")
        #expect(camera(.pedestal, at: 4).eye.y > camera(.pedestal, at: 0).eye.y + 0.5)
        #expect(length(camera(.truck, at: 4).eye - camera(.truck, at: 0).eye) > 1)
        #expect(camera(.tilt, at: 0).target.y < camera(.tilt, at: 4).target.y - 0.5)
        // A dolly zoom keeps the subject's size: distance × tan(fov/2) is constant.
        func size(_ c: Camera) -> Float { length(c.target - c.eye) * tan(c.fovY / 2) }
        let start = camera(.dollyZoom, at: 0), end = camera(.dollyZoom, at: 4)
        #expect(length(end.eye - end.target) < 0.6 * length(start.eye - start.target))
        #expect(abs(size(end) - size(start)) < 0.02 * size(start))
    }

    @Test func handheldSwaysGentlyAndDeterministically() {
        let still = camera(.static)
        let a = camera(.handheld, at: 1.3), b = camera(.handheld, at: 1.3), c = camera(.handheld, at: 2.1)
        #expect(a == b)
        #expect(a != c)
        #expect(length(a.eye - still.eye) < 0.05)
        let shake = camera(.shake, at: 1.3)
        #expect(length(shake.eye - still.eye) < 0.15)
    }
}
