package org.lantern.application.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.lantern.domain.nightcentre.NightPlan;

/** A night as the read side knows it: its plan and the childcare staff on duty. */
public record NightView(String nightId, LocalDate date, LocalTime opens, LocalTime closes, int restPlaces,
                        LocalTime releaseAt, List<String> childcareStaff) {

    public NightPlan plan() {
        return new NightPlan(date, opens, closes, restPlaces, releaseAt);
    }

    public LocalDateTime closesAt() {
        return plan().closesAt();
    }
}
