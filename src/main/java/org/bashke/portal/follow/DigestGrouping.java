package org.bashke.portal.follow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a digest reads: items grouped by kind of record (the portal's own kinds first, then others by
 * name), newest first within a group, and each record once, in the reader's language when it has one.
 */
public final class DigestGrouping {

    private DigestGrouping() {
    }

    public record Group(String type, List<DigestItem> items) {
    }

    public static List<Group> group(List<DigestItem> items, String readerLanguage) {
        Map<String, DigestItem> once = new LinkedHashMap<>();
        for (DigestItem item : items) {
            DigestItem kept = once.get(item.key());
            if (kept == null || (!readerLanguage.equals(kept.language()) && readerLanguage.equals(item.language()))) {
                once.put(item.key(), item);
            }
        }
        Map<String, List<DigestItem>> byType = new LinkedHashMap<>();
        once.values().stream()
                .sorted(Comparator.comparing((DigestItem i) -> typeRank(i.type())).thenComparing(DigestItem::type)
                        .thenComparing(DigestItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(DigestItem::key))
                .forEach(i -> byType.computeIfAbsent(i.type(), t -> new ArrayList<>()).add(i));
        return byType.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static int typeRank(String type) {
        int i = Subscriptions.OWN_TYPES.indexOf(type);
        return i < 0 ? Subscriptions.OWN_TYPES.size() : i;
    }
}
