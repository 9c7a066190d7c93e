// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.error.InputException;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScanTest {
    @TempDir
    Path dir;

    private List<FolderScan.Entry> walk(Path root, boolean recursive) {
        List<FolderScan.Entry> found = new ArrayList<>();
        FolderScan.walk(root, recursive, found::add);
        return found;
    }

    private static List<String> relatives(List<FolderScan.Entry> entries) {
        return entries.stream().filter(e -> e instanceof FolderScan.FileEntry)
                .map(e -> ((FolderScan.FileEntry) e).relative().toString().replace('\\', '/')).toList();
    }

    @Test
    void visitsFilesInSortedOrderFilesBeforeSubfolders() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("z.txt"), "z");
        Files.writeString(dir.resolve("a.dcm"), "a");
        Files.writeString(dir.resolve("b/2"), "2");
        Files.writeString(dir.resolve("b/1"), "1");
        Files.writeString(dir.resolve("b/c/x"), "x");

        assertThat(relatives(walk(dir, true))).containsExactly("a.dcm", "z.txt", "b/1", "b/2", "b/c/x");
        assertThat(relatives(walk(dir, false))).containsExactly("a.dcm", "z.txt");
        FolderScan.FileEntry first = (FolderScan.FileEntry) walk(dir, false).get(0);
        assertThat(first.size()).isEqualTo(1);
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotWalkedForever() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/f"), "f");
        Files.createSymbolicLink(dir.resolve("a/b/up"), dir.resolve("a"));

        List<FolderScan.Entry> found = walk(dir, true);

        assertThat(relatives(found)).containsExactly("a/b/f");
        assertThat(found).filteredOn(e -> e instanceof FolderScan.Problem)
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo(dir.resolve("a/b/up"));
                    assertThat(((FolderScan.Problem) p).reason()).contains("loop");
                });
    }

    @Test
    void linkedFoldersAndFilesAreFollowedAndBrokenLinksReported() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("o"), "o");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(root.resolve("linked"), outside);
        Files.createSymbolicLink(root.resolve("gone"), dir.resolve("missing"));

        List<FolderScan.Entry> found = walk(root, true);

        assertThat(relatives(found)).containsExactly("linked/o");
        assertThat(found).filteredOn(e -> e instanceof FolderScan.Problem)
                .extracting(e -> ((FolderScan.Problem) e).reason()).containsExactly("broken symbolic link");
    }

    @Test
    void aFileRootYieldsItselfAndAMissingRootIsAnInputError() throws IOException {
        Path f = Files.writeString(dir.resolve("one.dcm"), "x");
        assertThat(relatives(walk(f, true))).containsExactly("one.dcm");
        assertThatThrownBy(() -> walk(dir.resolve("nope"), true)).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void probeTellsDicomFromEverythingElse() throws IOException {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, Uid.CTImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1");
        ds.setString(Tag.PatientID, VR.LO, "P");
        Path full = dir.resolve("noext");
        Files.write(full, Fixtures.write(ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.DEFAULT));
        Path bare = dir.resolve("bare");
        try (var out = Files.newOutputStream(bare)) {
            DicomWriter.writeDataSet(out, ds, TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN, WriteOptions.DEFAULT);
        }
        DataSet dirRecord = new DataSet();
        dirRecord.setString(Tag.FileSetID, VR.CS, "SET");
        Path dicomdir = dir.resolve("DICOMDIR");
        DicomFile index = DicomFile.of(FileMeta.create(null, dirRecord, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
                dirRecord, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        index.fileMeta().setString(Tag.MediaStorageSOPClassUID, VR.UI, Uid.MediaStorageDirectoryStorage);
        DicomWriter.write(dicomdir, index);

        assertThat(DicomProbe.probe(full).kind()).isEqualTo(DicomProbe.Kind.DICOM);
        assertThat(DicomProbe.probe(bare).kind()).isEqualTo(DicomProbe.Kind.DICOM);
        assertThat(DicomProbe.probe(dicomdir).kind()).isEqualTo(DicomProbe.Kind.DICOMDIR);
        assertThat(DicomProbe.isDicomDir(DicomReader.read(dicomdir))).isTrue();
        assertThat(DicomProbe.isDicomDir(DicomReader.read(full))).isFalse();

        assertThat(DicomProbe.probe(Files.write(dir.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'})))
                .satisfies(r -> assertThat(r.kind()).isEqualTo(DicomProbe.Kind.OTHER));
        assertThat(DicomProbe.probe(Files.writeString(dir.resolve("notes.txt"), "hello, this is text")).reason())
                .startsWith("not DICOM");
        assertThat(DicomProbe.probe(Files.write(dir.resolve("empty"), new byte[0])).reason()).isEqualTo("empty file");
        assertThat(DicomProbe.probe(dir.resolve("missing")).reason()).isEqualTo("no such file");
        assertThat(DicomProbe.probe(dir).reason()).isEqualTo("is a directory");
    }
}
