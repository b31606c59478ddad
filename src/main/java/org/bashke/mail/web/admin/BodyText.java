package org.bashke.mail.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail body cut into plain text and web addresses, so the outbox page can make the addresses
 * links (a newcomer without a mail server follows the verification link from there). Only
 * http(s) addresses become links; everything else stays text.
 */
record BodyText(String text, boolean link) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");

    static List<BodyText> of(String body) {
        List<BodyText> parts = new ArrayList<>();
        if (body == null) {
            return parts;
        }
        Matcher m = URL.matcher(body);
        int last = 0;
        while (m.find()) {
            String url = m.group();
            // a sentence's full stop or closing bracket right after an address is not part of it
            int end = m.end();
            while (url.length() > 8 && ".,;:)]".indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
                end--;
            }
            if (m.start() > last) {
                parts.add(new BodyText(body.substring(last, m.start()), false));
            }
            parts.add(new BodyText(url, true));
            last = end;
        }
        if (last < body.length()) {
            parts.add(new BodyText(body.substring(last), false));
        }
        return parts;
    }
}
