// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.nio.file.Path;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.DicomException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomProbe;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.FolderScan;
import org.dicomtools.io.ReadOptions;

/**
 * What the parallel part of a run learns about one walked entry: whether it is a DICOM instance and, if so, its
 * destination below the destination folder and its SOP Instance UID. Only this small record is kept while placement
 * catches up, never the data set.
 *
 * @param path           the file (or the path the walker could not handle)
 * @param relative       its path below the source folder
 * @param kind           what it is
 * @param components     for an instance, the safe destination path components; empty otherwise
 * @param sopInstanceUid for an instance, its SOP Instance UID, or {@code null} when it has none
 * @param reason         for anything else, why it is not placed
 */
record Inspection(Path path, Path relative, Kind kind, List<String> components, String sopInstanceUid,
                  String reason) {

    enum Kind { INSTANCE, NOT_DICOM, FAILED }

    /** Probes the entry, reads its header (stopping before Pixel Data) and renders its destination. */
    static Inspection of(FolderScan.Entry entry, Path root, PathTemplate template) {
        if (entry instanceof FolderScan.Problem p) {
            return new Inspection(p.path(), relativeTo(root, p.path()), Kind.FAILED, List.of(), null, p.reason());
        }
        FolderScan.FileEntry f = (FolderScan.FileEntry) entry;
        DicomProbe.Result probe = DicomProbe.probe(f.path());
        if (!probe.isInstance()) {
            return new Inspection(f.path(), f.relative(), Kind.NOT_DICOM, List.of(), null, probe.reason());
        }
        DicomFile header;
        try {
            header = DicomReader.read(f.path(), ReadOptions.HEADER_ONLY);
        } catch (DicomException e) {
            return new Inspection(f.path(), f.relative(), Kind.FAILED, List.of(), null,
                    "cannot read the header: " + e.getMessage());
        }
        if (DicomProbe.isDicomDir(header)) {
            return new Inspection(f.path(), f.relative(), Kind.NOT_DICOM, List.of(), null,
                    "DICOMDIR (a media directory, not an instance)");
        }
        List<String> components = template.render(header.fileMeta(), header.dataSet(), f.path().getFileName()
                .toString());
        return new Inspection(f.path(), f.relative(), Kind.INSTANCE, components, sopInstanceUid(header), null);
    }

    private static String sopInstanceUid(DicomFile header) {
        String uid = header.dataSet().getString(Tag.SOPInstanceUID);
        if (uid == null || uid.isBlank()) {
            DataSet meta = header.fileMeta();
            uid = meta.getString(Tag.MediaStorageSOPInstanceUID);
        }
        return uid == null || uid.isBlank() ? null : uid.strip();
    }

    private static Path relativeTo(Path root, Path p) {
        try {
            return root.relativize(p);
        } catch (IllegalArgumentException e) {
            return p.getFileName();
        }
    }
}
