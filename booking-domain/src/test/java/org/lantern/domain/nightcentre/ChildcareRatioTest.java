package org.lantern.domain.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildcareRatioTest {

    @ParameterizedTest(name = "{0} under 2, {1} two-year-olds, {2} aged 3+ need {3} adults")
    @CsvSource({
            "0, 0, 0, 0",
            "1, 0, 0, 2",
            "0, 1, 0, 2",
            "0, 0, 1, 2",
            "3, 0, 0, 2",
            "6, 0, 0, 2",
            "7, 0, 0, 3",
            "9, 0, 0, 3",
            "0, 10, 0, 2",
            "0, 11, 0, 3",
            "0, 0, 16, 2",
            "0, 0, 17, 3",
            "0, 0, 24, 3",
            "3, 5, 8, 3",
            "3, 5, 9, 4",
            "2, 2, 2, 2",
            "4, 3, 2, 3",
            "1, 1, 1, 2",
            "6, 10, 16, 6",
    })
    void theAdultsNeededAreTheSumOfTheBandsRoundedUpAndNeverFewerThanTwo(int under2, int two, int threePlus,
                                                                         int adults) {
        assertThat(ChildcareRatio.adultsNeeded(new ChildCounts(under2, two, threePlus))).isEqualTo(adults);
    }

    @ParameterizedTest(name = "{3} adults beside {0}/{1}/{2}: room for {4} under 2, {5} two, {6} aged 3+")
    @CsvSource({
            "0, 0, 0, 0, 0, 0, 0",
            "0, 0, 0, 1, 0, 0, 0",
            "0, 0, 0, 2, 6, 10, 16",
            "3, 0, 0, 2, 3, 5, 8",
            "6, 0, 0, 2, 0, 0, 0",
            "0, 4, 0, 2, 3, 6, 9",
            "0, 0, 0, 3, 9, 15, 24",
    })
    void headroomIsHowManyMoreOfOneBandFit(int under2, int two, int threePlus, int adults, int roomUnder2,
                                           int roomTwo, int roomThreePlus) {
        ChildCounts children = new ChildCounts(under2, two, threePlus);
        assertThat(ChildcareRatio.headroom(children, adults, AgeBand.UNDER_2)).isEqualTo(roomUnder2);
        assertThat(ChildcareRatio.headroom(children, adults, AgeBand.TWO)).isEqualTo(roomTwo);
        assertThat(ChildcareRatio.headroom(children, adults, AgeBand.THREE_PLUS)).isEqualTo(roomThreePlus);
    }
}
