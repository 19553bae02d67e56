package org.cqfriendship.logistics.registration;

import org.cqfriendship.logistics.support.config.MailStreams;
import org.cqfriendship.logistics.support.privacy.ContactKeys;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableConfigurationProperties(ContactKeys.class)
public class RegistrationApplication {

    public static void main(String[] args) {
        MailStreams.nameProvider();
        SpringApplication.run(RegistrationApplication.class, args);
    }
}
