// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.ts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TransferSyntaxesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "explicit, 1.2.840.10008.1.2.1", "EVR, 1.2.840.10008.1.2.1", "explicit-vr-little-endian, 1.2.840.10008.1.2.1",
        "explicit-little, 1.2.840.10008.1.2.1", "implicit, 1.2.840.10008.1.2", "ivr, 1.2.840.10008.1.2",
        "big-endian, 1.2.840.10008.1.2.2", "be, 1.2.840.10008.1.2.2", "explicit-be, 1.2.840.10008.1.2.2",
        "deflated, 1.2.840.10008.1.2.1.99", "rle, 1.2.840.10008.1.2.5", "jpeg-baseline, 1.2.840.10008.1.2.4.50",
        "jpeg-extended, 1.2.840.10008.1.2.4.51", "jpeg-lossless-nh14, 1.2.840.10008.1.2.4.57",
        "jpeg-lossless, 1.2.840.10008.1.2.4.70", "jpeg-lossless-14, 1.2.840.10008.1.2.4.70",
        "jpeg-ls, 1.2.840.10008.1.2.4.80", "jpeg_ls_near, 1.2.840.10008.1.2.4.81", "j2k, 1.2.840.10008.1.2.4.90",
        "jp2, 1.2.840.10008.1.2.4.90", "jpeg2000, 1.2.840.10008.1.2.4.91", "htj2k, 1.2.840.10008.1.2.4.203",
        "1.2.840.10008.1.2.4.70, 1.2.840.10008.1.2.4.70"})
    void resolvesNamesAliasesAndUids(String name, String uid) {
        assertThat(TransferSyntaxes.forName(name).uid()).isEqualTo(uid);
    }

    @Test
    void unknownNamesResolveToNothing() {
        assertThat(TransferSyntaxes.forName("jpeg-9000")).isNull();
        assertThat(TransferSyntaxes.forName("1.2.3")).isNull();
    }

    @Test
    void knowsEveryStandardSyntaxWithItsFacts() {
        assertThat(TransferSyntaxes.all()).hasSize(53);
        TransferSyntax be = TransferSyntaxes.lookup("1.2.840.10008.1.2.2");
        assertThat(be.bigEndian()).isTrue();
        assertThat(be.retired()).isTrue();
        assertThat(TransferSyntaxes.lookup("1.2.840.10008.1.2.4.50").lossy()).isTrue();
        assertThat(TransferSyntaxes.lookup("1.2.840.10008.1.2.4.70").lossy()).isFalse();
        assertThat(TransferSyntaxes.lookup("1.2.840.10008.1.2.4.102").pixelCodec()).isFalse();
    }
}
