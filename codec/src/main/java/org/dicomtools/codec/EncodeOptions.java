// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/**
 * Encoder settings; each codec uses the ones that apply to it.
 *
 * @param quality         lossy quality 1-100 (IJG scaling of the T.81 Annex K tables); default 90
 * @param predictor       JPEG lossless selection value 1-7 (T.81 Table H.1); default 1
 * @param pointTransform  JPEG lossless point transform Pt (low bits dropped); default 0, anything else is lossy
 * @param subsampling     chroma sampling for DCT colour; default 4:2:2 as DICOM's YBR_FULL_422
 * @param toYcbcr         convert RGB to YCbCr before DCT coding; default true
 * @param restartInterval MCUs (or lossless rows' samples) between restart markers, 0 for none; default 0
 * @param near            JPEG-LS NEAR: the largest error allowed per sample, 0 for lossless; default 0
 * @param ratio           JPEG 2000 lossy target compression ratio (native size / coded size); default 10
 */
public record EncodeOptions(int quality, int predictor, int pointTransform, Subsampling subsampling,
                            boolean toYcbcr, int restartInterval, int near, double ratio) {

    public static final EncodeOptions DEFAULT = new EncodeOptions(90, 1, 0, Subsampling.S422, true, 0, 0, 10);

    /** The settings that existed before NEAR and ratio, with their defaults. */
    public EncodeOptions(int quality, int predictor, int pointTransform, Subsampling subsampling, boolean toYcbcr,
                         int restartInterval) {
        this(quality, predictor, pointTransform, subsampling, toYcbcr, restartInterval, 0, 10);
    }

    public EncodeOptions {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be 1-100, not " + quality);
        }
        if (predictor < 1 || predictor > 7) {
            throw new IllegalArgumentException("predictor must be 1-7, not " + predictor);
        }
        if (pointTransform < 0 || pointTransform > 15) {
            throw new IllegalArgumentException("point transform must be 0-15, not " + pointTransform);
        }
        if (restartInterval < 0 || restartInterval > 65535) {
            throw new IllegalArgumentException("restart interval must be 0-65535, not " + restartInterval);
        }
        if (near < 0 || near > 255) {
            throw new IllegalArgumentException("NEAR must be 0-255, not " + near);
        }
        if (!(ratio >= 1)) {
            throw new IllegalArgumentException("compression ratio must be at least 1, not " + ratio);
        }
    }

    public EncodeOptions withNear(int n) {
        return new EncodeOptions(quality, predictor, pointTransform, subsampling, toYcbcr, restartInterval, n, ratio);
    }

    public EncodeOptions withRatio(double r) {
        return new EncodeOptions(quality, predictor, pointTransform, subsampling, toYcbcr, restartInterval, near, r);
    }

    public EncodeOptions withQuality(int q) {
        return new EncodeOptions(q, predictor, pointTransform, subsampling, toYcbcr, restartInterval, near, ratio);
    }

    public EncodeOptions withPredictor(int p) {
        return new EncodeOptions(quality, p, pointTransform, subsampling, toYcbcr, restartInterval, near, ratio);
    }

    public EncodeOptions withSubsampling(Subsampling s) {
        return new EncodeOptions(quality, predictor, pointTransform, s, toYcbcr, restartInterval, near, ratio);
    }

    public EncodeOptions withRestartInterval(int r) {
        return new EncodeOptions(quality, predictor, pointTransform, subsampling, toYcbcr, r, near, ratio);
    }

    /** Chroma subsampling of DCT colour images. */
    public enum Subsampling {
        /** No subsampling. */
        S444,
        /** Half horizontal chroma resolution. */
        S422,
        /** Half horizontal and vertical chroma resolution (decode only in DICOM use). */
        S420
    }
}
