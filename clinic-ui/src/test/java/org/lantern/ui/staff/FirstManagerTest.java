package org.lantern.ui.staff;

import org.lantern.application.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lantern.ui.OwnNettyResources;
import org.springframework.context.ConfigurableApplicationContext;

/** With no staff and no LANTERN_ADMIN_PASSWORD, nobody could ever sign in: Lantern refuses to start and says why. */
class FirstManagerTest {

    @Test
    void withoutStaffOrAdminPasswordTheAppRefusesToStart() {
        assertThat(System.getenv(FirstManager.VARIABLE)).as("the test needs the variable unset").isNull();
        assertThatThrownBy(() -> OwnNettyResources.lantern()
                .run("--server.port=0", "--lantern.store.embedded=memory").close())
                .hasRootCauseInstanceOf(FirstManager.NoStaffException.class)
                .rootCause().hasMessageContaining(FirstManager.VARIABLE).hasMessageContaining("admin");
    }

    @Test
    void aShortAdminPasswordIsRefused() {
        assertThatThrownBy(() -> OwnNettyResources.lantern()
                .run("--server.port=0", "--lantern.store.embedded=memory", "--LANTERN_ADMIN_PASSWORD=short").close())
                .rootCause().hasMessageContaining("error.password-length");
    }

    @Test
    void theFirstManagerCanSignInToTheApi() {
        try (ConfigurableApplicationContext app = OwnNettyResources.lantern()
                .run("--server.port=0", "--lantern.store.embedded=memory", "--LANTERN_ADMIN_PASSWORD=first-manager-pw")) {
            StaffAccounts accounts = app.getBean(StaffAccounts.class);
            assertThat(accounts.find("admin")).get().satisfies(a -> {
                assertThat(a.roles()).containsExactly(Role.MANAGER);
                assertThat(a.passwordHash()).startsWith("{bcrypt}").doesNotContain("first-manager-pw");
            });
        }
    }
}
