package org.lantern.domain.privacy;

/** Why a person's personal data was erased. None of them says anything about the person. */
public enum ErasureReason {
    /** The person asked, with their reference and secret. */
    PERSON,
    /** A manager acted on the person's request. */
    MANAGER,
    /** The retention period after the booking ended ran out. */
    RETENTION
}
