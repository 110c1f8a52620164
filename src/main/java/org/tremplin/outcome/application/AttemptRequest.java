package org.tremplin.outcome.application;

import java.time.LocalDateTime;
import org.tremplin.outcome.domain.ContactChannel;
import org.tremplin.outcome.domain.OutcomeTiming;

/** A try at reaching a person for one follow-up: {@code at} null means now. */
public record AttemptRequest(Long enrolmentId, OutcomeTiming timing, LocalDateTime at, ContactChannel channel,
        boolean reached, String note) {
}
