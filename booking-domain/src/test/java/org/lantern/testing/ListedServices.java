package org.lantern.testing;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A catalogue held in memory, for tests. Numbers follow the order added. */
public final class ListedServices implements ServiceCatalogue {

    private final List<CatalogueEntry> entries = new CopyOnWriteArrayList<>();

    public ListedServices(List<CatalogueEntry> entries) {
        entries.forEach(this::add);
    }

    @Override
    public List<CatalogueEntry> all() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized boolean add(CatalogueEntry entry) {
        if (find(entry.code()).isPresent()) {
            return false;
        }
        entries.add(new CatalogueEntry(entry.service(), entries.size() + 1, entry.names(), entry.kind(),
                entry.isPrivate(), entry.asksConsent(), entry.roles()));
        return true;
    }

    @Override
    public synchronized boolean replace(CatalogueEntry entry) {
        List<CatalogueEntry> now = new ArrayList<>(entries);
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).code().equals(entry.code())) {
                CatalogueEntry old = now.get(i);
                entries.set(i, new CatalogueEntry(old.service(), old.number(), entry.names(), old.kind(),
                        entry.isPrivate(), entry.asksConsent(), entry.roles()));
                return true;
            }
        }
        return false;
    }
}
