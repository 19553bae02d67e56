package org.cqfriendship.logistics.support.testing;

import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Base of a service's security suite ({@link AccessMatrix}): its store, its delegation links and its endpoints. */
public abstract class SecurityScenarios extends ServiceScenarios {

    @Autowired
    protected MongoTemplate store;
    @Autowired
    protected DelegationLinks links;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    protected RequestMappingHandlerMapping mappings;
}
