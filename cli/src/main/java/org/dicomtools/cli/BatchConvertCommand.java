// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.batch.ConvertOperation;
import org.dicomtools.operations.ToImageRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Render every DICOM file as to-image does, to <stem>.<ext> in the mirrored tree.")
final class BatchConvertCommand implements Callable<Integer>, InputCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Mixin
    RenderMixin render;

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        ToImageRequest settings = render.request(null, null, "batch convert");
        if (batch.resume && settings.allFrames()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--resume cannot tell whether every frame of --all-frames was written; run without one of them");
        }
        return BatchExecution.run(spec, batch, new ConvertOperation(settings));
    }
}
