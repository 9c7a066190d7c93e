// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.batch.TranscodeOperation;
import org.dicomtools.transcode.Transcoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "decompress", mixinStandardHelpOptions = true,
        description = "Write every DICOM file in Explicit VR Little Endian; files already uncompressed are written too.")
final class BatchDecompressCommand implements Callable<Integer>, InputCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        return BatchExecution.run(spec, batch, TranscodeOperation.decompress(Transcoder.standard()));
    }
}
