package org.lantern.ui.clinic;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.lantern.domain.clinic.DayId;
import org.lantern.domain.clinic.ScheduleSessionCommand;
import org.lantern.domain.clinic.Service;
import org.lantern.ui.CentreTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A manager sets up sessions; the day's aggregate checks the rules. */
@Component
public class ClinicSessions {

    private static final Pattern CLINICIAN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .'-]{1,60}");

    private static final Duration POLL = Duration.ofMillis(50);

    /** How long a change waits to be visible on this node's read model before it answers anyway. */
    private final Duration readYourWrite;
    private final DayCommands commands;
    private final ClinicViews views;
    private final BookingCodes codes;
    private final CentreTime time;

    ClinicSessions(DayCommands commands, ClinicViews views, BookingCodes codes, CentreTime time,
                   @Value("${lantern.read-your-write-wait:5s}") Duration readYourWrite) {
        this.readYourWrite = readYourWrite;
        this.commands = commands;
        this.views = views;
        this.codes = codes;
        this.time = time;
    }

    public String schedule(String serviceCode, LocalDate date, LocalTime start, LocalTime end, int slotMinutes,
                           int placesPerSlot, String clinician) {
        Service service = Service.fromCode(serviceCode).orElseThrow(() -> new InvalidInputException("error.service"));
        String named = clinician == null || clinician.isBlank() ? null : clinician.strip();
        if (named != null && !CLINICIAN.matcher(named).matches()) {
            throw new InvalidInputException("error.clinician");
        }
        String dayId = DayId.of(date);
        String sessionId = DayId.sessionId(date, codes.sessionSuffix());
        commands.send(dayId, new ScheduleSessionCommand(dayId, sessionId, service, date, start, end, slotMinutes,
                placesPerSlot, named, time.now()));
        // the manager's next page should show the new session: wait briefly for the read model to have it
        Flux.interval(Duration.ZERO, POLL, Schedulers.boundedElastic()).map(i -> views.session(sessionId).isPresent()).filter(found -> found)
                .next().timeout(readYourWrite, Mono.just(false)).block();
        return sessionId;
    }
}
