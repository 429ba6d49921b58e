import Foundation

/// Look-ahead brickwall limiter on true peaks: the gain each frame needs (from 4× oversampled
/// peaks around it) is min-held over the look-ahead window and then averaged over the same
/// window, which ramps the gain down smoothly and reaches the needed value exactly when the
/// delayed frame passes; release is a one-pole rise. The audio path is a pure delay times a
/// gain, so onsets keep their exact sample.
struct TruePeakLimiter: Sendable {
    /// Frames of delay from input to output.
    let latency: Int
    private let window: Int
    private let ceiling: Float
    private let releaseCoef: Float
    private var detector = TruePeakDetector()
    private var previousInterval: Float = 0
    // Delay line for audio (latency + 1 frames) and the frame peaks awaiting their next interval.
    private var delayL: [Float]
    private var delayR: [Float]
    private var delayPos = 0
    private var holdRing: [Float]
    private var holdPos = 0
    /// Current minimum of `holdRing` and how many frames ago it entered.
    private var held: Float = 1
    private var heldAge = 0
    private var avgRing: [Float]
    private var avgPos = 0
    private var avgSum = 0.0
    private var gain: Float = 1

    /// - Parameters: ceiling in dBTP; look-ahead and release in seconds.
    init(sampleRate: Float, ceilingDB: Float = -1.5, lookahead: Float = 0.0015, release: Float = 0.08) {
        window = max(2, Int(lookahead * sampleRate))
        ceiling = pow(10, ceilingDB / 20)
        releaseCoef = 1 - exp(-1 / (release * sampleRate))
        // The detector reports peaks `latency` frames late; the frame itself then waits `window − 1`.
        latency = TruePeakDetector.latency + window - 1
        delayL = [Float](repeating: 0, count: latency + 1)
        delayR = [Float](repeating: 0, count: latency + 1)
        holdRing = [Float](repeating: 1, count: window)
        avgRing = [Float](repeating: 1, count: window)
        avgSum = Double(window)
    }

    /// Limits `count` frames in place; output is delayed by `latency` frames.
    mutating func process(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, count: Int) {
        let size = latency + 1
        for n in 0..<count {
            let l = left[n], r = right[n]
            let interval = detector.push(l, r, threshold: ceiling)
            // The frame `latency(det)` back: its own value and both neighbouring intervals.
            let back = (delayPos + size - TruePeakDetector.latency) % size
            var framePeak = interval > previousInterval ? interval : previousInterval
            if delayL[back].magnitude > framePeak { framePeak = delayL[back].magnitude }
            if delayR[back].magnitude > framePeak { framePeak = delayR[back].magnitude }
            previousInterval = interval
            let needed = framePeak > ceiling ? ceiling / framePeak : 1
            // Min-hold over the window: O(1) unless the held minimum expires, then one rescan.
            holdRing[holdPos] = needed
            if needed <= held {
                held = needed
                heldAge = 0
            } else {
                heldAge += 1
                if heldAge >= window {
                    held = 1
                    heldAge = 0
                    for k in 0..<window {
                        // Age of slot k relative to the newest slot at holdPos.
                        let age = (holdPos - k + window) % window
                        let v = holdRing[k]
                        if v < held || (v == held && age < heldAge) {
                            held = v
                            heldAge = age
                        }
                    }
                }
            }
            holdPos = holdPos + 1 == window ? 0 : holdPos + 1
            // Moving average over the same window.
            avgSum += Double(held) - Double(avgRing[avgPos])
            avgRing[avgPos] = held
            avgPos = avgPos + 1 == window ? 0 : avgPos + 1
            let target = Float(avgSum / Double(window))
            gain = target < gain ? target : gain + (target - gain) * releaseCoef
            // Write the new frame, read the one `latency` back.
            delayL[delayPos] = l
            delayR[delayPos] = r
            let out = (delayPos + 1) % size
            left[n] = delayL[out] * gain
            right[n] = delayR[out] * gain
            delayPos = out
        }
    }
}
