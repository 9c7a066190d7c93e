// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.modify.Modification;
import org.dicomtools.modify.ModifyOptions;
import org.dicomtools.modify.ModifyResult;
import org.dicomtools.modify.Modifier;
import org.dicomtools.modify.TagListing;

final class ModifyCommand implements Command, InputCommand {
    Path file;
    List<String> tags = new ArrayList<>();
    List<String> deletes = new ArrayList<>();
    String privateCreator;
    Path output;
    boolean inPlace;
    boolean list;
    boolean dryRun;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Set, add or delete elements; every value is checked against its VR.");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("-t", "--tag").label("PATH=VALUE")
                .help("Set an element (repeatable): Keyword=value, (gggg,eeee)=value, Sequence[0].Keyword=value, "
                        + "(gggg,xxee)=value with --private-creator. Values split on '\\'.")
                .repeatable().string(tags::add);
        spec.option("--delete").label("PATH")
                .help("Delete an element, or an item as Sequence[i] (repeatable; applied before -t).").repeatable()
                .string(deletes::add);
        spec.option("--private-creator").label("NAME")
                .help("Private creator whose block (gggg,xxee) paths name; reserved when absent.")
                .string(v -> privateCreator = v);
        spec.option("-o", "--output").label("F").help("Output file (default <stem>_modified.dcm beside the input).")
                .path(v -> output = v);
        spec.option("--in-place").help("Replace the input (through a temporary file renamed over it).")
                .flag(() -> inPlace = true);
        spec.option("--list", "--list-tags").help("Only list the file's elements; write nothing.")
                .flag(() -> list = true);
        spec.option("--dry-run").help("Show the changes; write nothing.").flag(() -> dryRun = true);
        spec.option("--json").help("Print one JSON document instead of text.").flag(() -> json = true);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws Exception {
        if (inPlace && output != null) {
            throw new UsageException("--in-place and --output exclude each other");
        }
        if (list) {
            if (!tags.isEmpty() || !deletes.isEmpty() || inPlace || output != null || dryRun) {
                throw new UsageException(
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
