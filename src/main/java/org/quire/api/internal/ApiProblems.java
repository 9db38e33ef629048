package org.quire.api.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to requests the security chain stops, as RFC 9457 problem details: 401 with a
 * {@code WWW-Authenticate: Bearer} challenge (RFC 6750) saying whether the token was missing,
 * expired or not valid, and 403. Requests the services refuse are answered by the web layer.
 */
@Component
public class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Quire API";
    static final String NO_TOKEN = "Send one of your personal access tokens as 'Authorization: Bearer quire_pat_…'. "
            + "Create one on your Access tokens page in Quire.";

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail;
        String challenge = "Bearer realm=\"" + REALM + "\"";
        if (failure instanceof CredentialsExpiredException || failure instanceof BadCredentialsException) {
            detail = failure.getMessage();
            challenge += ", error=\"invalid_token\", error_description=\""
                    + (failure instanceof CredentialsExpiredException ? "The access token expired"
                            : "The access token is not valid") + "\"";
        } else if (failure instanceof OAuth2AuthenticationException) {
            detail = "The Authorization header is not a well-formed bearer token. " + NO_TOKEN;
            challenge += ", error=\"invalid_request\"";
        } else {
            detail = NO_TOKEN;
        }
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication needed", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Access refused", "You may not do this.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
