package org.bashke.portal.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses for feeds and calendars, from the request that asked for them. */
final class PublicLinks {

    private PublicLinks() {
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String host() {
        String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        return host == null ? "bashke" : host;
    }
}
