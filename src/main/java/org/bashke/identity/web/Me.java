package org.bashke.identity.web;

import org.bashke.identity.security.AccountPrincipals;
import org.bashke.identity.security.BashkeUser;
import org.bashke.shared.NotFoundException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method of this module its {@link BashkeUser} parameter: the session's principal,
 * or, for a principal of another kind (a test's plain {@code User}), the account of that name.
 * Without an account there is no account page to show (404).
 */
@Configuration(proxyBeanMethods = false)
class Me implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final AccountPrincipals principals;

    Me(AccountPrincipals principals) {
        this.principals = principals;
    }

    @Override
    public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == BashkeUser.class
                && parameter.getContainingClass().getPackageName().equals(Me.class.getPackageName());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof BashkeUser user) {
            return user;
        }
        String name = authentication == null ? null : authentication.getName();
        return principals.byEmail(name).orElseThrow(() -> new NotFoundException("account", name));
    }
}
