package org.bashke.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.bashke.identity.security.AccountPrincipals;
import org.bashke.identity.security.BashkeUser;
import org.bashke.identity.security.LoginCompletion;
import org.bashke.identity.security.SecondFactor;
import org.bashke.identity.twofactor.DisableTwoFactor;
import org.bashke.identity.twofactor.EnrolTwoFactor;
import org.bashke.identity.twofactor.RecoveryCodes;
import org.bashke.identity.twofactor.RegenerateRecoveryCodes;
import org.bashke.identity.twofactor.TotpCodes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor login: its status, enrolment (also reached half-way through a login when a role
 * requires it), recovery codes, switching it off.
 */
@Controller
class TwoFactorController {

    /** The secret being enrolled lives in the session until confirmed: never in a form field. */
    private static final String PENDING_SECRET = "identity.totp.pendingSecret";

    private final AccountPrincipals principals;
    private final TotpCodes totp;
    private final EnrolTwoFactor enrol;
    private final DisableTwoFactor disable;
    private final RegenerateRecoveryCodes regenerate;
    private final RecoveryCodes recoveryCodes;
    private final LoginCompletion logins;

    TwoFactorController(AccountPrincipals principals, TotpCodes totp, EnrolTwoFactor enrol, DisableTwoFactor disable,
                        RegenerateRecoveryCodes regenerate, RecoveryCodes recoveryCodes, LoginCompletion logins) {
        this.principals = principals;
        this.totp = totp;
        this.enrol = enrol;
        this.disable = disable;
        this.regenerate = regenerate;
        this.recoveryCodes = recoveryCodes;
        this.logins = logins;
    }

    @GetMapping("/account/2fa")
    String status(BashkeUser user, Model model) {
        BashkeUser fresh = principals.byId(user.accountId()).orElseThrow();
        model.addAttribute("enabled", fresh.totpEnabled());
        model.addAttribute("remaining", recoveryCodes.remaining(user.accountId()));
        model.addAttribute("required", disable.requiredByRole(user.accountId()));
        model.addAttribute("disableError", null);
        model.addAttribute("codesError", null);
        return "identity/twofactor";
    }

    @GetMapping("/account/2fa/setup")
    String setup(BashkeUser user, Authentication auth, HttpSession session, Model model) {
        if (principals.byId(user.accountId()).map(BashkeUser::totpEnabled).orElse(false)) {
            // enrolled meanwhile (another tab): half-way through a login, the code is now due, so start over
            return SecondFactor.isPending(auth) ? "redirect:/login" : "redirect:/account/2fa";
        }
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        return setupPage(model, user, auth, secret, false);
    }

    @PostMapping("/account/2fa/setup")
    String confirm(BashkeUser user, Authentication auth, @RequestParam(defaultValue = "") String code,
                   HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model,
                   RedirectAttributes redirect) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/account/2fa/setup";
        }
        Optional<List<String>> codes = enrol.confirm(user.accountId(), secret, code);
        if (codes.isEmpty()) {
            return setupPage(model, user, auth, secret, true);
        }
        session.removeAttribute(PENDING_SECRET);
        if (SecondFactor.isEnrolmentRequired(auth)) {
            BashkeUser fresh = principals.byId(user.accountId()).orElseThrow();
            fresh.eraseCredentials();
            logins.completeSecondFactor(request, response, fresh);
        } else {
            logins.refreshPrincipal(request, response);
        }
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        redirect.addFlashAttribute("flash", "identity.twofactor.enabled");
        return "redirect:/account/2fa/recovery-codes";
    }

    private String setupPage(Model model, BashkeUser user, Authentication auth, String secret, boolean failed) {
        model.addAttribute("secretGroups", TotpCodes.grouped(secret));
        model.addAttribute("qr", totp.qrDataUri(secret, user.email()));
        model.addAttribute("failed", failed);
        model.addAttribute("mandatory", SecondFactor.isEnrolmentRequired(auth));
        return "identity/twofactor-setup";
    }

    @GetMapping("/account/2fa/recovery-codes")
    String codes(Model model) {
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:/account/2fa";
        }
        return "identity/twofactor-codes";
    }

    @PostMapping("/account/2fa/recovery-codes")
    String newCodes(BashkeUser user, @RequestParam(defaultValue = "") String password,
                    RedirectAttributes redirect, Model model) {
        Optional<List<String>> codes = regenerate.regenerate(user.accountId(), password);
        if (codes.isEmpty()) {
            status(user, model);
            model.addAttribute("codesError", "identity.account.password.wrongCurrent");
            return "identity/twofactor";
        }
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        return "redirect:/account/2fa/recovery-codes";
    }

    @PostMapping("/account/2fa/disable")
    String disable(BashkeUser user, @RequestParam(defaultValue = "") String password,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        DisableTwoFactor.Outcome outcome = disable.disable(user.accountId(), password);
        if (outcome == DisableTwoFactor.Outcome.DISABLED) {
            logins.refreshPrincipal(request, response);
            redirect.addFlashAttribute("flash", "identity.twofactor.disabled");
            return "redirect:/account/2fa";
        }
        status(user, model);
        model.addAttribute("disableError", outcome == DisableTwoFactor.Outcome.REQUIRED_BY_ROLE
                ? "identity.twofactor.disable.required" : "identity.account.password.wrongCurrent");
        return "identity/twofactor";
    }
}
