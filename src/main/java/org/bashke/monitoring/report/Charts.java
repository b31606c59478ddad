package org.bashke.monitoring.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.monitoring.ObligationStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Charts drawn on the server as SVG: no script, the same in the page and the PDF. Each chart is an image
 * whose words are in the reader's language, and every page that shows one also shows the same figures
 * as a table (the accessible version; the SVG points to it with aria-describedby).
 */
@Component("monitoringCharts")
public class Charts {

    /** Colours with at least 3:1 contrast against white, told apart by labels as well, never by colour alone. */
    private static final Map<ObligationStatus, String> COLOURS = Map.of(
            ObligationStatus.COMPLETED, "#00703c", ObligationStatus.IN_PROGRESS, "#1d70b8",
            ObligationStatus.NOT_STARTED, "#505a5f", ObligationStatus.DELAYED, "#d4351c",
            ObligationStatus.CANCELLED, "#6f3092", ObligationStatus.NOT_ASSESSED, "#6f777b");

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** A horizontal bar per status, labelled with the status and its count. */
    public String statusBars(Map<ObligationStatus, Long> counts, Locale locale, String titleKey, String describedBy) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<ObligationStatus> statuses = List.of(ObligationStatus.values());
        int rowHeight = 28;
        int labelWidth = 200;
        int barWidth = 320;
        int height = statuses.size() * rowHeight + 10;
        String title = esc(messages.getMessage(titleKey, null, locale));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + barWidth + 60)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60).append(' ')
                .append(height).append("\"");
        if (describedBy != null) {
            svg.append(" aria-describedby=\"").append(esc(describedBy)).append('"');
        }
        svg.append(" aria-label=\"").append(title).append("\"><title>").append(title).append("</title>");
        int y = 5;
        for (ObligationStatus s : statuses) {
            long n = counts.getOrDefault(s, 0L);
            int w = (int) (barWidth * n / max);
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"14\" fill=\"#0b0c0c\">")
                    .append(esc(messages.getMessage(s.labelKey(), null, locale))).append("</text>");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"18\" fill=\"").append(COLOURS.get(s)).append("\"/>");
            svg.append("<text x=\"").append(labelWidth + Math.max(w, 1) + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"14\" fill=\"#0b0c0c\">").append(n).append("</text>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static String esc(String s) {
        // only the XML specials: the SVG goes into XHTML for the PDF too, where named HTML entities are unknown
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
