package org.lantern.ui.clinic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.lantern.projections.dashboard.DashboardView;
import org.lantern.ui.CentreTime;

/** The dashboard as JSON: counts per session and what to arrange, the police clinic only as "private". */
record DashboardJson(LocalDate date, int booked, int free, List<Line> sessions) {

    record Line(String sessionId, String service, OffsetDateTime start, OffsetDateTime end, int booked, int free,
                List<Arrangement> arrangements) {
    }

    /** An interpreter or access needs to arrange for one booking, by its slot; no name. */
    record Arrangement(OffsetDateTime start, String interpreter, List<String> accessTicks, String access) {

        @Override
        public String toString() {
            return "Arrangement";
        }
    }

    static DashboardJson of(DashboardView v, CentreTime time) {
        return new DashboardJson(v.date(), v.booked(), v.free(), v.sessions().stream().map(l -> new Line(
                l.sessionId(), l.service(), time.at(v.date(), l.start()),
                time.at(v.date(), l.end()), l.booked(), l.free(), l.arrangements().stream()
                        .map(a -> new Arrangement(time.at(v.date(), a.slotStart()), a.interpreter(), a.accessTicks(),
                                a.access())).toList())).toList());
    }
}
