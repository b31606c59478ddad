package org.bashke.consultation.draft;

import org.bashke.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two settings of the module: the minimum period and the comment rate limit. */
@Configuration(proxyBeanMethods = false)
class ConsultationSettings {

    @Bean
    ConsultationPeriodPolicy consultationPeriodPolicy(WorkingDays workingDays,
                                                      @Value("${bashke.consultation.minimum-working-days:15}") int minimum) {
        return new ConsultationPeriodPolicy(workingDays, minimum);
    }

    @Bean
    CommentRateLimit commentRateLimit(CommentRepository comments,
                                      @Value("${bashke.consultation.comments-per-10-minutes:10}") int perTenMinutes) {
        return new CommentRateLimit(comments, perTenMinutes);
    }
}
