package org.quire.api.web;

import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers every {@code /api} address no endpoint has with a 404 problem, instead of letting the
 * request fall through to the pages (whose catch-all would answer with HTML). The most specific
 * mapping wins, so real endpoints are never shadowed.
 */
@RestController
@Hidden
class NoSuchApiPath {

    @RequestMapping("/api/**")
    void none(HttpServletRequest request) {
        throw new NoSuchElementException("There is no " + request.getMethod() + " " + request.getRequestURI()
                + " in Quire's API. Its description is at /api/v1/openapi.json.");
    }
}
