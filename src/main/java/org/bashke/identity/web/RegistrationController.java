package org.bashke.identity.web;

import java.util.Locale;
import org.bashke.identity.account.PasswordPolicy;
import org.bashke.identity.registration.Register;
import org.bashke.identity.registration.ResendVerification;
import org.bashke.identity.registration.VerifyEmail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registration, the link from the verification mail, and a new link for who lost theirs. */
@Controller
class RegistrationController {

    /** The registration form. */
    public static class RegistrationForm {
        private String displayName;
        private String email;
        private String password;
        private String passwordAgain;
        private String languageTag;
        private boolean acceptTerms;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getPasswordAgain() { return passwordAgain; }
        public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }
        public String getLanguageTag() { return languageTag; }
        public void setLanguageTag(String languageTag) { this.languageTag = languageTag; }
        public boolean isAcceptTerms() { return acceptTerms; }
        public void setAcceptTerms(boolean acceptTerms) { this.acceptTerms = acceptTerms; }
    }

    /** The "send the link again" form. */
    public static class EmailForm {
        private String email;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    private final Register register;
    private final VerifyEmail verifyEmail;
    private final ResendVerification resend;
    private final PasswordPolicy policy;

    RegistrationController(Register register, VerifyEmail verifyEmail, ResendVerification resend, PasswordPolicy policy) {
        this.register = register;
        this.verifyEmail = verifyEmail;
        this.resend = resend;
        this.policy = policy;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("displayName", "email", "password", "passwordAgain", "languageTag", "acceptTerms");
    }

    @GetMapping("/register")
    String form(Model model, Locale locale) {
        RegistrationForm form = new RegistrationForm();
        form.setLanguageTag(Forms.languageOf(locale));
        model.addAttribute("form", form);
        model.addAttribute("languages", Forms.LANGUAGES);
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model) {
        Forms.requireName(errors, "displayName", form.getDisplayName());
        Forms.requireEmail(errors, "email", form.getEmail());
        Forms.passwordViolations(errors, "password", policy.violations(form.getPassword(), form.getDisplayName(), form.getEmail()));
        Forms.requireSame(errors, "passwordAgain", form.getPassword(), form.getPasswordAgain());
        Forms.requireLanguage(errors, "languageTag", form.getLanguageTag());
        if (!form.isAcceptTerms()) {
            errors.rejectValue("acceptTerms", "identity.register.acceptTerms.required");
        }
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setPasswordAgain(null);
            model.addAttribute("languages", Forms.LANGUAGES);
            return "identity/register";
        }
        register.register(new Register.Registration(form.getDisplayName(), form.getEmail(), form.getPassword(), form.getLanguageTag()));
        model.addAttribute("email", form.getEmail().strip());
        return "identity/register-sent";
    }

    @GetMapping("/register/verify")
    String verify(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("verified", verifyEmail.verify(token));
        return "identity/register-verified";
    }

    @GetMapping("/register/resend")
    String resendForm(Model model) {
        model.addAttribute("form", new EmailForm());
        return "identity/register-resend";
    }

    @PostMapping("/register/resend")
    String resend(@ModelAttribute("form") EmailForm form, BindingResult errors, Model model) {
        Forms.requireEmail(errors, "email", form.getEmail());
        if (errors.hasErrors()) {
            return "identity/register-resend";
        }
        resend.resend(form.getEmail());
        model.addAttribute("email", form.getEmail().strip());
        return "identity/register-sent";
    }
}
