// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.ts.TransferSyntaxes;

/** Folders for the batch command's tests, built in code. */
final class BatchFolders {
    /** What is not a DICOM instance in {@link #study}: each is skipped with a reason. */
    static final List<String> JUNK = List.of(".DS_Store", "DICOMDIR", "ct/notes.txt", "us/empty", "logo.png");

    private BatchFolders() {
    }

    /**
     * The synthetic study (29 files), the {@link #JUNK}, and copies of a CT slice under hostile names in nested
     * folders (spaces, non-ASCII, no extension, {@code a:b} where allowed). Returns the DICOM files' relative paths.
     */
    static List<String> study(Path root) {
        try {
            List<String> dicom = new ArrayList<>();
            SampleStudy.write(root).files().forEach(f -> dicom.add(slashes(root.relativize(f.path()))));
            Files.write(root.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1', 0, 0, 0x10, 0});
            dicomDir(root.resolve("DICOMDIR"));
            Files.writeString(root.resolve("ct/notes.txt"), "hello, these are notes about the scans\n");
            Files.write(root.resolve("us/empty"), new byte[0]);
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", root.resolve("logo.png").toFile());
            for (String name : new String[] {"deep/a b/ünïcødé/CT copy.dcm", "deep/a b/IM0001", "deep/a:b.dcm"}) {
                try {
                    Path copy = root.resolve(name);
                    Files.createDirectories(copy.getParent());
                    Files.copy(root.resolve("ct/CT-0001.dcm"), copy);
                    dicom.add(name);
                } catch (InvalidPathException | IOException e) {
                    if (!name.contains(":")) {
                        throw e;
                    }
                }
            }
            return List.copyOf(dicom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A media directory (PS3.10 8.6, Media Storage SOP Class 1.2.840.10008.1.3.10). */
    static void dicomDir(Path file) {
        DataSet record = new DataSet();
        record.setString(Tag.FileSetID, VR.CS, "SET");
        DicomFile index = DicomFile.of(FileMeta.create(null, record, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
                record, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        index.fileMeta().setString(Tag.MediaStorageSOPClassUID, VR.UI, Uid.MediaStorageDirectoryStorage);
        DicomWriter.write(file, index);
    }

    /** Cuts the last 100 bytes off a file, inside its pixel data. */
    static void truncate(Path file) {
        try {
            byte[] whole = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(whole, whole.length - 100));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a small but complete CT image file (16 x 16, 12 bits stored): about a kilobyte. */
    static byte[] tinyCt() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, Uid.CTImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1");
        ds.setString(Tag.StudyInstanceUID, VR.UI, "2.25.2");
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "2.25.3");
        ds.setString(Tag.StudyDate, VR.DA, "20240131");
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setString(Tag.PatientName, VR.PN, "Doe^Jane");
        ds.setString(Tag.PatientID, VR.LO, "P1");
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, 16);
        ds.setInt(Tag.Columns, VR.US, 16);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 12);
        ds.setInt(Tag.HighBit, VR.US, 11);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        byte[] pixels = new byte[16 * 16 * 2];
        for (int i = 0; i < pixels.length; i += 2) {
            pixels[i] = (byte) i;
        }
        ds.setBytes(Tag.PixelData, VR.OW, pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DicomWriter.write(out, FileMeta.create(null, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN), ds,
                    TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String slashes(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
