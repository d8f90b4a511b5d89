package org.lantern.application.partners;

import java.util.List;
import java.util.Map;

/** Port: the centre's short list of partner services, kept by a manager. Organisations, never people. */
public interface PartnerDirectory {

    /** A partner: what it offers (per language, English always), how to reach it, the languages it speaks. */
    record Partner(String id, String name, Map<String, String> offers, String contact, List<String> languages) {
    }

    List<Partner> all();

    void add(Partner partner);

    /** False when there was no such partner. */
    boolean remove(String id);
}
