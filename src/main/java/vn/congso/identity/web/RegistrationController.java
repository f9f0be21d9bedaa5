package vn.congso.identity.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.identity.AccountRegistration;
import vn.congso.identity.AccountRegistration.FromIdentityProvider;
import vn.congso.identity.ConsentText;
import vn.congso.identity.IdentityError;
import vn.congso.identity.IdentityProperties;
import vn.congso.identity.PasswordPolicy;
import vn.congso.shared.CongsoException;

/**
 * Self-registration of citizens and organisations. The consent box lists every personal data item
 * collected and why (NĐ137 Đ21 k2 b); nothing is stored until it is ticked.
 */
@Controller
@PermitAll
class RegistrationController {

    private final AccountRegistration registration;
    private final IdentityProperties properties;

    RegistrationController(AccountRegistration registration, IdentityProperties properties) {
        this.registration = registration;
        this.properties = properties;
    }

    @GetMapping("/dang-ky")
    String individualForm(Model model) {
        model.addAttribute("form", new IndividualForm());
        return individualPage(model);
    }

    @PostMapping("/dang-ky")
    String registerIndividual(@ModelAttribute("form") IndividualForm form, BindingResult errors, Model model) {
        AccountRegistration.Individual person = form.toRegistration();
        if (reject(errors, registration.problems(person))) {
            return individualPage(model);
        }
        try {
            registration.register(person);
        } catch (CongsoException e) {
            reject(errors, Map.of(field(e), (IdentityError) e.code()));
            return individualPage(model);
        }
        return "redirect:/dang-nhap?da-dang-ky";
    }

    @GetMapping("/dang-ky/to-chuc")
    String organisationForm(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return organisationPage(model);
    }

    @PostMapping("/dang-ky/to-chuc")
    String registerOrganisation(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model) {
        AccountRegistration.Organisation organisation = form.toRegistration();
        if (reject(errors, registration.problems(organisation))) {
            return organisationPage(model);
        }
        try {
            registration.register(organisation);
        } catch (CongsoException e) {
            reject(errors, Map.of(field(e), (IdentityError) e.code()));
            return organisationPage(model);
        }
        return "redirect:/dang-nhap?da-dang-ky";
    }

    @GetMapping(OidcLogin.CONSENT_PAGE)
    String identityProviderConsent(HttpSession session, Model model) {
        if (!(session.getAttribute(OidcLogin.PENDING) instanceof FromIdentityProvider person)) {
            // nobody is coming back from VNeID in this session: offer the ordinary registration
            return "redirect:/dang-ky";
        }
        return identityProviderPage(person, false, model);
    }

    @PostMapping(OidcLogin.CONSENT_PAGE)
    String identityProviderRegister(@RequestParam(defaultValue = "false") boolean consent, HttpSession session,
                                    Model model) {
        if (!(session.getAttribute(OidcLogin.PENDING) instanceof FromIdentityProvider person)) {
            throw new CongsoException(IdentityError.OIDC_REGISTRATION_EXPIRED);
        }
        if (!consent) {
            return identityProviderPage(person, true, model);
        }
        registration.register(person, true);
        session.removeAttribute(OidcLogin.PENDING);
        // the provider still has the person's session: this second round logs them in to the new account
        return "redirect:/oauth2/authorization/" + properties.oidc().registrationId();
    }

    private String individualPage(Model model) {
        consent(model, ConsentText.INDIVIDUAL);
        return "identity/register-individual";
    }

    private String organisationPage(Model model) {
        consent(model, ConsentText.ORGANISATION);
        return "identity/register-organisation";
    }

    private String identityProviderPage(FromIdentityProvider person, boolean consentMissing, Model model) {
        consent(model, ConsentText.IDENTITY_PROVIDER);
        model.addAttribute("person", person);
        model.addAttribute("consentMissing", consentMissing);
        return "identity/register-identity-provider";
    }

    private static void consent(Model model, ConsentText text) {
        model.addAttribute("consentItems", text.itemKeys());
        model.addAttribute("consentVersion", ConsentText.VERSION);
        model.addAttribute("passwordMinLength", PasswordPolicy.MIN_LENGTH);
    }

    static boolean reject(BindingResult errors, Map<String, IdentityError> problems) {
        problems.forEach((field, code) -> errors.rejectValue(field, code.messageKey()));
        return errors.hasErrors();
    }

    private static String field(CongsoException e) {
        return switch ((IdentityError) e.code()) {
            case DUPLICATE_CITIZEN_ID -> "citizenId";
            case DUPLICATE_TAX_CODE -> "taxCode";
            default -> "username";
        };
    }

    /** What both registration forms ask: how to reach the person, the account, and the consent. */
    public abstract static class AccountForm {
        private String phone;
        private String email;
        private String username;
        private String password;
        private boolean consent;

        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public boolean isConsent() { return consent; }
        public void setConsent(boolean consent) { this.consent = consent; }
    }

    /** The individual registration form as bound from the request. */
    public static class IndividualForm extends AccountForm {
        private String fullName;
        private String citizenId;

        AccountRegistration.Individual toRegistration() {
            return new AccountRegistration.Individual(fullName, citizenId, getPhone(), getEmail(), getUsername(),
                    getPassword(), isConsent());
        }

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getCitizenId() { return citizenId; }
        public void setCitizenId(String citizenId) { this.citizenId = citizenId; }
    }

    /** The organisation registration form as bound from the request. */
    public static class OrganisationForm extends AccountForm {
        private String name;
        private String taxCode;

        AccountRegistration.Organisation toRegistration() {
            return new AccountRegistration.Organisation(name, taxCode, getPhone(), getEmail(), getUsername(),
                    getPassword(), isConsent());
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTaxCode() { return taxCode; }
        public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    }
}
