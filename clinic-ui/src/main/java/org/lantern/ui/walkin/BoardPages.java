package org.lantern.ui.walkin;

import org.lantern.domain.booking.ServiceCatalogue;

import org.lantern.application.sites.Sites;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reception's board page (RECEPTION, MANAGER) of one site, chosen on the page ({@code ?site=}, the drop-in's
 * without): drawn once here, then redrawn by board.js from each event of that site's stream.
 */
@Controller
class BoardPages {

    private final LiveBoard board;
    private final Sites sites;
    private final ServiceCatalogue catalogue;

    BoardPages(LiveBoard board, Sites sites, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.board = board;
        this.sites = sites;
    }

    @GetMapping("/staff/board")
    Mono<String> page(@RequestParam(required = false) String site, Model model, ServerWebExchange exchange) {
        model.addAttribute("namedServices", NamedServices.of(catalogue));
        return Blocking.call(() -> {
            try {
                return sites.known(site);
            } catch (Refusal unknown) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("error", unknown.messageKey());
                return Sites.FIRST_SITE;
            }
        }).flatMap(known -> board.now(known).map(b -> {
            model.addAttribute("board", b);
            model.addAttribute("sites", sites.bookableIn(exchange.getLocaleContext().getLocale()));
            return "staff/board";
        }));
    }

    @GetMapping(path = "/staff/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<LiveBoard.Board>> stream(@RequestParam(required = false) String site) {
        return Blocking.call(() -> sites.known(site)).flatMapMany(board::events);
    }
}
