package org.lantern.projections.clinic;

public record FindBookingQuery(String reference) {
}
