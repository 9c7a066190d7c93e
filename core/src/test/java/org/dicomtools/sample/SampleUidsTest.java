// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SampleUidsTest {

    @Test
    void sameSeedSameUid() {
        assertThat(SampleUids.of("study")).isEqualTo(SampleUids.of("study"));
        assertThat(SampleUids.of("study")).isNotEqualTo(SampleUids.of("series/ct"));
    }

    @Property
    void everySeedGivesAValidUidUnder2dot25(@ForAll String seed) {
        String uid = SampleUids.of(seed);
        assertThat(uid).startsWith("2.25.").hasSizeLessThanOrEqualTo(64).matches("2\\.25\\.(0|[1-9][0-9]*)");
    }
}
