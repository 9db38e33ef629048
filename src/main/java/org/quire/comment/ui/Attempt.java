package org.quire.comment.ui;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.quire.proposal.ConcurrentChange;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.AuthenticationException;

/**
 * Runs one action of the margin and turns what can go wrong into a sentence for the person, so a
 * refused or clashing comment never shows an error page and never loses what was typed.
 */
final class Attempt {

    private static final Logger log = LoggerFactory.getLogger(Attempt.class);

    private Attempt() {
    }

    /** The action's result, or empty after {@code problem} was told what went wrong. */
    static <T> Optional<T> of(Supplier<T> action, Consumer<String> problem) {
        try {
            return Optional.of(action.get());
        } catch (InputRejected rejected) {
            problem.accept(String.join(" ", rejected.problems()));
        } catch (AccessRefused | ConcurrentChange | NoSuchElementException refused) {
            problem.accept(refused.getMessage());
        } catch (AuthenticationException signedOut) {
            problem.accept("You were signed out. Sign in again in another tab, then try again here.");
        } catch (DataAccessException notAnswering) {
            problem.accept("The database is not answering, so nothing was changed. What you wrote is still here; "
                    + "try again in a moment.");
        } catch (RuntimeException failed) {
            log.warn("A comment action failed", failed);
            problem.accept("Something went wrong and nothing was changed. Try again in a moment.");
        }
        return Optional.empty();
    }
}
