package org.quire.workgroup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.quire.shared.InputRejected;

/** What an administrator fills in to create a workgroup; each limit has its own message. */
public record NewWorkgroup(String slug, String name, String description, List<String> charge,
        String proposalPrefix) {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 4_000;
    public static final int MAX_CHARGE_ITEMS = 20;
    public static final int MAX_CHARGE_ITEM = 2_000;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public NewWorkgroup {
        charge = List.copyOf(charge);
        var problems = new ArrayList<String>();
        if (!SLUG.matcher(slug).matches()) {
            problems.add("The short name must be 1 to 40 lower-case letters, digits or hyphens, "
                    + "not starting or ending with a hyphen.");
        }
        if (name.isBlank() || name.length() > MAX_NAME) {
            problems.add("The name must be 1 to " + MAX_NAME + " characters.");
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add("The description must be at most " + MAX_DESCRIPTION + " characters.");
        }
        if (charge.size() > MAX_CHARGE_ITEMS) {
            problems.add("A charge has at most " + MAX_CHARGE_ITEMS + " items.");
        }
        for (int i = 0; i < charge.size(); i++) {
            if (charge.get(i).isBlank() || charge.get(i).length() > MAX_CHARGE_ITEM) {
                problems.add("Charge item " + (i + 1) + " must be 1 to " + MAX_CHARGE_ITEM + " characters.");
            }
        }
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
