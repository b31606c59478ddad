package org.bashke.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bashke.identity.account.ChangePassword;
import org.bashke.identity.account.ConfirmEmailChange;
import org.bashke.identity.account.RequestEmailChange;
import org.bashke.identity.account.UpdateProfile;
import org.bashke.identity.security.BashkeUser;
import org.bashke.identity.security.LoginCompletion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: profile, password, e-mail address. */
@Controller
class AccountController {

    /** Name, public profile and language. */
    public static class ProfileForm {
        private String displayName;
        private boolean publicProfile;
        private String publicBio;
        private String phone;
        private String languageTag;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public boolean isPublicProfile() { return publicProfile; }
        public void setPublicProfile(boolean publicProfile) { this.publicProfile = publicProfile; }
        public String getPublicBio() { return publicBio; }
        public void setPublicBio(String publicBio) { this.publicBio = publicBio; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getLanguageTag() { return languageTag; }
        public void setLanguageTag(String languageTag) { this.languageTag = languageTag; }
    }

    /** A new password, with the current one. */
    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String newPasswordAgain;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
        public String getNewPasswordAgain() { return newPasswordAgain; }
        public void setNewPasswordAgain(String newPasswordAgain) { this.newPasswordAgain = newPasswordAgain; }
    }

    /** A new address, with the current password. */
    public static class EmailChangeForm {
        private String currentPassword;
        private String newEmail;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewEmail() { return newEmail; }
        public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    }

    private final UpdateProfile updateProfile;
    private final ChangePassword changePassword;
    private final RequestEmailChange requestEmailChange;
    private final ConfirmEmailChange confirmEmailChange;
    private final LocaleResolver localeResolver;
    private final LoginCompletion logins;

    AccountController(UpdateProfile updateProfile, ChangePassword changePassword, RequestEmailChange requestEmailChange,
                      ConfirmEmailChange confirmEmailChange, LocaleResolver localeResolver, LoginCompletion logins) {
        this.updateProfile = updateProfile;
        this.changePassword = changePassword;
        this.requestEmailChange = requestEmailChange;
        this.confirmEmailChange = confirmEmailChange;
        this.localeResolver = localeResolver;
        this.logins = logins;
    }

    @InitBinder("profile")
    void profileFields(WebDataBinder binder) {
        binder.setAllowedFields("displayName", "publicProfile", "publicBio", "phone", "languageTag");
    }

    @GetMapping("/account")
    String profile(BashkeUser user, Model model) {
        UpdateProfile.Profile p = updateProfile.current(user.accountId());
        ProfileForm form = new ProfileForm();
        form.setDisplayName(p.displayName());
        form.setPublicProfile(p.publicProfile());
        form.setPublicBio(p.publicBio());
        form.setPhone(p.phone());
        form.setLanguageTag(p.languageTag());
        return profilePage(model, form, user);
    }

    @PostMapping("/account")
    String saveProfile(BashkeUser user, @ModelAttribute("profile") ProfileForm form, BindingResult errors,
                       Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Forms.requireName(errors, "displayName", form.getDisplayName());
        Forms.requireLanguage(errors, "languageTag", form.getLanguageTag());
        if (form.getPublicBio() != null && form.getPublicBio().length() > 2000) {
            errors.rejectValue("publicBio", "identity.account.bio.tooLong");
        }
        if (form.getPhone() != null && !form.getPhone().isBlank() && !form.getPhone().strip().matches("[+0-9 ()\\-/]{5,50}")) {
            errors.rejectValue("phone", "identity.account.phone.invalid");
        }
        if (errors.hasErrors()) {
            return profilePage(model, form, user);
        }
        updateProfile.update(user.accountId(), new UpdateProfile.Profile(form.getDisplayName(), form.isPublicProfile(),
                form.getPublicBio(), form.getPhone(), form.getLanguageTag()));
        localeResolver.setLocale(request, response, Locale.forLanguageTag(form.getLanguageTag()));
        logins.refreshPrincipal(request, response);
        redirect.addFlashAttribute("flash", "identity.account.profile.saved");
        return "redirect:/account";
    }

    private String profilePage(Model model, ProfileForm form, BashkeUser user) {
        model.addAttribute("profile", form);
        model.addAttribute("email", user.email());
        model.addAttribute("languages", Forms.LANGUAGES);
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "identity/account-password";
    }

    @PostMapping("/account/password")
    String password(BashkeUser user, @ModelAttribute("form") PasswordForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        Forms.requireSame(errors, "newPasswordAgain", form.getNewPassword(), form.getNewPasswordAgain());
        if (!errors.hasErrors()) {
            Map<String, List<String>> problems = changePassword.change(user.accountId(), form.getCurrentPassword(), form.getNewPassword());
            problems.forEach((field, keys) -> keys.forEach(key -> errors.rejectValue(field, key)));
        }
        if (errors.hasErrors()) {
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setNewPasswordAgain(null);
            return "identity/account-password";
        }
        redirect.addFlashAttribute("flash", "identity.account.password.changed");
        return "redirect:/account";
    }

    @GetMapping("/account/email")
    String emailForm(BashkeUser user, Model model) {
        model.addAttribute("form", new EmailChangeForm());
        model.addAttribute("email", user.email());
        return "identity/account-email";
    }

    @PostMapping("/account/email")
    String email(BashkeUser user, @ModelAttribute("form") EmailChangeForm form, BindingResult errors, Model model) {
        Forms.requireEmail(errors, "newEmail", form.getNewEmail());
        if (!errors.hasErrors()) {
            switch (requestEmailChange.request(user.accountId(), form.getCurrentPassword(), form.getNewEmail())) {
                case WRONG_PASSWORD -> errors.rejectValue("currentPassword", "identity.account.password.wrongCurrent");
                case SAME_ADDRESS -> errors.rejectValue("newEmail", "identity.account.email.same");
                case SENT -> {
                    model.addAttribute("newEmail", form.getNewEmail().strip());
                    return "identity/account-email-sent";
                }
            }
        }
        form.setCurrentPassword(null);
        model.addAttribute("email", user.email());
        return "identity/account-email";
    }

    @GetMapping("/account/email/confirm")
    String confirmEmail(@RequestParam(defaultValue = "") String token, Model model,
                        HttpServletRequest request, HttpServletResponse response) {
        Optional<String> changed = confirmEmailChange.confirm(token);
        if (changed.isEmpty()) {
            return "identity/link-invalid";
        }
        logins.refreshPrincipal(request, response);
        model.addAttribute("newEmail", changed.get());
        return "identity/account-email-changed";
    }
}
