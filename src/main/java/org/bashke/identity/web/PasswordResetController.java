package org.bashke.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bashke.identity.login.RequestPasswordReset;
import org.bashke.identity.login.ResetPassword;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?" and the page the reset link opens. */
@Controller
class PasswordResetController {

    /** The new password, with the token from the link carried in a hidden field. */
    public static class ResetForm {
        private String token;
        private String password;
        private String passwordAgain;

        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getPasswordAgain() { return passwordAgain; }
        public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }
    }

    private final RequestPasswordReset requestReset;
    private final ResetPassword resetPassword;

    PasswordResetController(RequestPasswordReset requestReset, ResetPassword resetPassword) {
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", new RegistrationController.EmailForm());
        return "identity/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@ModelAttribute("form") RegistrationController.EmailForm form, BindingResult errors, HttpServletRequest request, Model model) {
        Forms.requireEmail(errors, "email", form.getEmail());
        if (errors.hasErrors()) {
            return "identity/password-forgot";
        }
        requestReset.request(form.getEmail(), request.getRemoteAddr());
        model.addAttribute("email", form.getEmail().strip());
        return "identity/password-forgot-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (!resetPassword.linkWorks(token)) {
            return "identity/link-invalid";
        }
        ResetForm form = new ResetForm();
        form.setToken(token);
        model.addAttribute("form", form);
        return "identity/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(@ModelAttribute("form") ResetForm form, BindingResult errors, RedirectAttributes redirect) {
        Forms.requireSame(errors, "passwordAgain", form.getPassword(), form.getPasswordAgain());
        ResetPassword.Outcome outcome = errors.hasErrors() ? null : resetPassword.reset(form.getToken(), form.getPassword());
        if (outcome instanceof ResetPassword.Outcome.InvalidLink) {
            return "identity/link-invalid";
        }
        if (outcome instanceof ResetPassword.Outcome.Rejected rejected) {
            Forms.passwordViolations(errors, "password", rejected.violations());
        }
        if (outcome == null || errors.hasErrors()) {
            form.setPassword(null);
            form.setPasswordAgain(null);
            return "identity/password-reset";
        }
        redirect.addFlashAttribute("flash", "identity.password.reset.done");
        return "redirect:/login";
    }
}
