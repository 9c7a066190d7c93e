// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.DicomException;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;

/**
 * Decides where each inspected file goes and puts it there, one file at a time in walk order, so that which file
 * keeps a name and which one gets {@code _1} never depends on thread timing.
 *
 * <p>What the run remembers, and what it costs: every name it placed (or, in a dry run, planned), keyed by its path
 * below the destination in lower case, with the file holding that content and its SOP Instance UID; and, per SOP
 * Instance UID, the first name it went to. This is what lets a dry run see its own earlier decisions, keeps names
 * that differ only in case apart on every operating system (on Windows and macOS they would be one file), stops
 * {@link CollisionPolicy#OVERWRITE} from replacing a file of the same run, and finds the same instance arriving
 * twice under different names (identical bytes → {@link Action#DUPLICATE}; different bytes → placed, with a note in
 * the reason). It costs about half a kilobyte of heap per file (two hash entries, the key, the UID and a path): a
 * million files need about 500 MB, so much larger trees are best organised folder by folder. An instance already in
 * the destination from an earlier run under another name is not found: that would need reading the whole
 * destination first.
 */
final class Placer {
    /** How many suffixed names are tried before giving up on a file. */
    static final int MAX_SUFFIX = 9999;

    /** A name taken in this run: the file now holding its content (the source, in a dry run) and its UID. */
    private record Claim(Path content, Path placedAt, String uid) {
    }

    private final OrganizeRequest request;
    private final Path root;
    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, String> firstNameOfUid = new HashMap<>();

    Placer(OrganizeRequest request) {
        this.request = request;
        this.root = request.destination().toAbsolutePath().normalize();
    }

    /** The destination folder, absolute and normalised. */
    Path root() {
        return root;
    }

    /** Places one inspected file; {@code null} for a file this run wrote itself and then walked into. */
    Placement place(Inspection in) {
        return switch (in.kind()) {
            case NOT_DICOM -> result(in, null, Action.SKIPPED_NOT_DICOM, in.reason());
            case FAILED -> result(in, null, Action.FAILED, in.reason());
            case INSTANCE -> isOwnOutput(in.path()) ? null : placeInstance(in);
        };
    }

    private Placement placeInstance(Inspection in) {
        Path target = root;
        for (String c : in.components()) {
            target = target.resolve(c);
        }
        target = target.normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            // Cannot happen with sanitised components; checked anyway because the cost of being wrong is high.
            return result(in, null, Action.FAILED, "destination " + target + " would be outside " + root);
        }
        if (isSameFile(in.path(), target)) {
            return result(in, target, Action.DUPLICATE, "already in place");
        }
        String uid = in.sopInstanceUid();
        String note = null;
        String first = uid == null ? null : firstNameOfUid.get(uid);
        if (first != null && !first.equals(key(target))) {
            Claim earlier = claims.get(first);
            if (same(in.path(), earlier.content())) {
                return duplicate(in, earlier.placedAt(), earlier.content(),
                        "same SOP Instance UID and bytes as " + relative(earlier.placedAt()) + ", placed in this run");
            }
            note = "SOP Instance UID also placed at " + relative(earlier.placedAt()) + " with different content";
        }
        String clash = null;
        for (int i = 0; i <= MAX_SUFFIX; i++) {
            Path candidate = i == 0 ? target : suffixed(target, i);
            Claim claim = claims.get(key(candidate));
            if (claim == null && !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                Action action = i == 0 ? (request.mode() == TransferMode.MOVE ? Action.MOVED : Action.COPIED)
                        : Action.CONFLICT_RENAMED;
                return transfer(in, candidate, action, join(clash, note), false);
            }
            Path content = claim == null ? candidate : claim.content();
            Path there = claim == null ? candidate : claim.placedAt();
            CollisionPolicy policy = request.onCollision();
            if (policy == CollisionPolicy.OVERWRITE && claim == null && i == 0) {
                return transfer(in, candidate, Action.OVERWRITTEN, join("replaced the file there", note), true);
            }
            if (policy == CollisionPolicy.SKIP) {
                return result(in, there, Action.SKIPPED_COLLISION, clashReason(uid, there, claim));
            }
            if (policy != CollisionPolicy.SUFFIX && same(in.path(), content)) {
                return duplicate(in, there, content, "identical to " + relative(there));
            }
            if (clash == null) {
                clash = clashReason(uid, there, claim);
            }
        }
        return result(in, target, Action.FAILED, "more than " + MAX_SUFFIX + " names taken: " + clash);
    }

    /** Copies or moves into place (in a dry run, only records the plan). */
    private Placement transfer(Inspection in, Path target, Action action, String reason, boolean replace) {
        if (!request.dryRun()) {
            try {
                if (request.mode() == TransferMode.MOVE) {
                    String kept = FileTransfer.move(in.path(), target, replace);
                    if (kept != null) {
                        action = action == Action.MOVED ? Action.COPIED : action;
                        reason = join(reason, kept);
                    }
                } else {
                    FileTransfer.copy(in.path(), target, replace);
                }
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                return result(in, target, Action.FAILED, "cannot write " + relative(target) + ": "
                        + FileTransfer.describe(io));
            }
        }
        claim(target, request.dryRun() ? in.path() : target, in.sopInstanceUid());
        return result(in, target, action, reason);
    }

    /** Identical bytes are already there; with {@code --move} the source is then removed, its content being safe. */
    private Placement duplicate(Inspection in, Path there, Path content, String reason) {
        claim(there, content, in.sopInstanceUid());
        if (request.mode() == TransferMode.MOVE && !request.dryRun() && !isSameFile(in.path(), content)) {
            try {
                Files.delete(in.path());
                reason += "; source removed";
            } catch (IOException e) {
                reason += "; source kept: cannot remove it: " + FileTransfer.describe(e);
            }
        }
        return result(in, there, Action.DUPLICATE, reason);
    }

    private void claim(Path placedAt, Path content, String uid) {
        String key = key(placedAt);
        claims.putIfAbsent(key, new Claim(content, placedAt, uid));
        if (uid != null) {
            firstNameOfUid.putIfAbsent(uid, key);
        }
    }

    /** Why a name is taken, for the report. */
    private String clashReason(String uid, Path there, Claim claim) {
        String name = relative(there).toString();
        String otherUid = claim != null ? claim.uid() : uidOf(there);
        if (claim == null && otherUid == null) {
            return name + " exists and is not a DICOM instance with a SOP Instance UID";
        }
        String when = claim != null ? " (placed in this run)" : "";
        if (uid != null && uid.equals(otherUid)) {
            return name + when + " has the same SOP Instance UID and different content";
        }
        return name + when + " holds another instance";
    }

    private static String uidOf(Path file) {
        try {
            String uid = DicomReader.read(file, ReadOptions.HEADER_ONLY).dataSet().getString(Tag.SOPInstanceUID);
            return uid == null || uid.isBlank() ? null : uid.strip();
        } catch (DicomException e) {
            return null;
        }
    }

    /** A file this run placed, found again because the destination lies in the walked tree. */
    private boolean isOwnOutput(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return false;
        }
        String name = abs.getFileName().toString();
        return claims.containsKey(key(abs))
                || name.startsWith(FileTransfer.TEMP_PREFIX) && name.endsWith(".tmp");
    }

    /** {@code stem_i.ext}: the suffix goes before the extension, as the seed does. */
    private static Path suffixed(Path target, int i) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String suffixed = dot > 0 ? name.substring(0, dot) + "_" + i + name.substring(dot) : name + "_" + i;
        return target.resolveSibling(suffixed);
    }

    /** The claim key: the path below the destination, '/'-separated, in lower case (see the class comment). */
    private String key(Path target) {
        return root.relativize(target).toString().replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    private Path relative(Path target) {
        return target == null ? null : root.relativize(target);
    }

    private static boolean same(Path a, Path b) {
        try {
            return FileTransfer.sameContent(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    private Placement result(Inspection in, Path destination, Action action, String reason) {
        return new Placement(in.path(), in.relative(), destination, relative(destination), action, reason);
    }
}
