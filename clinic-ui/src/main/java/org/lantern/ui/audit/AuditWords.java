package org.lantern.ui.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit page in plain words: "roles=MANAGER,RECEPTION" reads as the roles' names in the manager's language. */
@Component("auditWords")
public class AuditWords {

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> roles(String detail, Locale language) {
        String list = detail.substring(detail.indexOf('=') + 1);
        return Arrays.stream(list.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> messages.getMessage("role." + r, null, r, language)).toList();
    }
}
