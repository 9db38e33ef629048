package org.quire.descriptor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.quire.descriptor.CodeFormat;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorRule;

/** The code itself: its format, a Category III code's leading 0, and codes used twice. */
final class CodeChecks implements RuleCheck {

    @Override
    public void check(SetIndex set, Findings findings) {
        for (var entry : set.entries()) {
            var code = entry.descriptor().code();
            if (code.isEmpty()) {
                findings.add(DescriptorRule.CODE_FORMAT, entry, DescriptorField.CODE, entry.label()
                        + " has no code: give a CPT code or a placeholder such as 9X0X1.");
            } else if (CodeFormat.of(code).isEmpty()) {
                findings.add(DescriptorRule.CODE_FORMAT, entry, DescriptorField.CODE, formatMessage(code));
            } else if (code.endsWith("T") && Character.isDigit(code.charAt(0)) && code.charAt(0) != '0') {
                findings.add(DescriptorRule.CATEGORY_III_LEADING_ZERO, entry, DescriptorField.CODE, code
                        + ": Category III codes start with 0 (such as 0123T); check the code.");
            }
        }
        duplicates(set, findings);
    }

    private static String formatMessage(String code) {
        var upper = code.toUpperCase(Locale.ROOT);
        if (!upper.equals(code) && CodeFormat.of(upper).isPresent()) {
            return code + ": write the code in capitals, as " + upper + ".";
        }
        return code + " is not a code: a code is " + CodeFormat.EXPECTED + ".";
    }

    private static void duplicates(SetIndex set, Findings findings) {
        var byCode = set.entries().stream()
                .filter(entry -> !entry.descriptor().code().isEmpty())
                .collect(Collectors.groupingBy(entry -> entry.descriptor().code(), LinkedHashMap::new,
                        Collectors.toList()));
        byCode.forEach((code, entries) -> {
            if (entries.size() < 2) {
                return;
            }
            var where = describe(entries);
            for (var entry : entries) {
                findings.add(DescriptorRule.DUPLICATE_CODE, entry, DescriptorField.CODE,
                        code + " is used " + entries.size() + " times in this set (" + where
                                + "); each code appears once.");
            }
        });
    }

    private static String describe(List<SetIndex.Entry> entries) {
        return entries.stream()
                .map(entry -> "position " + (entry.positionInFamily() + 1) + " of \"" + entry.family().name() + "\"")
                .collect(Collectors.joining(", "));
    }
}
