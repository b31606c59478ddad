package org.bashke.council.meeting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bashke.council.Council;
import org.bashke.portal.HomeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page's "next Council meetings" and "latest decisions" blocks. */
@Configuration(proxyBeanMethods = false)
class MeetingHomeSections {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Bean
    HomeSection upcomingCouncilMeetings(Council council) {
        return new HomeSection() {
            public String headingKey() { return "council-meeting.home.upcoming"; }
            public String listUrl() { return "/council/meetings"; }
            public String listLinkKey() { return "council-meeting.home.upcoming.all"; }
            public int order() { return 130; }
            public List<Item> items(Locale locale) {
                return council.upcomingMeetings(5).stream()
                        .map(m -> new Item(m.title(), m.url(), DAY.format(m.startsAt().atZoneSameInstant(Meeting.ZONE))))
                        .toList();
            }
        };
    }

    @Bean
    HomeSection latestCouncilDecisions(Council council) {
        return new HomeSection() {
            public String headingKey() { return "council-meeting.home.decisions"; }
            public String listUrl() { return "/council/decisions"; }
            public String listLinkKey() { return "council-meeting.home.decisions.all"; }
            public int order() { return 140; }
            public List<Item> items(Locale locale) {
                return council.latestDecisions(5).stream()
                        .map(d -> new Item(d.text(), d.url(), d.number() + " · " + DATE.format(d.adoptedOn())))
                        .toList();
            }
        };
    }
}
