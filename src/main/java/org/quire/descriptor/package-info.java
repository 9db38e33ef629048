/**
 * A proposal's code descriptors as the CPT Editorial Panel expects them (DESIGN.md section 5):
 * the model ({@link org.quire.descriptor.DescriptorSet}), the conventions checked as named rules
 * ({@link org.quire.descriptor.DescriptorValidation}), the semicolon convention, change markup
 * computed by word diff, and CPT-style rendering. Pure values and functions: no storage, no
 * permissions; the module that stores a set decides who may change it (docs/decisions/DD009).
 */
@NullMarked
package org.quire.descriptor;

import org.jspecify.annotations.NullMarked;
