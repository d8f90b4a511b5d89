package org.lantern.ui.rotas;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.clinic.Rotas;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A manager sets up the coming weeks' sessions from a weekly pattern. */
@RestController
@RequestMapping("/api/v1")
class RotaApi {

    private final Rotas rotas;
    private final CentreTime time;

    RotaApi(Rotas rotas, CentreTime time) {
        this.rotas = rotas;
        this.time = time;
    }

    record NewRota(String service, String site, List<String> weekdays, String start, String end, Integer slotMinutes,
                   Integer placesPerSlot, String staff, String from, Integer weeks) {
    }

    record CreatedSession(String sessionId, OffsetDateTime start, OffsetDateTime end) {
    }

    record SkippedDate(LocalDate date, String code) {
    }

    record Created(String rotaId, List<CreatedSession> sessions, List<SkippedDate> skipped) {
    }

    @PostMapping("/rotas")
    Mono<ResponseEntity<Created>> create(@RequestBody NewRota body) {
        Rotas.Pattern pattern = pattern(body);
        return Blocking.call(() -> {
            Rotas.Outcome outcome = rotas.create(pattern);
            return ResponseEntity.status(HttpStatus.CREATED).body(new Created(outcome.rotaId(),
                    outcome.created().stream().map(c -> new CreatedSession(c.sessionId(),
                            time.at(c.date(), pattern.start()), time.at(c.date(), pattern.end()))).toList(),
                    outcome.skipped().stream().map(s -> new SkippedDate(s.date(), s.code())).toList()));
        });
    }

    static Rotas.Pattern pattern(NewRota body) {
        if (body.slotMinutes() == null || body.placesPerSlot() == null || body.weeks() == null) {
            throw new InvalidInputException("error.rota-shape");
        }
        return new Rotas.Pattern(body.service(), body.site(), body.weekdays(),
                parse(() -> LocalTime.parse(body.start()), "error.time"),
                parse(() -> LocalTime.parse(body.end()), "error.time"), body.slotMinutes(), body.placesPerSlot(),
                body.staff(), parse(() -> LocalDate.parse(body.from()), "error.date"), body.weeks());
    }

    static <T> T parse(Supplier<T> parser, String key) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(key);
        }
    }
}
