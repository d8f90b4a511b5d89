package org.lantern.ui.wiring;

import org.lantern.projections.clinic.ClinicQueryHandler;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.projections.clinic.ClinicSessionsProjection;
import org.lantern.projections.dashboard.DashboardProjection;
import org.lantern.projections.dashboard.DashboardReadModel;
import org.lantern.projections.walkin.WalkInProjection;
import org.lantern.projections.walkin.WalkInReadModel;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The projections module knows nothing of Spring: its read models, projections and query handlers become beans
 * here (each through its one constructor), where Axon finds them.
 */
@Configuration(proxyBeanMethods = false)
@Import({ClinicReadModel.class, ClinicQueryHandler.class, ClinicSessionsProjection.class, DashboardReadModel.class,
        DashboardProjection.class, WalkInReadModel.class, WalkInProjection.class})
class ProjectionsConfiguration {
}
