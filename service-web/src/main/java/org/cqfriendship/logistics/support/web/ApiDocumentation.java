package org.cqfriendship.logistics.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.support.security.StaffLink;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Each service's OpenAPI document (/v3/api-docs, tried at /swagger-ui.html): its title and what it
 * is for ({@code logistics.api.title} and {@code .description}), how callers sign in, and that a call
 * that changes data must be JSON or carry {@code X-Requested-With} (a form on another site can do
 * neither; docs/security.md).
 */
@AutoConfiguration
public class ApiDocumentation {

    static final String SIGN_IN = "Staff sign in with HTTP Basic (sent at once: the API never challenges), a delegation with its "
            + "secret link's token as a bearer token.";
    static final String CROSS_SITE_RULE = "Every call that changes data (POST, PUT, PATCH, DELETE) must be sent with "
            + "`Content-Type: application/json` (send `{}` when there is no body) or with an `X-Requested-With` header "
            + "(any value); otherwise it is answered 403 and changes nothing.";

    @Bean
    OpenAPI serviceApi(@Value("${logistics.api.title}") String title, @Value("${logistics.api.description}") String description) {
        return new OpenAPI()
                .info(new Info().title(title).version("1").description(description + "\n\n" + SIGN_IN + "\n\n" + CROSS_SITE_RULE))
                .components(new Components()
                        .addSecuritySchemes("staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("delegationLink", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }

    @Bean
    StaffLink apiDocumentationLink() {
        return new StaffLink("account.apiDocs", caller -> "/swagger-ui.html", caller -> caller.has(Role.PROGRAMME) || caller.has(Role.OPERATIONS));
    }

    @Bean
    OpenApiCustomizer crossSiteRule() {
        return api -> api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS) {
                marked(operation);
            }
        }));
    }

    private static void marked(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name("X-Requested-With").required(false).schema(new StringSchema())
                .description("Needed when the call is not sent as application/json. " + CROSS_SITE_RULE));
    }
}
