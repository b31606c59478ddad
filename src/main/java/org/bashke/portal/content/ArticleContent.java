package org.bashke.portal.content;

import java.util.Set;
import org.bashke.shared.text.LocalizedText;

/** The words of an article; body is Markdown. */
public record ArticleContent(LocalizedText title, LocalizedText summary, LocalizedText body, Set<Topic> topics) {
}
