package org.lantern.ui.staff;

import org.lantern.application.staff.Role;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a first start with no staff, creates the manager account 'admin' from LANTERN_ADMIN_PASSWORD. Without
 * staff and without that variable Lantern will not start: nobody could sign in to set it up.
 */
@Component
class FirstManager implements InitializingBean {

    static final String VARIABLE = "LANTERN_ADMIN_PASSWORD";
    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstManager.class);

    private final StaffAccounts accounts;
    private final Environment environment;

    FirstManager(StaffAccounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (!accounts.none()) {
            return;
        }
        String password = environment.getProperty(VARIABLE);
        if (password == null || password.isBlank()) {
            throw new NoStaffException();
        }
        accounts.create(USERNAME, password, EnumSet.of(Role.MANAGER));
        log.info("Created the first manager account '{}' from {}", USERNAME, VARIABLE);
    }

    static class NoStaffException extends IllegalStateException {
        NoStaffException() {
            super("There are no staff accounts and " + VARIABLE + " is not set. Set " + VARIABLE
                    + " (at least 12 characters) so that Lantern can create the manager account 'admin'.");
        }
    }
}
