// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;

final class DecompressCommand implements Command, InputCommand {
    Path file;
    Path output;
    Integer jobs;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Decode encapsulated pixel data to Explicit VR Little Endian (transcode --transfer-syntax "
                + "explicit).");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("-o", "--output").label("F").help("Output file (default <stem>_decompressed.dcm beside the input).")
                .path(v -> output = v);
        spec.option("-j", "--jobs").help("Frames decoded in parallel (default: all cores).").intValue(v -> jobs = v);
        spec.option("--json").help("Print one JSON object instead of text.").flag(() -> json = true);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() {
        return TranscodeCommand.run(file, output == null ? Cli.sibling(file, "_decompressed.dcm") : output,
                "explicit", org.dicomtools.codec.EncodeOptions.DEFAULT, true, jobs, json);
    }
}
