package org.lantern.application.walkin;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Pseudonyms;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.booking.SecretHasher;
import org.lantern.application.booking.Secrets;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.walkin.AddWalkInCommand;
import org.lantern.domain.walkin.CallNextCommand;
import org.lantern.domain.walkin.CallTicketCommand;
import org.lantern.domain.walkin.ChangePriorityCommand;
import org.lantern.domain.walkin.MarkTicketLeftCommand;
import org.lantern.domain.walkin.MarkTicketSeenCommand;
import org.lantern.domain.walkin.Priority;
import org.lantern.domain.walkin.QueueId;
import org.lantern.domain.walkin.QueueRefusal;
import org.lantern.domain.walkin.ReturnTicketCommand;
import org.lantern.domain.walkin.TicketStatus;

/**
 * Reception's walk-in queue: add a walk-in, triage, call (one ticket, or "next" by the calling order), return to
 * the queue, seen, left. Each answer comes once this node's read model shows the change.
 */
public class WalkIns {

    /** Reason categories on the form; what the person said stays with them, not in Lantern. */
    public static final Set<String> REASONS = Set.of("pep", "sexual-assault", "severe-symptoms", "testing",
            "contraception", "results", "talk", "report", "other");
    private static final Pattern ROOM = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .'-]{1,40}");
    private static final int MAX_CHANGE_REASON = 200;

    private final Commands commands;
    private final QueueRecords records;
    private final QueueReader reader;
    private final ReadYourWrite readYourWrite;
    private final BookingCodes codes;
    private final SecretHasher hasher;
    private final PersonalDataVault vault;
    private final CentreClock clock;
    private final ServiceCatalogue catalogue;

    public WalkIns(Commands commands, QueueRecords records, QueueReader reader, ReadYourWrite readYourWrite,
                   BookingCodes codes, SecretHasher hasher, PersonalDataVault vault, CentreClock clock, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.commands = commands;
        this.records = records;
        this.reader = reader;
        this.readYourWrite = readYourWrite;
        this.codes = codes;
        this.hasher = hasher;
        this.vault = vault;
        this.clock = clock;
    }

    public NewTicket add(String serviceCode, String priorityCode, String reason, String pseudonym) {
        CatalogueEntry entry = service(serviceCode);
        Service service = entry.service();
        Priority priority = priority(priorityCode);
        if (reason != null && !reason.isBlank() && !REASONS.contains(reason)) {
            throw new InvalidInputException("error.reason");
        }
        String named = pseudonym == null || pseudonym.isBlank() ? null
                : Pseudonyms.normalise(pseudonym).orElseThrow(() -> new InvalidInputException("error.pseudonym"));
        String ticketId = "t-" + codes.sessionSuffix();
        String code = codes.secret();
        String subjectId = named == null ? null : codes.subjectId();
        SealedText sealed = named == null ? null : vault.sealNew(subjectId, List.of(named)).get(0);
        String queueId = QueueId.of(service, clock.now().toLocalDate());
        change(ticketId, new AddWalkInCommand(queueId, service, entry.number(), clock.now().toLocalDate(), ticketId, hasher.hash(code),
                priority, reason == null || reason.isBlank() ? null : reason, subjectId, sealed, clock.now()), e -> true);
        return new NewTicket(reader.place(require(ticketId)), code);
    }

    public Placed changePriority(String ticketId, String priorityCode, String reason) {
        Priority priority = priority(priorityCode);
        if (reason == null || reason.isBlank() || reason.length() > MAX_CHANGE_REASON) {
            throw new InvalidInputException("error.priority-reason");
        }
        QueueEntry entry = require(ticketId);
        return change(entry, new ChangePriorityCommand(entry.queueId(), ticketId, priority, reason.strip(),
                clock.now()), e -> e.priority() == priority);
    }

    public Placed call(String ticketId, String room, String clinician) {
        String checkedRoom = room(room);
        QueueEntry entry = require(ticketId);
        return change(entry, new CallTicketCommand(entry.queueId(), ticketId, checkedRoom, clinician(clinician),
                clock.now()), e -> e.status() == TicketStatus.CALLED);
    }

    /** Calls whoever comes first by the calling order; two desks at once call two different people. */
    public Placed callNext(String serviceCode, String room, String clinician) {
        Service service = service(serviceCode).service();
        String checkedRoom = room(room);
        String queueId = QueueId.of(service, clock.now().toLocalDate());
        String called = commands.send(new CallNextCommand(queueId, checkedRoom, clinician(clinician), clock.now()));
        readYourWrite.await(called, () -> records.entry(called).filter(e -> e.status() != TicketStatus.WAITING)
                .isPresent());
        return reader.place(require(called));
    }

    public Placed returnToQueue(String ticketId) {
        QueueEntry entry = require(ticketId);
        return change(entry, new ReturnTicketCommand(entry.queueId(), ticketId, clock.now()), QueueEntry::waiting);
    }

    public Placed seen(String ticketId) {
        QueueEntry entry = require(ticketId);
        return change(entry, new MarkTicketSeenCommand(entry.queueId(), ticketId, clock.now()),
                e -> e.status() == TicketStatus.SEEN);
    }

    public Placed left(String ticketId) {
        QueueEntry entry = require(ticketId);
        return change(entry, new MarkTicketLeftCommand(entry.queueId(), ticketId, clock.now()),
                e -> e.status() == TicketStatus.LEFT);
    }

    /** Today's queue of a service in calling order. */
    public List<Placed> queue(String serviceCode) {
        return reader.queue(QueueId.of(service(serviceCode).service(), clock.now().toLocalDate()));
    }

    /** The person's own ticket by its code; empty for an unknown code (the call number alone opens nothing). */
    public Optional<Placed> ticket(String typedCode) {
        String code = Secrets.normalise(typedCode);
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        return records.byCodeHash(hasher.hash(code)).map(reader::place);
    }

    /** Who is called to which room right now, for the waiting-room screen. */
    public List<QueueEntry> calledNow() {
        return records.calledOn(clock.now().toLocalDate());
    }

    private QueueEntry require(String ticketId) {
        return Optional.ofNullable(ticketId).flatMap(records::entry)
                .orElseThrow(() -> new QueueRefusal(QueueRefusal.Reason.TICKET_NOT_FOUND));
    }

    private Placed change(QueueEntry entry, Object command, Predicate<QueueEntry> done) {
        change(entry.ticketId(), command, done);
        return reader.place(require(entry.ticketId()));
    }

    private void change(String ticketId, Object command, Predicate<QueueEntry> done) {
        try (ReadYourWrite.Watch watch = readYourWrite.watch(ticketId)) {
            commands.send(command);
            watch.await(() -> records.entry(ticketId).filter(done).isPresent());
        }
    }

    private CatalogueEntry service(String code) {
        return catalogue.find(code).orElseThrow(() -> new InvalidInputException("error.service"));
    }

    private static Priority priority(String code) {
        return Priority.fromCode(code).orElseThrow(() -> new InvalidInputException("error.priority"));
    }

    private static String room(String room) {
        if (room == null || !ROOM.matcher(room.strip()).matches()) {
            throw new InvalidInputException("error.room");
        }
        return room.strip();
    }

    private static String clinician(String clinician) {
        if (clinician == null || clinician.isBlank()) {
            return null;
        }
        if (!ROOM.matcher(clinician.strip()).matches()) {
            throw new InvalidInputException("error.clinician");
        }
        return clinician.strip();
    }
}
