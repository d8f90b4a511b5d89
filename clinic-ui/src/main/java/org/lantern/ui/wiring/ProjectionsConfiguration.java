package org.lantern.ui.wiring;

import org.lantern.projections.statistics.StatisticsProjection;
import org.lantern.projections.statistics.StatisticsReadModel;
import java.util.List;
import org.lantern.application.booking.BookingRecords;
import org.lantern.application.privacy.ErasureCandidates;
import org.lantern.projections.clinic.ClinicQueryHandler;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.projections.clinic.ClinicSessionsProjection;
import org.lantern.projections.course.CourseProjection;
import org.lantern.projections.course.CourseReadModel;
import org.lantern.projections.dashboard.DashboardProjection;
import org.lantern.projections.dashboard.DashboardReadModel;
import org.lantern.projections.nightcentre.NightCentreProjection;
import org.lantern.projections.nightcentre.NightReadModel;
import org.springframework.context.annotation.Bean;
import org.lantern.projections.walkin.WalkInProjection;
import org.lantern.projections.walkin.WalkInReadModel;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The projections module knows nothing of Spring: its read models, projections and query handlers become beans
 * here (each through its one constructor), where Axon finds them.
 */
@Configuration(proxyBeanMethods = false)
@Import({ClinicReadModel.class, ClinicQueryHandler.class, ClinicSessionsProjection.class, DashboardReadModel.class,
        DashboardProjection.class, NightReadModel.class, NightCentreProjection.class, WalkInReadModel.class,
        WalkInProjection.class, CourseReadModel.class, CourseProjection.class, StatisticsReadModel.class,
        StatisticsProjection.class})
class ProjectionsConfiguration {

    /**
     * A holder's booking, of any service: each projection keeps its own bookings (so each can be rebuilt alone),
     * and the look-up by reference asks the clinic's first, then the night centre's, then the courses'.
     */
    @Bean
    @Primary
    BookingRecords bookingRecords(ClinicReadModel clinic, NightReadModel nights, CourseReadModel courses) {
        return BookingRecords.firstOf(List.of(clinic, nights, courses));
    }

    /** Bookings due for erasure: the clinic's own (a course's places go with their course) and the courses'. */
    @Bean
    @Primary
    ErasureCandidates erasureCandidates(ClinicReadModel clinic, CourseReadModel courses) {
        return endedBy -> java.util.stream.Stream.concat(clinic.endedBy(endedBy).stream(),
                courses.endedBy(endedBy).stream()).toList();
    }
}
