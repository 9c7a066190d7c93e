// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "decompress", description = "Decode encapsulated pixel data to Explicit VR Little Endian (transcode --transfer-syntax explicit).",
        mixinStandardHelpOptions = true)
final class DecompressCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "F", description = "Output file (default <stem>_decompressed.dcm beside the input).")
    Path output;

    @Option(names = {"-j", "--jobs"}, description = "Frames decoded in parallel (default: all cores).")
    Integer jobs;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

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
