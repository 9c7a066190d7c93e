// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.dicomtools.data.CharsetRecoder;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.error.InputException;
import org.dicomtools.error.InvalidValueException;

/**
 * Reads the DICOM JSON model of PS3.18 F.2 back into a {@link DataSet}, the inverse of {@link DicomJsonWriter}:
 * numbers become IS/DS text as written in the JSON or little-endian binary values, PN objects {@code alpha=ideo=phon}
 * strings, strings the bytes of the data set's Specific Character Set (see {@link CharsetRecoder} for text that set
 * cannot hold), {@code InlineBinary} the decoded bytes (an encapsulated Pixel Data item stream becomes
 * {@link Fragments} again, see {@link BinaryValues}), {@code BulkDataURI} of our {@code file:} form a value left in
 * that file ({@link BulkDataUris}), sequences items whose parent is the enclosing data set.
 *
 * <p>Attribute members may come in any order ({@code "vr"} usually first); attribute keys in any order too. Every
 * problem, malformed JSON included, is an {@link InvalidValueException} naming the tag and the place in the text.
 */
public final class DicomJsonReader {
    private static final Pattern KEY = Pattern.compile("[0-9A-Fa-f]{8}");
    private static final int PIXEL_DATA = 0x7FE00010;

    /** Duplicate keys rejected; strings unlimited so that large InlineBinary values are accepted. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private final JsonParser p;

    private DicomJsonReader(JsonParser p) {
        this.p = p;
    }

    /**
     * Reads one DICOM JSON object from the parser: the object at its current token, or at the next one when it has
     * none yet. The parser is left on the object's closing brace. A parser made by a default {@link JsonFactory}
     * limits strings to 20 million characters, which large {@code InlineBinary} values exceed; the parsers of
     * {@link #read(String)} and {@link #read(InputStream)} have no such limit.
     *
     * @throws InvalidValueException malformed JSON, an unknown VR, a value that does not fit its VR, an unresolvable
     *                               BulkDataURI
     * @throws InputException        the parser's source fails
     */
    public static DataSet read(JsonParser p) {
        try {
            JsonToken t = p.currentToken() != null ? p.currentToken() : p.nextToken();
            DicomJsonReader r = new DicomJsonReader(p);
            if (t != JsonToken.START_OBJECT) {
                throw r.error("expected a JSON object, found " + (t == null ? "nothing" : t));
            }
            DataSet ds = new DataSet();
            r.readDataSet(ds);
            return ds;
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("malformed JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        } catch (IOException e) {
            throw new InputException("cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a JSON text holding one DICOM JSON object and nothing else. */
    public static DataSet read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return readWhole(p);
        } catch (IOException e) {
            throw new InputException("cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** Reads UTF-8 (or UTF-16/32, detected) JSON holding one DICOM JSON object; the stream is not closed. */
    public static DataSet read(InputStream in) {
        try (JsonParser p = FACTORY.createParser(in)) {
            return readWhole(p);
        } catch (IOException e) {
            throw new InputException("cannot read JSON: " + e.getMessage(), e);
        }
    }

    private static DataSet readWhole(JsonParser p) throws IOException {
        DataSet ds = read(p);
        JsonToken after;
        try {
            after = p.nextToken();
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("malformed JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        }
        if (after != null) {
            throw new DicomJsonReader(p).error("unexpected " + after + " after the data set");
        }
        return ds;
    }

    InvalidValueException error(String message) {
        return new InvalidValueException(message + at(p.currentTokenLocation()));
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + ")";
    }

    /** The attributes of the object whose '{' is the current token, up to its '}'. */
    private void readDataSet(DataSet ds) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw error("expected an attribute key, found " + t);
            }
            String key = p.currentName();
            if (!KEY.matcher(key).matches()) {
                throw error("attribute key '" + key + "' is not a tag GGGGEEEE");
            }
            int tag = (int) Long.parseLong(key, 16);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(Tags.format(tag) + ": expected an attribute object {\"vr\": ...}");
            }
            readAttribute(ds, tag);
        }
    }

    private void readAttribute(DataSet ds, int tag) throws IOException {
        VR vr = null;
        String pending = null;
        byte[] inline = null;
        String uri = null;
        Element element = null;
        int forms = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "vr" -> {
                    vr = v == JsonToken.VALUE_STRING ? VR.ofName(p.getText()) : null;
                    if (vr == null) {
                        throw error(Tags.format(tag) + ": unknown VR " + (v == JsonToken.VALUE_STRING
                                ? "'" + p.getText() + "'" : String.valueOf(v)));
                    }
                }
                case "Value" -> {
                    forms++;
                    if (v != JsonToken.START_ARRAY) {
                        throw error(Tags.format(tag) + ": Value must be an array");
                    }
                    if (vr == null) {
                        pending = capture();
                    } else {
                        element = readValue(ds, tag, vr);
                    }
                }
                case "InlineBinary" -> {
                    forms++;
                    inline = inlineBinary(tag, v);
                }
                case "BulkDataURI" -> {
                    forms++;
                    if (v != JsonToken.VALUE_STRING) {
                        throw error(Tags.format(tag) + ": BulkDataURI must be a string");
                    }
                    uri = p.getText();
                }
                default -> throw error(Tags.format(tag) + ": unknown attribute member '" + name + "'");
            }
        }
        if (vr == null) {
            throw error(Tags.format(tag) + ": attribute has no vr");
        }
        if (forms > 1) {
            throw error(Tags.format(tag) + ": only one of Value, InlineBinary and BulkDataURI may be present");
        }
        if (vr == VR.SQ && (inline != null || uri != null)) {
            throw error(Tags.format(tag) + ": a sequence takes Value, not InlineBinary or BulkDataURI");
        }
        if (pending != null) {
            try (JsonParser replay = FACTORY.createParser(pending)) {
                replay.nextToken();
                element = new DicomJsonReader(replay).readValue(ds, tag, vr);
            }
        } else if (inline != null) {
            Fragments f = tag == PIXEL_DATA && (vr == VR.OB || vr == VR.OW) ? BinaryValues.parseEncapsulated(inline)
                    : null;
            element = f != null ? Element.ofFragments(tag, vr, f) : Element.ofBytes(tag, vr, inline);
        } else if (uri != null) {
            element = Element.ofBulkData(tag, vr, BulkDataUris.parse(uri));
        } else if (element == null) {
            element = vr == VR.SQ ? Element.ofSequence(tag, new Sequence()) : Element.ofBytes(tag, vr, null);
        }
        if (tag == CharsetRecoder.SPECIFIC_CHARACTER_SET && element.hasBytes()) {
            CharsetRecoder.putCharacterSet(ds, element);
        } else {
            ds.put(element);
        }
    }

    /** The Value array at the current token. A sequence is put into {@code ds} first, so items know their parent. */
    private Element readValue(DataSet ds, int tag, VR vr) throws IOException {
        if (vr != VR.SQ) {
            return Element.ofBytes(tag, vr, ValueReader.read(this, p, ds, tag, vr));
        }
        Sequence seq = new Sequence();
        Element e = Element.ofSequence(tag, seq);
        ds.put(e);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw error(Tags.format(tag) + ": a sequence item must be an object, found " + t);
            }
            DataSet item = DataSet.item(ds);
            seq.add(item);
            readDataSet(item);
        }
        return e;
    }

    private byte[] inlineBinary(int tag, JsonToken v) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            throw error(Tags.format(tag) + ": InlineBinary must be a base64 string");
        }
        try {
            return p.getBinaryValue();
        } catch (JsonProcessingException e) {
            throw error(Tags.format(tag) + ": InlineBinary is not valid base64 (" + e.getOriginalMessage() + ")");
        }
    }

    /** The array at the current token as JSON text (numbers as written), for a Value that precedes its vr. */
    private String capture() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = DicomJsonWriter.FACTORY.createGenerator(out)) {
            copy(g);
        }
        return out.toString();
    }

    private void copy(JsonGenerator g) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_ARRAY, START_OBJECT -> {
                if (t == JsonToken.START_ARRAY) {
                    g.writeStartArray();
                } else {
                    g.writeStartObject();
                }
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY && n != JsonToken.END_OBJECT;
                     n = p.nextToken()) {
                    if (n == JsonToken.FIELD_NAME) {
                        g.writeFieldName(p.currentName());
                        p.nextToken();
                    }
                    copy(g);
                }
                if (t == JsonToken.START_ARRAY) {
                    g.writeEndArray();
                } else {
                    g.writeEndObject();
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
            case VALUE_STRING -> g.writeString(p.getText());
            case VALUE_NULL -> g.writeNull();
            case VALUE_TRUE, VALUE_FALSE -> g.writeBoolean(t == JsonToken.VALUE_TRUE);
            default -> throw error("unexpected " + t);
        }
    }
}
