// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.dicomtools.data.VR;
import org.junit.jupiter.api.Test;

class VrSyntaxTest {

    @Property
    void everyCalendarDateIsAValidDa(@ForAll @IntRange(min = 0, max = 200_000) int dayOffset) {
        LocalDate date = LocalDate.of(1900, 1, 1).plusDays(dayOffset);
        assertThat(VrSyntax.check(VR.DA, date.format(DateTimeFormatter.BASIC_ISO_DATE))).isNull();
    }

    @Property
    void uidsOfNonNegativeComponentsAreValid(@ForAll @Size(min = 2, max = 4) java.util.List<
            @LongRange(min = 0, max = 999_999_999_999L) Long> components) {
        StringBuilder sb = new StringBuilder();
        for (Long c : components) {
            sb.append(sb.length() == 0 ? "" : ".").append(c);
        }
        assertThat(VrSyntax.check(VR.UI, sb.toString())).isNull();
    }

    @Test
    void personNames() {
        assertThat(VrSyntax.check(VR.PN, "DOE^JANE^^DR^PHD=ドウ^ジェーン=")).isNull();
        assertThat(VrSyntax.check(VR.PN, "A=B=C=D")).isNotNull();
        assertThat(VrSyntax.check(VR.PN, "A^B^C^D^E^F")).isNotNull();
        assertThat(VrSyntax.check(VR.PN, "X".repeat(65))).isNotNull();
        assertThat(VrSyntax.check(VR.PN, "X".repeat(64) + "=" + "Y".repeat(64))).isNull();
    }

    @Test
    void controlCharacters() {
        assertThat(VrSyntax.check(VR.LO, "a\nb")).isNotNull();
        assertThat(VrSyntax.check(VR.LT, "a\r\nb")).isNull();
        assertThat(VrSyntax.check(VR.SH, "\u001b$B")).isNull(); // ESC of ISO 2022 code extensions
    }

    @Test
    void decimalStrings() {
        for (String ok : new String[] {"1", "-1.5", "+.5", "1e10", "1.E-3", "0.000001"}) {
            assertThat(VrSyntax.check(VR.DS, ok)).as(ok).isNull();
        }
        for (String bad : new String[] {"1,5", "NaN", "Infinity", "1e999", "--1", "."}) {
            assertThat(VrSyntax.check(VR.DS, bad)).as(bad).isNotNull();
        }
    }
}
