package org.lantern.ui.web;

import org.springframework.stereotype.Component;

/**
 * Codes as a person reads them off a screen: in groups of five ("K7QP2 MXR9D"), which are easier to copy down
 * and to check than ten letters in a row. Typing them back, spaces, dashes and lower case are all accepted.
 * Templates use it as {@code ${@codes.grouped(secret)}}.
 */
@Component("codes")
public class Codes {

    static final int GROUP = 5;

    public String grouped(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                out.append(' ');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }
}
