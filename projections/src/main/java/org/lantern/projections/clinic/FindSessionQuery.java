package org.lantern.projections.clinic;

public record FindSessionQuery(String sessionId) {
}
