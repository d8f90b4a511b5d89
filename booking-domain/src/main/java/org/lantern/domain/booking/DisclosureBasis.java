package org.lantern.domain.booking;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legal grounds on which the centre may have to share something with the police (UK law as the centre's
 * data protection lead reads it). A disclosure record names one of them, never what was shared.
 */
public enum DisclosureBasis {
    /** A court order or warrant. */
    COURT_ORDER("court-order"),
    /** A duty set by statute (for example the Terrorism Act 2000, s.19). */
    STATUTORY_DUTY("statutory-duty"),
    /** A police request under the Data Protection Act 2018, Schedule 2, paragraph 2 (prevention of crime). */
    CRIME_PREVENTION_REQUEST("crime-prevention-request"),
    /** A serious and immediate risk to someone's life (vital interests). */
    RISK_TO_LIFE("risk-to-life");

    private final String code;

    DisclosureBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DisclosureBasis> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
