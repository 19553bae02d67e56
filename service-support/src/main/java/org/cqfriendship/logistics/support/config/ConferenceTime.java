package org.cqfriendship.logistics.support.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.ZoneId;

/**
 * The conference's own time zone, in which every service shows and plans times: one setting,
 * {@code CONFERENCE_TIME_ZONE} in the environment (or the system property
 * {@code conference.time-zone}), and Chongqing's, Asia/Shanghai, when unset. It is read once, at
 * start, because records and wording use it where no Spring setting reaches; pages reach it as
 * the bean {@code @conferenceZone}.
 */
@AutoConfiguration
public class ConferenceTime {

    public static final ZoneId ZONE = ZoneId.of(System.getProperty("conference.time-zone",
            System.getenv().getOrDefault("CONFERENCE_TIME_ZONE", "Asia/Shanghai")));

    @Bean
    ZoneId conferenceZone() {
        return ZONE;
    }
}
