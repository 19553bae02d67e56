package org.cqfriendship.logistics.support.testing;

import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of a service's security suite ({@link AccessMatrix}): its store, its delegation links and its
 * endpoints; and, for every service, its API described as OpenAPI with both ways to sign in.
 */
public abstract class SecurityScenarios extends ServiceScenarios {

    @Autowired
    protected MongoTemplate store;
    @Autowired
    protected DelegationLinks links;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    protected RequestMappingHandlerMapping mappings;

    @Test
    void describesItsApiAsOpenApiWithBothWaysToSignInAndAPageToTryIt() {
        var api = http.get("/v3/api-docs").json();
        assertThat(api.at("/info/title").asString()).endsWith(" API");
        assertThat(api.at("/components/securitySchemes/staff/scheme").asString()).isEqualTo("basic");
        assertThat(api.at("/components/securitySchemes/delegationLink/scheme").asString()).isEqualTo("bearer");
        var paths = api.get("paths").propertyNames();
        assertThat(paths).isNotEmpty().allMatch(path -> path.startsWith("/api/"), "only the API is described, not the pages");
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
