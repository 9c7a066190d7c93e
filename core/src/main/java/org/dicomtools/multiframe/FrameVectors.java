// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.util.Arrays;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.dict.Tag;

/**
 * Attributes of a classic multi-frame image that hold one value per frame or name frames by number, cut down to
 * what concerns one frame: the vectors Frame Increment Pointer points to (Frame Time Vector, the NM vectors, ...;
 * PS3.3 C.7.6.6.1.1) keep the frame's value, and Representative Frame Number and the Frames of Interest (C.7.6.5)
 * keep only an entry for the frame, renumbered 1.
 */
final class FrameVectors {
    private FrameVectors() {
    }

    /**
     * Reduces the attributes of {@code ds} (a copy whose elements are shared with the source, so elements are
     * replaced, never changed) to frame {@code frame} (1-based) of {@code frames}.
     */
    static void reduce(DataSet ds, int frames, int frame, List<String> warnings) {
        Element pointer = ds.get(Tag.FrameIncrementPointer);
        if (pointer != null && pointer.hasBytes()) {
            for (int tag : Values.tags(pointer.bytes())) {
                reduceVector(ds, tag, frames, frame, warnings);
            }
        }
        int representative = ds.getInt(Tag.RepresentativeFrameNumber, -1);
        if (representative == frame) {
            ds.setInt(Tag.RepresentativeFrameNumber, VR.US, 1);
        } else {
            ds.remove(Tag.RepresentativeFrameNumber);
        }
        reduceFramesOfInterest(ds, frame);
    }

    /** One value of a frame-indexed vector; Frame Time and other single values apply to every frame and stay. */
    private static void reduceVector(DataSet ds, int tag, int frames, int frame, List<String> warnings) {
        Element e = ds.get(tag);
        if (e == null || !e.hasBytes() || e.isEmpty()) {
            return;
        }
        byte[] value = nth(ds, e, frame - 1, frames);
        if (value != null) {
            ds.put(Element.ofBytes(tag, e.vr(), value));
        } else if (count(ds, e) != 1) {
            warnings.add(Tags.format(tag) + " " + ElementDictionary.standard().keywordOf(tag)
                    + " is pointed to by Frame Increment Pointer but does not hold " + frames
                    + " values; kept as it is");
        }
    }

    /** C.7.6.5: Frame Numbers of Interest with its parallel Description and Type lists. */
    private static void reduceFramesOfInterest(DataSet ds, int frame) {
        Element numbers = ds.get(Tag.FrameNumbersOfInterest);
        if (numbers == null) {
            return;
        }
        long[] n = numbers.hasBytes() ? Values.longs(numbers.bytes(), numbers.vr()) : new long[0];
        int at = -1;
        for (int i = 0; i < n.length && at < 0; i++) {
            at = n[i] == frame ? i : -1;
        }
        if (at < 0) {
            ds.remove(Tag.FrameNumbersOfInterest);
            ds.remove(Tag.FrameOfInterestDescription);
            ds.remove(Tag.FrameOfInterestType);
            return;
        }
        ds.put(Element.ofBytes(Tag.FrameNumbersOfInterest, numbers.vr(), Values.encodeIntegers(numbers.vr(), 1)));
        for (int tag : new int[] {Tag.FrameOfInterestDescription, Tag.FrameOfInterestType}) {
            Element e = ds.get(tag);
            if (e != null && e.hasBytes()) {
                byte[] value = nth(ds, e, at, n.length);
                if (value != null) {
                    ds.put(Element.ofBytes(tag, e.vr(), value));
                } else {
                    ds.remove(tag);
                }
            }
        }
    }

    /** Value {@code index} of an element holding exactly {@code expected} values, encoded alone; else null. */
    private static byte[] nth(DataSet ds, Element e, int index, int expected) {
        VR vr = e.vr();
        if (vr.isString()) {
            String[] values = Values.strings(e.bytes(), vr, ds.specificCharacterSet());
            return values.length == expected && vr.isMultiValued()
                    ? Values.encodeStrings(vr, ds.specificCharacterSet(), values[index]) : null;
        }
        int size = valueSize(vr);
        if (size == 0 || e.length() != (long) size * expected) {
            return null;
        }
        return Arrays.copyOfRange(e.bytes(), index * size, (index + 1) * size);
    }

    private static int count(DataSet ds, Element e) {
        VR vr = e.vr();
        if (vr.isString()) {
            return Values.strings(e.bytes(), vr, ds.specificCharacterSet()).length;
        }
        int size = valueSize(vr);
        return size == 0 ? -1 : (int) (e.length() / size);
    }

    /** Bytes of one value of a binary VR whose values may be cut apart, 0 for any other. */
    private static int valueSize(VR vr) {
        return switch (vr) {
            case US, SS -> 2;
            case UL, SL, FL, AT -> 4;
            case FD, SV, UV -> 8;
            default -> 0;
        };
    }
}
