package org.bashke.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bashke.portal.HomeSection;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class HomeSectionsTest {

    record Section(String key, int order, int count, boolean fails) implements HomeSection {
        public String headingKey() { return key; }
        public String listUrl() { return "/" + key; }
        public String listLinkKey() { return key + ".all"; }
        public int order() { return order; }
        public List<Item> items(Locale locale) {
            if (fails) {
                throw new IllegalStateException("down");
            }
            return Collections.nCopies(count, new Item(LocalizedText.same("x"), "/x", null));
        }
    }

    @Test
    void blocks_come_in_their_order_with_at_most_five_items() {
        var blocks = HomeSections.gather(List.of(new Section("b", 300, 9, false), new Section("a", 10, 2, false)), Locale.ENGLISH);
        assertThat(blocks).extracting(HomeSections.Block::headingKey).containsExactly("a", "b");
        assertThat(blocks.get(1).items()).hasSize(HomeSections.MAX_ITEMS);
    }

    @Test
    void a_failing_module_is_left_out_and_the_others_still_show() {
        var blocks = HomeSections.gather(List.of(new Section("a", 1, 1, true), new Section("b", 2, 1, false)), Locale.ENGLISH);
        assertThat(blocks).extracting(HomeSections.Block::headingKey).containsExactly("b");
    }
}
