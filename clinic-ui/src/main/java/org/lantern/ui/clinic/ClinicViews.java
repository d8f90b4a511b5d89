package org.lantern.ui.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.lantern.application.booking.BookingView;
import org.lantern.projections.dashboard.DashboardView;
import org.lantern.projections.clinic.DayListView;
import org.lantern.projections.clinic.FindAvailabilityQuery;
import org.lantern.projections.clinic.FindBookingQuery;
import org.lantern.projections.dashboard.FindDashboardQuery;
import org.lantern.projections.clinic.FindDayListQuery;
import org.lantern.projections.clinic.FindSessionQuery;
import org.lantern.projections.clinic.FindSessionsQuery;
import org.lantern.application.clinic.SessionView;
import org.lantern.projections.clinic.SlotAvailability;
import org.lantern.ui.CentreTime;
import org.springframework.stereotype.Component;

/** The read side through Axon's query bus. Blocking: call it off the event loop. */
@Component
public class ClinicViews {

    private final QueryGateway queries;
    private final CentreTime time;

    ClinicViews(QueryGateway queries, CentreTime time) {
        this.queries = queries;
        this.time = time;
    }

    public Optional<SessionView> session(String sessionId) {
        return Optional.ofNullable(queries.query(new FindSessionQuery(sessionId),
                ResponseTypes.instanceOf(SessionView.class)).join());
    }

    public List<SessionView> sessions(LocalDate from, LocalDate to) {
        return queries.query(new FindSessionsQuery(from, to), ResponseTypes.multipleInstancesOf(SessionView.class))
                .join();
    }

    public Optional<BookingView> booking(String reference) {
        return Optional.ofNullable(queries.query(new FindBookingQuery(reference),
                ResponseTypes.instanceOf(BookingView.class)).join());
    }

    public List<SlotAvailability> availability(String service, LocalDate from, LocalDate to) {
        return queries.query(new FindAvailabilityQuery(service, from, to, time.now()),
                ResponseTypes.multipleInstancesOf(SlotAvailability.class)).join();
    }

    /** Only the sessions at one site (every site for null). */
    public List<SlotAvailability> availability(String service, LocalDate from, LocalDate to, String site) {
        return queries.query(new FindAvailabilityQuery(service, from, to, time.now(), null, site),
                ResponseTypes.multipleInstancesOf(SlotAvailability.class)).join();
    }

    /** Only the sessions run by one of {@code clinicians}, at one site (every site for null). */
    public List<SlotAvailability> availability(String service, LocalDate from, LocalDate to,
                                               java.util.Set<String> clinicians, String site) {
        return queries.query(new FindAvailabilityQuery(service, from, to, time.now(), clinicians, site),
                ResponseTypes.multipleInstancesOf(SlotAvailability.class)).join();
    }

    /** Only the sessions run by one of {@code clinicians}. */
    public List<SlotAvailability> availability(String service, LocalDate from, LocalDate to,
                                               java.util.Set<String> clinicians) {
        return queries.query(new FindAvailabilityQuery(service, from, to, time.now(), clinicians),
                ResponseTypes.multipleInstancesOf(SlotAvailability.class)).join();
    }

    public DayListView dayList(LocalDate date, String service) {
        return queries.query(new FindDayListQuery(date, service), ResponseTypes.instanceOf(DayListView.class)).join();
    }

    public DashboardView dashboard(LocalDate date) {
        return queries.query(new FindDashboardQuery(date), ResponseTypes.instanceOf(DashboardView.class)).join();
    }
}
