// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.ts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every transfer syntax of PS3.6 (2024e) with its encoding facts, registered even without a codec so that errors can
 * say "known, no codec" rather than "unknown UID".
 */
public final class TransferSyntaxes {
    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN = nativeTs("1.2.840.10008.1.2",
            "Implicit VR Little Endian", false, false, false, "implicit", "implicit-vr-little-endian", "ivr", "ile", "implicit-little");
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN = nativeTs("1.2.840.10008.1.2.1",
            "Explicit VR Little Endian", true, false, false, "explicit", "explicit-vr-little-endian", "evr", "ele", "explicit-little");
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = nativeTs("1.2.840.10008.1.2.1.99",
            "Deflated Explicit VR Little Endian", true, false, true, "deflated", "deflate",
            "deflated-explicit-vr-little-endian");
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN = new TransferSyntax("1.2.840.10008.1.2.2",
            "Explicit VR Big Endian", List.of("big-endian", "explicit-vr-big-endian", "be", "ebe", "big", "explicit-be"),
            true, true, false, false, false, false, true);

    private static final Map<String, TransferSyntax> BY_UID = new LinkedHashMap<>();

    static {
        add(IMPLICIT_VR_LITTLE_ENDIAN);
        add(EXPLICIT_VR_LITTLE_ENDIAN);
        add(encapsulated("1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian", false, false,
                "encapsulated-uncompressed"));
        add(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        add(EXPLICIT_VR_BIG_ENDIAN);
        add(encapsulated("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", true, false,
                "jpeg-baseline", "jpeg", "jpeg-baseline-8bit"));
        add(encapsulated("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 and 4)", true, false,
                "jpeg-extended", "jpeg-extended-12bit", "jpeg12"));
        for (String[] r : new String[][] {
            {"52", "JPEG Extended (Process 3 and 5)"},
            {"53", "JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8)"},
            {"54", "JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9)"},
            {"55", "JPEG Full Progression, Non-Hierarchical (Process 10 and 12)"},
            {"56", "JPEG Full Progression, Non-Hierarchical (Process 11 and 13)"},
            {"58", "JPEG Lossless, Non-Hierarchical (Process 15)"},
            {"59", "JPEG Extended, Hierarchical (Process 16 and 18)"},
            {"60", "JPEG Extended, Hierarchical (Process 17 and 19)"},
            {"61", "JPEG Spectral Selection, Hierarchical (Process 20 and 22)"},
            {"62", "JPEG Spectral Selection, Hierarchical (Process 21 and 23)"},
            {"63", "JPEG Full Progression, Hierarchical (Process 24 and 26)"},
            {"64", "JPEG Full Progression, Hierarchical (Process 25 and 27)"},
            {"65", "JPEG Lossless, Hierarchical (Process 28)"},
            {"66", "JPEG Lossless, Hierarchical (Process 29)"}}) {
            boolean lossless = r[1].startsWith("JPEG Lossless");
            add(new TransferSyntax("1.2.840.10008.1.2.4." + r[0], r[1], List.of(), true, false, false, true, !lossless,
                    true, true));
        }
        add(encapsulated("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", false, false,
                "jpeg-lossless-nh14", "jpeg-lossless-process14"));
        add(encapsulated("1.2.840.10008.1.2.4.70",
                "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", false, false,
                "jpeg-lossless", "jpeg-lossless-sv1", "jpeg-lossless-14"));
        add(encapsulated("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", false, false,
                "jpeg-ls", "jpeg-ls-lossless", "jpegls"));
        add(encapsulated("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", true, false,
                "jpeg-ls-near", "jpeg-ls-near-lossless", "jpegls-near"));
        add(encapsulated("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", false, false,
                "j2k", "jpeg2000-lossless", "jpeg-2000-lossless", "jp2"));
        add(encapsulated("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", true, false,
                "jpeg2000", "jpeg-2000", "j2k-lossy"));
        add(encapsulated("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)",
                false, false));
        add(encapsulated("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression", true, false));
        add(new TransferSyntax("1.2.840.10008.1.2.4.94", "JPIP Referenced", List.of(), true, false, false, false, false,
                false, false));
        add(new TransferSyntax("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate", List.of(), true, false, true, false,
                false, false, false));
        for (String[] r : new String[][] {
            {"100", "MPEG2 Main Profile / Main Level"},
            {"101", "MPEG2 Main Profile / High Level"},
            {"102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"},
            {"103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"},
            {"104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"},
            {"105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"},
            {"106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"},
            {"107", "HEVC/H.265 Main Profile / Level 5.1"},
            {"108", "HEVC/H.265 Main 10 Profile / Level 5.1"}}) {
            // Video: recognised by name, never decoded (SPEC §5).
            add(new TransferSyntax("1.2.840.10008.1.2.4." + r[0], r[1], List.of(), true, false, false, true, true,
                    false, false));
        }
        add(encapsulated("1.2.840.10008.1.2.4.110", "JPEG XL Lossless", false, false, "jpeg-xl-lossless"));
        add(encapsulated("1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression", true, false, "jpeg-xl-recompression"));
        add(encapsulated("1.2.840.10008.1.2.4.112", "JPEG XL", true, false, "jpeg-xl"));
        add(encapsulated("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)",
                false, false, "htj2k-lossless"));
        add(encapsulated("1.2.840.10008.1.2.4.202",
                "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)", false, false,
                "htj2k-rpcl"));
        add(encapsulated("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", true, false,
                "htj2k"));
        add(encapsulated("1.2.840.10008.1.2.5", "RLE Lossless", false, false, "rle", "rle-lossless"));
        add(new TransferSyntax("1.2.840.10008.1.2.6.1", "RFC 2557 MIME encapsulation", List.of(), true, false, false,
                false, false, false, true));
        add(new TransferSyntax("1.2.840.10008.1.2.6.2", "XML Encoding", List.of(), true, false, false, false, false,
                false, true));
        for (String[] r : new String[][] {
            {"1", "SMPTE ST 2110-20 Uncompressed Progressive Active Video"},
            {"2", "SMPTE ST 2110-20 Uncompressed Interlaced Active Video"},
            {"3", "SMPTE ST 2110-30 PCM Digital Audio"}}) {
            add(new TransferSyntax("1.2.840.10008.1.2.7." + r[0], r[1], List.of(), true, false, false, false, false,
                    false, false));
        }
        add(new TransferSyntax("1.2.840.10008.1.20", "Papyrus 3 Implicit VR Little Endian", List.of(), false, false,
                false, false, false, false, true));
    }

    private TransferSyntaxes() {
    }

    private static TransferSyntax nativeTs(String uid, String name, boolean explicit, boolean bigEndian,
                                           boolean deflated, String... aliases) {
        return new TransferSyntax(uid, name, List.of(aliases), explicit, bigEndian, deflated, false, false, false,
                false);
    }

    private static TransferSyntax encapsulated(String uid, String name, boolean lossy, boolean retired,
                                               String... aliases) {
        return new TransferSyntax(uid, name, List.of(aliases), true, false, false, true, lossy, true, retired);
    }

    private static void add(TransferSyntax ts) {
        BY_UID.put(ts.uid(), ts);
    }

    /** The transfer syntax with this UID, or {@code null} when the UID is not a transfer syntax of the standard. */
    public static TransferSyntax lookup(String uid) {
        return uid == null ? null : BY_UID.get(uid.trim());
    }

    /** Resolves a UID or a case-insensitive short name; {@code null} when neither. */
    public static TransferSyntax forName(String nameOrUid) {
        if (nameOrUid == null) {
            return null;
        }
        TransferSyntax byUid = lookup(nameOrUid);
        if (byUid != null) {
            return byUid;
        }
        String n = nameOrUid.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TransferSyntax ts : BY_UID.values()) {
            if (ts.aliases().contains(n)) {
                return ts;
            }
        }
        return null;
    }

    /** Every registered transfer syntax, in UID order of the standard. */
    public static List<TransferSyntax> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_UID.values()));
    }

    /** The four native syntaxes this library reads and writes without any codec. */
    public static List<TransferSyntax> nativeSyntaxes() {
        return List.of(IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                EXPLICIT_VR_BIG_ENDIAN);
    }
}
