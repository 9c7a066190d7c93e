// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MultiplicityTest {

    private static boolean allows(String vm, int count) {
        return Multiplicity.parse(vm).allows(count);
    }

    @Test
    void formsOfPs36() {
        assertThat(allows("1", 1)).isTrue();
        assertThat(allows("1", 2)).isFalse();
        assertThat(allows("1-3", 3)).isTrue();
        assertThat(allows("1-3", 4)).isFalse();
        assertThat(allows("1-n", 1000)).isTrue();
        assertThat(allows("2-2n", 2)).isTrue();
        assertThat(allows("2-2n", 6)).isTrue();
        assertThat(allows("2-2n", 3)).isFalse();
        assertThat(allows("3-3n", 9)).isTrue();
        assertThat(allows("3-3n", 4)).isFalse();
        assertThat(allows("6-n", 5)).isFalse();
        assertThat(allows("6-n", 7)).isTrue();
        assertThat(allows("1-n or 1", 1)).isTrue();
        assertThat(allows("1-n or 1", 4)).isTrue();
        assertThat(allows("16", 16)).isTrue();
    }

    @Test
    void emptyOrUnknownIsNoRule() {
        assertThat(Multiplicity.parse("")).isNull();
        assertThat(Multiplicity.parse("x-y")).isNull();
    }
}
