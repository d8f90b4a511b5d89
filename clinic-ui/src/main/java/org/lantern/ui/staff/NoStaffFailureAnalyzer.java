package org.lantern.ui.staff;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without any staff into one plain explanation instead of a stack trace. */
class NoStaffFailureAnalyzer extends AbstractFailureAnalyzer<FirstManager.NoStaffException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstManager.NoStaffException cause) {
        return new FailureAnalysis("Lantern has no staff accounts, so nobody could sign in.",
                "Set the environment variable " + FirstManager.VARIABLE
                        + " to a password of at least 12 characters and start again.", cause);
    }
}
