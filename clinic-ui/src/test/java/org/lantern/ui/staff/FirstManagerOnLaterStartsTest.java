package org.lantern.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 13, item 13: a LANTERN_ADMIN_PASSWORD set after the first start is not silently ignored. */
class FirstManagerOnLaterStartsTest {

    final StaffAccounts accounts = mock(StaffAccounts.class);

    @Test
    void aPasswordGivenWhenStaffExistIsIgnoredAndTheLogSaysSo() {
        when(accounts.none()).thenReturn(false);
        var manager = new FirstManager(accounts, new MockEnvironment()
                .withProperty(FirstManager.VARIABLE, "a new admin password"));
        assertThat(manager.apply()).isEqualTo(FirstManager.Outcome.IGNORED);
        verify(accounts, never()).resetByOperator(anyString(), anyString());
        verify(accounts, never()).create(anyString(), anyString(), any());
    }

    @Test
    void withTheResetSwitchTheAdminPasswordIsRecovered() {
        when(accounts.none()).thenReturn(false);
        var manager = new FirstManager(accounts, new MockEnvironment()
                .withProperty(FirstManager.VARIABLE, "a new admin password")
                .withProperty(FirstManager.RESET, "true"));
        assertThat(manager.apply()).isEqualTo(FirstManager.Outcome.RESET);
        verify(accounts).resetByOperator("admin", "a new admin password");
    }

    @Test
    void withoutAPasswordALaterStartChangesNothing() {
        when(accounts.none()).thenReturn(false);
        var manager = new FirstManager(accounts, new MockEnvironment().withProperty(FirstManager.RESET, "true"));
        assertThat(manager.apply()).isEqualTo(FirstManager.Outcome.NOTHING);
        verify(accounts, never()).resetByOperator(anyString(), anyString());
    }
}
