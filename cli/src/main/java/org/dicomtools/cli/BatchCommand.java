// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code batch OP DIR}: one operation over a folder tree (SPEC §8); each operation is a sub-command. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run an operation over a folder tree on all cores: DICOM found by content, the tree mirrored "
                + "under --output, a JSON-lines --report, --resume to skip what is done.",
            "Exit 0 all succeeded, 82 some failed, 23 all failed, 21 no DICOM found."},
        subcommands = {BatchListCommand.class, BatchConvertCommand.class, BatchAnonymizeCommand.class,
            BatchTranscodeCommand.class, BatchDecompressCommand.class, BatchValidateCommand.class,
            BatchStatsCommand.class})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "an operation is required: list, convert, anonymize, transcode, decompress, validate or stats");
    }
}
