package org.bashke.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser over MockMvc: keeps the cookies (the session lives in PostgreSQL through Spring Session,
 * so it travels only by cookie), and comes from one client address, so throttling tests stay apart.
 */
final class WebClient {

    private final MockMvc mvc;
    private final String ip;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    WebClient(MockMvc mvc, String ip) {
        this.mvc = mvc;
        this.ip = ip;
        // pages in English for readable assertions; mail follows the account's language
        cookies.put("bashke_lang", new Cookie("bashke_lang", "en"));
    }

    static String randomIp() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    MockHttpServletResponse get(String url) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
    }

    MockHttpServletResponse post(String url, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return send(request);
    }

    MockHttpServletResponse login(String email, String password) throws Exception {
        return post("/login", "email", email, "password", password);
    }

    String sessionCookie() {
        // BASHKE_SESSION on a real server; Spring Session's default name under MockMvc (no embedded server)
        Cookie c = cookies.getOrDefault("BASHKE_SESSION", cookies.get("SESSION"));
        return c == null ? null : c.getValue();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        for (Cookie c : response.getCookies()) {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c);
            }
        }
        return response;
    }
}
