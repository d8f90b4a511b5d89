package org.lantern.ui.policeclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Discretion on the person's own surfaces: the service is named once, on the consent step; afterwards every page
 * and every address says "private appointment", and a deliberate tap on the booking page names it again.
 */
@LanternIntegrationTest
class PrivateAppointmentPagesTest {

    private static final Pattern LINK = Pattern.compile("(?:href|action)=\"([^\"]*)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z0-9]{5} [A-Z0-9]{5})<");
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\"[^>]*>([A-Z0-9]{6})<");

    @Autowired Api api;

    @Test
    void aPersonBooksThePoliceClinicAndNoAddressAndNoLaterPageNamesIt() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        Browser person = api.browser();
        List<String> addresses = new ArrayList<>();

        String home = visit(person.get("/"), addresses, "/");
        assertThat(home).doesNotContain("service=police-clinic");

        String consentStep = visit(person.post("/book/choose", Map.of("service", "police-clinic")), addresses,
                "/book/choose");
        assertThat(consentStep).contains("police liaison officer", "only the name you book under and the time",
                "only if the law requires", "cancel at any time");

        String times = visit(person.post("/book/choose", Map.of("service", "police-clinic", "consent", "true")),
                addresses, "/book/choose");
        assertThat(times).contains("Private appointment").doesNotContainIgnoringCase("police");
        String slotLink = links(times).stream().filter(l -> l.startsWith("/book/slot")).findFirst().orElseThrow()
                .replace("&amp;", "&");
        String form = visit(person.get(slotLink), addresses, slotLink);
        assertThat(form).contains("Private appointment").doesNotContainIgnoringCase("police");

        assertThat(person.post("/book", Map.of("session", session, "start", "17:00", "pseudonym", "Hidden Heron",
                "consent", "true", "idempotencyKey", Api.key())).getStatus().value()).isEqualTo(303);
        String booked = visit(person.get("/book/done"), addresses, "/book/done");
        assertThat(booked).contains("Private appointment").doesNotContainIgnoringCase("police");
        Map<String, String> holder = Map.of("reference", find(REFERENCE, booked), "secret", find(SECRET, booked));

        String found = visit(person.post("/my-booking", holder), addresses, "/my-booking");
        assertThat(found).contains("Private appointment", "Show what this appointment is")
                .doesNotContainIgnoringCase("police");
        String revealed = person.post("/my-booking", with(holder, "reveal", "true")).getResponseBody();
        assertThat(revealed).contains("Police clinic");

        String data = visit(person.post("/my-booking/data", holder), addresses, "/my-booking/data");
        assertThat(data).contains("Private appointment").doesNotContain("Police clinic", "police-clinic");
        String download = person.post("/my-booking/data.json", holder).getResponseBody();
        assertThat(download).contains("\"service\":\"private\"").doesNotContain("police");

        assertThat(addresses).allSatisfy(a -> assertThat(a).doesNotContainIgnoringCase("police"));
        // the holder's own API may keep the code: they asked for it
        api.client().get().uri("/api/v1/bookings/{r}", holder.get("reference"))
                .header("Booking-Secret", holder.get("secret")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("police-clinic");
    }

    @Test
    void aPageBookingWithoutTheTickShowsTheWordingAgainAndBooksNothing() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        Browser person = api.browser();
        String form = person.get("/book/slot?session=" + session + "&start=17:00").getResponseBody();
        assertThat(form).contains("name=\"consent\"", "I have read this and I agree");

        EntityExchangeResult<String> refused = person.post("/book", Map.of("session", session, "start", "17:00",
                "pseudonym", "Hidden Heron", "idempotencyKey", Api.key()));

        assertThat(refused.getStatus().value()).isEqualTo(422);
        assertThat(refused.getResponseBody()).contains("please read the words below and tick the box",
                "only the name you book under and the time", "I have read this and I agree");
        assertThat(api.availability("police-clinic", date, date).get(0).get("free")).isEqualTo(1);
    }

    @Test
    void anOldAddressNamingThePoliceClinicShowsTheStartPageNotItsTimes() {
        String page = api.browser().get("/book?service=police-clinic").getResponseBody();

        assertThat(page).doesNotContain("Private appointment: free times").contains("/book/choose");
    }

    @Test
    void anotherServiceChosenInTheBodyShowsItsTimesAndAnUnknownOneIsAKindNotFound() {
        LocalDate date = Api.freshDate();
        api.schedule("counselling", date, "14:00", "14:50", 50, 1);
        Browser person = api.browser();
        person.get("/");

        assertThat(person.post("/book/choose", Map.of("service", "counselling")).getResponseBody())
                .contains("Counselling: free times");
        EntityExchangeResult<String> unknown = person.post("/book/choose", Map.of("service", "astrology"));
        assertThat(unknown.getStatus().value()).isEqualTo(404);
        assertThat(unknown.getResponseBody()).contains("/book/choose");
    }

    private static String visit(EntityExchangeResult<String> result, List<String> addresses, String address) {
        assertThat(result.getStatus().value()).as(address).isEqualTo(200);
        addresses.add(address);
        String body = result.getResponseBody();
        addresses.addAll(links(body));
        return body;
    }

    private static List<String> links(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> more = new java.util.HashMap<>(map);
        more.put(key, value);
        return more;
    }
}
