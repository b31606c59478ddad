package org.bashke.shared.contribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What other modules contribute to one page (the home page's blocks, a hub page's blocks): each in its
 * order, and one that fails is left out, with a warning, rather than taking the page down.
 */
public final class Contributions {

    private static final Logger log = LoggerFactory.getLogger(Contributions.class);

    private Contributions() {
    }

    public static <C, R> List<R> render(List<C> contributors, ToIntFunction<C> order, Function<C, R> render) {
        List<R> rendered = new ArrayList<>();
        contributors.stream().sorted(Comparator.comparingInt(order)).forEach(c -> {
            try {
                rendered.add(render.apply(c));
            } catch (RuntimeException e) {
                log.warn("{} failed and is left out of the page", c.getClass().getName(), e);
            }
        });
        return rendered;
    }
}
