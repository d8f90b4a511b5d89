package org.lantern.ui.statistics;

import org.lantern.application.sites.Sites;

import java.time.YearMonth;
import org.lantern.application.statistics.FunderStatistics;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The manager's statistics page: the figures as tables (what a screen reader and the CSV read), and charts drawn
 * from those tables by statistics.js with Chart.js, both served from the app itself.
 */
@Controller
class StatisticsPages {

    static final int DEFAULT_MONTHS = 6;

    private final FunderStatistics statistics;
    private final CentreTime time;
    private final Sites sites;

    StatisticsPages(FunderStatistics statistics, CentreTime time, Sites sites) {
        this.sites = sites;
        this.statistics = statistics;
        this.time = time;
    }

    @GetMapping("/staff/statistics")
    Mono<String> page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Model model, ServerWebExchange exchange) {
        String asked = from == null ? defaultFrom() : from;
        String until = to == null ? YearMonth.from(time.today()).toString() : to;
        model.addAttribute("from", asked);
        model.addAttribute("to", until);
        return Blocking.call(() -> {
            try {
                model.addAttribute("report", statistics.report(asked, until));
                model.addAttribute("siteNames", sites.shownIn(exchange.getLocaleContext().getLocale()).stream()
                        .collect(java.util.stream.Collectors.toMap(Sites.Shown::code, Sites.Shown::name)));
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("error", refused.messageKey());
            }
            return "staff/statistics";
        });
    }

    @GetMapping("/staff/statistics.csv")
    @ResponseBody
    Mono<ResponseEntity<String>> csv(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        String asked = from == null ? defaultFrom() : from;
        String until = to == null ? YearMonth.from(time.today()).toString() : to;
        return Blocking.call(() -> ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, StatisticsApi.CSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lantern-figures.csv\"")
                .body(StatisticsCsv.of(statistics.report(asked, until))));
    }

    private String defaultFrom() {
        return YearMonth.from(time.today()).minusMonths(DEFAULT_MONTHS - 1L).toString();
    }
}
