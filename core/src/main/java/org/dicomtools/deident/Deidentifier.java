// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.WriteOptions;

/**
 * De-identifies data sets by PS3.15 Table E.1-1 (basic profile and the options chosen), at every nesting depth, with
 * SPEC §6's choices: PatientName {@code ANONYMOUS^PATIENT}, PatientID {@code <prefix>_<hash>}, every UID outside the
 * standard's registry replaced consistently under 2.25, every date moved by the patient's offset, private elements
 * removed. Pixel data is carried over as it is, never decoded. Thread-safe: one instance serves a whole archive, so
 * every file gets the same pseudonyms.
 */
public final class Deidentifier {
    private final DeidentifyOptions options;
    private final Set<ProfileOption> effective;
    private final Pseudonyms pseudonyms;
    private final ConfidentialityProfile profile = ConfidentialityProfile.standard();
    private final SafePrivateList safeList = SafePrivateList.standard();
    private final ElementDictionary dict = ElementDictionary.standard();

    public Deidentifier(DeidentifyOptions options) {
        this.options = options;
        this.effective = options.effectiveOptions();
        this.pseudonyms = new Pseudonyms(options.secret(), options.prefix(), options.remember());
    }

    public DeidentifyOptions options() {
        return options;
    }

    /** The pseudonyms issued so far (for a mapping file). */
    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    /**
     * Reads {@code in}, de-identifies it and writes {@code out} atomically in the same transfer syntax, with new file
     * meta (nothing of the old meta, such as the source AE title, is carried over).
     */
    public DeidentifyResult deidentify(Path in, Path out) {
        DicomFile file = DicomReader.read(in, ReadOptions.DEFAULT);
        DeidentifyResult result = deidentify(file.dataSet());
        DicomWriter.write(out, DicomFile.of(null, result.dataSet(), file.transferSyntax()), file.transferSyntax(),
                WriteOptions.DEFAULT);
        return result;
    }

    /** De-identifies a data set into a new one; the source is not changed. */
    public DeidentifyResult deidentify(DataSet source) {
        String originalId = source.getString(Tag.PatientID);
        Run run = new Run(originalId);
        DataSet out = new DataSet(source.size() + 8);
        run.dataSet(source, out, "");
        String pseudonymId = pseudonyms.patientId(originalId);
        out.setString(Tag.PatientName, VR.PN, "ANONYMOUS^PATIENT");
        out.setString(Tag.PatientID, VR.LO, pseudonymId);
        run.record("(0010,0010)", Tag.PatientName, Action.DUMMY);
        run.record("(0010,0020)", Tag.PatientID, Action.DUMMY);
        MethodAttributes.write(out, options, effective);
        BurnedInAnnotation.check(source, run.warnings);
        return new DeidentifyResult(out, run.actions, List.copyOf(run.warnings), pseudonymId,
                options.dates() == DatesMode.SHIFT ? run.offsetDays : 0);
    }

    /** The state of one data set's de-identification. */
    private final class Run {
        final List<ActionRecord> actions = new ArrayList<>();
        final Set<String> warnings = new LinkedHashSet<>();
        final int offsetDays;
        final DateShift dates;

        Run(String originalPatientId) {
            offsetDays = pseudonyms.dateOffsetDays(originalPatientId);
            dates = new DateShift(offsetDays);
        }

        void dataSet(DataSet source, DataSet out, String path) {
            for (Element e : source) {
                String here = path + Tags.format(e.tag());
                boolean top = path.isEmpty();
                if (Tags.isPrivate(e.tag())) {
                    privateElement(source, out, e, here);
                } else if (top && (e.tag() == Tag.PatientName || e.tag() == Tag.PatientID)) {
                    continue; // written after the loop: the seed's values, not the table's Z
                } else if (!top || !MethodAttributes.isOurs(e.tag())) {
                    element(e, out, here);
                }
            }
        }

        private void element(Element e, DataSet out, String path) {
            int tag = e.tag();
            Action listed = profile.action(tag, effective);
            Action action = listed != null ? listed : byValueRepresentation(e.vr());
            switch (action) {
                case KEEP -> out.put(e.isSequence() ? Element.ofSequence(tag, items(e, out, path)) : e);
                case REMOVE -> record(path, tag, Action.REMOVE);
                case ZERO -> {
                    out.put(e.isSequence() ? Element.ofSequence(tag, new Sequence()) : Element.ofBytes(tag, e.vr(),
                            new byte[0]));
                    record(path, tag, Action.ZERO);
                }
                case DUMMY -> {
                    if (e.isSequence()) {
                        out.put(Element.ofSequence(tag, items(e, out, path)));
                    } else if (e.vr() == VR.UI) {
                        out.put(Uids.remap(e, out, pseudonyms));
                    } else {
                        out.put(Element.ofBytes(tag, e.vr(), DummyValues.of(e.vr())));
                    }
                    record(path, tag, Action.DUMMY);
                }
                case UID -> {
                    out.put(e.isSequence() ? Element.ofSequence(tag, items(e, out, path))
                            : effective.contains(ProfileOption.RETAIN_UIDS) ? e : Uids.remap(e, out, pseudonyms));
                    record(path, tag, Action.UID);
                }
                case CLEAN -> clean(e, out, path, listed != null);
            }
        }

        /** Elements the table does not list: UIDs and dates are still handled by their VR (SPEC §6). */
        private Action byValueRepresentation(VR vr) {
            if (vr == VR.UI && !effective.contains(ProfileOption.RETAIN_UIDS)) {
                return Action.UID;
            }
            if (vr == VR.DA || vr == VR.DT) {
                return switch (options.dates()) {
                    case SHIFT -> Action.CLEAN;
                    case KEEP -> Action.KEEP;
                    case REMOVE -> Action.ZERO;
                };
            }
            return Action.KEEP;
        }

        private void clean(Element e, DataSet out, String path, boolean listed) {
            int tag = e.tag();
            if (e.isSequence()) {
                out.put(Element.ofSequence(tag, items(e, out, path)));
            } else if ((e.vr() == VR.DA || e.vr() == VR.DT) && options.dates() == DatesMode.SHIFT) {
                out.put(dates.shift(e, out, warnings, path));
            } else if (e.vr() == VR.UI) {
                out.put(Uids.remap(e, out, pseudonyms));
            } else {
                // Free text the options keep: PS3.15 asks for it to be cleaned, which needs a person.
                out.put(e);
                if (e.vr().isString() && e.vr() != VR.TM && listed) {
                    warnings.add("free text kept by an option: " + keyword(tag));
                }
            }
            record(path, tag, Action.CLEAN);
        }

        private Sequence items(Element e, DataSet parentOut, String path) {
            Sequence copy = new Sequence();
            int i = 0;
            for (DataSet item : e.sequence()) {
                DataSet outItem = DataSet.item(parentOut);
                dataSet(item, outItem, path + "[" + i++ + "]>");
                copy.add(outItem);
            }
            return copy;
        }

        private void privateElement(DataSet source, DataSet out, Element e, String path) {
            int tag = e.tag();
            boolean keep;
            if (options.keepPrivate()) {
                keep = true;
            } else if (options.keepSafePrivate()) {
                keep = Tags.isPrivateCreator(tag) ? PrivateBlocks.anySafe(source, tag, safeList)
                        : PrivateBlocks.isSafe(source, tag, safeList);
            } else {
                keep = false;
            }
            if (keep) {
                out.put(e.isSequence() ? Element.ofSequence(tag, items(e, out, path)) : e);
                if (!Tags.isPrivateCreator(tag)) {
                    warnings.add("private elements kept" + (options.keepPrivate() ? " (--keep-private)" : " (safe list)"));
                }
            } else {
                record(path, tag, Action.REMOVE);
            }
        }

        void record(String path, int tag, Action action) {
            actions.add(new ActionRecord(path, keyword(tag), action));
        }

        private String keyword(int tag) {
            String k = dict.keywordOf(tag);
            return k.isEmpty() ? (Tags.isPrivate(tag) ? "private" : "unknown") : k;
        }
    }
}
