package org.lantern.ui.staff;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

@Controller
class StaffPages {

    /**
     * The sign-in form says "did not match" only after a failed try, and "signed out" only after signing out:
     * the query parameters are read here, since Thymeleaf's ${param.x} in WebFlux is never empty.
     */
    @GetMapping("/staff/sign-in")
    String signIn(ServerWebExchange exchange, Model model) {
        var query = exchange.getRequest().getQueryParams();
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute("signedOut", query.containsKey("logout"));
        return "staff/sign-in";
    }

    @GetMapping("/staff")
    String home(Authentication who, Model model, ServerWebExchange exchange) {
        model.addAttribute("passwordChanged", exchange.getRequest().getQueryParams().containsKey("password-changed"));
        Set<String> roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
        model.addAttribute("roles", roles);
        model.addAttribute("username", who.getName());
        return "staff/home";
    }
}
