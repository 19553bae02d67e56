package org.cqfriendship.logistics.registration.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about calling the API: how callers sign in, and that a call that
 * changes data must be JSON or carry {@code X-Requested-With} (a form on another site can do
 * neither; docs/security.md).
 */
@Configuration
class ApiDocumentation {

    static final String CROSS_SITE_RULE = "Every call that changes data (POST, PUT, PATCH, DELETE) must be sent with "
            + "`Content-Type: application/json` (send `{}` when there is no body) or with an `X-Requested-With` header "
            + "(any value); otherwise it is answered 403 and changes nothing.";

    @Bean
    OpenAPI registrationApi() {
        return new OpenAPI()
                .info(new Info().title("Registration API").version("1")
                        .description("Registers the delegations of the conference. Staff sign in with HTTP Basic (sent at once: "
                                + "the API never challenges), a delegation with its secret link's token as a bearer token.\n\n"
                                + CROSS_SITE_RULE))
                .components(new Components()
                        .addSecuritySchemes("staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("delegationLink", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
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
