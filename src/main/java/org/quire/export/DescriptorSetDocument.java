package org.quire.export;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorSet;

/**
 * A descriptor set in CPT's terms, as the API and the Markdown ZIP give it: families of codes with
 * their actions and symbols, flags, texts, parenthetical notes, and for revised codes the CPT markup
 * (struck and underlined words) as runs. Field names are part of the API: add, never rename.
 */
public record DescriptorSetDocument(int revision, List<Family> families, List<String> externalCodes) {

    public static DescriptorSetDocument of(DescriptorSet set, int revision) {
        return new DescriptorSetDocument(revision, set.families().stream().map(Family::of).toList(),
                set.externalCodes().stream().sorted().toList());
    }

    public record Family(String id, String name, List<Code> descriptors) {

        static Family of(CodeFamily family) {
            return new Family(family.id().value(), family.name(), family.descriptors().stream()
                    .map(d -> Code.of(d, family)).toList());
        }
    }

    /**
     * @param parent the code this one is indented under (its text is then the part after the parent's semicolon)
     * @param changes for a revised code, the words kept, deleted (struck) and inserted (underlined)
     */
    public record Code(String id, String code, String action, String symbol,
            @Nullable String parent, List<Flag> flags, String text, String currentText, List<String> notes,
            @Nullable List<ChangeRun> changes) {

        static Code of(Descriptor descriptor, CodeFamily family) {
            var parent = descriptor.parentId().flatMap(id -> family.descriptors().stream()
                    .filter(other -> other.id().equals(id)).findFirst()).map(Descriptor::code).orElse(null);
            var changes = descriptor.action() == DescriptorAction.REVISED
                    ? ChangeMarkup.between(descriptor.currentText(), descriptor.text()).runs().stream()
                            .map(run -> new ChangeRun(run.kind().name(), run.text())).toList()
                    : null;
            return new Code(descriptor.id().value(), descriptor.code(), descriptor.action().name(),
                    descriptor.action().symbol(), parent, descriptor.flags().stream().map(Flag::of).toList(),
                    descriptor.text(), descriptor.currentText(), descriptor.notes(), changes);
        }
    }

    public record Flag(String flag, String symbol, String label) {

        static Flag of(DescriptorFlag flag) {
            return new Flag(flag.name(), flag.symbol(), flag.label());
        }
    }

    public record ChangeRun(String kind, String text) {
    }
}
