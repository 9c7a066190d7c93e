// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.retarget;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step run after the shade plugin: rewrites, in place, every class of a jar older than class-file version 50
 * (Java 6) to version 52 with stack-map frames, then checks that no class below 50 is left, failing the build
 * otherwise.
 *
 * <p>Why: class-data sharing skips classes older than 50 ("Pre JDK 6 class not supported by CDS") and the JVM checks
 * them with the old inference verifier on every run. picocli's jar is compiled for Java 5, so without this its
 * classes are parsed and verified from the jar at each start of the CLI.
 *
 * <p>Entries keep their order, names and times; the jar is written to a temporary file beside it and moved into
 * place, so an interrupted build never leaves half a jar.
 */
public final class Retarget {
    /** Below this, CDS refuses a class (JDK 17 {@code SystemDictionaryShared}: "Pre JDK 6 class"). */
    static final int CDS_MIN_VERSION = 50;

    private Retarget() {}

    /** {@code Retarget JAR...}: rewrites each jar in place and prints one summary line per jar. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Retarget JAR...");
        }
        for (String arg : args) {
            Path jar = Path.of(arg);
            Result result = retargetInPlace(jar);
            System.out.println("retarget: " + jar.getFileName() + ": " + result.rewritten() + " of " + result.classes()
                    + " classes rewritten to version " + ClassRetargeter.TARGET_VERSION);
        }
    }

    /** How many class entries the jar holds and how many were rewritten. */
    public record Result(int classes, int rewritten) {}

    /** Rewrites the jar's old classes and replaces the jar atomically; leaves it untouched if nothing is old. */
    public static Result retargetInPlace(Path jar) throws IOException {
        List<Entry> entries = readEntries(jar);
        ClassHierarchy hierarchy = new ClassHierarchy();
        for (Entry e : entries) {
            if (e.isClass()) {
                hierarchy.add(e.data());
            }
        }
        ClassRetargeter retargeter = new ClassRetargeter(hierarchy);
        int classes = 0;
        int rewritten = 0;
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.isClass()) {
                classes++;
                if (ClassRetargeter.majorVersion(e.data()) < CDS_MIN_VERSION) {
                    try {
                        e = e.with(retargeter.retarget(e.data()));
                    } catch (RuntimeException ex) {
                        throw new IOException(jar + ": cannot rewrite " + e.zip().getName() + ": " + ex.getMessage(),
                                ex);
                    }
                    rewritten++;
                }
            }
            out.add(e);
        }
        requireNoOldClasses(jar, out);
        if (rewritten > 0) {
            // A plain new file beside the jar (not createTempFile, whose owner-only permissions would replace the jar's).
            Path tmp = jar.resolveSibling(jar.getFileName() + ".retarget.tmp");
            try {
                writeEntries(tmp, out);
                Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return new Result(classes, rewritten);
    }

    /** The check that fails the build: every class of the jar can be archived by CDS. */
    private static void requireNoOldClasses(Path jar, List<Entry> entries) throws IOException {
        for (Entry e : entries) {
            if (e.isClass() && ClassRetargeter.majorVersion(e.data()) < CDS_MIN_VERSION) {
                throw new IOException(jar + ": " + e.zip().getName() + " still has class-file version "
                        + ClassRetargeter.majorVersion(e.data()));
            }
        }
    }

    /** One jar entry with its content. */
    private record Entry(ZipEntry zip, byte[] data) {
        boolean isClass() {
            return !zip.isDirectory() && zip.getName().endsWith(".class") && data.length >= 8
                    && (data[0] & 0xFF) == 0xCA && (data[1] & 0xFF) == 0xFE;
        }

        /** The same entry (name, time, comment, method) with new content. */
        Entry with(byte[] newData) {
            ZipEntry z = new ZipEntry(zip.getName());
            z.setTime(zip.getTime());
            z.setComment(zip.getComment());
            z.setExtra(zip.getExtra());
            z.setMethod(zip.getMethod());
            return new Entry(z, newData);
        }
    }

    private static List<Entry> readEntries(Path jar) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry z : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(z)) {
                    entries.add(new Entry(z, in.readAllBytes()));
                }
            }
        }
        return entries;
    }

    private static void writeEntries(Path target, List<Entry> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Entry e : entries) {
                ZipEntry z = new ZipEntry(e.zip().getName());
                z.setTime(e.zip().getTime());
                z.setComment(e.zip().getComment());
                z.setExtra(e.zip().getExtra());
                if (e.zip().getMethod() == ZipEntry.STORED) {
                    // A stored entry needs its size and CRC before its data.
                    CRC32 crc = new CRC32();
                    crc.update(e.data());
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(e.data().length);
                    z.setCompressedSize(e.data().length);
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(e.data());
                zip.closeEntry();
            }
        }
    }
}
