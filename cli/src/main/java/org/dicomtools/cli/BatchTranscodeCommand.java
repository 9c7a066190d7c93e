// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.batch.TranscodeOperation;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;

final class BatchTranscodeCommand implements Command, InputCommand {
    final BatchOptions batch = new BatchOptions();
    final TranscodeMixin codec = new TranscodeMixin();

    @Override
    public void define(CommandSpec spec) {
        spec.description("Change the transfer syntax of every DICOM file (lossless output verified by decoding).");
        batch.define(spec);
        codec.define(spec);
    }

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        return BatchExecution.run(batch, TranscodeOperation.transcode(Transcoder.standard(),
                codec.options(CodecRegistry.standard())));
    }
}
