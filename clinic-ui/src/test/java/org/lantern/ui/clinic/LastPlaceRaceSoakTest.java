package org.lantern.ui.clinic;

import org.junit.jupiter.api.Tag;

/** The last-place race 50 times over: minutes, not seconds, so only in the bench profile (docs/performance.md). */
@Tag("fault")
class LastPlaceRaceSoakTest extends LastPlaceRaceTest {

    @Override
    int repetitions() {
        return 50;
    }
}
