// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dicomtools.data.Fragments;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB multi-frame file (200 frames of 512x512 16-bit) transcoded and rendered in a child JVM whose heap is 64 MB,
 * less than the pixel data: it only succeeds if frames are read, coded and written a few at a time. Each round trip
 * must give back every frame bit for bit (compared by checksum, frame by frame) and leave no temporary or spill file
 * behind.
 */
class StreamingMemoryTest {
    static final int FRAMES = 200;
    static final int SIZE = 512;

    @TempDir
    static Path dir;
    static Path source;
    static long[] expected;

    @BeforeAll
    static void writeALargeMultiframeFile() {
        source = dir.resolve("source.dcm");
        LargeMultiframe.write(source, FRAMES, SIZE);
        expected = LargeMultiframe.checksums(FRAMES, SIZE);
    }

    private static void transcodeInSmallHeap(Path in, Path out, String syntax) throws Exception {
        runInSmallHeap(out.getFileName() + ".log", "transcode", in.toString(), out.toString(), syntax);
    }

    private static void runInSmallHeap(String log, String... args) throws Exception {
        Path logFile = Files.createDirectories(dir.resolve("logs")).resolve(log);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                SmallHeapMain.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(logFile)).isZero();
    }

    private static void roundTrips(String syntax) throws Exception {
        Path encoded = dir.resolve(syntax + ".dcm");
        Path back = dir.resolve(syntax + "-back.dcm");
        transcodeInSmallHeap(source, encoded, syntax);
        DicomFile e = DicomReader.read(encoded, ReadOptions.DEFAULT);
        assertThat(e.transferSyntax()).isEqualTo(TransferSyntaxes.forName(syntax));
        Fragments f = e.dataSet().get(Tag.PixelData).fragments();
        assertThat(f.size()).isEqualTo(FRAMES);
        assertThat(f.offsets()).hasSize(FRAMES).startsWith(0L);
        transcodeInSmallHeap(encoded, back, "explicit");
        assertThat(LargeMultiframe.checksums(back)).containsExactly(expected);
        assertThat(Files.size(back)).isEqualTo(Files.size(source));
        assertNothingLeftBehind();
    }

    private static void assertNothingLeftBehind() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> hidden = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertThat(hidden).as("temporary and spill files").isEmpty();
        }
    }

    @Test
    void rleRoundTripsInA64MegabyteHeap() throws Exception {
        roundTrips("rle");
    }

    @Test
    void jpegLsRoundTripsInA64MegabyteHeap() throws Exception {
        roundTrips("jpeg-ls");
    }

    @Test
    void bigEndianRoundTripsInA64MegabyteHeap() throws Exception {
        Path be = dir.resolve("be.dcm");
        Path back = dir.resolve("be-back.dcm");
        transcodeInSmallHeap(source, be, "big-endian");
        assertThat(DicomReader.read(be, ReadOptions.DEFAULT).transferSyntax())
                .isEqualTo(TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN);
        transcodeInSmallHeap(be, back, "explicit");
        assertThat(LargeMultiframe.checksums(back)).containsExactly(expected);
        assertNothingLeftBehind();
    }

    @Test
    void everyFrameRendersInA64MegabyteHeap() throws Exception {
        Path images = dir.resolve("images");
        runInSmallHeap("to-image.log", "to-image", source.toString(), images.toString());
        try (Stream<Path> s = Files.list(images)) {
            assertThat(s.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(FRAMES);
        }
        assertThat(images.resolve("source_frame199.png")).isNotEmptyFile();
    }
}
