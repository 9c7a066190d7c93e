// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.nio.file.Path;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.ts.TransferSyntax;

/**
 * What reading a file gives: the file meta group and the data set, the transfer syntax the data set was decoded with,
 * and every repair made on the way.
 *
 * @param source               the file read, or {@code null} for a stream
 * @param preamble             the 128-byte preamble, or {@code null} when the file has none
 * @param fileMeta             group 0002 (empty when the file has no meta group)
 * @param dataSet              the data set
 * @param transferSyntax       the syntax the data set was actually decoded with (detected when the meta is missing
 *                             or wrong)
 * @param pixelDataOffset      file offset of the top-level Pixel Data element header, or -1
 * @param stoppedBeforePixels  whether reading stopped before Pixel Data ({@link ReadOptions#stopBeforePixelData})
 * @param warnings             repairs made, in file order
 */
public record DicomFile(Path source, byte[] preamble, DataSet fileMeta, DataSet dataSet,
                        TransferSyntax transferSyntax, long pixelDataOffset, boolean stoppedBeforePixels,
                        List<ReadWarning> warnings) {

    public DicomFile {
        warnings = List.copyOf(warnings);
    }

    /** A data set to be written with new file meta, e.g. one built in code. */
    public static DicomFile of(DataSet fileMeta, DataSet dataSet, TransferSyntax ts) {
        return new DicomFile(null, null, fileMeta, dataSet, ts, -1, false, List.of());
    }

    public boolean hasPreamble() {
        return preamble != null;
    }
}
