package vn.congso.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.congso.shared.NavigationLink;

/** Puts the menu entries the current user may see, contributed by every module, into each page's model. */
@ControllerAdvice
class NavigationModel {

    private final List<NavigationLink> links;

    NavigationModel(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
        Set<String> held = anonymous ? Set.of() : auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return links.stream().filter(link -> link.authority() == null
                || (NavigationLink.ANONYMOUS.equals(link.authority()) ? anonymous : held.contains(link.authority())))
                .toList();
    }
}
