package org.lantern.application.clinic;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.domain.booking.ServiceKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.booking.Service;
import org.lantern.domain.diary.DiaryId;
import org.lantern.domain.diary.ReleaseClinicianTimeCommand;
import org.lantern.domain.diary.ReserveClinicianTimeCommand;
import org.lantern.domain.session.ScheduleSessionCommand;
import org.lantern.domain.session.SessionId;
import org.lantern.domain.session.SessionPlan;
import org.lantern.domain.session.SessionRefusal;
import org.lantern.domain.session.SessionScheduledEvent;

/**
 * A manager sets up a session. Two aggregates keep two rules: the clinician's diary (never two sessions at once,
 * on any service) and the session (its places). There is no transaction across them, so the time is reserved
 * first and the session created second; if the second fails, the reservation is released, and nothing is left
 * reserved for a session that does not exist.
 */
public class SessionScheduling {

    private static final Pattern CLINICIAN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .'-]{1,60}");

    private final Commands commands;
    private final SessionRecords sessions;
    private final ReadYourWrite readYourWrite;
    private final BookingCodes codes;
    private final CentreClock clock;
    private final Clinicians clinicians;
    private final ServiceCatalogue catalogue;

    public SessionScheduling(Commands commands, SessionRecords sessions, ReadYourWrite readYourWrite,
                             BookingCodes codes, CentreClock clock, Clinicians clinicians, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.commands = commands;
        this.sessions = sessions;
        this.readYourWrite = readYourWrite;
        this.codes = codes;
        this.clock = clock;
        this.clinicians = clinicians;
    }

    /** Returns the new session's id once this node's read model shows it. */
    public String schedule(String serviceCode, LocalDate date, LocalTime start, LocalTime end, int slotMinutes,
                           int placesPerSlot, String clinician) {
        return schedule(serviceCode, date, start, end, slotMinutes, placesPerSlot, clinician,
                SessionScheduledEvent.FIRST_SITE);
    }

    /** The same at a site: a code the caller took from the site directory ({@code Sites.bookable}). */
    public String schedule(String serviceCode, LocalDate date, LocalTime start, LocalTime end, int slotMinutes,
                           int placesPerSlot, String clinician, String site) {
        return schedule(SessionId.of(date, codes.sessionSuffix()).value(), false, serviceCode, date, start, end,
                slotMinutes, placesPerSlot, clinician, site);
    }

    /**
     * The same under an id the caller chose (a course names its sessions by counsellor, date and time, so that
     * setting it up again after a crash finds them). A session of that id that exists already is refused with
     * {@code SESSION_EXISTS}, and its clinician's time stays reserved.
     */
    public String scheduleAs(String sessionId, String serviceCode, LocalDate date, LocalTime start, LocalTime end,
                             int slotMinutes, int placesPerSlot, String clinician) {
        return schedule(sessionId, true, serviceCode, date, start, end, slotMinutes, placesPerSlot, clinician,
                SessionScheduledEvent.FIRST_SITE);
    }

    /**
     * With {@code chosenId}, a session that exists already is the one the caller meant (its reservation is the
     * same, which the diary accepts twice), so its time stays reserved; a drawn id that exists is someone else's.
     */
    private String schedule(String sessionId, boolean chosenId, String serviceCode, LocalDate date, LocalTime start,
                            LocalTime end, int slotMinutes, int placesPerSlot, String clinician, String site) {
        CatalogueEntry entry = catalogue.find(serviceCode)
                .orElseThrow(() -> new InvalidInputException("error.service"));
        Service service = entry.service();
        if (entry.kind() == ServiceKind.GROUP && start != null && end != null && end.isAfter(start)) {
            // a group meets once for the whole session: one slot, its places the group's size
            slotMinutes = (int) java.time.Duration.between(start, end).toMinutes();
        }
        String named = checkedClinician(clinician);
        SessionPlan plan = SessionPlan.checked(date, start, end, slotMinutes, placesPerSlot, clock.now());
        if (site == null || site.isBlank()) {
            throw new InvalidInputException("error.site");
        }
        refuseDuplicate(service, date, start, end, named == null ? null : DiaryId.normalise(named), site);
        String diaryId = named == null ? null : DiaryId.of(named, date);
        if (diaryId != null) {
            commands.send(new ReserveClinicianTimeCommand(diaryId, DiaryId.normalise(named), date, sessionId, start, end));
        }
        try (ReadYourWrite.Watch watch = readYourWrite.watch(sessionId)) {
            try {
                commands.send(new ScheduleSessionCommand(sessionId, service, plan,
                        named == null ? null : DiaryId.normalise(named), clock.now(), site));
            } catch (RuntimeException notScheduled) {
                boolean ours = chosenId && notScheduled instanceof SessionRefusal r
                        && r.reason() == SessionRefusal.Reason.SESSION_EXISTS;
                if (diaryId != null && !ours) {
                    commands.send(new ReleaseClinicianTimeCommand(diaryId, sessionId));
                }
                throw notScheduled;
            }
            watch.await(() -> sessions.session(sessionId).isPresent());
        }
        return sessionId;
    }

    /**
     * The staff member named for a session, checked (a name of the right form, an account that runs sessions),
     * stripped; null for none. A weekly pattern asks this before it sets anything up.
     */
    public String checkedClinician(String clinician) {
        String named = clinician == null || clinician.isBlank() ? null : clinician.strip();
        if (named != null && !CLINICIAN.matcher(named).matches()) {
            throw new InvalidInputException("error.clinician");
        }
        if (named != null && !clinicians.runsSessions(DiaryId.normalise(named))) {
            throw new InvalidInputException("error.clinician-account");
        }
        return named;
    }

    /**
     * The same service at the same times with the same clinician (or none) is almost always a form sent twice:
     * the public would see every time twice. A second room is a second session only with another clinician,
     * or more places per slot; the same times at another site are another session.
     */
    private void refuseDuplicate(Service service, LocalDate date, LocalTime start, LocalTime end, String clinician,
                                 String site) {
        boolean twin = sessions.sessions(date, date, service.code()).stream().anyMatch(s -> s.start().equals(start)
                && s.end().equals(end) && java.util.Objects.equals(s.clinician(), clinician) && site.equals(s.site()));
        if (twin) {
            throw new InvalidInputException("error.session-duplicate", org.lantern.domain.booking.Refusal.Kind.CONFLICT);
        }
    }
}
