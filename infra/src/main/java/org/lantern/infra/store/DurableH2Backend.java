package org.lantern.infra.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend writes its MVStore to disk about once a second. A booking that got its 201
 * must survive the process being killed, so this backend writes every command's changes to the file before
 * it answers. A commit with nothing to write costs next to nothing.
 */
class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);
    /** How long a stop may spend compacting the file. */
    static final int COMPACT_AT_CLOSE_MILLIS = 30_000;

    DurableH2Backend(MVStore store) {
        super(store);
    }

    /**
     * Every commit appends a chunk to the file, and the space of old chunks is only reused, never given back, while
     * the store runs: a busy evening grows the file by about 150 KB a booking. At a clean stop the file is compacted
     * to what is live (a few KB a booking). A stop by kill -9 skips this and loses nothing.
     */
    @Override
    public void close() {
        try {
            getMvStore().compactFile(COMPACT_AT_CLOSE_MILLIS);
        } catch (RuntimeException compactionFailed) {
            log.warn("The embedded store could not be compacted at stop: {}", compactionFailed.getClass().getName());
        }
        super.close();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commit();
        }
    }
}
