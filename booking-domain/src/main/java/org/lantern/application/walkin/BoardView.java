package org.lantern.application.walkin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Reception's board of one site ({@code site}, a code of the site directory) for one day, per service. A police-clinic line is {@code privateAppointments}: its people carry no
 * pseudonym, and its service is never named on the screen ({@code service} is "private"). Pseudonyms and what to
 * arrange (interpreter, access needs) are opened; nothing else personal is here.
 */
public record BoardView(LocalDate date, String site, List<Line> services) {

    public record Line(String service, boolean privateAppointments, List<Waiting> waiting, List<Called> called,
                       List<Arrival> arrivals, Counts counts) {
    }

    public record Waiting(String callNumber, String kind, String pseudonym, String priority, long waitedMinutes,
                          long estimatedWaitMinutes) {
    }

    public record Called(String callNumber, String room, String clinician) {
    }

    /**
     * A booking of the day: {@code status} booked, arrived, seen, no-show or left. {@code interpreter},
     * {@code accessTicks} and {@code access}: what to arrange before the person arrives (opened; empty once erased).
     */
    public record Arrival(String reference, LocalTime start, String pseudonym, String status, String interpreter,
                          List<String> accessTicks, String access) {

        public Arrival(String reference, LocalTime start, String pseudonym, String status) {
            this(reference, start, pseudonym, status, null, List.of(), null);
        }
    }

    public record Counts(int waiting, int called, int seen, int noShows, long averageWaitMinutes) {
    }
}
