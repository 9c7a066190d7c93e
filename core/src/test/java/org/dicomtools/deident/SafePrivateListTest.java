// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafePrivateListTest {

    private final SafePrivateList list = SafePrivateList.standard();

    @Test
    void modestAndSourced() {
        assertThat(SafePrivateList.standard()).isSameAs(list);
        assertThat(list.entries()).hasSizeBetween(10, 30);
        assertThat(list.entries()).allSatisfy(e -> {
            assertThat(e.group() & 1).isEqualTo(1);
            assertThat(e.description()).isNotBlank();
            assertThat(e.source()).matches("PS3\\.15 Table E\\.3\\.10-1|common practice: .+");
        });
    }

    @Test
    void siemens() {
        assertThat(list.isSafe(0x0019, "SIEMENS MR HEADER", 0x0C)).isTrue();
        assertThat(list.isSafe(0x0019, "SIEMENS MR HEADER", 0x0E)).isTrue();
        assertThat(list.isSafe(0x0019, "SIEMENS MR HEADER", 0x29)).isTrue();
        assertThat(list.isSafe(0x0029, "SIEMENS CSA HEADER", 0x10)).isTrue();
        assertThat(list.isSafe(0x0029, "SIEMENS CSA HEADER", 0x20)).isTrue();
        assertThat(list.isSafe(0x0019, "SIEMENS MR HEADER", 0x0F)).isFalse();
        assertThat(list.isSafe(0x0021, "SIEMENS MR HEADER", 0x0C)).isFalse(); // other group
        assertThat(list.isSafe(0x0019, "SIEMENS CT VA0  COAD", 0x0C)).isFalse(); // other creator
    }

    @Test
    void creatorIsTrimmedAndCaseInsensitive() {
        assertThat(list.isSafe(0x2005, "Philips MR Imaging DD 001", 0x0E)).isTrue();
        assertThat(list.isSafe(0x2005, "PHILIPS MR IMAGING DD 001 ", 0x0E)).isTrue();
        assertThat(list.isSafe(0x2001, "Philips Imaging DD 001", 0x03)).isTrue();
        assertThat(list.isSafe(0x0043, "GEMS_PARM_01", 0x39)).isTrue();
        assertThat(list.isSafe(0x0019, "GEMS_ACQU_01", 0x23)).isTrue();
        assertThat(list.isSafe(0x7053, "Philips PET Private Group", 0x09)).isTrue();
        assertThat(list.isSafe(0x0019, null, 0x0C)).isFalse();
        assertThat(list.isSafe(0x0019, "SIEMENS MR HEADER", 0x10C)).isFalse();
    }

    @Test
    void byTagInAnyBlock() {
        assertThat(list.isSafe(0x0019100C, "SIEMENS MR HEADER")).isTrue();
        assertThat(list.isSafe(0x0019120C, "SIEMENS MR HEADER")).isTrue(); // block 12 reserved by (0019,0012)
        assertThat(list.isSafe(0x0019000C, "SIEMENS MR HEADER")).isFalse(); // not a private data element
        assertThat(list.isSafe(0x0019100D, "GEMS_ACQU_01")).isFalse();
    }

    @Test
    void rejectsBadFiles() {
        String ok = "# comment\nACME\t0C\t0019\tB value\tcommon practice: test\n";
        assertThat(SafePrivateList.parse(ok).isSafe(0x0019, "acme", 0x0C)).isTrue();
        assertThatThrownBy(() -> SafePrivateList.parse("ACME\t0C\t0018\td\ts\n")).hasMessageContaining("odd group");
        assertThatThrownBy(() -> SafePrivateList.parse("ACME\t10C\t0019\td\ts\n")).hasMessageContaining("hex");
        assertThatThrownBy(() -> SafePrivateList.parse("ACME\t0C\t0019\td\n")).hasMessageContaining("fields");
    }
}
