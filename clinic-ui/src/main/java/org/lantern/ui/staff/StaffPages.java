package org.lantern.ui.staff;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaffPages {

    @GetMapping("/staff/sign-in")
    String signIn() {
        return "staff/sign-in";
    }

    @GetMapping("/staff")
    String home(Authentication who, Model model) {
        Set<String> roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
        model.addAttribute("roles", roles);
        model.addAttribute("username", who.getName());
        return "staff/home";
    }
}
