// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.UidEntry;
import org.dicomtools.dict.UidRegistry;
import org.dicomtools.search.Criterion;
import org.dicomtools.search.DateRange;
import org.dicomtools.search.ElementPath;
import org.dicomtools.search.Search;
import org.dicomtools.search.SearchRequest;
import org.dicomtools.search.SearchResult;
import org.dicomtools.search.SkippedFile;

final class SearchCommand implements Command, InputCommand {
    Path dir;
    boolean recursive;
    List<String> tags = new ArrayList<>();
    String patientName;
    String patientId;
    String accessionNumber;
    String modality;
    String studyDate;
    String studyDescription;
    String seriesDescription;
    String bodyPart;
    String studyUid;
    String seriesUid;
    String sopClassUid;
    List<String> show = new ArrayList<>();
    String format;
    boolean json;
    boolean redact;
    Integer jobs;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Find the DICOM files of a folder whose elements match every criterion.",
                "Patterns ignore case: plain text is a substring, * and ? are wildcards anchored at the start "
                        + "(other characters literal), /regex/ is a regular expression search. Dates (DA) take "
                        + "YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD- or -YYYYMMDD. Person names match with ^ or spaces.");
        spec.positional("DIR").help("Folder to search (a single file is searched alone).").path(v -> dir = v);
        spec.option("-r", "--recursive").help("Include sub-folders.").flag(() -> recursive = true);
        spec.option("-t", "--tag").label("KEY=PATTERN")
                .help("Criterion on an element named by keyword, by tag (gggg,eeee), or by a path into a sequence: "
                        + "Seq[0].Keyword in the first item, Seq.Keyword in any. Repeatable.")
                .repeatable().string(tags::add);
        spec.option("--patient-name").label("P").help("PatientName (DOE^JANE or DOE JANE).")
                .string(v -> patientName = v);
        spec.option("--patient-id").label("I").help("PatientID.").string(v -> patientId = v);
        spec.option("--accession-number").label("A").help("AccessionNumber.").string(v -> accessionNumber = v);
        spec.option("--modality").label("M").help("Modality, the whole code (CT finds CT only).")
                .string(v -> modality = v);
        spec.option("--study-date").label("RANGE")
                .help("StudyDate: YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD- or -YYYYMMDD.").string(v -> studyDate = v);
        spec.option("--study-description").label("D").help("StudyDescription.").string(v -> studyDescription = v);
        spec.option("--series-description").label("D").help("SeriesDescription.").string(v -> seriesDescription = v);
        spec.option("--body-part").label("B").help("BodyPartExamined.").string(v -> bodyPart = v);
        spec.option("--study-uid").label("UID").help("StudyInstanceUID, the whole UID.").string(v -> studyUid = v);
        spec.option("--series-uid").label("UID").help("SeriesInstanceUID, the whole UID.").string(v -> seriesUid = v);
        spec.option("--sop-class-uid").label("UID").help("SOPClassUID, the whole UID or its keyword (CTImageStorage).")
                .string(v -> sopClassUid = v);
        spec.option("--show").label("KEY").help("More columns (default Modality, StudyDate after the criteria).")
                .split(",").string(show::add);
        spec.option("--format").label("FMT").defaultValue("table").help("table (default), list, csv or json.")
                .string(v -> format = v);
        spec.option("--json").help("Same as --format json.").flag(() -> json = true);
        spec.option("--redact")
                .help("Show PatientName, PatientID, PatientBirthDate, PatientSex, AccessionNumber, StudyDate and "
                        + "StudyTime as <redacted>.")
                .flag(() -> redact = true);
        spec.option("-j", "--jobs").label("N").help("Files read in parallel (default: all cores).")
                .intValue(v -> jobs = v);
    }

    @Override
    public Path input() {
        return dir;
    }

    @Override
    public Integer call() throws IOException {
        String fmt = json ? "json" : format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "list", "csv", "json").contains(fmt)) {
            throw usage("--format must be table, list, csv or json, not '" + format + "'");
        }
        List<Criterion> criteria = criteria();
        if (criteria.isEmpty()) {
            throw usage("no search criteria (give -t KEY=PATTERN or an option such as --patient-name)");
        }
        List<ElementPath> columns = new ArrayList<>(SearchRequest.DEFAULT_COLUMNS);
        for (String key : show) {
            columns.add(parse("--show", () -> ElementPath.parse(key)));
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
        SearchResult result = Search.run(new SearchRequest(dir, recursive, criteria, columns, threads),
                SearchCommand::skipped);
        if (result.searched() == 0) {
            System.err.println(dir.getFileName() + ": no DICOM files found (" + result.scanned() + " files scanned"
                    + (result.skipped() > 0 && !Main.verbose ? "; --verbose lists them" : "")
                    + (recursive ? "" : "; --recursive searches sub-folders") + ")");
            return ExitCodes.NO_INPUT;
        }
        SearchOutput out = new SearchOutput(result, redact);
        switch (fmt) {
            case "list" -> System.out.print(out.list());
            case "csv" -> System.out.print(out.csv());
            case "json" -> out.json(criteria, System.out);
            default -> System.out.print(result.matches().isEmpty() ? "No matching files.\n" : out.table());
        }
        System.out.flush();
        int n = result.matches().size();
        System.err.println(n + (n == 1 ? " file" : " files") + " matched (" + result.scanned() + " scanned, "
                + result.skipped() + " skipped" + (result.skipped() > 0 && !Main.verbose ? "; --verbose lists them"
                : "") + ")");
        return ExitCodes.OK;
    }

    /** The shortcut options in a fixed order, then each -t in the order given. */
    private List<Criterion> criteria() {
        List<Criterion> c = new ArrayList<>();
        text(c, "--patient-name", Tag.PatientName, patientName);
        text(c, "--patient-id", Tag.PatientID, patientId);
        text(c, "--accession-number", Tag.AccessionNumber, accessionNumber);
        whole(c, "--modality", Tag.Modality, modality);
        if (studyDate != null) {
            DateRange range = parse("--study-date", () -> DateRange.parse(studyDate));
            c.add(new Criterion(ElementPath.of(Tag.StudyDate), studyDate, range));
        }
        text(c, "--study-description", Tag.StudyDescription, studyDescription);
        text(c, "--series-description", Tag.SeriesDescription, seriesDescription);
        text(c, "--body-part", Tag.BodyPartExamined, bodyPart);
        whole(c, "--study-uid", Tag.StudyInstanceUID, studyUid);
        whole(c, "--series-uid", Tag.SeriesInstanceUID, seriesUid);
        if (sopClassUid != null) {
            UidEntry named = UidRegistry.standard().byKeyword(sopClassUid);
            whole(c, "--sop-class-uid", Tag.SOPClassUID, named != null ? named.uid() : sopClassUid);
        }
        for (String spec : tags) {
            c.add(parse("-t", () -> Criterion.parse(spec)));
        }
        return c;
    }

    private void text(List<Criterion> c, String option, int tag, String pattern) {
        if (pattern != null) {
            c.add(parse(option, () -> Criterion.of(ElementPath.of(tag), pattern)));
        }
    }

    private void whole(List<Criterion> c, String option, int tag, String pattern) {
        if (pattern != null) {
            c.add(parse(option, () -> Criterion.whole(ElementPath.of(tag), pattern)));
        }
    }

    /** Runs a parser; its IllegalArgumentException (which never holds a text pattern) becomes a usage error. */
    private <T> T parse(String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private UsageException usage(String message) {
        return new UsageException(message);
    }

    /** Folder problems always (the result may be incomplete); skipped files with --verbose. */
    private static void skipped(SkippedFile s) {
        if (s.kind() == SkippedFile.Kind.FOLDER_PROBLEM) {
            System.err.println("warning: " + s.path() + ": " + s.reason());
        } else if (Main.verbose) {
            System.err.println(s.path() + ": skipped: " + s.reason());
        }
    }
}
