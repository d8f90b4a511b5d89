package org.lantern.ui.sites;

import java.util.ArrayList;
import java.util.List;
import org.lantern.application.sites.SiteDraft;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sites a fresh start puts in the empty site directory ({@code lantern.sites.seed}, the drop-in and the night
 * centre in application.yml) and any a profile adds to them ({@code lantern.sites.seed-also}: the demo's outreach
 * van). Data, not code: a centre sets its own before the first start, or a manager changes them afterwards.
 */
@ConfigurationProperties("lantern.sites")
public record SiteSettings(List<SiteDraft> seed, List<SiteDraft> seedAlso) {

    public List<SiteDraft> all() {
        List<SiteDraft> all = new ArrayList<>(seed == null ? List.of() : seed);
        all.addAll(seedAlso == null ? List.of() : seedAlso);
        return all;
    }
}
