package org.lantern.ui.rotas;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.clinic.RotaChanges;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A manager lists the kept weekly patterns, and changes or cancels one from a date on. */
@RestController
@RequestMapping("/api/v1/rotas")
class RotaChangesApi {

    private final RotaChanges changes;
    private final CentreTime time;

    RotaChangesApi(RotaChanges changes, CentreTime time) {
        this.changes = changes;
        this.time = time;
    }

    record UpcomingSession(String sessionId, OffsetDateTime start, OffsetDateTime end, String staff, int booked) {
    }

    record Listed(String rotaId, String service, String site, List<String> weekdays, String start, String end,
                  int slotMinutes, int placesPerSlot, String staff, LocalDate from, int weeks,
                  LocalDate cancelledFrom, List<UpcomingSession> sessions) {
    }

    record CancelFrom(String from, String reason) {
    }

    record Cancelled(String rotaId, int sessionsCancelled, int bookingsCancelled, int peopleTold) {
    }

    record ChangeFrom(String from, List<String> weekdays, String start, String end, Integer slotMinutes,
                      Integer placesPerSlot, String staff, Integer weeks, String reason) {
    }

    record Changed(String rotaId, int sessionsKept, int sessionsMoved, int sessionsCancelled,
                   List<RotaApi.CreatedSession> created, List<RotaApi.SkippedDate> skipped, int bookingsMoved,
                   int bookingsCancelled, int peopleTold) {
    }

    @GetMapping
    Mono<List<Listed>> list() {
        return Blocking.call(() -> changes.list().stream().map(r -> new Listed(r.id(), r.pattern().service(),
                r.pattern().site(), r.pattern().weekdays(), r.pattern().start().toString(), r.pattern().end().toString(),
                r.pattern().slotMinutes(), r.pattern().placesPerSlot(), r.pattern().staff(), r.pattern().from(),
                r.pattern().weeks(), r.cancelledFrom(), r.upcoming().stream().map(s -> new UpcomingSession(
                        s.sessionId(), time.at(s.date(), s.start()), time.at(s.date(), s.end()), s.staff(),
                        s.booked())).toList())).toList());
    }

    @PostMapping("/{rotaId}/cancel")
    Mono<Cancelled> cancel(@PathVariable String rotaId, @RequestBody CancelFrom body) {
        LocalDate from = RotaApi.parse(() -> LocalDate.parse(body.from()), "error.date");
        return Blocking.call(() -> {
            RotaChanges.Cancelled done = changes.cancelFrom(rotaId, from, body.reason());
            return new Cancelled(rotaId, done.sessionsCancelled(), done.bookingsCancelled(), done.peopleTold());
        });
    }

    @PostMapping("/{rotaId}/change")
    Mono<Changed> change(@PathVariable String rotaId, @RequestBody ChangeFrom body) {
        RotaChanges.Change change = change(body);
        return Blocking.call(() -> {
            RotaChanges.Changed done = changes.changeFrom(rotaId, change, body.reason());
            return new Changed(rotaId, done.sessionsKept(), done.sessionsMoved(), done.sessionsCancelled(),
                    done.created().stream().map(c -> new RotaApi.CreatedSession(c.sessionId(),
                            time.at(c.date(), change.start()), time.at(c.date(), change.end()))).toList(),
                    done.skipped().stream().map(s -> new RotaApi.SkippedDate(s.date(), s.code())).toList(),
                    done.bookingsMoved(), done.bookingsCancelled(), done.peopleTold());
        });
    }

    static RotaChanges.Change change(ChangeFrom body) {
        if (body.slotMinutes() == null || body.placesPerSlot() == null || body.weeks() == null) {
            throw new InvalidInputException("error.rota-shape");
        }
        return new RotaChanges.Change(RotaApi.parse(() -> LocalDate.parse(body.from()), "error.date"),
                body.weekdays(), RotaApi.parse(() -> LocalTime.parse(body.start()), "error.time"),
                RotaApi.parse(() -> LocalTime.parse(body.end()), "error.time"), body.slotMinutes(),
                body.placesPerSlot(), body.staff(), body.weeks());
    }
}
