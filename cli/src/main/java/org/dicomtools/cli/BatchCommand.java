// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;

/** {@code batch OP DIR}: one operation over a folder tree (SPEC §8); each operation is a sub-command. */
final class BatchCommand implements Command {
    @Override
    public void define(CommandSpec spec) {
        spec.description("Run an operation over a folder tree on all cores: DICOM found by content, the tree "
                        + "mirrored under --output, a JSON-lines --report, --resume to skip what is done.",
                "Exit 0 all succeeded, 82 some failed, 23 all failed, 21 no DICOM found.");
        spec.subcommand("list", BatchListCommand::new);
        spec.subcommand("convert", BatchConvertCommand::new);
        spec.subcommand("anonymize", BatchAnonymizeCommand::new);
        spec.subcommand("transcode", BatchTranscodeCommand::new);
        spec.subcommand("decompress", BatchDecompressCommand::new);
        spec.subcommand("validate", BatchValidateCommand::new);
        spec.subcommand("stats", BatchStatsCommand::new);
    }

    @Override
    public Integer call() {
        throw new UsageException(
                "an operation is required: list, convert, anonymize, transcode, decompress, validate or stats");
    }
}
