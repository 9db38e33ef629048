package org.quire.api.internal;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title, text and security scheme; springdoc adds the paths (only those
 * under {@code /api/v1}, see application.yml) and serves it at {@value ApiSecurityConfiguration#OPENAPI_PATH}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String SCHEME = "personalAccessToken";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI quireApi() {
        return new OpenAPI()
                .info(new Info().title("Quire API").version("v1").description("""
                        Read the workgroups and proposals you take part in, and download exports of the \
                        Code Change Application, with your own roles. Every request bears one of your personal \
                        access tokens (create them on your Access tokens page in Quire) as \
                        `Authorization: Bearer quire_pat_…`, or an access token for Quire from your sign-in \
                        provider. Errors are RFC 9457 problem details: 401 without \
                        a valid token, 403 when your role does not allow the request (or you are not a member of \
                        the workgroup), 404 for what does not exist or is not open to you, 400 for a request \
                        that is not valid."""))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("quire_pat_…")
                        .description("A personal access token (named, expiring, revocable, shown once), or an "
                                + "access token (JWT) for Quire's client from the sign-in provider.")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }

    /** Every operation may answer with these problems; springdoc cannot see them (the security chain writes 401). */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("An RFC 9457 problem detail")
                    .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema()));
            var answers = Map.of(
                    "400", "The request is not valid (the detail says why)",
                    "401", "No live personal access token (missing, not valid, or expired: the detail says which)",
                    "403", "Your role does not allow it, or you are not a member of the workgroup",
                    "404", "No such thing, or it is not open to you");
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    answers.forEach((status, description) -> operation.getResponses().addApiResponse(status,
                            new ApiResponse().description(description).content(new Content().addMediaType(
                                    "application/problem+json", new MediaType().schema(
                                            new Schema<>().$ref("#/components/schemas/" + PROBLEM))))))));
        };
    }
}
