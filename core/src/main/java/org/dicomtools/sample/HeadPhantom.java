// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

/**
 * A simple analytic head: which tissue lies at a point of an axial slice. Coordinates are normalised: {@code u}
 * (patient left-right) and {@code v} (anterior-posterior) run from -1 to 1 across the field of view, {@code t} from 0
 * (lowest slice) to 1 (top of the head). The head shrinks towards the top; ventricles and two small lesions appear in
 * some slices only, so consecutive slices differ. Pure arithmetic on doubles: the same answer on every JVM.
 */
final class HeadPhantom {

    /** What a point is made of; CT and MR map these to their own values. */
    enum Tissue {
        /** Outside the reconstruction circle (CT pixel padding). */
        OUTSIDE,
        AIR,
        /** Scalp and subcutaneous fat. */
        FAT,
        BONE,
        BRAIN,
        /** Cerebrospinal fluid in the lateral ventricles. */
        CSF,
        /** A small hyperdense lesion (a bleed) in the middle slices. */
        BLEED,
        /** A small hypodense lesion (an old infarct) in the lower slices. */
        INFARCT
    }

    private static final double HEAD_A = 0.70;
    private static final double HEAD_B = 0.86;
    private static final double SCALP = 0.04;
    private static final double SKULL = 0.08;

    private HeadPhantom() {
    }

    /** The tissue at {@code (u, v)} of the slice at height {@code t}. */
    static Tissue at(double u, double v, double t) {
        if (u * u + v * v > 1.0) {
            return Tissue.OUTSIDE;
        }
        double s = scale(t);
        if (s <= 0 || !inEllipse(u, v, 0, 0, HEAD_A * s, HEAD_B * s)) {
            return Tissue.AIR;
        }
        if (!inEllipse(u, v, 0, 0, HEAD_A * s - SCALP, HEAD_B * s - SCALP)) {
            return Tissue.FAT;
        }
        if (!inEllipse(u, v, 0, 0, HEAD_A * s - SCALP - SKULL, HEAD_B * s - SCALP - SKULL)) {
            return Tissue.BONE;
        }
        if (t >= 0.40 && t <= 0.60 && inEllipse(u, v, 0.30, 0.35, 0.07, 0.07)) {
            return Tissue.BLEED;
        }
        if (t >= 0.15 && t <= 0.35 && inEllipse(u, v, -0.35, 0.30, 0.05, 0.05)) {
            return Tissue.INFARCT;
        }
        if (t >= 0.25 && t <= 0.65
                && (inEllipse(u, v, 0.12, -0.05, 0.06, 0.22) || inEllipse(u, v, -0.12, -0.05, 0.06, 0.22))) {
            return Tissue.CSF;
        }
        return Tissue.BRAIN;
    }

    /** Size of the head section at height {@code t}: 1 near the widest level, smaller towards the vertex. */
    static double scale(double t) {
        double d = (t - 0.30) / 0.85;
        return Math.sqrt(Math.max(0.0, 1.0 - d * d));
    }

    /** Normalised coordinate of the centre of pixel {@code index} of {@code size}: -1 to 1 across the image. */
    static double coordinate(int index, int size) {
        double half = size / 2.0;
        return (index + 0.5 - half) / half;
    }

    private static boolean inEllipse(double u, double v, double cu, double cv, double a, double b) {
        double x = (u - cu) / a;
        double y = (v - cv) / b;
        return x * x + y * y <= 1.0;
    }
}
