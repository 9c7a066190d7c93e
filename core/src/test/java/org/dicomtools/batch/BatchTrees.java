// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.ts.TransferSyntaxes;

/** Folder trees for batch tests: the synthetic study with what real folders also hold. */
final class BatchTrees {
    /** Files that are not DICOM instances, relative to the root: each must be skipped with a reason. */
    static final List<String> JUNK = List.of(".DS_Store", "DICOMDIR", "ct/notes.txt", "us/empty", "logo.png");

    /**
     * @param root   the tree
     * @param dicom  relative paths of every DICOM instance in it
     */
    record Tree(Path root, List<String> dicom) {
    }

    private BatchTrees() {
    }

    /**
     * SampleStudy (29 files), the {@link #JUNK} files, and copies of a CT slice under hostile names in nested
     * folders: spaces, non-ASCII letters, no extension, and {@code a:b} where the file system allows it.
     */
    static Tree study(Path root) {
        try {
            List<String> dicom = new ArrayList<>();
            SampleStudy.write(root).files().forEach(f -> dicom.add(slashes(root.relativize(f.path()))));
            Files.write(root.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1', 0, 0, 0x10, 0});
            dicomDir(root.resolve("DICOMDIR"));
            Files.writeString(root.resolve("ct/notes.txt"), "hello, these are notes about the scans\n");
            Files.write(root.resolve("us/empty"), new byte[0]);
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", root.resolve("logo.png").toFile());
            Path slice = root.resolve("ct/CT-0001.dcm");
            for (String name : new String[] {"deep/a b/ünïcødé/CT copy.dcm", "deep/a b/IM0001", "deep/a:b.dcm"}) {
                try {
                    Path copy = root.resolve(name);
                    Files.createDirectories(copy.getParent());
                    Files.copy(slice, copy);
                    dicom.add(name);
                } catch (InvalidPathException | IOException e) {
                    // a:b is not a legal name everywhere; the others are.
                    if (!name.contains(":")) {
                        throw e;
                    }
                }
            }
            return new Tree(root, List.copyOf(dicom));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A media directory (PS3.10 8.6): DICOM, but not an instance to process. */
    static void dicomDir(Path file) {
        DataSet record = new DataSet();
        record.setString(Tag.FileSetID, VR.CS, "SET");
        DicomFile index = DicomFile.of(FileMeta.create(null, record, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
                record, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        index.fileMeta().setString(Tag.MediaStorageSOPClassUID, VR.UI, Uid.MediaStorageDirectoryStorage);
        DicomWriter.write(file, index);
    }

    static String slashes(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
