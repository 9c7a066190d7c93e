// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.codec.CodecFailure;

/**
 * Codes the components of one tile, already DC level shifted and, for colour, through the reversible component
 * transform, as a JPEG 2000 Part 1 codestream (ISO 15444-1): reversible 5/3 wavelet ({@link Dwt53}), 64x64
 * code-blocks coded by {@link BlockCoder}, one quality layer holding every coding pass, one precinct per resolution,
 * packets in LRCP order ({@link PacketWriter}) and the markers of {@link CodestreamWriter}.
 *
 * <p>Code-blocks are coded independently (D.1), so those of a big frame ({@link #PARALLEL_SAMPLES}) are coded in
 * parallel on the common fork-join pool, each thread with its own reused {@link BlockCoder}; the output does not
 * depend on it.
 *
 * <p>Reversible coding needs no quantisation, but the QCD still gives each subband's number of magnitude bit-planes
 * Mb = G + exponent - 1 (E.1.1.2), and no code-block may have more. We take the usual exponent, precision plus the
 * band's gain, and choose the guard bits G after coding, from the largest block in each band: 2 as usual, more only
 * when the transforms grew some coefficients beyond that (the colour difference components of the RCT have one bit
 * more than the input). So the stream is valid whatever the samples are.
 */
final class TileEncoder {
    /** Block coders are reused by each thread, frame after frame. */
    private static final ThreadLocal<BlockCoder> CODERS = ThreadLocal.withInitial(BlockCoder::new);
    /**
     * Frames of at least this many samples (2048 x 2048, one component) have their code-blocks coded in parallel.
     * Below that it does not pay where it matters: in a batch, where every core already codes its own file, coding
     * the blocks of 512 x 512 CT slices in parallel cost 17% more CPU (the pool's threads waking and looking for
     * work for each frame), for a gain only a single small frame on idle cores would see.
     */
    static final long PARALLEL_SAMPLES = 1L << 22;

    private TileEncoder() {
    }

    /**
     * Codes {@code planes} (one per component, {@code width x height} row by row, overwritten by the wavelet
     * transform) whose values came from {@code precision}-bit samples, {@code signed} or not, with {@code levels}
     * decomposition levels; {@code mct} says the three planes are the RCT's Y, Cb, Cr.
     */
    static byte[] encode(int[][] planes, int width, int height, int precision, boolean signed, boolean mct,
                         int levels) {
        boolean parallel = (long) width * height * planes.length >= PARALLEL_SAMPLES
                && Runtime.getRuntime().availableProcessors() > 1;
        return encode(planes, width, height, precision, signed, mct, levels, parallel);
    }

    /** As above, with the code-blocks coded on the common fork-join pool when {@code parallel}. */
    static byte[] encode(int[][] planes, int width, int height, int precision, boolean signed, boolean mct,
                         int levels, boolean parallel) {
        int components = planes.length;
        Subband[][][] bands = new Subband[components][][];
        Dwt53 dwt = new Dwt53();
        List<Runnable> jobs = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            dwt.forward(planes[c], width, height, levels);
            bands[c] = bands(width, height, levels, precision);
            int[] plane = planes[c];
            for (Subband[] resolution : bands[c]) {
                for (Subband band : resolution) {
                    for (int b = 0; b < band.blocks(); b++) {
                        int block = b;
                        jobs.add(() -> band.code(block, plane, width, CODERS.get()));
                    }
                }
            }
        }
        if (parallel && jobs.size() > 1) {
            jobs.parallelStream().forEach(Runnable::run);
        } else {
            jobs.forEach(Runnable::run);
        }
        int guardBits = 2;
        for (Subband[][] component : bands) {
            for (Subband[] resolution : component) {
                for (Subband band : resolution) {
                    for (int b = 0; b < band.blocks(); b++) {
                        guardBits = Math.max(guardBits, band.bitPlanes[b] - band.exponent + 1);
                    }
                }
            }
        }
        if (guardBits > 7) {
            throw new CodecFailure("JPEG 2000 coefficients need " + guardBits
                    + " guard bits; a codestream has at most 7");
        }
        int[] exponents = new int[3 * levels + 1];
        int e = 0;
        for (Subband[] resolution : bands[0]) {
            for (Subband band : resolution) {
                exponents[e++] = band.exponent;
            }
        }
        ByteSink packets = new ByteSink(width * height * components);
        for (int r = 0; r <= levels; r++) {
            for (int c = 0; c < components; c++) {
                PacketWriter.write(packets, bands[c][r], guardBits);
            }
        }
        return CodestreamWriter.write(width, height, components, precision, signed, mct, levels, guardBits,
                exponents, packets);
    }

    /**
     * The subbands per resolution, lowest first: the LL band, then for each level from the deepest the HL, LH and HH
     * bands, placed where {@link Dwt53} leaves them.
     */
    static Subband[][] bands(int width, int height, int levels, int precision) {
        int[] w = new int[levels + 1];
        int[] h = new int[levels + 1];
        w[0] = width;
        h[0] = height;
        for (int l = 1; l <= levels; l++) {
            w[l] = (w[l - 1] + 1) >> 1;
            h[l] = (h[l - 1] + 1) >> 1;
        }
        Subband[][] bands = new Subband[levels + 1][];
        bands[0] = new Subband[] {new Subband(Tier1Contexts.LL, 0, 0, w[levels], h[levels], precision)};
        for (int r = 1; r <= levels; r++) {
            int l = levels - r + 1;
            int lw = w[l];
            int lh = h[l];
            int hw = w[l - 1] - lw;
            int hh = h[l - 1] - lh;
            bands[r] = new Subband[] {
                new Subband(Tier1Contexts.HL, lw, 0, hw, lh, precision),
                new Subband(Tier1Contexts.LH, 0, lh, lw, hh, precision),
                new Subband(Tier1Contexts.HH, lw, lh, hw, hh, precision)};
        }
        return bands;
    }
}
