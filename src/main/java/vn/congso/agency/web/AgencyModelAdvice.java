package vn.congso.agency.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;

/** Every page shows whose portal it is: the layout reads {@code agency}. */
@ControllerAdvice
class AgencyModelAdvice {

    private final AgencyManagement agencies;

    AgencyModelAdvice(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @ModelAttribute("agency")
    AgencyProfile agency() {
        return agencies.profile().orElse(null);
    }
}
