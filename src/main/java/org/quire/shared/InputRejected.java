package org.quire.shared;

import java.util.List;

/** User input broke a stated limit or format; each problem is a message fit to show. */
public class InputRejected extends RuntimeException {

    private final List<String> problems;

    public InputRejected(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public InputRejected(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
