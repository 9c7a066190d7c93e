// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.dicomtools.io.FolderScan;

/**
 * A run to make.
 *
 * @param operation what to do to each DICOM file
 * @param input     the folder to walk (a single file is accepted and is the whole run)
 * @param output    where outputs go, mirroring the input tree; {@code null} for operations that write nothing.
 *                  {@link #defaultOutput} gives the usual sibling folder
 * @param recursive walk sub-folders too (default false: the folder's own files)
 * @param jobs      files processed at once (at least 1; the CLI's default is the number of cores)
 * @param resume    skip files whose output exists and is not older than the input
 */
public record BatchRequest(BatchOperation operation, Path input, Path output, boolean recursive, int jobs,
                           boolean resume) {

    public BatchRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(input, "input");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** {@code <DIR>_<op>} beside the input folder, e.g. {@code scans_anonymize} for {@code scans}. */
    public static Path defaultOutput(Path input, String operation) {
        Path abs = input.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        String name = abs.getFileName() == null ? "root" : abs.getFileName().toString();
        if (Files.isRegularFile(abs)) {
            int dot = name.lastIndexOf('.');
            name = dot > 0 ? name.substring(0, dot) : name;
        }
        return parent.resolve(name + "_" + operation);
    }

    /**
     * Why the output folder cannot be used, or {@code null} when it can: the input folder itself (outputs would
     * replace inputs), or a folder inside it when walking recursively (outputs would be found again as inputs).
     */
    public String outputConflict() {
        if (output == null) {
            return operation.writes() ? "an output folder is needed" : null;
        }
        Path in = FolderScan.realPath(input);
        Path out = FolderScan.realPath(output);
        if (out.equals(in)) {
            return "the output folder is the input folder: outputs would replace the inputs";
        }
        if (recursive && out.startsWith(in)) {
            return "the output folder " + output + " is inside the input folder, where a recursive walk would find "
                    + "the outputs again; choose a folder outside it";
        }
        return null;
    }
}
