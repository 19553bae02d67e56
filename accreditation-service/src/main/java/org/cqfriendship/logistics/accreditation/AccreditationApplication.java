package org.cqfriendship.logistics.accreditation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AccreditationApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccreditationApplication.class, args);
    }
}
