package org.lantern.infra.store;

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

    DurableH2Backend(MVStore store) {
        super(store);
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
