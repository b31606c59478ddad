package org.bashke.portal.search;

import java.time.LocalDate;

/**
 * What a reader asks for: the words, and filters that are off when null. {@code from}/{@code to}
 * bound the publication date (both days included, Kosovo time); records without a date drop out
 * once a date bound is set.
 */
public record SearchQuery(String text, String type, String hubCode, String language, LocalDate from, LocalDate to) {
}
