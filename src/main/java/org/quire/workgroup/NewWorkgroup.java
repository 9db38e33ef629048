package org.quire.workgroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.quire.shared.InputRejected;

/**
 * What an administrator fills in to create a workgroup; each limit has its own message, and the
 * form shows each field's message beside it ({@link #slugProblem} and the others).
 */
public record NewWorkgroup(String slug, String name, String description, List<String> charge,
        String proposalPrefix) {

    public static final int MIN_SLUG = 3;
    public static final int MAX_SLUG = 40;
    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MAX_CHARGE_ITEMS = 20;
    public static final int MAX_CHARGE_ITEM = 500;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

    public NewWorkgroup {
        charge = List.copyOf(charge);
        var problems = new ArrayList<String>();
        slugProblem(slug).ifPresent(problems::add);
        nameProblem(name).ifPresent(problems::add);
        descriptionProblem(description).ifPresent(problems::add);
        problems.addAll(chargeProblems(charge));
        if (!PREFIX.matcher(proposalPrefix).matches()) {
            problems.add("The proposal prefix must be 2 to 6 capital letters, like TH.");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    /** With the prefix taken from the initials of the name ("Telehealth Services Workgroup": TSW). */
    public NewWorkgroup(String slug, String name, String description, List<String> charge) {
        this(slug, name, description, charge, prefixFrom(name));
    }

    public static Optional<String> slugProblem(String slug) {
        if (slug.length() < MIN_SLUG || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            return Optional.of("The short name must be " + MIN_SLUG + " to " + MAX_SLUG + " lower-case letters, "
                    + "digits or hyphens, not starting or ending with a hyphen.");
        }
        return Optional.empty();
    }

    public static Optional<String> nameProblem(String name) {
        return name.isBlank() || name.length() > MAX_NAME
                ? Optional.of("The name must be 1 to " + MAX_NAME + " characters.") : Optional.empty();
    }

    public static Optional<String> descriptionProblem(String description) {
        return description.length() > MAX_DESCRIPTION
                ? Optional.of("The description must be at most " + String.format("%,d", MAX_DESCRIPTION)
                        + " characters.")
                : Optional.empty();
    }

    /** One message per item that is blank or too long, and one if there are none or too many. */
    public static List<String> chargeProblems(List<String> charge) {
        var problems = new ArrayList<String>();
        if (charge.isEmpty() || charge.size() > MAX_CHARGE_ITEMS) {
            problems.add("A charge has 1 to " + MAX_CHARGE_ITEMS + " items.");
        }
        for (int i = 0; i < charge.size(); i++) {
            chargeItemProblem(i + 1, charge.get(i)).ifPresent(problems::add);
        }
        return problems;
    }

    public static Optional<String> chargeItemProblem(int number, String item) {
        return item.isBlank() || item.length() > MAX_CHARGE_ITEM
                ? Optional.of("Charge item " + number + " must be 1 to " + MAX_CHARGE_ITEM + " characters.")
                : Optional.empty();
    }

    /** The message when another workgroup has the short name already. */
    public static String slugTaken(String slug) {
        return "The short name '" + slug + "' is taken by another workgroup: choose another.";
    }

    /** The message when another workgroup has the name already (ignoring case). */
    public static String nameTaken(String name) {
        return "A workgroup named '" + name + "' exists already: choose another name.";
    }

    public static String prefixFrom(String name) {
        var letters = new StringBuilder();
        for (var word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && letters.length() < 6) {
                letters.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return letters.length() >= 2 ? letters.toString() : "WG";
    }
}
