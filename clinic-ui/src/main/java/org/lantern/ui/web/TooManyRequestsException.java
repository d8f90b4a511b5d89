package org.lantern.ui.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A limit was reached: 429 with Retry-After, and a kind sentence named by {@link #messageKey()}. */
public class TooManyRequestsException extends ResponseStatusException {

    private final String messageKey;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String messageKey, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS);
        this.messageKey = messageKey;
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public String messageKey() {
        return messageKey;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }

    /** No stack trace: this is an expected answer, not a fault. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
