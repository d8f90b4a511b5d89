package org.lantern.ui.statistics;

import org.lantern.application.statistics.FunderStatistics;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The funders' figures for a manager: JSON, or CSV with {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/v1")
class StatisticsApi {

    static final String CSV = "text/csv";

    private final FunderStatistics statistics;

    StatisticsApi(FunderStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping(path = "/statistics", produces = "application/json")
    Mono<FunderStatistics.Report> json(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        return Blocking.call(() -> statistics.report(from, to));
    }

    @GetMapping(path = "/statistics", produces = CSV)
    Mono<ResponseEntity<String>> csv(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        return Blocking.call(() -> ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lantern-figures.csv\"")
                .body(StatisticsCsv.of(statistics.report(from, to))));
    }
}
