package org.lantern.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker itself: it must find a real error, or "no errors" on every page would prove nothing. */
class HtmlCheckerTest {

    @Test
    void aValidPageHasNoErrors() {
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
                + "</head><body><p>Hello</p></body></html>")).isEmpty();
    }

    @Test
    void aBrokenPageHasErrors() {
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + "<ul><p>not a list item</p></ul><input id=\"a\"><input id=\"a\"></body></html>")).isNotEmpty();
    }
}
