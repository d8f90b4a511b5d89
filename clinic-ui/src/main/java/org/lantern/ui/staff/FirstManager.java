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
 * staff and without that variable Lantern will not start: nobody could sign in to set it up. Once there are
 * staff, the variable is ignored, and the start-up log says so; with LANTERN_ADMIN_RESET=true as well, it
 * becomes admin's password once more (a lost password recovered by whoever runs the server; README).
 */
@Component
class FirstManager implements InitializingBean {

    static final String VARIABLE = "LANTERN_ADMIN_PASSWORD";
    static final String RESET = "LANTERN_ADMIN_RESET";
    static final String USERNAME = "admin";

    enum Outcome { CREATED, RESET, IGNORED, NOTHING }
    private static final Logger log = LoggerFactory.getLogger(FirstManager.class);

    private final StaffAccounts accounts;
    private final Environment environment;

    FirstManager(StaffAccounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        apply();
    }

    Outcome apply() {
        String password = environment.getProperty(VARIABLE);
        boolean given = password != null && !password.isBlank();
        if (accounts.none()) {
            if (!given) {
                throw new NoStaffException();
            }
            accounts.create(USERNAME, password, EnumSet.of(Role.MANAGER));
            log.info("Created the first manager account '{}' from {}", USERNAME, VARIABLE);
            return Outcome.CREATED;
        }
        if (given && "true".equalsIgnoreCase(environment.getProperty(RESET))) {
            accounts.resetByOperator(USERNAME, password);
            log.warn("The password of '{}' is set from {} because {}=true; they must choose a new one when they sign "
                    + "in. Remove {} now.", USERNAME, VARIABLE, RESET, RESET);
            return Outcome.RESET;
        }
        if (given) {
            log.warn("{} is set, but staff accounts exist, so it is ignored: it only creates the first manager. To "
                    + "recover a lost admin password, start once with {}=true as well (README).", VARIABLE, RESET);
            return Outcome.IGNORED;
        }
        return Outcome.NOTHING;
    }

    static class NoStaffException extends IllegalStateException {
        NoStaffException() {
            super("There are no staff accounts and " + VARIABLE + " is not set. Set " + VARIABLE
                    + " (at least 12 characters) so that Lantern can create the manager account 'admin'.");
        }
    }
}
