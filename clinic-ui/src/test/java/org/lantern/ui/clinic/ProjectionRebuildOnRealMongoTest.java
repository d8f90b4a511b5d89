package org.lantern.ui.clinic;

import org.lantern.ui.realmongo.RealMongo;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link ProjectionRebuildTest} against a real MongoDB replica set; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@ImportTestcontainers(RealMongo.class)
class ProjectionRebuildOnRealMongoTest extends ProjectionRebuildTest {
}
