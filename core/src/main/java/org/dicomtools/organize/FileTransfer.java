// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Copies and moves single files so that a target appears whole or not at all and a source is removed only once its
 * content is verifiably at the target. Every write goes to a temporary file in the target folder (a short name, so
 * that a target name of up to 255 bytes still works) and is renamed into place.
 */
final class FileTransfer {
    /** Prefix of the temporary files; they are hidden, and removed on failure. */
    static final String TEMP_PREFIX = ".organize-";
    private static final int BUFFER = 256 * 1024;

    private FileTransfer() {
    }

    /**
     * Copies {@code source} to {@code target}, keeping its modification time (as {@code shutil.copy2}).
     *
     * @param replace replace an existing target atomically; otherwise fail with {@link FileAlreadyExistsException}
     */
    static void copy(Path source, Path target, boolean replace) throws IOException {
        Path dir = folderOf(target);
        Path tmp = temporary(dir);
        try {
            Files.copy(source, tmp, StandardCopyOption.COPY_ATTRIBUTES);
            // The copied time can be cut to microseconds; set it again in full.
            Files.setLastModifiedTime(tmp, Files.getLastModifiedTime(source));
            if (Files.size(tmp) != Files.size(source)) {
                throw new IOException("copy incomplete: " + Files.size(tmp) + " of " + Files.size(source) + " bytes");
            }
            publish(tmp, target, replace);
            tmp = null;
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Moves {@code source} to {@code target}: an atomic rename when both are on one file system, else
     * {@link #moveByCopy}. A symbolic link is not moved as a link: its target's content is copied and the link
     * removed, leaving the file it pointed to alone.
     *
     * @return {@code null} when the source is gone; otherwise why it is still there (the copy is complete)
     */
    static String move(Path source, Path target, boolean replace) throws IOException {
        if (Files.isSymbolicLink(source)) {
            return moveByCopy(source, target, replace);
        }
        folderOf(target);
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            // A rename is atomic and keeps the inode: nothing to verify.
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (AtomicMoveNotSupportedException e) {
            return moveByCopy(source, target, replace);
        }
    }

    /**
     * Moves across file systems: copies into a temporary file beside the target while hashing what is read, forces
     * it to disk, checks its size and SHA-256 against the source, renames it into place, and only then deletes the
     * source.
     *
     * @return {@code null} when the source is gone; otherwise why it is still there (the copy is complete)
     */
    static String moveByCopy(Path source, Path target, boolean replace) throws IOException {
        Path dir = folderOf(target);
        Path tmp = temporary(dir);
        try {
            MessageDigest read = sha256();
            long copied = 0;
            try (InputStream in = Files.newInputStream(source);
                 FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buf = new byte[BUFFER];
                for (int n; (n = in.read(buf)) > 0; ) {
                    read.update(buf, 0, n);
                    ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
                    while (bb.hasRemaining()) {
                        out.write(bb);
                    }
                    copied += n;
                }
                out.force(true);
            }
            Files.setLastModifiedTime(tmp, Files.getLastModifiedTime(source));
            long sourceSize = Files.size(source);
            if (copied != sourceSize || Files.size(tmp) != sourceSize) {
                throw new IOException("copy not verified: " + Files.size(tmp) + " bytes written, source has "
                        + sourceSize);
            }
            if (!Arrays.equals(read.digest(), hash(tmp))) {
                throw new IOException("copy not verified: SHA-256 of the copy differs from the source");
            }
            publish(tmp, target, replace);
            tmp = null;
        } finally {
            deleteQuietly(tmp);
        }
        syncFolder(dir);
        try {
            Files.delete(source);
            return null;
        } catch (IOException e) {
            return "copied, but the source could not be removed: " + describe(e);
        }
    }

    /** Whether two files hold the same bytes. */
    static boolean sameContent(Path a, Path b) throws IOException {
        return Files.isRegularFile(a) && Files.isRegularFile(b) && Files.size(a) == Files.size(b)
                && Files.mismatch(a, b) == -1L;
    }

    /** A short description of an I/O failure for a report line. */
    static String describe(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "already exists";
            case "NoSuchFileException" -> "no such file";
            case "NotDirectoryException", "FileSystemException" -> "file system error";
            default -> e.getClass().getSimpleName().replace("Exception", "");
        };
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    private static Path folderOf(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir;
    }

    private static Path temporary(Path dir) {
        return dir.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    /** Renames a finished temporary file into place: atomically replacing, or refusing an existing target. */
    private static void publish(Path tmp, Path target, boolean replace) throws IOException {
        if (replace) {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            // Without REPLACE_EXISTING the move fails on an existing target, then renames.
            Files.move(tmp, target);
        }
    }

    private static byte[] hash(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return md.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Makes the rename durable before the source is deleted, where the platform can sync a folder (not Windows). */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file itself was forced to disk before the rename.
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Nothing more can be done; the name is hidden and says what it is.
            }
        }
    }
}
