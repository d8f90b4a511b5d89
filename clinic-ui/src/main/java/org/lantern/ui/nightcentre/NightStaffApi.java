package org.lantern.ui.nightcentre;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.lantern.application.nightcentre.NightBoards;
import org.lantern.application.nightcentre.NightBookingView;
import org.lantern.application.nightcentre.NightBookings;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.application.nightcentre.NightScheduling;
import org.lantern.application.nightcentre.NightView;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The night centre for managers (nights, patterns) and night staff (roster, check-in and out, the board). */
@RestController
@RequestMapping("/api/v1")
class NightStaffApi {

    private final NightScheduling scheduling;
    private final NightBookings bookings;
    private final NightRecords nights;
    private final NightBoards boards;
    private final LiveNightBoard live;
    private final CentreTime time;

    NightStaffApi(NightScheduling scheduling, NightBookings bookings, NightRecords nights, NightBoards boards,
                  LiveNightBoard live, CentreTime time) {
        this.scheduling = scheduling;
        this.bookings = bookings;
        this.nights = nights;
        this.boards = boards;
        this.live = live;
        this.time = time;
    }

    record NightBody(String date, String opens, String closes, Integer restPlaces) {
    }

    record PatternBody(List<String> weekdays, String opens, String closes, Integer restPlaces, Integer weeks) {
    }

    record RosterBody(List<String> childcareStaff) {
    }

    /** {@code child}: the child's place in the booking, from 1; {@code collectedBy}: who collected it. */
    record CheckBody(Integer child, String collectedBy) {

        @Override
        public String toString() {
            return "CheckBody[" + child + "]";
        }
    }

    record Roster(String date, List<String> childcareStaff, NightJson.Headroom childcareHeadroom) {
    }

    record Check(String reference, String status, List<NightJson.ChildStatus> children) {
    }

    @PostMapping("/nights")
    Mono<ResponseEntity<NightJson.Night>> plan(@RequestBody NightBody body) {
        LocalDate date = date(body.date());
        return Blocking.call(() -> {
            NightView night = scheduling.plan(date, time(body.opens()), time(body.closes()), places(body.restPlaces()));
            return ResponseEntity.created(URI.create("/api/v1/nights?from=" + date + "&to=" + date)).body(json(night));
        });
    }

    @PostMapping("/night-patterns")
    Mono<ResponseEntity<List<NightJson.Night>>> pattern(@RequestBody PatternBody body) {
        return Blocking.call(() -> ResponseEntity.status(201).body(scheduling.pattern(body.weekdays(),
                        time(body.opens()), time(body.closes()), places(body.restPlaces()),
                        body.weeks() == null ? 1 : body.weeks())
                .stream().map(this::json).toList()));
    }

    @PutMapping("/nights/{date}/roster")
    Mono<Roster> roster(@PathVariable String date, @RequestBody RosterBody body) {
        LocalDate night = date(date);
        return Blocking.call(() -> {
            NightView n = scheduling.roster(night, body.childcareStaff());
            return new Roster(n.date().toString(), n.childcareStaff(),
                    NightJson.Headroom.of(NightBoards.headroom(n, nights.bookings(n.nightId()))));
        });
    }

    @PostMapping("/night-bookings/{reference}/check-in")
    Mono<Check> checkIn(@PathVariable String reference, @RequestBody(required = false) CheckBody body) {
        return Blocking.call(() -> check(bookings.checkIn(reference, body == null ? null : body.child())));
    }

    @PostMapping("/night-bookings/{reference}/check-out")
    Mono<Check> checkOut(@PathVariable String reference, @RequestBody(required = false) CheckBody body) {
        return Blocking.call(() -> check(bookings.checkOut(reference, body == null ? null : body.child(),
                body == null ? null : body.collectedBy())));
    }

    @GetMapping("/night-board")
    Mono<NightJson.Board> board() {
        return Blocking.call(() -> NightJson.Board.of(boards.board(boards.tonight()), time));
    }

    @GetMapping(path = "/night-board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<NightJson.Board>> stream() {
        return live.events();
    }

    private NightJson.Night json(NightView night) {
        List<NightBookingView> held = nights.bookings(night.nightId());
        return NightJson.Night.of(night, NightBoards.restFree(night, held), NightBoards.headroom(night, held), time);
    }

    private static Check check(NightBookingView b) {
        return new Check(b.reference(), b.status().code(), b.children().stream()
                .map(c -> new NightJson.ChildStatus(c.number(), c.band().code(), c.in(), c.out())).toList());
    }

    private static LocalDate date(String date) {
        try {
            return LocalDate.parse(date);
        } catch (RuntimeException notADate) {
            throw new InvalidInputException("error.date");
        }
    }

    private static LocalTime time(String time) {
        try {
            return time == null ? null : LocalTime.parse(time);
        } catch (DateTimeParseException notATime) {
            throw new InvalidInputException("error.time");
        }
    }

    private static int places(Integer places) {
        if (places == null) {
            throw new NightRefusal(NightRefusal.Reason.REST_PLACES_OUT_OF_RANGE);
        }
        return places;
    }
}
