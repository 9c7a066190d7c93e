// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic pseudonyms: the same original gives the same pseudonym in every file and every run, so studies stay
 * linked. With a secret every hash is HMAC-SHA-256, so pseudonyms cannot be reversed by hashing guessed IDs; without
 * one it is the seed's plain SHA-256. Thread-safe; remembers what it issued when asked to (for the mapping file).
 */
public final class Pseudonyms {
    private final byte[] secret;
    private final String prefix;
    private final Map<String, String> issued;
    /** UIDs repeat in every file of a study: each is hashed once. */
    private final Map<String, String> uidCache = new ConcurrentHashMap<>();
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(Pseudonyms::newDigest);
    private final ThreadLocal<Mac> hmac;

    /**
     * @param secret  HMAC key, or {@code null} for plain SHA-256
     * @param prefix  PatientID prefix (the seed's {@code ANON})
     * @param remember keep every original → pseudonym pair for {@link #issued()}
     */
    public Pseudonyms(byte[] secret, String prefix, boolean remember) {
        this.secret = secret == null ? null : secret.clone();
        this.prefix = prefix;
        this.issued = remember ? new ConcurrentHashMap<>() : null;
        this.hmac = ThreadLocal.withInitial(this::newMac);
    }

    public boolean keyed() {
        return secret != null;
    }

    /** {@code <prefix>_<first 16 hex digits of H(id), upper case>}; a missing ID hashes as {@code UNKNOWN} (seed). */
    public String patientId(String originalId) {
        String id = originalId == null || originalId.isEmpty() ? "UNKNOWN" : originalId;
        String pseudonym = prefix + "_" + HexFormat.of().formatHex(hash(id), 0, 8).toUpperCase(Locale.ROOT);
        remember("PatientID", id, pseudonym);
        return pseudonym;
    }

    /** {@code 2.25.<decimal of the first 128 bits of H(uid)>}: a valid UID of at most 44 characters (PS3.5 B.2). */
    public String uid(String originalUid) {
        String pseudonym = uidCache.get(originalUid);
        if (pseudonym == null) {
            byte[] first128 = java.util.Arrays.copyOf(hash(originalUid), 16);
            pseudonym = "2.25." + new BigInteger(1, first128);
            if (uidCache.size() < 1_000_000) {
                uidCache.put(originalUid, pseudonym);
            }
        }
        remember("UID", originalUid, pseudonym);
        return pseudonym;
    }

    /** The patient's date offset: 1 to 365 days from the hash of the original PatientID (SPEC §6). */
    public int dateOffsetDays(String originalId) {
        String id = originalId == null || originalId.isEmpty() ? "UNKNOWN" : originalId;
        byte[] h = hash("date-offset:" + id);
        int days = 1 + (int) (((h[0] & 0xFFL) << 24 | (h[1] & 0xFFL) << 16 | (h[2] & 0xFFL) << 8 | (h[3] & 0xFFL)) % 365);
        remember("DateOffsetDays", id, Integer.toString(days));
        return days;
    }

    /** Original → pseudonym pairs by kind ("PatientID", "UID", "DateOffsetDays"), keyed {@code kind,original}. */
    public Map<String, String> issued() {
        return issued == null ? Map.of() : Map.copyOf(issued);
    }

    private void remember(String kind, String original, String pseudonym) {
        if (issued != null) {
            issued.putIfAbsent(kind + "," + original, pseudonym);
        }
    }

    private byte[] hash(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return secret == null ? sha256.get().digest(bytes) : hmac.get().doFinal(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Mac newMac() {
        if (secret == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
