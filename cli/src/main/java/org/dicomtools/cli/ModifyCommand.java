// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.modify.Modification;
import org.dicomtools.modify.ModifyOptions;
import org.dicomtools.modify.ModifyResult;
import org.dicomtools.modify.Modifier;
import org.dicomtools.modify.TagListing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "modify", description = "Set, add or delete elements; every value is checked against its VR.",
        mixinStandardHelpOptions = true)
final class ModifyCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = {"-t", "--tag"}, paramLabel = "PATH=VALUE",
            description = "Set an element (repeatable): Keyword=value, (gggg,eeee)=value, Sequence[0].Keyword=value, "
                    + "(gggg,xxee)=value with --private-creator. Values split on '\\'.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--delete", paramLabel = "PATH", description = "Delete an element, or an item as Sequence[i] (repeatable; applied before -t).")
    List<String> deletes = new ArrayList<>();

    @Option(names = "--private-creator", paramLabel = "NAME", description = "Private creator whose block (gggg,xxee) paths name; reserved when absent.")
    String privateCreator;

    @Option(names = {"-o", "--output"}, paramLabel = "F", description = "Output file (default <stem>_modified.dcm beside the input).")
    Path output;

    @Option(names = "--in-place", description = "Replace the input (through a temporary file renamed over it).")
    boolean inPlace;

    @Option(names = {"--list", "--list-tags"}, description = "Only list the file's elements; write nothing.")
    boolean list;

    @Option(names = "--dry-run", description = "Show the changes; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws Exception {
        if (inPlace && output != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--in-place and --output exclude each other");
        }
        if (list) {
            if (!tags.isEmpty() || !deletes.isEmpty() || inPlace || output != null || dryRun) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--list only lists; it takes none of -t, --delete, --output, --in-place, --dry-run");
            }
            TagListing listing = TagListing.of(DicomReader.read(file, ReadOptions.DEFAULT));
            if (json) {
                ModifyOutput.listingJson(file, listing, System.out);
            } else {
                ModifyOutput.listingText(file, listing, System.out);
            }
            return ExitCodes.OK;
        }
        // Values the user gave that cannot be written are usage errors (exit 1), in one line naming the file.
        List<Modification> modifications = new ArrayList<>();
        ModifyResult result;
        try {
            for (String d : deletes) {
                modifications.add(Modification.delete(d));
            }
            for (String t : tags) {
                modifications.add(Modification.parse(t));
            }
            Path out = inPlace ? file : output != null ? output : Cli.sibling(file, "_modified.dcm");
            result = Modifier.modify(file, out, modifications,
                    new ModifyOptions(privateCreator, inPlace, dryRun));
        } catch (InvalidValueException e) {
            System.err.println(file.getFileName() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        for (String w : result.warnings()) {
            System.err.println(file.getFileName() + ": warning: " + w);
        }
        if (json) {
            ModifyOutput.resultJson(result, System.out);
        } else {
            ModifyOutput.resultText(result, System.out);
        }
        return ExitCodes.OK;
    }
}
