package org.lantern.ui.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.lantern.domain.clinic.DayId;
import org.lantern.domain.clinic.ScheduleSessionCommand;
import org.lantern.domain.clinic.Service;
import org.lantern.ui.CentreTime;
import org.springframework.stereotype.Component;

/** A manager sets up sessions; the day's aggregate checks the rules. */
@Component
public class ClinicSessions {

    private static final Pattern CLINICIAN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .'-]{1,60}");

    private final DayCommands commands;
    private final BookingCodes codes;
    private final CentreTime time;

    ClinicSessions(DayCommands commands, BookingCodes codes, CentreTime time) {
        this.commands = commands;
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
        return sessionId;
    }
}
