// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand small files in a child JVM limited to a 64 MB heap: the run must succeed and report every file, which it
 * can only do if it keeps nothing per file. Also the run being stopped by a signal (as Ctrl-C does) leaves the report
 * as {@code F.partial}.
 */
class BatchMemoryTest {
    static final int FILES = 10_000;

    @TempDir
    static Path dir;
    static Path many;

    @BeforeAll
    static void writeManyFiles() throws IOException {
        many = dir.resolve("many");
        byte[] ct = BatchFolders.tinyCt();
        for (int f = 0; f < FILES; f++) {
            Path folder = many.resolve(String.format(Locale.ROOT, "d%02d", f / 100));
            if (f % 100 == 0) {
                Files.createDirectories(folder);
            }
            Files.write(folder.resolve(String.format(Locale.ROOT, "IM%05d.dcm", f)), ct);
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "org.dicomtools.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile()).start();
    }

    private static int run(String... args) throws Exception {
        Process p = start(args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        return p.exitValue();
    }

    private static String childErr() throws IOException {
        return Files.readString(dir.resolve("child.err"));
    }

    @Test
    void listsTenThousandFilesInA64MegabyteHeap() throws Exception {
        Path report = dir.resolve("list.jsonl");
        int code = run("batch", "list", many.toString(), "-r", "--report", report.toString());
        assertThat(code).as(childErr()).isZero();
        assertThat(Files.lines(report).count()).isEqualTo(FILES);
        assertThat(Files.readString(dir.resolve("child.out")).lines().filter(l -> l.contains("\t"))).hasSize(FILES);
    }

    @Test
    void anonymizesTenThousandFilesInA64MegabyteHeap() throws Exception {
        Path report = dir.resolve("anon.jsonl");
        int code = run("batch", "anonymize", many.toString(), "-r", "--report", report.toString(), "-o",
                dir.resolve("anon").toString(), "--secret", "k", "--json");
        assertThat(code).as(childErr()).isZero();
        assertThat(Files.lines(report).filter(l -> l.contains("\"status\":\"ok\"")).count()).isEqualTo(FILES);
        assertThat(JsonLines.object(Files.readString(dir.resolve("child.out")))).containsEntry("succeeded",
                (long) FILES);
    }

    @Test
    void aRunStoppedBySignalLeavesAPartialReport() throws Exception {
        Path report = dir.resolve("stopped.jsonl");
        Path partial = BatchReport.partial(report);
        Process p = start("batch", "anonymize", many.toString(), "-r", "--report", report.toString(), "-o",
                dir.resolve("stopped").toString(), "-j", "1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(partial) < 20 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.isAlive()).as("still running after 20 files: " + childErr()).isTrue();
        p.destroy(); // SIGTERM: shutdown hooks run, as for Ctrl-C
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report).doesNotExist();
        long written = lines(partial);
        assertThat(written).isBetween(20L, FILES - 1L);
        assertThat(Files.readAllLines(partial)).allSatisfy(l -> assertThat(JsonLines.object(l)).containsKey("status"));
        assertThat(childErr()).contains("interrupted: the report is left as " + partial);
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var s = Files.lines(file)) {
            return s.count();
        } catch (java.io.UncheckedIOException e) {
            return 0; // a line being written: look again
        }
    }

}
