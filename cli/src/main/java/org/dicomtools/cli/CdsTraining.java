// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.sample.SampleStudy;

/**
 * The training run behind the launcher's class-data-sharing archive: {@code ./dicom-tools} runs this class once,
 * with {@code -XX:ArchiveClassesAtExit}, when the jar is new. It runs the everyday commands in one JVM over the
 * synthetic sample study, so the archive holds the classes of every command, already parsed and verified, and not
 * only those of whichever command happened to run first. Not a user command: it prints nothing and always exits 0.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("dicom-tools-cds-");
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false);
        System.setOut(nowhere);
        System.setErr(nowhere);
        try {
            for (String[] run : runs(dir)) {
                try {
                    Main.run(run);
                } catch (RuntimeException e) {
                    // A command that fails here still loaded its classes; the archive is all this run is for.
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            deleteTree(dir);
        }
        System.exit(0); // also ends any worker threads a command left behind, so the archive is written now
    }

    /** The command lines, in order; later ones read what earlier ones wrote. */
    static List<String[]> runs(Path dir) {
        Path sample = dir.resolve("sample");
        Path out = dir.resolve("out");
        String ct = sample.resolve("ct").resolve("CT-0001.dcm").toString();
        String mr = sample.resolve("mr").resolve("MR-ENHANCED.dcm").toString();
        String us = sample.resolve("us").resolve("US-RGB.dcm").toString();
        String pal = sample.resolve("pal").resolve("PALETTE.dcm").toString();
        String o = out.toString() + "/";
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"sample", sample.toString()});
        runs.add(new String[] {"info", ct});
        runs.add(new String[] {"info", "--json", ct});
        runs.add(new String[] {"dump", ct});
        runs.add(new String[] {"dump", "--json", mr});
        runs.add(new String[] {"to-json", ct});
        runs.add(new String[] {"validate", ct});
        runs.add(new String[] {"stats", ct});
        runs.add(new String[] {"stats", "--json", ct});
        runs.add(new String[] {"histogram", ct, "--plot", o + "histogram.png"});
        runs.add(new String[] {"to-image", ct, "-o", o + "ct.png"});
        runs.add(new String[] {"to-image", ct, "-f", "jpeg", "-o", o + "ct.jpg"});
        runs.add(new String[] {"to-image", us, "-o", o + "us.png"});
        runs.add(new String[] {"to-image", pal, "-o", o + "pal.png"});
        runs.add(new String[] {"to-image", mr, "--frame", "2", "-o", o + "mr.png"});
        for (String syntax : new String[] {"rle", "jpeg-lossless", "jpeg-ls", "j2k", "implicit", "deflated"}) {
            String coded = o + "ct-" + syntax + ".dcm";
            runs.add(new String[] {"transcode", "--syntax", syntax, ct, "-o", coded});
            runs.add(new String[] {"decompress", coded, "-o", o + "ct-" + syntax + "-decompressed.dcm"});
            runs.add(new String[] {"to-image", coded, "-o", o + "ct-" + syntax + ".png"});
        }
        runs.add(new String[] {"anonymize", ct, "-o", o + "ct-anon.dcm"});
        runs.add(new String[] {"modify", ct, "-t", "PatientName=Training^Run", "-o", o + "ct-modified.dcm"});
        runs.add(new String[] {"split-multiframe", mr, "-o", o + "split"});
        runs.add(new String[] {"search", "-r", sample.toString(), "--modality", "CT"});
        runs.add(new String[] {"batch", "list", "-r", sample.toString()});
        runs.add(new String[] {"batch", "convert", sample.resolve("ct").toString(), "-o", o + "batch-png"});
        runs.add(new String[] {"info", "--help"});
        return runs;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind costs nothing here; the archive matters.
        }
    }
}
