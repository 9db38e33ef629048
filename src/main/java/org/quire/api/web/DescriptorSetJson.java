package org.quire.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorSet;

/**
 * A descriptor set in CPT's terms: families of codes with their actions and symbols, flags, texts,
 * parenthetical notes, and for revised codes the CPT markup (struck and underlined words) as runs.
 */
@Schema(name = "DescriptorSet")
record DescriptorSetJson(int revision, List<FamilyJson> families, List<String> externalCodes) {

    static DescriptorSetJson of(DescriptorSet set, int revision) {
        return new DescriptorSetJson(revision, set.families().stream().map(FamilyJson::of).toList(),
                List.copyOf(set.externalCodes()));
    }

    @Schema(name = "CodeFamily")
    record FamilyJson(String id, String name, List<DescriptorJson> descriptors) {

        static FamilyJson of(CodeFamily family) {
            return new FamilyJson(family.id().value(), family.name(), family.descriptors().stream()
                    .map(d -> DescriptorJson.of(d, family)).toList());
        }
    }

    /**
     * @param parent the code this one is indented under (its text is then the part after the parent's semicolon)
     * @param changes for a revised code, the words kept, deleted (struck) and inserted (underlined)
     */
    @Schema(name = "Descriptor")
    record DescriptorJson(String id, @Schema(example = "9X0X1") String code,
            @Schema(example = "REVISED") String action, @Schema(example = "▲") String symbol,
            @Nullable String parent, List<FlagJson> flags, String text, String currentText, List<String> notes,
            @Nullable List<RunJson> changes) {

        static DescriptorJson of(Descriptor descriptor, CodeFamily family) {
            var parent = descriptor.parentId().flatMap(id -> family.descriptors().stream()
                    .filter(other -> other.id().equals(id)).findFirst()).map(Descriptor::code).orElse(null);
            var changes = descriptor.action() == DescriptorAction.REVISED
                    ? ChangeMarkup.between(descriptor.currentText(), descriptor.text()).runs().stream()
                            .map(run -> new RunJson(run.kind().name(), run.text())).toList()
                    : null;
            return new DescriptorJson(descriptor.id().value(), descriptor.code(), descriptor.action().name(),
                    descriptor.action().symbol(), parent, descriptor.flags().stream().map(FlagJson::of).toList(),
                    descriptor.text(), descriptor.currentText(), descriptor.notes(), changes);
        }
    }

    @Schema(name = "DescriptorFlag")
    record FlagJson(@Schema(example = "AUDIO_VIDEO") String flag, @Schema(example = "★") String symbol, String label) {

        static FlagJson of(DescriptorFlag flag) {
            return new FlagJson(flag.name(), flag.symbol(), flag.label());
        }
    }

    @Schema(name = "ChangeRun")
    record RunJson(@Schema(example = "INSERTED", allowableValues = {"KEPT", "DELETED", "INSERTED", "SEPARATOR"})
            String kind, String text) {
    }
}
