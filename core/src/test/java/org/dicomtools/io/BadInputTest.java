// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.dicomtools.error.DicomException;
import org.dicomtools.error.InputException;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.NotDicomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input of the foundation issue: a typed error naming the problem, never a hang or an OutOfMemoryError. */
class BadInputTest {
    private static final String EXPLICIT = "1.2.840.10008.1.2.1";
    private static final String DEFLATED = "1.2.840.10008.1.2.1.99";

    @TempDir
    Path dir;

    private DicomException readFails(byte[] content) throws IOException {
        Path file = dir.resolve("bad.dcm");
        Files.write(file, content);
        Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> org.assertj.core.api.Assertions.catchThrowable(() -> DicomReader.read(file)));
        assertThat(t).isInstanceOf(DicomException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return (DicomException) t;
    }

    private static Raw validStart() {
        return new Raw().preamble().meta(EXPLICIT).explicit(0x00080060, "CS", "CT");
    }

    @Test
    void emptyFileIsNotDicom() throws IOException {
        assertThat(readFails(new byte[0])).isInstanceOf(NotDicomException.class).hasMessage("empty file");
    }

    @Test
    void randomBytesAreNotDicom() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x11; // an odd group: no DICOM data set starts there
        assertThat(readFails(noise)).isInstanceOf(NotDicomException.class);
    }

    @Test
    void pngRenamedDcmIsNotDicom() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertThat(readFails(png)).isInstanceOf(NotDicomException.class)
                .hasMessageContaining("no 'DICM' prefix");
    }

    @Test
    void textFileIsNotDicom() throws IOException {
        assertThat(readFails("hello, this is not an image\n".getBytes())).isInstanceOf(NotDicomException.class);
    }

    @Test
    void fileCutInTheMiddleOfAnElement() throws IOException {
        byte[] whole = validStart().explicit(0x00100010, "PN", "Doe^Johnathan").bytes();
        DicomException e = readFails(Arrays.copyOf(whole, whole.length - 5));
        assertThat(e).isInstanceOf(MalformedDicomException.class).hasMessageContaining("(0010,0010)");
        assertThat(((MalformedDicomException) e).tagPath()).isEqualTo("(0010,0010)");
    }

    @Test
    void fileCutInTheMiddleOfASequence() throws IOException {
        Raw r = validStart().explicitHeader(0x00081140, "SQ", 0xFFFFFFFFL).header(0xFFFEE000, 0xFFFFFFFFL)
                .explicit(0x00081150, "UI", Raw.padded("1.2.3", (byte) 0));
        DicomException e = readFails(r.bytes());
        assertThat(e).isInstanceOf(MalformedDicomException.class).hasMessageContaining("ends inside");
        assertThat(((MalformedDicomException) e).tagPath()).startsWith("(0008,1140)[0]");
    }

    @Test
    void fileCutInTheMiddleOfPixelData() throws IOException {
        byte[] whole = validStart().explicit(0x7FE00010, "OW", new byte[10_000]).bytes();
        assertThat(readFails(Arrays.copyOf(whole, whole.length - 4000))).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("value length 10000 of (7FE0,0010) exceeds the 6000 bytes left");
    }

    @Test
    void hugeDeclaredLengthOnTextElement() throws IOException {
        byte[] b = validStart().tag(0x00081030).ascii("UT").u16(0).u32(0xFFFFFFF0L).ascii("short").bytes();
        assertThat(readFails(b)).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("value length 4294967280");
    }

    @Test
    void hugeDeclaredLengthInAStreamDoesNotAllocateIt() {
        byte[] b = validStart().tag(0x00081030).ascii("UT").u16(0).u32(0x7FFFFF00L).ascii("short").bytes();
        assertThatThrownBy(() -> Fixtures.read(b)).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("file ends unexpectedly");
    }

    @Test
    void sequenceThatNeverEnds() throws IOException {
        Raw r = validStart().explicitHeader(0x00081140, "SQ", 0xFFFFFFFFL);
        for (int i = 0; i < 1000; i++) {
            r.header(0xFFFEE000, 0);
        }
        assertThat(readFails(r.bytes())).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("no sequence delimitation item");
    }

    @Test
    void sequenceNestedWithoutEnd() throws IOException {
        Raw r = validStart();
        for (int i = 0; i < 200; i++) {
            r.explicitHeader(0x00081140, "SQ", 0xFFFFFFFFL).header(0xFFFEE000, 0xFFFFFFFFL);
        }
        assertThat(readFails(r.bytes())).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("nested deeper than 64");
    }

    @Test
    void corruptDeflatedStream() throws IOException {
        byte[] b = new Raw().preamble().meta(DEFLATED).octets(0xFF, 0xFF, 0x12, 0x34, 0x56, 0x78,
                0x9A, 0xBC, 0x00, 0x11, 0x22).bytes();
        assertThat(readFails(b)).isInstanceOf(MalformedDicomException.class).hasMessageContaining("deflate");
    }

    @Test
    void deflatedStreamThatInflatesPastTheLimit() throws IOException {
        // 64 MiB of zeros in one OB value deflates to about 64 KiB; the limit is set to 8 MiB.
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(9, true))) {
            z.write(new Raw().explicitHeader(0x00091010, "OB", 64L << 20).bytes());
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
        }
        byte[] file = new Raw().preamble().meta(DEFLATED).bytes(deflated.toByteArray()).bytes();
        Path p = dir.resolve("bomb.dcm");
        Files.write(p, file);
        assertThatThrownBy(() -> DicomReader.read(p, ReadOptions.DEFAULT.withMaxInflatedBytes(8L << 20)))
                .isInstanceOf(MalformedDicomException.class).hasMessageContaining("inflates past the limit");
    }

    @Test
    void missingTransferSyntaxIsAWarningNotAFailure() throws IOException {
        byte[] b = new Raw().preamble().explicit(0x00020002, "UI", Raw.padded("1.2.840.10008.5.1.4.1.1.2", (byte) 0))
                .explicit(0x00080060, "CS", "CT").bytes();
        Path file = dir.resolve("nots.dcm");
        Files.write(file, b);
        DicomFile f = DicomReader.read(file);
        assertThat(f.dataSet().getString(0x00080060)).isEqualTo("CT");
        assertThat(f.warnings()).isNotEmpty();
    }

    @Test
    void missingFileAndDirectoryAreInputErrors() {
        assertThatThrownBy(() -> DicomReader.read(dir.resolve("nope.dcm"))).isInstanceOf(InputException.class)
                .hasMessage("no such file");
        assertThatThrownBy(() -> DicomReader.read(dir)).isInstanceOf(InputException.class)
                .hasMessage("is a directory");
    }

    @Test
    void itemTagMissingInsideSequence() throws IOException {
        Raw r = validStart().explicitHeader(0x00081140, "SQ", 0xFFFFFFFFL).explicit(0x00100010, "PN", "AB");
        assertThat(readFails(r.bytes())).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("expected an item (FFFE,E000) but found (0010,0010)");
    }
}
