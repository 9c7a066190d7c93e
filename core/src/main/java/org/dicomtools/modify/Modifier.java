// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dicomtools.data.DataSet;
import org.dicomtools.error.OutputException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.ReadWarning;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.ts.TransferSyntax;

/**
 * Sets, adds and deletes elements of a file or a data set, every value checked against its VR first
 * ({@link ValueCheck}). The file keeps its transfer syntax; Pixel Data is copied from the source as it is (native or
 * encapsulated), streamed and never loaded. The file meta is not edited: the writer builds it anew from the data set
 * ({@link org.dicomtools.io.FileMeta#create}), so a changed SOP Instance UID or SOP Class UID reaches Media Storage
 * SOP Instance UID and Media Storage SOP Class UID, and the old meta's source AE title and private information are
 * kept.
 */
public final class Modifier {
    private Modifier() {
    }

    /**
     * Reads {@code in}, applies the modifications in order and writes {@code out} atomically (a temporary file in
     * its folder, then renamed). With {@link ModifyOptions#inPlace()} the output is {@code in} itself and {@code out}
     * is ignored; otherwise writing to the input's own path is refused. With {@link ModifyOptions#dryRun()} nothing
     * is written. An empty list writes a copy.
     *
     * @throws org.dicomtools.error.InvalidValueException when a modification cannot be applied (nothing is written)
     * @throws OutputException when the output cannot be written, or is the input without in-place
     * @throws UnsupportedTransferSyntaxException when the file's transfer syntax cannot be written back
     */
    public static ModifyResult modify(Path in, Path out, List<Modification> modifications, ModifyOptions options) {
        Path target = options.inPlace() ? in : Objects.requireNonNull(out, "out");
        if (!options.inPlace() && sameFile(in, out)) {
            throw new OutputException("refusing to write over the input " + in + " without in-place", null);
        }
        Set<PosixFilePermission> permissions = options.inPlace() ? replaceable(in) : null;
        DicomFile file = DicomReader.read(in, ReadOptions.DEFAULT);
        TransferSyntax ts = file.transferSyntax();
        // The writer's own limits: encapsulation needs explicit VR, and a syntax without an image codec (video) is
        // not one it writes.
        if (ts.encapsulated() && !ts.explicitVR() || !ts.isNative() && !ts.pixelCodec()) {
            throw new UnsupportedTransferSyntaxException(ts.uid(), true, "cannot write files in " + ts
                    + ", so they cannot be modified");
        }
        ModifyResult edits = apply(file.dataSet(), modifications, options);
        List<String> warnings = new ArrayList<>();
        for (ReadWarning w : file.warnings()) {
            warnings.add("read: " + w);
        }
        warnings.addAll(edits.warnings());
        if (!options.dryRun()) {
            DicomWriter.write(target, file, ts, WriteOptions.DEFAULT);
            if (permissions != null) {
                keepPermissions(target, permissions, warnings);
            }
        }
        return new ModifyResult(in, target, !options.dryRun(), edits.changes(), warnings);
    }

    /**
     * Applies the modifications in order to {@code dataSet}, changing it in place. When one fails, those before it
     * stay applied. The result has no input or output.
     *
     * @throws org.dicomtools.error.InvalidValueException naming the path, the value, the VR and the reason
     */
    public static ModifyResult apply(DataSet dataSet, List<Modification> modifications, ModifyOptions options) {
        DataSetEditor editor = new DataSetEditor(dataSet, options);
        for (Modification m : modifications) {
            editor.apply(m);
        }
        return new ModifyResult(null, null, false, editor.changes(), editor.warnings());
    }

    /**
     * The permissions of a file to be replaced, which the new file gets too. A read-only file is refused: the rename
     * that replaces it would not need its write permission, and would quietly defeat it.
     */
    private static Set<PosixFilePermission> replaceable(Path in) {
        Set<PosixFilePermission> permissions = null;
        try {
            permissions = Files.getPosixFilePermissions(in);
        } catch (UnsupportedOperationException | IOException e) {
            // Not POSIX, or unreadable: the reader reports the latter.
        }
        if (Files.exists(in) && (!Files.isWritable(in)
                || permissions != null && !permissions.contains(PosixFilePermission.OWNER_WRITE))) {
            throw new OutputException(in + " is read-only; it is not replaced in place", null);
        }
        return permissions;
    }

    private static void keepPermissions(Path file, Set<PosixFilePermission> permissions, List<String> warnings) {
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            warnings.add("the replaced file's permissions could not be restored: " + e.getMessage());
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Fall through to comparing the names.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
