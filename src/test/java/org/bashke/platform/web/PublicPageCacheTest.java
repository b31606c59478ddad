package org.bashke.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The page cache on its own, with a page that renders whatever {@code body} holds, counting its renders. */
class PublicPageCacheTest {

    private final AtomicReference<String> body = new AtomicReference<>("first");
    private final AtomicInteger renders = new AtomicInteger();
    private final PublicPageCache cache = new PublicPageCache(Duration.ofMinutes(1), 100, 1024 * 1024, List.of("/", "/news"),
            request -> request.getCookies() == null ? Locale.forLanguageTag("sq") : Locale.forLanguageTag(request.getCookies()[0].getValue()));

    private FilterChain page(CountDownLatch started, CountDownLatch release) {
        return (request, response) -> {
            renders.incrementAndGet();
            String text = body.get();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    private FilterChain page() {
        return page(new CountDownLatch(1), new CountDownLatch(0));
    }

    private MockHttpServletResponse get(String path, FilterChain chain, Cookie... cookies) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response;
    }

    @Test
    void a_page_is_rendered_once_and_then_served_kept() throws Exception {
        assertThat(get("/", page()).getHeader(PublicPageCache.HEADER)).isEqualTo("miss");
        MockHttpServletResponse kept = get("/", page());

        assertThat(kept.getHeader(PublicPageCache.HEADER)).isEqualTo("hit");
        assertThat(kept.getContentAsString()).isEqualTo("first");
        assertThat(kept.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(renders).hasValue(1);
    }

    @Test
    void while_one_reader_renders_an_out_of_date_page_the_others_get_the_previous_copy_and_no_second_render() throws Exception {
        get("/", page());
        body.set("second");
        cache.invalidate();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<MockHttpServletResponse> renderer = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/", page(started, release));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        MockHttpServletResponse meanwhile = get("/", page());
        release.countDown();

        assertThat(meanwhile.getHeader(PublicPageCache.HEADER)).isEqualTo("stale");
        assertThat(meanwhile.getContentAsString()).isEqualTo("first");
        assertThat(renderer.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("second");
        assertThat(get("/", page()).getContentAsString()).isEqualTo("second");
        assertThat(renders).as("the first render and the one refresh").hasValue(2);
    }

    @Test
    void a_page_changed_during_its_own_render_is_rendered_again_by_the_next_reader() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> renderer = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/news", page(started, release));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        body.set("second");
        cache.invalidate();
        release.countDown();
        assertThat(renderer.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("first");

        MockHttpServletResponse next = get("/news", page());
        assertThat(next.getHeader(PublicPageCache.HEADER)).isEqualTo("miss");
        assertThat(next.getContentAsString()).isEqualTo("second");
    }

    @Test
    void readers_with_a_session_other_paths_and_refused_answers_are_never_kept() throws Exception {
        get("/", page(), new Cookie("BASHKE_SESSION", "x"));
        assertThat(get("/", page(), new Cookie("BASHKE_SESSION", "x")).getHeader(PublicPageCache.HEADER)).isNull();
        get("/organisations", page());
        assertThat(get("/organisations", page()).getHeader(PublicPageCache.HEADER)).isNull();

        FilterChain missing = (request, response) -> ((HttpServletResponse) response).sendError(404);
        get("/news", missing);
        assertThat(get("/news", missing).getHeader(PublicPageCache.HEADER)).isEqualTo("miss");
        assertThat(get("/", page(), new Cookie("bashke_lang", "en")).getHeader(PublicPageCache.HEADER)).isEqualTo("miss");
    }

    @Test
    void any_write_puts_every_kept_page_out_of_date() throws Exception {
        get("/", page());
        body.set("second");
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/admin/portal/news");
        cache.doFilter(post, new MockHttpServletResponse(), (request, response) -> { });

        assertThat(get("/", page()).getContentAsString()).isEqualTo("second");
    }
}
