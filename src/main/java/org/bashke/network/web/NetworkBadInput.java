package org.bashke.network.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.temporal.Temporal;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Letters in a number or a date of one of the network's forms: the reader goes back to the form and reads, in
 * their language, what to write instead; nothing is changed (the use case never runs).
 */
@ControllerAdvice(basePackages = "org.bashke.network")
@Order(Ordered.HIGHEST_PRECEDENCE)
class NetworkBadInput {

    static final String NUMBER = "network.form.invalid.number";
    static final String AMOUNT = "network.form.invalid.amount";
    static final String DATE = "network.form.invalid.date";
    static final String CHOICE = "network.form.invalid.choice";

    @ExceptionHandler(TypeMismatchException.class)
    String mismatch(TypeMismatchException e, HttpServletRequest request) {
        return back(request, key(e.getRequiredType()));
    }

    @ExceptionHandler(BindException.class)
    String binding(BindException e, HttpServletRequest request) {
        FieldError error = e.getFieldError();
        Class<?> type = null;
        if (error != null && e.getTarget() != null) {
            try {
                type = new org.springframework.beans.BeanWrapperImpl(e.getTarget()).getPropertyType(error.getField());
            } catch (RuntimeException ignored) {
                type = null;
            }
        }
        return back(request, key(type));
    }

    static String key(Class<?> type) {
        if (type == null) {
            return CHOICE;
        }
        if (java.math.BigDecimal.class.isAssignableFrom(type)) {
            return AMOUNT;
        }
        if (Long.class == type || long.class == type) {
            return CHOICE;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return NUMBER;
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return DATE;
        }
        return CHOICE;
    }

    private static String back(HttpServletRequest request, String problem) {
        RequestContextUtils.getOutputFlashMap(request).put("problem", problem);
        return "redirect:" + backTo(request.getRequestURI().substring(request.getContextPath().length()), request.getMethod());
    }

    /** The page that holds the form posted to this path (the form's own page for a page read with bad parameters). */
    static String backTo(String path, String method) {
        if ("GET".equalsIgnoreCase(method)) {
            return path;
        }
        if (path.startsWith("/admin/network/governance")) {
            return "/admin/network/governance";
        }
        if (path.endsWith("/new")) {
            return path;
        }
        if (path.startsWith("/network/code/versions/") || path.equals("/network/membership/confirm")) {
            return "/network/membership";
        }
        if (path.startsWith("/network/member-consultations/")) {
            return path.substring(0, path.lastIndexOf('/'));
        }
        int slash = path.lastIndexOf('/');
        return slash > 0 ? path.substring(0, slash) : "/network";
    }
}
