package org.lantern.ui.calendar;

import java.time.ZonedDateTime;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.lantern.application.booking.BookingView;
import org.lantern.ui.CentreTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A booking as a calendar entry (iCalendar, RFC 5545) that tells someone who reads the phone's calendar
 * nothing: the title is "Appointment" in the person's language, with no service, no centre and no name. Only
 * a person who allowed reminders to name the service and the centre gets them in the entry too. The times
 * carry the centre's time zone, so the entry stays right on a phone set to another zone.
 */
@Component
public class CalendarEntries {

    private final MessageSource messages;
    private final CentreTime time;

    CalendarEntries(MessageSource messages, CentreTime time) {
        this.messages = messages;
        this.time = time;
    }

    public String of(BookingView booking, Locale language) {
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        var zone = zones.getTimeZone(time.zone().getId());
        ZonedDateTime start = booking.startsAt().atZone(time.zone());
        ZonedDateTime end = booking.endsAt().atZone(time.zone());
        VEvent event = new VEvent(start, end, messages.getMessage("calendar.title", null, language));
        event.replace(new DtStamp(time.instant()));
        // one entry per booking if it is downloaded twice, named by nothing a reader could recognise
        event.add(new Uid(UUID.nameUUIDFromBytes(("lantern:" + booking.reference())
                .getBytes(StandardCharsets.UTF_8)).toString()));
        if (booking.remindersMayNameService()) {
            event.add(new Location(messages.getMessage("app.name", null, language)));
            event.add(new Description(messages.getMessage("reminder.service." + booking.service(), null, language)));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Lantern//Appointments//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        ComponentContainer<CalendarComponent> components = calendar;
        components.add(zone.getVTimeZone());
        components.add(event);
        return calendar.toString();
    }
}
