package org.bashke.audit.chain;

import java.util.LinkedHashMap;
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
            .build();

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
