// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.batch.TranscodeOperation;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "transcode", mixinStandardHelpOptions = true,
        description = "Change the transfer syntax of every DICOM file (lossless output verified by decoding).")
final class BatchTranscodeCommand implements Callable<Integer>, InputCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Mixin
    TranscodeMixin codec;

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        return BatchExecution.run(spec, batch, TranscodeOperation.transcode(Transcoder.standard(),
                codec.options(CodecRegistry.standard())));
    }
}
