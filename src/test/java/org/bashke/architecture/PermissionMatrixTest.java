package org.bashke.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bashke.support.IntegrationTest;
import org.bashke.support.MatrixPrincipals;
import org.bashke.support.PermissionRows;
import org.bashke.support.PermissionRows.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route × every role, as written in {@code src/test/resources/permissions/*.csv} (the format is
 * in that folder's README.md). A route without a row, a row without a route, or any cell whose outcome
 * differs from the file fails the build, with all the differences in one table.
 */
@IntegrationTest
class PermissionMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RoleHierarchy roleHierarchy;

    List<Route> routes;
    List<Row> rows;
    List<String> fileProblems;

    @BeforeEach
    void readRoutesAndRows() throws IOException {
        routes = routes();
        fileProblems = new ArrayList<>();
        rows = PermissionRows.read(fileProblems);
    }

    @Test
    void every_route_has_a_row_and_every_row_names_a_route() {
        List<String> problems = new ArrayList<>(fileProblems);
        Map<Route, List<Row>> covered = new LinkedHashMap<>();
        for (Row row : rows) {
            Optional<Route> route = routeOf(row);
            if (route.isEmpty()) {
                problems.add(row.where() + ": row " + row.method() + " " + row.path() + " names no route of the app");
            } else {
                covered.computeIfAbsent(route.get(), r -> new ArrayList<>()).add(row);
            }
        }
        for (Route route : routes) {
            if (route.required() && !covered.containsKey(route)) {
                problems.add("route " + route + " has no row in permissions/*.csv (handled by " + route.handler() + ")");
            }
        }
        if (!problems.isEmpty()) {
            fail(MessageBundlesTest.report("Permission matrix and routes out of step", problems));
        }
    }

    @Test
    void every_role_gets_exactly_what_the_matrix_says() throws Exception {
        assertThat(rows).as("rows in permissions/*.csv").isNotEmpty();
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            for (int i = 0; i < MatrixPrincipals.COLUMNS.size(); i++) {
                String column = MatrixPrincipals.COLUMNS.get(i);
                boolean expected = row.allowed().get(i);
                MvcResult result = mvc.perform(requestFor(row, column)).andReturn();
                Outcome actual = Outcome.of(result);
                cells++;
                if (actual.allowed() != expected) {
                    mismatches.add(String.format("%-7s %-45s %-19s %-6s %-6s %s", row.method(), row.path(), column,
                            expected ? "allow" : "deny", actual.allowed() ? "allow" : "deny", actual));
                }
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + cells + " cells differ from permissions/*.csv:\n"
                    + String.format("%-7s %-45s %-19s %-6s %-6s %s", "method", "path", "role", "file", "app", "response")
                    + "\n" + String.join("\n", mismatches) + "\n");
        }
    }

    @Test
    void the_matrix_admin_reaches_secretariat_routes_only_through_the_role_hierarchy() {
        // MatrixPrincipals gives an admin ROLE_ADMIN and ROLE_MEMBER only; the filter chain's
        // authorization uses this bean, so admin rows that say "allow" on secretariat routes check it
        Set<String> reachable = AuthorityUtils.authorityListToSet(
                roleHierarchy.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        assertThat(reachable).contains("ROLE_ADMIN", "ROLE_SECRETARIAT", "ROLE_MEMBER");
        for (String role : List.of("ROLE_CSO_REPRESENTATIVE", "ROLE_COUNCIL_MEMBER", "ROLE_GOVERNMENT_OFFICER",
                "ROLE_HUB_COORDINATOR")) {
            assertThat(names(roleHierarchy.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList(role))))
                    .as(role).contains("ROLE_MEMBER").doesNotContain("ROLE_SECRETARIAT", "ROLE_ADMIN");
        }
    }

    // ---- the request and its outcome ---------------------------------------------------------------

    static MockHttpServletRequestBuilder requestFor(Row row, String column) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), URI.create(row.path()))
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .with(MatrixPrincipals.as(column));
        if (!"GET".equals(row.method())) {
            request.with(csrf());
        }
        return request;
    }

    record Outcome(int status, String location) {

        static Outcome of(MvcResult result) {
            return new Outcome(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl());
        }

        /**
         * Denied: 401, 403, or sent to the login (first or second factor). Anything else got past the
         * guard, including {@code /login?error}: that is the login form answering a failed attempt.
         */
        boolean allowed() {
            if (status == 401 || status == 403) {
                return false;
            }
            if (status < 300 || status >= 400 || location == null) {
                return true;
            }
            URI target = URI.create(location);
            boolean toLogin = target.getPath() != null && target.getPath().startsWith("/login");
            boolean loginFailed = target.getQuery() != null && target.getQuery().contains("error");
            return !toLogin || loginFailed;
        }

        @Override
        public String toString() {
            return status + (location == null ? "" : " -> " + location);
        }
    }

    // ---- the routes of the app ---------------------------------------------------------------------

    /** One method + path pattern. {@code required}: the app's own (Spring's /error and actuator are optional). */
    record Route(String method, PathPattern pattern, String handler, boolean required) {
        @Override
        public String toString() {
            return method + " " + pattern.getPatternString();
        }
    }

    List<Route> routes() {
        List<Route> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                HandlerMethod handler = entry.getValue();
                boolean required = handler.getBeanType().getName().startsWith("org.bashke.");
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods) {
                        if (seen.add(method + " " + pattern)) {
                            found.add(new Route(method, PathPatternParser.defaultInstance.parse(pattern),
                                    handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName(), required));
                        }
                    }
                }
            }
        }
        // answered by Spring Security's filters, not by a controller
        for (String filterRoute : List.of("/login", "/logout")) {
            if (seen.add("POST " + filterRoute)) {
                found.add(new Route("POST", PathPatternParser.defaultInstance.parse(filterRoute),
                        "Spring Security's filter chain", false));
            }
        }
        return found;
    }

    /** The route Spring MVC would pick for the row: the most specific pattern that matches its path. */
    Optional<Route> routeOf(Row row) {
        PathContainer path = PathContainer.parsePath(URI.create(row.path()).getRawPath());
        return routes.stream()
                .filter(r -> r.method().equals(row.method()) && r.pattern().matches(path))
                .min(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
        return AuthorityUtils.authorityListToSet(authorities);
    }
}
