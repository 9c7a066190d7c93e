// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomtools.codec.CodecFailure;
import org.junit.jupiter.api.Test;

class PresetParametersTest {

    @Test
    void defaultsFollowTableC2() {
        // 8 bits: the basic thresholds 3, 7, 21.
        assertThat(PresetParameters.defaults(8, 0)).isEqualTo(new PresetParameters(255, 3, 7, 21, 64));
        // 12 and 16 bits: scaled by FACTOR = (min(MAXVAL, 4095) + 128) / 256 = 16.
        assertThat(PresetParameters.defaults(12, 0)).isEqualTo(new PresetParameters(4095, 18, 67, 276, 64));
        assertThat(PresetParameters.defaults(16, 0)).isEqualTo(new PresetParameters(65535, 18, 67, 276, 64));
        // NEAR raises them by 3, 5 and 7 times NEAR.
        assertThat(PresetParameters.defaults(8, 2)).isEqualTo(new PresetParameters(255, 9, 17, 35, 64));
        // Below 128 the thresholds shrink, but not below 2, 3, 4, and never above MAXVAL.
        assertThat(PresetParameters.defaults(6, 0)).isEqualTo(new PresetParameters(63, 2, 3, 5, 64));
        assertThat(PresetParameters.defaults(2, 0)).isEqualTo(new PresetParameters(3, 2, 3, 3, 64));
    }

    @Test
    void zeroFieldsTakeDefaultsForTheGivenMaxval() {
        assertThat(PresetParameters.explicit(1023, 0, 0, 0, 0).resolve(12, 0))
                .isEqualTo(new PresetParameters(1023, 6, 19, 72, 64));
        assertThat(PresetParameters.explicit(0, 5, 0, 0, 32).resolve(8, 0))
                .isEqualTo(new PresetParameters(255, 5, 7, 21, 32));
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThatThrownBy(() -> PresetParameters.explicit(256, 0, 0, 0, 0).resolve(8, 0))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("MAXVAL 256");
        assertThatThrownBy(() -> PresetParameters.explicit(0, 2, 0, 0, 0).resolve(8, 2))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("thresholds");
        assertThatThrownBy(() -> PresetParameters.explicit(0, 0, 0, 0, 2).resolve(8, 0))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("RESET 2");
        assertThatThrownBy(() -> PresetParameters.defaults(8, 128))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("NEAR 128");
    }

    @Test
    void scanParametersDeriveRangeQbppAndLimit() {
        ScanParameters lossless = new ScanParameters(PresetParameters.defaults(8, 0), 0);
        assertThat(lossless.range).isEqualTo(256);
        assertThat(lossless.qbpp).isEqualTo(8);
        assertThat(lossless.limit).isEqualTo(32);
        assertThat(lossless.initialA).isEqualTo(4);
        ScanParameters near = new ScanParameters(PresetParameters.defaults(12, 3), 3);
        assertThat(near.range).isEqualTo((4095 + 6) / 7 + 1);
        assertThat(near.qbpp).isEqualTo(10);
        assertThat(near.limit).isEqualTo(48);
        assertThat(near.quantize(-4095)).isEqualTo(-4);
        assertThat(near.quantize(3)).isZero();
        assertThat(near.quantize(4)).isEqualTo(1);
    }

    @Test
    void theGradientTableHoldsTheQuantisationOfEveryGradient() {
        java.util.Random rnd = new java.util.Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int precision = 2 + rnd.nextInt(15);
            int maxVal = (1 << precision) - 1;
            int near = rnd.nextInt(Math.min(4, maxVal / 2) + 1);
            // Defaults, or thresholds anywhere from NEAR + 1 to MAXVAL, equal ones (empty regions) included.
            int t1 = 0;
            int t2 = 0;
            int t3 = 0;
            if (rnd.nextBoolean()) {
                t1 = near + 1 + rnd.nextInt(maxVal - near);
                t2 = t1 + rnd.nextInt(maxVal - t1 + 1);
                t3 = t2 + rnd.nextInt(maxVal - t2 + 1);
            }
            ScanParameters p = new ScanParameters(PresetParameters.explicit(0, t1, t2, t3, 0).resolve(precision, near),
                    near);
            for (int d = -maxVal; d <= maxVal; d++) {
                if (p.quant[d + maxVal] != p.quantize(d)) {
                    throw new AssertionError("gradient " + d + " of " + p.t1 + "/" + p.t2 + "/" + p.t3 + " NEAR "
                            + near + ": table " + p.quant[d + maxVal] + ", quantize " + p.quantize(d));
                }
            }
        }
    }
}
