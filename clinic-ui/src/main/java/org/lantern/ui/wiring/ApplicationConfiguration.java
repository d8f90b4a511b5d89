package org.lantern.ui.wiring;

import org.lantern.ui.web.LanguageResolver;
import org.lantern.application.catalogue.Services;
import org.lantern.domain.booking.SharedNames;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.application.clinic.BookingMoves;
import org.lantern.application.clinic.RotaChanges;
import org.lantern.application.clinic.RotaPatterns;
import org.lantern.application.clinic.Rotas;
import org.lantern.application.clinic.SessionBookings;
import org.lantern.application.clinic.SessionCancellation;
import org.lantern.application.clinic.SessionMove;
import org.lantern.application.dropin.DropInVisits;
import org.lantern.application.partners.PartnerDirectory;
import org.lantern.application.partners.Partners;
import org.lantern.application.sites.SessionsAtSites;
import org.lantern.application.sites.SiteDirectory;
import org.lantern.application.sites.Sites;
import org.lantern.ui.sites.SiteSettings;
import org.lantern.ui.web.LanguageResolver;
import org.lantern.application.reminders.CentreNotices;
import org.lantern.application.reminders.UntoldPeople;
import org.lantern.application.statistics.FunderStatistics;
import org.lantern.application.statistics.StatisticsRecords;

import java.util.List;
import org.lantern.application.attendance.Attendance;
import org.lantern.application.policeclinic.Disclosures;
import org.lantern.application.attendance.AttendanceSettings;
import org.lantern.application.attendance.ExpectedBookings;
import org.lantern.application.attendance.NoShowSweep;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingCaps;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.BookingLimit;
import org.lantern.application.booking.BookingPipeline;
import org.lantern.application.booking.BookingRecords;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.CancelCommands;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.IdempotencyRecords;
import org.lantern.application.booking.LookupGuard;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.booking.ReferenceClaims;
import org.lantern.application.booking.Requester;
import org.lantern.application.booking.SecretHasher;
import org.lantern.application.booking.UpcomingBookingsCap;
import org.lantern.application.audit.AuditEvent;
import org.lantern.ui.audit.AuditLog;
import org.lantern.application.clinic.Clinicians;
import org.lantern.application.clinic.SessionRecords;
import org.lantern.application.clinic.SessionScheduling;
import org.lantern.application.clinic.SlotBookings;
import org.lantern.application.course.CounsellingTimes;
import org.lantern.application.course.CourseBookings;
import org.lantern.application.course.CourseCatalogue;
import org.lantern.application.course.CourseChanges;
import org.lantern.application.course.CourseRecords;
import org.lantern.application.course.CourseRecovery;
import org.lantern.application.clinic.MoveHolds;
import org.lantern.application.clinic.MoveRecovery;
import org.lantern.application.clinic.MoveSettings;
import org.lantern.application.course.CourseScheduling;
import org.lantern.application.course.CourseSettings;
import org.lantern.application.nightcentre.NightBoards;
import org.lantern.application.nightcentre.NightBookings;
import org.lantern.application.nightcentre.NightDeadlines;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.application.nightcentre.NightScheduling;
import org.lantern.application.nightcentre.NightSettings;
import org.lantern.application.privacy.ErasureCandidates;
import org.lantern.application.privacy.PersonalDataErasure;
import org.lantern.application.privacy.Retention;
import org.lantern.application.reminders.ReminderLog;
import org.lantern.application.reminders.ReminderSender;
import org.lantern.application.reminders.ReminderWording;
import org.lantern.application.reminders.RemindableBookings;
import org.lantern.application.reminders.Reminders;
import org.lantern.application.staff.StaffAccountStore;
import org.lantern.ui.privacy.PrivacyProperties;
import org.lantern.application.walkin.CliniciansOnDuty;
import org.lantern.application.walkin.DayBookings;
import org.lantern.application.walkin.ReceptionBoard;
import org.lantern.application.walkin.QueueReader;
import org.lantern.application.walkin.QueueRecords;
import org.lantern.application.walkin.WalkInNameErasure;
import org.lantern.application.walkin.WalkIns;
import org.lantern.application.staff.StaffDirectory;
import org.lantern.application.reception.ReceptionDesk;
import org.lantern.ui.audit.AuditLog;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.ui.security.RateLimitSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application layer's use cases are plain Java: they become beans here, each given the ports it needs
 * (MongoDB adapters from infra, read models from projections, the web layer's lock-out and clock).
 */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

    @Bean
    ReadYourWrite readYourWrite(BookingSettings settings) {
        return new ReadYourWrite(settings);
    }

    @Bean
    BookingCodes bookingCodes() {
        return new BookingCodes();
    }

    @Bean
    BookingAccess bookingAccess(BookingRecords records, SecretHasher hasher, LookupGuard guard,
                                ReadYourWrite readYourWrite, BookingCodes codes) {
        return new BookingAccess(records, hasher, guard, readYourWrite, codes);
    }

    /** The caps on upcoming bookings: one per client address, one per reminder contact. */
    @Bean
    BookingCaps bookingCaps(RateLimitSettings limits, BookingRecords records, CentreClock clock, AuditLog audit) {
        // the address itself is not written down: a manager sees that it happened, and how many
        BookingLimit perAddress = new UpcomingBookingsCap(limits.getFutureBookingsPerAddress(),
                r -> java.util.Optional.of(r.clientAddress()), limits.getTrackedClients(), records, clock,
                limits.getFutureBookingsAlertPerAddress(), n -> audit.record(AuditEvent.Type.MANY_BOOKINGS_FROM_ONE_ADDRESS,
                        null, null, null, "upcoming=" + n));
        BookingLimit perContact = new UpcomingBookingsCap(limits.getFutureBookingsPerContact(),
                Requester::contactKey, limits.getTrackedClients(), records, clock);
        return new BookingCaps(List.of(perAddress, perContact));
    }

    @Bean
    BookingPipeline bookingPipeline(IdempotencyRecords retries, BookingCaps caps, ReferenceClaims references,
                                    SecretHasher hasher, PersonalDataVault vault, Commands commands,
                                    BookingAccess access, CentreClock clock, BookingCodes codes,
                                    BookingSettings settings) {
        return new BookingPipeline(retries, caps, references, hasher, vault, commands, access, clock, codes, settings);
    }

    @Bean
    SlotBookings slotBookings(BookingPipeline pipeline, SessionRecords sessions, ServiceCatalogue serviceCatalogue) {
        return new SlotBookings(pipeline, sessions, serviceCatalogue);
    }

    @Bean
    BookingCancellation bookingCancellation(BookingAccess access, Commands commands, CentreClock clock,
                                            List<CancelCommands> kinds) {
        return new BookingCancellation(access, commands, clock, kinds);
    }

    @Bean
    StaffDirectory staffDirectory(StaffAccountStore staff) {
        return new StaffDirectory(staff);
    }

    @Bean
    SessionScheduling sessionScheduling(Commands commands, SessionRecords sessions, ReadYourWrite readYourWrite,
                                        BookingCodes codes, CentreClock clock, StaffDirectory staff, ServiceCatalogue serviceCatalogue) {
        return new SessionScheduling(commands, sessions, readYourWrite, codes, clock, clinicians(staff), serviceCatalogue);
    }

    /** A session's clinician: an enabled account of someone who runs sessions. */
    static Clinicians clinicians(StaffDirectory staff) {
        return username -> staff.isEnabledWithAny(username, StaffDirectory.RUN_SESSIONS);
    }

    @Bean
    ReceptionDesk receptionDesk(SlotBookings bookings, BookingAccess access, BookingCancellation cancellation,
                                PersonalDataVault vault, BookingCodes codes, AuditLog audit, ServiceCatalogue serviceCatalogue) {
        return new ReceptionDesk(bookings, access, cancellation, vault, codes,
                (type, staff, address, reference) -> audit.record(type, staff, null, address, reference), serviceCatalogue);
    }

    @Bean
    Retention retention(ErasureCandidates clinic, NightRecords nights, PersonalDataErasure erasure,
                        CentreClock clock, PrivacyProperties privacy) {
        // children's names go with their parent's night booking
        return new Retention(List.of(clinic, nights::dueForErasure), erasure, clock, privacy.retention());
    }

    @Bean
    Reminders reminders(RemindableBookings bookings, PersonalDataVault vault, ReminderWording wording,
                        ReminderSender sender, ReminderLog log, CentreClock clock, PrivacyProperties privacy) {
        return new Reminders(bookings, vault, wording, sender, log, clock, privacy.reminders().before());
    }

    @Bean
    NightBookings nightBookings(BookingPipeline pipeline, BookingAccess access, NightRecords nights,
                                Commands commands, PersonalDataVault vault, CentreClock clock, NightSettings settings) {
        return new NightBookings(pipeline, access, nights, commands, vault, clock, settings);
    }

    @Bean
    NightScheduling nightScheduling(Commands commands, NightRecords nights, StaffAccountStore staff,
                                    ReadYourWrite readYourWrite, CentreClock clock, NightSettings settings) {
        return new NightScheduling(commands, nights, staff, readYourWrite, clock, settings);
    }

    @Bean
    NightDeadlines nightDeadlines(NightRecords nights, Commands commands, CentreClock clock, NightSettings settings) {
        return new NightDeadlines(nights, commands, clock, settings);
    }

    @Bean
    NightBoards nightBoards(NightRecords nights, PersonalDataVault vault, CentreClock clock) {
        return new NightBoards(nights, vault, clock);
    }

    @Bean
    PersonalDataErasure personalDataErasure(BookingAccess access, BookingCancellation cancellation,
                                            Commands commands, IdempotencyRecords retries, PersonalDataVault vault,
                                            CentreClock clock) {
        return new PersonalDataErasure(access, cancellation, commands, retries, vault, clock);
    }

    @Bean
    Attendance attendance(BookingAccess access, SessionRecords sessions, Commands commands, CentreClock clock, ServiceCatalogue serviceCatalogue) {
        return new Attendance(access, sessions, commands, clock, serviceCatalogue);
    }

    @Bean
    Disclosures disclosures(BookingAccess access, Commands commands, CentreClock clock, ServiceCatalogue serviceCatalogue) {
        return new Disclosures(access, commands, clock, serviceCatalogue);
    }

    @Bean
    NoShowSweep noShowSweep(ExpectedBookings expected, Commands commands, CentreClock clock,
                            AttendanceSettings settings) {
        return new NoShowSweep(expected, commands, clock, settings);
    }

    @Bean
    QueueReader queueReader(QueueRecords records, CliniciansOnDuty clinicians, CentreClock clock,
                            AttendanceSettings settings) {
        return new QueueReader(records, clinicians, clock, settings.defaultConsultation());
    }

    @Bean
    WalkIns walkIns(Commands commands, QueueRecords records, QueueReader reader, ReadYourWrite readYourWrite,
                    BookingCodes codes, SecretHasher hasher, PersonalDataVault vault, CentreClock clock, ServiceCatalogue serviceCatalogue) {
        return new WalkIns(commands, records, reader, readYourWrite, codes, hasher, vault, clock, serviceCatalogue);
    }

    @Bean
    ReceptionBoard receptionBoard(QueueReader reader, QueueRecords queues, DayBookings bookings,
                                  PersonalDataVault vault, CentreClock clock, SharedNames sharedNames, ServiceCatalogue serviceCatalogue) {
        return new ReceptionBoard(reader, queues, bookings, vault, clock, sharedNames, serviceCatalogue);
    }

    @Bean
    CourseCatalogue courseCatalogue(CourseRecords courses, CounsellingTimes times, CentreClock clock,
                                    CourseSettings settings) {
        return new CourseCatalogue(courses, times, clock, settings);
    }

    @Bean
    CourseBookings courseBookings(BookingPipeline pipeline, CourseRecords courses, CourseCatalogue catalogue,
                                  CentreClock clock) {
        return new CourseBookings(pipeline, courses, catalogue, clock);
    }

    /** Also how a course booking is cancelled (a {@code CancelCommands}), for the holder and for erasure. */
    @Bean
    CourseChanges courseChanges(BookingAccess access, @org.springframework.context.annotation.Lazy
                                BookingCancellation cancellation, CourseRecords courses, CounsellingTimes times,
                                Commands commands, ReadYourWrite readYourWrite, CentreClock clock) {
        return new CourseChanges(access, cancellation, courses, times, commands, readYourWrite, clock);
    }

    @Bean
    CourseScheduling courseScheduling(SessionScheduling sessions, CounsellingTimes times, CourseRecords courses,
                                      StaffAccountStore staff, Commands commands, ReadYourWrite readYourWrite,
                                      BookingCodes codes, CentreClock clock, ServiceCatalogue serviceCatalogue) {
        return new CourseScheduling(sessions, times, courses, staff, commands, readYourWrite, codes, clock, serviceCatalogue);
    }

    @Bean
    CourseRecovery courseRecovery(CourseRecords courses, Commands commands, CentreClock clock,
                                  CourseSettings settings) {
        return new CourseRecovery(courses, commands, clock, settings);
    }

    @Bean
    WalkInNameErasure walkInNameErasure(QueueRecords records, PersonalDataVault vault, Commands commands,
                                        CentreClock clock) {
        return new WalkInNameErasure(records, vault, commands, clock);
    }

    @Bean
    Rotas rotas(SessionScheduling scheduling, CentreClock clock, ServiceCatalogue serviceCatalogue,
                RotaPatterns patterns, BookingCodes codes, Sites sites) {
        return new Rotas(scheduling, clock, serviceCatalogue, patterns, () -> "r-" + codes.sessionSuffix(), sites);
    }

    /** The site directory, filled from {@code lantern.sites} on a fresh start (when it is empty). */
    @Bean
    Sites sites(SiteDirectory directory, SessionsAtSites sessions, CentreClock clock, SiteSettings settings) {
        Sites sites = new Sites(directory, sessions, clock, LanguageResolver.CODES);
        sites.seedIfEmpty(settings.all());
        return sites;
    }

    @Bean
    RotaChanges rotaChanges(Rotas rotas, RotaPatterns patterns, SessionScheduling scheduling,
                            SessionCancellation cancellation, SessionMove moves, SessionRecords sessions,
                            SessionBookings sessionBookings, CentreClock clock) {
        return new RotaChanges(rotas, patterns, scheduling, cancellation, moves, sessions, sessionBookings, clock);
    }

    @Bean
    CentreNotices centreNotices(PersonalDataVault vault, ReminderWording wording, ReminderSender sender,
                                UntoldPeople untold, CentreClock clock) {
        return new CentreNotices(vault, wording, sender, untold, clock);
    }

    @Bean
    SessionCancellation sessionCancellation(Commands commands, SessionRecords sessions,
                                            SessionBookings sessionBookings, BookingAccess access,
                                            ReadYourWrite readYourWrite, CentreNotices notices, CentreClock clock) {
        return new SessionCancellation(commands, sessions, sessionBookings, access, readYourWrite, notices, clock);
    }

    @Bean
    BookingMoves bookingMoves(BookingAccess access, SessionBookings sessions, Commands commands, CentreClock clock, ServiceCatalogue serviceCatalogue) {
        return new BookingMoves(access, sessions, commands, clock, serviceCatalogue);
    }

    @Bean
    MoveRecovery moveRecovery(MoveHolds holds, BookingMoves moves, CentreClock clock, MoveSettings settings) {
        return new MoveRecovery(holds, moves, clock, settings);
    }

    @Bean
    SessionMove sessionMove(SessionScheduling scheduling, SessionCancellation cancellation, BookingMoves moves,
                            SessionRecords sessions, SessionBookings sessionBookings, CentreNotices notices,
                            Commands commands, CentreClock clock) {
        return new SessionMove(scheduling, cancellation, moves, sessions, sessionBookings, notices, commands, clock);
    }

    @Bean
    DropInVisits dropInVisits(Commands commands, CentreClock clock) {
        return new DropInVisits(commands, clock);
    }

    @Bean
    FunderStatistics funderStatistics(StatisticsRecords records, ServiceCatalogue serviceCatalogue) {
        return new FunderStatistics(records, serviceCatalogue);
    }

    @Bean
    Services services(ServiceCatalogue serviceCatalogue) {
        return new Services(serviceCatalogue, LanguageResolver.CODES);
    }

    @Bean
    Partners partners(PartnerDirectory directory, BookingCodes codes) {
        return new Partners(directory, () -> "p-" + codes.sessionSuffix(), LanguageResolver.CODES);
    }
}
