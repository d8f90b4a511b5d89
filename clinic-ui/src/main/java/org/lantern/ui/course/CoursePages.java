package org.lantern.ui.course;

import org.lantern.domain.booking.ServiceCatalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Requester;
import org.lantern.application.course.CourseBookings;
import org.lantern.application.course.CourseCatalogue;
import org.lantern.application.course.CourseChanges;
import org.lantern.application.course.CourseClash;
import org.lantern.application.course.CourseItem;
import org.lantern.application.course.CourseRequest;
import org.lantern.application.course.CourseScheduling;
import org.lantern.application.course.CourseView;
import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccount;
import org.lantern.application.staff.StaffAccountStore;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.clinic.BookingLookup;
import org.lantern.ui.clinic.MyBookingPages;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.lantern.ui.web.ShownOnce;
import org.lantern.ui.web.TooManyRequestsException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Counselling courses on the web: the courses with a free place and one form to book one whole; the holder's
 * page (opened on /my-booking) moves or cancels one session; a manager's page sets a course up.
 */
@Controller
class CoursePages {

    static final int DAYS_SHOWN = 62;
    private static final String FLOW = "course";

    private final CourseCatalogue catalogue;
    private final CourseBookings bookings;
    private final CourseChanges changes;
    private final CourseScheduling scheduling;
    private final BookingAccess access;
    private final MyBookingPages myBooking;
    private final StaffAccountStore staff;
    private final CentreTime time;
    private final ServiceCatalogue services;

    CoursePages(CourseCatalogue catalogue, CourseBookings bookings, CourseChanges changes, CourseScheduling scheduling,
                BookingAccess access, MyBookingPages myBooking, StaffAccountStore staff, CentreTime time,
                ServiceCatalogue services) {
        this.services = services;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.changes = changes;
        this.scheduling = scheduling;
        this.access = access;
        this.myBooking = myBooking;
        this.staff = staff;
        this.time = time;
    }

    record CourseForm(String courseId, String pseudonym, String idempotencyKey) {

        @Override
        public String toString() {
            return "CourseForm[" + courseId + "]";
        }
    }

    /** A course on the list: its first session, its weekly time and how many weeks. */
    record CourseChoice(String courseId, OffsetDateTime first, int weeks) {
    }

    record SessionChange(String reference, String secret, String n, String start) {

        @Override
        public String toString() {
            return "SessionChange[" + n + "]";
        }
    }

    record NewCourseForm(String counsellor, String firstDate, String start, String weeks, String service) {
    }

    @GetMapping("/courses")
    Mono<String> form(Model model) {
        return Blocking.call(() -> page(model, new CourseForm(null, "", UUID.randomUUID().toString())));
    }

    /** Books the whole course, then on to the one page that shows the secret (Post/Redirect/Get: ShownOnce). */
    @PostMapping("/courses")
    Mono<String> book(@ModelAttribute CourseForm form, Model model, ServerWebExchange exchange) {
        return exchange.getSession().flatMap(pageSession -> Blocking.call(() -> {
            try {
                CourseRequest request = CourseRequest.of(form.courseId(), form.pseudonym(), null, false,
                        exchange.getLocaleContext().getLocale());
                String key = ShownOnce.formKey(form.idempotencyKey());
                Booked<CourseItem> booked = bookings.book(request, IdempotencyKey.parse(key),
                        Requester.of(ClientAddress.of(exchange), Optional.empty()));
                ShownOnce.keepOnce(pageSession, key, () -> new ShownOnce.Receipt(FLOW, booked.reference(),
                        booked.secret(), booked.item().sessions().stream().map(s -> time.at(s.date(), s.start()))
                        .toList()));
                return "redirect:/courses/done";
            } catch (CourseClash clash) {
                exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                model.addAttribute("error", clash.messageKey());
                model.addAttribute("clashes", clash.clashes());
                return page(model, new CourseForm(clash.next().map(CourseView::courseId).orElse(null),
                        form.pseudonym(), UUID.randomUUID().toString()));
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                model.addAttribute("error", Problems.pageMessage(refused));
                return page(model, form);
            }
        }));
    }

    /** The one page that shows the course's secret; after it, this address shows only that the booking is made. */
    @GetMapping("/courses/done")
    Mono<String> done(Model model, ServerWebExchange exchange) {
        return ShownOnce.showWaiting(exchange, FLOW, receipt -> showReceipt(receipt, model));
    }

    /** That page's language switch: the secret once more for the page's single-use token. */
    @PostMapping("/courses/done")
    Mono<String> doneAgain(@ModelAttribute Again again, Model model, ServerWebExchange exchange) {
        return ShownOnce.showAgain(exchange, FLOW, again.token(), receipt -> showReceipt(receipt, model));
    }

    record Again(String token) {
    }

    private static String showReceipt(ShownOnce.Receipt receipt, Model model) {
        model.addAttribute("sessions", receipt.sessions());
        return ShownOnce.onPage(model, receipt, "/courses/done", "course-booked");
    }

    @PostMapping("/my-booking/course/move")
    Mono<String> move(@ModelAttribute SessionChange change, Model model, ServerWebExchange exchange) {
        return change(change, model, exchange, lookup -> changes.move(lookup.reference(), lookup.secret(),
                number(change.n()), start(change.start())));
    }

    @PostMapping("/my-booking/course/cancel-session")
    Mono<String> cancelSession(@ModelAttribute SessionChange change, Model model, ServerWebExchange exchange) {
        return change(change, model, exchange, lookup -> changes.cancelSession(lookup.reference(), lookup.secret(),
                number(change.n())));
    }

    @GetMapping("/staff/courses")
    Mono<String> staffPage(Model model) {
        return Blocking.call(() -> staffPage(model, new NewCourseForm("", time.today().plusDays(7).toString(), "10:00",
                "6", null)));
    }

    @PostMapping("/staff/courses")
    Mono<String> setUp(@ModelAttribute NewCourseForm form, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            try {
                CourseView course = scheduling.setUp(form.service(), form.counsellor(), parse(form.firstDate(), LocalDate::parse),
                        parse(form.start(), LocalTime::parse), weeks(form.weeks()));
                model.addAttribute("created", course.sessions().stream()
                        .map(s -> time.at(s.date(), s.start())).toList());
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                model.addAttribute("error", refused.messageKey());
            }
            return staffPage(model, form);
        });
    }

    private interface Change {
        Object apply(BookingLookup lookup);
    }

    /** Changes one session, then shows the course again; a refusal shows it again with the kind sentence. */
    private Mono<String> change(SessionChange change, Model model, ServerWebExchange exchange, Change action) {
        BookingLookup lookup = new BookingLookup(change.reference(), change.secret()).normalised();
        return Blocking.call(() -> {
            try {
                action.apply(lookup);
            } catch (BookingNotFound | TooManyRequestsException stop) {
                throw stop;
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                model.addAttribute("error", refused.messageKey());
            }
            return myBooking.found(access.require(lookup.reference(), lookup.secret()), lookup, model);
        }).onErrorResume(BookingNotFound.class, missing -> Mono.just(MyBookingPages.notFound(model, exchange)))
                .onErrorResume(TooManyRequestsException.class, limited -> {
                    exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                    model.addAttribute("error", limited.messageKey());
                    return Mono.just("my-booking");
                });
    }

    private String page(Model model, CourseForm form) {
        LocalDate today = time.today();
        model.addAttribute("courses", catalogue.free(today, today.plusDays(DAYS_SHOWN)).stream()
                .map(c -> new CourseChoice(c.courseId(), time.at(c.firstDate(), c.sessions().get(0).start()),
                        c.sessions().size())).toList());
        model.addAttribute("form", form);
        return "courses";
    }

    private String staffPage(Model model, NewCourseForm form) {
        model.addAttribute("form", form);
        model.addAttribute("courseServices", services.all().stream()
                .filter(e -> e.kind() == org.lantern.domain.booking.ServiceKind.COURSE).toList());
        model.addAttribute("counsellors", staff.all().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.COUNSELLOR)).map(StaffAccount::username).toList());
        return "staff/courses";
    }

    private static int number(String n) {
        try {
            int number = Integer.parseInt(n == null ? "" : n.strip());
            if (number >= 1 && number <= 12) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidInputException("error.course-session");
    }

    private java.time.LocalDateTime start(String start) {
        try {
            return time.local(OffsetDateTime.parse(start == null ? "" : start));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.start");
        }
    }

    private static int weeks(String weeks) {
        try {
            return Integer.parseInt(weeks == null ? "" : weeks.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.course-weeks");
        }
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.session-shape");
        }
    }
}
