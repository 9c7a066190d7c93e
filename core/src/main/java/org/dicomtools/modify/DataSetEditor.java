// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dicomtools.data.CharsetRecoder;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.SpecificCharacterSet;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.DictionaryEntry;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.modify.Change.Action;
import org.dicomtools.validate.Multiplicity;

/**
 * Applies modifications to one data set in place, recording each change. Paths are followed from the top level;
 * setting creates the sequences, items and private creators a path needs, deleting never creates anything.
 */
final class DataSetEditor {
    private static final int SPECIFIC_CHARACTER_SET = CharsetRecoder.SPECIFIC_CHARACTER_SET;

    private final DataSet root;
    private final ModifyOptions options;
    private final ElementDictionary dict = ElementDictionary.standard();
    private final List<Change> changes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Where each data set reached so far sits, as a path prefix ("" for the top level). */
    private final Map<DataSet, String> prefixes = new IdentityHashMap<>();

    DataSetEditor(DataSet root, ModifyOptions options) {
        this.root = root;
        this.options = options;
        prefixes.put(root, "");
        if (options.privateCreator() != null) {
            String c = options.privateCreator();
            if (c.isBlank() || c.indexOf('\\') >= 0) {
                throw new InvalidValueException("private creator '" + c + "': must be a non-empty LO value without '\\'");
            }
            ValueCheck.check("private creator", VR.LO, c);
        }
    }

    List<Change> changes() {
        return changes;
    }

    List<String> warnings() {
        return warnings;
    }

    void apply(Modification m) {
        if (m.kind() == Modification.Kind.SET) {
            set(m.path(), m.value());
        } else {
            delete(m.path());
        }
    }

    // ---- set ----

    private void set(TagPath path, String value) {
        List<TagPath.Step> steps = path.steps();
        DataSet ds = root;
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < steps.size() - 1; i++) {
            ds = itemForSet(ds, steps.get(i), where, path);
        }
        TagPath.Step leaf = path.leaf();
        if (leaf.hasIndex()) {
            throw new InvalidValueException("tag path '" + path + "' ends with an item index: name an element inside "
                    + "the item, as in " + leaf.name() + "[" + leaf.index() + "].Keyword");
        }
        refuse(leaf.privateBlock() ? -1 : leaf.tag(), path);
        int tag = resolve(ds, leaf, true, where, path);
        refuse(tag, path);
        put(ds, tag, where + name(tag), value);
    }

    /** The item a non-final step names, adding the sequence and items up to the index when absent. */
    private DataSet itemForSet(DataSet ds, TagPath.Step step, StringBuilder where, TagPath path) {
        refuse(step.privateBlock() ? -1 : step.tag(), path);
        int tag = resolve(ds, step, true, where, path);
        refuse(tag, path);
        String here = where + name(tag);
        Element e = ds.get(tag);
        Sequence seq;
        int before;
        if (e == null) {
            DictionaryEntry entry = dict.lookup(tag);
            if (entry != null && entry.vr() != null && entry.vr() != VR.SQ) {
                throw new InvalidValueException("tag path '" + path + "': " + here + " is not a sequence (VR "
                        + entry.vr() + "), so it has no items");
            }
            seq = new Sequence();
            ds.put(Element.ofSequence(tag, seq));
            before = -1;
        } else if (e.isSequence()) {
            seq = e.sequence();
            before = seq.size();
        } else {
            throw new InvalidValueException("tag path '" + path + "': " + here + " is not a sequence (VR " + e.vr()
                    + "), so it has no items");
        }
        int had = Math.max(before, 0);
        while (seq.size() <= step.index()) {
            seq.add(DataSet.item(ds));
        }
        String now = "[Sequence with " + seq.size() + " item(s)]";
        if (before < 0) {
            record(here, tag, VR.SQ, Action.ADDED, null, now);
        } else if (seq.size() != before) {
            record(here, tag, VR.SQ, Action.MODIFIED, "[Sequence with " + before + " item(s)]", now);
        }
        if (step.index() > had) {
            String gap = step.index() - had == 1 ? "item " + had : "items " + had + " to " + (step.index() - 1);
            warnings.add(here + ": " + gap + " added empty to reach item " + step.index());
        }
        where.append(name(tag)).append('[').append(step.index()).append("].");
        DataSet item = seq.get(step.index());
        prefixes.put(item, where.toString());
        return item;
    }

    private void put(DataSet ds, int tag, String here, String value) {
        Element old = ds.get(tag);
        VR vr = vrFor(ds, tag, old, value, here);
        String oldText = old == null ? null : ValueText.of(ds, old);
        Action action = old == null ? Action.ADDED : Action.MODIFIED;
        if (vr == VR.SQ) {
            ValueCheck.check(here, vr, value); // only empty text is accepted: an empty sequence
            ds.put(Element.ofSequence(tag, new Sequence()));
            record(here, tag, vr, action, oldText, ValueText.of(ds, ds.get(tag)));
            return;
        }
        List<String> values = ValueCheck.check(here, vr, value);
        checkMultiplicity(tag, here, values.size());
        if (tag == SPECIFIC_CHARACTER_SET) {
            putCharacterSet(ds, values, here);
        } else if (vr.usesCharacterSet()) {
            ds.put(Element.ofBytes(tag, vr, encodeText(ds, vr, String.join("\\", values), here)));
        } else if (vr.isString()) {
            ds.put(Element.ofBytes(tag, vr, Values.encodeStrings(vr, null, values.toArray(new String[0]))));
        } else {
            ds.put(Element.ofBytes(tag, vr, ValueCheck.encodeBinary(here, vr, values)));
        }
        record(here, tag, vr, action, oldText, ValueText.of(ds, ds.get(tag)));
    }

    /**
     * Text in the data set's character set. When that set cannot hold it, the data set defining the set switches to
     * ISO_IR 192 (UTF-8) with its text re-encoded ({@link CharsetRecoder}); the switch is recorded as a change of
     * (0008,0005) where it happened, and warned of.
     */
    private byte[] encodeText(DataSet ds, VR vr, String text, String here) {
        List<DataSet> chain = new ArrayList<>();
        List<Element> before = new ArrayList<>();
        for (DataSet d = ds; d != null; d = d.parent()) {
            chain.add(d);
            before.add(d.get(SPECIFIC_CHARACTER_SET));
        }
        SpecificCharacterSet was = ds.specificCharacterSet();
        byte[] bytes = CharsetRecoder.encode(ds, vr, text);
        for (int i = 0; i < chain.size(); i++) {
            DataSet d = chain.get(i);
            Element now = d.get(SPECIFIC_CHARACTER_SET);
            if (now != before.get(i)) {
                Element old = before.get(i);
                record(prefixes.getOrDefault(d, "") + "SpecificCharacterSet", SPECIFIC_CHARACTER_SET, VR.CS,
                        old == null ? Action.ADDED : Action.MODIFIED, old == null ? null : ValueText.of(d, old),
                        ValueText.of(d, now));
                warnings.add(here + ": the value needs characters outside " + describe(was)
                        + "; Specific Character Set (0008,0005) set to ISO_IR 192 (UTF-8) and the text already in "
                        + "the data set re-encoded");
            }
        }
        return bytes;
    }

    /** (0008,0005) itself: the text values already present are re-encoded into the new set (PS3.5 6.1.2.5). */
    private void putCharacterSet(DataSet ds, List<String> values, String here) {
        SpecificCharacterSet asked = SpecificCharacterSet.of(values);
        for (String w : asked.warnings()) {
            warnings.add(here + ": " + w);
        }
        CharsetRecoder.putCharacterSet(ds, Element.ofBytes(SPECIFIC_CHARACTER_SET, VR.CS,
                Values.encodeStrings(VR.CS, null, values.toArray(new String[0]))));
        String now = ds.getString(SPECIFIC_CHARACTER_SET);
        if (!now.equals(String.join("\\", values))) {
            warnings.add(here + ": text already in the data set cannot be written in '" + String.join("\\", values)
                    + "'; set to " + now + " instead");
        }
    }

    /** The file's VR for an element it has, else the dictionary's, else one inferred for a private element. */
    private VR vrFor(DataSet ds, int tag, Element old, String value, String here) {
        if (old != null && old.vr() != VR.UN) {
            return old.vr();
        }
        DictionaryEntry entry = dict.lookup(tag);
        VR vr;
        if (entry != null && entry.vr() != null) {
            vr = entry.vr();
            if (entry.vrs().contains(VR.US) && entry.vrs().contains(VR.SS)) {
                // PS3.6 "US or SS": signed when the image's Pixel Representation (0028,0103) is 1.
                vr = root.getInt(Tag.PixelRepresentation, 0) == 1 ? VR.SS : VR.US;
            }
        } else if (Tags.isPrivate(tag)) {
            vr = ValueCheck.inferPrivateVr(value);
        } else {
            throw new InvalidValueException(here + ": " + Tags.format(tag)
                    + " is not in the data dictionary (PS3.6), so its VR is unknown");
        }
        if (old != null) {
            warnings.add(here + ": VR UN in the file, written as " + vr);
        }
        return vr;
    }

    /** PS3.5 6.4: the number of values against the dictionary's VM; a warning, as files in use break it. */
    private void checkMultiplicity(int tag, String here, int count) {
        DictionaryEntry entry = dict.lookup(tag);
        if (entry == null || count == 0) {
            return;
        }
        Multiplicity vm = Multiplicity.parse(entry.vm());
        if (vm != null && !vm.allows(count)) {
            warnings.add(here + ": " + count + (count == 1 ? " value" : " values") + " where PS3.6 gives VM "
                    + entry.vm());
        }
    }

    // ---- delete ----

    private void delete(TagPath path) {
        List<TagPath.Step> steps = path.steps();
        DataSet ds = root;
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < steps.size() - 1; i++) {
            TagPath.Step step = steps.get(i);
            int tag = resolve(ds, step, false, where, path);
            Element e = tag == -1 ? null : ds.get(tag);
            if (e == null || !e.isSequence() || step.index() >= e.sequence().size()) {
                notFound(path);
                return;
            }
            where.append(name(tag)).append('[').append(step.index()).append("].");
            ds = e.sequence().get(step.index());
        }
        TagPath.Step leaf = path.leaf();
        refuse(leaf.privateBlock() ? -1 : leaf.tag(), path);
        int tag = resolve(ds, leaf, false, where, path);
        Element e = tag == -1 ? null : ds.get(tag);
        if (e == null) {
            notFound(path);
            return;
        }
        refuse(tag, path);
        String here = where + name(tag);
        if (leaf.hasIndex()) {
            deleteItem(e, leaf.index(), here, path);
        } else if (tag == SPECIFIC_CHARACTER_SET) {
            deleteCharacterSet(ds, e, here);
        } else {
            ds.remove(tag);
            record(here, tag, e.vr(), Action.DELETED, ValueText.of(ds, e), null);
            if (Tags.isPrivateCreator(tag)) {
                deleteBlock(ds, tag, where.toString());
            }
        }
    }

    private void deleteItem(Element e, int index, String here, TagPath path) {
        if (!e.isSequence()) {
            throw new InvalidValueException("tag path '" + path + "': " + here + " is not a sequence (VR " + e.vr()
                    + "), so it has no items");
        }
        Sequence seq = e.sequence();
        if (index >= seq.size()) {
            notFound(path);
            return;
        }
        DataSet item = seq.remove(index);
        record(here + "[" + index + "]", e.tag(), VR.SQ, Action.DELETED, "[Item with " + item.size() + " element(s)]",
                null);
    }

    /** Without (0008,0005) the default repertoire applies; text it cannot hold keeps the set at ISO_IR 192. */
    private void deleteCharacterSet(DataSet ds, Element e, String here) {
        String old = ValueText.of(ds, e);
        CharsetRecoder.putCharacterSet(ds, Element.ofBytes(SPECIFIC_CHARACTER_SET, VR.CS, new byte[0]));
        Element now = ds.get(SPECIFIC_CHARACTER_SET);
        if (now.isEmpty()) {
            ds.remove(SPECIFIC_CHARACTER_SET);
            record(here, SPECIFIC_CHARACTER_SET, VR.CS, Action.DELETED, old, null);
        } else {
            String kept = ValueText.of(ds, now);
            warnings.add(here + ": text in the data set needs more than the default repertoire; set to " + kept
                    + " instead of deleted");
            record(here, SPECIFIC_CHARACTER_SET, VR.CS, Action.MODIFIED, old, kept);
        }
    }

    /** The elements a deleted private creator reserved go with it: without it nobody can tell what they are. */
    private void deleteBlock(DataSet ds, int creatorTag, String where) {
        int group = Tags.group(creatorTag);
        int block = Tags.element(creatorTag);
        for (Element e : ds.elements()) {
            int t = e.tag();
            if (Tags.group(t) == group && Tags.element(t) >>> 8 == block) {
                ds.remove(t);
                record(where + name(t), t, e.vr(), Action.DELETED, ValueText.of(ds, e), null);
            }
        }
    }

    private void notFound(TagPath path) {
        TagPath.Step leaf = path.leaf();
        changes.add(new Change(path.text(), leaf.tag(), "", null, Action.NOT_FOUND, null, null));
        warnings.add(path.text() + ": not found, nothing deleted");
    }

    // ---- paths, private blocks and refusals ----

    /**
     * The tag a step stands for in {@code ds}. A block-relative private step finds its creator's block, or reserves
     * the lowest free one when {@code create}; an explicit private tag must agree with its block's creator. Returns
     * -1 when not creating and the creator has no block here.
     */
    private int resolve(DataSet ds, TagPath.Step step, boolean create, StringBuilder where, TagPath path) {
        int tag = step.tag();
        int group = Tags.group(tag);
        String creator = options.privateCreator();
        if (step.privateBlock()) {
            if (creator == null) {
                throw new InvalidValueException("tag path '" + path + "': " + step.name()
                        + " names an element of a private creator's block; give the private creator");
            }
            checkPrivateGroup(group, path);
            int block = PrivateCreators.find(ds, group, creator);
            if (block < 0) {
                if (!create) {
                    return -1;
                }
                block = PrivateCreators.lowestFree(ds, group);
                addCreator(ds, Tags.of(group, block), creator, where);
            }
            return Tags.of(group, block << 8 | Tags.element(tag) & 0xFF);
        }
        if (!Tags.isPrivate(tag) || Tags.isGroupLength(tag)) {
            return tag;
        }
        checkPrivateGroup(group, path);
        if (Tags.isPrivateCreator(tag)) {
            return tag;
        }
        if (Tags.element(tag) < 0x1000) {
            throw new InvalidValueException("tag path '" + path + "': " + Tags.format(tag) + " is in no private block "
                    + "(PS3.5 7.8.1: blocks run from (gggg,1000) to (gggg,FFFF))");
        }
        int creatorTag = Tags.privateCreatorOf(tag);
        String existing = ds.getString(creatorTag);
        if (creator != null && existing == null && create) {
            addCreator(ds, creatorTag, creator, where);
        } else if (creator != null && existing != null && !existing.strip().equals(creator.strip())) {
            throw new InvalidValueException("tag path '" + path + "': the block of " + Tags.format(tag)
                    + " belongs to private creator '" + existing.strip() + "' " + Tags.format(creatorTag)
                    + ", not '" + creator + "'");
        } else if (creator == null && existing == null && create) {
            throw new InvalidValueException("tag path '" + path + "': " + Tags.format(tag) + " is private and its "
                    + "block has no private creator " + Tags.format(creatorTag) + "; give the private creator");
        }
        return tag;
    }

    private void addCreator(DataSet ds, int creatorTag, String creator, StringBuilder where) {
        String here = where + name(creatorTag);
        ds.put(Element.ofBytes(creatorTag, VR.LO, encodeText(ds, VR.LO, creator, here)));
        record(here, creatorTag, VR.LO, Action.ADDED, null, creator);
    }

    private static void checkPrivateGroup(int group, TagPath path) {
        if (!PrivateCreators.isPrivateGroup(group)) {
            throw new InvalidValueException(String.format("tag path '%s': group %04X cannot hold private elements "
                    + "(PS3.5 7.8.1 excludes 0001, 0003, 0005, 0007 and FFFF)", path, group));
        }
    }

    /** Elements this command must not touch: they belong to the writer or to other commands. */
    private static void refuse(int tag, TagPath path) {
        if (tag == -1) {
            return;
        }
        int group = Tags.group(tag);
        String why = null;
        if (group == 0x0002) {
            why = "file meta information is written by the writer from the data set (PS3.10 7.1); change "
                    + "SOPInstanceUID or SOPClassUID and the meta follows";
        } else if (group == 0xFFFE) {
            why = "item and delimitation tags are not elements";
        } else if (Tags.isGroupLength(tag)) {
            why = "group lengths are computed by the writer";
        } else if (tag == Tag.PixelData || tag == Tag.FloatPixelData || tag == Tag.DoubleFloatPixelData) {
            why = "pixel data cannot be set or deleted here (use transcode or to-image)";
        }
        if (why != null) {
            throw new InvalidValueException("tag path '" + path + "': " + Tags.format(tag) + " refused: " + why);
        }
    }

    private String name(int tag) {
        return ValueText.name(tag, dict.keywordOf(tag));
    }

    private static String describe(SpecificCharacterSet cs) {
        return cs.terms().isEmpty() ? "the default repertoire (ISO_IR 6)" : "'" + String.join("\\", cs.terms()) + "'";
    }

    private void record(String path, int tag, VR vr, Action action, String oldValue, String newValue) {
        String keyword = dict.keywordOf(tag);
        changes.add(new Change(path, tag, Tags.isPrivate(tag) && !Tags.isPrivateCreator(tag) ? "" : keyword, vr,
                action, oldValue, newValue));
    }
}
