// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.batch.ConvertOperation;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.operations.ToImageRequest;

final class BatchConvertCommand implements Command, InputCommand {
    final BatchOptions batch = new BatchOptions();
    final RenderMixin render = new RenderMixin();

    @Override
    public void define(CommandSpec spec) {
        spec.description("Render every DICOM file as to-image does, to <stem>.<ext> in the mirrored tree.");
        batch.define(spec);
        render.define(spec);
    }

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        ToImageRequest settings = render.request(null, null, "batch convert");
        if (batch.resume && settings.allFrames()) {
            throw new UsageException("--resume cannot tell whether every frame of --all-frames was written; run "
                    + "without one of them");
        }
        return BatchExecution.run(batch, new ConvertOperation(settings));
    }
}
