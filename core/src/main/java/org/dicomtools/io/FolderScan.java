// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.dicomtools.error.InputException;

/**
 * Walks a folder tree and hands each regular file to a consumer as it is found, so a run over a million files never
 * holds their list. Within a folder, names are visited in sorted order (files first, then sub-folders), so every run
 * sees the same order. Symbolic links are followed; a link back to a folder being walked is reported as a loop rather
 * than walked forever, and unreadable folders and broken links are reported rather than silently dropped.
 */
public final class FolderScan {
    /** Something found under the root. */
    public sealed interface Entry permits FileEntry, Problem {
        Path path();
    }

    /** A regular file; {@code relative} is its path below the root (its own name when the root is a file). */
    public record FileEntry(Path path, Path relative, long size) implements Entry {
    }

    /** A path that could not be walked: an unreadable folder, a broken link or a link loop. */
    public record Problem(Path path, String reason) implements Entry {
    }

    private FolderScan() {
    }

    /**
     * Walks {@code root}: only its direct files, or the whole tree when {@code recursive}. A root that is a regular
     * file yields that file alone.
     *
     * @throws InputException the root does not exist or cannot be listed
     */
    public static void walk(Path root, boolean recursive, Consumer<? super Entry> sink) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(root, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file or directory", e);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), e);
        }
        if (attributes.isRegularFile()) {
            sink.accept(new FileEntry(root, root.getFileName(), attributes.size()));
            return;
        }
        if (!attributes.isDirectory()) {
            throw new InputException("not a regular file or directory", null);
        }
        Deque<Object> open = new ArrayDeque<>();
        open.push(key(root, attributes));
        try {
            walkFolder(root, root, recursive, open, sink, true);
        } catch (IOException e) {
            throw new InputException(e instanceof AccessDeniedException ? "permission denied"
                    : "cannot list: " + e.getMessage(), e);
        }
    }

    private static void walkFolder(Path root, Path folder, boolean recursive, Deque<Object> open,
                                   Consumer<? super Entry> sink, boolean isRoot) throws IOException {
        List<Path> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                names.add(p);
            }
        } catch (IOException e) {
            if (isRoot) {
                throw e;
            }
            sink.accept(new Problem(folder, e instanceof AccessDeniedException ? "folder not readable: permission denied"
                    : "folder not readable: " + e.getMessage()));
            return;
        }
        names.sort(null);
        List<Path> folders = new ArrayList<>();
        for (Path p : names) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                if (Files.isSymbolicLink(p)) {
                    sink.accept(new Problem(p, "broken symbolic link"));
                }
                continue; // removed while we looked: nothing to report
            } catch (IOException e) {
                sink.accept(new Problem(p, "cannot read: " + e.getMessage()));
                continue;
            }
            if (a.isRegularFile()) {
                sink.accept(new FileEntry(p, root.relativize(p), a.size()));
            } else if (a.isDirectory()) {
                if (recursive) {
                    folders.add(p);
                }
            } else {
                sink.accept(new Problem(p, "not a regular file"));
            }
        }
        for (Path sub : folders) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(sub, BasicFileAttributes.class);
            } catch (IOException e) {
                continue;
            }
            Object key = key(sub, a);
            if (open.contains(key)) {
                sink.accept(new Problem(sub, "symbolic link loop (leads back to a folder being walked)"));
                continue;
            }
            open.push(key);
            walkFolder(root, sub, true, open, sink, false);
            open.pop();
        }
    }

    /** A folder's identity: the file key (device + inode) where the file system has one, else its real path. */
    private static Object key(Path folder, BasicFileAttributes a) {
        if (a.fileKey() != null) {
            return a.fileKey();
        }
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }


    /**
     * The real path of the nearest existing ancestor with the rest appended: links resolved where they exist, so
     * "is the output folder inside the input folder?" is answered for where a walk would really go, even for an
     * output that does not exist yet.
     */
    public static Path realPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
