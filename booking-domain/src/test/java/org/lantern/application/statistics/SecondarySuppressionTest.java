package org.lantern.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts that add up to a shown total: no count under five can be worked out from the others. */
class SecondarySuppressionTest {

    @Test
    void aLoneSmallCountTakesTheNextSmallestWithIt() {
        assertThat(FunderStatistics.suppressed(new long[] {3, 9, 12})).containsExactly("<5", "withheld", 12L);
        assertThat(FunderStatistics.suppressed(new long[] {12, 3, 9})).containsExactly(12L, "<5", "withheld");
        assertThat(FunderStatistics.suppressed(new long[] {3, 9})).containsExactly("<5", "withheld");
    }

    @Test
    void twoSmallCountsHideEachOtherAndLargeOnesShow() {
        assertThat(FunderStatistics.suppressed(new long[] {3, 2, 10})).containsExactly("<5", "<5", 10L);
        assertThat(FunderStatistics.suppressed(new long[] {7, 9})).containsExactly(7L, 9L);
        assertThat(FunderStatistics.suppressed(new long[] {0, 0})).containsExactly("<5", "<5");
    }

    @Test
    void aCountAloneIsTheTotalItself() {
        assertThat(FunderStatistics.suppressed(new long[] {3})).containsExactly("<5");
        assertThat(FunderStatistics.suppressed(new long[] {30})).containsExactly(30L);
    }
}
