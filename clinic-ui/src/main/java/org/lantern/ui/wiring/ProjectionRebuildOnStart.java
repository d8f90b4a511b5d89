package org.lantern.ui.wiring;

import org.lantern.projections.statistics.StatisticsProjection;
import org.lantern.projections.statistics.StatisticsReadModel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.infra.axon.ProjectionRebuild;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.projections.clinic.ClinicSessionsProjection;
import org.lantern.projections.course.CourseProjection;
import org.lantern.projections.course.CourseReadModel;
import org.lantern.projections.dashboard.DashboardProjection;
import org.lantern.projections.dashboard.DashboardReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An operator rebuilds read models from the events by starting the app with {@code --lantern.rebuild=all} (or
 * a list of processing groups). Progress is logged every few seconds and the speed at the end. Run it on one node,
 * with the others stopped or not running these projections (see {@link ProjectionRebuild}).
 */
@Component
class ProjectionRebuildOnStart {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuildOnStart.class);
    private static final long PROGRESS_EVERY_MILLIS = 2000;

    private final ProjectionRebuild rebuild;
    private final Map<String, Runnable> readModels = new LinkedHashMap<>();
    private final String asked;

    ProjectionRebuildOnStart(ProjectionRebuild rebuild, ClinicReadModel clinic, DashboardReadModel dashboard,
                             CourseReadModel courses, StatisticsReadModel statistics,
                             @Value("${lantern.rebuild:}") String asked) {
        this.rebuild = rebuild;
        this.asked = asked;
        readModels.put(ClinicSessionsProjection.GROUP, clinic::drop);
        readModels.put(DashboardProjection.GROUP, dashboard::drop);
        readModels.put(CourseProjection.GROUP, courses::drop);
        readModels.put(StatisticsProjection.GROUP, statistics::drop);
    }

    /** In a thread of its own: the app serves meanwhile (its read models fill up as the rebuild goes). */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildAsked() {
        if (!asked.isBlank()) {
            Thread rebuilding = new Thread(this::rebuild, "projection-rebuild");
            rebuilding.setDaemon(true);
            rebuilding.start();
        }
    }

    private void rebuild() {
        List<String> groups = asked.strip().equals("all") ? List.copyOf(readModels.keySet())
                : Arrays.stream(asked.split(",")).map(String::strip).filter(readModels::containsKey).toList();
        long events = rebuild.eventsInStore();
        long began = System.nanoTime();
        log.info("Rebuild: {} from {} events", groups, events);
        groups.forEach(group -> rebuild.rebuild(group, readModels.get(group)));
        while (!groups.stream().allMatch(rebuild::caughtUp)) {
            try {
                Thread.sleep(PROGRESS_EVERY_MILLIS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
            groups.forEach(g -> log.info("Rebuild: {} has passed events up to {}", g, rebuild.position(g)
                    .map(Object::toString).orElse("(starting)")));
        }
        double seconds = Math.max((System.nanoTime() - began) / 1e9, 0.001);
        log.info("Rebuild: done, {} events in {} s ({} events/s per projection)", events,
                String.format("%.1f", seconds), Math.round(events / seconds));
    }
}
