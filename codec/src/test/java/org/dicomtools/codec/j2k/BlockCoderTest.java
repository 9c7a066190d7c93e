// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BlockCoderTest {

    @Test
    void anAllZeroBlockHasNoPasses() {
        BlockCoder coder = new BlockCoder();
        coder.code(new int[64 * 64], 64, 0, 0, 64, 64, Tier1Contexts.HH);
        assertThat(coder.bitPlanes()).isZero();
        assertThat(coder.passes()).isZero();
        assertThat(coder.length()).isZero();
    }

    @Test
    void oneCoefficientCodesItsBitPlanesOnly() {
        int[] plane = new int[8 * 8];
        plane[9] = -5;
        BlockCoder coder = new BlockCoder();
        coder.code(plane, 8, 0, 0, 8, 8, Tier1Contexts.LL);
        assertThat(coder.bitPlanes()).isEqualTo(3);
        assertThat(coder.passes()).isEqualTo(7);
        assertThat(coder.length()).isPositive();
    }

    /**
     * The fast coder must make exactly the plain one's bytes, for every block shape (partial stripes, single rows
     * and columns), orientation and kind of data: noise, sparse spikes, smooth ramps, extremes.
     */
    @Property(tries = 600)
    void codesLikeThePlainAnnexDCoder(@ForAll @IntRange(min = 1, max = 64) int w,
            @ForAll @IntRange(min = 1, max = 64) int h, @ForAll @IntRange(min = 0, max = 3) int orientation,
            @ForAll @IntRange(min = 0, max = 4) int kind, @ForAll @IntRange(min = 1, max = 20) int bits,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        int stride = w + 3;
        int[] plane = new int[stride * (h + 2)];
        int limit = 1 << bits;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = switch (kind) {
                    case 0 -> rnd.nextInt(2 * limit) - limit;
                    case 1 -> rnd.nextInt(20) == 0 ? rnd.nextInt(2 * limit) - limit : 0;
                    case 2 -> (int) ((x * 7 + y * 3) % limit) - limit / 2;
                    case 3 -> rnd.nextBoolean() ? limit - 1 : -(limit - 1);
                    default -> (int) (rnd.nextGaussian() * limit / 8);
                };
                plane[(y + 1) * stride + x + 2] = v;
            }
        }
        BlockCoder fast = new BlockCoder();
        ReferenceBlockCoder plain = new ReferenceBlockCoder();
        // A used coder must start afresh.
        fast.code(plane, stride, 0, 0, Math.min(w + 1, 64), Math.min(h + 1, 64), 3 - orientation);
        fast.code(plane, stride, 2, 1, w, h, orientation);
        plain.code(plane, stride, 2, 1, w, h, orientation);
        assertThat(fast.bitPlanes()).isEqualTo(plain.bitPlanes());
        assertThat(fast.passes()).isEqualTo(plain.passes());
        assertThat(Arrays.copyOfRange(fast.data(), 1, 1 + fast.length()))
                .isEqualTo(Arrays.copyOfRange(plain.data(), 1, 1 + plain.length()));
    }
}
