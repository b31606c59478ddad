package org.bashke.consultation.draft;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentRateLimitTest {

    final CommentRepository comments = mock(CommentRepository.class);
    final CommentRateLimit limit = new CommentRateLimit(comments, 3);
    final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void an_account_may_send_up_to_the_limit_in_ten_minutes_and_no_more() {
        when(comments.countByAuthorAccountIdAndCreatedAtAfter(42L, now.minus(CommentRateLimit.WINDOW))).thenReturn(2L);
        assertThatCode(() -> limit.check(42L, now)).doesNotThrowAnyException();
        when(comments.countByAuthorAccountIdAndCreatedAtAfter(42L, now.minus(CommentRateLimit.WINDOW))).thenReturn(3L);
        assertThatThrownBy(() -> limit.check(42L, now)).hasMessage("consultation.rule.comment.rateLimited");
    }
}
