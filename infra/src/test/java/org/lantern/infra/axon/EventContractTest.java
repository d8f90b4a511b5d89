package org.lantern.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.course.CourseBookedEvent;
import org.lantern.domain.course.CourseBookingAbandonedEvent;
import org.lantern.domain.course.CourseBookingCancelledEvent;
import org.lantern.domain.course.CourseBookingStartedEvent;
import org.lantern.domain.course.CoursePlace;
import org.lantern.domain.course.CourseSession;
import org.lantern.domain.course.CourseSetUpEvent;
import org.lantern.domain.diary.ClinicianTimeReleasedEvent;
import org.lantern.domain.diary.ClinicianTimeReservedEvent;
import org.lantern.domain.nightcentre.AgeBand;
import org.lantern.domain.nightcentre.CheckedInEvent;
import org.lantern.domain.nightcentre.CheckedOutEvent;
import org.lantern.domain.nightcentre.Child;
import org.lantern.domain.nightcentre.NightBookingCancelledEvent;
import org.lantern.domain.nightcentre.NightPlaceBookedEvent;
import org.lantern.domain.nightcentre.NightPlannedEvent;
import org.lantern.domain.nightcentre.NightWaitlistJoinedEvent;
import org.lantern.domain.nightcentre.OfferAcceptedEvent;
import org.lantern.domain.nightcentre.OfferExpiredEvent;
import org.lantern.domain.nightcentre.PlaceKind;
import org.lantern.domain.nightcentre.PlaceOfferedEvent;
import org.lantern.domain.nightcentre.RestPlaceReleasedEvent;
import org.lantern.domain.nightcentre.RosterSetEvent;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.NoShowUndoneEvent;
import org.lantern.domain.walkin.BookedArrivalQueuedEvent;
import org.lantern.domain.walkin.Priority;
import org.lantern.domain.walkin.PriorityChangedEvent;
import org.lantern.domain.walkin.TicketCalledEvent;
import org.lantern.domain.walkin.TicketLeftEvent;
import org.lantern.domain.walkin.TicketReturnedEvent;
import org.lantern.domain.walkin.TicketSeenEvent;
import org.lantern.domain.walkin.WalkInAddedEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.HeldPlaceReleasedEvent;
import org.lantern.domain.session.PlaceHeldForMoveEvent;
import org.lantern.domain.session.SessionCancelledEvent;
import org.lantern.domain.dropin.VisitCountedEvent;
import org.lantern.domain.dropin.VisitReason;
import org.lantern.domain.session.DisclosureRecordedEvent;
import org.lantern.domain.booking.DisclosureBasis;
import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * Events are a public, versioned contract: their stored JSON is approved here, so a change of shape is a
 * conscious act (a new @Revision and an upcaster), never an accident. To approve a deliberate change, delete
 * the file under src/test/resources/approved-events and run the test once: it writes the new form and fails.
 */
class EventContractTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 18, 30);

    static final SealedText PSEUDONYM = new SealedText("2f1c9d4e-subject", "c2VhbGVk");
    static final Holder HOLDER = new Holder("K7M2QX", "{hmac-sha256}0a1b2c", "2f1c9d4e-subject", PSEUDONYM,
            new SealedText("2f1c9d4e-subject", "Y29udGFjdA=="), new SealedText("2f1c9d4e-subject", "ZXM="), false);

    /** A holder of revision 2 of a "booked" event: with the person's needs and their consent, both sealed. */
    static final Holder HOLDER_WITH_NEEDS = new Holder("K7M2QX", "{hmac-sha256}0a1b2c", "2f1c9d4e-subject", PSEUDONYM,
            null, null, false, new SealedText("2f1c9d4e-subject", "bmVlZHM="),
            new SealedText("2f1c9d4e-subject", "Y29uc2VudA=="));

    static final String NIGHT = "night~2026-12-01";
    static final LocalTime EIGHT_PM = LocalTime.of(20, 0);
    static final LocalTime EIGHT_AM = LocalTime.of(8, 0);
    static final String QUEUE = "queue~2026-12-01~sexual-health";
    static final String COURSE = "course~2026-12-01~k3j9x2ab";
    static final CourseSession COURSE_SESSION = new CourseSession("2026-12-01~c1000ab12cd3", DATE, LocalTime.of(10, 0),
            LocalTime.of(10, 50));

    static Stream<Object> events() {
        return Stream.of(
                new SessionScheduledEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE, LocalTime.of(10, 0),
                        LocalTime.of(12, 0), 30, 2, "sam"),
                new SlotBookedEvent("2026-12-01~abcd2345", new Service("police-clinic"), DATE, LocalTime.of(10, 30),
                        LocalTime.of(11, 0), HOLDER_WITH_NEEDS, AT, "es"),
                new DisclosureRecordedEvent("2026-12-01~abcd2345", new Service("police-clinic"), DATE, "K7M2QX",
                        DisclosureBasis.COURT_ORDER, AT),
                new BookingCancelledByCentreEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE,
                        LocalTime.of(10, 30), "K7M2QX", "The clinician is ill", AT),
                new SessionCancelledEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE, LocalTime.of(10, 0),
                        LocalTime.of(12, 0), "The clinician is ill", 3, AT),
                new BookingMovedEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE, LocalTime.of(10, 30),
                        "K7M2QX", "2026-12-02~wxyz6789", DATE.plusDays(1), LocalTime.of(9, 0), LocalTime.of(9, 30),
                        AT, "The clinician can only come the next morning"),
                new PlaceHeldForMoveEvent("2026-12-02~wxyz6789", new Service("sexual-health"), DATE.plusDays(1),
                        LocalTime.of(9, 0), LocalTime.of(9, 30), "K7M2QX", "2026-12-01~abcd2345", AT),
                new HeldPlaceReleasedEvent("2026-12-02~wxyz6789", new Service("sexual-health"), DATE.plusDays(1),
                        LocalTime.of(9, 0), "K7M2QX", AT),
                new VisitCountedEvent("dropin~2026-12-01", DATE, 7, VisitReason.SHOWER, DATE.atTime(11, 0)),
                new BookingCancelledEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE, LocalTime.of(10, 30),
                        "K7M2QX", AT),
                new AttendanceMarkedEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE, LocalTime.of(10, 30),
                        "K7M2QX", BookingStatus.NO_SHOW, true, DATE.atTime(10, 45)),
                new NoShowUndoneEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE, LocalTime.of(10, 30),
                        "K7M2QX", DATE.atTime(10, 50)),
                new ClinicianTimeReservedEvent("diary~2026-12-01~sam", "sam", DATE, "2026-12-01~abcd2345",
                        LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new ClinicianTimeReleasedEvent("diary~2026-12-01~sam", "2026-12-01~abcd2345"),
                new CourseSetUpEvent(COURSE, "alex", List.of(COURSE_SESSION), AT, "counselling"),
                new CourseBookingStartedEvent(COURSE, HOLDER, AT),
                new CourseBookedEvent(COURSE, "K7M2QX", "alex", List.of(new CoursePlace(1, COURSE_SESSION.sessionId(),
                        DATE, LocalTime.of(10, 0), LocalTime.of(10, 50), "K7M2QX332")), AT),
                new CourseBookingAbandonedEvent(COURSE, "K7M2QX", List.of(DATE), AT),
                new CourseBookingCancelledEvent(COURSE, "K7M2QX", AT),
                new PersonalDataErasedEvent("2f1c9d4e-subject", "K7M2QX", ErasureReason.PERSON, AT),
                new NightPlannedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, 12, LocalTime.of(23, 0)),
                new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                new NightPlaceBookedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.CHILDCARE, HOLDER,
                        List.of(new Child(new SealedText("2f1c9d4e-subject", "bmFtZQ=="), AgeBand.UNDER_2)), AT),
                new NightWaitlistJoinedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.REST, HOLDER, List.of(), AT),
                new PlaceOfferedEvent(NIGHT, DATE, "K7M2QX", PlaceKind.REST, AT, AT.plusMinutes(30)),
                new OfferAcceptedEvent(NIGHT, DATE, "K7M2QX", PlaceKind.REST, AT),
                new OfferExpiredEvent(NIGHT, DATE, "K7M2QX", PlaceKind.REST, AT),
                new NightBookingCancelledEvent(NIGHT, DATE, "K7M2QX", PlaceKind.REST, AT),
                new RestPlaceReleasedEvent(NIGHT, DATE, "K7M2QX", PlaceKind.REST, AT),
                new CheckedInEvent(NIGHT, DATE, "K7M2QX", PlaceKind.CHILDCARE, 1, AgeBand.UNDER_2, AT),
                new CheckedOutEvent(NIGHT, DATE, "K7M2QX", PlaceKind.CHILDCARE, 1, AgeBand.UNDER_2,
                        new SealedText("2f1c9d4e-subject", "Y29sbGVjdG9y"), AT),
                new WalkInAddedEvent(QUEUE, new Service("sexual-health"), DATE, "t-k3j9x2ab", "A12", 12, "{hmac-sha256}0a1b2c",
                        Priority.URGENT, "pep", "2f1c9d4e-subject", PSEUDONYM, DATE.atTime(9, 40)),
                new BookedArrivalQueuedEvent(QUEUE, new Service("sexual-health"), DATE, "K7M2QX", "A13", 13,
                        LocalTime.of(10, 30), DATE.atTime(10, 20)),
                new PriorityChangedEvent(QUEUE, "t-k3j9x2ab", Priority.SOON, "seen at the van", DATE.atTime(9, 45)),
                new TicketCalledEvent(QUEUE, "t-k3j9x2ab", "Room 2", "sam", DATE.atTime(10, 0)),
                new TicketReturnedEvent(QUEUE, "t-k3j9x2ab", DATE.atTime(10, 1)),
                new TicketSeenEvent(QUEUE, "t-k3j9x2ab", DATE.atTime(10, 20)),
                new TicketLeftEvent(QUEUE, "t-k3j9x2ab", DATE.atTime(10, 21)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void theStoredFormOfEachEventIsApproved(Object event) throws IOException {
        ObjectMapper mapper = AxonStoreConfiguration.eventObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String revision = event.getClass().getAnnotation(Revision.class).value();
        String name = event.getClass().getSimpleName() + "-r" + revision + ".json";
        String json = mapper.writeValueAsString(event) + "\n";
        try (InputStream approved = getClass().getResourceAsStream("/approved-events/" + name)) {
            if (approved == null) {
                Path file = Path.of("src/test/resources/approved-events", name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, json);
                throw new AssertionError("No approved form for " + name + " yet: wrote it, review and commit it");
            }
            assertThat(json).isEqualTo(new String(approved.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
    }

    /**
     * Revision 1 of SlotBookedEvent (before needs and consent) stays readable: the upcaster moves it to revision 2,
     * and it reads as a booking that asked for nothing and gave no consent. Its holder's stored form is unchanged.
     */
    @Test
    void revisionOneOfASlotBookingReadsAsTheLatestWithoutNeedsConsentOrLanguage() throws IOException {
        String r1;
        try (InputStream approved = getClass().getResourceAsStream("/approved-events/SlotBookedEvent-r1.json")) {
            r1 = new String(approved.readAllBytes(), StandardCharsets.UTF_8);
        }
        Serializer serializer = JacksonSerializer.builder().objectMapper(AxonStoreConfiguration.eventObjectMapper())
                .build();
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Session", "2026-12-01~abcd2345", 1L,
                "event-1", Instant.EPOCH, SlotBookedEvent.class.getName(), "1", r1, "{}");
        IntermediateEventRepresentation upcast = AxonStoreConfiguration.eventUpcasters()
                .upcast(java.util.stream.Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst().orElseThrow();

        assertThat(upcast.getType().getRevision()).isEqualTo("3");
        SlotBookedEvent read = serializer.deserialize(upcast.getData());
        assertThat(read).isEqualTo(new SlotBookedEvent("2026-12-01~abcd2345", new Service("sexual-health"), DATE,
                LocalTime.of(10, 30), LocalTime.of(11, 0), HOLDER, AT));
        assertThat(AxonStoreConfiguration.eventObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(read) + "\n").isEqualTo(r1.replace("\"bookedAt\" : \"2026-11-20T18:30:00\"\n}",
                "\"bookedAt\" : \"2026-11-20T18:30:00\",\n  \"bookedInLanguage\" : null\n}")
                .replace("\"SEXUAL_HEALTH\"", "\"sexual-health\""));
    }

    /**
     * The migration of the services that were code into the catalogue: every event stored while services were a
     * Java enum names its service by the constant ({@code "POLICE_CLINIC"}). Each such stored form (kept under
     * before-catalogue/, as approved then) reads as the same event with the catalogue's code, and is written back
     * in today's approved form.
     */
    @ParameterizedTest
    @MethodSource("eventsNamingAService")
    void anEventStoredBeforeServicesWereDataReadsWithItsCatalogueCode(Object event) throws IOException {
        try (InputStream before = EventContractTest.class.getResourceAsStream(beforeCatalogue(event))) {
            String stored = new String(before.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(stored).containsPattern("\"service\" : \"[A-Z_]+\"");
            ObjectMapper mapper = AxonStoreConfiguration.eventObjectMapper();
            assertThat(mapper.readValue(stored, event.getClass())).isEqualTo(event);
        }
    }

    static Stream<Object> eventsNamingAService() {
        List<Object> naming = events().filter(e -> EventContractTest.class.getResource(beforeCatalogue(e)) != null)
                .toList();
        assertThat(naming).hasSizeGreaterThanOrEqualTo(12);
        return naming.stream();
    }

    private static String beforeCatalogue(Object event) {
        return "/approved-events/before-catalogue/" + event.getClass().getSimpleName() + "-r"
                + event.getClass().getAnnotation(Revision.class).value() + ".json";
    }

    @Test
    void aCourseSetUpBeforeCoursesNamedTheirServiceReadsWithoutOne() throws IOException {
        try (InputStream r1 = getClass().getResourceAsStream("/approved-events/CourseSetUpEvent-r1.json")) {
            CourseSetUpEvent read = AxonStoreConfiguration.eventObjectMapper().readValue(r1.readAllBytes(),
                    CourseSetUpEvent.class);
            assertThat(read).isEqualTo(new CourseSetUpEvent(COURSE, "alex", List.of(COURSE_SESSION), AT, null));
        }
    }

    @Test
    void aServiceCodeIsItsOwnNameOnTheWireAndAnOldConstantIsItsCode() {
        assertThat(ServiceCodes.fromWire("POLICE_CLINIC")).isEqualTo("police-clinic");
        assertThat(ServiceCodes.fromWire("support-group")).isEqualTo("support-group");
        assertThat(ServiceCodes.fromWire("isva2")).isEqualTo("isva2");
    }
}
