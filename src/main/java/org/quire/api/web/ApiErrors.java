package org.quire.api.web;

import java.util.NoSuchElementException;

import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What the services' refusals become in the API, as RFC 9457 problem details. The messages are
 * the services' own, written to be shown: a refusal names the action, never the object; a proposal
 * or milestone the caller may not read is "not found" (its existence does not leak), while a
 * workgroup, whose name is public, refuses with 403. Anything unforeseen is a 500 that says nothing
 * of its cause (that goes to the log).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler
    ProblemDetail refused(AccessRefused refused) {
        return problem(HttpStatus.FORBIDDEN, "Access refused", refused.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException missing) {
        return problem(HttpStatus.NOT_FOUND, "Not found", missing.getMessage());
    }

    @ExceptionHandler
    ProblemDetail rejected(InputRejected rejected) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Request not valid", rejected.getMessage());
        problem.setProperty("problems", rejected.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail malformed(IllegalArgumentException malformed) {
        return problem(HttpStatus.BAD_REQUEST, "Request not valid", "The request is not valid.");
    }

    @ExceptionHandler
    ProblemDetail signedOut(AuthenticationCredentialsNotFoundException missing) {
        return problem(HttpStatus.UNAUTHORIZED, "Authentication needed", "Send a personal access token.");
    }

    @ExceptionHandler
    ProblemDetail failed(RuntimeException failure) {
        log.error("An API request failed", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Quire could not answer this request. The failure is logged; try again later.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
