package org.quire.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title, text and security scheme; springdoc adds the paths (only those
 * under {@code /api/v1}, see application.yml) and serves it at {@value ApiSecurityConfiguration#OPENAPI_PATH}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String SCHEME = "personalAccessToken";

    @Bean
    OpenAPI quireApi() {
        return new OpenAPI()
                .info(new Info().title("Quire API").version("v1").description("""
                        Read the workgroups and proposals you take part in, and download exports of the \
                        Code Change Application, with your own roles. Every request bears one of your personal \
                        access tokens (create them on your Access tokens page in Quire) as \
                        `Authorization: Bearer quire_pat_…`. Errors are RFC 9457 problem details: 401 without \
                        a valid token, 403 when your role does not allow the request (or you are not a member of \
                        the workgroup), 404 for what does not exist or is not open to you, 400 for a request \
                        that is not valid."""))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("quire_pat_…")
                        .description("A personal access token: named, expiring, revocable, shown once.")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
