package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.lantern.ui.privacy.PrivacyProperties;
import org.lantern.ui.privacy.RetentionJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Childcare: capacity from the staff rostered and EYFS ratios, refusals naming the full age band, roster changes
 * that would break a ratio, each child in and out with the collecting adult, and children's names seen only by
 * night staff and managers, in the right-of-access download, and nowhere after erasure.
 */
@LanternIntegrationTest
class NightChildcareTest {

    static final String PASSWORD = "night staff password 1";
    static final AtomicInteger STAFF = new AtomicInteger();
    static final String CHILD = "Tamsin Wrenfield";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    MongoDatabase lanternDatabase;
    @Autowired
    RetentionJob retention;
    @Autowired
    PrivacyProperties properties;

    NightClient nights;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A night with two childcare staff on the roster; answers their usernames. */
    private List<String> nightWithTwoStaff(LocalDate date) {
        nights = new NightClient(api);
        NightClient.theAfternoonOf(clock, date);
        api.planNight(date, 1);
        List<String> staff = List.of(staff("NIGHT_STAFF"), staff("NIGHT_STAFF"));
        nights.roster(api.admin(), date, staff.toArray(String[]::new)).expectStatus().isOk()
                .expectBody().jsonPath("$.childcareHeadroom.under2").isEqualTo(6);
        return staff;
    }

    private String staff(String role) {
        String username = "night-" + role.toLowerCase() + "-" + STAFF.incrementAndGet();
        api.createStaff(username, PASSWORD, role);
        return username;
    }

    private static Map<String, Object> child(String name, String band) {
        return Map.of("name", name, "ageBand", band);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> childcare(LocalDate date, Map<String, Object>... children) {
        return api.bookNight(date, "childcare", "Parent", "children", List.of(children)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void childcareIsBookedUntilTheRatioIsReachedAndTheRefusalNamesTheBand() {
        LocalDate date = Api.freshDate();
        nightWithTwoStaff(date);
        childcare(date, child(CHILD, "under2"), child("Bo", "under2"), child("Cy", "under2"), child("Di", "under2"));
        childcare(date, child("Ed", "under2"), child("Fi", "under2"));

        api.bookNight(date, "childcare", "Parent", "children", List.of(child("Gus", "under2")))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("refused.CHILDCARE_FULL_UNDER2");
        api.bookNight(date, "childcare", "Parent", "children", List.of(child("Gus", "under2")), "waitlist", true)
                .expectStatus().isAccepted().expectBody().jsonPath("$.status").isEqualTo("waitlisted");
        api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].childcareHeadroom.under2").isEqualTo(0)
                .jsonPath("$[0].childcareHeadroom.threePlus").isEqualTo(0);
    }

    @Test
    void takingStaffOffTheRosterIsRefusedWhileTheChildrenBookedNeedThem() {
        LocalDate date = Api.freshDate();
        List<String> staff = nightWithTwoStaff(date);
        childcare(date, child(CHILD, "threePlus"));

        nights.roster(api.admin(), date, staff.get(0)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("refused.ROSTER_BREAKS_RATIO");
        nights.roster(api.as(staff.get(0), PASSWORD), date, staff.get(0), staff.get(1), staff("NIGHT_STAFF"))
                .expectStatus().isOk();
    }

    @Test
    void eachChildIsCheckedInAndOutWithTheAdultWhoCollectsIt() {
        LocalDate date = Api.freshDate();
        List<String> staff = nightWithTwoStaff(date);
        Map<String, Object> booking = childcare(date, child(CHILD, "two"), child("Bo", "threePlus"));
        WebTestClient nightStaff = api.as(staff.get(0), PASSWORD);
        NightClient.at(clock, date.atTime(20, 30));

        nights.check(nightStaff, booking, "check-out", Map.of("child", 1, "collectedBy", "Aunt Mo"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("refused.NOT_CHECKED_IN");
        nights.check(nightStaff, booking, "check-in", Map.of("child", 3)).expectStatus().isNotFound();
        nights.check(nightStaff, booking, "check-in", Map.of("child", 1)).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("checked-in").jsonPath("$.children[0].in").isEqualTo(true);
        nights.check(nightStaff, booking, "check-out", Map.of("child", 1)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.COLLECTED_BY");
        nights.check(nightStaff, booking, "check-out", Map.of("child", 1, "collectedBy", "Aunt Mo"))
                .expectStatus().isOk().expectBody().jsonPath("$.children[0].out").isEqualTo(true);

        NightClient.at(clock, date.atTime(21, 0));
        api.as(staff.get(1), PASSWORD).get().uri("/api/v1/night-board").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.date").isEqualTo(date.toString())
                .jsonPath("$.bookings[0].children[0].collectedBy").isEqualTo("Aunt Mo");
    }

    @Test
    void aChildStillInAtClosingIsFlagged() {
        LocalDate date = Api.freshDate();
        List<String> staff = nightWithTwoStaff(date);
        Map<String, Object> booking = childcare(date, child(CHILD, "two"));
        NightClient.at(clock, date.atTime(20, 30));
        nights.check(api.as(staff.get(0), PASSWORD), booking, "check-in", Map.of("child", 1)).expectStatus().isOk();

        NightClient.at(clock, date.plusDays(1).atTime(7, 59));
        api.admin().get().uri("/api/v1/night-board").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.date").isEqualTo(date.toString()).jsonPath("$.flags").isEmpty();

        NightClient.at(clock, date.plusDays(1).atTime(8, 0));
        api.admin().get().uri("/api/v1/night-board").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.flags[0].kind").isEqualTo("child-past-closing")
                .jsonPath("$.flags[0].reference").isEqualTo(booking.get("reference"))
                .jsonPath("$.flags[0].child").isEqualTo(1);
    }

    @Test
    void onlyNightStaffAndManagersSeeChildrensNames() {
        LocalDate date = Api.freshDate();
        List<String> staff = nightWithTwoStaff(date);
        Map<String, Object> booking = childcare(date, child(CHILD, "two"));
        NightClient.at(clock, date.atTime(21, 0));

        for (WebTestClient allowed : List.of(api.as(staff.get(0), PASSWORD), api.admin())) {
            assertThat(allowed.get().uri("/api/v1/night-board").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody()).contains(CHILD).contains("Parent");
        }
        for (String role : List.of("RECEPTION", "CLINICIAN", "COUNSELLOR", "POLICE_LIAISON")) {
            api.as(staff(role), PASSWORD).get().uri("/api/v1/night-board").exchange().expectStatus().isForbidden();
        }
        assertThat(api.client().get().uri("/api/v1/night-bookings/{r}", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).doesNotContain(CHILD);
        assertThat(api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date).exchange()
                .expectBody(String.class).returnResult().getResponseBody()).doesNotContain(CHILD);
    }

    @Test
    void theRightOfAccessHoldsTheChildrenAndErasureLeavesNoNameAnywhere() {
        LocalDate date = Api.freshDate();
        nightWithTwoStaff(date);
        Map<String, Object> booking = childcare(date, child(CHILD, "two"));
        String secret = (String) booking.get("secret");

        api.client().get().uri("/api/v1/bookings/{r}/personal-data", booking.get("reference"))
                .header("Booking-Secret", secret).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.children[0].name").isEqualTo(CHILD)
                .jsonPath("$.children[0].ageBand").isEqualTo("two");

        api.client().delete().uri("/api/v1/bookings/{r}/personal-data", booking.get("reference"))
                .header("Booking-Secret", secret).exchange().expectStatus().isNoContent();

        NightClient.at(clock, date.atTime(21, 0));
        assertThat(api.admin().get().uri("/api/v1/night-board").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).doesNotContain(CHILD);
        for (String name : lanternDatabase.listCollectionNames()) {
            lanternDatabase.getCollection(name).find().forEach(d -> assertThat(d.toJson())
                    .as("a document of %s", name).doesNotContain(CHILD).doesNotContain("Tamsin"));
        }
        api.client().get().uri("/api/v1/night-bookings/{r}", booking.get("reference")).header("Booking-Secret", secret)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("cancelled");
    }

    @Test
    void retentionErasesANightBookingWithItsChildrensNames() {
        LocalDate date = Api.freshDate();
        nightWithTwoStaff(date);
        Map<String, Object> booking = childcare(date, child(CHILD, "two"));
        NightClient.at(clock, date.plusDays(1).atTime(8, 0).plus(properties.retention()).plusMinutes(1));

        retention.eraseExpired();

        api.client().get().uri("/api/v1/bookings/{r}/personal-data", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.pseudonym").doesNotExist().jsonPath("$.children[0].name").doesNotExist()
                .jsonPath("$.erasure.reason").isEqualTo("RETENTION");
    }

    @Test
    void whatAParentAsksForShowsOnTheNightBoardIsInTheDownloadAndLeavesWithThePerson() {
        LocalDate date = Api.freshDate();
        nightWithTwoStaff(date);
        String marker = "Bring the quiet cot, Wrenfield";
        api.bookNight(date, "childcare", "Parent", "children", List.of(child("Ola", "two")),
                "needs", Map.of("clinicianGender", "nobody-says-this")).expectStatus().isBadRequest();
        Map<String, Object> booking = api.bookNight(date, "childcare", "Parent", "children",
                        List.of(child("Ola", "two")), "needs",
                        Map.of("interpreter", "Tigrinya", "access", marker))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String secret = (String) booking.get("secret");

        NightClient.at(clock, date.atTime(21, 0));
        await().untilAsserted(() -> assertThat(api.admin().get().uri("/api/v1/night-board").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains("\"interpreter\":\"Tigrinya\"", marker));
        api.client().get().uri("/api/v1/bookings/{r}/personal-data", booking.get("reference"))
                .header("Booking-Secret", secret).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.needs.interpreter").isEqualTo("Tigrinya");

        api.client().delete().uri("/api/v1/bookings/{r}/personal-data", booking.get("reference"))
                .header("Booking-Secret", secret).exchange().expectStatus().isNoContent();
        await().untilAsserted(() -> assertThat(api.admin().get().uri("/api/v1/night-board").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .doesNotContain(marker));
        for (String name : lanternDatabase.listCollectionNames()) {
            lanternDatabase.getCollection(name).find().forEach(d -> assertThat(d.toJson())
                    .as("a document of %s", name).doesNotContain(marker).doesNotContain("Tigrinya"));
        }
    }
}
