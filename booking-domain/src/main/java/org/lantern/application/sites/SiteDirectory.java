package org.lantern.application.sites;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the places the centre works from, kept by a manager, by code. */
public interface SiteDirectory {

    /**
     * A site: {@code kind} is drop-in, night-centre or outreach; {@code names} per language (English always);
     * {@code stops} only for the outreach van. Everything in it has been checked ({@link Sites}).
     */
    record Site(String code, String kind, Map<String, String> names, String address, List<Hours> hours,
                List<Stop> stops) {
    }

    /** Open on {@code day} from {@code opens} to {@code closes}; a close at or before the opening is next morning. */
    record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    /** The van stands at {@code where} on {@code day}, from {@code start} to {@code end} (past midnight allowed). */
    record Stop(DayOfWeek day, LocalTime start, LocalTime end, String where) {
    }

    /** By code. */
    List<Site> all();

    Optional<Site> find(String code);

    /** False when a site of that code is there already (nothing is changed then). */
    boolean add(Site site);

    /** False when there is no site of that code. */
    boolean replace(Site site);

    /** False when there was no such site. */
    boolean remove(String code);
}
