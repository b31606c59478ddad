package org.bashke.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bashke.identity.security.AccountPrincipals;
import org.bashke.identity.security.BashkeUser;
import org.bashke.identity.security.LoginCompletion;
import org.bashke.identity.twofactor.VerifySecondFactor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (its POST is Spring Security's form login) and the second step, the code. */
@Controller
class LoginController {

    private final VerifySecondFactor secondFactor;
    private final AccountPrincipals principals;
    private final LoginCompletion completion;

    LoginController(VerifySecondFactor secondFactor, AccountPrincipals principals, LoginCompletion completion) {
        this.secondFactor = secondFactor;
        this.principals = principals;
        this.completion = completion;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        // "/login?error" carries no value: any failure, told apart nowhere
        model.addAttribute("failed", request.getParameterMap().containsKey("error"));
        return "identity/login";
    }

    @GetMapping("/login/2fa")
    String codeForm(Model model) {
        model.addAttribute("failed", false);
        return "identity/login-2fa";
    }

    @PostMapping("/login/2fa")
    String code(@RequestParam(defaultValue = "") String code, BashkeUser user,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        if (user != null && secondFactor.verify(user.accountId(), code)) {
            BashkeUser fresh = principals.byId(user.accountId()).orElseThrow();
            fresh.eraseCredentials();
            return "redirect:" + completion.completeSecondFactor(request, response, fresh);
        }
        model.addAttribute("failed", true);
        return "identity/login-2fa";
    }
}
