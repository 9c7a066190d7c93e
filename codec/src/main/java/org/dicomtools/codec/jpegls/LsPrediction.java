// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

/**
 * The arithmetic of prediction and reconstruction shared by encoder and decoder (T.87 A.4, A.7.2). The inlined
 * regular-mode loops repeat it for speed; the other paths call these.
 */
final class LsPrediction {
    private LsPrediction() {
    }

    /**
     * The median edge-detecting predictor (T.87 A.4.1, LOCO-I's MED): min(Ra, Rb) when Rc >= max(Ra, Rb), max(Ra, Rb)
     * when Rc <= min(Ra, Rb), else Ra + Rb - Rc. That is Ra + Rb - Rc clamped to min(Ra, Rb)..max(Ra, Rb), written so
     * (min/max become conditional moves) because the three cases follow the image's content unpredictably.
     */
    static int med(int ra, int rb, int rc) {
        return Math.max(Math.min(ra, rb), Math.min(Math.max(ra, rb), ra + rb - rc));
    }

    /** Adds the signed correction and clamps to 0..MAXVAL (T.87 A.4.2). */
    static int correct(int px, int correction, int maxVal) {
        return clamp(px + correction, maxVal);
    }

    /**
     * Clamps to 0..maxVal by branches, for values rarely outside: predicted branches keep the clamp off the chain of
     * dependent operations, where min/max (conditional moves) would add to it.
     */
    static int clampRarely(int v, int maxVal) {
        if (v < 0) {
            return 0;
        }
        if (v > maxVal) {
            return maxVal;
        }
        return v;
    }

    /** Clamps to 0..maxVal. */
    static int clamp(int v, int maxVal) {
        return v < 0 ? 0 : Math.min(v, maxVal);
    }

    /** Quantises a prediction error for NEAR &gt; 0 (T.87 A.4.4). */
    static int quantizeError(int err, int near, int step) {
        return err > 0 ? (err + near) / step : -((near - err) / step);
    }

    /** Reduces an error modulo RANGE into -RANGE/2..RANGE/2 (T.87 A.4.5). */
    static int reduce(int err, int range) {
        if (err < 0) {
            err += range;
        }
        if (err >= (range + 1) >> 1) {
            err -= range;
        }
        return err;
    }

    /**
     * The decoder's reconstruction (T.87 A.4.4 inverted, with the modulo of A.4.5 undone): {@code px} plus the signed
     * error in steps of 2 * NEAR + 1, brought back into range and clamped to 0..MAXVAL.
     */
    static int reconstruct(int px, int signedErr, ScanParameters p) {
        int rx = px + signedErr * p.step;
        if (rx < -p.near) {
            rx += p.range * p.step;
        } else if (rx > p.maxVal + p.near) {
            rx -= p.range * p.step;
        }
        return clamp(rx, p.maxVal);
    }
}
