// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns attribute values into file and folder names that are valid, and the same, on every operating system: the
 * seed's {@code sanitize_filename} (missing or {@code N/A} → {@code Unknown}; {@code < > : " / \ | ? *} → {@code _};
 * runs of whitespace collapsed; at most 100 characters; {@code ^} kept) plus the rules Windows, macOS and Linux need
 * so that a value can never name a folder level, a hidden file, a device or a path outside the destination.
 *
 * <p>{@link #sanitize(String)}, in order:
 * <ol>
 *   <li>{@code null}, blank, or {@code N/A} → {@code Unknown};
 *   <li>Unicode NFC, so that macOS (which stores decomposed names) and the others agree on the bytes;
 *   <li>each of {@code < > : " / \ | ? *}, each control character and each unpaired surrogate → {@code _};
 *       invisible format characters (bidirectional overrides, zero-width spaces, byte-order marks) are removed;
 *   <li>every run of whitespace (tabs, line breaks, no-break spaces) → one space;
 *   <li>leading dots and spaces removed (no hidden files, no {@code .} or {@code ..});
 *   <li>a Windows device name ({@code CON PRN AUX NUL CONIN$ CONOUT$ COM0-9 LPT0-9}, also {@code COM¹²³}, in any
 *       case, also followed by an extension as in {@code con.txt}) gets {@code _} after it: {@code CON_},
 *       {@code con_.txt};
 *   <li>cut to 100 characters (code points) and to {@value #MAX_BYTES} bytes of UTF-8, never inside a character;
 *   <li>trailing dots and spaces removed (Windows drops them silently, which would merge names);
 *   <li>empty → {@code Unknown}.
 * </ol>
 * The result is never empty, never {@code .} or {@code ..}, never contains a separator, and sanitising it again
 * changes nothing. {@link #component(String, boolean)} applies the same rules, without the {@code N/A} rule and
 * the 100-character cut, to a whole path component assembled from several values and literal text.
 */
public final class SafeNames {
    /** What a missing, empty or {@code N/A} value becomes. */
    public static final String UNKNOWN = "Unknown";
    /** Longest value, in code points (the seed's limit). */
    public static final int MAX_CHARS = 100;
    /**
     * Longest component in UTF-8 bytes: file systems allow 255, and a collision suffix ({@code _12}) must still fit.
     */
    public static final int MAX_BYTES = 240;
    /** Longest extension kept whole when a file name has to be cut. */
    private static final int MAX_EXTENSION = 16;

    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private SafeNames() {
    }

    /** A value made into one safe name; see the class comment for the rules. */
    public static String sanitize(String value) {
        if (value == null || value.isBlank() || value.strip().equals("N/A")) {
            return UNKNOWN;
        }
        return clean(value, MAX_CHARS, false);
    }

    /**
     * A whole path component (values already sanitised, joined with literal text) made safe: the rules of
     * {@link #sanitize(String)} except the {@code N/A} rule and the 100-character cut; only the byte limit applies.
     * When {@code fileName} and the name must be cut, its extension (up to 16 characters) is kept.
     */
    public static String component(String name, boolean fileName) {
        if (name == null || name.isBlank()) {
            return UNKNOWN;
        }
        return clean(name, Integer.MAX_VALUE, fileName);
    }

    /** Whether a name passes {@link #component(String, boolean)} unchanged. */
    public static boolean isSafe(String name) {
        return name != null && !name.isBlank() && component(name, false).equals(name);
    }

    /**
     * Whether text holds no character the rules would replace or remove (forbidden, control, format characters,
     * whitespace other than single spaces): what literal text between template placeholders must be.
     */
    static boolean isSafeText(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) && replaceUnsafe(text).equals(text);
    }

    private static String clean(String value, int maxChars, boolean keepExtension) {
        // NFC again after removing format characters: a removed U+200B between two combining marks lets them
        // reorder, and a second sanitising must change nothing.
        String s = Normalizer.normalize(replaceUnsafe(Normalizer.normalize(value, Normalizer.Form.NFC)),
                Normalizer.Form.NFC);
        s = s.strip();
        int start = 0;
        while (start < s.length() && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        s = s.substring(start);
        s = guardDevice(s);
        s = cut(s, maxChars, keepExtension);
        s = stripTrailing(s);
        return s.isEmpty() ? UNKNOWN : s;
    }

    /** Step 3 and 4: forbidden, control and format characters; whitespace runs to one space. */
    private static String replaceUnsafe(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                continue; // removed without ending a run of whitespace: "a \u200B b" is "a b"
            }
            space = false;
            if (FORBIDDEN.indexOf(cp) >= 0 || type == Character.CONTROL || type == Character.SURROGATE) {
                sb.append('_');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /**
     * Windows reserves device names, also before an extension and whatever the case: {@code con.txt} opens the
     * console. The name before the first dot (trailing spaces ignored, as Windows does) is compared.
     */
    private static String guardDevice(String s) {
        int dot = s.indexOf('.');
        String base = (dot < 0 ? s : s.substring(0, dot)).stripTrailing();
        if (DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            return base + "_" + s.substring(base.length());
        }
        return s;
    }

    /** At most {@code maxChars} code points and {@value #MAX_BYTES} UTF-8 bytes, keeping an extension if asked. */
    private static String cut(String s, int maxChars, boolean keepExtension) {
        if (s.codePointCount(0, s.length()) <= maxChars && utf8Length(s) <= MAX_BYTES) {
            return s;
        }
        String extension = "";
        if (keepExtension) {
            int dot = s.lastIndexOf('.');
            if (dot > 0 && s.length() - dot <= MAX_EXTENSION + 1 && !stripTrailing(s.substring(0, dot)).isEmpty()) {
                extension = s.substring(dot);
                s = s.substring(0, dot);
            }
        }
        int chars = maxChars == Integer.MAX_VALUE ? Integer.MAX_VALUE : maxChars - extension.length();
        int bytes = MAX_BYTES - utf8Length(extension);
        StringBuilder sb = new StringBuilder();
        int used = 0;
        int count = 0;
        for (int i = 0; i < s.length() && count < chars; ) {
            int cp = s.codePointAt(i);
            int n = utf8Length(cp);
            if (used + n > bytes) {
                break;
            }
            sb.appendCodePoint(cp);
            used += n;
            count++;
            i += Character.charCount(cp);
        }
        return stripTrailing(sb.toString()) + extension;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
