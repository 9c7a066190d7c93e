// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import org.dicomtools.deident.DeidentifyOptions;
import org.dicomtools.deident.Deidentifier;
import org.dicomtools.error.InputException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.FolderScan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path dir;
    BatchTrees.Tree tree;
    Path out;

    @BeforeEach
    void writeTree() {
        tree = BatchTrees.study(dir.resolve("scans"));
        out = dir.resolve("scans_anonymize");
    }

    private static AnonymizeOperation anonymize() {
        return new AnonymizeOperation(new Deidentifier(DeidentifyOptions.DEFAULT));
    }

    private BatchSummary run(BatchOperation op, int jobs, boolean resume, BatchListener listener) {
        return new BatchRunner(new BatchRequest(op, tree.root(), op.writes() ? out : null, true, jobs, resume))
                .run(listener);
    }

    @Test
    void findsDicomByContentAndSkipsEverythingElseWithTheReason() {
        Recorder r = new Recorder();
        BatchSummary s = run(new ListOperation(), 3, false, r);

        assertThat(r.paths(FileOutcome.Status.OK)).containsExactlyInAnyOrderElementsOf(tree.dicom());
        assertThat(r.paths(FileOutcome.Status.SKIPPED)).containsExactlyInAnyOrderElementsOf(BatchTrees.JUNK);
        assertThat(r.byPath().get("DICOMDIR").message()).startsWith("DICOMDIR");
        assertThat(r.byPath().get("us/empty").message()).isEqualTo("empty file");
        assertThat(r.byPath().get("ct/notes.txt").message()).startsWith("not DICOM");
        assertThat(s.counts().found()).isEqualTo(tree.dicom().size() + BatchTrees.JUNK.size());
        assertThat(s.counts().succeeded()).isEqualTo(tree.dicom().size());
        assertThat(s.counts().skipped()).isEqualTo(BatchTrees.JUNK.size());
        assertThat(s.counts().walkComplete()).isTrue();
        assertThat(s.cancelled()).isFalse();
        assertThat(r.overlapped).isFalse();
        assertThat(r.finished).isEqualTo(s);
    }

    @Test
    void listenerCallsNeverOverlapAndTheWalkIsReportedBeforeItsFiles() {
        class Ordered extends Recorder {
            final java.util.Set<Path> found = new java.util.HashSet<>();
            volatile boolean outcomeBeforeFound;
            long walkedTotal = -1;

            @Override
            public void found(FolderScan.Entry entry, BatchProgress soFar) {
                enter();
                found.add(entry.path());
                leave();
            }

            @Override
            public void walked(BatchProgress soFar) {
                walkedTotal = soFar.found();
            }

            @Override
            public void outcome(FileOutcome o, BatchProgress soFar) {
                if (!found.contains(tree.root().resolve(o.path().toString()))) {
                    outcomeBeforeFound = true;
                }
                super.outcome(o, soFar);
            }
        }
        Ordered r = new Ordered();
        run(anonymize(), 4, false, r);
        assertThat(r.overlapped).isFalse();
        assertThat(r.outcomeBeforeFound).isFalse();
        assertThat(r.walkedTotal).isEqualTo(tree.dicom().size() + BatchTrees.JUNK.size());
    }

    @Test
    void aFileDeletedAfterDiscoveryFailsAsMissingAndTheRunGoesOn() {
        Path victim = tree.root().resolve("ct/CT-0005.dcm");
        Recorder r = new Recorder() {
            @Override
            public void found(FolderScan.Entry entry, BatchProgress soFar) {
                // Called after the walk found the file and before any worker can see it.
                if (entry.path().equals(victim)) {
                    try {
                        Files.delete(victim);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        BatchSummary s = run(anonymize(), 2, false, r);

        FileOutcome gone = r.byPath().get("ct/CT-0005.dcm");
        assertThat(gone.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(gone.failure()).isInstanceOf(InputException.class).hasMessage("no such file");
        assertThat(s.counts().failed()).isEqualTo(1);
        assertThat(s.counts().succeeded()).isEqualTo(tree.dicom().size() - 1);
    }

    @Test
    void anUnreadableFileFailsAsUnreadable() throws IOException {
        Path locked = tree.root().resolve("ct/CT-0007.dcm");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
            Recorder r = new Recorder();
            run(anonymize(), 2, false, r);
            FileOutcome o = r.byPath().get("ct/CT-0007.dcm");
            assertThat(o.status()).isEqualTo(FileOutcome.Status.FAILED);
            assertThat(o.failure()).isInstanceOf(InputException.class).hasMessage("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aTruncatedFileFailsAsMalformed() throws IOException {
        Path ct = tree.root().resolve("ct/CT-0002.dcm");
        byte[] whole = Files.readAllBytes(ct);
        Files.write(ct, Arrays.copyOf(whole, whole.length - 100));
        Recorder r = new Recorder();
        BatchSummary s = run(anonymize(), 2, false, r);
        assertThat(r.byPath().get("ct/CT-0002.dcm").failure()).isInstanceOf(MalformedDicomException.class);
        assertThat(s.counts().failed()).isEqualTo(1);
        assertThat(out.resolve("ct/CT-0002.dcm")).doesNotExist();
        assertThat(out.resolve("ct/CT-0003.dcm")).exists();
    }

    @Test
    void anOutputThatCannotBeWrittenFailsThoseFilesOnly() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("ct"), "a file where the ct folder should go");
        Recorder r = new Recorder();
        BatchSummary s = run(anonymize(), 2, false, r);
        assertThat(r.byPath().get("ct/CT-0001.dcm").failure()).isInstanceOf(OutputException.class);
        assertThat(s.counts().failed()).isEqualTo(20);
        assertThat(s.counts().succeeded()).isEqualTo(tree.dicom().size() - 20);
    }

    @Test
    void anInternalErrorInOneFileIsRecordedWithItsClassAndTheRunGoesOn() {
        ListOperation list = new ListOperation();
        BatchOperation flaky = new BatchOperation() {
            @Override
            public String name() {
                return "list";
            }

            @Override
            public boolean writes() {
                return false;
            }

            @Override
            public Path target(Path outputRoot, Path relative) {
                return null;
            }

            @Override
            public OpResult process(Path input, Path target) {
                if (input.getFileName().toString().equals("CT-0003.dcm")) {
                    throw new IllegalStateException("a defect");
                }
                return list.process(input, target);
            }
        };
        Recorder r = new Recorder();
        BatchSummary s = run(flaky, 3, false, r);
        FileOutcome o = r.byPath().get("ct/CT-0003.dcm");
        assertThat(o.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(o.failure()).isInstanceOf(IllegalStateException.class);
        assertThat(o.message()).isEqualTo("internal error: java.lang.IllegalStateException: a defect");
        assertThat(s.counts().succeeded()).isEqualTo(tree.dicom().size() - 1);
    }

    @Test
    void resumeRedoesOnlyWhatIsMissingOrOlderThanItsInput() throws IOException {
        assertThat(run(anonymize(), 2, false, new Recorder()).counts().succeeded()).isEqualTo(tree.dicom().size());
        Files.delete(out.resolve("ct/CT-0004.dcm"));
        Files.delete(out.resolve("mr/MR-ENHANCED.dcm"));
        Path input = tree.root().resolve("dx/DX-MONO1.dcm");
        Files.setLastModifiedTime(out.resolve("dx/DX-MONO1.dcm"), FileTime.fromMillis(
                Files.getLastModifiedTime(input).toMillis() - 60_000));

        Recorder r = new Recorder();
        BatchSummary s = run(anonymize(), 2, true, r);

        assertThat(r.paths(FileOutcome.Status.OK)).containsExactlyInAnyOrder("ct/CT-0004.dcm", "mr/MR-ENHANCED.dcm",
                "dx/DX-MONO1.dcm");
        assertThat(s.counts().resumed()).isEqualTo(tree.dicom().size() - 3);
        FileOutcome resumed = r.byPath().get("ct/CT-0001.dcm");
        assertThat(resumed.message()).isEqualTo(FileOutcome.RESUMED);
        assertThat(BatchTrees.slashes(resumed.output())).isEqualTo("ct/CT-0001.dcm");

        BatchSummary again = run(anonymize(), 2, true, new Recorder());
        assertThat(again.counts().succeeded()).isZero();
        assertThat(again.counts().resumed()).isEqualTo(tree.dicom().size());
        assertThat(again.counts().dicom()).isEqualTo(tree.dicom().size());
    }

    @Test
    void cancellingStopsTakingFilesAndSaysSo() {
        BatchRunner runner = new BatchRunner(new BatchRequest(new ListOperation(), tree.root(), null, true, 1,
                false));
        Recorder r = new Recorder() {
            @Override
            public void outcome(FileOutcome outcome, BatchProgress soFar) {
                super.outcome(outcome, soFar);
                if (outcomes.size() == 3) {
                    runner.cancel();
                }
            }
        };
        BatchSummary s = runner.run(r);
        assertThat(s.cancelled()).isTrue();
        assertThat(r.outcomes.size()).isBetween(3, 4);
        assertThat(s.counts().done()).isEqualTo(r.outcomes.size());
    }

    @Test
    void symbolicLinkLoopsAreSkippedNotFollowed() throws IOException {
        Files.createSymbolicLink(tree.root().resolve("deep/loop"), tree.root().resolve("deep"));
        Recorder r = new Recorder();
        run(new ListOperation(), 2, false, r);
        assertThat(r.byPath().get("deep/loop").message()).contains("loop");
        assertThat(r.paths(FileOutcome.Status.OK)).hasSize(tree.dicom().size());
    }

    @Test
    void refusesAnOutputThatWouldBeWalkedOrWouldReplaceTheInputs() {
        BatchOperation op = anonymize();
        BatchRequest inside = new BatchRequest(op, tree.root(), tree.root().resolve("out"), true, 1, false);
        assertThat(inside.outputConflict()).contains("inside the input folder");
        assertThatThrownBy(() -> new BatchRunner(inside).run(new Recorder()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new BatchRequest(op, tree.root(), tree.root().resolve("out"), false, 1, false).outputConflict())
                .isNull();
        assertThat(new BatchRequest(op, tree.root(), tree.root().resolve("."), false, 1, false).outputConflict())
                .contains("replace the inputs");
        assertThat(BatchRequest.defaultOutput(tree.root(), "anonymize")).isEqualTo(dir.resolve("scans_anonymize")
                .toAbsolutePath());
    }

    @Test
    void aMissingInputIsAnInputError() {
        BatchRequest request = new BatchRequest(new ListOperation(), dir.resolve("nope"), null, true, 1, false);
        assertThatThrownBy(() -> new BatchRunner(request).run(new Recorder())).isInstanceOf(InputException.class);
    }

    @Test
    void oneJobAndFourJobsWriteTheSameBytes() throws IOException {
        run(anonymize(), 1, false, new Recorder());
        Path first = dir.resolve("first");
        Files.move(out, first);
        run(anonymize(), 4, false, new Recorder());
        assertThat(Trees.contents(first)).isEqualTo(Trees.contents(out));
        assertThat(Trees.contents(out)).hasSize(tree.dicom().size());
        assertThat(Set.copyOf(Trees.contents(out).keySet())).isEqualTo(Set.copyOf(tree.dicom()));
    }
}
