package org.bashke.audit.chain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.TreeMap;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.util.StdConverter;
import java.util.Map;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way before/after values become text. The order of keys must not depend on the JVM or
 * on declaration order, so the stored text of a value is stable: properties and map keys sorted,
 * records by their components, dates as ISO strings.
 */
public final class AuditJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .addMixIn(LocalizedText.class, LocalizedTextAsMap.class)
            .build();

    /** LocalizedText has no bean getters; in the log it is its three texts and their statuses. */
    @JsonSerialize(converter = LocalizedTextToMap.class)
    private abstract static class LocalizedTextAsMap {
    }

    static final class LocalizedTextToMap extends StdConverter<LocalizedText, Map<String, String>> {
        @Override
        public Map<String, String> convert(LocalizedText text) {
            Map<String, String> values = new TreeMap<>();
            for (Language language : Language.values()) {
                String key = language.name().toLowerCase(Locale.ROOT);
                values.put(key, text.get(language));
                values.put(key + "Status", text.status(language).name());
            }
            return values;
        }
    }

    private AuditJson() {
    }

    /** JSON of a value, or null for null (a creation has no "before"). */
    public static String write(Object value) {
        return value == null ? null : MAPPER.writeValueAsString(value);
    }

    /**
     * The top-level fields of stored JSON, in key order; a value that is not a JSON object (a plain
     * string or number) appears as the single field {@code ""}.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fields(String json) {
        if (json == null) {
            return Map.of();
        }
        Object parsed = MAPPER.readValue(json, Object.class);
        if (parsed instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        Map<String, Object> single = new LinkedHashMap<>();
        single.put("", parsed);
        return single;
    }

    /** A field value for display: text as is, anything else as compact JSON. */
    public static String display(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : MAPPER.writeValueAsString(value);
    }
}
