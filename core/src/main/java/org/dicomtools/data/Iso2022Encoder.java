// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes a string value with ISO 2022 code extensions (PS3.5 6.1.2.5): each character goes into the set already
 * designated to G0 or G1 when that set holds it, else into the first declared set that does, after the escape
 * sequence designating it. Before value delimiters, control characters and the end of the value the sets of value 1
 * are designated again (PS3.5 6.1.2.5.3), as in the examples of PS3.5 Annexes H, I and K.
 */
final class Iso2022Encoder {

    private final Iso2022CodeElement initialG0;
    private final Iso2022CodeElement initialG1;
    private final List<Iso2022CodeElement> elements;
    private final Map<Iso2022CodeElement, CharsetEncoder> encoders = new EnumMap<>(Iso2022CodeElement.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Iso2022CodeElement g0;
    private Iso2022CodeElement g1;

    private Iso2022Encoder(Iso2022CodeElement initialG0, Iso2022CodeElement initialG1,
            List<Iso2022CodeElement> elements) {
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.elements = elements;
        this.g0 = initialG0;
        this.g1 = initialG1;
    }

    /**
     * Encodes {@code value}, trying the sets in {@code elements} in order when the designated ones do not hold a
     * character.
     *
     * @throws IllegalArgumentException naming the first character none of the sets holds
     */
    static byte[] encode(String value, VR vr, Iso2022CodeElement initialG0, Iso2022CodeElement initialG1,
            List<Iso2022CodeElement> elements, String setName) {
        Iso2022Encoder encoder = new Iso2022Encoder(initialG0, initialG1, elements);
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!encoder.append(cp, vr)) {
                throw unencodable(value, i, setName);
            }
            i += Character.charCount(cp);
        }
        encoder.designateInitialSets();
        return encoder.out.toByteArray();
    }

    private boolean append(int cp, VR vr) {
        if (cp == Iso2022CodeElement.ESC) {
            return false; // would be read as the start of an escape sequence
        }
        if (cp < 0x20 || cp == 0x7F || Iso2022Decoder.isDelimiter(cp, vr)) {
            designateInitialSets();
            out.write(cp);
            return true;
        }
        String ch = Character.toString(cp);
        if (write(g0, ch) || write(g1, ch)) {
            return true;
        }
        for (Iso2022CodeElement e : elements) {
            if (e == g0 || e == g1) {
                continue;
            }
            byte[] bytes = encode(e, ch);
            if (bytes != null) {
                out.writeBytes(e.designation());
                if (e.g0) {
                    g0 = e;
                } else {
                    g1 = e;
                }
                writeIn(e, bytes);
                return true;
            }
        }
        return false;
    }

    /** Writes {@code ch} in {@code e} if it is designated and holds the character. */
    private boolean write(Iso2022CodeElement e, String ch) {
        byte[] bytes = e == null ? null : encode(e, ch);
        if (bytes != null) {
            writeIn(e, bytes);
        }
        return bytes != null;
    }

    private void writeIn(Iso2022CodeElement e, byte[] nativeBytes) {
        boolean inG0 = e == g0;
        for (byte b : nativeBytes) {
            out.write(inG0 ? b & 0x7F : b | 0x80);
        }
    }

    private byte[] encode(Iso2022CodeElement e, String ch) {
        CharsetEncoder encoder = encoders.computeIfAbsent(e, Iso2022CodeElement::newEncoder);
        return encoder == null ? null : e.encode(ch, encoder);
    }

    /** Makes the sets of value 1 active again; G1 can only be re-designated when value 1 put a set there. */
    private void designateInitialSets() {
        if (g0 != initialG0) {
            out.writeBytes(initialG0.designation());
            g0 = initialG0;
        }
        if (g1 != initialG1) {
            if (initialG1 != null) {
                out.writeBytes(initialG1.designation());
            }
            g1 = initialG1;
        }
    }

    /** Encodes with a charset that has no code extensions, failing on the first character it cannot hold. */
    static byte[] encodeStrict(Charset charset, String value, String setName) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(value));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                if (!encoder.reset().canEncode(value.substring(i, i + Character.charCount(cp)))) {
                    throw unencodable(value, i, setName);
                }
                i += Character.charCount(cp);
            }
            throw new IllegalArgumentException("cannot encode \"" + value + "\" in " + setName, e);
        }
    }

    /** The exception for the character at {@code index} that {@code setName} cannot represent. */
    static IllegalArgumentException unencodable(String value, int index, String setName) {
        int cp = value.codePointAt(index);
        String shown = Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE ? "" : "'"
                + Character.toString(cp) + "' ";
        return new IllegalArgumentException(String.format("cannot encode character %s(U+%04X) at index %d in %s",
                shown, cp, index, setName));
    }
}
