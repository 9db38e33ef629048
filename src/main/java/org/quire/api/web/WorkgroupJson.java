package org.quire.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.quire.workgroup.MyWorkgroup;

/** A workgroup the caller has an active role in. */
@Schema(name = "Workgroup")
record WorkgroupJson(@Schema(example = "telehealth") String slug, String name,
        @Schema(description = "The caller's role", example = "MEMBER") String role) {

    static WorkgroupJson of(MyWorkgroup mine) {
        return new WorkgroupJson(mine.workgroup().slug(), mine.workgroup().name(), mine.role().name());
    }
}
