// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.pixel.Frame;

/**
 * A chain of stages baked into one table indexed by stored value: entry {@code v − offset} holds the output sample
 * (rounded, clamped to 0..2^bits − 1) for stored value {@code v}. For integer data of up to 16 bits the whole grey
 * pipeline (modality, VOI, presentation) becomes one array access per pixel. Immutable; build it once and apply it to
 * every frame that shares the parameters, e.g. the frames of a series with the same window.
 */
public final class LookupTable implements FrameMapper {
    private final long offset;
    private final int bits;
    private final byte[] bytes;
    private final short[] shorts;

    private LookupTable(long offset, int bits, byte[] bytes, short[] shorts) {
        this.offset = offset;
        this.bits = bits;
        this.bytes = bytes;
        this.shorts = shorts;
    }

    /**
     * Evaluates {@code stages} in order for every input from {@code minInput} to {@code maxInput}.
     *
     * @param outputBits 8 or 16
     * @throws IllegalArgumentException for more than 65536 inputs or another output depth
     */
    public static LookupTable bake(List<? extends Stage> stages, long minInput, long maxInput, int outputBits) {
        long n = maxInput - minInput + 1;
        if (n < 1 || n > 65536) {
            throw new IllegalArgumentException("a lookup table covers 1 to 65536 inputs, not " + n);
        }
        if (outputBits != 8 && outputBits != 16) {
            throw new IllegalArgumentException("output bits must be 8 or 16");
        }
        Stage[] chain = stages.toArray(new Stage[0]);
        int max = (1 << outputBits) - 1;
        byte[] b = outputBits == 8 ? new byte[(int) n] : null;
        short[] s = outputBits == 16 ? new short[(int) n] : null;
        for (int i = 0; i < n; i++) {
            int y = output(chain, minInput + i, max);
            if (b != null) {
                b[i] = (byte) y;
            } else {
                s[i] = (short) y;
            }
        }
        return new LookupTable(minInput, outputBits, b, s);
    }

    /** The chain's output for one input, rounded to the nearest integer and clamped to 0..max (NaN gives 0). */
    static int output(Stage[] chain, double x, int max) {
        double y = x;
        for (Stage st : chain) {
            y = st.apply(y);
        }
        if (!(y > 0)) {
            return 0;
        }
        return y >= max ? max : (int) Math.round(y);
    }

    /** Stored value of the first entry. */
    public long offset() {
        return offset;
    }

    public int size() {
        return bytes != null ? bytes.length : shorts.length;
    }

    /** Output bits, 8 or 16. */
    public int bits() {
        return bits;
    }

    /** The output for a stored value; values outside the table take the nearest end. */
    public int get(long input) {
        long k = Math.min(Math.max(input - offset, 0), size() - 1);
        return bytes != null ? bytes[(int) k] & 0xFF : shorts[(int) k] & 0xFFFF;
    }

    /** Maps every sample of an integer frame (1 or 3 samples per pixel) through the table. */
    @Override
    public OutputImage apply(Frame frame) {
        if (!frame.isInteger()) {
            throw new IllegalArgumentException("a lookup table maps integer frames; this one holds float samples");
        }
        int[] src = frame.ints();
        int off = (int) offset;
        int last = size() - 1;
        if (bytes != null) {
            byte[] t = bytes;
            byte[] out = new byte[src.length];
            for (int i = 0; i < src.length; i++) {
                int k = src[i] - off;
                out[i] = t[k < 0 ? 0 : Math.min(k, last)];
            }
            return OutputImage.of8(frame.columns(), frame.rows(), frame.samples(), out);
        }
        short[] t = shorts;
        short[] out = new short[src.length];
        for (int i = 0; i < src.length; i++) {
            int k = src[i] - off;
            out[i] = t[k < 0 ? 0 : Math.min(k, last)];
        }
        return OutputImage.of16(frame.columns(), frame.rows(), frame.samples(), out);
    }
}
