// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.error.NotDicomException;

/**
 * Decides from a file's first bytes whether it is DICOM, without parsing the data set: what folder commands use to
 * find DICOM by content rather than by name, and to say why everything else was skipped.
 */
public final class DicomProbe {
    /** What a file is. */
    public enum Kind {
        /** A DICOM instance (PS3.10 file, or a bare data set starting with a plausible element). */
        DICOM,
        /** A media directory (PS3.10 DICOMDIR): DICOM, but an index of other files rather than an instance. */
        DICOMDIR,
        /** Not DICOM, or not readable: {@link Result#reason()} says which. */
        OTHER
    }

    /** The verdict, with the reason when the file is not an instance. */
    public record Result(Kind kind, String reason) {
        public boolean isInstance() {
            return kind == Kind.DICOM;
        }
    }

    private static final Result DICOM = new Result(Kind.DICOM, null);
    private static final Result DICOMDIR = new Result(Kind.DICOMDIR, "DICOMDIR (a media directory, not an instance)");
    private static final int META_BYTES = 4096;

    private DicomProbe() {
    }

    /** Probes a file; never throws for a bad or unreadable file, only reports it. */
    public static Result probe(Path file) {
        if (Files.isDirectory(file)) {
            return new Result(Kind.OTHER, "is a directory");
        }
        try (DicomInput in = new DicomInput.ChannelInput(FileChannel.open(file, StandardOpenOption.READ))) {
            if (!in.ensure(1)) {
                return new Result(Kind.OTHER, "empty file");
            }
            if (in.ensure(132) && dicm(in, 128)) {
                in.skip(132);
                return isDicomDirMeta(in) ? DICOMDIR : DICOM;
            }
            if (in.ensure(4) && dicm(in, 0)) {
                in.skip(4);
                return isDicomDirMeta(in) ? DICOMDIR : DICOM;
            }
            if (!in.ensure(8)) {
                return new Result(Kind.OTHER, "not DICOM: too short to hold a data element");
            }
            EncodingDetection.detect(in, false);
            return DICOM;
        } catch (NotDicomException e) {
            return new Result(Kind.OTHER, e.getMessage());
        } catch (NoSuchFileException e) {
            return new Result(Kind.OTHER, "no such file");
        } catch (AccessDeniedException e) {
            return new Result(Kind.OTHER, "permission denied");
        } catch (IOException e) {
            return new Result(Kind.OTHER, "cannot read: " + e.getMessage());
        }
    }

    /** Whether a read file is a DICOMDIR (PS3.10 8.6: Media Storage Directory Storage SOP Class). */
    public static boolean isDicomDir(DicomFile file) {
        return Uid.MediaStorageDirectoryStorage.equals(file.fileMeta().getString(Tag.MediaStorageSOPClassUID))
                || Uid.MediaStorageDirectoryStorage.equals(file.dataSet().getString(Tag.SOPClassUID));
    }

    private static boolean dicm(DicomInput in, int at) {
        return in.peekU8(at) == 'D' && in.peekU8(at + 1) == 'I' && in.peekU8(at + 2) == 'C' && in.peekU8(at + 3) == 'M';
    }

    /**
     * Scans the file meta group (explicit VR little endian, PS3.10 7.1) for (0002,0002) Media Storage SOP Class UID.
     * Only the first few KiB are looked at: the meta group is small, and an odd one is left to the reader.
     */
    private static boolean isDicomDirMeta(DicomInput in) throws IOException {
        int scanned = 0;
        while (scanned < META_BYTES && in.ensure(8)) {
            int group = in.peekU8(0) | in.peekU8(1) << 8;
            int element = in.peekU8(2) | in.peekU8(3) << 8;
            if (group != 0x0002) {
                return false;
            }
            VR vr = VR.ofCode(in.peekU8(4), in.peekU8(5));
            boolean longHeader = vr != null && vr.longHeader();
            long length;
            int header;
            if (longHeader) {
                if (!in.ensure(12)) {
                    return false;
                }
                length = in.peekU8(8) | in.peekU8(9) << 8 | in.peekU8(10) << 16 | (long) in.peekU8(11) << 24;
                header = 12;
            } else {
                length = in.peekU8(6) | in.peekU8(7) << 8;
                header = 8;
            }
            if (element == 0x0002 && length <= 64 && in.ensure(header + (int) length)) {
                byte[] value = new byte[(int) length];
                for (int i = 0; i < length; i++) {
                    value[i] = (byte) in.peekU8(header + i);
                }
                String uid = new String(value, StandardCharsets.US_ASCII).trim().replace("\0", "");
                return Uid.MediaStorageDirectoryStorage.equals(uid);
            }
            if (length > META_BYTES) {
                return false;
            }
            in.skip(header + length);
            scanned += header + (int) length;
        }
        return false;
    }
}
