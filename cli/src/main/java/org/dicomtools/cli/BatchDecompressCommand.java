// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.batch.TranscodeOperation;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.transcode.Transcoder;

final class BatchDecompressCommand implements Command, InputCommand {
    final BatchOptions batch = new BatchOptions();

    @Override
    public void define(CommandSpec spec) {
        spec.description("Write every DICOM file in Explicit VR Little Endian; files already uncompressed are "
                + "written too.");
        batch.define(spec);
    }

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        return BatchExecution.run(batch, TranscodeOperation.decompress(Transcoder.standard()));
    }
}
