package org.lantern.infra.axon;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One clear message, instead of a stack trace, when the store was written by an earlier version. */
class LegacyStoreFailureAnalyzer extends AbstractFailureAnalyzer<LegacyStoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LegacyStoreException cause) {
        return new FailureAnalysis(
                "The data directory (or MongoDB database) holds bookings written by an earlier version of Lantern, "
                        + "which kept one event stream per day. This version keeps one stream per session and does "
                        + "not read the old streams. Nothing in the store was changed.",
                "To keep using those bookings, run the earlier version (git commit a35aa83) on this store. To start "
                        + "this version afresh, move the data directory aside (or set LANTERN_DATA_DIR to a new "
                        + "folder, or point SPRING_MONGODB_URI at a new database) and start again.",
                cause);
    }
}
