// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import org.dicomtools.cli.args.UsageException;
import org.dicomtools.error.CodecException;
import org.dicomtools.error.DicomException;
import org.dicomtools.error.InputException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.MissingAttributeException;
import org.dicomtools.error.NotDicomException;
import org.dicomtools.error.OutputException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.image.UnsupportedImageFormatException;

/** The exit codes of SPEC §11 and the one function that maps failures to them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int CANNOT_READ = 20;
    public static final int NO_INPUT = 21;
    public static final int INVALID_INPUT = 22;
    public static final int NO_VALID_INPUT = 23;
    public static final int CANNOT_WRITE = 40;
    public static final int UNSUPPORTED = 80;
    public static final int CODEC_FAILURE = 81;
    public static final int PARTIAL_FAILURE = 82;
    public static final int INTERNAL = 99;

    private ExitCodes() {
    }

    /** The exit code for a failure. */
    public static int of(Throwable t) {
        if (t instanceof DicomException d) {
            return of(d);
        }
        if (t instanceof UsageException) {
            return USAGE;
        }
        if (t instanceof UnsupportedImageFormatException) {
            return UNSUPPORTED;
        }
        return INTERNAL;
    }

    private static int of(DicomException d) {
        // Exhaustive over the sealed family: a new subtype must be given a code here.
        if (d instanceof NotDicomException || d instanceof MalformedDicomException
                || d instanceof MissingAttributeException || d instanceof InvalidValueException) {
            return INVALID_INPUT;
        } else if (d instanceof InputException) {
            return CANNOT_READ;
        } else if (d instanceof OutputException) {
            return CANNOT_WRITE;
        } else if (d instanceof UnsupportedTransferSyntaxException) {
            return UNSUPPORTED;
        } else if (d instanceof CodecException) {
            return CODEC_FAILURE;
        }
        return INTERNAL;
    }
}
