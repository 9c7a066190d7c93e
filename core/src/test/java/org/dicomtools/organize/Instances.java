// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.ts.TransferSyntaxes;

/** Small DICOM files built in code for the organize tests. */
final class Instances {
    private Instances() {
    }

    /** A minimal secondary-capture header with the given SOP Instance UID, changed by {@code edit}. */
    static Path write(Path file, String sopInstanceUid, Consumer<DataSet> edit) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tag.SOPClassUID, VR.UI, Uid.SecondaryCaptureImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, sopInstanceUid);
        ds.setString(Tag.Modality, VR.CS, "OT");
        ds.setString(Tag.PatientName, VR.PN, "TEST^PATIENT");
        ds.setString(Tag.PatientID, VR.LO, "P1");
        ds.setString(Tag.StudyDate, VR.DA, "20240101");
        ds.setString(Tag.SeriesNumber, VR.IS, "1");
        ds.setString(Tag.InstanceNumber, VR.IS, "1");
        edit.accept(ds);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DicomFile f = DicomFile.of(FileMeta.create(null, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN), ds,
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        DicomWriter.write(file, f, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.DEFAULT);
        return file;
    }

    static Path write(Path file, String sopInstanceUid) {
        return write(file, sopInstanceUid, ds -> { });
    }

    /** Every regular file below {@code root}, as '/'-separated relative paths, sorted. */
    static List<String> files(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            List<String> out = new ArrayList<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
